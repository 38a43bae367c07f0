"""Targets: kinds met while probing seed-like county project-start pages (seed round 1): the
year's investment set for a batch of projects (年度投资) is a plan; the share of a planned
investment done (占年度计划投资的73.7%) is progress, an actual. Sentences written for these tests."""
from __future__ import annotations

from .report_pages import row, targets

NEWS = "某县举行第二季度重点项目集中开工仪式\n"


def test_the_year_investment_of_a_batch_of_projects_is_a_plan():
    rows = targets("据了解，本次集中开工的重点项目共18个，总投资36.5亿元，年度投资12.4亿元，"
                   "涵盖交通、工业和民生等领域。\n", NEWS)
    assert row(rows, 12.4, "亿元")["kind"] == "target"
    assert row(rows, 36.5, "亿元")["kind"] == "actual"


def test_the_year_investment_done_is_no_plan():
    rows = targets("截至11月底，全县重点项目完成年度投资45.2亿元，进度居全市前列。\n", NEWS)
    assert row(rows, 45.2, "亿元")["kind"] == "actual"


def test_the_share_of_a_planned_investment_done_is_an_actual():
    rows = targets("截至目前，全县120个重点项目全部开复工，完成投资88.6亿元，"
                   "占年度计划投资的68.2%，超过序时进度5个百分点。\n", NEWS)
    assert row(rows, 68.2)["kind"] == "actual"
    assert row(rows, 88.6, "亿元")["kind"] == "actual"


# -- a session named by its ordinals is no count of meetings ----------------------------------

def test_a_session_named_by_its_ordinals_is_no_figure():
    rows = targets("报告认真贯彻了市委六届十一次全会精神，按照省委十一届十次、十一次全会部署，"
                   "县政协十届十九次常委会议听取了通报。\n", NEWS)
    assert not [r for r in rows if r["unit"] == "次"]
    # a count of meetings held stays a figure
    rows = targets("去年全年召开常委会议12次，审议议题46项。\n", NEWS)
    assert row(rows, 12, "次")["kind"] == "actual"


# -- a cue opening a sentence of semicolon clauses governs the clauses with none ---------------

def test_an_opening_forecast_cue_governs_the_semicolon_clauses_after_it():
    rows = targets("预计全市地区生产总值增长7.5%左右；地方一般公共预算收入860亿元，增长9%；"
                   "全社会固定资产投资增长10%以上。\n", NEWS)
    assert [row(rows, v, u)["kind"] for v, u in ((7.5, "%"), (860, "亿元"), (9, "%"), (10, "%"))] == ["forecast"] * 4


def test_a_clause_with_its_own_actual_cue_keeps_it():
    rows = targets("预计全年地区生产总值增长6%左右；上半年规模以上工业增加值同比增长5.2%。\n", NEWS)
    assert row(rows, 5.2)["kind"] == "actual"


def test_a_cue_inside_the_first_clause_governs_only_it():
    rows = targets("机构预测人民币在年底前将达到6.54元；北京时间9:45，在岸人民币兑美元跌0.06%。\n", NEWS)
    assert row(rows, 0.06)["kind"] == "actual"


# -- an adverb of the whole set (全面, 全线) and its predicate are not what a count counts -----

def test_a_whole_set_adverb_after_a_count_is_trimmed():
    rows = targets("2020年以来，全县24个重点工业项目全面加快建设进度，12个重点交通项目全线开工。\n", NEWS)
    assert row(rows, 24, "个")["indicator"].endswith("重点工业项目")
    assert row(rows, 12, "个")["indicator"].endswith("重点交通项目")


# -- a works' stage (在建, 拟建) opens what a count counts -------------------------------------

def test_a_stage_word_opens_what_a_count_counts():
    rows = targets("2020年以来，全县24个在建重点工业项目全面加快建设进度。\n", NEWS)
    assert row(rows, 24, "个")["indicator"].endswith("在建重点工业项目")
    rows = targets("今年全省将突出抓好5个续建高速公路项目、3个拟建高速公路项目。\n", NEWS)
    assert row(rows, 3, "个")["indicator"] == "拟建高速公路项目"
