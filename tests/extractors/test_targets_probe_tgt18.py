"""Targets on phrasings met while probing budget and final-accounts reports and
department work summaries (round 11).

Each page is a title line and sentences written for these tests in the style of
their class; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

BUDGET = "某县2025年预算执行情况和2026年预算草案的报告\n"
SUMMARY = "县交通运输局2025年工作总结\n"


# -- the balance of a budget: 加上… / 加上级… / 上年结转, 上年结余 ---------------------

def test_the_word_adding_a_revenue_to_the_balance_is_no_part_of_it():
    rows = targets("2025年全县一般公共预算收入完成12.6亿元，增长3.1%，加上上级补助收入21.4亿元、"
                   "债务转贷收入4.2亿元，收入总计38.2亿元。\n", BUDGET)
    assert row(rows, 21.4, "亿元")["indicator"] == "上级补助收入"


def test_adding_written_with_one_shang_keeps_the_whole_revenue():
    rows = targets("2025年全县一般公共预算收入完成12.6亿元，加上级补助收入21.4亿元，"
                   "加上年结余收入1.3亿元，收入合计35.3亿元；一般公共预算支出30.1亿元，"
                   "加上解上级支出0.8亿元，支出合计30.9亿元。\n", BUDGET)
    assert row(rows, 21.4, "亿元")["indicator"] == "上级补助收入"
    assert row(rows, 1.3, "亿元")["indicator"] == "上年结余收入"
    assert row(rows, 0.8, "亿元")["indicator"] == "上解上级支出"


def test_money_carried_over_from_the_year_before_keeps_its_name():
    rows = targets("2025年全县政府性基金收入8.7亿元，上年结转2.05亿元，上年结余0.36亿元，"
                   "收入合计11.11亿元。\n", BUDGET)
    assert row(rows, 2.05, "亿元")["indicator"] == "上年结转"
    assert row(rows, 0.36, "亿元")["indicator"] == "上年结余"
