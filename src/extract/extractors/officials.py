"""Officials: public office holders with their full titles, organisation and region.

The shapes, each a rule id in the output:

* ``officials.title-name``: a title phrase then a name (``市委副书记、市长陈恢清``),
  carried over a ``、`` list of names (``省有关部门负责人叶仁雄、李知文…``);
* ``officials.name-title``: a name then a title (``毛伟明省长``, ``刘光跃代表建议``);
* ``officials.list-title``: names joined by ``、`` then ``等`` and a title (``…刘智勇等代表``);
* ``officials.name-appointed``: a name, 任 and the title (``陈刚任雄安新区党工委书记``, ``张三同志任…``),
  or 任命/选举, a name, 为 and the title (``任命李四为市公安局局长``).

Titles come from ``rules/titles.tsv``, family names from ``surnames.tsv``;
names behind bylines or under company titles are refused (``not_officials.tsv``).
"""
from __future__ import annotations

from typing import Any

import regex

from ..rulebook import Rules
from . import names, officials_appoint as appoint, officials_deputies as deputies, officials_repeat as repeat, officials_roster as roster, officials_titles as titles
from .context import PageContext
from .line_tokens import page_lines
from .sentences import sentences
from .targets_places import enclosing_city, gazetteer

SPACE_OR_PUNCT_RUN = regex.compile(r"[\s\p{P}\p{S}]")
LIST_END = "、，。；：,;:！？!?\n 等和及"
LIST_COMMAS = "，,"   # what may carry a heading of leaders on to a second group of names
JOINERS = "、，, 和及与同"   # what joins one mention to the next title
LIST_SEPS = "、，,"   # what stands between one mention and the next title of a list of them
LIST_ITEM_ENDS = "、，,。；;"   # what may follow a list's item (never a verb right before it)
FOREIGN_END = "、，。；：,;:！？!?\n （(·"
DEPUTY = "deputy"   # the kind of title (titles.tsv) of a seat in a people's congress or a CPPCC
ANY_OFFICE = "any"   # officials_roles.tsv: a role any office may stand before (现任总统、…候选人)
ROLE_JOINER = "、"   # 全国人大代表、格力电器董事长董明珠: what joins an office to a role of no office
OF = "的"
DEPUTY_RANK = "副"   # 主席 then 副主席: the deputy of the same body's head
CHAIN_TAIL = regex.compile("[、，,]")
NAME_RANKS = ("常务", "执行")   # a rank word between a name and its title (张志南常务副省长)
INTRO_MAX = 6   # characters read for the words between a title and its names (还有：)
PLACE_LOOKAHEAD = 12   # characters read for a place after a verb (任缙云县委书记)
PLACE_MAX = 5   # ... and at most so long with its level character (缙云县, 乌鲁木齐市)
BYLINE_GAP_MAX = 4   # at most this many spaces between a byline's title and the name (代旗长  刘晓敏)


def extract_officials(ctx: PageContext, rules: Rules) -> list[dict[str, Any]]:
    text = ctx.text
    if not text:
        return []
    lines = page_lines(text, rules, ctx.doc_id)
    nlex = names.lexicon(rules)
    tlex = titles.lexicon(rules)
    found: dict[tuple[int, int], dict[str, Any]] = {}
    places = gazetteer(rules).by_form
    starts_by_end: dict[int, list[int]] = {}   # the mentions in ``found`` by where they end
    known: set[str] = set()   # the names found so far on the page
    # a 省/市 title takes the page's region, but no province or city is the whole country
    page_region = "" if ctx.region == rules.setting("targets.national_region", "") else ctx.region
    place = gazetteer(rules).by_form.get(page_region)
    page_province = place.province if place is not None and place.province != page_region else ""
    page_city = enclosing_city(page_region, rules)

    def emit(start: int, end: int, phrase: str, rule: str, body: str = "") -> None:
        """``body``: the organisation written before the name when the title follows it (省农业农村厅王敬东副厅长)."""
        old = found.get((start, end))
        longer = old is not None and len(phrase) > len(old["title"]) and old["title"] in phrase
        if (old is not None and not longer) or any(text.endswith(b, 0, start) for b in tlex.bylines):
            return  # a mention is kept once; a longer title holding the first one replaces it
        if old is None:
            starts_by_end.setdefault(end, []).append(start)
            known.add("".join(text[start:end].split()))
        found[(start, end)] = {
            "name": "".join(text[start:end].split()), "title": phrase,
            "organization": titles.organization(body + phrase, tlex),
            "region": _carried(text, start, phrase, found, starts_by_end)
            or titles.region(body + phrase, page_region, page_province, page_city)
            or _head_region(start - len(phrase), phrase)
            or (page_region if rule == roster.RULE else ""),   # a roster's body is the page's (…常务委员会主任、副主任名单)
            "start": start, "end": end, "rule": rule,
        }

    def _head_region(pstart: int, phrase: str) -> str:
        """A bare deputy's post (副主任) takes the region of its head's post named before it (受…市人大常委会主任委托)."""
        if pstart < 0 or not text.startswith(phrase, pstart):
            return ""
        head = deputies.head_phrase(text, pstart, phrase, lines, tlex, nlex.tags)
        return titles.region(head, page_region, page_province, page_city) if head else ""

    for tw in titles.title_words(text, lines, tlex, nlex.freq):
        toks = lines.at(tw.start)     # a name and its title stand on one line
        # the title phrase ending at the title word: before a name, or after 任
        got = titles.title_phrase(text, tw.end, toks, tlex, nlex.tags)
        appoint.appointed(text, tw, got, toks, nlex, tlex, emit, rules)
        appoint.appointed_as(text, tw, got, toks, nlex, tlex, emit, rules)
        appoint.dismissed(text, tw, got, toks, nlex, tlex, emit, rules)
        if tw.allows("before"):
            _title_then_names(text, tw, got, toks, nlex, tlex, emit, rules, starts_by_end, known)
            roster.roster_names(text, tw, got, lines, emit, rules,
                                lambda pos: _item_name(text, pos, lines.at(pos), nlex, tlex, rules))
        if tw.allows("after"):
            _names_then_title(text, tw, toks, nlex, tlex, emit, places, rules.pattern("officials.list_count_re"))

    for role in titles.role_words(text, lines, tlex):
        _office_then_role(text, role, lines.at(role.start), nlex, tlex, emit, rules)

    rows = repeat.lengthen(sorted(found.values(), key=lambda r: r["start"]), text, lines, nlex)
    return _with_sentences(text, rows)


