"""The numbers behind the run report and ``extract rules stats``, from tables and counters.

Pure functions over DataFrames and counter dicts, so the report, the rules
tools and tests all compute the same thing.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Mapping

import pandas as pd

EXTRACTED = ("targets", "officials", "projects")


def value_counts(df: pd.DataFrame | None, column: str, top: int = 15, empty_label: str | None = None
                 ) -> list[tuple[str, int]]:
    """The most frequent values of a column (empty values left out unless ``empty_label`` names them)."""
    if df is None or column not in df.columns or not len(df):
        return []
    s = df[column].astype("string")
    if empty_label is not None:
        s = s.fillna(empty_label)
    counts = s.dropna().value_counts()
    counts = counts[counts.index != ""]
    return [(str(k), int(v)) for k, v in counts.head(top).items()]


def errors_by_stage(errors: pd.DataFrame | None) -> list[tuple[str, int]]:
    """``stage: error`` pairs with how many inputs failed there, most first."""
    if errors is None or not len(errors):
        return []
    keys = errors["stage"].astype(str) + ": " + errors["error"].astype(str)
    return [(str(k), int(v)) for k, v in keys.value_counts().items()]


def stage_rows(counters: Mapping[str, Mapping[str, int]]) -> list[dict[str, object]]:
    """Per stage: kept, changed, dropped (with reasons), rule hits and the stage's own counts."""
    rows = []
    for stage, stats in counters.items():
        dropped = {k.split(":", 1)[1]: v for k, v in stats.items() if k.startswith("dropped:")}
        rules = sum(v for k, v in stats.items() if k.startswith("rule:"))
        other = {k: v for k, v in stats.items()
                 if k not in ("kept", "changed", "error") and not k.startswith(("dropped:", "rule:"))}
        rows.append({"stage": stage, "kept": int(stats.get("kept", 0)), "changed": int(stats.get("changed", 0)),
                     "dropped": int(sum(dropped.values())), "errors": int(stats.get("error", 0)),
                     "dropped_reasons": dict(sorted(dropped.items(), key=lambda kv: -kv[1])),
                     "rule_hits": int(rules), "other": dict(sorted(other.items()))})
    return rows


def repair_totals(documents: pd.DataFrame | None) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """From ``documents.repairs`` (``name:count;...``): total count per repair, and pages it touched."""
    total: Counter[str] = Counter()
    pages: Counter[str] = Counter()
    if documents is not None and "repairs" in documents.columns:
        for cell in documents["repairs"].dropna():
            for part in str(cell).split(";"):
                name, _, count = part.partition(":")
                if not name:
                    continue
                total[name] += int(count) if count.strip().isdigit() else 1
                pages[name] += 1
    return total.most_common(), pages.most_common()


def rule_hits(counters: Mapping[str, Mapping[str, int]], tables: Mapping[str, pd.DataFrame] | None = None
              ) -> Counter[str]:
    """Hits per rule id: ``rule:ID`` counters, or rows citing the rule where a table has more.

    The extract stage counts the rules of the rows it emits, so the two
    sources overlap; per id the larger of them is taken, never their sum.
    """
    hits: Counter[str] = Counter()
    for stats in counters.values():
        for key, value in stats.items():
            if key.startswith("rule:") and key[5:]:
                hits[key[5:]] += int(value)
    from_rows: Counter[str] = Counter()
    for name in EXTRACTED:
        df = (tables or {}).get(name)
        if df is not None and "rule" in df.columns:
            from_rows.update(str(r) for r in df["rule"].dropna() if str(r))
    for rule_id, n in from_rows.items():
        hits[rule_id] = max(hits[rule_id], n)
    return hits


def cited_ids(citation: str) -> set[str]:
    """The rule ids one citation names: ``pct.half+p.target.main`` names both parts, and
    ``projects.suffix:ps.xiangmu`` names ``ps.xiangmu`` (a rule file's id behind a built-in step)."""
    out: set[str] = set()
    for part in citation.split("+"):
        out.add(part)
        pieces = part.split(":")
        out.update(":".join(pieces[i:]) for i in range(1, len(pieces)))
    return {p for p in out if p}


def attribute(hits: Mapping[str, int], rule_ids: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """Hits per rule-file id (a combined citation counts for each id it names), and hits of
    citations that name no rule-file id (steps built into the code, such as ``officials.title-name``)."""
    ids = set(rule_ids)
    per_rule: Counter[str] = Counter()
    built_in: Counter[str] = Counter()
    for citation, n in hits.items():
        named = cited_ids(citation) & ids
        for rule_id in named:
            per_rule[rule_id] += n
        if not named:
            built_in[citation] += n
    return per_rule, built_in


def never_fired(hits: Mapping[str, int], rule_ids: Iterable[str]) -> list[str]:
    rule_ids = list(rule_ids)
    per_rule, _ = attribute(hits, rule_ids)
    return [r for r in rule_ids if not per_rule.get(r)]


def slowest_pages(documents: pd.DataFrame | None, top: int = 10) -> pd.DataFrame:
    cols = [c for c in ("source_path", "title", "seconds", "n_chars") if documents is not None and c in documents]
    if documents is None or "seconds" not in documents.columns or not len(documents):
        return pd.DataFrame(columns=cols)
    return documents.sort_values("seconds", ascending=False, na_position="last").head(top)[cols]


def by_period(targets: pd.DataFrame | None) -> list[tuple[str, int]]:
    """Targets per period, in period order (years and spans sort as text; unknown last)."""
    counts = value_counts(targets, "period", top=40)
    return sorted(counts, key=lambda kv: (not kv[0][:1].isdigit(), kv[0]))


def officials_per_org(officials: pd.DataFrame | None, top: int = 15) -> list[tuple[str, int]]:
    """Distinct people per organisation (a name mentioned twice counts once)."""
    if officials is None or not len(officials) or "organization" not in officials.columns:
        return []
    df = officials.dropna(subset=["organization"])
    counts = df.groupby(df["organization"].astype(str))["name"].nunique().sort_values(ascending=False)
    return [(str(k), int(v)) for k, v in counts.head(top).items()]
