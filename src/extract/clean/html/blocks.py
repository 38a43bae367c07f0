"""The page body as a list of text blocks: one per paragraph-like run of text.

A block is the text between two block boundaries (``<p>``, ``<div>``, ``<br>``,
``<td>``, ...), with the element that holds it (its *owner*), how much of it
is link text, and how much punctuation it carries: what the scoring in
:mod:`.content` needs, computed in one walk of the tree.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex
from lxml import etree

# elements that do not start a new block; everything else does
INLINE_TAGS = frozenset((
    "a", "span", "font", "b", "strong", "em", "i", "u", "s", "small", "big", "sub", "sup", "label",
    "abbr", "cite", "code", "img", "q", "mark", "nobr", "tt", "var", "kbd", "ins", "del", "time",
    "acronym", "bdi", "bdo", "wbr", "strike", "o:p", "st1:chsdate", "picture",
))
CONTENT_CHAR = regex.compile(r"[\p{Han}A-Za-z0-9]")
PUNCT = regex.compile(r"[，。！？；、：“”,!?;]|\.(?!\d)")
SPACE = regex.compile(r"[ \t\r\n\f\v\u00a0\u2002\u2003\u2009\u200b\ufeff]+")
MAX_DEPTH = 400


@dataclass(slots=True)
class Block:
    text: str
    owner: etree._Element
    tag: str          # the owner's tag
    chars: int        # letters, digits and Han characters
    link_chars: int   # ... of them inside <a>
    punct: int
    index: int = 0

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.pieces: list[str] = []
        self.link_chars = 0
        self.owners: list[etree._Element] = []

    def add(self, text: str, in_link: bool) -> None:
        self.pieces.append(text)
        if in_link:
            self.link_chars += len(CONTENT_CHAR.findall(text))

    def flush(self) -> None:
        if not self.pieces:
            return
        text = SPACE.sub(" ", "".join(self.pieces)).strip()
        self.pieces = []
        link = self.link_chars
        self.link_chars = 0
        if not text or not self.owners:
            return
        chars = len(CONTENT_CHAR.findall(text))
        if not chars:
            return
        owner = self.owners[-1]
        self.blocks.append(Block(text, owner, owner.tag, chars, min(link, chars), len(PUNCT.findall(text)), len(self.blocks)))

    def walk(self, el: etree._Element, in_link: bool, depth: int) -> None:
        tag = el.tag
        if not isinstance(tag, str):
            return
        if tag == "br" or tag == "hr":
            self.flush()
            return
        block = tag not in INLINE_TAGS
        here_link = in_link or tag == "a"
        if block:
            self.flush()
            self.owners.append(el)
        if el.text:
            self.add(el.text, here_link)
        if depth < MAX_DEPTH:
            for child in el:
                self.walk(child, here_link, depth + 1)
                if child.tail:
                    self.add(child.tail, here_link)
        if block:
            self.flush()
            self.owners.pop()


def text_blocks(body: etree._Element) -> list[Block]:
    """Every non-empty text block under ``body``, in document order."""
    w = _Walker()
    w.walk(body, False, 0)
    w.flush()
    return w.blocks
