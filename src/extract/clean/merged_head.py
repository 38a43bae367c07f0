"""A headline, its date and the editor's note run together on one line of a dump.

Some scrapers join the blocks of a page's header: ``某区开展防汛检查 2024-06-18 编者按：入汛以来…``.
Read whole, the line is the first paragraph of the article and the page has no title. The
``merged_head`` rules of ``rules/meta.tsv`` take it apart: ``title`` is the headline, ``rest``
the note that opens the text; the date between them is left to the metadata stage's date search.
"""
from __future__ import annotations


class MergedHead:
    """The ``merged_head`` rules of a rule set, compiled once."""

    def __init__(self, rules) -> None:
        self.patterns = rules.cached("meta:merged-head", lambda: [
            r.regex() for r in rules.table("meta") if r["field"] == "merged_head"])

    def parts(self, line: str) -> tuple[str, str] | None:
        """``(headline, note)`` of a merged header line, None for any other line."""
        for rx in self.patterns:
            m = rx.match(line.strip())
            if m:
                return m.group("title").strip(), m.group("rest").strip()
        return None

    def split(self, lines: list[str]) -> list[str]:
        """``lines`` with every merged header line set as its headline, then its note."""
        if not self.patterns:
            return lines
        out: list[str] = []
        for line in lines:
            found = self.parts(line)
            out.extend(found if found else (line,))
        return out
