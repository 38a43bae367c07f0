"""Officials named in appointments: ``陈刚任雄安新区党工委书记`` (a name, 任 or 担任/调任 ..., the title) and
``任命李四为市公安局局长`` (任命/选举, a name or a 、 list of names, 为, the title)."""
from __future__ import annotations

import regex

from . import names, officials_titles as titles

# the longer ones first: 凌云调任…, not 凌云调; 当选(为) names who was elected to the office, 不再担任 and
# 辞去 who held it until then (张三同志不再兼任市委书记职务): the title as written is theirs; 履新 names who
# took up the post (王五已履新某县县长); 蝉联 and 连任 who was elected to it again, 宣誓就任 and 就任 who
# took office (张三蝉联市议长, 李四宣誓就任县长)
APPOINT = ("不再担任", "不再兼任", "当选为", "宣誓就任", "担任", "兼任", "出任", "调任", "转任", "升任", "改任",
           "接任", "蝉联", "连任", "就任", "当选", "辞去", "代理", "履新", "任")
# 决定余金富代理阳江市人民政府市长职务: a verb of acting for the head, which the title keeps (代理…市长)
ACTING = ("代理",)
DISMISSING = ("免去", "免除")   # 免去李四的市公安局局长职务, 免去甲、乙市人民政府副市长职务: the verb, names, the title
POST = regex.compile(r"的?职务|一职")   # ... then 职务 (the post, or 一职) right after the title word
# one dismissal of a list of them ends (免去甲同志X职务、乙同志Y职务): the next name follows, its verb carried
POST_ITEM_END = regex.compile(r"(?:职务|一职)[、，,]")
APPOINTING = ("任命", "选举", "推选", "选出", "补选", "增选")   # 任命李四为市公安局局长: these verbs, a name, 为, the title
AS = "为"
APPOINT_LIST_SEP = "，,；;"   # 任命甲为X，乙为Y: what joins one appointment to the next
SENTENCE_END = "。！？!?\n"
LIST_SEP = "、"   # what joins the names of one list (任命甲、乙为副市长)
NAME_LEADS = ("接受", "决定")   # 接受李四辞去市长职务, 决定王五代理县长职务: a word right before the name
COMRADE = "同志"   # 张三同志任市委书记: the form of address stands between the name and 任
# 任命甲、乙、丙三位同志为…: the form of address after a list, with the count of its names
COMRADES = regex.compile(r"(?:[两二三四五六七八九十\d]{1,2}[位名])?同志$")
COMRADES_SPAN = 6   # characters COMRADES may take
# a note in brackets after a name of a list (马福海（回族）, 昂毛（女、蒙古族）): its holder's people and sex
NAME_NOTE = regex.compile(r"[（(](?:[男女]|\p{Han}{1,5}族)(?:[、，,](?:[男女]|\p{Han}{1,5}族))*[）)]$")
NAME_NOTE_SPAN = 20   # characters NAME_NOTE may take
NOTED_NAME_MIN, NOTED_NAME_MAX = 2, 4   # characters of a name with a note and no Han family name (桑杰, 吉狄马加)
NAME_BEFORE = "由，,、；;：:（( \n。！？!?"   # what may stand right before the name of an appointment
MOVED_FROM = ("从", "由")   # 甲从T1任T2, 甲由T1调任T2: the post (or place) left, between these and the verb
MOVED_SPAN_MAX = 20   # characters of the post left between 从/由 and the verb
OF = "的"
# a name of Chinese characters joined by middle dots (古丽巴尔琴·赛力克拜, as Uyghur, Kazakh and other names are
# written) right after a punctuation mark or a list's 、: each part of at most DOTTED_PART_MAX characters
DOTTED_PART_MAX = 8
DOTTED_BEFORE = regex.compile(rf"(?<![\p{{Han}}·•‧・])\p{{Han}}{{2,{DOTTED_PART_MAX}}}(?:[·•‧・]\p{{Han}}{{1,{DOTTED_PART_MAX}}})+$")
SUCCEEDS = ("接替",)   # 甲接替乙任T: the one who takes the post, the one who leaves it, then 任 and T
RESUME_VERB = "任"   # 现任: the verb of a résumé's current post
PASSIVE = "被"   # 甲被任命为T, 甲被正式任命为T: the passive of an appointing verb


