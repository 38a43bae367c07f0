"""Targets on phrasings met while probing budget, plan and county reports and reposted
work reports (round 5).

Each page is a title line and sentences written for these tests in the style of
their class; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets


# -- a work report reposted later: its title's year is the page's -----------------------

def test_a_work_reports_title_year_is_the_pages_whenever_it_was_posted(rules):
    from extract.extractors.context import page_context
    from extract.record import PageRecord
    rec = PageRecord(source_path="x.txt", title="2023年某省政府工作报告", published="2026-02-10",
                     text="2023年某省政府工作报告\n预计2022年全省生产总值增长3.5%左右。\n")
    assert page_context(rec, rules).year == "2023"
    news = PageRecord(source_path="y.txt", title="上半年全省经济运行情况", published="2026-02-10", text="")
    assert page_context(news, rules).year == "2026"


# -- a change after a share of the plan is the quantity's own ---------------------------

BUDGET = "1-4月全县财政收支情况\n"


def test_a_change_after_a_share_of_the_budget_is_the_revenues():
    rows = targets("1-4月，全县完成一般公共预算收入2856万元，占年初预算的38.6%，同比增长4.2%；"
                   "一般公共预算支出41230万元，为年预算的41.5%，同比下降3.7%。\n", BUDGET)
    assert row(rows, 4.2)["indicator"].endswith("一般公共预算收入")
    assert row(rows, 4.2)["change"] == "growth"
    assert row(rows, 3.7)["indicator"].endswith("一般公共预算支出")
    assert "预算" in row(rows, 38.6)["indicator"]      # the share itself stays a share


def test_a_share_that_moves_in_points_stays_the_share():
    rows = targets("全县研发经费投入占地区生产总值的2.1%，比上年提高0.3个百分点。\n", BUDGET)
    assert "占" in row(rows, 0.3, "个百分点")["indicator"]


# -- 增收/减收 an amount: the revenue's change; 第一季度 is a period -----------------------

def test_an_amount_of_more_revenue_is_the_revenues_growth():
    rows = targets("3月份，全市一般公共预算收入完成52,318万元，同比增收6,204万元，增长13.45%；"
                   "非税收入8,150万元，同比减收1,020万元。\n", "3月份全市财政收支情况\n")
    r = row(rows, 6204, "万元")
    assert r["indicator"].endswith("一般公共预算收入") and r["change"] == "growth"
    assert row(rows, 13.45)["indicator"].endswith("一般公共预算收入")
    r = row(rows, 1020, "万元")
    assert r["indicator"].endswith("非税收入") and r["change"] == "decline"


def test_di_yi_jidu_leaves_no_di_in_the_indicator():
    rows = targets("第一季度全县累计入库税收收入8461万元，同比增长6.2%。\n", BUDGET)
    assert row(rows, 8461, "万元")["indicator"] == "全县累计入库税收收入"


# -- what a count counts is named by whole words; 2024年度 is a period whole ---------------

REVIEW = "一、2025年工作回顾\n"


def test_a_long_counted_noun_is_kept_in_whole_words():
    rows = targets(REVIEW + "全年培育5家省级农业产业化龙头企业，提升260个村级卫生所服务功能。\n")
    assert row(rows, 5, "家")["indicator"].endswith("省级农业产业化龙头企业")
    assert row(rows, 260, "个")["indicator"].endswith("村级卫生所服务功能")


def test_a_counted_noun_cut_at_the_limit_ends_on_a_whole_word():
    from extract.extractors.targets_counted import _whole_words
    assert _whole_words(["村级", "卫生所", "综合", "功能"], 8) == "村级卫生所综合"
    assert _whole_words(["马克思主义"], 3) == "马克思"


def test_nian_du_leaves_no_du_in_the_indicator():
    rows = targets(REVIEW + "高标准建成2024年度6个精品示范村。\n")
    ind = row(rows, 6, "个")["indicator"]
    assert "度" not in ind and ind.endswith("精品示范村")


# -- how the goals went: results, and a gap to the goal is a result ----------------------

def test_a_gap_to_the_goal_is_a_result():
    rows = targets("2025年全市地区生产总值增长4.6%，低于年度目标0.9个百分点；"
                   "规模以上工业增加值增长8.3%，高于目标1.3个百分点。\n", "某市2025年经济运行情况\n")
    assert row(rows, 0.9, "个百分点")["kind"] == "actual"
    assert row(rows, 1.3, "个百分点")["kind"] == "actual"


def test_a_heading_of_how_the_goals_or_plan_went_is_a_review():
    page = "某区2025年上半年国民经济和社会发展计划执行情况的报告\n"
    rows = targets("（一）主要目标完成情况\n城镇和农村常住居民人均可支配收入分别增长4.1%、6.2%。\n", page)
    assert row(rows, 4.1)["kind"] == "actual" and row(rows, 6.2)["kind"] == "actual"
    rows = targets("一、2024年国民经济和社会发展计划执行情况\n全县固定资产投资增长3.5%。\n", page)
    assert row(rows, 3.5)["kind"] == "actual"


# -- a figure named by the noun after it (X的Y) --------------------------------------------

PLAN = "二、2026年重点工作\n"


def test_an_amount_is_named_by_the_noun_after_its_de():
    rows = targets(PLAN + "每年安排500万元的人才引进资金，对首次入规企业给予20万元的一次性奖励，"
                   "合并办公场所可节省每年约60万元的开支。\n")
    assert row(rows, 500, "万元")["indicator"] == "人才引进资金"
    assert row(rows, 20, "万元")["indicator"] == "一次性奖励"
    assert row(rows, 60, "万元")["indicator"] == "开支"


def test_a_rate_before_a_growth_goal_is_that_growth():
    rows = targets("确保完成全年7%左右的经济增长目标。\n", "某市2026年上半年经济运行情况\n")
    r = row(rows, 7)
    assert r["indicator"] == "经济增长" and r["change"] == "growth"
