"""Officials: classes of errors seen on round-16 unseen pages (disciplinary notices, personnel news of
minority regions). Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def titles_of(text: str, rules) -> dict[str, str]:
    return {r["name"]: r["title"] for r in extract_officials(PageContext("t", text, "", "", ""), rules)}


@pytest.mark.parametrize("text, name, title", [
    ("王建国已履新江川县委书记。", "王建国", "江川县委书记"),
    ("据悉，赵立新已于3月履新南平市副市长。", "赵立新", "南平市副市长"),
])
def test_taking_up_a_post_names_its_holder(text, name, title, rules):
    assert titles_of(text, rules).get(name) == title


@pytest.mark.parametrize("text, name, title", [
    ("李春明，时任东山县委副书记，已被立案审查。", "李春明", "东山县委副书记"),
    ("按立案时间排列，李春明在2015年3月，时任东山县委副书记；", "李春明", "东山县委副书记"),
    ("刘晓军，男，汉族，1966年5月生，时任北岭市副市长，被开除党籍。", "刘晓军", "北岭市副市长"),
])
def test_post_held_then_in_a_notice_is_the_title(text, name, title, rules):
    assert titles_of(text, rules).get(name) == title


def test_post_held_now_still_read(rules):
    assert titles_of("周海平，现任西河区区长。", rules).get("周海平") == "西河区区长"
