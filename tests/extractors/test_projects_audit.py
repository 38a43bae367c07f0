"""Projects: classes of false projects seen on unseen real pages (roads named as boundaries,
generic heads, bodies, companies, programmes, nested names)."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.projects import extract_projects


def names(text: str, rules) -> set[str]:
    return {r["name"] for r in extract_projects(PageContext("t", text, "", "", ""), rules)}


@pytest.mark.parametrize("text", [
    "启动区：北至荣乌高速旧线，西至起步区第三组团，规划建设用地26平方公里。",
    "容西片区：北至津保铁路，南至荣乌高速旧线，规划建设用地7.2平方公里。",
    "以雄安高铁站为中心，率先开发建设核心区。",
    "由民间资本作为项目的投资者安排融资、承担风险、开发建设。",
    "我国在20世纪80年代完成的BOT项目是首批范例之一。",
    "用于提供社区托育服务的建设项目，免征城市基础设施配套费；",
    "近十年来，国内迎来有轨电车项目规划、建设、运营高峰。",
    "中国海油深圳分公司深水工程建设中心总经理刘华祥介绍，该项目正在建设。",
    "近日，“心成长”青少年心理健康服务项目在北京市青年宫正式启动。",
    "取代原方案，国家公园于1968年建成。",
    "自2019年6月，雄安新区启动区、雄安站枢纽片区等控制性详细规划相继发布。",
])
def test_no_false_project(text, rules):
    assert names(text, rules) == set()


def test_nested_name_is_one_mention(rules):
    assert names("京雄城际铁路和雄安站于2020年12月27日投入使用。", rules) == {"京雄城际铁路"}


def test_company_named_on_the_page(rules):
    text = "海南星人永动机发电厂有限公司成立。据报道，海南星人永动机发电厂建成投产。"
    assert "海南星人永动机发电厂" not in names(text, rules)
