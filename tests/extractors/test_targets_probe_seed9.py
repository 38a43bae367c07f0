"""Targets: classes met while probing seed-like pages (round 9). A gap to the schedule written 超过序时进度
is a gap like 快于序时进度 and 超序时进度: the schedule stays in the indicator. Sentences written for these tests."""
from __future__ import annotations

from extract import process_page


def rows(text: str):
    return process_page(text)["targets"]


def test_a_gap_to_the_schedule_written_chaoguo_keeps_the_schedule():
    got = rows("今年以来，东湖县重点项目完成投资42亿元，超过序时进度6个百分点。")
    gap = got[got["unit"] == "个百分点"].iloc[0]
    assert gap["value"] == 6 and gap["indicator"].endswith("超过序时进度")
    # 超过 before an amount stays a qualifier
    got = rows("东湖县全年粮食产量超过80万吨。")
    assert got.iloc[0]["qualifier"] == "超过" and got.iloc[0]["indicator"].endswith("粮食产量")
