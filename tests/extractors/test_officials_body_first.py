"""Officials: the body written before the name and the title after it (省农业农村厅王敬东副厅长): the title
is as written, the organisation the body. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def rows(text: str, rules) -> dict[str, dict]:
    return {r["name"]: r for r in extract_officials(PageContext("t", text, "", "", ""), rules)}


@pytest.mark.parametrize("text, name, title, org", [
    ("省农业农村厅王敬东副厅长出席会议。", "王敬东", "副厅长", "省农业农村厅"),
    ("水利部规划计划司周立军司长一行到我市调研。", "周立军", "司长", "水利部规划计划司"),
])
def test_body_before_the_name_is_the_titles_organisation(text, name, title, org, rules):
    got = rows(text, rules)
    assert got[name]["title"] == title and got[name]["organization"] == org


def test_no_body_before_the_name_leaves_the_organisation_empty(rules):
    got = rows("会上，毛卫东副厅长指出，要抓好春耕。", rules)
    assert got["毛卫东"]["organization"] == ""
