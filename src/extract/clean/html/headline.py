"""The headline: which block shows it, and the title when ``<title>`` and the headings fall short.

``find_title`` (:mod:`.meta`) reads ``<title>``, the ``<meta>`` titles and the
headings before the body is known; once it is, :func:`settle_title` checks the
title against the page: a part of ``<title>`` the page does not show (a site's
name) gives way to a part it shows, or to the body's first line when that reads
as a headline.
"""
from __future__ import annotations

from lxml import etree

from . import meta as m
from .blocks import Block
from .edges import is_head_line
from .rules import HtmlRules

SHOWN_SLACK = 12   # a block "shows" a title when it holds it with at most this many characters more
PREFIX_REACH = 4   # blocks above and below the body's first searched for a line that opens <title>
PREFIX_MIN_CHARS = 8
PREFIX_SHARE = 0.5  # ... holding at least this share of it


def _prefix_of(text: str, title: str) -> bool:
    """``title`` is ``text`` and, after a space or a separator, something more (a site's name)."""
    n = len(text)
    return (PREFIX_MIN_CHARS <= n < len(title) and n >= len(title) * PREFIX_SHARE and title.startswith(text)
            and title[n] in " \u3000_|｜-—")


LINK_LINE_MAX_CHARS = 200   # a navigation or breadcrumb line is at most this long
NAME_MAX_CHARS = 10         # a channel's or a site's name is at most this long; a headline is longer


def _in_a_link(blocks: list[Block], title: str, hr: HtmlRules) -> bool:
    """``title`` stands in a line of links (a menu) or a breadcrumb (``html_lines.tsv``
    where=crumb): a channel's or a site's name."""
    crumb = hr.crumb
    return any((b.link_density > 0.5 or (crumb is not None and crumb.match(b.text)))
               and len(b.text) <= LINK_LINE_MAX_CHARS and title in b.text for b in blocks)


LEAD_REACH = 3   # leading blocks that may be a leaked <title> or furniture before the body's own first line


def _lead(body: list[Block], hr: HtmlRules) -> list[Block]:
    """``body`` from its own first line: past a ``<title>`` the parser put in the body (markup
    wrapped in something before ``<html>``) and head furniture (forum chrome, a byline)."""
    i = 0
    while i < min(len(body), LEAD_REACH) and (body[i].tag == "title" or is_head_line(body[i].text, hr)):
        i += 1
    return body[i:]


BROKEN_MAX_LINES = 4   # a headline broken over lines (<br> in a centred <p>) spans at most this many


def broken_at(lines: list[str], title: str, reach: int) -> tuple[int, int] | None:
    """``(start, end)`` of a run of two to ``BROKEN_MAX_LINES`` lines among the first ``reach``
    that together read ``title`` (spaces aside): a notice's headline set over three lines
    (全国人民代表大会常务委员会 / 关于批准…购买外汇及 / 调整…的决议), or None."""
    want = "".join(title.split())
    if len(want) < PREFIX_MIN_CHARS:
        return None
    for i in range(min(reach, len(lines))):
        joined = ""
        for j in range(i, min(i + BROKEN_MAX_LINES, len(lines))):
            joined += "".join(lines[j].split())
            if not want.startswith(joined):
                break
            if joined == want and j > i:
                return i, j + 1
    return None


def _shows(text: str, title: str) -> bool:
    return text == title or (title in text and len(text) <= len(title) + SHOWN_SLACK)


def headline_index(blocks: list[Block], title: str, title_el: etree._Element | None, first: int = -1) -> int:
    """Index of the block showing the headline (the last one above the body ``first``), or -1."""
    if title_el is not None:
        members = set(title_el.iter())
        for b in blocks:
            if b.owner in members:
                return b.index
    if title:
        found = [b.index for b in blocks if _shows(b.text, title)]
        above = [i for i in found if first < 0 or i <= first]
        if above:
            return above[-1]
        if found:
            return found[0]
    return -1


