"""What a run writes beside its Parquet/CSV tables: counters, Stata/Excel files, codebook, report.

Called once at the end of a run with the :class:`RunResult` and the output
folder. A problem with one of these files (a format that cannot be
written, rules that cannot be read for the report) is reported on stderr
and never loses the tables already written.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterable, Sequence

from .atomic import write_text_atomic
from .codebook import write_codebook
from .formats import Note, write_extra_formats
from .report import write_report
from .schema import TABLES
from .tables import FORMATS as TABLE_FORMATS

EXTRA_FORMATS = ("dta", "xlsx")
ALL_FORMATS = TABLE_FORMATS + EXTRA_FORMATS


def write_artifacts(result, out: Path, formats: Sequence[str] = TABLE_FORMATS, *,
                    rules_dir: Path | str | None = None, inputs: Iterable[str | Path] = ()) -> list[Path]:
    """counters.json, the ``dta``/``xlsx`` files asked for, codebook.md and report.html; returns their paths."""
    out = Path(out)
    extra = tuple(f for f in formats if f in EXTRA_FORMATS)
    # a run's tables load lazily from its output; without dta/xlsx the report and codebook never need
    # the page texts or the rows' sentences, so a large run's tables are read without them
    tables = {name: (light_table(result, out, name) if not extra else result[name]) for name in TABLES}
    counters = {stage: dict(c) for stage, c in result.counters.items()}
    summary = {"inputs": result.inputs, "documents": len(tables["documents"]), "errors": len(tables["errors"]),
               "accounted": result.accounted, "stages": counters}
    write_text_atomic(out / "counters.json", json.dumps(summary, ensure_ascii=False, indent=2))
    written = [out / "counters.json"]
    notes: list[Note] = []
    if extra:
        try:
            notes = write_extra_formats(tables, out, extra)
        except (OSError, ValueError) as exc:  # the tables are written; say so and go on with the rest
            print(f"extract: could not write {'/'.join(extra)}: {exc}", file=sys.stderr)
        written += [out / f"{t}.dta" for t in tables if "dta" in extra]
        written += [out / "tables.xlsx"] if "xlsx" in extra else []
    written.append(write_codebook(out, tables, notes, formats))
    info = {"output": str(out), "formats": ",".join(formats), "rules": str(rules_dir or "(default)")}
    given = [str(p) for p in inputs]
    if given:
        info["inputs"] = " ".join(given[:5]) + (" …" if len(given) > 5 else "")
    written.append(write_report(out, tables, counters, inputs=result.inputs,
                                rule_files=rule_files(rules_dir), info=info))
    return written


HEAVY_COLUMNS = ("text", "text_original", "tokens", "sentence")
"""The long text columns: the report and the codebook never read them."""

REPORT_COLUMNS = {
    "documents": ("status", "repairs", "source_path", "title", "seconds", "n_chars"),
    "targets": ("indicator", "unit", "region", "kind", "period", "rule"),
    "officials": ("title", "organization", "name", "rule"),
    "projects": ("status", "region", "rule"),
}
"""The contract's columns the report draws (``write/report.py``); a table not named here is
read whole, and columns beyond the contract always (the codebook lists their types)."""


def light_table(result, out: Path, name: str):
    """The columns of a table that the report and the codebook use, read from the run's Parquet file
    when it wrote one (else the whole table less its text columns)."""
    import pandas as pd
    import pyarrow.parquet as pq

    path = out / f"{name}.parquet"
    if getattr(result, "out", None) is not None and getattr(result, "combined", False) and path.exists():
        wanted, contract = REPORT_COLUMNS.get(name), {c for c, _ in TABLES.get(name, ())}
        names = [c for c in pq.read_schema(path).names if c not in HEAVY_COLUMNS
                 and (wanted is None or c in wanted or c not in contract)]
        # the contract's text columns repeat their values (units, regions, rule ids): read as
        # categories, a large run's tables take a fraction of the memory; counts are the same
        texts = [c for c, kind in TABLES.get(name, ()) if kind == "string" and c in names]
        return pd.read_parquet(path, columns=names, read_dictionary=texts)
    return result[name].drop(columns=[c for c in HEAVY_COLUMNS if c in result[name].columns])


def rule_files(rules_dir: Path | str | None) -> dict[str, list[str]] | None:
    """Rule ids per rule file, for the report's never-fired list; None when the rules cannot be loaded."""
    from ..rulebook import RuleError, load_rules

    try:
        rules = load_rules(Path(rules_dir) if rules_dir is not None else None)
    except (RuleError, OSError) as exc:
        print(f"extract: report lists no never-fired rules: {exc}", file=sys.stderr)
        return None
    return {stem: [r.id for r in rows] for stem, rows in rules.tables.items()}
