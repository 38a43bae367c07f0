"""Lines broken inside sentences rejoined; paragraphs repeated by a layout dropped.

E-paper and PDF-like dumps break a paragraph where a column ends, even
inside a word or a name (``…来到该公司,王`` / ``卫安一行参观…``). A line is
joined to the next when it reads as body text (long, with a comma inside)
and stops without closing punctuation, and the next line does not open a new
article or a bullet. A line that opens with a sentence's inner mark (``，``
``。`` ``；`` ``%``), or with a figure's decimals after a line ending in a digit
(``增长11`` / ``.56%``), goes on with the line before however short that is;
so does a line after one that ends on ``、`` or a comma, or holds a full stop
with text after it (``…更足。长沙经开`` / ``区成为…``) (a semicolon so, on body lines), or leaves open the
bracket the line closes, or opens with the rest of a year and 年 whose
first digits end the line before (``明确了20`` / ``06年全省…``). A figure with decimals (``0.51%``) never opens a
numbered item (``1.``).
"""
from __future__ import annotations

import regex

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..record import PageRecord
from ..segment.route import word_at
from ..segment.tokens import tokenizer
from ..stage import Stage
from .columns import column_breaks, column_layout
from .core import latin_heavy
from .script import converter

CLOSING = tuple("。！？!?；;：:”’」』)）…】]］>")
CITATION_END = regex.compile(r"(?:\[\d{1,3}\]|［\d{1,3}］)$")  # a reference mark closes its sentence (…订阅。[5])
# a photo credit closes its caption (…献血浆时拍照留念。新华社记者 才扬 摄, …。本报记者阮洋摄, 记者 宋某 翻摄)
CREDIT_END = regex.compile(r"(?:\s|/|／|[记記]者\p{Han}{2,4})\p{Han}?[摄攝]$")
# a story's byline after its last sentence closes it (…仅用时10分钟。 本报记者 杨传忠, …。（记者 王明 通讯员 李华）):
# the next line on an e-paper page may be the next story's headline
BYLINE_END = regex.compile(r"[。！？!?”」]\s*[(（]?\s*(?:本报|本刊)?(?:特约|见习|實習|实习)?(?:记者|記者|通讯员|通訊員)"
                           r"\s*\p{Han}{2,4}(?:\s+(?:(?:记者|記者|通讯员|通訊員)\s*)?\p{Han}{2,4}){0,3}\s*[)）]?$")
