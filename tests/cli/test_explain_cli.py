"""extract explain PAGE [--html FILE]."""
from __future__ import annotations

import shutil

from extract.cli import main

from ..conftest import CORPUS, ROOT

PAGE = CORPUS / "004_1e858b7b18e6f90d.txt"


def test_explain_prints_text_records_and_drops(capsys):
    assert main(["explain", str(PAGE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"== {PAGE} ==") and "--- dropped by cleaning" in out and "株洲" in out


def test_explain_html_and_quiet(tmp_path, capsys):
    target = tmp_path / "e.html"
    assert main(["explain", str(PAGE), "--html", str(target), "-q"]) == 0
    assert capsys.readouterr().out == ""
    assert "<mark" in target.read_text(encoding="utf-8") or "Records" in target.read_text(encoding="utf-8")


def test_explain_usage_errors(tmp_path, capsys):
    assert main(["explain", str(tmp_path / "missing.html")]) == 2
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "boilerplate.tsv").write_text("id\tpattern\taction\nx\t(\tline\n", encoding="utf-8")
    assert main(["explain", str(PAGE), "--rules", str(rules)]) == 2
    assert "boilerplate.tsv:2" in capsys.readouterr().err


def test_explain_strict_on_a_page_without_document(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    assert main(["explain", str(empty), "-q"]) == 0
    assert main(["explain", str(empty), "-q", "--strict"]) == 1
