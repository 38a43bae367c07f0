"""jieba's part-of-speech tags for the targets extractor: posseg's own cut, made faster.

An indicator is trimmed of the words its tags say may not start or end it
(``targets.indicator_drop_lead_pos``/``_tail_pos``), and what a count counts is
read up to a noun (``targets.counted_pos``). ``Pos.tags`` gives the pairs
``jieba.posseg`` would, built once per ``Rules`` (``pos``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

from ..rulebook import Rules
from ..segment.tokens import fast_tokenizer, tokenizer
from .names import word_tags

ASCII_ALNUM = regex.compile(r"[A-Za-z0-9]")
# jieba posseg's own patterns (Python ``re``), for Pos.tags
POSSEG_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
POSSEG_SKIP = re.compile("(\r\n|\\s)")
POSSEG_ENG = re.compile("[a-zA-Z0-9]+")
POSSEG_NUM = re.compile("[\\.0-9]+")
POSSEG_ENG1 = re.compile("^[a-zA-Z0-9]$", re.U)
# texts tagged before the memo starts over
TAGS_MEMO_MAX = 20_000


@dataclass(frozen=True)
class Pos:
    """jieba's part-of-speech tags, and which of them an indicator may not start or end with."""
    tokenizer: object           # the jieba tokenizer (its DAG and route)
    table: dict                 # word -> tag
    drop_lead: frozenset
    drop_tail: frozenset
    noun: frozenset
    fast: object = None         # rjieba with the tokenizer's dictionary, or None
    # texts already tagged (indicators recur: 规划面积, 有); callers only read the lists
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def tags(self, text: str) -> list[tuple[str, str]]:
        """(word, tag) pairs as ``jieba.posseg.POSTokenizer.cut(text, HMM=False)`` gives them:
        its code, but a block without Latin letters or digits (which posseg glues into ``eng``
        runs) is cut by rjieba, whose words there are jieba's, 10x faster."""
        out = self.memo.get(text)
        if out is None:
            if len(self.memo) >= TAGS_MEMO_MAX:
                self.memo.clear()
            out = self.memo[text] = self._tags(text)
        return out

    def _tags(self, text: str) -> list[tuple[str, str]]:
        table = self.table
        if not text:
            return []
        if self.fast is not None and POSSEG_HAN.fullmatch(text) and not ASCII_ALNUM.search(text):
            # one block without Latin letters or digits (most indicators): the loop below
            # would cut just that block
            return [(w, table.get(w, "x")) for w in self.fast.cut(text, False)]
        out: list[tuple[str, str]] = []
        for blk in POSSEG_HAN.split(text):
            if POSSEG_HAN.match(blk):
                if self.fast is not None and not ASCII_ALNUM.search(blk):
                    out.extend((w, table.get(w, "x")) for w in self.fast.cut(blk, False))
                else:
                    out.extend(self._route(blk))
                continue
            for x in POSSEG_SKIP.split(blk):
                if POSSEG_SKIP.match(x):
                    out.append((x, "x"))
                    continue
                for xx in x:
                    if POSSEG_NUM.match(xx):
                        out.append((xx, "m"))
                    elif POSSEG_ENG.match(x):
                        out.append((xx, "eng"))
                    else:
                        out.append((xx, "x"))
        return out

    def _route(self, blk: str) -> list[tuple[str, str]]:
        """posseg's ``__cut_DAG_NO_HMM``: jieba's best route, single letters and digits joined."""
        tk, table = self.tokenizer, self.table
        dag = tk.get_DAG(blk)
        route: dict = {}
        tk.calc(blk, dag, route)
        out, buf, x = [], "", 0
        while x < len(blk):
            y = route[x][1] + 1
            word = blk[x:y]
            if POSSEG_ENG1.match(word):
                buf += word
            else:
                if buf:
                    out.append((buf, "eng"))
                    buf = ""
                out.append((word, table.get(word, "x")))
            x = y
        if buf:
            out.append((buf, "eng"))
        return out


def pos(rules: Rules) -> Pos:
    def build() -> Pos:
        def tags(key: str, default: list[str]) -> frozenset:
            return frozenset(rules.setting(key, default))

        tk = tokenizer(rules)
        # posseg adds the user dictionary's tags to its table (at its first cut)
        table = {**word_tags(rules), **tk.user_word_tag_tab} if tk.user_word_tag_tab else word_tags(rules)
        return Pos(tk, table,
                   tags("targets.indicator_drop_lead_pos", []),
                   tags("targets.indicator_drop_tail_pos", []),
                   tags("targets.counted_pos", ["n"]),
                   fast=fast_tokenizer(rules, tk))
    return rules.cached("targets.pos", build)
