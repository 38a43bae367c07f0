"""Characters every match of a rule holds: a page without them has no line the rule can match.

:func:`needs` reads a pattern and returns sets of characters such that every
match holds all the characters of at least one of them:
``(?:浏览量|阅读数)\\s*\\d*`` needs {浏, 览, 量} or {阅, 读, 数}. Whether a page
holds a set is a look-up in the page's characters (:class:`CharIndex`, one numpy
pass per page), far cheaper than searching the page with the pattern.

Only plain syntax is read: literal characters, escaped punctuation, groups
``(?:…)``, ``(?P<name>…)`` and ``(…)``, alternation, character classes,
``.``, ``^``, ``$``, the shorthand classes (``\\d``, ``\\s``, ``\\p{…}`` …) and
quantifiers; a lookaround (``(?=…)``, ``(?<!…)`` …) consumes nothing and asks for
nothing. Anything else (inline flags, backreferences,
``\\x``/``\\u`` escapes, fuzzy matching) or a pattern with flags of its own
gives None: nothing is known, the rule is always tried.
"""
from __future__ import annotations

from typing import Any, Iterable

import numpy as np
import regex


Needs = tuple[frozenset[str], ...]
MAX_SETS = 16  # alternatives kept per pattern; past this a requirement is left out (still sound)
QUANTIFIER = regex.compile(r"\{(\d*)(?:,(\d*))?\}")
SHORTHAND = frozenset("dDsSwWbB")
LOOKAROUND = regex.compile(r"\(\?<?[=!]")
NOTHING: list[frozenset[str]] = [frozenset()]


def class_end(pattern: str, i: int) -> int:
    """Index just after the character class opening at ``i``; -1 for forms not handled here."""
    j = i + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":
        return -1  # a leading literal ']'
    while j < len(pattern):
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            return -1  # nested sets, POSIX classes
        if c == "]":
            return j + 1
        j += 1
    return -1


def grouping_marks(pattern: str) -> list[tuple[int, str, int]] | None:
    """The ``(``, ``)`` and ``|`` of a regular expression's source that group (outside escapes and
    character classes), each with its offset and the group depth before it; ``None`` when a
    character class is of a form :func:`class_end` does not read."""
    marks: list[tuple[int, str, int]] = []
    depth, i, n = 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = class_end(pattern, i)
            if i < 0:
                return None
            continue
        if c in "()|":
            marks.append((i, c, depth))
            depth += (c == "(") - (c == ")")
        i += 1
    return marks


class _Unknown(Exception):
    """A construct this reader does not follow."""


def needs(rx: Any) -> Needs | None:
    """Character sets one of which every match of ``rx`` holds; None when nothing is known."""
    if rx.flags != regex.compile("").flags:
        return None
    reader = _Reader(rx.pattern)
    try:
        found = reader.alternation()
    except _Unknown:
        return None
    if reader.at != len(rx.pattern) or frozenset() in found:
        return None
    return tuple(found)


def _join(left: list[frozenset[str]], right: list[frozenset[str]]) -> list[frozenset[str]]:
    """Both in sequence: one set of each, united (the left alone when that makes too many)."""
    if right == NOTHING:
        return left
    if left == NOTHING:
        return right
    both = list(dict.fromkeys(a | b for a in left for b in right))
    return both if len(both) <= MAX_SETS else left


