"""Targets on more report phrasings: provincial, municipal and county 政府工作报告.

A second battery after ``test_targets_phrasings.py``, on phrasings it does not cover.
Each page is a title line (which gives the report's year, 2026, and its government)
and sentences written for these tests in the style of a report's 主要预期目标 passage
or its review of last year. Every expected column was checked by reading the
sentence, not copied from a run.
"""
from __future__ import annotations

import pytest

from .report_pages import qual, row, targets

REVIEW = "一、2025年工作回顾\n"
TARGETS = "今年经济社会发展的主要预期目标是："


# -- 同口径, 可比, 自然口径: how a growth is counted, not what grows ------------------

def test_a_like_for_like_growth_names_the_quantity():
    rows = targets(REVIEW + "一般公共预算收入完成342.6亿元，同口径增长5.1%。地方一般公共预算收入可比增长3%。"
                   "税收收入按可比口径增长4.2%，自然口径增长2%。全省地区生产总值按不变价格计算增长5.3%。")
    assert row(rows, 5.3)["indicator"] == "全省地区生产总值"
    assert (row(rows, 5.1)["indicator"], row(rows, 5.1)["change"]) == ("一般公共预算收入", "growth")
    assert row(rows, 3)["indicator"] == "地方一般公共预算收入"
    assert row(rows, 4.2)["indicator"] == "税收收入"
    assert row(rows, 2)["indicator"] == "税收收入"


def test_a_like_for_like_growth_target_names_the_quantity():
    rows = targets(TARGETS + "一般公共预算收入同口径增长4%，地方一般公共预算收入可比增长3%左右。")
    assert (row(rows, 4)["indicator"], row(rows, 4)["kind"], row(rows, 4)["period"]) == \
        ("一般公共预算收入", "target", "2026")
    assert (row(rows, 3)["indicator"], qual(row(rows, 3))) == ("地方一般公共预算收入", "左右")


# -- 占比: a share, whose 比 is no preposition -----------------------------------

def test_a_share_keeps_its_word():
    rows = targets(REVIEW + "税收收入占比72.6%，全省财政民生支出占比保持在75%以上。")
    assert row(rows, 72.6)["indicator"] == "税收收入占比"
    r = row(rows, 75)
    assert (r["indicator"], r["change"], qual(r)) == ("全省财政民生支出占比", "level", "保持在…以上")


# -- 城镇居民、农村居民人均可支配收入: heads ending in the same noun share the tail ------

def test_heads_ending_in_the_same_noun_share_the_tail():
    rows = targets(TARGETS + "城镇居民、农村居民人均可支配收入分别增长5.5%、7%。")
    assert row(rows, 5.5)["indicator"] == "城镇居民人均可支配收入"
    assert row(rows, 7)["indicator"] == "农村居民人均可支配收入"
    rows = targets(REVIEW + "城市居民和农村居民人均可支配收入分别达到4.8万元和2.2万元。"
                   "固定资产投资、工业投资分别增长3%、9%。")
    assert row(rows, 4.8, "万元")["indicator"] == "城市居民人均可支配收入"
    assert row(rows, 3)["indicator"] == "固定资产投资"      # heads of their own
    assert row(rows, 9)["indicator"] == "工业投资"


# -- the report's own government: a county or district places.tsv does not list ----

@pytest.mark.parametrize("title, region", [
    ("2026年昌平区政府工作报告\n", "昌平区"),
    ("2026年北京市昌平区人民政府工作报告\n", "昌平区"),
    ("政府工作报告\n——2026年1月10日在宁乡市第十八届人民代表大会第五次会议上\n", "宁乡市"),
    ("2026年沛县政府工作报告\n", "沛县"),
    ("2026年长沙市政府工作报告\n", "长沙市"),
    ("政府工作报告\n各位代表：\n现在，我代表东宁县人民政府，向大会报告工作，请予审议。\n", "东宁县"),
])
def test_a_report_of_a_county_or_district_is_its_region(title, region):
    rows = targets(TARGETS + "全区地区生产总值增长5.5%左右，城镇调查失业率控制在5%以内。", title)
    assert {r["region"] for r in rows} == {region}


