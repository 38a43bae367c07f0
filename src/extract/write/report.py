"""``OUT/report.html``: one self-contained page an analyst opens after a run.

No network, no web fonts, no external script: charts are inline SVG drawn
in :mod:`.report_charts`, styles are inline, and the only script is a few
lines that mark the page once its charts are laid out (a browser test reads
that mark). Chinese labels use the system's CJK fonts.
"""
from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from typing import Mapping, Sequence

import pandas as pd

from . import report_data as rd
from .atomic import write_text_atomic
from .report_charts import PALETTE, bar_chart, column_chart, stacked_bar

FONT_STACK = ('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
              '"Microsoft YaHei", "WenQuanYi Micro Hei", "Droid Sans Fallback", system-ui, sans-serif')
STYLE = """
body { font-family: %s; margin: 2em auto; max-width: 1200px; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; } h2 { border-bottom: 1px solid #ccc; padding-bottom: .2em; margin-top: 1.6em; }
.grid { display: flex; flex-wrap: wrap; gap: 1.5em; } figure { margin: .5em 0; }
figcaption { font-weight: 600; margin-bottom: .3em; }
table { border-collapse: collapse; font-size: .9em; } td, th { border: 1px solid #ddd; padding: .25em .5em; }
th { background: #f3f3f3; text-align: left; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.chart text { font-family: inherit; font-size: 12px; fill: #333; } .chart .axis { stroke: #999; }
.none { color: #888; font-style: italic; } .ok { color: #2e7d32; } .bad { color: #b0413e; font-weight: 600; }
.small { font-size: .85em; color: #555; } code { background: #f5f5f5; padding: 0 .2em; }
""" % FONT_STACK
CHECK_SCRIPT = """
window.addEventListener("load", function () {
  var drawn = 0;
  document.querySelectorAll("svg.chart").forEach(function (svg) {
    var box = svg.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && svg.querySelector("rect.bar")) { drawn += 1; }
  });
  document.body.setAttribute("data-charts-drawn", String(drawn));
});
"""


