"""Titles of office holders: which title words occur where, and the full title phrase.

A title word (``书记``, ``省长``, ``负责人`` from ``rules/titles.tsv``) is found
in the text; reading back from it over jieba tokens gives the title phrase
with its organisation (``株洲市委书记``, ``西藏自治区农业农村厅厅长``). The
phrase stops at punctuation, at stop words (``officials_stops.tsv``) and at
tokens jieba tags as verbs, prepositions and the like; titles joined by
``、`` before one name are read as one phrase (``市委副书记、市长``).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import regex

from ..rulebook import Rules
from ..rulebook.loader import RuleRow
from .literals import literal_pattern
from .line_tokens import PageLines
from . import names
from .names import PageTokens
from ..segment.tokens import tokenizer

# the body's term may stand between 政协 and the place (政协第十二届西藏自治区委员会): no part of the place
PLACE = regex.compile(r"^(?:中共|政协)?(?:第?[一二三四五六七八九十]+届)?(\p{Han}{1,8}?(?:自治区|自治州|特别行政区|省|市|县|区|州|盟|旗))")
ORG_AFTER_PLACE = regex.compile(r"^(?:自治区|省|市|县|区|州)")
PROVINCE_UNITS = ("省", "自治区")   # a province-level unit: 省长, 自治区主席
CITY_UNITS = ("市", "州")            # a city's or prefecture's unit: 市长, 市金融局, 州长
RANK_WORDS = "(?:常务|执行|第一)?"   # a rank's words before 副/正 (常务副市长, 第一书记)
ACTING = "代(?![省市县区州旗]{2})"   # 代 (acting) of 代县长, not the 代 of the county 代县 (代县县长)
RANK_HEAD = regex.compile(rf"^{RANK_WORDS}(?:[副正]|{ACTING})*")   # the rank before a title's unit (常务副市长, 代县长)
# what no place name holds: a body or a rank read into it (市委市政府…, 县政府代县长, 常务副市长, 部分副县长)
NOT_PLACE = regex.compile(r"委|政府|副|^(?:社|小|园|景|辖|地)区$|^自治[区州县]$")   # a body, a rank, or a generic area (社区党委书记)
SPACE_OR_PUNCT = regex.compile(r"[\s\p{P}\p{S}]")
DIGIT = regex.compile(r"\d")
RANK_TAIL = regex.compile(rf"{RANK_WORDS}[副正]*$")
CHAIN = "、兼"     # what joins the titles one person holds (市委常委、副市长兼市公安局局长)
CONCURRENT = "兼"  # ... the second held concurrently; jieba may glue it to the body after it (兼市/公安局)
CHAIN_SPLIT = regex.compile(f"[{CHAIN}]")
# the level characters of areas, which a body's name may start with (市文化局, 县人大, 区委): bodies,
# not family names
LEVELS = "省市县区州镇乡旗盟"


@dataclass(frozen=True)
class TitleWord:
    row: RuleRow
    start: int
    end: int

    @property
    def word(self) -> str:
        return self.row["word"]

    @property
    def kind(self) -> str:
        return self.row["kind"]

    def allows(self, where: str) -> bool:
        pos = self.row.get("position", "before")
        return pos == "both" or pos == where


@dataclass(frozen=True)
class TitleLexicon:
    pattern: object
    rows: dict
    stops: dict
    keeps: frozenset
    stop_tags: frozenset
    org_words: tuple
    bylines: tuple              # a name right after one of these is a byline (记者, 通讯员)
    max_chars: int
    chain_max: int
    lengths: tuple = ()         # the title words' lengths, longest first
    verb_org: object = None     # regex: an organisation suffix that makes the verb before it part of the name
    verb_org_ends: tuple = ()   # the same suffixes, as a word of the body's name ends in them (移民局, 领导小组)
    roles: object = None        # regex: roles that may end a chain after an office (、格力电器董事长)
    role_rows: dict | None = None
    public_bodies: tuple = ()   # state bodies whose names hold an org word (人民银行, 中央银行)
    ordinal: object = None      # regex: an ordinal token that belongs to the body (第三巡视组, 十四届全国人大)
    session: object = None      # regex: a session's ordinal before 会议 (十三届一次会议主席团), matched in the text
    court_posts: object = None  # regex: a court's or procuratorate's posts inside it (审判委员会委员, 检察员)
    glued_leads: frozenset = frozenset()   # verbs jieba glues to a body's level character (到市, 赴县)
    committee_titles: frozenset = frozenset()   # a party committee's seats, written bare after its name (常委、书记)
    committee_body: object = None   # regex: a body that is a party committee (长沙市委, 党工委)
    party_group: object = None      # regex: a body's party group title (党组书记), bare after the body's head
    freq: object = None             # jieba's word frequencies
    place_word_freq: int = 0        # a word rarer than this right before a level character is a place's name
    holder_office: frozenset = frozenset()   # a title word before one of these names a body (行政长官/办公室)


def lexicon(rules: Rules) -> TitleLexicon:
    def build() -> TitleLexicon:
        rows = {r["word"]: r for r in rules.table("titles")}
        pattern = literal_pattern(rows) if rows else None    # the longest title word at each offset
        stops = {r["word"]: r for r in rules.table("officials_stops") if r.get("action", "stop") == "stop"}
        keeps = frozenset(r["word"] for r in rules.table("officials_stops") if r["action"] == "keep")
        role_rows = {r["word"]: r for r in rules.table("officials_roles")}
        return TitleLexicon(
            pattern=pattern, rows=rows, stops=stops, keeps=keeps,
            stop_tags=frozenset(rules.setting("officials.stop_tags", [])),
            org_words=tuple(r["word"] for r in rules.table("not_officials") if r["where"] == "org"),
            roles=literal_pattern(role_rows) or None,
            role_rows=role_rows,
            public_bodies=tuple(r["word"] for r in rules.table("not_officials") if r["where"] == "public"),
            bylines=tuple(r["word"] for r in rules.table("not_officials") if r["where"] == "before"),
            max_chars=int(rules.setting("officials.title_max_chars", 30)),
            chain_max=int(rules.setting("officials.title_chain_max", 4)),
            lengths=tuple(sorted({len(w) for w in rows}, reverse=True)),
            verb_org=literal_pattern(rules.setting("officials.verb_org_suffixes", [])) or None,
            verb_org_ends=tuple(rules.setting("officials.verb_org_suffixes", [])),
            ordinal=rules.pattern("officials.ordinal_token_re"),
            session=rules.pattern("officials.session_ordinal_re"),
            court_posts=rules.pattern("officials.court_posts_re"),
            glued_leads=frozenset(rules.setting("officials.phrase_glued_lead_chars", "")),
            committee_titles=frozenset(rules.setting("officials.committee_titles", [])),
            committee_body=rules.pattern("officials.committee_body_re"),
            party_group=rules.pattern("officials.party_group_title_re"),
            freq=tokenizer(rules).FREQ,
            place_word_freq=int(rules.setting("officials.common_word_freq", 100)),
            holder_office=frozenset(rules.setting("officials.holder_office_words", [])),
        )

    return rules.cached("officials.titles", build)


def title_words(text: str, lines: PageLines, lex: TitleLexicon, freq: dict | None = None) -> list[TitleWord]:
    """Every title word in ``text`` that ends on a token boundary (not ``常委`` in ``常委会``)."""
    if lex.pattern is None:
        return []
    out = []
    pos = 0
    while (m := lex.pattern.search(text, pos)) is not None:
        if (lines.is_boundary(m.end()) or m.end() == len(text)
                or _glued_to_name(lines.at(m.start()), m.start(), m.end(), freq or {})):
            out.append(TitleWord(lex.rows[m.group()], m.start(), m.end()))
            pos = m.end()
        else:
            pos = m.start() + 1   # a word refused may hold a title word starting later (地区领导人: 区领导, 领导人)
    return out


def _glued_to_name(toks: PageTokens, start: int, end: int, freq: dict) -> bool:
    """jieba joined the title's last character to the name after it (四川省/长魏宏), not to a word
    (常委会, 湖南省/长沙市)."""
    j = bisect_right(toks.starts, end - 1) - 1
    if not (j >= 0 and toks.starts[j] > start and toks.ends[j] > end):
        return False
    word = toks.words[j]  # 湖南省/长沙市 is a place, 曼谷市市/长沙/玛 a name
    return not (freq.get(word) and len(word) >= 3)


def role_words(text: str, lines: PageLines, lex: TitleLexicon) -> list[TitleWord]:
    """Every role word (董事长, 教授, 候选人) that ends on a token boundary."""
    if lex.roles is None:
        return []
    return [TitleWord(lex.role_rows[m.group()], m.start(), m.end())
            for m in lex.roles.finditer(text) if lines.is_boundary(m.end())]


def title_ending_at(text: str, end: int, lex: TitleLexicon) -> RuleRow | None:
    """The longest title word that ends exactly at ``end``."""
    n = len(text)
    # where text.endswith(word, 0, end) stops comparing: ``end`` read as a slice bound
    end = min(end, n) if end >= 0 else max(0, n + end)
    for k in lex.lengths:               # longest first: the first word found is the longest
        if k <= end:
            row = lex.rows.get(text[end - k:end])
            if row is not None:
                return row
    return None


def phrase_start(text: str, word_start: int, toks: PageTokens, lex: TitleLexicon, tags: dict) -> int:
    """Read back from a title word over organisation tokens; where the title phrase begins."""
    i = toks.index_ending(word_start)
    start = word_start
    if i is None:
        # jieba glued the organisation to the title word (市委书记): start from that token
        j = bisect_right(toks.starts, word_start - 1) - 1
        if j < 0 or toks.ends[j] <= word_start or SPACE_OR_PUNCT.search(toks.words[j][: word_start - toks.starts[j]]):
            return start
        start, i = toks.starts[j], j - 1
    limit = word_start - lex.max_chars
    joiner: tuple[int, int] | None = None   # a joining word inside a body's name (和, 与), once read past
    while i is not None and i >= 0:
        tok, ts = toks.words[i], toks.starts[i]
        if ts < limit or SPACE_OR_PUNCT.search(tok) or DIGIT.search(tok) or (
                tok in lex.rows and not (i + 1 < len(toks.words) and toks.words[i + 1] in lex.holder_office)):
            break  # a title word of its own ends the phrase (…书记管委会主任: 管委会主任), not the office it names (行政长官办公室)
        if tok[0] == CONCURRENT:
            start = ts + 1
            break  # 兼市/公安局局长, 兼/局长: the body (or the bare title) starts after 兼
        if len(tok) > 1 and tok[0] in lex.glued_leads and tok[1] in LEVELS and tok not in tags:
            start = ts + 1
            break  # 邀请到市/文化广电新闻出版局副局长: a verb jieba glued to the body's level, no word of its own
        if tok in lex.stops:
            unless = lex.stops[tok]
            # the body's last character may open the title word (政制及内地事务局长: 及…局 of 局长)
            if not (unless.get("unless_re") and unless.regex("unless_re").match(text[ts:word_start + 1])):
                break
            joiner = (ts, ts + len(tok))   # 海洋与渔业厅: 与 joins two halves of the body's name
        elif tok not in lex.keeps and (tags.get(tok) or "") in lex.stop_tags \
                and not _ordinal(tok, lex) and not _session(text, ts, toks.ends[i], lex) \
                and not _inside_organisation(text, i, toks, tags, lex) \
                and not _place_name_word(text, i, toks, lex, tags):
            if i > 0 and SPLIT_TENURE.fullmatch(text, toks.starts[i - 1], toks.ends[i]):
                start = toks.starts[i - 1]   # 原/任青阳县委书记: jieba cut the tenure word in two; it leads the phrase
            break
        start = ts
        i -= 1
    if joiner is not None and start == joiner[0]:
        return joiner[1]   # 县长和公安局局长: no first half before 和 (a title or a stop ends it): the body starts after it
    return start


PLACE_MISTAGS = "dtmraf"   # the tags (adverb, time, numeral, pronoun, adjective, direction) a place's name is mistaken for; no verb


def _place_name_word(text: str, i: int, toks: PageTokens, lex: TitleLexicon, tags: dict) -> bool:
    """Token ``i``, tagged a function word, is the name of a county or city jieba does not know as a
    place (正定/县委书记, 南靖/县委书记: tagged an adverb, a time): two characters, rare, right before
    a level character."""
    tok, end = toks.words[i], toks.ends[i]
    return ((tags.get(tok) or "-")[:1] in PLACE_MISTAGS and len(tok) == 2 and bool(regex.fullmatch(r"\p{Han}{2}", tok)) and end < len(text) and text[end] in LEVELS
            and (lex.freq or {}).get(tok, 0) < lex.place_word_freq)


def _ordinal(tok: str, lex: TitleLexicon) -> bool:
    """An ordinal (第三, 第十四届, 十四届: jieba tags them numerals) names which body of its kind."""
    return lex.ordinal is not None and lex.ordinal.fullmatch(tok) is not None


def _session(text: str, start: int, end: int, lex: TitleLexicon) -> bool:
    """The token at ``start``..``end`` is the ordinal of a congress's or a CPPCC's session, before 会议
    (全国政协十三届/一次/会议/主席团常务主席): the session's bodies and posts are named after it."""
    m = lex.session.match(text, start) if lex.session is not None else None
    return m is not None and m.end() == end


