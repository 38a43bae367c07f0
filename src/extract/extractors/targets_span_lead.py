"""The span a figureless paragraph opens with, for the multi-year rates of the paragraph after it.

A digest of a report breaks its five-year review into short paragraphs: ``过去五年，…各项事业取得新进展。``
and then ``生产总值年均增长7.8%；社会消费品零售总额年均增长10.7%。`` with no time of its own. A 年均
rate is of several years, so it is of the span the paragraph before opens with (2013-2017), not of
the one year the section heading names (一、2017年及本届政府工作回顾).
"""
from __future__ import annotations

from collections.abc import Callable

import regex

# a span of years as targets_periods.tsv writes it (y.past5: 2013-2017; y.plan: 2021-2025)
YEAR_SPAN = regex.compile(r"(?:19|20)\d{2}-(?:19|20)\d{2}")
FIGURE_DIGIT = regex.compile(r"[\d０-９]")
CLAUSE_END = regex.compile(r".*[，,；;：:。！？!?]", regex.S)   # the lead up to the figure's own clause

Periods = Callable[[str], list[tuple[int, int, str, str]]]


def span_of_lead_paragraph(lines: list[tuple[int, str]], line_start: int, lead: str,
                           periods_in: Periods, rate: regex.Pattern | None) -> tuple[str, str] | None:
    """(period, rule) of the span that opens the paragraph before the one at ``line_start`` when
    ``lead`` (the figure's sentence up to it) names a multi-year rate (``rate``: 年均) in the figure's
    own clause (not 17979元 of …增加到27763元、年均增长9.1%) and that paragraph holds no figure; else None."""
    if rate is None or not rate.search(CLAUSE_END.sub("", lead, count=1)):
        return None
    starts = [s for s, _ in lines]
    at = starts.index(line_start) if line_start in starts else -1
    prev = next((line for _, line in reversed(lines[:at]) if line.strip()), "") if at > 0 else ""
    body = prev.strip()
    if not body or FIGURE_DIGIT.search(body):
        return None
    found = periods_in(body)
    if not found or found[0][0] != 0 or not YEAR_SPAN.fullmatch(found[0][2]):
        return None
    return found[0][2], found[0][3]
