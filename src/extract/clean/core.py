"""A text dump's article core: the run of lines that reads as prose, found by maximum-sum segment.

A scraped text dump keeps a page's navigation, link lists and footers as short
lines without sentence punctuation around the article's long punctuated lines.
Each line scores its content characters when it reads as prose and minus them
(at least ``short_line_cost``) when it does not; the contiguous run of lines
with the largest total is the core (Kadane's algorithm: one pass). Short lines
inside the article (subheadings, a list of goals) cost less than the paragraphs
around them earn, so they stay; a menu above or a related-articles list below
costs more than it earns, so it goes. This is the line-level form of the
maximum-subsequence segmentation of Pasternack and Roth (WWW 2009), with a
rule for what counts as prose instead of a trained classifier.

HTML pages do not come here: their main content is chosen from the markup
(:mod:`extract.clean.html.content`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..record import PageRecord
from ..stage import Stage
from .dump_header import header_lines, rows_over_headline
from .html.blocks import content_chars

# sentence punctuation, full- and half-width: a line holding one reads as prose (dumps often
# carry ASCII commas where the page had fullwidth ones)
PROSE_PUNCT = re.compile(r"[，。！？；：、,;!?:]")
# a figure with its unit: a row of a table of figures (two or more of them) is data, not furniture,
# punctuated or not; a link's title holds one at most (迎泽区近9万居民有了家庭医生)
FIGURE = re.compile(r"\d[\d.,]*\s*(?:%|％|‰|个百分点|万|亿|千米|公里|平方米|元|吨|亩|倍)")
TITLE_END = ("。", "，", ",", "：", ":", "；")   # a line ending so is no headline
KICKER_END = ("——", "—")                         # a line ending so is the kicker over a headline
CLOSING = ("。", "！", "？")                    # a line ending so is a sentence, however short (特此通告。)
# a summary's heading that opens its next figures (2021年目标：, 主要成就:): no sentence, it parts no block
LABEL_LINE = re.compile(r"^[^，。！？；、,;!?]{2,16}[：:]$")
SENTENCE_END = "。"                               # a line holding one is a paragraph, not a headline
HAN_MIN, HAN_MAX = "\u4e00", "\u9fff"
LATIN = re.compile(r"[A-Za-z]")
HAN_CHAR = re.compile(f"[{HAN_MIN}-{HAN_MAX}]")
# a ranked list's item: its number glued to a link's text (1开福区2019年拟启动项目…, 2 热销车型…), not a
# figure with its unit or a date (3月份，…; 2个百分点)
RANK_ITEM = re.compile(r"^(\d{1,2})\s?(?=[\u4e00-\u9fff“《【A-Za-z])(?![月日年号时時点个万亿元项家名次条批只台所座公平吨%])")
RANK_RUN_MIN = 3   # numbered 1, 2, 3 … on as many lines in a row: a "most read" or related-links list
# a live report's time stamp alone on its line (9:30, 14：05): over the event it dates
CLOCK_LINE = re.compile(r"^\s*(?:[01]?\d|2[0-3])\s*[:：]\s*[0-5]\d\s*$")
# a figure line of a summary (要点, 一图读懂, 简略版): an indicator's words, then its figure and unit closing
# the line, with no digit before it and no sentence punctuation (国内生产总值增长5%, 城镇新增就业1200万人以上,
# 单位国内生产总值二氧化碳排放降低3.8%左右); a link's title rarely ends on its figure
STAT_LINE = re.compile(r"^[^\d，。！？；：、,;!?:]{4,}?\d[\d.]*(?:\s*[-—–~至]\s*\d[\d.]*)?\s*(?:%|％|‰)?"
                       r"[万萬亿億千百]{0,2}(?:个百分点|個百分點|[\u4e00-\u9fff]{0,2})(?:左右|以上|以内|以內|以下)?$")


@dataclass(frozen=True)
class CoreSettings:
    prose_min_chars: int = 6      # a punctuated line with fewer content characters is no prose
    short_line_cost: int = 3      # a line that is no prose costs at least this much
    min_core_chars: int = 80      # a best run worth less than this is no core: the page stays whole
    min_brief_chars: int = 40     # ... unless it is worth this much and every line of it holds a full stop
    title_window: int = 8         # lines above the core searched for its headline
    head_window: int = 16         # lines above the core a headline found before may stand on
    header_lines_in: int = 3      # a dump's header (date, 来源) may run this many lines into the core
    header_line_max: int = 60     # a header line under the headline is at most this long (dump_header)
    title_min_han: int = 6        # a headline holds at least this many Han characters ...
    title_max_chars: int = 64     # ... and at most this many characters
    latin_per_han: float = 2.0    # a line with more Latin letters than this per Han character is no prose
    tool_word_max: int = 4        # characters of a one-word tool line (微博, 分享, 千股千评, 增大字体)
    tool_run_min: int = 3         # so many such lines in a row between a headline and its text: a tool bar
    stat_block_min: int = 3       # so many figure lines (STAT_LINE) in a block of unpunctuated lines: a summary
    stat_line_max_chars: int = 40  # a figure line of a summary is at most this long
    timeline_min: int = 3         # so many time stamp lines (CLOCK_LINE), each over its event: a live report
    timeline_event_lines: int = 3  # the lines under one time stamp that are its event, at most

    @classmethod
    def from_rules(cls, rules) -> "CoreSettings":
        meta = {"title_min_han": int(rules.setting("meta.title_min_chars", cls.title_min_han)),
                "title_max_chars": int(rules.setting("meta.title_max_chars", cls.title_max_chars))}
        return cls(**{**meta, **rules.setting("core", {})})


def line_score(line: str, st: CoreSettings) -> int:
    """What a line adds to a run: its content characters if it reads as prose or as a row of
    figures, else minus them. A line written in a Latin script (an English news feed, a list of
    English headlines beside a Chinese article) is no prose of a Chinese article however it is
    punctuated."""
    chars = content_chars(line)
    if foreign(line, st):
        return -max(chars, st.short_line_cost)
    if chars >= st.prose_min_chars and (PROSE_PUNCT.search(line) or len(FIGURE.findall(line)) >= 2) or \
            line.rstrip().endswith(CLOSING):
        return chars
    return -max(chars, st.short_line_cost)


def foreign(line: str, st: CoreSettings) -> bool:
    """Whether ``line`` holds more than ``st.latin_per_han`` Latin letters per Han character."""
    return latin_heavy(line, st.latin_per_han)


def latin_heavy(line: str, latin_per_han: float) -> bool:
    """Whether ``line`` holds more than ``latin_per_han`` Latin letters per Han character (an
    English sentence, a url; not a Chinese sentence naming Tim Cook or GDP)."""
    latin = len(LATIN.findall(line))
    return latin > 0 and latin > latin_per_han * len(HAN_CHAR.findall(line))


def _best_run(lines: list[str], lo: int, hi: int, st: CoreSettings) -> tuple[int, int, int]:
    """``(start, end, total)`` of the run of ``lines[lo:hi]`` with the largest total score
    (``total`` 0 when no line scores above nothing). Empty lines score nothing."""
    ranked = ranked_lists(lines)
    stats = stat_blocks(lines, st)
    between = stat_gaps(lines, stats, st)
    timeline = timeline_lines(lines, st)
    best, best_at = 0, (lo, lo)
    total, start = 0, lo
    for i in range(lo, hi):
        if total <= 0:
            total, start = 0, i
        line = lines[i]
        if i in ranked:
            total -= max(content_chars(line), st.short_line_cost)   # links, however they read
        elif i in stats:
            total += content_chars(line)                             # a summary's figures
        elif i in between:
            pass                                                     # its short items and headings
        elif i in timeline:
            total += 0 if CLOCK_LINE.match(line) else content_chars(line)   # a live report's events
        else:
            total += line_score(line, st) if line.strip() else 0
        if total > best:
            best, best_at = total, (start, i + 1)
    return best_at[0], best_at[1], best


def ranked_lists(lines: list[str]) -> set[int]:
    """The indexes of lines in ranked lists: ``RANK_RUN_MIN`` or more non-empty lines in a row
    numbered 1, 2, 3 … with the number glued to the text (``RANK_ITEM``). Such lines read as prose
    by their commas, but are a list of links, never an article's paragraphs (numbered points
    carry a mark after their number: 1. 1、 （1）)."""
    found: set[int] = set()
    items = [(i, m) for i, line in enumerate(lines) if (m := RANK_ITEM.match(line.strip()))]
    k = 0
    while k < len(items):
        if items[k][1].group(1) != "1":
            k += 1
            continue
        run = [items[k][0]]
        while k + 1 < len(items) and int(items[k + 1][1].group(1)) == len(run) + 1 and \
                not any(lines[j].strip() for j in range(run[-1] + 1, items[k + 1][0])):
            k += 1
            run.append(items[k][0])
        if len(run) >= RANK_RUN_MIN:
            found.update(run)
        k += 1
    return found


def stat_blocks(lines: list[str], st: CoreSettings) -> set[int]:
    """The indexes of a summary's figure lines: in a block of non-empty lines that are no prose
    (blank lines do not part it; a prose line does), the lines that read as ``STAT_LINE``, when the
    block holds ``st.stat_block_min`` or more of them. A news summary of a report (要点, 简略版)
    sets each figure on its own line under short headings, none punctuated; a related-links list
    ends its titles on a figure seldom, three times in one block hardly ever."""
    scores: dict[str, int] = {}   # each line scored once, for both tests

    def score(line: str) -> int:
        if line not in scores:
            scores[line] = line_score(line.strip(), st)
        return scores[line]

    def is_stat(line: str) -> bool:
        text = line.strip()
        return len(text) <= st.stat_line_max_chars and STAT_LINE.match(text) is not None and score(line) < 0

    return line_runs(lines, 0, len(lines), st.stat_block_min, is_stat,
                     parts=lambda line: score(line) >= 0 and parts_summary(line))


def parts_summary(line: str) -> bool:
    """Whether a line that scores as prose ends a summary's block of figure lines: a sentence does;
    a heading closed by a colon (2021年目标：) and a row of figures with no clause mark
    (城乡居民收入分别增长6.5%和8%左右) are the summary's own."""
    text = line.strip()
    if LABEL_LINE.match(text):
        return False
    return bool(PROSE_PUNCT.search(text)) or text.endswith(CLOSING)