def appointed(text, tw, got, toks, nlex, tlex, emit, rules=None) -> None:
    """``陈刚任雄安新区党工委书记``, ``由副市长王五任组长``: a name, 任 (担任, 兼任), then the title."""
    if got is None:
        return
    pstart, row = got
    # jieba often glues 任 to what is around it (陈刚/任雄安/新区, 王五/任组长): the verb may lie inside
    # the phrase read back, the name before it: the last offset from pstart + 2 to the title word's
    # start where one begins, the first verb of APPOINT there
    verb, name_end = None, pstart
    p = max(_verb_at(text, v, pstart + 2, tw.start - 1 + len(v), tlex) for v in APPOINT)
    if p >= 0:
        verb = next(v for v in APPOINT if text.startswith(v, p))
        vend = p + len(verb)   # ... or a longer verb ending there (调任: 任 is found after 调)
        verb = next((v for v in APPOINT if len(v) > len(verb) and vend - len(v) >= pstart
                     and text.startswith(v, vend - len(v))), verb)
        name_end = vend - len(verb)
    current = next((c for c in _currents(rules) if text.startswith(c + RESUME_VERB, pstart)), "")
    if verb is None and current:
        verb, name_end = RESUME_VERB, pstart + len(current)   # the phrase was read back over 现任 (时任)
    if verb is None and any(text.endswith(a, 0, pstart) for a in _adverbs(rules)[0]):
        # 马宇骏此前/任省/交通运输厅厅长: the phrase read back over the verb jieba glued to the body,
        # an adverb of a post held (此前, 曾, 已) before it
        verb = next((v for v in APPOINT if text.startswith(v, pstart)), None)
        name_end = pstart
    if verb is None:
        # the verb ends at the phrase, or the reading back took its last character (兼/任: 兼 starts a
        # body, 兼市/公安局, and the phrase begins after it)
        verb, name_end = next(((v, pstart - k) for v in APPOINT for k in range(len(v), 0, -1)
                               if text.startswith(v, pstart - k)), (None, pstart))
        if verb is None:
            return
    phrase = text[name_end + len(verb):tw.end]
    if phrase.startswith(AS) and verb + AS in APPOINT:
        phrase = phrase[len(AS):]   # 当选为: jieba glued 为 to the body (为市/十三届)
    if not phrase or titles.company(phrase, tlex):
        return
    held, pending = _adverbs(rules)
    name_end = _before_when(text, name_end, toks, nlex, rules)
    adverb = next((a for a in (*pending, *held) if text.endswith(a, 0, name_end)), None)
    if adverb is not None and name_ending_at(text, name_end - len(adverb), toks, nlex) is not None:
        if adverb in pending:
            return   # 高屹拟任设区市党委书记: the post is not held yet
        name_end -= len(adverb)   # 王晓已调任…, 李红军现已出任…: an adverb between the name and the verb
    if text.endswith(COMRADE, 0, name_end):
        name_end -= len(COMRADE)
    start = name_ending_at(text, name_end, toks, nlex)
    if start is None:
        # 杨秀清从莲都区区长任缙云县委书记, 张三由庆元县调任…: the post or place left stands between
        # 从/由 and the verb, the name before 从/由; the title after the verb is the one held now
        start, name_end = _moved_from(text, name_end, toks, nlex, tlex, rules)
    succeeded = _successor(text, start, name_end, toks, nlex)
    if succeeded is not None:
        start, name_end = succeeded   # 甲接替乙任T, 甲接替乙，任T: T is 甲's
    before = NAME_BEFORE
    if start is None:
        # 刘军，现任鼓楼区委书记: a résumé opens with the name, its items, then 现任 and the post
        start, name_end = _resume_name(text, name_end, verb, toks, nlex, rules)
        before += OF   # (1969年出生的刘军，现任…)
    if start is None or (start > 0 and titles.title_ending_at(text, start, tlex) is None
                         and text[start - 1] not in before
                         and not any(text.endswith(w, 0, start) for w in (*NAME_LEADS, *_leads(rules)))):
        return
    if start > 0 and text[start - 1] in SENTENCE_END and text[start] in nlex.breaks:
        return   # 。和曾担任…: a sentence opening with a function word (和, 在 …) opens with no name
    if verb in ACTING:
        phrase = verb + phrase   # the acting head: 代理阳江市人民政府市长
    emit(start, name_end, phrase, "officials.name-appointed")
    # a 、 list of names before the verb names them all (甲、乙、丙当选为副市长)
    while start > 0 and text[start - 1] == LIST_SEP:
        end = start - 1
        start = name_ending_at(text, end, toks, nlex)
        if start is None:
            break
        emit(start, end, phrase, "officials.name-appointed")