# a date stamp (a short cue, a date, no sentence's comma, its clock time last) is a line of its own, not a sentence the next line goes on with
# (更新时间 2012年12月10日, 格林尼治标准时间10:41 / 梁振英同时遭到…)
DATELINE_END = regex.compile(r"^[^，。！？!?；;]{0,12}(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?[^，。！？!?；;]{0,30}?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$")
BODY_COMMA = regex.compile(r"[，,]")
CONTINUATION = regex.compile(r"[\p{Han}\p{L}\d，,、。”’]")  # what a continued line may start with
# a line that starts with a sentence's inner mark, or a figure's tail after a line ending in a digit
# (增长4 / %左右), goes on with the line before whatever that line looks like
MID_SENTENCE = regex.compile(r"[，,、。；;：%％‰‱]")
MID_FIGURE = regex.compile(r"[.．]\d")
# a year broken over lines (…所作的报告明确了20 / 06年全省…, …作政府工作报告。2 / 025年，…): the line
# ends on the first one to three digits of a year, not part of a longer number, a date or a time
# (浏览量:7636 / 2026年…), and the next line opens with the rest and 年; together four digits 19xx/20xx
YEAR_HEAD = regex.compile(r"(?<![\d.．:：/\-－])(\d{1,3})$")
YEAR_TAIL = regex.compile(r"(\d{1,3})年")
YEAR_DIGITS = 4
YEAR_CENTURIES = ("19", "20")
# a line ending on a sentence's inner mark (…1879亿元、 / …完成财政总收入，) stops inside a sentence
INNER_END = ("、", "，", ",")
# a full stop with text after it inside the line, ending on a character: sentences ran on in it and the last broke off
# (…发展后劲更足。长沙经开 / 区成为…; after its first character too: …更足。长 / 沙经开区…), however short the line
# (a label's colon after the stop is a list or a notice, not a sentence: …。游客咨询电话：)
INNER_STOP = regex.compile(r"。\s*(?:[\p{Han}“][^。：:]*)?\p{Han}$")
# ... or a semicolon so, on a body line's length with a body line after it: clauses of one sentence ran on and the
# last broke off (…增长8.8%左右；地方一般公共 / 预算收入1245亿元，增长12%；…; after its first character too:
# …11%左右；社 / 会消费品零售总额…); not a short list of names (杨典;向静林)
INNER_SEMICOLON = regex.compile(r"[；;]\s*(?:[\p{Han}“][^。；;：:]*)?\p{Han}$")
# a figure broken over lines (…出生人口为5 / 80人，死亡人口…): the line ends on a word and the figure's first digits,
# the next opens with the rest and its unit character (not a numbered item: 2、 2. are NEW_BLOCK)
FIGURE_HEAD = regex.compile(r"\p{Han}\d{1,3}$")
FIGURE_TAIL = regex.compile(r"\d+(?:[.．]\d+)?[\p{Han}%％‰]")
# a short line holding a clause and the start of the next (一年来，全省上下认真 / 贯彻落实…。, 报告说，…时期，十堰市 /
# 基本完成了…。) goes on with a body line after it: a heading has no comma's clause cut off mid-way
CLAUSE_HEAD = regex.compile(r"[，,][^，,。！？!?；;：:]*\p{Han}$")
# ... but a subheading is two phrases of a few words each parted by a comma (扛稳粮食安全重任，加快建设农业强省,
# 专业对口，学生入行): a line of two clauses, each at least this long, is no clause broken off
HEADING_CLAUSE_CHARS = 4
# ... which a report's sentence opening is not: a speaker's verb ending the first clause (龚正指出，二○二五年上海 /
# 经济运行…), or a date opening the second (会上获悉，2024年全市 / …)
SPEECH_VERBS = "表示|指出|强调|介绍|透露|认为|坦言|告诉|称|说"   # a speaker's verbs, after the speaker's name
SPEECH_CLAUSE_END = regex.compile(rf"(?:{SPEECH_VERBS})$")
DATE_CLAUSE_START = regex.compile(r"^(?:(?:19|20)\d{2}|[○〇零一二][○〇零一二三四五六七八九]{3})年|^\d{1,2}月|^\d{1,2}日")
# a field's label (作者：…, 摘要：…): a line of fields is no sentence's opening
FIELD_LABEL = regex.compile(r"^\p{Han}{1,6}\s*[：:]")
# a name broken right after its office (…口岸办主任商 / 振江说。): the line before ends on an office and the
# name's first character, the line opens with the rest of the name and a speech verb or a sentence's mark
# a name broken after its office (…主任商 / 振江说。, …縣長紀道 / 清致辭): the office in either script, one or two of the
# name's characters before the break, the rest of it and a verb of the ceremony or a mark after it
NAME_AFTER_OFFICE = regex.compile(r"(?:书记|書記|主任|局长|局長|县长|縣長|市长|市長|区长|區長|省长|省長|镇长|鎮長|乡长|鄉長|主席|"
                                  r"部长|部長|厅长|廳長|处长|處長|秘书长|秘書長|董事长|董事長|总经理|總經理|院长|院長|校长|校長|行长|行長)"
                                  r"\p{Han}{1,2}$")
