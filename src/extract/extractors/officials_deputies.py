"""The body of a deputy's post written bare, from its head's post named before it in the sentence.

``受泉州市人大常委会主任委托，副主任许文贵主持会议，副主任张建生、…``: 副主任 names no body, but the
sentence has just named the head's post of one (泉州市人大常委会主任): the deputies are that body's.
Only the deputy's post of the same title (副主任 after …主任, 副主席 after …主席) is read so; another
post (秘书长) is left with no body.
"""
from __future__ import annotations

from . import officials_titles as titles
from .line_tokens import PageLines

DEPUTY_RANK = "副"
CLAUSE_LOOKBACK = 60   # characters read back for the head's post, within the sentence
SENTENCE_ENDS = "。！？!?\n"


def head_phrase(text: str, pstart: int, phrase: str, lines: PageLines, tlex, tags: dict) -> str:
    """The title phrase of the head's post of the bare deputy's ``phrase`` (starting at ``pstart``)
    named last before it in its sentence, or ""."""
    post = phrase[len(DEPUTY_RANK):]
    row = titles.title_ending_at(phrase, len(phrase), tlex)
    if not phrase.startswith(DEPUTY_RANK) or not post or row is None or row["word"] != phrase:
        return ""   # a deputy's post written bare only (副主任, not 市人大常委会副主任)
    lo = max(0, pstart - CLAUSE_LOOKBACK)
    cut = max(text.rfind(c, lo, pstart) for c in SENTENCE_ENDS)
    lo = max(lo, cut + 1)
    at = text.rfind(post, lo, pstart)
    while at >= lo:
        end = at + len(post)
        if text[at - len(DEPUTY_RANK):at] != DEPUTY_RANK:   # a head's post, not another deputy's
            got = titles.title_phrase(text, end, lines.at(at), tlex, tags)
            head = text[got[0]:end] if got is not None else ""
            return head if len(head) > len(post) else ""
        at = text.rfind(post, lo, at)
    return ""