def test_a_line_citing_a_report_gives_no_region():
    body = ("各地新春第一会\n2022年江苏省政府工作报告强调要持续打造一流营商环境，南京、南京、苏州各地纷纷行动。\n"
            "南京出台举措66条。")
    assert row(targets(body, "新春第一会点燃拼搏激情\n"), 66, "条")["region"] == "南京市"


def test_a_newspaper_or_customs_office_named_first_is_no_region():
    title = "前三季度全省外贸稳中提质\n"
    body = "南京日报讯 记者从省商务厅获悉，前三季度全省实际使用外资86.2亿美元。\n"
    assert row(targets(body, title), 86.2, "亿美元")["region"] in ("", None)
    body = "据青岛海关统计，前三季度山东省货物贸易进出口2.46万亿元，同比增长4.1%。其中，出口1.5万亿元。\n"
    assert row(targets(body, title), 1.5, "万亿元")["region"] == "山东省"


# -- a plan heading of the year gone reviews it ------------------------------------

@pytest.mark.parametrize("heading", ["一、2025年主要工作\n", "一、2025年目标任务完成情况\n"])
def test_a_plan_heading_of_the_year_gone_is_a_review(heading):
    rows = targets(heading + "全省地区生产总值3.5万亿元、增长5.3%，预计城镇新增就业45万人。")
    for value, unit in ((3.5, "万亿元"), (5.3, "%"), (45, "万人")):
        r = row(rows, value, unit)
        assert (r["kind"], r["period"]) == ("actual", "2025")


def test_a_plan_heading_of_this_year_or_the_plan_still_sets_targets():
    rows = targets("三、2026年重点工作\n全年实施省重点项目3000个以上。\n"
                   "四、“十五五”时期的奋斗目标\n全省地区生产总值突破5万亿元。")
    assert (row(rows, 3000, "个")["kind"], row(rows, 3000, "个")["period"]) == ("target", "2026")
    assert (row(rows, 5, "万亿元")["kind"], row(rows, 5, "万亿元")["period"]) == ("target", "2026-2030")


# -- a figure dated ahead of the report is a goal -----------------------------------

def test_figures_of_the_years_ahead_are_targets():
    rows = targets("未来五年，全省地区生产总值年均增长5%左右。\n"
                   "到2030年，常住人口城镇化率达到68%，全省地区生产总值突破5万亿元。")
    gdp = row(rows, 5)
    assert (gdp["kind"], gdp["period"], gdp["change"], qual(gdp)) == ("target", "2026-2030", "growth", "左右")
    assert (row(rows, 68)["kind"], row(rows, 68)["period"]) == ("target", "2030")
    assert (row(rows, 5, "万亿元")["kind"], qual(row(rows, 5, "万亿元"))) == ("target", "突破")


def test_a_plain_year_or_a_date_range_makes_no_target():
    rows = targets("截至2027年6月，全省累计建成5G基站12万个。2022年1月1日至2027年12月31日延续执行5项优惠政策。")
    assert row(rows, 12, "万个")["kind"] == "actual"     # a page's year may be wrong: a plain year decides nothing
    assert row(rows, 5, "项")["kind"] == "actual"


# -- a goal set for a rate: 经济增长预期目标设定为5%左右 --------------------------------

@pytest.mark.parametrize("sentence, indicator", [
    ("综合考虑，全年经济增长预期目标设定为5%左右。", "经济增长"),
    ("我们将今年经济增长目标定在5%左右。", "经济增长"),
    ("今年经济增速预期目标为5%左右。", "经济增速"),
    ("今年全省地区生产总值增长目标确定为5%左右。", "全省地区生产总值"),
])
def test_a_goal_set_for_a_rate_names_the_rate(sentence, indicator):
    r = row(targets(sentence), 5)
    assert (r["indicator"], r["change"], r["kind"], r["period"], qual(r)) == \
        (indicator, "growth", "target", "2026", "左右")


