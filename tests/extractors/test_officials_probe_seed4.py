"""Officials: classes met while probing seed-like pages (seed round 4): a given name's last character
that jieba glues to the preposition 在 into a rare verb (健在) stays the name's (县委书记万瑞健在仪式上致辞
gives 万瑞健, not 万瑞). Sentences written for these tests."""
from __future__ import annotations

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def names(text: str, rules) -> set[str]:
    return {r["name"] for r in extract_officials(PageContext("t", text, "", "", ""), rules)}


def test_a_name_glued_to_zai_keeps_its_last_character(rules):
    got = names("市委常委、县委书记刘文健在签约仪式上讲话。", rules)
    assert "刘文健" in got and "刘文" not in got


def test_a_name_before_a_common_zai_word_is_unchanged(rules):
    got = names("县委书记王刚在会上强调，要加快项目建设。县长李明现在正在现场调度。", rules)
    assert "王刚" in got and "李明" in got
