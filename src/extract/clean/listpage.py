"""The items of a channel's list page (通知公告, 工作动态): dated links in the shapes sites print.

A list page's link is its title and its date, set in one of these shapes:

* the date after the title on one line (标题 2024-04-12: :func:`is_link_item`);
* the date bracketed, before or after the title ([2024-06-12] 关于…, 标题 [2024-09-20]);
* the date on its own line under each title (标题 / 2023-11-02, or 2023-03-21 16:40).

:func:`link_run_start` finds the first run of such links; the page's heading stands over it.
"""
from __future__ import annotations

import regex

from .boilerplate import is_link_item

_DAY = r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
_OPEN, _CLOSE = r"[\[【(（]", r"[\]】)）]"
# a link whose date, bracketed or bare, opens the line: [2024-06-12] 关于…的通知
DATE_FIRST = regex.compile(rf"^\s*{_OPEN}?{_DAY}{_CLOSE}?\s*(?=.*\p{{Han}}{{2}}).{{4,80}}$")
# a link whose bracketed date closes the line: 市司法局召开…推进会 [2024-09-20]
BRACKETED_LAST = regex.compile(rf"^(?=.*\p{{Han}}{{2}}).{{4,80}}?{_OPEN}{_DAY}{_CLOSE}\s*$")
# a date on its own line (with its clock time, maybe): the date of the link over it
BARE_DAY = regex.compile(rf"^\s*{_OPEN}?{_DAY}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?{_CLOSE}?\s*$")
# a link's title on the line over its date: a few words, no date of its own
TITLE_OVER_DAY = regex.compile(r"^(?=.*\p{Han}{2}).{4,80}$")


def is_dated_link(line: str) -> bool:
    """Whether ``line`` is one link with its date on the same line, in any of the shapes above."""
    return is_link_item(line) or DATE_FIRST.match(line) is not None or BRACKETED_LAST.match(line) is not None


def link_width(lines: list[str], i: int) -> int:
    """How many lines the link at ``i`` takes: 1 (title and date on one line), 2 (its date on
    the next line alone), 0 when no link starts there."""
    line = lines[i]
    if is_dated_link(line):
        return 1
    if i + 1 < len(lines) and BARE_DAY.match(lines[i + 1]) and TITLE_OVER_DAY.match(line) \
            and not BARE_DAY.match(line):
        return 2
    return 0


def link_run_start(lines: list[str], min_run: int) -> int:
    """The index of the first line of the first run of ``min_run`` or more links in one shape
    (each on one line, or each over its date), -1 when there is none."""
    i, first, run, shape = 0, -1, 0, 0
    while i < len(lines):
        width = link_width(lines, i)
        if width and width == shape:
            run += 1
        elif width:
            first, run, shape = i, 1, width
        else:
            run, shape = 0, 0
        if run >= min_run:
            return first
        i += width or 1
    return -1
