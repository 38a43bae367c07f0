"""Statuses a name takes from words of its own, not from its clause's verb.

- A status verb modifying the name (已建成的A、即将开建的B; 在建的C): each item of a list so written has
  its own stage, where the clause's strongest verb would give one to all (settings
  ``projects.own_status_re``: the modifier before 的, right before the name).
- A ceremony of starts or completions in an earlier clause of the sentence (某区举行重大项目集中开工仪式，
  包含A、B等20个项目): the list's items are the projects started (``projects.ceremony_re``).
"""
from __future__ import annotations

from .projects_lexicon import ProjectLexicon, last_match, status_of

PLANNED = "planned"


def own_status(text: str, floor: int, start: int, lex: ProjectLexicon) -> str:
    """The status of a verb modifying the name at ``start`` (已建成的A), looked for in text[floor:start]."""
    if lex.own_status is None:
        return ""
    m = next((m for m in lex.own_status.finditer(text, floor, start + 1) if m.end() == start), None)
    if m is None:
        return ""
    return PLANNED if m.group("modal") else status_of(m.group("verb"), lex)   # (即将开建的B: not yet begun)


def ceremony_status(prefix: str, lex: ProjectLexicon) -> str:
    """The status of the last ceremony of starts or completions in ``prefix`` (集中开工仪式), or ''."""
    last = last_match(lex.ceremony, prefix)
    return status_of(last.group("verb"), lex) if last is not None else ""
