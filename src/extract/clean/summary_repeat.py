"""A site's summary over a dump's article that its first paragraph repeats.

Many news CMSs print a summary under the header (``摘要：4月30日下午，县委书记…``), cut from the
lede, and then the article itself: the summary is said twice. A paper's abstract (摘要：本文…) is
the only place its words stand and stays. Which lines are summaries is in the ``summary_label``
rules of ``rules/meta.tsv``.
"""
from __future__ import annotations

from .html.blocks import NON_CONTENT

REPEAT_CHARS = 12     # the summary's first so many letters, digits and Han characters open the paragraph
LOOK_AHEAD = 3        # non-empty lines under the summary searched for that paragraph


def canon_chars(text: str) -> str:
    """``text``'s letters, digits and Han characters only."""
    return NON_CONTENT.sub("", text)


class SummaryRepeat:
    """The ``summary_label`` rules of a rule set, compiled once."""

    def __init__(self, rules) -> None:
        self.labels = rules.cached("meta:summary-labels", lambda: [
            r.regex() for r in rules.table("meta") if r["field"] == "summary_label"])

    def lines(self, lines: list[str], lo: int, hi: int) -> dict[int, str | None]:
        """The summaries of ``lines[lo:hi]`` the article repeats: index -> None when the line goes,
        or -> the line's lede when the dump's line joiner ran the summary (it ends in no stop) and
        the lede together on one line."""
        out: dict[int, str | None] = {}
        for i in range(lo, hi):
            m = next((m for rx in self.labels if (m := rx.match(lines[i]))), None)
            if not m:
                continue
            body = lines[i][m.end():].strip()
            head = canon_chars(body)[:REPEAT_CHARS]
            if len(head) < REPEAT_CHARS:
                continue
            below = [ln for ln in lines[i + 1:hi] if ln.strip()][:LOOK_AHEAD]
            if any(canon_chars(ln).startswith(head) for ln in below):
                out[i] = None
                continue
            opening = body[:REPEAT_CHARS // 2]
            at = body.find(opening, len(opening))
            while at > 0:
                if canon_chars(body[at:]).startswith(head):
                    out[i] = body[at:]
                    break
                at = body.find(opening, at + 1)
        return out
