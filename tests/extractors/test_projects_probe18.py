"""Projects: classes found probing the projects table with unseen news and reports (round 18): a
line by way of a third place (A经B至C高铁) and a line between two places the gazetteer does not know
(怀柔至大兴城际铁路) keep their first place; a company and 的 opening a listed item is the project's
owner; a count heading closed by a comma (四个项目分别为，…) opens its list. Sentences written for
these tests."""
from __future__ import annotations

from .project_rows import names


def test_a_line_by_way_of_a_third_place_keeps_its_first_place(rules):
    got = names("10月，平川经大同至原平高铁全线进入联调联试阶段。", rules)
    assert "平川经大同至原平高铁" in got
    got = names("怀柔至大兴城际铁路廊坊北至大兴机场段进入运行试验阶段。", rules)
    assert "怀柔至大兴城际铁路廊坊北至大兴机场段" in got
    # 经 elsewhere is still a lead word, not part of a name
    got = names("项目经省发展改革委批复，长治至临汾高速公路今年开工建设。", rules)
    assert "长治至临汾高速公路" in got


def test_a_count_heading_closed_by_a_comma_opens_its_list_of_owned_projects(rules):
    got = names("此次签约的三个项目分别为，江南精密机械有限公司的数控机床生产线项目、"
                "华东新材料科技有限公司的高性能膜材料项目和城西家居有限公司的年产10万套定制家具项目。", rules)
    assert {"数控机床生产线项目", "高性能膜材料项目", "年产10万套定制家具项目"} <= got
    assert not any("公司" in n for n in got)
