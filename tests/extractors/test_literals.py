"""Word lists as tries: the places found where a form's first two characters stand are
the trie's own finditer matches."""
from __future__ import annotations

import dataclasses
import random

from extract.extractors.targets_places import gazetteer


def test_places_found_at_pair_starts_as_by_finditer(rules):
    gaz = gazetteer(rules)
    assert gaz.starts is not None
    plain = dataclasses.replace(gaz, starts=None)
    forms = sorted(gaz.by_form)
    rng = random.Random(5)
    chars = sorted({c for f in forms for c in f}) + list("的是在，。\n 1")
    for _ in range(20000):
        parts = [rng.choice(forms) if rng.random() < 0.3 else rng.choice(chars)
                 for _ in range(rng.randint(0, 10))]
        # a form cut short or run into the next one
        text = "".join(p[:rng.randint(1, len(p))] if len(p) > 1 and rng.random() < 0.3 else p for p in parts)
        assert gaz.find(text) == plain.find(text), text
