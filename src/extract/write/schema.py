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
    "unit": "unit as written, magnitude included; a rate keeps what it is per (元/千瓦时, 万吨/日)",
    "value_base": "value with the magnitude expanded",
    "base_unit": "unit without the magnitude",
    "qualifier": "以上, 左右, 超过, 力争 ... as written",
    "change": "growth, decline or level",
    "kind": "target, actual or forecast",
    "period": "the year or span the figure refers to (2024, 2025年一季度, 1-10月, 2021-2025)",
    "region": "administrative area the record belongs to; 全国 for the whole country",
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


def frame(table: str, rows: "list[dict] | pd.DataFrame") -> pd.DataFrame:
    """Rows as a DataFrame with the table's columns first, stable dtypes, NA for empty values.

    Built column by column from plain lists (one pandas array each): several
    times faster than converting a generic frame's columns.
    """
    known = dict(TABLES[table])
    source = rows if isinstance(rows, pd.DataFrame) else None
    if source is not None:
        rows = source.to_dict("records")
    data = {col: pd.array(values, dtype=known[col]) for col, values in contract_columns(table, rows).items()}
    df = pd.DataFrame(data, index=pd.RangeIndex(len(rows)))
    if source is not None:  # a frame keeps its extra columns with their own dtypes
        extra = [c for c in source.columns if c not in known]
        return pd.concat([df, source[extra].reset_index(drop=True)], axis=1) if extra else df
    extra = list(dict.fromkeys(k for r in rows for k in r if k not in known))
    if extra:
        df = pd.concat([df, pd.DataFrame(rows, columns=extra, index=df.index)], axis=1)
    return df


def contract_columns(table: str, rows: list[dict]) -> dict[str, list]:
    """The table's columns of ``rows`` as plain lists, normalised as :func:`frame` stores them.

    Text is ``str`` or None (empty text is None), whole numbers ``int`` or
    None, numbers ``float`` or None; the common case (a non-empty ``str``, a
    ``float`` that is not NaN) skips the per-value function call.
    """
    data: dict[str, list] = {}
    for col, dtype in TABLES[table]:
        values = [r.get(col) for r in rows]
        if dtype == STR:
            data[col] = [v if type(v) is str and v else _text(v) for v in values]
        elif dtype == INT:
            data[col] = [_whole(v) for v in values]
        else:
            data[col] = [v if type(v) is float and v == v else _number(v) for v in values]
    return data


def _missing(v: object) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and v != v)


def _text(v: object) -> str | None:
    if _missing(v) or v == "":
        return None
    return v if isinstance(v, str) else str(v)


def _number(v: object) -> float | None:
    if _missing(v) or isinstance(v, bool):
        return None if _missing(v) else float(v)
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if f != f else f


def _whole(v: object) -> int | None:
    f = _number(v)
    return None if f is None or f in (float("inf"), float("-inf")) else int(round(f))
