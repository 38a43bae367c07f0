"""What a worker process does: one shard of inputs into table parts.

The pipeline (rules, dictionaries, compiled patterns) is built once per
process and rules folder by :func:`pipeline_for`; nothing else is kept
between calls.
"""
from __future__ import annotations

import gc
from collections import Counter
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

import pyarrow as pa

from ..pipeline import Outcome, Pipeline, as_row_dicts
from ..read.sources import Limits, inputs_of
from ..rulebook import load_rules
from ..write.shards import TABLE_NAMES, part_table, write_part_table


@lru_cache(maxsize=4)
def pipeline_for(rules_dir: str) -> Pipeline:
    """One pipeline (rules, dictionaries, compiled patterns) per process and rules folder."""
    return Pipeline(load_rules(Path(rules_dir)))


def counter_delta(pipe: Pipeline, before: dict[str, Counter]) -> dict[str, dict[str, int]]:
    delta = {}
    for s in pipe.stages:
        diff = Counter(s.stats)
        diff.subtract(before[s.name])
        delta[s.name] = {k: v for k, v in diff.items() if v}
    return delta


def outcome_rows(outcome: Outcome, rows: dict[str, list[dict]]) -> None:
    """Append what one outcome yields to the per-table row lists."""
    if outcome.error is not None:
        rows["errors"].append(outcome.error)
    if outcome.record is not None:
        for table, table_rows in as_row_dicts(outcome.record).items():
            rows[table].extend(table_rows)


def process_shard(rules_dir: str, out: str, index: int, paths: tuple[str, ...], limits: Limits,
                  keep: bool = False) -> tuple[dict, dict[str, pa.Table]]:
    """Run a shard's inputs and write its table parts; returns the summary its marker holds, and the parts.

    The parts (Arrow tables, tables without rows left out) come back only with
    ``keep``: a run in one process streams them into the combined files. The
    stage timings of every page are summed into ``timings`` so that the
    benchmark can report each stage's share without loading the tables.
    """
    pipe = pipeline_for(rules_dir)
    before = {s.name: Counter(s.stats) for s in pipe.stages}
    rows: dict[str, list[dict]] = {t: [] for t in TABLE_NAMES}
    timings: Counter = Counter()
    n = 0
    with frozen_heap() as freeze:
        for path in paths:
            for item in inputs_of(Path(path), limits):
                n += 1
                outcome = pipe.run_input(item)
                freeze()
                if outcome.record is not None:
                    timings.update(outcome.record.timings)
                outcome_rows(outcome, rows)
    parts = {table: part_table(table, table_rows) for table, table_rows in rows.items() if table_rows}
    for table, tab in parts.items():
        write_part_table(Path(out), table, index, tab)
    summary = {"shard": index, "inputs": n, "counts": {t: len(r) for t, r in rows.items()},
               "counters": counter_delta(pipe, before), "timings": dict(timings)}
    return summary, (parts if keep else {})


@contextmanager
def frozen_heap() -> Iterator[Callable[[], None]]:
    """Yield a function that moves every object alive now out of the cyclic collector's sight, until the block ends.

    Called after a page, when the rules, dictionaries and patterns that load on
    first use are in memory: the collector's full passes then stop walking
    them again and again (0.14-0.24 s of a run of the 189 real pages). Left as
    it was when another part of the process froze objects first; unfrozen at
    the end, so that nothing frozen here can leak.
    """
    mine = [False]

    def freeze() -> None:
        if not mine[0] and gc.get_freeze_count() == 0:
            gc.freeze()
            mine[0] = True

    try:
        yield freeze
    finally:
        if mine[0]:
            gc.unfreeze()
