"""Projects: named investment and construction projects with list, status and amount.

Clause by clause (``sentences.clauses``):

* items of a ``、`` list closed by ``等`` and a project-list tail (``project_lists.tsv``:
  ``等十大产业项目``, ``等项目开工建设``) — rule id of the tail;
* quoted names with a project suffix (``中车“双碳”产业园``) — ``projects.quoted``;
* ``、`` list items ending in a roman phase mark (``鹏城云脑Ⅲ``) beside a construction verb —
  ``projects.phase_mark``;
* a clause that is a name holding a quoted part and a status verb
  (``国家超算“超智存”算力融合平台加快建设``) — ``projects.quoted_subject``;
* a quoted facility's name (``“深海一号”``) opening a clause with a completion verb —
  ``projects.quoted_opening``;
* names ending in a project suffix (``project_suffixes.tsv``): strong suffixes anywhere
  beside a status verb in the sentence
  (``亳州机场建成通航``), weak ones (``工程``, ``中心``) beside one in the clause — ``projects.suffix:<id>``.

Programmes, campaigns and generic words are refused by ``not_projects.tsv``. Status comes
from the clause's verbs (``project_status.tsv``), investment from ``projects_investment.tsv``.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, Iterator

from ..rulebook import Rules
from . import names
from .context import PageContext
from .line_tokens import page_lines
from .projects_lexicon import (construction_verb, ends_with_suffix, group_amount, heading_status, investment_after,
                               investment_before, investment_of, lexicon, shared_amounts, status_of, visited)
from .projects_approvals import approval_status, approves
from .projects_item_status import ceremony_status, own_status
from .projects_later_amount import later_amount
from .projects_signings import signs
from .projects_headed import headed_items
from .projects_names import has_count_tail, list_items, phase_marked, quoted, quoted_opening, quoted_subject, suffixed
from .quote_marks import as_curly
from .sentences import clauses, sentences

import regex

COMPANY_WORDS = ("有限公司", "有限责任公司", "股份有限公司", "公司", "集团")
COMPANY = regex.compile("|".join(COMPANY_WORDS))


def extract_projects(ctx: PageContext, rules: Rules) -> list[dict[str, Any]]:
    if not ctx.text:
        return []
    # corner brackets read as curly quotes (「宜居后甲」社宅), offsets unchanged; names as written
    text = as_curly(ctx.text)
    return [{**row, "name": ctx.text[row["start"]:row["end"]]} for row in _found(ctx, text, rules)]


def _found(ctx: PageContext, text: str, rules: Rules) -> list[dict[str, Any]]:
    lex = lexicon(rules)
    lines = page_lines(text, rules, ctx.doc_id)
    tags = names.lexicon(rules).tags
    rows: list[dict[str, Any]] = []
    sents = sentences(text)
    carried = False   # a construction verb or an amount in the sentence before, which a semicolon goes on from
    carried_heading = ""    # a named list the sentence before opened, which a semicolon goes on from
    carried_stage = ""      # the stage its heading or ceremony gave its lists (计划新开工项目…，包括A等…；B等…)
    for sent in sents:
        sent_first = len(rows)
        goes_on, carried = carried, False
        heading, carried_heading = carried_heading, ""  # a named list over the clauses (list_heading)
        stage, carried_stage = carried_stage, ""
        taken: list[tuple[int, int]] = []   # a name stands in one clause, so in one sentence
        listed = "等" in sent.text or bool(heading) or any(list_heading(c.text, lex) for c in clauses(sent))
        # a line leading in a list with a colon or a dash and a verb of building, signing or a visit
        # (此次集中签约的有——\nA、B、…等24个项目，总投资…): the verb goes on to the list, as over a semicolon
        lead_in = sent.text.rstrip().endswith(LEAD_INS) and bool(
            construction_verb(sent.text, lex) or signs(sent.text, lex) or visited(sent.text, lex))
        if not (listed or "“" in sent.text or lex.suffix.search(sent.text)):
            carried = lead_in
            continue  # nor in any of its clauses
        # a construction verb or an investment amount in the sentence (宁波绕城高速公路36亿元总投资中)
        # or an approval (发改委批复A、B等水利设施: projects_approvals)
        in_sentence = (construction_verb(sent.text, lex) or investment_of(sent.text, lex)[0] is not None
                       or visited(sent.text, lex) or approves(sent.text, lex) or signs(sent.text, lex))
        # lists a semicolon strings on (包括A等6个文化旅游项目；B等2个农业产业项目；…) are one sentence's:
        # the verb or amount before the first ties the items of the others (project_lists ties=across)
        carried = bool(in_sentence or goes_on) and sent.text.rstrip().endswith(SEMICOLONS) or lead_in
        if not (in_sentence or listed):
            continue  # quoted and suffixed names need a status word in the sentence, list items 等
        verb_before = goes_on   # a construction verb in an earlier clause of the sentence
        approved = False        # an approval verb in an earlier clause of the sentence
        for clause in clauses(sent):
            words = clause.text
            if not heading:
                heading = list_heading(words, lex)
            verb_earlier, verb_before = verb_before, verb_before or construction_verb(words, lex)
            approved_here = approves(words, lex)
            approved_earlier, approved = approved, approved or approved_here
            has_list, has_quote = "等" in words or has_count_tail(words, lex), "“" in words
            if not (has_list or in_sentence):
                continue  # (as above, for the clause)
            if not (has_list or has_quote or lex.suffix.search(words)):
                continue  # no finder has anything to start from
            status = (status_of(words, lex) or approval_status(words, approved_here, approved_earlier,
                                                                   has_list, lex)
                      if in_sentence else "")
            value, unit = investment_of(words, lex)
            shared = shared_amounts(words, lex)
            # a verb (建成后 too), an amount, a visit to the sites or a signing ties the clause's names
            tied = (bool(status) or value is not None or bool(shared)
                    or (in_sentence and (construction_verb(words, lex) or visited(words, lex)
                                         or signs(words, lex))))
            toks = lines.at(clause.start)     # a clause stands on one line
            # a list's items may be tied by the verb of an earlier clause (project_lists ties=across)
            across = (in_sentence or goes_on) and verb_earlier and not tied
            found = [*(list_items(text, clause, toks, lex, tied or bool(heading), tags, across) if has_list else ()),
                     *(quoted(text, clause, lex, tied, in_sentence) if has_quote else ()),
                     *(quoted_subject(text, clause, toks, tags, lex, bool(status)) if has_quote else ()),
                     *(quoted_opening(text, clause, lex, status) if has_quote else ()),
                     *suffixed(text, clause, toks, tags, lex, tied, in_sentence),
                     *phase_marked(text, clause, toks, tags, lex, bool(status))]
            if not found:
                continue
            first_row = len(rows)
            for start, end, list_name, rule in found:
                if any(s <= start and end <= e for s, e in taken):
                    continue  # inside a name already taken (a list item, a quoted name)
                taken.append((start, end))
                own, own_unit = _own_investment(text, clause, start, end, lex)
                if not list_name and heading and rule.startswith(LIST_RULE_PREFIX):
                    list_name = heading     # a list item under the sentence's named list
                # (A等农业类项目19个总投资32.3亿元: the list's total, not A's)
                shared_total = own is None and group_amount(words, end - clause.start, lex)
                row_status = own_status(text, clause.start, start, lex) or status
                if not row_status and rule.startswith(LIST_RULE_PREFIX):
                    # the stage a heading earlier in the sentence names (计划新开工项目41个，总投资…，主要包括
                    # A、B等19个重大基础设施项目), or its ceremony (举行集中开工仪式，包含A、B等20个项目)
                    prefix = text[sent.start:clause.start]
                    row_status = (heading_status(text[sent.start:start], lex) or ceremony_status(prefix, lex)
                                  or stage)
                    stage = row_status
                rows.append({
                    "name": text[start:end], "list_name": list_name, "status": row_status,
                    "investment": own if own is not None else (None if shared_total else value),
                    "investment_unit": own_unit if own is not None else ("" if shared_total else unit),
                    "region": ctx.region,
                    "sentence": sent.text, "start": start, "end": end, "rule": rule,
                })
            _share_out(rows[first_row:], shared)
        if stage and sent.text.rstrip().endswith(SEMICOLONS):
            carried_stage = stage       # (本次集中开工的项目共16个，包括A等6个文旅项目；B等6个工业项目；…)
        if heading and sent.text.rstrip().endswith(SEMICOLONS):
            carried_heading = heading   # (十大产业项目进展较快，A、B5个项目…；C、D等4个项目…)
        _comma_listed(text, list(clauses(sent)), rows[sent_first:])
        later_amount(text, list(clauses(sent)), rows[sent_first:], lex)
    rows.extend(_headed_rows(text, sents, lex, lines, ctx.region, rows))
    return _companies_out(text, _inner_out(_appositives_out(text, rows, lex)))


SEMICOLONS = ("；", ";")
LEAD_INS = ("：", ":", "——")   # a sentence ending so leads in what follows (签约的项目有：)
LIST_RULE_PREFIX = "pl."          # rows of a list closed by 等 and its tail (project_lists.tsv)
APPOSED = regex.compile(r"[^\s，,。；;、：:！!？?（(“”—]+")   # the words after a dash, to the next mark
CLAUSE_EDGE = regex.compile(r"^[\s，,、；;]+|[\s，,、；;。！!？?]+$")


def list_heading(clause: str, lex: ProjectLexicon) -> str:
    """The named list a clause opens with (``十大产业项目进展较快``: 十大产业项目), or ''. The items
    of the sentence's later lists are its members: they take its name and need no verb of their own."""
    if lex.list_clause is None:
        return ""
    m = lex.list_clause.match(clause)
    return m.group("list") if m else ""


