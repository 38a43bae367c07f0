"""A change after a surplus over the plan is the quantity's, not the surplus's.

固定资产投资完成17亿元，超额完成年度任务2.1亿元，增长20.6%: the aside names how far the year's
plan was beaten; the growth with no name of its own after it goes on with the investment named
before the aside (settings ``targets.plan_surplus_re`` tells such an aside by its name).
"""
from __future__ import annotations

from typing import Any, Sequence


def carried_from(out: Sequence[Any], prev: Any, surplus: Any) -> Any:
    """The figure a nameless clause carries the name of: ``prev``, or when ``prev`` is a surplus
    over the plan (its indicator matches ``surplus``) the last figure before it that is not one."""
    if surplus is None or not surplus.search(prev.indicator):
        return prev
    return next((n for n in reversed(out) if not surplus.search(n.indicator)), prev)
