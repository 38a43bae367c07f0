"""The run report: self-contained, every section present, rules that fired and those that never did."""
from __future__ import annotations

import re

from extract.write.report import render_report
from extract.write.report_data import never_fired, repair_totals, rule_hits, stage_rows

from .report_fixture import sample_result

RULE_FILES = {"boilerplate": ["bp.nav.words", "bp.never"], "targets": ["tg.growth", "tg.silent"]}


def test_report_is_self_contained_utf8_with_charts():
    res = sample_result()
    html = render_report(res.tables, res.counters, inputs=res.inputs, rule_files=RULE_FILES)
    assert '<meta charset="utf-8">' in html and "Noto Sans CJK SC" in html
    # nothing is fetched: no src/href to the network, no @import, no web fonts
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "@import" not in html and "@font-face" not in html
    assert html.count('<svg class="chart"') >= 10
    for label in ("地区生产总值", "株洲市", "株洲市人民政府", "started", "read: binary", "pinyin", "tg.growth"):
        assert label in html, label
    assert "bp.never" in html and "tg.silent" in html  # never fired
    assert "b.txt" in html  # slowest page first


def test_report_of_an_empty_run_still_renders():
    res = sample_result()
    empty = {name: df.iloc[0:0] for name, df in res.tables.items()}
    html = render_report(empty, {}, inputs=0)
    assert "nothing to show in this run" in html and "rule files not available" in html


def test_labels_are_escaped():
    res = sample_result()
    res.tables["targets"].loc[0, "indicator"] = "<script>alert(1)</script>"
    html = render_report(res.tables, res.counters, inputs=res.inputs)
    assert "<script>alert(1)" not in html


def test_rule_hits_take_counters_or_rows_never_both():
    res = sample_result()
    hits = rule_hits(res.counters, res.tables)
    assert hits["tg.growth"] == 3  # counted by the extract stage and cited by 3 rows: still 3
    assert hits["bp.nav.words"] == 4 and hits["pj.suffix"] == 2 and hits["of.title-before"] == 1
    assert never_fired(hits, ["tg.growth", "tg.silent"]) == ["tg.silent"]


def test_repairs_and_stage_rows():
    res = sample_result()
    totals, pages = repair_totals(res["documents"])
    assert dict(totals) == {"pinyin": 212, "rejoined": 7, "mojibake": 5} and dict(pages)["pinyin"] == 1
    read = next(r for r in stage_rows(res.counters) if r["stage"] == "read")
    assert read["dropped"] == 1 and read["dropped_reasons"] == {"binary": 1}
