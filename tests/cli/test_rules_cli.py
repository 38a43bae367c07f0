"""extract rules check / stats."""
from __future__ import annotations

import json
import re
import shutil

from extract.cli import main

from ..conftest import ROOT


def copy_rules(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    return rules


def test_check_ok_and_help(capsys):
    assert main(["rules", "check", str(ROOT / "rules")]) == 0
    assert capsys.readouterr().out.startswith("ok: ")
    assert main(["rules", "--help"]) == 0
    assert "examples:" in capsys.readouterr().out


def test_check_names_file_and_line_of_a_broken_rule(tmp_path, capsys):
    rules = copy_rules(tmp_path)
    with open(rules / "titles.tsv", "a", encoding="utf-8") as fh:
        fh.write("t.broken\t县长\toffice\tbefore\t(unclosed\n")
    assert main(["rules", "check", str(rules)]) == 2
    err = capsys.readouterr().err
    n_lines = len((rules / "titles.tsv").read_text(encoding="utf-8").splitlines())
    assert f"titles.tsv:{n_lines}:" in err and "t.broken" in err


def test_the_guide_examples_are_valid_rules(tmp_path, capsys):
    """Every TAB-separated example line in docs/rules.md loads when appended to its file."""
    rules = copy_rules(tmp_path)
    guide = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    files = {"keep.": "indicators", "lead.": "targets_trim", "t.": "titles", "bp.": "boilerplate",
             "sel.": "content_selectors", "hm.": "html_meta"}
    examples = [ln for ln in guide.splitlines() if "\t" in ln and not ln.startswith("id\t")]
    assert len(examples) >= 7
    for line in examples:
        prefix = next(p for p in files if line.startswith(p))
        path = rules / f"{files[prefix]}.tsv"
        if line.split("\t")[0] in path.read_text(encoding="utf-8"):
            continue  # already shipped in the rules
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
    assert main(["rules", "check", str(rules), "-q"]) == 0, capsys.readouterr().err


def test_stats_credits_combined_citations_and_lists_never_fired(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    counters = {"stages": {"clean.boilerplate": {"rule:bp.nav.words": 4},
                           "extract": {"rule:pct.half+p.target.main": 3, "rule:officials.title-name": 2}}}
    (out / "counters.json").write_text(json.dumps(counters), encoding="utf-8")
    assert main(["rules", "stats", str(out), "-v"]) == 0
    text = capsys.readouterr().out
    assert re.search(r"^\s+4  bp\.nav\.words  boilerplate\.tsv:\d+$", text, re.M)
    assert re.search(r"^\s+3  pct\.half  units\.tsv:\d+$", text, re.M)
    assert "officials.title-name  (built into the code)" in text
    assert main(["rules", "stats", str(out), "--never", "-q"]) == 0
    never = capsys.readouterr().out
    assert "bp.nav.words" not in never and " 0  " in never


def test_stats_without_a_run_is_a_usage_error(tmp_path, capsys):
    assert main(["rules", "stats", str(tmp_path)]) == 2
    assert "counters.json" in capsys.readouterr().err
