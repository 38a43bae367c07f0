"""Officials: classes of errors seen on round-10 unseen pages (an acting head named by 代理 after
决定). Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def all_rows(text: str, rules) -> list[dict]:
    return extract_officials(PageContext("t", text, "", "", ""), rules)


@pytest.mark.parametrize("text, name, title", [
    ("会议决定任命周海林为清远市人民政府副市长,决定周海林代理清远市人民政府市长职务。",
     "周海林", "代理清远市人民政府市长"),
    ("县人大常委会会议决定马春燕代理县人民政府县长职务。", "马春燕", "代理县人民政府县长"),
])
def test_acting_head_after_decided(text, name, title, rules):
    # 决定 + name + 代理 + the head's title + 职务: the acting head, 代理 kept in the title
    assert title in {r["title"] for r in all_rows(text, rules) if r["name"] == name}


def test_decided_alone_names_no_acting_head(rules):
    # 决定 before a noun that is no name: nothing comes out
    assert not all_rows("常委会决定代理县人民政府县长的人选。", rules)


@pytest.mark.parametrize("text, name, org", [
    ("西藏自治区领导次仁多吉、王志刚出席开幕式。", "次仁多吉", "西藏自治区"),
    ("凉山彝族自治州领导李建华出席会议。", "李建华", "凉山彝族自治州"),
    ("自治区领导刘海涛出席开幕式。", "刘海涛", ""),
])
def test_autonomous_area_leaders_keep_the_whole_level(text, name, org, rules):
    # 自治 and the level character of 区领导/州领导 make the level: no organisation 自治 or 西藏自治
    got = [r for r in all_rows(text, rules) if r["name"] == name]
    assert got and got[0]["organization"] == org


@pytest.mark.parametrize("text, name", [
    ("湖南省政协原副主席李忠涉严重违纪违法被查。", "李忠"),
    ("云南省文山州副州长王勇涉严重违纪违法接受审查。", "王勇"),
    ("四川省广安市委原常委廖锋因涉嫌严重违纪接受调查。", "廖锋"),
])
def test_name_ends_before_she_of_a_charge(text, name, rules):
    # 涉 (涉嫌 written short in headlines) ends a name as 说 or 在 do; 因涉嫌 keeps 因 off the name too
    assert name in {r["name"] for r in all_rows(text, rules)}


@pytest.mark.parametrize("text, name, title", [
    ("省统计局党组原书记、局长郑宏伟被开除党籍。", "郑宏伟", "省统计局党组原书记、局长"),
    ("市交通运输局党委原书记、局长周建林严重违纪违法。", "周建林", "市交通运输局党委原书记、局长"),
])
def test_party_group_then_former_is_no_name(text, name, title, rules):
    # 党组原书记: 党 is a family name too, but 党组原/党委原 is the party group and the tenure 原
    got = {r["name"]: r for r in all_rows(text, rules)}
    assert not {"党组原", "党委原"} & set(got)
    assert got[name]["title"] == title


def test_acting_post_decided_in_a_clause_of_its_own(rules):
    # 任命甲为T，并决定为代理X: the acting post is 甲's, joined to the title as written before it
    text = "会议决定任命孙立华为市人民政府副市长,并决定为代理市长;任命钱志远为市监察委员会副主任。"
    got = {r["name"]: r["title"] for r in all_rows(text, rules)}
    assert got["孙立华"] == "市人民政府副市长、代理市长"
    assert got["钱志远"] == "市监察委员会副主任"


@pytest.mark.parametrize("text, name, org", [
    ("会议决定任命孙立华为市人民政府副市长,并决定为代理市长。", "孙立华", "市人民政府"),
    ("会议任命钱志远为市监察委员会副主任、代理主任。", "钱志远", "市监察委员会"),
])
def test_deputy_then_acting_head_keeps_the_body(text, name, org, rules):
    # 副主任、代理主任: the bare head's post after its deputy's is the same body's
    got = [r for r in all_rows(text, rules) if r["name"] == name]
    assert got and got[0]["organization"] == org


@pytest.mark.parametrize("text, name, title", [
    ("公开信息显示,许文斌已于3月任苏州市委常委、秘书长。", "许文斌", "苏州市委常委、秘书长"),
    ("何建平于2022年6月出任湖州代市长,直至此次转正。", "何建平", "湖州代市长"),
])
def test_date_between_name_and_appointing_verb(text, name, title, rules):
    # 已于3月任, 于2022年6月出任: the date of the post stands between the name and its verb
    assert title in {r["title"] for r in all_rows(text, rules) if r["name"] == name}


def test_date_alone_before_verb_needs_a_name(rules):
    assert not all_rows("该项目于2022年6月任务完成。", rules)


def test_deputy_then_acting_head_keeps_the_page_region(rules):
    # the bare 代理主任 after 市监察委员会副主任 is a 市 title: it takes the city page's region
    text = "会议任命钱志远为市监察委员会副主任、代理主任。"
    got = [r for r in extract_officials(PageContext("t", text, "", "", "遂宁市"), rules) if r["name"] == "钱志远"]
    assert got and got[0]["region"] == "遂宁市"
