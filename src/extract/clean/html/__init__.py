"""HTML pages: main content and metadata."""
