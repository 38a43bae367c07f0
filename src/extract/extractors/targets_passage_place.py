"""The place a passage of goals names as its subject.

A piece on several reports gives each city's goals in turn (长春市今年的主要预期目标是，地区生产总值
增长6.5%左右，…; 沈阳市市长…表示，2023年全市经济社会发展主要预期目标是：…): a figure of the
passage whose own clause names no place is that place's, not the page's (the first city its
headline names).
"""
from __future__ import annotations

from typing import Any

LEAD_STOPS = "。！？!?\n"    # where the words before a passage's cue start


def passage_place(text: str, cue_start: int, gaz: Any, cache: dict[int, str]) -> str:
    """The last place named in the sentence before the passage's cue at ``cue_start``, else "";
    ``cache`` keeps it per passage."""
    if cue_start not in cache:
        lead_from = max(text.rfind(c, 0, cue_start) for c in LEAD_STOPS) + 1
        found = gaz.find(text[lead_from:cue_start])
        cache[cue_start] = found[-1][1].name if found else ""
    return cache[cue_start]
