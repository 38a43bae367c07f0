"""A page's first headline-like line with a menu under it: a menu item, not the headline.

An e-newsletter (or a portal) puts a column of links between its masthead and the article: the
first of them that is long enough to read as a headline (活動訊息託播投稿) stands within reach of the
article's core, and the metadata stage would take it for the title. What tells it from a headline
is what stands under it: a run of short unpunctuated lines, then the article's own headline.
"""
from __future__ import annotations

from .core import PROSE_PUNCT
from .html.blocks import content_chars


def menu_between(lines: list[str], top: int, headline: int, run_min: int, item_max: int) -> bool:
    """Whether ``run_min`` or more non-empty lines in a row between ``lines[top]`` and
    ``lines[headline]`` are menu items: at most ``item_max`` characters, no punctuation."""
    run = 0
    for line in lines[top + 1:headline]:
        line = line.strip()
        if not line:
            continue
        if len(line) <= item_max and content_chars(line) and not PROSE_PUNCT.search(line):
            run += 1
            if run >= run_min:
                return True
        else:
            run = 0
    return False
