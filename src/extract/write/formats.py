"""Formats for analysts' own tools: Stata (``.dta``) and Excel (``.xlsx``).

Parquet and CSV hold anything; these two have limits, which are handled
here so that a write never fails on long text:

* Stata: names must be valid Stata names (``end`` is reserved and becomes
  ``_end``), variable labels hold at most 80 characters, and ``str#`` holds
  at most 2045 bytes; longer text goes into ``strL`` (up to 2 GB), which
  pandas picks by itself for format 118. Nothing is truncated.
* Excel: a cell holds at most 32,767 characters; longer text is cut there
  with a marker naming the full length, and the cut is listed in a sheet
  ``notes``. Control characters Excel refuses are removed. A table longer
  than a sheet continues on ``NAME_2``, ``NAME_3`` …

Both writers go through :func:`~extract.write.atomic.atomic_path`.
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .atomic import atomic_path
from .schema import DESCRIPTIONS, TABLES

STATA_LABEL_MAX = 80
STATA_RESERVED = frozenset(
    "aggregate array boolean break byte case catch class colvector complex const continue default delegate delete "
    "do double else eltypedef end enum explicit export external float for friend function global goto if inline "
    "int local long mata matrix namespace new numeric NULL nullmat orgtype pointer polymorphic pragma private "
    "protected public quad real rowvector scalar short signed static strL string struct super switch template "
    "this throw transmorphic try typedef typename union unsigned using vector version virtual void volatile "
    "while _all _b _coef _cons _n _N _pi _pred _rc _skip".split())
EXCEL_CELL_MAX = 32_767
EXCEL_ROWS_MAX = 1_048_576 - 1  # one row for the header
EXCEL_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
XLSX_NAME = "tables.xlsx"


@dataclass(frozen=True)
class Note:
    """One thing a format could not hold as is (for the codebook and the notes sheet)."""

    table: str
    column: str
    what: str


def stata_name(column: str) -> str:
    """A valid Stata variable name for ``column`` (``end`` -> ``_end``)."""
    name = re.sub(r"\W", "_", column, flags=re.ASCII)[:32] or "_"
    if name[0].isdigit() or name in STATA_RESERVED:
        name = f"_{name}"[:32]
    return name


def stata_label(table: str, column: str) -> str:
    """The column's meaning from the contract, cut to Stata's 80 characters."""
    text = DESCRIPTIONS.get(column, "")
    if table == "documents" and column == "status":
        text = "ok, or why the page yielded no article text"
    elif table == "projects" and column == "status":
        text = "planned, started, under construction or completed"
    elif column == "name" and table in ("officials", "projects"):
        text = "the person's name" if table == "officials" else "the project's name as written"
    return text if len(text) <= STATA_LABEL_MAX else text[: STATA_LABEL_MAX - 1] + "…"


def stata_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Nullable pandas columns as Stata can take them: NA text -> "", NA numbers -> Stata missing."""
    out = pd.DataFrame(index=df.index)
    for col in df.columns:
        s = df[col]
        if pd.api.types.is_bool_dtype(s.dtype):
            out[col] = s.astype("float64")
        elif pd.api.types.is_numeric_dtype(s.dtype):
            out[col] = pd.to_numeric(s, errors="coerce").astype("float64")
        else:
            out[col] = s.astype(object).where(s.notna(), "").map(str).astype(object)
    out.columns = [stata_name(c) for c in df.columns]
    return out.reset_index(drop=True)


def write_dta(df: pd.DataFrame, target: Path, table: str) -> list[Note]:
    """``df`` as a Stata 14+ file (format 118: Unicode, strL) with variable labels."""
    data = stata_frame(df)
    labels = {stata_name(c): stata_label(table, c) for c in df.columns}
    notes = [Note(table, c, f"Stata name {stata_name(c)}") for c in df.columns if stata_name(c) != c]
    for col in data.columns:
        if data[col].dtype == object and len(data) and data[col].map(lambda v: len(v.encode("utf-8"))).max() > 2045:
            notes.append(Note(table, col, "longer than 2045 bytes: stored as strL"))
    with atomic_path(target) as tmp:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pandas warns about names we already made valid
            data.to_stata(tmp, write_index=False, version=118, variable_labels=labels,
                          data_label=f"extract: {table}"[:80])
    return notes


def excel_cells(df: pd.DataFrame, table: str) -> tuple[pd.DataFrame, list[Note]]:
    """Text cut to Excel's cell limit (with a marker) and stripped of characters Excel refuses."""
    out = df.copy()
    notes: list[Note] = []
    for col in out.columns:
        if not (pd.api.types.is_string_dtype(out[col].dtype) or out[col].dtype == object):
            continue
        s = out[col].astype(object)
        mask = s.notna()
        s = s.where(~mask, s[mask].map(lambda v: EXCEL_BAD_CHARS.sub("", str(v))))
        long = mask & s.map(lambda v: isinstance(v, str) and len(v) > EXCEL_CELL_MAX)
        if long.any():
            s[long] = s[long].map(_cut_cell)
            notes.append(Note(table, col, f"{int(long.sum())} cell(s) over {EXCEL_CELL_MAX} characters cut; "
                                          f"full text in {table}.parquet / {table}.csv"))
        out[col] = s
    return out, notes


def _cut_cell(value: str) -> str:
    marker = f" …[cut: {len(value)} characters in all]"
    return value[: EXCEL_CELL_MAX - len(marker)] + marker


def write_xlsx(tables: dict[str, pd.DataFrame], target: Path) -> list[Note]:
    """Every table on its own sheet (long tables continue on NAME_2 …), plus a ``notes`` sheet."""
    notes: list[Note] = []
    with atomic_path(target) as tmp:
        with pd.ExcelWriter(tmp, engine="openpyxl") as xw:
            for name, df in tables.items():
                cells, cut = excel_cells(df, name)
                notes.extend(cut)
                parts = max(1, -(-len(cells) // EXCEL_ROWS_MAX))
                for i in range(parts):
                    sheet = name if i == 0 else f"{name}_{i + 1}"
                    cells.iloc[i * EXCEL_ROWS_MAX:(i + 1) * EXCEL_ROWS_MAX].to_excel(xw, sheet_name=sheet[:31],
                                                                                     index=False)
                if parts > 1:
                    notes.append(Note(name, "", f"{len(cells)} rows over {parts} sheets {name} … {name}_{parts}"))
            columns = [{"table": t, "column": c, "meaning": DESCRIPTIONS.get(c, "")}
                       for t, spec in TABLES.items() for c, _ in spec]
            pd.DataFrame(columns).to_excel(xw, sheet_name="columns", index=False)
            pd.DataFrame([n.__dict__ for n in notes], columns=["table", "column", "what"]).to_excel(
                xw, sheet_name="notes", index=False)
    return notes


def write_extra_formats(tables: dict[str, pd.DataFrame], out: Path, formats: tuple[str, ...]) -> list[Note]:
    """The Stata and Excel files a run asked for; returns what had to be adapted."""
    notes: list[Note] = []
    if "dta" in formats:
        for name, df in tables.items():
            notes.extend(write_dta(df, Path(out) / f"{name}.dta", name))
    if "xlsx" in formats:
        notes.extend(write_xlsx(tables, Path(out) / XLSX_NAME))
    return notes
