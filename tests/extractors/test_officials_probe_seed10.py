"""Officials: a class met while probing seed-like pages (round 10). A title carried over a 、 list of
names whose last name is followed by 及 and a group of others who came along (副县长甲、乙及相关部门负责人随同):
the group opens with a word no body's name holds, so the last name is a person's, not the first half of
a body's name. Sentences written for these tests."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def titles_of(text: str, rules) -> dict[str, str]:
    return {r["name"]: r["title"] for r in extract_officials(PageContext("t", text, "", "", ""), rules)}


@pytest.mark.parametrize("group", ["相关部门负责人随同", "有关单位负责同志陪同调研", "各乡镇主要负责人参加"])
def test_the_last_name_before_ji_and_a_group_keeps_the_title(group, rules):
    got = titles_of(f"副县长林小路、陈建平及{group}。", rules)
    assert got.get("林小路") == "副县长" and got.get("陈建平") == "副县长", got


def test_a_body_named_across_ji_still_ends_the_list(rules):
    # 康乐及文化事务署: the item before 及 opens the next title's body, so it is no person
    got = titles_of("秘书长冯程淑仪、康乐及文化事务署副署长吴志华出席。", rules)
    assert "康乐" not in got and got.get("吴志华") == "康乐及文化事务署副署长"
