"""Projects over the provincial government work reports (../shared/govreports): recall, no programmes."""
from __future__ import annotations

import json
import re

import pytest

from tests.conftest import shared

QUOTES = "“”‘’\"'「」『』《》〈〉"


def norm(s: str) -> str:
    return re.sub(r"\s+", "", str(s)).translate({ord(c): None for c in QUOTES})


@pytest.fixture(scope="module")
def reports():
    import extract

    pages = shared("govreports", "pages")
    gold = json.loads(shared("govreports", "gold.json").read_text(encoding="utf-8"))
    out = {}
    for page in sorted(gold)[:4]:  # four reports keep the test quick
        result = extract.process_page((pages / page).read_bytes())
        out[page] = ({norm(n) for n in result["projects"]["name"]}, gold[page])
    return out


def test_recall_and_no_programmes(reports):
    found = total = 0
    for page, (names, gold) in reports.items():
        for proj in gold["projects"]:
            total += 1
            keys = [norm(k) for k in proj["name"]]
            found += any(k in n or (len(n) >= 4 and n in k) for n in names for k in keys)
        bad = [n for n in names for k in gold["forbidden_projects"] if norm(k) == n]
        assert not bad, (page, bad)
    assert found / total >= 0.7
