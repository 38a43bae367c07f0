"""Projects: classes met while probing seed-like pages (seed round 2): a groundbreaking ceremony's
sub-sites listed after their count (3个分现场分别是A、B、C) are its projects' sites, named by the
projects. Sentences written for these tests."""
from __future__ import annotations

from .project_rows import names


def test_the_sub_sites_of_a_ceremony_name_its_projects(rules):
    got = names("开工仪式主现场设在城东物流园项目，3个分现场分别是河西污水处理厂二期、"
                "滨江大道北延段、青山工业园标准厂房项目。", rules)
    assert any(n.startswith("河西污水处理厂") for n in got)
    assert "滨江大道北延段" in got
    assert any(n.startswith("青山工业园标准厂房") for n in got)


def test_sub_sites_set_in_places_name_no_project(rules):
    got = names("活动设1个主会场、3个分会场，分会场分别设在高新区、经开区和城南新区。", rules)
    assert not any(n in ("高新区", "经开区", "城南新区") for n in got)
