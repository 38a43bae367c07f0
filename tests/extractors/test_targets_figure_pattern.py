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
