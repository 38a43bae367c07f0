"""A change written from one level to another: ``从目前的14.4万元增加到20万元``,
``由1997年的4.6万亿元增加到2002年的8.7万亿元``.

The first figure is the level the change starts from: a result already there (today's
level, or that of the year it names), whatever goal the second figure states. The second
figure measures the same quantity. The patterns are settings ``targets.from_level_*``.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..rulebook import Rules
from .targets_figures import Figure

# how far before a figure its 从/由 and after it its 增加到 are read
BEFORE_WINDOW = 16
AFTER_WINDOW = 16


@dataclass(frozen=True)
class FromLevel:
    before: regex.Pattern       # ends where the first figure starts (从目前的, 由1997年的)
    after: regex.Pattern        # starts where it ends (增加到, 以上达到, 增至)
    rule: str                   # the kind rule a starting level cites


@dataclass(frozen=True)
class Start:
    """A figure a change starts from, and the year it names for it ("" when none)."""
    year: str


def from_level(rules: Rules) -> FromLevel | None:
    before = rules.pattern("targets.from_level_before_re")
    after = rules.pattern("targets.from_level_after_re")
    rule = str(rules.setting("targets.from_level_rule", ""))
    if before is None or after is None or not rule:
        return None
    return FromLevel(before, after, rule)


def starts_change(text: str, clause_start: int, fig: Figure, fl: FromLevel) -> Start | None:
    """The :class:`Start` of ``fig`` when a change from it to another level is written
    (从目前的14.4万元增加到20万元); None otherwise."""
    left = text[max(clause_start, fig.start - BEFORE_WINDOW):fig.start]
    m = fl.before.search(left)
    if m is None or not fl.after.match(text[fig.end:fig.end + AFTER_WINDOW]):
        return None
    return Start(m.groupdict().get("year") or "")