def _inside_organisation(text: str, i: int, toks: PageTokens, tags: dict, lex: TitleLexicon) -> bool:
    """Token ``i``, a verb, is part of an organisation's name: past verbal nouns, an organisation
    suffix follows it (科技促进局, 行政审批服务局)."""
    if lex.verb_org is None:
        return False
    j = i + 1
    while j < len(toks.words) and (tags.get(toks.words[j]) or "") == "vn":
        j += 1
    if j >= len(toks.words):
        return False
    if lex.verb_org.match(text, toks.starts[j]) is not None:
        return True
    # a body's level character before the verb and a body's name ending after it (州/扶贫/移民局,
    # 州/脱贫/攻坚/领导小组): the verb names what the body does
    word = toks.words[j]
    return (i > 0 and toks.words[i - 1] in LEVELS and toks.ends[i - 1] == toks.starts[i]
            and len(word) > 1 and any(word.endswith(s) for s in lex.verb_org_ends))


def title_phrase(text: str, name_start: int, toks: PageTokens, lex: TitleLexicon, tags: dict) -> tuple[int, RuleRow] | None:
    """(start of the title phrase, its last title word) for a title that ends right at ``name_start``."""
    row = title_ending_at(text, name_start, lex)
    if row is None:
        return None
    start = phrase_start(text, name_start - len(row["word"]), toks, lex, tags)
    for _ in range(lex.chain_max - 1):
        if start == 0 or text[start - 1] not in CHAIN:
            break
        prev = title_ending_at(text, start - 1, lex)
        if prev is None:
            break
        start = phrase_start(text, start - 1 - len(prev["word"]), toks, lex, tags)
    if text.endswith(HONOUR, 0, start) and (cut := text.find("、", start, name_start)) != -1:
        start = cut + 1   # 全国优秀县委书记、中方县委书记张霞: an honour, then the office
    return start, row


