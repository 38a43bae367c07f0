"""Projects: classes found probing 2024-2025 provincial and 2026 city government work reports
(round gov26): funds and policy shorthands listed before 等项目, a five-year plan's batch, a
quoted programme with 重大, a count inside a name, and 争取/投用 opening a name."""
from __future__ import annotations

from .project_rows import run, names


def test_funds_and_policy_shorthands_before_a_project_tail_are_no_projects(rules):
    # 做好“两重”、“两新”、中央预算内资金、政策性金融工具等项目谋划: the means that pay for projects
    got = names("认真做好“两新”、超长期特别国债、地方政府专项债券、新型政策性金融工具等项目谋划储备。", rules)
    assert got == set()


def test_a_five_year_plans_projects_and_a_quoted_programmes_projects_are_batches(rules):
    got = names("加快“十五五”规划项目落地，加快“百城千园”重大项目建设，推进滨江大桥建设。", rules)
    assert got == {"滨江大桥"}


def test_a_count_inside_a_name_is_no_project(rules):
    # 启动畜牧、蔬菜两个省实验室建设: 蔬菜两个省实验室 is a count of two labs, not a lab's name
    got = names("启动渔业、果树两个省实验室建设，建成种业三个市实验室。", rules)
    assert not any("两个" in n or "三个" in n for n in got)


def test_a_quoted_ring_road_with_a_numeral_stays_a_project(rules):
    got = names("确保城西快速路、市域“二环线”等项目建成通车。", rules)
    assert "市域“二环线”" in got


def test_zhengqu_and_touyong_open_a_name(rules):
    # 争取X开工, 投用X: the verb opens the clause, the name starts after it
    got = names("争取雁北城际铁路开工。投用临江科创区湖光实验室一期、海湾智造产业园。", rules)
    assert "雁北城际铁路" in got
    assert "临江科创区湖光实验室一期" in got
    assert not any(n.startswith(("争取", "投用")) for n in got)


def test_a_water_transfer_is_named_by_its_verbs(rules):
    # 引X入Y / 引X济Y / 引X补Y: jieba tags 引黄, 入呼 as verbs, yet they are the name (gov26 probe)
    got = run("加快引洮入定二期工程，实现引松济长一期工程全线通水。", rules)
    by = {r["name"]: r["status"] for r in got}
    assert by.get("引洮入定二期工程") == "under construction"
    assert by.get("引松济长一期工程") == "completed"


def test_verbs_in_a_name_that_is_no_water_transfer_still_refuse_it(rules):
    assert names("引进培育一批产业项目。", rules) == set()


def test_shixian_opens_a_name_and_a_generic_railway_stays_out(rules):
    # 实现X并网发电: 实现 opens the clause; 实现区域内快速铁路覆盖…: a kind of railway, no name
    assert "滨海核电二期" in names("实现滨海核电二期三号机组并网发电。", rules)
    assert names("实现区域内快速铁路覆盖所有地级市。", rules) == set()