# -- 五年累计, 五年年均: the five years are the period, not the indicator -------------------

def test_five_years_before_a_total_or_an_average_is_the_period():
    rows = targets(REVIEW + "全省地区生产总值达到3.5万亿元，五年年均增长5.7%。五年累计完成固定资产投资20万亿元，"
                   "过去五年累计新增城镇就业200万人。")
    avg = row(rows, 5.7)
    assert (avg["indicator"], avg["change"], avg["period"]) == ("全省地区生产总值", "growth", "2021-2025")
    assert (row(rows, 20, "万亿元")["indicator"], row(rows, 20, "万亿元")["period"]) == ("固定资产投资", "2021-2025")
    assert row(rows, 200, "万人")["indicator"] == "新增城镇就业"


def test_the_five_years_ahead_are_no_indicator():
    r = row(targets("今后五年，全省经济年均增长5%左右，未来五年累计新增城镇就业250万人。"), 250, "万人")
    assert (r["indicator"], r["kind"], r["period"]) == ("新增城镇就业", "target", "2026-2030")


# -- 增产: the harvest grew by; 全市实现: the scope keeps, the verb goes ------------------

def test_a_harvest_increase_names_the_harvest():
    rows = targets(REVIEW + "粮食产量达到550.6亿斤、增产12.3亿斤。")
    r = row(rows, 12.3, "亿斤")
    assert (r["indicator"], r["change"], r["kind"], r["period"]) == ("粮食产量", "growth", "actual", "2025")


def test_the_verb_after_a_scope_word_is_no_part_of_the_indicator():
    rows = targets(REVIEW + "全市实现地区生产总值5215.6亿元，同比增长5.8%。全县完成固定资产投资120亿元。")
    assert row(rows, 5215.6, "亿元")["indicator"] == "全市地区生产总值"
    assert row(rows, 5.8)["indicator"] == "全市地区生产总值"
    assert row(rows, 120, "亿元")["indicator"] == "全县固定资产投资"


# -- a review by quarters over semicolons -------------------------------------------

def test_quarters_over_semicolons_go_on_with_the_quantity():
    rows = targets(REVIEW + "一季度，全省地区生产总值增长6%；前三季度增长5.7%；全年增长5.5%。")
    for value, period in ((6, "2025年一季度"), (5.7, "2025年前三季度"), (5.5, "2025")):
        r = row(rows, value)
        assert (r["indicator"], r["change"], r["kind"], r["period"]) == ("全省地区生产总值", "growth", "actual", period)


def test_a_count_after_a_semicolon_takes_no_name_from_the_list():
    rows = targets(REVIEW + "1人在东城购买35元茶饮；1人在西城购买190元民生用品。")
    assert all(r["indicator"] != "东城购买" for r in rows if r["unit"] == "人")


# -- 连续5年, （GDP）, （按不变价格计算）: no part of the name --------------------------------

def test_years_running_and_notes_in_brackets_leave_the_name():
    rows = targets(REVIEW + "粮食总产量1130.5亿斤，连续5年稳定在1100亿斤以上。"
                   "全市实现地区生产总值（GDP）5800亿元，地区生产总值（按不变价格计算）增长5.4%。")
    assert row(rows, 1100, "亿斤")["indicator"] == "粮食总产量"
    assert row(rows, 5800, "亿元")["indicator"] == "全市地区生产总值"
    assert row(rows, 5.4)["indicator"] == "地区生产总值"


# -- 主要指标 heading; 实际增长; 年初确定的…目标 --------------------------------------------

def test_a_main_indicators_heading_sets_targets():
    rows = targets("四、2026年主要指标\n地区生产总值增速：5%左右\n城镇调查失业率：5.5%以内")
    assert all(r["kind"] == "target" and r["period"] == "2026" for r in rows) and len(rows) == 2
    assert row(rows, 5)["indicator"] == "地区生产总值增速"


