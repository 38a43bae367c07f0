"""Officials: classes met while probing seed-like pages (round 8): a commissioner a party committee or a
government sends (省委督办专员). Sentences written for these tests."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def titles_of(text: str, rules) -> dict[str, str]:
    return {r["name"]: r["title"] for r in extract_officials(PageContext("t", text, "", "", ""), rules)}


@pytest.mark.parametrize("text, name, title", [
    ("会上，省委督办专员赵明远指出，全县发展势头良好。", "赵明远", "省委督办专员"),
    ("省政府督导专员钱立新一行来我县督导项目建设。", "钱立新", "省政府督导专员"),
])
def test_a_sent_commissioner_is_an_official(text, name, title, rules):
    assert titles_of(text, rules).get(name) == title


def test_a_clerks_grade_of_commissioner_is_no_title(rules):
    assert "孙晓" not in titles_of("办公室专员孙晓参加会议。", rules)
