"""Person names: where a Chinese (or transliterated foreign) name starts or ends.

A name is a family name from ``rules/surnames.tsv`` followed by one or two
given-name characters (two after a compound surname). Where it ends is taken
from jieba's token boundaries, so ``陈卓懿到会`` gives ``陈卓懿`` and
``彭涛、`` gives ``彭涛``; a candidate that jieba knows as an ordinary word
(``人大``, ``全国``) is refused, as is anything in ``not_officials`` marked
``name``.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from ..rulebook import Rules
from ..segment.tokens import tokenizer

HAN = regex.compile(r"\p{Han}+")
DOTS = "·•‧・"
VERB_TAG = "v"   # jieba's tag of verbs (and vn, vd ... which start with it)
CONJUNCTION_TAG = "c"   # jieba's tag of conjunctions (和, 及)
NOUN_TAG = "n"   # jieba's tag of common nouns (not ns/nz/nr: 于/中国 is a preposition and a place)
PRONOUN_TAG = "r"   # jieba's tag of pronouns and determiners (各组, 其他): no given name


@dataclass(frozen=True)
class PageTokens:
    """jieba tokens of one page: start offsets, end offsets, the token strings."""

    starts: list[int]
    ends: list[int]
    words: list[str]

    def index_starting(self, pos: int) -> int | None:
        i = bisect_left(self.starts, pos)
        return i if i < len(self.starts) and self.starts[i] == pos else None

    def index_ending(self, pos: int) -> int | None:
        i = bisect_left(self.ends, pos)
        return i if i < len(self.ends) and self.ends[i] == pos else None

    def is_boundary(self, pos: int) -> bool:
        return self.index_starting(pos) is not None or self.index_ending(pos) is not None


@dataclass(frozen=True)
class NameLexicon:
    single: frozenset[str]
    compound: frozenset[str]
    not_names: frozenset[str]
    foreign: object  # compiled regex of a transliterated-name run, or None
    foreign_min: int
    foreign_max: int
    common_freq: int
    breaks: frozenset
    tags: dict
    freq: dict
    never: frozenset = frozenset()
    not_last: frozenset = frozenset()
    given_not_tags: frozenset = frozenset()
    given_words: frozenset = frozenset()    # common words that are given names as often (国庆 of 李国庆)
    rank_marks: frozenset = frozenset()     # words marking how a post is held (代理 of 原代理县长): no given names
    single_never: frozenset = frozenset()   # characters no one-character given name is (曾在, 常说)
    addressed: frozenset = frozenset()      # words for the people addressed (记者, 大家): no given names
    function_tags: frozenset = frozenset()  # jieba tags of a "surname" used as a preposition (向, 和)
    given_final: frozenset = frozenset()    # break characters that end given names as often (陈伟强, 刘国中)
    given_initial: frozenset = frozenset()  # break characters that start given names as often (任强军)
    list_close: frozenset = frozenset()     # characters closing a list of names (等, 均) ...
    list_close_tags: frozenset = frozenset()   # ... that jieba glues to a given name into a word of these tags
    rare_freq: int = 10                     # a dictionary word this rare may be two pieces of a name and a verb (肯为)
    dotted_final: frozenset = frozenset()   # characters a dotted name's part ends in as often as a verb (木盖提)
    adverb_verb: object = None              # compiled regex: an adverb and an appointing verb (将出任, 拟擢任)
    token_name_min: int = 3                 # a name read as one jieba token is this long ...
    token_name_max: int = 5                 # ... up to this (岸田文雄, 鸠山由纪夫)
    minority: frozenset = frozenset()       # elements of Tibetan and Mongolian names (洛桑, 江村, 巴特尔)
    minority_max: int = 8                   # a name of such elements is at most this long
    minority_lengths: tuple = ()            # the elements' lengths, longest first
    minority_final: frozenset = frozenset()   # one-character endings of Tibetan women's names (扎西草, 才让吉)
    list_item_min: int = 2                  # a list item of no known family name (占卓夫) is this long ...
    list_item_max: int = 3                  # ... up to this
    glued_place_chars: frozenset = frozenset()   # break characters taken back from a rare glued verb (万瑞健/在 of 健在)
    married_last_not_tags: frozenset = frozenset()   # tags of a fourth character that ends no married name (率 of 刘陈军率)


ASCII_SPACE = " \t\n\r\x0b\x0c"   # what bytes.strip() strips


def word_tags(rules: Rules) -> dict[str, str]:
    """jieba's part-of-speech table (word -> tag) of the tokenizer's main dictionary, read
    once: what ``jieba.posseg.POSTokenizer(tokenizer).word_tag_tab`` holds, read as posseg
    reads it but without importing posseg (whose import reads the table a second time)."""
    def build() -> dict[str, str]:
        table: dict[str, str] = {}
        with tokenizer(rules).get_dict_file() as f:
            lines = f.read().decode("utf-8").split("\n")
        for lineno, line in enumerate(lines, 1):
            line = line.strip(ASCII_SPACE)
            if not line:
                continue
            try:
                word, _, tag = line.split(" ")
            except ValueError:
                raise ValueError(f"invalid POS dictionary entry at line {lineno}: {line}") from None
            table[word] = tag
        return table

    return rules.cached("jieba.word_tags", build)


def lexicon(rules: Rules) -> NameLexicon:
    def build() -> NameLexicon:
        surnames = rules.words("surnames", "surname")
        foreign = rules.table("officials_foreign")
        tk = tokenizer(rules)
        return NameLexicon(
            single=frozenset(s for s in surnames if len(s) == 1),
            compound=frozenset(s for s in surnames if len(s) == 2),
            not_names=frozenset(r["word"] for r in rules.table("not_officials") if r["where"] == "name"),
            foreign=foreign[0].regex("pattern") if foreign else None,
            foreign_min=int(foreign[0].get("min_len", "2")) if foreign else 2,
            foreign_max=int(foreign[0].get("max_len", "6")) if foreign else 6,
            common_freq=int(rules.setting("officials.common_word_freq", 100)),
            breaks=frozenset(rules.setting("officials.name_break_chars", "")),
            tags=word_tags(rules),
            freq=tk.FREQ,
            never=frozenset(rules.setting("officials.name_never_chars", "")),
            not_last=frozenset(rules.setting("officials.name_not_last_chars", "")),
            given_not_tags=frozenset(rules.setting("officials.given_not_tags", [])),
            given_words=frozenset(rules.setting("officials.given_word_names", [])),
            rank_marks=frozenset(rules.setting("officials.rank_mark_words", [])),
            single_never=frozenset(rules.setting("officials.single_given_never_chars", "")),
            addressed=frozenset(rules.setting("officials.addressed_words", [])),
            function_tags=frozenset(rules.setting("officials.surname_function_tags", [])),
            given_final=frozenset(rules.setting("officials.given_final_break_chars", "")),
            given_initial=frozenset(rules.setting("officials.given_initial_break_chars", "")),
            glued_place_chars=frozenset(rules.setting("officials.glued_place_chars", "")),
            list_close=frozenset(rules.setting("officials.list_close_chars", "")),
            list_close_tags=frozenset(rules.setting("officials.list_close_tags", [])),
            rare_freq=int(rules.setting("officials.rare_word_freq", 10)),
            dotted_final=frozenset(rules.setting("officials.dotted_name_final_chars", "")),
            adverb_verb=rules.pattern("officials.adverb_verb_re"),
            token_name_min=int(rules.setting("officials.token_name_min_chars", 3)),
            token_name_max=int(rules.setting("officials.token_name_max_chars", 5)),
            minority=(minority := frozenset(rules.words("minority_names", "word"))),
            minority_lengths=tuple(sorted({len(w) for w in minority}, reverse=True)),
            minority_max=int(rules.setting("officials.minority_name_max_chars", 8)),
            minority_final=frozenset(rules.setting("officials.minority_final_chars", "")),
            list_item_min=int(rules.setting("officials.list_item_min_chars", 2)),
            list_item_max=int(rules.setting("officials.list_item_max_chars", 3)),
            married_last_not_tags=frozenset(rules.setting("officials.married_name_last_not_tags", [])),
        )

    return rules.cached("names.lexicon", build)


def surname_len(text: str, start: int, lex: NameLexicon) -> int:
    if text[start:start + 2] in lex.compound:
        return 2
    if text[start:start + 1] in lex.single:
        return 1
    return 0


def plausible(name: str, lex: NameLexicon) -> bool:
    """A Chinese name: Han only, 2-4 characters, not a common word nor a known non-name."""
    if not (2 <= len(name) <= 4) or not HAN.fullmatch(name) or name in lex.not_names:
        return False
    if len(name) >= 3 and name[0] in lex.breaks and name[1:] in lex.not_names:
        return False  # 和人大: a conjunction that is a family name too, then a word that is never a name (陈全国 is one)
    if any(c in lex.never for c in name[1:]) or name[-1] in lex.not_last:
        return False  # 强烈的, 花了; 党工委, 管委会
    if len(name) == 2 and name[1] in lex.single_never:
        return False  # 曾在, 常说: a function character is no one-character given name
    if name[1:] in lex.rank_marks or name[2:] in lex.rank_marks:
        return False  # 原代理 (of 原代理县长): "former", then how the post is held; no given name
    if common_word(name, lex):
        return False
    if len(name) == 4 and name[:2] not in lex.compound:
        return False
    return True


def common_word(word: str, lex: NameLexicon) -> bool:
    """A frequent dictionary word that jieba does not tag as a person's name (苏丹, 提及)."""
    tag = lex.tags.get(word) or ""
    return bool(tag) and not tag.startswith("nr") and (lex.freq.get(word) or 0) >= lex.common_freq


