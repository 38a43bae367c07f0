"""Is the clean text Chinese at all? Pages that are not get a status, not tables."""
from __future__ import annotations

import numpy as np
import regex

from ..record import PageRecord
from ..stage import Stage

# runs, not single characters: a count is the summed length of far fewer matches
HAN = regex.compile(r"\p{Han}+")
KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]+")
HANGUL = regex.compile(r"\p{Hangul}+")
LETTER = regex.compile(r"\p{L}+")
# bit of each class in the BMP table (KANA and HANGUL are summed, so each has its own bit)
HAN_BIT = 2
CLASSES = ((LETTER, 1), (HAN, HAN_BIT), (KANA, 4), (HANGUL, 8))


def count(pattern: regex.Pattern, text: str) -> int:
    """How many characters of ``text`` the run ``pattern`` covers."""
    return sum(map(len, pattern.findall(text)))


def bmp_table() -> np.ndarray:
    """Each BMP code point's class bits, read from the patterns themselves (once per process).

    Counting through it is one numpy look-up per character instead of four regex passes,
    and gives the patterns' own counts: a run pattern covers exactly the characters its
    class holds.
    """
    bmp = "".join(map(chr, range(0x10000)))
    table = np.zeros(0x10000, dtype=np.uint8)
    for pattern, bit in CLASSES:
        for m in pattern.finditer(bmp):
            table[m.start():m.end()] |= bit
    table.flags.writeable = False
    return table


def bmp_count(text: str, table: np.ndarray, bit: int) -> int | None:
    """Characters of ``text`` whose class has ``bit`` in ``table``; None when ``text`` leaves the BMP."""
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype="<u2")
    return int(np.count_nonzero(table[units] & bit)) if len(units) == len(text) else None


def class_counts(text: str, table: np.ndarray | None = None) -> tuple[int, int, int]:
    """``(letters, han, kana + hangul)`` characters of ``text``.

    Through ``table`` when every character is in the BMP (one UTF-16 unit each); by the
    patterns otherwise.
    """
    if table is not None:
        units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype="<u2")
        if len(units) == len(text):
            bits = table[units]
            counts = [int(np.count_nonzero(bits & bit)) for _, bit in CLASSES]
            return counts[0], counts[1], counts[2] + counts[3]
    return count(LETTER, text), count(HAN, text), count(KANA, text) + count(HANGUL, text)


SAMPLE_CHARS = 20_000  # the language of a page is plain from a sample of its text


def language_status(text: str, min_han_share: float = 0.3, max_kana_share: float = 0.05, min_han: int = 10,
                    table: np.ndarray | None = None, min_prose_han: int = 0) -> str:
    """``ok``, ``empty`` or ``not-chinese`` (``table``: :func:`bmp_table`, to count faster).

    ``min_prose_han``: a page whose lines of Chinese prose (Han the most of their letters) hold at
    least this many Han characters is Chinese however much code or English sits between them
    (a programming blog's listings); 0 turns the test off.
    """
    if len(text) > SAMPLE_CHARS:
        text = text[: SAMPLE_CHARS // 2] + text[-SAMPLE_CHARS // 2:]
    letters, han, other = class_counts(text, table)
    if not text.strip() or letters == 0:
        return "empty"
    if other / letters > max_kana_share or han < min_han:
        return "not-chinese"
    if han / letters < min_han_share and not (min_prose_han and _prose_han(text, table) >= min_prose_han):
        return "not-chinese"
    return "ok"


def _prose_han(text: str, table: np.ndarray | None) -> int:
    """Han characters in the lines of ``text`` where Han characters are most of the letters."""
    total = 0
    for line in text.splitlines():
        letters, han, _other = class_counts(line, table)
        if letters and han * 2 > letters:
            total += han
    return total


class Language(Stage):
    name = "clean.language"

    def __init__(self, rules) -> None:
        super().__init__(rules)
        self.table = rules.cached("language:bmp-table", bmp_table)

    def process(self, rec: PageRecord) -> PageRecord:
        status = language_status(
            rec.text,
            float(self.rules.setting("language.min_han_share", 0.3)),
            float(self.rules.setting("language.max_kana_share", 0.05)),
            int(self.rules.setting("language.min_han_chars", 10)),
            self.table,
            int(self.rules.setting("language.min_prose_han_chars", 0)),
        )
        if status != "ok" and rec.status == "ok":
            rec.status = status
            self.count(f"status:{status}")
        return rec
