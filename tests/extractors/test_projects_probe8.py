"""Projects: classes of wrong and missed names found probing the projects table with unseen
local news and reports (round 8): kinds and parts of works, clause openers, status of a time
clause, sewage plants, lists of one project's contents. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .project_rows import names, status


@pytest.mark.parametrize("text", [
    # a part of the works or a kind of works, not a named project
    "目前青石水库主体工程已全面竣工，临时工程和移民工程同步完成。",
    "码头配套建设后方陆域配套工程，辅助设施同步开工。",
    "全省骨干水源工程加快建设，一批公路项目加快推进。",
    "今年全国铁路建设完成投资7000亿元，西部铁路加快建设。",
    # a demonstrative, an ordinal or a kind heading describes a project named elsewhere
    "这座世界级桥梁工程已建成通车。",
    "这是继今年青山水库开工建设后全省第三座大型水库实现开工。",
    "国家“十四五”水利重大工程加快建设。",
    # the batch of a ceremony, and a clause whose subject holds (举行, 地处) in the name
    "市里举行第二季度重大项目集中开工仪式。",
    "白沙镇定制厂房开园暨重大产业项目集中开工仪式举行。",
    "青溪鲍鱼科技产业园地处临港工业园三期，计划投资8亿元。",
])
def test_kinds_parts_and_descriptions_are_no_projects(rules, text):
    got = names(text, rules)
    assert not any(w in n for n in got for w in (
        "主体工程", "临时工程", "移民工程", "配套工程", "辅助设施", "骨干水源", "公路项目", "全国铁路",
        "西部铁路", "这座", "第三座", "重大工程", "重大项目", "举行", "地处")), got


def test_clause_openers_are_leads(rules):
    # 随着, 标志着, 现已有, 争取, 实现, 迁建 open the clause, not the name
    got = names("随着青川高铁、白江铁路等一批铁路工程加快建设，标志着东平高铁即将全线贯通。", rules)
    assert {"青川高铁", "白江铁路", "东平高铁"} <= got and not any(n.startswith(("随着", "标志着")) for n in got)
    got = names("实现青岩水库开工建设，争取白石水库开工建设，推进迁建青州机场等前期工作。", rules)
    assert {"青岩水库", "白石水库", "青州机场"} <= got


def test_status_of_a_time_clause_and_of_spending(rules):
    # 建成后/投产后: after it is built (not yet); 完成投资: money spent, the works are not completed
    got = status("计划投资1.2亿元的青溪农机生产项目建成后主要从事农业机械生产。", rules)
    assert got == {"青溪农机生产项目": ""}
    got = status("实现白石水库开工建设并完成投资0.6亿元。", rules)
    assert got == {"白石水库": "started"}
    # 动工 starts the works
    got = status("青山水库于今年3月正式动工。", rules)
    assert got == {"青山水库": "started"}


def test_sewage_and_water_plants(rules):
    got = status("近日，青川县污水处理厂正式通水，白沙镇水厂主体已全面竣工。", rules)
    assert got == {"青川县污水处理厂": "completed", "白沙镇水厂": "completed"}
    assert names("全市新建污水处理厂3座，乡镇污水处理厂全部建成。", rules) == set()


def test_contents_and_parts_of_one_project_are_no_list(rules):
    # 等建设内容, 等配套设施: the works or parts of one project, not a list of projects
    assert names("青河治理工程包括疏浚河道、加固堤防、兴修防汛道路等建设内容。", rules) == {"青河治理工程"}
    got = names("项目集中建设标准化厂房、公共食堂、员工宿舍等配套设施。", rules)
    assert got == set()


def test_list_heading_with_a_total_or_a_year(rules):
    got = names("此次集中开工白沙沟林果产业示范园、青石富硒食品包装生产线等25个2024年重点建设项目。", rules)
    assert got == {"白沙沟林果产业示范园", "青石富硒食品包装生产线"}
    got = names("举行集中开工仪式，包含青云路城市更新项目、白鹭湾文体中心项目等共计30个重大项目。", rules)
    assert {"青云路城市更新项目", "白鹭湾文体中心项目"} <= got


def test_an_area_in_mu_before_a_name_is_no_part_of_it(rules):
    # 6.49万亩连片灌区: an area (万亩 too) opening a name read back from its suffix is no part of it
    got = names("工程建成后，可解决6.49万亩连片灌区的用水问题。", rules)
    assert not any("万亩" in n for n in got)


def test_sites_of_a_visit_are_projects(rules):
    # a visit to project sites (观摩, 察看, 现场) ties the clause's names, with no status of its own;
    # in such a clause 深入 opens the list of the sites
    got = status("观摩组先后深入青禾食品产业园二期项目、白沙智能装备生产线建设项目进行实地观摩。", rules)
    assert got == {"青禾食品产业园二期项目": "", "白沙智能装备生产线建设项目": ""}
    got = names("县委副书记、县长深入青山农机厂烘干机技改升级、白石富硒农产品加工标准化厂房等项目施工现场。", rules)
    assert got == {"青山农机厂烘干机技改升级", "白石富硒农产品加工标准化厂房"}
    got = names("督导组先后深入青溪生物医药项目、白鹭光伏发电项目等地进行实地察看。", rules)
    assert got == {"青溪生物医药项目", "白鹭光伏发电项目"}
    # not a programme a report goes deep into (深入实施: no visit)
    assert names("深入实施“双一流”、高校基础设施提质等重大工程。", rules) == set()
    # a water works' management office is a body, not the reservoir
    assert names("青石水库管理处干部到现场观看演出。", rules) == set()
