"""Projects: classes found probing the projects table with unseen news and lists (round 9):
trial runs of finished works, lists headed by a count of projects (分别是, numbered lines),
datelines and bracketed phases, amounts of list items. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .project_rows import run, names, status


@pytest.mark.parametrize("text,name", [
    ("本月初，青州至临沂高铁正式启动联调联试，为年底开通运营打下基础。", "青州至临沂高铁"),
    ("目前，东湖新城污水处理厂已投入试运行。", "东湖新城污水处理厂"),
    ("新余至宜春高铁全线进入运行试验阶段。", "新余至宜春高铁"),
])
def test_trial_runs_of_finished_works_are_completed(rules, text, name):
    assert status(text, rules).get(name) == "completed"


def test_items_after_a_counted_heading_with_no_tail(rules):
    text = ("今年列入省重点的项目共5个，分别是青山湖“智慧谷”产业园建设试点项目、城东中学、"
            "年产20万吨再生铝生产项目、南岭物流园和江北污水处理厂扩建项目。")
    got = names(text, rules)
    for name in ("青山湖“智慧谷”产业园建设试点项目", "南岭物流园", "年产20万吨再生铝生产项目",
                 "城东中学", "江北污水处理厂扩建项目"):
        assert name in got


def test_numbered_lines_under_a_heading(rules):
    text = ("今年要办好的八大工程分别是：\n1、临江至白河高速公路；\n2、城南水库扩建工程；\n"
            "3、乡村教育振兴；\n据了解，全部工程年内开工。\n")
    rows = {r["name"]: r for r in run(text, rules)}
    assert rows["临江至白河高速公路"]["list_name"] == "八大工程"
    assert "城南水库扩建工程" in rows
    assert "乡村教育振兴" not in rows          # under 工程 only items with a project suffix


def test_counted_colon_heading_of_a_list_line(rules):
    text = "二、续建项目\n1.续建项目(2个)：北湖新区开发项目、滨江大道改造工程。\n"
    assert {"北湖新区开发项目", "滨江大道改造工程"} <= names(text, rules)


def test_a_bracket_inside_an_item_does_not_split_it(rules):
    text = "这3个项目分别是西环路(北段)改造工程、东城体育中心和南湖公园。"
    got = names(text, rules)
    assert "西环路(北段)改造工程" in got and "东城体育中心" in got


@pytest.mark.parametrize("text,name", [
    ("新华社南京3月2日电（记者王小明）淮河入江水道整治工程2日开工建设。", "淮河入江水道整治工程"),
    ("本报讯（记者 李红 通讯员 张强）城西污水处理厂提标改造工程日前竣工。", "城西污水处理厂提标改造工程"),
])
def test_a_news_dateline_is_no_part_of_a_name(rules, text, name):
    assert name in names(text, rules)


def test_a_phase_in_brackets_closes_the_name(rules):
    text = "年产5万吨锂电材料生产项目(一期)已于今年3月开工建设。"
    assert "年产5万吨锂电材料生产项目(一期)" in names(text, rules)


def test_a_bare_amount_opening_a_list_item_is_that_items_own(rules):
    text = "总投资50亿元的青禾生物医药产业园、30亿元的江北冷链物流园和12亿元的南岭数据中心等项目落地开工。"
    got = {r["name"]: r["investment"] for r in run(text, rules)}
    assert got.get("青禾生物医药产业园") == 50.0
    assert got.get("江北冷链物流园") == 30.0
    assert got.get("南岭数据中心") == 12.0


def test_an_amount_written_with_spaces(rules):
    text = "总投资 50 亿元的东湖智能家电产业园项目实现当年开工。"
    assert {r["name"]: r["investment"] for r in run(text, rules)}.get("东湖智能家电产业园项目") == 50.0


def test_routes_named_by_their_ends_before_an_opening_tail(rules):
    text = "今年新建成高速公路300公里，临江至白河、青山至石门等高速公路建成通车。"
    got = status(text, rules)
    assert got.get("临江至白河") == "completed" and got.get("青山至石门") == "completed"


def test_water_works_named_alone_before_their_kind(rules):
    text = "全年开工建设北江引水、龙潭水库扩建等重大水利工程。"
    got = status(text, rules)
    assert got.get("北江引水") == "started" and got.get("龙潭水库扩建") == "started"


def test_an_amount_before_a_name_opens_it_whatever_its_first_word(rules):
    # 共享 is tagged a verb; after 计划投资2亿元的 it opens the name
    text = "计划投资2亿元的共享储能电站项目上月开工。"
    assert {r["name"]: r["investment"] for r in run(text, rules)}.get("共享储能电站项目") == 2.0


def test_items_after_a_counted_kind_and_ju_ti_wei(rules):
    text = "基础设施类项目3项，具体为：新城大道北段、滨河路道路工程、青岭水库。"
    assert {"新城大道北段", "滨河路道路工程", "青岭水库"} <= names(text, rules)


def test_gong_you_opens_a_list_of_projects(rules):
    text = "共有东区标准化厂房二期、西岭食品产业园等8个重点项目集中开工。"
    assert "东区标准化厂房二期" in names(text, rules)