def _verb_at(text: str, verb: str, lo: int, hi: int, tlex) -> int:
    """The last offset of ``verb`` in text[lo:hi] that is not the end of a title word of the chain read back
    (任 of 主任 in 现任市发改委主任、党组书记), or -1."""
    p = text.rfind(verb, lo, hi)
    while p >= 0 and titles.title_ending_at(text, p + len(verb), tlex) is not None:
        p = text.rfind(verb, lo, p + len(verb) - 1)
    return p


WHEN_MAX = 16   # characters of the date between a name and its appointing verb (已于2019年12月下旬)
WHEN_DATED = regex.compile(r"\d|[今去同当次]年")   # such a date names a time (于4月, 于今年), not 于是


def _before_when(text: str, name_end: int, toks, nlex, rules) -> int:
    """Where the name ends when a date of the post (已于4月, 于2019年3月) stands before the verb at
    ``name_end``: the date's start when a name ends there, else ``name_end`` unchanged."""
    when = rules.pattern("officials.appoint_when_re") if rules is not None else None
    m = when.search(text, max(0, name_end - WHEN_MAX), name_end) if when is not None else None
    if m is None or m.end() != name_end or m.start() == name_end or not WHEN_DATED.search(m.group()):
        return name_end
    return m.start() if name_ending_at(text, m.start(), toks, nlex) is not None else name_end


