"""Targets: a class met while probing seed-like pages (round 10): a rise in income per head or per
household (人均年增收2000元) is measured as such; 人均 alone names nothing, and the clause before it is
not its indicator. Sentences written for these tests."""
from __future__ import annotations

import pytest

from extract.api import process_page

RULES = str(__import__("pathlib").Path(__file__).resolve().parents[2] / "rules")


@pytest.mark.parametrize("clause, value, indicator", [
    ("人均年增收1800元", 1800, "人均年增收"),
    ("人均增收1800元", 1800, "人均增收"),
    ("户均年增收4500元", 4500, "户均年增收"),
])
def test_a_rise_in_income_per_head_is_its_own_indicator(clause, value, indicator):
    text = f"西湖村发展食用菌种植。基地吸纳村民务工80余人，{clause}。"
    rows = process_page(text, rules=RULES)["targets"]
    row = rows[rows["value"] == value].iloc[0]
    assert row["indicator"] == indicator and row["unit"] == "元" and row["change"] == "growth"
