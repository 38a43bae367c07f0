"""Sentences and clauses with their character offsets in the clean text."""
from __future__ import annotations

from dataclasses import dataclass

import regex

# a sentence ends at 。！？； or a line break; closing quotes stay with it
SENTENCE_END = regex.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』)）]*|\n|$)")
CLAUSE_END = regex.compile(r"[^，,。！？!?；;：:\n]*(?:[，,。！？!?；;：:]+|\n|$)")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def _spans(pattern: regex.Pattern[str], text: str, offset: int = 0) -> list[Span]:
    out = []
    for m in pattern.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = offset + m.start() + lead
        out.append(Span(start, start + len(stripped), stripped))
    return out


def sentences(text: str) -> list[Span]:
    """Split ``text`` into sentences; ``text[s.start:s.end] == s.text``."""
    return _spans(SENTENCE_END, text)


def clauses(sentence: Span) -> list[Span]:
    """Split a sentence into comma clauses, offsets still into the whole text."""
    return _spans(CLAUSE_END, sentence.text, sentence.start)