def name_from(text: str, start: int, toks: PageTokens, lex: NameLexicon, rules: Rules | None = None) -> int | None:
    """End offset of a Chinese name starting at ``start``, or None."""
    sl = surname_len(text, start, lex)
    if not sl or _surname_then_word(text, start + sl, toks, lex) or _function_word_then_word(text, start, sl, toks, lex):
        return None
    married = married_name(text, start, toks, lex)
    if married is not None:
        return married
    ends = [start + n for n in (sl + 1, sl + 2)
            if start + n <= len(text) and HAN.fullmatch(text[start:start + n]) and plausible(text[start:start + n], lex)]
    if _word_then_function_char(text, start, sl, ends, toks, lex):
        return None
    closed = _closing_glued(text, ends, toks, lex)
    if closed is not None:
        return closed
    aligned = [e for e in ends if toks.is_boundary(e)]
    if len(aligned) == 2:
        short, long_ = aligned
        end = short if breaks_name(text[short], lex) and not _ends_list_item(text, long_) else long_
        return None if _ordinary_given(text[start + sl:end], lex) else end
    if aligned == ends[:1] and len(ends) == 2:
        # jieba glued the last given-name character to a function word (徐成/光在, 刘事/青等市): take it back,
        # unless the two make a word of their own (周斌/指出, 韩俊/先后), a verb however rare (任刚/拟任),
        # or the first is a function character itself (廖锋/因涉嫌: 因 then 涉, no given name); a rare
        # verb ending in the preposition 在 does not hold (万瑞/健在/仪式上: the name is 万瑞健)
        i = toks.index_starting(aligned[0])
        if (i is not None and len(toks.words[i]) >= 2 and toks.words[i][1] in lex.breaks
                and not breaks_name(toks.words[i][0], lex)
                and (lex.freq.get(toks.words[i]) or 0) < lex.common_freq
                and (not (lex.tags.get(toks.words[i]) or "").startswith(VERB_TAG)
                     or toks.words[i][-1] in lex.glued_place_chars)):
            return ends[1]
    if (aligned == ends[1:] and len(ends) == 2 and breaks_name(text[ends[0]], lex)
            and not (lex.tags.get(text[start:ends[1]]) or "").startswith("nr")
            and not _given_before_break(text, ends, lex) and not _ends_list_item(text, ends[1])):
        return ends[0]  # jieba glued a function character to the name (王晖指/出, 赵刚作/政府)
    if aligned:
        # a glued function word (周斌指/出) or a surname before an ordinary word (曾/多次, 习近平总书记曾多次)
        end = aligned[0]
        if (end - start == sl + 2 and text[end - 1] in lex.breaks and end < len(text)
                and (lex.freq.get(text[end - 1:end + 1]) or 0) >= lex.common_freq):
            end -= 1
        if _ordinary_given(text[start + sl:end], lex):
            return None
        return end
    glued = _glued_full_name(text, start, sl, ends, toks, lex)
    if glued is not None:
        return glued
    if rules is not None and ends:
        # jieba glued the name to what follows (向/新林到/会): read the given name on its own
        given = next(iter(tokenizer(rules).cut(text[start + sl:start + sl + 6])), "")
        while len(given) > 1 and given[-1] in lex.breaks:
            given = given[:-1]
        if 1 <= len(given) <= 2 and start + sl + len(given) in ends:
            return start + sl + len(given)
    return None


