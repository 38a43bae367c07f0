"""Targets on report phrasings met while probing unseen city, county and summary reports (round 5).

Each page is a title line (the report's year, 2026, and its government) and
sentences written for these tests in the style of a report or a news piece on one;
every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets


# -- N个方面: the count of a report's parts is no figure ----------------------------------

def test_the_count_of_aspects_a_report_names_is_no_figure():
    rows = targets("今年要重点做好九个方面工作：一是扩大有效需求，全市固定资产投资增长6%。\n"
                   "报告从5个方面回顾了过去一年的工作，围绕以下3个方面提出了主要目标。")
    assert [(r["value"], r["unit"]) for r in rows] == [(6.0, "%")]