def acceptable(phrase: str, row: RuleRow, lex: TitleLexicon) -> bool:
    """The phrase does not belong to a company or school, and meets its title's ``needs_re``."""
    if company(phrase, lex):
        return False
    needs = row.get("needs_re")
    return not needs or bool(row.regex("needs_re").search(phrase))


def company(phrase: str, lex: TitleLexicon) -> bool:
    """The phrase names a company, school, hospital... : it holds an org word outside the names of
    public bodies that hold one (中国人民银行行长 is an office, 招商银行行长 is not)."""
    for body in lex.public_bodies:
        phrase = phrase.replace(body, "")
    return any(w in phrase for w in lex.org_words)


HONOUR = "优秀"   # a title after it names an honour (全国优秀县委书记), not the office held
TENURE = "时任|新任|现任|前任|曾任|原任|代理|原"   # words of when or how a title is held
TERM = "第?[一二三四五六七八九十]+届"   # the term of a body (十二届市政协主席): no place, no part of the body's name
# ... wherever it is written, before the body or after its level (市十三届人大常委会, 政协重庆市第四届委员会)
TERM_ANYWHERE = regex.compile(TERM)
TENURE_LEAD = regex.compile("现任|时任|原任")   # a title phrase starting so may be joined to the name by 的
SPLIT_TENURE = regex.compile("原任")   # a tenure word jieba cuts in two (原/任, 任 read as a pronoun)
MODIFIER = regex.compile(rf"^(?:{TENURE}|{ACTING}|前|我|该|{TERM})")   # ... and 我/该 of 我市, 该乡
# the eight democratic parties: their committees (民盟省委, 九三学社市委) name a body, not a place
# ... nor do the parties of Taiwan before a place (民进党台北市议员: 台北市; 民进 alone is the mainland party)
DEMOCRATIC_PARTY = regex.compile("^(?:民革|民盟|民建|民进党|民进|农工党|致公党|九三学社|台盟|国民党|民众党|亲民党)")
# ... and what stands between the body and the title word (英国现任外相, 青岛市政协原主席, 直选议员)
# grades and posts written between the body and the title word (建设厅二级巡视员, 警卫局副局级调研员, 办公室专职副主任)
GRADE = "[一二三四]级|正?副?[部厅局处科]级|专职"
# 代 (acting) between a place and its unit's title (山东代省长, 上海代市长): the place is 山东省, not 山东代省
ACTING_INFIX = regex.compile(r"(?<=\p{Han}{2})代理?(?=(?:省|市|县|区|州|旗)长)")   # ... or 代理 (宜兰代理县长)
MODIFIER_TAIL = regex.compile(rf"(?:{TENURE}|直选|间选|代|前|{GRADE})$")   # ... and 代 (县政府代县长), 前 (纪委前书记)