def stat_gaps(lines: list[str], stats: set[int], st: CoreSettings) -> set[int]:
    """The indexes of the lines that are no prose between two figure lines of one summary block
    (``stats``): its short headings and items with no closing figure (“十三五”成就：, 县县通高速如期实现,
    288万农村贫困人口实现脱贫). They cost the run nothing, so a digest (图解, 要点) that mixes them with
    its figure lines is kept whole, not cut at its first run of them."""
    out: set[int] = set()
    pending: list[int] = []
    seen = False
    for i, line in enumerate(lines):
        if i in stats:
            if seen:
                out.update(pending)
            seen, pending = True, []
        elif line.strip():
            score = line_score(line.strip(), st)
            if score >= 0 and parts_summary(line):
                seen, pending = False, []                            # a sentence parts the block
            elif score < 0 or LABEL_LINE.match(line.strip()):
                pending.append(i)
    return out


def line_runs(lines: list[str], lo: int, hi: int, min_len: int, member: Callable[[str], bool],
              parts: Callable[[str], bool] | None = None) -> set[int]:
    """The indexes of the ``member`` lines of ``lines[lo:hi]`` that stand in runs of ``min_len`` or
    more. Blank lines never part a run; another line parts it when ``parts`` says so (by default
    every line that is no member does) and is passed over otherwise."""
    out: set[int] = set()
    run: list[int] = []
    for i in range(lo, hi + 1):
        line = lines[i] if i < hi else ""
        if i < hi and not line.strip():
            continue
        if i < hi and member(line):
            run.append(i)
            continue
        if i < hi and parts is not None and not parts(line):
            continue
        if len(run) >= min_len:
            out.update(run)
        run = []
    return out


