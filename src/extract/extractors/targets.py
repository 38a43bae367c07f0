"""Targets: every numeric figure with indicator, value, unit, qualifier, change, kind, period, region.

The steps, each in its own module:
``targets_figures`` finds the figures, ``targets_indicator`` names them (with ``targets_pos``'s tags),
``targets_scope`` gives them a kind and a period, ``targets_places`` a region.
"""
from __future__ import annotations

from typing import Any

import regex

from ..rulebook import Rules
from .context import PageContext
from .sentences import Span, clauses, sentences
from .targets_figures import Figure, find_figures
from .targets_fromto import from_level, starts_change
from .targets_indicator import PLAN_AMOUNT, PLAN_SHARE, name_figures
from .targets_lexicon import lexicon
from .targets_passage_place import passage_place
from .targets_investor_place import not_investors
from .targets_ranking_place import not_ranked
from .targets_places import gazetteer, grouping, other_area, page_region
from .targets_scope import PageScopes
from .targets_line_label import labelled
from .targets_thresholds import without_thresholds
from .targets_trailing import trailing_indicator
from .targets_tenths import tenths_figures
from .targets_outlet_region import outlet_region
from .targets_within_year import dated_by_publication

# a sentence ending so is no headline
HEADLINE_END = ("。", "！", "？", "；", "!", "?", ";", "，", ",")
# a line that opens with a place and a colon (云南：10月1日-4日，全省接待游客…) speaks of that place
LINE_PLACE = regex.compile(r"[ \t\u3000]*(?P<place>[^\s:：，,。；;、（(]{2,10})[:：]")
YEAR_SPAN = regex.compile(r"((?:19|20)\d{2})-(?:19|20)\d{2}$")   # a span of whole years (2021-2025)
LEVEL = "level"                         # the change of a figure that is a level, not a change of one
CHANGES = ("growth", "decline")         # the changes of a figure that is a change of a level
PLAN_RULE = "plan.amount"               # the kind rule of a plan's own amount given inside a share of it