def _carried(text: str, start: int, phrase: str, found: dict, starts_by_end: dict) -> str:
    """The region of a title written right after another mention of the list it ends
    (山东省委副书记甲、副省长乙), carried from that mention's own place (officials_titles.carried_region)."""
    item = _mention_ending(start - 1, found, starts_by_end) if text[start - 1:start] == "、" else None
    if item is not None and item["title"] == phrase:
        return item["region"]   # the next name of a 、 list under the same title (副主席甲、乙)
    pstart = start - len(phrase)
    if pstart < 1 or text[pstart - 1] not in LIST_SEPS or not text.startswith(phrase, pstart):
        return ""
    prev = _mention_ending(pstart - 1, found, starts_by_end)
    if prev is None:
        return ""
    if _deputy_of(phrase, prev["title"]):
        return prev["region"]   # 自治区政协主席甲，副主席乙: the deputies of the body whose head is named before
    return titles.carried_region(phrase, titles.region(prev["title"], ""))


def _mention_ending(end: int, found: dict, starts_by_end: dict) -> dict | None:
    return next((found[(s, end)] for s in starts_by_end.get(end, ()) if (s, end) in found), None)


def _deputy_of(phrase: str, title: str) -> bool:
    """``phrase`` is the bare deputy's post of the last post of ``title`` (副主席 after 自治区政协主席)."""
    post = phrase[len(DEPUTY_RANK):]
    return phrase.startswith(DEPUTY_RANK) and bool(post) and CHAIN_TAIL.split(title)[-1].endswith(post)


def _office_then_role(text, role, toks, nlex, tlex, emit, rules) -> None:
    """``全国人大代表、格力电器董事长董明珠``: a deputy's seat, 、, a role of no office (officials_roles.tsv)
    with its body, then the name: the person holds the seat written before the 、. Only a seat: an
    office before a company role (集团党委书记、董事长) is the firm's."""
    rend = role.end
    end = names.name_from(text, rend, toks, nlex, rules)
    fend = _foreign_name_end(text, rend, toks, nlex)
    if fend is not None and fend > (end or rend) and not names.common_word(text[rend:fend], nlex):
        end = fend   # the transliterated run goes on past a Chinese reading (阿比纳德尔, not 阿比纳)
    # a Tibetan or Mongolian name (…副委员长、代表团副团长热地), a dotted one of Chinese characters
    # (…副委员长、代表团副团长雪克来提·扎克尔), as after a title of office
    for other in (names.minority_name(text, rend, toks, nlex), _dotted_han_name(text, rend, toks, nlex, tlex)):
        if other is not None and other > (end or rend):
            end = other
    if end is None:
        return
    # the role's body runs back to the 、 (格力电器, 现代革命党), whatever its words
    cut = [m.start() for m in SPACE_OR_PUNCT_RUN.finditer(text, max(0, role.start - tlex.max_chars), role.start)]
    if not cut or text[cut[-1]] != ROLE_JOINER:
        return
    start = cut[-1] + 1
    got = titles.title_phrase(text, start - 1, toks, tlex, nlex.tags)
    if got is None:
        return
    pstart, row = got
    phrase = text[pstart:start - 1]
    congress = rules.pattern("officials.role_after_office_re")   # 市人大副主任、市工商联会长: no firm's post
    if (row["kind"] == DEPUTY or role.row.get("after") == ANY_OFFICE or (congress is not None and congress.search(phrase))) \
            and titles.acceptable(phrase, row, tlex) and not _named_title(start - 1 - len(row["word"]), toks, nlex.tags):
        emit(rend, end, phrase, "officials.title-role-name")


