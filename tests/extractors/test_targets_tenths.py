"""Shares written in tenths (成): 三成, 四成七, 7成3, 近五成 (targets_tenths). Sentences written
for these tests."""
from __future__ import annotations

from .report_pages import row, targets

NEWS = "本市消费市场调查\n"


def test_tenths_with_a_tenth_digit_after_cheng():
    rows = targets("调查显示，本市家庭网购生鲜的比例达到四成七。\n", NEWS)
    r = row(rows, 4.7, "成")
    assert r["value_base"] == 47 and r["base_unit"] == "%"
    assert r["indicator"].endswith("比例")


def test_arabic_tenths_and_their_qualifiers():
    rows = targets("今年以来，该区写字楼空置面积减少近3成，租金下降两成左右。\n", NEWS)
    assert row(rows, 3, "成")["qualifier"] == "近"
    assert row(rows, 2, "成")["qualifier"] == "左右"


def test_a_share_of_the_public_names_what_they_did():
    rows = targets("调查显示，超过六成民众愿意为绿色产品多付钱。\n", NEWS)
    assert row(rows, 6, "成")["indicator"].startswith("民众愿意")


def test_words_opening_with_cheng_are_no_tenths():
    rows = targets("会上，二十国集团20成员代表一成不变地重申立场，3成都企业家列席。\n", NEWS)
    assert not [r for r in rows if r["unit"] == "成"]
