"""Tokens cut line by line are the page's tokens: the boundaries officials and projects read."""
from __future__ import annotations

import random

from extract.extractors.line_tokens import PageLines
from extract.segment.tokens import fast_tokenizer, tokenizer

PIECES = list("中国人民政府市委书记王小明项目建设工程a1B2.%-+#&_ \t\u3000\n，。、“”（）") + ["\n\n", "12.5%", "abc"]


def whole_page(text: str, rules) -> list[tuple[str, int, int]]:
    rj = fast_tokenizer(rules, tokenizer(rules))
    return [tuple(t) for t in rj.tokenize(text, "default", True)] if rj is not None else list(tokenizer(rules).tokenize(text))


def test_lines_hold_the_page_tokens(rules):
    rng = random.Random(3)
    for _ in range(2000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        page = whole_page(text, rules)
        lines = PageLines(text, rules)
        bounds = {s for _, s, _ in page} | {e for _, _, e in page}
        for pos in range(-1, len(text) + 2):
            assert lines.is_boundary(pos) == (pos in bounds), (text, pos)
        on_lines = {(w, s, e) for pos in range(len(text)) if text[pos] != "\n"
                    for w, s, e in zip(lines.line_tokens(pos).words, lines.line_tokens(pos).starts,
                                       lines.line_tokens(pos).ends)}
        assert on_lines == {t for t in page if t[0] != "\n"}, text
