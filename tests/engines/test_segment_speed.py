"""rjieba stands in for jieba only if it yields jieba's tokens, user words included."""
from __future__ import annotations

import pytest

import extract
from extract.segment.tokens import fast_tokenizer, segment, segment_fast, tokenizer

from ..conftest import shared

rjieba = pytest.importorskip("rjieba")


@pytest.fixture(scope="module")
def cutters(rules):
    tk = tokenizer(rules)
    return tk, fast_tokenizer(rules, tk)


def same_tokens(texts, cutters) -> None:
    tk, rj = cutters
    for name, text in texts:
        assert segment_fast(text, rj) == segment(text, tk, hmm=False), name


def test_settings_choose_rjieba_without_hmm(rules):
    assert rules.setting("segment.hmm") is False and rules.setting("segment.engine") == "rjieba"


def test_seed_texts_cut_the_same(seed_texts, cutters):
    same_tokens(seed_texts.items(), cutters)


def test_seed_clean_texts_cut_the_same(seed_texts, cutters):
    from ..conftest import CORPUS

    texts = []
    for path in sorted(CORPUS.glob("*.txt")):
        docs = extract.process_page(path.read_bytes(), source_path=str(path))["documents"]
        texts += [(path.name, t) for t in docs["text"].dropna()]
    assert texts
    same_tokens(texts, cutters)


def test_user_words_stay_whole(rules, cutters):
    _, rj = cutters
    for word in rules.words("titles", "word")[:50]:
        if len(word) > 1:
            assert word in segment_fast(f"今天{word}来了", rj).split(" ")


def test_real_page_markup_cuts_the_same(cutters):
    """Raw pages: Latin, digits, punctuation and Han mixed, the hardest case for equality."""
    pages = sorted(shared("realpages", "pages").iterdir())[:12]
    same_tokens([(p.name, p.read_bytes().decode("gb18030", errors="replace")) for p in pages], cutters)
