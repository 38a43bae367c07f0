"""A span of months across years is the period as a whole, and 担 is a unit (rules/targets_periods.tsv
y.monthspan, rules/units.tsv mass.dan). Sentences written for these tests."""
from __future__ import annotations

from .report_pages import row, targets

NEWS = "全市经济运行情况\n"


def test_a_heating_season_across_years_is_one_period():
    rows = targets("2022年11月—2023年3月，全市累计完成清洁取暖改造投资2.8亿元。\n", NEWS)
    assert row(rows, 2.8, "亿元")["period"] == "2022年11月-2023年3月"


def test_a_span_of_months_written_with_zhi():
    rows = targets("2023年10月至2024年4月，全市空气质量优良天数比例为83.5%。\n", NEWS)
    assert row(rows, 83.5)["period"] == "2023年10月-2024年4月"


def test_a_span_inside_one_year_keeps_its_form():
    rows = targets("2024年1-9月，全县城镇新增就业3100人。\n", NEWS)
    assert row(rows, 3100, "人")["period"] == "2024年1-9月"


def test_tobacco_bought_in_dan():
    rows = targets("2024年，全县收购烟叶15.6万担，同比增长4.2%。\n", "全县农业生产情况\n")
    assert row(rows, 15.6, "万担")["indicator"].endswith("烟叶")
