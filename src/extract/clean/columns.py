"""Lines of a newspaper column: the breaks a page's layout put inside its sentences.

An e-paper page or a PDF copied as text keeps the column's lines: every line of a
paragraph but its last fills the column (ten to twenty characters on a newspaper),
so a run of lines of one width is one paragraph wrapped, however short its lines are
and whether or not a line holds a comma (…城乡 / 居民人均可支配收入分别增长5.5%左右).
Width is measured as printed: a Chinese character or a full-width mark two, a digit
or a Latin letter one, so lines holding figures are as wide as those that do not.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

import regex

from ..rulebook import Rules

BODY_MARK = regex.compile(r"[，,、。；;]")
# what ends a sentence on a column's line, maybe with a closing quote or bracket after it (…开幕。 / …的坚实步伐。”):
# a line closed by a quote or bracket alone (…紧紧围绕「一区五城」) still breaks off its sentence
SENTENCE_CLOSED = regex.compile(r"[。！？!?；;：:…][”’」』)）】\]]*$")


@dataclass(frozen=True)
class ColumnLayout:
    """How a column's lines are told (settings [lines] column_*)."""
    min_width: int = 16      # narrower: a menu's words, not a column
    max_width: int = 60      # wider lines are read by the ordinary rules
    tolerance: int = 2       # a line this much narrower still fills its column (a hanging mark, a digit)
    min_lines: int = 4       # lines of the column's width in one block
    body_share: float = 0.5  # of which at least this share hold a sentence's mark (not a list of links)


def column_layout(rules: Rules) -> ColumnLayout:
    """The layout settings [lines] column_* give (the defaults above where one is unset). Also
    builds the class of wide characters :func:`width` uses, so that a stage that reads the layout
    when it is made pays for it with the rules' loading, not on its first page."""
    _wide()
    d = ColumnLayout()
    return ColumnLayout(int(rules.setting("lines.column_min_width", d.min_width)),
                        int(rules.setting("lines.column_max_width", d.max_width)),
                        int(rules.setting("lines.column_tolerance", d.tolerance)),
                        int(rules.setting("lines.column_min_lines", d.min_lines)),
                        float(rules.setting("lines.column_body_share", d.body_share)))


@cache
def _wide() -> re.Pattern[str]:
    """One ``re`` class of every code point ``unicodedata`` calls wide or full-width (built once per
    process, from the same tables the per-character test read: some thirty times faster on a page)."""
    runs: list[tuple[int, int]] = []
    start = -1
    for cp in range(0x110001):
        wide = cp <= 0x10FFFF and not 0xD800 <= cp < 0xE000 and unicodedata.east_asian_width(chr(cp)) in "WF"
        if wide and start < 0:
            start = cp
        elif not wide and start >= 0:
            runs.append((start, cp - 1))
            start = -1
    return re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in runs) + "]")


def width(line: str) -> int:
    """``line``'s printed width: wide and full-width characters two, others one."""
    return len(line) + len(_wide().findall(line))


def column_breaks(lines: list[str], layout: ColumnLayout) -> frozenset[int]:
    """Indices of lines that fill a column and break off a sentence the next line goes on
    with. The column's width is the one most lines of the page fill (between
    ``layout.min_width`` and ``layout.max_width``, within ``layout.tolerance`` below it); a run
    of lines (blank lines aside) none wider than it is a column where at least
    ``layout.min_lines`` of them, and at least half, fill it, most of those holding a
    sentence's mark: each of those not closed by a sentence's end (``SENTENCE_CLOSED``) breaks off."""
    # a line of more characters than a column's widest reach is wider than any column: not measured
    reach = layout.max_width + layout.tolerance
    widths = [width(line) if len(line) <= reach else reach + len(line) for line in lines]
    fits = Counter(w for w in widths if layout.min_width <= w <= layout.max_width)
    if sum(fits.values()) < layout.min_lines:
        return frozenset()
    # the width most lines fill, within the tolerance below it (the wider of equals)
    column = max(fits, key=lambda w: (sum(fits.get(v, 0) for v in range(w - layout.tolerance, w + 1)), w))
    out: set[int] = set()
    run: list[int] = []
    for i, w in enumerate(widths + [column + layout.tolerance + 1]):     # a sentinel closes the last run
        if i < len(lines) and (w <= column + layout.tolerance):
            if lines[i]:
                run.append(i)
            continue
        out |= _run_breaks(lines, widths, run, column, layout)
        run = []
    return frozenset(out)


def _run_breaks(lines: list[str], widths: list[int], run: list[int], column: int, layout: ColumnLayout) -> set[int]:
    full = [i for i in run if widths[i] >= column - layout.tolerance]
    if len(full) < layout.min_lines or 2 * len(full) < len(run):
        return set()
    if sum(BODY_MARK.search(lines[i]) is not None for i in full) < layout.body_share * len(full):
        return set()
    nxt = {a: b for a, b in zip(run, run[1:])}
    return {i for i in full if nxt.get(i) == i + 1 and not SENTENCE_CLOSED.search(lines[i])}
