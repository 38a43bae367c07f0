"""Officials: classes of errors seen on round-14 unseen pages (Hong Kong and Macau government
news, in either script). Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def titles_of(text: str, rules) -> dict[str, str]:
    return {r["name"]: r["title"] for r in extract_officials(PageContext("t", text, "", "", ""), rules)}


@pytest.mark.parametrize("text, name, title", [
    # a married woman's name: her husband's family name, her own, two given characters
    ("行政长官林郑月娥今日前往深圳出席论坛。", "林郑月娥", "行政长官"),
    ("财经事务及库务局局长叶刘淑仪9月3日会见访客。", "叶刘淑仪", "财经事务及库务局局长"),
    ("立法会主席范徐丽泰表示欢迎。", "范徐丽泰", "立法会主席"),
])
def test_married_double_surname_is_read_whole(text, name, title, rules):
    assert titles_of(text, rules).get(name) == title


@pytest.mark.parametrize("text, name", [
    ("副市长陈林宣布项目开工。", "陈林"),      # 宣布 is a word: no given pair
    ("区长刘陈军率队检查防汛工作。", "刘陈军"),  # 率 is a verb
    ("县长李杨华表示将加快进度。", "李杨华"),
    ("时任常务副省长林武履新省委副书记。", "林武"),   # 履新 is a word of the dictionary
])
def test_three_character_name_before_a_verb_stays_three(text, name, rules):
    assert name in titles_of(text, rules)


def test_list_item_opening_the_next_body_is_no_name(rules):
    # the item after 、 is the first half of the next title's body (康乐及文化事务署)
    got = titles_of("民政事务局常任秘书长冯程淑仪、康乐及文化事务署副署长吴志华随行。", rules)
    assert got.get("冯程淑仪") == "民政事务局常任秘书长"
    assert got.get("吴志华") == "康乐及文化事务署副署长"
    assert "康乐" not in got


@pytest.mark.parametrize("text, names", [
    ("副市长王强、李明与市民代表座谈。", ("王强", "李明")),
    # jieba glues the joiner to the name (洪及) or to a place after it (和县): the item stays a name
    ("区政协领导刘国新、贺国洪及秘书长王少云前往。", ("刘国新", "贺国洪")),
    ("副主任黄道波、邓建华和县人大常委会组成人员参加会议。", ("黄道波", "邓建华")),
])
def test_list_of_names_closed_by_a_joiner_still_holds(text, names, rules):
    got = titles_of(text, rules)
    assert all(n in got for n in names)


@pytest.mark.parametrize("text, name, title", [
    # the liaison office written short: jieba cuts 中/联办, which must not end the phrase
    ("晚会上，中联办副主任王海涛与嘉宾祝酒。", "王海涛", "中联办副主任"),
    ("澳门中联办主任李志强在酒会上致辞。", "李志强", "澳门中联办主任"),
    # the office of a title's holder is a body (行政长官办公室, 司长办公室)
    ("行政长官办公室主任何志明随行。", "何志明", "行政长官办公室主任"),
    ("经济财政司司长办公室主任梁家豪一同出席。", "梁家豪", "经济财政司司长办公室主任"),
    # a bureau of two halves joined by 及, its head's title written 局长 without the bureau's 局 again
    ("政制及内地事务局长陈国良表示将做好选举安排。", "陈国良", "政制及内地事务局长"),
])
def test_hong_kong_and_macau_office_titles_are_read_whole(text, name, title, rules):
    assert titles_of(text, rules).get(name) == title


@pytest.mark.parametrize("text, name, title", [
    ("县长及公安局局长李明出席。", "李明", "公安局局长"),
    ("主任及副局长王刚出席。", "王刚", "副局长"),
])
def test_a_joiner_before_a_title_of_its_own_still_ends_the_phrase(text, name, title, rules):
    assert titles_of(text, rules).get(name) == title


@pytest.mark.parametrize("text, names, title", [
    # a list of names, 等 and a count of them, then the title they share
    ("王文正、李美华、陈志明等八位议员出席会勘。", ("王文正", "李美华", "陈志明"), "议员"),
    ("张立国、李海平等5名市领导出席活动。", ("张立国", "李海平"), "市领导"),
    ("王文正、李美华等议员到场关心。", ("王文正", "李美华"), "议员"),
])
def test_names_then_deng_and_a_count_then_the_title(text, names, title, rules):
    got = titles_of(text, rules)
    assert all(got.get(n) == title for n in names)


@pytest.mark.parametrize("text, name", [
    ("林美珠议员表示将持续监督工程进度。", "林美珠"),
    ("会上，黄志成议员希望县府加开交通船班次。", "黄志成"),
    ("蔡文华议员则关切港口改建的进度。", "蔡文华"),
])
def test_a_councillor_named_before_the_title(text, name, rules):
    assert titles_of(text, rules).get(name) == "议员"


def test_colleagues_after_the_title_are_no_name(rules):
    # 议员同仁: the councillors as colleagues; the words before are no name
    got = titles_of("议长率领市府官员及议员同仁共同起立默哀。", rules)
    assert not [n for n in got if "官员" in n]
