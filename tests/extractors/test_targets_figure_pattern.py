"""The figure pattern's bare-run branch skips only matches find_figures passes over anyway."""
from __future__ import annotations

import random

import regex

from extract.extractors.numbers import CN_CHARS
from extract.extractors.targets_lexicon import lexicon

SKIP = "(*SKIP)(*FAIL)|"


def figures(pattern, text: str) -> list[tuple]:
    """(span, groups) of the matches with a unit, a magnitude or 百分之: the ones kept."""
    index = pattern.groupindex
    out = []
    for m in pattern.finditer(text):
        unit, mag, pct = m.group(index["unit"], index["mag"], index["pct"])
        if unit or mag or pct is not None:
            out.append((m.span(), m.groupdict()))
    return out


def test_bare_runs_skipped_as_finditer_would(rules):
    figure = lexicon(rules).figure
    assert SKIP in figure.pattern
    plain = regex.compile(figure.pattern.split(SKIP, 1)[1])     # the figure branch alone
    units = [r["unit"] for r in rules.table("units")]
    quals = [q["word"] for q in rules.table("qualifiers")]
    pieces = [*"0123456789０５,，.．点万亿分之—–－-~～到至 \n\t年的是了在和统日元", *CN_CHARS,
              *units, *quals, "百分之", "2024", "1,234", "3.5"]
    rng = random.Random(7)
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert figures(figure, text) == figures(plain, text), text


def test_lone_numerals_are_what_figure_refuses(rules):
    from extract.extractors.targets_figures import FIGURE_GROUPS, _figure, _lone_numerals

    lex = lexicon(rules)
    min_cn, lone = _lone_numerals(rules)
    groups = tuple(lex.figure.groupindex[g] for g in FIGURE_GROUPS)
    units = [r["unit"] for r in rules.table("units") if r["kind"] != "magnitude"]
    checked = 0
    for c in CN_CHARS:
        for unit in units:
            for text in (f"{c}{unit}的", f"共{c}{unit}", f"{c}至二十{unit}", f"{c}多{unit}以上"):
                for m in lex.figure.finditer(text):
                    if m.group("num") != c or m.group("mag") or m.group("pct") is not None:
                        continue
                    refused = _figure(m, groups, text, lex, min_cn) is None
                    assert refused or c not in lone, text
                    checked += 1
    assert checked > 1000
