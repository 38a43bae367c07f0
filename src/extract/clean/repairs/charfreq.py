"""How common each Han character is, from jieba's own dictionary.

Used to tell real text from mojibake: shifted GBK decodes to rare
characters (``焙鲜∈膶萌``), re-aligned it decodes to common ones.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

COMMON_PUNCT = set("，。、；：？！“”‘’（）《》—…·「」『』【】,.;:?!()-%％")


@dataclass(frozen=True)
class CharFreq:
    logf: dict[str, float]
    floor: float
    baseline: float

    def score(self, ch: str) -> float:
        """Per-character score: positive for common text, negative for rare or odd symbols."""
        if ch in self.logf:
            return self.logf[ch] - self.baseline
        if ch in COMMON_PUNCT or ch.isascii():
            return 0.0
        return self.floor - self.baseline

    def total(self, text: str) -> float:
        return sum(self.score(c) for c in text)

    def mean(self, text: str) -> float:
        return self.total(text) / len(text) if text else 0.0


def load_charfreq(baseline: float = 4.0) -> CharFreq:
    """Sum word frequencies per character over jieba's main dictionary (about 0.5 s, once per process)."""
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    counts: Counter[str] = Counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split(" ", 2)
            if len(parts) < 2:
                continue
            word, freq = parts[0], int(parts[1])
            for ch in word:
                counts[ch] += freq
    logf = {ch: math.log10(n + 1) for ch, n in counts.items()}
    return CharFreq(logf=logf, floor=0.0, baseline=baseline)
