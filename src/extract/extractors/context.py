"""What a page says about itself that every extractor needs: its year and region."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..record import PageRecord
from ..rulebook import Rules
from .targets_lexicon import lexicon
from .targets_places import page_region
from .targets_scope import plan_years

YEAR = regex.compile(r"((?:19|20)\d{2})年")
# a year in Chinese numerals digit by digit (二○二六年, 二〇一九年: outlets in Taiwan and Hong Kong, formal
# documents): read as the digits, written in their place before a chunk is searched (as long: offsets hold)
CN_YEAR = regex.compile(r"(?:一九[〇○零一二三四五六七八九]{2}|二[〇○零][〇○零一二三四五六七八九]{2})(?=年)")
CN_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
HEAD_CHARS = 200    # characters from the top of the text searched for the page's year when the title has none
ESTIMATE_LOOKBACK = 8   # characters before a year an estimate's cue (预计, settings targets.own_year_estimate_re) is looked for in


@dataclass(frozen=True)
class PageContext:
    doc_id: str
    text: str
    title: str
    year: str        # the page's own year: a work report's title year, else publication date, else the title's year
    region: str      # the area the page is about, where it can be told (安徽省, 株洲市, 芦淞区)
    published: str = ""  # the publication date (ISO), when known: it dates a release's 前三季度 or 4月
    source: str = ""     # the outlet, when known: a local paper's place is the area of its 全市 (雅安日报)


def page_context(rec: PageRecord, rules: Rules | None = None) -> PageContext:
    """The page's context; with ``rules`` the region is read from the title and first
    lines against ``rules/places.tsv``."""
    year = _report_year(rec.title or "", rules) or (rec.published[:4] if rec.published else "")
    if not year:
        head = rec.text[:HEAD_CHARS]
        year = _plan_year(rec.title or "", rules) or _plan_year(head, rules) or \
            _own_year(rec.title or "", rules) or _own_year(head, rules) or \
            _issued_year(rec.title or "", rules) or _issued_year(head, rules) or _outline_year(rec.text, rules)
    region = page_region(rec.title or "", rec.text, rules) if rules is not None else ""
    return PageContext(rec.doc_id, rec.text, rec.title, year, region, rec.published or "", rec.source or "")


def _report_year(title: str, rules: Rules | None) -> str:
    """The year of a government work report its title names (2025年河北省政府工作报告): the
    report's own year, whenever the page was posted (settings ``targets.report_year_title_re``)."""
    rx = rules.pattern("targets.report_year_title_re") if rules is not None else None
    m = rx.search(title) if rx is not None else None
    return m.group("year") if m is not None else ""


def _plan_year(chunk: str, rules: Rules | None) -> str:
    """The year ``chunk`` says this year is in a five-year plan (今年是“十三五”开局之年 -> 2016;
    settings ``targets.own_year_plan_re``)."""
    rx = rules.pattern("targets.own_year_plan_re") if rules is not None else None
    m = rx.search(chunk) if rx is not None else None
    years = plan_years(m.group("p")) if m is not None else None
    if years is None:
        return ""
    return str(years[0] if m.group("first") else years[1])


def _issued_year(chunk: str, rules: Rules | None) -> str:
    """The first year of a plan ``chunk`` says is being issued (印发《…行动方案(2025-2027年)》 -> 2025,
    印发《…第十四个五年规划…纲要》 -> 2021; settings ``targets.own_year_plan_issued_re``)."""
    rx = rules.pattern("targets.own_year_plan_issued_re") if rules is not None else None
    m = rx.search(chunk) if rx is not None else None
    if m is None:
        return ""
    if m.group("year"):
        return m.group("year")
    years = plan_years(m.group("p") or "")
    return str(years[0]) if years is not None else ""


def _own_year(chunk: str, rules: Rules | None) -> str:
    """The first year ``chunk`` names that is the page's own: not one the page compares with
    (比2020年全年…, 恢复至2019年同期的88.6%: the ``{compare}`` cues of ``rules/targets_periods.tsv``),
    nor a plan's target year or span (到2027年, 2016—2020年: settings ``targets.own_year_not_own_re``).
    A year the page looks back on (一、2015年工作回顾, 告别2015年: ``targets.own_year_reviewed_re``)
    gives the year after it; so does a year an estimate is of (预计2022年, ``targets.own_year_estimate_re``)
    when the chunk names the year after it too (…2023年GDP增长目标定在6.5%以上): the estimate of the year
    gone is given as the next one opens."""
    if rules is None:
        return next((m.group(1) for m in YEAR.finditer(_digit_years(chunk))), "")
    chunk = _digit_years(chunk)
    cues = lexicon(rules).compared
    skip = [rx for rx in (rules.pattern("targets.own_year_not_own_re"),) if rx is not None]
    spans = [m.span() for rx in (*cues, *skip) for m in rx.finditer(chunk)]
    reviewed = rules.pattern("targets.own_year_reviewed_re")
    looked_back = {m.start("year") for m in reviewed.finditer(chunk)} if reviewed is not None else set()
    estimate = rules.pattern("targets.own_year_estimate_re")
    years = [m for m in YEAR.finditer(chunk) if not any(s <= m.start() < e for s, e in spans)]
    for k, m in enumerate(years):
        if m.start() in looked_back:
            return str(int(m.group(1)) + 1)
        if estimate is not None and estimate.search(chunk, max(0, m.start() - ESTIMATE_LOOKBACK), m.start()) \
                and any(int(n.group(1)) == int(m.group(1)) + 1 for n in years[k + 1:]):
            return str(int(m.group(1)) + 1)     # 预计2022年…增长4.5%，…2023年GDP增长目标: a piece of 2023
        return m.group(1)
    return ""


def _outline_year(text: str, rules: Rules | None) -> str:
    """The year after the one a report's review part is named for in the outline a piece on it gives
    lower down (报告分为三部分：一、2019年工作回顾；二、…: 2020), when the head names no year (settings
    ``targets.outline_year_re``, searched in the first ``targets.outline_year_chars`` characters)."""
    rx = rules.pattern("targets.outline_year_re") if rules is not None else None
    m = rx.search(_digit_years(text[:int(rules.setting("targets.outline_year_chars", 0))])) if rx is not None else None
    return str(int(m.group("year")) + 1) if m is not None else ""


def _digit_years(chunk: str) -> str:
    """``chunk`` with its years in Chinese numerals written in digits (二○二六年 -> 2026年)."""
    return CN_YEAR.sub(lambda m: m.group().translate(CN_YEAR_DIGITS), chunk)
