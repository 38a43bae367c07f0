"""Places named as a figure's neighbours in a ranking are no region of it."""
from __future__ import annotations

from typing import Any

from ..rulebook import Rules


def not_ranked(text: str, found: list[tuple[int, Any]], rules: Rules) -> list[tuple[int, Any]]:
    """``found`` less the places inside a ranking phrase of ``text`` (settings
    ``targets.region_ranking_re``: 增速位居某某区、某某市之后，总量达120亿元): the places the page's own
    is ranked against, not where the figures after them are."""
    pattern = rules.pattern("targets.region_ranking_re")
    if pattern is None or not found:
        return found
    spans = [m.span() for m in pattern.finditer(text)]
    if not spans:
        return found
    return [(i, p) for i, p in found if not any(s <= i < e for s, e in spans)]
