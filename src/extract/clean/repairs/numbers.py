"""Numbers a layout spaced out put back together: ``1 200亿元`` -> ``1200亿元``, ``第 8.6 代`` -> ``第8.6代``.

PDF exports and e-paper dumps group thousands with a space and set a figure off
from the characters around it; the figure patterns read ``1 200亿元`` as 200亿元
and cut a name at the spaces. Thousands groups are joined after one to three
digits; a figure is closed up with the characters around it only when it stands
between two of them, so a date line's space before an outlet (``10:56 证券时报网``)
stays. A decimal point set off by spaces is closed up before a unit (``6 . 5%``).
"""
from __future__ import annotations

import regex

# thousands groups after one to three digits: 1 200, 12 345 678 (not 2024 300: four digits first)
THOUSANDS = regex.compile(r"(?<![\d.,:：/\-A-Za-z])(\d{1,3})((?: \d{3})+)(?![\d.,:：/\-])")
# a figure set off by single spaces between two Han characters (第 8.6 代, 共 12 个)
SPACED_FIGURE = regex.compile(r"(?<=\p{Han}) (\d+(?:\.\d+)?%?) (?=\p{Han})")
# a decimal point spaced off its digits, before a unit (6 . 5%, 6835. 27億元): a unit must follow, as a
# list's number and the year after it (1. 2019年) or a caption's (图1. 5G) are no figure
SPACED_DECIMAL = regex.compile(
    r"(?<![\d.．])(\d+)(?:[ \u3000]+[.．][ \u3000]*|[.．][ \u3000]+)(\d+)(?=[ \u3000]*(?:%|％|‰|个百分点|個百分點|亿|億|万|萬|元|倍))")


def close_up_numbers(text: str) -> tuple[str, int]:
    """``text`` with spaced-out figures closed up, and how many were."""
    if " " not in text:
        return text, 0
    text, n = THOUSANDS.subn(lambda m: m.group(1) + m.group(2).replace(" ", ""), text)
    text, k = SPACED_FIGURE.subn(r"\1", text)
    text, d = SPACED_DECIMAL.subn(r"\1.\2", text)
    return text, n + k + d
