"""Why a page came out as it did: its clean text with every record marked, and what cleaning dropped.

    from extract.explain import explain_path, render_text
    for page in explain_path("corpus/004_1e858b7b18e6f90d.txt"):
        print(render_text(page))

Each target, official and project is marked in the clean text as
``【figure】[n]``; footnote ``n`` names what was found and the rule id that
made it. Below come the blocks the cleaning stages dropped, each with the
rule (or heuristic) that dropped it, and the repairs counted on the page.
"""
from __future__ import annotations

import numbers
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any, Iterator

from .read.sources import Input, Limits, iter_inputs
from .record import PageRecord
from .rulebook import default_rules_dir

KINDS = ("targets", "officials", "projects")
KIND_WORD = {"targets": "figure", "officials": "official", "projects": "project"}


@dataclass(frozen=True)
class Mark:
    """One extracted row, located in the clean text."""

    n: int
    table: str
    start: int
    end: int
    rule: str
    row: dict[str, Any]

    def describe(self) -> str:
        r = self.row
        if self.table == "targets":
            value = _num(r.get("value"))
            if r.get("value_high") not in (None, ""):
                value += f"–{_num(r.get('value_high'))}"
            extra = [r.get(k) for k in ("qualifier", "change", "kind", "period", "region")]
            what = f"{r.get('indicator') or '?'} = {value} {r.get('unit') or ''}".strip()
        elif self.table == "officials":
            what = f"{r.get('name')} — {r.get('title') or '?'}"
            extra = [r.get("organization"), r.get("region")]
        else:
            what = str(r.get("name"))
            inv = f"{_num(r.get('investment'))} {r.get('investment_unit') or ''}".strip() if r.get("investment") else ""
            extra = [r.get("list_name"), r.get("status"), inv, r.get("region")]
        shown = ", ".join(str(e) for e in extra if e not in (None, ""))
        return f"{KIND_WORD[self.table]}: {what}" + (f" ({shown})" if shown else "")


@dataclass
class Explanation:
    """One input explained: its record (or the error that stopped it) and its marks."""

    source_path: str
    record: PageRecord | None
    error: dict[str, str] | None = None
    marks: list[Mark] = field(default_factory=list)
    unplaced: list[Mark] = field(default_factory=list)  # rows whose offsets do not fit the text
    notes: dict[str, str] = field(default_factory=dict)  # rule id -> the rule's note (why it exists)

    def why(self) -> list[tuple[str, str]]:
        """Each rule that dropped text, once, with its note from the rule file."""
        ids = dict.fromkeys(rule for _, rule, _ in (self.record.dropped if self.record else []))
        return [(i, self.notes.get(i, "")) for i in ids]


def _num(value: Any) -> str:
    if value in (None, ""):
        return ""
    f = float(value)
    return str(int(f)) if f.is_integer() else f"{f:g}"


def locate(rec: PageRecord) -> tuple[list[Mark], list[Mark]]:
    """Every extracted row as a mark, numbered in text order; rows without usable offsets apart."""
    rows = [(t, r) for t in KINDS for r in getattr(rec, t)]
    placed, unplaced = [], []
    for table, row in rows:
        start, end = row.get("start"), row.get("end")
        ok = all(isinstance(v, numbers.Integral) and not isinstance(v, bool) for v in (start, end)) \
            and 0 <= start < end <= len(rec.text)
        (placed if ok else unplaced).append((table, row, start if ok else -1, end if ok else -1))
    placed.sort(key=lambda x: (x[2], -x[3]))
    marks = [Mark(i, t, s, e, str(r.get("rule", "")), r) for i, (t, r, s, e) in enumerate(placed, start=1)]
    rest = [Mark(len(marks) + i, t, -1, -1, str(r.get("rule", "")), r) for i, (t, r, _, _) in
            enumerate(unplaced, start=1)]
    return marks, rest


def explain_input(item: Input, rules_dir: str | Path | None = None) -> Explanation:
    from .engines.worker import pipeline_for

    rules = str(Path(rules_dir) if rules_dir is not None else default_rules_dir())
    pipe = pipeline_for(rules)
    outcome = pipe.run_input(item)
    if outcome.record is None:
        return Explanation(item.source_path, None, outcome.error)
    marks, unplaced = locate(outcome.record)
    notes = {r.id: r.get("note") for rows in pipe.rules.tables.values() for r in rows if r.get("note")}
    return Explanation(item.source_path, outcome.record, None, marks, unplaced, notes)


def explain_path(path: str | Path, rules_dir: str | Path | None = None, limits: Limits | None = None,
                 max_inputs: int = 20) -> Iterator[Explanation]:
    """Explain the page at ``path`` (a WARC file: its first ``max_inputs`` records)."""
    for i, item in enumerate(iter_inputs([path], limits)):
        if i >= max_inputs:
            return
        yield explain_input(item, rules_dir)


