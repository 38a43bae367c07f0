"""The HTML rule files compiled once per process: noise patterns, site selectors, meta names.

Selectors in ``content_selectors.tsv`` are a small CSS subset (``tag``,
``#id``, ``.class``, ``tag.class``, ``[attr=value]``, descendants separated
by spaces) turned into XPath here, or XPath written directly (``/``, ``./``).
"""
from __future__ import annotations

import html.entities
import re
import sys
from dataclasses import dataclass, field

import regex
from lxml import etree

from ...rulebook import RuleError, Rules
from ..needs import grouping_marks
from ..prefilter import LineRules

CSS_STEP = regex.compile(r"^(?P<tag>[A-Za-z][\w\-]*|\*)?(?P<rest>(?:[#.][\w\-]+|\[[\w\-:]+(?:=[^\]]+)?\])*)$")
PLAIN_NAME = regex.compile(r"^[\w\-]+$")
CSS_PART = regex.compile(r"#(?P<id>[\w\-]+)|\.(?P<cls>[\w\-]+)|\[(?P<attr>[\w\-:]+)(?:=(?P<val>[^\]]+))?\]")


CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}))|&([A-Za-z][A-Za-z0-9]{0,31})")


class Markup:
    """A page's markup, asked which names it spells (each scan of it made once).

    Held as the UTF-8 bytes the parser reads: a byte search runs several times faster than
    a search of wide-character text, and UTF-8 finds a name exactly where the text has it.
    """

    __slots__ = ("data", "_found", "_refs")

    def __init__(self, text: "str | bytes") -> None:
        self.data = text if isinstance(text, bytes) else text.encode("utf-8", "replace")
        self._found: dict[str, bool] = {}
        self._refs: frozenset[str] | None = None

    def spells(self, name: str) -> bool:
        """Whether ``name`` can be in a tree parsed from this markup: it is written in it, or
        one of its characters is written as a character reference (``&#95;``, ``&Agrave;``)
        somewhere in the markup, so that the parser could spell it."""
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = name.encode("utf-8") in self.data
        if found:
            return True
        return not self.referenced().isdisjoint(name)

    def referenced(self) -> frozenset[str]:
        """Every character the markup writes as a numeric or named reference."""
        if self._refs is None:
            chars: set[str] = set()
            if b"&" in self.data:
                for hexa, dec, named in set(CHAR_REF.findall(self.data)):
                    if named:
                        chars.update(_entity_chars(named.decode("ascii")))
                        continue
                    code = int(hexa, 16) if hexa else int(dec)
                    if code <= sys.maxunicode:
                        chars.add(chr(code))
            self._refs = frozenset(chars)
        return self._refs


def _entity_chars(name: str) -> str:
    """The characters a named reference (``&name;`` or, as old pages write, ``&name``) can stand for."""
    out = html.entities.html5.get(name + ";", "") + html.entities.html5.get(name, "")
    # a reference without its ";" may be the longest known name it starts with
    for cut in range(len(name) - 1, 1, -1):
        out += html.entities.html5.get(name[:cut], "")
    return out


@dataclass
class Selector:
    id: str
    role: str
    xpath: etree.XPath
    site: regex.Pattern | None
    needles: tuple[str, ...] = ()   # class names, ids and attribute values the selector names

    def may_occur(self, page: Markup | None) -> bool:
        """Whether the selector can match a tree parsed from ``page`` (``None``: unknown):
        not when a name it asks for is nowhere in the markup."""
        return page is None or all(page.spells(n) for n in self.needles)


NAMED_MEMO_MAX = 100_000
"""Class/id strings whose noise rule ``HtmlRules.noise_rule`` remembers (then it starts over)."""