def _holds_bare(org: str, bare: list[str], lex: TitleLexicon) -> bool:
    """The bare titles written after ``org`` are its own: the last is its party group's (党组书记), or
    all are a party committee's seats and ``org`` is a party committee (市委: 常委、书记)."""
    if not bare:
        return False
    if lex.party_group is not None and lex.party_group.search(bare[0]):
        return True
    return (lex.committee_body is not None and lex.committee_body.search(org) is not None
            and all(w in lex.committee_titles for w in bare))


def organization(phrase: str, lex: TitleLexicon) -> str:
    """The body the last title belongs to: the last ``、`` part minus its title word; a bare title
    (县应急管理局党组书记、局长) takes the part before it."""
    parts = CHAIN_SPLIT.split(phrase)
    while len(parts) > 1 and lex.court_posts is not None and lex.court_posts.fullmatch(parts[-1]):
        parts.pop()   # 市中级人民法院副院长、审判委员会委员、审判员: the court's own posts; the body is the court
    bare: list[str] = []   # the title words written bare after the last body, last first
    for k in range(len(parts) - 1, -1, -1):
        part = parts[k]
        row = title_ending_at(part, len(part), lex)
        org = part[: len(part) - len(row["word"])] if row else part
        org = MODIFIER_TAIL.sub("", RANK_TAIL.sub("", TERM_ANYWHERE.sub("", MODIFIER.sub("", org))))
        if lex.session is not None:
            org = lex.session.sub("", org)   # the session's ordinal goes with its term (全国政协会议主席团)
        if row is not None:
            org = _shared_level(_autonomous_level(org, row["word"]), row["word"])
        if k < len(parts) - 1:  # only a body's party group before its head's bare title
            if org.endswith(("党组", "党委")):
                return MODIFIER_TAIL.sub("", org[:-2])   # 戒毒管理局原党委书记、局长: 戒毒管理局
            if row is not None and row["word"].startswith(("党组", "党委")):
                return org
            if len(org) >= 2 and _holds_bare(org, bare, lex):
                return org   # 市人大常委会主任、党组书记; 长沙市委委员、常委、书记
            if len(org) >= 2 and len(bare) == 1 and phrase.endswith(CONCURRENT + bare[0]) \
                    and not HEAD_OF_LEVEL.match(bare[0]):
                return org   # 全国政协副主席兼秘书长: the post held with it is the same body's (not 县委副书记兼县长)
            if len(org) >= 2 and row is not None and bare and all(row["word"].endswith(w) for w in bare):
                return org   # 市监察委员会副主任、代理主任: the head's post of the same body
            if not org and row is not None and row["word"] in lex.committee_titles:
                bare.append(row["word"])
                continue   # 委员、常委、书记: the committee's seats, written bare, run back to its name
            return ""
        if row is not None and not org:
            bare.append(row["word"])
        elif row is not None and len(parts) > 1 and lex.party_group is not None and lex.party_group.sub("", org) == "":
            bare.append(org + row["word"])
            continue   # 常务副主任、党组副书记: a party group with no body's name of its own
        if len(org) >= 2 or len(parts) == 1:
            return "" if org in LEVELS else org   # 市领导: a level character alone names no body
    return ""


