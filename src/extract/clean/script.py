"""Traditional -> simplified with OpenCC, and which script the page was in.

The official OpenCC binding (package ``opencc``) is used: the issue's
measurement puts it at 77 MB/s against 1.3 MB/s for the pure-Python
reimplementation, and both install a module named ``opencc``.
"""
from __future__ import annotations

import re
from typing import Callable

import numpy as np
import regex

from ..record import PageRecord
from ..stage import Stage
from .language import HAN_BIT, bmp_count, bmp_table

HAN = regex.compile(r"\p{Han}")


def converter(rules, config: str = "t2s") -> Callable[[str], str]:
    """An OpenCC converter plus ``rules/t2s_phrases.tsv`` fixes, built once per Rules instance."""

    def build() -> Callable[[str], str]:
        import opencc

        convert = opencc.OpenCC(config).convert
        fixes = {r["from"]: r["to"] for r in rules.table("t2s_phrases") if len(r["from"]) == len(r["to"])}
        if not fixes or config != "t2s":
            return convert
        # literal alternatives: the stdlib engine skips to their first characters, three times faster than regex
        pattern = re.compile("|".join(re.escape(k) for k in sorted(fixes, key=len, reverse=True)))

        def convert_fixed(text: str) -> str:
            out = convert(text)
            return pattern.sub(lambda m: fixes[m.group()], out)

        return convert_fixed

    return rules.cached(f"opencc:{config}", build)


TRADITIONAL = "traditional"
ZHU, ZHE = "著", "着"


def zhe_of(text: str, zhu_words: "re.Pattern | None") -> str:
    """``text`` (converted from traditional script) with each 著 made 着 but those inside a
    ``zhu_words`` match (著名, 显著), where it is zhù; same length, so offsets hold."""
    keep = {m.start() + m.group().index(ZHU) for m in zhu_words.finditer(text)} if zhu_words is not None else set()
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch == ZHU and i not in keep:
            chars[i] = ZHE
    return "".join(chars)


# characters that exist only in simplified script
SIMPLIFIED_ONLY = set("这个为们来时说会对后过还里发现经开与长产动业学应当实区么点题体关义从见机务进将变话员门问间给东车")


SIMPLIFIED_ONLY_RE = regex.compile("[" + "".join(sorted(SIMPLIFIED_ONLY)) + "]")


def script_of(original: str, simplified: str, settings: dict | None = None, table: np.ndarray | None = None) -> str:
    """``traditional``, ``simplified`` or ``mixed``, from what conversion changed.

    ``table``: :func:`extract.clean.language.bmp_table`, to count Han characters faster.
    """
    settings = settings or {}
    min_share = settings.get("traditional_min_share", 0.03)
    mixed_min = settings.get("mixed_min_simplified_only", 0.05)
    if original == simplified:
        return "simplified"
    han = han_count(original, table)
    if not han:
        return "simplified"
    changed = changed_count(original, simplified)
    if changed / han < min_share:
        return "simplified"
    simplified_only = len(SIMPLIFIED_ONLY_RE.findall(original))
    # a page whose converted characters are outnumbered by simplified-only ones is a mix
    return "mixed" if simplified_only > mixed_min * han else "traditional"


def han_count(text: str, table: np.ndarray | None = None) -> int:
    """How many characters of ``text`` are ``\\p{Han}``: through the BMP table when given."""
    n = bmp_count(text, table, HAN_BIT) if table is not None else None
    return len(HAN.findall(text)) if n is None else n


def changed_count(original: str, simplified: str) -> int:
    """Positions where the two texts differ (over the shorter one): numpy on UTF-32 code points."""
    n = min(len(original), len(simplified))
    a, b = (np.frombuffer(t[:n].encode("utf-32-le", "surrogatepass"), dtype="<u4") for t in (original, simplified))
    return int(np.count_nonzero(a != b))


class Simplify(Stage):
    name = "clean.simplify"

    def __init__(self, rules) -> None:
        super().__init__(rules)
        self.t2s = converter(rules, "t2s")
        self.table = rules.cached("language:bmp-table", bmp_table)
        words = [w for w in rules.setting("script.zhu_words", []) if ZHU in w]
        self.zhu_words = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True)))) if words else None

    def process(self, rec: PageRecord) -> PageRecord:
        original = rec.text
        simplified = self.t2s(original)
        if len(simplified) != len(original):  # OpenCC t2s maps character for character; keep offsets safe
            simplified = "".join(self.t2s(c) if len(self.t2s(c)) == 1 else c for c in original)
        rec.text_original = original
        rec.text = simplified
        rec.script = script_of(original, simplified, self.rules.setting("script", {}), self.table)
        if rec.script == TRADITIONAL and ZHU in simplified:
            simplified = rec.text = zhe_of(simplified, self.zhu_words)
        if simplified != original:
            self.count("changed")
        rec.title = self.t2s(rec.title)
        if rec.script == TRADITIONAL and ZHU in rec.title:
            rec.title = zhe_of(rec.title, self.zhu_words)
        rec.source = self.t2s(rec.source)
        return rec
