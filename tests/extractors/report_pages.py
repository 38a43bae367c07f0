"""Report pages written for the phrasing tests, and the lookups they share."""
from __future__ import annotations

import pytest

from extract import process_page

TITLE = "2026年省政府工作报告\n"   # gives the report's year, 2026, and its government


def targets(body: str, title: str = TITLE) -> list[dict]:
    """The targets rows of a report page holding ``body`` under ``title``."""
    df = process_page((title + body).encode("utf-8"))["targets"]
    return df.to_dict("records")


def row(rows: list[dict], value: float, unit: str = "%") -> dict:
    """The first row with ``value`` in ``unit`` (the assertion lists the rows when there is none)."""
    hits = [r for r in rows if r["value"] == pytest.approx(value) and r["unit"] == unit]
    assert hits, f"no {value}{unit} in {[(r['indicator'], r['value'], r['unit']) for r in rows]}"
    return hits[0]


def qual(r: dict) -> str:
    q = r["qualifier"]
    return q if isinstance(q, str) else ""
