"""Project names inside one clause: list items before 等, quoted names, names ending in a suffix.

Each finder yields ``(start, end, list_name, rule)`` with offsets into the page text.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Iterator, NamedTuple

import regex

from .names import PageTokens
from .projects_lexicon import ProjectLexicon, ends_with_suffix, refused, strip_leads, visited, works_item
from .projects_quoted import kind_before, quoted_kind, shared_suffix
from .sentences import CLAUSE_PUNCT, Span

QUOTED = regex.compile(r"“([^“”]{2,30})”")
ADVERBS = r"加快|顺利|全面|有序|率先|正式|全线|基本"   # before a status verb (加快建设, 全线贯通)
NAME_AFTER_VERB_MIN = 4   # a status word with a suffixed name this long after it leads that name
TRAILING_STATUS = regex.compile(r"(?:(?:" + ADVERBS + r")?(?:建成|竣工|投产|投运|投用|通车|通航|通水|贯通|开通|开工|启动|建设|推进|运营|运行|实施|投入使用|交付|落地|签约|完成)(?P<rest>(?:\d+(?:\.\d+)?(?=[千万]?[伏瓦吨米]))?[\p{Han}]*))$")
ITEM_SPLIT = regex.compile(r"、|和(?=[\p{Han}“\d])|及(?=[\p{Han}“\d])|以及")   # (和12亿元的C: an amount opens the item)
HAN = regex.compile(r"\p{Han}")
SPECIFIC_MARK = regex.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ“”‘’\"·]")
BREAK_IN_NAME = regex.compile(r"[、，。；：！？,;:!?\n]")
PHASE = regex.compile(r"(?:[\d.]+|[一二三四五六七八九十]+|[ⅠⅡⅢⅣⅤⅥ])期|[（(][^（）()]{1,8}[）)]")
OPEN_BRACKETS, CLOSE_BRACKETS = "（(", "）)"
STOP_TOKEN = regex.compile(r"[\s、，。；：！？,;:!?的了是等]")
APPOSITION_DASH = "——"             # opens an apposition (竣工项目——英法海底隧道); one — joins (中国—东盟)
SECTION = "段"                      # after a place name: a section of a line or park (江苏段)
COUNT_TOKEN = regex.compile(r"(?:\d+|第[一二三四五六七八九十]+)[个项座条家]")   # (3个; an ordinal: 第一条 of 第一条捷运绿线)
STATUS_ADVERB = regex.compile(ADVERBS)
CLAUSE_MARKS = regex.compile(rf"[\s{CLAUSE_PUNCT}]+$")   # the punctuation ending a clause
# a list item that is a name and a roman phase mark (鹏城云脑Ⅲ、…): the mark ends the item
ROMAN_ITEM = regex.compile(r"(?<=^|、)[^、]*?\p{Han}{2}[ⅡⅢⅣⅤⅥⅦⅧⅨ]期?(?=、|[，,。；;！!？?]*$)")
Found = tuple[int, int, str, str]
TITLE_OPEN, TITLE_CLOSE = "《", "》"
TITLE_REACH = 60                   # how far a title's marks are looked for on either side of a name


def clean_item(text: str, start: int, end: int, lex: ProjectLexicon, boundary=None,
               verb_leads: bool = True) -> tuple[int, int]:
    """Trim spaces, lead verbs in front, status verbs behind (广湛高铁建成通车 -> 广湛高铁).
    ``verb_leads``: a status word inside may lead the name after it (the clause's verb before a
    list's first item); not so in an item that starts after its list's heading (…建设试点项目)."""
    while start < end and (text[start].isspace() or text[start] in lex.never_starts):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    dateline = None
    if lex.dateline is not None:
        for dateline in lex.dateline.finditer(text, start, end):
            pass
    if dateline is not None and end - dateline.end() >= 2:
        start = dateline.end()   # a news dateline before the name (新华社北京6月25日电(记者…)黄河…工程)
    start = _past_stray_close(text, start, end)
    start = strip_leads(text, start, end, lex, boundary)
    amount = lex.amount_lead.match(text, start, end) if lex.amount_lead is not None else None
    if amount and end - amount.end() >= 2:
        # an amount or an area before the name is no part of it (总投资150亿元海创磷酸铁锂项目,
        # 总投资100亿元的道氏技术…, 17万平方米实验室项目)
        start = strip_leads(text, amount.end(), end, lex, boundary)
    when = lex.time_lead.match(text, start, end) if lex.time_lead is not None else None
    if when and end - when.end() >= 2:
        # a month or a day before the name is the time of its verb (力争9月底|洪湖新滩至洪湖城区段建成)
        start = strip_leads(text, when.end(), end, lex, boundary)
    owner = lex.owner_lead.match(text, start, end) if lex.owner_lead is not None else None
    if owner and end - owner.end() >= 2:
        start = owner.end()     # the company owning the project (合肥某某材料有限公司的电子特种气体项目)
    head = lex.kind_head.match(text, start, end) if lex.kind_head is not None else None
    if head and end - head.end() >= 3 and ends_with_suffix(text[head.end():end], lex):
        # the kind heading an apposition (国家重大水利工程藻渡水库, 湖南省重点项目金塘冲水库)
        start = head.end()
    m = TRAILING_STATUS.search(text, start, end)
    rest = m.group("rest") if m else ""
    route = verb_leads and lex.route_ends is not None and lex.route_ends.fullmatch(rest) is not None
    if m and (m.start() - start >= 3 or route) and not (rest and rest in lex.strength):
        if verb_leads and len(rest) >= NAME_AFTER_VERB_MIN and (ends_with_suffix(rest, lex) or route):
            # the verb leads the name after it: a list's first item opened by its clause's subject
            # and verb (各部门要加快推进株洲西站综合交通枢纽、…等项目建设)
            return clean_item(text, m.start("rest"), end, lex, boundary)
        if _status_only(rest, lex):
            # (a status word right before a suffix is the name's: 有轨电车建设项目, 通航设施; one before
            # other words is a verb and its object, not a trailing status: 当地正全力推进高标准农田建设)
            end = m.start()
    return start, end


def _past_stray_close(text: str, start: int, end: int) -> int:
    """Past a closing bracket that no bracket in text[start:end] opened (张强）城西…工程: the end of
    a byline read back over its spaces), when a name of two or more characters follows it."""
    for i in range(start, end):
        if text[i] in OPEN_BRACKETS:
            return start
        if text[i] in CLOSE_BRACKETS:
            return i + 1 if end - i - 1 >= 2 else start
    return start


def _status_only(words: str, lex: ProjectLexicon) -> bool:
    """``words`` is empty or status words alone (通车 of 建成通车)."""
    pos = 0
    while pos < len(words):
        m = lex.status.match(words, pos)
        if m is None:
            return False
        pos = m.end()
    return True


def valid(text: str, start: int, end: int, lex: ProjectLexicon, after: str | None = None) -> bool:
    """``after``: the words read as following the name, when not the page's (a count tail: 等 before it)."""
    name = text[start:end]
    if not name or end - start > lex.max_chars or not HAN.search(name) or _in_title(text, start, end):
        return False
    if BREAK_IN_NAME.search(name) or name.count("“") != name.count("”"):
        return False
    following = text[end:end + 12] if after is None else after
    return refused(name, following, lex, text[max(0, start - 6):start]) is None


def _in_title(text: str, start: int, end: int) -> bool:
    """text[start:end] stands inside a 《…》 title (《关于规划建设北京城市副中心…的汇报》): the words of a
    document's title, not a project the page reports on."""
    opened = text.rfind(TITLE_OPEN, max(0, start - TITLE_REACH), start)
    if opened < 0 or text.find(TITLE_CLOSE, opened, start) >= 0:
        return False
    closed = text.find(TITLE_CLOSE, end, end + TITLE_REACH)
    return closed >= 0 and text.find(TITLE_OPEN, end, closed) < 0


def list_items(text: str, clause: Span, toks: PageTokens, lex: ProjectLexicon, has_status: bool,
               tags: dict | None = None, across: bool = False) -> Iterator[Found]:
    """``A、B、C等十大产业项目``: the items before 等 when a project-list tail follows it
    (a list without a heading needs a construction verb in the clause: 等项目竣工通车).
    ``items`` of the tail's row: any, suffixed (items ending in a project suffix) or works
    (suffixed items or works on a named thing, ``works_item``: the bare tail 等工程 is heading
    enough, with or without a verb). ``across``: an earlier clause of the sentence holds a construction
    verb, which ties the items of a tail so marked (ties=across); under a tail naming a sector, items
    so tied only are names with a project suffix or works (not fields: 抓实风电光伏、新型储能等领域项目)."""
    for tail_at, tail in _tails(text, clause, lex):
        if not text.startswith("等", tail_at) and _verb_before(tail_at, toks, tags):
            continue                    # a count after a verb is its object's (新筹建1个办学项目), no list's tail
                                        # (nor one after 的: 二批纳入集中调度的188个重点项目)
        if lex.lists_any is not None and not lex.lists_any.match(tail):
            continue                    # no list tail here (one match instead of one per tail)
        for row in lex.lists:
            t = row.regex("pattern").match(tail)
            if not t:
                continue
            list_name = t.groupdict().get("list") or ""
            items = row.get("items", "any")
            only_suffixed, works = items == "suffixed", items == "works"
            region = text[clause.start:tail_at]
            seps = _item_seps(region, clause.start, toks, lex)
            # an enumeration cue before the first item (包括, 涉及, 签约) makes the items members
            # of the tail's kind, verb or none, and the first item starts after it
            visit = visited(clause.text, lex)
            if visit:   # the sites' list starts after the visit verb (县委副书记、县长深入A、B等项目现场)
                seps = [x for x in seps if x.start() >= _visit_verb_end(region, lex)]
            cue = _cue_end(region, seps[0].start() if seps else len(region), lex, visit)
            # a list with neither a heading nor a construction verb nor a cue still names the
            # items that end in a strong suffix (螺蛳粉产业园等工业旅游标杆)
            # (nor a tail whose verb ties its items, ties=yes: A、B等8个项目集中签约)
            by_across = across and not has_status and row.get("ties", "") == "across"
            strong_only = (not list_name and not has_status and not works and cue is None
                           and row.get("ties", "") != "yes" and not by_across)
            if strong_only and not only_suffixed:
                break
            cuts = [clause.start + (cue or 0)] + [clause.start + x.end() for x in seps]
            # under a tail naming a sector (等能源交通项目, 等新型基础设施, 等多个领域), not a heading
            # of its own (等十大基础设施项目: 城区污水管网改造), an item is a
            # name, not a field (电网建设、光伏发电、城乡路网); not a tail of research facilities, named
            # by their field (先进阿秒激光、转化医学等重大科技基础设施)
            head = tail[:lex.sector_reach]
            # so too under a batch opening the list (积极引进一批海洋生物医药、冷链物流等项目): the items are
            # the kinds of projects sought, not names
            # (a field's words are often ones jieba does not know, 海洋生物医药: only a suffix or works keep an item)
            first = region[:seps[0].start()] if seps else region
            batch = items == "any" and not list_name and any(w in first for w in lex.batch_words)
            fields_out = (items == "any" and not list_name and tags is not None
                          and (any(w in head for w in lex.sector_tails) or batch)
                          and not any(w in head for w in lex.field_named_tails))
            if batch:   # the first item starts after its batch word (谋划一批|城北污水处理厂、…等项目)
                cuts[0] = max(cuts[0], clause.start + max(first.rfind(w) + len(w) for w in lex.batch_words if w in first))
            ends = [clause.start + x.start() for x in seps] + [tail_at]
            for s, e in zip(cuts, ends):
                s = _past_time_word(text, s, e, lex)     # (目前春天国际学校项目; list items only)
                s, e = clean_item(text, s, e, lex, toks.is_boundary)
                word = ends_with_suffix(text[s:e], lex)
                if only_suffixed and not word or strong_only and lex.strength.get(word) != "strong":
                    continue
                if works and not (word or works_item(text[s:e], lex)):
                    continue
                if fields_out and not (word or works_item(text[s:e], lex)
                                       or (not batch and _specific(s, e, text, toks, tags, lex)
                                           and not (by_across and cue is None))):
                    continue
                # (an item right before a count tail is followed by the count as by 等 and a count)
                after = tail[:12] if e == tail_at and not text.startswith("等", tail_at) else None
                if valid(text, s, e, lex, after):
                    yield s, e, list_name, row.id
            break


def _tails(text: str, clause: Span, lex: ProjectLexicon) -> Iterator[tuple[int, str]]:
    """Where a list's tail may start in the clause, and the tail as the list rows read it: at each 等;
    at a count closing a 、 list with no 等 (settings projects.list_count_tail_re: 乌东德、白鹤滩、溪洛渡和向家坝
    4座大型水电站全部建成), read as if 等 stood before the count."""
    at = clause.text.find("等")
    while at >= 0:
        yield clause.start + at, text[clause.start + at:clause.end]
        at = clause.text.find("等", at + 1)
    if not has_count_tail(clause.text, lex):
        return
    for m in lex.count_tail.finditer(clause.text):
        if "、" in clause.text[:m.start()]:
            yield clause.start + m.start(), "等" + text[clause.start + m.start():clause.end]


NOT_ITEM_END_TAGS = ("v", "u", "p", "c", "d", "m", "q", "r")   # jieba tags (prefixes) ending no list item


def _verb_before(pos: int, toks: PageTokens, tags: dict | None) -> bool:
    """The word ending at ``pos`` is one jieba tags a verb, a particle or another word that ends no
    name (筹建 of 新筹建1个…; 的 of 纳入集中调度的188个…)."""
    i = toks.index_ending(pos)
    if i is None or tags is None:
        return i is None
    return (tags.get(toks.words[i]) or "").startswith(NOT_ITEM_END_TAGS)


def has_count_tail(words: str, lex: ProjectLexicon) -> bool:
    """The clause holds a 、 list closed by a count (see ``_tails``)."""
    return (lex.count_tail is not None and "、" in words and "等" not in words   # (等 governs: A、B等9个)
            and lex.count_tail.search(words) is not None)


class Sep(NamedTuple):
    """A separator between two list items, offsets in the list's region (zero width before 和美)."""
    at: int
    to: int
    word: str

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to

    def group(self) -> str:
        return self.word


def _item_seps(region: str, base: int, toks: PageTokens, lex: ProjectLexicon) -> list[Sep]:
    """The separators of a list's items in ``region`` (starting at page offset ``base``): every 、; a
    joiner (和, 及, 以及) after an item ending in a project suffix; a joiner of settings
    projects.and_split_words standing as a word of its own between two items of at least
    and_split_min_chars characters that end in no project suffix (云一机智能制造和湖北超低温阀门; not
    新能源汽车研发和生产基地, two bases sharing a head). A joiner that opens a word jieba reads
    whole (和美, 和平, 和顺) is no joiner but a name's first character: a suffixed item before it ends there
    and the next item starts with it (城东污水处理厂项目和美固废处理中心项目)."""
    seps: list[Sep] = []
    last = 0
    for x in ITEM_SPLIT.finditer(region):
        word = x.group()
        if word == "、":
            seps.append(Sep(x.start(), x.end(), word))
            last = x.end()
            continue
        if _joins_part(region, x.start(), lex):
            continue    # 及配套: the supporting works of the item before it
        suffixed = bool(ends_with_suffix(region[:x.start()], lex))
        if not toks.is_boundary(base + x.end()):     # 和美, 和平: the next name's first word
            if suffixed and toks.is_boundary(base + x.start()):
                seps.append(Sep(x.start(), x.start(), ""))
                last = x.start()
            continue
        if not suffixed and word in lex.and_split_words and toks.is_boundary(base + x.start()):
            nxt = region.find("、", x.end())
            right = nxt if nxt >= 0 else len(region)
            # (not a head shared by both sides: 新能源汽车研发和生产基地)
            suffixed = (min(x.start() - last, right - x.end()) >= lex.and_split_min_chars
                        and not ends_with_suffix(region[x.end():right], lex))
        if suffixed:
            seps.append(Sep(x.start(), x.end(), word))
            last = x.end()
    return seps


def _specific(start: int, end: int, text: str, toks: PageTokens, tags: dict, lex: ProjectLexicon) -> bool:
    """text[start:end] holds something of one thing, not of a field: a digit or latin letter, a
    quote, a company word, a place (gazetteer) or a word jieba does not know or tags a proper
    name (settings projects.specific_tags: 瑞莱斯, 米朗, 比亚迪); 电网建设, 城乡路网 hold none."""
    name = text[start:end]
    if SPECIFIC_MARK.search(name) or any(w in name for w in lex.company_words):
        return True
    i = bisect_right(toks.starts, start) - 1
    while 0 <= i < len(toks.words) and toks.starts[i] < end:
        word = toks.words[i]
        if HAN.search(word) and (word in lex.places or tags.get(word) is None or tags.get(word) in lex.specific_tags):
            return True
        i += 1
    return False


def _past_time_word(text: str, start: int, end: int, lex: ProjectLexicon) -> int:
    """Past a time word opening a list item (settings projects.item_time_words: 目前, 今年)."""
    for word in lex.item_time_words:
        if text.startswith(word, start, end) and end - start > len(word) + 1:
            return start + len(word)
    return start


def _visit_verb_end(region: str, lex: ProjectLexicon) -> int:
    """End of the last visit verb (settings projects.visit_list_cues) in ``region``, or 0."""
    return max((at + len(cue) for cue in lex.visit_list_cues if (at := region.rfind(cue)) >= 0), default=0)


def _cue_end(region: str, first_end: int, lex: ProjectLexicon, visit: bool = False) -> int | None:
    """End of the last enumeration cue (settings projects.list_cues) in the first item of a list
    (``本次集中开工的项目包括南郑区…``: after 包括), or None; a cue closing the item is no cue.
    ``visit``: the clause reports a visit to the sites, so a visit verb is a cue too (县长深入A、B等
    项目施工现场: after 深入; not 深入实施A、B等重大工程)."""
    best = None
    for cue in (*lex.list_cues, *lex.visit_list_cues) if visit else lex.list_cues:
        at = region.rfind(cue, 0, first_end)
        if at >= 0 and at + len(cue) < first_end and (best is None or at + len(cue) > best):
            best = at + len(cue)
    if lex.list_cue_re is not None:     # a set the items are taken from (33个重点工程中A、B等21个项目)
        for m in lex.list_cue_re.finditer(region, 0, first_end):
            if m.end() < first_end and (best is None or m.end() > best):
                best = m.end()
    return best


def quoted(text: str, clause: Span, lex: ProjectLexicon, has_status: bool, sentence_status: bool) -> Iterator[Found]:
    """``“氢能科技产业园”``, ``中车“双碳”产业园``: quoted names with a suffix and a construction verb
    (in the clause; in the sentence for a strong suffix)."""
    for m in QUOTED.finditer(clause.text):
        s, e = clause.start + m.start(), clause.start + m.end()
        inner = m.group(1)
        # a suffix right after the closing quote belongs to the name (中车“双碳”产业园)
        after = lex.suffix.match(text, e, clause.end)
        kind = "" if after else quoted_kind(text, e, lex.quoted_kinds)   # (「宜居后甲」社宅)
        if after and not ends_with_suffix(inner, lex):
            e = after.end()
        e += len(kind)
        # (“永城好室”及“鹤声好室”社会住宅: the suffix after the last quote is every joined name's)
        word = (ends_with_suffix(text[s:e], lex) or kind
                or shared_suffix(text, e, clause.end, lex.suffix, lex.quoted_kinds)
                or kind_before(text, s, lex.quoted_kinds))   # (第3处社宅「北昌安居」)
        if word and (has_status or (sentence_status and lex.strength.get(word) == "strong")) and valid(text, s, e, lex):
            yield s, e, "", "projects.quoted"


def quoted_subject(text: str, clause: Span, toks: PageTokens, tags: dict, lex: ProjectLexicon,
                   has_status: bool) -> Iterator[Found]:
    """``国家超算“超智存”算力融合平台加快建设``: a clause that is a name holding a quoted part, then
    only a status verb. The name opens the clause (no lead verb: 加快“一企来办”服务平台建设 is a
    verb and its object) and ends in a project suffix or a subject tail word (平台)."""
    if not has_status:
        return
    end = clause.start + len(CLAUSE_MARKS.sub("", clause.text))
    s, e = clean_item(text, clause.start, end, lex, toks.is_boundary)
    if not _only_status(text, e, end, lex) or text[clause.start:s].strip():
        return                      # more than a status verb behind the name, or a lead verb before it
    name = text[s:e]
    inner = QUOTED.search(name)
    if inner is None or inner.end() == len(name) or not HAN.match(name, inner.end()):
        return                      # no quoted part, or nothing after it (quoted() reads those)
    if any(len(w) > 1 and w in name[:inner.start()] for w in lex.leads):
        return                      # a subject and its verb before the quote (市政府推进“菜篮子”工程)
    if not (ends_with_suffix(name, lex) or name.endswith(lex.subject_tails)):
        return
    if _tags_ok(s, e, toks, tags, lex, has_status) and valid(text, s, e, lex):
        yield s, e, "", "projects.quoted_subject"


def quoted_opening(text: str, clause: Span, lex: ProjectLexicon, status: str) -> Iterator[Found]:
    """``“深海一号”获评…、二期工程投产``: a quoted name of a facility (ending in a name ending: 号)
    that opens a clause whose status is the settings' quoted_name_status (a completion or
    production verb); other quoted subjects are plans and campaigns (“十四五”规划主要目标顺利完成)."""
    if not status or status != lex.name_status:
        return
    lead = len(clause.text) - len(clause.text.lstrip())
    m = QUOTED.match(clause.text, lead)
    if m is None or not m.group(1).endswith(lex.name_endings) or len(m.group(1)) < lex.name_min_chars:
        return
    s, e = clause.start + m.start(), clause.start + m.end()
    if valid(text, s, e, lex):
        yield s, e, "", "projects.quoted_opening"


def _only_status(text: str, start: int, end: int, lex: ProjectLexicon) -> bool:
    """text[start:end] is status words alone, after an adverb (加快建设, 建成投运; not 建设成型…)."""
    pos = start
    adverb = STATUS_ADVERB.match(text, pos, end)
    if adverb:
        pos = adverb.end()
    if pos >= end:
        return False
    while pos < end:
        m = lex.status.match(text, pos, end)
        if m is None:
            return False
        pos = m.end()
    return True


def phase_marked(text: str, clause: Span, toks: PageTokens, tags: dict, lex: ProjectLexicon,
                 has_status: bool) -> Iterator[Found]:
    """``建成鹏城云脑Ⅲ、国家超算深圳中心二期``: an item of a ``、`` list in a clause with a construction
    verb that ends in a roman phase mark is a project whatever its last word (a roman numeral
    after a name marks the name's phase; 水质Ⅲ类 goes on past the mark, 《风云Ⅱ》 is no list item)."""
    if not has_status or "、" not in clause.text:
        return
    for m in ROMAN_ITEM.finditer(clause.text):
        s, e = clean_item(text, clause.start + m.start(), clause.start + m.end(), lex, toks.is_boundary)
        if _tags_ok(s, e, toks, tags, lex, has_status) and valid(text, s, e, lex):   # (np.short: 云Ⅲ)
            yield s, e, "", "projects.phase_mark"


def suffixed(text: str, clause: Span, toks: PageTokens, tags: dict, lex: ProjectLexicon,
             has_status: bool, sentence_status: bool) -> Iterator[Found]:
    """Names ending in a project suffix beside a construction verb (in the clause; in the sentence
    for a strong suffix: 高铁, 机场); the start is read back to a lead word, 、 or clause start."""
    if not (has_status or sentence_status):
        return
    for m in lex.suffix.finditer(clause.text):
        word, e = _longer_suffix(text, clause.start + m.start(), clause.start + m.end(), clause.end, lex)
        strong = lex.strength.get(word) == "strong"     # the longer word's (工业园区: 园区, weak: a zone)
        if not (has_status or (sentence_status and strong)):
            continue
        if e < clause.end and not toks.is_boundary(e) and not _glued_status(text, e, toks, lex):
            continue
        if len(word) == 1 and not toks.is_boundary(clause.start + m.start()):
            continue  # 段 in 手段, 站 in 网站: a one-character suffix must start its own token
        # a longer name goes on past a phase or section mark (航空科创园2.2期, 机场三期, 高铁安徽段)
        ext, route, note = PHASE.match(text[e:clause.end]), 0, 0
        if ext:
            # a note in brackets (贵广高铁(贵阳与广州): the line's two ends) is no word of the name: its
            # tags do not decide whether the words before it name a project
            note = ext.end() if ext.group()[0] in OPEN_BRACKETS else 0
            e += ext.end()
        else:
            # a line's section and its works (银百高速宁夏段扩容工程) before a place's section alone (大运河国家
            # 文化公园江苏段)
            route = _route_section(text, e, clause.end, word, lex)
            ext = 0 if route else _section(text, e, clause.end, lex)
            e += ext + route
        if not ext and _noun_follows(e, clause.end, toks, tags, lex):
            continue  # the suffix is not the name's end (雄安站枢纽片区, 深水工程建设中心)
        s = _read_back(text, clause.start + m.start(), clause.start, toks, tags, lex)
        s, e2 = clean_item(text, s, e, lex, toks.is_boundary)
        s = _past_kind(s, e2, toks, tags, lex)
        if _past_kind(s, e2 + 1, toks, tags, lex) == e2:
            continue  # the kind heading the name after it (水光互补项目 of 水光互补项目柯拉光伏电站)
        listed = s > clause.start and text[s - 1] == "、" and strong
        # an amount right before opens the name whatever jieba tags its first word (计划投资1.59亿元的
        # 共享智能助力单车…项目: 共享, a verb)
        listed = listed or _after_amount(text, s, clause.start, lex)
        # a water transfer is named by its verbs (引黄入呼三期工程, 引绰济辽): jieba's verb tags do not count
        verb_named = has_status and lex.verb_name is not None and lex.verb_name.match(text, s, e2) is not None
        # (a route section's words were read by their pattern, its verbs too: 汉中至广元段扩容工程)
        tags_end = e2 - route - (note if e2 == e else 0)
        if e2 - s < len(word) + 2 or not (verb_named or _tags_ok(s, tags_end, toks, tags, lex, has_status, listed)):
            continue
        if e2 != e and not ends_with_suffix(text[s:e2], lex):
            continue  # a status word stripped from the end took the suffix with it (工程建设中心)
        e2 = _bracket_closed(text, s, e2, clause.end)   # (…生产项目（一期）: the phase in brackets)
        e2 = _part_trimmed(text, s, e2, lex)
        if e2 is None:
            continue  # a part of the works alone (桥梁下部结构工程)
        if not valid(text, s, e2, lex) and route:
            e2 = e - route   # the line alone when its section makes the name too long (…高速公路无为至安庆段)
        if valid(text, s, e2, lex) and not _site(text, s, e2, word, lex):
            yield s, e2, "", f"projects.suffix:{lex.suffix_ids[word]}"


def _site(text: str, start: int, end: int, word: str, lex: ProjectLexicon) -> bool:
    """The zone text[start:end] (ending in settings projects.site_suffixes) is where another project is
    built (在…园区投资建设…) or an event held (…园区举行…仪式), not a project of its own; so is any
    name of a weak suffix an event is held at (签约仪式在县会议中心举行: a venue)."""
    led = start > 0 and text[start - 1] in lex.site_leads
    event = lex.site_event is not None and lex.site_event.match(text, end) is not None
    if word not in lex.site_suffixes:
        return led and event and lex.strength.get(word) != "strong"
    if event:
        return True
    return led and lex.site_built is not None and lex.site_built.match(text, end) is not None


def _proper(word: str, tags: dict, lex: ProjectLexicon) -> bool:
    """``word`` is a place of the gazetteer, a Han word jieba does not know or one it tags a proper
    name (not a mark: 、 after 萍莲项目)."""
    return HAN.match(word) is not None and (
        word in lex.places or tags.get(word) is None or tags.get(word) in lex.specific_tags)


def _past_kind(start: int, end: int, toks: PageTokens, tags: dict, lex: ProjectLexicon) -> int:
    """Past a common kind of project heading the name at ``start`` (settings projects.kind_word:
    水利项目 of 水利项目淮河入海水道二期工程): common words and the kind word as tokens of their own,
    then a proper word opening the rest of the name; else ``start``."""
    if not lex.kind_word:
        return start
    i = toks.index_starting(start)
    while i is not None and i < len(toks.words) and toks.starts[i] - start <= lex.kind_word_max:
        word = toks.words[i]
        if word == lex.kind_word:
            after = toks.ends[i]
            nxt = toks.index_starting(after)
            if toks.starts[i] > start and nxt is not None and after < end and _proper(toks.words[nxt], tags, lex):
                return after
            return start
        if word in lex.places or tags.get(word) in lex.specific_tags:
            return start     # a project's own name before 项目 (长兴项目东区工程); an unknown word may be
                             # a field's (农光 of 农光互补项目)
        i += 1
    return start


def _part_trimmed(text: str, start: int, end: int, lex: ProjectLexicon) -> int | None:
    """The end of the name text[start:end] before a part of the works closing it (settings
    projects.part_tails: 藻渡水库主体工程 -> 藻渡水库, 望鱼段工程主体工程 -> 望鱼段工程) when a project
    suffix closes the words before the part; None when none does (桥梁下部结构工程, 土兰路路基工程: a part
    of the works alone is no project); ``end`` when no part closes the name."""
    tail = next((t for t in lex.part_tails if text.endswith(t, start, end)), "")
    if not tail:
        return end
    head = end - len(tail)
    return head if ends_with_suffix(text[start:head], lex) else None


AMOUNT_REACH = 24   # how far before a name an amount lead (总投资1.59亿元的) is looked for


def _after_amount(text: str, start: int, floor: int, lex: ProjectLexicon) -> bool:
    """An amount lead (settings projects.amount_lead_re) ends right at ``start``."""
    if lex.amount_lead is None:
        return False
    lo = max(floor, start - AMOUNT_REACH)
    return any(lex.amount_lead.fullmatch(text, i, start) is not None
               for i in range(lo, start) if text[i].isdigit() and (i == lo or not text[i - 1].isdigit()))


def _bracket_closed(text: str, start: int, end: int, limit: int) -> int:
    """``end`` past the closing bracket right after it when text[start:end] leaves a bracket
    open (年产160万台一体机生产项目（一期: the suffix 一期 stood inside the brackets)."""
    opened = sum(text.count(b, start, end) for b in OPEN_BRACKETS)
    closed = sum(text.count(b, start, end) for b in CLOSE_BRACKETS)
    if opened > closed and end < limit and text[end] in CLOSE_BRACKETS:
        return end + 1
    return end


def _longer_suffix(text: str, start: int, end: int, limit: int, lex: ProjectLexicon) -> tuple[str, int]:
    """The suffix word at text[start:end], or a longer one that starts inside it and ends further
    (园区 over 产业园 in 专业化产业园区): the name ends with the longer word; and that word's end."""
    for pos in range(start + 1, end):
        m = lex.suffix.match(text, pos, limit)
        if m and m.end() > end:
            return m.group(), m.end()
    return text[start:end], end


def _glued_status(text: str, pos: int, toks: PageTokens, lex: ProjectLexicon) -> bool:
    """jieba glued the suffix ending at ``pos`` to a status word (工程建设 of 治理工程建设征占地范围):
    the token holding ``pos`` goes on with a status word alone."""
    j = bisect_right(toks.starts, pos) - 1
    if j < 0 or toks.ends[j] <= pos:
        return False
    if text[pos:toks.ends[j]] in lex.glued_tails:
        return True     # a stage word (工程设计 of 水库工程设计灌溉面积)
    m = lex.status.match(text, pos, toks.ends[j])
    return m is not None and m.end() == toks.ends[j] and not lex.suffix.match(text, m.end())   # (…建设中心)


def _section(text: str, pos: int, end: int, lex: ProjectLexicon) -> int:
    """Length of a place's section mark right at ``pos`` (江苏段 after 国家文化公园, 安徽段 after
    高铁): a place name and 段 go on with the name; 0 if none."""
    for n in lex.place_lengths:
        if pos + n < end and text[pos + n] == SECTION and text[pos:pos + n] in lex.places:
            return n + 1
    return 0


def _route_section(text: str, pos: int, end: int, word: str, lex: ProjectLexicon) -> int:
    """Length of a section of a line right after its strong suffix ``word`` (沪昆高速 then 江西省昌傅至
    金鱼石段改扩建工程, settings projects.route_section_re); 0 if none."""
    if lex.route_section is None or lex.strength.get(word) != "strong":
        return 0
    m = lex.route_section.match(text, pos, end)
    return m.end() - pos if m else 0


def _noun_follows(pos: int, end: int, toks: PageTokens, tags: dict, lex: ProjectLexicon) -> bool:
    """A word that makes the name a zone or a body goes on right after ``pos`` (枢纽片区, 工程指挥部)."""
    i = toks.index_starting(pos)
    if i is None or pos >= end:
        return False
    return toks.words[i] in lex.continues


def _tags_ok(start: int, end: int, toks: PageTokens, tags: dict, lex: ProjectLexicon, has_status: bool,
             listed: bool = False) -> bool:
    """No verb or adverb in front (强化项目), no preposition or particle inside (全面向项目),
    and with no construction verb in the clause, no verb inside at all (李强听取陆港区).
    ``listed``: the name follows 、 and ends in a strong suffix, so its first token opens the
    name, whatever jieba tags it (成达 of 川藏铁路、成达万高铁); so does a place name (大同, tagged
    an adverb, of 大同国家数据标注基地)."""
    inner = lex.inner_tags if has_status else lex.inner_tags | {"v"}
    i = toks.index_starting(start)
    if i is None:
        return True
    first = toks.words[i]
    if not listed and first not in lex.places and (tags.get(first) or "") in lex.first_tags:
        return False
    while i < len(toks.words) and toks.starts[i] < end:
        if ((tags.get(toks.words[i]) or "") in inner and toks.words[i] not in lex.name_verbs
                and not _joins_places(toks, i, tags, lex) and not _joins_part("".join(toks.words[i:i + 3]), 0, lex)):
            return False
        i += 1
    return True


def _joins_part(text: str, pos: int, lex: ProjectLexicon) -> bool:
    """A joiner at ``pos`` opens the supporting works of the project before it (settings
    projects.joined_part_re: 及 of 产业园及配套基础设施项目): one name, not two items."""
    return lex.joined_part is not None and lex.joined_part.match(text, pos) is not None


def _joins_places(toks: PageTokens, i: int, tags: dict, lex: ProjectLexicon) -> bool:
    """Token ``i`` is a route joiner between two places (至 of 合肥至南京高速公路, 崇左至凭祥铁路):
    a place of the gazetteer or a word jieba tags a place before it, a word of two or more
    characters that opens no clause after it (not 北至 of a boundary: 北至荣乌高速)."""
    if toks.words[i] not in lex.route_joiners or not 0 < i < len(toks.words) - 1:
        return False
    before, after = toks.words[i - 1], toks.words[i + 1]
    place = before in lex.places or (len(before) > 1 and tags.get(before) in lex.place_tags)
    if not place and _place_like(before, tags, lex) and _place_like(after, tags, lex):
        return True     # two words that may be places the gazetteer does not know (忠和至茅茨段)
    return place and len(after) > 1 and after not in lex.leads and (
        after in lex.places or (tags.get(after) or "") not in lex.first_tags)   # (大同, tagged an adverb)


def _place_like(word: str, tags: dict, lex: ProjectLexicon) -> bool:
    """``word`` may stand by a route joiner as a place: two or more Han characters, no lead word,
    and a place of the gazetteer (大同, tagged an adverb) or a word jieba does not know or tags a
    noun or an abbreviation (赵家, 望亭, 大姚)."""
    tag = tags.get(word)
    return (len(word) > 1 and all(HAN.match(c) for c in word) and word not in lex.leads
            and (word in lex.places or tag is None or tag.startswith(lex.route_place_like)))


def _place_at(pos: int, toks: PageTokens, tags: dict, lex: ProjectLexicon) -> bool:
    """The token starting at ``pos`` is a place name (the gazetteer's or one jieba tags so)."""
    i = toks.index_starting(pos)
    if i is None:
        return False
    word = toks.words[i]
    return word in lex.places or (len(word) > 1 and tags.get(word) in lex.place_tags)


def _works_in_name(text: str, toks: PageTokens, i: int, pos: int, floor: int, lex: ProjectLexicon) -> bool:
    """The building verb of token ``i`` is part of the name whose suffix begins at ``pos``: only a phase
    (settings projects.name_works_phase_re: 一期) stands between it and the suffix, and a word of the name
    (or its bracketed note), no lead and no stop, before it (代谢病医院|迁址新建|项目; not 加快|新建|二期工程, where it is the verb)."""
    if lex.works_phase is None or i < 1 or toks.starts[i - 1] < floor:
        return False
    if not lex.works_phase.fullmatch(text, toks.starts[i] + len(toks.words[i]), pos):
        return False
    before = toks.words[i - 1]
    return ((HAN.fullmatch(before[-1]) is not None or before[-1] in "）)") and before not in lex.leads
            and not STOP_TOKEN.search(before) and not COUNT_TOKEN.fullmatch(before))


def _lead_end(text: str, at: int, pos: int, lex: ProjectLexicon) -> int:
    """End of the longest lead word at ``at`` short of ``pos``: a lead token may open a longer
    lead (建设 of 建设好) whose last token would otherwise open the name (好长征国家文化公园)."""
    for word in lex.leads:              # longest first
        if at + len(word) < pos and text.startswith(word, at):
            return at + len(word)
    return at


def _read_back(text: str, pos: int, floor: int, toks: PageTokens, tags: dict, lex: ProjectLexicon) -> int:
    """Start of the name whose suffix begins at ``pos``: back over tokens to 、, punctuation or a lead word
    (not a noun lead right before the suffix: 研究 of 材料综合研究设施)."""
    start = pos
    limit = pos - lex.max_chars
    i = toks.index_ending(pos)
    if i is None:
        # the suffix is glued to the word before it (测试中心): start from that token
        j = bisect_right(toks.starts, pos) - 1
        if j < 0 or toks.starts[j] < floor:
            return pos
        start, i = toks.starts[j], j - 1
    while i >= 0:
        s, tok = toks.starts[i], toks.words[i]
        if s < floor or s < limit:
            break
        noun = tok in lex.noun_leads and toks.starts[i] + len(tok) == pos  # 研究 of 研究设施
        if start < pos and _joins_part(text, s, lex):
            start = s   # 及 before the supporting works of the same project (产业园及配套基础设施项目)
            i -= 1
            continue
        if tok in lex.item_time_words and start < pos and _place_at(start, toks, tags, lex):
            return start    # a time word before a place opens the clause, the place the name (目前南沙邮轮母港)
        if tok in lex.works_verbs and _works_in_name(text, toks, i, pos, floor, lex):
            start = s   # the building works a name is of (中医二附院迁址新建一期工程, 三中心医院扩建二期项目)
            i -= 1
            continue
        if tok in lex.leads and not noun and not _joins_places(toks, i, tags, lex):
            return max(start, _lead_end(text, s, pos, lex))   # 建设好: a lead of two tokens
        if (STOP_TOKEN.search(tok) or (COUNT_TOKEN.fullmatch(tok) and not lex.ordinal_line.match(text, s + len(tok)))
                or tok in lex.back_stops
                or APPOSITION_DASH in text[s - 1:s + 2] or any(c in lex.stop_marks for c in tok)
                or ("“" in tok and "”" not in text[s:pos] and lex.quoted_event.match(text, pos))):
            break
        start = s
        i -= 1
    return start
