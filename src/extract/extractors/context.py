"""What a page says about itself that every extractor needs: its year and region."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..record import PageRecord
from ..rulebook import Rules
from .targets_places import page_region

YEAR = regex.compile(r"((?:19|20)\d{2})年")


@dataclass(frozen=True)
class PageContext:
    doc_id: str
    text: str
    title: str
    year: str        # the page's own year: publication date, else the title's year
    region: str      # the area the page is about, where it can be told (安徽省, 株洲市, 芦淞区)


def page_context(rec: PageRecord, rules: Rules | None = None) -> PageContext:
    """The page's context; with ``rules`` the region is read from the title and first
    lines against ``rules/places.tsv``."""
    year = rec.published[:4] if rec.published else ""
    if not year:
        m = YEAR.search(rec.title or "") or YEAR.search(rec.text[:200])
        year = m.group(1) if m else ""
    region = page_region(rec.title or "", rec.text, rules) if rules is not None else ""
    return PageContext(rec.doc_id, rec.text, rec.title, year, region)
