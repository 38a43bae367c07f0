"""A paper's name left inside a sentence that an e-paper masthead split.

E-paper dumps break sentences across columns, and a page's masthead (the paper's
name, the date and weekday, the issue and page count) can fall between the two
halves of one:

    开工项目10个、总投 / 孝感日报 / 2022年11月26日 星期六 / 第8912期 今日8版 / 资43.86亿元

The date and issue lines go by their own rules (``bp.epaper.*``). The name line
looks like any short line, and left alone it is rejoined into the sentence
(``总投孝感日报资``). Rules of action ``masthead-name`` give the shape of such a
line; it goes only there: next to the dropped masthead lines, between a body
line that stops mid-sentence and the line that goes on with it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

# a body line that ends on one of these ends its sentence (or a clause a heading opens)
SENTENCE_END = ("。", "！", "？", "!", "?", "；", ";", "：", ":", "…", "”", "」", "』", "）", ")")
# a shorter body line still breaks off a sentence when a comma inside it opens the clause it stops in
CLAUSE_MARKS = ("，", ",")


def names_in_split_sentence(kept: list[str], masthead_at: Iterable[int], is_name: Callable[[int], bool],
                            max_names: int, min_body_chars: int, clause_min_chars: int | None = None) -> set[int]:
    """Indices into ``kept`` of the name lines to drop.

    ``kept`` holds the page's lines that stayed ('' for a blank one); a masthead line
    was dropped before ``kept[i]`` for every ``i`` in ``masthead_at``; ``is_name(i)`` says
    whether ``kept[i]`` has the shape of a paper's name. A name line is at
    most ``max_names`` non-blank lines away on either side of such a gap, and the block
    sits between a body line of at least ``min_body_chars`` characters that does not end
    its sentence and a line that is no name. A body line of at least ``clause_min_chars``
    characters qualifies too when a comma inside it opens the clause it breaks off
    (考察期间，某某详细介绍本市经济社会 / 日报 / 日期 第1版 / 发展情况。).
    """
    drop: set[int] = set()
    for gap in sorted(set(masthead_at)):
        names: list[int] = []
        before = _walk(kept, range(gap - 1, -1, -1), is_name, max_names, names)
        after = _walk(kept, range(gap, len(kept)), is_name, max_names, names)
        if before is None or after is None or not names:
            continue
        body = kept[before]
        if _breaks_off(body, min_body_chars, clause_min_chars) and not is_name(after):
            drop.update(names)
    return drop


def _breaks_off(body: str, min_body_chars: int, clause_min_chars: int | None) -> bool:
    """Whether a body line stops inside its sentence, long enough to be body text."""
    if body.endswith(SENTENCE_END):
        return False
    if len(body) >= min_body_chars:
        return True
    return clause_min_chars is not None and len(body) >= clause_min_chars and any(m in body for m in CLAUSE_MARKS)


def _walk(kept: list[str], order: Iterable[int], is_name: Callable[[int], bool], max_names: int,
          names: list[int]) -> int | None:
    """The first line in ``order`` past blanks and up to ``max_names`` name lines (collected in
    ``names``); None when the page ends first."""
    seen = 0
    for i in order:
        if not kept[i]:
            continue
        if seen < max_names and is_name(i):
            names.append(i)
            seen += 1
            continue
        return i
    return None
