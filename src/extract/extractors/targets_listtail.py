"""The name of a count that closes a list of members (``A、B等6个项目集中开工``).

The words before ``等`` are the members the count sums up, not what it measures: the count is
of the counted noun, named by the verb that follows it when one of settings
``targets.list_tail_verbs`` does (``集中开工项目``, ``集中签约项目``). Without such a verb only a count of
projects (a noun ending in one of ``targets.list_tail_nouns``) drops its members
(``A、B等15个项目列入市重点计划`` -> ``项目``); other members name a kind the count is of
(``地区生产总值等6项指标``, ``教育等7部门``) and stay.
"""
from __future__ import annotations

import regex

from ..rulebook import Rules

LIST_END = "等"


def _tail_verb(rules: Rules) -> regex.Pattern:
    return rules.cached("targets.list_tail_verb_re", lambda: regex.compile(
        "(?:" + "|".join(rules.setting("targets.list_tail_adverbs", [])) + ")*"
        "(" + "|".join(sorted(map(regex.escape, rules.setting("targets.list_tail_verbs", [])), key=len, reverse=True)) + ")"))


def closes_list(own: str) -> bool:
    """The words before a count end with 等: the count closes a list of members."""
    return own.rstrip().endswith(LIST_END)


def list_tail_name(counted: str, end: int, text: str, rules: Rules) -> str:
    """``counted`` (the noun right after the count ending at ``end``) led by the verb after it; ""
    when neither a verb follows nor ``counted`` is a count of projects (the indicator stays as it was)."""
    at = text.find(counted, end, end + len(counted) + 2)
    if at < 0:
        return ""
    m = _tail_verb(rules).match(text, at + len(counted)) if rules.setting("targets.list_tail_verbs", []) else None
    if m:
        return m.group(1) + counted
    return counted if counted.endswith(tuple(rules.setting("targets.list_tail_nouns", []))) else ""
