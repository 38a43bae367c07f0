"""Which line rules can match a line, found with a few searches instead of one per rule and line.

Stages that try an ordered list of rules on every line (``boilerplate``) spend most of
their time on calls that find nothing. :class:`LineRules` narrows the rules down, exactly:

* rules anchored at the line start (every top-level alternative begins with ``^``) are
  joined into one alternation, matched once per line: when it fails, none of them can match
  (one call instead of one per rule; a page-wide search of it is slower, as it is tried at
  every position);
* every other rule is searched once over the whole page (its lines joined by ``"\\n"``,
  compiled with MULTILINE): a match inside a line is still a match there (``^``/``$`` hold
  at the line's ends, ``\\b`` sees the break as it saw the string's end, a backtracking match
  stays a match), so a rule that misses the page misses every line. The converse does not
  hold (``\\s*`` may run over a break), so a rule that hits the page is still tried per line.

Before either, a rule is left out of a page that lacks the characters every match of it
holds (:mod:`~extract.clean.needs`, one numpy pass over the page for all rules): most
pages hold no ``彩票`` or ``本文地址``, and a look-up is far cheaper than a search. (The
alternation stays the one of all anchored rules: one for each page's set of rules would
be compiled again and again, as nearly every page has a set of its own.)

Constructs whose outcome could change beside a line break (lookarounds, atomic groups,
possessive quantifiers, string anchors, recursion, fuzzy matching) keep a rule out of the
page search; inline flags, group references and nested sets keep it out of the alternation.
Such rules are simply tried on every line. The rule found first, in the rules' order, is
the one the plain loop finds.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

import regex

from ..rulebook.loader import RuleRow
from .needs import CharIndex, grouping_marks, needs

# tokens after which a page-wide search proves nothing about single lines
PAGE_UNSAFE = (
    "\\A", "\\Z", "\\z", "\\G", "\\K", "(?=", "(?!", "(?<=", "(?<!", "(?>", "(?(", "(?R", "(?&",
    "(?P>", "(?+", "(?-", "(?b", "(?e", "++", "*+", "?+", "}+", "{e", "{i", "{d", "{s",
)
GROUP_REF = regex.compile(r"\\(?:\d|g)")


def page_pattern(rx: Any) -> Any | None:
    """``rx`` for searching a whole page of lines, or None when that search proves nothing."""
    p = rx.pattern
    if any(t in p for t in PAGE_UNSAFE) or regex.search(r"\(\?\d", p):
        return None
    return regex.compile(p, rx.flags | regex.MULTILINE)


def top_branches(pattern: str) -> list[str] | None:
    """The top-level alternatives of ``pattern``; None when it is not plain enough to split."""
    marks = grouping_marks(pattern)
    if marks is None:
        return None
    bars = [i for i, c, depth in marks if c == "|" and depth == 0]
    return [pattern[s:e] for s, e in zip([0] + [i + 1 for i in bars], bars + [len(pattern)])]


def anchored(rx: Any) -> bool:
    """Every top-level alternative starts with ``^`` and the pattern joins an alternation safely."""
    p = rx.pattern
    if rx.flags != regex.compile("").flags or "(?" in p.replace("(?:", "") or GROUP_REF.search(p):
        return False
    branches = top_branches(p)
    return bool(branches) and all(b.startswith("^") and b[1:2] not in ("*", "+", "?", "{") for b in branches)


@dataclass(frozen=True)
class PageRules:
    """One page's view of the rules: which to try on a line (in the rules' order)."""

    starts: Any                  # the alternation of the anchored rules, or None
    with_start: list[RuleRow]    # rules to try on a line ``starts`` matches
    without: list[RuleRow]       # rules to try on the others

    def rows_for(self, line: str) -> list[RuleRow]:
        """The rules that may match ``line``, in order (the others cannot)."""
        return self.with_start if self.starts is not None and self.starts.match(line) else self.without

    def first(self, line: str) -> RuleRow | None:
        """The first rule (in order) whose pattern finds a match in ``line``."""
        for r in self.rows_for(line):
            if r.regex().search(line):
                return r
        return None


class LineRules:
    """An ordered list of rules, prepared once (per Rules instance) for :meth:`for_page`."""

    def __init__(self, rows: Sequence[RuleRow]) -> None:
        self.rows = list(rows)
        self.anchored = [r for r in self.rows if anchored(r.regex())]
        self.at_start = {r.id for r in self.anchored}
        self.paged = [(r, page_pattern(r.regex())) for r in self.rows if r.id not in self.at_start]
        self.needs = {r.id: needs(r.regex()) for r in self.rows}
        self.chars = frozenset(c for sets in self.needs.values() if sets for s in sets for c in s)
        self.index = CharIndex(self.chars)
        self.starts = regex.compile("|".join(f"(?:{r.regex().pattern})" for r in self.anchored)) if self.anchored else None

    def present(self, page: str) -> frozenset[str]:
        """The characters of :attr:`chars` that ``page`` holds (what :meth:`for_page` takes as ``present``)."""
        return self.index.present(page)

    def possible(self, present: frozenset[str] | Callable[[frozenset[str]], bool]) -> set[str]:
        """Ids of the rules a text may match somewhere.

        ``present``: the characters of :attr:`chars` (or more) the text holds, or
        a function telling whether it holds all of a set (``TextChars.holds_all``).
        """
        holds = present.issuperset if isinstance(present, frozenset) else present
        return {i for i, sets in self.needs.items() if sets is None or any(map(holds, sets))}

    def for_page(self, page: str, present: frozenset[str] | Callable[[frozenset[str]], bool] | None = None) -> PageRules:
        """The rules narrowed to ``page``: its lines, as they will be tried, joined by ``"\\n"``.

        A rule whose needed characters (:mod:`~extract.clean.needs`) the page lacks
        is left out without a search. ``present``: the page's characters as
        :meth:`present` (or the index of a superset of :attr:`chars`) gives them.
        """
        possible = self.possible(self.present(page) if present is None else present)
        hit = {r.id for r, rx in self.paged if r.id in possible and (rx is None or rx.search(page) is not None)}
        return self._narrowed(possible, hit)

    def for_chars(self, present: frozenset[str] | Callable[[frozenset[str]], bool]) -> PageRules:
        """The rules narrowed by the characters of a text alone (no search of the text)."""
        possible = self.possible(present)
        return self._narrowed(possible, {r.id for r, _ in self.paged if r.id in possible})

    def _narrowed(self, possible: set[str], hit: set[str]) -> PageRules:
        starts = {r.id for r in self.anchored if r.id in possible}
        return PageRules(
            self.starts if starts else None,
            [r for r in self.rows if r.id in hit or r.id in starts],
            [r for r in self.rows if r.id in hit],
        )
