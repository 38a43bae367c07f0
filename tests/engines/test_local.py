"""The local engine: shards, process pool, streamed combine, accounting, progress."""
from __future__ import annotations

import io

import pandas as pd

import extract
from extract.engines.progress import Progress
from extract.write.shards import list_parts

from .conftest import assert_same_tables


def test_pool_and_single_process_write_the_same_tables(small_inputs, tiny_shard_rules, tmp_path):
    one = extract.run(small_inputs, tmp_path / "j1", rules=tiny_shard_rules, jobs=1)
    two = extract.run(small_inputs, tmp_path / "j2", rules=tiny_shard_rules, jobs=2)
    assert_same_tables(one, two)
    assert one.accounted and two.accounted and one.counters == two.counters
    assert len(list_parts(tmp_path / "j2", "documents")) > 1  # written in shards


def test_combined_files_hold_every_part(small_inputs, tiny_shard_rules, tmp_path):
    result = extract.run(small_inputs, tmp_path, rules=tiny_shard_rules, jobs=1)
    for table in ("documents", "officials", "errors"):
        combined = pd.read_parquet(tmp_path / f"{table}.parquet")
        assert len(combined) == result.count(table) == len(result[table])
        csv = tmp_path / f"{table}.csv"
        assert csv.read_bytes().startswith(b"\xef\xbb\xbf")
        assert len(pd.read_csv(csv, encoding="utf-8-sig")) == result.count(table)
    assert result.inputs == result.count("documents") + result.count("errors")


def test_library_run_without_out_keeps_tables_in_memory(tmp_path):
    from ..conftest import CORPUS

    result = extract.run(CORPUS)
    assert result.out is None and len(result["documents"]) == 5 and result.accounted


def test_progress_is_plain_lines_off_a_terminal_and_silent_when_quiet():
    buf = io.StringIO()
    p = Progress(10, stream=buf, every=0.0)
    p.update(4)
    p.close()
    assert "4/10" in buf.getvalue() and "ETA" in buf.getvalue()
    quiet = io.StringIO()
    q = Progress(10, stream=quiet, quiet=True, every=0.0)
    q.update(4)
    assert quiet.getvalue() == ""
