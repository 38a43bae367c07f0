"""Parts built straight from rows, and their CSV, equal the pandas route byte for byte."""
from __future__ import annotations

import io
import random
import struct

import pyarrow as pa

from extract.write.schema import frame
from extract.write.shards import part_table, write_csv_rows

TEXT = ["a", ",", '"', "\n", "\r", " ", "中", "\t", "'", ";", "=", "\u3000", "\ufeff", "\u2028", '""', "1.0"]


def odd_float(rng: random.Random) -> float | None:
    pick = rng.random()
    if pick < 0.3:
        return rng.uniform(-1e6, 1e6)
    if pick < 0.5:
        return struct.unpack("d", struct.pack("Q", rng.getrandbits(64)))[0]  # any double, NaN included
    if pick < 0.7:
        return rng.choice([0.0, -0.0, float("inf"), float("-inf"), 1e16, 1e15, 1e-4, 1e-5, 0.1, 100.0, 5e-324, None])
    return rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30)


def odd_rows(n: int) -> list[dict]:
    rng = random.Random(7)
    text = lambda: rng.choice([None, ""]) if rng.random() < 0.15 else "".join(rng.choices(TEXT, k=rng.randint(1, 6)))
    return [{"doc_id": text(), "indicator": text(), "value": odd_float(rng), "value_high": rng.choice([None, 3, "2.5", True]),
             "value_base": odd_float(rng), "unit": text(), "sentence": text(), "rule": rng.choice([text(), 7]),
             "start": rng.choice([None, 0, -5, 2**40, 2.5, 3.5, "7", float("nan")]), "end": rng.randint(0, 10**9)}
            for _ in range(n)]


def test_part_table_is_the_frame_as_arrow():
    rows = odd_rows(2000)
    documents = [{"doc_id": r["doc_id"], "text": r["sentence"], "n_chars": r["start"], "seconds": r["value"]} for r in rows]
    for table, table_rows in (("targets", rows), ("documents", documents)):
        expected = pa.Table.from_pandas(frame(table, table_rows), preserve_index=False)
        assert part_table(table, table_rows).equals(expected, check_metadata=True)


def test_extra_columns_take_the_pandas_route():
    rows = [{"doc_id": "a", "extra": 1}, {"doc_id": "b", "extra": None}]
    assert part_table("targets", rows).equals(pa.Table.from_pandas(frame("targets", rows), preserve_index=False))


def test_csv_rows_equal_pandas_to_csv():
    tab = part_table("targets", odd_rows(3000))
    ours, theirs = io.StringIO(), io.StringIO()
    write_csv_rows(ours, tab, header=True)
    tab.to_pandas().to_csv(theirs, index=False)
    assert ours.getvalue() == theirs.getvalue()


def streamed_and_combined(tmp_path, parts_by_shard: list[dict[str, list[dict]]]) -> tuple:
    """The files StreamedTables writes for these shards, and the ones combine writes from their parts."""
    from extract.write.shards import StreamedTables, combine, write_part

    streamed, combined = tmp_path / "streamed", tmp_path / "combined"
    (streamed / "_tmp").mkdir(parents=True)
    with StreamedTables(streamed, ("parquet", "csv"), streamed / "_tmp") as sink:
        for shard, tables in enumerate(parts_by_shard):
            for table, rows in tables.items():
                write_part(streamed, table, shard, rows)
                write_part(combined, table, shard, rows)
            sink.add({t: part_table(t, rows) for t, rows in tables.items() if rows})
    for table in ("documents", "targets", "officials", "projects", "errors"):
        combine(combined, table, ("parquet", "csv"))
    return streamed, combined


def test_streamed_tables_equal_combined_parts_byte_for_byte(tmp_path):
    rows = odd_rows(300)
    shards = [{"targets": rows[:100], "errors": []}, {"targets": [], "errors": [{"source_path": "a", "stage": "read"}]},
              {"targets": rows[100:], "officials": [{"doc_id": "d", "name": "王"}]},
              {"officials": [{"doc_id": "e", "name": "李", "extra": 1.5}]}]  # extra columns: left to combine
    streamed, combined = streamed_and_combined(tmp_path, shards)
    for table in ("documents", "targets", "officials", "projects", "errors"):
        for fmt in ("parquet", "csv"):
            assert (streamed / f"{table}.{fmt}").read_bytes() == (combined / f"{table}.{fmt}").read_bytes(), (table, fmt)
    assert not list((streamed / "_tmp").iterdir())


def test_a_failed_streamed_run_leaves_no_table(tmp_path):
    import pytest

    from extract.write.shards import StreamedTables

    (tmp_path / "_tmp").mkdir()
    with pytest.raises(KeyError):
        with StreamedTables(tmp_path, ("parquet", "csv"), tmp_path / "_tmp") as sink:
            sink.add({"targets": part_table("targets", odd_rows(10))})
            raise KeyError("killed")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_tmp"] and not list((tmp_path / "_tmp").iterdir())