def _title_then_names(text, tw, got, toks, nlex, tlex, emit, rules, starts_by_end=None, known=None) -> None:
    start = tw.end
    intro = tw.row.regex("intro_re").match(text[start:start + INTRO_MAX]) if tw.row.get("intro_re") else None
    if intro is not None:
        start += intro.end()   # 市领导还有：李四、王五: the words before the names the title heads
    elif (note := _title_note(text, start, rules)) is not None:
        start += note   # 办事处副主任（主持工作）袁登全: how the post is held, then the name
    elif text.startswith(OF, start) and got is not None and titles.TENURE_LEAD.match(text, got[0]):
        start += len(OF)   # 现任青岛市委常委、副市长的王鲁明: a title held now or then, 的, the name
    elif got is not None and _quoted_title(text, got[0], start):
        start += 1   # 监交人为“行政院长”王某: a title quoted as a mainland page quotes Taiwan's, then the name
    gap = start
    while gap < len(text) and text[gap] in names.NAME_GAP and gap - start < BYLINE_GAP_MAX:
        gap += 1
    if gap > start and text[gap:gap + 1] not in ("", "\n", *names.NAME_GAP):
        start = gap   # a byline's title, a space or a few, then the name (广东省省长 孟凡利)
        end = names.name_from(text, start, toks, nlex, rules) or names.spaced_name(text, start, nlex)
        if end is not None and end < len(text) and text[end] not in names.SPACED_NAME_END:
            end = None   # after a space the name stands alone on its line
    else:
        end = names.name_from(text, start, toks, nlex, rules)
    stops_at_dot = False
    if tw.kind == "foreign":
        fend = names.foreign_from(text, start, nlex)
        # a transliterated run must end where a word ends (not 尚福林提/及), or before a function
        # character jieba glued to it (耶伦说 as one token, 埃/尔多/安说); a run going on into the
        # word after (普京/得到: 得 is of the class too) ends at the last word end inside it
        if fend is not None and not _run_ends_word(text, fend, toks, nlex):
            fend = _last_word_end(text, start, fend, toks, nlex)
        if fend is not None and (end is None or fend > end):
            end = fend
        # a name jieba reads as one token (日本首相岸田文雄), or one its dictionary knows as a name
        # longer than the Chinese reading (安倍晋三, not 安倍晋)
        tend = names.token_name(text, start, toks, nlex)
        if tend is not None and (end is None or (tend > end and names.dictionary_name(text[start:tend], nlex))):
            end = tend
        end = names.dotted(text, end, nlex) if end is not None else None
        # a reading that stops before the first middle dot of a run of Chinese characters is no whole
        # name (副主席吉尔拉·衣沙木丁, 古丽/米拉·艾买提: a bare 副主席 carried over a comma from
        # 自治区政协主席…): the dotted name of Chinese characters is read whole
        first = DOTTED_FIRST.match(text, start)
        stops_at_dot = end is not None and first is not None and end <= first.end()
        if got is not None and (stops_at_dot or DOMESTIC_BODY.search(text[got[0]:tw.end])):
            # 主席 of a body at home (自治区政协主席艾斯海提·克里木拜): a dotted name of Chinese
            # characters outside the transliteration class, as below
            dend = _dotted_han_name(text, start, toks, nlex, tlex)
            if dend is not None and dend > (end or start):
                end = dend
    else:
        # whatever the title, a name going on over a middle dot is a transliterated one, whole
        # (美国纽约州州长安德鲁·科莫, 坦帕市市长简·卡斯特); so is a run that goes on past a Chinese
        # reading to a word's end (北约秘书长斯托尔滕贝格, not 斯托尔)
        fend = names.foreign_from(text, start, nlex)
        if fend is not None and fend > (end or start) and (
                any(c in names.DOTS for c in text[start:fend])
                or (not names.common_word(text[start:fend], nlex)
                    and (fend == len(text) or text[fend] in FOREIGN_END or toks.is_boundary(fend)
                         or _glued_break(text, fend, toks, nlex)))):
            end = fend
        # a dotted name of Chinese characters outside the transliteration class (阿力木江·买买提明):
        # after a title of office at home only (a forum's 主席 abroad is no office)
        dend = _dotted_han_name(text, start, toks, nlex, tlex)
        if dend is not None and dend > (end or start):
            end = dend
    # a Tibetan or Mongolian name, of no Han family name (自治区主席洛桑江村, not 洛桑; 总理奥云额尔登)
    mend = names.minority_name(text, start, toks, nlex)
    if mend is not None and mend > (end or start):
        end = mend
    if end is None and known:
        end = _known_name_at(text, start, toks, nlex, known)   # 副市长能荣与…: a rare family name, named before
    if end is None or got is None or _title_as_name(text, start, end, tlex):
        return   # 乡党委书记陶书记: a family name and a title address the holder; no name follows
    if _verb_then_place(text, start, end):
        return   # 从莲都区区长任缙云县委书记: 任 is the verb, 缙云县 the place of the next title; no name
    pstart, row = got
    if pstart > 0 and text[pstart - 1] == "、":
        # a 、 list of names runs into the next title (副书记甲、乙、丙管委会副主任丁): the phrase
        # starts after the last name
        nend = names.name_from(text, pstart, toks, nlex, rules)
        if nend is not None and nend < tw.end and titles.title_ending_at(text, tw.end, tlex) is not None \
                and titles.acceptable(text[nend:tw.end], row, tlex) and not _noun_at(pstart, toks, nlex.tags):
            pstart = nend
    # a name already found inside the phrase ends the previous mention (副市长李明和市委秘书长张华):
    # the phrase starts after it and the word joining the two
    # (looked up by end within the phrase: a scan of every mention was quadratic on a long list)
    found = starts_by_end or {}
    # (or a dotted name the reading back stopped inside: 杰恩斯·哈德斯和…主任赛力克·哈布肯 starts at 和)
    inner = [e for e in range(pstart + 1, tw.end - len(row["word"]) + 1)
             if any(s >= pstart or any(c in names.DOTS for c in text[s:e]) for s in found.get(e, ()))]
    if inner or pstart in found:   # ... or the phrase starts right where a name found ends
        pstart = max(inner, default=pstart)
        # an honour written after that name (律政司司长甲资深大律师和…局长乙) is the name's, not the next title's
        pstart += next((len(h) for h in rules.setting("officials.post_nominals", []) if text.startswith(h, pstart)), 0)
        while pstart < tw.end and text[pstart] in JOINERS:
            pstart += 1
    phrase = text[pstart:tw.end]
    if not titles.acceptable(phrase, row, tlex):
        return
    if _addressed(phrase[: len(phrase) - len(row["word"])], nlex) and not _acting_head(phrase, row["word"]):
        return   # 陈书记和陈部长一行: a family name and a title address someone; no name follows
    if _named_title(tw.end - len(row["word"]), toks, nlex.tags) or _name_led(text, pstart, tw.end - len(row["word"]), toks, nlex, rules):
        return   # 习近平总书记殷切嘱托: the title is the name's before it, what follows is no name
    # the body may be named just before the phrase (中国地理学会人文地理专业委员会主任: 学会 is read as a verb)
    lead = SPACE_OR_PUNCT_RUN.split(text[max(0, pstart - 12):pstart])[-1]
    if titles.company(lead, tlex) or _company_role_before(text, pstart, tlex):
        return
    emit(start, end, phrase, "officials.title-name")
    # the same title carried over a 、 list of names; a heading of a group of leaders goes on over a
    # comma before another 、 group of names (市领导张三、李四，王五、赵六出席)
    comma_list = rules.pattern("officials.comma_list_title_re")
    goes_on = comma_list is not None and comma_list.search(tw.word) is not None
    # a title held at home and abroad (主席, 副主席) heading a list of Han names is held at home: a dotted
    # name of Chinese characters in it is one (常务主席张庆黎、刘奇葆、帕巴拉·格列朗杰、董建华)
    han_list = tw.kind != "foreign" or DOMESTIC_BODY.search(phrase) is not None or stops_at_dot or (
        not any(c in names.DOTS for c in text[start:end]) and names.name_from(text, start, toks, nlex, rules) == end)
    while end < len(text) and (text[end] == "、" or text[end] in LAST_ITEM_JOINERS or (
            goes_on and text[end] in LIST_COMMAS and _name_group(text, end + 1, toks, nlex, tlex, rules))):
        last = text[end] in LAST_ITEM_JOINERS   # (立委陈素月及黄秀芳: 及 joins the list's last name)
        nxt = names.name_from(text, end + 1, toks, nlex, rules)
        if (mnxt := names.minority_name(text, end + 1, toks, nlex)) is not None and mnxt > (nxt or end):
            nxt = mnxt   # a Tibetan or Mongolian name in the list (自治区领导严金海、嘎玛泽登)
        if nxt is None:
            nxt = names.list_item_name(text, end + 1, toks, nlex, rules)   # 李瑞阳、寻峻峰、高文峰: a family name surnames.tsv lacks
        if han_list and (dend := _dotted_han_name(text, end + 1, toks, nlex, tlex)) is not None and dend > (nxt or end):
            nxt = dend   # a dotted name in the list (副主任李宁平、托乎提·亚克夫、…)
        if nxt is None or (nxt < len(text) and text[nxt] not in LIST_END and not toks.is_boundary(nxt)) \
                or _title_as_name(text, end + 1, nxt, tlex):
            break
        if titles.title_ending_at(text, nxt + 1, tlex) is not None and text[nxt:nxt + 1] not in LIST_END:
            break
        if text[nxt:nxt + 1] not in LIST_END and _noun_at(nxt, toks, nlex.tags):
            break  # the item goes on as a noun phrase (加兰特、战时内阁成员): not a name
        if _level_body_item(text, end + 1, nxt, tlex):
            break  # 局长王五、区畜牧发展中心主任赵六: the item is the next title's body, led by its level
        if (text[nxt:nxt + 1] in ITEM_JOINERS and (j := toks.index_starting(nxt)) is not None and toks.words[j] == text[nxt]
                and not _joins_a_group(text, nxt + 1, rules)
                and _joined_body_item(text, end + 1, nxt, toks, nlex, tlex)):
            break  # 秘书长冯程淑仪、康乐及文化事务署副署长吴志华: the item is the first half of the next body's name
        if last and nxt < len(text) and text[nxt] not in LIST_ITEM_ENDS + "等" and not _verb_at(nxt, toks, nlex.tags):
            break  # 市长张三及夫人: the word after 及 is no name the title heads
        emit(end + 1, nxt, phrase, "officials.title-name")
        end = nxt
        if last:
            break


