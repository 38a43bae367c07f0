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

# -- a counted name jieba cuts with a verb inside runs on to its head noun -------------------

def test_a_counted_name_runs_on_to_a_head_noun_of_people_or_items():
    rows = targets("去年，全县为2841户城乡低保对象发放救助金，累计推出96项制度集成创新案例。\n", REPORT)
    assert row(rows, 2841, "户")["indicator"].endswith("城乡低保对象")
    assert row(rows, 96, "项")["indicator"] == "制度集成创新案例"


# -- a task set or assigned is a goal ---------------------------------------------------------

def test_a_task_set_for_the_work_is_a_goal():
    rows = targets("去年，省里明确了3.6万户改厕任务，截至年底，全县共完成改厕2.9万户。\n", REPORT)
    assert row(rows, 3.6, "万户")["kind"] == "target"
    assert row(rows, 2.9, "万户")["kind"] == "actual"

# -- a deadline is a goal: this year's end, or a year after the page's ------------------------

def test_a_deadline_of_this_year_end_makes_a_goal():
    rows = targets("今年年底前，全县农村卫生厕所普及率达到92%，新建村级物流服务站120个。\n",
                   "某县乡村建设行动方案\n2023年3月1日\n")
    assert row(rows, 92)["kind"] == "target"
    assert row(rows, 120, "个")["kind"] == "target"


def test_a_deadline_year_after_the_page_year_makes_a_goal():
    rows = targets("方案要求，2025年年底前，农村生活污水治理率达到45%以上。\n",
                   "某省乡村建设行动实施方案\n2022年5月6日\n")
    fig = row(rows, 45)
    assert fig["kind"] == "target" and fig["period"] == "2025"
    assert fig["indicator"] == "农村生活污水治理率"


def test_a_deadline_already_met_stays_a_result():
    rows = targets("去年年底前，全县已完成农村改厕1.2万户。\n", "某县政府工作报告\n2024年1月10日\n")
    assert row(rows, 1.2, "万户")["kind"] == "actual"

