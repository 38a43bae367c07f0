"""Goals a meeting or report sets out, said with 要 or after 提出，今年, are targets, every figure of
the sentence (kind_cues c.target.must, s.target.must, s.target.proposed_year). Sentences written
for these tests."""
from __future__ import annotations

from .report_pages import row, targets

MEETING = "县十九届人大三次会议开幕\n发布时间：2026-01-18\n"


def test_every_goal_after_proposed_this_year():
    rows = targets("县长李华在报告中提出，今年全县地区生产总值增长6.5%，一般公共预算收入增长4%，"
                   "固定资产投资增长9%。\n", MEETING)
    assert [row(rows, v)["kind"] for v in (6.5, 4, 9)] == ["target"] * 3


def test_goals_said_with_yao():
    rows = targets("会议强调，今年要实现地区生产总值增长7%，社会消费品零售总额增长6.8%。\n", MEETING)
    assert row(rows, 7)["kind"] == "target"
    assert row(rows, 7)["indicator"] == "地区生产总值"
    assert row(rows, 6.8)["kind"] == "target"


def test_yao_governs_only_what_follows_it():
    rows = targets("上半年全县规上工业增加值同比增长4.6%，下半年要实现增长7%以上。\n", "全县经济运行情况\n")
    assert row(rows, 4.6)["kind"] == "actual"
    assert row(rows, 7)["kind"] == "target"


def test_main_or_need_is_no_goal():
    rows = targets("2025年，全县主要增长动力来自工业，规上工业增加值增长8.2%，需要引起重视的是投资下降3%。\n",
                   "全县经济运行情况\n")
    assert row(rows, 8.2)["kind"] == "actual"
    assert row(rows, 3)["kind"] == "actual"


def test_the_year_reviewed_in_a_report_stays_actual():
    rows = targets("县长在报告中说，2025年全县地区生产总值增长5.9%。今年，全县地区生产总值要增长6%。\n", MEETING)
    assert row(rows, 5.9)["kind"] == "actual"
    assert row(rows, 6)["kind"] == "target"
