"""A local outlet's page that names no place but speaks of 全市 or 我州 is of the outlet's
place (targets_outlet_region). Pages written for these tests."""
from __future__ import annotations

from extract import process_page
from extract.extractors.targets_outlet_region import outlet_region
from extract.rulebook import load_rules

from .report_pages import row


def _targets(page: str) -> list[dict]:
    return process_page(page.encode("utf-8"))["targets"].to_dict("records")


def test_a_city_paper_speaking_of_its_city_names_no_place():
    rows = _targets("全市前10月外贸平稳增长\n来源：株洲日报 2023-11-20\n"
                    "记者从市商务局获悉，1-10月，全市外贸进出口总额186.4亿元，同比增长5.2%。\n")
    assert row(rows, 186.4, "亿元")["region"] == "株洲市"
    assert row(rows, 5.2)["region"] == "株洲市"


def test_a_prefecture_paper_says_wo_zhou():
    rules = load_rules()
    assert outlet_region("甘孜日报", "今年我州新建通村硬化路320公里。", rules) == "甘孜藏族自治州"


def test_no_own_area_word_or_no_local_outlet_gives_no_region():
    rules = load_rules()
    # the paper's place is not the page's when the text never calls its area 全市/我市
    assert outlet_region("威海晚报", "国家统计局今天发布，全国居民消费价格同比上涨0.2%。", rules) == ""
    # an outlet no place opens, or a place that is no outlet
    assert outlet_region("经济日报", "全市新增就业1.2万人。", rules) == ""
    assert outlet_region("威海", "全市新增就业1.2万人。", rules) == ""
    # a county's unit is 县: 全市 says nothing of it
    assert outlet_region("威海晚报", "全县新增就业1200人。", rules) == ""


def test_a_page_naming_its_place_keeps_it():
    rows = _targets("经济运行情况\n来源：株洲日报 2023-11-20\n"
                    "1-10月，醴陵市实现外贸进出口总额36.1亿元，全市增长4.1%。\n")
    assert row(rows, 36.1, "亿元")["region"] == "醴陵市"
