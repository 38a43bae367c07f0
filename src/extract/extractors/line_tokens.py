"""A page's jieba tokens (HMM on), cut line by line as officials and projects need them.

jieba cuts a text into blocks of Han characters, Latin letters and digits and
cuts each block on its own; a block never holds a line break, and a line break
is a token of its own. So the tokens of a line are the page's tokens on that
line (checked on every page of the four test corpora and 100k random
strings), and a page whose title words sit on 3 of its 80 lines is cut on 3
lines. A page holding ``\\r`` (jieba keeps ``\\r\\n`` as one token) is cut whole.

Offsets are into the page text. ``is_boundary`` answers for the whole page;
indices (``starts``, ``ends``, ``words``, ``index_starting``) run over the
tokens of one line, and readers that walk them stop at a line's edge as they
stopped at the page's ``\\n`` token (a space: no name, title or project goes on
over it).
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from ..rulebook import Rules
from ..segment.tokens import fast_tokenizer, tokenizer
from .names import PageTokens


class PageLines:
    """The tokens of one page's lines, each line cut on first use."""

    def __init__(self, text: str, rules: Rules) -> None:
        self.text = text
        self._rules = rules
        self._whole = "\r" in text
        self._line_starts: list[int] | None = None
        self._lines: dict[int, PageTokens] = {}

    def at(self, pos: int) -> "LineTokens":
        """The tokens of the line holding ``pos`` (a line break: the line it ends), cut when first read."""
        return LineTokens(self, pos)

    def is_boundary(self, pos: int) -> bool:
        """A token of the page starts or ends at ``pos``."""
        text = self.text
        if self._whole or not 0 <= pos <= len(text) or not text:
            return self.line_tokens(pos).is_boundary(pos)
        if pos == 0 or pos == len(text) or text[pos - 1] == "\n" or text[pos] == "\n":
            return True                 # a line's edge: the page's "\n" token starts or ends there
        return self.line_tokens(pos).is_boundary(pos)

    def line_tokens(self, pos: int) -> PageTokens:
        if self._line_starts is None:
            self._line_starts = [0] if self._whole else [0, *_breaks(self.text)]
        k = max(0, bisect_right(self._line_starts, pos) - 1)
        toks = self._lines.get(k)
        if toks is None:
            start = self._line_starts[k]
            if self._whole:
                end = len(self.text)
            else:
                end = self._line_starts[k + 1] - 1 if k + 1 < len(self._line_starts) else len(self.text)
            toks = self._lines[k] = _cut(self.text[start:end], start, self._rules)
        return toks


class LineTokens:
    """One line's tokens, read like :class:`PageTokens`; cut on first use (a clause
    without a project candidate never cuts its line)."""

    def __init__(self, page: PageLines, pos: int) -> None:
        self._page, self._pos = page, pos

    def is_boundary(self, pos: int) -> bool:
        return self._page.is_boundary(pos)

    def __getattr__(self, name: str):   # only until the tokens are made: then they are attributes
        toks = self._page.line_tokens(self._pos)
        self.__dict__.update(starts=toks.starts, ends=toks.ends, words=toks.words,
                             index_starting=toks.index_starting, index_ending=toks.index_ending)
        return getattr(toks, name)


def page_lines(text: str, rules: Rules, key: str = "") -> PageLines:
    """The page's lines; the last page's are kept so officials and projects share the cut lines."""
    box = rules.cached("names.page_lines", dict)
    if box.get("key") == key and box.get("text") == text:
        return box["lines"]
    out = PageLines(text, rules)
    box.clear()
    box.update(key=key, text=text, lines=out)
    return out


def _breaks(text: str) -> list[int]:
    """Offsets just after each line break."""
    out = []
    i = text.find("\n")
    while i >= 0:
        out.append(i + 1)
        i = text.find("\n", i + 1)
    return out


def _cut(piece: str, offset: int, rules: Rules) -> PageTokens:
    tk = tokenizer(rules)
    # the segment stage's rjieba, with the HMM on (unknown names stay whole): jieba's tokens
    # but for Latin/digit runs, 13x faster than a second pure-Python jieba pass
    rj = fast_tokenizer(rules, tk)
    if rj is not None:
        # the words cover the piece in order, so their offsets are running sums of their
        # lengths: what rjieba's tokenize gives, without its tuples (1.6x faster)
        words = rj.cut(piece, True)
        ends = list(accumulate(map(len, words), initial=offset))
        return PageTokens(ends[:-1], ends[1:], words)
    pieces = list(tk.tokenize(piece))
    return PageTokens([offset + p[1] for p in pieces], [offset + p[2] for p in pieces], [p[0] for p in pieces])
