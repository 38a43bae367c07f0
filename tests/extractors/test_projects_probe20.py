"""Projects: classes found probing the projects table with unseen news (round 20: lists of projects
of a prefecture, signings, openings, public-private and bond-funded works, urban renewal, Hong Kong and
Macau works in traditional script, county tours of project sites). Sentences written for these tests."""
from __future__ import annotations

from .project_rows import names


def test_an_inspection_tour_and_a_visit_to_the_county_open_the_list_of_sites(rules):
    # 巡查 is a visit to the sites: the list after it is of projects, the verb no part of the first
    got = names("区领导巡查了区实验小学改扩建、青石二中、松林茶场民俗风情园、白鹭工业园等12个项目。", rules)
    for name in ("区实验小学改扩建", "青石二中", "松林茶场民俗风情园", "白鹭工业园"):
        assert name in got, (name, got)
    assert not any(n.startswith(("区领导", "巡查", "了")) for n in got), got
    # 来到 in a clause of a visit opens the list as 深入 does: the group and the verb are no part of it
    got = names("观摩组先后来到我县金丰纸业、鸿达鞋业、白鹭湖湿地公园等项目进行观摩。", rules)
    assert "金丰纸业" in got and "白鹭湖湿地公园" in got, got
    assert not any("观摩组" in n or "来到" in n for n in got), got
