"""The one contract every stage keeps: a page record in, the record out or a Drop.

Like datatrove's ``PipelineStep``, the base class does the book-keeping:
it counts pages kept and dropped (with reasons) and times the stage; the
stage itself counts what it changed through :meth:`Stage.count`.
"""
from __future__ import annotations

import time
from collections import Counter

from .record import Drop, PageRecord
from .rulebook import Rules


class Stage:
    """Base class: subclasses set ``name`` and implement :meth:`process`."""

    name: str = "stage"

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.stats: Counter[str] = Counter()

    def process(self, rec: PageRecord) -> PageRecord:  # pragma: no cover - abstract
        raise NotImplementedError

    def count(self, key: str, n: int = 1) -> None:
        if n:
            self.stats[key] += n

    def __call__(self, rec: PageRecord) -> PageRecord:
        t0 = time.perf_counter()
        try:
            out = self.process(rec)
        except Drop as drop:
            self.stats[f"dropped:{drop.reason}"] += 1
            raise
        finally:
            rec.timings[self.name] = rec.timings.get(self.name, 0.0) + time.perf_counter() - t0
        self.stats["kept"] += 1
        return out