MARRIED_LEN = 4   # the husband's family name, her own, two given characters


def married_name(text: str, start: int, toks: PageTokens, lex: NameLexicon) -> int | None:
    """End of a married woman's name of Hong Kong, Macau or Taiwan (林郑月娥, 范徐丽泰): two one-character
    family names and two given characters, where a word ends after them; the given pair is no
    word of the dictionary (陈林/宣布, 林武/履新), its last character no verb or function word
    (刘陈军/率), and none a break character (王刘明/和)."""
    end = start + MARRIED_LEN
    name = text[start:end]
    if (len(name) < MARRIED_LEN or not HAN.fullmatch(name) or not lex.married_last_not_tags
            or name[0] not in lex.single or name[1] not in lex.single
            or any(c in lex.breaks or c in lex.never for c in name) or name[-1] in lex.not_last
            or not toks.is_boundary(end) or toks.index_starting(end) is None or name in lex.not_names):
        return None
    given = name[2:]
    if given in lex.tags and not (lex.tags.get(given) or "").startswith("nr"):
        return None   # the pair is a word of the dictionary (林武/履新): a three-character name and a word
    if (lex.tags.get(name[-1]) or "")[:1] in lex.married_last_not_tags:
        return None
    return end


def _glued_full_name(text: str, start: int, sl: int, ends: list[int], toks: PageTokens,
                     lex: NameLexicon) -> int | None:
    """jieba read a full name and the function character after it as one unknown token
    (李炳军作/政府, where 炳/军作 is how it cuts the given name alone): the name is the token
    without that character, when the character before it is no break character itself."""
    i = toks.index_starting(start)
    if i is None or len(ends) != 2:
        return None
    word = toks.words[i]
    if (len(word) != sl + 3 or not breaks_name(word[-1], lex) or word[-2] in lex.breaks
            or (lex.freq.get(word) or 0) >= lex.common_freq):
        return None
    return ends[1]


