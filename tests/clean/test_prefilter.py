"""LineRules narrows rules per page and line but finds the rule the plain loop finds."""
from __future__ import annotations

import regex
from hypothesis import given, settings, strategies as st

from extract.clean.prefilter import LineRules, anchored, page_pattern, top_branches
from extract.rulebook.loader import RuleRow

PATTERNS = [
    r"^(?:首页|要闻)$", r"浏览量\s*\d*", r"^(?:[^|｜]{1,10}[|｜]){3,}$", r"第\d+期|^CN\s?\d{2}",
    r"^[\s•|]+$", r"\s+$", r"(?<!\d)编辑$", r"^a++b", r"\s*\S{2,4}/摄$", r"^来源[:：]\S{0,5}$",
]


def rows(patterns: list[str]) -> list[RuleRow]:
    return [RuleRow(f"r{i}", {"pattern": p}, "t", i, {"pattern": regex.compile(p)}) for i, p in enumerate(patterns)]


def plain_first(rs: list[RuleRow], line: str) -> str | None:
    return next((r.id for r in rs if r.regex().search(line)), None)


def test_anchored_and_splitting():
    assert top_branches(r"a|[|]|(b|c)|\|") == ["a", "[|]", "(b|c)", r"\|"]
    assert anchored(regex.compile(r"^(?:a|b)$")) and anchored(regex.compile(r"^a|^b"))
    assert not anchored(regex.compile(r"^a|b")) and not anchored(regex.compile(r"(?i)^a"))
    assert not anchored(regex.compile(r"^?a")) and not anchored(regex.compile(r"^[[:alpha:]]"))
    assert page_pattern(regex.compile(r"(?<!\d)x")) is None and page_pattern(regex.compile(r"a++")) is None


LINE = st.text(alphabet="首页要闻浏览量12 |｜•编辑来源:：第期CNab/摄\t", max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=6))
def test_same_rule_as_the_plain_loop(lines):
    rs = rows(PATTERNS)
    page = LineRules(rs).for_page("\n".join(lines))
    for line in lines:
        got = page.first(line)
        assert (got.id if got else None) == plain_first(rs, line)
