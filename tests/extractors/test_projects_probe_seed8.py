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


def test_a_line_leading_in_a_list_with_a_dash_or_colon_ties_its_items(rules):
    # the signing verb stands on the lead-in line only; the list on the next line has no verb of its own
    text = ("此次集中签约的有——\n"
            "江北冷链物流中心、城东智能仓储、光明生物基新材料、北山文旅小镇等18个项目，"
            "涵盖了先进制造、现代服务等领域，总投资120亿元。\n")
    got = names(text, rules)
    assert {"江北冷链物流中心", "城东智能仓储", "光明生物基新材料", "北山文旅小镇"} <= got
    assert not any("先进制造" in n for n in got)
    got = names("今年开工的项目主要有：\n城南水厂、滨江大道、城北学校等12个项目，年度投资8亿元。\n", rules)
    assert {"城南水厂", "滨江大道", "城北学校"} <= got


def test_a_lead_in_without_a_verb_ties_nothing(rules):
    got = names("主要有以下几类：\n智能制造、生物医药、新材料等多个项目，涵盖多个领域。\n", rules)
    assert "智能制造" not in got


def test_the_signer_opening_a_list_of_signed_projects_is_no_project(rules):
    got = names("市长王强、部分乡镇负责人与企业代表分别就投资30亿元的城东光伏基地项目、"
                "投资6亿元的智能科技产业园项目等12个项目签约。", rules)
    assert "市长王强" not in got and "智能科技产业园项目" in got
    assert "城市长廊改造工程" in names("城市长廊改造工程开工建设。", rules)


def test_a_sweep_over_every_zone_is_no_zone(rules):
    got = names("区领导及“两代表一委员”逐园区、镇街观摩检查新开工项目。", rules)
    assert not any(n.endswith("逐园区") for n in got)
