"""Officials: classes of errors seen on round-15 unseen pages (appointment and removal notices,
CPPCC and congress sessions, court appointments, Hong Kong government news). Every sentence here
is written for the test."""
from __future__ import annotations

import pytest

from extract.clean.script import converter
from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def rows_of(text: str, rules) -> dict[str, dict]:
    return {r["name"]: r for r in extract_officials(PageContext("t", text, "", "", ""), rules)}


def test_dotted_name_inside_a_list_under_a_title_held_abroad_too(rules):
    # 主席 is also held abroad; a list of Han names under it is at home: the dotted name stays in it
    got = rows_of("大会主席团常务主席王建国、刘志明、次仁·旺堆、陈海涛、林晓东出席会议。", rules)
    assert set(got) >= {"王建国", "刘志明", "次仁·旺堆", "陈海涛", "林晓东"}


def test_transliterated_name_after_a_foreign_title_is_unchanged(rules):
    got = rows_of("美国总统拜登、副总统卡玛拉·哈里斯出席。", rules)
    assert "卡玛拉·哈里斯" in got and "拜登" in got


@pytest.mark.parametrize("text, name, title, org", [
    # the session's ordinal names the session whose presidium or committee the title is of
    ("省政协十二届三次会议主席团常务主席张立新主持会议。", "张立新", "省政协十二届三次会议主席团常务主席", "省政协会议主席团"),
    ("全国人大十四届二次会议副秘书长赵明华作说明。", "赵明华", "全国人大十四届二次会议副秘书长", "全国人大会议"),
    ("市政协九届一次会议提案审查委员会主任周文辉作报告。", "周文辉", "市政协九届一次会议提案审查委员会主任",
     "市政协会议提案审查委员会"),
])
def test_session_ordinal_stays_in_the_title(text, name, title, org, rules):
    row = rows_of(text, rules)[name]
    assert (row["title"], row["organization"]) == (title, org)


def test_a_count_of_meetings_still_ends_a_title(rules):
    got = rows_of("他主持召开了一次会议，主任李立平出席。", rules)
    assert got["李立平"]["title"] == "主任"


def test_presidium_meeting_host_is_a_title(rules):
    got = rows_of("政治局常委、全国政协八届一次会议主席团会议主持人李国强主持会议。", rules)
    assert got["李国强"]["title"].endswith("主席团会议主持人")
    assert "张明" not in rows_of("晚会主持人张明上台致辞。", rules)


def test_each_removal_of_a_list_has_its_own_post(rules):
    got = rows_of("会议决定免去刘建同志县人民政府县长职务、孙丽同志县人民政府副县长职务。", rules)
    assert got["刘建"]["title"] == "县人民政府县长"
    assert got["孙丽"]["title"] == "县人民政府副县长"


@pytest.mark.parametrize("text, name, title, org", [
    ("任命郑宏为市中级人民法院副院长、审判委员会委员、审判员。", "郑宏",
     "市中级人民法院副院长、审判委员会委员、审判员", "市中级人民法院"),
    ("免去何敏的县人民检察院副检察长、检察委员会委员、检察员职务。", "何敏",
     "县人民检察院副检察长、检察委员会委员、检察员", "县人民检察院"),
    ("任命陆平为区人民法院审判员。", "陆平", "区人民法院审判员", "区人民法院"),
])
def test_court_posts_after_the_head_title_keep_the_court(text, name, title, org, rules):
    row = rows_of(text, rules)[name]
    assert (row["title"], row["organization"]) == (title, org)


def test_rare_family_names_read(rules):
    assert "茆建国" in rows_of("副县长茆建国出席会议。", rules)
    assert "佀红梅" in rows_of("副区长佀红梅陪同调研。", rules)


def test_honour_after_a_name_is_not_the_next_title(rules):
    got = rows_of("律政司司长陈志明资深大律师和保安局局长李家文会见传媒。", rules)
    assert got["陈志明"]["title"] == "律政司司长"
    assert got["李家文"]["title"] == "保安局局长"


def test_hong_kong_variant_characters_are_simplified(rules):
    t2s = converter(rules, "t2s")
    assert t2s("食物及衞生局局長黃國衞") == "食物及卫生局局长黄国卫"
    assert t2s("衹有") == "只有"


@pytest.mark.parametrize("text, name, org", [
    ("省政协副主席兼秘书长林志远作说明。", "林志远", "省政协"),
    ("市委常委兼秘书长李明辉出席。", "李明辉", "市委"),
    ("县委副书记兼县长王建强出席。", "王建强", ""),   # 县长 heads the county's government, not 县委
    ("副市长兼公安局局长孙伟民出席。", "孙伟民", "公安局"),
])
def test_a_bare_post_held_with_another_is_the_same_body(text, name, org, rules):
    assert rows_of(text, rules)[name]["organization"] == org


@pytest.mark.parametrize("text, name, region", [
    # the province of the mention before carries to a 省 title of no place of its own
    ("江西省委副书记陈立新、副省长刘海波陪同考察。", "刘海波", "江西省"),
    ("湖南省副省长张文杰、省政协副主席李国华出席。", "李国华", "湖南省"),
    # ... not to a title of another level
    ("江西省委书记陈立新、市长刘海波出席。", "刘海波", ""),
])
def test_region_carried_along_a_list_of_mentions(text, name, region, rules):
    assert rows_of(text, rules)[name]["region"] == region


def test_dotted_name_glued_to_nothing_before_a_list_mark_keeps_its_end(rules):
    # the dotted name's last part ends in a break character (提) before 、: no verb stands there
    got = rows_of("副主席王立群、刘海涛、阿不都热依木·阿木提、陈光明出席会议。", rules)
    assert "阿不都热依木·阿木提" in got and "陈光明" in got


@pytest.mark.parametrize("text, name", [
    ("大会副秘书长何明作说明。", "何明"),
    ("副秘书长刘明作说明。", "刘明"),
])
def test_verb_and_its_object_after_a_name_are_not_the_name(text, name, rules):
    assert name in rows_of(text, rules)


@pytest.mark.parametrize("text, name, title", [
    # 代 is a family name too, but before a level's head with a full name after it it marks the acting head
    ("省委书记王建华及代省长林国栋出席晚宴。", "林国栋", "代省长"),
    ("会上，代县长赵明亮作报告。", "赵明亮", "代县长"),
])
def test_acting_head_before_a_full_name(text, name, title, rules):
    assert rows_of(text, rules)[name]["title"] == title


def test_family_name_addressing_a_holder_still_names_no_one(rules):
    assert rows_of("代书记和陈部长一行来访。", rules) == {}


@pytest.mark.parametrize("phrase, region", [
    ("苏州市委书记", "苏州市"),        # a place whose name ends in 州, then its level
    ("贵州省省长", "贵州省"),
    ("象州县县长", "象州县"),
    ("贵州省贵阳市市长", "贵阳市"),
    ("湘西州市场监管局局长", "湘西州"),   # 市 opens 市场: no level
    ("甘孜州州长", "甘孜州"),
])
def test_region_of_a_place_named_with_zhou(phrase, region):
    from extract.extractors.officials_titles import region as region_of
    assert region_of(phrase, "") == region