ITEM_JOINERS = "及和与"   # a list item before one of these may be the first half of a body's name
GROUP_WINDOW = 12   # how far after 及 the words of a group of others are looked for (officials.joined_group_re)
LAST_ITEM_JOINERS = "及和"   # what joins a list's last name (民进党立委甲及乙): the list ends with it
PREDICATE_TAGS = ("v", "d", "p")   # jieba tags (first letters) of what may follow that last name


def _item_name(text: str, pos: int, toks, nlex, tlex, rules) -> int | None:
    """End of the name a list's item holds at ``pos``: a Han name, else one of a family name surnames.tsv
    lacks, or the longer Tibetan, Mongolian or dotted one (扎西措姆, 托乎提·亚克夫); None if no name."""
    end = names.name_from(text, pos, toks, nlex, rules) or names.list_item_name(text, pos, toks, nlex, rules)
    for other in (names.minority_name(text, pos, toks, nlex), _dotted_han_name(text, pos, toks, nlex, tlex)):
        if other is not None and other > (end or pos):
            end = other
    return end


def _joins_a_group(text: str, pos: int, rules) -> bool:
    """The words after a list's 及 name a group of others who came along (及相关部门负责人), not a body
    whose name the list's item begins (settings officials.joined_group_re)."""
    group = rules.pattern("officials.joined_group_re")
    return group is not None and group.match(text[pos:pos + GROUP_WINDOW]) is not None


