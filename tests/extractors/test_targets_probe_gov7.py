"""Targets on report phrasings met while probing other provinces' and cities' reports.

Each page is a title line (the report's year, 2026, and its government) and
sentences written for these tests in the style of a report's targets passage or
its review of last year; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import qual, row, targets


# -- 主要预期目标——: a passage opened with a dash, not a colon ----------------------

def test_a_targets_passage_opened_with_a_dash():
    rows = targets("市政府提出今年发展的主要预期目标——全市地区生产总值增长6%，"
                   "社会消费品零售总额增长7%，城镇登记失业率控制在4%以内。")
    assert len(rows) == 3
    assert all((r["kind"], r["period"]) == ("target", "2026") for r in rows)
    assert row(rows, 6)["indicator"] == "全市地区生产总值"
    assert (row(rows, 4)["indicator"], qual(row(rows, 4))) == ("城镇登记失业率", "控制在…以内")


# -- a heading line ending in 预期目标 over a bulleted list -----------------------

def test_a_heading_ending_in_expected_targets_sets_its_list():
    rows = targets("建议今年全省经济社会发展预期目标\n●地区生产总值增长5.5%以上\n"
                   "●城镇调查失业率5.5%以内\n●粮食产量稳定在700亿斤以上\n")
    assert len(rows) == 3
    assert all((r["kind"], r["period"]) == ("target", "2026") for r in rows)
    assert (row(rows, 700, "亿斤")["indicator"], qual(row(rows, 700, "亿斤"))) == ("粮食产量", "以上")


def test_a_review_heading_still_dates_its_figures_as_results():
    rows = targets("一、2025年工作回顾\n全省地区生产总值增长5.2%，圆满完成年度预期目标。\n")
    assert (row(rows, 5.2)["kind"], row(rows, 5.2)["period"]) == ("actual", "2025")


# -- 接近 is a qualifier; 继续 is no part of the indicator --------------------------

def test_close_to_is_a_qualifier_as_written():
    rows = targets("一、2025年工作回顾\n全省地区生产总值接近4万亿元、增长5.1%。")
    r = row(rows, 4, "万亿元")
    assert (r["indicator"], qual(r), r["kind"]) == ("全省地区生产总值", "接近", "actual")


def test_to_go_on_is_no_part_of_the_indicator():
    rows = targets("今年经济社会发展的主要预期目标是：粮食产量继续保持在620亿斤以上，"
                   "城镇新增就业继续稳定在70万人以上。")
    assert row(rows, 620, "亿斤")["indicator"] == "粮食产量"
    assert row(rows, 70, "万人")["indicator"] == "城镇新增就业"


# -- 台阶: a milestone passed is no figure, and names the figure after it --------------

def test_milestones_passed_are_no_figures_and_name_the_level_after_them():
    rows = targets("一、2025年工作回顾\n全省地区生产总值接连跨越3个千亿台阶，2025年达到1.8万亿元、增长5.6%。")
    assert [(r["value"], r["unit"]) for r in rows] == [(1.8, "万亿元"), (5.6, "%")]
    assert all(r["indicator"] == "全省地区生产总值" and r["kind"] == "actual" for r in rows)
    rows = targets("一、2025年工作回顾\n全市地区生产总值跃上千亿台阶、达到1026亿元。")
    assert [(r["indicator"], r["value"], r["unit"]) for r in rows] == [("全市地区生产总值", 1026, "亿元")]


def test_the_level_a_milestone_names_stays_a_figure():
    rows = targets("一、2025年工作回顾\n全省地区生产总值迈上4万亿元台阶、增长5.1%。")
    assert (row(rows, 4, "万亿元")["indicator"], row(rows, 5.1)["indicator"]) == ("全省地区生产总值",) * 2


def test_a_mark_passed_with_no_unit_names_the_level_after_it():
    rows = targets("一、2025年工作回顾\n人均地区生产总值突破8万关口、达到8.15万元。")
    assert [(r["indicator"], r["value"], r["unit"]) for r in rows] == [("人均地区生产总值", 8.15, "万元")]


# -- 微降, 小幅下降, 较快增长: how much a change is, not what changes -------------------

def test_a_word_of_degree_before_the_change_is_no_part_of_the_indicator():
    rows = targets("一、2025年工作回顾\n居民消费价格微降0.3%，工业生产者出厂价格小幅下降2.1%，"
                   "进出口总额较快增长8%，普惠小微贷款余额增长11%。")
    assert [(r["indicator"], r["change"]) for r in rows] == [
        ("居民消费价格", "decline"), ("工业生产者出厂价格", "decline"),
        ("进出口总额", "growth"), ("普惠小微贷款余额", "growth")]
