"""The label a line opens with before a colon names the subject of its figures.

Progress reports list items as "重大基础设施项目：累计完成投资104.08亿元，完成年度计划的94.98%。":
the colon ends a clause, so the figure's own words name only 投资. A label of a category
(settings ``targets.line_label_re``: …项目, …产业, …行业) goes in front of the indicator of the
figures of the line's first sentence, unless the indicator holds it already.
"""
from __future__ import annotations

from ..rulebook import Rules


def labelled(text: str, sent_start: int, clause_start: int, indicator: str, rules: Rules) -> str:
    """``indicator`` with the label its line opens with in front, when that label (followed by a
    colon) ends where the sentence's first clause does and the figure's clause is not the label's;
    else ``indicator`` as it is."""
    label_re = rules.pattern("targets.line_label_re")
    if label_re is None or not indicator:
        return indicator
    line_start = text.rfind("\n", 0, sent_start) + 1
    if line_start != sent_start:
        return indicator               # a later sentence of the line: the label was the first's
    m = label_re.match(text, line_start)
    if m is None or clause_start < m.end():
        return indicator
    label = m.group("label")
    return indicator if label in indicator else label + indicator
