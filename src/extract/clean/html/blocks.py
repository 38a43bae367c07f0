"""The page body as a list of text blocks: one per paragraph-like run of text.

A block is the text between two block boundaries (``<p>``, ``<div>``, ``<br>``,
``<td>``, ...), with the element that holds it (its *owner*), how much of it
is link text, and how much punctuation it carries: what the scoring in
:mod:`.content` needs, computed in one walk of the tree.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex
from lxml import etree

from .layout import Layout

# elements that do not start a new block; everything else does
INLINE_TAGS = frozenset((
    "a", "span", "font", "b", "strong", "em", "i", "u", "s", "small", "big", "sub", "sup", "label",
    "abbr", "cite", "code", "img", "q", "mark", "nobr", "tt", "var", "kbd", "ins", "del", "time",
    "acronym", "bdi", "bdo", "wbr", "strike", "o:p", "st1:chsdate", "picture",
))
CONTENT_CHAR = regex.compile(r"[\p{Han}A-Za-z0-9]")


def _as_re_class(pattern: regex.Pattern) -> str:
    """The code points ``pattern`` (one character class) matches, as an ``re`` class body.

    The standard ``re`` module runs these simple classes two to three times faster than
    ``regex``, but has no ``\\p{Han}``: the ranges are read off ``regex``'s own tables, so
    both modules agree on every character.
    """
    every = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    runs = (m.group() for m in regex.finditer(pattern.pattern + "+", every))
    return "".join(f"\\U{ord(r[0]):08x}-\\U{ord(r[-1]):08x}" for r in runs)


NON_CONTENT = re.compile(f"[^{_as_re_class(CONTENT_CHAR)}]+")   # what is left after removing it is CONTENT_CHAR
PUNCT = re.compile(r"[，。！？；、：“”,!?;]|\.(?!\d)")
# the private-use code points of icon fonts (a share bar's \ue609微博): never text, they part
# words as a space does
ICON_FONT = "\ue000-\uf8ff"
ICONS = re.compile(f"[{ICON_FONT}]+")
SPACE = re.compile(f"[ \\t\\r\\n\\f\\v\\u00a0\\u2002\\u2003\\u2009\\u200b\\ufeff{ICON_FONT}]+")
MAX_DEPTH = 400


def content_chars(text: str) -> int:
    """How many letters, digits and Han characters ``text`` holds (``CONTENT_CHAR`` matches)."""
    return len(NON_CONTENT.sub("", text))


@dataclass(slots=True)
class Block:
    text: str
    owner: etree._Element
    tag: str          # the owner's tag
    chars: int        # letters, digits and Han characters
    link_chars: int   # ... of them inside <a>
    punct: int
    index: int = 0
    pos: int = -1     # the owner's position among the containers (see .layout)

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


def text_blocks(body: etree._Element, layout: Layout | None = None) -> list[Block]:
    """Every non-empty text block under ``body``, in document order.

    One pass of ``etree.iterwalk`` (no recursion: a page may nest thousands of tags);
    elements deeper than ``MAX_DEPTH`` are left out with their text. The tree holds no
    comments or processing instructions (the parser removes them). ``layout``, when
    given, receives every element that is not inline, ``body`` included, in document
    order, with the position of the last one inside each; its ``containers`` are left
    empty and it is marked incomplete when the walk stopped at ``MAX_DEPTH``.
    """
    blocks: list[Block] = []
    pieces: list[str] = []
    add = pieces.append
    links: list[str] = []   # the pieces inside <a>, counted once per block (counts add up)
    add_link = links.append
    owners: list[etree._Element] = []
    places: list[int] = []   # the owners' positions
    layout = layout if layout is not None else Layout()
    containers, ends = layout.containers, layout.ends
    inline = INLINE_TAGS
    in_link = 0          # open <a> elements
    depth = -1
    deep = False

    walk = etree.iterwalk(body, events=("start", "end"))
    for event, el in walk:
        tag = el.tag
        if event == "start":
            depth += 1
            if tag in inline:
                if tag == "a":
                    in_link += 1
            else:
                pos = len(containers)
                containers.append(el)
                ends.append(pos)
                if pieces:   # a block ends where a container starts
                    joined = "".join(pieces)
                    pieces.clear()
                    if not joined.isspace() and owners:
                        _add_block(blocks, joined, links, owners[-1], places[-1])
                    links.clear()
                if tag == "br" or tag == "hr":
                    walk.skip_subtree()
                    continue
                owners.append(el)
                places.append(pos)
            text = el.text
            if text:
                add(text)
                if in_link:
                    add_link(text)
            if depth >= MAX_DEPTH:
                walk.skip_subtree()
                deep = True
        else:
            depth -= 1
            if tag in inline:
                if tag == "a":
                    in_link -= 1
            elif tag != "br" and tag != "hr":
                if pieces:   # ... and where it ends
                    joined = "".join(pieces)
                    pieces.clear()
                    if not joined.isspace():
                        _add_block(blocks, joined, links, owners[-1], places[-1])
                    links.clear()
                owners.pop()
                ends[places.pop()] = len(containers) - 1
            if depth >= 0:
                tail = el.tail
                if tail:
                    add(tail)
                    if in_link:
                        add_link(tail)
    if pieces:
        joined = "".join(pieces)
        if not joined.isspace() and owners:
            _add_block(blocks, joined, links, owners[-1], places[-1])
    if deep:
        containers.clear()
        layout.complete = False
    return blocks


def _add_block(blocks: list[Block], joined: str, links: list[str], owner: etree._Element, pos: int) -> None:
    """The block of ``joined`` (the text since the last boundary), unless it holds no content."""
    text = SPACE.sub(" ", joined).strip()
    if not text:
        return
    chars = content_chars(text)
    if not chars:
        return
    link = content_chars("".join(links)) if links else 0
    blocks.append(Block(text, owner, owner.tag, chars, min(link, chars), len(PUNCT.findall(text)), len(blocks), pos))
