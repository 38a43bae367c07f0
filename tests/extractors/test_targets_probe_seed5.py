"""Targets on phrasings met while probing seed-like pages (round 5): a change from one level to
another with an adverb of degree before its verb (由41.9%显著上升至55.4%). Sentences written for
these tests."""
from __future__ import annotations

from .report_pages import row, targets

REVIEW = "2025年全市经济运行情况\n"


def test_an_adverb_before_the_verb_of_a_change_keeps_the_second_level_on_the_first_ones_indicator():
    rows = targets("全年服务业增加值占地区生产总值的比重由2024年的48.2%明显提高到51.6%，"
                   "城镇化率由63.5%稳步上升至65.1%。\n", REVIEW)
    first, second = row(rows, 48.2), row(rows, 51.6)
    assert "比重" in second["indicator"] and second["indicator"] == first["indicator"]
    assert row(rows, 65.1)["indicator"] == row(rows, 63.5)["indicator"]
    assert "稳步" not in row(rows, 65.1)["indicator"] and "明显" not in second["indicator"]


def test_a_quarter_of_this_year_written_as_taiwan_and_hong_kong_outlets_do_is_a_result():
    # 今年第1季 / 今年前3季 (a quarter already past, as 今年一季度 is) is no plan for the year; the goal
    # in the sentence's own clause stays a goal
    rows = targets("该省今年初设定全年经济增长目标为「5%左右」，据统计部门数据，今年第1季经济增长率5.3%，"
                   "第2季为5.1%。该省今年前3季经济增长率仅为4.2%，低于预期。\n", "該省前3季經濟增長4.2%\n")
    assert row(rows, 5.3)["kind"] == "actual" and row(rows, 4.2)["kind"] == "actual"
    assert row(rows, 5)["kind"] == "target"
