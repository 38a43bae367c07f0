"""Targets on phrasings met while probing city and county reports, bulletins and
press conferences (round 7).

Each page is a title line and sentences written for these tests in the style of
their class; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

REPORT = "某县政府工作报告\n"


# -- two counts of one set in two units name one quantity -----------------------------------

def test_the_first_of_a_count_pair_takes_the_name_after_the_second():
    rows = targets("去年，全县有4128户共13650名农村群众实现稳定增收，"
                   "新增帮扶2.3万户6.1万人。\n", REPORT)
    assert row(rows, 13650, "名")["indicator"] == "农村群众"
    assert row(rows, 4128, "户")["indicator"] == row(rows, 13650, "名")["indicator"]
    assert row(rows, 2.3, "万户")["indicator"] == row(rows, 6.1, "万人")["indicator"]


def test_counts_joined_by_a_list_mark_keep_their_own_names():
    rows = targets("去年，全县带动126个贫困村、1.9万户贫困户发展特色种养业。\n", REPORT)
    assert row(rows, 126, "个")["indicator"].endswith("贫困村")
    assert row(rows, 1.9, "万户")["indicator"].startswith("贫困户")
