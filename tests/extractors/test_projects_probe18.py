"""Projects: classes found probing the projects table with unseen news and reports (round 18): a
line by way of a third place (A经B至C高铁) and a line between two places the gazetteer does not know
(怀柔至大兴城际铁路) keep their first place; a company and 的 opening a listed item is the project's
owner; a count heading closed by a comma (四个项目分别为，…) opens its list. Sentences written for
these tests."""
from __future__ import annotations

from .project_rows import names


def test_a_line_by_way_of_a_third_place_keeps_its_first_place(rules):
    got = names("10月，平川经大同至原平高铁全线进入联调联试阶段。", rules)
    assert "平川经大同至原平高铁" in got
    got = names("怀柔至大兴城际铁路廊坊北至大兴机场段进入运行试验阶段。", rules)
    assert "怀柔至大兴城际铁路廊坊北至大兴机场段" in got
    # 经 elsewhere is still a lead word, not part of a name
    got = names("项目经省发展改革委批复，长治至临汾高速公路今年开工建设。", rules)
    assert "长治至临汾高速公路" in got


def test_a_count_heading_closed_by_a_comma_opens_its_list_of_owned_projects(rules):
    got = names("此次签约的三个项目分别为，江南精密机械有限公司的数控机床生产线项目、"
                "华东新材料科技有限公司的高性能膜材料项目和城西家居有限公司的年产10万套定制家具项目。", rules)
    assert {"数控机床生产线项目", "高性能膜材料项目", "年产10万套定制家具项目"} <= got
    assert not any("公司" in n for n in got)


def test_a_common_kind_of_project_heading_a_name_is_no_part_of_it(rules):
    got = names("省重点交通项目青峰隧道正在加速推进。", rules)
    assert "青峰隧道" in got and not any(n.startswith("交通项目") for n in got)
    got = names("开工建设全省最大的农光互补项目白沙光伏电站。", rules)
    assert "白沙光伏电站" in got and "农光互补项目" not in got
    # a project's own name before 项目, or a common word after it, keeps the whole name
    got = names("长兴项目二期工程开工建设，县城污水处理项目配套管网工程同步开工。", rules)
    assert "长兴项目二期工程" in got
    assert "县城污水处理项目配套管网工程" in got
    # a mark after 项目 opens no name: the item is a project of its own
    got = names("有序推进萍莲项目、大广高速南康至龙南段扩容工程建设。", rules)
    assert "萍莲项目" in got


def test_a_zone_where_another_project_is_built_or_an_event_held_is_no_project(rules):
    got = names("该公司拟在东山县新材料产业园区投资建设年产5万吨锂电池负极材料项目，总投资约12亿元。", rules)
    assert "年产5万吨锂电池负极材料项目" in got
    assert not any(n.endswith("园区") for n in got)
    got = names("11月20日上午，城南工业园区举行四季度重大项目集中开工仪式。", rules)
    assert not any(n.endswith("园区") for n in got)
    # a zone that is itself built stays a project
    got = names("城北智能制造产业园区建设加快推进，总投资10亿元的城南物流园区开工建设。", rules)
    assert {"城北智能制造产业园区", "城南物流园区"} <= got


def test_lists_set_side_by_side_by_jiyou_youyou_start_after_the_cue(rules):
    got = names("本次签约的项目既有恒达机械年产20万套汽车减震器、宏远科技年产5万台电机等一批汽车零部件项目，"
                "又有华盛玻璃年产30万平方米夹层玻璃加工项目等新材料项目。", rules)
    assert "恒达机械年产20万套汽车减震器" in got
    assert "华盛玻璃年产30万平方米夹层玻璃加工项目" in got
    assert not any(n.startswith(("既有", "又有", "的项目")) for n in got)
    # 还有 of any list opens no project list (a resort's facilities)
    got = names("规划300亩的度假村里不仅有餐厅、客房等，还有射箭场、鱼塘、垂钓台、茶室等休闲娱乐设施。", rules)
    assert not got & {"射箭场", "鱼塘", "垂钓台", "茶室"}


def test_a_company_named_after_a_line_is_no_project(rules):
    got = names("中国铁路总公司近日对外披露，全国多条铁路集中开工。", rules)
    assert not any(n.startswith("中国铁路") for n in got)


def test_a_stage_word_jieba_glues_to_the_suffix_ends_the_name(rules):
    got = names("总投资达20亿元的城南水库工程设计灌溉面积3万亩，总工期36个月。", rules)
    assert "城南水库工程" in got
