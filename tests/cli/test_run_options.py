"""extract run with extract.toml, --format dta,xlsx and --verbose."""
from __future__ import annotations

import shutil

import pandas as pd

from extract.cli import main

from ..conftest import CORPUS


def test_run_reads_extract_toml_and_writes_the_formats_it_names(tmp_path, capsys):
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "extract.toml").write_text('[run]\nout = "res"\nformat = ["csv", "dta", "xlsx"]\njobs = 1\n',
                                           encoding="utf-8")
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(CORPUS / "004_1e858b7b18e6f90d.txt", pages / "a.txt")
    assert main(["run", str(pages), "-v"]) == 0
    out = capsys.readouterr().out
    res = tmp_path / "res"
    assert "rules that fired most" in out and "report.html" in out
    for name in ("documents", "targets", "officials", "projects", "errors"):
        assert (res / f"{name}.csv").exists() and (res / f"{name}.dta").exists()
        assert not (res / f"{name}.parquet").exists()
    assert pd.read_stata(res / "documents.dta").loc[0, "doc_id"]
    assert set(pd.read_excel(res / "tables.xlsx", sheet_name=None)) >= {"documents", "targets", "notes"}
    assert (res / "report.html").exists() and (res / "codebook.md").exists()
    # the command line wins over the file
    assert main(["run", str(pages), "-o", str(tmp_path / "cli"), "--format", "parquet", "-q"]) == 0
    assert (tmp_path / "cli" / "documents.parquet").exists() and not (tmp_path / "cli" / "documents.dta").exists()


def test_a_bad_extract_toml_is_a_usage_error(tmp_path, capsys):
    bad = tmp_path / "x.toml"
    bad.write_text("[run]\nformats = 'csv'\n", encoding="utf-8")
    assert main(["run", str(CORPUS), "--config", str(bad), "-o", str(tmp_path / "o")]) == 2
    assert "unknown key" in capsys.readouterr().err
