"""A name cut short where jieba glued its last character to the word after it, put right by the page.

``自治区党委书记王君正在林芝…``: jieba reads 王君/正在, and a one-character given name is as good a
reading as a two-character one, so the sentence alone cannot tell 王君 from 王君正. The page often
can: where jieba reads the longer name as one token elsewhere on it (the headline's or the next
paragraph's ``王君正代表…``), the name is the longer one. A short name the page never writes whole is
left as it is (赵克志在会上讲话 on a page naming him once stays 赵克).
"""
from __future__ import annotations

from typing import Any

from . import names
from .line_tokens import PageLines

SHORT_NAME = 2   # a family name and one given character: the only reading that may lose a character


def lengthen(rows: list[dict[str, Any]], text: str, lines: PageLines, nlex: names.NameLexicon) -> list[dict[str, Any]]:
    """``rows`` with every short name the page writes whole elsewhere one character longer (its
    start and the other fields unchanged); a lengthened row the page holds already is dropped."""
    whole: dict[str, bool] = {}
    out: dict[tuple[int, int], dict[str, Any]] = {}
    for row in rows:
        start, end = row["start"], row["end"]
        name = row["name"]
        if len(name) == SHORT_NAME and end < len(text) and names.HAN.fullmatch(text[end]) \
                and not lines.at(end).is_boundary(end + 1):
            longer = name + text[end]
            if longer not in whole:
                whole[longer] = names.plausible(longer, nlex) and _read_whole(longer, text, lines)
            if whole[longer]:
                row = {**row, "name": longer, "end": end + 1}
        out.setdefault((row["start"], row["end"]), row)
    return sorted(out.values(), key=lambda r: r["start"])


def _read_whole(name: str, text: str, lines: PageLines) -> bool:
    """jieba reads ``name`` as one token somewhere on the page."""
    pos = text.find(name)
    while pos >= 0:
        toks = lines.at(pos)
        i = toks.index_starting(pos)
        if i is not None and toks.ends[i] == pos + len(name):
            return True
        pos = text.find(name, pos + 1)
    return False
