"""An amount in a later clause of a sentence that names one project.

News of one project goes on after its name's clause with clauses whose subject is that project,
left unsaid (某某大桥项目今日开工，总投资5亿元; 某某抽水蓄能电站总装机容量120万千瓦，总投资80亿元). A
clause that opens with the amount (settings ``projects.later_amount_lead_re`` then a
``projects_investment.tsv`` clause row) gives the project its investment when the sentence names
that project alone and no list (a list's total is no item's: ``group_count_re``).
"""
from __future__ import annotations

from typing import Any

from .projects_lexicon import ProjectLexicon, investment_after

LIST_RULE_PREFIX = "pl."          # rows of a list closed by 等 and its tail (project_lists.tsv)


def later_amount(text: str, sent_clauses: list, sent_rows: list[dict[str, Any]], lex: ProjectLexicon) -> None:
    """Give the sentence's one project the amount a later clause opens with, when it has none."""
    # (a name inside another, 南湖大桥 of 南湖大桥项目, is that name's: dropped later)
    outer = [r for r in sent_rows if not any(o is not r and o["start"] <= r["start"] and r["end"] <= o["end"]
                                             and o["end"] - o["start"] > r["end"] - r["start"] for o in sent_rows)]
    if lex.later_amount_lead is None or len({r["name"] for r in outer}) != 1:
        return
    if any(r["rule"].startswith(LIST_RULE_PREFIX) or r["investment"] is not None for r in sent_rows):
        return
    last = max(r["end"] for r in sent_rows)
    for clause in sent_clauses:
        if clause.start < last:
            continue    # the name's own clause and those before it
        start = clause.start + len(clause.text) - len(clause.text.lstrip("，,；; \t"))
        lead = lex.later_amount_lead.match(text, start, clause.end)
        value, unit = investment_after(text, lead.end() if lead else start, clause.end, lex)
        if value is not None:
            for row in sent_rows:
                row["investment"], row["investment_unit"] = value, unit
            return
