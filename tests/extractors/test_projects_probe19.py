"""Projects: classes found probing the projects table with unseen news and reports (round 19): news
of approvals (发改委批复, 核准, 同意某某项目) names projects with no building verb, the approval tying the
names of its clause and the lists of the clauses after it, each planned; a line laying its track
(进入铺轨阶段) or works entering a stage of building (进入设备安装阶段) are under construction, the track
laid (铺轨贯通) a stage of the works; a city's subcentre is a zone. Sentences written for these tests."""
from __future__ import annotations

from .project_rows import names, status


def test_an_approval_ties_the_lists_after_it_and_its_names_are_planned(rules):
    got = status("国家发展改革委近日批复多个重大项目，包括南岭新机场、临江至海阳铁路等交通设施，"
                 "青山湖水资源配置工程、白石岭水库工程等水利设施，总投资超过900亿元。", rules)
    for name in ("南岭新机场", "青山湖水资源配置工程", "白石岭水库工程"):
        assert got.get(name) == "planned", (name, got)


def test_a_project_approved_in_its_own_clause_is_planned_and_the_approver_no_part_of_it(rules):
    got = status("近日，省能源局正式核准批复金山抽水蓄能电站项目，总投资80亿元。", rules)
    assert got == {"金山抽水蓄能电站项目": "planned"}
    got = status("石门风电项目获得省发展改革委核准批复，核准容量50兆瓦。", rules)
    assert got.get("石门风电项目") == "planned"
    got = status("三、同意丰县城区生活污水设施提质改造项目。", rules)
    assert got.get("丰县城区生活污水设施提质改造项目") == "planned"
    # an approval of the building is planned, not under construction
    got = status("省发展改革委同意建设青河水库工程。", rules)
    assert got.get("青河水库工程") == "planned"


def test_the_approval_system_and_a_higher_bodys_assent_tie_nothing(rules):
    assert not names("深化投资审批制度改革，推行工程建设项目审批服务。", rules)
    assert not names("经国务院同意，现将有关事项通知如下。", rules)


def test_a_line_laying_its_track_is_under_construction(rules):
    got = status("当日，标志着临江至海阳高铁进入全线铺轨阶段。", rules)
    assert got.get("临江至海阳高铁") == "under construction"
    # the track laid is a stage of the works, not the line completed
    got = status("白沙至青山铁路全线铺轨贯通，为年底开通运营打下基础。", rules)
    assert got.get("白沙至青山铁路") == "under construction"


def test_a_stage_of_the_building_works_entered_is_under_construction(rules):
    got = status("青山核电项目2号机组目前全面进入设备安装阶段。", rules)
    assert any(n.startswith("青山核电项目") and s == "under construction" for n, s in got.items()), got
    got = status("白沙文体中心进入主体施工阶段，预计明年交付。", rules)
    assert got.get("白沙文体中心") == "under construction"


def test_a_city_subcentre_is_a_zone_not_a_project(rules):
    got = names("加快城市副中心高质量发展步伐，启动东湖高线公园建设。", rules)
    assert "城市副中心" not in got and "东湖高线公园" in got
