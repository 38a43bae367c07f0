"""Quoted names a suffix or a kind word after the quotes makes projects.

* a kind word of settings ``projects.quoted_kinds`` right after the closing quote
  (``「宜居后甲」社宅``): the quoted name is a project of that kind, as with a suffix;
* a kind word right before the opening quote (``第3处社宅「北昌安居」``): the name in apposition
  to it is a project of that kind;
* quoted names joined before one suffix or kind they share (``“永城好室”及“鹤声好室”社会住宅``,
  ``“甲园”、“乙园”和“丙园”产业园``): the word after the last quote names the kind of every
  quoted name of the run, each named as written in its quotes.
"""
from __future__ import annotations

import regex

# quoted names after the first, each opened by a joiner: the suffix follows the last one
JOINED_QUOTED = regex.compile(r"(?:(?:、|以及|及|和|与)“[^“”\n]{2,30}”)+")


def quoted_kind(text: str, end: int, kinds: tuple) -> str:
    """The kind word (longest first) standing right at ``end``, after a closing quote, or ''."""
    return next((k for k in kinds if text.startswith(k, end)), "")


def shared_suffix(text: str, end: int, limit: int, suffix: regex.Pattern, kinds: tuple = ()) -> str:
    """The suffix or kind word the quoted name closing at ``end`` shares with the quoted names
    joined after it (``“永城好室”及“鹤声好室”社会住宅``: 社会住宅), or '' when no run of them ends in one."""
    run = JOINED_QUOTED.match(text, end, limit)
    if run is None:
        return ""
    m = suffix.match(text, run.end(), limit)
    return m.group() if m else quoted_kind(text, run.end(), kinds)


def kind_before(text: str, start: int, kinds: tuple) -> str:
    """The kind word (longest first) standing right before the opening quote at ``start``
    (``社宅「北昌安居」``), or ''."""
    return next((k for k in kinds if text.endswith(k, 0, start)), "")
