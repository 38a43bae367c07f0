"""Targets on phrasings met while probing city and county reports, bulletins and
press conferences (round 7).

Each page is a title line and sentences written for these tests in the style of
their class; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

REPORT = "某县政府工作报告\n"


# -- two counts of one set in two units name one quantity -----------------------------------

def test_the_first_of_a_count_pair_takes_the_name_after_the_second():
    rows = targets("去年，全县有4128户共13650名农村群众实现稳定增收，"
                   "新增帮扶2.3万户6.1万人。\n", REPORT)
    assert row(rows, 13650, "名")["indicator"] == "农村群众"
    assert row(rows, 4128, "户")["indicator"] == row(rows, 13650, "名")["indicator"]
    assert row(rows, 2.3, "万户")["indicator"] == row(rows, 6.1, "万人")["indicator"]


def test_counts_joined_by_a_list_mark_keep_their_own_names():
    rows = targets("去年，全县带动126个贫困村、1.9万户贫困户发展特色种养业。\n", REPORT)
    assert row(rows, 126, "个")["indicator"].endswith("贫困村")
    assert row(rows, 1.9, "万户")["indicator"].startswith("贫困户")


# -- the field a rank is taken in, and a list of moves in a ranking, are no figures --------

def test_the_rivals_a_rank_is_taken_among_are_no_figure():
    rows = targets("去年，全县地区生产总值增长6.2%，在全市9个县区中居第2位；"
                   "规上工业增加值增速在全省28个同类县中排名第5位。\n", REPORT)
    assert {(r["value"], r["unit"]) for r in rows} == {(6.2, "%")}


def test_a_list_of_moves_in_a_ranking_is_no_figure():
    rows = targets("去年，全县固定资产投资增长9.1%，增速位次较一季度、上半年分别前移4位、6位。\n", REPORT)
    assert {(r["value"], r["unit"]) for r in rows} == {(9.1, "%")}


def test_a_count_of_items_in_a_set_with_no_rank_after_it_stays():
    rows = targets("去年，全县36个重点项目中已开工31个。\n", REPORT)
    assert row(rows, 31, "个") is not None


# -- a press conference on a year's economy is held the year after it -----------------------

def test_a_press_conference_on_a_years_economy_dates_last_year_to_that_year():
    rows = targets("从市政府召开的2019年全市经济运行情况新闻发布会上获悉，去年，全市地区生产总值"
                   "增长6.1%，规模以上工业增加值增长5.4%。\n", "市政府新闻发布会\n")
    assert row(rows, 6.1)["period"] == "2019"
    assert row(rows, 5.4)["period"] == "2019"


def test_a_press_conference_on_part_of_a_year_keeps_that_year():
    rows = targets("市政府新闻办举行2019年前三季度经济运行情况新闻发布会。前三季度，全市地区生产总值"
                   "增长6.3%。\n", "市政府新闻发布会\n")
    assert row(rows, 6.3)["period"] == "2019年前三季度"


# -- a share of units written before the units names the units, not the words before -----

def test_a_share_of_units_is_named_by_the_units_and_what_they_did():
    rows = targets("去年，全县85%以上乡镇建成标准化敬老院，70%的行政村实现垃圾分类，"
                   "超过96%的村卫生室纳入医保定点。\n", REPORT)
    assert row(rows, 85)["indicator"] == "乡镇建成标准化敬老院"
    assert row(rows, 70)["indicator"] == "行政村实现垃圾分类"
    assert row(rows, 96)["indicator"] == "村卫生室纳入医保定点"


def test_units_in_a_list_are_not_named_by_the_list_word():
    rows = targets("到2025年，日间照料中心覆盖全部城市社区、85%以上乡镇和55%以上村。\n", REPORT)
    assert not str(row(rows, 85)["indicator"] or "").endswith("和")


def test_a_rate_followed_by_its_clause_end_keeps_its_own_name():
    rows = targets("去年，全县农村卫生厕所普及率达到92%，行政村生活垃圾收运处置体系覆盖率100%。\n", REPORT)
    assert row(rows, 92)["indicator"].endswith("农村卫生厕所普及率")


# -- a task clause: the figure is the goal of the name before 任务 ----------------------------

def test_a_task_figure_is_the_goal_of_the_clause_before():
    rows = targets("农村公路提质改造，全年任务为120公里，实际完成126公里；"
                   "农村危房改造，年度任务是860户，已全部完成。\n", REPORT)
    assert row(rows, 120, "公里")["indicator"] == "农村公路提质改造"
    assert row(rows, 120, "公里")["kind"] == "target"
    assert row(rows, 126, "公里")["indicator"] == "农村公路提质改造"
    assert row(rows, 126, "公里")["kind"] == "actual"
    assert row(rows, 860, "户")["indicator"] == "农村危房改造"
    assert row(rows, 860, "户")["kind"] == "target"


def test_a_share_of_the_task_done_stays_a_result():
    rows = targets("全市帮扶困难群众就业3200人，完成年度目标任务的128%。\n", REPORT)
    assert row(rows, 128)["kind"] == "actual"
