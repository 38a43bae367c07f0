"""Officials: classes of errors seen on round-18 unseen pages (Taiwan's county and city heads, acting and
former posts, meeting reports with many names). Every sentence here is written for the test."""
from __future__ import annotations

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def rows_of(text: str, rules) -> list[dict]:
    return extract_officials(PageContext("t", text, "", "", ""), rules)


def titles_of(text: str, rules) -> dict[str, str]:
    return {r["name"]: r["title"] for r in rows_of(text, rules)}


def test_place_short_form_led_by_a_family_name_heads_the_title(rules):
    # 高雄, 苗栗, 花莲 start with a family name's character: the place heads the title, the name follows it
    got = titles_of("典礼上，高雄市长李文华、苗栗县长王志成和花莲县长周明德依次致辞。", rules)
    assert got.get("李文华") == "高雄市长"
    assert got.get("王志成") == "苗栗县长"
    assert got.get("周明德") == "花莲县长"
    assert "高雄" not in got and "苗栗" not in got


def test_a_name_before_a_title_is_still_read(rules):
    # the check above is for places only: a full name before 市长 is still the title's holder
    assert titles_of("会上，张立明市长作了讲话。", rules).get("张立明") == "市长"


def test_former_mark_before_a_title_is_no_family_name(rules):
    got = titles_of("原市长李德明、前副县长赵海峰昨天出席了座谈会。", rules)
    assert got.get("李德明") == "原市长"
    assert got.get("赵海峰") == "前副县长"


def test_former_acting_post_is_the_title_not_a_name(rules):
    got = titles_of("原代理县长刘建平当天再次宣誓就职。", rules)
    assert got.get("刘建平") == "原代理县长"
    assert "原代理" not in got


def test_a_family_name_addressing_a_holder_is_still_no_name(rules):
    # 王市长 addresses the mayor: no name follows, so no row
    assert titles_of("王市长表示，工作要抓紧。", rules) == {}


def test_a_title_quoted_alone_still_heads_the_name_after_it(rules):
    # mainland pages quote Taiwan's titles: the name follows the closing quote
    got = titles_of("主持人为“行政院长”林志成，“立法院长”陈国华也到场。", rules)
    assert got.get("林志成") == "行政院长"
    assert got.get("陈国华") == "立法院长"


def test_a_quoted_title_word_in_a_sentence_heads_no_name(rules):
    assert titles_of("他说“市长”两个字分量很重。", rules) == {}


def test_a_given_name_with_a_function_character_in_the_middle_is_whole(rules):
    # 郭以/任: jieba cuts 任 off, but 郭以 is no word of its own, so 任 is the name's last character
    got = titles_of("市政协主席郭以任，市委常委张三出席。", rules)
    assert got.get("郭以任") == "市政协主席"
    assert got.get("张三") == "市委常委"


def test_a_dictionary_name_before_a_function_character_is_still_cut(rules):
    assert titles_of("俄罗斯总统普京与美国总统会谈。", rules).get("普京") == "俄罗斯总统"


def test_re_elected_and_sworn_in_name_the_office_taken(rules):
    got = titles_of("会上，张国华蝉联市议长，李文明当选副议长。次日，王志强宣誓就任县长。此前，赵立新连任市长。", rules)
    assert got.get("张国华") == "市议长"
    assert got.get("李文明") == "副议长"
    assert got.get("王志强") == "县长"
    assert got.get("赵立新") == "市长"


def test_a_party_membership_before_the_name_leads_it(rules):
    got = titles_of("会上，国民党籍张国华蝉联市议长。", rules)
    assert got == {"张国华": "市议长"}


def test_seeking_re_election_names_no_one(rules):
    assert titles_of("他希望连任市长的人多做实事。", rules) == {}


def test_dotted_name_ending_in_di_before_the_list_closer_is_whole(rules):
    got = titles_of("自治区主席艾山·铁力瓦尔地等陪同考察。", rules)
    assert got == {"艾山·铁力瓦尔地": "自治区主席"}


def test_given_names_of_yi_and_one_character_are_names_after_a_title(rules):
    got = titles_of("副市长王一新表示，要把工作做细。副县长李一心出席。", rules)
    assert got.get("王一新") == "副市长"
    assert got.get("李一心") == "副县长"


def test_a_family_followed_by_yijia_is_no_name(rules):
    assert titles_of("工作面貌焕然一新，张一家也搬进了新居。", rules) == {}


def test_an_acting_prefecture_head_is_an_office(rules):
    assert titles_of("地区代理专员刘德明出席会议。", rules).get("刘德明") == "地区代理专员"
