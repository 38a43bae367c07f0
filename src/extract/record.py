"""The page record that flows through every stage, and the rows it yields."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


class Drop(Exception):
    """Raised by a stage to drop a page with a reason (datatrove's filter contract).

    A dropped page becomes an ``errors`` row with the stage name and the
    reason; it never stops the run.
    """

    def __init__(self, reason: str, message: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.message = message or reason


@dataclass
class PageRecord:
    """One input page on its way from bytes to tables.

    ``text`` is the clean simplified body; every extracted row's ``start`` and
    ``end`` index into it.
    """

    source_path: str
    raw: bytes = b""
    doc_id: str = ""
    url: str = ""
    http_charset: str = ""   # charset from an HTTP header (WARC input)
    # decoding
    encoding: str = ""
    html: str = ""            # decoded markup when the page is HTML
    raw_text: str = ""        # decoded page text before cleaning
    is_html: bool = False
    # metadata
    title: str = ""
    published: str = ""
    source: str = ""
    script: str = ""
    # text
    text_original: str = ""
    text: str = ""
    headings: frozenset[str] = frozenset()   # lines the markup set as headings (<h1>..<h5>): never joined
    tokens: str = ""
    repairs: Counter = field(default_factory=Counter)
    status: str = "ok"
    # what cleaning dropped, for `explain`: (what, rule or heuristic, snippet)
    dropped: list[tuple[str, str, str]] = field(default_factory=list)
    # extracted rows (dicts with the CONTRACT columns, minus doc_id)
    targets: list[dict[str, Any]] = field(default_factory=list)
    officials: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    # per-stage timings in seconds
    timings: dict[str, float] = field(default_factory=dict)

    def repairs_str(self) -> str:
        return ";".join(f"{k}:{v}" for k, v in sorted(self.repairs.items()) if v)
