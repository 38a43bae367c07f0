"""Targets on report phrasings met while probing unseen provincial and city reports (round 3).

Each page is a title line (the report's year, 2026, and its government) and
sentences written for these tests in the style of a news item on a report's
targets passage; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import qual, row, targets


# -- the goals named, then the figures after a comma: 主要目标，即… / 预期目标，报告显示，… --

def test_goals_named_then_listed_after_ji_are_targets():
    rows = targets("省长在报告中提出了全省今年的主要目标，即地区生产总值增长6%左右，"
                   "全社会固定资产投资增长8%以上，城镇调查失业率控制在5.5%以内。")
    assert len(rows) == 3
    assert all((r["kind"], r["period"]) == ("target", "2026") for r in rows)
    assert row(rows, 6)["indicator"] == "地区生产总值"          # 即 is no part of it
    assert (row(rows, 5.5)["indicator"], qual(row(rows, 5.5))) == ("城镇调查失业率", "控制在…以内")


def test_goals_named_then_listed_after_the_report_says_are_targets():
    rows = targets("对于今年全省经济社会发展的预期目标，报告显示，地区生产总值增长5%左右，"
                   "一般公共预算收入增长3%左右，城镇新增就业40万人。")
    assert len(rows) == 3
    assert all((r["kind"], r["period"]) == ("target", "2026") for r in rows)
    assert row(rows, 40, "万人")["indicator"] == "城镇新增就业"


def test_goals_reached_then_listed_stay_results():
    rows = targets("一、2025年工作回顾\n全省圆满完成了年初确定的主要目标，即地区生产总值增长5.3%，"
                   "一般公共预算收入增长2.1%。")
    assert [(r["kind"], r["period"]) for r in rows] == [("actual", "2025")] * 2


# -- a year in Chinese numerals with its zeros typed as the digit or the letter: 二00四年 --

def test_a_chinese_numeral_year_typed_with_ascii_zeros_dates_its_targets():
    for year in ("二00四", "二OO四", "二〇〇四"):
        rows = targets(f"{year}年全区经济社会发展的主要预期目标是：地区生产总值增长百分之九，"
                       "城镇登记失业率控制在百分之四以内。", title="自治区政府工作报告\n")
        assert [(r["indicator"], r["value"], r["kind"], r["period"]) for r in rows] == [
            ("地区生产总值", 9, "target", "2004"), ("城镇登记失业率", 4, "target", "2004")], year


# -- the year gone named by a sentence of no figure before a news piece's first figure -------

NEWS_2021 = "2021-01-26 17:07:58\n"     # a news piece on a report, dated 2021


def test_a_lede_naming_the_year_gone_dates_the_review_figures_after_it():
    rows = targets("报告指出，2020年是极不平凡的一年，一年来，全省坚持稳中求进工作总基调。\n"
                   "经济运行持续回升。全省完成地区生产总值2.45万亿元、增长4%，固定资产投资增长7.7%。",
                   title=NEWS_2021)
    assert [(r["value"], r["kind"], r["period"]) for r in rows] == [
        (2.45, "actual", "2020"), (4, "actual", "2020"), (7.7, "actual", "2020")]


def test_a_lede_naming_the_year_planned_dates_nothing():
    rows = targets("2021年是“十四五”开局之年。\n经济运行持续回升。全省完成地区生产总值2.45万亿元。",
                   title=NEWS_2021)
    assert [(r["value"], r["period"]) for r in rows] == [(2.45, None)]


# -- a heading that ends with a year written without 年 (回眸2024, 2021 alone on its line) ---------

def test_a_heading_ending_with_a_bare_year_dates_its_section():
    for heading in ("2025", "回眸2025"):
        rows = targets(f"{heading}\n全省地区生产总值增长5.3%，规模以上工业增加值增长6.1%。\n")
        assert [(r["value"], r["period"]) for r in rows] == [(5.3, "2025"), (6.1, "2025")], heading


def test_a_heading_with_a_figure_is_no_bare_year():
    rows = targets("新增城镇就业2025人\n全省地区生产总值增长5.3%。\n")
    assert row(rows, 5.3)["period"] is None
