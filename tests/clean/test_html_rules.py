"""The compiled HTML rules: the factored noise union and the markup's name test."""
from __future__ import annotations

import random
import re
from pathlib import Path

from extract.clean.html.rules import Markup, factor_union, html_rules
from extract.rulebook import load_rules

RULES = Path(__file__).resolve().parents[2] / "rules"
ALPHABET = "abcdefghijklmnoprstuvwxyz_- 0123456789"


def _names(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = ["nav", "menu", "share", "comment", "footer", "side", "content", "article", "ad", "top", "box"]
    out = []
    for _ in range(n):
        parts = [rng.choice(words) if rng.random() < 0.6 else
                 "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 8))) for _ in range(rng.randint(1, 4))]
        out.append(rng.choice([" ", "-", "_", ""]).join(parts))
    return out


def test_noise_union_is_factored_and_finds_what_the_rules_find():
    hr = html_rules(load_rules(RULES))
    pats = [p for _rid, p in hr.noise]
    assert not hr.noise_any.pattern.startswith("(?:(?:")   # the shared edges are written once
    for name in _names(5000, 1):
        assert (hr.noise_any.search(name) is not None) == any(p.search(name) for p in pats), name


def test_factor_union_keeps_the_meaning_of_every_pattern():
    cases = [
        ["a(b)c", "a(d)c"],
        ["ab|c", "ad"],             # a top-level alternative: not factored
        ["(x)+y", "(x)+z"],         # a quantified group is not an edge
        ["(x)y", "(x)"],
        ["[)(]a", "[)(]b"],         # parentheses inside a class
        [r"(?:^|\s)(?:nav)(?:$|\s)", r"(?:^|\s)(?:menu[a-z]*)(?:$|\s)", r"(?:^|\s)top(?:$|\s)"],
        [r"\(a\)", r"\(b\)"],
    ]
    for pats in cases:
        union = re.compile("|".join(f"(?:{p})" for p in pats))
        factored = re.compile(factor_union(pats))
        for text in _names(2000, 2) + ["abc", "adc", "xxy", "(a)", "(b)", ")a", "nav", " top ", "ab", "c"]:
            assert (union.search(text) is not None) == (factored.search(text) is not None), (pats, text)


def test_markup_spells_names_written_or_referenced():
    page = Markup('<div class="TRS_Editor">x</div><p>&nbsp;&amp;</p>')
    assert page.spells("TRS_Editor")
    assert not page.spells("mw-parser-output")        # no reference writes any of its characters
    assert Markup('<div class="mw&#45;parser&#x2D;output">').spells("mw-parser-output")
    assert Markup('<div class="&Agrave;x">').spells("Àx")


def test_an_image_floated_in_the_text_is_not_a_floating_ad():
    # a caption box of an image centred or floated in the article keeps its caption; floating ad
    # boxes still go
    hr = html_rules(load_rules(RULES))
    for article in ("image-container image-float-center", "img float-left", "pic float_right", "figure float-none", "floatImg center", "float-pic"):
        assert hr.noise_rule(article, None) == "", article
    for ad in ("float", "floatad", "float_ad", "float-box", "floating-layer", "float-right-ad"):
        assert hr.noise_rule(ad, None) == "noise.ad", ad
