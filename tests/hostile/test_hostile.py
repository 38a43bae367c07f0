"""A run over a hostile folder: exit 0, every input accounted for, good pages keep their text."""
from __future__ import annotations

import os
import resource
import time

import pytest

import extract

from .corpus import GOOD, build


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    made = build(root / "in", bomb_mb=150)
    t0 = time.perf_counter()
    result = extract.run(root / "in", root / "out", jobs=1)
    return made, result, time.perf_counter() - t0


def test_every_input_is_accounted_for_once(hostile_run):
    made, result, _ = hostile_run
    docs, errs = result["documents"], result["errors"]
    assert result.accounted and result.inputs == len(made)
    paths = list(docs["source_path"]) + list(errs["source_path"])
    assert len(paths) == len(set(paths)) == len(made)


def test_good_pages_yield_their_text(hostile_run):
    _, result, _ = hostile_run
    docs = result["documents"].assign(name=lambda d: d["source_path"].str.rsplit("/", n=1).str[-1])
    by_name = docs.set_index("name")
    for name in GOOD:
        assert name in by_name.index, f"{name} has no documents row"
        text = by_name.loc[name, "text"]
        assert "规模工业增加值增长8.5%以上" in text, name
        assert "\ufffd" not in text and "\u200b" not in text and "\x00" not in text


def test_junk_becomes_error_rows_with_reasons(hostile_run):
    _, result, _ = hostile_run
    errs = result["errors"].assign(name=lambda d: d["source_path"].str.rsplit("/", n=1).str[-1])
    reasons = dict(zip(errs["name"], errs["error"]))
    assert reasons["empty.html"] == "empty" and reasons["whitespace.txt"] == "empty"
    assert reasons["image.html"] == "binary" and reasons["doc.htm"] == "binary"
    assert reasons["bomb.html.gz"] == "too-large" and reasons["not_gzip.html.gz"] == "bad-gzip"
    assert reasons["folder.html"] == "not-a-file" and reasons["dangling.html"] == "unreadable"
    assert "limit" in errs.set_index("name").loc["bomb.html.gz", "message"]
    if hasattr(os, "mkfifo"):
        assert reasons["pipe.html"] == "not-a-file"


def test_non_chinese_and_oversized_pages_say_so(hostile_run):
    _, result, _ = hostile_run
    docs = result["documents"].assign(name=lambda d: d["source_path"].str.rsplit("/", n=1).str[-1]).set_index("name")
    assert docs.loc["english.html", "status"] == "not-chinese"
    assert docs.loc["japanese.html", "status"] == "not-chinese"
    assert "truncated" in docs.loc["one_line_10mb.html", "repairs"]
    assert "passwd" not in docs.loc["xxe.html", "text"] and "root:" not in docs.loc["xxe.xml", "text"]


def test_bounded_time_and_memory(hostile_run):
    _, _, seconds = hostile_run
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert seconds < 120
    assert peak_mb < 2500
