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


def parse(html: "str | bytes") -> etree._Element:
    """The page (text, or :func:`markup_bytes` of it) as an lxml tree
    (``ParserError``/``ValueError`` when nothing parses)."""
    data = html if isinstance(html, bytes) else markup_bytes(html)
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


def strip_junk(root: etree._Element) -> None:
    """Remove elements that never hold article text (their tails stay with the parent)."""
    etree.strip_elements(root, *JUNK_TAGS, with_tail=False)
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
