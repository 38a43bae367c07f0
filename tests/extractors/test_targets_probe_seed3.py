"""Targets: what a count counts, met while probing seed-like pages (seed round 3): a size class
written with its figure between the count and its noun (6个5000万元以下项目). Sentences written
for these tests."""
from __future__ import annotations

from .report_pages import row, targets

NEWS = "某县重大项目集中开工\n"


def test_a_size_class_with_its_figure_between_the_count_and_its_noun_is_skipped():
    rows = targets("与此同时，城南污水管网改造工程等6个5000万元以下项目同步分头开工。\n", NEWS)
    assert row(rows, 6, "个")["indicator"].endswith("项目")
    rows = targets("全县新签约12个10亿元以上的产业项目。\n", NEWS)
    assert row(rows, 12, "个")["indicator"].endswith("产业项目")


def test_a_figure_its_clause_says_is_already_done_is_no_forecast():
    # a 预计 later in the sentence binds its own clause, not the clause that says 已
    rows = targets("目前全市已拆除整理低效工业用地1.8万亩，新招引企业120家、预计带动新增投资近600亿元。\n", NEWS)
    assert row(rows, 1.8, "万亩")["kind"] == "actual"
    assert row(rows, 600, "亿元")["kind"] == "forecast"
    rows = targets("据统计，目前全省已有52万户使用光伏发电，预计到2030年这一数字将超过200万户。\n", NEWS)
    assert row(rows, 52, "万户")["kind"] == "actual"
    # 预计已… and a plain forecast keep their kind
    rows = targets("预计全年新增投资将达到300亿元。\n", NEWS)
    assert row(rows, 300, "亿元")["kind"] == "forecast"
