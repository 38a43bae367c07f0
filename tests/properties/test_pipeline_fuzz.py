"""Fuzz the whole page pipeline: random and mutated real pages never raise, rows stay consistent.

``make test`` runs a bounded number of examples; ``make fuzz`` runs
``FUZZ_EXAMPLES`` (default 10,000 there).
"""
from __future__ import annotations

import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.engines.worker import pipeline_for
from extract.pipeline import as_row_dicts
from extract.read.sources import Input
from extract.rulebook import default_rules_dir

from ..conftest import CORPUS, SHARED

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "120"))


def seed_pages() -> list[bytes]:
    pages = [p.read_bytes() for p in sorted(CORPUS.glob("*.txt"))]
    real = SHARED / "realpages" / "pages"
    if real.exists():
        pages += [p.read_bytes()[:60_000] for p in sorted(real.iterdir())[:12]]
    return pages


PAGES = seed_pages()


def mutate(data: bytes, rnd: random.Random, n: int) -> bytes:
    buf = bytearray(data)
    for _ in range(n):
        op = rnd.randrange(4)
        if not buf:
            break
        i = rnd.randrange(len(buf))
        if op == 0:
            buf[i] = rnd.randrange(256)
        elif op == 1:
            del buf[i: i + rnd.randrange(1, 64)]
        elif op == 2:
            j = rnd.randrange(len(buf))
            buf[i:i] = buf[j: j + rnd.randrange(1, 128)]
        else:
            buf[i:i] = rnd.choice([b"<div>", b"</p>", b"\x00", b"\xff\xfe", b"?!", b"(j\xc4\xabng)", "％".encode()])
    return bytes(buf)


page_bytes = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=2000).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.tuples(st.sampled_from(range(len(PAGES))), st.integers(0, 2**32 - 1), st.integers(0, 40)).map(
        lambda t: mutate(PAGES[t[0]], random.Random(t[1]), t[2])),
)


@pytest.fixture(scope="module")
def pipeline():
    return pipeline_for(str(default_rules_dir()))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(page_bytes)
def test_any_page_is_a_document_or_an_error_row(pipeline, raw):
    outcome = pipeline.run_input(Input("fuzz.html", raw))
    assert (outcome.record is None) != (outcome.error is None)
    if outcome.error is not None:
        assert outcome.error["stage"] and outcome.error["error"]
        assert outcome.error["error"] not in ("AssertionError",), outcome.error
        return
    rows = as_row_dicts(outcome.record)
    text = rows["documents"][0]["text"]
    for table in ("targets", "officials", "projects"):
        for row in rows[table]:
            assert 0 <= row["start"] < row["end"] <= len(text)
            if table != "targets":
                assert text[row["start"]:row["end"]] == row["name"]


def test_exceptions_inside_a_stage_become_error_rows(pipeline, monkeypatch):
    stage = pipeline.stages[3]

    def boom(rec):
        raise RuntimeError("boom")

    monkeypatch.setattr(stage, "process", boom)
    outcome = pipeline.run_input(Input("x.txt", "株洲市地区生产总值增长8%。".encode()))
    assert outcome.record is None and outcome.error["stage"] == stage.name
    assert outcome.error["error"] == "RuntimeError" and "boom" in outcome.error["message"]