NESTED_MAX = 3   # places nested at the head of a title (省, 市, 区)
# a place's name may end in a level character (杭州市, 象州县: 州) before its own level
LEVEL_IN_NAME, LEVEL_AFTER_NAME = "州", ("市", "县", "省")
LEVEL_WORDS = ("市场", "市民")   # ... unless the level character opens a word (湘西州市场监管局: 湘西州)
# a place inside another is a name and its level (江夏区, 凉山彝族自治州), not a run of body words
# that ends in a level character (人民检察院雄安新区, 市民服务中心雄安新区)
INNER_PLACE_MIN, INNER_PLACE_MAX = 2, 7
TENURE_BEFORE_LEVEL = regex.compile("[前原代][市县区州]$")   # 东莞前市委书记: 前 is the tenure, no place 东莞前市
HEAD_OF_LEVEL = regex.compile(rf"^{RANK_WORDS}[副正]*([{LEVELS}部局厅处署司科庭])长$")


AUTONOMOUS = "自治"   # 自治区, 自治州, 自治县, 自治旗: a level written with it


def _autonomous_level(org: str, word: str) -> str:
    """A level's leaders (区领导, 州领导) of an autonomous area: 自治 and the level character make the
    level (自治区领导), so the body is the area's name with its whole level (西藏自治区), and none when
    the level stands alone (自治区领导, as 市领导)."""
    if not org.endswith(AUTONOMOUS) or word[:1] not in LEVELS:
        return org
    return org + word[0] if len(org) > len(AUTONOMOUS) else ""


