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
