"""Lists of projects opened by a heading that counts them, with no ``等`` tail.

``这15个项目分别是A、B和C。`` (settings ``projects.list_head_re``): the items follow the heading on
its line, up to the clause's end; ``7个项目分别是：A项目，总投资3.1亿元；B项目，总投资1.2亿元；…`` (each item followed by its own
amount clause, settings ``projects.headed_amount_tail_re``): the item of each ``；`` piece up to the
sentence's end; ``这十大工程分别是：`` at a line's end: the items are the numbered
lines after it (``1、A；`` ``2、B；``), one clause each. Under a heading of 工程 (programmes share
it) only items ending in a project suffix or works on a named thing are taken; under one of
项目 every item.
"""
from __future__ import annotations

from typing import Iterator

import regex

from .line_tokens import PageLines
from .projects_lexicon import ProjectLexicon, ends_with_suffix, works_item
from .projects_names import CLOSE_BRACKETS, OPEN_BRACKETS, clean_item, valid

RULE = "projects.headed_list"
SUFFIXED_KIND = "工程"      # a heading of this kind takes only suffixed items (十大工程: programmes too)
ITEM_END = regex.compile(r"[，,。；;！!？?：:\n]")
CLAUSE_COMMAS = "，,"
PIECE_ENDS = "；;"
MIN_AMOUNT_PIECES = 2       # a list of amount pieces has two or more (one is a heading's lone clause: 包括A、B等，总投资…)
SENTENCE_END = regex.compile(r"[。！!？?\n]")
NUMBERED_LINE = regex.compile(r"[ \t　]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \t　]*[、.．)）][ \t　]*")
AND_WORDS = ("和", "及", "以及")   # join two items when the first ends in a project suffix
TRAILING_ETC = "等"
ETC_TAIL = regex.compile(r"等(?:[\d一二三四五六七八九十百]+(?:个|项))?\p{Han}{0,8}?(?:项目|工程)$")
INCLUDES = "incl"           # the heading's group of 包括, 主要有: its items need a project suffix too

Headed = tuple[int, int, str, str]   # start, end, list name, rule


def headed_items(text: str, lex: ProjectLexicon, lines: PageLines) -> Iterator[Headed]:
    """Items of every counted heading of the page (``lex.list_head``)."""
    if lex.list_head is None:
        return
    for m in lex.list_head.finditer(text):
        list_name = m.groupdict().get("list") or ""
        # (a heading of 工程, or one opening its list with 包括: 43个项目，包括实名验证 lists services)
        suffixed_only = (m.groupdict().get("kind") or "") == SUFFIXED_KIND or bool(m.groupdict().get(INCLUDES))
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        whole: list[tuple[int, int]] = []
        if text[m.end():line_end].strip():
            stop = ITEM_END.search(text, m.end(), line_end)
            pieces = [(m.end(), stop.start() if stop else line_end)]
            if stop is not None and stop.group() in CLAUSE_COMMAS:
                # (one amount, one project: such a piece is not split at 、 or 及)
                whole = list(_amount_pieces(text, m.end(), line_end, lex))
                whole = whole if len(whole) >= MIN_AMOUNT_PIECES else []
                pieces = whole or pieces
        else:
            pieces = list(_numbered(text, line_end))
        for lo, hi in pieces:
            for s, e in ([(lo, hi)] if whole else _split(text, lo, hi, lex)):
                s, e = clean_item(text, s, e, lex, lines.is_boundary, verb_leads=False)
                while e > s and text[e - 1] == TRAILING_ETC:
                    e -= 1
                tail = ETC_TAIL.search(text, s, e)   # (包括A、B、C等项目: the list's own tail after its last item)
                e = tail.start() if tail else e
                if suffixed_only and not (ends_with_suffix(text[s:e], lex) or works_item(text[s:e], lex)):
                    continue
                if e - s >= lex.headed_min_chars and valid(text, s, e, lex):
                    yield s, e, list_name, RULE


def _amount_pieces(text: str, pos: int, line_end: int, lex: ProjectLexicon) -> Iterator[tuple[int, int]]:
    """Items each followed by its own amount clause, ``A项目，总投资3.1亿元；B项目，总投资1.2亿元。``:
    the text before the comma of every ``；`` piece up to the sentence's end, while each piece's
    rest is an amount clause (``lex.headed_amount_tail``) and nothing else."""
    if lex.headed_amount_tail is None:
        return
    end_m = SENTENCE_END.search(text, pos, line_end)
    end = end_m.start() if end_m else line_end
    start = pos
    while start < end:
        stop = next((i for i in range(start, end) if text[i] in PIECE_ENDS), end)
        comma = next((i for i in range(start, stop) if text[i] in CLAUSE_COMMAS), -1)
        if comma < 0 or not lex.headed_amount_tail.fullmatch(text, comma + 1, stop):
            return
        yield start, comma
        start = stop + 1


def _numbered(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """The item of each numbered line after ``pos`` (a line break), up to its clause's end;
    the first line that is not numbered (blank lines aside) ends the list."""
    while pos < len(text):
        start = pos + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if not text[start:end].strip():
            pos = end
            continue
        mark = NUMBERED_LINE.match(text, start, end)
        if mark is None:
            return
        stop = ITEM_END.search(text, mark.end(), end)
        yield mark.end(), stop.start() if stop else end
        pos = end


def _split(text: str, lo: int, hi: int, lex: ProjectLexicon) -> Iterator[tuple[int, int]]:
    """The ``、`` items of text[lo:hi] outside brackets (忠县新生疏港大道（G348…、…）), and items
    joined by 和/及 after one that ends in a project suffix (…示范项目和好侍食品…项目)."""
    depth, start = 0, lo
    for i in range(lo, hi):
        ch = text[i]
        if ch in OPEN_BRACKETS:
            depth += 1
        elif ch in CLOSE_BRACKETS:
            depth = max(0, depth - 1)
        elif ch == "、" and depth == 0:
            yield from _split_and(text, start, i, lex)
            start = i + 1
    yield from _split_and(text, start, hi, lex)


def _split_and(text: str, lo: int, hi: int, lex: ProjectLexicon) -> Iterator[tuple[int, int]]:
    for word in AND_WORDS:
        at = text.find(word, lo, hi)
        while at > lo:
            if ends_with_suffix(text[lo:at], lex) and hi - at - len(word) >= 2:
                yield lo, at
                yield from _split_and(text, at + len(word), hi, lex)
                return
            at = text.find(word, at + 1, hi)
    yield lo, hi
