"""Officials in a roster: the lines of a list of those elected or appointed, each a title, a colon
and the names holding it (``主任：张三；``, ``副主任：李四（女）、王五（回族）；``,
``委员：（按姓名笔画为序）`` and the names on the next line), as a people's congress or a CPPCC
publishes the result of a vote. Rule id ``officials.roster``.

A title standing alone before a colon is read only where a roster's line starts (the start of a
line or after ``；`` / ``。``), and a name only as a whole item of the list: a 、, the roster's
``；`` or ``。`` or the line's end follows it, or a note of sex and ethnic group (``（女）``,
``（汉族）``) that is no part of the name. An interview's ``书记：我们…`` is no roster.
"""
from __future__ import annotations

from typing import Callable

from ..rulebook import Rules
from . import officials_titles as titles
from .line_tokens import PageLines

COLONS = "：:"
LINE_STARTS = "\n；;。"   # what stands right before a roster line's title
ITEM_SEP = "、"
ROSTER_ENDS = "；;。\n，,"   # what ends a roster line's list of names
GAP = " \t\u3000"   # spaces the layout leaves between items (白玛罗布、 吕涛)
RULE = "officials.roster"


def roster_names(text: str, tw: titles.TitleWord, got: tuple | None, lines: PageLines, emit: Callable,
                 rules: Rules, read_name: Callable[[int], int | None]) -> None:
    """Emit every name of the roster line whose title word is ``tw`` (``got``: its title phrase);
    ``read_name(pos)`` is the end of a list item's name at ``pos`` (Han, dotted, Tibetan or
    Mongolian), or None."""
    if got is None or text[tw.end:tw.end + 1] not in COLONS:
        return
    pstart = got[0]
    before = text[:pstart].rstrip(GAP)
    if before and before[-1] not in LINE_STARTS:
        return
    phrase = text[pstart:tw.end]
    pos = _skip(text, tw.end + 1, rules.pattern("officials.roster_note_re"), newline=True)
    person_note = rules.pattern("officials.person_note_re")
    while pos < len(text):
        end = read_name(pos)
        if end is None:
            return
        after = _skip(text, end, person_note, newline=False)
        if after < len(text) and text[after] not in ITEM_SEP + ROSTER_ENDS:
            return   # the "name" runs on into a word: no roster item
        emit(pos, end, phrase, RULE)
        if after >= len(text) or text[after] != ITEM_SEP:
            return
        pos = _skip(text, after + 1, None, newline=False)


def _skip(text: str, pos: int, note, newline: bool) -> int:
    """``pos`` past spaces, a note the pattern ``note`` matches and, when ``newline``, line breaks."""
    gap = GAP + ("\n" if newline else "")
    while pos < len(text) and text[pos] in gap:
        pos += 1
    m = note.match(text, pos) if note is not None else None
    if m is not None:
        pos = m.end()
        while pos < len(text) and text[pos] in gap:
            pos += 1
    return pos
