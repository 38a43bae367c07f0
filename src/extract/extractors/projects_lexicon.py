"""The project rule files, compiled once per ``Rules``: suffixes, status verbs, list tails, refusals."""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..rulebook import Rules
from ..rulebook.loader import RuleRow
from .literals import literal_pattern
from .targets_lexicon import union
from .targets_places import gazetteer

QUOTES = regex.compile(r"[“”‘’\"]")
CLOSING_MARKS = regex.compile(r"[”’」）)]+$")
BRACKETED_TAIL = regex.compile(r"[（(][^（）()]{1,8}[）)]$")


@dataclass(frozen=True)
class ProjectLexicon:
    suffix: object            # regex: any suffix, longest first
    strength: dict            # suffix word -> strong | weak
    suffix_ids: dict          # suffix word -> rule id
    status: object            # regex: any status word, longest first
    status_rows: dict         # status word -> row
    status_parts: tuple       # project_status_parts rows: a status verb of a part of the works
    leads: tuple              # lead words, longest first
    lists: list               # project_lists rows
    refusals: list            # not_projects rows
    max_chars: int
    first_tags: frozenset     # jieba tags a suffix-found name may not start with (verbs, adverbs)
    inner_tags: frozenset     # jieba tags a suffix-found name may not hold (prepositions, particles)
    name_verbs: frozenset = frozenset()  # words jieba tags verbs that name a facility's kind (抽水 蓄能 of 抽水蓄能电站)
    continues: frozenset = frozenset()  # words after a suffix that make it a zone or body (片区, 指挥部)
    suffix_lengths: tuple = ()          # the suffix words' lengths, longest first
    lists_any: object = None            # the list tails as one pattern (targets_lexicon.union), or None
    places: frozenset = frozenset()     # place names (the gazetteer's forms, county stems): a name may start so
    place_lengths: tuple = ()           # the place names' lengths, longest first
    noun_leads: frozenset = frozenset()  # lead words read as nouns right before a suffix (研究设施)
    never_starts: str = ""    # characters no name opens with (暨)
    stop_marks: str = ""      # marks a name read back from its suffix does not cross (「, ▲)
    group_count: object = None  # regex: a count of a list's projects standing before the clause's amount
    later_amount_lead: object = None  # regex: words before the amount opening a later clause (项目, 估算)
    own_status: object = None   # regex: a status verb modifying a name, ending right before it (已建成的)
    ceremony: object = None     # regex: a ceremony of starts or completions (集中开工仪式)
    ordinal_line: object = None  # regex: what follows an ordinal that numbers a production line (第三条|生产线)
    quoted_event: object = None  # regex: a suffix and the quoted event after it (工程开工典礼”)
    name_endings: tuple = ()            # endings of a quoted facility's own name (“深海一号”)
    name_min_chars: int = 0             # and is at least this long inside its quotes
    name_status: str = ""               # the status a clause opened by such a name must have
    subject_tails: tuple = ()           # words ending a quoted-part name that opens its clause (平台)
    works_endings: tuple = ()           # works words (整治, 改造) closing an item of a bare 等工程 list
    route_joiners: frozenset = frozenset()  # leads that join two places inside a route's name (至)
    place_tags: frozenset = frozenset()     # jieba tags of place names (ns)
    route_place_like: tuple = ()            # tag prefixes of a word that may be an unknown place by a joiner (n, j)
    back_stops: frozenset = frozenset()     # heading nouns a name read back from its suffix does not cross (重点项目)
    appositive_dashes: tuple = ()           # a name before one of these and another name is a description
    joined_part: object = None              # regex: a joiner before a part of the same works (及 of 及配套)
    part_tails: tuple = ()                  # parts of the works closing a name (主体工程, 路基工程), longest first
    status_nouns: tuple = ()                # words making a status word before them a noun (启动区, 通航设施)
    time_after: tuple = ()                  # words making a status word before them a time clause (建成后)
    visit_cues: tuple = ()                  # words of a visit to project sites (观摩, 现场): they tie a clause's names
    visit_list_cues: tuple = ()             # in such a clause, verbs opening a list of the sites (深入)
    and_split_words: tuple = ()             # joiners splitting two unsuffixed list items (和)
    and_split_min_chars: int = 0            # when each side holds at least this many characters
    list_cues: tuple = ()                   # enumeration cues opening a list of projects (包括, 涉及)
    specific_tags: frozenset = frozenset()  # jieba tags of proper names: a list item holding one names one thing
    company_words: tuple = ()               # words of a company's name (集团): so does an item holding one
    quoted_kinds: tuple = ()                # kinds named only after a quoted name (社宅 of 「宜居后甲」社宅)
    field_named_tails: tuple = ()           # words of list tails whose items are named by their field (科技)
    sector_tails: tuple = ()                # words of list tails naming a sector (能源, 交通, 基础设施)
    batch_words: tuple = ()                 # a batch opening a list (引进一批…): its items are kinds of projects
    sector_reach: int = 0                   # how far after 等 they are looked for
    amount_lead: object = None              # regex: an amount or area opening an item (总投资100亿元的)
    list_clause: object = None              # regex: a clause led by a named list (十大产业项目进展较快)
    time_lead: object = None                # regex: a month or a day opening a name (9月底洪湖…段)
    works_verbs: frozenset = frozenset()    # building verbs that may stand inside a name (迁址新建)
    works_phase: object = None              # regex: what may stand between such a verb and the suffix (二期)
    owner_lead: object = None               # regex: a company and 的 opening an item (某某有限公司的…项目)
    kind_word: str = ""                     # a common kind heading a name (水利项目 of 水利项目淮河…工程)
    glued_tails: frozenset = frozenset()    # a stage word jieba glues to a suffix (设计 of 工程设计)
    site_suffixes: tuple = ()               # zones that may be where another project is built (园区)
    site_leads: tuple = ()                  # prepositions of place before such a zone (在)
    site_built: object = None               # regex: a building verb after a zone so led (投资建设)
    site_event: object = None               # regex: an event verb after a zone (举行)
    kind_word_max: int = 0                  # at most this many characters before the kind word
    kind_head: object = None                # regex: a kind heading an apposition (国家重大水利工程)
    list_cue_re: object = None              # regex: a set a list's items are taken from (33个重点工程中)
    route_ends: object = None               # regex: a route named by its ends alone (泗洪至许昌)
    count_tail: object = None               # regex: a count closing a 、 list with no 等 (A、B和C4座大型水电站)
    item_time_words: tuple = ()             # time words opening a list item (目前)
    list_head: object = None                # regex: a heading counting a list's projects (这15个项目分别是)
    headed_min_chars: int = 0               # an item under such a heading is at least this long
    headed_amount_tail: object = None       # regex: an item's own amount clause after it (，总投资3.1亿元)
    dateline: object = None                 # regex: a news dateline a name read back may run into
    verb_name: object = None                # regex: a name made of verbs by its kind (引江济淮: a water transfer)
    route_section: object = None            # regex: a section of a line right after its suffix (…高速A至B段改扩建工程)
    approval: object = None                 # regex: an approval verb (批复, 核准): it ties names as a status verb (projects_approvals)
    approval_status: str = ""               # the status of a name an approval ties
    signing: object = None                  # regex: a signing verb (签约): it ties names as a visit does (projects_signings)
    heading_status: object = None           # regex: a status word of a list's heading (竣工项目, 续建项目)
    heading_rows: dict = field(default_factory=dict)   # its word -> its row (project_headings.tsv)
    # projects_investment rows by `where`: read anywhere in a clause; a name's own (all but shared); shared
    investment_clause: tuple = ()
    investment_named: tuple = ()
    investment_shared: tuple = ()


