"""Where a figure stands in its page: its kind (target/actual/forecast) and period.

A page is read as sections (a heading such as ``三、2026年重点工作`` or
``一、2025年工作回顾`` sets a kind and a period for what follows), passages
(``主要预期目标是：…`` runs to the end of its paragraph) and sentences. The
cues and time expressions are in ``rules/kind_cues.tsv`` and
``rules/targets_periods.tsv``; the order in which they bind is described there.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from ..clean.dates import ROC_OFFSET
from ..clean.needs import may_match
from ..rulebook import Rules
from .numbers import chinese_value
from .sentences import Span
from .targets_lexicon import COMPARE, Cue, Lexicon
from .targets_span_lead import span_of_lead_paragraph

CLOSING = regex.compile(r"[。！？!?]\s*$")
SENTENCE_STOPS = "。！？!?\n"   # what ends a sentence whose clauses semicolons string on
SEMICOLON = regex.compile(r"[；;]")
OPENING_CUE_MAX = 4     # characters before a cue that still opens its sentence (全年预计…, 据悉，预计…)
HEADING_OPEN = regex.compile(r"[。！？!?；;，,：:]\s*$")
LIST_ITEM = regex.compile(r"^\s*[-•●·*]")
# a piece of a sentence broken over lines, no heading: a line going on past a sentence's end
# (大力繁荣文化事业。弘扬和践行社会主义核心 / 价值观。…), or stopping where no heading ends (…、, “)
SENTENCE_PIECE = regex.compile(r"[。！？!?；;](?![”’」』）)\s]*$)|[、“‘（(《—]\s*$")
# a heading set between dashes (— 主要目标 —, —— 总体要求 ——: a digest reposted from a social
# account): the words between them head the section; its closing dash is no sentence broken off
DASHED_HEADING = regex.compile(r"^[—–－\-~～]{1,3}\s*(\p{Han}[^—–－\-~～]*?)\s*[—–－\-~～]{1,3}$")
SUBHEADING = regex.compile(r"^\s*[（(][一二三四五六七八九十\d]+[）)]")
HAN2 = regex.compile(r"\p{Han}.*\p{Han}")
YEAR_HEADING = regex.compile(r"(?:19|20)\d{2}\s*(?:年度?)?")   # a year alone on its line heads what follows (2025年, 2021)
# ... and so does a digest's year with a dash after it (2025年—— / 2026年——: what the year did, what it plans)
YEAR_DASH_HEADING = regex.compile(r"(?:19|20)\d{2}\s*年度?\s*(?:——|—|--)")
# a year a heading ends with, written without 年 (回眸2024, 展望2026, 2021 alone on its line): the
# year of its section
BARE_YEAR = regex.compile(r"^\p{Han}{0,4}\s*((?:19|20)\d{2})$")
BARE_YEAR_RULE = "heading.bare_year"
# ... or opens with, a space after it (a digest's deck: 2024 新重庆 开新局)
LEAD_YEAR = regex.compile(r"^((?:19|20)\d{2})\s+\p{Han}{2,}(?:\s+\p{Han}+)*$")
# a digest heads its parts with a year alone on a line (2025年 over the results, then 2026年 over the
# plan): the topic lines under one (全省经济总体平稳、稳中有进; 辽宁落点) keep its year, up to a numbered
# heading (二、…), and the part of the page's year after one of an earlier year is its plan
NUMBERED_HEADING = regex.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d))")
YEAR_AHEAD_RULE = "heading.year_ahead"
# the topic lines of a year's part are few (全省经济总体平稳 / 辽宁落点): a heading more than this many
# headings after the year line is in no year's part (a list of awards under a discography's 2017)
YEAR_PART_TOPICS = 3
# a line stating a figure (地区生产总值增长5%左右: a list of targets without punctuation)
# opens no section unless a heading cue or a time expression is in it (a news headline
# such as 2024年4月份居民消费价格同比上涨0.3% still dates what follows)
FIGURE_IN_LINE = regex.compile(r"[0-9０-９]\s*(?:[%％‰]|个百分点|万|亿)")
# a time expression that sets the topic of what follows: "过去一年，" "2025年是"
TOPIC_AFTER = regex.compile(r"\s*(?:[，,]|是|以来|来)")
# how far back from a passage cue its own time expression is looked for ("今年经济社会发展的")
LEAD_MAX = 80
# five-year plans run back to back from the third (1966-1970)
PLAN_THREE_START = 1966
PLAN_YEARS = 5
OFFSET = regex.compile(r"\{year([+-]\d+)?\}")
GROUPS = (1, 2, 3, 4)    # the groups a period template may name ({g1} ... {g4}: years and months of a span)
WITHIN = "{within}"
FULL_YEAR = "全年"      # the within-year span that is the whole year
# a within-year span as written (1—10 月份, 1至9月) made one form (1-10月)
SPAN_DASH = regex.compile(r"\s*(?:月\s*)?[-—–~～至到]\s*")
# the year a within-year span takes from the period around it: one year (2024, 2024年3月), or a
# word for one (今年 on a page of no known year); not a span of years (2021-2025)
YEAR_OF_SPAN = regex.compile(r"((?:19|20)\d{2})(?:年|$)|(今年|去年|上年|本年|当年)$")
# a year written in Chinese numerals, digit by digit (二〇二五; zeros typed as the digit or the letter: 二00四, 二OO四)
YEAR_REVIEWED_RULE = "settings.lede_year_reviewed_re"     # the rule of a page period read by _year_reviewed
REVIEW_PARAGRAPH_RULE = "settings.paragraph_review_re"    # ... and of a paragraph's period read by _review_paragraph
CN_DIGITS = str.maketrans("〇○零0０OＯ一二三四五六七八九", "0000000123456789")
YEAR = regex.compile(r"(?:19|20)\d{2}")
# a period that is one month (3月份 -> 3月, 2024年3月): a month's figures, not the piece's span
MONTH = regex.compile(r"(?<![\d-])(?:1[0-2]|[1-9])月(?:底|末)?$")
UNREAD = object()       # a heading cue not looked for yet


def plan_years(number: str) -> tuple[int, int] | None:
    """First and last year of the five-year plan numbered ``number`` after 十 (四 of 十四五:
    2021-2025; 三五 1966-1970 onwards), or None when it is no number."""
    n = chinese_value("十" + number) if number else None
    if n is None:
        return None
    start = PLAN_THREE_START + PLAN_YEARS * (int(n) - 3)
    return start, start + PLAN_YEARS - 1


@dataclass(frozen=True)
class Scope:
    start: int
    end: int
    kind: str
    period: str
    rule: str


class _Spans:
    """Disjoint spans kept sorted, so that whether a new span overlaps one is a bisection: a text
    of one long line (a report scraped without breaks) holds thousands of time expressions, and
    testing each against every span taken before was quadratic."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)    # the spans starting before ``end``; the last of
        return i > 0 and self.ends[i - 1] > start   # them ends last, as the spans are disjoint

    def add(self, start: int, end: int) -> None:
        # among equal starts the shorter first (an empty span at 5 before 5-8): the ends stay sorted
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.starts) and self.starts[i] == start and self.ends[i] < end:
            i += 1
        self.starts.insert(i, start)
        self.ends.insert(i, end)


