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


def test_a_chinese_post_full_of_code_is_chinese():
    # a programming blog: Chinese paragraphs between long listings of code
    prose = "本文会以多个实际的线上例子，分享自己对于容器的一点使用经验及踩过的坑，希望对读者有一点帮助。" * 3
    code = "docker run -d -p 8080:8080 --name apollo-config --restart=always -e SPRING_DATASOURCE_URL=jdbc:mysql://db:3306/config"
    text = "\n".join([prose, code * 4, prose, code * 4, prose, code * 4])
    assert L.language_status(text) == "not-chinese"            # by the share of letters alone
    assert L.language_status(text, min_prose_han=300) == "ok"   # its prose lines say Chinese
    english = "\n".join(["An English article quoting one Chinese phrase, 中国, and nothing else of it."] * 40)
    assert L.language_status(english, min_prose_han=300) == "not-chinese"