def marked_segments(text: str, marks: list[Mark]) -> list[tuple[str, Mark | None]]:
    """The text cut into plain pieces and marked pieces (a mark inside an earlier one is skipped)."""
    out: list[tuple[str, Mark | None]] = []
    pos = 0
    for m in marks:
        if m.start < pos:
            continue  # overlaps the previous mark; still listed in the footnotes
        out.append((text[pos:m.start], None))
        out.append((text[m.start:m.end], m))
        pos = m.end
    out.append((text[pos:], None))
    return [(s, m) for s, m in out if s or m]


def render_text(ex: Explanation) -> str:
    """The explanation as plain text for a terminal."""
    lines = [f"== {ex.source_path} =="]
    if ex.record is None:
        err = ex.error or {}
        lines.append(f"no document: stage {err.get('stage')} failed: {err.get('error')} — {err.get('message')}")
        return "\n".join(lines) + "\n"
    rec = ex.record
    for key in ("doc_id", "title", "published", "source", "url", "script", "encoding", "status"):
        if getattr(rec, key):
            lines.append(f"{key:9s} {getattr(rec, key)}")
    lines.append(f"repairs   {rec.repairs_str() or 'none'}")
    counts = ", ".join(f"{len(getattr(rec, t))} {t}" for t in KINDS)
    lines += ["", f"--- clean text, records marked 【…】[n] ({counts}) ---"]
    lines.append("".join(f"【{s}】[{m.n}]" if m else s for s, m in marked_segments(rec.text, ex.marks)))
    lines += ["", "--- records ---"]
    for m in ex.marks + ex.unplaced:
        where = f"{m.start}-{m.end}" if m.start >= 0 else "no offsets"
        lines.append(f"[{m.n}] {m.describe()}  rule {m.rule or '?'}  @{where}")
    if not ex.marks and not ex.unplaced:
        lines.append("none")
    lines += ["", "--- dropped by cleaning (what, rule, text) ---"]
    lines += [f"{what:6s} {rule:24s} {snippet}" for what, rule, snippet in rec.dropped] or ["nothing"]
    why = [(i, note) for i, note in ex.why() if note]
    if why:
        lines += ["", "--- why: the notes of those rules ---"] + [f"{i:31s} {note}" for i, note in why]
    return "\n".join(lines) + "\n"


HTML_STYLE = """
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       max-width: 960px; margin: 2em auto; padding: 0 1em; color: #222; }
.text { white-space: pre-wrap; line-height: 1.9; border: 1px solid #ddd; padding: 1em; background: #fcfcfc; }
mark { padding: 0 .1em; border-radius: 3px; } mark.targets { background: #cfe3ff; }
mark.officials { background: #ffe0b8; } mark.projects { background: #cdeccf; }
sup { color: #555; font-size: .7em; } table { border-collapse: collapse; font-size: .9em; }
td, th { border: 1px solid #ddd; padding: .25em .5em; vertical-align: top; } th { background: #f3f3f3; }
code { background: #f3f3f3; padding: 0 .2em; }
"""


def render_html(explanations: list[Explanation]) -> str:
    """The explanations as one self-contained HTML page (no script, no network)."""
    parts = []
    for ex in explanations:
        parts.append(f"<h1>{escape(ex.source_path)}</h1>")
        if ex.record is None:
            err = ex.error or {}
            parts.append(f"<p>no document: stage <code>{escape(str(err.get('stage')))}</code> failed: "
                         f"{escape(str(err.get('error')))} — {escape(str(err.get('message')))}</p>")
            continue
        rec = ex.record
        facts = [(k, getattr(rec, k)) for k in ("doc_id", "title", "published", "source", "url", "script",
                                                 "encoding", "status") if getattr(rec, k)]
        facts.append(("repairs", rec.repairs_str() or "none"))
        parts.append(_table(["field", "value"], facts))
        text = "".join(
            f'<mark class="{m.table}" title="{escape(m.describe())} — rule {escape(m.rule)}">{escape(s)}'
            f'<sup>[{m.n}]</sup></mark>' if m else escape(s) for s, m in marked_segments(rec.text, ex.marks))
        parts.append(f'<h2>Clean text</h2><div class="text">{text}</div>')
        records = [(f"[{m.n}]", KIND_WORD[m.table], m.describe(), m.rule,
                    f"{m.start}-{m.end}" if m.start >= 0 else "no offsets") for m in ex.marks + ex.unplaced]
        parts.append("<h2>Records</h2>" + _table(["n", "kind", "what", "rule", "offsets"], records))
        why = dict(ex.why())
        dropped = [(what, rule, why.get(rule, ""), text) for what, rule, text in rec.dropped]
        parts.append("<h2>Dropped by cleaning</h2>" + _table(["what", "rule", "why", "text"], dropped))
    title = escape(explanations[0].source_path) if explanations else "nothing"
    return (f'<!DOCTYPE html>\n<html lang="zh-Hans"><head><meta charset="utf-8"><title>explain {title}</title>'
            f"<style>{HTML_STYLE}</style></head><body>{''.join(parts)}</body></html>\n")


def _table(head: list[str], rows: list[tuple]) -> str:
    if not rows:
        return "<p><em>none</em></p>"
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"