def _top_level_splits(pattern: str) -> list[int] | None:
    """Offsets where ``pattern`` can be cut into a prefix and a suffix that are each whole
    regular expressions (outside groups and classes, not before a quantifier); ``None``
    when the pattern has a top-level ``|`` (then no cut keeps its meaning) or a character
    class of a form :func:`~extract.clean.needs.class_end` does not read."""
    marks = grouping_marks(pattern)
    if marks is None or any(c == "|" and depth == 0 for _, c, depth in marks):
        return None
    n = len(pattern)
    splits = {0, n}
    for i, c, depth in marks:
        if c == "(" and depth == 0:
            splits.add(i)
        elif c == ")" and depth == 1 and not (i + 1 < n and pattern[i + 1] in "*+?{"):
            splits.add(i + 1)
    return sorted(splits)


def factor_union(patterns: list[str]) -> str:
    """One pattern that searches like ``(?:p1)|(?:p2)|...``, with a leading and a trailing
    group that every pattern shares written once (``(?:^|[\\s_-])(?:nav|menu)(?:$|...)``):
    ``re`` then tries the shared start once per offset instead of once per pattern."""
    union = "|".join(f"(?:{p})" for p in patterns)
    cuts = [_top_level_splits(p) for p in patterns]
    if len(patterns) < 2 or any(c is None for c in cuts):
        return union
    head = min((k for k in cuts[0] if all(k in c and p[:k] == patterns[0][:k] for p, c in zip(patterns, cuts))
                and k < min(map(len, patterns))), key=lambda k: -k, default=0)
    tail = min((k for k in (len(patterns[0]) - j for j in cuts[0])
                if all(len(p) - k in c and len(p) - k >= head and p[len(p) - k:] == patterns[0][len(patterns[0]) - k:]
                       for p, c in zip(patterns, cuts))), key=lambda k: -k, default=0)
    if not head and not tail:
        return union
    mids = [p[head:len(p) - tail] for p in patterns]
    if any(not m for m in mids):
        return union
    first = patterns[0]
    return first[:head] + "(?:" + "|".join(mids) + ")" + first[len(first) - tail:]


def fast_pattern(pattern: str) -> "re.Pattern | regex.Pattern":
    """``pattern`` compiled with the standard ``re`` module when it can be (plain alternations
    of ASCII words run faster there), else with ``regex``."""
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern)


@dataclass
class HtmlRules:
    noise: list[tuple[str, regex.Pattern]]
    noise_any: "re.Pattern | regex.Pattern | None"
    selectors: dict[str, list[Selector]] = field(default_factory=dict)
    meta: dict[str, list[tuple[str, str]]] = field(default_factory=dict)   # field -> [(rule id, meta name)]
    labels: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # field -> [(rule id, label on the page)]
    label_starts: dict[str, regex.Pattern] = field(default_factory=dict)   # field -> any of its labels' first characters
    scripts: dict[str, list[tuple[str, "re.Pattern[bytes]"]]] = field(default_factory=dict)  # field -> [(rule id, pattern over the markup)]
    lines: dict[str, LineRules] = field(default_factory=dict)  # head/tail -> its html_lines rules, in order
    today_bar: regex.Pattern | None = None   # any html_lines rule of where=today: a header's "today" line
    crumb: regex.Pattern | None = None       # any html_lines rule of where=crumb: a breadcrumb line
    settings: dict = field(default_factory=dict)
    _settings: dict = field(default_factory=dict, repr=False, compare=False)   # setting() answers
    _named: dict = field(default_factory=dict, repr=False, compare=False)      # noise_rule() answers

    def __post_init__(self) -> None:
        # each noise pattern as noise_any is compiled (re where it can be), to name the rule of a hit
        self.noise_each = [(rid, fast_pattern(pat.pattern)) for rid, pat in self.noise]

    def noise_rule(self, cls: str | None, eid: str | None) -> str:
        """The first ``html_noise`` rule naming a container by its class and id (searched in
        ``"class id"``, lowercased), ``""`` for none.

        Pages of one site repeat their class names, so answers are remembered across pages
        (at most ``NAMED_MEMO_MAX``): the alternation of every noise pattern is the costly part.
        """
        key = (cls, eid)
        rule = self._named.get(key)
        if rule is None:
            rule = ""
            ci = f"{cls or ''} {eid or ''}".lower().strip()
            if ci and self.noise_any is not None and self.noise_any.search(ci) is not None:
                rule = next((rid for rid, pat in self.noise_each if pat.search(ci)), "")
            if len(self._named) >= NAMED_MEMO_MAX:
                self._named.clear()
            self._named[key] = rule
        return rule

    def setting(self, key: str, default):
        memo = (key, type(default), default)
        value = self._settings.get(memo)
        if value is None:
            value = self._settings[memo] = type(default)(self.settings.get(key, default))
        return value

    def data_table_parts(self, root: etree._Element) -> frozenset:
        """The elements of ``root``'s tables whose class marks them as data (a wiki's
        ``wikitable`` or ``infobox``: settings ``html.data_table_class``), the tables included.
        Their rows are the article's: never a list of items, never furniture at its edges."""
        pattern = self.setting("data_table_class", "")
        if not pattern:
            return frozenset()
        found = [t for t in CLASSED_TABLES(root) if regex.search(pattern, t.get("class") or "")]
        return frozenset(el for t in found for el in t.iter()) if found else frozenset()

    def selectors_for(self, role: str, site: str, page: Markup | None = None) -> list[Selector]:
        """The selectors for ``role`` on ``site``; with ``page`` (the markup), only those
        whose names occur in it (a cheap substring test instead of an XPath over the tree)."""
        return [s for s in self.selectors.get(role, [])
                if (s.site is None or s.site.search(site)) and s.may_occur(page)]


