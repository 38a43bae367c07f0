"""Decoded markup to a safe lxml tree, with script, style and hidden furniture gone.

The page is already text (``read.decode`` chose the encoding), so it is fed
to libxml2 as UTF-8 with that encoding forced: a stale ``<meta charset>``
inside cannot make the parser decode it a second time. No network, no
entity resolution beyond HTML's own, no huge-tree mode.
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex
from lxml import etree

# elements that never carry article text
JUNK_TAGS = (
    "script", "style", "noscript", "iframe", "frame", "frameset", "select", "option", "button",
    "textarea", "input", "svg", "canvas", "object", "embed", "template", "link", "meta", "map", "audio",
    "video", "source",
)
# HTML5 furniture; a <header> inside <article> or <main> is the headline's, so it stays
FURNITURE_TAGS = ("nav", "footer", "aside", "header", "menu")
HIDDEN_STYLE = regex.compile(r"display\s*:\s*none", regex.I)
XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)   # re: regex's match scans a long page first (16 ms vs 0.1 ms for 189 pages)
HTML_END = re.compile(rb"</html\s*>", re.I)


@lru_cache(maxsize=1)
def parser() -> etree.HTMLParser:
    """One parser per process (lxml parsers are reusable, not thread-safe; workers are processes).

    A plain ``etree.HTMLParser``: ``lxml.html``'s element classes cost a Python lookup for
    every element the code touches; ``text_content`` below is what their method did.
    """
    return etree.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
        huge_tree=False, default_doctype=False, collect_ids=False,
    )


def markup_bytes(html: str) -> bytes:
    """The page as the UTF-8 bytes the parser reads (an XML declaration would re-declare it)."""
    decl = XML_DECL.match(html)   # anchored: match, not a sub that scans the whole page
    return (html[decl.end():] if decl else html).encode("utf-8", "replace")


def stray_ends_out(data: bytes) -> bytes:
    """The markup without the ``</html>`` tags that close a part of it: libxml2 reads nothing
    after the first one, and a page the CMS put together from whole documents (a header file
    that ends in ``</html>``, as gov.cn's pages include theirs) lost all that followed its
    header. Every ``</html>`` but the last goes; what follows the last stays out, as before."""
    ends = [m.span() for m in HTML_END.finditer(data)]
    if len(ends) < 2:
        return data
    parts, at = [], 0
    for start, end in ends[:-1]:
        parts.append(data[at:start])
        at = end
    parts.append(data[at:])
    return b"".join(parts)


def parse(html: "str | bytes") -> etree._Element:
    """The page (text, or :func:`markup_bytes` of it) as an lxml tree
    (``ParserError``/``ValueError`` when nothing parses)."""
    data = stray_ends_out(html if isinstance(html, bytes) else markup_bytes(html))
    root = etree.fromstring(data, parser())
    if root is None:
        raise etree.ParserError("Document is empty")
    return root


text_content = etree.XPath("string()", smart_strings=False)
"""All the text inside an element (``lxml.html``'s ``text_content``), as a plain str."""


# furniture and styled elements in one pass (the order of removals does not change the tree)
FURNITURE_XPATH = etree.XPath(
    "|".join(f"//{t}" for t in FURNITURE_TAGS if t != "header")
    + "|//header[not(ancestor::article or ancestor::main)]|//*[@style]"
)


CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
CSS_AT_BLOCK = re.compile(r"@[\w-]+[^{;]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")   # @media … { rules }: only on some screens
CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
CSS_SIMPLE = re.compile(r"^([A-Za-z][A-Za-z0-9]*)?([#.])([A-Za-z_][\w-]*)$")   # div#id, .class: nothing finer
CSS_HIDDEN_MAX_SHARE = 0.5
"""An element a stylesheet hides is kept when it holds more than this share of the page's text
(an article a script reveals)."""


def css_hidden(root: etree._Element) -> set[tuple[str, str, str]]:
    """The selectors the page's own stylesheets hide (``#title_desc {display: none}``), as
    (tag or '*', '#' or '.', name): simple ``tag#id`` / ``tag.class`` selectors of top-level
    rules; rules under ``@media`` hide only on some screens and are left out."""
    found = set()
    for style in root.iter("style"):
        css = style.text or ""
        if "none" not in css:
            continue
        css = CSS_AT_BLOCK.sub("", CSS_COMMENT.sub("", css))
        for selectors, body in CSS_RULE.findall(css):
            if not HIDDEN_STYLE.search(body):
                continue
            for sel in selectors.split(","):
                m = CSS_SIMPLE.match(sel.strip())
                if m:
                    tag, kind, name = m.groups()
                    found.add(((tag or "*").lower(), kind, name))
    return found


NAMED = etree.XPath("descendant-or-self::*[@class or @id]")
"""Elements a class or id could name (as hidden, as noise), in document order."""


def _hidden_elements(root: etree._Element, hidden: set[tuple[str, str, str]]) -> list[etree._Element]:
    """The elements ``hidden`` selects, in document order: one pass over the elements with an id
    or a class (an XPath ``contains(concat(…))`` per selector scanned the whole tree each, 10%
    of a run over the real pages)."""
    out = []
    for el in NAMED(root):
        tag = el.tag if isinstance(el.tag, str) else ""
        eid = el.get("id")
        if eid and ((tag, "#", eid) in hidden or ("*", "#", eid) in hidden):
            out.append(el)
            continue
        cls = el.get("class")
        if cls and any((tag, ".", c) in hidden or ("*", ".", c) in hidden for c in cls.split()):
            out.append(el)
    return out


def strip_junk(root: etree._Element) -> None:
    """Remove elements that never hold article text (their tails stay with the parent), and those
    the page hides, by an inline style or by its own stylesheet (see :func:`css_hidden`)."""
    hidden = css_hidden(root)
    etree.strip_elements(root, *JUNK_TAGS, with_tail=False)
    if hidden:
        total = len(text_content(root))
        for el in _hidden_elements(root, hidden):
            if el.getparent() is not None and el.tag not in ("body", "html") and \
                    len(text_content(el)) <= total * CSS_HIDDEN_MAX_SHARE:
                _drop(el)
    # document order; one inside another already gone goes with it
    for el in FURNITURE_XPATH(root):
        tag = el.tag
        if tag not in FURNITURE_TAGS or (tag == "header" and _inside(el, ("article", "main"))):
            style = el.get("style")
            if not style or not HIDDEN_STYLE.search(style):
                continue
        if el.getparent() is not None:
            _drop(el)


def _inside(el: etree._Element, tags: tuple[str, ...]) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _drop(el: etree._Element) -> None:
    """Remove ``el`` but keep its tail text (it belongs to the parent)."""
    parent = el.getparent()
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


drop = _drop
