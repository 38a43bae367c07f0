"""Targets on phrasings met while probing county reports and poverty-relief reports (round 9).

Each page is a title line and sentences written for these tests in the style of
their class; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

REPORT = "某县政府工作报告\n"


# -- a count of villages or people followed by an outcome verb is named by both ---------------

def test_a_count_and_its_outcome_verb_name_the_figure():
    rows = targets("去年，全县精准施策，全年实现12个村出列、8630人脱贫，"
                   "215个村退出贫困村序列。\n", REPORT)
    assert row(rows, 12, "个")["indicator"] == "村出列"
    assert row(rows, 8630, "人")["indicator"] == "人脱贫"
    assert row(rows, 215, "个")["indicator"] == "村退出"


def test_a_count_followed_by_another_verb_takes_no_name_from_it():
    rows = targets("去年，全县经营主体从5.2万户增至6.1万户，向6个镇下放审批权。\n", REPORT)
    assert all(not r["indicator"].startswith(("户", "镇")) for r in rows)


# -- a counted name ends at its one-character head noun, across an adjective -----------------

def test_a_counted_name_keeps_its_one_character_head_and_adjective():
    rows = targets("去年，全县扶持320个集体薄弱村发展产业，建成12个特色农业镇，"
                   "为960户城乡特困供养人员发放补贴。\n", REPORT)
    assert row(rows, 320, "个")["indicator"].endswith("集体薄弱村")
    assert row(rows, 12, "个")["indicator"].endswith("特色农业镇")
    assert row(rows, 960, "户")["indicator"].endswith("城乡特困供养人员")


def test_a_one_character_head_alone_is_no_name():
    rows = targets("去年，推动16个县（市、区）整县建成美丽乡村。\n", REPORT)
    assert row(rows, 16, "个")["indicator"] != "县"


# -- the bound of a threshold before is no part of the next figure's name --------------------

def test_a_bound_left_from_a_threshold_is_trimmed_from_the_name():
    rows = targets("去年，全县贫困发生率在15%以上的贫困村47个，占全部行政村的28.5%。\n", REPORT)
    assert row(rows, 47, "个")["indicator"] == "贫困村"
