"""The quantity whose course through the year a sentence tells before its full-year figure.

A plan-execution report tells a quantity's course before its result: ``地区生产总值上半年由负转正，
三、四季度加快恢复，全年增长3.9%``. The full-year clause has no name of its own; the quantity is the
subject of the sentence's first clause, the one the course (上半年, 一季度, 年初) follows
(settings [targets] course_subject_re), when no clause between holds a figure.
"""
from __future__ import annotations

import regex

from ..rulebook import Rules
from .sentences import Span

FIGURE_DIGIT = regex.compile(r"[\d０-９]")


def course_subject(cls: list[Span], cl: Span, rules: Rules) -> str:
    """The name of the quantity whose course the clauses before ``cl`` (a 全年 clause: settings
    ``targets.year_total_lead_re``) tell, or ''."""
    lead = rules.pattern("targets.year_total_lead_re")
    subject = rules.pattern("targets.course_subject_re")
    if lead is None or subject is None or not lead.match(cl.text.lstrip()):
        return ""
    before = cls[:cls.index(cl)]
    if not before or any(FIGURE_DIGIT.search(c.text) for c in before):
        return ""
    m = subject.match(before[0].text.lstrip())
    return m.group("name") if m else ""