def _closing_glued(text: str, ends: list[int], toks: PageTokens, lex: NameLexicon) -> int | None:
    """jieba glued the name's last given character to the character closing the list or the clause after
    it into an adjective (张万/平等 of 张万平等市领导, 王/和/平均 of 王和平均因): that character is the
    name's own; the longest reading ending there, or None."""
    for end in reversed(ends):
        i = toks.index_starting(end - 1)
        if (i is not None and toks.ends[i] == end + 1 and text[end] in lex.list_close
                and (lex.tags.get(toks.words[i]) or "") in lex.list_close_tags):
            return end
    return None


def breaks_name(ch: str, lex: NameLexicon) -> bool:
    """``ch`` after a surname and one given character ends the name (说, 在), unless it ends
    given names as often (强, 中: 陈伟强, 刘国中)."""
    return ch in lex.breaks and ch not in lex.given_final


LIST_ITEM_END = "、"   # what ends one name of a list: no function word stands right before it


# conjunctions, the particle 所 (所+verb) and the modal 会 (会+verb): none ends a clause, so one right before
# a clause's punctuation is a name's (蓝进和，…; 江钦所，副主任…; 常务主席陈天会，主席团成员…)
CONJUNCTIONS = "和与及所会"
CLAUSE_PUNCT = "，,；;。"
# the party a leader heads, written right after a whole name (副主席罗富和一行): a conjunction character before
# it is the name's, as before a clause's punctuation (和一行人 is "and a group of people": not this)
PARTY_AFTER = regex.compile(r"一行(?!人)")
# a verb of speech and the clause's punctuation after a conjunction character (市长李国和说，; 王建和表示：):
# no conjunction joins a verb, so the character is the name's last; not 所 (正如李国所说，: 所说 is the verb)
SPEECH_AFTER = regex.compile(r"(?:说|表示|指出|强调|认为|介绍|坦言|透露)[，,：:“]")
SPEECH_CONJUNCTIONS = "和与及"


def list_item_name(text: str, start: int, toks: PageTokens, lex: NameLexicon,
                   rules: Rules | None = None) -> int | None:
    """End of an item of a 、 list of names whose family name surnames.tsv lacks (副主席李瑞阳、寻峻峰、
    高文峰: 寻峻峰): the item runs from a 、 to the next 、 as whole jieba tokens, is a plausible name
    led by no level character (省直、市直) and the item after it is a name again."""
    if start == 0 or text[start - 1] != LIST_ITEM_END:
        return None
    end = text.find(LIST_ITEM_END, start, start + lex.list_item_max + 1)
    if end == -1 or not lex.list_item_min <= end - start <= lex.list_item_max:
        return None
    item = text[start:end]
    if (not HAN.fullmatch(item) or item[0] in LEVEL_CHARS or not plausible(item, lex)
            or not (toks.is_boundary(start) and toks.is_boundary(end))):
        return None
    return end if name_from(text, end + 1, toks, lex, rules) is not None else None