CLASSED_TABLES = etree.XPath("//table[@class]")


def css_names(selector: str) -> tuple[str, ...]:
    """The ids, class names and attribute values a CSS selector asks for (attribute names
    are left out: the parser lowercases them)."""
    names = []
    for part in selector.split():
        m = CSS_STEP.match(part)
        for p in CSS_PART.finditer(m.group("rest") or "") if m else ():
            if p.group("id"):
                names.append(p.group("id"))
            elif p.group("cls"):
                names.append(p.group("cls"))
            elif p.group("val") is not None:
                names.append(p.group("val").strip(chr(34) + chr(39)))
    # a value with other characters may be written with entities (&amp;): not a test
    return tuple(n for n in names if PLAIN_NAME.match(n))


def css_to_xpath(selector: str) -> str:
    """``div.content p`` -> ``descendant::div[contains(concat(' ',normalize-space(@class),' '),' content ')]/descendant::p``.

    ``descendant::x[...]`` selects what ``.//x[...]`` does (no predicate here counts
    positions) in one pass, where libxml2 runs ``.//`` as a child step from every node.
    """
    steps = []
    for part in selector.split():
        m = CSS_STEP.match(part)
        if not m:
            raise ValueError(f"unsupported selector part {part!r}")
        preds = []
        for p in CSS_PART.finditer(m.group("rest") or ""):
            if p.group("id"):
                preds.append(f"@id='{p.group('id')}'")
            elif p.group("cls"):
                preds.append(f"contains(concat(' ',normalize-space(@class),' '),' {p.group('cls')} ')")
            elif p.group("val") is not None:
                preds.append(f"@{p.group('attr')}='{p.group('val').strip(chr(34) + chr(39))}'")
            else:
                preds.append(f"@{p.group('attr')}")
        steps.append((m.group("tag") or "*") + "".join(f"[{p}]" for p in preds))
    return "descendant::" + "/descendant::".join(steps)


