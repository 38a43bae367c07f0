"""Pure text repairs (textacy style): each ``str -> (str, count)``."""
