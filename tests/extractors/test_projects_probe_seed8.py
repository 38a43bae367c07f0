"""Projects: classes met while probing seed-like pages (round 8): an inspection written 视察 (政协委员视察
重点项目) ties the sites it lists as 观摩 and 察看 do, with a count of sites in 处 closing the list. Sentences
written for these tests."""
from __future__ import annotations

from .project_rows import names


def test_the_sites_of_an_inspection_written_shicha_are_projects(rules):
    got = names("视察组实地视察了东湖商务综合体、城北污水处理厂扩建工程、临港仓储物流基地三处重点项目。", rules)
    assert {"东湖商务综合体", "城北污水处理厂扩建工程", "临港仓储物流基地"} <= got
    got = names("委员们先后视察了滨河公园、智能装备产业园等项目。", rules)
    assert "智能装备产业园" in got
