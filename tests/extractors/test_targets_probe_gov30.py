"""Targets on report phrasings met while probing unseen provincial, city, county and digest reports (round 6).

Each page is a title line and sentences written for these tests in the style of a
report or a news digest on one; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets


# -- a digest's list without punctuation: one item a line, under bare year lines ------------

DIGEST = ("本报梳理了政府工作报告里的河东亮点与落点。\n"
          "一、报告原文：经济运行稳中有进\n河东亮点\n2025年\n全市经济总体平稳、稳中向好\n"
          "城镇新增就业12万人\n粮食产量215.6万吨、创历史新高\n河东落点\n2026年\n"
          "地区生产总值增长5%左右,在实际工作中争取更好结果\n一般公共预算收入增长3%左右\n"
          "城镇新增就业11万人以上,城镇调查失业率5.5%左右\n居民收入增长与经济增长基本同步\n"
          "二、报告原文：扩大内需\n河东亮点\n2025年\n社会消费品零售总额增长3.4%,网上零售额增长12.1%\n"
          "河东落点\n2026年\n开展提振消费专项行动,社会消费品零售总额增长5%左右\n"
          "举办促消费活动400场以上\n完成民生实事20件。")


def test_a_digest_item_line_keeps_its_own_indicator_and_qualifier():
    rows = targets(DIGEST, title="河东日报：政府工作报告里的河东亮点与落点\n2026年3月6日\n")
    assert (row(rows, 3.0)["indicator"], row(rows, 3.0)["qualifier"]) == ("一般公共预算收入", "左右")
    assert (row(rows, 11.0, "万人")["indicator"], row(rows, 11.0, "万人")["qualifier"]) == ("城镇新增就业", "以上")


def test_bare_year_lines_date_the_topic_lines_under_them_and_the_later_year_is_the_plan():
    rows = targets(DIGEST, title="河东日报：政府工作报告里的河东亮点与落点\n2026年3月6日\n")
    assert (row(rows, 12.0, "万人")["kind"], row(rows, 12.0, "万人")["period"]) == ("actual", "2025")
    assert (row(rows, 215.6, "万吨")["kind"], row(rows, 215.6, "万吨")["period"]) == ("actual", "2025")
    assert (row(rows, 3.4)["kind"], row(rows, 3.4)["period"]) == ("actual", "2025")
    for v, unit in ((3.0, "%"), (11.0, "万人"), (5.5, "%")):
        assert (row(rows, v, unit)["kind"], row(rows, v, unit)["period"]) == ("target", "2026"), v
    assert [(r["kind"], r["period"]) for r in rows if r["value"] == 5.0 and r["qualifier"] == "左右"] == [
        ("target", "2026"), ("target", "2026")]


def test_a_year_line_of_the_page_year_alone_is_no_plan():
    # no earlier year line: a news page's 2026年 heading over this year's results stays actual
    rows = targets("2026年\n一季度全市地区生产总值增长5.2%。", title="河东市一季度经济运行情况\n2026年4月20日\n")
    assert row(rows, 5.2)["kind"] == "actual"


def test_a_deck_line_opening_with_a_year_and_a_space_dates_the_lines_under_it():
    rows = targets("2025年\n全市地区生产总值迈上3000亿元新台阶\n新增城市绿地150万平方米\n"
                   "2026 新河东 开新局\n地区生产总值预期目标增长6%左右\n(数据来自河东市政府工作报告)")
    assert row(rows, 150.0, "万平方米")["period"] == "2025"
    assert (row(rows, 6.0)["kind"], row(rows, 6.0)["period"]) == ("target", "2026")


# -- the page's year: a congress session's title, a year in Chinese numerals, a review's 回顾 ---

def test_a_title_opening_with_the_year_of_the_congress_session_gives_the_page_year():
    rows = targets("1月24日上午，河东省第十四届人民代表大会第二次会议开幕，省长作政府工作报告。\n"
                   "报告指出，河东省去年全年地区生产总值增长5.1%，规模以上工业增加值增长6.2%。",
                   title="2024全国地方两会 | 河东去年GDP增长5.1% 今年将推动数字经济规模破万亿\n")
    assert [(r["kind"], r["period"]) for r in rows if r["value"] == 5.1] == [("actual", "2023"), ("actual", "2023")]


def test_a_year_in_chinese_numerals_at_the_top_gives_the_page_year():
    rows = targets("河东人大会议昨日开幕，市长作工作报告时公布二○二六年河东经济社会发展主要预期目标。\n"
                   "市长表示，建议今年全市经济社会发展的主要预期目标为：全市生产总值增长百分之五左右，"
                   "地方一般公共预算收入增长百分之二。", title="河东人大会议开幕\n")
    assert [(r["value"], r["kind"], r["period"]) for r in rows if r["value"] in (5.0, 2.0)][-2:] == [
        (5.0, "target", "2026"), (2.0, "target", "2026")]


def test_an_estimate_said_while_reviewing_a_year_is_that_years_result():
    # 回顾2019年 says the page looks back on 2019: the page is of 2020, and 预计 gives 2019's result
    rows = targets("河东省第十三届人民代表大会第三次会议14日开幕。省长向大会报告工作，他回顾2019年政府工作时指出，"
                   "一年来，全省经济运行稳中有进，预计地区生产总值增长6.1%左右。", title="河东省人代会开幕\n")
    assert (row(rows, 6.1)["kind"], row(rows, 6.1)["period"]) == ("actual", "2019")


def test_a_place_before_an_outlet_and_its_reporter_is_no_page_region():
    rows = targets("【文汇网讯】(香港文汇网记者 王某 河南报道)河南省第十三届人民代表大会第三次会议开幕。"
                   "报告说，2019年河南一般公共预算收入增长7.3%，城镇新增就业138万人。", title="河南人代会开幕\n")
    assert {r["region"] for r in rows} == {"河南省"}


# -- a pair's heads cut to one character each (城、乡) -------------------------------------

def test_town_and_country_heads_cut_to_a_character_each_name_each_group():
    rows = targets("2025年，全县地区生产总值增长6.3%；城、乡居民人均可支配收入分别为31200元、15800元，"
                   "增长5.8%、7.1%。", title="2026年河东县政府工作报告\n")
    assert [(r["indicator"], r["value"]) for r in rows if r["unit"] in ("元", "%") and r["value"] != 6.3] == [
        ("城镇居民人均可支配收入", 31200.0), ("农村居民人均可支配收入", 15800.0),
        ("城镇居民人均可支配收入", 5.8), ("农村居民人均可支配收入", 7.1)]