LEVEL_CHARS = "省市县区州镇乡旗盟村"   # an item led by one names a body or an area (市直, 县直), no person


def _ends_list_item(text: str, end: int) -> bool:
    """A 、 follows at ``end``: the break character before it is the name's own (韦新和、韦正峰),
    as no conjunction or verb stands right before a 、; so is a conjunction character or 所 before a
    clause's punctuation (陈斌、蓝进和，党组成员…; 主任江钦所，副主任…), the party the name heads
    (副主席罗富和一行) or a verb of speech (市长李国和说，)."""
    return end < len(text) and (text[end] in LIST_ITEM_END
                                or (text[end] in CLAUSE_PUNCT and text[end - 1] in CONJUNCTIONS)
                                or (text[end - 1] in CONJUNCTIONS and PARTY_AFTER.match(text, end) is not None)
                                or (text[end - 1] in SPEECH_CONJUNCTIONS and SPEECH_AFTER.match(text, end) is not None))


def _given_before_break(text: str, ends: list[int], lex: NameLexicon) -> bool:
    """The break character closing the short reading is the name's own (周志强和, not 王晖指出):
    it makes no word with the character after it, and that one is a break character too."""
    short, long_ = ends
    if lex.adverb_verb is not None and lex.adverb_verb.match(text, short):
        return False   # 林晓将/出任: an adverb of the post (将, 拟, 已) then the appointing verb, not the name's
    obj = text[long_:long_ + 2]
    if (text[short] in OBJECT_VERBS
            and (lex.tags.get(obj) or "")[:1] in OBJECT_TAGS and (lex.freq.get(obj) or 0) >= lex.common_freq):
        return False   # 刘明作/说明, 何明作/报告: a verb and the common word it takes, not the name's
    return (long_ < len(text) and text[long_] in lex.breaks
            and (lex.freq.get(text[short:short + 2]) or 0) < lex.common_freq)


# a light verb that takes a common word as its object (作说明, 作报告); not 来 of 平新来/出席, which ends names
OBJECT_VERBS = "作"
OBJECT_TAGS = ("v", "n")   # jieba's tags (verb, verbal noun; noun) of a word a verb takes (作说明, 作报告)
NAME_GAP = " \u3000"   # what typesetting puts inside a two-character name (韦 韬, 赵　刚) or after a title
SPACED_NAME_END = "\n 　，。、；：,;:"


def spaced_name(text: str, start: int, lex: NameLexicon) -> int | None:
    """End of a two-character name set with a space inside it to line up with three-character
    ones (自治区主席 韦 韬), standing alone up to a line end or punctuation; else None."""
    end = start + 3
    if end > len(text) or text[start + 1] not in NAME_GAP or (end < len(text) and text[end] not in SPACED_NAME_END):
        return None
    name = text[start] + text[start + 2]
    return end if text[start] in lex.single and plausible(name, lex) else None


def _word_then_function_char(text: str, start: int, sl: int, ends: list[int], toks: PageTokens,
                             lex: NameLexicon) -> bool:
    """The only reading left is a dictionary word (refused as a name) plus a function character jieba
    cuts off as a word of its own (普京/与, 普京/和): no Chinese name, the character is no given name."""
    last = start + sl + 1
    return (ends == [last + 1] and text[last] in lex.breaks and toks.index_starting(last) is not None
            and toks.index_ending(last) is not None
            # ... a word of the dictionary indeed: a pair no dictionary holds (蒋以/任 of 蒋以任) is a name
            # whose middle character only is a function one, and the break character after it its last
            and text[start:last] in lex.tags)


def _ordinary_given(given: str, lex: NameLexicon) -> bool:
    """The "given name" is an ordinary word of counting, place or time (多次, 各界), or a word marking how
    a post is held (原/代理/县长: 原 is "former" there, not a family name), not a name."""
    if given in lex.rank_marks:
        return True
    tag = lex.tags.get(given) or ""
    return len(given) == 2 and given not in lex.given_words and tag in lex.given_not_tags and (lex.freq.get(given) or 0) >= lex.common_freq


