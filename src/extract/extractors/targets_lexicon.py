"""The targets rule files compiled once per ``Rules`` instance.

Everything the targets extractor knows about words (units, qualifiers, cues,
time expressions, filters, trimming) comes from ``rules/*.tsv`` through here;
the other ``targets_*`` modules only hold control flow.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

from ..clean.needs import needs
from ..rulebook import Rules
from .literals import literal_pattern
from .numbers import ARABIC, CHINESE, CN_CHARS, PERCENT_CN, TRILLION, is_currency
from .sentences import CLAUSE_PUNCT

COMPARE = "{compare}"   # the period of a cue that names a base compared with (比上年, 恢复至2019年同期的), not a period


# what makes a pattern mean something else as one branch of a larger one: group references
# (numbers shift), conditionals, recursion, global inline flags, backtracking verbs
NOT_A_BRANCH = regex.compile(r"\\[1-9]|\\g|\(\?P=|\(\?[(&R0-9+]|\(\?[a-zA-Z]*\)|\(\?[a-zA-Z]*-|\(\*")


def union(patterns: list[Any]) -> Any | None:
    """One pattern that matches (``search``, ``match``) where any of ``patterns`` does:
    a page's sentence mostly holds none of a rule file's cues, and one search says so
    instead of one per cue. None when a pattern cannot safely be a branch (see
    ``NOT_A_BRANCH``) or there are none."""
    if not patterns or any(NOT_A_BRANCH.search(p.pattern) for p in patterns):
        return None
    try:
        out = regex.compile("|".join(f"(?:{p.pattern})" for p in patterns))
    except regex.error:             # a group name used twice
        return None
    return out if all(p.flags == out.flags for p in patterns) else None


def _bare_run_skip(plain: list[str], mags: list[str], approx: list[str], after: list[str]) -> str:
    """The figure pattern's first branch: a run of digits or of Chinese numerals that no
    character able to go on with a figure follows. The figure branch would match just that
    run there, a bare number ``find_figures`` passes over (half the matches of a page: the
    一 of 统一, 2024 before 年); ``(*SKIP)(*FAIL)`` passes over it inside the engine and the
    search goes on after the run, where ``finditer`` would have gone on. The characters are
    those that can continue a number (digits, separators, 点, 万, 亿, 分 of 百分之) or start
    what may follow it: a range mark, whitespace, an approximation, a magnitude, a unit or an
    after-qualifier."""
    follow = set("0123456789０１２３４５６７８９,，.．点万亿分—–－-~～到至" + CN_CHARS)
    follow |= {w[0] for w in (*plain, *mags, *approx, *after) if w}
    chars = "".join(regex.escape(c) for c in sorted(follow))
    return rf"(?:[0-9０-９]++|[{CN_CHARS}]++)(?![{chars}\s])(*SKIP)(*FAIL)"


# one space may stand between a number, its magnitude, its unit and 以上/左右 (增长 5 % 左右: text
# converted from PDF or typed with spaces); a line break or an ideographic space (a separator) may not
GAP_CHARS = " \u00a0"
GAP = f"[{GAP_CHARS}]?"
# what ends a clause, for a qualifier whose reach is its clause (力争全年增长6%)
CLAUSE_MARKS = CLAUSE_PUNCT + "\n"


# 均 of 人均, 年均, 平均 (per head, per year, on average) joins no list
NOT_ALL_OF = "人年平日月户"


def _all_of_pattern(verbs: list[str]) -> regex.Pattern:
    """均 (both, all: A和B均增长5%) right before a verb that gives a figure: a change word
    (change_cues.tsv), a qualifier before a figure (qualifiers.tsv) or settings targets.jointly_verbs."""
    return regex.compile(rf"(?<![{NOT_ALL_OF}])均(?=(?:{_alt(verbs)}))")


def _alt(words: list[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)


def _alt_unless(rows: list[Any]) -> str:
    """An alternation of the qualifier words of ``rows``, longest first, each not matched
    right after a character of its ``not_after`` column (约 of 签约, 节约 is no qualifier)."""
    out = []
    for r in sorted(rows, key=lambda r: len(r["word"]), reverse=True):
        guard = r.get("not_after") or ""
        out.append((rf"(?<![{regex.escape(guard)}])" if guard else "") + regex.escape(r["word"]))
    return "|".join(out)


@dataclass(frozen=True)
class Cue:
    id: str
    pattern: Any
    value: str          # kind, change or period template


@dataclass
class Lexicon:
    figure: Any                         # compiled figure regex
    unit_kind: dict[str, str]           # unit -> magnitude/percent/unit
    unit_base: dict[str, str]           # unit -> base unit where it differs (％ -> %)
    unit_rule: dict[str, str]           # unit -> rule id
    before_quals: Any                   # regex anchored at the end: adjacent qualifier
    clause_quals: Any                   # regex anchored at the end: a modal qualifier (力争) earlier in the clause
    clause_qual_max: int                # how far back (characters) clause_quals is looked for
    trailing_quals: Any                 # regex: an after-qualifier that is a word (以上, 左右), not 余/多
    filters_before: list[Cue]
    filters_after: list[Cue]
    filters_span: list[Cue]
    kind_cues: dict[str, list[Cue]]     # scope -> cues in file order
    change_re: Any
    change_of: dict[str, str]
    copulas: frozenset[str]             # change words that only set a figure (达到, 控制在)
    adjacent: frozenset[str]    # change words that name a change only right before the figure (加快0.5个百分点, not 加快建设4个)
    change_after: Any                   # regex at a figure's end: a change named after it (…5%左右的增长)
    all_of: Any                         # regex: 均 before the verb giving several quantities one figure
    periods: list[Cue]
    trim_lead: list[Any]
    trim_tail: list[Any]
    trim_drop: list[Any]
    trim_change: list[Any]
    trim_counted: list[Any]     # words after what a count counts that are the predicate's, not the name's
    relative: list[Any]                 # the words of a gap to another quantity (高于全国)
    share: list[Any]                    # the words of a share of another quantity (占GDP比重)
    plan_amount: list[Any]              # the words before a plan's own amount in a share of it (占年初预算)
    keep_words: tuple[str, ...]         # longest first
    price_groups: tuple[str, ...] = ()  # groups of a price index (衣着, 医疗保健), longest first
    breakdown_openers: tuple[str, ...] = ()     # a sentence opened so breaks down the figure before (其中)
    unit_nouns: tuple[str, ...] = ()    # words a unit opens that a figure counts (人口)
    bare_nouns: Any = None              # words of people a bare magnitude counts (1.5万贫困户)
    point_units: frozenset[str] = frozenset()   # base units of percentage points (个百分点)
    # targets_filters.tsv where=threshold_after/_before/_link/_joined: bounds that make a figure a threshold
    thresholds: dict[str, list[Any]] = field(default_factory=dict)
    age_units: frozenset[str] = frozenset()     # a figure in these is an age (岁) ...
    age_measures: tuple[str, ...] = ()          # ... a figure only when its indicator names one of these
    # the characters each period cue's every match holds (``clean.needs``), in the order of
    # ``periods``: a sentence without them is not searched with that cue
    period_needs: tuple[Any, ...] = ()
    compared: tuple[Any, ...] = ()      # the patterns of the periods' {compare} cues (a base, no period)
    # the cue lists as one pattern each (``union``), None where that is not safe
    kind_cues_any: dict[str, Any] | None = None
    filters_before_any: Any = None
    filters_after_any: Any = None


def lexicon(rules: Rules) -> Lexicon:
    return rules.cached("targets.lexicon", lambda: _build(rules))


def _build(rules: Rules) -> Lexicon:
    units = rules.table("units")
    unit_kind = {r["unit"]: r["kind"] for r in units}
    unit_base = {r["unit"]: r["base"] for r in units if r["base"]}
    unit_rule = {r["unit"]: r.id for r in units}
    mags = [r["unit"] for r in units if r["kind"] == "magnitude"]
    plain = [r["unit"] for r in units if r["kind"] != "magnitude"]
    quals = rules.table("qualifiers")
    after = [q["word"] for q in quals if q["position"] == "after"]
    approx = [w for w in after if len(w) == 1]           # 余, 多: also between number and unit
    trailing = [w for w in after if len(w) > 1]          # 以上, 左右: only after the unit
    mag = rf"(?:[十百千](?=[{''.join(mags)}]))?[{''.join(mags)}]+" if mags else "(?!)"
    money = [u for u in plain if is_currency(u)]
    if money:                                            # 1兆美元: 兆 before money only (numbers.expand)
        mag = rf"(?:{mag}|{TRILLION}(?={_alt(money)}))"
    # a number in two magnitudes (2兆6,218亿元, 2亿6400余万元, 1亿8千万元, 16万4,554个): the
    # higher magnitude and the Arabic part below it; a lower magnitude must follow, or after 万
    # four digits (no magnitude then)
    compound = (rf"(?:(?P<big>[兆亿])(?P<low>[0-9]{{1,4}}|[0-9],[0-9]{{3}})(?=[余多]?[十百千]?[亿万])"
                rf"|(?P<big2>万)(?P<low2>[0-9]{{4}}|[0-9],[0-9]{{3}})(?![0-9.,，年月日]))")
    num = rf"(?:{PERCENT_CN}|{ARABIC}|{CHINESE})"
    approx_re = f"(?:{_alt(approx)})" if approx else "(?!)"
    pct = _alt([u for u in plain if unit_kind[u] == "percent" and len(u) == 1])
    # a count unit written on both ends of a range (10只~20只)
    counts = _alt([u for u in plain if unit_kind[u] == "count"]) or "(?!)"
    per = _alt(list(rules.setting("targets.rate_denominators", []))) or "(?!)"   # 元/千瓦时
    per = rules.setting("targets.rate_per_quantity_re", "") + f"(?:{per})"        # 元/500克
    figure = regex.compile(
        _bare_run_skip(plain, mags, approx, after) + "|"
        rf"(?P<num>{num})(?:{compound})?"
        rf"(?:(?:(?P<u1>{pct})|(?P<m1>{mag})|(?P<c1>{counts}))?\s*(?P<sep>[—–－\-~～]{{1,2}}|到|至)\s*(?P<num2>{ARABIC}|{CHINESE}))?"
        rf"(?P<ap1>{approx_re})?(?:{GAP}(?P<mag>{mag}))?(?P<ap2>{approx_re})?"
        rf"(?:{GAP}(?P<unit>{_alt(plain)})(?:[/／](?P<per>{per}))?)?"
        rf"(?:{GAP}(?P<after>{_alt(after)}))?"
    )
    before = [q for q in quals if q["position"] == "before" and q.get("reach", "adjacent") == "adjacent"]
    modal = [q["word"] for q in quals if q["position"] == "before" and q.get("reach", "adjacent") == "clause"]
    kind_cues: dict[str, list[Cue]] = {}
    for r in rules.table("kind_cues"):
        kind_cues.setdefault(r["scope"], []).append(Cue(r.id, r.regex("pattern"), r["kind"]))
    changes = rules.table("change_cues")
    # growth and decline words of two or more characters (增 alone opens 增量: no change named)
    moving = [r["word"] for r in changes if r["change"] in ("growth", "decline") and len(r["word"]) > 1]
    filters = rules.table("targets_filters")
    trims = rules.table("targets_trim")

    def by(where: str) -> list[Any]:
        return [r.regex("pattern") for r in trims if r["where"] == where]

    periods = [Cue(r.id, r.regex("pattern"), r["period"]) for r in rules.table("targets_periods")]
    filters_before = [Cue(r.id, r.regex("pattern"), "") for r in filters if r["where"] == "before"]
    filters_after = [Cue(r.id, r.regex("pattern"), "") for r in filters if r["where"] == "after"]
    return Lexicon(
        figure=figure,
        unit_kind=unit_kind,
        unit_base=unit_base,
        unit_rule=unit_rule,
        before_quals=regex.compile(rf"(?P<q>{_alt_unless(before)})(?:达到|实现|到|在|至|了)?\s*$") if before else regex.compile("(?!)"),
        # the modal nearest before the figure (确保增长6%、力争7%: 力争 for 7%)
        clause_quals=regex.compile(rf"(?P<q>{_alt(modal)})(?:(?!{_alt(modal)})[^{CLAUSE_MARKS}])*$")
        if modal else regex.compile("(?!)"),
        clause_qual_max=int(rules.setting("targets.clause_qualifier_max_chars", 60)),
        trailing_quals=literal_pattern(w for w in trailing if w),
        filters_before=filters_before,
        filters_after=filters_after,
        filters_span=[Cue(r.id, r.regex("pattern"), "") for r in filters if r["where"] == "span"],
        kind_cues=kind_cues,
        change_re=literal_pattern(r["word"] for r in changes if r["word"]),
        change_of={r["word"]: r["change"] for r in changes},
        # 实现5%左右的增长, 保持3%的增速: a word-qualifier, 的, then a growth or decline word
        change_after=regex.compile(rf"(?:{_alt(trailing)})?的(?P<change>{_alt(moving)})") if moving else regex.compile("(?!)"),
        copulas=frozenset(r["word"] for r in changes if r.get("binds") == "copula"),
        adjacent=frozenset(r["word"] for r in changes if r.get("binds") == "adjacent"),
        all_of=_all_of_pattern([r["word"] for r in changes] + [q["word"] for q in before] + list(rules.setting("targets.jointly_verbs", []))),
        periods=periods,
        trim_lead=by("lead"),
        trim_tail=by("tail"),
        trim_drop=by("drop"),
        trim_change=by("tail_change"),
        trim_counted=by("counted_tail"),
        relative=by("relative"),
        share=by("share"),
        plan_amount=by("plan_amount"),
        point_units=frozenset(rules.setting("targets.point_units", [])),
        thresholds={w: [r.regex("pattern") for r in filters if r["where"] == w]
                    for w in ("threshold_after", "threshold_before", "threshold_link", "threshold_joined")},
        age_units=frozenset(rules.setting("targets.age_units", [])),
        age_measures=tuple(rules.setting("targets.age_measures", [])),
        keep_words=tuple(sorted(rules.words("indicators"), key=len, reverse=True)),
        price_groups=tuple(sorted(rules.words("price_groups"), key=len, reverse=True)),
        breakdown_openers=tuple(rules.setting("targets.breakdown_openers", [])),
        unit_nouns=tuple(sorted(rules.setting("targets.unit_nouns", []), key=len, reverse=True)),
        bare_nouns=regex.compile(rules.setting("targets.bare_magnitude_nouns_re", "(?!)")),
        period_needs=tuple(needs(c.pattern) for c in periods),
        compared=tuple(c.pattern for c in periods if c.value == COMPARE),
        kind_cues_any={scope: union([c.pattern for c in cues]) for scope, cues in kind_cues.items()},
        filters_before_any=union([c.pattern for c in filters_before]),
        filters_after_any=union([c.pattern for c in filters_after]),
    )