def _adverbs(rules) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Adverbs that may stand between a name and the appointing verb: of a post taken (已, 现已) and of
    one not taken yet (拟, 即将), longest first."""
    if rules is None:
        return (), ()
    def ordered(key: str) -> tuple[str, ...]:
        return tuple(sorted(rules.setting(key, []), key=len, reverse=True))
    return ordered("officials.appoint_adverbs_held"), ordered("officials.appoint_adverbs_pending")


def _leads(rules) -> tuple[str, ...]:
    """Words of time that may stand right before the name of an appointment (此前张柱任…)."""
    return tuple(rules.setting("officials.appointee_leads", [])) if rules is not None else ()


def dismissed(text, tw, got, toks, nlex, tlex, emit, rules) -> None:
    """``免去李四的市公安局局长职务``, ``免去甲、乙市人民政府副市长职务``: a dismissing verb, a name or a
    、 list of names, 的 or nothing, the title (which the person held until then), 职务."""
    if got is None or not POST.match(text, tw.end):
        return
    pstart, row = got
    sent = max(text.rfind(c, 0, tw.start) for c in SENTENCE_END + APPOINT_LIST_SEP) + 1
    verb = max(((text.rfind(v, sent, pstart + 1), v) for v in DISMISSING), default=(-1, ""))
    if verb[0] < 0:
        return
    items: list[tuple[int, int]] = []
    pos = verb[0] + len(verb[1])
    # 免去甲同志X职务、乙同志Y职务: Y is 乙's alone, whose name follows the last post's end
    pos = max((m.end() for m in POST_ITEM_END.finditer(text, pos, pstart + 1)), default=pos)
    while (end := names.name_from(text, pos, toks, nlex, rules)) is not None and end < tw.start:
        items.append((pos, end))
        if text[end] != LIST_SEP:
            break
        pos = end + 1
    if not items:
        return
    tstart = items[-1][1]
    tstart += len(COMRADE) if text.startswith(COMRADE, tstart) else 0   # 免去周玲同志的…副县长职务
    tstart += 1 if text[tstart] == OF else 0
    phrase = text[tstart:tw.end]
    if not phrase or phrase[0] == LIST_SEP or not titles.acceptable(phrase, row, tlex):
        return   # ... a list item that is no name (甲、乙、某某市副市长) leaves the list unread
    for start, end in items:
        emit(start, end, phrase, "officials.name-appointed")


def appointed_as(text, tw, got, toks, nlex, tlex, emit, rules=None) -> None:
    """``任命李四为市公安局局长``, ``选举王五为市长``: an appointing verb, a name, 为, then the title.
    jieba glues 为 to either side (李四/为市, 王五为/市长), so the phrase read back may hold the name."""
    if got is None:
        return
    pstart, row = got
    name_end = text.rfind(AS, max(0, pstart - len(AS)), tw.start)
    if name_end < 0:
        return
    phrase = text[name_end + len(AS):tw.end]
    if not phrase or not titles.acceptable(phrase, row, tlex):
        return
    for start, end in appointing_names(text, name_end, toks, nlex, tlex):
        emit(start, end, phrase, "officials.name-appointed")
    if phrase.startswith(ACTING):
        _acting_too(text, name_end, phrase, toks, nlex, emit)
    passive = _passive_name(text, name_end, toks, nlex, rules)
    if passive is not None:
        emit(*passive, phrase, "officials.name-appointed")


ACTING_TOO = ("并决定", "决定")   # 任命甲为市人民政府副市长，并决定为代理市长: the acting post of the one just named


def _acting_too(text, as_start, phrase, toks, nlex, emit) -> None:
    """``任命邓正权为市人民政府副市长，并决定为代理市长``: a clause of 决定为 and an acting post with no name
    of its own goes with the appointment right before it in the sentence; the title as written there and
    the acting post join as one (市人民政府副市长、代理市长, as 任命白涛为…副市长、代理市长 writes it)."""
    lead = next((w for w in ACTING_TOO if text.endswith(w, 0, as_start)), None)
    if lead is None:
        return
    comma = as_start - len(lead) - 1
    if comma < 0 or text[comma] not in APPOINT_LIST_SEP:
        return
    sent = max(text.rfind(c, 0, comma) for c in SENTENCE_END) + 1
    prev = text.rfind(AS, sent, comma)
    names_ = appointing_names(text, prev, toks, nlex) if prev > 0 else []
    first = text[prev + len(AS):comma]
    if not names_ or not first or any(c in APPOINT_LIST_SEP for c in first):
        return
    for start, end in names_:
        emit(start, end, first + LIST_SEP + phrase, "officials.name-appointed")


def _passive_name(text, as_start, toks, nlex, rules) -> tuple[int, int] | None:
    """``赵晓峰被正式任命为南通市副市长``: the name, 被, an appointing verb (an adverb of a post taken may
    stand on either side of 被), then 为 at ``as_start``: (start, end) of the name, or None."""
    verb = next((v for v in APPOINTING if text.endswith(v, 0, as_start)), None)
    if verb is None:
        return None
    held, _ = _adverbs(rules)
    pos = as_start - len(verb)
    pos -= next((len(a) for a in held if text.endswith(a, 0, pos)), 0)
    if not text.endswith(PASSIVE, 0, pos):
        return None
    pos -= len(PASSIVE)
    pos -= next((len(a) for a in held if text.endswith(a, 0, pos) and name_ending_at(text, pos - len(a), toks, nlex) is not None), 0)
    start = name_ending_at(text, pos, toks, nlex)
    if start is None or (start > 0 and text[start - 1] not in NAME_BEFORE + OF):
        return None
    return start, pos


def appointing_name(text, end, toks, nlex) -> int | None:
    """Start of the name ending at ``end`` right after an appointing verb (任命, 选举), or after a comma
    that goes on with the verb's list (任命刘某为院长，纪某为检察长), or None."""
    names_ = appointing_names(text, end, toks, nlex)
    return names_[0][0] if names_ else None


def appointing_names(text, end, toks, nlex, tlex=None) -> list[tuple[int, int]]:
    """(start, end) of the names ending at ``end`` that an appointing verb names together: one name, or
    a 、 list of them (任命甲、乙、丙为副市长), the first right after the verb (or a comma going on with
    its list, or the post the first holds now: 任命县委副书记甲为…); the last name first. Empty when the
    run of names does not start at such a verb. 同志 after the name, or after the list with its count
    (甲同志为…, 甲、乙两位同志为…), is no part of the last name."""
    items: list[tuple[int, int]] = []
    comrades = COMRADES.search(text, max(0, end - COMRADES_SPAN), end)
    if comrades is not None:
        end = comrades.start()
    start, end = _noted_name_ending_at(text, end, toks, nlex)
    while start is not None:
        items.append((start, end))
        if (any(text.endswith(v, 0, start) for v in APPOINTING) or _appointing_list(text, start)
                or _post_after_verb(text, start, tlex)):
            return items
        if start == 0 or text[start - 1] != LIST_SEP:
            break
        start, end = _noted_name_ending_at(text, start - 1, toks, nlex)
    return []


