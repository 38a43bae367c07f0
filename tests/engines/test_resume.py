"""A run killed with SIGKILL and started again finishes the rest and writes the tables of an uninterrupted run."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import extract
from extract.engines.plan import state_dir

from .conftest import assert_same_tables


def extract_cmd(inputs: list[str], out: Path, rules: Path, *extra: str, jobs: int = 1) -> list[str]:
    return [sys.executable, "-m", "extract", "run", *inputs, "-o", str(out), "--rules", str(rules), "-j", str(jobs),
            "-q", *extra]


def markers(out: Path) -> dict[str, float]:
    folder = state_dir(out)
    return {p.name: p.stat().st_mtime_ns for p in folder.glob("part-*.json")} if folder.is_dir() else {}


@pytest.mark.parametrize("jobs", [1, 2])
def test_sigkill_then_rerun_equals_an_uninterrupted_run(small_inputs, tiny_shard_rules, tmp_path, jobs):
    whole = extract.run(small_inputs, tmp_path / "whole", rules=tiny_shard_rules, jobs=1)
    out = tmp_path / "killed"
    proc = subprocess.Popen(extract_cmd(small_inputs, out, tiny_shard_rules, jobs=jobs), start_new_session=True)
    deadline = time.monotonic() + 120
    # killed as soon as one shard of eight is done: on a loaded machine this poll may lag a while
    while not markers(out) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = markers(out)
    assert done_before, "the run was killed before any shard finished"
    assert len(done_before) < len(markers(tmp_path / "whole")), "the run finished before it was killed"
    rerun = subprocess.run(extract_cmd(small_inputs, out, tiny_shard_rules, jobs=jobs), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    after = markers(out)
    assert all(after[name] == mtime for name, mtime in done_before.items())  # finished shards were not redone
    resumed = extract.run(small_inputs, out, rules=tiny_shard_rules, jobs=1)  # all done: only combines
    assert markers(out) == after
    assert_same_tables(whole, resumed)
    assert resumed.accounted and resumed.inputs == whole.inputs and resumed.counters == whole.counters


def test_force_starts_over(small_inputs, tiny_shard_rules, tmp_path):
    extract.run(small_inputs, tmp_path, rules=tiny_shard_rules, jobs=1)
    before = markers(tmp_path)
    time.sleep(0.01)
    extract.run(small_inputs, tmp_path, rules=tiny_shard_rules, jobs=1, force=True)
    after = markers(tmp_path)
    assert before.keys() == after.keys() and all(after[k] != before[k] for k in before)


def test_other_inputs_in_the_same_folder_start_over(small_inputs, tiny_shard_rules, tmp_path):
    extract.run(small_inputs, tmp_path, rules=tiny_shard_rules, jobs=1)
    only_seeds = extract.run(small_inputs[:1], tmp_path, rules=tiny_shard_rules, jobs=1)
    assert only_seeds.inputs == 5 and len(only_seeds["documents"]) == 5


def test_a_cut_short_part_or_marker_redoes_only_that_shard(small_inputs, tiny_shard_rules, tmp_path):
    """Parts and markers are not flushed one by one: after a power loss either may be empty or cut short."""
    from extract.write.shards import list_parts

    whole = extract.run(small_inputs, tmp_path / "whole", rules=tiny_shard_rules, jobs=1)
    out = tmp_path / "cut"
    extract.run(small_inputs, out, rules=tiny_shard_rules, jobs=1)
    before = markers(out)
    part = list_parts(out, "documents")[1]
    part.write_bytes(part.read_bytes()[:100])  # a part cut short
    marker = state_dir(out) / "part-00002.json"
    marker.write_bytes(b"")  # an empty marker
    time.sleep(0.01)
    resumed = extract.run(small_inputs, out, rules=tiny_shard_rules, jobs=1)
    after = markers(out)
    redone = {name for name in before if after[name] != before[name]}
    assert redone == {f"part-{int(part.stem.split('-')[1]):05d}.json", "part-00002.json"}
    assert_same_tables(whole, resumed)
    assert resumed.accounted and resumed.counters == whole.counters
