"""A dump's headline printed twice: once in a list of the issue's headlines, once over its article.

An e-paper page or an e-newsletter lists the headlines of its issue (or of the page) at the top,
then prints each article under its headline again. The first headline-like line of such a dump
is the list's first item, some other article's; the article's own headline is the line over its
text that repeats a line of the list above it. The list's items may end in ？ or ！ and so read as
prose: the core may open on the list, and the repeated headline stand inside it, over its first
full stop.
"""
from __future__ import annotations

from typing import Callable

from .core import SENTENCE_END, CoreSettings, title_han


def repeated_headline(lines: list[str], span: tuple[int, int], st: CoreSettings,
                      not_title: Callable[[str], bool]) -> int:
    """The index of the headline the core's text opens under, when it repeats a line standing at
    most ``head_window`` lines above it; -1 when there is none. That headline is the line nearest
    the core's first full stop (of the ``head_window`` lines over the core ``span`` and its lines
    before that full stop) that reads as one: a byline between them is too short to; a sidebar's
    list printed twice (a hot list in two widgets) stands further up, over the article's own
    headline, and is no repeat of it."""
    hi = next((i for i in range(span[0], min(span[1], span[0] + st.head_window)) if SENTENCE_END in lines[i]),
              span[0])
    for i in range(hi, max(0, span[0] - st.head_window) - 1, -1):
        line = lines[i].strip()
        if not line or not title_han(line, st) or not_title(line):
            continue
        repeats = any(lines[j].strip() == line for j in range(max(0, i - st.head_window), i))
        return i if repeats else -1
    return -1