def alternation(words) -> object:
    """The longest of the (non-empty) words at the leftmost offset."""
    return literal_pattern(w for w in words if w)


def lexicon(rules: Rules) -> ProjectLexicon:
    def build() -> ProjectLexicon:
        suffixes = rules.table("project_suffixes")
        status = rules.table("project_status")
        lists = rules.table("project_lists")
        headings = rules.table("project_headings")
        investment = rules.table("projects_investment")
        kinds = "|".join(regex.escape(k) for k in rules.setting("projects.heading_status_kinds", []))
        words = "|".join(regex.escape(r["word"]) for r in sorted(headings, key=lambda r: -len(r["word"])))
        return ProjectLexicon(
            suffix=alternation(r["word"] for r in suffixes),
            strength={r["word"]: r.get("strength", "weak") for r in suffixes},
            suffix_ids={r["word"]: r.id for r in suffixes},
            status=alternation(r["word"] for r in status),
            status_rows={r["word"]: r for r in status},
            status_parts=tuple(rules.table("project_status_parts")),
            leads=tuple(sorted(rules.words("projects_leads"), key=len, reverse=True)),
            lists=lists,
            refusals=rules.table("not_projects"),
            max_chars=int(rules.setting("projects.name_max_chars", 30)),
            never_starts="".join(rules.setting("projects.name_never_starts", [])),
            stop_marks="".join(rules.setting("projects.read_back_stop_marks", [])),
            group_count=rules.pattern("projects.group_count_re"),
            later_amount_lead=rules.pattern("projects.later_amount_lead_re"),
            own_status=rules.pattern("projects.own_status_re"),
            quoted_event=rules.pattern("projects.quoted_event_re"),
            ordinal_line=rules.pattern("projects.ordinal_line_re"),
            ceremony=rules.pattern("projects.ceremony_re"),
            first_tags=frozenset(rules.setting("projects.first_token_stop_tags", [])),
            inner_tags=frozenset(rules.setting("projects.inner_token_stop_tags", [])),
            name_verbs=frozenset(rules.setting("projects.name_verb_words", [])),
            continues=frozenset(rules.setting("projects.suffix_continues", [])),
            suffix_lengths=tuple(sorted({len(r["word"]) for r in suffixes if r["word"]}, reverse=True)),
            lists_any=union([r.regex("pattern") for r in lists]),
            places=frozenset(gazetteer(rules).by_form) | frozenset(rules.setting("projects.place_name_stems", [])),
            place_lengths=tuple(sorted({len(f) for f in gazetteer(rules).by_form}, reverse=True)),
            noun_leads=frozenset(rules.setting("projects.noun_leads", [])),
            name_endings=tuple(rules.setting("projects.quoted_name_endings", [])),
            name_min_chars=int(rules.setting("projects.quoted_name_min_chars", 0)),
            name_status=str(rules.setting("projects.quoted_name_status", "")),
            subject_tails=tuple(rules.setting("projects.quoted_subject_tails", [])),
            works_endings=tuple(rules.setting("projects.list_works_endings", [])),
            route_joiners=frozenset(rules.setting("projects.route_joiners", [])),
            place_tags=frozenset(rules.setting("projects.place_tags", [])),
            route_place_like=tuple(rules.setting("projects.route_place_like_tags", [])),
            back_stops=frozenset(rules.setting("projects.read_back_stop_words", [])),
            status_nouns=tuple(rules.setting("projects.status_nouns", [])),
            appositive_dashes=tuple(rules.setting("projects.appositive_dashes", [])),
            part_tails=tuple(sorted(rules.setting("projects.part_tails", []), key=len, reverse=True)),
            time_after=tuple(rules.setting("projects.status_time_after", [])),
            visit_cues=tuple(rules.setting("projects.visit_cues", [])),
            visit_list_cues=tuple(rules.setting("projects.visit_list_cues", [])),
            and_split_words=tuple(rules.setting("projects.and_split_words", [])),
            and_split_min_chars=int(rules.setting("projects.and_split_min_chars", 0)),
            list_cues=tuple(rules.setting("projects.list_cues", [])),
            specific_tags=frozenset(rules.setting("projects.specific_tags", [])),
            company_words=tuple(rules.setting("projects.company_words", [])),
            quoted_kinds=tuple(sorted(rules.setting("projects.quoted_kinds", []), key=len, reverse=True)),
            field_named_tails=tuple(rules.setting("projects.field_named_tails", [])),
            sector_tails=tuple(rules.setting("projects.sector_tails", [])),
            batch_words=tuple(rules.setting("projects.batch_words", [])),
            sector_reach=int(rules.setting("projects.sector_reach", 0)),
            amount_lead=rules.pattern("projects.amount_lead_re"),
            list_clause=rules.pattern("projects.list_clause_re"),
            time_lead=rules.pattern("projects.time_lead_re"),
            works_verbs=frozenset(rules.setting("projects.name_works_verbs", [])),
            works_phase=rules.pattern("projects.name_works_phase_re"),
            owner_lead=rules.pattern("projects.owner_lead_re"),
            kind_word=str(rules.setting("projects.kind_word", "")),
            glued_tails=frozenset(rules.setting("projects.glued_tails", [])),
            site_suffixes=tuple(rules.setting("projects.site_suffixes", [])),
            site_leads=tuple(rules.setting("projects.site_leads", [])),
            site_built=rules.pattern("projects.site_built_re"),
            site_event=rules.pattern("projects.site_event_re"),
            kind_word_max=int(rules.setting("projects.kind_word_max_chars", 0)),
            kind_head=rules.pattern("projects.kind_head_re"),
            item_time_words=tuple(rules.setting("projects.item_time_words", [])),
            list_cue_re=rules.pattern("projects.list_cue_re"),
            count_tail=rules.pattern("projects.list_count_tail_re"),
            route_ends=rules.pattern("projects.route_ends_re"),
            list_head=rules.pattern("projects.list_head_re"),
            headed_min_chars=int(rules.setting("projects.headed_item_min_chars", 0)),
            headed_amount_tail=rules.pattern("projects.headed_amount_tail_re"),
            dateline=rules.pattern("projects.dateline_re"),
            verb_name=rules.pattern("projects.verb_name_re"),
            route_section=rules.pattern("projects.route_section_re"),
            approval=rules.pattern("projects.approval_re"),
            approval_status=str(rules.setting("projects.approval_status", "")),
            signing=rules.pattern("projects.signing_re"),
            joined_part=rules.pattern("projects.joined_part_re"),
            heading_status=regex.compile(f"(?:{words})(?=(?:{kinds}))") if words and kinds else None,
            heading_rows={r["word"]: r for r in headings},
            investment_clause=tuple(r for r in investment if _where(r) == CLAUSE_WHERE),
            investment_named=tuple(r for r in investment if _where(r) != SHARED_WHERE),
            investment_shared=tuple(r for r in investment if _where(r) == SHARED_WHERE),
        )

    return rules.cached("projects.lexicon", build)


