"""An indicator written after its figure (有…盈余, 实现了…的利润) names it (targets_trailing).
Sentences written for these tests."""
from __future__ import annotations

from .report_pages import row, targets

NEWS = "全县经济运行情况\n"


def test_a_surplus_written_after_its_amount():
    rows = targets("2025年，全县国有企业收支相抵后有1.7亿元盈余。\n", NEWS)
    assert row(rows, 1.7, "亿元")["indicator"].endswith("盈余")


def test_a_profit_after_its_amount_names_the_change_after_it_too():
    rows = targets("2025年，县属国有企业实现了2.6亿元的利润，同比增长9.4%。\n", NEWS)
    assert row(rows, 2.6, "亿元")["indicator"] == "县属国有企业利润"
    assert row(rows, 9.4)["indicator"] == "县属国有企业利润"


def test_a_noun_before_the_figure_stays_the_indicator():
    rows = targets("2025年，全县规上工业企业实现营业收入88.3亿元，增长6.1%。\n", NEWS)
    assert row(rows, 88.3, "亿元")["indicator"].endswith("营业收入")


def test_a_headline_is_no_subject_of_a_trailing_noun():
    rows = targets("一季度共完成4.1亿元产值。\n", NEWS)
    assert row(rows, 4.1, "亿元")["indicator"] == "产值"


def test_no_verb_before_the_figure_no_trailing_noun():
    rows = targets("2025年，全县新增4.5亿元贷款，利润增长3%。\n", NEWS)
    assert "利润" not in row(rows, 4.5, "亿元")["indicator"]
