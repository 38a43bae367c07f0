"""Decoded markup to a safe lxml tree, with script, style and hidden furniture gone.

The page is already text (``read.decode`` chose the encoding), so it is fed
to libxml2 as UTF-8 with that encoding forced: a stale ``<meta charset>``
inside cannot make the parser decode it a second time. No network, no
entity resolution beyond HTML's own, no huge-tree mode.
"""
from __future__ import annotations

import lxml.html
from lxml import etree

import regex

# elements that never carry article text
JUNK_TAGS = (
    "script", "style", "noscript", "iframe", "frame", "frameset", "select", "option", "button",
    "textarea", "input", "svg", "canvas", "object", "embed", "template", "link", "meta", "map", "audio",
    "video", "source",
)
# HTML5 furniture; a <header> inside <article> or <main> is the headline's, so it stays
FURNITURE_TAGS = ("nav", "footer", "aside", "header", "menu")
HIDDEN_STYLE = regex.compile(r"display\s*:\s*none", regex.I)
XML_DECL = regex.compile(r"^\s*<\?xml[^>]*\?>", regex.I)

_PARSER: list[etree.HTMLParser] = []


def parser() -> etree.HTMLParser:
    """One parser per process (lxml parsers are reusable, not thread-safe; workers are processes)."""
    if not _PARSER:
        _PARSER.append(lxml.html.HTMLParser(
            encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
            huge_tree=False, default_doctype=False, collect_ids=False,
        ))
    return _PARSER[0]


def parse(html: str) -> etree._Element:
    """The page as an lxml tree (``ParserError``/``ValueError`` when nothing parses)."""
    html = XML_DECL.sub("", html, count=1)
    data = html.encode("utf-8", "replace")
    root = lxml.html.document_fromstring(data, parser=parser())
    if root is None:
        raise ValueError("empty document")
    return root


def strip_junk(root: etree._Element) -> int:
    """Remove elements that never hold article text; returns how many went."""
    n = 0
    for el in list(root.iter(*JUNK_TAGS)):
        if el.getparent() is not None:
            _drop(el)
            n += 1
    for el in list(root.iter(*FURNITURE_TAGS)):
        if el.getparent() is None:
            continue
        if el.tag == "header" and _inside(el, ("article", "main")):
            continue
        _drop(el)
        n += 1
    for el in list(root.iter()):
        style = el.get("style") if isinstance(el.tag, str) else None
        if style and HIDDEN_STYLE.search(style) and el.getparent() is not None:
            _drop(el)
            n += 1
    return n


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