def timeline_lines(lines: list[str], st: CoreSettings) -> set[int]:
    """The indexes of a live report's lines: its time stamps (``CLOCK_LINE``) and, under each,
    the up to ``st.timeline_event_lines`` non-empty lines down to the next stamp or blank line,
    when ``st.timeline_min`` or more stamps stand so in a row (9:30 / 奠基仪式 / 9:25 / 县委书记…宣布开工).
    Its events are short unpunctuated lines that would read as furniture one by one."""
    found: set[int] = set()
    block: list[int] = []
    stamps = 0
    i = 0
    while i <= len(lines):
        if i < len(lines) and CLOCK_LINE.match(lines[i]):
            events = [j for j in range(i + 1, min(len(lines), i + 1 + st.timeline_event_lines))]
            under: list[int] = []
            for j in events:
                if not lines[j].strip() or CLOCK_LINE.match(lines[j]):
                    break
                under.append(j)
            if under:
                block += [i, *under]
                stamps += 1
                i = under[-1] + 1
                if i < len(lines) and CLOCK_LINE.match(lines[i]):
                    continue
        if stamps >= st.timeline_min:
            found.update(block)
        block, stamps = [], 0
        i += 1
    return found


def core_span(lines: list[str], st: CoreSettings) -> tuple[int, int] | None:
    """``(start, end)``: the run ``lines[start:end]`` of largest total score, or None when even
    that run is worth less than ``min_core_chars`` (a list page, a page of short lines). A brief
    of whole sentences (a meeting's one paragraph under its headline) is the core from
    ``min_brief_chars``: every line of the run from its first sentence on holds a full stop, which
    no menu or link does (:func:`_brief_start`: the run may open with the headline and byline)."""
    start, end, total = _best_run(lines, 0, len(lines), st)
    if total < st.min_core_chars:
        brief = _brief_start(lines, start, end, total, st)
        if brief is None:
            return None
        start = brief
    while start < end and not lines[start].strip():
        start += 1
    return start, end


