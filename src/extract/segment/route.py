"""Best word route of a short window by jieba's word frequencies (as jieba's own DAG search)."""
from __future__ import annotations

import math
from collections.abc import Mapping

MAX_WORD = 6          # longest word looked up
UNIT = 1e-8           # frequency to probability (jieba's total is about 6e7)


def best_route(window: str, words: Mapping[str, int], floor: int) -> tuple[float, list[int]]:
    """Log-probability of the best segmentation of ``window`` and its word ends (words of
    two or more characters count only when at least ``floor`` frequent)."""
    n = len(window)
    best: list[tuple[float, int]] = [(0.0, n)] * (n + 1)
    for i in range(n - 1, -1, -1):
        single = max(words.get(window[i], 0), 1)
        options = [(math.log(single * UNIT) + best[i + 1][0], i + 1)]
        for j in range(i + 2, min(n, i + MAX_WORD) + 1):
            freq = words.get(window[i:j], 0)
            if freq >= floor:
                options.append((math.log(freq * UNIT) + best[j][0], j))
        best[i] = max(options)
    ends, i = [], 0
    while i < n:
        i = best[i][1]
        ends.append(i)
    return best[0][0], ends


def word_at(window: str, at: int, words: Mapping[str, int], floor: int) -> tuple[float, int, int]:
    """(route score, start, end) of the word covering ``window[at]`` on the best route."""
    score, ends = best_route(window, words, floor)
    start = 0
    for end in ends:
        if start <= at < end:
            return score, start, end
        start = end
    return score, at, at + 1
