"""Targets on phrasings met while probing quarterly economy news, holiday tourism
figures, investment-promotion results and county statistical bulletins (round 12).

Each page is a title line and sentences written for these tests in the style of
their class; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

NEWS = "国庆假期全省旅游市场平稳有序\n"
QUARTER = "前三季度全县经济运行情况\n"


# -- a change after a level of a named place is that place's too --------------------

def test_the_growth_after_a_named_city_s_level_keeps_the_city():
    rows = targets("云南省国庆假期接待游客1200万人次。其中，大理市接待游客96.2万人次，同比增长12.4%，"
                   "居全省第二位。\n", NEWS)
    assert row(rows, 96.2, "万人次")["region"] == "大理市"
    assert row(rows, 12.4)["region"] == "大理市"


def test_a_change_of_another_quantity_does_not_take_the_place():
    rows = targets("云南省国庆假期接待游客1200万人次，同比增长8%。其中，大理市接待游客96.2万人次，"
                   "全省旅游收入增长9.1%。\n", NEWS)
    assert row(rows, 9.1)["region"] != "大理市"


# -- a 分别 list: the words after 分别 are measured of each part; short heads of unequal
#    widths share the tail; a list of places gives each figure its own --------------

def test_the_measure_after_each_is_that_of_every_part():
    rows = targets("上半年，全县生猪、牛、羊分别出栏8.2万头、2160头、1.5万只，分别增长6.4%、2.1%、3.3%。\n",
                   QUARTER)
    assert row(rows, 8.2, "万头")["indicator"] == "全县生猪出栏"
    assert row(rows, 2160, "头")["indicator"] == "牛出栏"
    assert row(rows, 1.5, "万只")["indicator"] == "羊出栏"
    assert row(rows, 2.1)["indicator"] == "牛出栏"


def test_short_heads_of_unequal_widths_share_the_last_part_s_tail():
    rows = targets("前三季度，全市猪、牛、羊、家禽出栏分别为52.6万头、3.1万头、9.8万只、180.4万只。\n",
                   QUARTER)
    assert row(rows, 3.1, "万头")["indicator"] == "牛出栏"
    assert row(rows, 9.8, "万只")["indicator"] == "羊出栏"
    assert row(rows, 180.4, "万只")["indicator"] == "家禽出栏"


def test_a_list_of_gaps_after_each_is_no_measure():
    rows = targets("前三季度，全市地区生产总值增长5.1%，增速分别高于全国、全省0.3个、0.6个百分点。\n", QUARTER)
    # each gap names its own area (round 14), never the list whole (增速高于全国、全省)
    assert row(rows, 0.3, "个百分点")["indicator"] == "增速高于全国"
    assert row(rows, 0.6, "个百分点")["indicator"] == "增速高于全省"


def test_each_place_of_a_list_keeps_its_own_figure():
    rows = targets("国庆假期，海南、福建分别接待游客560.3万人次、1420.8万人次，分别增长12.5%、9.6%。\n", NEWS)
    assert row(rows, 560.3, "万人次")["region"] == "海南省"
    assert row(rows, 1420.8, "万人次")["region"] == "福建省"
    assert row(rows, 12.5)["region"] == "海南省"
    assert row(rows, 1420.8, "万人次")["indicator"].endswith("接待游客")


# -- a gap to another growth rate or to the time elapsed (高于GDP增速, 超序时进度, 超全市平均) ----

def test_a_gap_to_the_gdp_growth_rate_is_that_of_the_quantity_before():
    rows = targets("前三季度，全县工业增加值实现86.4亿元，同比增长7.2%，高于GDP增速1.3个百分点。\n", QUARTER)
    assert row(rows, 1.3, "个百分点")["indicator"] == "全县工业增加值高于GDP增速"


def test_a_gap_written_with_chao_is_a_gap():
    rows = targets("一季度，全县固定资产投资同比增长18.6%，超全市平均5.2个百分点。"
                   "全县一般公共预算收入完成年初预算的31.5%，超序时进度6.5个百分点。\n", QUARTER)
    assert row(rows, 5.2, "个百分点")["indicator"] == "全县固定资产投资超全市平均"
    assert row(rows, 6.5, "个百分点")["indicator"].endswith("超序时进度")


def test_a_change_after_a_gap_is_that_of_the_quantity_again():
    rows = targets("上半年，全县生产总值同比增长9.3%，高于全市平均水平0.4个百分点，两年平均增长4.1%。\n",
                   QUARTER)
    assert row(rows, 4.1)["indicator"] == "全县生产总值"


# -- a line that opens with a place and a colon speaks of that place ------------------

def test_a_place_before_a_colon_sets_the_region_of_its_line():
    rows = targets("四川：10月1日，全省接待游客520.6万人次，同比增长6.2%。\n"
                   "贵州：10月1日，全省共接待游客310.2万人次，实现旅游收入21.5亿元。其中过夜游客86.4万人次。\n",
                   NEWS)
    assert row(rows, 520.6, "万人次")["region"] == "四川省"
    assert row(rows, 310.2, "万人次")["region"] == "贵州省"
    assert row(rows, 21.5, "亿元")["region"] == "贵州省"
    assert row(rows, 86.4, "万人次")["region"] == "贵州省"


def test_a_colon_after_no_place_sets_no_region():
    rows = targets("记者：10月1日，全省接待游客520.6万人次。\n", "四川省国庆假期旅游市场平稳有序\n")
    assert row(rows, 520.6, "万人次")["region"] == "四川省"


# -- a short bound joined to the projects it bounds (超10亿元项目) is no figure -----------

INVEST = "区招商引资工作总结\n"


def test_a_bound_joined_to_projects_is_their_class_not_a_figure():
    rows = targets("2024年，全区签约项目46个，其中超亿元项目18个，超5亿元投资项目4个，过10亿元项目2个。\n",
                   INVEST)
    assert not [r for r in rows if r["value"] in (5.0, 10.0) and r["unit"] == "亿元"]
    assert row(rows, 4, "个")["indicator"] == "超5亿元投资项目"


def test_a_bound_before_an_amount_with_no_entity_after_it_stays_a_figure():
    rows = targets("2024年，全区签约项目46个，协议总投资超120亿元，同比增长15.2%。\n", INVEST)
    assert row(rows, 120, "亿元")["qualifier"] == "超"


# -- an industry whose name holds 、 is named whole ------------------------------------

def test_an_industry_named_with_list_marks_keeps_its_whole_name():
    rows = targets("前三季度，全县规模以上工业增加值增长6.3%。分门类看，采矿业增长2.4%，制造业增长7.1%，"
                   "电力、热力、燃气及水生产和供应业增长4.8%；计算机、通信和其他电子设备制造业增长15.2%。\n",
                   QUARTER)
    assert row(rows, 4.8)["indicator"] == "电力、热力、燃气及水生产和供应业"
    assert row(rows, 15.2)["indicator"] == "计算机、通信和其他电子设备制造业"


def test_a_plain_list_still_names_its_last_part():
    rows = targets("前三季度，全县粮食、蔬菜产量增长2.1%。\n", QUARTER)
    assert "、" not in row(rows, 2.1)["indicator"]


# -- the first days of a holiday name a period, not a figure ----------------------------

def test_the_first_days_of_a_holiday_are_no_figure():
    rows = targets("峨眉山景区前3天累计接待游客12.6万人次，同比增长18.2%。\n", NEWS)
    assert not [r for r in rows if r["unit"] == "天"]
    assert row(rows, 12.6, "万人次")["indicator"].endswith("接待游客")


def test_a_count_of_days_stays_a_figure():
    rows = targets("2025年全市空气质量优良天数达到326天。\n", "2025年全市生态环境状况公报\n")
    assert row(rows, 326, "天")["indicator"].endswith("优良天数")