def _comma_listed(text: str, sent_clauses: list, sent_rows: list[dict[str, Any]]) -> None:
    """Items a list sets off with commas, not 、 (沪昆高速…段改扩建工程，京昆高速…段扩容工程，勐海至打洛
    高速公路等一批重大项目开工建设): each clause before the 等 list's that is one name alone and has
    no status takes the list's status, back to the first clause that is more than a name."""
    def clause_of(row: dict[str, Any]) -> int:
        return next((i for i, c in enumerate(sent_clauses) if c.start <= row["start"] < c.end), -1)

    by_clause: dict[int, list[dict[str, Any]]] = {}
    for row in sent_rows:
        by_clause.setdefault(clause_of(row), []).append(row)
    for k, listed in sorted(by_clause.items(), reverse=True):
        status = next((r["status"] for r in listed if r["rule"].startswith(LIST_RULE_PREFIX) and r["status"]), "")
        if not status:
            continue
        for i in range(k - 1, -1, -1):
            alone = by_clause.get(i, [])
            if len(alone) != 1 or alone[0]["status"] or CLAUSE_EDGE.sub("", sent_clauses[i].text) != alone[0]["name"]:
                break
            alone[0]["status"] = status


def _share_out(clause_rows: list[dict[str, Any]], amounts: list[tuple[float, str]]) -> None:
    """Amounts shared out in order (总投资分别为11亿元、6亿元的A和B): the n-th name of the clause takes
    the n-th amount when the clause names as many as it gives amounts."""
    if not amounts or len(clause_rows) != len(amounts):
        return
    for row, (value, unit) in zip(sorted(clause_rows, key=lambda r: r["start"]), amounts):
        row["investment"], row["investment_unit"] = value, unit


