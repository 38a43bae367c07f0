"""Officials: an adverb between the name and the appointing verb (拟, 将 glued to the name by jieba; 此前,
曾, 现 before 任 glued to the body). Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def rows(text: str, rules) -> dict[str, dict]:
    return {r["name"]: r for r in extract_officials(PageContext("t", text, "", "", ""), rules)}


@pytest.mark.parametrize("text, name, glued", [
    ("县委书记张霞拟擢任市政府副秘书长。", "张霞", "张霞拟"),
    ("区委副书记林晓将出任区长候选人。", "林晓", "林晓将"),
])
def test_pending_adverb_is_no_part_of_the_name(text, name, glued, rules):
    got = rows(text, rules)
    assert name in got and glued not in got


@pytest.mark.parametrize("text, name, title", [
    ("马宇骏此前任省交通运输厅厅长。", "马宇骏", "省交通运输厅厅长"),
    ("会上介绍，刘建华曾任市公安局局长。", "刘建华", "市公安局局长"),
    ("据悉，王海鹰此前任市发展和改革委员会主任。", "王海鹰", "市发展和改革委员会主任"),
])
def test_adverb_of_a_post_held_between_name_and_verb(text, name, title, rules):
    got = rows(text, rules)
    assert got[name]["title"] == title


def test_pending_post_is_still_no_row(rules):
    assert "高远" not in rows("会上宣布，高远拟任市委副书记。", rules)


@pytest.mark.parametrize("text, name, title", [
    ("李明，男，汉族，1972年5月生，现任市发展和改革委员会主任、党组书记。", "李明", "市发展和改革委员会主任、党组书记"),
    ("据了解，周红此前任市卫生健康委员会副主任、党组成员。", "周红", "市卫生健康委员会副主任、党组成员"),
])
def test_a_title_ending_in_ren_is_no_appointing_verb(text, name, title, rules):
    # 任 of 主任 is the title's: the verb is the one before the body, and the whole chain is the post
    assert rows(text, rules)[name]["title"] == title