def refused(name: str, after: str, lex: ProjectLexicon, before: str = "") -> RuleRow | None:
    """The not_projects rule that refuses ``name`` (followed by ``after``, preceded by ``before``), if any."""
    bare = QUOTES.sub("", name)
    for row in lex.refusals:
        pat = row.regex("pattern")
        if not (pat.search(name) or pat.search(bare)):
            continue
        if row.get("after_re") and not row.regex("after_re").match(after):
            continue
        if row.get("before_re") and not row.regex("before_re").search(before):
            continue
        return row
    return None


def ends_with_suffix(name: str, lex: ProjectLexicon) -> str:
    """The suffix word ``name`` ends with ('' if none); a closing quote or bracket is looked past."""
    core = CLOSING_MARKS.sub("", name)
    core = BRACKETED_TAIL.sub("", core)
    for n in lex.suffix_lengths:        # the longest suffix word it ends with
        if n <= len(core) and core[-n:] in lex.strength:
            return core[-n:]
    return ""


def works_item(name: str, lex: ProjectLexicon) -> bool:
    """``吴淞江江苏段整治``, ``淠史杭灌区现代化改造``: works on a named thing, i.e. a works word
    at the end with a project suffix before it (not 老旧小区改造, 农村人居环境整治: programmes)."""
    for word in lex.works_endings:
        if name.endswith(word) and len(name) > len(word):
            return bool(lex.suffix.search(name, 0, len(name) - len(word)))
    return False


