"""The repairs stage: pure text repairs composed in order, each counted in ``repairs``."""
from __future__ import annotations

import re
from collections.abc import Mapping

from ..record import PageRecord
from ..stage import Stage
from .repairs.charfreq import CharFreq, load_charfreq
from .repairs.invisible import remove_invisible
from .repairs.mojibake import MojibakeRepairer, MojibakeSettings, inverse_s2t
from .repairs.numbers import close_up_numbers
from .repairs.pinyin import remove_pinyin_glosses
from ..segment.tokens import tokenizer
from .script import converter


def charfreq(rules) -> CharFreq:
    return rules.cached("charfreq", load_charfreq)


def lost_char_words(rules, jieba_words: Mapping[str, int], freq: int) -> Mapping[str, int]:
    """jieba's word frequencies with the set phrases of reports (rules/report_words.tsv) at least ``freq``,
    for weighing the character a shifted run lost (jieba's own dictionary is left as it is)."""
    extra = {w: max(freq, jieba_words.get(w, 0)) for w in rules.words("report_words")}
    return Overlay(extra, jieba_words)


class Overlay(Mapping[str, int]):
    """``top``'s entries over ``base``'s, as ``collections.ChainMap(top, base)`` reads them, but
    with a ``get`` of two dict lookups: the lost-character chooser looks up every substring of
    its windows for some ninety candidates a damaged run, and ChainMap's ``get`` (a generator
    over its maps, then a second lookup) was a third of the time of a page of such runs."""

    __slots__ = ("top", "base")

    def __init__(self, top: dict[str, int], base: Mapping[str, int]) -> None:
        self.top, self.base = top, base

    def get(self, key, default=None):
        value = self.top.get(key)
        return self.base.get(key, default) if value is None else value

    def __getitem__(self, key: str) -> int:
        value = self.top.get(key)
        return self.base[key] if value is None else value

    def __contains__(self, key) -> bool:
        return key in self.top or key in self.base

    def __iter__(self):
        yield from self.top
        yield from (k for k in self.base if k not in self.top)

    def __bool__(self) -> bool:   # (``words or {}``: not by __len__, a walk of jieba's dictionary)
        return bool(self.top) or bool(self.base)

    def __len__(self) -> int:
        return len(self.top) + sum(1 for k in self.base if k not in self.top)


class Repair(Stage):
    name = "clean.repair"

    def __init__(self, rules) -> None:
        super().__init__(rules)
        self.freq = charfreq(rules)
        self.t2s = converter(rules, "t2s")
        s2t = converter(rules, "s2t")
        settings = MojibakeSettings(**rules.setting("mojibake", {}))
        self.mojibake = MojibakeRepairer(
            freq=self.freq, simplify=self.t2s, inverse=rules.cached("inverse_s2t", lambda: inverse_s2t(s2t)),
            words=lost_char_words(rules, tokenizer(rules).FREQ, settings.report_word_freq),
            lost_cues=tuple((re.compile(r["pattern"]), r["char"]) for r in rules.table("mojibake_lost") if len(r["char"]) == 1),
            settings=settings)

    def process(self, rec: PageRecord) -> PageRecord:
        text, z = remove_invisible(rec.raw_text)
        rec.repairs["invisible"] += z
        text, g = remove_pinyin_glosses(text)
        rec.repairs["pinyin"] += g
        text, n = self.mojibake.repair(text)
        rec.repairs["mojibake"] += n
        if n:  # a gloss after a repaired run's last character ("掷m(xù)" -> "續(xù)")
            text, g2 = remove_pinyin_glosses(text)
            rec.repairs["pinyin"] += g2
        if n or g:
            self.count("changed")
            self.count("mojibake", n)
            self.count("pinyin", g)
        text, s = close_up_numbers(text)
        rec.repairs["numbers"] += s
        rec.raw_text = text
        return rec
