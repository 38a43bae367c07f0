"""A dump's header lines under its headline: the date and 来源 lines between the headline a dump
keeps and the article's first paragraph.

An HTML page's header (发布时间：… 来源：…, 发表日期：2011-02-12 点击, an account's name and its
time) sits in markup the content search leaves out; a text dump keeps it as lines between the
headline and the first paragraph, and the dump's core, reading the colon of 来源： as prose, may
begin on it. Such a line is metadata (:mod:`.meta` has read it), no text of the article: it holds
no clause of a sentence (no comma, no full stop) and is no longer than a header line is.
"""
from __future__ import annotations

from typing import Callable

# a header line holds no clause of a sentence: a line with one of these is the article's text
CLAUSE_MARKS = ("。", "，", "！", "？", "；", ",", ";")   # dumps often carry ASCII commas


def header_lines(lines: list[str], lo: int, hi: int, is_header: Callable[[str], bool],
                 max_chars: int) -> set[int]:
    """The indexes of the header lines (``is_header``: a date, a 来源 label) in ``lines[lo:hi]``
    above its first line holding a clause mark, each at most ``max_chars`` long."""
    found: set[int] = set()
    for i in range(lo, hi):
        line = lines[i].strip()
        if any(m in line for m in CLAUSE_MARKS):
            break
        if line and len(line) <= max_chars and is_header(line):
            found.add(i)
    return found


def rows_over_headline(lines: list[str], start: int, headline: int,
                       is_furniture: Callable[[str], bool]) -> set[int]:
    """The indexes of the lines between the kept range's ``start`` and its ``headline`` inside the
    core that are furniture (``is_furniture``: a header line, a disclosure page's metadata row
    such as 信息分类：通知 发布机构：…, which reads as prose by its colons and may open the core
    over the headline) and hold no full stop."""
    return {i for i in range(start, max(start, headline))
            if lines[i].strip() and "。" not in lines[i] and is_furniture(lines[i].strip())}
