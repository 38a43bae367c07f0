"""Tables written in shards, then combined into ``OUT/NAME.parquet`` and ``OUT/NAME.csv``.

A run never holds the whole corpus: each shard of inputs becomes one part
per table (``OUT/documents/part-00000.parquet`` ...), written atomically.
The parts are a Parquet dataset on their own; :func:`combine` streams them,
one part at a time, into the single files the contract names.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import IO, Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .atomic import atomic_path
from .csvtext import csv_text
from .schema import TABLES, columns, contract_columns, frame
from .tables import FORMATS

PART_RE = re.compile(r"^part-(\d{5,})\.parquet$")


def part_name(shard: int) -> str:
    return f"part-{shard:05d}.parquet"


def parts_dir(out: Path, table: str) -> Path:
    return Path(out) / table


def write_part(out: Path, table: str, shard: int, rows: list[dict]) -> Path | None:
    """One shard's rows of one table as a Parquet part; no file for no rows."""
    return write_part_table(out, table, shard, part_table(table, rows)) if rows else None


def write_part_table(out: Path, table: str, shard: int, tab: pa.Table) -> Path:
    """One shard's rows of one table, as :func:`part_table` gives them, as a Parquet part."""
    target = parts_dir(out, table) / part_name(shard)
    with atomic_path(target, durable=False) as tmp:  # checked against its marker when a run resumes
        pq.write_table(tab, tmp, **PART_OPTIONS)
    return target


# Parts are temporary: written plainly (no compression, dictionary pages or statistics), in
# a third of the time, for some 60% more disk until the combined files replace them
PART_OPTIONS = {"compression": "none", "use_dictionary": False, "write_statistics": False}


@lru_cache(maxsize=None)
def part_schema(table: str) -> pa.Schema:
    """The Arrow schema, pandas metadata included, of a :func:`frame` with only the contract's columns."""
    return pa.Table.from_pandas(frame(table, []), preserve_index=False).schema


def part_table(table: str, rows: list[dict]) -> pa.Table:
    """Rows as the Arrow table ``pa.Table.from_pandas(frame(table, rows))`` would give.

    Rows with only the contract's columns (the usual case) go straight to
    Arrow arrays without a DataFrame in between; extra columns take the
    pandas route, which infers their types.
    """
    known = set(columns(table))
    if not all(map(known.issuperset, rows)):
        return pa.Table.from_pandas(frame(table, rows), preserve_index=False)
    schema = part_schema(table)
    data = contract_columns(table, rows)
    return pa.Table.from_arrays([pa.array(data[f.name], type=f.type) for f in schema], schema=schema)


def list_parts(out: Path, table: str) -> list[Path]:
    """The table's parts in shard order (leftover temporary files are ignored)."""
    folder = parts_dir(out, table)
    if not folder.is_dir():
        return []
    found = [(int(m.group(1)), p) for p in folder.iterdir() if (m := PART_RE.match(p.name))]
    return [p for _, p in sorted(found)]


def remove_parts(out: Path, table: str) -> None:
    folder = parts_dir(out, table)
    if folder.is_dir():
        for p in folder.iterdir():
            if PART_RE.match(p.name) or p.name.endswith(".tmp"):
                p.unlink()


def _unified_empty(table: str, parts: list[Path]) -> pd.DataFrame:
    """A zero-row frame with every part's columns: contract columns first, extras after."""
    empties = [pq.read_schema(p).empty_table().to_pandas() for p in parts]
    return frame(table, pd.concat(empties, ignore_index=True) if empties else [])


def iter_part_frames(out: Path, table: str) -> Iterator[pd.DataFrame]:
    """Each part as a DataFrame with the same columns and dtypes as :func:`~extract.write.schema.frame`."""
    parts = list_parts(out, table)
    empty = _unified_empty(table, parts)
    if not parts:
        yield empty
        return
    for p in parts:
        df = pd.read_parquet(p).reindex(columns=empty.columns)
        yield df.astype(empty.dtypes.to_dict())


def read_table(out: Path, table: str) -> pd.DataFrame:
    """The whole table from its parts (for library callers; the CLI never loads it)."""
    frames = list(iter_part_frames(out, table))
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0].reset_index(drop=True)


def combine(out: Path, table: str, formats: tuple[str, ...]) -> list[Path]:
    """Stream the parts into ``OUT/TABLE.parquet`` and/or ``OUT/TABLE.csv`` (UTF-8 with BOM), atomically."""
    out = Path(out)
    written: list[Path] = []
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format {unknown[0]!r}")
    parts = list_parts(out, table)
    schemas = [pq.read_schema(p) for p in parts]
    with _Sinks(out, table, formats) as sinks:
        if not parts:  # no rows: the contract's columns (a header-only CSV), as frame(table, []) has them
            sinks.write_arrow(part_schema(table).empty_table())
        elif all(s.equals(schemas[0]) for s in schemas):
            for p in parts:  # the usual case: every part has the same columns, no pandas round trip
                sinks.write_arrow(pq.ParquetFile(p).read(use_threads=False))  # small files: a thread pool costs more
        else:
            for df in iter_part_frames(out, table):
                sinks.write(df)
        written = sinks.targets
    return written


