"""The BMP table counts exactly what the language patterns count."""
from __future__ import annotations

import random

from extract.clean import language as L


def test_table_counts_equal_pattern_counts():
    table = L.bmp_table()
    rnd = random.Random(0)
    texts = ["", "中文〇々⺀字", "こんにちは한국어abc", "\ud800中文", "𠀀中文", "".join(map(chr, range(0x3000, 0x3400)))]
    texts += ["".join(chr(rnd.randrange(0x10000)) for _ in range(300)) for _ in range(50)]
    for text in texts:
        assert L.class_counts(text, table) == L.class_counts(text)
        assert L.language_status(text, table=table) == L.language_status(text)
