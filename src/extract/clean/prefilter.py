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

Constructs whose outcome could change beside a line break (lookarounds, atomic groups,
possessive quantifiers, string anchors, recursion, fuzzy matching) keep a rule out of the
page search; inline flags, group references and nested sets keep it out of the alternation.
Such rules are simply tried on every line. The rule found first, in the rules' order, is
the one the plain loop finds.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import regex

from ..rulebook.loader import RuleRow

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
    branches: list[str] = []
    depth, start, i, n = 0, 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            if i < 0:
                return None
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


def _class_end(pattern: str, i: int) -> int:
    """Index just after the character class opening at ``i``; -1 for forms not handled here."""
    j = i + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":
        return -1  # a leading literal ']'
    while j < len(pattern):
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            return -1  # nested sets, POSIX classes
        if c == "]":
            return j + 1
        j += 1
    return -1


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
        starts = [r for r in self.rows if anchored(r.regex())]
        self.at_start = {r.id for r in starts}
        self.starts = regex.compile("|".join(f"(?:{r.regex().pattern})" for r in starts)) if starts else None
        self.paged = [(r, page_pattern(r.regex())) for r in self.rows if r.id not in self.at_start]

    def for_page(self, page: str) -> PageRules:
        """The rules narrowed to ``page``: its lines, as they will be tried, joined by ``"\\n"``."""
        hit = {r.id for r, rx in self.paged if rx is None or rx.search(page) is not None}
        return PageRules(
            self.starts,
            [r for r in self.rows if r.id in self.at_start or r.id in hit],
            [r for r in self.rows if r.id in hit],
        )
