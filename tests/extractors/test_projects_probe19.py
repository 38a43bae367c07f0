"""Projects: classes found probing the projects table with unseen news and reports (round 19): news
of approvals (发改委批复, 核准, 同意某某项目) names projects with no building verb, the approval tying the
names of its clause and the lists of the clauses after it, each planned. Sentences written for these
tests."""
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
