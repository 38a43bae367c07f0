"""Repeated units inside the chosen subtree: comment threads, teaser streams, post lists.

Siblings with one tag and class, each holding several blocks and a date or
links, are a list of items rather than an article's paragraphs. They are
dropped from the body; when nothing else is left (a blog's front page of
posts), the first item is the article.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .blocks import Block
from .meta import DATE
from .rules import HtmlRules


@dataclass
class _Stat:
    blocks: int = 0
    score: float = 0.0
    item_like: bool = False


def repeated_units(node: etree._Element, blocks: list[Block], scores: list[float], hr: HtmlRules) -> tuple[set, str]:
    """Elements to leave out of ``node``'s text, and why (``""`` when nothing repeats)."""
    stats: dict[etree._Element, _Stat] = {}
    for b, w in zip(blocks, scores):
        el = b.owner
        item = b.link_density > 0.5 or DATE.search(b.text) is not None
        while el is not None:
            st = stats.get(el)
            if st is None:
                st = stats[el] = _Stat()
            st.blocks += 1
            st.score += max(w, 0.0)
            st.item_like = st.item_like or item
            if el is node:
                break
            el = el.getparent()
    min_items = hr.setting("repeat_min_items", 3)
    groups: list[list[etree._Element]] = []
    for el, st in stats.items():
        if st.blocks < 2 * min_items:
            continue
        by_sig: dict[tuple, list[etree._Element]] = {}
        for child in el:
            cst = stats.get(child)
            if cst is None or cst.blocks < 2 or not isinstance(child.tag, str):
                continue
            by_sig.setdefault((child.tag, child.get("class") or ""), []).append(child)
        for members in by_sig.values():
            items = [c for c in members if stats[c].item_like]
            if len(members) >= min_items and len(items) * 3 >= len(members) * 2:
                groups.append(members)
    if not groups:
        return set(), ""
    # the unit holding the page's densest paragraph is the article, not an item of a list
    top = max(range(len(blocks)), key=lambda i: scores[i]) if blocks else -1
    if top >= 0:
        el = blocks[top].owner
        keep = set()
        while el is not None and el is not node:
            keep.add(el)
            el = el.getparent()
        groups = [ms for ms in groups if not keep.intersection(ms)]
        if not groups:
            return set(), ""
    total = stats[node].score if node in stats else 0.0
    out: set = set()
    for members in groups:
        out.update(members)
    left = total - sum(stats[c].score for members in groups for c in members if not _nested(c, out))
    if left < total * hr.setting("repeat_keep_share", 0.25):
        biggest = max(groups, key=lambda ms: sum(stats[c].score for c in ms))
        out.discard(biggest[0])
        return out, "first-item"
    return out, "units"


def _nested(el: etree._Element, chosen: set) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent in chosen:
            return True
        parent = parent.getparent()
    return False
