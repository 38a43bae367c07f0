"""The edges of the chosen body: furniture lines above the first paragraph and below the last.

Rules in ``rules/html_lines.tsv``: a ``head`` line (a byline, a date line, a follow
button) above the article's first paragraph is dropped; a ``tail`` line below the
first paragraph (a disclaimer, "read next", a related or comment heading) ends the
article: it and the lines after it are dropped.
"""
from __future__ import annotations

from ..prefilter import PageRules
from .blocks import Block
from .meta import HEADINGS
from .rules import HtmlRules

HEAD_MAX_CHARS = 60
TAIL_MAX_CHARS = 100


def is_paragraph(b: Block, hr: HtmlRules) -> bool:
    return b.chars - b.link_chars >= hr.setting("paragraph_min_chars", 40) and b.punct >= 2


def trim_edges(blocks: list[Block], hr: HtmlRules, dropped: list, data: frozenset = frozenset()) -> list[Block]:
    """``blocks`` without the furniture lines at their head and tail (reasons go to ``dropped``);
    a block of a data table (``data``: :meth:`HtmlRules.data_table_parts`) is a value, kept."""
    first = next((i for i, b in enumerate(blocks) if is_paragraph(b, hr)), -1)
    if first < 0:
        first = _first_line(blocks, hr)
    if first < 0:
        return blocks
    head = _rules_for(hr, "head", [b.text for b in blocks[:first] if len(b.text) <= HEAD_MAX_CHARS])
    tail = _rules_for(hr, "tail", [b.text for b in blocks[first + 1:] if len(b.text) <= TAIL_MAX_CHARS])
    out = []
    for i, b in enumerate(blocks):
        # a value under its label (成文日期： | 2022年01月27日) is a field of the page, kept; a label
        # dropped as furniture (分享到：) labels nothing
        labelled = i > 0 and blocks[i - 1].text.endswith((":", "：")) and bool(out) and out[-1] is blocks[i - 1]
        if data and b.owner in data:
            out.append(b)               # a wiki infobox's 2017年4月1日 is a value, not a date line
            continue
        if i < first and len(b.text) <= HEAD_MAX_CHARS and not labelled:
            rule = _match(head, b.text)
            if rule:
                dropped.append(("head", rule, b.text[:80]))
                continue
        if i > first and len(b.text) <= TAIL_MAX_CHARS:
            rule = _match(tail, b.text)
            if rule and _mid_article(blocks, i, hr):
                # the related links under a lead paragraph (an ad's): the article goes on below them
                dropped.append(("tail", rule, f"1 line: {b.text[:60]}"))
                continue
            if rule:
                dropped.append(("tail", rule, f"{len(blocks) - i} blocks from {b.text[:60]}"))
                break
        out.append(b)
    return out


def trim_last(blocks: list[Block], hr: HtmlRules, dropped: list) -> None:
    """Drop, from the end of ``blocks``, lines that can only be furniture when nothing follows them:
    a heading (its section went as furniture: 参见, 外部链接) or a ``last`` rule's line (a like
    counter, +1). In place; reasons go to ``dropped``."""
    last = hr.lines.get("last")
    while len(blocks) > 1:
        b = blocks[-1]
        rule = "html.bare-heading" if b.tag in HEADINGS else (
            _match(last.for_page(b.text), b.text) if last is not None and len(b.text) <= HEAD_MAX_CHARS else "")
        if not rule:
            return
        dropped.append(("last", rule, blocks.pop().text[:80]))


def is_head_line(text: str, hr: HtmlRules) -> bool:
    """``text`` is a line a head rule drops above the article (a byline, forum chrome)."""
    return len(text) <= HEAD_MAX_CHARS and bool(_match(_rules_for(hr, "head", [text]), text))


def _first_line(blocks: list[Block], hr: HtmlRules) -> int:
    """Where a body with no paragraph (an e-paper's lines, one ``<p>`` each) starts: its first
    line of prose (``line_min_chars``, punctuation) that no head rule takes for furniture."""
    least = hr.setting("line_min_chars", 20)
    lines = [i for i, b in enumerate(blocks) if b.chars - b.link_chars >= least and b.punct >= 1]
    head = _rules_for(hr, "head", [blocks[i].text for i in lines if len(blocks[i].text) <= HEAD_MAX_CHARS])
    return next((i for i in lines if len(blocks[i].text) > HEAD_MAX_CHARS or not _match(head, blocks[i].text)), -1)


def _mid_article(blocks: list[Block], i: int, hr: HtmlRules) -> bool:
    """Block ``i`` has ``tail_mid_article`` times more paragraph text after it than before it."""
    def prose(part: list[Block]) -> int:
        return sum(b.chars - b.link_chars for b in part if is_paragraph(b, hr))
    return prose(blocks[i + 1:]) > prose(blocks[:i]) * hr.setting("tail_mid_article", 3.0)


def _rules_for(hr: HtmlRules, where: str, lines: list[str]) -> PageRules | None:
    """The ``where`` rules narrowed to ``lines`` (:class:`~extract.clean.prefilter.LineRules`:
    a few searches instead of one per rule and line); None when there is nothing to try."""
    rules = hr.lines.get(where)
    return rules.for_page("\n".join(lines)) if rules is not None and lines else None


def _match(rules: PageRules | None, text: str) -> str:
    row = rules.first(text) if rules is not None else None
    return row.id if row is not None else ""
