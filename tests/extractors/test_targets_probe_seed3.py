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
