"""extract bench: one measured run per job count over real pages, figures that add up."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.cli import main

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_bench_measures_the_seeds_and_writes_its_figures(tmp_path, capsys):
    out = tmp_path / "bench.json"
    assert main(["bench", str(CORPUS), "--jobs", "1,2", "--tables-only", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    runs = json.loads(out.read_text(encoding="utf-8"))["runs"]
    pages = sum(1 for p in CORPUS.iterdir() if p.is_file())
    assert [r["what"] for r in runs] == ["extract -j1", "extract -j2"]
    for r in runs:
        assert r["inputs"] == pages and r["seconds"] > 0 and r["peak_rss_mb"] > 50
        # every page went through the HTML-or-text and extraction stages, and the stage times are
        # of this run: at most the wall time of each worker (a loaded machine stretches wall time
        # past CPU time, so CPU time is no bound)
        assert {"read", "clean.markup", "extract", "segment"} <= set(r["timings"])
        assert 0 < sum(r["timings"].values()) <= r["seconds"] * r["jobs"]
    assert "ratio extract -j2 / -j1" in printed and "stage share (extract -j1" in printed


def test_bench_replicates_pages_to_reach_a_count(tmp_path):
    out = tmp_path / "bench.json"
    assert main(["bench", str(CORPUS), "--pages", "12", "--tables-only", "--json", str(out)]) == 0
    (run,) = json.loads(out.read_text(encoding="utf-8"))["runs"]
    assert run["inputs"] == 12 and run["counts"]["documents"] == 12


def test_bench_against_trafilatura_times_both_of_its_modes(tmp_path, capsys):
    pytest.importorskip("trafilatura")
    out = tmp_path / "bench.json"
    assert main(["bench", str(CORPUS), "--tables-only", "--vs", "trafilatura", "--json", str(out)]) == 0
    runs = {r["what"]: r for r in json.loads(out.read_text(encoding="utf-8"))["runs"]}
    assert set(runs) == {"extract -j1", "trafilatura", "trafilatura+meta"}
    assert all(r["seconds"] > 0 for r in runs.values())
    printed = capsys.readouterr().out
    assert "ratio extract -j1 / trafilatura (" in printed and "ratio extract -j1 / trafilatura+meta (" in printed
