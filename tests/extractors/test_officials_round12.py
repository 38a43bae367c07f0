"""Officials: classes of errors seen on round-12 unseen pages (同志 between a name and its post in
appointments and dismissals). Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def all_rows(text: str, rules) -> list[dict]:
    return extract_officials(PageContext("t", text, "", "", ""), rules)


def titles_of(text: str, rules) -> dict[str, str]:
    return {r["name"]: r["title"] for r in all_rows(text, rules)}


@pytest.mark.parametrize("text, name, title", [
    ("会议表决通过了人事任免事项，任命周立新同志为县人民政府副县长。", "周立新", "县人民政府副县长"),
    ("会议决定任命张海涛同志为政府副县长，刘建军同志为政府副县长。", "刘建军", "政府副县长"),
    ("会议决定任命王立、赵明辉、孙小红三位同志为县监察委员会委员。", "赵明辉", "县监察委员会委员"),
    ("会议决定免去何建明同志的县人民政府副县长职务。", "何建明", "县人民政府副县长"),
    ("会议通过决议，免除李志远同志副县长一职。", "李志远", "副县长"),
])
def test_comrade_between_name_and_post(text, name, title, rules):
    # 同志 (and a list's count: 三位同志) stands between the name and 为 or the post: no part of either
    assert titles_of(text, rules).get(name) == title


def test_post_held_before_the_appointed_name(rules):
    # 任命 + the post held now + the name: the verb is no part of the title
    got = titles_of("会议决定任命县委副书记陈光明同志为县人民政府副县长。", rules)
    assert got.get("陈光明") in ("县委副书记", "县人民政府副县长")


def test_list_with_notes_of_people_and_sex(rules):
    # a note in brackets after a name (回族; 女、蒙古族) and names with no Han family name keep the list
    text = ("大会以无记名投票方式，选举周建平（回族）、刘海、才让（藏族）、孙立新、卓玛（女、藏族）"
            "为州人大常委会副主任。")
    got = titles_of(text, rules)
    for name in ("周建平", "刘海", "才让", "孙立新", "卓玛"):
        assert got.get(name) == "州人大常委会副主任", name


def test_elected_with_note_by_xuanchu(rules):
    # 选出 appoints like 选举; a note after the first name
    got = titles_of("会议选出李国华（壮族）为自治区主席，王明、陈立（壮族）为副主席。", rules)
    assert got.get("李国华") == "自治区主席"
    assert got.get("陈立") == "副主席"


def test_note_with_no_name_before_it(rules):
    # a note after a word that is no name and follows no list or verb gives no official
    got = titles_of("会议通过了关于少数民族（藏族）代表名额的决定，选举王刚为副主任。", rules)
    assert "少数民族" not in got and got.get("王刚") == "副主任"


@pytest.mark.parametrize("text, name", [
    ("全国政协副主席罗富和一行到新疆调研。", "罗富和"),
    ("市委书记张建和一行考察了园区。", "张建和"),
])
def test_name_ending_in_a_conjunction_before_yixing(text, name, rules):
    # 一行 (the party one leads) follows a whole name: a conjunction character before it is the name's
    assert name in titles_of(text, rules)


def test_and_a_group_of_people_is_not_the_name(rules):
    # 和一行人: "and a group of people", the conjunction is no part of the name
    assert "王晓" in titles_of("副市长王晓和一行人参观了园区。", rules)


@pytest.mark.parametrize("text, name", [
    ("县人民检察院检察长李国庆以及县人大各委室负责人列席会议。", "李国庆"),
    ("副县长孙立新出席。", "孙立新"),
])
def test_given_name_that_is_a_dated_word(text, name, rules):
    # a given name the dictionary tags a time or adverb word (国庆, 立新) is still the name's
    assert name in titles_of(text, rules)


def test_holiday_after_a_title_is_no_name(rules):
    # the time word itself after a title and no family name gives no official
    assert not [r for r in all_rows("县长国庆期间走访慰问。", rules) if "国庆" in r["name"]]


def test_list_goes_on_past_a_verb_inside_a_body_name(rules):
    # 选举 inside a committee's name (人事代表选举工作委员会) in the list is no new verb: the list goes on
    text = ("会议任命张明为省人大常委会财政经济工作委员会副主任，李强为省人大常委会人事代表选举工作委员会"
            "主任，王立为省人大常委会教育科学文化卫生工作委员会副主任。")
    assert titles_of(text, rules).get("王立") == "省人大常委会教育科学文化卫生工作委员会副主任"


@pytest.mark.parametrize("text, name, title", [
    ("会议补选次仁多吉为政协第十届西藏自治区委员会副主席。", "次仁多吉", "政协第十届西藏自治区委员会副主席"),
    ("会议增选王立为政协拉萨市委员会常务委员。", "王立", "政协拉萨市委员会常务委员"),
])
def test_by_election_and_minority_name(text, name, title, rules):
    # 补选/增选 appoint like 选举; a Tibetan name of minority_names.tsv elements after the verb is read;
    # 常务委员 of a committee is a title
    assert titles_of(text, rules).get(name) == title


def test_term_before_the_place_is_no_region(rules):
    # 政协第十届西藏自治区委员会: the term is no part of the region
    rows = [r for r in all_rows("会议选举王刚为政协第十届西藏自治区委员会副主席。", rules) if r["name"] == "王刚"]
    assert rows and rows[0]["region"] == "西藏自治区"


def test_full_time_member_of_a_committee(rules):
    # 专职委员 of a committee is the member's title
    got = titles_of("出席会议的还有最高人民法院审判委员会专职委员王立新。", rules)
    assert got.get("王立新") == "最高人民法院审判委员会专职委员"


@pytest.mark.parametrize("text, name", [
    ("大会主席团常务主席陈天会，主席团成员郑明出席会议。", "陈天会"),
    ("副市长王明会，县长李强出席。", "王明会"),
])
def test_name_ending_in_a_modal_before_punctuation(text, name, rules):
    # the modal 会 needs a verb after it: before a clause's punctuation it is the name's
    assert name in titles_of(text, rules)


def test_modal_before_a_verb_stays_out_of_the_name(rules):
    # 县长李强会后表示: 会 of 会后 is no part of the name
    assert "李强" in titles_of("县长李强会后表示，将加快项目建设。", rules)
