"""Positions of containers: "inside that element" as a span comparison must agree with the tree."""
from __future__ import annotations

import random

from lxml import etree

from extract.clean.html.blocks import text_blocks
from extract.clean.html.layout import Cover, Layout
from extract.clean.html.parse import parse

TAGS = ["div", "p", "span", "a", "td", "table", "tr", "ul", "li", "b", "font", "br", "section"]


def _random_page(rng: random.Random, n: int = 120) -> str:
    out, stack = ["<html><body>"], []
    for _ in range(n):
        r = rng.random()
        if r < 0.45 or not stack:
            tag = rng.choice(TAGS)
            out.append(f"<{tag}>" + ("" if tag == "br" else "文字，内容。" * rng.randint(0, 2)))
            if tag != "br":
                stack.append(tag)
        elif r < 0.8:
            out.append(f"</{stack.pop()}>尾巴。")
        else:
            out.append("一段没有标签的文字。")
    out.extend(f"</{t}>" for t in reversed(stack))
    return "".join(out) + "</body></html>"


def test_spans_agree_with_subtrees_on_random_pages():
    rng = random.Random(7)
    for _ in range(40):
        body = parse(_random_page(rng)).find("body")
        layout = Layout()
        blocks = text_blocks(body, layout)
        assert layout.complete and blocks
        for el in layout.containers:
            lo, hi = layout.span(el)
            members = set(el.iter())
            inside = {c for c in layout.containers[lo:hi + 1]}
            assert inside == {c for c in layout.containers if c in members}
            for b in blocks:
                assert (lo <= b.pos <= hi) == (b.owner in members)
        roots = rng.sample(layout.containers, k=min(3, len(layout.containers)))
        cover = layout.cover(roots)
        gone = set().union(*(set(r.iter()) for r in roots))
        for b in blocks:
            assert (b.pos in cover) == (b.owner in gone)


def test_inline_roots_and_deep_pages_fall_back():
    body = parse("<html><body><div><p>第一段。<span class='x'>注释</span></p></div></body></html>").find("body")
    layout = Layout()
    text_blocks(body, layout)
    span = body.find(".//span")
    assert layout.span(span) is None and layout.cover([span]) is None   # not a container
    deep = top = etree.Element("div")
    for _ in range(450):   # deeper than text_blocks walks (MAX_DEPTH)
        deep = etree.SubElement(deep, "div")
    deep.text = "深处的文字"
    deep = top
    layout = Layout()
    text_blocks(deep, layout)
    assert not layout.complete and layout.span(deep) is None


def test_cover_merges_overlapping_spans():
    cover = Cover([(5, 9), (0, 2), (7, 12), (3, 3)])
    assert [p for p in range(15) if p in cover] == [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12]
    assert not Cover([])