def _noted_name_ending_at(text, end, toks, nlex) -> tuple[int | None, int]:
    """(start, end) of a name of an appointing verb's list ending at ``end``, a note of its holder's
    people or sex in brackets after it stripped (选举马福海（回族）、昂毛（女、蒙古族）为…). The note says
    a person stands before it: a name with no Han family name (桑杰, 吉狄马加) is read as the whole
    item, from the list's 、 or the verb to the note; with no note, an item that is a name of
    minority_names.tsv elements is one too."""
    note = NAME_NOTE.search(text, max(0, end - NAME_NOTE_SPAN), end)
    end = note.start() if note is not None else end
    start = name_ending_at(text, end, toks, nlex)
    if start is not None:
        return start, end
    for n in range(NOTED_NAME_MIN, nlex.minority_max + 1):
        s = end - n
        if s > 0 and (text[s - 1] == LIST_SEP or any(text.endswith(v, 0, s) for v in APPOINTING)) and (
                (note is not None and n <= NOTED_NAME_MAX and names.HAN.fullmatch(text, s, end))
                or names.minority_name(text, s, toks, nlex) == end):
            return s, end   # ... and a Tibetan or Mongolian name the verb names (补选斯朗尼玛为…)
    return None, end


def _post_after_verb(text: str, start: int, tlex) -> bool:
    """The name at ``start`` follows the post its holder has now, right after an appointing verb
    (任命县委副书记纪道清同志为县人民政府副县长): a title ends at the name, the verb before it, no
    punctuation between."""
    if tlex is None or titles.title_ending_at(text, start, tlex) is None:
        return False
    sent = max(text.rfind(c, 0, start) for c in SENTENCE_END + APPOINT_LIST_SEP + LIST_SEP) + 1
    found = [(p, v) for v in APPOINTING if (p := text.rfind(v, sent, start)) >= 0]
    if not found:
        return False
    p, v = max(found)
    return not NO_POST.search(text, p + len(v), start)


NO_POST = regex.compile(r"[\s\p{P}为]")   # what no post between the verb and the name holds


def _appointing_list(text: str, start: int) -> bool:
    """The name at ``start`` follows a comma of a sentence whose appointing verb named someone 为 a
    title before it (任命甲为X，乙为Y)."""
    if start == 0 or text[start - 1] not in APPOINT_LIST_SEP:
        return False
    sent = max(text.rfind(c, 0, start) for c in SENTENCE_END) + 1
    clause = text[sent:start]
    # the first verb of each kind: a later one may be part of a body's name in a title of the list
    # (任命甲为…，乙为省人大常委会人事代表选举工作委员会主任，丙为…)
    return any(p >= 0 and AS in clause[p + len(v):] for v in APPOINTING for p in (clause.find(v),))


def name_ending_at(text, end, toks, nlex) -> int | None:
    """Start of the name ending at ``end``: a dotted one standing alone in its clause, as jieba splits
    it, else glued to the verb after it."""
    dotted = _dotted_ending_at(text, end)
    if dotted is not None:
        return dotted
    start = names.name_before(text, end, toks, nlex)
    start = start if start is not None else _name_glued_before(text, end, toks, nlex)
    if start is not None and start > 0 and text[start - 1] in names.DOTS:
        return None   # the last part of a dotted name whose start is not found (选举卡米江·伊尔哈力): no name
    return start


def _name_glued_before(text, end, toks, nlex):
    """A 2-3 character name right before ``end`` that jieba glued to 任 (赵六任/副组长)."""
    for n in (3, 2):
        s = end - n
        if s >= 0 and names.surname_len(text, s, nlex) and names.plausible(text[s:end], nlex) and toks.is_boundary(s):
            return s
    return None


