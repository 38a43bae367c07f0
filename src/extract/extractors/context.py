"""What a page says about itself that every extractor needs: its year and region."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..record import PageRecord
from ..rulebook import Rules
from .targets_lexicon import lexicon
from .targets_places import page_region

YEAR = regex.compile(r"((?:19|20)\d{2})年")
HEAD_CHARS = 200    # characters from the top of the text searched for the page's year when the title has none


@dataclass(frozen=True)
class PageContext:
    doc_id: str
    text: str
    title: str
    year: str        # the page's own year: a work report's title year, else publication date, else the title's year
    region: str      # the area the page is about, where it can be told (安徽省, 株洲市, 芦淞区)


def page_context(rec: PageRecord, rules: Rules | None = None) -> PageContext:
    """The page's context; with ``rules`` the region is read from the title and first
    lines against ``rules/places.tsv``."""
    year = _report_year(rec.title or "", rules) or (rec.published[:4] if rec.published else "")
    if not year:
        year = _own_year(rec.title or "", rules) or _own_year(rec.text[:HEAD_CHARS], rules)
    region = page_region(rec.title or "", rec.text, rules) if rules is not None else ""
    return PageContext(rec.doc_id, rec.text, rec.title, year, region)


def _report_year(title: str, rules: Rules | None) -> str:
    """The year of a government work report its title names (2025年河北省政府工作报告): the
    report's own year, whenever the page was posted (settings ``targets.report_year_title_re``)."""
    rx = rules.pattern("targets.report_year_title_re") if rules is not None else None
    m = rx.search(title) if rx is not None else None
    return m.group("year") if m is not None else ""


def _own_year(chunk: str, rules: Rules | None) -> str:
    """The first year ``chunk`` names that is not one the page compares with (比2020年全年…,
    恢复至2019年同期的88.6%: the ``{compare}`` cues of ``rules/targets_periods.tsv``)."""
    cues = lexicon(rules).compared if rules is not None else ()
    spans = [m.span() for rx in cues for m in rx.finditer(chunk)]
    for m in YEAR.finditer(chunk):
        if not any(s <= m.start() < e for s, e in spans):
            return m.group(1)
    return ""
