"""Officials: public office holders with their full titles, organisation and region.

Three shapes, each a rule id in the output:

* ``officials.title-name``: a title phrase then a name (``市委副书记、市长陈恢清``),
  carried over a ``、`` list of names (``省有关部门负责人叶仁雄、李知文…``);
* ``officials.name-title``: a name then a title (``毛伟明省长``, ``刘光跃代表建议``);
* ``officials.list-title``: names joined by ``、`` then ``等`` and a title (``…刘智勇等代表``).

Titles come from ``rules/titles.tsv``, family names from ``surnames.tsv``;
names behind bylines or under company titles are refused (``not_officials.tsv``).
"""
from __future__ import annotations

from typing import Any

from ..rulebook import Rules
from . import names, officials_titles as titles
from .context import PageContext
from .sentences import sentences

LIST_END = "、，。；：,;:！？!?\n 等和及"


def extract_officials(ctx: PageContext, rules: Rules) -> list[dict[str, Any]]:
    text = ctx.text
    if not text:
        return []
    toks = names.page_tokens(text, rules, ctx.doc_id)
    nlex = names.lexicon(rules)
    tlex = titles.lexicon(rules)
    bylines = tuple(r["word"] for r in rules.table("not_officials") if r["where"] == "before")
    found: dict[tuple[int, int], dict[str, Any]] = {}

    def emit(start: int, end: int, phrase: str, rule: str) -> None:
        if (start, end) in found or any(text.endswith(b, 0, start) for b in bylines):
            return
        found[(start, end)] = {
            "name": text[start:end], "title": phrase,
            "organization": titles.organization(phrase, tlex),
            "region": titles.region(phrase, ctx.region),
            "start": start, "end": end, "rule": rule,
        }

    for tw in titles.title_words(text, toks, tlex):
        if tw.allows("before"):
            _title_then_names(text, tw, toks, nlex, tlex, emit, rules)
        if tw.allows("after"):
            _names_then_title(text, tw, toks, nlex, tlex, emit)

    return _with_sentences(text, sorted(found.values(), key=lambda r: r["start"]))


def _title_then_names(text, tw, toks, nlex, tlex, emit, rules) -> None:
    start = tw.end
    end = names.name_from(text, start, toks, nlex, rules)
    if tw.kind == "foreign":
        fend = names.foreign_from(text, start, nlex)
        if fend is not None and (end is None or fend > end):
            end = fend
    if end is None:
        return
    got = titles.title_phrase(text, start, toks, tlex, nlex.tags)
    if got is None:
        return
    pstart, row = got
    phrase = text[pstart:start]
    if not titles.acceptable(phrase, row, tlex):
        return
    emit(start, end, phrase, "officials.title-name")
    # the same title carried over a 、 list of names
    while end < len(text) and text[end] == "、":
        nxt = names.name_from(text, end + 1, toks, nlex, rules)
        if nxt is None or (nxt < len(text) and text[nxt] not in LIST_END and not toks.is_boundary(nxt)):
            break
        if titles.title_ending_at(text, nxt + 1, tlex) is not None and text[nxt:nxt + 1] not in LIST_END:
            break
        emit(end + 1, nxt, phrase, "officials.title-name")
        end = nxt


def _names_then_title(text, tw, toks, nlex, tlex, emit) -> None:
    row = tw.row
    after = row.get("after_re")
    if after and not row.regex("after_re").match(text[tw.end:tw.end + 20]):
        return
    phrase = tw.word
    if text.endswith("等", 0, tw.start):
        _list_then_title(text, tw.start - 1, toks, nlex, phrase, emit)
        return
    start = names.name_before(text, tw.start, toks, nlex)
    if start is None:
        return
    # the name must not itself end a title phrase (株洲市委书记: 市委 is no name)
    if start > 0 and titles.title_ending_at(text, start, tlex) is not None:
        return
    emit(start, tw.start, phrase, "officials.name-title")


def _list_then_title(text, end, toks, nlex, phrase, emit) -> None:
    """``甲、乙、丙等代表``: every item of the list before ``等`` must be a name."""
    items: list[tuple[int, int]] = []
    while True:
        start = names.name_before(text, end, toks, nlex)
        if start is None:
            break
        items.append((start, end))
        if start > 0 and text[start - 1] == "、":
            end = start - 1
            continue
        break
    if len(items) >= 2:
        for s, e in items:
            emit(s, e, phrase, "officials.list-title")


def _with_sentences(text: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    spans = sentences(text)
    i = 0
    for row in rows:
        while i < len(spans) and spans[i].end <= row["start"]:
            i += 1
        row["sentence"] = spans[i].text if i < len(spans) else ""
    return rows
