"""A clause cue naming the one figure after it (年度投资9.2亿元) governs that figure only, and a
bullet (●) ends a clause. Sentences written for these tests."""
from __future__ import annotations

from extract.extractors.sentences import Span, clauses

from .report_pages import row, targets

NEWS = "全县重点项目建设情况\n"


def test_the_annual_investment_cue_names_only_its_own_figure():
    rows = targets("2025年，年度投资18.6亿元的项目已完成投资12.4亿元。\n", NEWS)
    assert row(rows, 18.6, "亿元")["kind"] == "target"
    assert row(rows, 12.4, "亿元")["kind"] == "actual"


def test_a_clause_of_the_plan_alone_keeps_its_goal():
    rows = targets("今年安排重点项目45个，年度投资32.5亿元。\n", NEWS)
    assert row(rows, 32.5, "亿元")["kind"] == "target"


def test_bullets_end_clauses():
    text = "●年度计划投资40.2亿元 ●累计完成投资31.7亿元"
    got = [c.text for c in clauses(Span(0, len(text), text))]
    assert any(c.startswith("年度计划投资40.2亿元") for c in got)
    assert got[-1] == "累计完成投资31.7亿元"


def test_a_bullet_line_of_plan_and_progress():
    rows = targets("●年度计划投资40.2亿元 ●累计完成投资31.7亿元\n"
                   "2025年全县重点项目60个，1-10月累计完成投资31.7亿元。\n", NEWS)
    assert row(rows, 40.2, "亿元")["kind"] == "target"
    assert all(r["kind"] == "actual" for r in rows if r["value"] == 31.7)