def _shared_level(org: str, word: str) -> str:
    """The body's level character written once for the body and its head's title (组织部长: 组织部 and
    部长; 四川省长: 四川省 and 省长): the body gets it back, unless its name already ends as a body's
    does (区政府副区长: 区政府)."""
    m = HEAD_OF_LEVEL.match(word)
    if m is None or not org or org[-1] in names.BODY_ENDS or org.endswith(m.group(1)):
        return org
    return org + m.group(1)


def _no_place(head: str, after: str = "") -> bool:
    """What ``PLACE`` read at a title's head is a rank (副县长, 常务副市长), a body (市委市政府) or a
    generic area (社区), not a place; ``after``, what follows the head, tells the county 代县
    (代县县长) from the acting rank (代县长)."""
    return bool(RANK_HEAD.match(head + after[:1]).end() or NOT_PLACE.search(head))


def _innermost(part: str, m) -> str:
    """The last of the places nested at the head of the title (武汉市江夏区人大常委会主任: 江夏区;
    湖北省咸宁市委书记: 咸宁市): the office governs the innermost area written."""
    place, end = m.group(1), m.end()
    if place.endswith(LEVEL_IN_NAME) and part[end:end + 1] in LEVEL_AFTER_NAME \
            and not part.startswith(LEVEL_WORDS, end):
        place, end = place + part[end], end + 1   # 苏州|市委书记, 贵州|省省长: the place is 苏州市, 贵州省
    for _ in range(NESTED_MAX):
        part = part[end:]
        m = PLACE.match(part)
        if (m is None or not INNER_PLACE_MIN <= len(m.group(1)) <= INNER_PLACE_MAX or _no_place(m.group(1))
                or TENURE_BEFORE_LEVEL.search(m.group(1))):
            break
        place, end = m.group(1), m.end()
        if place.endswith(LEVEL_IN_NAME) and part[end:end + 1] in LEVEL_AFTER_NAME:
            place, end = place + part[end], end + 1   # 象州|县: 象州县
    return place


