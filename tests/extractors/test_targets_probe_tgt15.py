"""Targets' regions on national releases, provincial project news and regional-grouping
figures (round 15): a title whose scope is the whole country or province, a grouping above the
provinces (京津冀, 长三角, 汾渭平原) opening a figure's clause, and the place a list over ；
named carried to its next part.

Each page is a title line and sentences written for these tests in the style of their
class; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from extract.extractors.targets_places import page_region

from .report_pages import row, targets


def test_a_national_title_is_the_pages_region_not_a_city_named_further_on():
    title = "前5月全国城市空气质量优良天数比例为84.0%"
    body = ("全国地级及以上城市平均优良天数比例为84.0%,同比上升0.8个百分点。\n"
            "1—5月,南京市优良天数比例为80.1%,同比上升2.3个百分点。\n")
    rows = targets(body, title + "\n")
    assert row(rows, 0.8, "个百分点")["region"] == "全国"
    assert row(rows, 80.1)["region"] == "南京市"


def test_a_provincial_title_is_the_province_of_the_place_named_not_the_city(rules):
    title = "一季度全省重大项目集中开工"
    text = "3月1日,一季度全省重大项目集中开工活动在赣州市举行。当天开工项目320个,总投资1500亿元。\n"
    assert page_region(title, text, rules) == "江西省"


def test_an_honour_in_the_title_keeps_the_place_of_the_text(rules):
    title = "喜获全国文明城市称号"
    text = "近日,衡阳市获评全国文明城市。全市新增绿地面积120万平方米。\n"
    assert page_region(title, text, rules) == "衡阳市"
    # ... and a foreign country's 全国 is its own
    assert page_region("韩国全国物流罢工持续", "首尔多家企业受影响。\n", rules) != "全国"


def test_a_grouping_opening_a_clause_is_the_region_of_its_figures():
    body = ("京津冀及周边地区PM2.5平均浓度为41微克/立方米,同比下降5.2%。"
            "长三角地区PM2.5平均浓度为30微克/立方米,同比下降3.1%。"
            "汾渭平原优良天数比例为70.5%。\n")
    rows = targets(body, "上半年重点区域空气质量状况\n")
    assert row(rows, 41, "微克/立方米")["region"] == "京津冀"
    assert row(rows, 5.2)["region"] == "京津冀"
    assert row(rows, 30, "微克/立方米")["region"] == "长三角"
    assert row(rows, 3.1)["region"] == "长三角"
    assert row(rows, 70.5)["region"] == "汾渭平原"


def test_a_grouping_inside_a_trip_or_a_line_is_no_region():
    body = "芜湖市赴长三角招商引资签约项目32个,成渝中线高铁完成投资85亿元。\n"
    rows = targets(body, "芜湖市招商引资工作取得实效\n")
    assert row(rows, 32, "个")["region"] == "芜湖市"


def test_a_list_over_semicolons_keeps_the_place_its_first_part_named():
    body = ("1—5月,南京市PM2.5平均浓度为28微克/立方米,同比下降6.7%;"
            "优良天数比例为80.1%,同比上升2.3个百分点。\n")
    rows = targets(body, "前5月全国城市空气质量状况\n")
    assert row(rows, 80.1)["region"] == "南京市"
    assert row(rows, 2.3, "个百分点")["region"] == "南京市"



def test_a_batch_of_projects_counted_is_named_up_to_its_head():
    body = ("1—6月,186个川渝共建重大项目完成投资1200亿元。"
            "全省谋划28个省列重大项目,其中24个计划开工项目已开工15个。\n")
    rows = targets(body, "重大项目建设进展顺利\n")
    assert row(rows, 186, "个")["indicator"] == "川渝共建重大项目"
    assert row(rows, 28, "个")["indicator"].endswith("省列重大项目")
    assert row(rows, 24, "个")["indicator"] == "计划开工项目"


def test_the_share_of_the_years_planned_starts_is_progress_made():
    body = "今年计划新开工项目120个,目前已开工96个,完成年度计划开工的80%。\n"
    rows = targets(body, "重点项目建设进展\n")
    assert row(rows, 80)["kind"] == "actual"
