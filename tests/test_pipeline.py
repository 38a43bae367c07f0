"""The whole pipeline over the seed corpus: accounting, offsets, scores."""
from __future__ import annotations

import sys

import pytest

import extract

from .conftest import CORPUS, SHARED, shared


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds")
    return extract.run(CORPUS, out, jobs=1), out


def test_every_input_is_accounted_for(seed_run):
    result, out = seed_run
    assert result.inputs == 5 and result.accounted
    assert (out / "documents.parquet").exists() and (out / "documents.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_documents_are_simplified_and_clean(seed_run):
    docs = seed_run[0]["documents"].set_index("source_path")
    row = docs.loc[str(CORPUS / "000_a7300090206e5273.txt")]
    assert row["script"] == "traditional" and row["encoding"] == "utf-8"
    assert "湖南省十四届人大一次会议期间" in row["text"] and "湖南省十四屆" in row["text_original"]
    assert "mojibake:" in row["repairs"] and row["published"] == "2023-01-18" and row["source"] == "红网"
    assert " 株洲市委书记 " in f" {row['tokens']} " or "株洲市委书记" in row["tokens"].replace(" ", "")


def test_offsets_point_at_what_rows_name(seed_run):
    result = seed_run[0]
    texts = dict(zip(result["documents"]["doc_id"], result["documents"]["text"]))
    for table, column in (("officials", "name"), ("projects", "name")):
        for row in result[table].itertuples():
            assert texts[row.doc_id][row.start:row.end] == getattr(row, column)
    for row in result["targets"].itertuples():
        span = texts[row.doc_id][row.start:row.end]
        assert span and span in row.sentence


def test_seed_scores_meet_the_floors(seed_run):
    shared("spec", "score.py")
    sys.path.insert(0, str(SHARED / "spec"))
    import score  # the project's own scorer, from ../shared

    _, out = seed_run
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        score.main([str(out)])
    last = buf.getvalue().strip().splitlines()[-1]
    values = dict(part.split("=") for part in last.replace("score: ", "").split())
    assert float(values["clean"]) >= 0.95 and float(values["meta"]) >= 0.90
