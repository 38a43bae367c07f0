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
from ..dates import DATE
from .parse import text_content
from .rules import HtmlRules


@dataclass
class _Stat:
    blocks: int = 0
    score: float = 0.0
    item_like: bool = False


def repeated_units(node: etree._Element, blocks: list[Block], scores: list[float], hr: HtmlRules,
                   anchor: etree._Element | None = None, data: frozenset = frozenset()) -> tuple[set, str]:
    """Elements to leave out of ``node``'s text, and why (``""`` when nothing repeats).

    ``anchor``: the headline's element. The unit holding it is the article; without it, the
    unit holding the densest paragraph is (a long teaser can outscore a short article).
    ``data``: the parts of data tables (:meth:`HtmlRules.data_table_parts`), whose rows
    never make a list of items.
    """
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
    dominant = hr.setting("repeat_dominant_share", 0.5)
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
            if len(members) < min_items or members[0] in data:
                continue
            # a member holding most of its group's text is the article among its
            # byline and footer siblings, not an item of a list
            group_score = sum(stats[c].score for c in members)
            members = [c for c in members if stats[c].item_like or stats[c].score <= group_score * dominant]
            items = [c for c in members if stats[c].item_like or _dated(c)]
            if len(members) >= min_items and len(items) * 3 >= len(members) * 2:
                groups.append(members)
    if not groups:
        return set(), ""
    # the unit holding the headline, else the page's densest paragraph, is the article
    top = max(range(len(blocks)), key=lambda i: scores[i]) if blocks else -1
    start = anchor if anchor is not None and _within(anchor, node) else (blocks[top].owner if top >= 0 else None)
    if start is not None:
        keep = set()
        el = start
        while el is not None and el is not node:
            keep.add(el)
            el = el.getparent()
        if start is not anchor:
            # no headline, and the densest paragraph is one of several dated posts: a blog's
            # front page or a forum thread, whose first post is the article
            for members in groups:
                posts = [c for c in members if _dated(c)]
                if keep.intersection(posts) and len(posts) >= min_items and len(posts) * 3 >= len(members) * 2:
                    return set(posts[1:]), "first-post"
        groups = [ms for ms in groups if not keep.intersection(ms)]
        if not groups:
            return set(), ""
    total = stats[node].score if node in stats else 0.0
    out: set = set()
    for members in groups:
        out.update(members)
    left = total - sum(stats[c].score for members in groups for c in members if not _nested(c, out))
    if left < total * hr.setting("repeat_keep_share", 0.25) and start is not anchor:
        biggest = max(groups, key=lambda ms: sum(stats[c].score for c in ms))
        out.discard(biggest[0])
        return out, "first-item"
    return out, "units"


def _dated(el: etree._Element) -> bool:
    """A date anywhere in ``el``, furniture included (a post's 发表于 footer)."""
    return DATE.search(text_content(el)) is not None


def _within(el: etree._Element, node: etree._Element) -> bool:
    while el is not None:
        if el is node:
            return True
        el = el.getparent()
    return False


def _nested(el: etree._Element, chosen: set) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent in chosen:
            return True
        parent = parent.getparent()
    return False
