"""The edges of the chosen body: furniture lines above the first paragraph and below the last.

Rules in ``rules/html_lines.tsv``: a ``head`` line (a byline, a date line, a follow
button) above the article's first paragraph is dropped; a ``tail`` line below the
first paragraph (a disclaimer, "read next", a related or comment heading) ends the
article: it and the lines after it are dropped.
"""
from __future__ import annotations

from .blocks import Block
from .rules import HtmlRules

HEAD_MAX_CHARS = 40
TAIL_MAX_CHARS = 100


def is_paragraph(b: Block, hr: HtmlRules) -> bool:
    return b.chars - b.link_chars >= hr.setting("paragraph_min_chars", 40) and b.punct >= 2


def trim_edges(blocks: list[Block], hr: HtmlRules, dropped: list) -> list[Block]:
    """``blocks`` without the furniture lines at their head and tail (reasons go to ``dropped``)."""
    first = next((i for i, b in enumerate(blocks) if is_paragraph(b, hr)), -1)
    if first < 0:
        return blocks
    out = []
    for i, b in enumerate(blocks):
        # a value under its label (成文日期： | 2022年01月27日) is a field of the page, kept; a label
        # dropped as furniture (分享到：) labels nothing
        labelled = i > 0 and blocks[i - 1].text.endswith((":", "：")) and bool(out) and out[-1] is blocks[i - 1]
        if i < first and len(b.text) <= HEAD_MAX_CHARS and not labelled:
            rule = _match(hr.lines.get("head", []), b.text)
            if rule:
                dropped.append(("head", rule, b.text[:80]))
                continue
        if i > first and len(b.text) <= TAIL_MAX_CHARS:
            rule = _match(hr.lines.get("tail", []), b.text)
            if rule:
                dropped.append(("tail", rule, f"{len(blocks) - i} blocks from {b.text[:60]}"))
                break
        out.append(b)
    return out


def _match(rules: list, text: str) -> str:
    for rid, pattern in rules:
        if pattern.search(text):
            return rid
    return ""