def _joined_body_item(text: str, start: int, end: int, toks, nlex, tlex) -> bool:
    """The list item ``start:end``, followed by a joining word jieba reads alone (康乐/及, not 洪及 or
    和县), opens the title phrase of the next title word of its clause (康乐及文化事务署副署长):
    the item names a body, not a person."""
    for k in range(end + 2, min(len(text), end + tlex.max_chars) + 1):
        if SPACE_OR_PUNCT_RUN.match(text[k - 1]):
            return False
        row = titles.title_ending_at(text, k, tlex)
        if row is not None:
            return titles.phrase_start(text, k - len(row["word"]), toks, tlex, nlex.tags) <= start
    return False


def _company_role_before(text: str, pstart: int, tlex) -> bool:
    """A company's role and 、 stand before the phrase (集团公司副总经理、工会主席王五): the office
    after the 、 is the firm's own, its holder a company head."""
    if pstart == 0 or text[pstart - 1] != ROLE_JOINER or tlex.roles is None:
        return False
    seg = SPACE_OR_PUNCT_RUN.split(text[max(0, pstart - 1 - tlex.max_chars):pstart - 1])[-1]
    role = tlex.roles.search(seg)
    return role is not None and seg.endswith(role.group()) and titles.company(seg, tlex)


KNOWN_NAME_LENGTHS = (4, 3, 2)   # the lengths of a name already found, longest first


def _known_name_at(text: str, start: int, toks, nlex, known: set[str]) -> int | None:
    """End of a name already found on the page (in a list: 市领导…、能荣、…) written again at ``start``
    where its family name is one surnames.tsv lacks, ending where a word ends or before a break
    character (能荣与客商签约), or None."""
    for n in KNOWN_NAME_LENGTHS:
        end = start + n
        if text[start:end] in known and (end == len(text) or not names.HAN.match(text[end])
                                         or toks.is_boundary(end) or text[end] in nlex.breaks):
            return end
    return None


ITEM_BODY_MAX = 12   # characters read after a list item for the title word of a body it leads


def _level_body_item(text: str, start: int, end: int, tlex) -> bool:
    """A list item led by a level character (区畜牧…, 县农机…) that runs on, with no list end, into a
    title word: the body of the next title (区畜牧发展中心主任), not a name."""
    if text[start] not in titles.LEVELS or end >= len(text) or text[end] in LIST_END:
        return False
    for pos in range(end + 1, min(len(text), end + ITEM_BODY_MAX) + 1):
        if text[pos - 1] in LIST_END:
            return False
        if titles.title_ending_at(text, pos, tlex) is not None:
            return True
    return False


def _name_group(text, pos, toks, nlex, tlex, rules) -> bool:
    """Two names joined by 、 start at ``pos``, the second ending a word and no title's name."""
    first = names.name_from(text, pos, toks, nlex, rules)
    if first is None or text[first:first + 1] != "、":
        return False
    second = names.name_from(text, first + 1, toks, nlex, rules)
    return (second is not None and (second == len(text) or text[second] in LIST_END or toks.is_boundary(second))
            and not _title_as_name(text, first + 1, second, tlex)
            and (second == len(text) or text[second] in LIST_END or titles.title_ending_at(text, second + 1, tlex) is None))


OPEN_QUOTES = "“「"
CLOSE_QUOTES = "”」"


def _quoted_title(text: str, pstart: int, end: int) -> bool:
    """The title phrase ``pstart:end`` stands alone inside quotation marks (“行政院长”, 「立法院长」)."""
    return (0 < pstart and end < len(text) and text[pstart - 1] in OPEN_QUOTES and text[end] in CLOSE_QUOTES
            and not any(c in OPEN_QUOTES + CLOSE_QUOTES for c in text[pstart:end]))


def _title_note(text: str, start: int, rules) -> int | None:
    """Length of a bracketed note on how the post is held right after the title (（主持工作）), or None."""
    pattern = rules.pattern("officials.title_note_re")
    m = pattern.match(text[start:start + INTRO_MAX * 2]) if pattern is not None else None
    return m.end() if m is not None else None


