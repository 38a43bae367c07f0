"""What a run returns: row counts and counters at once, the tables when asked for."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pandas as pd

from ..write.shards import TABLE_NAMES, read_table


class LazyTables(Mapping):
    """The five tables, each read on first access: from the run's combined ``OUT/NAME.parquet``
    when the run wrote it (one file, its dtypes stored with it), else from the run's parts."""

    def __init__(self, out: Path | None, loaded: dict[str, pd.DataFrame] | None = None,
                 combined: bool = False) -> None:
        self.out = out
        self.loaded: dict[str, pd.DataFrame] = dict(loaded or {})
        self.combined = combined

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self.loaded:
            if self.out is None or name not in TABLE_NAMES:
                raise KeyError(name)
            path = self.out / f"{name}.parquet"
            if self.combined and path.exists():
                self.loaded[name] = pd.read_parquet(path)
            else:
                self.loaded[name] = read_table(self.out, name)
        return self.loaded[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.loaded if self.out is None else TABLE_NAMES)

    def __len__(self) -> int:
        return len(self.loaded if self.out is None else TABLE_NAMES)


@dataclass
class RunResult:
    """The tables of a run as DataFrames, with the per-stage counters.

    Tables are read from the run's shards on first access (``result["targets"]``),
    so a command-line run over a large corpus never holds them in memory.
    """

    tables: Mapping[str, pd.DataFrame] = field(default_factory=dict)
    counters: dict[str, Counter] = field(default_factory=dict)
    inputs: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    out: Path | None = None
    timings: dict[str, float] = field(default_factory=dict)
    combined: bool = False   # this run wrote OUT/NAME.parquet for every table (read those, not the parts)

    def __post_init__(self) -> None:
        if self.out is not None and not isinstance(self.tables, LazyTables):
            self.tables = LazyTables(self.out, dict(self.tables), self.combined)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def count(self, name: str) -> int:
        """Rows in a table, without loading it."""
        if name in self.counts:
            return self.counts[name]
        return len(self[name])

    def detach(self) -> "RunResult":
        """Read every table now, so the result outlives its (temporary) output folder."""
        self.tables = {name: self[name] for name in TABLE_NAMES}
        self.out = None
        return self

    @property
    def accounted(self) -> bool:
        return self.inputs == self.count("documents") + self.count("errors")
