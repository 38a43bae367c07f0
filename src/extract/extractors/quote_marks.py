"""Quotation marks of traditional-script pages read as the curly quotes the finders know.

Taiwan's and Hong Kong's pages quote a name in corner brackets (「宜居后甲」社宅,
『北昌安居』), which traditional→simplified conversion keeps; the project finders look
for “…”. :func:`as_curly` maps each corner bracket to the curly quote of the same
role, one character for one, so every offset into the mapped text is an offset into
the page's text and a name is taken back from the page as written.
"""
from __future__ import annotations

CORNER_TO_CURLY = str.maketrans({"「": "“", "」": "”", "『": "“", "』": "”"})


def as_curly(text: str) -> str:
    """``text`` with corner brackets as curly double quotes; same length, same offsets."""
    return text.translate(CORNER_TO_CURLY)