NAME_VERBS = f"{SPEECH_VERBS}|強調|介紹|認為|說|稱|致辞|致辭|讲话|講話|主持|出席|宣布|宣佈|发言|發言"
NAME_REST = regex.compile(rf"\p{{Han}}{{1,2}}(?:{NAME_VERBS}|[，,。、：:])")
# a digest's list without punctuation (一图读懂, 要点): each item an indicator and its figure, closed by the figure
# (一般公共预算收入增长2.5%左右 / 举办活动4000场以上): ITEM_TAIL is that close, a figure with a unit and maybe a
# qualifier (not a bare digit, which a figure broken over lines ends on: 增长4 / .5%); ITEM_LINE is such an item
# alone on its line, of no more than ITEM_MAX characters, with no sentence's mark. An item line does not go on
# the line before (which stops with no mark: no sentence broke off there), nor does a short line with no mark
# (辽宁落点, a deck heading) go on an item's close; a line opening with what goes on a figure does (左右, 的…)
ITEM_TAIL = regex.compile(r"\d(?:[.．]\d+)?\s*(?:[%％‰]|[万亿千百]?\p{Han}{1,2})\s*(?:左右|以上|以内|以下)?$")
ITEM_LINE = regex.compile(r"^\p{Han}[^，,、。；;：:！？!?]*$")
ITEM_MAX = 30
FIGURE_GOES_ON = regex.compile(r"^(?:左右|以上|以内|以下|的|地|得|和|及|与|或|等|之)")
# a salutation or label line (各位代表：) is a line of its own
LABEL = regex.compile(r"^.{0,12}[：:]$")
# a line opening with a closing bracket whose opening one the line before left open (…（其中…万元 / ）、…)
CLOSE_AFTER_OPEN = regex.compile(r"[)）]")
# a line that holds a sentence's inner mark is body text, however short (…发展。落实育儿补贴、个)
BODY_MARK = regex.compile(r"[，,、。；;]")
HAN = regex.compile(r"\p{Han}")
# ... or the next line opens with a word's last character or two and a mark (投资活 / 力。落实…):
# no paragraph starts so
WORD_TAIL = regex.compile(r"\p{Han}{1,2}[，,、。；;]")
WORD_SIDE = 3  # characters each side of a break looked at for a word running across it
# (a congress's ordinal, 第十三届 (屆) 人民代表大会, goes on a sentence: it opens no numbered block; 第一次… may open a paragraph)
NEW_BLOCK = regex.compile(r"^(?:[●•·\-*]|\d+(?:、|[.．](?!\d))|[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[)）]|【|第[一二三四五六七八九十]+(?![一二三四五六七八九十届屆]))|^\p{Han}{2,10}(?:日报|晚报|在线|网)?讯[(（]")


@dataclass(frozen=True)
class WordBreak:
    """A break inside a word: the word running across it is this frequent in jieba's dictionary
    (read simplified: the page may still be in traditional script here)."""
    words: Mapping[str, int]
    floor: int
    simplify: Callable[[str], str] = str

    def splits(self, prev: str, line: str) -> bool:
        left, right = self.simplify(prev[-WORD_SIDE:]), self.simplify(line[:WORD_SIDE])
        if not (left and right and HAN.match(left[-1]) and HAN.match(right[0])):
            return False
        _score, _start, end = word_at(left + right, len(left) - 1, self.words, self.floor)
        return end > len(left)


def rejoin_broken_lines(lines: list[str], min_chars: int = 20, headings: frozenset[str] = frozenset(),
                        word_break: WordBreak | None = None, latin_per_han: float = 2.0,
                        clause_min_chars: int = 8, column: frozenset[int] = frozenset()) -> tuple[list[str], int]:
    """Join lines broken inside a sentence; ``headings`` (the page's title, an HTML page's
    headings) are never joined, to the line before or the line after, and a line in Latin script
    (``latin_heavy``: an English feed item beside a Chinese article) is never joined to one that
    is not: no sentence breaks where its script changes. ``column`` holds the indices of lines
    that fill a newspaper column (``columns.column_breaks``): the next line goes on with them."""
    out: list[str] = []
    joined = 0
    last = -1       # index in ``lines`` of the line out[-1] ends with
    for i, line in enumerate(lines):
        if not line:
            continue
        if out and out[-1] not in headings and line not in headings and (
                last in column and not NEW_BLOCK.match(line) and CONTINUATION.match(line, 0, 1) is not None
                or continues(out[-1], line, min_chars) or broken_clause(out[-1], line, min_chars, clause_min_chars)
                or word_break is not None and breaks_word(out[-1], line, min_chars, word_break, clause_min_chars)) \
                and latin_heavy(out[-1], latin_per_han) == latin_heavy(line, latin_per_han):
            out[-1] += line
            joined += 1
        else:
            out.append(line)
        last = i
    return out, joined


