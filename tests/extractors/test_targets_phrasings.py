"""Targets on report phrasings the dev government work reports do not contain.

Each page is a title line (which gives the report's year, 2026) and sentences
written for these tests in the style of a 政府工作报告: its 主要预期目标 passage
and its review of last year. Every expected column was checked by reading the
sentence, not copied from a run.
"""
from __future__ import annotations

import pytest

from .report_pages import qual, row, targets



# -- the passage that lists the year's targets ----------------------------------

@pytest.mark.parametrize("opening", [
    "今年经济社会发展主要预期目标安排如下：",
    "今年全省经济社会发展的预期目标建议为：",
    "今年经济社会发展的主要预期指标是：",
])
def test_passage_openings_make_targets_of_the_year(opening):
    rows = targets(opening + "地区生产总值增长5.5%左右，城镇调查失业率5.5%左右。")
    gdp = row(rows, 5.5)
    assert gdp["indicator"] == "地区生产总值"
    assert (gdp["kind"], gdp["period"], qual(gdp), gdp["change"]) == ("target", "2026", "左右", "growth")
    assert all(r["kind"] == "target" and r["period"] == "2026" for r in rows)


def test_striving_for_better_results_makes_a_target():
    rows = targets("全省地区生产总值增长5.5%左右，在实际工作中力争更好结果。")
    gdp = row(rows, 5.5)
    assert (gdp["indicator"], gdp["kind"], gdp["period"], qual(gdp)) == ("全省地区生产总值", "target", "2026", "左右")


# -- 力争: a modal qualifier that governs the figures after it in its clause ----

def test_striving_qualifies_the_figure_after_it():
    rows = targets("经济社会发展的主要预期目标是：地区生产总值增长5.5%左右、力争6%，"
                   "规模以上工业增加值增长力争6.5%。")
    assert qual(row(rows, 5.5)) == "左右"
    assert qual(row(rows, 6)) == "力争"
    assert qual(row(rows, 6.5)) == "力争"
    assert row(rows, 6.5)["indicator"] == "规模以上工业增加值"


def test_striving_reaches_every_figure_of_its_clause_with_their_own_qualifiers():
    rows = targets("今年，力争全年新增高新技术企业500家以上、科技型中小企业突破3000家，"
                   "培育专精特新企业100家。")
    assert qual(row(rows, 500, "家")) == "力争…以上"
    assert qual(row(rows, 3000, "家")) == "力争…突破"
    assert qual(row(rows, 100, "家")) == ""         # another clause: 力争 does not reach it


def test_obtaining_funds_is_no_striving():
    rows = targets("过去一年，争取中央预算内投资120亿元。")
    assert qual(row(rows, 120, "亿元")) == ""


# -- 收入增长: the verb comes off an income indicator ----------------------------

def test_income_growth_names_the_income():
    rows = targets("经济社会发展的主要预期目标是：一般公共预算收入增长3%，"
                   "城镇居民人均可支配收入增长5%以上。")
    budget = row(rows, 3)
    assert (budget["indicator"], budget["change"], budget["kind"]) == ("一般公共预算收入", "growth", "target")
    wages = row(rows, 5)
    assert (wages["indicator"], wages["change"], qual(wages)) == ("城镇居民人均可支配收入", "growth", "以上")


# -- a copula (控制在, 保持在, 达到) sets a figure; the rate word before it is the change --

def test_a_rate_set_by_a_copula_stays_a_growth():
    rows = targets("经济社会发展的主要预期目标是：居民消费价格涨幅控制在2%左右，"
                   "城镇调查失业率控制在5.5%以内，粮食产量稳定在700万吨以上，"
                   "居民消费价格上涨幅度3%以内。")
    cpi = row(rows, 2)
    assert (cpi["indicator"], cpi["change"], qual(cpi)) == ("居民消费价格涨幅", "growth", "控制在…左右")
    assert row(rows, 5.5)["change"] == "level"
    assert row(rows, 700, "万吨")["change"] == "level"
    assert row(rows, 3)["change"] == "growth"


def test_striving_to_reach_a_higher_rate_is_still_growth():
    rows = targets("经济社会发展的主要预期目标是：地区生产总值增长5.5%以上，力争达到6%。")
    higher = row(rows, 6)
    assert (higher["indicator"], higher["change"], qual(higher), higher["kind"]) == \
        ("地区生产总值", "growth", "力争", "target")


