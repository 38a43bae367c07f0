"""Officials: classes met while probing seed-like pages (seed round 2): a government department's
chief engineer or economist (市经信局总工程师) is an office holder, a company's is not; 代 is a
family name (代兰), while 代表 and 代为 after a title are verbs. Sentences written for these tests."""
from __future__ import annotations

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def all_rows(text: str, rules) -> list[dict]:
    return extract_officials(PageContext("t", text, "", "", ""), rules)


def test_a_departments_chief_engineer_is_an_official(rules):
    rows = all_rows("参加活动的有市发改委副主任张京、市经信局总工程师赵兰、省水利厅总经济师刘伟。", rules)
    titles = {r["name"]: r["title"] for r in rows}
    assert "总工程师" in titles.get("赵兰", "") and "总经济师" in titles.get("刘伟", "")


def test_a_companys_chief_engineer_is_none(rules):
    rows = all_rows("中建三局总工程师王明介绍了项目的施工方案。", rules)
    assert not [r for r in rows if r["name"] == "王明"]


def test_dai_is_a_family_name_and_daibiao_no_name(rules):
    rows = all_rows("市经信局总工程师代兰出席。县长代表县政府致辞，副市长代为宣读贺信。市委书记代明华讲话。", rules)
    names = {r["name"] for r in rows}
    assert {"代兰", "代明华"} <= names
    assert not any(n.startswith(("代表", "代为")) for n in names)