def region(phrase: str, page_region: str, page_province: str = "", page_city: str = "") -> str:
    """The area the office governs: a place leading the title, else the page's region for a
    title of the same unit (市长 and 常务副市长 on a city's page), else for a 省 title the
    province the page's region lies in (``page_province``), for a 市 or 州 title the city or
    prefecture a county's or district's page lies in (``page_city``: 市金融局副局长 on 顺德区's page is
    佛山市's, 州长 on 舟曲县's is 甘南藏族自治州's)."""
    phrase = ACTING_INFIX.sub("", phrase)
    last = DEMOCRATIC_PARTY.sub("", MODIFIER.sub("", CHAIN_SPLIT.split(phrase)[-1]))
    for part in (last, DEMOCRATIC_PARTY.sub("", MODIFIER.sub("", phrase))):
        m = PLACE.match(part)
        if m and _no_place(m.group(1), part[m.end():]):
            continue  # 副县长, 代市长, 常务副市长, 市委市政府: a rank or a body, no place
        if m and len(m.group(1)) >= 2:
            return _innermost(part, m)
    unit = ORG_AFTER_PLACE.match(RANK_HEAD.sub("", last))
    parts = CHAIN_SPLIT.split(phrase)
    if unit is None and len(parts) > 1 and last and parts[-2].endswith(last):
        # 市监察委员会副主任、代理主任: the bare head's post is the same body's, whose unit leads the part before
        unit = ORG_AFTER_PLACE.match(RANK_HEAD.sub("", MODIFIER.sub("", parts[-2])))
    if unit is None and len(parts) > 1 and last:
        # 自治区党委书记、人大常委会主任, 自治区副主席、财政厅厅长, 自治区党委常委、秘书长: a later body of no
        # level of its own is at the level of the chain's first
        unit = ORG_AFTER_PLACE.match(RANK_HEAD.sub("", DEMOCRATIC_PARTY.sub("", MODIFIER.sub("", parts[0]))))
    if page_region and unit and page_region.endswith(unit.group()):
        return page_region   # a 市 title on a city's page, not a 县长 on a city's or a 省长 on a county's
    if page_province and unit and unit.group() in PROVINCE_UNITS:
        return page_province   # 省长 on a city's page: the province the city lies in
    if page_city and unit and unit.group() in CITY_UNITS and page_city.endswith(unit.group()):
        return page_city       # 市长 or 州长 on a county's page: the city or prefecture it lies in
    return ""


def carried_region(phrase: str, before: str) -> str:
    """The region a title of no place of its own takes from the mention right before it in a list,
    when that one's place is of the same unit (山东省委副书记甲、副省长乙: 乙 is 山东省's, whatever the
    page's region): ``before`` is that mention's region read from its own title, or ""."""
    if not before or region(phrase, "") != "":
        return ""
    last = MODIFIER.sub("", CHAIN_SPLIT.split(ACTING_INFIX.sub("", phrase))[0])
    unit = ORG_AFTER_PLACE.match(RANK_HEAD.sub("", last))
    return before if unit is not None and before.endswith(unit.group()) else ""

