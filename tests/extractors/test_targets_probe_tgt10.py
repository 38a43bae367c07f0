"""Targets on phrasings met while probing plans, reports and reviews (round 3).

Each page is a title line and sentences written for these tests in the style of
their class; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

PLAN = "2026年县政府工作报告\n"


# -- a change from one level to another: the first is there already ----------------

def test_the_level_a_goal_starts_from_is_a_result():
    rows = targets("二、今后五年主要目标任务\n到2030年，全县规上工业企业从目前的86家增加到150家以上，"
                   "研发投入强度由现在的1.6%左右提高到2.5%左右。\n", PLAN)
    now = row(rows, 86, "家")
    goal = row(rows, 150, "家")
    assert (now["kind"], now["change"], now["period"]) == ("actual", "level", "2026")
    assert goal["kind"] == "target" and goal["indicator"] == now["indicator"]
    assert row(rows, 1.6)["kind"] == "actual"
    to = row(rows, 2.5)
    assert (to["kind"], to["indicator"]) == ("target", row(rows, 1.6)["indicator"])


def test_a_starting_level_of_a_named_year_takes_that_year():
    rows = targets("五年来，全县城乡居民储蓄存款余额由2020年的126亿元增加到2025年的218亿元，"
                   "全员劳动生产率从人均9.5万元提高到13万元。\n", PLAN)
    first = row(rows, 126, "亿元")
    assert (first["kind"], first["period"]) == ("actual", "2020")
    assert row(rows, 9.5, "万元")["indicator"] == "全员劳动生产率"


def test_the_year_a_change_starts_from_does_not_date_its_end():
    rows = targets("一、过去五年工作回顾\n五年来，全县高新技术企业由2020年46家增长到118家。\n", PLAN)
    start, end = row(rows, 46, "家"), row(rows, 118, "家")
    assert (start["period"], start["indicator"]) == ("2020", "全县高新技术企业")
    assert end["period"] != "2020" and end["indicator"] == "全县高新技术企业"


def test_a_range_written_from_one_figure_to_another_is_no_change():
    rows = targets("今年全县将发放创业担保贷款，单笔额度从3万元到20万元不等。\n", PLAN)
    assert row(rows, 3, "万元")["rule"].find("f.actual.from") < 0


# -- 预期 inside 人均预期寿命 names a quantity, it is no cue of a goal -------------------

def test_life_expectancy_is_no_goal_cue():
    rows = targets("一、过去五年工作回顾\n五年来，全省居民人均预期寿命达到80.6岁，婴儿死亡率降至2.1‰。\n", PLAN)
    assert row(rows, 80.6, "岁")["kind"] == "actual"


# -- a piece of a sentence broken over lines opens no section ----------------------

def test_a_broken_sentence_keeps_the_plan_section():
    rows = targets("三、2026年重点工作\n（八）增进民生福祉\n"
                   "促进人口高质量发展。落实育儿补贴、个\n\n"
                   "税抵扣等政策，新增普惠托位1.2万个，改扩建社区养老服务设施50个。\n", PLAN)
    beds = row(rows, 1.2, "万个")
    assert (beds["kind"], beds["period"]) == ("target", "2026")
    assert row(rows, 50, "个")["kind"] == "target"
