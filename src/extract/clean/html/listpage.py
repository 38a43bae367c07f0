"""Pages without an article: index, channel and list pages.

Such a page is mostly links; whatever block scores best holds little plain
text with sentence punctuation (a site footer's 电话：… 地址：… fields are
not sentences). Its text would be link titles, so the page gets
``status = no-article`` and no text.
"""
from __future__ import annotations

import re

from ..dates import DATE
from .blocks import Block
from .rules import HtmlRules

CLAUSE = re.compile(r"[，。！？；,!?;]")
"""A mark that ends a clause: a paragraph has one, a footer's 电话：… 地址：… fields do not."""


def is_list_page(all_blocks: list[Block], kept: list[Block], hr: HtmlRules) -> bool:
    chars = sum(b.chars for b in all_blocks)
    if not chars:
        return True
    link_share = sum(b.link_chars for b in all_blocks) / chars
    plain = sum(b.chars - b.link_chars for b in kept)
    long_paras = sum(1 for b in kept if b.chars - b.link_chars >= hr.setting("paragraph_min_chars", 40) and b.punct >= 2)
    if plain < hr.setting("article_min_chars", 60):
        return True
    longest = max((b.chars - b.link_chars for b in kept if b.punct >= 2 and CLAUSE.search(b.text)), default=0)
    if link_share >= hr.setting("list_link_share", 0.6) and longest < hr.setting("paragraph_min_chars", 40):
        return True
    # link titles with dates, many of them, and hardly a sentence between
    dated = sum(1 for b in kept if b.chars <= 60 and b.punct <= 1 and _has_date(b.text))
    return dated >= 8 and long_paras < 2


def _has_date(text: str) -> bool:
    return DATE.search(text) is not None