def _verb_then_place(text: str, start: int, end: int) -> bool:
    """The "name" is an appointing verb (任, 调任) and the start of a place that runs on past it
    (任缙云|县委书记): the verb of the next title, not a name."""
    verb = next((v for v in appoint.APPOINT if text.startswith(v, start)), None)
    if verb is None or end - start <= len(verb):
        return False
    m = titles.PLACE.match(text[start + len(verb):start + len(verb) + PLACE_LOOKAHEAD])
    return (m is not None and start + len(verb) + m.end() > end and m.end() <= PLACE_MAX
            and not any(v in m.group() for v in appoint.APPOINT))   # 任泽锋调任淮南市: a name, a verb


def _title_as_name(text: str, start: int, end: int, tlex) -> bool:
    """The "name" ends in a title word of its own (陶书记, 左乡长): a family name and a title, no name."""
    row = titles.title_ending_at(text, end, tlex)
    return row is not None and len(row["word"]) < end - start


ACTING_MARK = "代"   # 代省长, 代市长: the acting head, though 代 is a family name too
FORMER_MARKS = "原前"   # 原市长, 前县长: the former holder, though 原 and 前 are family names too


def _acting_head(phrase: str, word: str) -> bool:
    """``代`` before a level's or a department's head (代省长, 代县长, 代局长) marks the acting head, not
    the family name 代 addressing one (a full name follows: 代省长林树森); ``原``/``前`` before any title
    mark its former holder the same way (原副市长李德明)."""
    return ((phrase == ACTING_MARK + word and titles.HEAD_OF_LEVEL.match(word) is not None)
            or (len(phrase) == len(word) + 1 and phrase[0] in FORMER_MARKS))


def _addressed(body: str, nlex) -> bool:
    """What stands before the title word is a family name alone (陈书记, 王市长): a form of address, not a
    body; a place's level character (区, 市 ...) is read as a body even where it is a family name too."""
    return len(body) == 1 and body in nlex.single and body not in titles.LEVELS


# a body at home in a title phrase whose title word is also held abroad (主席, 副主席)
DOMESTIC_BODY = regex.compile(r"自治区|自治州|自治县|政协|人大|党委|常委会|人民政府|[省市县]")
DOTTED_FIRST = regex.compile(r"\p{Han}{2,6}(?=[·•‧・])")   # the first part of a dotted name, before its dot
DOTTED_PART_MAX = 6   # characters of one part of a dotted name (买买提明)
DOTTED_SHORT_PART = 2   # a later part this short goes on over a function character (哈布/都/拉)
LIST_CLOSERS = ("等",)   # what closes a list of names: never the last part of a dotted name


def _dotted_han_name(text, start, toks, nlex, tlex) -> int | None:
    """End of a name of Chinese characters joined by middle dots at ``start`` (阿力木江·买买提明, as
    Uyghur, Kazakh and other names are written): the first part is a run of tokens up to the dot, each
    later part the tokens after a dot up to a verb, preposition ... (接受) or DOTTED_PART_MAX characters."""
    m = DOTTED_FIRST.match(text, start)
    if m is None or toks.index_starting(start) is None or toks.index_ending(m.end()) is None:
        return None
    end = m.end()
    while end < len(text) and text[end] in names.DOTS:
        pos = end + 1
        i, part_end = toks.index_starting(pos), pos
        while (i is not None and i < len(toks.words) and toks.starts[i] == part_end
               and names.HAN.fullmatch(toks.words[i]) and toks.ends[i] - pos <= DOTTED_PART_MAX
               and (part_end == pos or not _stops_dotted_part(i, toks, nlex, tlex, text))):
            part_end = toks.ends[i]   # (a dot is never followed by a verb: the part's first token is the name's)
            i += 1
        if part_end > pos and i is not None and i < len(toks.words) and toks.starts[i] == part_end:
            part_end = _dotted_part_tail(i, part_end - pos, toks, nlex, text) or part_end
        last = toks.words[i - 1] if part_end > pos and i is not None and toks.ends[i - 1] == part_end else ""
        if len(last) > 1 and last not in nlex.tags and names.breaks_name(last[-1], nlex) \
                and text[part_end:part_end + 1] not in LIST_ITEM_ENDS:
            part_end -= 1   # a word the HMM made of the name's end and the verb after it (孜作 of …尼亚孜作报告),
            # not one a list's 、 or the clause's end follows (阿木提、: no verb stands there)
        if part_end == pos:
            break
        end = part_end
    return end if end > m.end() else None


def _rare(word: str, nlex) -> bool:
    """A dictionary word so rare that jieba's reading of it in a name is more likely two pieces (肯为)."""
    return (nlex.freq.get(word) or 0) < nlex.rare_freq


