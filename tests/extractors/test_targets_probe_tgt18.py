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


# -- money or projects already obtained from above (已争取, 共争取, 争取到) ----------------

def test_money_already_obtained_from_above_is_a_result():
    rows = targets("一、2025年工作完成情况\n今年以来，我局已争取上级补助资金1860万元，"
                   "全年共向省交通运输厅争取农村公路项目12个，争取到中央车购税资金2.3亿元。\n",
                   SUMMARY)
    got = row(rows, 1860, "万元")
    assert (got["indicator"], got["kind"]) == ("上级补助资金", "actual")
    twelve = row(rows, 12, "个")
    assert (twelve["indicator"], twelve["kind"]) == ("农村公路项目", "actual")
    assert row(rows, 2.3, "亿元")["kind"] == "actual"


def test_money_still_to_be_sought_stays_a_goal():
    rows = targets("二、2026年工作计划\n明年力争争取上级资金3亿元以上，争取到2026年底新改建农村公路120公里。\n",
                   SUMMARY)
    assert row(rows, 3, "亿元")["kind"] == "target"
    assert row(rows, 120, "公里")["kind"] == "target"


# -- a department writing of itself: 我局 / 本委 before a verb of work done -----------------

def test_a_department_naming_itself_is_no_part_of_the_indicator():
    rows = targets("一、2025年工作完成情况\n我局完成交通固定资产投资9.6亿元，本委共争取中央预算内项目8个。\n",
                   SUMMARY)
    assert row(rows, 9.6, "亿元")["indicator"] == "交通固定资产投资"
    assert not row(rows, 8, "个")["indicator"].startswith(("委", "本委"))


def test_a_head_starting_with_a_department_word_keeps_it():
    rows = targets("2025年全县企业所得税收入完成2.4亿元，中心城区常住人口18.2万人。\n", BUDGET)
    assert row(rows, 2.4, "亿元")["indicator"].endswith("企业所得税收入")
    assert row(rows, 18.2, "万人")["indicator"].startswith("中心城区")


# -- a headline's kicker before a bar: 数据图解| / 经济观察丨 --------------------------------

def test_a_headline_kicker_before_a_bar_is_no_part_of_the_indicator():
    for bar in ("|", "丨", "｜"):
        rows = targets(f"经济观察{bar}前三季度全省规模以上工业增加值同比增长6.1%\n",
                       "前三季度全省经济运行情况\n")
        assert row(rows, 6.1)["indicator"] == "全省规模以上工业增加值"


# -- money sought (争取) under a review heading is what the year obtained ----------------------

def test_money_sought_under_a_review_heading_is_a_result():
    rows = targets("一、2025年工作回顾\n一年来，我局积极对接省厅，争取农村公路建设资金2860万元。\n"
                   "二、2026年工作计划\n明年争取上级资金3500万元。\n", SUMMARY)
    assert row(rows, 2860, "万元")["kind"] == "actual"
    assert row(rows, 3500, "万元")["kind"] == "target"
