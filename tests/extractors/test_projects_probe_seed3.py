"""Projects: classes met while probing seed-like pages (seed round 3): a count of projects whose
list of names follows a clause on their fields or sum (四个项目，主要聚焦…领域，总投资8亿元，包括A、B).
Sentences written for these tests."""
from __future__ import annotations

from .project_rows import names


def test_a_counted_list_after_a_clause_on_its_fields_and_sum(rules):
    got = names("本次集中开工的三个项目，主要聚焦工业发展、防洪防汛等领域，总投资6.2亿元，"
                "包括河东县年产20万吨有机肥项目、河东县清水河右岸岸坡治理工程、河东县城北物流园项目。", rules)
    assert any("有机肥" in n for n in got)
    assert any(n.endswith("清水河右岸岸坡治理工程") for n in got)
    assert any("城北物流园" in n for n in got)


def test_a_counted_clause_then_a_list_of_services_names_no_project(rules):
    # under 包括 an item needs a project suffix: services and fields are no projects
    got = names("全市上线43个政务服务项目，覆盖全部街道，包括实名验证、电子证照、在线缴费。", rules)
    assert not any(n in ("实名验证", "电子证照", "在线缴费") for n in got)