def continues(prev: str, line: str, min_chars: int) -> bool:
    """Whether ``line`` goes on with the sentence ``prev`` broke off (see the module's doc)."""
    if not prev or prev.endswith(CLOSING) or CITATION_END.search(prev) or CREDIT_END.search(prev) or BYLINE_END.search(prev) \
            or NEW_BLOCK.match(line):
        return False
    if DATELINE_END.search(prev):
        return False
    if MID_SENTENCE.match(line) or prev[-1].isdigit() and MID_FIGURE.match(line):
        return True
    if splits_year(prev, line) or splits_figure(prev, line):
        return True
    if NAME_AFTER_OFFICE.search(prev) and NAME_REST.match(line):
        return True  # …主任商 / 振江说。: a name broken after its office, whatever the lines' lengths
    if CLOSE_AFTER_OPEN.match(line) and _owes_close(prev, line[0]):
        return True  # …债券369,930万元 / )、动用…: the bracket the line closes opened on the line before
    if CONTINUATION.match(line, 0, 1) is None or list_item(prev, line, min_chars):
        return False
    if prev.endswith(INNER_END) and not LABEL.search(line):
        return True  # …1879亿元、 / 增长…: a sentence broken off at its inner mark
    if INNER_STOP.search(prev) and len(line) >= min_chars:
        return True  # …更足。长沙经开 / 区成为首批…: body text broken off, the next line body text too
    if INNER_SEMICOLON.search(prev) and len(prev) >= min_chars and len(line) >= min_chars:
        return True  # …左右；地方一般公共 / 预算收入…: a clause broken off, the next line body text
    return len(prev) >= min_chars and BODY_COMMA.search(prev) is not None


def list_item(prev: str, line: str, min_chars: int) -> bool:
    """Whether a break with no mark before it parts two items of a digest's list (see ITEM_TAIL):
    ``line`` is an item of its own, or ``prev`` closes on an item's figure and ``line`` is a short
    line with no sentence's mark (a deck heading, an item without a figure)."""
    if prev.endswith(INNER_END) or FIGURE_GOES_ON.match(line):
        return False
    if len(line) <= ITEM_MAX and ITEM_LINE.match(line) and ITEM_TAIL.search(line):
        return True
    return ITEM_TAIL.search(prev) is not None and len(line) < min_chars and BODY_MARK.search(line) is None


def splits_year(prev: str, line: str) -> bool:
    """Whether a year runs across the break: ``prev`` ends on its first digits, ``line`` opens
    with the rest and 年 (…明确了20 / 06年全省经济社会发展的预期目标：…)."""
    head = YEAR_HEAD.search(prev)
    tail = YEAR_TAIL.match(line) if head else None
    if head is None or tail is None:
        return False
    year = head.group(1) + tail.group(1)
    return len(year) == YEAR_DIGITS and year.startswith(YEAR_CENTURIES)


def splits_figure(prev: str, line: str) -> bool:
    """Whether a figure runs across the break inside body text: ``prev`` (holding a sentence's
    marks) ends on a word and the figure's first digits, ``line`` opens with the rest and its unit
    (…全年全县出生人口为5 / 80人，死亡人口为939人…)."""
    return FIGURE_HEAD.search(prev) is not None and FIGURE_TAIL.match(line) is not None \
        and BODY_MARK.search(prev) is not None and BODY_MARK.search(line) is not None


def broken_clause(prev: str, line: str, min_chars: int, clause_min_chars: int) -> bool:
    """A short line (``clause_min_chars`` or more) whose last comma opens a clause it breaks off
    (一年来，全省上下认真 / 贯彻落实…), not shaped as a subheading (:func:`_two_phrases`) nor a
    line of labelled fields, followed by a body line (``min_chars`` or more, with a sentence's
    marks, closed): the line goes on with it."""
    return len(prev) >= clause_min_chars and not prev.endswith(CLOSING) and CLAUSE_HEAD.search(prev) is not None \
        and not _two_phrases(prev) and not FIELD_LABEL.search(prev) and not FIELD_LABEL.match(line) \
        and not NEW_BLOCK.match(prev) and not NEW_BLOCK.match(line) and len(line) >= min_chars \
        and BODY_MARK.search(line) is not None and line.endswith(CLOSING) and CONTINUATION.match(line, 0, 1) is not None


def _two_phrases(line: str) -> bool:
    """Whether ``line`` is two phrases parted by a comma, each ``HEADING_CLAUSE_CHARS`` or longer:
    a subheading's shape (局长亲自带货，景甜点赞长春), not a sentence's opening clauses broken
    off (一年来，全省上下认真; 报告说，…时期，本市)."""
    parts = [p.strip() for p in BODY_COMMA.split(line)]
    return len(parts) == 2 and min(len(p) for p in parts) >= HEADING_CLAUSE_CHARS \
        and not SPEECH_CLAUSE_END.search(parts[0]) and not DATE_CLAUSE_START.match(parts[1])


