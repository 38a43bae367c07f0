"""``OUT/codebook.md``: every column of every table, its type and meaning, written with every run."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pandas as pd

from .atomic import write_text_atomic
from .formats import Note, stata_label, stata_name
from .schema import DESCRIPTIONS, TABLES
from .tables import FORMATS

TYPE_WORDS = {
    "string": "text",
    "Int64": "integer (empty when unknown)",
    "Float64": "number (empty when unknown)",
}
TABLE_WORDS = {
    "documents": "one row per input page",
    "targets": "one row per numeric figure (a target, an achieved or a forecast value)",
    "officials": "one row per mention of a public office holder",
    "projects": "one row per named project",
    "errors": "one row per input that failed a stage",
}


def type_word(dtype: object) -> str:
    name = str(dtype)
    if name in TYPE_WORDS:
        return TYPE_WORDS[name]
    if name in ("str", "object") or name.startswith("string"):
        return "text"
    if name.startswith(("int", "Int")):
        return "integer"
    if name.startswith(("float", "Float")):
        return "number"
    return name


def table_columns(table: str, df: pd.DataFrame | None) -> list[tuple[str, str]]:
    """(column, type) of the table: the contract's columns, then any extra the run produced."""
    cols = [(c, type_word(t)) for c, t in TABLES.get(table, ())]
    if df is not None:
        known = {c for c, _ in cols}
        cols += [(c, type_word(df[c].dtype)) for c in df.columns if c not in known]
    return cols


def render_codebook(tables: dict[str, pd.DataFrame] | None = None, notes: Iterable[Note] = (),
                    formats: Iterable[str] = FORMATS) -> str:
    """The codebook as Markdown; ``tables`` adds row counts and columns beyond the contract."""
    tables = tables or {}
    notes = list(notes)
    names = list(TABLES) + [t for t in tables if t not in TABLES]
    lines = [
        "# Codebook",
        "",
        "Every column of every table this run wrote, its type and its meaning.",
        f"Files: {', '.join(f'NAME.{f}' for f in formats if f != 'xlsx')}"
        + (" and tables.xlsx (one sheet per table)" if "xlsx" in formats else "") + ".",
        "Offsets (`start`, `end`) count characters in `documents.text`; `text[start:end]` is the figure or name.",
        "Empty cells mean unknown or not applicable.",
        "",
    ]
    for table in names:
        df = tables.get(table)
        rows = "" if df is None else f" — {len(df)} rows in this run"
        lines += [f"## {table}", "", f"{TABLE_WORDS.get(table, '')}{rows}.", "",
                  "| column | type | Stata name | meaning |", "|---|---|---|---|"]
        for col, typ in table_columns(table, df):
            meaning = stata_label(table, col) if col in ("status", "name") else DESCRIPTIONS.get(col, "")
            lines.append(f"| `{col}` | {typ} | `{stata_name(col)}` | {_cell(meaning)} |")
        lines.append("")
    if notes:
        lines += ["## Format notes", "", "What a format could not hold as is (nothing is ever dropped from Parquet "
                  "or CSV).", "", "| table | column | note |", "|---|---|---|"]
        lines += [f"| {n.table} | `{n.column}` | {_cell(n.what)} |" for n in notes]
        lines.append("")
    lines += ["## Files beside the tables", "",
              "- `counters.json`: per stage, pages kept, changed and dropped (`dropped:REASON`), "
              "and hits per rule (`rule:ID`).",
              "- `report.html`: the run report with charts; opens offline in any browser.",
              "- `codebook.md`: this file.", ""]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def write_codebook(out: Path, tables: dict[str, pd.DataFrame] | None = None, notes: Iterable[Note] = (),
                   formats: Iterable[str] = FORMATS) -> Path:
    target = Path(out) / "codebook.md"
    write_text_atomic(target, render_codebook(tables, notes, formats))
    return target
