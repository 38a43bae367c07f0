"""Projects: classes found probing the projects table with unseen news (round 20: lists of projects
of a prefecture, signings, openings, public-private and bond-funded works, urban renewal, Hong Kong and
Macau works in traditional script, county tours of project sites). Sentences written for these tests."""
from __future__ import annotations

from .project_rows import names, status


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


def test_works_put_out_to_tender_are_planned(rules):
    # a tender notice (Hong Kong and Macau works; traditional script reaches the extractor
    # converted) names its works: planned
    got = status("土木工程拓展署今日宣布，石湖墟交汇处改善工程合约的招标期延长。", rules)
    assert got.get("石湖墟交汇处改善工程") == "planned", got
    got = status("青衣北岸公路改善工程合约于七月十四日招标，原定十月六日截标。", rules)
    assert got.get("青衣北岸公路改善工程") == "planned", got
    # a tender done is still no works begun (完成 of 完成招标 gives no completion)
    got = status("白沙河水库除险加固工程已完成招标，预计下月进场。", rules)
    assert got.get("白沙河水库除险加固工程") == "planned", got


def test_a_bare_kind_after_a_stage_or_a_forecast_is_no_name(rules):
    assert not names("河北省在建高速全面复工。", rules)
    assert not names("青山今年将通高速，结束不通高速的历史。", rules)
    got = names("友谊路排污管第一阶段工程今日招标，预计工程于第三季动工。", rules)
    assert "预计工程" not in got, got


def test_a_campus_and_an_expressway_are_kinds_of_works(rules):
    # 校区 ends a name as 院区 does, so 及 between two campuses splits them
    got = names("全面建成青州师范学院滨湖校区，加快建设青州大学南山校区、青州医科大学东湖校区。", rules)
    for name in ("青州师范学院滨湖校区", "青州大学南山校区", "青州医科大学东湖校区"):
        assert name in got, (name, got)
    got = names("白沙工业园、青州大学南山校区及临港物流园等12个项目集中开工。", rules)
    assert "青州大学南山校区" in got and "临港物流园" in got, got
    # 快速路 ends a name in a list of sites with no other tie than the visit
    got = names("观摩团先后察看了城东污水处理厂三期、滨江快速路、建设路-解放路互通项目现场。", rules)
    assert "滨江快速路" in got, got


def test_a_project_entered_on_a_list_of_key_projects_is_planned(rules):
    # 入选, 列入, 增补 a list of key projects ties the names as an approval does
    got = status("青州市白鹭湖文化旅游项目也入选了省重点建设项目名单。", rules)
    assert got.get("青州市白鹭湖文化旅游项目") == "planned", got
    got = status("青州学院文创产业园、青州市儿童公园、南山新材料等市区项目增补入盘。", rules)
    for name in ("青州学院文创产业园", "青州市儿童公园", "南山新材料"):
        assert got.get(name) == "planned", (name, got)


def test_a_project_signed_in_its_own_clause_is_named(rules):
    # a signing ties the suffixed names of its clause, with no status of its own
    got = status("华星能源有限公司和青山经开区管委会签约光伏组件生产项目，蓝海集团和临江县政府签约"
                 "白鹭湖康养休闲特色小镇项目。", rules)
    assert got.get("光伏组件生产项目") == "" and got.get("白鹭湖康养休闲特色小镇项目") == "", got
    # not a service or a rate signed up for
    assert not names("全县家庭医生签约服务项目覆盖率达到80%。", rules)
    # nor a kind of deal signed (投融资项目签约)
    assert not names("高交会促成1023项供需对接和投融资项目签约，成交额超1700亿元。", rules)


def test_the_hall_a_signing_is_held_in_is_no_project(rules):
    # a signing ties the suffixed names of its clause, but the place it is held at (在…举行) is a venue
    got = names("3月18日，河东县一季度招商引资项目集中签约仪式在县会议中心举行。", rules)
    assert not any("会议中心" in n for n in got), got
    got = names("上午，全市重点项目集中签约活动在市政务服务中心举办，共签约项目12个。", rules)
    assert not any("服务中心" in n for n in got), got
    # a project signed in the same news keeps its name; a strong suffix is no venue (its own ceremony)
    got = names("签约仪式上，年产5万吨新型建材项目签约落户河东经开区。", rules)
    assert "年产5万吨新型建材项目" in got, got
    got = names("河东黄河大桥在桥北广场举行通车仪式，大桥建成通车。", rules)
    assert "河东黄河大桥" in got, got


def test_a_places_batch_named_by_its_kind_is_no_project(rules):
    # a signing ties the suffixed names of its clause; a place (or a region) and the kind's words
    # alone name the batch signed, not one project
    for sentence in ("4月28日，河东市长三角地区产业项目签约仪式在上海举行。",
                     "河东县招商引资项目签约活动在县城举行。"):
        assert not names(sentence, rules), (sentence, names(sentence, rules))
    # a project of the batch keeps its name
    got = names("签约仪式上，河东县年产5万吨新型建材项目正式签约。", rules)
    assert any(n.endswith("年产5万吨新型建材项目") for n in got), got