def _dotted_part_tail(i: int, length: int, toks, nlex, text: str) -> int | None:
    """Where a dotted name's later part really ends when the token that stopped it at ``i`` is the
    name's: a rare two-character word of the name's last character and a break character (哈布/肯为 of
    …哈布肯为代表团副团长), or, after a part of at most DOTTED_SHORT_PART characters, a function
    character and one more character that a verb or the clause's end follows (哈布/都/拉/出席: 哈布都拉),
    or a final character a name ends in as often as a verb (木盖/提，); None when it stops there."""
    word, end = toks.words[i], toks.ends[i]
    if len(word) == 2 and _rare(word, nlex) and names.breaks_name(word[-1], nlex):
        return toks.starts[i] + 1
    if len(word) != 1:
        return None
    if word in nlex.dotted_final and (end >= len(text) or text[end] in FOREIGN_END
                                      or any(text.startswith(c, end) for c in LIST_CLOSERS)):
        return end   # 木盖/提，; 铁力瓦尔/地/等: before the clause's end or the list's closer
    nxt = i + 1
    if (length <= DOTTED_SHORT_PART and nxt < len(toks.words) and len(toks.words[nxt]) == 1
            and toks.starts[nxt] == end and names.HAN.fullmatch(toks.words[nxt])
            and _clause_or_verb_at(toks.ends[nxt], nxt + 1, toks, nlex, text)):
        return toks.ends[nxt]
    return None


def _clause_or_verb_at(pos: int, i: int, toks, nlex, text: str) -> bool:
    """The clause ends at ``pos`` or token ``i`` there starts with a verb of two or more characters."""
    if pos >= len(text) or text[pos] in FOREIGN_END:
        return True
    if i >= len(toks.words) or toks.starts[i] != pos or len(toks.words[i]) < 2:
        return False
    w = toks.words[i]
    return (nlex.tags.get(w[:2]) or "").startswith(names.VERB_TAG)


def _stops_dotted_part(i: int, toks, nlex, tlex, text: str) -> bool:
    """Token ``i`` ends a dotted name's part: a verb, preposition … (``stop_tags``), unless it is one
    character that a verb of two or more follows (克里木/拜/出席: 拜 is the name's, 出席 the verb)."""
    word, after = toks.words[i], toks.ends[i]
    if word in LIST_CLOSERS:
        return True   # …吾买尔江/等/陪同: 等 closes the list of names, whatever follows it
    tag = nlex.tags.get(word) or ""
    if tag not in tlex.stop_tags:
        # a phrase jieba holds whole that opens with a verb (肉孜/出席会议) is no part of the name, nor
        # is a verbal noun of two characters or more (艾则孜·木沙/调研)
        return (len(word) > 2 and (nlex.tags.get(word[:2]) or "").startswith(names.VERB_TAG)) \
            or (len(word) > 1 and tag.startswith(names.VERB_TAG))
    if len(word) == 1 and not names.breaks_name(word, nlex) and (after >= len(text) or text[after] in FOREIGN_END):
        return False   # one character the clause ends after (吐尔逊/拜，): the name's last, not a verb
    nxt = toks.words[i + 1] if i + 1 < len(toks.words) else ""
    return not (len(toks.words[i]) == 1 and len(nxt) >= 2 and toks.starts[i + 1] == toks.ends[i]
                and any((nlex.tags.get(w) or "").startswith(names.VERB_TAG) for w in (nxt, nxt[:2])))


def _foreign_name_end(text, start, toks, nlex) -> int | None:
    """End of a transliterated name at ``start`` that ends where a word or the clause ends, or None."""
    fend = names.foreign_from(text, start, nlex)
    return fend if fend is not None and _ends_word(text, fend, toks) else None


def _ends_word(text, pos, toks) -> bool:
    """A word or the clause ends at ``pos``."""
    return pos == len(text) or text[pos] in FOREIGN_END or toks.is_boundary(pos)


def _run_ends_word(text, fend, toks, nlex) -> bool:
    """... or a function character jieba glued to the run (耶伦说) follows it."""
    return _ends_word(text, fend, toks) or _glued_break(text, fend, toks, nlex)


def _last_word_end(text, start, fend, toks, nlex) -> int | None:
    """The last token end inside an undotted transliterated run, at least a name's length from its start."""
    if any(c in names.DOTS for c in text[start:fend]):
        return None
    for e in range(fend - 1, start + nlex.foreign_min - 1, -1):
        if toks.is_boundary(e):
            return e
    return None


def _glued_break(text: str, pos: int, toks, nlex) -> bool:
    """jieba glued the function character at ``pos`` to the transliterated name before it (耶伦说,
    埃/尔多/安说): the token ends right after it and is no word of the dictionary (提及 of 尚福林提及 is)."""
    if text[pos] not in nlex.breaks:
        return False
    i = toks.index_ending(pos + 1)
    return i is not None and toks.starts[i] < pos and (nlex.freq.get(toks.words[i]) or 0) < nlex.common_freq


def _named_title(word_start: int, toks, tags: dict) -> bool:
    """A person's full name ends right where the title word starts: a token jieba's dictionary
    tags nrfg (习近平). Its plain nr also tags bodies and places (银监会, 乌克兰), so those do not count."""
    i = toks.index_ending(word_start)
    return i is not None and tags.get(toks.words[i]) == "nrfg"


PLACE_ENDS = "区县市村镇乡州省旗盟"   # a place's level character: a lead ending in one names a place, not a person


