"""The local engine: one process (``jobs=1``) or a process pool."""
from __future__ import annotations

import multiprocessing as mp
import os
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pandas as pd

from ..pipeline import Outcome, as_row_dicts, merge_counters
from ..read.sources import Input, Limits, iter_inputs
from ..write.schema import TABLES, frame
from .worker import process_input

TABLE_NAMES = tuple(TABLES)


@dataclass
class RunResult:
    """The tables of a run as DataFrames, with the per-stage counters."""

    tables: dict[str, pd.DataFrame]
    counters: dict[str, Counter] = field(default_factory=dict)
    inputs: int = 0

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    @property
    def accounted(self) -> bool:
        return self.inputs == len(self.tables["documents"]) + len(self.tables["errors"])


def outcomes(items: Iterable[Input], rules_dir: str, jobs: int) -> Iterator[tuple[Outcome, dict]]:
    work = partial(process_input, rules_dir)
    if jobs <= 1:
        for item in items:
            yield work(item)
        return
    ctx = mp.get_context("spawn" if os.name == "nt" else "fork")
    with ctx.Pool(jobs) as pool:
        yield from pool.imap(work, items, chunksize=2)


def run_local(inputs: Iterable[str | Path], rules_dir: Path, jobs: int = 1, limits: Limits | None = None,
              on_page: Callable[[Outcome], None] | None = None) -> RunResult:
    rows: dict[str, list[dict]] = {t: [] for t in TABLE_NAMES}
    counters: dict[str, Counter] = {}
    n = 0
    for outcome, delta in outcomes(iter_inputs(inputs, limits), str(rules_dir), jobs):
        n += 1
        merge_counters(counters, delta)
        if outcome.error is not None:
            rows["errors"].append(outcome.error)
        if outcome.record is not None:
            for table, table_rows in as_row_dicts(outcome.record).items():
                rows[table].extend(table_rows)
        if on_page is not None:
            on_page(outcome)
    tables = {t: frame(t, rows[t]) for t in TABLE_NAMES}
    return RunResult(tables, counters, n)
