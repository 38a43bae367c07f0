"""The projects table of one text, as the probe tests read it: rows, names, statuses."""
from __future__ import annotations

from extract.extractors.context import PageContext
from extract.extractors.projects import extract_projects


def run(text: str, rules) -> list[dict]:
    return extract_projects(PageContext("t", text, "", "", ""), rules)


def names(text: str, rules) -> set[str]:
    return {r["name"] for r in run(text, rules)}


def status(text: str, rules) -> dict[str, str]:
    return {r["name"]: r["status"] for r in run(text, rules)}