class PageScopes:
    """Sections and passages of one page, and the lookups figures need."""

    def __init__(self, text: str, year: str, lex: Lexicon, rules: Rules, title: str = "",
                 first_figure: int | None = None) -> None:
        self.text, self.year, self.lex = text, year, lex
        self.heading_max = int(rules.setting("targets.heading_max_chars", 40))
        self.passage_lines = int(rules.setting("targets.passage_max_lines", 12))
        self.item_max = int(rules.setting("targets.passage_item_max_chars", 60))
        # heading rules of a review of the year gone, under which 预计 gives a preliminary result
        self.review_rules = frozenset(rules.setting("targets.review_heading_rules", []))
        self.default_kind = str(rules.setting("targets.default_kind", "actual"))
        # the rule of a plan heading (主要工作, 目标任务) of a year gone: it reviews that year's work
        self.past_rule = str(rules.setting("targets.past_heading_rule", ""))
        # ... and that of a figure made actual by a weak cue or none whose period ends after it
        self.future_rule = str(rules.setting("targets.future_period_rule", ""))
        self.weak_rules = frozenset(c.id for c in lex.kind_cues.get("weak", []))
        # clause cues that name the one figure right after them (年度投资9.2亿元): not the clause's others
        self.bound_cues = frozenset(rules.setting("targets.clause_cues_bound_to_figure", []))
        self.ahead_periods = frozenset(rules.setting("targets.ahead_period_rules", []))
        self.always_ahead = frozenset(rules.setting("targets.always_ahead_period_rules", []))
        # the target rules of section headings, and the rule of a figure under one that its own
        # time expression dates before the page's year (去年…增长5.4% under 2026年重点工作); not
        # passages, whose past-dated figures are goals set then (发展目标是“2020年规划里程…”)
        self.wide_target_rules = frozenset(c.id for c in lex.kind_cues.get("heading", []) if c.value == "target")
        self.period_rules = frozenset(c.id for c in lex.periods if c.value != COMPARE)
        # the time expressions that name a span inside a year (一季度, 1-10月): their year is
        # written before them or comes from the sentence, paragraph or section
        self.within_rules = frozenset(c.id for c in lex.periods if c.value == WITHIN)
        self.past_period_rule = str(rules.setting("targets.past_period_rule", ""))
        # forecast cues (预计) that, said of the year before the page's, give its preliminary result
        self.estimate_rules = frozenset(rules.setting("targets.estimate_rules", []))
        self.estimate_rule = str(rules.setting("targets.estimate_of_year_gone_rule", ""))
        # goal cues (争取) that under a review heading report what was done
        self.review_result_rules = frozenset(rules.setting("targets.review_result_rules", []))
        # sentence cues that govern only the figures after them (…161家，高新技术企业总数有望达到170家:
        # the 有望 of a later clause does not make the counts before it forecasts)
        self.leading_only = frozenset(rules.setting("targets.sentence_cues_leading_only", []))
        # sentence cues of a result (同比) that yield to a goal cue opening the sentence (力争…)
        self.yield_to_goal = frozenset(rules.setting("targets.sentence_cues_yield_to_opening_goal", []))
        # a government work report (or a piece on one), told by its title or head: the figures no cue
        # marks that it dates to its own year (2013年，…; 今年…) are the year's plan (targets.work_report_re)
        report = rules.pattern("targets.work_report_re")
        # ... from where its text names the report on (a headline over it names the year reviewed:
        # 2023年上海居民人均可支配收入达8.5万元), or the whole text when only the title names it
        m = report.search(text, 0, int(rules.setting("targets.work_report_head_chars", 0))) if report is not None else None
        in_title = report is not None and report.search(title or "") is not None
        self.report_from = m.end() if m is not None else (0 if in_title else -1)
        self.report_year_periods = frozenset(rules.setting("targets.report_year_period_rules", []))
        self.report_year_rule = str(rules.setting("targets.report_year_rule", ""))
        self._periods: dict[str, list[tuple[int, int, str, str]]] = {}
        self.lines = _lines(text)
        self.line_starts = [s for s, _ in self.lines]
        self.headings = self._headings()
        self.section_starts = [h[0] for h in self.headings]
        self._sections: dict[int, Scope] = {}
        self.passages = self._passages()
        self.page_period_end = len(text)     # where the page period stops dating (_year_reviewed)
        self.page_period = self._page_period(title, rules, first_figure)
        self.paragraph_year = rules.pattern("targets.paragraph_year_re")
        self.paragraph_review = rules.pattern("targets.paragraph_review_re")
        self.outline_year = self._outline_year(rules)
        self.other_time = rules.pattern("targets.other_time_re")
        self.multi_year_rate = rules.pattern("targets.multi_year_rate_re")

    # -- periods ---------------------------------------------------------------
    def periods_in(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, period, rule) of each time expression in ``text`` (callers only read the list)."""
        found = self._periods.get(text)
        if found is None:               # the figures of a sentence ask for the same line start
            found = self._periods[text] = self._periods_in(text)
        return found

    def _periods_in(self, text: str) -> list[tuple[int, int, str, str]]:
        found = []
        taken = _Spans()
        chars = frozenset(text)         # most sentences lack a cue's characters: a look-up, no search
        for cue, need in zip(self.lex.periods, self.lex.period_needs):
            if not may_match(need, chars):
                continue
            for m in cue.pattern.finditer(text):
                if taken.overlaps(m.start(), m.end()):
                    continue
                if cue.value == COMPARE:
                    taken.add(m.start(), m.end())   # 比上年, 达到2019年同期的: a base, not a period
                    continue
                period = self._resolve(cue.value, m)
                if period:
                    found.append((m.start(), m.end(), period, cue.id))
                    taken.add(m.start(), m.end())
        return sorted(found)

    def _resolve(self, template: str, m: regex.Match) -> str:
        if template == WITHIN:
            span = SPAN_DASH.sub("-", m.group("w")).replace(" ", "").replace("月份", "月")
            if m.group(1):
                return m.group(1) if span == FULL_YEAR else f"{m.group(1)}年{span}"
            return span
        def year(k: regex.Match) -> str:
            if not self.year:
                return ""
            return str(int(self.year) + int(k.group(1) or 0))

        out = OFFSET.sub(year, template)
        if "{plan" in out:
            years = plan_years(m.groupdict().get("p") or "")
            if years is None:
                return ""
            start, end = years
            out = out.replace("{plan}", f"{start}-{end}").replace("{plan_first}", str(start))
            out = out.replace("{plan_last}", str(end))
        if "{cn1}" in out:
            out = out.replace("{cn1}", (m.group(1) or "").translate(CN_DIGITS))
        if "{roc1}" in out:             # Taiwan's Republic era: 114年度 -> 2025
            out = out.replace("{roc1}", str(int(m.group(1)) + ROC_OFFSET) if m.group(1) else "")
        for k in GROUPS:
            if f"{{g{k}}}" in out:
                out = out.replace(f"{{g{k}}}", m.group(k) or "")
        if "{" in out or out.startswith("-") or out.endswith("-"):
            return m.group() if not self.year else ""
        return out

    def period(self, sent: Span, pos: int) -> tuple[str, str]:
        """The period of a figure at ``pos`` in ``sent`` and the rule that gave it."""
        before = self.periods_in(self.text[sent.start:pos])
        if not before:
            return self._period_around(sent, pos)
        period, rule = before[-1][2], before[-1][3]
        if rule in self.within_rules and not YEAR.match(period):
            # the year of the last expression before it that names one (2005年一季度…3月份)
            year = _last_year(before[:-1])
            period = _in_year(period, year or self._period_around(sent, pos)[0])
        return period, rule

    def states_period(self, sent: Span, pos: int) -> bool:
        """The figure's own sentence names a time expression before it."""
        return bool(self.periods_in(self.text[sent.start:pos]))

    def _period_around(self, sent: Span, pos: int) -> tuple[str, str]:
        """The period the paragraph, passage or section gives a figure at ``pos`` whose
        sentence names none before it; a span inside a year (一季度) that opens the paragraph
        takes its year from the passage or section."""
        line_start = self.line_starts[bisect.bisect_right(self.line_starts, sent.start) - 1]
        topic = None
        for s, e, period, rule in self.periods_in(self.text[line_start:sent.start]):
            # 2018年，… / 2004年是… / 以来, or a year that opens the paragraph with a sentence
            # of no figure (2018年涪城全区经济社会发展取得显著成效。): the time of the figures after it
            if TOPIC_AFTER.match(self.text, line_start + e) or self._opens_paragraph(line_start, s, e, sent.start):
                topic = (period, rule)
        scoped = next((sc for sc in (self.passage_at(pos), self.section_at(pos)) if sc is not None and sc.period), None)
        around = (scoped.period, scoped.rule) if scoped is not None else self.page_period
        if scoped is None and pos >= self.page_period_end:
            around = ("", "")
        if scoped is None and self.other_time is not None and self.other_time.search(sent.text):
            around = ("", "")           # 那一年, 三年来, 6月12日至7月2日: another time than the piece's
        if topic:
            if topic[1] in self.within_rules and not YEAR.match(topic[0]):
                return _in_year(topic[0], around[0]), topic[1]
            return topic
        lead_span = span_of_lead_paragraph(self.lines, line_start, self.text[sent.start:pos],
                                           self.periods_in, self.multi_year_rate)
        if lead_span:                   # 过去五年，…。 / 生产总值年均增长7.8%: targets_span_lead
            return lead_span
        if scoped is None and self._review_paragraph(line_start, sent.start):
            return self.outline_year, REVIEW_PARAGRAPH_RULE
        return around

    def _outline_year(self, rules: Rules) -> str:
        """The year a piece on a report says the report's review part is of, in the outline it gives
        (报告共分三个部分：一、2023年工作回顾。…: settings ``targets.outline_year_re`` in the first
        ``targets.outline_year_chars`` characters), when it is the year before the page's; else ""."""
        rx = rules.pattern("targets.outline_year_re")
        m = rx.search(self.text, 0, int(rules.setting("targets.outline_year_chars", 0))) if rx is not None else None
        if m is None or not YEAR.fullmatch(self.year or "") or int(m.group("year")) != int(self.year) - 1:
            return ""
        return m.group("year")

    def _review_paragraph(self, line_start: int, before: int) -> bool:
        """The paragraph at ``line_start`` opens, in a sentence ending before ``before``, with the
        report's look back (县长在报告中指出，一年来，…。: settings ``targets.paragraph_review_re``) on a
        page whose outline names the year reviewed (``outline_year``): its figures are of that year."""
        if not self.outline_year or self.paragraph_review is None:
            return False
        return self.paragraph_review.match(self.text, line_start, before) is not None

    def _opens_paragraph(self, line_start: int, start: int, end: int, before: int) -> bool:
        """The time expression at ``start``-``end`` of the paragraph at ``line_start`` is the
        year its first sentence, one with no figure and ending before ``before``, opens with
        (settings ``targets.paragraph_year_re``; a reporting clause may come first: 县长在报告中说，
        2025年…取得显著成效。)."""
        if self.paragraph_year is None:
            return False
        m = self.paragraph_year.match(self.text, line_start, before)
        return m is not None and m.start("year") == line_start + start and line_start + end == m.end("year") + 1

    # -- kinds -----------------------------------------------------------------
    def kind(self, clause: str, sentence: str, pos: int, lead: str = "", at: int | None = None) -> tuple[str, str]:
        """(kind, rule) for a figure at ``pos`` in ``clause`` of ``sentence`` (at offset ``at`` of
        the clause, when known); ``lead`` is the sentence up to the figure, read when no passage,
        sentence cue or section decides."""
        hit = self._clause_cue(clause, at)
        if hit:
            return self._estimate_of_year_gone(hit, pos)
        passage = self.passage_at(pos)
        if passage is not None:
            return passage.kind, passage.rule
        hit = self._sentence_cue(sentence, lead)
        if hit and hit[1] in self.yield_to_goal and self._opening_goal(lead):
            return self._opening_goal(lead)
        if hit:
            return self._estimate_of_year_gone(hit, pos)
        hit = self._opening_cue(sentence, pos)
        if hit:
            return self._estimate_of_year_gone(hit, pos)
        section = self.section_at(pos)
        if section is not None and section.kind:
            return section.kind, section.rule
        hit = self._first("lead", lead)
        if hit:
            return hit
        hit = self._first("weak", clause)
        if hit:
            return hit
        return self.default_kind, ""

    def _opening_goal(self, lead: str) -> tuple[str, str] | None:
        """(kind, rule) of a goal's lead cue opening the sentence (力争固定资产投资增长16%以上、限上社零额
        同比增长15%以上，财政总收入达到20亿元…): it governs the sentence's figures, so a 同比 of another
        clause (settings ``targets.sentence_cues_yield_to_opening_goal``) does not make them results."""
        for cue in self.lex.kind_cues.get("lead", []):
            m = cue.pattern.search(lead)
            if m is not None and cue.value == "target" and m.start() <= OPENING_CUE_MAX:
                return cue.value, cue.id
        return None

    def _opening_cue(self, sentence: str, pos: int) -> tuple[str, str] | None:
        """A goal or forecast cue opening the first of the clauses semicolons string into one sentence
        (预计地区生产总值增长8.8%左右；地方一般公共预算收入1245亿元，增长12%；…): it governs the
        later ones that hold no cue of their own; an actual's cue (同比) binds its own clause only, and
        a cue inside the first clause (ING预测人民币在年底前将达到6.54；…) governs that clause only."""
        start = max(self.text.rfind(c, 0, pos) for c in SENTENCE_STOPS) + 1
        first = SEMICOLON.search(self.text, start, pos)
        if first is None or self.text.find(sentence, start) <= start:
            return None     # the figure's sentence opens the whole one: no clause before it
        opening = self.text[start:first.end()]
        for cue in self.lex.kind_cues.get("sentence", []):
            m = cue.pattern.search(opening)
            if m is not None and cue.value != "actual" and m.start() <= OPENING_CUE_MAX:
                return cue.value, cue.id
        return None

    def of_the_future(self, kind: str, rule: str, period: str, period_rule: str) -> tuple[str, str]:
        """A figure only a weak cue or none made actual, dated by a time expression that looks
        ahead (未来五年, 到2030年, “十五五”) to a period ending after the page's year, is a goal:
        nothing of it has happened yet (未来五年…年均增长5%左右, 到2030年…达到68%). On a page
        of unknown year only words that always look ahead (未来五年, 今后五年) date a goal."""
        weak = rule == "" or rule in self.weak_rules
        if kind != "actual" or not weak or period_rule not in self.ahead_periods:
            return kind, rule
        if not self._after_page_year(period) and not (period_rule in self.always_ahead and not self.year):
            return kind, rule
        return "target", self.future_rule

    def of_the_report_year(self, kind: str, rule: str, period: str, period_rule: str, pos: int) -> tuple[str, str]:
        """A figure no cue made actual on a work report's page, dated plainly to the report's own year
        after a passage of that year's targets (…主要预期目标：…。 / 2013年，城镇登记失业率控制在4.2%以内；
        社会消费品零售总额增长15%: the year's plan after its passage closed), is a goal: a report is read
        as the year opens, nothing of it is done. A weak cue of a result (达到, 完成) keeps it actual, as
        does a headline: a page's year read from its head may be the year reviewed."""
        if kind != "actual" or rule != "" or not 0 <= self.report_from <= pos or not self.report_year_rule:
            return kind, rule
        if period_rule not in self.report_year_periods or not self.year or period != self.year:
            return kind, rule
        if not any(p.kind == "target" and p.period == self.year and p.end <= pos for p in self.passages):
            return kind, rule           # no passage of the year's targets before it: the year may be the one reviewed
        line = self.lines[bisect.bisect_right(self.line_starts, pos) - 1][1].strip()
        if len(line) <= self.heading_max and not HEADING_OPEN.search(line) and not CLOSING.search(line):
            return kind, rule           # a headline (2023年上海居民人均可支配收入达8.5万元): a result it reports
        return "target", self.report_year_rule

    def of_the_past(self, kind: str, rule: str, period: str, period_rule: str) -> tuple[str, str]:
        """A figure a plan heading made a target whose own time expression dates it before the
        page's year (三、2026年重点工作 / 去年全省地区生产总值增长5.4%) is a result; so is one a weak
        cue made a target (贵州去年GDP增长4.9% 今年将推动…: the 今年 of another clause)."""
        if kind != "target" or rule not in self.wide_target_rules and rule not in self.weak_rules \
                or period_rule not in self.period_rules:
            return kind, rule
        if not self.past_period_rule or not self._before_page_year(period):
            return kind, rule
        return "actual", self.past_period_rule

    def of_the_year_gone(self, kind: str, rule: str, period: str) -> tuple[str, str]:
        """An estimate (预计) of the year before the page's, anywhere (过去一年，…预计全年地区生产总值
        增长5.2%左右): that year's preliminary result, an actual."""
        if kind != "forecast" or rule not in self.estimate_rules or not self.estimate_rule or not self.year:
            return kind, rule
        y = YEAR_OF_SPAN.match(period)
        if y is None or y.group(1) != str(int(self.year) - 1):
            return kind, rule
        return "actual", self.estimate_rule

    def _estimate_of_year_gone(self, hit: tuple[str, str], pos: int) -> tuple[str, str]:
        """A forecast cue (预计) in a section reviewing the year gone (a report's 回顾 part, written
        before the year's statistics were out: 预计全年地区生产总值增长5.3%) gives that year's
        preliminary result, an actual; the review heading's rule is cited. So does a cue of money
        sought (争取上级资金1050万元) there: what the year obtained (settings targets.review_result_rules)."""
        if hit[0] != "forecast" and hit[1] not in self.review_result_rules:
            return hit
        section = self.section_at(pos)
        if section is not None and section.kind == "actual" and section.rule in self.review_rules:
            return section.kind, section.rule
        return hit

    def _sentence_cue(self, sentence: str, lead: str) -> tuple[str, str] | None:
        """(kind, rule) of the first sentence cue the sentence holds; one of ``leading_only`` counts
        only when it stands in ``lead``, the sentence before the figure."""
        gate = (self.lex.kind_cues_any or {}).get("sentence")
        if gate is not None and not gate.search(sentence):
            return None
        for cue in self.lex.kind_cues.get("sentence", []):
            if cue.pattern.search(lead if cue.id in self.leading_only else sentence):
                return cue.value, cue.id
        return None

    def _clause_cue(self, clause: str, at: int | None) -> tuple[str, str] | None:
        """(kind, rule) of the first clause cue that governs the figure at offset ``at`` of
        ``clause``: a cue bound to a figure (settings ``targets.clause_cues_bound_to_figure``)
        only where its match ends on that figure's first digit (●年度计划投资295.16亿元 ●累计完成
        投资229.68亿元: the plan's amount is the goal, not the sum done beside it)."""
        if at is None or not self.bound_cues:
            return self._first("clause", clause)
        gate = (self.lex.kind_cues_any or {}).get("clause")
        if gate is not None and not gate.search(clause):
            return None
        for cue in self.lex.kind_cues.get("clause", []):
            if cue.id not in self.bound_cues:
                if cue.pattern.search(clause):
                    return cue.value, cue.id
            elif any(m.end() - 1 == at for m in cue.pattern.finditer(clause)):
                return cue.value, cue.id
        return None

    def _first(self, scope: str, text: str) -> tuple[str, str] | None:
        """(kind, rule) of the first cue of ``scope`` that ``text`` holds."""
        gate = (self.lex.kind_cues_any or {}).get(scope)
        if gate is not None and not gate.search(text):
            return None
        return _first(self.lex.kind_cues.get(scope, []), text)

    def passage_at(self, pos: int) -> Scope | None:
        for p in self.passages:
            if p.start <= pos < p.end:
                return p
        return None

    def section_at(self, pos: int) -> Scope | None:
        k = bisect.bisect_right(self.section_starts, pos) - 1
        if k < 0:
            return None
        section = self._sections.get(k)
        if section is None:
            section = self._sections[k] = self._topic_of(k, self._section(*self.headings[k]))
        return section

    def _topic_of(self, k: int, section: Scope) -> Scope:
        """A heading of neither cue nor time (经济运行, 滇池保护: a news digest's topic line under
        【回顾2021年】) names a topic inside the review of a year before it: it keeps that review's
        kind, period and rule. Only a review dated by its heading lends them: a topic line under a
        plan or an undated heading (名词解释 after the plan) starts a part of its own."""
        if k == 0 or section.kind or section.period:
            return section
        outer = self.section_at(self.section_starts[k - 1])
        if outer is None or not YEAR.fullmatch(outer.period) or not (
                outer.rule in self.review_rules or self._in_year_part(k) and not NUMBERED_HEADING.match(self.headings[k][1])):
            return section
        return Scope(section.start, section.end, outer.kind, outer.period, outer.rule)

    def _year_line(self, s: str) -> str:
        """The year of a heading that is a year alone (2025年, 2025年——, 回眸2024, 2024 新重庆 开新局), else ""."""
        s = s.strip()
        bare = BARE_YEAR.match(s) or LEAD_YEAR.match(s)
        if bare:
            return bare.group(1)
        if YEAR_HEADING.fullmatch(s) or YEAR_DASH_HEADING.fullmatch(s):
            return s[:4]
        return ""

    def _in_year_part(self, k: int) -> bool:
        """Whether heading ``k`` stands in the part a year line heads: the headings between them
        are topic lines (no time, no cue, not numbered), fewer than YEAR_PART_TOPICS."""
        for j in range(k - 1, max(k - 1 - YEAR_PART_TOPICS, -1), -1):
            s = self.headings[j][1]
            if self._year_line(s):
                return True
            if NUMBERED_HEADING.match(s) or self.headings[j][2] not in (UNREAD, None) or self.periods_in(s):
                return False
        return False

    def _plan_year_line(self, start: int, s: str) -> bool:
        """A year line of the page's year after a year line of an earlier year: the plan's part."""
        year = self._year_line(s)
        if not year or not self.year or year != self.year:
            return False
        return any(y and y < year for y in (self._year_line(h[1]) for h in self.headings if h[0] < start))

    # -- building --------------------------------------------------------------
    def _page_period(self, title: str, rules: Rules, first_figure: int | None) -> tuple[str, str]:
        """(period, rule) that governs a page's figures no sentence, paragraph, passage or section
        dates: the year in the title of a yearly statistical bulletin (2022年国民经济和社会发展统计
        公报), else the span inside a year a news piece is about, named in its headline (上半年全市
        经济稳中向好) or in its lede before its first figure (记者从前三季度…发布会上获悉, 今年1至4月…);
        ("", "") when there is none. A heading naming a period still opens a section of its own."""
        title = title or ""
        bulletin = rules.pattern("targets.bulletin_title_re")
        if bulletin is not None and bulletin.search(title):
            years = [p for p in self.periods_in(title) if YEAR.fullmatch(p[2])]
            if years:
                return years[0][2], years[0][3]
        found = self.periods_in(title)
        spans = [k for k, p in enumerate(found) if self._governs(p)]
        if not spans:
            # the lede: the paragraph of the first figure and the one before it, up to that figure
            lede_max = int(rules.setting("targets.lede_max_chars", 0))
            end = min(lede_max, first_figure if first_figure is not None else len(self.text))
            k = bisect.bisect_right(self.line_starts, end) - 1
            start = self.line_starts[max(0, k - 1)] if k >= 0 else 0
            found = self.periods_in(self.text[start:end])
            spans = [k for k, p in enumerate(found) if self._governs(p)][-1:]
        if not spans:
            return self._year_reviewed(rules, first_figure)
        _, _, period, rule = found[spans[0]]
        if not YEAR.match(period):      # 今年1-2月: the year written before the span
            year = _last_year(found[:spans[0]])
            period = _in_year(period, year)
        return period, rule

    def _year_reviewed(self, rules: Rules, first_figure: int | None) -> tuple[str, str]:
        """The year before the page's that a piece on a report reviews, named before its first
        figure by a sentence of no figure (报告指出，2020年是极不平凡的一年; 2024年，是…具有重大
        里程碑意义的一年。; settings ``targets.lede_year_reviewed_re``): the period of its figures no
        sentence, paragraph, passage or section dates, up to the next heading. ("", "") when there
        is none or the page's year is unknown: 2026年是“十五五”开局之年 names the year planned, not the one reviewed."""
        opener = rules.pattern("targets.lede_year_reviewed_re")
        if opener is None or not YEAR.fullmatch(self.year or ""):
            return "", ""
        end = first_figure if first_figure is not None else len(self.text)
        for m in opener.finditer(self.text, 0, end):
            if int(m.group("year")) == int(self.year) - 1:
                # up to the next heading: a full report's later parts are the year planned
                k = bisect.bisect_right(self.section_starts, m.end())
                self.page_period_end = self.section_starts[k] if k < len(self.section_starts) else len(self.text)
                return m.group("year"), YEAR_REVIEWED_RULE
        return "", ""

    def _governs(self, period: tuple[int, int, str, str]) -> bool:
        """A time expression that may date a whole piece: a span inside a year (上半年, 1-10月,
        2025年前三季度), not the whole year (全年) nor one month (3月份, a month's figures inside a
        piece about the quarter)."""
        span = period[2]
        return period[3] in self.within_rules and not span.endswith(FULL_YEAR) and not MONTH.search(span)

    def _headings(self) -> list[tuple[int, str, object]]:
        """(start, stripped line, heading cue) of each line that opens a section; its period,
        and its cue unless a subheading needs it here, are read when a figure first asks for
        the section (``_section``)."""
        out = []
        for start, line in self.lines:
            s = line.strip()
            dashed = DASHED_HEADING.match(s)
            s = dashed.group(1) if dashed is not None else s
            if YEAR_DASH_HEADING.fullmatch(s):
                out.append((start, s, UNREAD))
                continue
            if not s or len(s) > self.heading_max or HEADING_OPEN.search(s) or LIST_ITEM.match(s):
                continue
            if SENTENCE_PIECE.search(s):
                continue                        # 促进人口高质量发展。落实育儿补贴、个 / 税抵扣…
            if not HAN2.search(s) and not YEAR_HEADING.fullmatch(s):
                continue
            hit = UNREAD
            if FIGURE_IN_LINE.search(s):
                hit = self._first("heading", s)
                if hit is None and not any(p[2] != FULL_YEAR for p in self.periods_in(s)):
                    continue                    # 城镇调查失业率5.5%左右: a figure, no heading
                hit = hit if hit is not None else UNREAD
            if hit is UNREAD and SUBHEADING.match(s):
                hit = self._first("heading", s)
                if hit is None:
                    continue                    # （一）加力扩内需稳增长: stays in its section
            out.append((start, s, hit))
        return out

    def _section(self, start: int, s: str, hit: object) -> Scope:
        if hit is UNREAD:
            hit = self._first("heading", s)
        periods = self.periods_in(s)
        if not periods:
            bare = BARE_YEAR.match(s) or LEAD_YEAR.match(s)
            periods = [(0, 0, bare.group(1), BARE_YEAR_RULE)] if bare else []
        kind, rule = hit if hit else ("", "")
        if not kind and self._plan_year_line(start, s):
            kind, rule = "target", YEAR_AHEAD_RULE
        if kind == "target" and periods and self.past_rule and all(self._before_page_year(p[2]) for p in periods):
            kind, rule = "actual", self.past_rule   # 一、2025年主要工作 in a 2026 report: the work done
        period = periods[0][2] if periods else ""
        period = "" if period == FULL_YEAR else period
        return Scope(start, start, kind, period, rule or (periods[0][3] if periods else ""))

    def _before_page_year(self, period: str) -> bool:
        """``period`` ends before the page's year (2025, 2021-2025 in a 2026 report)."""
        end = self._year_compared(period)
        return end is not None and end < 0

    def _after_page_year(self, period: str) -> bool:
        """``period`` ends after the page's year (2030, 2026-2030 in a 2026 report)."""
        end = self._year_compared(period)
        return end is not None and end > 0

    def _year_compared(self, period: str) -> int | None:
        """The last year of ``period`` less the page's year; None when either is unknown."""
        years = YEAR.findall(period)
        return int(max(years)) - int(self.year) if self.year and years else None

    def _passages(self) -> list[Scope]:
        out: list[Scope] = []
        for cue in self.lex.kind_cues.get("passage", []):
            for m in cue.pattern.finditer(self.text):
                if any(p.start <= m.start() < p.end for p in out):
                    continue
                end = self._passage_end(m.end())
                lead_from = max([self.text.rfind(c, 0, m.start()) + 1 for c in "。！？"] + [m.start() - LEAD_MAX])
                periods = self.periods_in(self.text[lead_from:m.end()])
                section = self.section_at(m.start())
                periods = [p for p in periods if p[2] != FULL_YEAR]     # 全年的目标是: the page's year
                period = periods[-1][2] if periods else (section.period if section else "")
                out.append(Scope(m.start(), end, cue.value, period, cue.id))
        return out

    def _item_lines_end(self, k: int) -> int:
        """A cue that ends its line (主要预期目标是：) opens a list of targets on the lines
        below it, one or a few a line: the passage runs over them."""
        end = self.lines[k][0] + len(self.lines[k][1])
        for j in range(k + 1, min(len(self.lines), k + 1 + self.passage_lines)):
            start, line = self.lines[j]
            if not _is_item(line, self.item_max):
                break
            end = start + len(line)
        return end

    def _passage_end(self, pos: int) -> int:
        k = bisect.bisect_right(self.line_starts, pos) - 1
        start, line = self.lines[k]
        items_end = self._item_lines_end(k) if not line[pos - start:].strip() else 0
        return max(items_end, self._closing_end(k))

    def _closing_end(self, k: int) -> int:
        """The end of the first line from ``k`` closed by 。！？ (a paragraph broken over lines)."""
        for j in range(k, min(len(self.lines), k + 1 + self.passage_lines)):
            start, line = self.lines[j]
            if CLOSING.search(line) or j == len(self.lines) - 1:
                return start + len(line)
        start, line = self.lines[k]
        return start + len(line)


