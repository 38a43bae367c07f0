"""What each figure of a sentence measures, and whether it is a growth, decline or level.

The indicator is the text before the figure in its clause, trimmed of
time words, connectives and verbs (``rules/targets_trim.tsv``), plus what a
count counts when it follows the figure (``272个“一件事一次办”事项``).
Figures that share a subject get it too:

* ``A5.3万亿元、增长5.5%``: the second figure has no words of its own;
* ``A和B分别增长12.3%、1554.7%``: the subject is split over the list;
* ``科技进步贡献率:超过70%``: the name before the colon.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..rulebook import Rules
from .sentences import Span, clauses
from .targets_course import course_subject
from .targets_figures import BEFORE_QUAL_WINDOW, Figure
from .targets_lexicon import Lexicon
from .targets_pos import Pos, pos
from .targets_counted import counted_chars, counted_links, counted_noun, strip_once
from .targets_listtail import closes_list, list_tail_name
from .targets_pairs import names_a_joined_pair
from .targets_surplus import carried_from
from .targets_places import gazetteer

EACH = "分别"
RATE_CHANGES = ("growth", "decline")   # the changes a rate states; an amount after it does not take them
MAGNITUDES = "十百千万亿"
# what is stripped off a figure's own words before they are read as a gap (，高于全国)
RELATIVE_STRIP = " \u3000，,、；;：:"
# a figure followed by 的 is owned by the words after it (22.1%的年均增速)
OWNED_BY_AFTER = ("的", "之")
# what may stand between the figures of one list: 、 or 和, after-qualifiers excepted
LIST_GLUE = regex.compile(r"\s*(?:[、，,]|和|及|与)\s*")
SPLITTERS = ("、", "和", "与", "以及", "及")
# heads of a split subject this short share the last part's tail (城镇、农村居民收入) when
# it is at least SHARED_TAIL_MIN long (城镇、农村居民: 居民; 进口、出口: none) ...
# the areas a 分别 list of gaps compares with, listed (高于全国、全省)
GAP_LIST = regex.compile(r"(?P<verb>\p{Han}{0,4}?(?:高于|低于|快于|慢于|好于|优于))(?P<list>\p{Han}{1,8}(?:、\p{Han}{1,8})+)")
# a span of years a 分别 list goes through (2013至2018年, 2019-2023年)
YEAR_SPAN = regex.compile(r"((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})\s*年")
# 第一、二、三产业: an ordinal head, then bare numerals that take its 第
ORDINAL_HEAD = regex.compile(r"第[一二三四五六七八九十]")
ORDINAL_NUMERAL = regex.compile(r"[一二三四五六七八九十](?![一二三四五六七八九十])")
SHARED_HEAD_MAX = 3
SHARED_TAIL_MIN = 2
# heads this short of other widths (猪、牛、羊、家禽出栏) share the tail after the last part's
# first word when that word is a noun as short: 家禽|出栏 -> 猪出栏, 牛出栏, 羊出栏
SHORT_HEAD_MAX = 2
# the whole area a list's first head may open with (全市猪、牛、羊、家禽出栏), no part of the head
LIST_SCOPE = regex.compile(r"^全[国省市县区州盟旗]")
# ... and longer ones when they end with the same noun of this many characters as the last
# part's first words (城镇居民、农村居民人均可支配收入)
HEAD_NOUN_CHARS = 2
# a line broken inside a sentence ends in a character or digit, not punctuation ...
BROKEN_END = regex.compile(r"[\p{Han}0-9A-Za-z]$")
# ... and is no numbered heading or list item
NOT_BROKEN = regex.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|[-•●·*])")
# ... nor when the line after it opens with a bullet mark: that is a new item (▶新增停车位800个)
BULLET_START = regex.compile(r"\s*[-•●·*▶►▸■◆▪★☆◎○◇□]")
# the mark between the members of a list of counts (3317个加油站、14545个地下油罐)
LIST_MARK = "、"
LEAD_VERB_TAGS = frozenset({"v", "vn"})   # the tags of the word that ends such a list's verb (排查, 新建)
# verbs that link a name to its figure (攻角是17个单位): the name stays before the figure
COPULAS = frozenset({"是", "为", "有", "达", "达到", "约", "共", "共有", "占"})
CLAUSE_MARK = regex.compile(r"[，,。！？；;：:]")
PLAN_AMOUNT, PLAN_SHARE = "amount", "share"   # Named.plan: a plan's own amount, the share of it done
# what may stand between a rate word and the copula that sets it (涨幅控制在, 增长也达到,
# 增速最高达到); more (对经济增长的贡献率达到) and the copula sets another quantity
COPULA_GAP = regex.compile(r"[\s也更就还均都已将可再最高率]{0,3}")
# characters after a figure read for a change named after it (…5%左右的增长)
CHANGE_AFTER_WINDOW = 8
PLACE_TAIL = regex.compile(r"(?:各有|各|均有|均|有|为|占)$")


def limits(rules: Rules) -> tuple[int, int, int, int]:
    """(min, max, right_max, join_below) characters of an indicator, read once per ``Rules``."""
    return rules.cached("targets.indicator_limits", lambda: (
        int(rules.setting("targets.indicator_min_chars", 2)),
        int(rules.setting("targets.indicator_max_chars", 24)),
        int(rules.setting("targets.indicator_right_max_chars", 8)),
        int(rules.setting("targets.indicator_join_below_chars", 4)),
    ))


def pair_glue(rules: Rules) -> regex.Pattern:
    """``targets.count_pair_glue``: what may stand between the two counts of one set
    (9297户共26931名群众: 共), read once per ``Rules``."""
    return rules.cached("targets.count_pair_glue", lambda: regex.compile(
        "(?:" + "|".join(regex.escape(w) for w in rules.setting("targets.count_pair_glue", [])) + ")?"))


def _count_pair(figs: list[Figure], i: int, text: str, lex: Lexicon, glue: regex.Pattern) -> bool:
    """Whether figure ``i`` and the next are two counts of one set in two units, side by
    side (5721户19844名, 9297户共26931名群众): households and people of the same group."""
    if i + 1 >= len(figs):
        return False
    a, b = figs[i], figs[i + 1]
    ua, ub = a.unit.lstrip("十百千万亿"), b.unit.lstrip("十百千万亿")
    if lex.unit_kind.get(ua) != "count" or lex.unit_kind.get(ub) != "count" or ua == ub:
        return False
    return glue.fullmatch(text[a.end:b.start]) is not None


def generic_words(rules: Rules) -> tuple[frozenset[str], tuple[str, ...]]:
    """``targets.generic_indicators`` (words that alone name no quantity: 总量, 增速) and
    ``targets.flow_prefixes`` (what makes an indicator a flow: 新增, 新登记), longest first."""
    return rules.cached("targets.generic_indicators", lambda: (
        frozenset(rules.setting("targets.generic_indicators", [])),
        tuple(sorted(rules.setting("targets.flow_prefixes", []), key=len, reverse=True)),
    ))


def _of_previous(word: str, previous: str, flows: tuple[str, ...]) -> str:
    """A generic ``word`` (总量) said of the quantity the figure before measures: 一般公共预算收入
    总量; the total of a flow is the total of the thing (新增上市公司45家、总量达1224家 -> 上市公司总量)."""
    if previous.endswith(word):
        return previous
    for flow in flows:
        if previous.startswith(flow) and len(previous) > len(flow):
            previous = previous[len(flow):]
            break
    return previous + word


@dataclass
class Named:
    indicator: str
    change: str
    also: tuple[str, ...] = ()   # more quantities the same figure is given for (A和B均增长5%: B)
    base: str = ""               # a share's quantity (收入占年初预算的43.2%: 收入), for its change after it
    plan: str = ""               # PLAN_AMOUNT: the figure is the plan or budget of that quantity (占年初预算
                                 # 10065万元的43.2%: 10065万元); PLAN_SHARE: the share of it done (43.2%)
    place: str = ""              # the member's own place in a 分别 list of places (海南、福建分别增长…)
    period: str = ""             # the member's own year in a 分别 list over a span (2013至2018年…分别为…)


def name_figures(sent: Span, figs: list[Figure], text: str, lex: Lexicon, rules: Rules,
                 before: Named | None = None) -> list[Named]:
    """One :class:`Named` per figure of ``sent`` (figures in text order); ``before`` is
    the last figure of the sentence before when a semicolon ends it (a list goes on)."""
    cls = clauses(sent)
    min_chars, max_chars, right_max, join_below = limits(rules)
    tagger = pos(rules)
    places = gazetteer(rules)
    generic, flows = generic_words(rules)
    out: list[Named] = []
    prev: Named | None = None
    i = 0
    each_len = 0                        # figures of the 分别 list just before, else 0
    list_before = before
    glue = pair_glue(rules)
    task_words = frozenset(rules.setting("targets.task_words", []))
    pair_first = -1                     # index in out of a pair's first count, named by the second
    verb_lead = ""                      # the words before the noun a count counts, for the list's next count
    have_verbs = tuple(rules.setting("targets.counted_list_have_verbs", []))
    surplus = rules.pattern("targets.plan_surplus_re")
    while i < len(figs):
        f = figs[i]
        cl = _clause_of(cls, f.start)
        seg_start = cl.start
        if i and figs[i - 1].end > cl.start:
            seg_start = figs[i - 1].end
        left = text[seg_start:f.start]
        group = _list_after(figs, i, text, lex)
        # 分别达6.9万元、3.4万元，增长4.2%、5.3%: a list of as many figures right after a 分别
        # list, with no words of its own, goes with it member by member
        parallel = len(group) > 1 and len(group) == each_len and len(_clean(left, lex, max_chars)) < min_chars
        # 城乡居民人均可支配收入达到32432元和12787元: a joined pair's two figures with no 分别 (targets_pairs)
        paired = EACH not in left and not parallel and \
            names_a_joined_pair(_lead_trimmed(left, lex), len(group), pair_heads(rules, JOINED_PAIRS), SPLITTERS)
        if (EACH in left or parallel or paired) and len(group) > 1:
            subject, _, verb = left.rpartition(EACH) if EACH in left else ((left, "", "") if paired else ("", "", left))
            for short, full in pair_heads(rules):   # 城、乡居民…: the heads written out (城镇、农村)
                subject = subject.replace(short, full)
            if len(group) == 2 and not any(sep in subject for sep in SPLITTERS):
                for short, full in pair_heads(rules, JOINED_PAIRS):   # 城乡居民收入分别增长8%、9%: 城镇…, 农村…
                    head = _lead_trimmed(subject, lex)      # only heading the words: 全县城乡… stays whole
                    if head.startswith(short):
                        subject = full + head[len(short):]
            parts = _split_subject(_lead_trimmed(subject, lex), len(group), lex, tagger)
            change = _change(verb, lex) or _change(subject, lex) or (prev.change if prev else "level")
            gap = _gap(verb, lex.relative)  # 投资、消费增速分别快于全国3.4、1个百分点: gaps, levels
            gaps = [] if gap else _member_gaps(verb, len(group), lex.relative)
            change = "level" if gap or gaps else change
            # 生猪、牛分别出栏6.4万头、1342头: what the words after 分别 name is measured of each part
            measure = "" if gap else _each_measure(_clean(verb, lex, max_chars), min_chars, tagger, rules)
            names = []
            owners = _member_places(subject, text[sent.start:cl.start], len(group), places)
            years = [] if parts else _years_each(text[sent.start:cl.start] + subject, len(group))
            for k, g in enumerate(group):
                # a subject that does not split (城乡居民人均可支配收入分别达到…) names each figure whole
                ind = _clean(parts[k] if parts else subject, lex, max_chars)
                if measure and not ind.endswith(measure):
                    ind = (ind + measure)[-max_chars:]
                if len(ind) < min_chars:
                    ind = out[-len(group) + k].indicator if len(out) >= len(group) else (prev.indicator if prev else "")
                own_gap = gaps[k] if gaps else gap     # 增速分别高于全国、全省1.2个、0.5个百分点
                names.append(Named(ind + own_gap if own_gap and not ind.endswith(own_gap) else ind, change,
                                   place=owners[k] if owners else "", period=years[k] if years else ""))
            _share_qualifiers(group, text, lex)
            out.extend(names)
            prev = names[-1]
            i += len(group)
            each_len = len(group)
            continue
        each_len = 0
        plan = _plan_amount(figs, i, left, text, lex) if (prev or list_before) is not None else ""
        if plan:                            # 收入4348万元，占年初预算10065万元的43.2%
            shared = prev or list_before
            base = shared.base or shared.indicator
            out.append(Named(base + plan, "level", base=base, plan=PLAN_AMOUNT))
            out.append(Named(base + left.strip(RELATIVE_STRIP), "level", base=base, plan=PLAN_SHARE))
            prev = out[-1]
            i += 2
            continue
        own = _after_list_mark(left, rules)  # A、B增长5%: the words after the list mark
        ind = _clean(own, lex, max_chars)
        ind = _trim_pos(ind, tagger, lex, min_chars)
        own_words = own                     # (what _object_of reads, when a count follows)
        if len(ind) < join_below and seg_start == cl.start:
            broken = _broken_line_before(cl.start, text)   # 地区生产\n总值增长5%
            if broken:
                own, left = broken + own, broken + left
                ind = _clean(own, lex, max_chars)
        change = _change(left, lex, _kind(f, lex) == "percent")
        counted = f.noun or counted_noun(f, text, lex, right_max, tagger,
                                     lambda: _object_of(lex.before_quals.sub("", own_words), tagger),
                                     counted_links(rules), counted_chars(rules))
        listed = counted and seg_start != cl.start and left.endswith(LIST_MARK) and len(ind) < min_chars
        # 排查2106个加油站、9312个地下储油罐: the verb goes on to the next noun; not a verb of having
        # (我国有4个直辖市、275个地级市) nor to a one-character noun (县辖9个镇、124个村: 村)
        if listed and verb_lead and len(counted) >= min_chars and not verb_lead.endswith(have_verbs) \
                and tagger.tags(verb_lead)[-1][1] in LEAD_VERB_TAGS:   # (中国共有…: 中国 is no verb)
            ind = verb_lead + counted
        elif counted:                       # 调查了3421名男性: the figure is an object, 男性 is counted
            alone = len(counted) >= min_chars and _object_of(lex.before_quals.sub("", own_words), tagger)
            verb_lead = ind if len(ind) >= min_chars and not alone else ""
            ind = ind + counted if verb_lead else counted
        if not listed and not counted:
            verb_lead = ""
        tail = list_tail_name(counted, f.end, text, rules) if counted and closes_list(own_words) else ""
        if tail:                            # A、B等6个项目集中开工: the members are no name of the count
            ind, verb_lead = tail, ""
        named_after = _noun_after(f, text, rules)
        if named_after:                     # 安排300万元的专项资金, 6%左右的经济增长目标
            ind, change = _clean(named_after, lex, max_chars), _change(named_after, lex) or change
        elif units := _share_of_units(f, text, lex, rules):
            ind = units[:max_chars]         # 80%的行政村实现…: the villages, not the words before
        shared = prev or list_before
        base = ""
        # 民间投资增长2.8%，快于全国9.2个百分点: the gap of that quantity to the national one;
        # 项目投资完成220亿元，占全部投资的89.4%: the share of that quantity in the other
        gap = _gap(own_words, lex.relative) if shared is not None and ind else ""
        share = (_gap(ind, lex.share) or _gap(own_words, lex.share)) if shared is not None and ind else ""
        if shared is not None and _only_place(ind, places):
            ind = shared.indicator          # 省级绿色工厂14家，其中昆明市3家: a place is no indicator
        elif gap and _gap_unit(f, text, lex):
            base = shared.base or shared.indicator   # (its own change after it: 两年平均增长1.7%)
            ind = shared.indicator + gap
            change = "level"                # 高于GDP增速1.1个百分点: a gap, though it names a rate
        elif share:
            base = shared.base or shared.indicator
            ind = shared.indicator + share
        if prev is not None and ind in generic:
            # 一般公共预算收入增长4.6%，总量突破1900亿元: the total of what the figure before measures
            ind = _of_previous(ind, prev.indicator, flows)
        if ind in task_words:               # 美丽村庄建设，全年任务为282个村: the task of the clause before
            ind = _task_of(cls, cl, figs, lex, max_chars, min_chars) or ind
        if len(ind) < min_chars and not (counted and ind == counted in counted_chars(rules).nouns):
            # (县辖11个镇、161个村: 村, a one-character noun a holder verb makes a name, stays)
            colon = _colon_name(cls, cl, text)
            if prev is not None:
                if _bare_copula(left, lex) and figs[i - 1].unit == f.unit \
                        and lex.unit_kind.get(f.unit) == "percent":
                    change = prev.change        # 增长5.5%以上，力争达到6%: the growth goes on
                carried = prev.change
                if carried in RATE_CHANGES and _kind(figs[i - 1], lex) == "percent" and _kind(f, lex) != "percent":
                    carried = "level"       # 增长6%左右、突破2.6万亿元: the rate grew; the amount is a level
                source = carried_from(out, prev, surplus)   # not a surplus over the plan (targets_surplus)
                ind, change = source.indicator, change or carried
                base = source.base
                if base and _change_of_base(f, change, lex):
                    ind, base = base, ""    # 占年初预算的43.2%，同比下降6.5%: the revenue fell, not its share
            elif colon:
                ind, change = _clean(colon, lex, max_chars), change or _change(colon, lex)
            elif milestone := _milestone_name(left.rpartition("、")[0], cls, cl, rules):
                ind = _clean(milestone, lex, max_chars)   # 生产总值连跨4个千亿台阶，达到1.3万亿元
            elif course := course_subject(cls, cl, rules):
                ind = _clean(course, lex, max_chars)      # 生产总值上半年由负转正，…，全年增长3.9%
            elif list_before is not None and change in ("growth", "decline") \
                    and lex.unit_kind.get(f.unit) == "percent":
                # 一季度…增长6%；前三季度增长5.7%: a rate with no name goes on with the list
                ind = list_before.indicator
        subjects = _all_of(left, lex, max_chars, min_chars) if seg_start == cl.start else []
        if subjects:                        # 固定资产投资和社会消费品零售总额均增长5%左右
            ind = subjects[0]
        change = _change_after(f, text, lex) or change
        named = Named(ind, change or "level", tuple(subjects[1:]), base)
        if pair_first >= 0:             # 9297户共26931名群众: the households are the 群众's too
            first = out[pair_first]
            out[pair_first] = Named(ind, first.change, first.also, first.base, first.plan)
            pair_first = -1
        elif not counted and not named_after and _count_pair(figs, i, text, lex, glue):
            pair_first = len(out)
        out.append(named)
        prev = named
        i += 1
    return out


def _change_of_base(f: Figure, change: str, lex: Lexicon) -> bool:
    """A rise or fall with no name of its own after a share (收入占年初预算的43.2%，同比下降6.5%)
    is that of the quantity the share is of, unless it is in points: a share moves in points
    (占GDP比重达5%，提高0.3个百分点)."""
    return change in ("growth", "decline") and f.base_unit not in lex.point_units


def _gap(words: str, patterns: list) -> str:
    """What ``words`` (a figure's own: 比全国高, 也明显高于全省平均水平, 与GDP之比达) name when they
    say only that the figure is a gap to or a share of another quantity (``targets_trim.tsv``
    relative, share: 比全国高, 与GDP之比), else ""."""
    w = words.strip(RELATIVE_STRIP)
    for p in patterns:
        m = p.fullmatch(w) if w else None
        if m:
            return m.groupdict().get("gap") or m.group()
    return ""


def _member_gaps(verb: str, n: int, patterns: list) -> list[str]:
    """The gap of each of ``n`` figures of a 分别 list to each area of a list the words after
    分别 compare with (高于全国、全省1.2个、0.5个百分点: 高于全国, 高于全省), else []."""
    m = GAP_LIST.fullmatch(verb.strip(RELATIVE_STRIP))
    if not m:
        return []
    items = m.group("list").split("、")
    if len(items) != n:
        return []
    gaps = [_gap(m.group("verb") + item, patterns) for item in items]
    return gaps if all(gaps) else []


def _plan_amount(figs: list[Figure], i: int, left: str, text: str, lex: Lexicon) -> str:
    """The name of the plan (年初预算) when figure ``i``, after the words ``left``, is the amount
    of the plan or budget the figure before it is a share of, given inside that share
    (占年初预算10065万元的43.2%): a percent follows it, joined by 的; else ""."""
    if i + 1 >= len(figs) or lex.unit_kind.get(figs[i + 1].unit) != "percent":
        return ""
    if text[figs[i].end:figs[i + 1].start].strip() != "的":
        return ""
    return _gap(left, lex.plan_amount)


def _gap_unit(f: Figure, text: str, lex: Lexicon) -> bool:
    """A figure after gap words is the gap itself: a rate in points (高于全国1.8个百分点) or an
    amount (高于全省平均水平1.2万元), not a percentage nor a figure the words after it own
    (高于政府投资22.1%的年均增速: that quantity's own rate)."""
    if lex.unit_kind.get(f.unit) == "percent" and f.base_unit not in lex.point_units:
        return False
    return not text.startswith(OWNED_BY_AFTER, f.end)


def _change_after(f: Figure, text: str, lex: Lexicon) -> str:
    """The change a word after the figure names (``实现5%左右的增长``: growth), else ""."""
    m = lex.change_after.match(text, f.end, f.end + CHANGE_AFTER_WINDOW)
    return lex.change_of.get(m.group("change"), "") if m else ""


def _broken_line_before(pos: int, text: str) -> str:
    """The tail of the line before ``pos`` when a sentence was broken there: the
    line ends with no punctuation and is no heading or list item."""
    if pos == 0 or text[pos - 1] != "\n" or BULLET_START.match(text, pos):
        return ""
    line_start = text.rfind("\n", 0, pos - 1) + 1
    line = text[line_start:pos - 1]
    if not line or not BROKEN_END.search(line) or NOT_BROKEN.match(line):
        return ""
    return CLAUSE_MARK.split(line)[-1]


def _clause_of(cls: list[Span], pos: int) -> Span:
    for c in cls:
        if c.start <= pos < c.end:
            return c
    return cls[-1]


def _list_after(figs: list[Figure], i: int, text: str, lex: Lexicon) -> list[Figure]:
    """Figure ``i`` and those that follow it joined only by 、/和 (``12.3%、1554.7%``)."""
    group = [figs[i]]
    for g in figs[i + 1:]:
        between = text[group[-1].end:g.start]
        qual = lex.trailing_quals.match(between)
        if qual:
            between = between[qual.end():]
        if not LIST_GLUE.fullmatch(between):
            break
        group.append(g)
    return group


SUBJECT_MARKS = regex.compile("|".join(sorted(SPLITTERS, key=len, reverse=True)))


def _all_of(left: str, lex: Lexicon, max_chars: int, min_chars: int) -> list[str]:
    """The quantities a figure is given for together (``A、B均增长5%``: A and B), each an
    indicator; [] unless ``left`` says 均 after a subject of two or more of them."""
    m = lex.all_of.search(left)
    if m is None:
        return []
    subject = left[:m.start()]
    pieces = SUBJECT_MARKS.split(subject)
    if len(pieces) < 2:
        return []
    if len(pieces) == 2:                    # 城镇、农村居民收入: the heads share the tail
        pieces = _split_subject(subject, 2, lex) or pieces
    names = [_clean(p, lex, max_chars) for p in pieces]
    return names if all(len(n) >= min_chars for n in names) else []


def _lead_trimmed(subject: str, lex: Lexicon) -> str:
    """``subject`` without the connectives that open it (其中城镇、农村居民 -> 城镇、农村居民),
    so that its first part is as long as the others."""
    s, before = subject, None
    while before != s:
        before = s
        s = strip_once(s, lex.trim_lead)
    return s


ABBREVIATED_PAIRS = "targets.abbreviated_pair_heads"   # 城、乡 -> 城镇、农村: cut to a character each
JOINED_PAIRS = "targets.joined_pair_heads"             # 城乡 -> 城镇、农村: run together; only for a
# subject of two figures with no list mark of its own (城乡居民医保、养老保险参保率 keeps its 城乡)


def pair_heads(rules: Rules, key: str = ABBREVIATED_PAIRS) -> tuple[tuple[str, str], ...]:
    """(as written, written out) of a pair's heads, from the settings list ``key``."""
    return rules.cached(key, lambda: tuple((a, b) for a, b in rules.setting(key, [])))


def _split_subject(subject: str, n: int, lex: Lexicon, tagger: Pos | None = None) -> list[str]:
    """``A、B`` or ``A和B`` into ``n`` parts; ``城镇、农村居民收入`` shares its head (when
    ``tagger`` is given, only where a word of the last part ends as long as the heads or
    a word runs across a head and the tail, 城镇居民: not 制造业、数字经济核心产业增加值)."""
    for sep in SPLITTERS:
        parts = subject.split(sep)
        if len(parts) >= n and all(parts[-n:]):
            extra = len(parts) - n
            parts = [sep.join(parts[:extra + 1])] + parts[extra + 1:]
            heads, last = _ordinals_written_out(parts[:-1], parts[-1])
            grouped = _groups_take_measure(heads, last, lex.price_groups)
            if grouped:
                return grouped
            width = len(heads[0]) if heads else 0
            if heads and all(len(h) == width for h in heads) and SHARED_TAIL_MIN <= len(last) - width \
                    and (width <= SHARED_HEAD_MAX or _same_head_noun(heads, last[:width])) \
                    and (tagger is None or _word_ends_at(last, width, tagger)
                         or not _word_ends_at(heads[0] + last[width:], width, tagger)):
                parts = [h + last[width:] for h in heads] + [last]
            elif tail := _short_heads_tail(heads, last, tagger):
                parts = [h + tail for h in heads] + [last]
            return parts
    return []


def _years_each(subject: str, n: int) -> list[str]:
    """The years of a span a 分别 list of ``n`` figures of one quantity goes through, one a
    figure (2013至2018年农村减贫人数分别为1650万人、…、1386万人: 2013 … 2018), else []."""
    m = YEAR_SPAN.search(subject)
    if not m:
        return []
    first, last = int(m.group(1)), int(m.group(2))
    return [str(y) for y in range(first, last + 1)] if last - first + 1 == n else []


def _ordinals_written_out(heads: list[str], last: str) -> tuple[list[str], str]:
    """``第一、二、三产业`` says 第 once: each numeral after the first takes it, so the heads are
    one width and share the tail (第一产业, 第二产业, 第三产业)."""
    if not (ORDINAL_HEAD.fullmatch(heads[0]) if heads else None):
        return heads, last
    rest = heads[1:] + [last]
    if not all(ORDINAL_NUMERAL.match(p) for p in rest):
        return heads, last
    return [heads[0]] + ["第" + h for h in heads[1:]], "第" + last


def _after_list_mark(left: str, rules: Rules) -> str:
    """The words of ``left`` after its last 、 (A、B增长5%: B), or from the start of a name that
    holds 、 itself when that name spans the last one (settings ``targets.listed_names``:
    采矿业增长3%，电力、热力生产和供应业增长9%: the whole industry)."""
    head, mark, tail = left.rpartition("、")
    if not mark:
        return left
    names = rules.cached("targets.listed_names", lambda: tuple(
        sorted(rules.setting("targets.listed_names", []), key=len, reverse=True)))
    for name in names:
        at = left.rfind(name)
        if 0 <= at <= len(head) < at + len(name):
            return left[at:]
    return tail


def _each_measure(words: str, min_chars: int, tagger: Pos, rules: Rules) -> str:
    """``words`` (those after 分别, trimmed) when they name what each part of the list measures
    (接待游客, 出栏: settings ``targets.each_measure_verbs``), else "": not a verb alone (收取),
    a rate's unit (为每千瓦时: ``targets.each_measure_not``) nor a list of its own (增速分别高于
    全国、全省1.2个、0.5个百分点)."""
    if len(words) < min_chars or any(s in words for s in SPLITTERS):
        return ""
    verbs, mark = rules.cached("targets.each_measure", lambda: (
        frozenset(rules.setting("targets.each_measure_verbs", [])), str(rules.setting("targets.each_measure_not", ""))))
    if words in verbs:
        return words
    if mark and mark in words:
        return ""
    tags = list(tagger.tags(words))
    return "" if len(tags) == 1 and tags[0][1] == "v" else words


def _member_places(subject: str, before: str, n: int, places) -> list[str]:
    """The places of a 分别 list, one per figure: those its ``subject`` names (海南、福建分别增长…),
    else those the sentence names ``before`` the clause (大理、昭通等地增长较快，分别接待游客…);
    [] unless there are exactly ``n``."""
    for words in (subject, before):
        found = [p.name for _, p in places.find(words)]
        if found:
            return found if len(found) == n else []
    return []


def _short_heads_tail(heads: list[str], last: str, tagger: Pos | None) -> str:
    """The tail short heads of unequal widths share with the last part (全市猪、牛、羊、家禽出栏:
    出栏, what follows 家禽, the last part's first word, a noun no longer than the heads may
    be), else ""."""
    if tagger is None or not heads or any(len(LIST_SCOPE.sub("", h)) > SHORT_HEAD_MAX for h in heads):
        return ""
    tags = list(tagger.tags(last))
    if len(tags) < 2:
        return ""
    first, tag = tags[0]
    tail = last[len(first):]
    if len(first) > SHORT_HEAD_MAX or not tag.startswith("n") or len(tail) < SHARED_TAIL_MIN:
        return ""
    return tail


def _groups_take_measure(heads: list[str], last: str, groups: tuple[str, ...]) -> list[str]:
    """A list of the groups of a price index whose last member names the measure
    (``衣着、医疗保健价格``, ``其他用品及服务、教育文化娱乐价格``): each group takes the words after
    the last member's group word (衣着价格, 其他用品及服务价格); [] unless every head ends
    with a group word and the last member holds one with words after it."""
    if not groups or not heads:
        return []
    measure = ""
    for g in groups:
        at = last.rfind(g)
        if at >= 0 and len(last) > at + len(g):
            measure = last[at + len(g):]
            break
    if not measure or any(g in measure for g in groups):
        return []
    if not all(h.endswith(groups) for h in heads):
        return []
    return [h if h.endswith(measure) else h + measure for h in heads] + [last]


def _word_ends_at(text: str, pos: int, tagger: Pos) -> bool:
    """A word of ``text`` (jieba's cut) ends at ``pos``."""
    end = 0
    for word, _ in tagger.tags(text):
        end += len(word)
        if end >= pos:
            return end == pos
    return False


def _same_head_noun(heads: list[str], first: str) -> bool:
    """``城镇居民、农村居民人均可支配收入``: each head ends with the noun the last part's
    first words end with (居民), so they share the rest of it."""
    noun = first[-HEAD_NOUN_CHARS:]
    return len(first) > HEAD_NOUN_CHARS and all(h.endswith(noun) and h != first for h in heads)


def _share_qualifiers(group: list[Figure], text: str, lex: Lexicon) -> None:
    """A 分别 list's qualifiers cover the list: the one directly before its first figure
    (``分别不低于5%、6%``), and the last figure's after-qualifier (``分别增长5%、6%左右``),
    so that ``分别控制在5.5%和4.5%以内`` gives 控制在…以内 to both. A figure keeps a
    qualifier of its own (``分别增长5%左右、6%以上``, ``分别增长5%和不低于6%``)."""
    first, last = group[0], group[-1]
    lead = lex.before_quals.search(text, max(0, first.start - BEFORE_QUAL_WINDOW), first.start)
    if lead:
        q = lead.group("q")
        for g, before in zip(group[1:], group):
            own = lex.before_quals.search(text, max(before.end, g.start - BEFORE_QUAL_WINDOW), g.start)
            if not own and not g.qualifier.startswith(q):
                g.qualifier = f"{q}…{g.qualifier}" if g.qualifier else q
    tail = lex.trailing_quals.match(text, last.end)
    if not tail:
        return
    for g in group[:-1]:
        if not g.qualifier:
            g.qualifier = tail.group()
        elif not lex.trailing_quals.match(text, g.end) and not g.qualifier.endswith(tail.group()):
            g.qualifier = f"{g.qualifier}…{tail.group()}"


def _only_place(ind: str, places) -> bool:
    """``昆明市``, ``普洱市各有``: a place name and nothing it measures."""
    core = PLACE_TAIL.sub("", ind)
    return bool(core) and core in places.by_form


def _object_of(words: str, tagger: Pos) -> bool:
    """The words before a figure end with a verb, preposition or conjunction (``调查了``,
    ``A和``): what the figure counts is then named after it, not before."""
    tags = tagger.tags(words[-6:].rstrip())
    return bool(tags) and tags[-1][1] in ("v", "p", "c", "ul", "uz") and tags[-1][0] not in COPULAS


def _trim_pos(ind: str, tagger: Pos, lex: Lexicon, min_chars: int) -> str:
    """Drop the words an indicator cannot start or end with by their part of speech:
    ``这里的胸腔手术`` -> ``胸腔手术``, ``当日公司股价下跌`` -> ``当日公司股价``; kept when
    too little would remain (``逮捕``)."""
    if len(ind) < min_chars:
        return ind
    tags = tagger.tags(ind)
    while len(tags) > 1 and tags[-1][1] in tagger.drop_tail:
        if ind.endswith(lex.keep_words):
            break
        rest = ind[:len(ind) - len(tags[-1][0])]
        if len(rest) < min_chars:
            break
        ind, tags = rest, tags[:-1]
    while len(tags) > 1 and tags[0][1] in tagger.drop_lead:
        rest = ind[len(tags[0][0]):]
        if len(rest) < min_chars:
            break
        ind, tags = rest, tags[1:]
    return ind


def _colon_name(cls: list[Span], cl: Span, text: str) -> str:
    """``科技进步贡献率:`` before the figure's clause: a name:value line."""
    k = cls.index(cl)
    if k and cls[k - 1].text.endswith((":", "：")):
        return cls[k - 1].text[:-1]
    return ""


def _noun_after(f: Figure, text: str, rules: Rules) -> str:
    """The noun after a figure that names it, joined by 的 (每年约80万元的开支, 给予50万元的
    一次性奖励, 全年6%左右的经济增长目标): settings ``targets.noun_after_re``, its group
    ``noun``; else ""."""
    pattern = rules.pattern("targets.noun_after_re")
    m = pattern.match(text, f.end) if pattern is not None else None
    return m.group("noun") if m else ""


def _share_of_units(f: Figure, text: str, lex: Lexicon, rules: Rules) -> str:
    """The units a share counts and what they did, written after the share (90%以上乡镇建成
    综合文化站 -> 乡镇建成综合文化站): settings ``targets.share_of_units_re``; else ""."""
    pattern = rules.pattern("targets.share_of_units_re")
    if pattern is None or (lex.unit_kind.get(f.unit) != "percent" and f.base_unit != "%"):   # %, 三成
        return ""
    m = pattern.match(text, f.end)
    return m.group("unit") + m.group("what") if m else ""


def _task_of(cls: list[Span], cl: Span, figs: list[Figure], lex: Lexicon, max_chars: int,
             min_chars: int) -> str:
    """What a task figure with no name of its own is the task of: the whole clause just
    before its own (高标准农田建设，全年任务为25万亩 -> 高标准农田建设), when that clause has no
    figure of its own; else ""."""
    k = cls.index(cl) if cl in cls else -1
    if k < 1:
        return ""
    before = cls[k - 1]
    if any(before.start <= g.start < before.end for g in figs):
        return ""
    name = _clean(before.text.strip(RELATIVE_STRIP), lex, max_chars)
    return name if len(name) >= min_chars and len(before.text.strip(RELATIVE_STRIP)) <= max_chars else ""


def _milestone_name(listed: str, cls: list[Span], cl: Span, rules: Rules) -> str:
    """The quantity of a milestone passed, with no figure of its own, just before the figure:
    the words before its 、 (全市地区生产总值跃上万亿台阶、达到1.02万亿元) or the clause before
    (全省地区生产总值连跨4个千亿台阶，2025年达到1.3万亿元); settings [targets]
    milestone_subject_re, its group ``name``."""
    pattern = rules.pattern("targets.milestone_subject_re")
    k = cls.index(cl)
    for words in (listed, cls[k - 1].text if k else ""):
        m = pattern.search(words) if pattern is not None and words else None
        if m:
            return m.group("name")
    return ""


def _clean(left: str, lex: Lexicon, max_chars: int) -> str:
    s = left
    for p in lex.trim_drop:
        s = p.sub("", s)
    changed = True
    while changed and s:
        before = s
        s = strip_once(strip_once(s, lex.trim_lead), lex.trim_tail)
        if not s.endswith(lex.keep_words):
            s = strip_once(s, lex.trim_change)
        changed = s != before
    s = s.strip()
    return s[-max_chars:] if len(s) > max_chars else s


def _kind(f: Figure, lex: Lexicon) -> str:
    """The kind of a figure's unit (percent, count, money …), its magnitude aside (万亿元 -> 元)."""
    return lex.unit_kind.get(f.unit) or lex.unit_kind.get(f.unit.lstrip(MAGNITUDES), "")


def _change(words: str, lex: Lexicon, rate: bool = False) -> str:
    """The change the last cue of ``words`` says; a copula (``控制在``) says that of the
    cue before it (``涨幅控制在`` is a growth), else a level. A word that binds only right before
    a rate (加快 of 加快0.5个百分点) counts when ``rate``: the figure is one."""
    cues = _cues(words, lex, rate)
    if not cues:
        return ""
    last = cues[-1]
    if last.group() in lex.copulas and len(cues) > 1:
        rate = cues[-2]
        if rate.group() not in lex.copulas and COPULA_GAP.fullmatch(words, rate.end(), last.start()):
            return lex.change_of[rate.group()]
    return lex.change_of[last.group()]


def _bare_copula(words: str, lex: Lexicon) -> bool:
    """``words`` end with a copula (``力争达到``) and hold no other change cue."""
    cues = _cues(words, lex)
    return bool(cues) and all(m.group() in lex.copulas for m in cues)


def _cues(words: str, lex: Lexicon, rate: bool = False) -> list[regex.Match]:
    """The change cues of ``words``, in order, but those that open an indicator word (增加值)
    and those that bind only right before a rate (加快0.5个百分点), unless ``rate`` and nothing
    follows them (not 加快建设4个, nor 加快2条在建国际海缆)."""
    return [m for m in lex.change_re.finditer(words) if not _in_keep_word(m, words, lex)
            and (m.group() not in lex.adjacent or (rate and not words[m.end():].strip()))]


def _in_keep_word(m: regex.Match, words: str, lex: Lexicon) -> bool:
    """The cue is the start of an indicator word (``增加`` of ``增加值``): no change."""
    tail = words[m.start():]
    return any(tail.startswith(w) and w != m.group() for w in lex.keep_words if w.startswith(m.group()))
