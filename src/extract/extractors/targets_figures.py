"""Find the figures of a text: number (or range), magnitude, unit and qualifiers.

A figure is a number with a unit (``8.5%``, ``2.03万个``, ``2-3个``,
``百分之五``) or a bare magnitude (``30亿``, ``千亿``). Dates, years, ordinals,
codes and numbers inside short quoted names are not figures
(``rules/targets_filters.tsv``).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import regex

from ..rulebook import Rules
from .numbers import (CN_CHARS, TRILLION, arabic_value, chinese_approx, chinese_value, compound_value, expand,
                      is_chinese, number_value)
from .targets_lexicon import GAP_CHARS, Lexicon

CN_DIGIT = regex.compile(r"[一二两三四五六七八九]")
# after a bare magnitude (30亿, 千亿) the figure must end: punctuation, or 的
# a minus sign right before an Arabic figure, after a word or a copula (为-1.5‰), not after a
# digit or letter (5-6%, G15-2: a range or a code)
NEGATIVE = regex.compile(r"(?:^|(?<=[\p{Han}:：(（\s]))[-−－]$")
BARE_NEXT_OK = regex.compile(r"(?:[^\p{Han}]|的|$)")
# a number before a list mark right before a rate, with no unit of its own but the 个 of
# 个百分点 (0.8和1.1个百分点, 3.4个、1个百分点); not after a digit, point, letter or 第
ELIDED = regex.compile(r"(?<![0-9０-９.．A-Za-z第])(?P<n>[0-9０-９]+(?:[.．][0-9０-９]+)?)(?P<ge>个)?\s*(?:、|和|与|及)\s*$")
ELIDED_WINDOW = 16
COUNT_OF_RATE = "个"
BEFORE_QUAL_WINDOW = 8   # characters before a figure searched for its adjacent qualifier (不低于, 控制在)
# the figure pattern's groups a figure is read from, in the order _figure takes them
FIGURE_GROUPS = ("num", "num2", "unit", "mag", "pct", "after", "ap1", "ap2", "m1", "c1", "per",
                 "big", "low", "big2", "low2")


@dataclass
class Figure:
    start: int
    end: int
    value: float
    value_high: float | None
    unit: str            # as written, magnitude included
    value_base: float
    base_unit: str
    qualifier: str
    rule: str            # id of the unit rule that made it
    noun: str = ""       # the word the unit opens, which the figure counts (14亿人口: 人口)


def find_figures(text: str, lex: Lexicon, rules: Rules) -> list[Figure]:
    """Every figure of ``text`` with offsets into it, in order."""
    min_cn, lone = _lone_numerals(rules)
    masks: tuple[list[int], list[int]] | None = None
    out: list[Figure] = []
    # groups by number: a name is looked up on every call (15k matches on the real pages)
    index = lex.figure.groupindex
    unit_g, mag_g, pct_g, num_g = index["unit"], index["mag"], index["pct"], index["num"]
    groups = tuple(index[g] for g in FIGURE_GROUPS)
    for m in lex.figure.finditer(text):
        unit_word, mag, pct_cn, num = m.group(unit_g, mag_g, pct_g, num_g)
        if not (unit_word or mag) and pct_cn is None:
            continue                    # a bare number (most matches): a year, a date, a count without a unit
        if not mag and num in lone:
            continue                    # 一个, 三项, 十分: what _figure refuses, without making it
        fig = _figure(m, groups, text, lex, min_cn)
        if fig is None:
            continue
        if masks is None:               # (only pages with a figure)
            masks = _merged(_masked_spans(text, lex))
        mask_starts, mask_ends = masks
        k = bisect_right(mask_starts, fig.start) - 1
        if k >= 0 and fig.start < mask_ends[k]:
            continue                    # inside a masked span
        out.append(fig)
    return _elided_units(out, text, lex) if out else out


def _elided_units(figures: list[Figure], text: str, lex: Lexicon) -> list[Figure]:
    """The numbers of a list whose unit only its last figure writes (``分别高于全国0.8和1.1个百分点``,
    ``分别快于全国3.4个、1个百分点``): each a figure in that unit. Only rates (percent units): a
    bare number before a count (3、5个) is as often an ordinal or a code."""
    by_start = {f.start: k for k, f in enumerate(figures)}
    added: list[Figure] = []
    for f in figures:
        if lex.unit_kind.get(f.unit) != "percent":
            continue
        last = f
        while True:
            lo = max(0, last.start - ELIDED_WINDOW)
            m = ELIDED.search(text[lo:last.start])
            if m is None:
                break
            start, end = lo + m.start("n"), lo + m.end("n") + len(m.group("ge") or "")
            value = number_value(m.group("n"))
            if value is None:
                break
            base_value, base_unit = expand(value, f.unit)
            fig = Figure(start=start, end=end, value=value, value_high=None, unit=f.unit,
                         value_base=base_value, base_unit=lex.unit_base.get(base_unit, base_unit),
                         qualifier="", rule=f.rule)
            k = by_start.get(start)
            if k is not None and figures[k].unit != COUNT_OF_RATE:
                break                   # a figure of its own (3.4%、5个): no elided unit
            if k is not None:
                figures[k] = fig        # 3.4个、1个百分点: 个 is the first word of 个百分点
            else:
                added.append(fig)
            last = fig
    return sorted(figures + added, key=lambda g: g.start) if added else figures


def _lone_numerals(rules: Rules) -> tuple[float, frozenset[str]]:
    """``targets.min_chinese_value``, and the Chinese numerals that alone, without a
    magnitude, make no figure in ``_figure``: below that value, or no digit (十, 百, 千)."""
    def build() -> tuple[float, frozenset[str]]:
        min_cn = float(rules.setting("targets.min_chinese_value", 10))
        values = {c: chinese_value(c) for c in CN_CHARS}
        return min_cn, frozenset(c for c, v in values.items() if v is None or v < min_cn or not CN_DIGIT.search(c))
    return rules.cached("targets.lone_numerals", build)


def _masked_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    spans = []
    for cue in lex.filters_span:
        spans.extend(m.span() for m in cue.pattern.finditer(text))
    return spans


def _merged(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The union of ``spans`` as disjoint sorted spans (starts, ends), for bisecting."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(spans):
        if starts and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def _figure(m: regex.Match, groups: tuple[int, ...], text: str, lex: Lexicon, min_cn: float) -> Figure | None:
    """The figure of a match with a unit, a magnitude or 百分之 (``find_figures`` passes no other);
    ``groups`` numbers the groups of ``FIGURE_GROUPS``."""
    num, num2, unit_word, mag, pct_cn, after, ap1, ap2, mag1, count1, per, big, low, big2, low2 = m.group(*groups)
    unit_word = unit_word or ""
    mag = mag or ""
    if (mag1 and not mag) or (count1 and count1 != unit_word):
        return None                     # 6万到8, 3个—5家: no range of one measure
    if pct_cn is not None:
        value = number_value(pct_cn)
        unit_word, written_unit = "%", "%"
    else:
        value = number_value(num)
        written_unit = mag + unit_word
    if value is None:
        return None
    big, low = big or big2, low or low2
    if big:                             # 2兆6,218亿元: one number, in the lower magnitude
        if num2:
            return None
        value = compound_value(value, big, arabic_value(low), mag)
        if value is None:
            return None
    cn = pct_cn is None and is_chinese(num)
    if cn and TRILLION in mag:
        return None                     # 四百五十兆（每兆一百万）两: older texts' 兆 is a million; news writes 2.6兆
    approx = chinese_approx(num) if cn and not num2 else None
    if approx is False:
        return None                     # 唯一一家: two words, not a number
    start, end = m.span()
    after = after or ""
    if after:
        end = m.start(groups[5])        # the figure ends before its after-qualifier and a space
        while end > start and text[end - 1] in GAP_CHARS:
            end -= 1
    bare_noun = ""
    if not unit_word:                   # bare magnitude: 30亿的, 突破千亿、
        counted = lex.bare_nouns.match(text, end) if mag and not after else None
        if counted:                     # 1.5万贫困户: the word after the magnitude is counted
            bare_noun = counted.group()
        elif not BARE_NEXT_OK.match(text, m.end() if after else end):
            return None                 # 保持在1000万以上。: the bound closes the figure
    if cn and not mag and (
            (approx[0] if approx else value) < min_cn or not CN_DIGIT.search(num)):
        return None                     # 三个高地, 两张照片, 千名企业家大会: wording, not a figure
    if _filtered(text, start, end, lex):
        return None
    high = number_value(num2) if num2 else None
    if mag1 and high is not None:
        # 6万至8万元, 8000万至1.2亿元: the low end in the high end's magnitude
        value = expand(value, mag1)[0] / expand(1.0, mag)[0]
    if approx:
        value, high = approx            # 两三个, 十六七岁: a range
        num2 = "approx"
    if num2 and high is None:
        return None
    if high is not None and high <= value:
        return None                     # 5-3: not a range (a date, a score)
    if not cn and NEGATIVE.search(text, max(0, start - 2), start):
        start -= 1                      # 人口自然增长率为-1.5‰: a minus sign, not a hyphen
        value = -value
        high = -high if high is not None else None
        if high is not None:
            value, high = high, value
    ap = ap1 or ap2 or ""
    quals = _quals_before(text, start, lex)
    quals += [q for q in (ap, after) if q]
    base_value, base_unit = expand(value, written_unit)
    base_unit = lex.unit_base.get(base_unit, base_unit)
    if per:                             # a rate: 0.62元/千瓦时, 12万吨/日
        written_unit, base_unit = f"{written_unit}/{per}", f"{base_unit}/{per}"
    noun = bare_noun
    end += len(bare_noun)
    if unit_word and not after and not per:         # 14亿多人口: the unit 人 opens the word the figure counts
        noun = next((w for w in lex.unit_nouns if w.startswith(unit_word)
                     and text.startswith(w[len(unit_word):], end)), "")
        end += len(noun) - len(unit_word) if noun else 0
    return Figure(
        start=start, end=end, value=value, value_high=high, unit=written_unit,
        value_base=base_value, base_unit=base_unit, qualifier="…".join(quals),
        rule=lex.unit_rule.get(unit_word, lex.unit_rule.get(mag[-1:], "")), noun=noun,
    )


def _quals_before(text: str, start: int, lex: Lexicon) -> list[str]:
    """The qualifiers before a figure: a modal word earlier in its clause (``力争全年增长6%``,
    ``增长5.5%左右、力争6%``), then the word directly before it (``不低于5%``)."""
    quals = []
    modal = lex.clause_quals.search(text, max(0, start - lex.clause_qual_max), start)
    if modal:
        quals.append(modal.group("q"))
    before = lex.before_quals.search(text[max(0, start - BEFORE_QUAL_WINDOW):start])
    if before and before.group("q") not in quals:
        quals.append(before.group("q"))
    return quals


def _filtered(text: str, start: int, end: int, lex: Lexicon) -> bool:
    left = text[max(0, start - 12):start]
    right = text[end:end + 4]
    before, after = lex.filters_before_any, lex.filters_after_any
    return (bool(before.search(left)) if before is not None
            else any(c.pattern.search(left) for c in lex.filters_before)) or \
        (bool(after.match(right)) if after is not None
         else any(c.pattern.match(right) for c in lex.filters_after))
