"""Page furniture and injected spam out, by rules in ``rules/boilerplate.tsv``.

Each rule has an action:

* ``line``: drop a line the pattern matches (``浏览量:4202``, ``责编:王珈``);
* ``span``: remove only the matched text, keep the rest of the line;
* ``cut``: drop the matching line and everything after it (``留言与评论``);
* ``cut-if-tail``: like ``cut``, only in the last part of the page
  (``相关文章``: a heading that starts a trailing list of links).

* ``masthead-name``: drop a paper's name line left inside a sentence that an
  e-paper masthead split (see ``masthead.py``).

Runs of link-list lines (a short title followed by a date, repeated) are
dropped as a block: the shape of "related / latest articles" lists.
"""
from __future__ import annotations

import regex

from ..record import PageRecord
from ..stage import Stage
from .masthead import names_in_split_sentence
from .needs import CharIndex
from .prefilter import LineRules
from .script import converter

LINK_ITEM = regex.compile(r"^(?:[-•·*]\s*)?.{4,80}?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*$")


def is_link_item(line: str) -> bool:
    """LINK_ITEM, not tried on a line without any of its date separators ``[-/.]`` (most lines)."""
    return ("-" in line or "/" in line or "." in line) and LINK_ITEM.match(line) is not None


class Boilerplate(Stage):
    name = "clean.boilerplate"

    def __init__(self, rules) -> None:
        super().__init__(rules)
        rows = rules.table("boilerplate")
        self.line_rules = [r for r in rows if r["action"] == "line"]
        self.span_rules = [r for r in rows if r["action"] == "span"]
        self.cut_rules = [r for r in rows if r["action"] == "cut"]
        self.tail_rules = [r for r in rows if r["action"] == "cut-if-tail"]
        # per action, the rules prepared to be narrowed down to each page's candidates
        self.prepared: dict[str, LineRules] = rules.cached("boilerplate:line-rules", lambda: {
            action: LineRules([r for r in rows if r["action"] == action])
            for action in ("line", "span", "cut", "cut-if-tail")})
        # the characters any of them needs: which of them a page holds is found once per page
        self.index = rules.cached("boilerplate:chars", lambda: CharIndex(
            frozenset().union(*(p.chars for p in self.prepared.values()))))
        self.tail_share = float(rules.setting("boilerplate.tail_share", 0.5))
        self.min_link_run = int(rules.setting("boilerplate.min_link_run", 3))
        self.name_rules = [r for r in rows if r["action"] == "masthead-name"]
        self.masthead_rules = frozenset(rules.setting("boilerplate.masthead_rules", []))
        self.masthead_max_names = int(rules.setting("boilerplate.masthead_max_names", 2))
        self.body_min_chars = int(rules.setting("lines.rejoin_min_chars", 20))
        self.clause_min_chars = int(rules.setting("lines.rejoin_clause_min_chars", 8))
        # rules are written in simplified script and matched against each line's simplified form
        self.t2s = converter(rules, "t2s")

    def process(self, rec: PageRecord) -> PageRecord:
        lines = rec.raw_text.splitlines()
        probes = self.probes(lines)
        page = "\n".join(probes)
        present = self.index.present(page)
        line_rules, span_rules = (self.prepared[a].for_page(page, present) for a in ("line", "span"))
        kept: list[str] = []
        cut_at = self._cut_point(lines, probes, rec, page, present)
        dropped = 0
        masthead_at: list[int] = []  # kept[i] for each i is the line after a dropped masthead line
        for line, probe in zip(lines[:cut_at], probes):
            stripped = line.strip()
            if not stripped:
                kept.append("")
                continue
            rule = line_rules.first(probe)
            if rule is not None:
                rec.dropped.append(("line", rule.id, stripped[:80]))
                self.count(f"rule:{rule.id}")
                dropped += 1
                if rule.id in self.masthead_rules:
                    masthead_at.append(len(kept))
                continue
            may = span_rules.rows_for(probe)
            cut = False  # once a span is cut out, the rest of the rules see a new line: try them all
            for r in self.span_rules:
                if not cut and r not in may:
                    continue
                m = r.regex().search(probe)
                if m and len(probe) == len(stripped):
                    cut = True
                    rec.dropped.append(("span", r.id, m.group()[:80]))
                    self.count(f"rule:{r.id}")
                    stripped = (stripped[: m.start()] + stripped[m.end():]).strip()
                    probe = (probe[: m.start()] + probe[m.end():]).strip()
            if stripped:
                kept.append(stripped)
        if masthead_at and self.name_rules:
            kept = self._drop_masthead_names(kept, masthead_at, rec)
        kept = self._drop_link_runs(kept, rec)
        if dropped or cut_at < len(lines):
            self.count("changed")
        rec.text = "\n".join(kept).strip()
        return rec

    def probes(self, lines: list[str]) -> list[str]:
        """Each line stripped and in simplified script, converted in one OpenCC call."""
        stripped = [ln.strip() for ln in lines]
        converted = self.t2s("\n".join(stripped)).split("\n")
        if len(converted) != len(stripped):  # pragma: no cover - OpenCC keeps line breaks
            converted = [self.t2s(ln) for ln in stripped]
        return converted

    def _cut_point(self, lines: list[str], probes: list[str], rec: PageRecord, page: str,
                   present: frozenset[str]) -> int:
        n = len(lines)
        cut_rules, tail_rules = (self.prepared[a].for_page(page, present) for a in ("cut", "cut-if-tail"))
        if not (cut_rules.with_start or tail_rules.with_start):
            return n  # no rule can match any line
        for i, probe in enumerate(probes):
            if not probe:
                continue
            r = cut_rules.first(probe)
            if r is None and i >= n * self.tail_share:
                r = tail_rules.first(probe)
            if r is not None:
                return self._cut(i, lines, r.id, rec)
        return n

    def _cut(self, i: int, lines: list[str], rule_id: str, rec: PageRecord) -> int:
        tail = " / ".join(ln.strip() for ln in lines[i:i + 3] if ln.strip())
        rec.dropped.append(("tail", rule_id, f"{len(lines) - i} lines from: {tail[:80]}"))
        self.count(f"rule:{rule_id}")
        return i

    def _drop_masthead_names(self, kept: list[str], masthead_at: list[int], rec: PageRecord) -> list[str]:
        """Drop a paper's name line that a masthead left between the halves of a split sentence."""
        probes = self.probes(kept)
        rule_of = {i: next((r for r in self.name_rules if r.regex().search(p)), None) for i, p in enumerate(probes) if p}
        names = names_in_split_sentence(kept, masthead_at, lambda i: rule_of.get(i) is not None,
                                        self.masthead_max_names, self.body_min_chars, self.clause_min_chars)
        for i in sorted(names):
            rule = rule_of[i]
            rec.dropped.append(("line", rule.id, kept[i][:80]))
            self.count(f"rule:{rule.id}")
        return [line for i, line in enumerate(kept) if i not in names]

    def _drop_link_runs(self, lines: list[str], rec: PageRecord) -> list[str]:
        """Drop runs of ``title + date`` lines: lists of related or latest articles."""
        out: list[str] = []
        run: list[str] = []

        def flush() -> None:
            if len(run) >= self.min_link_run:
                rec.dropped.append(("links", "shape:link-list", f"{len(run)} lines from: {run[0][:60]}"))
                self.count("link-list")
            else:
                out.extend(run)
            run.clear()

        for line in lines:
            if line and is_link_item(line):
                run.append(line)
                continue
            if not line and run:
                continue
            flush()
            out.append(line)
        flush()
        return out
