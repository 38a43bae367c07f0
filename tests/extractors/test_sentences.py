"""Sentences and clauses: offsets into the text, and a bound on a sentence's length."""
from __future__ import annotations

from extract.extractors.sentences import MAX_SENTENCE_CHARS, clauses, sentences
from extract.extractors.context import PageContext
from extract.extractors.targets import extract_targets


def test_sentences_keep_offsets_and_closing_quotes():
    text = "他说：“全年地区生产总值增长5.5%。”\n今年目标是增长5%左右；力争更好。"
    got = sentences(text)
    assert [s.text for s in got] == ["他说：“全年地区生产总值增长5.5%。”", "今年目标是增长5%左右；", "力争更好。"]
    assert all(text[s.start:s.end] == s.text for s in got)
    assert [c.text for c in clauses(got[1])] == ["今年目标是增长5%左右；"]


def test_a_line_with_no_sentence_end_is_cut_into_bounded_sentences():
    # a table flattened into one line: every figure's sentence would be the whole page
    text = "经济增长5%" * 1000 + "。最后一句。"
    got = sentences(text)
    assert max(len(s.text) for s in got) <= MAX_SENTENCE_CHARS + 1
    assert "".join(s.text for s in got) == text
    assert all(text[s.start:s.end] == s.text for s in got)
    assert got[-1].text == "最后一句。"


def test_long_sentences_of_real_prose_are_not_cut():
    prose = "坚持稳中求进工作总基调，" * 40 + "推动高质量发展。"   # 488 characters, one sentence
    assert [s.text for s in sentences(prose)] == [prose]


def test_figures_in_an_endless_line_are_still_read(rules):
    text = "经济增长5%" * 400
    rows = extract_targets(PageContext("d", text, "", "2026", ""), rules)
    assert len(rows) == 400
    assert {r["value"] for r in rows} == {5.0}
