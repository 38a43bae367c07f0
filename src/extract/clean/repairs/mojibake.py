"""Repair runs of GBK bytes that were decoded one byte out of step.

When a GBK byte stream is decoded starting on a trail byte, every pair is
read across a character boundary (``“湖南`` -> ``焙鲜``) until an ASCII byte
brings the decoder back in step. So a shifted run always *ends* on an ASCII
character in the trail-byte range (``h``, ``W``, ``\\``) or on ``?`` for a
byte that could not be decoded. To repair one: re-encode the run, drop its
first byte, decode again.

Which runs to touch is decided by character statistics: the repair is kept
only when the re-aligned text is much more like Chinese (by jieba's
character frequencies) than the run it replaces.

A page converted to traditional script *after* the damage has had some
mojibake characters replaced by their traditional forms, which re-encode to
other bytes. Each character of a run may therefore stand for itself, its
simplified form, or any simplified character OpenCC maps onto it; a
dynamic programme over the run picks the reading whose re-aligned text
scores best.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from collections.abc import Mapping, Sequence
from typing import Callable

from ...segment.route import UNIT, best_route, word_at
from .charfreq import CharFreq


GBK_LEADS = range(0x81, 0xFF)
GBK_TRAILS = (*range(0x40, 0x7F), *range(0x80, 0xFF))


def _gbk_chars(pairs) -> tuple[str, ...]:
    """The characters the GBK byte pairs ``pairs`` encode (pairs no character has are left out)."""
    found = []
    for pair in pairs:
        try:
            found.append(bytes(pair).decode("gbk"))
        except UnicodeDecodeError:
            continue
    return tuple(found)


@lru_cache(maxsize=None)
def gbk_with_lead(lead: int) -> tuple[str, ...]:
    """The characters whose GBK encoding starts with byte ``lead``, in the order of their trail byte
    (what a run's last character was when '?' stands for its lost trail byte). Built once per byte."""
    return _gbk_chars((lead, trail) for trail in GBK_TRAILS)


@lru_cache(maxsize=None)
def gbk_with_trail(trail: int) -> tuple[str, ...]:
    """The characters whose GBK encoding ends in byte ``trail``, in the order of their lead byte
    (what a run's first character was when its lead byte was lost). Built once per byte."""
    return _gbk_chars((lead, trail) for lead in GBK_LEADS)

TRAIL_ASCII = frozenset(chr(c) for c in range(0x40, 0x7F))
LOST_BYTE = "?"
PUNCT_LEAD = b"\xa1"  # lead byte of GBK's CJK punctuation (。“”、): the usual lost byte
NEG = float("-inf")
# where a shifted run can end: a non-ASCII character then an ASCII trail byte or a lost byte ('?'),
# or the "?!" of a lost lead byte and a fullwidth '！' read as ASCII
# (a trail byte stands alone: an ASCII letter followed by more letters or digits is a word, not a run end)
# Found as its terminator: the trail byte or '?' that ends it, preceded by a non-ASCII
# character or by "?!", and not followed by a letter or digit. Each run end has one
# terminator (the two forms cannot share one), in the same order, so this finds what
# ``(?:[^\x00-\x7f][\x40-\x7e?]|\?![\x40-\x7e?])(?![A-Za-z0-9])`` found with overlapped=True;
# leading with a character class lets stdlib re skip the Han text (8x faster)
RUN_END = re.compile(r"[\x40-\x7e?](?:(?<=[^\x00-\x7f].)|(?<=\?!.))(?![A-Za-z])")
CLOSING_OF = {"（": "）", "【": "】", "《": "》", "“": "”", "「": "」"}
OPENING = frozenset(CLOSING_OF)
CLOSING = frozenset(CLOSING_OF.values())
NUMERALS = frozenset("一二三四五六七八九十")
SEPARATORS = frozenset("、，；：。！？")  # marks that part clauses or list items
HAN_MIN, HAN_MAX = "\u4e00", "\u9fff"
# the characters of GBK row A3 a 。 that lost its lead byte makes with a Han lead byte, less the marks text writes
FULLWIDTH_RUN = frozenset(bytes((0xA3, b)).decode("gbk") for b in range(0xB0, 0xFF)) - frozenset("：；？")
HAN_RUN = re.compile(r"([\u4e00-\u9fff]+)")
CONTEXT_REACH = 3  # characters either side of a run read when two of its starts are weighed
CUE_REACH = 8  # characters before a run a lost-character cue (rules/mojibake_lost.tsv) reads


@dataclass(frozen=True)
class MojibakeSettings:
    max_run: int = 80             # characters in one shifted run at most
    min_gain: float = 1.2         # mean score gain per character for a repair to be kept
    min_chars: int = 2            # a run shorter than this is left alone (unless a '?' precedes it)
    lost_byte_bonus: float = 1.0  # prefer a repair that also explains a preceding '?'
    orig_bang_penalty: float = 4.0  # an ASCII '!' inside Han text is itself a sign of damage
    min_word_freq: int = 100      # a lost character is restored only when it forms a word this frequent
    min_char_freq: int = 1000     # ... or is a character this frequent on its own (jieba's single-character entry)
    page_pair_bonus: float = 12.0  # log-probability added to a rare character when the page writes the pair elsewhere (陶寺)
    ordinary_mean: float = 0.3    # characters before an ASCII letter scoring above this on average are left alone
    ordinary_last: float = 0.7    # ... unless the last of them scores below this
    min_gain_in_context: float = 0.6  # a run that lost a character and gains this much per character ...
    context_gain: float = 0.0        # ... is kept when it reads better in context by this log-probability per character
    min_kept_score: float = 0.0  # a character a run read one later keeps must score above this, unless a separating mark
    report_word_freq: int = 1000  # the frequency a word of rules/report_words.tsv counts as when a lost character is weighed


def is_fullwidth_form(ch: str) -> bool:
    """A fullwidth digit, letter or rare sign of GBK row A3 past A3B0: what a 。 (A1 A3) that lost its
    lead byte leaves of itself with the lead byte of a Han character after it (0xB0 and up), so one such
    character may be a whole shifted run (。全 -> Ｈ?). The marks Chinese text itself writes before an
    ASCII letter (，F15E, ：APP, （GDP, ？A股) are not among them."""
    return ch in FULLWIDTH_RUN


def gbk_bytes(ch: str) -> bytes | None:
    """Two-byte GBK/GB18030 encoding of a character, or None (ASCII '!' stands for '！')."""
    if ch == "!":
        ch = "！"
    try:
        b = ch.encode("gb18030")
    except UnicodeEncodeError:
        return None
    return b if len(b) == 2 else None


def inverse_s2t(s2t: Callable[[str], str]) -> dict[str, list[str]]:
    """For every traditional character, the GBK simplified characters that convert to it."""
    chars = []
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            if trail == 0x7F:
                continue
            try:
                chars.append(bytes((lead, trail)).decode("gbk"))
            except UnicodeDecodeError:
                continue
    converted = s2t("\n".join(chars)).split("\n")
    inverse: dict[str, list[str]] = {}
    if len(converted) != len(chars):
        return inverse
    for src, dst in zip(chars, converted):
        if src != dst and len(dst) == 1:
            inverse.setdefault(dst, []).append(src)
    return inverse


class PageWords:
    """Whether a page writes a pair of characters (its simplified text, made on the first question)."""

    def __init__(self, text: str, simplify: Callable[[str], str]) -> None:
        self.text, self.simplify, self._simple = text, simplify, None

    def holds(self, pair: str, damaged: str = "") -> bool:
        """Whether the page writes ``pair`` outside ``damaged`` (the run being repaired: its own
        characters vouch for nothing, ``、佑妙A`` for 佑 of ``、佑``); a digit stands for any digit
        (``3日`` vouches for ``5日``)."""
        simple = self._text()
        forms = [d + pair[1:] for d in "0123456789"] if pair[:1].isdigit() else [pair]
        own = self.simplify(damaged) if damaged else ""
        return sum(simple.count(f) for f in forms) > sum(own.count(f) for f in forms)

    def share(self, ch: str) -> float:
        """How often the page writes ``ch``: its count over the page's length (0.0 when absent)."""
        simple = self._text()
        return simple.count(ch) / len(simple) if simple else 0.0

    def _text(self) -> str:
        if self._simple is None:
            self._simple = self.simplify(self.text)
        return self._simple


@dataclass
class MojibakeRepairer:
    """Holds the frequency table, converters and a per-process score cache."""

    freq: CharFreq
    simplify: Callable[[str], str] = lambda s: s
    inverse: dict[str, list[str]] = field(default_factory=dict)
    settings: MojibakeSettings = field(default_factory=MojibakeSettings)
    words: Mapping[str, int] | None = None  # word frequencies (jieba's dictionary) to restore lost characters
    # (pattern the simplified text before a run matches, character): the lost character such a context makes certain
    lost_cues: tuple[tuple[re.Pattern[str], str], ...] = ()
    _score: dict[bytes, float] = field(default_factory=dict, repr=False)
    _variants: dict[str, list[bytes]] = field(default_factory=dict, repr=False)
    _char_scores: dict[str, float] = field(default_factory=dict, repr=False)

    def char_score(self, ch: str) -> float:
        """``freq.score(simplify(ch))`` of one character, remembered (one OpenCC call per character)."""
        score = self._char_scores.get(ch)
        if score is None:
            score = self._char_scores[ch] = self.freq.score(self.simplify(ch))
        return score

    def pair_score(self, pair: bytes) -> tuple[float, str]:
        """Score of the character two bytes decode to (NEG when they decode to none)."""
        if pair not in self._score:
            try:
                ch = pair.decode("gb18030")
            except UnicodeDecodeError:
                ch = ""
            self._score[pair] = self.freq.score(self.simplify(ch)) if len(ch) == 1 else NEG
        score = self._score[pair]
        return score, (pair.decode("gb18030") if score != NEG else "")

    def variants(self, ch: str) -> list[bytes]:
        if ch not in self._variants:
            options = [ch, self.simplify(ch), *self.inverse.get(ch, ())]
            found = []
            for opt in dict.fromkeys(options):
                b = gbk_bytes(opt) if len(opt) == 1 else None
                if b is not None:
                    found.append(b)
            self._variants[ch] = found
        return self._variants[ch]

    def repair(self, text: str) -> tuple[str, int]:
        """Return ``text`` with shifted runs re-aligned, and how many runs were repaired."""
        page = PageWords(text, self.simplify)
        out: list[str] = []
        pos = 0
        repaired = 0
        for m in RUN_END.finditer(text):
            term = m.start()
            if term <= pos or not self._suspicious(text, max(pos, term - 4), term):
                continue
            best = self._best(text, pos, term, page)
            if best is not None:
                start, fixed = best
                out.append(text[pos:start])
                out.append(fixed)
                pos = term + 1
                repaired += 1
        out.append(text[pos:])
        return "".join(out), repaired

    def _suspicious(self, text: str, lo: int, term: int) -> bool:
        """Cheap pre-check: the characters before a possible run end are not ordinary text.

        Ordinary Chinese before an ASCII letter (``万元GDP``) is common and never
        shifted; a shifted run ends in rare characters, symbols or a lost byte.
        """
        window = text[lo:term]
        if LOST_BYTE in window or "!" in window or text[term] == LOST_BYTE:
            return True
        scores = [self.char_score(c) for c in window]
        # a short run ends in one rare character after ordinary ones (其中|康禺a): its last one alone decides
        return not scores or sum(scores) / len(scores) < self.settings.ordinary_mean or scores[-1] < self.settings.ordinary_last

    def _best(self, text: str, floor: int, term: int, page: "PageWords | None" = None) -> tuple[int, str] | None:
        """The best repair of a run ending at ``term``: (start, replacement) or None."""
        st = self.settings
        lo = term - 1
        while lo > max(floor, term - st.max_run) and gbk_bytes(text[lo - 1]) is not None:
            lo -= 1
        opts = [self.variants(c) for c in text[lo:term]]
        if any(not o for o in opts):
            return None
        k = len(opts)
        terminator = text[term]
        # V[i][c]: best score of the output after position i given choice c there; back[i][c]: next choice
        V: list[list[float]] = [[NEG] * len(o) for o in opts]
        out_ch: list[list[str]] = [[""] * len(o) for o in opts]
        back: list[list[int]] = [[-1] * len(o) for o in opts]
        for c, b in enumerate(opts[k - 1]):
            if terminator == LOST_BYTE:
                V[k - 1][c] = 0.0
            else:
                V[k - 1][c], out_ch[k - 1][c] = self.pair_score(b[1:] + terminator.encode("ascii"))
        for i in range(k - 2, -1, -1):
            for c, b in enumerate(opts[i]):
                for c2, b2 in enumerate(opts[i + 1]):
                    if V[i + 1][c2] == NEG:
                        continue
                    s, ch = self.pair_score(b[1:] + b2[:1])
                    if s != NEG and s + V[i + 1][c2] > V[i][c]:
                        V[i][c], out_ch[i][c], back[i][c] = s + V[i + 1][c2], ch, c2
        # original scores of suffixes, for the gain of each start
        orig_suffix = [0.0] * (k + 1)
        tail = self.char_score(terminator) if terminator != LOST_BYTE else 0.0
        for i in range(k - 1, -1, -1):
            c = text[lo + i]
            orig_suffix[i] = orig_suffix[i + 1] + (-st.orig_bang_penalty if c == "!" else self.char_score(c))
        passing: dict[int, tuple[float, int, str, bytes, bytes]] = {}  # run index -> its best passing repair
        near: tuple[float, int, str, bytes, bytes] | None = None  # the best repair short of min_gain that lost a character
        for i in range(k):
            s = lo + i
            with_lost = s > 0 and text[s - 1] == LOST_BYTE
            # one fullwidth form before the run's end may be a whole run: weighed in context only (below)
            one_form = k - i == 1 and is_fullwidth_form(text[s])
            if k - i < st.min_chars and not with_lost and not one_form:
                continue
            length = k - i + 1
            orig = orig_suffix[i] + tail
            starts = []
            c_best = max(range(len(opts[i])), key=lambda c: V[i][c])
            if V[i][c_best] != NEG:
                starts.append((V[i][c_best], s, "", c_best))
            if with_lost:
                for c, b in enumerate(opts[i]):
                    sc, ch = self.pair_score(PUNCT_LEAD + b[:1])
                    if sc != NEG and V[i][c] != NEG:
                        starts.append((sc + V[i][c] + st.lost_byte_bonus, s - 1, ch, c))
            for total, start, first, c in starts:
                gain = total - orig
                lost_trail = opts[i][c][:1] if start == s else b""
                # a run ending in a lost byte lost its last character's trail: its lead is the second byte
                # of the run's last character as read on this route
                lost_lead = opts[k - 1][self._last_choice(back, i, c)][1:2] if terminator == LOST_BYTE else b""
                if gain / length < st.min_gain:
                    if lost_trail and (gain / length >= st.min_gain_in_context or one_form) and (near is None or gain > near[0]):
                        near = (gain, start, first + self._trace(out_ch, back, i, c), lost_trail, lost_lead)
                    continue
                if i in passing and gain <= passing[i][0]:
                    continue
                passing[i] = (gain, start, first + self._trace(out_ch, back, i, c), lost_trail, lost_lead)
        if not passing:
            return None if near is None else self._in_context(text, term, near, page)
        i = max(passing, key=lambda j: passing[j][0])
        best = self._with_lost(text, term, passing[i], page)
        if passing[i][3] and i - 1 in passing:
            # a run read one character late keeps its real first character (又 of 增又|翟鲩L) and invents a
            # lost one from the next character's lead byte; both readings span the same original text, so
            # the one that reads better with its neighbours (增加值增長, not 增又业增長) is kept
            earlier = self._with_lost(text, term, passing[i - 1], page)
            if self._reads_better(text, term, earlier, best, page):
                best = earlier
        elif i + 1 in passing and passing[i + 1][3] and (
                text[lo + i] in SEPARATORS or self.char_score(text[lo + i]) > st.min_kept_score):
            # and one read a character early takes the in-step character before the run into it (季 of
            # 四季|戎卮笙钅考?, read 四都救重大项目; the ； of 6.6%；羊肉 read with the lead byte of 羊 as 。或肉):
            # the later start, which keeps that character and puts back the one whose lead byte was lost,
            # is kept when it reads better with its neighbours (四季度重大项目). Only a separating mark or
            # an ordinary character is so kept: a rare one or a bracket is likely a shifted pair itself
            # (提弧|兜 of 提交《迪, 全「|髯 of 全省各)
            later = self._with_lost(text, term, passing[i + 1], page)
            if self._reads_better(text, term, later, best, page):
                best = later
        return best[0], best[1]

    def _in_context(self, text: str, term: int, cand: tuple[float, int, str, bytes, bytes],
                    page: "PageWords | None") -> tuple[int, str] | None:
        """A repair short of min_gain that lost a character, kept when the character is put back and the
        whole reads better with its neighbours than the damaged text does (卟水a -> 蔬菜產: 菜 and 產 are
        no rarer than 卟水 by much, but 蔬菜 is a word)."""
        start, fixed, missing = self._with_lost(text, term, cand, page)
        if missing:
            return None
        lo = max(0, start - CONTEXT_REACH)
        after = text[term + 1:term + 1 + CONTEXT_REACH]
        gain = (self._context_score(self.simplify(text[lo:start] + fixed + after), page) -
                self._context_score(self.simplify(text[lo:term + 1] + after), page))
        return (start, fixed) if gain / (term + 1 - start) >= self.settings.context_gain else None

    def _with_lost(self, text: str, term: int, cand: tuple[float, int, str, bytes, bytes],
                   page: "PageWords | None") -> tuple[int, str, bool]:
        """(start, replacement, whether a lost character is missing from it) of a passing repair, with the
        character whose lead byte it lost put back when the context vouches for one, and the last
        character of a run ending in a lost byte ('?': only its lead byte survives) likewise."""
        _gain, start, fixed, lost_trail, lost_lead = cand
        missing = False
        if lost_trail and self.words is not None:
            # the words it makes may run on past the run's end (再|融资 of 再融资债券 after a two-character run)
            lost = self.recover_lost(text[max(0, start - CUE_REACH):start], lost_trail, fixed + text[term + 1:term + 5],
                                     page, text[max(0, start - 1):term + 1])
            fixed, missing = lost + fixed, not lost
        if lost_lead and self.words is not None:
            # 项目| before 中签约 of 集中签约: the words it makes run on into the text after the lost byte
            last = self._pick_lost(text[max(0, start - CUE_REACH):start] + fixed, gbk_with_lead(lost_lead[0]),
                                   text[term + 1:term + 5], page, text[max(0, start - 1):term + 1])
            fixed += last
        return start, fixed, missing

    def _reads_better(self, text: str, term: int, a: tuple[int, str, bool], b: tuple[int, str, bool],
                      page: "PageWords | None") -> bool:
        """Whether repair ``a`` reads better than ``b`` in context, over the same stretch of the page (a few
        characters before the earlier start to a few after the run); a lost character not put back counts
        as one of frequency 1."""
        lo = max(0, min(a[0], b[0]) - CONTEXT_REACH)
        after = text[term + 1:term + 1 + CONTEXT_REACH]
        scores = [self._context_score(self.simplify(text[lo:start] + fixed + after), page) +
                  (math.log(UNIT) if missing else 0.0) for start, fixed, missing in (a, b)]
        return scores[0] > scores[1]

    def _context_score(self, window: str, page: "PageWords | None") -> float:
        """Log-probability of ``window``: jieba's best route over each stretch of Han characters, and each
        other character (a mark, a digit) with its share of the page as its probability (as a lost mark
        is weighed in ``recover_lost``); a bracket that closes one opened before it in the window comes free."""
        score, opened = 0.0, set()
        for part in HAN_RUN.split(window):
            if not part:
                continue
            if HAN_MIN <= part[0] <= HAN_MAX:
                score += best_route(part, self.words or {}, self.settings.min_word_freq)[0]
                continue
            for ch in part:
                if ch in CLOSING and ch in opened:
                    continue  # a bracket closing one the window opened is the pair's: weighed once, with its opening
                opened.update(CLOSING_OF.get(ch, ""))
                score += math.log(max(page.share(ch) if page is not None else 0.0, UNIT))
        return score

    def recover_lost(self, before: str, trail: bytes, after: str, page: "PageWords | None" = None,
                     damaged: str = "") -> str:
        """The character whose lead byte was lost before a run, when the context vouches for it.

        Only the trail byte survives. A context of ``lost_cues`` (2月2| before 日)
        decides alone. Otherwise, of the characters ending in it, keep the
        one that makes with its neighbour a pair the rest of the page writes
        (陶 of 陶寺, when 陶寺 stands elsewhere on the page, not only in the
        ``damaged`` run itself); else the one with
        which the surrounding characters segment best (jieba's word
        frequencies, best route as in jieba), provided it sits inside a word of
        two or more characters on that route; or an opening bracket whose
        closing one follows closely (``（一）``); or a mark the page writes
        (``、`` ``。`` ``”``), scored as the split it makes, with its share of
        the page as its probability. Otherwise restore nothing.
        """
        return self._pick_lost(before, gbk_with_trail(trail[0]), after, page, damaged)

    def _pick_lost(self, before: str, candidates: Sequence[str], after: str, page: "PageWords | None" = None,
                   damaged: str = "") -> str:
        """Of the characters a lost byte leaves possible, the one the context vouches for (see recover_lost)."""
        wide, after = self.simplify(before[-CUE_REACH:]), self.simplify(after[:4])
        before = wide[-3:]
        for pattern, char in self.lost_cues:
            if pattern.search(wide):
                for ch in candidates:
                    if self.simplify(ch) == char:
                        return ch  # a date's 日 after 2月2: the context makes it certain
        for ch in candidates:
            if ch in OPENING and CLOSING_OF[ch] in after[:3]:
                return ch
            if ch in NUMERALS and before.endswith(tuple(OPENING)) and after[:1] == CLOSING_OF[before[-1]]:
                return ch  # a numbered heading: （七）
            if ch in CLOSING and _unclosed(before) == ch:
                return ch  # the close of a numbered heading: （一）
        # a page put into traditional script before the damage lost a traditional character
        # (計 of 設計): its context is read simplified, so the candidate is too
        simple = {ch: self.simplify(ch) for ch in candidates}
        st = self.settings
        best, best_score = "", NEG
        for ch in candidates:
            if len(simple[ch]) != 1:
                continue
            if HAN_MIN <= simple[ch] <= HAN_MAX:
                score, in_word = self._route(before + simple[ch] + after, len(before))
                common = (self.words or {}).get(simple[ch], 0) >= st.min_char_freq
            else:
                # a mark the page writes (、 。 ” ）): it splits the window; its share of the page is its probability
                share = page.share(ch) if page is not None else 0.0
                if not share:
                    continue
                score = self._route(before, 0)[0] + math.log(share) + self._route(after, 0)[0]
                in_word, common = None, True
            # a pair the page writes elsewhere (陶寺, 市级) vouches for the character; a mark opens
            # before any character, so only the one it follows vouches for a mark (险。 but not 。抓)
            if page is not None and ((after and in_word is not None and page.holds(simple[ch] + after[0], damaged)) or
                                     (before and page.holds(before[-1] + simple[ch], damaged))):
                score += st.page_pair_bonus
            elif not (in_word or common):
                continue  # neither in a word nor a common character of its own
            if score > best_score:
                best, best_score = ch, score
        return best

    @staticmethod
    def _last_choice(back: list[list[int]], i: int, c: int) -> int:
        """The choice at a run's last character on the route that makes choice ``c`` at ``i``."""
        while i < len(back) - 1:
            c, i = back[i][c], i + 1
        return c

    def _route(self, window: str, at: int) -> tuple[float, bool]:
        """Best segmentation log-probability of ``window``; whether ``window[at]`` is inside a word on it."""
        score, start, end = word_at(window, at, self.words or {}, self.settings.min_word_freq)
        return score, end - start >= 2 and at < len(window)

    @staticmethod
    def _trace(out_ch: list[list[str]], back: list[list[int]], i: int, c: int) -> str:
        chars = []
        while i < len(out_ch) and c >= 0:
            chars.append(out_ch[i][c])
            c = back[i][c]
            i += 1
        return "".join(chars)


def _unclosed(before: str) -> str:
    """The closing bracket owed by ``before``: its last bracket is an opening one two characters back at most."""
    for i in range(len(before) - 1, max(-1, len(before) - 3), -1):
        if before[i] in CLOSING:
            return ""
        if before[i] in OPENING:
            return CLOSING_OF[before[i]]
    return ""