class _Reader:
    def __init__(self, pattern: str) -> None:
        self.p = pattern
        self.at = 0

    def peek(self) -> str:
        return self.p[self.at] if self.at < len(self.p) else ""

    def alternation(self) -> list[frozenset[str]]:
        found = list(self.sequence())
        while self.peek() == "|":
            self.at += 1
            found.extend(self.sequence())
        if frozenset() in found:
            return NOTHING
        found = list(dict.fromkeys(found))
        return found if len(found) <= MAX_SETS else NOTHING

    def sequence(self) -> list[frozenset[str]]:
        found = NOTHING
        while self.peek() not in ("", "|", ")"):
            found = _join(found, self.quantified(self.atom()))
        return found

    def atom(self) -> list[frozenset[str]]:
        p, i = self.p, self.at
        c = p[i]
        if c == "(":
            if p.startswith("(?:", i):
                self.at = i + 3
            elif p.startswith("(?P<", i):
                self.at = p.index(">", i) + 1
            elif (look := LOOKAROUND.match(p, i)) is not None:
                self.at = look.end()
                self.alternation()          # read to its end: what it looks at is not in the match
                if self.peek() != ")":
                    raise _Unknown
                self.at += 1
                return NOTHING
            elif p.startswith("(?", i):
                raise _Unknown
            else:
                self.at = i + 1
            found = self.alternation()
            if self.peek() != ")":
                raise _Unknown
            self.at += 1
            return found
        if c == "[":
            end = class_end(p, i)
            if end < 0:
                raise _Unknown
            self.at = end
            return NOTHING
        if c == "\\":
            e = p[i + 1:i + 2]
            self.at = i + 2
            if e in ("p", "P"):
                if self.peek() == "{":
                    self.at = p.index("}", self.at) + 1
                else:
                    self.at += 1
                return NOTHING
            if e and e in SHORTHAND:
                return NOTHING
            if not e or e.isalnum() or e == "_":
                raise _Unknown  # \x, \u, \N, \1, \g, \A, \Z ...: not read here
            return [frozenset(e)] if _indexed(e) else NOTHING
        if c in ".^$":
            self.at = i + 1
            return NOTHING
        if c in "*+?{}]":
            raise _Unknown
        self.at = i + 1
        return [frozenset(c)] if _indexed(c) else NOTHING

    def quantified(self, found: list[frozenset[str]]) -> list[frozenset[str]]:
        c = self.peek()
        if c in ("*", "?"):
            self.at += 1
            found = NOTHING
        elif c == "+":
            self.at += 1
        elif c == "{":
            m = QUANTIFIER.match(self.p, self.at)
            if m is None or not (m.group(1) or m.group(2)):
                raise _Unknown
            self.at = m.end()
            if not int(m.group(1) or 0):
                found = NOTHING
        else:
            return found
        if self.peek() in ("?", "+"):  # lazy or possessive
            self.at += 1
        if self.peek() in ("*", "+", "?", "{"):
            raise _Unknown
        return found


def _indexed(c: str) -> bool:
    """A character :class:`CharIndex` can find: one UTF-16 unit, not a surrogate."""
    return ord(c) < 0xD800 or 0xE000 <= ord(c) < 0x10000


class CharIndex:
    """Which of a fixed set of characters a text holds, in one numpy pass over the text."""

    def __init__(self, chars: Iterable[str]) -> None:
        self.chars = sorted({c for c in chars if _indexed(c)})
        # each character's slot (1, 2 ...; 0 for the others): one byte each while they are few
        dtype = np.uint8 if len(self.chars) < 0x100 else np.uint16
        self.slot = np.zeros(0x10000, dtype=dtype)
        self.slot[[ord(c) for c in self.chars]] = np.arange(1, len(self.chars) + 1, dtype=dtype)
        self.slot.flags.writeable = False

    def present(self, text: str) -> frozenset[str]:
        """The characters of the set that ``text`` holds.

        A character outside the set (or beyond the BMP: its UTF-16 surrogates) is
        not in ``slot`` and falls in slot 0.
        """
        units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype="<u2")
        seen = np.zeros(len(self.chars) + 1, dtype=bool)
        seen[self.slot[units]] = True
        chars = self.chars
        return frozenset([chars[k - 1] for k in np.flatnonzero(seen).tolist() if k])


class TextChars:
    """Which characters a text holds, looked up one at a time (``in``) and remembered.

    For a few rules over a long text, where :class:`CharIndex`'s pass over the
    whole text costs more than the handful of characters the rules ask about.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[str, bool] = {}

    def holds_all(self, chars: frozenset[str]) -> bool:
        known = self.known
        for c in chars:
            found = known.get(c)
            if found is None:
                found = known[c] = c in self.text
            if not found:
                return False
        return True


def may_match(sets: Needs | None, present: frozenset[str]) -> bool:
    """A text whose characters include ``present`` (those of :class:`CharIndex`) may hold a match."""
    return sets is None or any(map(present.issuperset, sets))
