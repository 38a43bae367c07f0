"""The period cues are searched only in sentences holding the characters each cue's every
match needs (``clean.needs``): the gate must never skip a cue that matches."""
from __future__ import annotations

import regex

from extract.clean.needs import may_match
from extract.extractors.targets_lexicon import lexicon


def test_every_period_cue_is_gated(rules):
    lex = lexicon(rules)
    unread = [c.id for c, need in zip(lex.periods, lex.period_needs) if need is None]
    assert unread == []         # a cue needs() cannot read is searched in every sentence


def test_the_gate_keeps_every_cue_that_matches(rules, seed_texts):
    lex = lexicon(rules)
    sentences = [s for text in seed_texts.values() for s in regex.split(r"(?<=[。！？；\n])", text) if s.strip()]
    sentences += ["2025年1-10月份，全市规上工业增加值增长6.2%。", "前三季度，全县地区生产总值增长5.1%。",
                  "“十四五”开局之年，全省GDP增长8.1%，比上年同期高1.2个百分点。", "创2010年以来新高。"]
    matched = 0
    for s in sentences:
        chars = frozenset(s)
        for cue, need in zip(lex.periods, lex.period_needs):
            if cue.pattern.search(s):
                matched += 1
                assert may_match(need, chars), (cue.id, s)
    assert matched > 30