def test_a_copula_after_an_amount_sets_a_level():
    rows = targets("一、2025年工作回顾\n过去一年，全省新能源装机增加1800万千瓦、达到9000万千瓦，"
                   "内需对经济增长的贡献率达到80%。")
    assert row(rows, 1800, "万千瓦")["change"] == "growth"
    assert row(rows, 9000, "万千瓦")["change"] == "level"
    assert row(rows, 80)["change"] == "level"


# -- 建议: the proposal verb is no part of the indicator -------------------------

def test_proposed_targets_name_the_quantity():
    rows = targets("二、2026年工作安排\n综合考虑，建议今年全省地区生产总值增长5%左右，城镇调查失业率5.5%左右。"
                   "全年完成项目建议书编制35项。")
    gdp = row(rows, 5)
    assert (gdp["indicator"], gdp["kind"], gdp["period"], qual(gdp)) == ("全省地区生产总值", "target", "2026", "左右")
    assert row(rows, 35, "项")["indicator"].endswith("建议书编制")


# -- 总量, 总额, 增速 alone: said of what the figure before measures ------------

def test_a_total_after_a_growth_names_its_quantity():
    rows = targets("一、2025年工作回顾\n过去一年，全省地区生产总值增长5.4%，总量达到3.2万亿元。"
                   "外贸进出口增长6%，总额突破9000亿元。新增上市公司20家、总量达300家。")
    gdp = row(rows, 3.2, "万亿元")
    assert (gdp["indicator"], gdp["change"], gdp["kind"], gdp["period"]) == ("全省地区生产总值总量", "level", "actual", "2025")
    assert row(rows, 5.4)["indicator"] == "全省地区生产总值"
    assert row(rows, 9000, "亿元")["indicator"] == "外贸进出口总额"
    assert row(rows, 300, "家")["indicator"] == "上市公司总量"


def test_a_generic_word_with_no_figure_before_stays_as_written():
    rows = targets("一、2025年工作回顾\n经营主体总量达到900万户。")
    assert row(rows, 900, "万户")["indicator"] == "经营主体总量"


# -- a range broken over two lines --------------------------------------------

def test_a_range_broken_over_two_lines_is_one_figure():
    rows = targets("今年经济社会发展的主要预期目标是：地区生产总值增长5%—\n5.5%，城镇新增就业60万人以上。")
    gdp = row(rows, 5)
    assert (gdp["indicator"], gdp["value_high"], gdp["change"], gdp["kind"], gdp["period"]) == \
        ("地区生产总值", 5.5, "growth", "target", "2026")
    jobs = row(rows, 60, "万人")
    assert (jobs["indicator"], qual(jobs), jobs["kind"]) == ("城镇新增就业", "以上", "target")
    assert len(rows) == 2


# -- targets listed one a line without punctuation ------------------------------

def test_target_lines_without_punctuation_stay_in_their_section():
    rows = targets("三、2026年经济社会发展主要预期目标\n地区生产总值增长5%左右\n城镇调查失业率5.5%左右\n"
                   "城镇新增就业50万人以上")
    for value, unit, indicator, change in ((5, "%", "地区生产总值", "growth"), (5.5, "%", "城镇调查失业率", "level"),
                                            (50, "万人", "城镇新增就业", "level")):
        r = row(rows, value, unit)
        assert (r["indicator"], r["change"], r["kind"], r["period"]) == (indicator, change, "target", "2026")


def test_a_dated_headline_with_a_figure_still_dates_what_follows():
    rows = targets("一、2025年工作回顾\n2024年全省居民消费价格上涨0.3%\n其中，城市上涨0.3%，农村上涨0.4%。")
    assert row(rows, 0.4)["period"] == "2024"


# -- concentrations --------------------------------------------------------------

def test_air_quality_targets_are_figures_with_their_unit():
    rows = targets("经济社会发展的主要预期目标是：细颗粒物（PM2.5）平均浓度控制在30微克/立方米以内，"
                   "地表水国控断面水质优良比例达到90%。")
    pm = row(rows, 30, "微克/立方米")
    assert pm["indicator"].endswith("平均浓度")
    assert (qual(pm), pm["change"], pm["kind"], pm["period"]) == ("控制在…以内", "level", "target", "2026")
    assert not [r for r in rows if r["value"] == pytest.approx(2.5)], "PM2.5 is a name"


