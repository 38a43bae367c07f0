"""Officials: classes of errors seen on round-11 unseen pages (a chain of offices ending in a
delegation's 团长; a 、 list of names that stopped at a family name surnames.tsv lacks). Every
sentence here is written for the test."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def all_rows(text: str, rules) -> list[dict]:
    return extract_officials(PageContext("t", text, "", "", ""), rules)


@pytest.mark.parametrize("text, name, title", [
    ("中共中央政治局委员、国务院副总理、中央代表团副团长周明远率分团到林芝市看望干部群众。",
     "周明远", "国务院副总理"),
    ("全国政协副主席、中央代表团副团长陈向东带领五分团在和田考察。", "陈向东", "全国政协副主席"),
    ("全国人大常委会副委员长、中央代表团副团长买买提·艾力带领三分团考察。",
     "买买提·艾力", "全国人大常委会副委员长"),
])
def test_office_then_delegation_head(text, name, title, rules):
    # offices, 、, a delegation's (副)团长, the name: the person holds the offices written before it
    assert any(title in r["title"] for r in all_rows(text, rules) if r["name"] == name)


def test_delegation_head_alone_is_no_official(rules):
    # a delegation's head with no office before it gives no official
    assert not all_rows("考察团团长刘建新介绍了行程安排。", rules)


@pytest.mark.parametrize("text, names", [
    ("县政协副主席刘建华、寻志强、高立新出席会议。", ["刘建华", "寻志强", "高立新"]),
    ("县领导李明、王红、占国平、石海涛参加活动。", ["李明", "王红", "占国平", "石海涛"]),
])
def test_list_goes_on_over_a_rare_family_name(text, names, rules):
    # an item between two 、 whose family name the lexicon lacks is a name when the next item is one
    got = {r["name"] for r in all_rows(text, rules)}
    assert set(names) <= got


@pytest.mark.parametrize("text, absent", [
    ("市委书记李明、省直、市直部门负责人参加会议。", "省直"),
    ("副县长王红、有关部门、乡镇负责人出席。", "有关部门"),
])
def test_list_item_of_a_body_is_no_name(text, absent, rules):
    # an item led by a level character or a common word is no name, however it sits in the list
    assert absent not in {r["name"] for r in all_rows(text, rules)}


@pytest.mark.parametrize("text, name", [
    ("县人大常委会主任高长所，副主任刘建新、王海出席会议。", "高长所"),
    ("镇党委书记陈明和，镇长赵立出席。", "陈明和"),
])
def test_name_ending_in_a_never_last_particle(text, name, rules):
    # 所, like a conjunction, never ends a clause: before the clause's punctuation it is the name's
    assert name in {r["name"] for r in all_rows(text, rules)}


def test_suo_before_a_verb_is_no_name_part(rules):
    # 所 before a verb (所说, 所讲) belongs to the clause, not to the name
    assert "张华" in {r["name"] for r in all_rows("县长张华所说的三点要求很重要。", rules)}


@pytest.mark.parametrize("text, name", [
    ("州委副书记、州委宣传部部长扎西草，副州长刘永革出席会议。", "扎西草"),
    ("副县长才让吉主持会议并讲话。", "才让吉"),
    ("副州长拉毛措出席开幕式。", "拉毛措"),
])
def test_tibetan_womans_ending_closes_the_name(text, name, rules):
    # 草, 吉, 措 after an element of a Tibetan name, where a word ends, are the name's (扎西草, not 扎西)
    assert name in {r["name"] for r in all_rows(text, rules)}


def test_tibetan_ending_inside_a_word_stays_out(rules):
    # 草 starting a word after the name (草原) is no ending of the name
    assert {r["name"] for r in all_rows("县长扎西草原调研后讲话。", rules)} <= {"扎西"}


@pytest.mark.parametrize("text, name, title", [
    ("省机关事务管理局党组书记兼局长陈立新接受调查。", "陈立新", "省机关事务管理局党组书记兼局长"),
    ("县委副书记兼县长李华出席会议。", "李华", "县委副书记兼县长"),
])
def test_bare_title_after_jian_keeps_the_chain(text, name, title, rules):
    # 兼 standing alone before a bare title (兼/局长) joins it to the title before, as 、 does
    assert title in {r["title"] for r in all_rows(text, rules) if r["name"] == name}
