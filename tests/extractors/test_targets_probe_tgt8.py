"""Targets on phrasings met while probing economic-operation news, statistical
communiqués, plans and lists of livelihood projects (round 2).

Each page is a title line and sentences written for these tests in the style of
their class; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

NEWS = "上半年全市经济运行情况\n"


# -- a comparison verb (回升) is the change, not the indicator ------------------------

def test_a_rate_that_picked_up_keeps_the_quantity_before_it():
    rows = targets("上半年，全市规上工业增加值增长6.8%，较一季度回升0.4个百分点。\n", NEWS)
    gap = row(rows, 0.4, "个百分点")
    assert (gap["indicator"], gap["change"]) == ("全市规上工业增加值", "growth")


# -- a move in a ranking (前移3位) is no figure ---------------------------------------

def test_a_move_in_a_ranking_is_no_figure():
    rows = targets("全市工业投资增长12.5%，居全省第6位，比一季度前移2位，两年平均增长7.3%。\n", NEWS)
    assert [r["unit"] for r in rows if r["unit"] == "位"] == []
    assert row(rows, 7.3)["indicator"] == "全市工业投资"


def test_people_counted_in_places_stay_figures():
    rows = targets("全市新增3位院士，新增国家级人才42名。\n", NEWS)
    assert row(rows, 3, "位")["value"] == 3


# -- 递增 and 递减 are changes, not part of the indicator ----------------------------

def test_a_yearly_rise_or_fall_written_with_di():
    rows = targets("到2030年，全县城镇居民人均可支配收入年均递增7%，达到6.2万元；"
                   "单位生产总值能耗年均递减2.5%。\n", "2026年县政府工作报告\n")
    up = row(rows, 7)
    assert (up["indicator"], up["change"]) == ("全县城镇居民人均可支配收入", "growth")
    down = row(rows, 2.5)
    assert (down["indicator"], down["change"]) == ("单位生产总值能耗", "decline")


# -- units: rooms (间) and transformer capacity (千伏安) -----------------------------

def test_rooms_and_transformer_capacity_are_units():
    rows = targets("新建养老服务中心一处，新增托养房间86间；全区变压器产量累计实现1536.4万千伏安，增长21.3%。\n", NEWS)
    assert row(rows, 86, "间")["indicator"].endswith("托养房间")
    kva = row(rows, 1536.4, "万千伏安")
    assert kva["value_base"] == 15364000 and kva["base_unit"] == "千伏安"
    assert row(rows, 21.3)["indicator"] == kva["indicator"]