def visible(blocks: list[Block], title: str, first: int, after: int = 3) -> bool:
    """``title`` shows in a block above the body or among its first ones (not in a <title> that leaked into the body)."""
    return any(b.tag != "title" and _shows(b.text, title) for b in blocks[:first + after])


def settle_title(title: str, title_node: etree._Element | None, blocks: list[Block], body: list[Block],
                 site_title: str, hr: HtmlRules, furniture: frozenset[int] = frozenset(),
                 declared: frozenset[str] = frozenset()) -> tuple[str, etree._Element | None]:
    """The title and its element once the body (``body``, among all ``blocks``) is known;
    ``furniture``: the indices of the blocks inside noise containers (a tool bar, a menu);
    ``declared``: the titles the page's ``<meta>`` tags declare (ArticleTitle, og:title)."""
    first = body[0].index if body else -1
    if first < 0:
        return title, title_node
    if not title:
        heading = m.heading_before(blocks, first)
        if heading is not None:
            title, title_node = m.tidy_title(heading.text), heading.owner
    if title_node is not None:
        return title, title_node
    start = max(0, first - PREFIX_REACH)
    if title and broken_at([b.text for b in blocks[start:]], title, 2 * PREFIX_REACH) is not None:
        return title, title_node   # the page shows <title> whole, broken over lines
    if title and headline_index(blocks, title, None, first) < 0:
        # the part of <title> taken is not on the page (a site's name): another part that is;
        # not when a <meta> declares the title taken: the other part is then the site's name,
        # which a line of the page may well hold (中国证券监督管理委员会令 over a decree whose
        # ArticleTitle is 【第226号令】《…办法》)
        shown = [] if title in declared else [
            p for p in m.title_parts(site_title) if p != title and headline_index(blocks, p, None, first) >= 0]
        if shown:
            title = shown[0].strip()
        else:
            # ... or a line near the body's top that <title> holds, the site's name after a space
            # (<title>…技能大赛 湖南省中医药研究院附属医院)
            title = next((b.text for b in blocks[max(0, first - PREFIX_REACH):first + PREFIX_REACH]
                          if _prefix_of(b.text, title)), title)
    if body[0].tag == "h1" and body[0].text != title and m.opens_with_headline(body, hr, ends=m.HEADLINE_ENDS):
        # the body opens with an <h1> and no heading is like <title> (-铜雀历史网, a site's name
        # its logo shows above): the <h1> is the headline
        return m.tidy_title(body[0].text), body[0].owner
    lead = _lead(body, hr)
    if title and len(title) <= NAME_MAX_CHARS and _in_a_link(blocks, title, hr) and \
            m.opens_with_headline(lead, hr, ends=m.HEADLINE_ENDS):
        # the title names a channel or the site, as a link on the page does (网易娱乐 in the
        # breadcrumb), and the body opens with a headline: that line is the title
        return m.tidy_title(lead[0].text), title_node
    if not title or not visible(blocks, title, first):
        if m.opens_with_headline(body, hr):
            # no part of <title> stands on the page above the body or at its start: the body's
            # first line, a short unpunctuated one over its first paragraph, is the headline
            return m.tidy_title(body[0].text), title_node
        above = blocks[first - 1] if first > 0 else None
        if above is not None and above.index not in furniture and _headline_like(above, hr):
            # ... or the line just over the body (<title>显示: a forum's script names nothing),
            # not one of a tool bar's (字号：默认 大 超大 | 打印 over a notice whose headline
            # is broken over three lines)
            return m.tidy_title(above.text), above.owner
    return title, title_node


def _headline_like(b: Block, hr: HtmlRules) -> bool:
    """A line that may be a headline: short, hardly linked, no sentence end, no date, no furniture."""
    text = b.text
    return (hr.setting("headline_min_chars", 6) <= len(text) <= hr.setting("headline_max_chars", 40)
            and b.link_density <= hr.setting("link_density_max", 0.5) and b.tag != "title" and not m.SENTENCE_END.search(text)
            and not m.find_date(text) and not is_head_line(text, hr))
