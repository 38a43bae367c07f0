"""Targets on phrasings met while probing county statistical bulletins, half-year and
three-quarter economic news, plan news with 到2027年 goals, budget reports and
traditional-script reports (round 10).

Each page is a title line and sentences written for these tests in the style of
their class; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

NEWS = "前三季度全省经济运行情况\n"


# -- a rate that sped up or slowed (加快/放缓) is the change of the quantity before it ---

def test_a_rate_that_sped_up_keeps_the_quantity_before_it():
    rows = targets("前三季度，全省规模以上工业增加值同比增长5.6%，比上半年加快0.4个百分点；"
                   "民间投资下降1.2%，降幅较上半年放缓0.8个百分点。\n", NEWS)
    up = row(rows, 0.4, "个百分点")
    assert (up["indicator"], up["change"]) == ("全省规模以上工业增加值", "growth")
    assert row(rows, 0.8, "个百分点")["indicator"] != "放缓"


def test_a_rate_that_slowed_to_a_value_is_that_growth_rate():
    rows = targets("三季度，全省生产总值同比增速放缓至4.6%。\n", NEWS)
    rate = row(rows, 4.6)
    assert rate["change"] == "growth"


def test_a_verb_speeding_up_work_names_no_change():
    rows = targets("加快建设4个国家级渔港经济区和2个海洋牧场。\n", "2026年省政府工作报告\n")
    assert row(rows, 4, "个")["change"] == "level"
    rows = targets("加快2条在建跨海通道建设。\n", "2026年省政府工作报告\n")
    assert row(rows, 2, "条")["change"] == "level"


# -- an undated page on a plan being issued is of the plan's first year: its goals look ahead --

PLAN_NEWS = "某省：到2027年 规上工业企业达到2万家\n"


def test_an_undated_plan_named_with_its_span_makes_its_goals_targets():
    rows = targets("省政府办公厅近日印发《某省制造业集群培育行动方案(2025-2027年)》。其中提出，到2027年，"
                   "全省规上工业企业达到2万家，累计建成国家级先进制造业集群12个。\n", PLAN_NEWS)
    assert {(r["value"], r["kind"], r["period"]) for r in rows if r["unit"] == "个"} == {(12, "target", "2027")}
    assert row(rows, 2, "万家")["kind"] == "target"


def test_an_undated_five_year_outline_makes_its_plan_end_goals_targets():
    rows = targets("省政府日前印发《某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》。"
                   "力争“十四五”末，全省高速公路总里程达到9000公里。\n", "某省“十四五”规划纲要印发\n")
    assert row(rows, 9000, "公里")["kind"] == "target"


def test_an_undated_page_naming_no_plan_issued_stays_as_it_was():
    rows = targets("到2023年底，全省累计建成5G基站12万个。\n", "全省5G建设情况\n")
    assert row(rows, 12, "万个")["kind"] == "actual"