def table_html(rows: Sequence[Mapping[str, object]] | pd.DataFrame, columns: Sequence[str] | None = None,
               empty_text: str = "none") -> str:
    if isinstance(rows, pd.DataFrame):
        rows = rows.to_dict("records")
    if not rows:
        return f'<p class="none">{escape(empty_text)}</p>'
    columns = list(columns or rows[0].keys())
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = []
    for row in rows:
        cells = []
        for c in columns:
            v = row.get(c, "")
            numeric = isinstance(v, (int, float)) and not isinstance(v, bool)
            text = "" if v is None or (not isinstance(v, (dict, list, str)) and pd.isna(v)) else _cell_text(v)
            cells.append(f'<td class="n">{escape(text)}</td>' if numeric else f"<td>{escape(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _cell_text(v: object) -> str:
    if isinstance(v, dict):
        return ", ".join(f"{k}={n}" for k, n in v.items())
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def _some(ids: Sequence[str], limit: int = 40) -> str:
    """At most ``limit`` ids; ``extract rules stats OUT --never`` lists them all."""
    shown = " ".join(ids[:limit])
    return shown + (f" … and {len(ids) - limit} more (extract rules stats --never)" if len(ids) > limit else "")


def section(title: str, *parts: str, anchor: str = "") -> str:
    aid = f' id="{escape(anchor)}"' if anchor else ""
    return f"<section{aid}><h2>{escape(title)}</h2>{''.join(parts)}</section>"


def grid(*parts: str) -> str:
    return f'<div class="grid">{"".join(parts)}</div>'


def render_report(tables: Mapping[str, pd.DataFrame], counters: Mapping[str, Mapping[str, int]], *,
                  inputs: int, rule_files: Mapping[str, Sequence[str]] | None = None,
                  info: Mapping[str, str] | None = None) -> str:
    """The report as one HTML string. ``rule_files`` maps a rule file stem to its rule ids."""
    docs, errs = tables.get("documents"), tables.get("errors")
    targets, officials, projects = tables.get("targets"), tables.get("officials"), tables.get("projects")
    n_docs, n_errs = len(docs) if docs is not None else 0, len(errs) if errs is not None else 0
    accounted = inputs == n_docs + n_errs
    info = dict(info or {})
    facts = [("inputs", inputs), ("documents", n_docs), ("errors", n_errs)]
    facts += [(t, len(tables[t])) for t in rd.EXTRACTED if t in tables]
    summary = table_html([{k: v for k, v in facts}])
    check = ('<p class="ok">inputs = documents + errors: every input is accounted for.</p>' if accounted else
             f'<p class="bad">inputs ({inputs}) ≠ documents ({n_docs}) + errors ({n_errs})</p>')
    meta = "".join(f"<li>{escape(k)}: <code>{escape(str(v))}</code></li>" for k, v in info.items())
    status = rd.value_counts(docs, "status", empty_label="(none)")

    stages = rd.stage_rows(counters)
    stage_table = table_html(stages, ["stage", "kept", "changed", "dropped", "errors", "dropped_reasons",
                                      "rule_hits", "other"])
    kept_chart = bar_chart([(s["stage"], s["changed"]) for s in stages], "pages changed per stage",
                           color=PALETTE[1])
    repairs, repair_pages = rd.repair_totals(docs)

    hits = rd.rule_hits(counters, tables)
    all_ids = [i for ids in (rule_files or {}).values() for i in ids]
    silent = set(rd.never_fired(hits, all_ids))
    per_rule, built_in = rd.attribute(hits, all_ids) if all_ids else (hits, rd.Counter())
    silent_by_file = [{"file": f"{stem}.tsv", "rules": len(ids), "never fired": len([i for i in ids if i in silent]),
                       "ids": _some([i for i in ids if i in silent])} for stem, ids in (rule_files or {}).items()]
    slow = rd.slowest_pages(docs)

    body = [
        f"<h1>Run report</h1><p class=\"small\">written {escape(dt.datetime.now().isoformat(timespec='seconds'))}"
        f"</p><ul class=\"small\">{meta}</ul>",
        section("Inputs, documents, errors", summary, check,
                grid(stacked_bar([("documents", n_docs), ("errors", n_errs)], "what the inputs became"),
                     bar_chart(status, "documents by status", color=PALETTE[2]),
                     bar_chart(rd.errors_by_stage(errs), "errors by stage and reason", color=PALETTE[3])),
                anchor="inputs"),
        section("What each stage kept, changed and dropped", stage_table, grid(kept_chart), anchor="stages"),
        section("Repairs applied", grid(bar_chart(repairs, "repairs applied (total count)", color=PALETTE[4]),
                                        bar_chart(repair_pages, "pages repaired", color=PALETTE[4])),
                anchor="repairs"),
        section("Targets",
                grid(bar_chart(rd.value_counts(targets, "indicator"), "most frequent indicators"),
                     bar_chart(rd.value_counts(targets, "unit"), "most frequent units", color=PALETTE[5]),
                     bar_chart(rd.value_counts(targets, "region"), "targets per region", color=PALETTE[2]),
                     column_chart(rd.by_period(targets), "targets per period"),
                     bar_chart(rd.value_counts(targets, "kind"), "targets by kind", color=PALETTE[1])),
                anchor="targets"),
        section("Officials", grid(bar_chart(rd.officials_per_org(officials), "officials per organisation (people)"),
                                  bar_chart(rd.value_counts(officials, "title"), "most frequent titles",
                                            color=PALETTE[5])), anchor="officials"),
        section("Projects", grid(bar_chart(rd.value_counts(projects, "status", empty_label="(unknown)"),
                                           "projects by status", color=PALETTE[2]),
                                 bar_chart(rd.value_counts(projects, "region"), "projects per region")),
                anchor="projects"),
        section("Rules", grid(bar_chart(per_rule.most_common(20), "rules that fired most"),
                              bar_chart(built_in.most_common(20), "built-in steps that made rows",
                                        color=PALETTE[5])),
                f"<p>{len(all_ids) - len(silent)} of {len(all_ids)} rules fired in this run; "
                f"{len(silent)} never fired (per file below).</p>" if all_ids else
                '<p class="none">rule files not available: never-fired rules not listed</p>',
                table_html(silent_by_file, ["file", "rules", "never fired", "ids"]), anchor="rules"),
        section("Slowest pages", table_html(slow, empty_text="no documents"), anchor="slow"),
    ]
    return ("<!DOCTYPE html>\n<html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>extract run report</title><style>{STYLE}</style></head>"
            f"<body>{''.join(body)}<script>{CHECK_SCRIPT}</script></body></html>\n")


def write_report(out: Path, tables: Mapping[str, pd.DataFrame], counters: Mapping[str, Mapping[str, int]], *,
                 inputs: int, rule_files: Mapping[str, Sequence[str]] | None = None,
                 info: Mapping[str, str] | None = None) -> Path:
    target = Path(out) / "report.html"
    write_text_atomic(target, render_report(tables, counters, inputs=inputs, rule_files=rule_files, info=info))
    return target

