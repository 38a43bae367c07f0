"""HTML to main-content text plus metadata (title, date, outlet, url).

Order: parse -> metadata from ``<head>`` -> junk elements out -> text blocks
-> noise containers out -> best-scoring subtree -> list-page check -> date
and outlet from the lines under the headline.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from lxml import etree

from ...rulebook import Rules
from ..outlets import clean_outlet, outlet_in
from . import meta as m
from .content import main_content
from .edges import trim_edges, trim_last
from .headline import broken_at, headline_index, settle_title
from .listpage import is_list_page
from .parse import markup_bytes, parse, strip_junk, text_content
from .rules import Markup, html_rules


REPEAT_HEADLINE_WITHIN = 3   # a block repeating the headline among the body's first this many is the headline


KICKER_MAX_CHARS = 20   # a line over a headline shown again (its kicker, 肩题) is at most this long


def _drop_headline_again(blocks: list, title: str, dropped: list) -> None:
    """The headline shown again among the body's first lines (a second <h1> for phones, the
    e-paper's own heading) goes, with the short kicker lines over it (15家企业 / 17种产品…入选…)."""
    again = next((i for i, b in enumerate(blocks[:REPEAT_HEADLINE_WITHIN]) if title and b.text == title), -1)
    if again < 0:
        return
    start = again
    while start > 0 and len(blocks[start - 1].text) <= KICKER_MAX_CHARS and blocks[start - 1].punct == 0:
        start -= 1
    for b in blocks[start:again + 1]:
        dropped.append(("headline", "html.headline-again", b.text[:80]))
    del blocks[start:again + 1]


def _drop_broken_headline(blocks: list, title: str, dropped: list) -> None:
    """The headline set over two to four lines at the body's top (a notice's centred title
    broken by <br>) goes as the headline shown again does."""
    found = broken_at([b.text for b in blocks], title, REPEAT_HEADLINE_WITHIN)
    if found is None:
        return
    start, end = found
    for b in blocks[start:end]:
        dropped.append(("headline", "html.headline-broken", b.text[:80]))
    del blocks[start:end]


@dataclass
class HtmlDocument:
    text: str
    title: str = ""
    published: str = ""
    source: str = ""
    url: str = ""
    status: str = "ok"
    dropped: list[tuple[str, str, str]] = field(default_factory=list)
    headings: frozenset[str] = frozenset()   # the body's lines that are headings (<h1>..<h5>)


def html_to_document(html: str, rules: Rules, url: str = "") -> HtmlDocument:
    """``url``: where the page came from (WARC header), used when the markup names none."""
    hr = html_rules(rules)
    outlet = partial(clean_outlet, rules=rules)
    find_outlet = partial(outlet_in, rules=rules)
    data = markup_bytes(html)
    try:
        root = parse(data)
    except (etree.ParserError, ValueError):
        return HtmlDocument("", status="unparseable")
    head = m.head_meta(root)
    page = Markup(data)
    url = m.url_from_markup(root, head, hr, page) or url
    title_el = root.find(".//title")
    site_title = m.clean(text_content(title_el)) if title_el is not None else ""
    site = f"{url} {site_title}"
    title, title_node = m.find_title(root, head, hr, site, page)
    title = m.tidy_title(title)
    published = m.date_from_markup(root, head, hr, title_node, page)
    strip_junk(root)
    body = root.find("body")
    if body is None:
        body = root
    anchor = title_node if title_node is not None or title else m.lone_heading(body)
    data = hr.data_table_parts(body)
    content = main_content(body, hr, site, anchor=anchor, page=page, data=data)
    blocks = content.all_blocks
    published = m.date_labelled(blocks, hr) or published
    # what the page's head and labels say, before the body's lines are read (a list page's)
    named, marked = title, published
    doc = HtmlDocument("", title=title, url=url, dropped=content.dropped)
    first = content.blocks[0].index if content.blocks else -1
    declared = frozenset(m.tidy_title(head[n]) for _id, n in hr.meta.get("title", []) if head.get(n))
    title, title_node = settle_title(title, title_node, blocks, content.blocks, site_title, hr, content.furniture,
                                     declared)
    doc.title = title
    headline = headline_index(blocks, title, title_node, first)
    window = hr.setting("meta_window", 10)
    at = headline if headline >= 0 else (max(0, first - window) if first >= 0 else -1)
    if at >= 0:
        # furniture above the body (a top bar with today's date) dates nothing
        limit = headline if headline >= 0 else first
        top_bar = frozenset(i for i in content.furniture if i < limit)
        published = published or m.date_near(blocks, at, window + 2, before=3, furniture=top_bar, today=hr.today_bar)
        doc.source = m.source_near(blocks, at, window + 2, find_outlet, before=3)
    if not published and first >= 0:
        published = m.date_near(blocks, max(0, first - 15), 18, cue_only=True, today=hr.today_bar)
    if not published and content.blocks:
        after = hr.setting("posted_window", 12)
        published = m.date_after(blocks, content.blocks[0].index - 1, content.blocks[-1].index - content.blocks[0].index + after)
    doc.source = doc.source or m.value_from_scripts(page, hr, "source", outlet) or m.source_from_meta(head, hr, outlet)
    # an app's serialized state (__INITIAL_STATE__ …) dates a page nothing it prints does
    doc.published = published or m.date_from_url(url) or m.date_from_scripts(page, hr, "published_state")
    if is_list_page(blocks, content.blocks, hr):
        doc.status = "no-article"
        # a list of links has no headline and no dateline: the body settle_title and the date
        # search read may be its footer (主办：… 网站地图) or its rows (… 2017-01-07); a part
        # of <title> the page shows (公司公告 in the breadcrumb) still names it
        named_parts = {p.strip() for p in m.title_parts(site_title)} | declared
        doc.title = doc.title if doc.title in named_parts or not named else named
        doc.published = marked or m.date_from_url(url) or m.date_from_scripts(page, hr, "published_state")
        doc.dropped.append(("page", "html.list-page", f"{len(blocks)} blocks, mostly links"))
        return doc
    # the headline is the title column; a fallback anchor for the date search is not a headline
    # ... and a <title> the parser put in the body (markup wrapped in something before <html>) is
    # the page's title, not a line of the article
    kept = [b for b in content.blocks if (headline < 0 or b.index != headline) and b.tag != "title"]
    body_blocks = trim_edges(kept, hr, doc.dropped, data)
    _drop_headline_again(body_blocks, title, doc.dropped)
    _drop_broken_headline(body_blocks, title, doc.dropped)
    trim_last(body_blocks, hr, doc.dropped)
    head_lines = [t for kind, _r, t in doc.dropped if kind == "head"]
    if not doc.published:
        # a date line above the first paragraph, dropped as furniture, still dates the page; so
        # does a post's footer that ended the body (〓 … 发布时间 2005/03/15 … 〓)
        last_lines = [t for kind, _r, t in doc.dropped if kind == "last"]
        doc.published = next((d for t in head_lines + last_lines for d in [m.find_date(t)] if d), "")
    if not doc.source:
        # ... and a 来源 line there still names its outlet
        doc.source = next((s for t in head_lines for s in [find_outlet(t)] if s), "")
    # a wiki's section headings carry their edit link (简介[编辑])
    lines = [m.EDIT_LINK.sub("", b.text) if b.tag in m.HEADINGS else b.text for b in body_blocks]
    doc.headings = frozenset(line for line, b in zip(lines, body_blocks) if line and b.tag in m.HEADINGS)
    lines = [line for line in lines if line]
    doc.text = "\n".join(lines)
    return doc
