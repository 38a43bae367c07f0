"""Projects: named investment and construction projects with list, status and amount.

Clause by clause (``sentences.clauses``):

* items of a ``、`` list closed by ``等`` and a project-list tail (``project_lists.tsv``:
  ``等十大产业项目``, ``等项目开工建设``) — rule id of the tail;
* quoted names with a project suffix (``中车“双碳”产业园``) — ``projects.quoted``;
* names ending in a project suffix (``project_suffixes.tsv``): strong suffixes anywhere
  beside a status verb in the sentence
  (``亳州机场建成通航``), weak ones (``工程``, ``中心``) beside one in the clause — ``projects.suffix:<id>``.

Programmes, campaigns and generic words are refused by ``not_projects.tsv``. Status comes
from the clause's verbs (``project_status.tsv``), investment from ``projects_investment.tsv``.
"""
from __future__ import annotations

from typing import Any

from ..rulebook import Rules
from . import names
from .context import PageContext
from .projects_lexicon import investment_of, lexicon, status_of
from .projects_names import list_items, quoted, suffixed
from .sentences import clauses, sentences


def extract_projects(ctx: PageContext, rules: Rules) -> list[dict[str, Any]]:
    text = ctx.text
    if not text:
        return []
    lex = lexicon(rules)
    toks = names.page_tokens(text, rules, ctx.doc_id)
    tags = names.lexicon(rules).tags
    rows: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    for sent in sentences(text):
        in_sentence = bool(status_of(sent.text, lex))
        for clause in clauses(sent):
            status = status_of(clause.text, lex)
            found = [*list_items(text, clause, toks, lex, bool(status)),
                     *quoted(text, clause, lex, bool(status), in_sentence),
                     *suffixed(text, clause, toks, tags, lex, bool(status), in_sentence)]
            if not found:
                continue
            value, unit = investment_of(clause.text, lex)
            for start, end, list_name, rule in found:
                if any(s <= start and end <= e for s, e in taken):
                    continue  # inside a name already taken (a list item, a quoted name)
                taken.append((start, end))
                rows.append({
                    "name": text[start:end], "list_name": list_name, "status": status,
                    "investment": value, "investment_unit": unit, "region": ctx.region,
                    "sentence": sent.text, "start": start, "end": end, "rule": rule,
                })
    return rows
