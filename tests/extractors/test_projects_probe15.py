"""Projects: classes found probing the projects table with unseen news and reports (round 15):
a line's section after its suffix with no verb between (沪昆高速江西省A至B段改扩建工程); a counted
heading opening its list with 包括 (集中开工项目18个，包括A、B等); 全面完成 before a name. Sentences
written for these tests."""
from __future__ import annotations

from .project_rows import names, status


def test_a_section_of_a_line_right_after_its_suffix_goes_on_with_the_name(rules):
    got = names("青兰高速甘肃省平凉至定西段改扩建工程，银百高速宁夏段等一批项目开工建设。", rules)
    assert "青兰高速甘肃省平凉至定西段改扩建工程" in got and "青兰高速" not in got
    got = names("今年，沈海高速公路福鼎至宁德段扩容工程(福建境)，京台高速泰安至枣庄段等重点项目加快建设。", rules)
    assert "沈海高速公路福鼎至宁德段扩容工程(福建境)" in got and "沈海高速公路" not in got
    got = names("近日，G15沈海高速温州至苍南段建成通车。", rules)
    assert "G15沈海高速温州至苍南段" in got


def test_a_counted_heading_opens_its_list_with_baokuo(rules):
    got = status("本次集中开工项目12个，包括城北智能装备制造项目、滨湖片区排涝工程等，总投资额35亿元。", rules)
    assert got.get("城北智能装备制造项目") == "started" and got.get("滨湖片区排涝工程") == "started"
    got = status("集中竣工项目9个，主要有南山中学扩建工程、东环路提升改造项目等。", rules)
    assert got.get("南山中学扩建工程") == "completed"
    # a count of a kind of projects is no item (产业项目80个)
    assert not names("全市共有重点项目120个，包括产业项目80个、基础设施项目40个。", rules)


def test_quanmian_wancheng_before_a_name_is_no_part_of_it(rules):
    got = names("去年全面完成青龙湾水库除险加固工程，东干渠工程扎实推进。", rules)
    assert "青龙湾水库除险加固工程" in got and not any(n.startswith("全面") for n in got)


def test_items_set_off_by_commas_take_the_status_of_the_list_they_end_in(rules):
    got = status("青兰高速甘肃省平凉至定西段改扩建工程，银百高速中卫至固原段扩容工程，南山至北岭高速公路等一批重大项目"
                 "开工建设。", rules)
    assert got.get("青兰高速甘肃省平凉至定西段改扩建工程") == "started"
    assert got.get("银百高速中卫至固原段扩容工程") == "started"
    # a clause that is more than a name ends the chain
    got = status("城东水厂工程进展顺利，滨河大道、北环路等项目建成通车。", rules)
    assert got.get("城东水厂工程") != "completed"


def test_a_line_whose_section_makes_the_name_too_long_keeps_the_line(rules):
    got = names("日前，G4231南京至九江(原S22天长至天柱山)高速公路无为至安庆段通过交工验收，具备通车条件。", rules)
    assert "G4231南京至九江(原S22天长至天柱山)高速公路" in got


def test_an_item_under_a_baokuo_heading_stops_before_its_lists_tail(rules):
    got = names("集中开工项目中，总投资5亿元以上的项目有21个，包括城南纺织生产、湾区职业学院迁建工程(二期)等项目。", rules)
    assert "湾区职业学院迁建工程(二期)" in got and not any(n.endswith("等项目") for n in got)


def test_a_part_of_the_works_named_by_its_role_is_no_project(rules):
    got = names("在重庆，城口水库首个控制性工程导流洞正式完工。", rules)
    assert "控制性工程" not in got
    got = names("城东大桥、滨江隧道等重大项目完成部分关键工程节点。", rules)
    assert "部分关键工程" not in got and "城东大桥" in got
