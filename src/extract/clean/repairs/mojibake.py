"""Repair runs of GBK bytes that were decoded one byte out of step.

When a GBK byte stream is decoded starting on a trail byte, every pair is
read across a character boundary (``“湖南`` -> ``焙鲜``) until an ASCII byte
brings the decoder back in step. So a shifted run always *ends* on an ASCII
character in the trail-byte range (``h``, ``W``, ``\\``) or on ``?`` for a
byte that could not be decoded. To repair one: re-encode the run, drop its
first byte, decode again.

Which runs to touch is decided by character statistics: the repair is kept
only when the re-aligned text is much more like Chinese (by jieba's
character frequencies) than the run it replaces. Pages converted to
traditional script after the damage are handled by trying the run's
simplified form too.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .charfreq import CharFreq

TRAIL_ASCII = set(chr(c) for c in range(0x40, 0x7F))
LOST_BYTE = "?"
PUNCT_LEAD = b"\xa1"  # lead byte of GBK's CJK punctuation (。“”、)


@dataclass(frozen=True)
class MojibakeSettings:
    max_run: int = 80          # characters in one shifted run at most
    min_gain: float = 1.2      # mean score gain per character for a repair to be kept
    min_chars: int = 2         # a repair must give back at least this many characters
    lost_byte_bonus: float = 1.0  # prefer a repair that also explains a preceding '?' (a lost lead byte)


def _encodable(ch: str) -> bytes | None:
    """GBK double-byte encoding of a character, or None (ASCII '!' stands for '！')."""
    if ch == "!":
        ch = "！"
    try:
        b = ch.encode("gb18030")
    except UnicodeEncodeError:
        return None
    return b if len(b) == 2 else None


def _realign(run: str, terminator: str, lead: bytes) -> str | None:
    parts = []
    for ch in run:
        b = _encodable(ch)
        if b is None:
            return None
        parts.append(b)
    data = b"".join(parts)
    if terminator == LOST_BYTE:
        data = data[:-1]            # the last lead byte lost its trail
    else:
        data += terminator.encode("ascii")
    data = lead + data if lead else data[1:]
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        return None


def repair_mojibake(text: str, freq: CharFreq, simplify: Callable[[str], str] | None = None,
                    settings: MojibakeSettings = MojibakeSettings()) -> tuple[str, int]:
    """Return ``text`` with shifted runs re-aligned, and how many runs were repaired."""
    simplify = simplify or (lambda s: s)
    out: list[str] = []
    pos = 0
    repaired = 0
    i = 1
    n = len(text)
    while i < n:
        ch = text[i]
        if (ch in TRAIL_ASCII or ch == LOST_BYTE) and _encodable(text[i - 1]) is not None and text[i - 1] != "!":
            best = _best_repair(text, pos, i, freq, simplify, settings)
            if best is not None:
                start, end, fixed = best
                out.append(text[pos:start])
                out.append(fixed)
                pos = end
                repaired += 1
                i = end
                continue
        i += 1
    out.append(text[pos:])
    return "".join(out), repaired


def _best_repair(text: str, floor: int, term: int, freq: CharFreq, simplify: Callable[[str], str],
                 settings: MojibakeSettings) -> tuple[int, int, str] | None:
    terminator = text[term]
    best: tuple[float, int, str] | None = None
    s = term - 1
    while s >= max(floor, term - settings.max_run) and _encodable(text[s]) is not None:
        run = text[s:term]
        if len(run) >= settings.min_chars:
            best = _consider(best, text, s, run, terminator, freq, simplify, settings)
        s -= 1
    if best is None:
        return None
    _gain, start, fixed = best
    end = term + 1
    return start, end, fixed


def _consider(best, text, s, run, terminator, freq, simplify, settings):
    orig = run + (terminator if terminator != LOST_BYTE else "")
    orig_score = freq.total(simplify(orig)) + (-4.0 if "!" in run else 0.0)
    candidates = []
    bonus: dict[int, float] = {}
    for variant in dict.fromkeys([run, simplify(run)]):
        fixed = _realign(variant, terminator, b"")
        if fixed:
            candidates.append((s, fixed))
        if s > 0 and text[s - 1] == LOST_BYTE:
            fixed = _realign(variant, terminator, PUNCT_LEAD)
            if fixed:
                candidates.append((s - 1, fixed))
                bonus[s - 1] = settings.lost_byte_bonus
    for start, fixed in candidates:
        if len(fixed) < settings.min_chars - 1:
            continue
        gain = freq.total(simplify(fixed)) - orig_score + bonus.get(start, 0.0)
        if gain / max(len(orig), 1) < settings.min_gain:
            continue
        if best is None or gain > best[0]:
            best = (gain, start, fixed)
    return best
