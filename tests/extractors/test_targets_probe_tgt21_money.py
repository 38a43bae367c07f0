"""Targets on figures written as Taiwan and Hong Kong write money (round 14): 兆 of a
currency is 10^12 (1兆美元) while 兆瓦 stays a unit, 4万4181美元 is one figure, and a bare
magnitude closed by its bound (保持在100万以上。) is a figure.

Each page is a title line and sentences written for these tests in the style of
their class; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

TW = "經濟部公布最新經濟數據\n"
MO = "統計局公布本地生產總值\n"
BULLETIN = "2023年国民经济和社会发展统计公报\n"



def test_trillions_of_a_currency():
    rows = targets("去年出口總值達4.7兆元新台幣,GDP規模突破1兆美元。\n", TW)
    assert row(rows, 1, "兆美元")["value_base"] == 1e12


def test_mega_stays_a_unit_prefix():
    rows = targets("全县新增光伏装机120兆瓦,百兆宽带覆盖率达到100%。\n", BULLETIN)
    assert row(rows, 120, "兆瓦")["value_base"] == 120
    assert not [r for r in rows if r["unit"] and r["unit"].startswith("兆") and r["unit"] != "兆瓦"]


def test_wan_and_four_digits_are_one_figure():
    rows = targets("去年平均每人國民所得為3萬2516美元。\n", TW)
    fig = row(rows, 32516, "美元")
    assert fig["value_base"] == 32516
    assert not [r for r in rows if r["value"] == 3 or r["value"] == 2516]


def test_a_bare_magnitude_closed_by_its_bound():
    rows = targets("2016至2020年,全省每年减贫人数均保持在100万以上。\n", BULLETIN)
    fig = row(rows, 100, "万")
    assert fig["qualifier"].endswith("以上") and fig["indicator"].endswith("减贫人数")