def extract_targets(ctx: PageContext, rules: Rules) -> list[dict[str, Any]]:
    text = ctx.text
    lex = lexicon(rules)
    figures = find_figures(text, lex, rules)
    figures = sorted(figures + tenths_figures(text, figures, lex, rules), key=lambda f: f.start)   # 三成
    figures = without_thresholds(figures, text, lex, rules)
    if not figures:
        return []
    region = ctx.region or page_region(ctx.title, text, rules) or outlet_region(ctx.source, text, rules)
    gaz = gazetteer(rules)
    fl = from_level(rules)
    start_offset = int(rules.setting("targets.span_start_offset", 0))
    lag = int(rules.setting("targets.within_year_publication_lag_months", 0))
    scopes = PageScopes(text, ctx.year, lex, rules, ctx.title or "", figures[0].start)
    rows: list[dict[str, Any]] = []
    k = 0
    last = None                         # the last figure named, while a list runs over ；
    prev_had_rows = False               # the sentence before gave rows (for 其中，…)
    opened: str | None = None           # the place a list over ； named as its subject so far
    passage_places: dict[int, str] = {}  # a goals passage's start -> the place its lead names
    for sent in _joined(sentences(text), figures, text):
        figs = []
        while k < len(figures) and figures[k].start < sent.end:
            if figures[k].start >= sent.start and figures[k].end <= sent.end:
                figs.append(figures[k])
            k += 1
        if not figs:
            last = None
            prev_had_rows = False
            opened = None
            continue
        names = name_figures(sent, figs, text, lex, rules, last)
        # a list over ； or a breakdown (其中，…) goes on with the period of the figure before it
        breakdown = sent.text.lstrip().startswith(tuple(lex.breakdown_openers)) and prev_had_rows
        carried = rows[-1]["period"] if (last is not None or breakdown) and rows else ""
        # ... and with the place its first part named (京津冀PM2.5浓度为34.7微克/立方米；平均优良天数比例为88.8%)
        list_place = opened if last is not None else None
        last = names[-1] if sent.text.rstrip().endswith(("；", ";")) else None
        cls = clauses(sent)
        n_before = len(rows)
        start_of: str | None = None     # the indicator of a level a change starts from, for its end
        start_end, start_year = sent.start, ""   # where that level ends, and the year it names
        named_places: dict[str, str] = {}   # indicator -> the place its clause named, in this sentence
        trailed: dict[str, str] = {}    # indicator -> the noun after its figure that renamed it (公司 -> 公司利润)
        here = list_place or _line_place(text, sent.start, gaz) or region     # the page's place, or its line's
        for f, named in zip(figs, names):
            if f.base_unit in lex.age_units and not any(w in named.indicator for w in lex.age_measures):
                continue                # 58岁的单霁翔, 13—15岁儿童, 享年74岁: an age of someone, no figure
            clause = next((c for c in cls if c.start <= f.start < c.end), sent)
            kind, kind_rule = scopes.kind(clause.text, sent.text, f.start, text[sent.start:f.start],
                                      f.start - clause.start)
            period, period_rule = scopes.period(sent, f.start)
            if start_of is not None and start_year and period == start_year:
                # 由2017年929家增长到3605家: 2017 dates where the change starts, not the 3605家
                period, period_rule = scopes.period(Span(start_end, sent.end, text[start_end:sent.end]), f.start)
            if carried and (not period or not scopes.states_period(sent, f.start)):
                period = carried            # a list over ；, a breakdown: the period of its first part
            if named.period:                # 2013至2018年…分别为1650万人、1232万人…: a year each
                period = named.period
            kind, kind_rule = scopes.of_the_future(kind, kind_rule, period, period_rule)
            kind, kind_rule = scopes.of_the_report_year(kind, kind_rule, period, period_rule, f.start)
            kind, kind_rule = scopes.of_the_year_gone(kind, kind_rule, period)
            kind, kind_rule = scopes.of_the_past(kind, kind_rule, period, period_rule)
            if named.plan == PLAN_AMOUNT:   # 占年初预算10065万元的43.2%: the year's budget, a goal ...
                kind, kind_rule, period = "target", PLAN_RULE, ctx.year or period
            elif named.plan == PLAN_SHARE:  # ... and 43.2% of it done: progress made
                kind, kind_rule = "actual", PLAN_RULE
            if not period and kind == "target" and ctx.year:
                period = ctx.year
            change = named.change
            indicator = start_of or named.indicator     # 从目前的2%以上达到2.8%: the same quantity
            indicator = labelled(text, sent.start, clause.start, indicator, rules)   # 重大基础设施项目：…投资
            trailing = trailing_indicator(text, clause.start, f.start, f.end, indicator, rules)
            if trailing:                # 实现了3.2亿元的利润，同比增长12%: the 12% is of the 利润 too
                trailed[indicator] = indicator = trailing
            else:
                indicator = trailed.get(indicator, indicator)
            start_of = None
            start = starts_change(text, clause.start, f, fl) if fl is not None else None
            if start is not None:       # 从目前的14.4万元增加到20万元: 14.4万元 is there already
                dated = start.period(ctx.year or "", kind != "actual", fl)
                if dated is not None:   # 由2020年的…, 从去年的…, 从目前的…, a goal's 由4.2万元增加到…
                    period = dated
                elif kind == "actual":  # 五年来…从80.2岁提升至82.5岁: the level before the span
                    period = span_start(period, start_offset)
                # else a goal's start on a page with no year to count from keeps the goal's period
                kind, kind_rule, change = "actual", fl.rule, LEVEL
                start_of, start_end, start_year = indicator, f.end, start.year
            period = dated_by_publication(period, ctx.year, ctx.published, lag)   # 前三季度 of a 2024-10 release
            # a change right after a level (昆明市接待游客310.38万人次，同比增长17.48%) is of its place
            named_place = named_places.get(indicator) if change in CHANGES else None
            passage = None if list_place else scopes.passage_at(f.start)
            # 长春市今年的主要预期目标是，地区生产总值增长6.5%左右: the passage's subject (targets_passage_place)
            subject = passage_place(text, passage.start, gaz, passage_places) if passage is not None else ""
            place, own = _region(text[clause.start:f.start], gaz, subject or here, rules, named_place)
            place = named.place or place    # 海南、福建分别增长6.1%、5.2%: each its own
            row = {
                "indicator": indicator,
                "value": f.value,
                "value_high": f.value_high,
                "unit": f.unit,
                "value_base": f.value_base,
                "base_unit": f.base_unit,
                "qualifier": f.qualifier,
                "change": change,
                "kind": kind,
                "period": period,
                "region": place,
                "sentence": sent.text,
                "start": f.start,
                "end": f.end,
                "rule": f.rule + (f"+{kind_rule}" if kind_rule else ""),
            }
            if own:
                named_places[indicator] = place
            rows.append(row)
            # one figure given for several quantities (A和B均增长5%): a row for each
            rows.extend({**row, "indicator": other} for other in named.also)
        prev_had_rows = len(rows) > n_before
        opened = next(iter(named_places.values()), None) or list_place
    _headlines_follow_the_body(rows, text, scopes.heading_max)
    return rows


