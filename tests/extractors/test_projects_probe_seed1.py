"""Projects: classes met while probing seed-like county project-start pages (seed round 1): lists
a semicolon strings on after a start verb are the verb's lists too; a list of working means
closed by 等推进项目… lists no works; a name made of generic words (传统产业升级项目) names no
project. Sentences written for these tests."""
from __future__ import annotations

from .project_rows import names


def test_lists_strung_on_by_semicolons_share_the_start_verb(rules):
    got = names("当天共有14个重点项目集中开工，总投资18.6亿元，包括西河湿地公园等5个文化旅游项目；"
                "石门镇食用菌加工园等3个农业产业项目；城北污水处理厂扩建等2个生态环保项目。", rules)
    assert "西河湿地公园" in got
    assert "石门镇食用菌加工园" in got
    assert any(n.startswith("城北污水处理厂") for n in got)


def test_a_list_of_working_means_is_no_list_of_works(rules):
    got = names("今年以来，全县开工重点项目32个，坚持“周调度、月通报”、领导包联责任制等推进项目建设的工作机制，"
                "确保项目早见效。", rules)
    assert not any("调度" in n or "责任制" in n for n in got)


def test_a_name_of_generic_words_is_no_project(rules):
    got = names("今天集中开工的30个项目，既有科技含量高的战略新兴项目，也有加快动能转换的传统产业升级项目。", rules)
    assert "传统产业升级项目" not in got
