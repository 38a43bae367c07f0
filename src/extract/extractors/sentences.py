"""Sentences and clauses with their character offsets in the clean text.

Every extractor walks the same sentences and clauses of a page, so both are
kept: the last text's sentences, and the clauses of recent sentences (a
:class:`Span` is immutable, its clauses depend on nothing else). Callers only
read the lists they get.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# a sentence ends at 。！？； or a line break; closing quotes stay with it. Both patterns
# match at every offset (what the class skips, an alternative takes, or $), so their
# matches follow one another from the start: a match's offset is the lengths before it
MAX_SENTENCE_CHARS = 1000
"""A run of text this long with no sentence end is cut here. The longest sentence of a
report or news page seen is under 600 characters; past that is a table or code flattened
into one line, and extractors that read a figure's whole sentence would take quadratic
time on it (a 140,000-character line took 97 s)."""
SENTENCE_END = re.compile(r"[^。！？!?；;\n]{0,%d}(?:[。！？!?；;]+[”’」』)）]*|\n|$)?" % MAX_SENTENCE_CHARS)
CLAUSE_PUNCT = "，,。！？!?；;：:●■◆▲"   # what ends a clause, besides a line break: stops and bullets (●年度计划投资…亿元 ●累计完成投资…亿元)
CLAUSE_END = re.compile(f"[^{CLAUSE_PUNCT}\\n]*(?:[{CLAUSE_PUNCT}]+|\\n|$)")
# clauses kept in the memo, least recently used out first (a long page has a few thousand sentences)
CLAUSE_MEMO_MAX = 20_000


class Span(NamedTuple):
    """A stretch of the page: ``text[start:end] == text`` (immutable and hashable: a
    tuple, 2x quicker to make than a frozen dataclass; a page makes tens of thousands)."""

    start: int
    end: int
    text: str


def _spans(pattern: re.Pattern[str], text: str, offset: int = 0) -> list[Span]:
    out = []
    pos = offset
    make = tuple.__new__                # Span(...) without its Python-level __new__
    for raw in pattern.findall(text):  # back to back from the start (see SENTENCE_END)
        stripped = raw.strip()
        if stripped:
            # strip gives the string itself back when there is nothing to strip
            start = pos if stripped is raw else pos + len(raw) - len(raw.lstrip())
            out.append(make(Span, (start, start + len(stripped), stripped)))
        pos += len(raw)
    return out


@lru_cache(maxsize=2)
def sentences(text: str) -> list[Span]:
    """Split ``text`` into sentences; ``text[s.start:s.end] == s.text``.

    Every extractor asks for the same page's sentences: the last texts' are kept
    (a process-local cache; a string's hash is computed once and kept by the string).
    """
    return _spans(SENTENCE_END, text)


@lru_cache(maxsize=CLAUSE_MEMO_MAX)
def clauses(sentence: Span) -> list[Span]:
    """Split a sentence into comma clauses, offsets still into the whole text."""
    return _spans(CLAUSE_END, sentence.text, sentence.start)