def _surname_then_word(text: str, pos: int, toks: PageTokens, lex: NameLexicon) -> bool:
    """jieba reads what follows the "surname" as a word led by a function character (都/到访),
    not a proper noun that is a given name as often (中华 of 周中华)."""
    i = toks.index_starting(pos)
    if i is None or len(toks.words[i]) < 2 or toks.words[i][0] not in lex.breaks:
        return False
    word = toks.words[i]
    if word in lex.given_words:
        return False   # 王/一新: a word that is a given name as often (given_word_names)
    tag = lex.tags.get(word) or ""
    if word[0] in lex.given_initial and tag == NOUN_TAG and (lex.freq.get(word) or 0) < lex.common_freq:
        return False   # 任/强军: a rare common noun led by a character that starts given names as often
    return not (tag == "nz" or tag.startswith("nr"))


def _function_word_then_word(text: str, start: int, sl: int, toks: PageTokens, lex: NameLexicon) -> bool:
    """jieba reads the "surname" as a preposition or conjunction of its own and what follows as the
    people addressed (主任向/记者介绍, 书记和/大家座谈) or a pronoun (副秘书长和/各组负责人): no name
    (于建国, 向明 stay names)."""
    i = toks.index_starting(start)
    if i is None or toks.ends[i] != start + sl or i + 1 >= len(toks.words):
        return False
    nxt = toks.words[i + 1]
    tag = lex.tags.get(toks.words[i]) or ""
    return tag in lex.function_tags and (
        nxt in lex.addressed or (lex.tags.get(nxt) or "") == PRONOUN_TAG
        # a conjunction before a one-character verb (主席和/驻/村干部): no given name
        or (tag == CONJUNCTION_TAG and len(nxt) == 1 and (lex.tags.get(nxt) or "").startswith(VERB_TAG)))


def name_before(text: str, end: int, toks: PageTokens, lex: NameLexicon) -> int | None:
    """Start offset of a Chinese name ending at ``end`` (the tokens just before it), or None."""
    i = toks.index_ending(end)
    if i is None:
        return None
    best = None
    for j in (i, i - 1, i - 2):
        if j < 0:
            break
        start = toks.starts[j]
        if end - start > 4:
            break
        if end - start < 2 or not surname_len(text, start, lex) or not plausible(text[start:end], lex):
            continue
        if _body_word(text[start:end], lex) or _counted(text, start):
            continue  # 新竹市政府劳工处|处长, 北区区公所|区长: a body; 120位客商|代表: a count of people
        if toks.ends[j] == start + 1 and text[start] in lex.breaks and (
                best is not None or (lex.freq.get(toks.words[j + 1]) or 0) >= lex.common_freq):
            continue  # 和 + 王凯; 和 + 家乡, 和 + 各界
        best = start
    if best is not None and end - best == 2:
        best = _unit_glued_surname(text, best, end, toks, lex)
    return best


UNIT_ENDS = "处司局科厅室"   # the last character of a unit's name jieba may glue to the family name after it
BODY_ENDS = "府委会部局厅处院署司科庭办组室所站队"   # the last characters of bodies' names (区政府, 公安局)
COUNTERS = "位名个"   # a measure word of people right after a digit (120位客商代表): a count, no family name


def _body_word(word: str, lex: NameLexicon) -> bool:
    """A word of jieba's dictionary, no person's name, ending in a body's last character (劳工处, 区公所)."""
    return word[-1] in BODY_ENDS and not (lex.tags.get(word) or "nr").startswith("nr")


def _counted(text: str, start: int) -> bool:
    """The "name" opens with a measure word a digit stands before (120位客商)."""
    return start > 0 and text[start] in COUNTERS and text[start - 1].isdigit()


def _unit_glued_surname(text: str, start: int, end: int, toks: PageTokens, lex: NameLexicon) -> int:
    """A two-character "name" whose family name jieba glued to the unit before it (远洋处孙/海文处长,
    综合处周/海燕): the name starts at that family name, or ``start`` unchanged."""
    k = start - 1
    j = toks.index_ending(start)
    if k < 1 or j is None or toks.starts[j] != k - 1 or text[k - 1] not in UNIT_ENDS or toks.ends[j] - toks.starts[j] != 2:
        return start
    return k if text[k] in lex.single and plausible(text[k:end], lex) else start


