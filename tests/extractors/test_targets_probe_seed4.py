"""Targets: time expressions met while probing seed-like pages (seed round 4): the year about to
end (即将过去的一年), said in a year-end review, is the page's own year, not the year before it (过去
的一年). Sentences written for these tests."""
from __future__ import annotations

from .report_pages import row, targets

NEWS = "某高新区2026年经济运行总体平稳\n"


def test_the_year_about_to_end_is_the_pages_year():
    rows = targets("即将过去的一年，园区发展动能持续增强，新增高新技术企业35家，预计全年完成工业投资86.5亿元。\n", NEWS)
    assert row(rows, 35, "家")["period"] == "2026"
    assert row(rows, 86.5, "亿元")["period"] == "2026"


def test_the_year_gone_is_still_the_year_before():
    rows = targets("过去的一年，园区新增高新技术企业35家。\n", NEWS)
    assert row(rows, 35, "家")["period"] == "2025"


def test_a_forecast_cue_of_a_later_clause_leaves_the_counts_before_it():
    rows = targets("今年以来，园区新增专精特新企业18家，备案科技型中小企业142家，高新技术企业总数有望达到210家。\n", NEWS)
    assert row(rows, 18, "家")["kind"] == "actual"
    assert row(rows, 142, "家")["kind"] == "actual"
    assert row(rows, 210, "家")["kind"] == "forecast"


def test_a_forecast_cue_before_the_figures_still_governs_them():
    rows = targets("预计全年园区生产总值增长6.5%，规上工业增加值增长8%。\n", NEWS)
    assert row(rows, 6.5)["kind"] == "forecast" and row(rows, 8)["kind"] == "forecast"
