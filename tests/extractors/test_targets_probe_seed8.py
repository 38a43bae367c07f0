"""Targets on phrasings met while probing seed-like pages (round 8): a count closing a list of the
projects it sums up (A、B等6个项目集中开工); what a project can yield once it produces (达产后年可实现
产值…). Sentences written for these tests."""
from __future__ import annotations

from .report_pages import row, targets

NEWS = "我县重点项目集中开工\n"


def test_a_count_closing_a_list_is_named_by_its_verb_not_by_the_members():
    rows = targets("当天，总投资20亿元的城东物流园等5个项目集中开工，总投资36亿元的光伏组件基地等9个项目"
                   "集中签约。此外，河西商贸城、滨江广场等12个项目列入省重点计划。\n", NEWS)
    assert row(rows, 5, "个")["indicator"] == "集中开工项目"
    assert row(rows, 9, "个")["indicator"] == "集中签约项目"
    assert "滨江广场" not in row(rows, 12, "个")["indicator"]


def test_a_count_with_its_own_noun_phrase_keeps_it():
    rows = targets("全区重点观摩了城南污水处理厂、电子产业园等15个新开工项目。\n", NEWS)
    assert row(rows, 15, "个")["indicator"] == "新开工项目"


def test_what_a_project_can_yield_once_producing_is_a_forecast():
    rows = targets("本次投产项目36个，总投资58亿元，全部达产达效后，年可实现产值90亿元、税收3亿元。"
                   "该园区建成后可带动就业2000人。\n", NEWS)
    assert row(rows, 36, "个")["kind"] == "actual" and row(rows, 58, "亿元")["kind"] == "actual"
    assert row(rows, 90, "亿元")["kind"] == "forecast" and row(rows, 3, "亿元")["kind"] == "forecast"
    assert row(rows, 2000, "人")["kind"] == "forecast"


def test_renewable_energy_is_no_capacity_cue():
    rows = targets("全年完成可再生能源发电量12亿千瓦时，同比增长8%。\n", NEWS)
    assert row(rows, 12, "亿千瓦时")["kind"] == "actual"


def test_projects_put_on_a_plan_are_counted_not_planned():
    rows = targets("今年以来，城东物流园、滨江广场等18个项目列入市重点计划。全年计划完成投资50亿元。\n", NEWS)
    assert row(rows, 18, "个")["kind"] == "actual"
    assert row(rows, 50, "亿元")["kind"] == "target"
