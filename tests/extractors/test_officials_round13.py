"""Officials: classes of errors seen on round-13 unseen pages (signing ceremonies, county congress
meetings, Taiwan county pages). Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def all_rows(text: str, rules) -> list[dict]:
    return extract_officials(PageContext("t", text, "", "", ""), rules)


def titles_of(text: str, rules) -> dict[str, str]:
    return {r["name"]: r["title"] for r in all_rows(text, rules)}


@pytest.mark.parametrize("text, name, title", [
    # 由 glued by jieba to the body's level character (由县/人大常委会): the title starts after it
    ("会议由县人大常委会副主任周立新主持。", "周立新", "县人大常委会副主任"),
    ("开幕式由市政协副主席黄文涛主持。", "黄文涛", "市政协副主席"),
    # 偕 (together with) before the title of the one who comes along
    ("县长陈美玲偕副县长林志成出席。", "林志成", "副县长"),
])
def test_verb_or_preposition_before_the_title_is_no_part_of_it(text, name, title, rules):
    assert titles_of(text, rules).get(name) == title


@pytest.mark.parametrize("text, bad", [
    # a body of the dictionary ending in a body's last character, then its head's title: no name
    ("被提名人现任市政府劳工处处长，曾任区公所区长。", ("劳工处", "区公所")),
    # a count of people (120位) before 代表: 位 is a measure word, not a family name
    ("近120位客商代表参加了签约仪式。", ("位客商",)),
])
def test_body_or_count_before_a_title_is_no_name(text, bad, rules):
    got = titles_of(text, rules)
    assert not [n for n in got if n in bad]


def test_a_name_before_its_title_still_holds(rules):
    got = titles_of("会上，王建国处长介绍了情况，刘光跃代表提出建议。", rules)
    assert got.get("王建国") == "处长" and got.get("刘光跃") == "代表"


def regions_of(text: str, rules) -> dict[str, str]:
    return {r["name"]: r["region"] for r in all_rows(text, rules)}


@pytest.mark.parametrize("text, name", [
    # a verbal noun after a dotted name is the clause's verb (调研), 等 closes the list
    ("地委副书记、行署专员艾力·买买提调研农业生产。", "艾力·买买提"),
    ("县长阿不都·热合曼等陪同考察。", "阿不都·热合曼"),
])
def test_a_dotted_name_ends_before_a_verb_or_the_list_closer(text, name, rules):
    assert name in titles_of(text, rules)


def test_tibetan_name_of_two_elements_with_chokyi(rules):
    # 确吉 (Chökyi) is an element of Tibetan names: 拉巴 + 确吉 is one name, not 拉巴 alone
    got = titles_of("县人大常委会主任拉巴确吉、副县长扎西陪同。", rules)
    assert got.get("拉巴确吉") == "县人大常委会主任" and "拉巴" not in got


@pytest.mark.parametrize("text, name, region", [
    # a party of Taiwan before the place is no part of it (民进党 is not the mainland 民进)
    ("民进党台中市议员陈美华出席。", "陈美华", "台中市"),
    # 代理 between the place and its head's title, as 代 (山东代省长)
    ("嘉义代理县长林国华主持会议。", "林国华", "嘉义县"),
    ("台东代理县长林国华主持会议。", "林国华", "台东县"),
])
def test_party_or_acting_between_place_and_title(text, name, region, rules):
    assert regions_of(text, rules).get(name) == region


@pytest.mark.parametrize("text, name, title", [
    # a verb naming what a body does, between the level character and the body's name
    ("县扶贫开发办主任、县扶贫移民局局长刘志刚陪同。", "刘志刚", "县扶贫开发办主任、县扶贫移民局局长"),
    ("州委副书记、州脱贫攻坚领导小组副组长赵德明出席。", "赵德明", "州委副书记、州脱贫攻坚领导小组副组长"),
])
def test_a_verb_inside_a_body_after_its_level(text, name, title, rules):
    assert titles_of(text, rules).get(name) == title


def test_office_of_a_firm_after_a_company_role_is_no_public_office(rules):
    # 副总经理、工会主席: the 工会 is the company's; its holder is a company head
    got = titles_of("市能源投资集团公司副总经理、工会主席孙建平，市委副书记马长林参加。", rules)
    assert "孙建平" not in got and got.get("马长林") == "市委副书记"


def test_legislators_of_taiwan(rules):
    got = titles_of("国民党立委王美惠与县长张立新一同出席。", rules)
    assert got.get("王美惠") == "国民党立委" and got.get("张立新") == "县长"


@pytest.mark.parametrize("text, name, title", [
    # a nominee's or candidate's name, a comma, then the post held now (现任)
    ("台东县被提名人陈光明，现任台东县长，曾任县议员。", "陈光明", "台东县长"),
    ("县长候选人周志远，现任安吉县委副书记。", "周志远", "安吉县委副书记"),
])
def test_nominee_then_post_held_now(text, name, title, rules):
    assert titles_of(text, rules).get(name) == title


def test_officers_of_a_new_social_strata_association_hold_no_office(rules):
    got = titles_of("市新联会执行秘书长胡海燕、副州长周仕平出席座谈会。", rules)
    assert "胡海燕" not in got and got.get("周仕平") == "副州长"


def test_a_name_of_a_rare_family_name_found_before_is_read_after_a_title(rules):
    # 旷 is no family name of surnames.tsv: the list gives the name, a later title then finds it again
    text = "市领导王建国、旷志刚、李文出席签约仪式。市委常委、副市长旷志刚与客商签约。"
    rows = [(r["name"], r["title"]) for r in all_rows(text, rules)]
    assert ("旷志刚", "市委常委、副市长") in rows
