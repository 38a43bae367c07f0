"""Is the clean text Chinese at all? Pages that are not get a status, not tables."""
from __future__ import annotations

import regex

from ..record import PageRecord
from ..stage import Stage

# runs, not single characters: a count is the summed length of far fewer matches
HAN = regex.compile(r"\p{Han}+")
KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]+")
HANGUL = regex.compile(r"\p{Hangul}+")
LETTER = regex.compile(r"\p{L}+")


def count(pattern: regex.Pattern, text: str) -> int:
    """How many characters of ``text`` the run ``pattern`` covers."""
    return sum(map(len, pattern.findall(text)))


SAMPLE_CHARS = 20_000  # the language of a page is plain from a sample of its text


def language_status(text: str, min_han_share: float = 0.3, max_kana_share: float = 0.05, min_han: int = 10) -> str:
    """``ok``, ``empty`` or ``not-chinese``."""
    if len(text) > SAMPLE_CHARS:
        text = text[: SAMPLE_CHARS // 2] + text[-SAMPLE_CHARS // 2:]
    letters = count(LETTER, text)
    if not text.strip() or letters == 0:
        return "empty"
    han = count(HAN, text)
    other = count(KANA, text) + count(HANGUL, text)
    if han < min_han or han / letters < min_han_share or other / letters > max_kana_share:
        return "not-chinese"
    return "ok"


class Language(Stage):
    name = "clean.language"

    def process(self, rec: PageRecord) -> PageRecord:
        status = language_status(
            rec.text,
            float(self.rules.setting("language.min_han_share", 0.3)),
            float(self.rules.setting("language.max_kana_share", 0.05)),
            int(self.rules.setting("language.min_han_chars", 10)),
        )
        if status != "ok" and rec.status == "ok":
            rec.status = status
            self.count(f"status:{status}")
        return rec