def test_a_figure_after_a_concentration_shares_its_indicator():
    rows = targets("一、2025年工作回顾\n新增新能源货车900辆，PM2.5年均浓度28微克每立方米、同比下降5%。")
    pm = row(rows, 28, "微克每立方米")
    assert pm["indicator"] == "PM2.5年均浓度" and pm["base_unit"] == "微克/立方米"
    drop = row(rows, 5)
    assert (drop["indicator"], drop["change"], drop["kind"]) == ("PM2.5年均浓度", "decline", "actual")


# -- the first and last years of a five-year plan ------------------------------

def test_the_opening_year_of_a_plan_is_one_year():
    rows = targets("“十五五”开局之年，全省经济社会发展的主要预期目标是：地区生产总值增长5%左右。")
    gdp = row(rows, 5)
    assert (gdp["kind"], gdp["period"], qual(gdp)) == ("target", "2026", "左右")


def test_the_closing_year_of_a_plan_is_its_last_year():
    rows = targets("一、工作回顾\n“十四五”收官之年，全省地区生产总值增长5.4%。"
                   "“十四五”时期年均增长5.6%。")
    assert row(rows, 5.4)["period"] == "2025"
    assert row(rows, 5.6)["period"] == "2021-2025"


# -- a passage opened without a colon -----------------------------------------

def test_a_passage_opened_without_a_colon_leaves_the_indicator_clean():
    rows = targets("今年经济社会发展的主要预期目标是地区生产总值增长5.5%左右，城镇调查失业率5.5%左右。")
    gdp = rows[0]
    assert (gdp["indicator"], gdp["value"], gdp["kind"], gdp["period"], qual(gdp)) == \
        ("地区生产总值", 5.5, "target", "2026", "左右")


def test_a_goal_named_before_its_figure_keeps_its_name():
    rows = targets("根据规划，该厂到2027年生产目标是20万辆。")
    assert row(rows, 20, "万辆")["indicator"].endswith("生产目标")


# -- 分别 lists: a parallel list right after one follows it ------------------------

def test_a_parallel_list_after_each_follows_it_member_by_member():
    rows = targets("一、2025年工作回顾\n城镇、农村居民人均可支配收入分别达5.2万元、2.4万元，增长4.1%、6.3%。"
                   "低保、特困供养标准分别从每人每月600元、800元提高到650元、850元。")
    assert row(rows, 2.4, "万元")["indicator"] == "农村居民人均可支配收入"
    assert (row(rows, 4.1)["indicator"], row(rows, 4.1)["change"]) == ("城镇居民人均可支配收入", "growth")
    assert row(rows, 6.3)["indicator"] == "农村居民人均可支配收入"
    assert row(rows, 650, "元")["indicator"].startswith("低保")
    assert row(rows, 850, "元")["indicator"].startswith("特困供养")


# -- numbered list items -------------------------------------------------------

@pytest.mark.parametrize("first, second", [("1.", "2."), ("（1）", "（2）"), ("1、", "2、")])
def test_the_number_of_a_list_item_is_no_part_of_its_indicator(first, second):
    rows = targets(f"今年经济社会发展的主要预期目标是：\n{first}地区生产总值增长5%左右；\n{second}城镇新增就业40万人。")
    assert row(rows, 5)["indicator"] == "地区生产总值"
    assert row(rows, 40, "万人")["indicator"] == "城镇新增就业"
    assert all(r["kind"] == "target" and r["period"] == "2026" for r in rows)


# -- a passage listing its targets one a line -------------------------------------

def test_a_passage_runs_over_its_item_lines():
    rows = targets("今年经济社会发展的主要预期目标是：\n地区生产总值增长5%左右。\n城镇调查失业率5.5%左右。\n"
                   "居民消费价格涨幅2%左右。\n（一）坚定扩大内需\n"
                   "过去三年，全省新增就业人数累计达到150万人，城乡居民收入稳步增长，各项民生事业全面进步，人民群众获得感持续增强。")
    for value in (5, 5.5, 2):
        r = row(rows, value)
        assert (r["kind"], r["period"], r["rule"].endswith("p.target.main")) == ("target", "2026", True)
    assert not row(rows, 150, "万人")["rule"].endswith("p.target.main")   # a paragraph after the list


def test_a_passage_on_the_line_after_its_cue_still_runs_to_its_full_stop():
    rows = targets("今年经济社会发展的主要预期目标是：\n地区生产总值增长5%左右，城镇调查失业率5.5%左右，"
                   "居民消费价格涨幅2%左右，城镇新增就业60万人以上，居民收入增长与经济增长同步，粮食产量稳定在700万吨以上。")
    assert all(r["kind"] == "target" and r["period"] == "2026" for r in rows) and len(rows) == 5