def _name_led(text: str, pstart: int, word_start: int, toks, nlex, rules) -> bool:
    """The phrase before the title word is a person's name alone (和赵克志书记向徐董事长: 赵克志 is
    addressed by the title written after the name; 向徐 after it is no name): a name jieba's dictionary
    holds as one (孙立平) or not at all, ending in no body's or place's level character."""
    lead = text[pstart:word_start]
    tag = nlex.tags.get(lead) or ""
    # a place's short form led by a family name's character heads the title (高雄市长, 苗栗县长: 高雄, 苗栗)
    return (2 <= len(lead) <= 4 and lead[-1] not in names.BODY_ENDS + PLACE_ENDS and (not tag or tag.startswith("nr"))
            and lead not in gazetteer(rules).by_form
            and names.name_from(text, pstart, toks, nlex, rules) == word_start)


def _noun_at(pos: int, toks, tags: dict) -> bool:
    i = toks.index_starting(pos)
    return i is not None and (tags.get(toks.words[i]) or "").startswith("n")


def _verb_at(pos: int, toks, tags: dict) -> bool:
    """A verb, an adverb or a preposition starts at ``pos``: a name's predicate (出席, 到场, 在)."""
    i = toks.index_starting(pos)
    return i is not None and (tags.get(toks.words[i]) or "")[:1] in PREDICATE_TAGS


LIST_COUNT_MAX = 6   # characters of 等 and a count before a title (等十二位)


def _names_then_title(text, tw, toks, nlex, tlex, emit, places=None, rules_count=None) -> None:
    row = tw.row
    after = row.get("after_re")
    if after and not row.regex("after_re").match(text[tw.end:tw.end + 20]):
        return
    phrase = tw.word
    count = rules_count.search(text, max(0, tw.start - LIST_COUNT_MAX), tw.start) if rules_count is not None else None
    if count is not None:
        _list_then_title(text, count.start(), toks, nlex, phrase, emit)
        return   # 甲、乙等代表, 甲、乙等八位议员: the list before 等
    name_end = tw.start
    rank = next((r for r in NAME_RANKS if text.endswith(r, 0, name_end)), "")
    if rank:   # 张志南常务副省长汇报: a rank word between the name and the title is the title's
        name_end -= len(rank)
        phrase = rank + phrase
    start = names.name_before(text, name_end, toks, nlex)
    if start is None or _place_of_its_head(text, start, name_end, phrase, places or {}):
        return
    if rank and text.endswith(appoint.AS, start, name_end) and names.common_word(text[start:name_end - len(appoint.AS)], nlex):
        return   # 明确为常务副省长: a word and 为, no name
    start = names.foreign_start(text, start, name_end, toks, nlex)
    if _name_then_verb(text, start, name_end, toks, nlex):
        return   # 蔡奇任副市长: the name, then 任; appoint.appointed reads it
    if (text.endswith(appoint.AS, 0, name_end)
            and appoint.appointing_name(text, name_end - len(appoint.AS), toks, nlex) is not None):
        return   # 选举王五为市长: 为 is no part of the name (appoint.appointed_as reads it)
    # the name must not itself end a title phrase (株洲市委书记: 市委 is no name)
    if start > 0 and titles.title_ending_at(text, start, tlex) is not None:
        return
    emit(start, name_end, phrase, "officials.name-title", _body_before(text, start, toks, nlex, tlex))


BODY_MIN = 3   # characters of an organisation's name written before a name (市教育局, 农业部农机化司)


def _body_before(text: str, start: int, toks, nlex, tlex) -> str:
    """The organisation whose title follows the name, written right before the name (省农业农村厅王敬东副厅长,
    产业发展处王家忠处长): read back over the body's tokens from ``start``; it ends in a body's last character
    (厅, 局, 司, 处 …). Empty when none stands there."""
    if start == 0 or toks.index_ending(start) is None:
        return ""
    bstart = titles.phrase_start(text, start, toks, tlex, nlex.tags)
    body = text[bstart:start]
    if len(body) < BODY_MIN or body[-1] not in names.BODY_ENDS or titles.company(body, tlex):
        return ""
    return body


def _place_of_its_head(text: str, start: int, name_end: int, phrase: str, places) -> bool:
    """The "name" is a place of the gazetteer ending in the level character of the head's title after it
    (甘孜州|州长, 阿坝州|州长), or a place's short form that the title's level character completes
    (石家庄|市长: 石家庄市): a place and its head, no name (刘建州州长 is a name: no place)."""
    head = titles.HEAD_OF_LEVEL.match(phrase)
    if head is None or head.group(1) not in titles.LEVELS:
        return False
    word = text[start:name_end]
    return (word[-1] == head.group(1) and word in places) or word + head.group(1) in places


def _name_then_verb(text, start, end, toks, nlex) -> bool:
    """The "name" before a title is a shorter name and an appointing verb glued to it (蔡奇任|副市长)."""
    verb = next((v for v in appoint.APPOINT if text.endswith(v, start, end)), None)
    return verb is not None and end - len(verb) > start and appoint.name_ending_at(text, end - len(verb), toks, nlex) == start


def _list_then_title(text, end, toks, nlex, phrase, emit) -> None:
    """``甲、乙、丙等代表``: every item of the list before ``等`` must be a name (the last one may be
    glued to 等 by jieba: 郑家/明等)."""
    items: list[tuple[int, int]] = []
    while True:
        start = appoint.name_ending_at(text, end, toks, nlex)
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