def _brief_start(lines: list[str], start: int, end: int, total: int, st: CoreSettings) -> int | None:
    """Where a brief opens in the run ``lines[start:end]``: its first line holding a full stop, when
    every line from there on holds one and they are worth ``min_brief_chars``; None when not. The
    run may open with the brief's headline and byline (a headline with a colon reads as prose,
    撰文：… does not), which the core's headline search finds again over it."""
    first = next((i for i in range(start, end) if SENTENCE_END in lines[i]), None)
    if first is None or not _all_sentences(lines[first:end]):
        return None
    worth = total if first == start else sum(line_score(line, st) for line in lines[first:end] if line.strip())
    return first if worth >= st.min_brief_chars else None


def _all_sentences(run: list[str]) -> bool:
    """Whether every non-empty line of ``run`` holds a full stop (and there is one)."""
    filled = [line for line in run if line.strip()]
    return bool(filled) and all(SENTENCE_END in line for line in filled)


def ended_span(lines: list[str], span: tuple[int, int], is_end: Callable[[str], bool],
               st: CoreSettings) -> tuple[int, int]:
    """``span`` ended at its first line that closes an article (``is_end``: a toolbar, a comments
    or related-links heading) once ``min_core_chars`` of sentences (``is_sentence``) stand above
    that line in it (a widget's 相关新闻 over the headline is no end); a
    comment list or the teasers under such a heading read as prose too, so the best run runs on
    through them."""
    start, end = span
    prose = 0
    for i in range(start, end):
        line = lines[i].strip()
        if prose >= st.min_core_chars and line and is_end(line):
            end = i
            break
        prose += content_chars(line) if line and is_sentence(line) else 0
    while end > start and not lines[end - 1].strip():
        end -= 1
    return start, end


def is_sentence(line: str) -> bool:
    """Whether ``line`` holds a full sentence: a full stop inside, or closing punctuation at its end."""
    return SENTENCE_END in line or line.endswith(CLOSING)


def end_test(rules) -> Callable[[str], bool]:
    """Whether a line closes a dump's article by ``rules/boilerplate.tsv``'s ``end`` and
    ``cut-if-tail`` rules, matched on the line's simplified form."""
    from .script import converter

    patterns = [r.regex() for r in rules.table("boilerplate") if r["action"] in ("end", "cut-if-tail")]
    t2s = converter(rules, "t2s")

    def is_end(line: str) -> bool:
        simple = t2s(line)      # once per line, not once per pattern
        return any(p.search(simple) for p in patterns)

    return is_end


