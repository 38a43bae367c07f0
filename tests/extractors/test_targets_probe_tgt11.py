"""Targets on phrasings met while probing reviews and statistics news (round 4).

Each page is a title line and sentences written for these tests in the style of
their class; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

CITY = "株洲市上半年经济运行情况\n"
COUNTY = "芦淞区上半年经济运行情况\n"


# -- a wider area's figure the page sets its own against: that area's region -----------

def test_the_province_and_country_in_brackets_are_their_own_regions():
    rows = targets("上半年，全市地区生产总值增长8.1%，比全省(7.7%)和全国(7.0%)分别高0.4和1.1个百分点，"
                   "增幅居全省第2位。\n", CITY)
    assert row(rows, 8.1)["region"] == "株洲市"
    assert row(rows, 7.7)["region"] == "湖南省"
    assert row(rows, 7.0)["region"] == "全国"
    assert row(rows, 0.4, "个百分点")["region"] == "株洲市"     # the gap is the city's own
    assert row(rows, 1.1, "个百分点")["region"] == "株洲市"


def test_a_wider_area_as_the_subject_or_after_wei_is_that_area():
    rows = targets("上半年，全区一般公共预算收入增长9.2%，全市为7.5%，全省为6.3%；"
                   "同期，全国居民消费价格上涨0.4%。\n", COUNTY)
    assert row(rows, 9.2)["region"] == "芦淞区"
    assert row(rows, 7.5)["region"] == "株洲市"
    assert row(rows, 6.3)["region"] == "湖南省"
    assert row(rows, 0.4)["region"] == "全国"


def test_a_gap_over_a_wider_area_stays_the_pages():
    rows = targets("上半年，全市城镇居民人均可支配收入增长5.5%，高于全省平均增速0.8个百分点。\n", CITY)
    assert row(rows, 0.8, "个百分点")["region"] == "株洲市"


def test_a_national_honour_counted_by_a_province_stays_the_provinces():
    rows = targets("全国文明城市达到13个，全国重点实验室从15家增加到38家。\n")
    assert row(rows, 13, "个")["region"] != "全国" and row(rows, 38, "家")["region"] != "全国"


def test_the_whole_city_of_a_municipality_is_itself():
    rows = targets("全市地区生产总值增长4.8%，全国增长5.0%。\n", "2025年天津市政府工作报告\n")
    assert row(rows, 4.8)["region"] == "天津市"
    assert row(rows, 5.0)["region"] == "全国"


# -- the page's year is not a year it compares with ------------------------------------

def test_a_year_compared_with_in_the_first_lines_does_not_date_the_page():
    rows = targets("记者对比2020年全年数据发现，前11月全市社会消费品零售总额8362亿元，同比增长14.9%。\n",
                   "前11月全市消费市场持续回暖\n")
    assert "2020" not in (row(rows, 8362, "亿元")["period"] or "")
    rows = targets("今年春节假期全市接待游客308万人次，恢复至2019年同期的88.6%。\n", "春节假期全市旅游市场火热\n")
    assert "2019" not in (row(rows, 308, "万人次")["period"] or "")


def test_the_first_own_year_after_a_compared_one_dates_the_page():
    rows = targets("全市接待游客比2019年同期增长12%，2023年全年力争接待游客突破500万人次。\n", "全市旅游市场火热\n")
    assert row(rows, 500, "万人次")["period"] == "2023"


# -- a year that opens a paragraph dates the figures after it ---------------------------

def test_a_year_opening_a_paragraph_without_a_figure_dates_the_paragraph():
    rows = targets("2024年全县经济运行稳中有进。全县地区生产总值完成86.4亿元，同比增长5.6%；"
                   "一般公共预算收入增长7.2%。\n", "2025年县政府工作报告\n")
    assert {row(rows, 86.4, "亿元")["period"], row(rows, 5.6)["period"], row(rows, 7.2)["period"]} == {"2024"}


# -- the level a change over a span of years starts from: the year before the span ------

def test_a_starting_level_over_a_span_of_years_is_dated_before_the_span():
    rows = targets("一、过去五年工作回顾\n五年来，全县人均预期寿命从79.6岁提升至81.3岁，"
                   "常住人口城镇化率由61.4%提高到66.8%。\n", "2026年县政府工作报告\n")
    assert row(rows, 79.6, "岁")["period"] == "2020"
    assert row(rows, 61.4)["period"] == "2020"
    assert row(rows, 81.3, "岁")["period"] == "2021-2025"


def test_the_end_of_a_plan_period_is_its_last_year():
    rows = targets("到2026年底，全省城市社区服务设施覆盖率由“十四五”末的82%提高到95%。\n")
    assert row(rows, 82)["period"] == "2025"
    rows = targets("三、“十四五”时期工作回顾\n细颗粒物年均浓度较“十三五”末下降16.5%。\n")
    assert row(rows, 16.5)["period"] != "2020"


# -- a count written before a noun phrase a verb or a bound opens ------------------------

def test_a_count_names_the_verb_led_phrase_or_the_noun_after_its_bound():
    rows = targets("今年，要形成15个候选项目，开展20场以上招聘会，为高校毕业生提供3000个见习岗位，"
                   "培育10家以上智能工厂。\n")
    assert row(rows, 15, "个")["indicator"].endswith("候选项目")
    assert row(rows, 20, "场")["indicator"].endswith("招聘会")
    assert row(rows, 3000, "个")["indicator"].endswith("见习岗位")
    assert row(rows, 10, "家")["indicator"].endswith("智能工厂")


def test_a_count_that_is_the_subject_of_a_verb_keeps_its_noun_before():
    rows = targets("这1780只股票中，176只隶属化工行业，173只属于机械设备行业。\n")
    assert "行业" not in row(rows, 176, "只")["indicator"]
