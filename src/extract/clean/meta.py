"""Metadata from a page's text: headline, publication date, outlet, url.

HTML pages get theirs from markup first (:mod:`extract.clean.html`); what is
still empty is looked for here, in the lines around the top of the text,
where scraped dumps keep their date, 来源 and masthead lines. Patterns live
in ``rules/meta.tsv``.
"""
from __future__ import annotations

import dataclasses
import math
from collections import Counter
from typing import Callable

import regex

from ..record import PageRecord
from ..stage import Stage
from .columns import column_breaks, column_layout
from .headline_repeat import repeated_headline
from .merged_head import MergedHead
from .menu_headline import menu_between
from .core import KICKER_END, SENTENCE_END, TITLE_END, CoreSettings, core_span, headline_at, is_tool_word, not_title_test, title_han, title_line
from .boilerplate import is_link_item
from .dates import DATE, iso_of, roc_date
from .html.blocks import content_chars
from .needs import TextChars
from .lines import broken_clause, continues
from .listpage import link_run_start
from .outlets import clean_outlet
from .prefilter import LineRules

HAN = regex.compile(r"\p{Han}")
CLAUSE_MARK = regex.compile(r"[，,。；;！？!?]")   # where a line's first clause ends
HAN_PAIR = regex.compile(r"\p{Han}{2}")
TIME_AFTER = regex.compile(r"\s*(?:日\s*)?\d{1,2}\s*[:：时]\s*\d{2}")
SPEECH_AFTER = regex.compile(r"\s*日?\s*在")
CAPTION_AFTER = regex.compile(r"\s*日?\s*(?:摄|攝|拍摄|拍攝)")
# what may follow a header's date: its clock time, then a short name (an outlet, an author), nothing more
DATED_NAME = regex.compile(r"\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+|\s*[·・]\s*)[\p{Han}A-Za-z]{2,12}\s*")
NAME_BREAK = regex.compile(r"[，,。；;：:！？!?]|(?:19|20)\d{2}\s*[-/.年]")   # a sentence, a label or a date: no outlet's name
OUTLET_GAP = 2     # lines under the header line an outlet's own line may stand on
OUTLET_MAX_CHARS = 24   # an outlet's name on the line after a bare 来源 label is at most this long
TOOL_LINE_MAX = 12   # characters of a tool, author or follow line under a headline (播报文章, 关注)
PAIR_PIECE_MIN_HAN = 3   # Han characters of each spaced piece of a headline's other line (项目为王 实干争先; not 西江网 时政 贵港)
PAIR_MIN_SHARED = 0.3   # share of a headline's other line's Han bigrams its article's text must hold
PAIR_MIN_NEW = 0.5   # a headline's other line says something of its own: less than this share of its bigrams in the headline
WORD_CHAR = regex.compile(r"[\p{Han}\p{N}A-Za-z]")   # what a short headline is written with (告别2023)
PERIOD_HEADLINE_BREAK = regex.compile(r"[。，,；;！？!?]")   # a second clause or sentence: a paragraph's line, no headline
LIST_HEADING_MIN_HAN = 2   # a list page's heading is a word at least (新闻, 通知公告)
HEADLINE_GAP = 3   # lines (a subtitle, the outlet, a link) that may stand between a headline and its header line


# a headline set letter-spaced, a character and a space in turn (政 府 工 作 报 告, maybe a bracket after it:
# 政 府 工 作 报 告(2022年)): read with its spaces out, a menu of short words (spaced_menu) it is not
LETTER_SPACED = regex.compile(r"^\p{Han}(?:[ \t\u3000]+\p{Han}){3,}(?=\s*(?:[(（][^()（）]*[)）])?$)")


# a sentence's end with more text after it (or a full stop anywhere): a paragraph's lines, no headline
SENTENCE_END_INSIDE = regex.compile(r"[。！？!?；;](?=.)")


