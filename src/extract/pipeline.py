"""The stages in order, and running one page through them.

read -> clean -> segment -> extract; writing is the engine's job
(:mod:`extract.engines`), so the same stages run locally or on Ray.
"""
from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from typing import Any

from .clean.boilerplate import Boilerplate
from .clean.core import Core
from .clean.language import Language
from .clean.lines import Rejoin
from .clean.markup import Markup
from .clean.meta import Metadata
from .clean.repair import Repair
from .clean.script import Simplify
from .extractors.stage import Extract
from .read.decode import Decode
from .read.sources import Input
from .record import Drop, PageRecord
from .rulebook import Rules
from .guards import time_budget
from .segment.tokens import Tokens
from .stage import Stage

STAGE_ORDER = (Decode, Markup, Repair, Metadata, Boilerplate, Rejoin, Core, Simplify, Language, Tokens, Extract)


@dataclass
class Outcome:
    """What one input became: a processed record, or an error row."""

    record: PageRecord | None
    error: dict[str, str] | None = None


@dataclass
class Pipeline:
    """The stage instances of one process (rules loaded once, counters kept per stage)."""

    rules: Rules
    stages: list[Stage] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.stages:
            self.stages = [cls(self.rules) for cls in STAGE_ORDER]
        self.page_seconds = float(self.rules.setting("limits.page_seconds", 120))

    def run_input(self, item: Input) -> Outcome:
        if item.error is not None:
            return Outcome(None, error_row(item.source_path, "read", item.error.reason, item.error.message))
        rec = PageRecord(source_path=item.source_path, raw=item.raw, url=item.url, http_charset=item.http_charset)
        return self.run_record(rec)

    def run_record(self, rec: PageRecord) -> Outcome:
        with time_budget(self.page_seconds):
            return self._run_stages(rec)

    def _run_stages(self, rec: PageRecord) -> Outcome:
        for stage in self.stages:
            try:
                rec = stage(rec)
            except Drop as drop:
                return Outcome(None, error_row(rec.source_path, stage.name, drop.reason, drop.message))
            except Exception as exc:  # one page's fault is that page's error row
                stage.stats["error"] += 1
                tb = traceback.extract_tb(exc.__traceback__)
                where = f" at {tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno}" if tb else ""
                return Outcome(None, error_row(rec.source_path, stage.name, type(exc).__name__, f"{exc}{where}"))
        rec.raw = b""  # the bytes are not needed past this point; free them early
        return Outcome(rec)

    def counters(self) -> dict[str, dict[str, int]]:
        return {s.name: dict(s.stats) for s in self.stages}


def error_row(source_path: str, stage: str, error: str, message: str) -> dict[str, str]:
    return {"source_path": source_path, "stage": stage, "error": error, "message": message}


def as_row_dicts(rec: PageRecord) -> dict[str, list[dict[str, Any]]]:
    """The record as rows of the output tables."""
    doc = {
        "doc_id": rec.doc_id, "source_path": rec.source_path, "url": rec.url, "title": rec.title,
        "published": rec.published, "source": rec.source, "script": rec.script, "encoding": rec.encoding,
        "text": rec.text, "text_original": rec.text_original, "tokens": rec.tokens,
        "repairs": rec.repairs_str(), "status": rec.status,
        "n_chars": len(rec.text), "seconds": round(sum(rec.timings.values()), 4),
    }
    out: dict[str, list[dict[str, Any]]] = {"documents": [doc]}
    for table in ("targets", "officials", "projects"):
        out[table] = [{"doc_id": rec.doc_id, **row} for row in getattr(rec, table)]
    return out
