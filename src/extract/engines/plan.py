"""Shards of a run and their completion markers (datatrove's way of resuming).

The inputs are listed in a stable order and cut into shards of
``[engine] shard_inputs`` files. A finished shard leaves
``OUT/_shards/part-NNNNN.json`` (written atomically, after its table parts),
holding its stage counters and row counts. A run started again with the same
inputs and rules skips every shard whose marker reads back and whose parts
hold the rows it counts; a marker is the only proof of completion, so a run
killed at any point (SIGKILL included) leaves at worst a half-written shard
that is simply done again. Parts and markers are not flushed to disk one by
one (a flush per file cost 0.04-0.25 s of a 189-page run): after a power loss
a lost or truncated one fails that check and its shard is done again. The
manifest fingerprints inputs (path, size, mtime), rules, the code and shard
size: when it changes, or with ``--force``, the old shards are removed and the
run starts over.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from ..read.sources import Limits, iter_paths
from ..write.atomic import write_text_atomic
from ..write.shards import TABLE_NAMES, part_name, parts_dir, remove_parts

STATE_DIR = "_shards"
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Shard:
    index: int
    paths: tuple[str, ...]


@dataclass
class Plan:
    """What a run over ``out`` has to do: every shard, and which are already done."""

    out: Path
    shards: list[Shard]
    done: set[int]

    @property
    def pending(self) -> list[Shard]:
        return [s for s in self.shards if s.index not in self.done]

    @property
    def n_paths(self) -> int:
        return sum(len(s.paths) for s in self.shards)


def state_dir(out: Path) -> Path:
    return Path(out) / STATE_DIR


def marker_path(out: Path, shard: int) -> Path:
    return state_dir(out) / f"part-{shard:05d}.json"


def write_marker(out: Path, shard: int, summary: dict) -> None:
    write_text_atomic(marker_path(out, shard), json.dumps(summary, ensure_ascii=False), durable=False)


def shard_done(out: Path, shard: int) -> bool:
    """The shard's marker reads back and each part it counts rows for holds that many rows.

    Neither is flushed to disk when written, so after a power loss either may be
    missing, empty or cut short: such a shard is not done (its marker is removed).
    """
    path = marker_path(out, shard)
    if not path.exists():
        return False
    try:
        counts = json.loads(path.read_text(encoding="utf-8"))["counts"]
        if all(pq.read_metadata(parts_dir(out, t) / part_name(shard)).num_rows == n for t, n in counts.items() if n):
            return True
    except (OSError, ValueError, KeyError, TypeError, AttributeError, pa.ArrowException):
        pass
    path.unlink(missing_ok=True)
    return False


def read_markers(out: Path, shards: Iterable[int]) -> tuple[dict[str, Counter], dict[str, int], int, Counter]:
    """Summed stage counters, row counts per table, inputs and stage seconds over finished shards."""
    counters: dict[str, Counter] = {}
    counts = {t: 0 for t in TABLE_NAMES}
    inputs = 0
    timings: Counter = Counter()
    for i in shards:
        data = json.loads(marker_path(out, i).read_text(encoding="utf-8"))
        inputs += data["inputs"]
        timings.update(data.get("timings", {}))
        for t, n in data["counts"].items():
            counts[t] = counts.get(t, 0) + n
        for stage, stats in data["counters"].items():
            counters.setdefault(stage, Counter()).update(stats)
    return counters, counts, inputs, timings


def fingerprint(paths: list[Path], rules_dir: Path, shard_inputs: int, limits: Limits) -> str:
    """Changes when an input, a rule file, the code, the shard size or a limit changes."""
    h = hashlib.sha256()
    h.update(json.dumps([shard_inputs, limits.max_input_bytes, limits.max_inflated_bytes]).encode())
    for p in paths:
        try:
            st = p.stat()
            h.update(f"{p}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
        except OSError:
            h.update(f"{p}\0missing\n".encode())
    for f in sorted(Path(rules_dir).rglob("*")):
        if f.is_file():
            h.update(f.relative_to(rules_dir).as_posix().encode() + b"\0" + f.read_bytes())
    h.update(code_version().encode())
    return h.hexdigest()


def code_version() -> str:
    """A hash of the package's own source: a run resumed after the code changed starts over."""
    package = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for f in sorted(package.rglob("*.py")):
        h.update(f.relative_to(package).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def clear(out: Path) -> None:
    """Remove what an earlier run left: markers, manifest and table parts."""
    shutil.rmtree(state_dir(out), ignore_errors=True)
    for t in TABLE_NAMES:
        remove_parts(out, t)


def plan_run(inputs: Iterable[str | Path], out: Path, rules_dir: Path, shard_inputs: int,
             limits: Limits, force: bool = False, min_shards: int = 1) -> Plan:
    """List and cut the inputs; keep finished shards of an identical earlier run unless ``force``.

    Shards hold ``shard_inputs`` files, fewer when that would make less than
    ``min_shards`` shards (so that a small run still spreads over the workers);
    the size depends only on the inputs and settings, never on ``jobs``.
    """
    out = Path(out)
    paths = list(iter_paths(inputs))
    shard_inputs = max(1, min(int(shard_inputs), -(-len(paths) // max(1, min_shards))))
    shards = [Shard(i // shard_inputs, tuple(str(p) for p in paths[i:i + shard_inputs]))
              for i in range(0, len(paths), shard_inputs)]
    manifest = {"fingerprint": fingerprint(paths, rules_dir, shard_inputs, limits), "shards": len(shards)}
    mpath = state_dir(out) / MANIFEST
    old = json.loads(mpath.read_text(encoding="utf-8")) if mpath.exists() else None
    if force or old != manifest:
        clear(out)
        state_dir(out).mkdir(parents=True, exist_ok=True)
        write_text_atomic(mpath, json.dumps(manifest))
    for tmp in state_dir(out).glob(".*.tmp"):  # what a killed run was writing
        tmp.unlink(missing_ok=True)
    done = {s.index for s in shards if shard_done(out, s.index)}
    return Plan(out, shards, done)
