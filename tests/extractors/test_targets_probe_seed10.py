"""Targets: a class met while probing seed-like pages (round 10): a rise in income per head or per
household (人均年增收2000元) is measured as such; 人均 alone names nothing, and the clause before it is
not its indicator. Sentences written for these tests."""
from __future__ import annotations

import pytest

from extract.api import process_page

RULES = str(__import__("pathlib").Path(__file__).resolve().parents[2] / "rules")


@pytest.mark.parametrize("clause, value, indicator", [
    ("人均年增收1800元", 1800, "人均年增收"),
    ("人均增收1800元", 1800, "人均增收"),
    ("户均年增收4500元", 4500, "户均年增收"),
])
def test_a_rise_in_income_per_head_is_its_own_indicator(clause, value, indicator):
    text = f"西湖村发展食用菌种植。基地吸纳村民务工80余人，{clause}。"
    rows = process_page(text, rules=RULES)["targets"]
    row = rows[rows["value"] == value].iloc[0]
    assert row["indicator"] == indicator and row["unit"] == "元" and row["change"] == "growth"


def test_a_bare_magnitude_naming_a_class_of_projects_is_no_figure():
    text = "北湖县园区经济平稳增长。一季度实施千万元投资建设项目9个，新签约百亿元产业项目2个。"
    rows = process_page(text, rules=RULES)["targets"]
    assert not ((rows["unit"] == "万元") | (rows["unit"] == "亿元")).any(), rows[["indicator", "value", "unit"]]
    assert {9.0, 2.0} <= set(rows["value"])
    # an amount invested in one thing, with or without digits, stays a figure
    text = "北湖县园区经济平稳增长。全年投资千万元建设冷库3座，南山公司投资5000万元建设项目一期工程。"
    rows = process_page(text, rules=RULES)["targets"]
    assert {(1000.0, "万元"), (5000.0, "万元")} <= set(zip(rows["value"], rows["unit"]))


def test_the_firms_a_delegation_visits_give_no_page_region(rules):
    from extract.extractors.targets_places import page_region
    text = ("本报讯 6月3日至6日，市委副书记林小路带队赴珠三角开展招商活动。\n"
            "考察组先后走访了深圳华信电子集团、广州市博远智能科技股份有限公司等12家企业。\n"
            "林小路介绍了咸宁的产业基础和营商环境，邀请企业来咸宁投资兴业。\n")
    assert page_region("林小路带队赴珠三角招商", text, rules) == "咸宁市"
    # a firm named alone, as its own notice opens, still places the page
    notice = "南京某某环保股份有限公司（“本公司”）董事会保证公告内容真实。\n本公司一季度实现净利润1.2亿元。\n"
    assert page_region("某某环保一季度报告", notice, rules) == "南京市"
