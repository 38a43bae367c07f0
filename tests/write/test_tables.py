"""Tables: stable dtypes, NA for empty, CSV with BOM, atomic replacement."""
from __future__ import annotations

import pandas as pd
import pytest

from extract.write.atomic import atomic_path
from extract.write.schema import TABLES, frame
from extract.write.tables import check_writable, write_table


def test_frame_has_contract_columns_and_dtypes():
    df = frame("targets", [{"doc_id": "a", "indicator": "地区生产总值", "value": 5, "unit": "%", "start": 3, "end": 5,
                            "qualifier": ""}])
    assert list(df.columns)[: len(TABLES["targets"])] == [c for c, _ in TABLES["targets"]]
    assert str(df["value"].dtype) == "Float64" and str(df["start"].dtype) == "Int64"
    assert df["qualifier"].isna().all() and str(df["indicator"].dtype) == "string"
    assert len(frame("projects", [])) == 0


def test_csv_has_bom_and_reads_back(tmp_path):
    df = frame("errors", [{"source_path": "甲.html", "stage": "read", "error": "binary", "message": "PNG"}])
    write_table(df, tmp_path, "errors")
    assert (tmp_path / "errors.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    back = pd.read_parquet(tmp_path / "errors.parquet")
    assert back.loc[0, "source_path"] == "甲.html"


def test_failed_write_leaves_old_file_intact(tmp_path):
    target = tmp_path / "t.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half", encoding="utf-8")
            raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_unwritable_output_is_refused_before_work(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(PermissionError):
        check_writable(blocker / "out")


def test_written_files_get_ordinary_permissions(tmp_path):
    import os
    import stat

    write_table(frame("errors", []), tmp_path, "errors", ("csv",))
    mode = stat.S_IMODE(os.stat(tmp_path / "errors.csv").st_mode)
    mask = os.umask(0)
    os.umask(mask)
    assert mode == 0o666 & ~mask
