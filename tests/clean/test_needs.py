"""needs() never leaves out a rule that matches: every match holds one of its character sets."""
from __future__ import annotations

import regex
from hypothesis import given, settings, strategies as st

from extract.clean.needs import CharIndex, may_match, needs

ALPHABET = "ab中文|(-1 　"
LITERALS = ["a", "b", "中", "文", r"\|", r"\(", r"\-", "　", "𠀀"]
OTHERS = [".", r"\d", r"\s", r"\S", r"\p{Han}", "[ab]", "[^a]", "^", "$", r"\b", "[中文]", "(?:a|中)", "(?P<v>b文)", "(a)",
          "(?=中)", "(?!a)", "(?<=b)", "(?<!中|文)"]
ZERO_WIDTH = ("^", "$", r"\b", "(?=中)", "(?!a)", "(?<=b)", "(?<!中|文)")
QUANTIFIERS = ["", "", "", "", "", "+", "{2}", "?", "*", "{0,2}", "{1,3}", "{,2}", "*?", "++", "{2,}"]


@st.composite
def patterns(draw, depth: int = 0) -> str:
    branches = []
    for _ in range(draw(st.integers(1, 3))):
        items = []
        for _ in range(draw(st.integers(1, 4))):
            pick = draw(st.integers(0, 9))
            atom = (draw(st.sampled_from(LITERALS)) if pick < 6 else draw(st.sampled_from(OTHERS)) if pick < 9 or depth > 1
                    else f"(?:{draw(patterns(depth + 1))})")
            items.append(atom + ("" if atom in ZERO_WIDTH else draw(st.sampled_from(QUANTIFIERS))))
        branches.append("".join(items))
    return "|".join(branches)


def test_known_needs():
    assert set(needs(regex.compile(r"(?:浏览量|阅读数)\s*\d*"))) == {frozenset("浏览量"), frozenset("阅读数")}
    assert needs(regex.compile(r"^来源[:：]\S{0,5}$")) == (frozenset("来源"),)
    assert needs(regex.compile(r"a?b*")) is None and needs(regex.compile(r"(?i)abc")) is None
    assert needs(regex.compile(r"a{e<=1}")) is None
    # a lookaround consumes nothing: what it looks at need not be in the text searched
    assert needs(regex.compile(r"(?<!\d)编辑")) == (frozenset("编辑"),)
    assert set(needs(regex.compile(r"(?<!提)前\d个?月(?!\d)|[上下]半年(?=[，,])"))) == {frozenset("前月"), frozenset("半年")}
    assert needs(regex.compile(r"(?=编辑)\S+")) is None
    assert needs(regex.compile(r"\x41b")) is None and needs(regex.compile(r"[[:alpha:]]x")) is None


@settings(max_examples=600, deadline=None)
@given(patterns(), st.lists(st.text(alphabet=ALPHABET + "𠀀", max_size=14), min_size=1, max_size=8))
def test_a_match_holds_what_the_pattern_needs(pattern, lines):
    try:
        rx = regex.compile(pattern)
    except regex.error:
        return
    sets = needs(rx)
    index = CharIndex(c for s in sets or () for c in s)
    for line in lines:
        if rx.search(line):
            assert may_match(sets, index.present(line)), (pattern, line, sets)


def test_the_rules_matching_seed_lines_are_kept(rules, seed_texts):
    rows = [r for table in ("boilerplate", "meta") for r in rules.table(table)]
    sets = {r.id: needs(r.regex()) for r in rows}
    index = CharIndex(c for s in sets.values() for one in s or () for c in one)
    lines = [ln.strip() for text in seed_texts.values() for ln in text.splitlines() if ln.strip()]
    matched = 0
    for line in lines:
        present = index.present(line)
        for r in rows:
            if r.regex().search(line):
                matched += 1
                assert may_match(sets[r.id], present), (r.id, line)
    assert matched > 20 and sum(s is not None for s in sets.values()) > 20