def _owes_close(prev: str, close: str) -> bool:
    """Whether ``prev`` leaves a bracket open for the line's opening ``close`` (either width)."""
    return prev.count("(") + prev.count("（") > prev.count(")") + prev.count("）")


def drop_repeated_paragraphs(lines: list[str], min_chars: int = 12, window: int = 60) -> tuple[list[str], int]:
    """Drop a paragraph that repeats (a part of) one of the ``window`` paragraphs before it."""
    out: list[str] = []
    body: list[bool] = []   # _is_body of each line of out
    dropped = 0
    for line in lines:
        is_body = _is_body(line, min_chars)
        if is_body:
            # one search of the recent lines joined (a line holds no line break)
            if "\n" not in line and line in "\n".join(out[-window:]) or \
                    "\n" in line and any(line in prev for prev in out[-window:]):
                dropped += 1
                continue
            # a fragment shown first and the full paragraph after it: keep the full one
            for k in range(len(out) - 1, max(len(out) - window, 0) - 1, -1):
                if body[k] and out[k] in line:
                    del out[k]
                    del body[k]
                    dropped += 1
        out.append(line)
        body.append(is_body)
    return out, dropped


def breaks_word(prev: str, line: str, min_chars: int, word_break: WordBreak, clause_min_chars: int = 8) -> bool:
    """``prev`` stops inside a word that ``line`` finishes (…持续抓的战略举 / 措。充实…), and
    either holds a sentence's marks, or ``line`` opens with the word's tail and a mark (投资活 /
    力。), or ``prev`` is a body line's length and ``line`` holds a sentence's marks (a long
    clause with no comma of its own: …所作的报告明确了2006年全省经济社 / 会发展的预期目标：…，…;
    or a shorter one, ``clause_min_chars`` or more, before a body line's length of it:
    从市政府召开的2015年国民 / 经济形势新闻发布会上了解到，…); ``line`` reads as body text."""
    long_body = len(line) >= min_chars and BODY_MARK.search(line) is not None
    if prev.endswith(CLOSING) or NEW_BLOCK.match(line) or not (
            BODY_MARK.search(prev) or WORD_TAIL.match(line) or len(prev) >= min_chars and BODY_MARK.search(line)
            or len(prev) >= clause_min_chars and long_body and not NEW_BLOCK.match(prev)):
        return False
    if len(line) < min_chars and not line.endswith(CLOSING):
        return False
    return word_break.splits(prev, line)


def _is_body(line: str, min_chars: int) -> bool:
    """Body text (not a heading, which may rightly repeat words of the paragraph under it)."""
    return len(line) >= min_chars and (bool(BODY_COMMA.search(line)) or line.endswith(("。", "！", "？")))


class Rejoin(Stage):
    name = "clean.lines"

    def __init__(self, rules) -> None:
        super().__init__(rules)
        self.layout = column_layout(rules)   # (the column settings: read once, not per page)

    def process(self, rec: PageRecord) -> PageRecord:
        lines = [ln.strip() for ln in rec.text.splitlines()]
        headings = rec.headings | {rec.title} if rec.title else rec.headings
        word_break = WordBreak(tokenizer(self.rules).FREQ, int(self.rules.setting("lines.rejoin_word_freq", 100)),
                               converter(self.rules, "t2s"))
        lines, joined = rejoin_broken_lines(lines, int(self.rules.setting("lines.rejoin_min_chars", 20)), headings, word_break,
                                            float(self.rules.setting("core.latin_per_han", 2.0)),
                                            int(self.rules.setting("lines.rejoin_clause_min_chars", 8)),
                                            column_breaks(lines, self.layout))
        lines, dup = drop_repeated_paragraphs(lines, int(self.rules.setting("lines.repeat_min_chars", 12)))
        rec.repairs["rejoined"] += joined
        rec.repairs["dedup"] += dup
        if joined or dup:
            self.count("changed")
            self.count("rejoined", joined)
            self.count("dedup", dup)
        rec.text = "\n".join(lines)
        if not rec.text.strip():
            rec.status = rec.status if rec.status != "ok" else "empty"
        return rec
