"""Officials: classes of errors seen on round-9 unseen pages (inspection teams named by an ordinal,
courts written short as 高院/中院, Tibetan and Mongolian names of no Han family name). Every
sentence here is written for the test."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def rows(text: str, rules) -> dict[str, dict]:
    return {r["name"]: r for r in extract_officials(PageContext("t", text, "", "", ""), rules)}


@pytest.mark.parametrize("text, name, title", [
    ("动员会上,县委第二巡察组组长刘建明作动员讲话。", "刘建明", "县委第二巡察组组长"),
    ("市委第一巡视组副组长郑晓燕宣读了巡视工作方案。", "郑晓燕", "市委第一巡视组副组长"),
    ("市政府督查组组长钱立平带队检查。", "钱立平", "市政府督查组组长"),
])
def test_inspection_team_keeps_its_verb_and_ordinal(text, name, title, rules):
    # 巡察/巡视/督查/督导, verbs to jieba, name the team (第二巡察组): the title is not 组组长
    assert rows(text, rules)[name]["title"] == title


@pytest.mark.parametrize("text, name, title", [
    ("下午,湖南高院副院长陈立新、广西高院院长黄海峰作交流发言。", "黄海峰", "广西高院院长"),
    ("下午,湖南高院副院长陈立新、广西高院院长黄海峰作交流发言。", "陈立新", "湖南高院副院长"),
    ("市中院院长孙志强出席座谈会。", "孙志强", "市中院院长"),
])
def test_court_written_short_is_a_court(text, name, title, rules):
    assert rows(text, rules)[name]["title"] == title


def test_institute_head_is_still_no_official(rules):
    assert "周文博" not in rows("研究院院长周文博介绍了课题进展。", rules)