def test_a_goal_set_at_the_start_of_the_year_and_the_real_growth():
    rows = targets(REVIEW + "年初确定的地区生产总值增长5.5%左右的预期目标顺利完成，全省地区生产总值实际增长5.6%。")
    goal = row(rows, 5.5)
    assert (goal["indicator"], goal["kind"], goal["period"], qual(goal)) == ("地区生产总值", "target", "2025", "左右")
    done = row(rows, 5.6)
    assert (done["indicator"], done["kind"], done["period"]) == ("全省地区生产总值", "actual", "2025")


# -- the change named after the figure: 实现5%左右的增长, 保持3%的增速 ----------------------

def test_a_change_named_after_the_figure():
    rows = targets(TARGETS + "地区生产总值实现5%左右的增长，一般公共预算收入保持3%的增速，"
                   "能耗强度实现2%以上的下降。")
    gdp = row(rows, 5)
    assert (gdp["indicator"], gdp["change"], qual(gdp), gdp["kind"]) == ("地区生产总值", "growth", "左右", "target")
    assert (row(rows, 3)["indicator"], row(rows, 3)["change"]) == ("一般公共预算收入", "growth")
    assert (row(rows, 2)["indicator"], row(rows, 2)["change"]) == ("能耗强度", "decline")
    assert row(targets(TARGETS + "城镇调查失业率5.5%左右的水平。"), 5.5)["change"] == "level"


# -- a year's goals opened in other words ---------------------------------------------

@pytest.mark.parametrize("opening", [
    "今年全县经济社会发展的目标是：",
    "今年的目标是：",
    "全年目标：",
    "今年经济工作的主要预期是：",
    "今年主要经济指标安排为：",
])
def test_other_openings_of_the_years_goals(opening):
    rows = targets("各位代表：\n" + opening + "地区生产总值增长5.5%左右，城镇新增就业35万人，规上工业增加值增长7%。")
    gdp = row(rows, 5.5)
    assert (gdp["indicator"], gdp["kind"], gdp["period"], qual(gdp)) == ("地区生产总值", "target", "2026", "左右")
    assert all(r["kind"] == "target" and r["period"] == "2026" for r in rows) and len(rows) == 3


# -- years in Chinese numerals; 过去的一年 ------------------------------------------------

@pytest.mark.parametrize("heading", ["一、二〇二五年工作回顾\n", "一、二○二五年工作回顾\n", "一、过去的一年\n"])
def test_a_review_heading_in_other_words_dates_its_figures(heading):
    rows = targets(heading + "全省地区生产总值增长5.3%，一般公共预算收入增长2%。")
    assert all(r["kind"] == "actual" and r["period"] == "2025" for r in rows) and len(rows) == 2


def test_a_year_in_chinese_numerals_is_a_period_not_a_name():
    r = row(targets("二〇二五年全省地区生产总值增长5.3%。"), 5.3)
    assert (r["indicator"], r["period"]) == ("全省地区生产总值", "2025")


# -- 确保 and 力争: each figure takes the modal nearest before it ----------------------------

def test_a_floor_and_a_stretch_goal_each_qualify_their_figure():
    rows = targets(TARGETS + "地区生产总值确保增长6%、力争7%，一般公共预算收入确保增长5%以上，"
                   "城镇新增就业确保完成12万人。")
    assert qual(row(rows, 6)) == "确保"
    assert qual(row(rows, 7)) == "力争"
    assert qual(row(rows, 5)) == "确保…以上"
    assert qual(row(rows, 12, "万人")) == "确保"


def test_striving_to_reach_is_a_qualifier():
    rows = targets(TARGETS + "地区生产总值增长6%左右，争取达到6.5%。")
    r = row(rows, 6.5)
    assert (r["indicator"], qual(r), r["change"]) == ("地区生产总值", "争取", "growth")


# -- 约 of 签约 is no qualifier ------------------------------------------------------------

