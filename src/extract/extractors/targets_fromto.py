"""A change written from one level to another: ``从目前的14.4万元增加到20万元``,
``由1997年的4.6万亿元增加到2002年的8.7万亿元``.

The first figure is the level the change starts from: a result already there (today's
level, or that of the year it names), whatever goal the second figure states. The second
figure measures the same quantity. The patterns are settings ``targets.from_level_*``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

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
    years_ago: dict[str, int] = field(default_factory=dict)   # 去年: 1, 前年: 2
    plan_years_ago: int = 0     # how many years before the page's a goal's unnamed start is


@dataclass(frozen=True)
class Start:
    """A figure a change starts from: the year it names for it ("" when none), whether it
    says it is today's (从目前的), and how many years before the page's it says (去年: 1)."""
    year: str
    now: bool = False
    ago: int | None = None

    def period(self, page_year: str, goal: bool, fl: FromLevel) -> str | None:
        """The year of this level from the page's year: the one it names, one it counts back
        to (从去年的), the page's own (从目前的); for a goal's start that names no time
        (今年…由4.2万元增加到4.4万元), the year before the page's: what is there already
        when the goal is set. None when it needs a page year there is none of, or it is
        no goal's and names no time: the caller dates it."""
        if self.year:
            return self.year
        back = self.ago if self.ago is not None else (0 if self.now else fl.plan_years_ago if goal else None)
        if back is None or not page_year.isdigit():
            return None
        return str(int(page_year) - back)


def from_level(rules: Rules) -> FromLevel | None:
    before = rules.pattern("targets.from_level_before_re")
    after = rules.pattern("targets.from_level_after_re")
    rule = str(rules.setting("targets.from_level_rule", ""))
    if before is None or after is None or not rule:
        return None
    return FromLevel(before, after, rule, dict(rules.setting("targets.from_level_years_ago", {})),
                     int(rules.setting("targets.from_level_plan_years_ago", 0)))


def starts_change(text: str, clause_start: int, fig: Figure, fl: FromLevel) -> Start | None:
    """The :class:`Start` of ``fig`` when a change from it to another level is written
    (从目前的14.4万元增加到20万元); None otherwise."""
    left = text[max(clause_start, fig.start - BEFORE_WINDOW):fig.start]
    m = fl.before.search(left)
    if m is None or not fl.after.match(text[fig.end:fig.end + AFTER_WINDOW]):
        return None
    g = m.groupdict()
    return Start(g.get("year") or "", bool(g.get("now")), fl.years_ago.get(g.get("ago") or ""))
