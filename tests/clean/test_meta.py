"""Metadata of text pages: headline, date, outlet, url from the seeds' own header lines."""
from __future__ import annotations

from extract.clean.meta import Metadata
from extract.record import PageRecord


def meta(rules, text: str) -> PageRecord:
    return Metadata(rules).process(PageRecord(source_path="t", raw_text=text))


def test_seed_headers(rules, seed_texts):
    rec = meta(rules, seed_texts["000_a7300090206e5273.txt"])
    assert rec.published == "2023-01-18" and rec.source == "紅網" and rec.title.startswith("兩會專訪丨曹慧泉")
    rec = meta(rules, seed_texts["004_1e858b7b18e6f90d.txt"])
    assert rec.published == "2022-05-11" and rec.url.startswith("/baogao/") and rec.title == "株洲市芦淞区2022年政府工作报告"
    rec = meta(rules, seed_texts["003_aef4f93b7db362a9.txt"])
    assert rec.published == "2024-01-27" and rec.source == "株洲日报"


def test_kicker_line_gives_way_to_the_headline(rules, seed_texts):
    rec = meta(rules, seed_texts["002_bf1e263cba28f34e.txt"])
    assert rec.title.startswith("制造名城按下發") and rec.published == "2023-03-17"


def test_a_timestamp_beats_the_dateline_of_a_speech(rules):
    text = ("陕西省2026年政府工作报告\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上 省长\n"
            "政府工作报告\n2026-02-02 09:20\n来源：\n各位代表：现在，我代表省人民政府向大会报告工作。")
    assert meta(rules, text).published == "2026-02-02"
    speech_only = "政府工作报告\n——2026年1月26日在广东省第十四届人民代表大会第五次会议上\n各位代表：现在，我代表省人民政府报告工作。"
    assert meta(rules, speech_only).published == "2026-01-26"


def test_outlet_bar_date_line(rules):
    # a news site's header line: the outlet, a bar, the date (no 来源 label)
    rec = meta(rules, "全市经济工作会议召开\n株洲新闻网 | 2023.01.05\n株洲市召开全市经济工作会议，会议总结了2022年工作。\n")
    assert rec.source == "株洲新闻网" and rec.published == "2023-01-05"
    # a title with a bar and a year is no outlet line
    assert meta(rules, "聚焦 | 2023年株洲经济工作会议召开\n会议总结了2022年工作，部署了重点任务。\n").source == ""