def foreign_start(text: str, start: int, end: int, toks: PageTokens, lex: NameLexicon) -> int:
    """Where a name read back to ``start`` really starts when it is the tail of a transliterated one
    (连斯基 of 泽连斯基总统: 连 is a family name too): back over transliteration characters to a word's
    start, or ``start`` unchanged."""
    if lex.foreign is None or lex.foreign.fullmatch(text, start, end) is None:
        return start
    s = start
    while s > 0 and end - s < lex.foreign_max and lex.foreign.match(text, s - 1, s):
        s -= 1
    known = start - s > 1 and bool(lex.freq.get(text[s:start]))   # a word before the name (西安 马明市长)
    return s if s < start and toks.index_starting(s) is not None and not known else start


def foreign_from(text: str, start: int, lex: NameLexicon) -> int | None:
    """End offset of a transliterated name starting at ``start``, or None."""
    if lex.foreign is None:
        return None
    m = lex.foreign.match(text, start)
    if not m:
        return None
    length = m.end() - start
    end = dotted(text, m.end(), lex)
    # a one-character given name is whole before a middle dot (简·卡斯特, 丹·布朗)
    if length > lex.foreign_max or (length < lex.foreign_min and end == m.end()):
        return None
    return end


def token_name(text: str, start: int, toks: PageTokens, lex: NameLexicon) -> int | None:
    """End of a name jieba reads as one token at ``start`` (岸田文雄, 安倍晋三: a foreign name of no
    family name or transliteration class): Han only, of a person's name's length, a word its
    dictionary tags as a name or does not hold, and not ending in a break character (拜登称)."""
    i = toks.index_starting(start)
    if i is None:
        return None
    word = toks.words[i]
    if not (lex.token_name_min <= len(word) <= lex.token_name_max) or not HAN.fullmatch(word):
        return None
    tag = lex.tags.get(word) or ""
    known = bool(lex.freq.get(word)) and not tag.startswith("nr")
    if known or word in lex.not_names or word[-1] in lex.breaks or any(c in lex.never for c in word):
        return None
    return toks.ends[i]


MINORITY_PARTS_MIN = 2   # one element alone is too often a word or a place (江村, 巴音, 乌兰) ...
MINORITY_WHOLE_MIN = 4   # ... unless it is this long (阿木格朗, 苏嘎尔布): a whole name alone


def minority_name(text: str, start: int, toks: PageTokens, lex: NameLexicon) -> int | None:
    """End of a Tibetan, Mongolian or Yi name at ``start``, which has no Han family name: two or more
    elements of such names written together (洛桑江村, 呼日勒巴特尔, 奥云额尔登) or one long one
    (苏嘎尔布), ending where a word ends or before a break character (洛桑江村指出), or None."""
    if not lex.minority:
        return None
    lengths = lex.minority_lengths
    pos, parts, longest = start, 0, 0
    while pos - start < lex.minority_max:
        step = next((n for n in lengths if text[pos:pos + n] in lex.minority), 0)
        if not step or pos + step - start > lex.minority_max:
            break
        pos, parts, longest = pos + step, parts + 1, max(longest, step)
    if parts and pos < len(text) and text[pos] in lex.minority_final and pos - start < lex.minority_max \
            and (pos + 1 == len(text) or toks.is_boundary(pos + 1) or text[pos + 1] in lex.breaks):
        pos, parts = pos + 1, parts + 1   # 扎西 + 草: a woman's ending after an element, where a word ends
    if parts < MINORITY_PARTS_MIN and longest < MINORITY_WHOLE_MIN:
        return None
    if pos < len(text) and HAN.fullmatch(text[pos]) and not toks.is_boundary(pos) and text[pos] not in lex.breaks:
        return None
    return pos


def dictionary_name(word: str, lex: NameLexicon) -> bool:
    """jieba's dictionary holds the word as a person's name (安倍晋三)."""
    return bool(lex.freq.get(word)) and (lex.tags.get(word) or "").startswith("nr")


def dotted(text: str, end: int, lex: NameLexicon) -> int:
    """A transliterated name goes on over middle dots (乔治·布什, 哈立德·泰穆尔·阿克拉姆)."""
    if lex.foreign is None:
        return end
    while end < len(text) and text[end] in DOTS:
        nxt = lex.foreign.match(text, end + 1)
        if not nxt or nxt.end() - end - 1 > lex.foreign_max:
            break
        end = nxt.end()
    return end