def construction_verb(clause: str, lex: ProjectLexicon) -> bool:
    """The clause holds a status word that is a verb, though perhaps of a time clause (建成后), or
    progress on the works (project_status_parts: 累计完成投资, whose 完成 is of a noun)."""
    nouns = False   # a status word of a noun (完成投资): only then may a part be the clause's progress
    for m in lex.status.finditer(clause):
        if not clause.startswith(lex.status_nouns, m.end()):
            return True
        nouns = True
    return nouns and any(row.regex("pattern").search(clause) for row in lex.status_parts)


def visited(clause: str, lex: ProjectLexicon) -> bool:
    """The clause reports a visit to project sites (观摩组先后深入A项目、B项目进行观摩): its names are
    the sites visited, projects with or without a construction verb."""
    return any(cue in clause for cue in lex.visit_cues)


def status_of(clause: str, lex: ProjectLexicon) -> str:
    """The status the clause's verbs give (lowest priority number wins), or ''."""
    best = None
    parts = [(m.span(), row) for row in lex.status_parts for m in row.regex("pattern").finditer(clause)]
    for _, row in parts:
        if best is None or int(row.get("priority", "9")) < int(best.get("priority", "9")):
            best = row    # progress on a part of the works (主体工程完成过半, 完成可研报告初稿)
    for m in lex.status.finditer(clause):
        if any(s <= m.start() and m.end() <= e for (s, e), _ in parts):
            continue    # the verb of that part, not of the project
        if clause.startswith(lex.status_nouns, m.end()):
            continue    # a noun's word, not the clause's verb (启动区, 建成区, 通航设施, 建设项目)
        if clause.startswith(lex.time_after, m.end()):
            continue    # a time clause's verb (建成后): not yet so
        row = lex.status_rows[m.group()]
        if best is None or int(row.get("priority", "9")) < int(best.get("priority", "9")):
            best = row
    return best["status"] if best is not None else ""


