"""Officials: classes of errors seen on round-9 unseen pages (inspection teams named by an ordinal,
courts written short as 高院/中院, Tibetan and Mongolian names of no Han family name). Every
sentence here is written for the test."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def rows(text: str, rules) -> dict[str, dict]:
    return {r["name"]: r for r in extract_officials(PageContext("t", text, "", "", ""), rules)}


@pytest.mark.parametrize("text, name, title", [
    ("动员会上,县委第二巡察组组长刘建明作动员讲话。", "刘建明", "县委第二巡察组组长"),
    ("市委第一巡视组副组长郑晓燕宣读了巡视工作方案。", "郑晓燕", "市委第一巡视组副组长"),
    ("市政府督查组组长钱立平带队检查。", "钱立平", "市政府督查组组长"),
])
def test_inspection_team_keeps_its_verb_and_ordinal(text, name, title, rules):
    # 巡察/巡视/督查/督导, verbs to jieba, name the team (第二巡察组): the title is not 组组长
    assert rows(text, rules)[name]["title"] == title


@pytest.mark.parametrize("text, name, title", [
    ("下午,湖南高院副院长陈立新、广西高院院长黄海峰作交流发言。", "黄海峰", "广西高院院长"),
    ("下午,湖南高院副院长陈立新、广西高院院长黄海峰作交流发言。", "陈立新", "湖南高院副院长"),
    ("市中院院长孙志强出席座谈会。", "孙志强", "市中院院长"),
])
def test_court_written_short_is_a_court(text, name, title, rules):
    assert rows(text, rules)[name]["title"] == title


def test_institute_head_is_still_no_official(rules):
    assert "周文博" not in rows("研究院院长周文博介绍了课题进展。", rules)


@pytest.mark.parametrize("text, name", [
    ("自治区党委副书记、自治区主席洛桑江村在拉萨会见了代表团一行。", "洛桑江村"),
    ("州委副书记、州长旦增西旦主持召开州政府常务会议。", "旦增西旦"),
    ("蒙古国总理奥云额尔登会见了代表团。", "奥云额尔登"),
    ("副总理兼经济发展部部长呼日勒巴特尔出席签约仪式。", "呼日勒巴特尔"),
])
def test_tibetan_or_mongolian_name_is_whole(text, name, rules):
    # no Han family name: two or more name elements written together are one name (not 洛桑, 呼日勒)
    got = rows(text, rules)
    assert name in got and not any(n != name and name.startswith(n) for n in got)


def test_tibetan_or_mongolian_name_in_a_list(rules):
    got = rows("自治区领导严金海、嘎玛泽登出席座谈会。", rules)
    assert "严金海" in got and "嘎玛泽登" in got



def test_yi_name_of_one_long_element_is_whole(rules):
    got = rows("州委副书记、州长苏嘎尔布作工作报告。", rules)
    assert "苏嘎尔布" in got and "苏嘎" not in got


@pytest.mark.parametrize("text, place", [
    ("已有两任石家庄市长被查。", "石家庄"),
    ("近年已有三任昆明市长先后落马。", "昆明"),
])
def test_place_short_form_before_its_heads_title_is_no_name(text, place, rules):
    # the title's level character completes the place (石家庄|市长: 石家庄市): a place and its head
    assert place not in rows(text, rules)


def test_name_before_a_heads_title_is_still_a_name(rules):
    assert "王建国" in rows("王建国市长在会上讲话。", rules)
