"""jieba segmentation with the project's user dictionary.

A ``jieba.Tokenizer`` instance (not the module-level default) is built once
per Rules instance, so Ray workers and process-pool workers each own one.
Lexicon words (titles, indicators, places, project suffixes) are added to
it so that ``株洲市委书记`` and ``规模工业增加值`` stay whole.
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


def segment(text: str, tk, hmm: bool = True) -> str:
    """Tokens separated by one space; line breaks and spaces are not tokens."""
    return " ".join(t for t in tk.cut(text, HMM=hmm) if t.strip())


class Tokens(Stage):
    name = "segment"

    def __init__(self, rules) -> None:
        super().__init__(rules)
        self.tk = tokenizer(rules)
        self.hmm = bool(rules.setting("segment.hmm", True))

    def process(self, rec: PageRecord) -> PageRecord:
        rec.tokens = segment(rec.text, self.tk, self.hmm)
        self.count("tokens", rec.tokens.count(" ") + 1 if rec.tokens else 0)
        return rec
