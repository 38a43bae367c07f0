"""A CMS's summary over a dump's article that the lede repeats goes; a paper's abstract stays."""
from __future__ import annotations

from extract import process_page
from extract.clean.summary_repeat import SummaryRepeat

LEDE = "5月6日上午，区长林海带队检查汛前准备工作，实地查看了城区排涝泵站和三处易涝点。"
NEXT = "林海要求，各部门要加强值班值守，备足抢险物资，确保安全度汛。排涝泵站要在5月底前完成检修。"


def test_a_summary_the_lede_repeats_goes(rules):
    lines = ["摘要：5月6日上午，区长林海带队检查汛前准备工作，实地查看了城区排涝泵站", LEDE, NEXT]
    assert SummaryRepeat(rules).lines(lines, 0, 3) == {0: None}


def test_a_summary_run_into_the_lede_on_one_line_leaves_the_lede(rules):
    joined = "摘要:5月6日上午，区长林海带队检查汛前准备工作，实地查看了城区排涝泵站" + LEDE
    assert SummaryRepeat(rules).lines([joined, NEXT], 0, 2) == {0: LEDE}


def test_an_abstract_no_paragraph_repeats_stays(rules):
    lines = ["摘要：本文以某市排涝工程为例，分析了城市内涝成因，并提出了改进泵站调度的建议。",
             "关键词：内涝；泵站；调度", "一、引言", "近年来，极端降雨频发，城市内涝问题日益突出。"]
    assert SummaryRepeat(rules).lines(lines, 0, 4) == {}


def test_a_dump_with_a_summary_keeps_the_lede_once():
    page = "\n".join(["首页 资讯 本地 图片 视频", "区长林海带队检查汛前准备工作", "来源:东湖网 发布时间:2024-05-06 16:20:00",
                      "摘要:5月6日上午，区长林海带队检查汛前准备工作，实地查看了城区排涝泵站", LEDE, NEXT])
    text = process_page(page, source_path="xun.txt")["documents"].loc[0, "text"]
    assert text.count("实地查看了城区排涝泵站") == 1 and "摘要" not in text and "确保安全度汛" in text
