"""Officials: dotted Uyghur and Kazakh names after a title (jieba cuts the name's parts and glues
them to the word after), carried over a 、 list, and the next title phrase read back to the name.
Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def rows(text: str, rules) -> dict[str, dict]:
    return {r["name"]: r for r in extract_officials(PageContext("t", text, "", "", ""), rules)}


@pytest.mark.parametrize("text, name", [
    ("地区人大工委主任赛力克·哈布肯为大会致辞。", "赛力克·哈布肯"),          # 哈布/肯为: a rare word of name and 为
    ("州人大常委会副主任努尔兰·哈布都拉出席会议。", "努尔兰·哈布都拉"),      # 哈布/都/拉/出席
    ("自治区政协主席艾斯海提·克里木拜主持会议。", "艾斯海提·克里木拜"),      # 拜 before 主持会议
    ("自治区副主席麦尔丹·木盖提，自治区检察院检察长高继明列席。", "麦尔丹·木盖提"),   # 提 before the comma
    ("常委会秘书长穆塔里甫·肉孜出席会议。", "穆塔里甫·肉孜"),              # not 肉孜出席会议
])
def test_dotted_name_after_a_title_is_whole(text, name, rules):
    got = rows(text, rules)
    assert name in got, got.keys()


def test_dotted_names_in_a_list_after_a_title(rules):
    got = rows("自治区人大常委会副主任王建国、托乎提·亚克夫、迪力夏提·柯德尔汗、平新来出席。", rules)
    assert {"王建国", "托乎提·亚克夫", "迪力夏提·柯德尔汗", "平新来"} <= set(got)
    assert got["迪力夏提·柯德尔汗"]["title"] == "自治区人大常委会副主任"


def test_title_phrase_starts_after_a_dotted_name(rules):
    got = rows("地委副书记、行署专员杰恩斯·哈德斯和地区人大工委主任赛力克·哈布肯为副团长。", rules)
    assert got["杰恩斯·哈德斯"]["title"] == "地委副书记、行署专员"
    assert got["赛力克·哈布肯"]["title"] == "地区人大工委主任"


def test_bare_diqu_of_a_prefectures_office_is_no_region(rules):
    # 地区行署专员: 地区 is the prefecture's generic level, no place of its own
    got = rows("地委副书记、地区行署专员杰恩斯·哈德斯出席。", rules)
    assert got["杰恩斯·哈德斯"]["region"] != "地区"


def test_a_verb_after_a_long_dotted_part_still_ends_it(rules):
    got = rows("阿不都拉·买买提说，自治区主席铁力瓦尔迪·阿不都热西提到会讲话。", rules)
    assert "铁力瓦尔迪·阿不都热西提" in got
