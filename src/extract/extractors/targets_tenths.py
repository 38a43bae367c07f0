"""Shares written in tenths (成): 三成, 四成七, 7成3, 超过九成, 五成以上.

News, polls and Taiwan and Hong Kong pages write a share as tenths: 四成七 is 47%, 三成 30%. Such a
figure is written with the unit 成 (value 4.7) and expanded to a percentage (value_base 47, %).
The pattern (settings ``targets.tenths_re``) holds one digit of tenths and, after 成, at most one
more digit; words that open with 成 (成员, 成为, 成都, 一成不变) are not figures.
"""
from __future__ import annotations

from ..rulebook import Rules
from .numbers import number_value
from .targets_figures import Figure, _quals_before
from .targets_lexicon import Lexicon

TENTH = "成"
PERCENT = "%"
RULE = "targets.tenths_re"          # the setting that made the row: what traces it back to rules/


def tenths_figures(text: str, taken: list[Figure], lex: Lexicon, rules: Rules) -> list[Figure]:
    """The figures in tenths of ``text`` that overlap none of the figures already ``taken``."""
    pattern = rules.pattern("targets.tenths_re")
    if pattern is None or TENTH not in text:
        return []
    spans = [(f.start, f.end) for f in taken]
    out = []
    for m in pattern.finditer(text):
        start, end = m.span()
        if any(s < end and start < e for s, e in spans):
            continue
        whole = number_value(m.group("num"))
        tenth = number_value(m.group("tenth")) if m.group("tenth") else 0.0
        if whole is None or tenth is None:
            continue
        value = whole + tenth / 10
        quals = _quals_before(text, start, lex)
        after = lex.trailing_quals.match(text, end)
        if after:
            quals.append(after.group())
        out.append(Figure(start=start, end=end, value=value, value_high=None, unit=TENTH,
                          value_base=round(value * 10, 6), base_unit=PERCENT,
                          qualifier="…".join(quals), rule=RULE))
    return out
