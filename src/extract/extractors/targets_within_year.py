"""The year of a span inside a year (前三季度, 1-6月, 4月) that nothing on the page dates.

A city's monthly or quarterly release often names no year at all (前三季度，全市实现地区生产总值…;
4月，一般公共预算收入累计完成…): its publication date does. A span that ended in the month the
page was published or shortly before (1-6月 on a page of 2024-07-31, 前三季度 on one of 2024-10-26;
settings ``targets.within_year_publication_lag_months``) is of that year. One that ends later
(1-11月 on a page of January, 一季度 said in February) is left as written: it is the year before's,
or a goal for the months ahead, and the date cannot tell which; so is one that ended long before
(6月底 on a copy dated December may be a repost of another year).
"""
from __future__ import annotations

import regex

from .numbers import chinese_value

# the span forms the period cues write (targets_scope normalises 1—10 月份 to 1-10月)
QUARTER = regex.compile(r"(?P<first>前)?第?(?P<q>[一二三四1-4])季度")
HALF = regex.compile(r"(?P<h>[上下])半年")
MONTHS = regex.compile(r"(?:(?P<a>1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})-|前)?"
                       r"(?P<b>1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])个?月(?:底|末)?")
ISO_DATE = regex.compile(r"((?:19|20)\d{2})-(\d{2})-\d{2}")
QUARTER_MONTHS = 3
HALF_END = {"上": 6, "下": 12}


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    v = chinese_value(text.replace("两", "二"))
    return int(v) if v is not None else None


def span_end_month(span: str) -> int | None:
    """The last month of a bare span inside a year (前三季度 -> 9, 上半年 -> 6, 1-7月 -> 7,
    前4个月 -> 4, 4月底 -> 4), or None when ``span`` is no such span (2024年4月, 今年1-2月, 2023)."""
    m = QUARTER.fullmatch(span)
    if m is not None:
        q = _number(m.group("q"))
        return q * QUARTER_MONTHS if q else None
    m = HALF.fullmatch(span)
    if m is not None:
        return HALF_END[m.group("h")]
    m = MONTHS.fullmatch(span)
    if m is not None:
        month = _number(m.group("b"))
        return month if month is not None and 1 <= month <= 12 else None
    return None


def dated_by_publication(period: str, year: str, published: str, lag: int) -> str:
    """``period`` with the publication year in front when it is a bare span inside a year that
    ended in the month of ``published`` (an ISO date) or at most ``lag`` months before, and that
    year is the page's own (``year``: not a work report's year named in its title); else
    ``period`` as it is."""
    end = span_end_month(period) if period else None
    m = ISO_DATE.match(published or "")
    if end is None or m is None or m.group(1) != year or not 0 <= int(m.group(2)) - end <= lag:
        return period
    return f"{m.group(1)}年{period}"