def _above(lines: list[str], span: tuple[int, int], window: int, inside: int = 0):
    """``(index, line)`` of the core's first line, then of the ``window`` non-empty lines above it,
    nearest first; then of the core's next lines before its first full stop (at most ``inside`` of
    them: a dateline or an English date line may open the core over the headline; a headline may
    end with ？ or ！, never hold 。)."""
    seen = 0
    for i in range(span[0], -1, -1):
        line = lines[i].strip()
        if not line:
            continue
        if i < span[0]:
            seen += 1
            if seen > window:
                break
        yield i, line
    for i in range(span[0] + 1, min(span[1], span[0] + 1 + inside)):
        line = lines[i].strip()
        if SENTENCE_END in line:
            return
        if line:
            yield i, line


def title_han(line: str, st: CoreSettings) -> int:
    """How many Han characters ``line`` holds if it reads as a headline (enough of them, not too
    long, no full stop, not ending as a clause or a kicker does), else 0."""
    han = sum(1 for ch in line if HAN_MIN <= ch <= HAN_MAX)
    ok = han >= st.title_min_han and len(line) <= st.title_max_chars and SENTENCE_END not in line \
        and not line.endswith(TITLE_END) and not line.endswith(KICKER_END)
    return han if ok else 0


def headline_at(lines: list[str], span: tuple[int, int], st: CoreSettings,
                not_title: Callable[[str], bool] = lambda _line: False) -> int:
    """The index of the core's headline, -1 when there is none: of the lines that read as one
    (``not_title`` skips date, source and byline lines) among the core's first lines before its
    first full stop and the
    ``title_window`` lines above it, the one with the most Han characters, the nearest on a
    tie. A menu's items and a byline are shorter than the headline they sit beside."""
    best, best_han = -1, 0
    for i, line in _above(lines, span, st.title_window, st.header_lines_in):
        han = title_han(line, st)
        if han > best_han and not not_title(line):
            best, best_han = i, han
    return best


def title_line(lines: list[str], span: tuple[int, int], title: str, st: CoreSettings) -> int:
    """The index of ``title`` (the page's title, found before) among the core's first line and
    the ``head_window`` lines above it; -1 when it is not there."""
    title = title.strip()
    return next((i for i, line in _above(lines, span, st.head_window, st.header_lines_in)
                 if line == title or _with_next(lines, i) == title), -1)


def _with_next(lines: list[str], i: int) -> str:
    """``lines[i]`` and the next non-empty line joined by a space: a headline set on two lines
    (or a headline and its subtitle) is the page's title so (:mod:`.meta`)."""
    nxt = next((ln.strip() for ln in lines[i + 1:] if ln.strip()), "")
    return f"{lines[i].strip()} {nxt}" if nxt else ""


def kept_range(lines: list[str], span: tuple[int, int], headline: int) -> tuple[int, int]:
    """The lines a dump keeps: from its headline (with the kicker over it) to the core's end."""
    start, end = span
    if 0 <= headline < start:
        start = headline
        above = start - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        if above >= 0 and lines[above].strip().endswith(KICKER_END):
            start = above
    return start, end


def is_tool_word(line: str, st: CoreSettings) -> bool:
    """Whether ``line`` is a one-word tool line (微博, 分享, 千股千评): ``tool_word_max`` characters
    or fewer, no sentence's end."""
    line = line.strip()
    return 0 < len(line) <= st.tool_word_max and not any(c in line for c in "。！？!?")


def tool_runs(lines: list[str], lo: int, hi: int, st: CoreSettings) -> set[int]:
    """The indexes of the runs of ``tool_run_min`` or more one-word tool lines (:func:`is_tool_word`;
    blank lines in between do not part them) in ``lines[lo:hi]``: a share bar or a column menu
    between a dump's headline and its text (微博 / 微信 / 分享 / 打印 / 千股千评 …)."""
    return line_runs(lines, lo, hi, st.tool_run_min, lambda line: is_tool_word(line, st))


def outlet_lines(lines: list[str], lo: int, hi: int, source: str) -> set[int]:
    """The indexes of the lines of ``lines[lo:hi]`` above its first paragraph (a line holding a full
    stop) that are the page's outlet's name alone (四川日报 under a bare 来源： label, which a tool
    bar beside it no longer hides once its buttons are furniture): the header's metadata, no text."""
    found: set[int] = set()
    for i in range(lo, hi):
        line = lines[i].strip()
        if SENTENCE_END in line:
            break
        if source and line == source:
            found.add(i)
    return found