def last_match(pattern, text: str):
    """The last match of ``pattern`` (a compiled pattern, or None) in ``text``, or None."""
    last = None
    if pattern is not None:
        for last in pattern.finditer(text):
            pass
    return last


def heading_status(heading: str, lex: ProjectLexicon) -> str:
    """The status the last status word of a list's heading gives its items (1.竣工项目(2个)：), or ''."""
    last = last_match(lex.heading_status, heading)
    return lex.heading_rows[last.group()]["status"] if last is not None else ""


def investment_before(text: str, floor: int, start: int, lex: ProjectLexicon) -> tuple[float | None, str]:
    """The amount that ends right before a name (``总投资100亿元的道氏技术…``: the item's own,
    not the clause's first), looked for in text[floor:start]; (None, '') if none."""
    if lex.amount_lead is None:
        return None, ""
    head = text[floor:start]
    for row in lex.investment_named:
        last = None
        for m in row.regex("pattern").finditer(head):
            last = m
        if last is not None and lex.amount_lead.fullmatch(head, last.start()) is not None:
            return _amount(last)
    return None, ""


def investment_after(text: str, end: int, limit: int, lex: ProjectLexicon) -> tuple[float | None, str]:
    """The amount that opens right after a name (``兴泉铁路泉州段总投资153亿元、南山文化生态园总投资
    80亿元``: each name's own); (None, '') if none."""
    for row in lex.investment_clause:
        m = row.regex("pattern").match(text, end, limit)
        if m:
            return _amount(m)
    return None, ""


YUAN = "元"
CLAUSE_WHERE = "clause"   # projects_investment.tsv `where` of rows read anywhere in a clause
SHARED_WHERE = "shared"   # … of rows of amounts shared out in order (总投资分别为11亿元、6亿元的A和B)
SHARED_AMOUNT = regex.compile(r"(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>亿美元|万美元|亿元|万元)")


def _amount(m: regex.Match) -> tuple[float, str]:
    """An investment match's value and its unit in yuan (亿 -> 亿元)."""
    unit = m.group("unit")
    return float(m.group("value")), unit if unit.endswith(YUAN) else unit + YUAN


def _where(row) -> str:
    """Where a projects_investment row is read (``where``; a clause when unset)."""
    return row.get("where", CLAUSE_WHERE)


def shared_amounts(clause: str, lex: ProjectLexicon) -> list[tuple[float, str]]:
    """The amounts a clause shares out in order among its names (分别为11亿元、6亿元), else []."""
    for row in lex.investment_shared:
        m = row.regex("pattern").search(clause)
        if m:
            return [_amount(a) for a in SHARED_AMOUNT.finditer(m.group("amounts"))]
    return []


def investment_of(clause: str, lex: ProjectLexicon) -> tuple[float | None, str]:
    for row in lex.investment_clause:
        m = row.regex("pattern").search(clause)
        if m:
            return _amount(m)
    return None, ""


def group_amount(clause: str, after: int, lex: ProjectLexicon) -> bool:
    """The clause's amount (``investment_of``) follows a count of a list's projects standing after
    offset ``after`` (A等农业类项目19个总投资32.3亿元): the whole list's total, no item's."""
    if lex.group_count is None:
        return False
    for row in lex.investment_clause:
        m = row.regex("pattern").search(clause)
        if m:
            return m.start() > after and lex.group_count.search(clause, after, m.start()) is not None
    return False


def strip_leads(text: str, start: int, end: int, lex: ProjectLexicon, boundary=None) -> int:
    """Move ``start`` past lead words (重点抓好, 加快建设 ...) at the front of text[start:end];
    with ``boundary``, only a lead that ends on a token boundary (not 沿 in 沿江高铁)."""
    moved = True
    while moved and start < end:
        moved = False
        for word in lex.leads:
            if not (text.startswith(word, start, end) and end - start > len(word) + 1):
                continue
            if boundary is not None and not boundary(start + len(word)):
                continue                # (asked only of a lead that is there: a boundary may cut a line)
            start += len(word)
            moved = True
            break
    return start