def _moved_from(text, verb_start, toks, nlex, tlex, rules) -> tuple[int | None, int]:
    """``杨秀清从莲都区区长任缙云县委书记``: the name ends right before 从/由, what stands between it and
    the verb (``verb_start``) is the post or place left: no punctuation, at most MOVED_SPAN_MAX long, ending
    in a title or a place. (None, verb_start) when the clause is not of that shape."""
    lo = max(0, verb_start - MOVED_SPAN_MAX)
    for p in range(verb_start - 2, lo - 1, -1):
        if not names.HAN.fullmatch(text[p]):
            break
        if text[p] not in MOVED_FROM:
            continue
        left = text[p + 1:verb_start]
        if titles.title_ending_at(text, verb_start, tlex) is None and not titles.PLACE.fullmatch(left):
            continue
        start = name_ending_at(text, p, toks, nlex)
        if start is not None:
            return start, p
    return None, verb_start


def _resume_name(text, verb_start, verb, toks, nlex, rules) -> tuple[int | None, int]:
    """``刘军，现任鼓楼区委书记``, ``何珊瑚，女，汉族，1975年3月生，…，现任…``: 现任 after a comma, the
    sentence opening with a name and a comma, every comma-separated item between being a résumé item
    (sex, nationality, birth, birthplace, schooling, party: ``officials.resume_item_re``)."""
    if rules is None or verb is None:
        return None, verb_start
    current = next((c for c in _currents(rules) if text.endswith(c, 0, verb_start)), None)
    item = rules.pattern("officials.resume_item_re")
    if current is None or item is None:
        return None, verb_start
    lead = verb_start - len(current)
    if lead == 0 or text[lead - 1] not in "，,":
        return None, verb_start
    named = lead - 1
    dated = rules.pattern("officials.resume_when_re")
    m = dated.search(text, max(0, named - WHEN_MAX), named) if dated is not None else None
    if m is not None and m.end() == named and current != _currents(rules)[0]:
        named = m.start()   # 李四在2014年8月，时任…: the date of the notice's post between the name and the comma
    start = name_ending_at(text, named, toks, nlex)
    if start is not None and (start == 0 or text[start - 1] in NAME_BEFORE + OF
                              or any(text.endswith(w, 0, start) for w in _leads(rules))):
        return start, named   # 1969年出生的刘军，现任…; 被提名人张通荣，现任…: the name right before the comma
    sent = max(text.rfind(c, 0, lead) for c in SENTENCE_END) + 1
    end = names.name_from(text, sent, toks, nlex, rules)
    if end is None or text[end:end + 1] not in "，,（(":
        return None, verb_start
    body = text[end + 1:lead - 1]
    items = [i for i in regex.split(r"[，,（()）]", body) if i]
    if not all(item.search(i) for i in items):
        return None, verb_start
    return sent, end


def _currents(rules) -> tuple[str, ...]:
    """Words before 任 of the post a résumé or a disciplinary notice names (现任 now, 时任 then:
    ``李四，时任某县县长，被立案审查``): ``officials.resume_current``, a word or a list of them."""
    if rules is None:
        return ()
    got = rules.setting("officials.resume_current", "现")
    return (got,) if isinstance(got, str) else tuple(got)


def _successor(text, prev, verb_start, toks, nlex) -> tuple[int, int] | None:
    """``陈小军接替周平任…`` (the predecessor's name starts at ``prev``) / ``王建明接替李国华，任…`` (it
    ends at a comma right before the verb at ``verb_start``): (start, end) of the successor's name
    before 接替, or None."""
    if prev is None and verb_start > 0 and text[verb_start - 1] in "，,":
        prev = name_ending_at(text, verb_start - 1, toks, nlex)
    verb = next((v for v in SUCCEEDS if prev is not None and text.endswith(v, 0, prev)), None)
    if verb is None:
        return None
    start = name_ending_at(text, prev - len(verb), toks, nlex)
    return (start, prev - len(verb)) if start is not None else None


def _dotted_ending_at(text: str, end: int) -> int | None:
    """Start of a dotted name that ends at ``end`` and starts after punctuation, a space or the text's
    start (艾斯比顿·赛买提当选为…), or None."""
    if end <= 0 or not any(c in names.DOTS for c in text[max(0, end - 2 * DOTTED_PART_MAX - 1):end]):
        return None
    m = DOTTED_BEFORE.search(text, max(0, end - 4 * DOTTED_PART_MAX), end)
    return m.start() if m is not None else None
