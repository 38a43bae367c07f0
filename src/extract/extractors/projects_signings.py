"""Signings: a project signed (A公司和B县政府签约C项目, 现场签约D基地项目) is named with no building verb.

A signing is no building verb, yet news of signings names the projects signed, one clause each: the
verb ties the suffixed names of its clause as a visit to the sites does, with no status of its own
(a signed project is not yet begun; lists closed by 等 and a signing tail are project_lists
pl.signed_projects). The verbs are settings ``projects.signing_re``.
"""
from __future__ import annotations

from .projects_lexicon import ProjectLexicon


def signs(words: str, lex: ProjectLexicon) -> bool:
    """The words hold a signing verb (签约C项目; not 签约额, 家庭医生签约服务)."""
    return lex.signing is not None and lex.signing.search(words) is not None
