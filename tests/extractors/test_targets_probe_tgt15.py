"""Targets on phrasings met while probing county reports, poverty-relief reports and
statistical bulletins (round 8).

Each page is a title line and sentences written for these tests in the style of
their class; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

BULLETIN = "某市2023年国民经济和社会发展统计公报\n"


# -- a change of a rate in permille is in 个千分点, not a count of 个 -----------------------

def test_a_change_in_permille_points_keeps_its_unit():
    rows = targets("2023年全年出生人口2.6万人，人口出生率为6.82‰，比上年下降0.57个千分点；"
                   "人口自然增长率为-1.05‰，下降0.9千分点。\n", BULLETIN)
    fall = row(rows, 0.57, "个千分点")
    assert fall["indicator"] == "人口出生率" and fall["change"] == "decline"
    assert row(rows, 0.9, "千分点")["indicator"] == "人口自然增长率"
    assert all(r["unit"] != "个" for r in rows)


# -- a bare 万 before a word of people or households counts them ---------------------------

REPORT = "某县政府工作报告\n"


def test_a_bare_magnitude_before_people_is_a_count_of_them():
    rows = targets("去年，全县产业扶贫带动2.7万贫困户增收，"
                   "14.6万建档立卡贫困人口全部脱贫，转移农村劳动力5.3万人。\n", REPORT)
    assert row(rows, 2.7, "万")["indicator"] == "贫困户"
    assert row(rows, 14.6, "万")["indicator"].endswith("贫困人口")
    assert row(rows, 5.3, "万人") is not None


def test_a_bare_magnitude_before_other_words_stays_no_figure():
    rows = targets("去年，全县新建3万字号招牌。\n", REPORT)
    assert all(r["value"] != 3 for r in rows)

