"""csv_text writes what the csv module writes, byte for byte, whatever the fields and line terminator."""
from __future__ import annotations

import csv
import io
import random

import pyarrow as pa
import pytest

from extract.write.csvtext import csv_text
from extract.write.shards import part_table

from .test_shards import TEXT, odd_rows


def csv_module(tab: pa.Table, header: bool, lineterminator: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=lineterminator)
    if header:
        writer.writerow(tab.column_names)
    writer.writerows(zip(*(col.to_pylist() for col in tab.columns)))
    return out.getvalue()


def tables() -> list[pa.Table]:
    rng = random.Random(3)
    found = [part_table("targets", odd_rows(500)), pa.table({"a": ["", None, "x", ",", '"']}),
             pa.table({"a": pa.array([], pa.string())}), pa.table({"a,b": ["", "q"], "c": [None, ""]}), pa.table({}),
             pa.table({"n": [1, None, -3], "f": [0.1, None, 1e300]})]
    for _ in range(200):
        n_rows = rng.randint(0, 6)
        cell = lambda: rng.choice([None, ""]) if rng.random() < 0.2 else "".join(rng.choices(TEXT, k=rng.randint(0, 5)))
        found.append(pa.table({f"c{i}": [cell() for _ in range(n_rows)] for i in range(rng.randint(1, 4))}))
    return found


@pytest.mark.parametrize("lineterminator", ["\n", "\r\n", "\r", "|"])
def test_csv_text_equals_the_csv_module(lineterminator):
    for tab in tables():
        for header in (True, False):
            assert csv_text(tab, header, lineterminator) == csv_module(tab, header, lineterminator), tab.to_pydict()
