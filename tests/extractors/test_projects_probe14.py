"""Projects: classes found probing the projects table with unseen news and reports (round 14):
route names whose places the gazetteer does not know (永仁至大姚高速公路, 赵家至谭家段). Sentences
written for these tests."""
from __future__ import annotations

from .project_rows import names


def test_a_route_between_places_the_gazetteer_does_not_know_keeps_its_first_place(rules):
    got = names("9月5日，永仁至大姚高速公路上拉古隧道左幅顺利贯通。", rules)
    assert "永仁至大姚高速公路上拉古隧道" in got and "大姚高速公路上拉古隧道" not in got
    got = names("将推进集宁至阿荣旗高速白音查干至乌兰浩特段建设。", rules)
    assert "集宁至阿荣旗高速白音查干至乌兰浩特段" in got
    got = names("昆明至临沧至耿马至清水河高速公路今年建成通车。", rules)
    assert "昆明至临沧至耿马至清水河高速公路" in got


def test_a_joiner_after_a_verb_or_a_number_joins_no_places(rules):
    got = names("项目工期延长至明年，城南污水处理厂扩建工程加快建设。", rules)
    assert "城南污水处理厂扩建工程" in got and not any("延长" in n for n in got)


def test_a_heading_noun_in_front_of_a_route_with_no_mark_between_is_no_part_of_it(rules):
    got = names("新增的3个市重点建设项目东港至西岭公路大桥改扩建工程年内开工。", rules)
    assert "东港至西岭公路大桥改扩建工程" in got and not any("建设项目" in n for n in got)


def test_a_route_named_by_its_ends_after_the_clause_subject_and_verb_is_the_first_item(rules):
    got = names("江西省计划开工建设瑞金至兴国、吉安至泰和等3条高速公路。", rules)
    assert {"瑞金至兴国", "吉安至泰和"} <= got and not any("计划" in n for n in got)
    got = names("今年内，全市还将建成永川至江津、綦江至万盛等高速公路项目。", rules)
    assert "永川至江津" in got and not any("建成" in n for n in got)


def test_a_list_counted_in_ge_of_bare_works_is_read(rules):
    got = names("城东污水处理厂、滨河公园等3个工程进展顺利。", rules)
    assert {"城东污水处理厂", "滨河公园"} <= got
    got = names("青石河江北段整治、城西污水处理厂等2个工程年内完工。", rules)
    assert "青石河江北段整治" in got
    assert not names("培养高级技师、注册建造师等5个工程技术人员。", rules)


def test_a_count_right_after_a_bracketed_phase_closes_the_list(rules):
    got = names("全市新开工智能制造产业园、数据中心基地(二期)2个项目。", rules)
    assert {"智能制造产业园", "数据中心基地(二期)"} <= got
    assert "数据中心" not in got
    assert not names("今年竣工(建成或部分建成)79个项目。", rules)


def test_a_capacity_after_the_verb_of_a_first_item_opens_the_name(rules):
    got = names("今年，该公司全年计划投产110千伏城北输变电工程、滨江变等9个工程。", rules)
    assert "110千伏城北输变电工程" in got and not any("计划" in n for n in got)


def test_dao_joins_two_places_in_a_route_name_as_zhi_does(rules):
    got = names("今年确保建成汶川到马尔康高速、德阳到简阳高速等项目。", rules)
    assert {"汶川到马尔康高速", "德阳到简阳高速"} <= got and "马尔康高速" not in got
    got = names("项目建成后车程将压缩到约4小时，城北大道快速化改造工程加快建设。", rules)
    assert not any("压缩" in n for n in got)
