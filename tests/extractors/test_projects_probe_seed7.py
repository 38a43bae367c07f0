"""Projects: classes met while probing seed-like pages (seed round 7): a line's name followed by a note in
brackets on its two ends (某某高铁(甲地与乙地)) is still a project. Sentences written for these tests."""
from __future__ import annotations

from .project_rows import names


def test_a_line_with_its_ends_in_brackets_stays_a_project(rules):
    got = names("同日通车的还有银兰高铁(银川与兰州)，以及包银铁路。", rules)
    assert any(n.startswith("银兰高铁") for n in got)
    got = names("沿江高铁（合肥与武汉）今天正式开通运营。", rules)
    assert any(n.startswith("沿江高铁") for n in got)
    # a phase in brackets stays part of the name
    assert names("渝昆高铁(二期)今天开通运营。", rules) == {"渝昆高铁(二期)"}


def test_the_adverb_opening_an_inspection_list_is_no_part_of_the_first_name(rules):
    got = names("检查组深入园区，分别对年产30万吨乙二醇项目、城西物流园等项目建设情况进行检查。", rules)
    assert "年产30万吨乙二醇项目" in got
    assert not any(n.startswith("分别") for n in got)
