"""A pair's two figures with no 分别: 城乡居民人均可支配收入达到32432元和12787元.

A subject opening with a pair's heads run together (城乡, settings ``targets.joined_pair_heads``)
before two figures joined by 和 or 、 names one figure each, the towns' first and the
countryside's second, as it does with 分别; written from one pair of figures to another
(从25475元和8892元增加到32432元和12787元) the second pair goes with the first member by member.
"""
from __future__ import annotations

from collections.abc import Iterable


def names_a_joined_pair(subject: str, n: int, heads: Iterable[tuple[str, str]], splitters: Iterable[str]) -> bool:
    """Whether ``subject`` (the clause's words before the first of ``n`` listed figures, its
    connectives trimmed) opens with a joined pair's head and lists nothing of its own: then the
    two figures are the pair's, one a head."""
    return n == 2 and any(subject.startswith(short) for short, _ in heads) \
        and not any(sep in subject for sep in splitters)
