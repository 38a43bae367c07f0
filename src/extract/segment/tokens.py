"""jieba segmentation with the project's user dictionary.

A ``jieba.Tokenizer`` instance (not the module-level default) is built once
per Rules instance, so Ray workers and process-pool workers each own one.
Lexicon words (titles, indicators, places, project suffixes) are added to
it so that ``株洲市委书记`` and ``规模工业增加值`` stay whole.

With ``[segment] hmm = false`` and ``engine = "rjieba"`` the cutting is done
by rjieba (jieba-rs: the same DAG and route over the same dictionary, in
Rust), loaded word by word from that jieba tokenizer's frequencies so that
user words and the total count are jieba's own: the tokens are identical to
``jieba.Tokenizer.cut(HMM=False)`` (tests/engines/test_segment_speed.py) and
16x faster. With the HMM on the two differ on Latin and digit runs, so jieba
is used.
"""
from __future__ import annotations

import logging

from ..record import PageRecord
from ..stage import Stage

LEXICONS = (("titles", "word"), ("indicators", "word"), ("places", "word"))


def tokenizer(rules):
    def build():
        import jieba

        jieba.setLogLevel(logging.WARNING)
        tk = jieba.Tokenizer()
        tk.initialize()
        if rules.userdict is not None:
            tk.load_userdict(str(rules.userdict))
        for table, column in LEXICONS:
            for word in rules.words(table, column):
                if len(word) > 1:
                    tk.add_word(word, freq=None)
        return tk

    return rules.cached("jieba", build)


# a word no text block can hold (private-use characters are outside jieba's Han
# blocks), carrying the difference between jieba's running total and the summed
# frequencies: jieba's add_word adds to the total without taking back an overwritten
# frequency, and the route's log-probabilities depend on that total
TOTAL_PAD_WORD = "\ue000\ue001"


def fast_tokenizer(rules, tk):
    """rjieba loaded with exactly ``tk``'s dictionary and total; None when rjieba is missing."""
    def build():
        try:
            import rjieba
        except ImportError:
            return None
        rj = rjieba.Jieba.empty()
        summed = 0
        for word, freq in tk.FREQ.items():
            if freq:  # zero marks a prefix, not a word
                rj.add_word(word, freq, None)
                summed += freq
        if tk.total > summed:
            rj.add_word(TOTAL_PAD_WORD, tk.total - summed, None)
        return rj

    return rules.cached("rjieba", build)


def segment(text: str, tk, hmm: bool = True) -> str:
    """Tokens separated by one space; line breaks and spaces are not tokens."""
    return " ".join(t for t in tk.cut(text, HMM=hmm) if t.strip())


def segment_fast(text: str, rj) -> str:
    """The same as ``segment(text, tk, hmm=False)``, by rjieba (the filter in C: no Python call per token)."""
    return " ".join(filter(str.strip, rj.cut(text, False)))


class Tokens(Stage):
    name = "segment"

    def __init__(self, rules) -> None:
        super().__init__(rules)
        self.tk = tokenizer(rules)
        self.hmm = bool(rules.setting("segment.hmm", True))
        use_fast = not self.hmm and rules.setting("segment.engine", "jieba") == "rjieba"
        self.fast = fast_tokenizer(rules, self.tk) if use_fast else None

    def process(self, rec: PageRecord) -> PageRecord:
        if self.fast is not None:
            rec.tokens = segment_fast(rec.text, self.fast)
        else:
            rec.tokens = segment(rec.text, self.tk, self.hmm)
        self.count("tokens", rec.tokens.count(" ") + 1 if rec.tokens else 0)
        return rec
