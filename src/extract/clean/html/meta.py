"""Metadata from markup: headline, publication date, outlet, canonical url.

* title: the heading (h1..h3, or a site's title selector) that the
  ``<title>``/``og:title`` starts with; else the ``<title>`` without its
  ``_频道_网站`` decoration.
* published: ``<meta>`` tags (``rules/html_meta.tsv``), ``<time>`` and
  ``itemprop=datePublished``, then the date line just under the headline,
  then the url; never a date above the headline (today's date in a header).
* source: 来源 next to the headline, then ``<meta name=source>``-like tags.
* url: ``<link rel=canonical>``, ``og:url``, then 本文地址 in the text.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Callable

import regex
from lxml import etree

from ..dates import find_date, iso
from .blocks import ICONS, INLINE_TAGS, Block
from .parse import text_content
from .rules import HtmlRules, Markup

SEPARATORS = regex.compile(r"\s*(?:_{1,2}|[|｜»«›]|--+|\s[-–—]\s|-(?=[^-]{2,14}$)|\s+·\s+)\s*")
URL_DATE = regex.compile(r"(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?([0-2]\d|3[01])(?!\d)")
DATE_CUE = regex.compile(r"发布|發布|发表|發表|时间|時間|日期|来源|來源|稿源|作者|编辑|編輯|责编|浏览|点击|字号|【")
HAN = regex.compile(r"\p{Han}")
ALNUM = regex.compile(r"[A-Za-z0-9]")
LATIN = regex.compile(r"[A-Za-z]")
ITEMPROP = regex.compile(rb"itemprop", regex.I)   # the attribute's name, in any case, in the raw markup


def clean(s: str | None) -> str:
    """``s`` with its white space runs (and icon-font glyphs) made single spaces, trimmed."""
    return " ".join(ICONS.sub(" ", s).split()) if s else ""


TAG_IN_TEXT = regex.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>]{0,80})?/?>")
LOOSE_END = regex.compile(r"(?:\s*[-_|｜·>:：]+)+\s*$")
PAGE_MARK = regex.compile(r"\s*[（(]\s*(?:页|頁|第)\s*\d{1,3}\s*(?:页|頁)?\s*[)）]$")   # …的再就业(页 1): which page of a paged article


def tidy_title(title: str) -> str:
    """A title without markup its CMS escaped into it (…力量<div>——热烈祝贺…</div>), separators
    left at its end (谁来为无序拆房“埋单”？- -) or a page mark ((页 1)); '' for one without two
    letters or characters ('1')."""
    title = PAGE_MARK.sub("", LOOSE_END.sub("", clean(TAG_IN_TEXT.sub("", title))))
    return title if len(HAN.findall(title)) + len(LATIN.findall(title)) >= 2 else ""


def head_meta(root: etree._Element) -> dict[str, str]:
    """``<meta>`` name/property/itemprop -> content, first occurrence wins."""
    out: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").strip().lower()
        value = clean(el.get("content"))
        if key and value and key not in out:
            out[key] = value
    return out


def title_parts(title: str) -> list[str]:
    return [p for p in SEPARATORS.split(title) if p and p.strip()]


def bigram_set(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def overlap(ga: set[str], gb: set[str]) -> tuple[float, float]:
    """The shares of ``ga`` found in ``gb`` and of ``gb`` found in ``ga`` (bigram sets)."""
    common = len(ga & gb)
    return (common / len(ga) if ga else 0.0), (common / len(gb) if gb else 0.0)


def find_title(root: etree._Element, meta: dict[str, str], hr: HtmlRules, site: str,
               page: Markup | None = None) -> tuple[str, etree._Element | None]:
    """The headline and the element that shows it (for the date line under it); ``page``:
    the markup ``root`` was parsed from, when known."""
    for sel in hr.selectors_for("title", site, page):
        for el in sel.xpath(root):
            if isinstance(el, etree._Element) and clean(text_content(el)):
                return clean(text_content(el)), el
    title_el = root.find(".//title")
    page_title = clean(text_content(title_el)) if title_el is not None else ""
    declared = [meta[n] for _id, n in hr.meta.get("title", []) if meta.get(n)]
    refs = [t for t in [*declared, page_title] if t]
    best: tuple[float, str, etree._Element | None] = (0.0, "", None)
    body = root.find("body")
    parts = {p.strip() for r in refs for p in title_parts(r)}
    ref_grams = [bigram_set(r) for r in refs]
    for el in (body if body is not None else root).iter("h1", "h2", "h3", "h4"):
        text = EDIT_LINK.sub("", heading_text(el, hr))
        n = len(HAN.findall(text)) + len(ALNUM.findall(text)) // 3
        if (n < 4 and (n < 2 or text not in parts)) or len(text) > 120 or QUOTES_TITLE.match(text):
            continue   # a short heading only when it is a part of the title (金锺国 of 金锺国 - 维基百科)
        # the share of the heading's bigrams in the title, and of the title's in the heading
        grams = bigram_set(text)
        shares = [overlap(grams, g) for g in ref_grams]
        sim = max((a for a, _ in shares), default=0.0)
        # a short heading ranks under any longer one as like the title (a site's name in an <h1>)
        rank = {"h1": 0.15, "h2": 0.1, "h3": 0.05, "h4": 0.0}[el.tag] if n >= 4 else -0.2
        # ... and so does one that shows less of the title (松花江网 in an <h1> beside the
        # headline in an <h2>, <title> 土豆不“土” 土豆无“土” 松花江网)
        cover = max((b for _, b in shares), default=0.0)
        score = sim + rank + COVER_WEIGHT * cover
        if sim >= 0.6 and score > best[0]:
            best = (score, text, el)
    if best[2] is not None:
        # a short heading names the page, but is too weak a mark of where the article is
        return best[1], best[2] if len(HAN.findall(best[1])) + len(ALNUM.findall(best[1])) // 3 >= 4 else None
    for ref in refs:
        parts = title_parts(ref)
        if parts:
            head = max(parts[:2], key=lambda p: len(HAN.findall(p))) if len(parts) > 1 else parts[0]
            if len(HAN.findall(parts[0])) >= 6:
                head = parts[0]
            return head.strip(), None
    return "", None   # no <title>: the caller takes the heading nearest the content


COVER_WEIGHT = 0.5      # how much the share of <title> a heading shows counts beside its tag
WIDGET_MAX_CHARS = 12   # a widget's label inside a heading is at most this long (播报文章)


def heading_text(el: etree._Element, hr: HtmlRules) -> str:
    """A heading's text without a widget block at its end or start whose label is a ``head``
    furniture line of ``html_lines.tsv`` (a read-aloud button: ``<h1>…<div>播报文章</div></h1>``)."""
    text = clean(text_content(el))
    head = hr.lines.get("head")
    if head is None or not len(el):
        return text
    for sub in reversed(list(el.iterdescendants())):   # the last first: widgets peel off the end in turn
        if not isinstance(sub.tag, str) or sub.tag in INLINE_TAGS:
            continue
        label = clean(text_content(sub))
        if not label or len(label) > WIDGET_MAX_CHARS or label == text:
            continue
        if head.for_page(label).first(label) is None:
            continue
        if text.endswith(label):
            text = text[:-len(label)].rstrip()
        elif text.startswith(label):
            text = text[len(label):].lstrip()
    return text


# a wiki's edit link at the end of a heading (雄安新区[编辑])
EDIT_LINK = regex.compile(r"\s*\[\s*(?:编辑|編輯|编辑源代码|編輯原始碼|edit|edit source)\s*\]$", regex.I)
# a heading that quotes a title and says something of it (《…》已有1件评论, 关于《…》的回复) is a
# comment thread's or a related list's, not the headline
QUOTES_TITLE = regex.compile(r"^\p{Han}{0,4}《[^《》]{4,}》\p{Han}{0,3}\d*\p{Han}{0,6}$")


SENTENCE_END = regex.compile(r"[。！？!?；;：:]$")


# what a headline may end with (…成功举行！, …怎么投诉举报？), unlike a line of the body
HEADLINE_ENDS = regex.compile(r"[。；;：:]$")


def opens_with_headline(body: list[Block], hr: HtmlRules, ends: regex.Pattern = SENTENCE_END) -> bool:
    """The body's first block reads as its headline: short, no sentence punctuation at its end
    (``ends``: what may not end it), no date or column tag (【新春走基层】), and a paragraph among
    the next blocks (a byline or a subtitle may come first)."""
    head = body[0].text if body else ""
    if not (hr.setting("headline_min_chars", 6) <= len(head) <= hr.setting("headline_max_chars", 40)):
        return False
    if ends.search(head) or head.startswith(("【", "[", "（", "(")) or find_date(head):
        return False
    para = max(2 * len(head), hr.setting("headline_para_min_chars", 60))
    return any(len(b.text) >= para for b in body[1:1 + hr.setting("headline_para_within", 3)])


def lone_heading(body: etree._Element) -> etree._Element | None:
    """A page naming no title: its first ``<h1>`` with text, else its only ``<h2>`` with text.

    Several ``<h2>`` are a front page of posts; no one of them is the headline.
    """
    for tag in ("h1", "h2"):
        found = [el for el in body.iter(tag) if 4 <= len(clean(text_content(el))) <= 80]
        if found and (tag == "h1" or len(found) == 1):
            return found[0]
    return None


def heading_before(blocks: list[Block], first: int) -> Block | None:
    """The heading closest above block ``first`` (or the first heading inside the content)."""
    for b in reversed(blocks[max(0, first - 12):first + 3]):
        if b.tag in HEADINGS and b.index <= first + 2 and 4 <= len(b.text) <= 80:
            return b
    return None


HEADINGS = ("h1", "h2", "h3", "h4", "h5")


FURNITURE = frozenset(("nav", "aside", "footer", "a", "li"))


def _times(root: etree._Element, anchor: etree._Element | None) -> list[etree._Element]:
    """``<time>`` elements outside navigation, footers, links and list items (a related
    article's time, today's date in a top bar); those after the headline first."""
    found = []
    for el in root.iter("time"):
        up = el.getparent()
        while up is not None and up.tag not in FURNITURE:
            up = up.getparent()
        if up is None:
            found.append(el)
    if anchor is None or len(found) < 2:
        return found
    order = {el: i for i, el in enumerate(root.iter())}
    at = order.get(anchor, -1)
    return [el for el in found if order.get(el, 0) > at] + [el for el in found if order.get(el, 0) <= at]


ITEMPROP_DATE = etree.XPath("descendant-or-self::*[@itemprop='datePublished' or @itemprop='dateCreated']")


def date_from_markup(root: etree._Element, meta: dict[str, str], hr: HtmlRules,
                     anchor: etree._Element | None = None, page: Markup | None = None) -> str:
    """``anchor``: the headline's element (``<time>`` after it is the article's); ``page``:
    the markup ``root`` was parsed from, when known (no ``itemprop`` in it: no tree search)."""
    for _id, name in hr.meta.get("published", []):
        if meta.get(name):
            d = find_date(meta[name])
            if d:
                return d
    for el in _times(root, anchor):
        d = find_date(el.get("datetime") or "") or find_date(clean(text_content(el)))
        if d:
            return d
    if page is None or ITEMPROP.search(page.data):
        for el in ITEMPROP_DATE(root):
            d = find_date(el.get("content") or el.get("datetime") or "") or find_date(clean(text_content(el)))
            if d:
                return d
    return date_from_scripts(page, hr) if page is not None else ""


UTC_STAMP = regex.compile(r"((?:19|20)\d{2}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,6})?)?Z$")


def _local_day(stamp: str, hr: HtmlRules) -> str:
    """``stamp`` as a day in the pages' zone when it is an ISO time in UTC (…T16:31:40.109Z is
    the next day in Beijing); else ``stamp`` as written."""
    m = UTC_STAMP.match(stamp)
    if m is None:
        return stamp
    zone = timezone(timedelta(hours=float(hr.setting("script_utc_offset_hours", 8))))
    try:
        moment = datetime.fromisoformat(f"{m[1]}T{m[2]}:{m[3]}:00+00:00")
    except ValueError:
        return stamp
    return moment.astimezone(zone).date().isoformat()


def date_from_scripts(page: Markup, hr: HtmlRules, field: str = "published") -> str:
    """A date a page's script prints (WeChat's ``var ct = "1581517074"``), by ``kind=script`` rules
    of ``field`` (``published_state``: the date an app's serialized state carries)."""
    for _id, pat in hr.scripts.get(field, []):
        m = pat.search(page.data)
        if m is None:
            continue
        groups = m.groupdict()
        if groups.get("epoch"):
            zone = timezone(timedelta(hours=float(hr.setting("script_utc_offset_hours", 8))))
            try:
                d = datetime.fromtimestamp(int(groups["epoch"]), zone).date().isoformat()
            except (ValueError, OverflowError, OSError):
                continue
            d = find_date(d)   # the same bounds as every other date
        else:
            d = find_date(_local_day((groups.get("date") or b"").decode("utf-8", "replace"), hr))
        if d:
            return d
    return ""


def date_labelled(blocks: list[Block], hr: HtmlRules) -> str:
    """A date printed under a label of ``html_meta.tsv`` (``成文日期：2022年01月27日``), in its block or the next."""
    labels = hr.labels.get("published", [])
    if not labels:
        return ""
    # short blocks without white space, computed once for every label; a block lacking the
    # first character of every label cannot hold one (squeezing only removes characters)
    firsts = hr.label_starts["published"]
    squeezed = [(i, SPACE_RE.sub("", b.text)) for i, b in enumerate(blocks)
                if len(b.text) <= 60 and firsts.search(b.text)]
    for _id, label in labels:
        for i, text in squeezed:
            if label not in text:
                continue
            rest = text.split(label, 1)[1]
            d = find_date(rest) or (find_date(blocks[i + 1].text) if i + 1 < len(blocks) and len(blocks[i + 1].text) <= 40 else "")
            if d:
                return d
    return ""


SPACE_RE = regex.compile(r"\s+")


def date_near(blocks: list[Block], start: int, window: int, before: int = 0, cue_only: bool = False,
              furniture: frozenset[int] = frozenset(), today: regex.Pattern | None = None) -> str:
    """The first date line among the ``window`` blocks after ``start``; cue lines first.

    ``before`` blocks above ``start`` come last (e-paper pages print the date over the headline).
    A date without a cue is not taken from ``furniture`` (indices of blocks in noise containers).
    """
    zone = blocks[start:start + window] + blocks[max(0, start - before):start][::-1]
    for b in zone:
        if len(b.text) <= 120 and DATE_CUE.search(b.text) and not (today and today.search(b.text)):
            d = find_date(b.text)
            if d:
                return d
    if cue_only:
        return ""
    for b in zone:
        # a bare date in furniture is the top bar's today (2024年05月28日 农历：甲辰年 …)
        if b.index in furniture or (today and today.search(b.text)):
            continue
        if len(b.text) <= 80 and len(HAN.findall(b.text)) < 30:
            d = find_date(b.text)
            if d:
                return d
    return ""


def date_after(blocks: list[Block], last: int, window: int) -> str:
    """A 发表于 / posted line just after the body (blogs put it under the post)."""
    for b in blocks[last + 1:last + 1 + window]:
        if len(b.text) <= 120 and POSTED.search(b.text):
            d = find_date(b.text)
            if d:
                return d
    return ""


POSTED = regex.compile(r"发表于|發表於|发布于|發佈於|posted|写于|寫於|发表时间|發表時間", regex.I)


def date_from_url(url: str) -> str:
    m = URL_DATE.search(url or "")
    return iso(m.group(1), m.group(2), m.group(3)) if m else ""


def source_near(blocks: list[Block], start: int, window: int, find: Callable[[str], str], before: int = 0) -> str:
    """The outlet of the first 来源 line among ``window`` blocks after ``start``, else among the
    ``before`` blocks over it (a headline shown twice: the 来源 line under the first one); ``find``
    reads a line's outlet (:func:`~extract.clean.outlets.outlet_in`), '' for none."""
    for b in blocks[start:start + window] + blocks[max(0, start - before):start][::-1]:
        value = find(b.text)
        if value:
            return value
    return ""


def value_from_scripts(page: Markup | None, hr: HtmlRules, field: str, check: Callable[[str], str] = str.strip) -> str:
    """The ``field`` value (an outlet, a url) the markup writes where a ``kind=script`` rule finds
    it (a WeChat account's ``var nickname = "…"``); ``check`` cleans it, '' refuses it."""
    if page is None:
        return ""
    for _id, pat in hr.scripts.get(field, []):
        m = pat.search(page.data)
        if m is not None:
            value = check(clean(m.group("value").decode("utf-8", "replace")))
            if value:
                return value
    return ""


def _web_address(value: str) -> str:
    return value if value.startswith(("http://", "https://")) else ""


def source_from_meta(meta: dict[str, str], hr: HtmlRules, outlet: Callable[[str], str] = str.strip) -> str:
    for _id, name in hr.meta.get("source", []):
        value = meta.get(name, "")
        if value and len(value) <= 30 and not value.startswith("http"):
            value = outlet(value)
            if value:
                return value
    return ""


def url_from_markup(root: etree._Element, meta: dict[str, str], hr: HtmlRules, page: Markup | None = None) -> str:
    for el in root.iter("link"):
        if (el.get("rel") or "").lower().strip() == "canonical":
            href = (el.get("href") or "").strip()
            if _web_address(href):
                return href
    for _id, name in hr.meta.get("url", []):
        if _web_address(meta.get(name, "")):
            return meta[name]
    return value_from_scripts(page, hr, "url", _web_address)
