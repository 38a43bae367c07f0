"""The command line: help, exit codes, a run over a folder."""
from __future__ import annotations

import shutil

from extract.cli import main

from .conftest import CORPUS, ROOT


def test_run_help_shows_examples(capsys):
    assert main(["run", "--help"]) == 0
    assert "examples:" in capsys.readouterr().out


def test_unknown_input_and_format_are_usage_errors(tmp_path):
    assert main(["run", str(tmp_path / "missing"), "-o", str(tmp_path / "o")]) == 2
    assert main(["run", str(CORPUS), "-o", str(tmp_path / "o"), "--format", "xls"]) == 2


def test_bad_rules_folder_exits_2(tmp_path, capsys):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "boilerplate.tsv").write_text("id\tpattern\taction\nx\t(\tline\n", encoding="utf-8")
    assert main(["run", str(CORPUS), "-o", str(tmp_path / "o"), "--rules", str(rules), "-q"]) == 2
    assert "boilerplate.tsv:2" in capsys.readouterr().err


def test_run_writes_tables_and_prints_accounting(tmp_path, capsys):
    page = tmp_path / "in" / "a.txt"
    page.parent.mkdir()
    shutil.copy(CORPUS / "004_1e858b7b18e6f90d.txt", page)
    (tmp_path / "in" / "empty.html").write_bytes(b"")
    assert main(["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "1"]) == 0
    out = capsys.readouterr().out
    assert "inputs=2 = documents=1 + errors=1 (ok)" in out
    assert main(["run", str(tmp_path / "in"), "-o", str(tmp_path / "out2"), "-j", "1", "-q", "--strict"]) == 1


def test_limits_are_shown_and_enforced(tmp_path, capsys):
    assert main(["run", "--help"]) == 0
    assert "max_input_bytes 50,000,000" in capsys.readouterr().out
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "big.txt").write_text("株洲市" * 1000, encoding="utf-8")
    assert main(["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "1", "-q",
                 "--max-input-bytes", "1000"]) == 0
    import pandas as pd

    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert errors.loc[0, "error"] == "too-large" and "max_input_bytes" in errors.loc[0, "message"]
