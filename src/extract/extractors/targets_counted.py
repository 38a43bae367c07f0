"""What a count figure counts, read from the words after it (``103个项目`` -> 项目,
``18个社区老年助餐点`` -> 社区老年助餐点, ``10个村出列`` -> 村出列): jieba's words and tags,
the head nouns and link tags of ``targets.counted_*`` settings, trimmed of a predicate.
Split from :mod:`.targets_indicator`, which names every figure; moved unchanged.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import regex

from ..rulebook import Rules
from .targets_figures import Figure
from .targets_lexicon import Lexicon
from .targets_pos import Pos

COUNTED = regex.compile(r"[“”\p{Han}A-Za-z]+")
HAN = regex.compile(r"\p{Han}")
QUOTED = regex.compile(r"“([^“”\n]{1,16})”")
NOT_COUNTED = regex.compile(r"以上|左右|以内|以下|余|多")
BOUND_AFTER = regex.compile(r"以上|左右")   # a bound written after a count's unit (10个以上车间)
MONEY_BOUND = regex.compile(r"[十百千万亿]*元(?:及|或)?以上的?")  # a size class before the noun (87个亿元以上重大项目)
# a size class with its figure before the noun (6个5000万元以下项目, 12个10亿元以上的项目): skipped to what is counted
SIZE_FIGURE = regex.compile(r"\d+(?:\.\d+)?[十百千万亿]*元(?:及|或)?(?:以上|以下)的?(?=\p{Han})")
VERB_TAGS = frozenset({"v", "vn"})
# tags of words that modify a counted noun after them, maybe through one another (黑/臭/水体 of
# 13处城市黑臭水体, 老/旧/小区; a place word: 地下/油罐 of 9613个地下油罐, 境外/企业)
MODIFIER_TAGS = frozenset({"a", "b", "r", "s"})
HELD_ITEM = regex.compile(r"(?:\d+(?:\.\d+)?[个座所处家]\p{Han}{1,4}(?:[(（][^()（）]{1,8}[)）])?[、和及])+$")
HELD_WINDOW = 60                    # characters before a count looked at for the verb that holds it
VERB_LED_MAX = 2                    # verbs a counted noun phrase may open with (就业帮扶车间)
COUNTED_TAIL_MIN = 2                # characters what a count counts keeps when its predicate's words go


def counted_links(rules: Rules) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """(tags a counted name runs on through, head nouns it then ends with, verbs that stop it),
    read once per ``Rules``."""
    return rules.cached("targets.counted_links", lambda: (
        frozenset(rules.setting("targets.counted_link_pos", [])),
        tuple(rules.setting("targets.counted_heads", [])),
        frozenset(rules.setting("targets.counted_link_stops", [])),
    ))


@dataclass(frozen=True)
class CountedChars:
    """One-character counted nouns jieba tags as bound morphemes (村, 县: ``targets.counted_char_nouns``)
    and count units that are themselves the counted noun (人, 户: ``targets.counted_unit_nouns``); such
    a noun alone names no quantity, the verb after it does with it (10个村出列, 19449人脱贫)."""
    nouns: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()     # the verbs that do (出列, 脱贫: ``targets.counted_outcome_verbs``)
    stages: frozenset[str] = frozenset()    # a works' stage opening the name (在建: ``targets.counted_stage_words``)
    holders: frozenset[str] = frozenset()   # verbs of what a place is made of (辖: ``targets.counted_char_holders``)
    relations: frozenset[str] = frozenset() # verbs of what the things deal in (涉: ``targets.counted_relation_words``)
    projects: object = None                 # a batch of projects named up to its head (``targets.counted_projects_re``)


def counted_chars(rules: Rules) -> CountedChars:
    """The :class:`CountedChars` of ``rules``, read once per ``Rules``."""
    return rules.cached("targets.counted_chars", lambda: CountedChars(
        frozenset(rules.setting("targets.counted_char_nouns", [])),
        frozenset(rules.setting("targets.counted_unit_nouns", [])),
        frozenset(rules.setting("targets.counted_outcome_verbs", [])),
        frozenset(rules.setting("targets.counted_stage_words", [])),
        frozenset(rules.setting("targets.counted_char_holders", [])),
        frozenset(rules.setting("targets.counted_relation_words", [])),
        rules.pattern("targets.counted_projects_re"),
    ))


def strip_once(s: str, patterns: list) -> str:
    """``s`` with the first match of each of ``patterns`` removed, in order."""
    for p in patterns:
        s = p.sub("", s, count=1)
    return s


def counted_noun(f: Figure, text: str, lex: Lexicon, right_max: int, tagger: Pos,
             is_object: Callable[[], bool] = lambda: False,
             links: tuple[frozenset[str], tuple[str, ...], frozenset[str]] = (frozenset(), (), frozenset()),
             chars: CountedChars = CountedChars()) -> str:
    """What a count figure counts when it follows it: ``103个项目`` -> ``项目``; the
    nouns only (``4条斑马鱼状态良好`` -> ``斑马鱼``, ``80余人发表了`` -> nothing), or, when
    ``is_object()`` (a verb before the figure takes it as its object: 新建10个…), a noun
    phrase verbs lead (``就业帮扶车间``)."""
    unit = f.unit.lstrip("十百千万亿")
    if lex.unit_kind.get(unit) != "count":
        return ""
    sized = SIZE_FIGURE.match(text, f.end)
    m = COUNTED.match(text, sized.end() if sized else f.end)
    if not m:
        return ""
    run = m.group()
    bound = BOUND_AFTER.match(run)      # 20场以上招聘会: a bound after the unit, then what is counted
    size = MONEY_BOUND.match(run)       # 87个亿元以上重大项目: a size class, then what is counted
    if size and len(run) > size.end():
        run = run[size.end():]
    elif bound and len(run) > bound.end():
        run = run[bound.end():]
    elif NOT_COUNTED.match(run):
        return ""
    quoted = QUOTED.match(text, f.end)
    if quoted:                          # 60万个“12306账号”: the name in quotes
        return quoted.group(1)[:right_max]
    batch = chars.projects.match(text, f.end + len(m.group()) - len(run)) if chars.projects is not None else None
    if batch:                           # 248个成渝地区共建双城经济圈重大项目: a verb inside, the head ends it
        return batch.group("name")
    words = run[:right_max + 4]
    if words.startswith(("“", "”")):
        return ""
    tags = tagger.tags(words)
    kept: list[str] = []
    stop = ""                           # the tag of the word the nouns end before
    for k, (w, flag) in enumerate(tags):
        nounish = flag in tagger.noun or (flag == "x" and HAN.match(w)) or w in chars.nouns
        modifier = (flag in MODIFIER_TAGS or k == 0 and (w in chars.stages or w in chars.relations)) \
            and _noun_follows(tags, k + 1, tagger, chars)
        if not (nounish or modifier):
            linked = _linked_head(tags[k:], tagger, links, right_max - len("".join(kept)), kept)
            if linked:                  # 18个社区老年助餐点: 老年, 助 are inside the name
                kept.extend(linked)
                stop = ""
                break
            if len(kept) > 1 and _adjective_predicate(tags[k:]):
                kept.pop()              # 斑马鱼状态良好: 状态 is the subject of what follows
            stop = flag
            break
        kept.append(w)
        if w in chars.nouns and len(kept) > 1:
            k += 1                      # 集体薄弱村发展产业: a one-character head ends the name
            break
    else:
        k = len(tags)
    if stop == "q" and kept and len(kept[-1]) == 1 and kept[-1] not in chars.nouns:
        return ""                       # 3家海上风场并网发电: jieba cut 风场 into 风/场, the name is broken
    if kept and not stop and k < len(tags):     # it ran on to a head noun: the name is whole
        return _counted_tail(_whole_words(kept, right_max), lex)
    if stop in VERB_TAGS and (kept == [] and unit in chars.units or "".join(kept) in chars.nouns):
        # 10个村出列, 19449人脱贫: a one-character noun names the quantity with its verb
        outcome = _with_verb("".join(kept) or unit, tags[len(kept):], chars.verbs)
        if outcome:
            return outcome
    if not kept and len(words) == len(run) and is_object():
        return _whole_words([w for w, _ in tags], right_max) if _verb_led(tags, tagger) else ""
    if bound and stop and stop not in VERB_TAGS:
        return ""                       # 20场以上线上线下招聘会: a cut jieba makes inside the name
    if not stop and len(kept) > 1 and len(run) > len(words):
        kept.pop()                      # the window ends inside the run: its last word may be cut
    out = _counted_tail(_whole_words(kept, right_max), lex)
    if out in chars.nouns and not held(text, f.start, chars.holders):
        return ""                       # 60个县（市、区）: 县 alone names nothing ...
    return out                          # ... but 辖11个镇、161个村: what the place is made of


def held(text: str, start: int, holders: frozenset[str]) -> bool:
    """Whether the count at ``start`` follows one of ``holders`` (辖, 下辖), maybe after other
    counts of the list it opens (县辖11个镇、161个村: 161个 is held too)."""
    if not holders:
        return False
    before = HELD_ITEM.sub("", text[max(0, start - HELD_WINDOW):start])
    return before.endswith(tuple(holders))


def _noun_follows(tags: list[tuple[str, str]], j: int, tagger: Pos, chars: CountedChars) -> bool:
    """Whether a noun comes at ``j`` of ``tags``, maybe after more modifiers (黑/臭/水体)."""
    while j < len(tags) and tags[j][1] in MODIFIER_TAGS:
        j += 1
    return j < len(tags) and (tags[j][1] in tagger.noun or tags[j][0] in chars.nouns)


def _adjective_predicate(tags: list[tuple[str, str]]) -> bool:
    """Whether ``tags`` open with an adjective predicate, maybe after adverbs (状态/良好,
    状态/十分/良好): the noun before it is its subject. An adverb before a verb is none
    (招商引资/项目/顺利/签约: 项目 stays in the name)."""
    for _, flag in tags:
        if flag in ("d", "ad"):
            continue
        return flag == "a"
    return False


def _with_verb(noun: str, tags: list[tuple[str, str]], verbs: frozenset[str]) -> str:
    """``noun`` and the outcome verb that opens ``tags`` (出/列 -> 村出列, 脱贫 -> 人脱贫), jieba's
    pieces of it joined; nothing when ``tags`` open with no verb of ``verbs`` (人增至, 市下放)."""
    verb = ""
    for w, flag in tags:
        if flag not in VERB_TAGS or not any(v.startswith(verb + w) for v in verbs):
            break
        verb += w
        if verb in verbs:
            return noun + verb
    return ""


def _counted_tail(counted: str, lex: Lexicon) -> str:
    """``counted`` without the predicate's words at its end (民生实事全部兑现 -> 民生实事,
    项目投资突破 -> 项目); all of it when too little would be left."""
    out = strip_once(counted, lex.trim_counted)
    return out if len(out) >= COUNTED_TAIL_MIN else counted


def _linked_head(tags: list[tuple[str, str]], tagger: Pos,
                 links: tuple[frozenset[str], tuple[str, ...], frozenset[str]], room: int,
                 done: list[str]) -> list[str]:
    """The words from a time word, verb or distinction word to the last word that is a
    head noun of a place or facility (老年/助/餐点 of 社区老年助餐点, 县级/配送/中心 of 县级配送中心),
    within ``room`` characters and ``VERB_LED_MAX`` verbs, none a predicate; else nothing, and
    nothing when the words ``done`` before already end with a head noun (县级医院共享三级医院)."""
    link_pos, heads, stops = links
    if not heads or (done and done[-1] in heads):
        return []
    words: list[str] = []
    best: list[str] = []
    verbs = 0
    for w, flag in tags:
        if w in stops or len("".join(words)) + len(w) > room:
            break
        nounish = flag in tagger.noun
        if not (nounish or flag in link_pos):
            break
        verbs += flag in VERB_TAGS and not nounish
        if verbs > VERB_LED_MAX:
            break
        words.append(w)
        if nounish and flag != "vn" and w in heads:
            best = list(words)
        joined = next((h for h in heads if w.startswith(h) and w[len(h):] in stops), "") if nounish else ""
        if joined:                      # 工程建设: the head and the predicate after it, one word
            return words[:-1] + [joined]
    return best


def _whole_words(words: list[str], limit: int) -> str:
    """The leading ``words`` that fit in ``limit`` characters, no word cut in two
    (村级/卫生所/综合/功能 -> 村级卫生所综合, not 村级卫生所综合功); the first word alone,
    cut, when even it is longer."""
    out = ""
    for w in words:
        if len(out) + len(w) > limit:
            break
        out += w
    return out or (words[0][:limit] if words else "")


def _verb_led(tags: list[tuple[str, str]], tagger: Pos) -> str:
    """A counted noun phrase a verb or two lead (10个就业帮扶车间, 15个候选项目): all of the
    words up to the end of the clause when they are verbs, nouns and modifiers, at most
    ``VERB_LED_MAX`` verbs, and the last is a noun; else nothing (5家企业上市)."""
    verbs = sum(1 for _, flag in tags if flag in VERB_TAGS)
    if not tags or verbs > VERB_LED_MAX or tags[-1][1] not in tagger.noun:
        return ""
    if any(flag not in tagger.noun and flag not in VERB_TAGS and flag not in ("a", "b") for _, flag in tags):
        return ""
    return "".join(w for w, _ in tags)
