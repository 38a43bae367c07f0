"""Places that name a page's region only from its title or lede (``rules/places_lede.tsv``).

One-character counties (房县, 凤县, 沛县) sit inside ordinary words (住房县城, 典礼县委), so
places.tsv leaves them out and running text is not searched for them; but a page about one
names it in its headline or first lines, and there it is the page's region.
"""
from __future__ import annotations

from typing import Any

from ..rulebook import Rules
from .literals import literal_pattern


def lede_table(rules: Rules) -> list[tuple[str, str, str, str, str]]:
    """(id, word, level, parent, province) of each place of places_lede.tsv."""
    return rules.cached("targets.lede_places", lambda: [
        (r.id, r["word"], r["level"], r["parent"], r.get("province", "")) for r in rules.table("places_lede")])


def find_lede(text: str, end: int, gaz: Any, rules: Rules) -> list[tuple[int, Any]]:
    """The places of places_lede.tsv that ``text[:end]`` names as words of their own (jieba's
    cut, as the full names of counties in places.tsv), with their offsets."""
    forms = rules.cached("targets.lede_pattern", lambda: _pattern(rules))
    if forms is None:
        return []
    out = []
    for m in forms.finditer(text, 0, end):
        place = gaz.by_form.get(m.group())
        if place is not None and gaz._a_word(text, m.start(), m.end()) and not gaz._in_name(text, m.start(), m.end()):
            out.append((m.start(), place))
    return out


def _pattern(rules: Rules):
    words = {w: True for _, w, _, _, _ in lede_table(rules)}
    return literal_pattern(words) if words else None

