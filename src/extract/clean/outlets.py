"""An outlet's name as a page prints it (来源：新华网), rid of what is not one.

``rules/meta.tsv`` rows of field ``not_source`` name values that are no outlet
(转载, 本站原创, 互联网); rows of field ``source_trim`` name what a value may
carry on its end from the next label (求是网参与互动, 证券时报网作者). Text and
HTML pages both pass their candidates through :func:`clean_outlet`.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..rulebook import Rules

QUOTE_OR_MARKUP = regex.compile(r"[=\"'<>]")   # size="20": an attribute shown as text
# a closing bracket with no opening one in the value: the end of the bracket the value stood in
# (（来源：上海证券报）)
LOOSE_CLOSE = regex.compile(r"^(?P<v>[^（(]*)[）)]$")
MIN_TRIMMED = 3   # characters left after a source_trim, else the value stays whole


@dataclass(frozen=True)
class OutletRules:
    refuse: regex.Pattern | None
    trim: regex.Pattern | None
    found: tuple = ()     # the source rules' patterns, in order: a group ``value`` names the outlet


def outlet_rules(rules: Rules) -> OutletRules:
    def build() -> OutletRules:
        rows = rules.table("meta")
        refuse = [r["pattern"] for r in rows if r["field"] == "not_source"]
        trim = [r["pattern"] for r in rows if r["field"] == "source_trim"]
        return OutletRules(regex.compile("|".join(f"(?:{p})" for p in refuse)) if refuse else None,
                           regex.compile("(?:" + "|".join(f"(?:{p})" for p in trim) + ")$") if trim else None,
                           tuple(r.regex("pattern") for r in rows if r["field"] == "source"))

    return rules.cached("meta:outlets", build)


def clean_outlet(value: str, rules: Rules) -> str:
    """``value`` as an outlet's name, or '' when it is none (markup, a generic word)."""
    value = value.strip("　 ")
    if not value or QUOTE_OR_MARKUP.search(value):
        return ""
    loose = LOOSE_CLOSE.match(value)
    if loose:
        value = loose.group("v").strip("　 ")
    orules = outlet_rules(rules)
    if orules.trim is not None:
        trimmed = orules.trim.sub("", value).strip("　 ")
        if len(trimmed) >= MIN_TRIMMED:
            value = trimmed   # 证券时报网作者 -> 证券时报网, but 中国记者 (a journal) stays
    if len(value) < 2 or (orules.refuse is not None and orules.refuse.fullmatch(value)):
        return ""
    return value


def outlet_in(text: str, rules: Rules) -> str:
    """The first outlet a ``source`` rule of ``rules/meta.tsv`` finds in ``text`` (one line of a
    page: 来源：新华网, 株洲日报讯), cleaned by :func:`clean_outlet`; '' for none."""
    for pattern in outlet_rules(rules).found:
        for m in pattern.finditer(text):
            value = clean_outlet(m.group("value"), rules)
            if value:
                return value
    return ""
