"""Tables from clean text: targets (figures), officials, projects."""
