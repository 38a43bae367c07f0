"""Projects: classes found probing the projects table with unseen news and lists (round 9):
trial runs of finished works, lists headed by a count of projects (分别是, numbered lines),
datelines and bracketed phases, amounts of list items. Sentences written for these tests."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.projects import extract_projects


def run(text: str, rules) -> list[dict]:
    return extract_projects(PageContext("t", text, "", "", ""), rules)


def names(text: str, rules) -> set[str]:
    return {r["name"] for r in run(text, rules)}


def status(text: str, rules) -> dict[str, str]:
    return {r["name"]: r["status"] for r in run(text, rules)}


@pytest.mark.parametrize("text,name", [
    ("本月初，青州至临沂高铁正式启动联调联试，为年底开通运营打下基础。", "青州至临沂高铁"),
    ("目前，东湖新城污水处理厂已投入试运行。", "东湖新城污水处理厂"),
    ("新余至宜春高铁全线进入运行试验阶段。", "新余至宜春高铁"),
])
def test_trial_runs_of_finished_works_are_completed(rules, text, name):
    assert status(text, rules).get(name) == "completed"