def test_the_yue_of_a_signing_is_no_qualifier():
    rows = targets(REVIEW + "全年项目签约3543亿元，新签约项目80个，全省约20万人受益。")
    signed = row(rows, 3543, "亿元")
    assert (signed["indicator"], qual(signed)) == ("项目签约", "")
    assert qual(row(rows, 80, "个")) == ""
    assert qual(row(rows, 20, "万人")) == "约"


# -- short heads share a short tail: 城镇、农村居民分别…, 刑事、治安案件分别… -------------------

def test_short_heads_share_a_short_tail():
    rows = targets(REVIEW + "居民人均可支配收入3.5万元，其中城镇、农村居民分别增长4.8%、6.5%。"
                   "刑事、治安案件分别下降6.6%、3.6%。进口、出口分别增长2%、4%。")
    assert row(rows, 4.8)["indicator"] == "城镇居民"
    assert row(rows, 6.5)["indicator"] == "农村居民"
    assert (row(rows, 6.6)["indicator"], row(rows, 6.6)["change"]) == ("刑事案件", "decline")
    assert (row(rows, 2)["indicator"], row(rows, 4)["indicator"]) == ("进口", "出口")


def test_a_head_does_not_take_a_tail_cut_inside_a_word():
    rows = targets(TARGETS + "推动制造业、数字经济核心产业增加值分别增长5%、8%以上。")
    assert row(rows, 5)["indicator"] == "制造业"
    assert row(rows, 8)["indicator"] == "数字经济核心产业增加值"


# -- “十四五”年均增长: the plan is the period, the quantity the one before ------------------

def test_a_plan_opening_the_words_is_the_period():
    rows = targets("一、2025年和“十四五”工作回顾\n2025年全省地区生产总值突破5万亿元，“十四五”年均增长5.6%。"
                   "“十四五”规划共设置26项指标。")
    r = row(rows, 5.6)
    assert (r["indicator"], r["change"], r["period"]) == ("全省地区生产总值", "growth", "2021-2025")
    assert row(rows, 26, "项")["indicator"].startswith("“十四五”规划")


# -- 预计 of the year gone, without a review heading --------------------------------------

@pytest.mark.parametrize("body", [
    "各位代表：\n过去一年，全省经济持续回升向好，预计全年地区生产总值增长5.2%左右。",
    "各位代表：\n2025年，预计全省地区生产总值增长5.2%左右。",
])
def test_an_estimate_of_the_year_gone_is_its_preliminary_result(body):
    r = row(targets(body), 5.2)
    assert (r["kind"], r["period"], qual(r)) == ("actual", "2025", "左右")


def test_an_estimate_of_this_year_stays_a_forecast():
    r = row(targets("各位代表：\n预计今年全省地区生产总值增长5%左右。"), 5)
    assert r["kind"] == "forecast"


# -- a negative figure; 千公顷 ---------------------------------------------------------------

def test_a_minus_sign_after_a_word_makes_a_negative_figure():
    rows = targets(REVIEW + "人口自然增长率为-1.5‰，工业生产者出厂价格同比−2.1%，增长5-6%。")
    r = row(rows, -1.5, "‰")
    assert r["indicator"] == "人口自然增长率"
    assert row(rows, -2.1)["indicator"] == "工业生产者出厂价格"
    rng = row(rows, 5)
    assert rng["value_high"] == pytest.approx(6)          # a range, not a negative 6


def test_thousands_of_hectares_are_a_unit():
    r = row(targets(REVIEW + "造林绿化面积300千公顷。"), 300, "千公顷")
    assert r["indicator"] == "造林绿化面积"


# -- last year's figure under a plan heading is a result -------------------------------------

