"""Thresholds: a measure bounding the things named after it is no figure.

``5000万元以上项目``, ``3岁以下婴幼儿``, ``年应纳税所得额低于100万元的小型微利企业``, ``超10亿元项目``:
the number defines a category (which projects, which children), it measures
nothing. The bounds are in ``rules/targets_filters.tsv`` (where ``threshold_*``);
what may follow is read by part of speech (settings ``targets.threshold_noun_pos``),
less the words that make the figure the quantity itself (``threshold_not_nouns``:
保持2米以上的距离).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from ..rulebook import Rules
from .targets_figures import Figure
from .targets_pos import Pos, pos
from .targets_lexicon import Lexicon

# units whose figures are never thresholds: counts (建设10家以上中试平台: ten platforms or
# more) and percentages (90%以上的矛盾纠纷: a share); but a count of a measure word such as
# 人口 (Figure.noun) is a measure
NOT_THRESHOLD_KINDS = frozenset({"count", "percent"})
# characters after the bound read for the thing bounded (its head noun may come late:
# 省级互联网经济引导资金)
NOUN_WINDOW = 16
# characters after the figure read for a bound and a link (以上的, （含100万元）的)
AFTER_WINDOW = 24
# how far back a bound written before the figure is looked for (不超过3万元)
BEFORE_WINDOW = 6
THING = regex.compile(r"[\p{Han}]+")


def without_thresholds(figures: list[Figure], text: str, lex: Lexicon, rules: Rules) -> list[Figure]:
    """``figures`` less those that are thresholds."""
    cues = lex.thresholds
    if not any(cues.values()):
        return figures
    tagger = pos(rules)
    words = _words(rules)
    return [f for f in figures if not _threshold(f, text, lex, cues, tagger, words)]


@dataclass(frozen=True)
class Words:
    noun_pos: frozenset[str]        # settings targets.threshold_noun_pos
    not_nouns: frozenset[str]       # targets.threshold_not_nouns
    entities: tuple[str, ...]       # targets.threshold_entities


def _words(rules: Rules) -> Words:
    return rules.cached("targets.threshold_words", lambda: Words(
        frozenset(rules.setting("targets.threshold_noun_pos", [])),
        frozenset(rules.setting("targets.threshold_not_nouns", [])),
        tuple(rules.setting("targets.threshold_entities", [])),
    ))


def _threshold(f: Figure, text: str, lex: Lexicon, cues: dict[str, list[Any]], tagger: Pos, words: Words) -> bool:
    unit = f.unit.lstrip("十百千万亿")
    if not unit or (lex.unit_kind.get(unit) in NOT_THRESHOLD_KINDS and not f.noun):
        return False                    # (20万人口以上的县: a population bounds the counties)
    right = text[f.end:f.end + AFTER_WINDOW]      # (the cues are anchored with ^)
    for cue in cues["threshold_after"]:
        m = cue.match(right)
        if m and m.end():
            thing = _thing(text, f.end + m.end(), tagger, words.noun_pos)
            if thing and thing[0] not in words.not_nouns and thing[-1] not in words.not_nouns:
                return True
    left = text[max(0, f.start - BEFORE_WINDOW):f.start]
    if any(c.search(left) for c in cues.get("threshold_joined", [])):
        # 超10亿元投资项目2个, 过10亿元项目6个: a short bound, the entity bounded right after the figure
        thing = _thing(text, f.end, tagger, words.noun_pos, lead_verb=True)
        if thing and thing[-1].endswith(words.entities) and thing[-1] not in words.not_nouns:
            return True
    if any(c.search(left) for c in cues["threshold_before"]):
        # 超过1000亿元的销售额 is sales; 低于100万元的小型微利企业 a class of firms: a bound written
        # before the figure makes a threshold only of things that are entities
        for link in cues["threshold_link"]:
            m = link.match(right)
            thing = _thing(text, f.end + m.end(), tagger, words.noun_pos) if m else []
            # the first word that is an entity or a quantity decides (小型微利企业免征企业所得税…)
            first = next((w for w in thing if w.endswith(words.entities) or w in words.not_nouns), "")
            if first.endswith(words.entities) and first not in words.not_nouns:
                return True
    return False


def _thing(text: str, at: int, tagger: Pos, noun_pos: frozenset[str], lead_verb: bool = False) -> list[str]:
    """The words of the noun phrase at ``at`` (its first word a noun or a modifier of one, a verb
    inside it modifying the noun after it: 引导资金, 托育机构; with ``lead_verb`` its first word
    too: 投资项目), its head last; [] if none."""
    m = THING.match(text, at, at + NOUN_WINDOW)
    if not m:
        return []
    tags = tagger.tags(m.group())
    phrase: list[str] = []
    for k, (word, tag) in enumerate(tags):
        nominal = tag in noun_pos
        modifier = (bool(phrase) or lead_verb) and tag.startswith("v") and k + 1 < len(tags) and tags[k + 1][1] in noun_pos
        if not (nominal or modifier):
            break
        if nominal:
            phrase.append(word)
    return phrase
