"""Property tests: every normaliser and splitter on arbitrary text never raises and keeps its promises."""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.clean.lines import drop_repeated_paragraphs, rejoin_broken_lines
from extract.clean.markup import strip_tag_fragments
from extract.clean.repair import charfreq
from extract.clean.repairs.invisible import remove_invisible
from extract.clean.repairs.mojibake import MojibakeRepairer, inverse_s2t
from extract.clean.repairs.pinyin import remove_pinyin_glosses
from extract.clean.script import converter
from extract.extractors.sentences import clauses, sentences

EXAMPLES = int(os.environ.get("PROPERTY_EXAMPLES", "150"))
PIECES = list("株洲市委书记增长经济发展项目工程亿元万个以上左右。，、：；“”（）()!?？\n 0123456789.%－-—\u200b經濟")
PIECES += ["jīng", "(jì)", "<p>", "</a>", "?!", "?/p>", "焙鲜∈", "蛇\\營"]
CHINESE = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)
ANY = st.one_of(st.text(max_size=300), CHINESE)
PROPS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def repairer(rules):
    return MojibakeRepairer(freq=charfreq(rules), simplify=converter(rules, "t2s"),
                            inverse=inverse_s2t(converter(rules, "s2t")))


@PROPS
@given(ANY)
def test_pinyin_removal_is_idempotent(text):
    once, _ = remove_pinyin_glosses(text)
    assert remove_pinyin_glosses(once)[0] == once
    assert len(once) <= len(text)


@PROPS
@given(ANY)
def test_invisible_removal_is_idempotent(text):
    once, _ = remove_invisible(text)
    assert remove_invisible(once) == (once, 0)
    assert "\u200b" not in once and "\x00" not in once


@PROPS
@given(ANY)
def test_tag_stripping_never_grows_text(text):
    out, n = strip_tag_fragments(text)
    assert len(out) <= len(text) + text.count("&") * 2 and n >= 0


@PROPS
@given(ANY)
def test_mojibake_repair_never_raises(repairer, text):
    out, n = repairer.repair(text)
    assert isinstance(out, str) and n >= 0


@PROPS
@given(st.lists(ANY, max_size=20))
def test_line_repairs_never_raise_and_dedup_is_idempotent(lines):
    lines = [ln.replace("\n", " ").strip() for ln in lines]
    joined, _ = rejoin_broken_lines(lines)
    kept, _ = drop_repeated_paragraphs(joined)
    assert drop_repeated_paragraphs(kept) == (kept, 0)


@PROPS
@given(ANY)
def test_sentence_spans_point_at_their_text(text):
    for s in sentences(text):
        assert text[s.start:s.end] == s.text and s.text.strip()
        for c in clauses(s):
            assert text[c.start:c.end] == c.text and s.start <= c.start <= c.end <= s.end


def test_clean_text_is_not_touched_by_mojibake_repair(repairer, seed_texts):
    for name in ("001_09d55d6e01ccd363.txt", "003_aef4f93b7db362a9.txt", "004_1e858b7b18e6f90d.txt"):
        text = seed_texts[name]
        assert repairer.repair(text)[1] == 0
