"""A place that opens an investing firm's name is no region of the investment."""
from __future__ import annotations

from typing import Any

from ..rulebook import Rules
from .targets_places import not_opening


def not_investors(text: str, found: list[tuple[int, Any]], gaz: Any, rules: Rules) -> list[tuple[int, Any]]:
    """``found`` less the places that open the name of a firm investing (settings
    ``targets.region_investor_after_re``: 上海某某科技有限公司计划投资50亿元): where the investor
    comes from is not where the investment goes."""
    return not_opening(text, found, gaz, rules.pattern("targets.region_investor_after_re"))