def write_csv_rows(fh: IO[str], tab: pa.Table, header: bool) -> None:
    """A table of the contract's columns as CSV, byte for byte as ``tab.to_pandas().to_csv(fh, index=False)``.

    pandas hands the csv module (QUOTE_MINIMAL, doubled quotes, ``os.linesep``)
    the text as is, ints as ints, floats as their shortest repr and '' for NA;
    Arrow's Python values are the same fields, without pandas' conversions of
    every column of every part (three times faster over a run's parts), and
    :func:`~extract.write.csvtext.csv_text` writes them as the csv module
    would, three times faster again.
    """
    fh.write(csv_text(tab, header, os.linesep))


class _Sinks:
    """The combined files of one table, each written to a temporary path and renamed at the end."""

    def __init__(self, out: Path, table: str, formats: tuple[str, ...], tmp_dir: Path | None = None) -> None:
        self.targets = [out / f"{table}.{fmt}" for fmt in formats]
        self._ctx = [atomic_path(t, tmp_dir=tmp_dir) for t in self.targets]
        self.started = False
        self._writer: pq.ParquetWriter | None = None
        self._csv = None
        self._header = True
        self.formats = formats
        self.table = table

    def __enter__(self) -> "_Sinks":
        self.tmps = [c.__enter__() for c in self._ctx]
        return self

    def write(self, df: pd.DataFrame) -> None:
        self.write_arrow(pa.Table.from_pandas(df, preserve_index=False) if "parquet" in self.formats else None, df)

    def write_arrow(self, tab: pa.Table | None, df: pd.DataFrame | None = None) -> None:
        """A part as an Arrow table (its pandas metadata restores the dtypes for CSV)."""
        self.started = True
        for fmt, tmp in zip(self.formats, self.tmps):
            if fmt == "parquet" and tab is not None:
                if self._writer is None:
                    self._writer = pq.ParquetWriter(tmp, tab.schema)
                self._writer.write_table(tab.cast(self._writer.schema))
            elif fmt == "csv":
                if self._csv is None:
                    self._csv = open(tmp, "w", encoding="utf-8-sig", newline="")
                if df is None and tab.schema.equals(part_schema(self.table)):
                    write_csv_rows(self._csv, tab, self._header)
                else:
                    (df if df is not None else tab.to_pandas()).to_csv(self._csv, index=False, header=self._header)
                self._header = False

    def __exit__(self, exc_type, exc, tb) -> bool:
        if self._writer is not None:
            self._writer.close()
        if self._csv is not None:
            self._csv.close()
        for c in reversed(self._ctx):
            c.__exit__(exc_type, exc, tb)
        return False


class StreamedTables:
    """The combined files of a run whose shards all run in this process, in order.

    Each shard's parts are appended as it finishes, so they are never read
    back; on success the files replace ``OUT/TABLE.*`` as :func:`combine`'s
    would, with the same bytes. A table whose rows bring extra columns is left
    to :func:`combine` at the end. The temporary files live in ``tmp_dir`` (the
    run's state folder), where a killed run leaves them out of sight.
    """

    def __init__(self, out: Path, formats: tuple[str, ...], tmp_dir: Path) -> None:
        self.out, self.formats = Path(out), formats
        self.sinks = {t: _Sinks(self.out, t, formats, tmp_dir) for t in TABLE_NAMES}
        self.left: set[str] = set()

    def __enter__(self) -> "StreamedTables":
        for sink in self.sinks.values():
            sink.__enter__()
        return self

    def add(self, parts: dict[str, pa.Table]) -> None:
        for table, tab in parts.items():
            if table in self.left:
                continue
            if tab.schema.equals(part_schema(table), check_metadata=True):
                self.sinks[table].write_arrow(tab)
            else:
                self.left.add(table)

    def __exit__(self, exc_type, exc, tb) -> bool:
        failure = exc
        if failure is None:
            try:
                for table, sink in self.sinks.items():
                    if table not in self.left and not sink.started:
                        sink.write_arrow(part_schema(table).empty_table())  # no rows: as combine writes it
            except Exception as err:
                failure = err
        for table, sink in self.sinks.items():  # on failure the temporary files go, the old OUT/TABLE.* stay
            err = failure if failure is not None else RuntimeError("left to combine") if table in self.left else None
            try:
                sink.__exit__(type(err) if err is not None else None, err, None)
            except Exception as exit_err:
                failure = failure or exit_err
        if failure is not None and failure is not exc:
            raise failure
        if exc is None:
            for table in sorted(self.left):
                combine(self.out, table, self.formats)
        return False


TABLE_NAMES = tuple(TABLES)
