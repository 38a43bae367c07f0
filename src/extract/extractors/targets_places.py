"""Place names from ``rules/places.tsv``: the page's region and a sentence's."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..rulebook import Rules
from ..segment.tokens import fast_tokenizer, tokenizer
from .literals import literal_pattern, pair_starts
from .targets_lede_places import find_lede, lede_table

LEVELS = {"province": 0, "city": 1, "county": 2}
# characters either side of a short place name cut into words to tell whether it is one
WINDOW = 6
# a county or district named only in a report's title: at least a character and its unit (沛县)
MIN_PLACE_CHARS = 2
# characters (a space, 的) that may part a place from the one inside it it names (湖南省 株洲市)
NEST_GAP = 1
# characters before a family name searched for the office word or mark that opens a name (县委书记唐保山)
NAME_LOOKBACK = 8


@dataclass(frozen=True)
class Place:
    id: str
    name: str          # the full name: 安徽省, 株洲市
    level: str
    parent: str
    province: str = ""  # the province-level division it lies in


@dataclass
class Gazetteer:
    pattern: object                 # alternation of full and short names, longest first
    by_form: dict[str, Place]
    short: frozenset = frozenset()  # the short forms (达州, 巴中) and full names of the levels of settings
                                    # targets.place_word_levels: words only where jieba cuts them so
    cut: object = None              # jieba's cut of a string into words
    starts: object = None           # literals.pair_starts of the forms, or None
    forms_of: dict = field(default_factory=dict)   # place id -> its forms, longest first
    surnames: frozenset = frozenset()  # one-character family names a given name may follow
    name_before: object = None      # what ends right before a family name that opens a name
    name_after: object = None       # what follows a person's name
    by_id: dict = field(default_factory=dict)      # place id -> the place

    def parent_of(self, place: Place) -> Place | None:
        """The place ``place`` lies in, None when places.tsv lacks it."""
        return self.by_id.get(place.parent)

    def find(self, text: str) -> list[tuple[int, Place]]:
        """Places named in ``text`` with their offsets, in order. A short form counts only
        as a word of its own: not 达州 in 佛罗里达州, nor 巴中 in 在巴中国移民."""
        if self.starts is None:
            found = ((m.start(), self._kept(text, m.start(), m.end())) for m in self.pattern.finditer(text))
            return [(i, self.by_form[f]) for i, f in found if f]
        # pattern.finditer's matches: the pattern is tried only where a form's first two
        # characters stand, and not inside the match before
        offsets, pairs = self.starts
        match, out, last = self.pattern.match, [], 0
        for c in offsets.finditer(text):
            i = c.start()
            if i < last or text[i:i + 2] not in pairs:
                continue
            m = match(text, i)
            if m is None:
                continue
            last = m.end()
            form = self._kept(text, i, last)
            if form:
                out.append((i, self.by_form[form]))
        return out

    def _kept(self, text: str, start: int, end: int) -> str:
        """The form at ``start:end`` when it counts (a word where it must be one, not inside a
        person's name), else the longest shorter form at ``start`` that does (河北区域: not the
        district 河北区, the province 河北), else ""."""
        for e in range(end, start + 1, -1):
            form = text[start:e]
            if form in self.by_form and (form not in self.short or self._a_word(text, start, e)) \
                    and not self._in_name(text, start, e):
                return form
        return ""

    def _in_name(self, text: str, start: int, end: int) -> bool:
        """Whether the place at ``start:end`` is the given name of a person (县委书记唐保山出席,
        。曹广州主持): a family name stands right before it, opening a clause or after an office
        word, and what follows a name follows it (settings ``targets.place_in_name_*``)."""
        if self.name_after is None or start == 0 or text[start - 1] not in self.surnames:
            return False
        if self.name_after.match(text, end) is None:
            return False
        s = start - 1
        return s == 0 or self.name_before is None or \
            self.name_before.search(text, max(0, s - NAME_LOOKBACK), s) is not None

    def _a_word(self, text: str, start: int, end: int) -> bool:
        if self.cut is None:
            return True
        w0 = max(0, start - WINDOW)
        cuts, pos = {0}, 0
        for word in self.cut(text[w0:end + WINDOW]):
            pos += len(word)
            cuts.add(pos)
        return start - w0 in cuts and end - w0 in cuts


def gazetteer(rules: Rules) -> Gazetteer:
    return rules.cached("targets.places", lambda: _build(rules))


def _build(rules: Rules) -> Gazetteer:
    by_form: dict[str, Place] = {}
    short: set[str] = set()
    word_levels = set(rules.setting("targets.place_word_levels", []))
    for r in rules.table("places"):
        place = Place(r.id, r["word"], r["level"], r["parent"], r.get("province", ""))
        for form in [r["word"], *(r["short"] or "").split("|")]:
            if len(form) >= 2 and form not in by_form:
                by_form[form] = place
                if form != r["word"] or place.level in word_levels:
                    short.add(form)
    pattern = literal_pattern(by_form)  # the longest form at the leftmost offset
    tk = tokenizer(rules)
    rj = fast_tokenizer(rules, tk)      # the same words as jieba without the HMM, 10x faster
    cut = (lambda s: rj.cut(s, False)) if rj is not None else (lambda s: tk.cut(s, HMM=False))
    forms_of: dict[str, list[str]] = {}
    for form, place in by_form.items():
        forms_of.setdefault(place.id, []).append(form)
    for pid, word, level, parent, province in lede_table(rules):   # found by find_lede, not by find
        if word not in by_form:
            by_form[word] = Place(pid, word, level, parent, province)
            forms_of.setdefault(pid, []).append(word)
    forms_of = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in forms_of.items()}
    not_surnames = str(rules.setting("targets.place_in_name_not_surnames", ""))
    surnames = frozenset(s for s in rules.words("surnames", "surname") if len(s) == 1 and s not in not_surnames)
    return Gazetteer(pattern, by_form, frozenset(short), cut, pair_starts(by_form), forms_of, surnames,
                     rules.pattern("targets.place_in_name_before_re"), rules.pattern("targets.place_in_name_after_re"),
                     {p.id: p for p in by_form.values()})


def other_area(left: str, page: str, rules: Rules) -> str | None:
    """The region of a figure of a wider area the page sets its own against (比全省(7.7%)…,
    全国为6.4%; settings ``targets.other_area_re``): the page's province, its city or the
    country, "" when the page does not tell which; None when ``left`` (the figure's clause
    before it) names no such area."""
    pattern = rules.pattern("targets.other_area_re")
    m = pattern.search(left) if pattern is not None else None
    if m is None:
        return None
    level = dict(rules.setting("targets.other_area_levels", {})).get(m.group("area"), "")
    if level == "country":
        return str(rules.setting("targets.national_region", ""))
    gaz = gazetteer(rules)
    place = gaz.by_form.get(page)
    if place is None:               # a page of a place places.tsv lacks: 全市 is itself when it is a 市
        return page if level == "city" and page.endswith("市") else ""
    if level == "province":
        return place.province or (place.name if place.level == "province" else "")
    if level == "city":             # a 市 of any level is its own 全市 (天津市, 株洲市, 宁乡市)
        if place.name.endswith("市"):
            return place.name
        if place.level == "county":     # a county or district: the 市 it lies in
            parent = gaz.parent_of(place)
            return parent.name if parent is not None and parent.name.endswith("市") else ""
        return place.name if place.level == "city" else ""
    return page


def enclosing_city(region: str, rules: Rules) -> str:
    """The city or prefecture a county or district ``region`` lies in (顺德区 -> 佛山市, 海淀区 ->
    北京市, 舟曲县 -> 甘南藏族自治州): the region of a 市 or 州 office on its page; "" for a place
    of another level or one places.tsv lacks."""
    gaz = gazetteer(rules)
    place = gaz.by_form.get(region)
    if place is None or place.level != "county":
        return ""
    parent = gaz.parent_of(place)
    if parent is None:
        return ""
    # a county governed by its province (济源市, 仙桃市) has no city above it, a municipality's district has
    return parent.name if parent.level != "province" or parent.name.endswith("市") else ""


def page_region(title: str, text: str, rules: Rules) -> str:
    """The area a page is about: the most specific place of its title or first
    lines (``株洲市芦淞区…报告`` -> 芦淞区), else the place its text names most."""
    box = rules.cached("targets.page_region", dict)   # the last page's, for context and targets
    if box.get("title") == title and box.get("text") == text:
        return box["region"]
    region = _page_region(title, text, rules)
    box.update(title=title, text=text, region=region)
    return region


def _page_region(title: str, text: str, rules: Rules) -> str:
    gaz = gazetteer(rules)
    head_lines = int(rules.setting("targets.region_head_lines", 6))
    text = _without_datelines(text, head_lines, rules)
    head = "\n".join([title] + text.split("\n", head_lines)[:head_lines])
    # a report's title or the line that says where it was delivered, not a longer line that
    # cites a report (2022年江苏省政府工作报告强调…)
    short = int(rules.setting("targets.heading_max_chars", 40))
    own = _report_government(title, rules) or next(
        (g for g in (_report_government(s, rules) for s in head.split("\n") if len(s.strip()) <= short) if g), "")
    if own:
        return own
    own = _report_government(head, rules, "targets.head_government_re")
    if own:
        return own
    outlet = rules.pattern("targets.region_outlet_after_re")
    company = rules.pattern("targets.region_company_after_re")
    scoped = _title_scope(title, head, gaz, outlet, rules)
    if scoped is not None:
        return scoped
    lede_provinces = set(rules.setting("targets.region_lede_provinces", []))
    caption = rules.pattern("targets.region_caption_re")
    lede_end = len("\n".join([title] + text.split("\n", head_lines)[:int(rules.setting("targets.region_lede_lines", 2))]))
    for chunk in (title, head):
        found = not_opening(chunk, gaz.find(chunk), gaz, outlet, company)
        lede = find_lede(chunk, min(len(chunk), lede_end), gaz, rules)
        if lede:                        # a one-character county of the title or lede (places_lede.tsv)
            found = sorted(found + not_opening(chunk, lede, gaz, outlet, company), key=lambda f: f[0])
        if lede_provinces:              # (see settings region_lede_provinces)
            found = [(i, p) for i, p in found
                     if p.level == "province" or p.province not in lede_provinces
                     or (i < lede_end and not _in_caption(chunk, i, caption))]
        if found:
            return _most_specific(chunk, found, gaz).name
    counts: dict[str, int] = {}
    places: dict[str, Place] = {}
    for _, p in not_opening(text, gaz.find(text), gaz, outlet, company):
        if p.level != "province" and p.province in lede_provinces:
            continue                    # not in the lede (the head's search above): no page region
        counts[p.id] = counts.get(p.id, 0) + _weight(p.level)
        places[p.id] = p
    best = max(counts, key=counts.get) if counts else ""
    national = rules.pattern("targets.national_re")
    if national is not None:
        said = sum(1 for _ in national.finditer(text))
        if said >= int(rules.setting("targets.national_min", 2)) and said * _weight("province") > counts.get(best, 0):
            return str(rules.setting("targets.national_region", ""))
    return places[best].name if best else ""


def _in_caption(chunk: str, at: int, caption) -> bool:
    """Whether the line of ``chunk`` holding offset ``at`` is a photo's caption (settings
    ``targets.region_caption_re``: 图为民众在台北市南港区…): where a picture was taken."""
    if caption is None:
        return False
    start = chunk.rfind("\n", 0, at) + 1
    return bool(caption.match(chunk, start))


def _title_scope(title: str, head: str, gaz: Gazetteer, outlet, rules: Rules) -> str | None:
    """The region of a page whose title names no place but the country or the province as its
    scope (settings ``targets.title_scope_re``): national_region for 全国, the province of the first
    place the head names for 全省 ("" when it names none); None when the title names a place or no scope."""
    pattern = rules.pattern("targets.title_scope_re")
    m = pattern.search(title) if pattern is not None and title else None
    if m is None or not_opening(title, gaz.find(title), gaz, outlet):
        return None
    if m.group("area") == "全国":
        return str(rules.setting("targets.national_region", ""))
    found = not_opening(head, gaz.find(head), gaz, outlet)
    if not found:
        return ""
    place = found[0][1]
    return place.province or (place.name if place.level == "province" else "")


def grouping(left: str, rules: Rules) -> tuple[int, str] | None:
    """A regional grouping (京津冀, 长三角, 汾渭平原) opening a figure's clause ``left`` (settings
    ``targets.grouping_re``): its offset and name as written, None when there is none."""
    pattern = rules.pattern("targets.grouping_re")
    m = pattern.match(left) if pattern is not None else None
    return (m.start("area"), m.group("area")) if m is not None else None


def _weight(level: str) -> int:
    """What one mention of a place of ``level`` weighs towards the page's region: a province
    most, a county least (a page names the province of its city less often than the city)."""
    return len(LEVELS) - LEVELS.get(level, len(LEVELS) - 1)


def _without_datelines(text: str, head_lines: int, rules: Rules) -> str:
    """``text`` with the place of a dateline in its first lines blanked (新华社北京3月22日电:
    where the story was filed, not what it is about)."""
    pattern = rules.pattern("targets.dateline_re")
    if pattern is None:
        return text
    cut = 0
    for _ in range(head_lines):
        cut = text.find("\n", cut) + 1
        if cut <= 0:
            cut = len(text)
            break
    spans = [m.span("place") for m in pattern.finditer(text, 0, cut)]
    for s, e in reversed(spans):
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def _report_government(chunk: str, rules: Rules, key: str = "targets.report_government_re") -> str:
    """The government whose work report the page is (``2026年宁乡市政府工作报告``; with ``key``
    another setting's words: its people's congress session): the innermost unit of the name,
    a place of places.tsv or, when it lacks the unit, the name as written (``北京市昌平区`` -> 昌平区)."""
    pattern = rules.pattern(key)
    m = pattern.search(chunk) if pattern is not None else None
    if m is None:
        return ""
    name = m.group("place")
    found = gazetteer(rules).find(name)
    cut = 0
    for start, place in found:
        end = start + len(_form_at(name, start, place, gazetteer(rules)))
        if end == len(name):
            return place.name           # the innermost unit is a known place
        cut = max(cut, end)
    rest = name[cut:]
    if len(rest) >= MIN_PLACE_CHARS:
        return rest
    return found[-1][1].name if found else ""


def not_opening(text: str, found: list[tuple[int, Place]], gaz: Gazetteer, *after) -> list[tuple[int, Place]]:
    """``found`` less the places that open what one of the patterns ``after`` (None ones skipped)
    matches right after the place's form: who reports (兰州日报讯, 厦门海关统计: the region of the
    page is where its figures are, not where its source sits), a firm a delegation visits
    (深圳某某文化集团), a firm that invests (上海某某有限公司计划投资: targets_investor_place)."""
    after = [r for r in after if r is not None]
    if not after:
        return found
    return [(i, p) for i, p in found
            if not any(r.match(text, i + len(_form_at(text, i, p, gaz))) for r in after)]


def _form_at(text: str, start: int, place: Place, gaz: Gazetteer) -> str:
    """The form of ``place`` written at ``start`` of ``text`` (full name or a short form)."""
    return next((f for f in gaz.forms_of.get(place.id, ()) if text.startswith(f, start)), place.name)


def _most_specific(text: str, found: list[tuple[int, Place]], gaz: Gazetteer) -> Place:
    """The first place and, when the next ones lie inside it and follow it right away
    (株洲市芦淞区, 湖南省 株洲市), the innermost: a district the first paragraph names further on
    (…加快推进渌口港区建设) is a place in the story, not what the page is about."""
    at, best = found[0]
    ids = {best.id}
    end = at + len(_form_at(text, at, best, gaz))
    for i, p in found[1:]:
        if i - end > NEST_GAP:
            break
        if p.parent in ids and LEVELS.get(p.level, 0) > LEVELS.get(best.level, 0):
            best = p
            ids.add(p.id)
        end = i + len(_form_at(text, i, p, gaz))
    return best
