"""Stata and Excel outputs, the codebook, and the dtypes the public API returns."""
from __future__ import annotations

import pandas as pd

import extract
from extract.write.codebook import render_codebook
from extract.write.formats import EXCEL_CELL_MAX, STATA_LABEL_MAX, stata_name, write_dta, write_extra_formats
from extract.write.schema import TABLES, frame

from ..conftest import CORPUS
from .report_fixture import sample_result


def test_dta_reads_back_with_labels_unicode_and_long_text(tmp_path):
    df = frame("targets", [{"doc_id": "a", "indicator": "地区生产总值", "value": 6.5, "unit": "%", "start": 3, "end": 5,
                            "sentence": "长句" * 3000}, {"doc_id": "b"}])
    notes = write_dta(df, tmp_path / "targets.dta", "targets")
    back = pd.read_stata(tmp_path / "targets.dta")
    assert back.loc[0, "indicator"] == "地区生产总值" and len(back.loc[0, "sentence"]) == 6000  # strL: nothing cut
    assert back.loc[0, "_end"] == 5 and pd.isna(back.loc[1, "value"]) and back.loc[1, "unit"] == ""
    with pd.io.stata.StataReader(tmp_path / "targets.dta") as reader:
        labels = reader.variable_labels()
    assert labels["indicator"] == "what is measured, as the text names it"
    assert all(0 < len(v) <= STATA_LABEL_MAX for v in labels.values())
    assert {n.column for n in notes} >= {"end", "sentence"}


def test_stata_names_are_valid():
    assert stata_name("end") == "_end" and stata_name("doc_id") == "doc_id" and stata_name("2x") == "_2x"


def test_xlsx_one_sheet_per_table_long_cells_cut_with_a_note(tmp_path):
    res = sample_result()
    res.tables["documents"].loc[0, "text"] = "字" * (EXCEL_CELL_MAX + 10) + "\x01"
    notes = write_extra_formats(res.tables, tmp_path, ("xlsx",))
    sheets = pd.read_excel(tmp_path / "tables.xlsx", sheet_name=None)
    assert set(TABLES) <= set(sheets) and {"columns", "notes"} <= set(sheets)
    assert sheets["targets"].loc[0, "indicator"] == "地区生产总值" and len(sheets["targets"]) == 3
    cell = sheets["documents"].loc[0, "text"]
    assert len(cell) == EXCEL_CELL_MAX and "cut: 32777 characters" in cell
    assert any(n.column == "text" for n in notes) and "text" in set(sheets["notes"]["column"])


def test_codebook_lists_every_column_of_every_table():
    res = sample_result()
    res.tables["targets"]["extra_col"] = "x"
    book = render_codebook(res.tables)
    for table, spec in TABLES.items():
        assert f"## {table}" in book
        section = book.split(f"## {table}", 1)[1].split("\n## ", 1)[0]
        for col, _ in spec:
            assert f"| `{col}` |" in section, (table, col)
    assert "`extra_col`" in book and "| `n_chars` | integer" in book


def test_public_api_returns_stable_dtypes(tmp_path):
    page = (CORPUS / "004_1e858b7b18e6f90d.txt").read_bytes()
    tables = extract.process_page(page)
    result = extract.run(CORPUS / "004_1e858b7b18e6f90d.txt", tmp_path / "out", jobs=1)
    for got in (tables, {t: result[t] for t in TABLES}):
        for table, spec in TABLES.items():
            df = got[table]
            assert list(df.columns[: len(spec)]) == [c for c, _ in spec], table
            for col, dtype in spec:
                assert str(df[col].dtype) == dtype, (table, col, df[col].dtype)
        docs = got["documents"]
        assert len(docs) == 1 and not (docs.select_dtypes("string") == "").any().any()  # NA, never ""
    assert (tmp_path / "out" / "codebook.md").exists() and (tmp_path / "out" / "report.html").exists()
