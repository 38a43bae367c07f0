"""Projects: classes found probing the projects table with unseen news and notices (round 11):
a list's heading naming the stage of its items (竣工项目, 新开工项目, 续建项目), lead words glued to a
name (签约了, 新开工了, 再开工). Sentences written for these tests."""
from __future__ import annotations

from .project_rows import run, names, status


def test_a_heading_naming_the_stage_gives_its_items_their_status(rules):
    text = ("一、竣工项目（2个）：石门县城南污水处理厂提标改造工程、滨河公园二期工程。\n"
            "二、新开工项目（3个）：城东实验学校、白云山隧道工程、光明大道改造工程。\n"
            "三、续建项目（1个）：县第一人民医院新院区项目。\n"
            "四、前期项目（1个）：北湖湿地公园项目。\n")
    got = status(text, rules)
    assert got.get("石门县城南污水处理厂提标改造工程") == "completed"
    assert got.get("滨河公园二期工程") == "completed"
    assert got.get("白云山隧道工程") == "started"
    assert got.get("光明大道改造工程") == "started"
    assert got.get("县第一人民医院新院区项目") == "under construction"
    assert got.get("北湖湿地公园项目") == "planned"


def test_a_heading_of_a_category_gives_no_status(rules):
    text = "1.重点建设项目（2个）：城西物流园项目、南湖大桥工程。"
    got = status(text, rules)
    assert got.get("城西物流园项目") in ("", "under construction")


def test_a_particle_or_a_repeated_start_before_a_list_item_is_no_part_of_it(rules):
    got = names("大会现场签约了华晨智能装备产业园、东岭生物医药基地等6个项目。", rules)
    assert "华晨智能装备产业园" in got and not any(n.startswith("了") for n in got)
    got = names("全区再开工滨江商务大楼等12个重大项目，总投资80亿元。", rules)
    assert "滨江商务大楼" in got


def test_items_of_a_list_signed_or_settled_after_its_tail(rules):
    text = "在推介会上，华晨（南宁）精密铸造基地、绿谷生物医药产业园等15个项目集中签约，总投资86亿元。"
    got = names(text, rules)
    assert {"华晨（南宁）精密铸造基地", "绿谷生物医药产业园"} <= got
    got = names("总投资分别为8亿元、3亿元的新宇光电项目和东岭智能装备项目等已签约落户园区。", rules)
    assert {"新宇光电项目", "东岭智能装备项目"} <= got


def test_a_tail_of_settling_with_no_projects_takes_no_companies(rules):
    got = names("近年来，华为、腾讯、京东等纷纷落户高新区。", rules)
    assert not got & {"华为", "腾讯", "京东"}


def investments(text: str, rules) -> dict[str, tuple]:
    return {r["name"]: (r["investment"], r["investment_unit"]) for r in run(text, rules)}


def test_amounts_shared_out_in_order_among_the_clauses_names(rules):
    got = investments("总投资分别为8亿元、3亿元的新宇光电项目和东岭智能装备项目等已签约落户园区。", rules)
    assert got.get("新宇光电项目") == (8.0, "亿元") and got.get("东岭智能装备项目") == (3.0, "亿元")
    got = investments("城南物流园项目、东岭智能装备项目总投资分别为2.5亿元和6000万元，年内开工建设。", rules)
    assert got.get("城南物流园项目") == (2.5, "亿元") and got.get("东岭智能装备项目") == (6000.0, "万元")