def test_last_years_figure_under_a_plan_heading_is_a_result():
    rows = targets("三、2026年重点工作\n新增城镇就业120万人。去年新增城镇就业128万人。"
                   "2025年全省社会消费品零售总额增长4.5%。")
    assert (row(rows, 120, "万人")["kind"], row(rows, 120, "万人")["period"]) == ("target", "2026")
    assert (row(rows, 128, "万人")["kind"], row(rows, 128, "万人")["period"]) == ("actual", "2025")
    assert (row(rows, 4.5)["kind"], row(rows, 4.5)["period"]) == ("actual", "2025")


def test_a_goal_set_in_the_past_stays_a_goal():
    rows = targets("行业协会提出的发展目标是：2020年规划里程2500公里左右。")
    assert (row(rows, 2500, "公里")["kind"], row(rows, 2500, "公里")["period"]) == ("target", "2020")


def test_a_respectively_list_shares_the_qualifiers_around_it():
    rows = targets("城镇调查失业率和城镇登记失业率分别控制在5.5%和4.5%以内；"
                   "两项收入分别不低于8万元和3万元。")
    assert qual(row(rows, 5.5)) == qual(row(rows, 4.5)) == "控制在…以内"
    assert qual(row(rows, 8, "万元")) == qual(row(rows, 3, "万元")) == "不低于"


def test_a_figure_of_a_respectively_list_keeps_a_qualifier_of_its_own():
    rows = targets("一般公共预算收入和规模以上工业增加值分别增长5%左右、6%以上；"
                   "出口和进口分别增长3%和不低于4%。")
    assert (qual(row(rows, 5)), qual(row(rows, 6))) == ("左右", "以上")
    assert (qual(row(rows, 3)), qual(row(rows, 4))) == ("", "不低于")


def test_an_amount_after_a_growth_rate_is_a_level():
    rows = targets("2025年，全省地区生产总值增长6%左右、突破2.6万亿元，连续18个月保持增长。"
                   "今年预期目标：地区生产总值增长5%以上、力争突破2.8万亿元。")
    assert row(rows, 6)["change"] == row(rows, 5)["change"] == "growth"
    assert row(rows, 2.6, "万亿元")["change"] == row(rows, 2.8, "万亿元")["change"] == "level"
    assert row(rows, 18, "个月")["change"] == "level"


def test_a_rate_after_a_growth_rate_still_grows():
    rows = targets("全省规模以上工业增加值增长8.2%、7.5%，出口总额增长5%、增加120亿元。")
    assert row(rows, 7.5)["change"] == "growth"
    assert row(rows, 120, "亿元")["change"] != "level"


# -- （下同）, 全年共实现: a note and a total verb are no part of the name --------------------

def test_a_same_below_note_is_no_part_of_the_indicator():
    rows = targets(REVIEW + "全年地区生产总值同比（下同）增长5.2%，固定资产投资增长6%。税收收入(下同)增长3.1%。")
    assert row(rows, 5.2)["indicator"] == "地区生产总值"
    assert row(rows, 3.1)["indicator"] == "税收收入"


def test_a_total_verb_after_the_year_is_no_part_of_the_indicator():
    rows = targets(REVIEW + "全年共实现地区生产总值680.2亿元，同比增长6.1%；累计完成固定资产投资210亿元。")
    assert row(rows, 680.2, "亿元")["indicator"] == "地区生产总值"
    assert row(rows, 6.1)["indicator"] == "地区生产总值"
    assert row(rows, 210, "亿元")["indicator"] == "固定资产投资"


# -- 城乡居民收入分别增长: 城镇 and 农村 run together, one row each -----------------------------

def test_a_joined_town_and_country_pair_gives_a_row_each():
    rows = targets(REVIEW + "经济增长6.2%，城乡居民收入分别增长5.4%和6.8%。")
    assert (row(rows, 5.4)["indicator"], row(rows, 6.8)["indicator"]) == ("城镇居民收入", "农村居民收入")
    assert (row(rows, 6.8)["kind"], row(rows, 6.8)["period"]) == ("actual", "2025")
    rows = targets(REVIEW + "城乡居民医保、大病保险参保率分别达到96%、99%。")
    assert row(rows, 96)["indicator"] == "城乡居民医保"
