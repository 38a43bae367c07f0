"""Targets on report phrasings met while probing unseen provincial and city reports (round 4).

Each page is a title line (the report's year, 2026, and its government) and
sentences written for these tests in the style of a news digest of a report;
every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets


# -- a digest's topic line (经济运行) under its review heading (【回顾2025年】) --

def test_a_topic_line_under_a_review_heading_keeps_its_year_and_kind():
    rows = targets("【回顾2025年】\n\n城乡居民收入\n\n分别增长5.1%和6.3%\n\n"
                   "报告指出，过去的一年全市经济平稳运行。\n\n经济运行\n\n"
                   "全年实现地区生产总值3456.7亿元、增长4.6%，一般公共预算收入210.3亿元、增长3.2%。")
    assert [(r["value"], r["kind"], r["period"]) for r in rows if r["unit"] != "%" or r["value"] in (4.6, 3.2)] == [
        (3456.7, "actual", "2025"), (4.6, "actual", "2025"), (210.3, "actual", "2025"), (3.2, "actual", "2025")]
    assert (row(rows, 6.3)["kind"], row(rows, 6.3)["period"]) == ("actual", "2025")


def test_a_topic_line_under_an_undated_review_heading_takes_no_year():
    # only a review its heading dates lends its year: a topic line under 工作回顾 alone dates nothing
    rows = targets("工作回顾\n\n经济运行\n\n全年实现地区生产总值3456.7亿元、增长4.6%。",
                   title="江城市政府工作报告\n")
    assert [r["period"] for r in rows] == [None, None]


def test_a_topic_line_with_no_section_before_it_changes_nothing():
    rows = targets("经济运行\n\n全年实现地区生产总值3456.7亿元、增长4.6%。",
                   title="江城市政府工作报告\n")
    assert [(r["value"], r["period"]) for r in rows] == [(3456.7, None), (4.6, None)]
