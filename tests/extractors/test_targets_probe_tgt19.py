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
