"""An indicator written after its figure: 有2.9亿元盈余, 实现了3.2亿元的利润.

The indicator is read from the words before a figure; when those end in a verb of having or
achieving (有, 实现了, 获得) and the figure is followed by the noun of what it measures (盈余, 利润,
营业收入), that noun names it (settings ``targets.trailing_lead_re`` and ``targets.trailing_noun_re``).
"""
from __future__ import annotations

from ..rulebook import Rules


def trailing_indicator(text: str, clause_start: int, start: int, end: int, indicator: str, rules: Rules) -> str | None:
    """The indicator of the figure at ``start``-``end`` of ``text`` when the words before it in its
    clause (from ``clause_start``) end in a verb of having or achieving and a measure noun follows
    it: the indicator named so far in the clause, its verb cut off, with the noun after it (公司 ->
    公司利润); else None."""
    lead = rules.pattern("targets.trailing_lead_re")
    noun = rules.pattern("targets.trailing_noun_re")
    if lead is None or noun is None:
        return None
    verb = lead.search(text, clause_start, start)
    after = noun.match(text, end) if verb is not None else None
    if after is None:
        return None
    subject = indicator or ""
    cut = lead.search(subject)              # the verb itself may still end the indicator (…后有)
    if cut is not None:
        subject = subject[:cut.start()]
    if subject and subject not in text[clause_start:verb.start()]:
        subject = ""                        # named from beyond the clause (a headline): the noun alone
    return subject + after.group("noun")
