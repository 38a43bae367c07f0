"""Projects: classes found probing the projects table with unseen news, notices and reports (round 12):
a list whose verb stands in an earlier clause of the sentence (…建设，提速实施A、B等重大交通项目，以及C、D
等电源电网项目). Sentences written for these tests."""
from __future__ import annotations

from .project_rows import names, status


def test_a_list_tied_by_the_verb_of_an_earlier_clause(rules):
    text = ("今年将加快重大基础设施建设，提速实施汉巴南铁路、成达万高铁等重大交通项目，"
            "以及金沙江旭龙水电站、甘孜特高压交流工程、攀西电网优化工程等电源电网项目。")
    got = names(text, rules)
    assert {"汉巴南铁路", "成达万高铁", "金沙江旭龙水电站", "甘孜特高压交流工程", "攀西电网优化工程"} <= got
    assert status(text, rules).get("成达万高铁") == ""   # the clause names no verb of its own
    got = names("国企改革深化提升行动全面完成，东岭新材料二期等12个央地合作项目落地。", rules)
    assert "东岭新材料二期" in got


def test_a_verb_in_an_earlier_clause_does_not_make_fields_or_facilities_projects(rules):
    got = names("加快城市更新建设，抓实风电光伏、新型储能等8个重点领域项目。", rules)
    assert not got & {"风电光伏", "抓实风电光伏", "新型储能"}
    got = names("推进城市生命线安全工程建设，加强地下管网、综合管廊等市政设施智能监管。", rules)
    assert "综合管廊" not in got


def test_a_list_tail_naming_a_stage_or_a_rough_count(rules):
    got = names("泰安至东平高速、济南至潍坊高速改扩建等34个在建项目加快建设。", rules)
    assert {"泰安至东平高速", "济南至潍坊高速改扩建"} <= got
    got = names("新宇光电显示模组、东岭智能装备等在谈项目推进签约。", rules)
    assert {"新宇光电显示模组", "东岭智能装备"} <= got
    got = names("今年以来引进华晨新材料、远景动力电池等10余个项目，招引东岭智能装备等5个项目。", rules)
    assert {"华晨新材料", "远景动力电池", "东岭智能装备"} <= got