def _is_item(line: str, item_max: int) -> bool:
    """A line of a list of targets: short, and closed by punctuation or holding a figure
    (not a heading such as （一）坚定扩大内需)."""
    s = line.strip()
    return bool(s) and len(s) <= item_max and bool(HEADING_OPEN.search(s) or FIGURE_IN_LINE.search(s))


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _last_year(found: list[tuple[int, int, str, str]]) -> str:
    """The last of the time expressions ``found`` that names one year (2024, 2024年3月, 今年), or ''."""
    return next((p for _, _, p, _ in reversed(found) if YEAR_OF_SPAN.match(p)), "")


def _in_year(span: str, around: str) -> str:
    """A span inside a year (一季度, 1-10月) with the year of the period ``around`` it
    (2024, 2024年3月, 今年) in front; as it is when that period names no one year."""
    y = YEAR_OF_SPAN.match(around)
    if span == FULL_YEAR:               # 全年: the year itself, or the period around as it is
        return (y.group(1) or y.group(2)) if y is not None else around
    if y is None:
        return span
    return f"{y.group(1)}年{span}" if y.group(1) else y.group(2) + span


def _first(cues: list[Cue], text: str) -> tuple[str, str] | None:
    for cue in cues:
        if cue.pattern.search(text):
            return cue.value, cue.id
    return None
