"""Projects: classes found probing the projects table with unseen news and reports (round 17): a
part of the works closing a name (水库主体工程, 路基工程) ends the name or is no project; a line's
section named by one place, or with a bracketed note before 至, goes on with its works; 及 before
the supporting works (及配套) joins one project; 计划 before an amount or a date is the name's intent,
not a plan of it. Sentences written for these tests."""
from __future__ import annotations

from .project_rows import names, status


def test_a_part_of_the_works_ends_the_name_or_is_no_project(rules):
    got = status("国家重大水利工程长青水库主体工程于3月18日正式开工建设。", rules)
    assert got.get("长青水库") == "started" and not any(n.endswith("主体工程") for n in got)
    got = names("城东水厂主体工程已全面完工，省道线桃源至高桥段工程主体工程完成过半。", rules)
    assert "城东水厂" in got and not any(n.endswith("主体工程") for n in got)
    # a part alone, with no project suffix before it, is no project
    got = names("目前，滨河大道路基工程已完成，东环路大桥已完成桥梁下部结构工程。", rules)
    assert "东环路大桥" in got
    assert not any(n.endswith(("路基工程", "下部结构工程")) for n in got)


def test_a_place_section_of_a_line_keeps_its_works(rules):
    got = names("今年，沪渝高速湖北段扩容工程加快建设，连霍高速郑州国际机场段改线工程年内开工。", rules)
    assert "沪渝高速湖北段扩容工程" in got
    assert "连霍高速郑州国际机场段改线工程" in got
    got = names("银百高速宁夏段扩容工程全线开工。", rules)
    assert "银百高速宁夏段扩容工程" in got


def test_a_bracket_before_zhi_stays_in_the_section(rules):
    got = names("京港澳高速保定(冀豫界)至石家庄段改扩建工程正在加快建设。", rules)
    assert "京港澳高速保定(冀豫界)至石家庄段改扩建工程" in got
    assert "石家庄段改扩建工程" not in got


def test_ji_before_supporting_works_joins_one_project(rules):
    got = names("总投资5.2亿元的高新区智能装备产业园及配套基础设施项目正式开工，"
                "县第二污水处理厂及配套管网工程加快建设。", rules)
    assert "高新区智能装备产业园及配套基础设施项目" in got
    assert "县第二污水处理厂及配套管网工程" in got
    # 及 before another project still separates two items
    got = names("城北污水处理厂及滨江公园等项目加快建设。", rules)
    assert "城北污水处理厂" in got


def test_jihua_before_an_amount_is_intent_not_a_plan(rules):
    got = names("城西智能制造产业园项目计划总投资12亿元，今年开工建设。", rules)
    assert "城西智能制造产业园项目" in got
    got = names("滨海大道改造工程计划年内建成通车。", rules)
    assert "滨海大道改造工程" in got


def test_completing_a_named_projects_main_works_is_progress(rules):
    got = status("今年将完成城南综合交通枢纽主体工程，滨江大道改造工程全面完工。", rules)
    assert got.get("城南综合交通枢纽") == "under construction"
    assert got.get("滨江大道改造工程") == "completed"