def lines_of(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def unspaced(line: str) -> str:
    """``line`` with a letter-spaced headline's spaces out (政 府 工 作 报 告 -> 政府工作报告)."""
    m = LETTER_SPACED.match(line)
    return regex.sub(r"\s+", "", m.group()) + line[m.end():].strip() if m else line



# a paper's name alone on a line is its masthead only at the top of the page, over or near the
# article (the head and header lines): further down it is a link of a list of partner sites
# (…第一财经 / 证券日报网 / 北京商报 / 中国网财经中心…), no outlet of the page
TOP_ONLY_SOURCE_RULES = frozenset({"meta.source.masthead"})

class Metadata(Stage):
    name = "clean.meta"

    def __init__(self, rules) -> None:
        super().__init__(rules)
        self.meta = {r.id: r for r in rules.table("meta")}
        self.by_field: dict[str, list] = {}
        for r in rules.table("meta"):
            self.by_field.setdefault(r["field"], []).append(r)
        # url and source rules, prepared to be narrowed down to the ones a page's characters allow
        self.prepared: dict[str, LineRules] = rules.cached("meta:line-rules", lambda: {
            f: LineRules(self.by_field.get(f, [])) for f in ("url", "source")})
        self.head_lines = int(rules.setting("meta.head_lines", 40))
        self.date_line_reach = int(rules.setting("meta.date_line_reach", 12))
        self.date_line_max_han = int(rules.setting("meta.date_line_max_han", 30))
        self.title_min = int(rules.setting("meta.title_min_chars", 6))
        self.title_max = int(rules.setting("meta.title_max_chars", 64))
        # the header over a dump's article may hold lines in Latin script (a url, a DOI, an English
        # headline) that the article's core leaves out: the header search keeps them in the run
        self.core = dataclasses.replace(CoreSettings.from_rules(rules), latin_per_han=math.inf)
        self.is_not_title = not_title_test(rules)
        self.layout = column_layout(rules)
        self.merged_head = MergedHead(rules)
        self.rejoin_min = int(rules.setting("lines.rejoin_min_chars", 20))
        self.clause_min = int(rules.setting("lines.rejoin_clause_min_chars", 8))
        self.dated_list_min = int(rules.setting("meta.dated_list_min_items", 2))
        self.period_headline_max = int(rules.setting("meta.period_headline_max_han", 30))
        self.list_heading_max = int(rules.setting("meta.list_heading_max_chars", 16))
        self.menu_run_min = int(rules.setting("meta.menu_over_headline_min", 6))
        self.menu_item_max = int(rules.setting("meta.menu_item_max_chars", 16))
        self.min_link_run = int(rules.setting("boilerplate.min_link_run", 3))
        # outlet_line rules split by whether they capture the outlet's name on the line (新华网讯)
        # or only label it for the line after (来源：), and the masthead rule: read per line, built once
        outlet_lines = [r.regex() for r in self.by_field.get("outlet_line", [])]
        self.outlet_names = [p for p in outlet_lines if "value" in p.groupindex]
        self.outlet_labels = [p for p in outlet_lines if "value" not in p.groupindex]
        self.outlet_above = [r.regex() for r in self.by_field.get("outlet_above", [])]
        # a sentence's lead-in (记者从…获悉) a line and the next line's first clause make up
        self.lead_ins = [r.regex() for r in self.by_field.get("lead_in", [])]
        self.mastheads = [r.regex() for r in self.by_field.get("source", []) if r.id == "meta.source.masthead"]

    def column_title(self, title: str, raw_text: str) -> str:
        """``title`` when it is no line of a newspaper column (``columns.column_breaks``); a headline
        the column broke goes on with the lines after it (关注两会|…政府工作报告(全 / 文)); a line of
        a paragraph so broken, too long or holding a sentence's end, is body text, no headline
        (9日上午,温州市…第九届人民代表 / 大会…; 现在，我代表区人民政府… / …提出意见。): ""."""
        lines = [ln.strip() for ln in raw_text.splitlines()]
        breaks = column_breaks(lines, self.layout)
        at = next((i for i in sorted(breaks) if unspaced(lines[i]) == title), None)
        if at is None:
            return title
        end = at
        while end in breaks and end + 1 < len(lines):
            end += 1
        whole = "".join(lines[at:end + 1])
        return whole if len(whole) <= self.title_max and "。" not in whole and not SENTENCE_END_INSIDE.search(whole) else ""

    def process(self, rec: PageRecord) -> PageRecord:
        lines = [unspaced(line) for line in lines_of(rec.raw_text)]
        # a list page (a channel's dated links): titled by its channel's heading, not its first link
        heading = None if rec.is_html or rec.title else self.list_heading(lines)
        if heading is not None:
            self.count("list-page")
        head = lines[: self.head_lines]
        # (an HTML page has its metadata from the markup: most have nothing left to look for here)
        span = core_span(lines, self.core) if not (rec.source and rec.published and rec.title) else None
        # a dump's header lines sit over its article's core, past any menus at the top of the page
        near = lines[max(0, span[0] - self.core.title_window): self._header_end(lines, span)] if span else []
        headers = self.header_lines(lines, span) if span else []   # read once, for the title and outlet
        # the date is looked for wider: past a headline's short tool lines, and on a date-and-name line
        dated = self.header_lines(lines, span, wide=True) if span else []
        present = TextChars(rec.raw_text).holds_all  # the few characters the rules need, looked up once each
        if not rec.url:
            rec.url = self.first_match("url", lines, present)
        if not rec.source:  # the head found nothing: the rest of the lines are next
            rec.source = self.first_match("source", near, present) or self.source_under_header(lines, headers) or \
                self.first_match("source", head, present) or self.source_under_label(head) or \
                self.first_match("source", lines[self.head_lines:], present, TOP_ONLY_SOURCE_RULES) or \
                self.agency_of(lines)
        if not rec.published:
            # a list of dated links under the article's prose (相关新闻: 标题 2026-02-14) dates those
            # articles: a date the page gives elsewhere (a signature under the text) comes first;
            # with none, the list's day is the page's when links share it (a site's latest articles
            # of the day, this one among them); a feed whose every link has a day of its own (标题
            # 2026-02-10, 标题2026-02-11, …) says nothing of the day of the article over it
            listed = dated_list_below_prose(lines, span, self.dated_list_min) if span else set()
            unlisted = [line for i, line in enumerate(lines) if i not in listed]
            one_day = not listed or shares_a_day(lines, listed)
            rec.published = self.stated_date(near) or self.date_over_core(lines, dated) or \
                (listed and self.find_date(unlisted[: self.head_lines], unlisted, rec.url)) or \
                (self.find_date(head, lines, rec.url) if one_day else "") or self.clock_date(head)
        if heading is not None:
            rec.title = heading
        elif not rec.title:
            rec.title = self.title_near_core(lines, span, headers, self.find_title(head))
            if rec.title:
                rec.title = self.column_title(rec.title, rec.raw_text)
        for key in ("title", "published", "source", "url"):
            if getattr(rec, key):
                self.count(key)
        return rec

    def first_match(self, field: str, lines: list[str],
                    present: Callable[[frozenset[str]], bool] | None = None,
                    skip: frozenset[str] = frozenset()) -> str:
        """The first non-empty value a rule of ``field`` finds: lines in order, rules in order per line
        (but the rules whose ids are in ``skip``).

        Only the rules the characters of the lines allow are tried
        (:meth:`~extract.clean.prefilter.LineRules.for_chars`; ``present``: whether
        the page holds a set of characters, answered once per character for both
        fields): most pages hold no url line, and some no outlet cue.
        """
        rules = self.prepared[field].for_chars(TextChars("\n".join(lines)).holds_all if present is None else present)
        if not (rules.with_start or rules.without):
            return ""
        for line in lines:
            for rule in rules.rows_for(line):
                if rule.id in skip:
                    continue
                m = rule.regex().search(line)
                if m:
                    value = (m.group("value") if "value" in m.groupdict() else m.group()).strip()
                    if field == "source":
                        value = clean_outlet(value, self.rules)
                    if value:
                        return value
        return ""

    def is_clock(self, line: str) -> bool:
        """Whether ``line`` is a site's clock (``clock`` rules: 今天是：2024年03月05日 星期二): the
        day the page was seen, not the day it was published."""
        return any(r.regex().search(line) for r in self.by_field.get("clock", []))

    def clock_date(self, head: list[str]) -> str:
        """The date of the first clock line of ``head``: the page's date when nothing else dates it."""
        for line in head:
            m = DATE.search(line) if self.is_clock(line) else None
            if m and iso_of(m):
                return iso_of(m)
        return ""

    def stated_date(self, lines: list[str]) -> str:
        """A date beside a publication cue (发布时间, 来源, 星期), else a timestamp (a date and a
        time of day): the first in ``lines`` that is no site's clock (:meth:`is_clock`)."""
        lines = [line for line in lines if not self.is_clock(line)]
        for line in lines:
            for rule in self.by_field.get("date_cue", []):
                if rule.regex().search(line):
                    m = DATE.search(line)
                    if m and iso_of(m):
                        return iso_of(m)
                    if not m and (roc := roc_date(line)):     # 發布日期:111-05-12 (Taiwan's era)
                        return roc
        for line in lines:
            m = DATE.search(line)
            if m and iso_of(m) and TIME_AFTER.match(line, m.end()):
                return iso_of(m)
        return ""

    def date_over_core(self, lines: list[str], headers: list[int]) -> str:
        """The publication date of the header line nearest the core (``headers``, see
        :meth:`header_lines`: a share bar or a feed may stand between the header and the text)."""
        return next((d for i in headers if (d := self.header_date(lines[i]) or _dated_name(lines[i]))), "")

    def find_date(self, head: list[str], lines: list[str], url: str) -> str:
        # a date stated as the publication's (see stated_date) in the head wins; then a short date
        # line in the head; then the URL; then the date the page repeats most (list pages of one
        # day, e-paper mastheads)
        stated = self.stated_date(head)
        if stated:
            return stated
        head = [line for line in head if not self.is_clock(line)]
        for line in head[:self.date_line_reach]:  # a short date line, not the dateline of a speech (…日在…会议上)
            m = DATE.search(line)
            if m and iso_of(m) and len(HAN.findall(line)) < self.date_line_max_han and not SPEECH_AFTER.match(line, m.end()) \
                    and not CAPTION_AFTER.match(line, m.end()):
                return iso_of(m)
        for line in head[:self.date_line_reach]:
            m = DATE.search(line)
            if m and iso_of(m) and len(HAN.findall(line)) < self.date_line_max_han and not CAPTION_AFTER.match(line, m.end()):
                return iso_of(m)
        for line in head[:self.date_line_reach]:          # a short date line in Taiwan's era (中華民國109年12月25日)
            if len(HAN.findall(line)) < self.date_line_max_han and (roc := roc_date(line, bare=False)):
                return roc
        if url:
            m = DATE.search(url)
            if m and iso_of(m):
                return iso_of(m)
        counts = Counter(d for line in lines if not self.is_clock(line) for m in DATE.finditer(line)
                         if (d := iso_of(m)) and not CAPTION_AFTER.match(line, m.end()))   # (a photo's day: …3月23日摄)
        return counts.most_common(1)[0][0] if counts else ""

    def title_near_core(self, lines: list[str], span: tuple[int, int] | None, headers: list[int], title: str) -> str:
        """The headline right over the article's header line (:meth:`headline_over_header`); else
        ``title`` (the first headline-like line of the head) when it stands over the article's
        core (:mod:`.core`) or there is no core; else the headline found over the core: a dump
        whose menus come first has a menu item or the site's name as its first such line."""
        if span is None:
            return title
        near = range(max(0, span[0] - self.core.title_window), min(span[1], span[0] + self.core.header_lines_in + 1))
        merged = next((parts[0] for i in near if (parts := self.merged_head.parts(lines[i]))), None)
        if merged:   # (a headline, its date and the editor's note on one line)
            return merged
        at = repeated_headline(lines, span, self.core, self.is_not_title)
        if at >= 0:   # (an e-paper's list of its headlines over the article: its own is printed again)
            return lines[at].strip()
        near = headline_at(lines, span, self.core, self.is_not_title)

        def menu_under(top: int) -> bool:   # (a line heading a menu over the headline nearer the text: its first item)
            return 0 <= top < near and menu_between(lines, top, near, self.menu_run_min, self.menu_item_max)

        at = self.headline_over_header(lines, span, headers)
        if at >= 0:   # (kept when a menu stands under it too: a portal's headline over its date may)
            return self.with_second_line(lines, at, headers, span[1])
        top = title_line(lines, span, title, self.core) if title else -1
        if top >= 0 and not menu_under(top):
            return title
        at = near
        if at >= 0 and not self.broken_off(lines, at):
            return lines[at]   # (a paragraph's first line that a column broke is no headline)
        return "" if title and under_prose(lines, span, title, self.core) else title

    def headline_over_header(self, lines: list[str], span: tuple[int, int], headers: list[int]) -> int:
        """The index of the headline right over the article's header line (a date with a
        publication cue or a time of day, a 来源 line), -1 when there is none: a news page puts
        its headline, then that line, then the text. Of the ``HEADLINE_GAP`` + 1 lines over the
        header line, the one reading as a headline with the most Han characters (an outlet's
        name or a link between them is shorter); the header line nearest the core is tried
        first, up to ``head_window`` lines over it."""
        lo = _window_start(lines, span[0], self.core)
        for i in headers:
            best, best_han = -1, 0
            for j in range(i - 1, max(lo, i - 1 - HEADLINE_GAP) - 1, -1):
                han = title_han(lines[j], self.core)
                if han > best_han and not self.is_not_title(lines[j]) and not self.is_header(lines[j]):
                    best, best_han = j, han
            if best < 0 and i - 1 >= lo and self.period_headline(lines[i - 1]):
                best = i - 1   # (no other headline there: the line right over it, ending in a full stop)
            if best >= 0:
                return best
        return -1

    def list_heading(self, lines: list[str]) -> str | None:
        """A list page's heading, None when the page is no list page: a channel's page (通知公告,
        工作动态) is a run of ``min_link_run`` or more dated links (标题 2024-04-12) with no
        paragraph of prose (a line of ``lines.rejoin_min_chars`` or more holding a full stop). Its
        heading is the nearest line over the list that may title a page: a short line
        (``list_heading_max_chars``) of two Han characters or more, not a breadcrumb, menu or
        site name (``not_title``); "" when there is none."""
        if any(SENTENCE_END in line and len(line) >= self.rejoin_min for line in lines):
            return None
        first = link_run_start(lines, self.min_link_run)
        if first < 0:
            return None
        return next((ln for ln in reversed(lines[:first]) if len(ln) <= self.list_heading_max and
                     len(HAN.findall(ln)) >= LIST_HEADING_MIN_HAN and not self.is_not_title(ln)), "")

    def period_headline(self, line: str) -> bool:
        """Whether ``line``, right over a header line, is a headline that ends in a full stop
        (告别2023。, 全市第四季度98个项目集中开工。): one short sentence (``period_headline_max_han``
        Han characters at most, ``title_min_chars`` Han characters, digits or letters at least), no other stop or comma inside, not a
        date, source, byline or menu line."""
        body = line[:-1]
        han, chars = len(HAN.findall(body)), len(WORD_CHAR.findall(body))
        return line.endswith(SENTENCE_END) and chars >= self.title_min and han <= self.period_headline_max and \
            not PERIOD_HEADLINE_BREAK.search(body) and not self.is_not_title(line) and not self.is_header(line)

    def with_second_line(self, lines: list[str], at: int, headers: list[int], core_end: int) -> str:
        """The headline at ``at`` over a header line, joined with the line right over it or under it
        (still over the header line) when that line reads as a headline too: a headline and its
        subtitle (山西品牌丝路行（南美站）正式启动 / 成功举办…推介会), or a headline set on two lines
        (央渝同行(南岸)发展对接活动举行 / 胡衡华出席…活动), where the longer line alone may be the
        subtitle. Not a short channel or outlet name, a menu of short items (fewer than ``title_min_chars`` Han
        characters, an ``outlet_line`` or masthead), a menu, a clause's end or a header line; and
        only a line that speaks of what the article does (``PAIR_MIN_SHARED`` of its Han bigrams
        are in the article's text, from the header line to the core's end ``core_end``, fewer than ``PAIR_MIN_NEW`` in the headline): an outlet's, a column's or a tool bar's line is not (网易商业报道,
        精彩内容随时看, 个人中心帐号设置…), nor the headline said again or its label (省政府工作报告 over 某某省2026年政府工作报告); nor a column's
        name that the page says again outside the article (:func:`_names_elsewhere`)."""
        header = next((i for i in headers if i > at), len(lines))
        core = "\n".join(lines[header + 1:core_end])
        for k in (at - 1, at + 1):
            if 0 <= k < header and lines[k] not in lines[at] and lines[at] not in lines[k] and \
                    self.pairs_with(lines[k]) and len(lines[at]) + len(lines[k]) < self.title_max and \
                    _shared_bigrams(lines[k], core) >= PAIR_MIN_SHARED and \
                    _shared_bigrams(lines[k], lines[at]) < PAIR_MIN_NEW and \
                    not _names_elsewhere(lines, k, at):
                return f"{lines[min(at, k)]} {lines[max(at, k)]}"
        return lines[at]

    def pairs_with(self, line: str) -> bool:
        """Whether ``line`` may be a headline's other line (:meth:`with_second_line`)."""
        if len(HAN.findall(line)) < self.title_min or line.endswith(TITLE_END) or line.endswith(KICKER_END) \
                or any(len(HAN.findall(piece)) < PAIR_PIECE_MIN_HAN for piece in line.split()) \
                or SENTENCE_END in line or self.is_not_title(line) or self.is_header(line):
            return False
        return not any(p.search(line) for p in self.outlet_names) and not any(p.search(line) for p in self.mastheads)

    def header_lines(self, lines: list[str], span: tuple[int, int], wide: bool = False) -> list[int]:
        """The indexes of the article's header lines (:meth:`is_header`) from ``header_lines_in``
        lines into the core up to ``head_window`` lines over it, nearest the core first. ``wide``
        (for the date): past a headline's short tool lines too (:meth:`_header_end`), and a date
        opening a line that ends with a name (2003-7-24 钱江晚报) is a header line too."""
        lo = _window_start(lines, span[0], self.core)
        return [i for i in range(self._header_end(lines, span, wide) - 1, lo, -1)
                if self.is_header(lines[i]) or wide and _dated_name(lines[i])]

    def _header_end(self, lines: list[str], span: tuple[int, int], wide: bool = False) -> int:
        """Where the search for header lines ends: ``header_lines_in`` lines into the core, counted
        from its first line that may be a headline. A breadcrumb (当前位置：首页 > 数据 >) reads as
        prose by its colon and may open the core, with the headline and header lines under it."""
        first = span[0]
        while first < span[1] - 1 and self.is_not_title(lines[first]) and not self.is_header(lines[first]):
            first += 1
        end = first + self.core.header_lines_in
        # a headline's tool and author lines (播报文章 / 管不饿 / 关注) may push its date line further
        # down: the search goes on past such short lines, up to title_window lines into the core
        while wide and end < min(len(lines), span[1], first + self.core.title_window) and \
                len(lines[end - 1]) <= TOOL_LINE_MAX and SENTENCE_END not in lines[end - 1]:
            end += 1
        return min(len(lines), end)

    def source_under_header(self, lines: list[str], headers: list[int]) -> str:
        """The outlet named alone on a line right under the article's header line nearest the core
        (``outlet_line`` rules: 2024-05-10 00:26 / 每日经济新闻), or on the line after a bare
        来源 label there; '' when there is none."""
        if not headers:
            return ""
        at = headers[0]
        for k in range(at, min(len(lines), at + 1 + OUTLET_GAP)):
            for rule in self.by_field.get("outlet_line", []):
                m = rule.regex().search(lines[k])
                if m is None:
                    continue
                if "value" in m.groupdict():
                    value = m.group("value")
                else:   # a label: the outlet is the next line, if it is a name and no sentence
                    value = lines[k + 1] if k + 1 < len(lines) and len(lines[k + 1]) <= OUTLET_MAX_CHARS else ""
                value = clean_outlet(value, self.rules)
                if value:
                    return value
        return ""

    def source_under_label(self, head: list[str]) -> str:
        """The outlet on the line after the first bare 来源 label of ``head`` (来源： / 新华网), or on
        the line over an ``outlet_above`` label (a WeChat account's name over 微信号), when
        that line is a name (no longer than ``OUTLET_MAX_CHARS``, no sentence in it): a dump
        whose header the core's search did not reach (a ticker of headlines over it read as
        prose) still names its outlet there. '' when there is none."""
        labels, above = self.outlet_labels, self.outlet_above
        for k, line in enumerate(head):
            at = k + 1 if any(p.search(line) for p in labels) else k - 1 if any(p.search(line) for p in above) else -1
            if 0 <= at < len(head):
                name = head[at]
                if len(name) <= OUTLET_MAX_CHARS and not NAME_BREAK.search(name):
                    return clean_outlet(name, self.rules)
                return ""
        return ""

    def agency_of(self, lines: list[str]) -> str:
        """The news agency of the first agency dateline in ``lines`` (``dateline`` rules:
        新华社杭州7月31日电, （中央社记者林克伦台北31日电）), '' when there is none: the outlet of a
        dump that names it nowhere else."""
        rules = [r.regex() for r in self.by_field.get("dateline", [])]
        for line in lines:
            for rx in rules:
                m = rx.search(line)
                if m and (value := clean_outlet(m.group("value"), self.rules)):
                    return value
        return ""

    def header_date(self, line: str) -> str:
        """The date of a header line: a publication date (:meth:`stated_date`) or the line's
        date when the line is a date alone; '' for none."""
        return self.stated_date([line]) or _bare_date(line)

    def is_header(self, line: str) -> bool:
        """Whether ``line`` is an article's header line: a date (:meth:`header_date`) or a
        ``header_label`` rule's label (来源：, 发布时间： even when its date is one the date
        reader cannot place: 发布时间：10-0812:00 has no year)."""
        return bool(self.header_date(line) or any(r.regex().search(line) for r in self.by_field.get("header_label", [])))

    def broken_off(self, lines: list[str], i: int) -> bool:
        """Whether ``lines[i]`` is a paragraph's first piece that a column broke: the next line, as
        long as a paragraph's line, goes on with its sentence (…通常将 / 它理解为讥诮嘲讽，…)."""
        return i + 1 < len(lines) and len(lines[i + 1]) >= self.rejoin_min and (
            continues(lines[i], lines[i + 1], self.rejoin_min) or self.clause_under_prose(lines, i) or
            self.lead_in_broken(lines[i], lines[i + 1]))

    def lead_in_broken(self, line: str, nxt: str) -> bool:
        """Whether ``line`` and the first clause of ``nxt`` make up one sentence's lead-in
        (``lead_in`` rules: 记者从…获悉, 据…统计): a piece broken off inside a word (…2015年国民 /
        经济形势分析会上获悉，…), however the line reads alone."""
        joined = line.strip() + CLAUSE_MARK.split(nxt.strip(), maxsplit=1)[0]
        return any(p.match(joined) for p in self.lead_ins)

    def clause_under_prose(self, lines: list[str], i: int) -> bool:
        """Whether ``lines[i]``, under a paragraph's line (a full stop in it), breaks off a clause
        the next line goes on with (…开幕。 / 报告说，…时期，本市 / 基本完成了…。): no headline
        stands under the text it heads (a headline with a comma over the text is still one)."""
        return i > 0 and SENTENCE_END in lines[i - 1] and len(lines[i - 1]) >= self.rejoin_min and \
            broken_clause(lines[i], lines[i + 1], self.rejoin_min, self.clause_min)

    def find_title(self, head: list[str]) -> str:
        for i, line in enumerate(head):
            if self.is_not_title(line):
                continue
            n = len(HAN.findall(line))
            if n < self.title_min or len(line) > self.title_max:
                continue
            if line.endswith(TITLE_END) or SENTENCE_END in line:
                continue   # a clause's end, or a full stop inside: a paragraph (or a piece of one)
            if i and continues(head[i - 1], line, self.rejoin_min) or \
                    self.broken_off(head, i):
                continue   # a piece of a sentence a column broke (…各部门要加快推进渌口 / 港区等项目建设)
            if line.endswith(KICKER_END) and i + 1 < len(head):
                return head[i + 1]   # a kicker (引题): the headline is the next line
            return line
        return ""


def under_prose(lines: list[str], span: tuple[int, int], title: str, st: CoreSettings) -> bool:
    """Whether ``title`` first stands under the core, or under ``min_core_chars`` of its lines
    holding a full stop: a dump that opens with its text has no headline over it, and the first
    line of the head that reads as one is then a credit, a footer, a subheading or a paragraph's
    broken tail (新媒体监制:秦晋文, 经济参考报社版权所有…), not the article's headline. (A lead
    sentence, a forum's 欢迎你！ or a question over the headline is no such run of paragraphs.)"""
    at = next((i for i, line in enumerate(lines) if line.strip() == title.strip()), -1)
    if at < span[0]:
        return False
    return at >= span[1] or \
        sum(content_chars(line) for line in lines[span[0]:at] if SENTENCE_END in line) >= st.min_core_chars


def dated_list_below_prose(lines: list[str], span: tuple[int, int], min_items: int) -> set[int]:
    """The indexes of the lines in runs of ``min_items`` or more dated links (a title, then a date:
    is_link_item) that stand under a paragraph of the article's core: a "related articles" list
    under the text. A list page's own list (no paragraph over it) is not one."""
    prose = next((i for i in range(span[0], span[1]) if SENTENCE_END in lines[i]), -1)
    if prose < 0:
        return set()
    out: set[int] = set()
    run: list[int] = []
    for i in range(prose + 1, len(lines) + 1):
        if i < len(lines) and is_link_item(lines[i]):
            run.append(i)
            continue
        if len(run) >= min_items:
            out.update(run)
        run = []
    return out


def _window_start(lines: list[str], start: int, st: CoreSettings) -> int:
    """The first index of the ``head_window`` lines over ``start`` (the core's first line), one-word
    tool lines (:func:`~.core.is_tool_word`: 微博, 分享, 千股千评, 增大字体) not counted: a share
    bar and a column menu between a header line and the text do not push it out."""
    at, counted = start, 0
    while at > 0 and counted < st.head_window:
        at -= 1
        counted += not is_tool_word(lines[at], st)
    return at if counted >= st.head_window else 0


def shares_a_day(lines: list[str], listed: set[int]) -> bool:
    """Whether two or more of the dated links at ``listed`` (see :func:`dated_list_below_prose`)
    give the same day (ISO date)."""
    days = Counter(d for i in listed for m in DATE.finditer(lines[i]) if (d := iso_of(m)))
    return any(n > 1 for n in days.values())


def _names_elsewhere(lines: list[str], k: int, at: int) -> bool:
    """Whether ``lines[k]``, by the headline at ``at``, is said again on another line of the page
    that is no sentence of prose (no full stop) and does not hold the headline too: a column's or a
    channel's name, also in the breadcrumb (/ 法国报纸摘要) or over the other pieces of the column
    linked under the text (上一篇：对话县委书记|某某县：…), not a headline's other line (which the
    article's sentences, a line holding the whole headline, or a copy of both lines together
    may say again)."""
    def by_headline(j: int) -> bool:   # (the headline and its other line set again: a print copy)
        return any(lines[at] in lines[n] for n in (j - 1, j + 1) if 0 <= n < len(lines))

    return any(lines[k] in line and lines[at] not in line and SENTENCE_END not in line and not by_headline(j)
               for j, line in enumerate(lines) if j != k)


def _shared_bigrams(line: str, text: str) -> float:
    """The share of ``line``'s Han bigrams (two Han characters in a row) that ``text`` holds."""
    grams = {m.group() for m in HAN_PAIR.finditer(line, overlapped=True)}
    return sum(g in text for g in grams) / len(grams) if grams else 0.0


def _dated_name(line: str) -> str:
    """The ISO date of a line that opens with a date and ends with a name only (2003-7-24 钱江晚报,
    2024-05-20 14:33·新华社: the date and the outlet of a header), else ''."""
    m = DATE.match(line)
    return iso_of(m) if m and iso_of(m) and DATED_NAME.fullmatch(line, m.end()) else ""


def _bare_date(line: str) -> str:
    """The ISO date of a line that holds a date and nothing else ('2019-05-17'), else ''."""
    m = DATE.match(line)
    return iso_of(m) if m and not line[m.end():].strip() and iso_of(m) else ""
