"""Targets on report phrasings met while probing unseen provincial, city, district and county reports
of 2012-2025 and news digests on them (session 13, round 7).

Each page is a title line and sentences written for these tests in the style of a report or a
digest on one; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

DATED = "河东区政府工作报告图解\n来源：河东日报  时间：2026-01-12 09:30\n"


# -- the year a digest reviews, named before its first figure ------------------------------

def test_a_paragraph_of_the_year_gone_and_a_comma_dates_the_figure_lines_after_it():
    rows = targets("2025年，在市委坚强领导下，我们坚持稳中求进工作总基调，保持了经济持续健康发展。\n"
                   "预计地区生产总值420亿元、增长5.6%。\n"
                   "全社会固定资产投资增长6%，社会消费品零售总额增长4.8%。", title=DATED)
    for v, unit in ((420.0, "亿元"), (5.6, "%"), (6.0, "%"), (4.8, "%")):
        assert (row(rows, v, unit)["kind"], row(rows, v, unit)["period"]) == ("actual", "2025"), v


def test_such_a_paragraph_of_an_earlier_year_dates_nothing():
    rows = targets("2023年，在市委坚强领导下，我们迎难而上，办成了一批大事。\n"
                   "全社会固定资产投资增长6%。", title=DATED)
    assert row(rows, 6.0)["period"] != "2023"


def test_an_anniversary_in_the_sentence_naming_the_year_gone_is_no_figure():
    rows = targets("报告指出，2025年是新中国成立76周年，是河东发展历程上具有重要意义的一年。\n"
                   "全区进出口总额增长6.1%，规模以上工业增加值增长4.5%。", title=DATED)
    assert (row(rows, 6.1)["kind"], row(rows, 6.1)["period"]) == ("actual", "2025")
    assert row(rows, 4.5)["period"] == "2025"


def test_a_report_that_reviewed_a_year_is_of_the_year_after_it():
    rows = targets("河东省省长向大会作政府工作报告。报告回顾了2025年的工作成果，并为河东发展描绘新蓝图。\n"
                   "报告说，去年全省地区生产总值增长5.2%。", title="")
    assert row(rows, 5.2)["period"] == "2025"


# -- a heading set between dashes ----------------------------------------------------------

def test_a_heading_between_dashes_opens_the_targets_it_heads():
    rows = targets("会上，区长作政府工作报告，提出2026年总体要求和主要目标。\n— 主要目标 —\n"
                   "地区生产总值增长6%以上；社会消费品零售总额增长7%以上；城镇登记失业率控制在4.5%以内。",
                   title=DATED)
    for v in (6.0, 7.0, 4.5):
        assert (row(rows, v)["kind"], row(rows, v)["period"]) == ("target", "2026"), v