SPAM_RULE_PREFIX = "bp.spam."  # boilerplate rules for injected spam lines (lottery, sign-up, copyright)


def not_title_test(rules) -> Callable[[str], bool]:
    """Whether a line is no headline by ``rules/meta.tsv``'s ``not_title`` rules (date, source
    and byline lines, breadcrumbs, menus, site names), or by a ``rules/boilerplate.tsv`` spam line
    rule (``SPAM_RULE_PREFIX``): a lottery link injected over the headline heads nothing."""
    patterns = [r.regex() for r in rules.table("meta") if r["field"] == "not_title"] + \
        [r.regex() for r in rules.table("boilerplate") if r.id.startswith(SPAM_RULE_PREFIX)]
    return lambda line: any(p.search(line) for p in patterns)


class Core(Stage):
    """Text dumps cut to their article: the headline and the core, menus and link lists out."""

    name = "clean.core"

    def __init__(self, rules) -> None:
        super().__init__(rules)
        self.settings = CoreSettings.from_rules(rules)
        self.is_not_title = not_title_test(rules)
        self.is_end = end_test(rules)
        from .meta import Metadata   # (meta imports this module) the metadata stage's header test
        from .headline_repeat import repeated_headline   # (it imports this module)
        self.repeated_headline = repeated_headline
        from .merged_head import MergedHead
        self.merged_head = MergedHead(rules)
        from .summary_repeat import SummaryRepeat
        self.summaries = SummaryRepeat(rules)
        self.is_header = Metadata(rules).is_header

    def _furniture(self, line: str) -> bool:
        return self.is_header(line) or self.is_not_title(line)

    def process(self, rec: PageRecord) -> PageRecord:
        if rec.is_html or not rec.text:
            return rec
        lines = rec.text.split("\n")
        split = self.merged_head.split(lines)   # (a headline, its date and the editor's note on one line)
        if len(split) != len(lines):
            self.count("merged-head")
            lines = split
            rec.text = "\n".join(lines)
        span = core_span(lines, self.settings)
        if span is None:
            self.count("no-core")
            return rec
        span = ended_span(lines, span, self.is_end, self.settings)
        repeated = self.repeated_headline(lines, span, self.settings, self.is_not_title)
        headline = repeated if repeated >= 0 else \
            title_line(lines, span, rec.title, self.settings) if rec.title else -1
        if headline < 0:
            headline = headline_at(lines, span, self.settings, self.is_not_title)
        start, end = kept_range(lines, span, headline)
        start = max(start, repeated)   # (a list of the headlines opening the core is out)
        tools = tool_runs(lines, start, span[0], self.settings) | outlet_lines(lines, start + 1, end, rec.source)
        # the header's date and 来源 lines under the headline: read by the metadata stage, no text
        first = headline + 1 if headline >= start else start
        tools |= header_lines(lines, first, end, self.is_header, self.settings.header_line_max)
        tools |= rows_over_headline(lines, start, headline, self._furniture)
        summaries = self.summaries.lines(lines, start, end)   # (a CMS's summary the lede repeats)
        for i, lede in summaries.items():
            rec.dropped.append(("summary", "text.core", lines[i][:80]))
            self.count("summary")
            if lede is None:
                tools.add(i)
            else:
                lines[i] = lede   # (the summary and the lede its line joiner ran together: the lede stays)
        if tools:
            rec.dropped.append(("tools", "text.core", f"{len(tools)} lines from: {' / '.join(lines[i] for i in sorted(tools)[:3])[:80]}"))
            self.count("tools", len(tools))
        head = [ln for ln in lines[:start] if ln.strip()]
        tail = [ln for ln in lines[end:] if ln.strip()]
        if head:
            rec.dropped.append(("head", "text.core", f"{len(head)} lines from: {' / '.join(head[:3])[:80]}"))
            self.count("head", len(head))
        if tail:
            rec.dropped.append(("tail", "text.core", f"{len(tail)} lines from: {' / '.join(tail[:3])[:80]}"))
            self.count("tail", len(tail))
        if head or tail or tools or summaries:
            self.count("changed")
            rec.text = "\n".join(line for i, line in enumerate(lines[start:end], start) if i not in tools)
        return rec
