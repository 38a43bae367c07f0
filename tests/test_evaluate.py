"""make eval: the scorers' summary lines are read into the table."""
from __future__ import annotations

from extract.evaluate import SETS, parse_last_line


def test_summary_lines_of_every_scorer_parse():
    assert parse_last_line("x\nscore: clean=1.000 meta=0.950 targets_f1=0.900 officials_f1=0.987 projects_f1=0.984") == {
        "clean": 1.0, "meta": 0.95, "targets_f1": 0.9, "officials_f1": 0.987, "projects_f1": 0.984}
    text = parse_last_line("text: pages=62 P=0.97 R=0.99 F1=0.981 date_acc=0.786")
    assert text["F1"] == 0.981 and text["date_acc"] == 0.786
    gov = parse_last_line("gov: pages=10 targets=63 found=1.000 right=1.000 gdp_headline=1.000 region_ok=1.000 "
                          "projects_recall=0.907 forbidden=0")
    assert gov["gdp_headline"] == 1.0 and gov["projects_recall"] == 0.907


def test_every_floor_names_a_figure_its_scorer_prints():
    printed = {"score.py": {"clean", "meta", "targets_f1", "officials_f1", "projects_f1"},
               "score_text.py": {"F1", "date_acc"},
               "score_struct.py": {"officials_f1", "title_acc", "projects_f1"},
               "score_govreports.py": {"right", "gdp_headline", "region_ok", "projects_recall"}}
    for s in SETS:
        assert {k for k, _ in s.floors} <= printed[s.scorer], s.name
