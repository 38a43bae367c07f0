"""Targets, officials and outlets of traditional-script pages, round 2 of the traditional probe:
按年 opening a clause, Taiwan's 平方公尺 and 席, Taiwan's 次长 and an Executive Yuan office's
执行长, a list of names closed by 及, an agency's 【…社讯】 and an outlet's 消息 lead-in.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from extract.api import process_page
from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials

from .report_pages import row, targets

MO = "統計局公布本地生產總值\n"
TW = "縣府公布社會住宅興建進度\n"


def titles_of(text: str, rules) -> dict[str, str]:
    return {r["name"]: r["title"] for r in extract_officials(PageContext("t", text, "", "", ""), rules)}


def test_year_on_year_opening_its_clause_leaves_the_subject_before_it():
    rows = targets("本澳首季出口貨值為35.6億澳門元,按年實質增長7.3%。\n", MO)
    assert row(rows, 7.3, "%")["indicator"] != "按年"
    assert "出口货值" in row(rows, 7.3, "%")["indicator"]


def test_taiwan_area_and_parking_spaces():
    rows = targets("該社宅基地面積約5210平方公尺,設有88席汽車、140席機車停車位。\n", TW)
    assert row(rows, 5210, "平方公尺")["base_unit"] == "平方米"
    assert row(rows, 88, "席")["kind"] == "actual" and row(rows, 140, "席")


@pytest.mark.parametrize("text, name, title", [
    ("交通部政务次长陈志明致词时表示，工程将如期完工。", "陈志明", "交通部政务次长"),
    ("行政院东部联合服务中心执行长林美玲陪同视察。", "林美玲", "服务中心执行长"),
    ("民进党立委张雅惠及刘建宏到场致意。", "刘建宏", "民进党立委"),
    ("副县长吴国华及黄丽娟出席启用典礼。", "黄丽娟", "副县长"),
])
def test_taiwan_titles_and_a_list_closed_by_ji(text, name, title, rules):
    assert titles_of(text, rules).get(name) == title


def test_a_company_ceo_and_a_spouse_are_no_officials(rules):
    assert not titles_of("东方科技公司执行长王大同表示，订单成长。", rules)
    assert set(titles_of("市长陈明德及夫人出席晚会。", rules)) == {"陈明德"}


@pytest.mark.parametrize("page, outlet", [
    ("澳门首季经济数据出炉\n【东方财经社讯】澳门统计局今日公布首季本地生产总值，按年实质增长百分之三。\n", "东方财经社"),
    ("全省项目集中开工\n南方在线消息(记者 王明)今天上午，全省重大项目集中开工活动在省城举行，共开工项目120个。\n", "南方在线"),
])
def test_an_agency_lead_in_and_an_outlet_news_lead_in(page, outlet, rules):
    assert process_page(page, rules=None)["documents"]["source"].iloc[0] == outlet
