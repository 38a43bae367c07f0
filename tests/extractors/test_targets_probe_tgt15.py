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

