"""Approvals: a project approved (国家发改委批复, 核准, 获批, 同意某某项目) is a planned one.

An approval verb is no building verb, yet news of approvals names projects: the verb ties the names
of its clause and the lists of the clauses after it in the sentence (批复或核准多个重大基础设施项目，包括A等
交通设施，B、C等水利设施), and a name so tied with no status verb of its own clause is planned.
The verbs are settings ``projects.approval_re``; the status ``projects.approval_status``.
"""
from __future__ import annotations

import regex

from .projects_lexicon import ProjectLexicon

LEADING_MARKS = regex.compile(r"^[\s，,；;：:]+")


def approves(words: str, lex: ProjectLexicon) -> bool:
    """The words hold an approval verb (批复, 核准, 同意某某项目)."""
    return lex.approval is not None and lex.approval.search(words) is not None


def approval_status(words: str, here: bool, earlier: bool, listed: bool, lex: ProjectLexicon) -> str:
    """The status an approval gives a clause with no status verb of its own: ``approval_status``
    when the clause holds an approval verb (``here``), or when it holds a list (``listed``) or opens
    with a list cue (settings projects.list_cues) and an earlier clause of its sentence holds one
    (``earlier``: 批复A等交通设施，B、C等水利设施; 批复两项基建，分别为A和B); else ''. A name alone in a
    later clause is no object of the approval (某某平台获批立项，某某装置进入总装)."""
    listed = listed or LEADING_MARKS.sub("", words).startswith(lex.list_cues)
    return lex.approval_status if here or (earlier and listed) else ""
