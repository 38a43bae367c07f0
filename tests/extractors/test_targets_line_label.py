"""A line's category label before a colon names its figures (targets_line_label). Sentences
written for these tests."""
from __future__ import annotations

from .report_pages import row, targets

NEWS = "2025年全市重点项目进展情况\n"


def test_a_category_label_names_the_line_s_figures():
    rows = targets("产业发展项目：累计完成投资56.3亿元，完成年度计划的81.4%。\n", NEWS)
    assert row(rows, 56.3, "亿元")["indicator"].startswith("产业发展项目")
    assert row(rows, 81.4)["indicator"].startswith("产业发展项目")


def test_qizhong_is_no_label():
    rows = targets("其中：城市更新项目累计完成投资12.8亿元。\n", NEWS)
    assert row(rows, 12.8, "亿元")["indicator"].startswith("城市更新项目")


def test_a_label_named_in_the_indicator_is_not_doubled():
    rows = targets("水利工程：水利工程完成投资3.6亿元。\n", NEWS)
    assert row(rows, 3.6, "亿元")["indicator"].count("水利工程") == 1


def test_a_later_sentence_of_the_line_keeps_its_own_words():
    rows = targets("农业项目：完成投资4.2亿元。全市新增就业1.1万人。\n", NEWS)
    assert not row(rows, 1.1, "万人")["indicator"].startswith("农业项目")


def test_a_lead_over_the_time_schedule_is_a_gap():
    # 超过时间进度 (ahead of the schedule) is the figure's words, not 超过时间 (rules/targets_trim.tsv rel.gap)
    rows = targets("1-6月项目累计完成投资128.4亿元，超过时间进度6.2个百分点。\n", NEWS)
    assert row(rows, 6.2, "个百分点")["indicator"].endswith("超过时间进度")