def _selector(row) -> Selector:
    text = row["selector"]
    is_xpath = text.startswith(("/", "./", "("))
    try:
        xp = text if is_xpath else css_to_xpath(text)
        compiled = etree.XPath(xp)
    except (ValueError, etree.XPathSyntaxError) as exc:
        raise RuleError(row.path, row.line, f"rule {row.id!r}: bad selector {text!r}: {exc}") from exc
    site = regex.compile(row["site_re"]) if row["site_re"] else None
    return Selector(row.id, row["role"], compiled, site, () if is_xpath else css_names(text))


def _build(rules: Rules) -> HtmlRules:
    noise = [(r.id, r.regex()) for r in rules.table("html_noise")]
    noise_any = fast_pattern(factor_union([p.pattern for _, p in noise])) if noise else None
    out = HtmlRules(noise, noise_any, settings=dict(rules.setting("html", {}) or {}))
    for row in rules.table("content_selectors"):
        sel = _selector(row)
        out.selectors.setdefault(sel.role, []).append(sel)
    edge_rows: dict[str, list] = {}
    for row in rules.table("html_lines"):
        row.regex()   # a bad pattern fails now, naming its file and line
        # one or more of the kinds rulebook.schema allows (checked when the file loads)
        for where in row["where"].split(","):
            edge_rows.setdefault(where, []).append(row)
    out.today_bar = _any_of(edge_rows.pop("today", []))
    out.crumb = _any_of(edge_rows.pop("crumb", []))
    out.lines = {where: LineRules(rows) for where, rows in edge_rows.items()}
    for row in rules.table("html_meta"):
        kind = row.get("kind") or "meta"
        if kind not in META_KINDS:
            raise RuleError(row.path, row.line, f"rule {row.id!r}: kind={kind!r} is not one of {sorted(META_KINDS)}")
        if kind == "label":
            out.labels.setdefault(row["field"], []).append((row.id, row["name"]))
        elif kind == "script":
            out.scripts.setdefault(row["field"], []).append((row.id, _script_pattern(row)))
        else:
            out.meta.setdefault(row["field"], []).append((row.id, row["name"].lower()))
    for name, labels in out.labels.items():
        out.label_starts[name] = regex.compile("|".join(regex.escape(label[0]) for _id, label in labels if label))
    return out


META_KINDS = frozenset(("meta", "label", "script"))


def _any_of(rows: list) -> regex.Pattern | None:
    """One pattern matching where any of ``rows``' patterns does (None for no rows)."""
    return regex.compile("|".join(f"(?:{r['pattern']})" for r in rows)) if rows else None


# the groups a kind=script rule's pattern must name, by field
# published_state: a date an app's serialized state carries (__INITIAL_STATE__), the last resort
SCRIPT_GROUPS = {"published": ("epoch", "date"), "published_state": ("epoch", "date"),
                 "source": ("value",), "url": ("value",)}


def _script_pattern(row) -> "re.Pattern[bytes]":
    """A ``kind=script`` rule's pattern, searched in the page's markup (scripts included): for a
    date it names a group ``epoch`` (Unix seconds) or ``date`` (a date as pages write it), for an
    outlet or a url a group ``value``."""
    try:
        pat = re.compile(row["name"].encode("utf-8"))
    except re.error as exc:
        raise RuleError(row.path, row.line, f"rule {row.id!r}: bad pattern {row['name']!r}: {exc}") from exc
    wanted = SCRIPT_GROUPS.get(row["field"])
    if wanted is None:
        raise RuleError(row.path, row.line, f"rule {row.id!r}: kind=script serves the fields {', '.join(SCRIPT_GROUPS)}")
    if not set(wanted) & set(pat.groupindex):
        need = " or ".join(f"(?P<{g}>...)" for g in wanted)
        raise RuleError(row.path, row.line, f"rule {row.id!r}: a {row['field']} script pattern needs a group {need}")
    return pat


def html_rules(rules: Rules) -> HtmlRules:
    """The compiled HTML rules of ``rules`` (built on first use, then cached on the instance)."""
    return rules.cached("clean.html", lambda: _build(rules))
