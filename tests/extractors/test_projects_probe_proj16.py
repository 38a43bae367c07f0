"""Projects: classes found probing the projects table with unseen news pages that should give few
or no projects (round 16): quoted goals, sector works, spans of months, the steps before a start.
Sentences written for these tests."""
from __future__ import annotations

from .project_rows import names, status


def test_a_quoted_slogan_named_as_a_goal_or_a_layout_is_no_project(rules):
    assert not names("全县上下要围绕建设“三区一中心”目标，扎实推进各项工作。", rules)
    assert not names("该区将加快打造“一核两园”格局，推动产业集聚。", rules)
    # a quoted name of a real facility, followed by no goal word, stays
    assert "“云谷”产业园" in names("总投资8亿元的“云谷”产业园今年开工建设。", rules)


def test_a_sectors_building_works_are_no_named_project(rules):
    assert not names("市里将加快推进城市轨道交通项目建设，方便群众出行。", rules)
    assert not names("当天，台南交通建设工程进度受到议员关注。", rules)
    assert not names("今年全县农村水利建设工程完成投资2亿元。", rules)
    # a line named by its city and number is a project
    assert "南宁轨道交通5号线" in names("南宁轨道交通5号线今年开工建设。", rules)


def test_a_span_of_months_before_projects_is_a_batch(rules):
    assert not names("1-4月项目累计完成投资26亿元，同比增长9%。", rules)
    assert not names("全市1至6月份重点项目完成投资58亿元。", rules)


def test_the_steps_before_a_start_make_a_project_planned(rules):
    got = status("目前，北岭抽水蓄能电站正在办理开工前的各项手续。", rules)
    assert got == {"北岭抽水蓄能电站": "planned"}
    got = status("西江大桥已于3月开工建设。", rules)
    assert got == {"西江大桥": "started"}


def test_a_quoted_slogan_before_de_and_a_goal_word_is_no_project_but_a_park_laid_out_is(rules):
    assert not names("“两区一中心”的战略定位、“桥头堡”的战略目标汇聚成强大合力。", rules)
    assert "“光谷新能源产业园”" in names("公司董事长正在谋划“光谷新能源产业园”的布局。", rules)


def test_a_feasibility_study_of_a_named_facility_makes_it_a_planned_project(rules):
    got = status("专家组审查了城南污水处理厂可行性研究报告。", rules)
    assert got == {"城南污水处理厂": "planned"}
    assert not names("学校开展了课程体系可行性研究。", rules)


def test_a_verb_of_looking_back_or_visiting_before_a_bare_kind_makes_no_name(rules):
    assert not names("座谈会现场回顾工程建设历程，总结了宝贵经验。", rules)
    assert not names("调研组一行实地察看项目推进情况。", rules)
    assert "城北会展中心扩建工程" in names("城北会展中心扩建工程加快建设。", rules)


def test_a_county_named_without_its_unit_that_jieba_tags_a_verb_opens_a_name(rules):
    got = status("开化抽水蓄能电站今年开工建设。", rules)
    assert got == {"开化抽水蓄能电站": "started"}
    assert "安化抽水蓄能电站" in names("目前，安化抽水蓄能电站建设进展顺利。", rules)
    # an everyday verb is still no name's first word
    assert not names("延长城南污水处理厂工期，加快建设。", rules) - {"城南污水处理厂"}


def test_a_counted_heading_with_baohan_lists_its_items_with_no_deng(rules):
    got = status("本月集中开工项目3个，包含西岭大道改造工程、城北污水处理厂以及南山隧道。", rules)
    assert got == {"西岭大道改造工程": "started", "城北污水处理厂": "started", "南山隧道": "started"}
    assert not names("该平台共有服务项目12个，包含实名认证、在线缴费。", rules)