def span_start(period: str, offset: int) -> str:
    """The year a change over the span ``period`` (2021-2025) starts from: its first year
    plus ``offset`` (settings ``targets.span_start_offset``); any other period as it is."""
    m = YEAR_SPAN.match(period)
    return str(int(m.group(1)) + offset) if m else period


def _joined(sents: list[Span], figures: list[Figure], text: str) -> list[Span]:
    """The sentences, those a line break inside a figure ends (a range broken over two
    lines: ``增长5%—\n5.5%``) joined with the ones after it up to the figure's end."""
    out: list[Span] = []
    k = 0
    for sent in sents:
        while k < len(figures) and figures[k].start < sent.start:
            k += 1
        if out and out[-1].end > sent.start:
            continue                    # joined to the sentence before
        end = sent.end
        while k < len(figures) and figures[k].start < end:
            end = max(end, figures[k].end)
            k += 1
        if end > sent.end:
            last = next(s for s in sents if s.start < end <= s.end or s.start >= end)
            end = max(end, last.end)
            sent = Span(sent.start, end, text[sent.start:end])
        out.append(sent)
    return out


def _headlines_follow_the_body(rows: list[dict[str, Any]], text: str, heading_max: int) -> None:
    """A headline (a short line without closing punctuation) states a figure the body
    gives with its cue (``…增长率降至2.3%`` over ``…也将从3%降至2.3%``): a headline
    figure no cue decided takes the kind and, when it has none, the period of the same
    figure in the body."""
    decided: dict[tuple, dict[str, Any]] = {}
    for r in rows:
        if "+" in r["rule"]:
            decided.setdefault((r["value"], r["unit"]), r)
    for r in rows:
        end = text.find("\n", r["start"])
        line = text[text.rfind("\n", 0, r["start"]) + 1:end if end >= 0 else len(text)].strip()
        if "+" in r["rule"] or len(line) > heading_max or line.endswith(HEADLINE_END):
            continue
        body = decided.get((r["value"], r["unit"]))
        if body is not None and body["start"] > r["start"]:
            r["kind"] = body["kind"]
            r["period"] = r["period"] or body["period"]
            r["rule"] += "+" + body["rule"].partition("+")[2]


def _line_place(text: str, pos: int, gaz: Any) -> str:
    """The place the line holding ``pos`` opens with before a colon (云南：…, 西藏：…); "" when the
    line opens with no place, or with more words than a place's name (香港警方：…, a speaker)."""
    start = text.rfind("\n", 0, pos) + 1
    m = LINE_PLACE.match(text, start)
    if m is None:
        return ""
    place = gaz.by_form.get(m.group("place"))     # the place alone: not 香港警方：, a speaker
    return place.name if place is not None else ""


def _region(left: str, gaz: Any, page: str, rules: Rules, named: str | None = None) -> tuple[str, bool]:
    """A wider area the page sets its own figure against (比全省(7.7%)…: targets_places.other_area),
    else a place named in the figure's clause before it (醴陵经开区…), else the place ``named``
    for the same quantity earlier in the sentence when the figure is a change of it (昆明市接待游客
    310.38万人次，同比增长17.48%: the growth is 昆明市's too), else the page's; and whether it is a place the clause names."""
    other = other_area(left, page, rules)
    if other is not None:
        return other, False
    found = not_ranked(left, not_investors(left, gaz.find(left), gaz, rules), rules)   # not 上海某某有限公司投资, 位居某某区之后
    group = grouping(left, rules)
    if group is not None and (not found or found[-1][0] < group[0]):
        return group[1], True       # 长三角地区PM2.5平均浓度为46微克/立方米: the grouping's
    if found:
        return found[-1][1].name, True
    return named or page, False
