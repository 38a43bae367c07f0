"""The library interface: ``run`` over paths, ``process_page`` for one page."""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Iterable

import pandas as pd

from .engines import RunResult, run_engine
from .engines.worker import outcome_rows, pipeline_for
from .read.sources import Input, Limits
from .rulebook import Rules, default_rules_dir, load_rules
from .write.schema import TABLES, frame
from .write.tables import FORMATS, check_writable


def run(paths: Iterable[str | Path] | str | Path, out: str | Path | None = None, *, rules: str | Path | None = None,
        jobs: int = 1, formats: tuple[str, ...] = FORMATS, limits: Limits | None = None,
        engine: str = "local", address: str | None = None, force: bool = False, quiet: bool = True) -> RunResult:
    """Process pages (files, folders, WARC files) into the five tables.

    Returns a :class:`RunResult`; ``result["targets"]`` is a DataFrame. With
    ``out`` the tables are also written there (``formats``: parquet, csv,
    dta, xlsx), with ``counters.json``, ``codebook.md`` and ``report.html``.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    rules_dir = Path(rules) if rules is not None else default_rules_dir()
    from .write.artifacts import ALL_FORMATS

    bad = [f for f in formats if f not in ALL_FORMATS]
    if bad:
        raise ValueError(f"unknown output format(s): {', '.join(bad)} (known: {', '.join(ALL_FORMATS)})")
    ruleset = load_rules(rules_dir)  # validate before any work: a bad rule file is a clear error now
    if limits is None:  # the named settings of rules/settings.toml [limits]
        limits = Limits(**{k: int(ruleset.setting(f"limits.{k}", v)) for k, v in
                           (("max_input_bytes", Limits.max_input_bytes), ("max_inflated_bytes", Limits.max_inflated_bytes))})
    paths = list(paths)
    kw = dict(jobs=jobs, limits=limits, shard_inputs=int(ruleset.setting("engine.shard_inputs", 32)),
              min_shards=int(ruleset.setting("engine.min_shards", 1)), force=force, quiet=quiet, address=address)
    if out is None:  # tables only: run into a temporary folder and keep them in memory
        with tempfile.TemporaryDirectory(prefix="extract-") as tmp:
            return run_engine(engine, paths, rules_dir, Path(tmp), formats=(), **kw).detach()
    check_writable(Path(out))
    table_formats = tuple(f for f in formats if f in FORMATS)
    result = run_engine(engine, paths, rules_dir, Path(out), formats=table_formats, **kw)
    from .write.artifacts import write_artifacts

    write_artifacts(result, Path(out), formats, rules_dir=rules_dir, inputs=paths)
    return result


def process_page(page: bytes | str, *, source_path: str = "<page>", url: str = "",
                 rules: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """Run one page (raw bytes or already-decoded text) through every stage.

    Returns ``{"documents": ..., "targets": ..., "officials": ..., "projects": ..., "errors": ...}``.
    """
    raw = page.encode("utf-8") if isinstance(page, str) else bytes(page)
    rules_dir = str(Path(rules) if rules is not None else default_rules_dir())
    outcome = pipeline_for(rules_dir).run_input(Input(source_path, raw, url=url))
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    outcome_rows(outcome, rows)
    return {t: frame(t, r) for t, r in rows.items()}


__all__ = ["run", "process_page", "load_rules", "Rules", "RunResult"]
