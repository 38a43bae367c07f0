"""Where each container of a page sits, so that "is this block inside that element" is a
comparison of two numbers instead of a walk of the element's subtree.

``text_blocks`` numbers the elements that are not inline (the *containers*) in
document order; a container's subtree is then the run of positions from its own
to ``ends[pos]``. Every block knows its owner's position (``Block.pos``).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from lxml import etree


@dataclass
class Layout:
    containers: list[etree._Element] = field(default_factory=list)  # document order
    ends: list[int] = field(default_factory=list)   # position of the last container inside each one
    complete: bool = True   # False when the walk left deep elements out (then positions say nothing)
    _where: dict[etree._Element, int] | None = field(default=None, repr=False)

    def span(self, el: etree._Element) -> tuple[int, int] | None:
        """First and last position inside ``el``; ``None`` when ``el`` is not a container."""
        if not self.complete:
            return None
        if self._where is None:
            self._where = {c: i for i, c in enumerate(self.containers)}
        pos = self._where.get(el, -1)
        return None if pos < 0 else (pos, self.ends[pos])

    def cover(self, roots: "set[etree._Element] | list[etree._Element]") -> "Cover | None":
        """The positions inside any of ``roots``; ``None`` when one of them is not a container
        (an inline element named as noise): then only a walk of its subtree can tell."""
        spans = []
        for el in roots:
            s = self.span(el)
            if s is None:
                return None
            spans.append(s)
        return Cover(spans)


class Cover:
    """A union of position spans, asked whether it holds a position."""

    __slots__ = ("starts", "stops")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for lo, hi in sorted(spans):
            if merged and lo <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        self.starts = [lo for lo, _ in merged]
        self.stops = [hi for _, hi in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos <= self.stops[i]

    def __bool__(self) -> bool:
        return bool(self.starts)
