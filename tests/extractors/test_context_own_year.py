"""The page year of an undated text (round ctx14): a reviewed year is the year before the
page's, a plan's target year or span is no page's own, and 今年是“十X五”开局之年 names it.

Sentences written for these tests in the style of their class.
"""
from __future__ import annotations

from extract.extractors.context import page_context
from extract.record import PageRecord


def _year(rules, title: str, text: str) -> str:
    return page_context(PageRecord(source_path="x.txt", title=title, text=text), rules).year


def test_a_review_heading_year_is_the_year_before_the_pages(rules):
    text = "各位代表：\n一、2019年工作回顾\n2019年，全县地区生产总值增长6.8%。\n今年全县地区生产总值增长6.5%左右。\n"
    assert _year(rules, "政府工作报告", text) == "2020"
    assert _year(rules, "某区“十三五”期间及2020年经济社会发展回顾", "") == "2021"
    assert _year(rules, "某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告", "") == "2024"
    assert _year(rules, "新春致辞", "刚刚过去的2018年，是很不平凡的一年。今年，全镇财政收入力争增长8%。") == "2019"


def test_a_plans_target_year_or_span_is_not_the_pages(rules):
    assert _year(rules, "关于加快农村物流发展的实施方案", "到2028年，全县建成物流中心3个。去年全县快递量增长12%。") == ""
    assert _year(rules, "全区教育事业发展规划（2021—2025年）", "今年全区新建幼儿园4所。") == ""
    # a span inside the year is the page's own year
    assert _year(rules, "某市2024年前三季度经济运行情况", "") == "2024"
    # a plain first year stays the page's
    assert _year(rules, "某市2023年国民经济和社会发展计划", "") == "2023"


def test_this_year_named_as_a_plans_first_or_last_year(rules):
    assert _year(rules, "未来五年增速目标", "今年是“十四五”开局之年，到2025年全市生产总值达到5000亿元。") == "2021"
    assert _year(rules, "县长谈今年目标", "今年是十三五规划的收官之年，全县要确保脱贫。") == "2020"
