"""HTML to main-content text plus metadata (title, date, outlet, url)."""
from __future__ import annotations

from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from ...rulebook import Rules

DROP_TAGS = ("script", "style", "noscript", "iframe", "nav", "footer", "header", "form", "select", "button", "svg")
BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "td", "ul", "ol", "dd", "dt", "blockquote", "pre"}


@dataclass
class HtmlDocument:
    text: str
    title: str = ""
    published: str = ""
    source: str = ""
    url: str = ""
    status: str = "ok"
    dropped: list[tuple[str, str, str]] = field(default_factory=list)


def parse(html: str) -> etree._Element:
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=False)
    return lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)


def block_text(root: etree._Element) -> str:
    """Text with a line break at every block boundary."""
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in BLOCK_TAGS:
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
        if tag in BLOCK_TAGS:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    return "".join(parts)


def html_to_document(html: str, rules: Rules) -> HtmlDocument:
    try:
        root = parse(html)
    except (etree.ParserError, ValueError):
        return HtmlDocument("", status="unparseable")
    title_el = root.find(".//title")
    title = (title_el.text_content() if title_el is not None else "").strip()
    body = root.find("body")
    if body is None:
        body = root
    for bad in list(body.iter(*DROP_TAGS)):
        if bad.getparent() is not None:
            bad.drop_tree()
    return HtmlDocument(block_text(body), title=title)