def _own_investment(text: str, clause, start: int, end: int, lex) -> tuple[float | None, str]:
    """The amount written for the name at ``start:end`` itself, in its clause: before it (总投资
    50亿元的A), else after it (A，投资30亿元); (None, "") when there is none."""
    own, unit = investment_before(text, clause.start, start, lex)
    if own is None:
        own, unit = investment_after(text, end, clause.end, lex)
    return own, unit


def _headed_rows(text: str, sents, lex, lines, region: str, rows: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Rows of the items of counted headings (``projects_headed``) not found already. Status and
    amount: the item's clause's, else the heading's sentence's status, else the status its heading
    names (``1.竣工项目(2个)：A、B``: 竣工 before 项目 is no verb of the sentence, but names the stage)."""
    seen = {(r["start"], r["end"]) for r in rows}
    starts = [s.start for s in sents]
    for start, end, list_name, rule in headed_items(text, lex, lines):
        if (start, end) in seen:
            continue
        seen.add((start, end))
        sent = sents[max(0, bisect_right(starts, start) - 1)]
        clause = next((c for c in clauses(sent) if c.start <= start < c.end), sent)
        heading = sent.text[:start - sent.start]
        status = status_of(clause.text, lex) or status_of(heading, lex) or heading_status(heading, lex)
        own, own_unit = _own_investment(text, clause, start, end, lex)
        yield {"name": text[start:end], "list_name": list_name, "status": status,
               "investment": own, "investment_unit": own_unit if own is not None else "", "region": region,
               "sentence": sent.text, "start": start, "end": end, "rule": rule}


def _appositives_out(text: str, rows: list[dict[str, Any]], lex) -> list[dict[str, Any]]:
    """A name standing right before a dash describes what follows the dash (公路水下盾构隧道——江苏省
    海太过江通道, 世界在建最长高速公路隧道——天山胜利隧道): when a name stands right after the dash, the
    description and the names inside it go; when the words after the dash up to the next mark end
    in a project suffix, they are the name the description's row takes."""
    starts = {r["start"] for r in rows}
    gone: list[tuple[int, int]] = []
    for row in rows:
        dash = next((d for d in lex.appositive_dashes if text.startswith(d, row["end"])), "")
        if not dash:
            continue
        after = row["end"] + len(dash)
        if after in starts:
            gone.append((row["start"], row["end"]))
            continue
        m = APPOSED.match(text, after)
        suffix = ends_with_suffix(m.group(), lex) if m else ""
        if suffix and len(suffix) < len(m.group()) <= lex.max_chars:
            gone.extend((r["start"], r["end"]) for r in rows if row["start"] <= r["start"] and r["end"] <= row["end"]
                        and r is not row)
            row.update(name=m.group(), start=m.start(), end=m.end())
    return [r for r in rows if not any(s <= r["start"] and r["end"] <= e for s, e in gone)]


def _inner_out(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A name inside another row's longer name is one mention (京雄城际 in 京雄城际铁路).

    One sweep in order of start (longest first at a start): a span is inside a longer one
    when a different span seen before it reaches as far; pairwise it was quadratic in
    the rows of a page (a list of thousands of works took minutes).
    """
    spans = sorted({(r["start"], r["end"]) for r in rows}, key=lambda se: (se[0], -se[1]))
    inner: set[tuple[int, int]] = set()
    reach = -1   # the furthest end of the spans before this one
    for start, end in spans:
        if reach >= end:
            inner.add((start, end))
        reach = max(reach, end)
    return [r for r in rows if (r["start"], r["end"]) not in inner]


def _companies_out(text: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A name the page also gives as a company's name (…发电厂有限公司) is the company, not a project."""
    if not COMPANY.search(text):
        return rows
    return [r for r in rows if not any(
        text.startswith(c, i + len(r["name"])) for i in _finds(text, r["name"]) for c in COMPANY_WORDS)]


def _finds(text: str, name: str):
    i = text.find(name)
    while i >= 0:
        yield i
        i = text.find(name, i + 1)
