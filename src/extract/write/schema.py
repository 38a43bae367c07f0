"""Column order and types of every output table (see CONTRACT.md)."""
from __future__ import annotations

from types import MappingProxyType

import pandas as pd

STR, INT, FLOAT = "string", "Int64", "Float64"

TABLES = MappingProxyType({
    "documents": (
        ("doc_id", STR), ("source_path", STR), ("url", STR), ("title", STR), ("published", STR),
        ("source", STR), ("script", STR), ("encoding", STR), ("text", STR), ("text_original", STR),
        ("tokens", STR), ("repairs", STR), ("status", STR), ("n_chars", INT), ("seconds", FLOAT),
    ),
    "targets": (
        ("doc_id", STR), ("indicator", STR), ("value", FLOAT), ("value_high", FLOAT), ("unit", STR),
        ("value_base", FLOAT), ("base_unit", STR), ("qualifier", STR), ("change", STR), ("kind", STR),
        ("period", STR), ("region", STR), ("sentence", STR), ("start", INT), ("end", INT), ("rule", STR),
    ),
    "officials": (
        ("doc_id", STR), ("name", STR), ("title", STR), ("organization", STR), ("region", STR),
        ("sentence", STR), ("start", INT), ("end", INT), ("rule", STR),
    ),
    "projects": (
        ("doc_id", STR), ("name", STR), ("list_name", STR), ("status", STR), ("investment", FLOAT),
        ("investment_unit", STR), ("region", STR), ("sentence", STR), ("start", INT), ("end", INT), ("rule", STR),
    ),
    "errors": (("source_path", STR), ("stage", STR), ("error", STR), ("message", STR)),
})

DESCRIPTIONS = MappingProxyType({
    "doc_id": "stable id: first 16 hex digits of the SHA-256 of the raw bytes",
    "source_path": "the input path as given (FILE#record-id for WARC records)",
    "url": "canonical URL where known, else empty",
    "title": "the article headline",
    "published": "publication date, YYYY-MM-DD",
    "source": "the outlet (来源, masthead)",
    "script": "traditional, simplified or mixed: the page as scraped",
    "encoding": "encoding the raw bytes were decoded with",
    "text": "clean simplified body text; offsets index into it",
    "text_original": "clean body before traditional-to-simplified conversion",
    "tokens": "text segmented by jieba, separated by single spaces",
    "repairs": "repairs applied, name:count;...",
    "n_chars": "characters in text",
    "seconds": "processing time of the page",
    "indicator": "what is measured, as the text names it",
    "value": "the number as written",
    "value_high": "upper end of a range",
    "unit": "unit as written, magnitude included",
    "value_base": "value with the magnitude expanded",
    "base_unit": "unit without the magnitude",
    "qualifier": "以上, 左右, 超过, 力争 ... as written",
    "change": "growth, decline or level",
    "kind": "target, actual or forecast",
    "period": "the year or span the figure refers to",
    "region": "administrative area the record belongs to",
    "sentence": "the sentence the record came from",
    "start": "start offset of the figure or name in documents.text",
    "end": "end offset (exclusive) in documents.text",
    "rule": "id of the rule that produced the row",
    "name": "the person's or project's name",
    "organization": "the body the title belongs to",
    "list_name": "heading of the list the project belongs to",
    "status": "ok / page status (documents); planned, started, under construction, completed (projects)",
    "investment": "amount tied to the project in the same clause",
    "investment_unit": "unit of the investment",
    "stage": "the stage that failed",
    "error": "short error class",
    "message": "what went wrong",
})


def columns(table: str) -> list[str]:
    return [c for c, _ in TABLES[table]]


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows as a DataFrame with the table's columns first, stable dtypes, NA for empty values."""
    spec = TABLES[table]
    df = pd.DataFrame(rows)
    for col, _ in spec:
        if col not in df.columns:
            df[col] = pd.NA
    extra = [c for c in df.columns if c not in dict(spec)]
    df = df[[c for c, _ in spec] + extra]
    for col, dtype in spec:
        if dtype == STR:
            df[col] = df[col].astype(object).where(df[col].notna() & (df[col].astype(object) != ""), pd.NA).astype(STR)
        elif dtype == INT:
            df[col] = pd.to_numeric(df[col], errors="coerce").round().astype(INT)
        else:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype(FLOAT)
    return df.reset_index(drop=True)
