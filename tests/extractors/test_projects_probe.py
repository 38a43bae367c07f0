"""Projects: classes of wrong and missed names found probing the projects table with unseen
local news and reports (round 7): enumeration cues before a list."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.projects import extract_projects


def run(text: str, rules) -> list[dict]:
    return extract_projects(PageContext("t", text, "", "", ""), rules)


def names(text: str, rules) -> set[str]:
    return {r["name"] for r in run(text, rules)}


def test_enumeration_cue_makes_a_list_of_projects_without_a_verb(rules):
    # 包括/涉及/签约 A、B等(N个)项目: the items are projects though the clause has no construction
    # verb (it stood in the clause before), and the first item starts after the cue
    got = names("本月集中开工的项目中，包括青山县智能装备制造、东湖职业学院迁建工程(二期)等项目。", rules)
    assert got == {"青山县智能装备制造", "东湖职业学院迁建工程(二期)"}
    got = names("两地签署合作协议，涉及华信西南区域总部、远景新能源装备生产基地等6个项目。", rules)
    assert got == {"华信西南区域总部", "远景新能源装备生产基地"}
    got = names("本届博览会签约江城康养休闲度假区、明光精密制造基地等9个项目。", rules)
    assert got == {"江城康养休闲度假区", "明光精密制造基地"}


def test_no_cue_no_verb_no_list(rules):
    # without a cue or a verb a bare 等项目 list names nothing (交通、能源等项目: fields)
    assert names("统筹交通、水利、城市更新等项目。", rules) == set()


def test_fields_under_a_sector_tail_are_no_projects(rules):
    # 电网改造、风力发电等能源交通项目: fields of a sector, not named projects; a named item (a place,
    # a company, a word jieba does not know) or one with a project suffix stays
    got = names("其中，电网改造、风力发电、城乡路网等能源交通项目加快推进。", rules)
    assert got == set()
    got = names("宽带基础网络、数据流通利用等新型基础设施加快建设。", rules)
    assert got == set()
    got = names("临河光伏发电、北江高铁、华能集团储能等能源交通项目加快推进。", rules)
    assert got == {"临河光伏发电", "北江高铁", "华能集团储能"}


def test_research_facilities_keep_their_field_names(rules):
    # research facilities are named by their field (等重大科技基础设施)
    assert names("先进阿秒激光、转化医学等重大科技基础设施加快建设。", rules) == {"先进阿秒激光", "转化医学"}


def test_place_kinds_sectors_and_meetings_are_no_projects(rules):
    # a place's 重点项目, a sector's 事业项目 and a meeting or plan about projects are no projects
    assert names("青山县重点项目建设全面铺开。", rules) == set()
    assert names("集中开工产业项目12个、社会事业项目5个。", rules) == set()
    assert names("召开加快美丽江城建设项目推进会。", rules) == set()
    got = names("湖北省重点项目江城航空港多式联运一期项目加紧推进。", rules)
    assert got == {"江城航空港多式联运一期项目"}


def test_wangong_is_a_completion_verb(rules):
    rows = run("东湖生物技术创新中心项目已全部完工。", rules)
    assert [(r["name"], r["status"]) for r in rows] == [("东湖生物技术创新中心项目", "completed")]
    # its main structure done is progress on it (project_status_parts.tsv, round 16)
    rows = run("东湖生物技术创新中心项目主体结构均已完工。", rules)
    assert [(r["name"], r["status"]) for r in rows] == [("东湖生物技术创新中心项目", "under construction")]
    # a dam after a reservoir is no end of a name (提升水库大坝安全性能)
    assert names("扩容工程完工后将显著提升水库大坝安全性能。", rules) == set()


def test_amount_before_a_name_is_the_names_own(rules):
    # 总投资X亿元(的)A: the amount is no part of the name, and is that name's investment
    rows = run("总投资80亿元的青山未来工厂项目、总投资60亿元的东江光伏组件项目实现当年签约、当年开工。", rules)
    assert {(r["name"], r["investment"]) for r in rows} == {("青山未来工厂项目", 80.0), ("东江光伏组件项目", 60.0)}
    rows = run("总投资120亿元华信磷酸铁锂项目已经开工。", rules)
    assert [(r["name"], r["investment"]) for r in rows] == [("华信磷酸铁锂项目", 120.0)]
    assert names("加快建设12万平方米江城科创园。", rules) == {"江城科创园"}


def test_gaikuojian_before_a_suffix_is_part_of_the_name(rules):
    # X改扩建项目/工程: the whole name, not X改扩建 nor X
    assert names("东湖路改扩建项目顺利完成沥青摊铺。", rules) == {"东湖路改扩建项目"}
    assert names("推进国道318线改扩建工程建设。", rules) == {"国道318线改扩建工程"}


def test_kind_heading_an_apposition_is_no_part_of_the_name(rules):
    # 国家重大水利工程X / 湖北省重大水利工程X: the kind, then the name
    # (主体工程 is a part of the works: the name ends before it, round 17)
    assert names("国家重大水利工程青溪水库主体工程正式开工建设。", rules) == {"青溪水库"}
    assert names("湖北省重大水利工程白沙冲水库今天开工建设。", rules) == {"白沙冲水库"}


def test_counted_set_and_time_words_open_a_list(rules):
    # 33个重点工程中A、B等21个项目: the items are taken from a set of projects (a cue), and the
    # first starts after it; a time word (目前) opening the clause is no part of a name
    got = names("18个重点工程中滨江大道、港城路西延等9个项目已复工。", rules)
    assert got == {"滨江大道", "港城路西延"}
    assert names("目前青山国际学校项目等5个项目已开工建设。", rules) == {"青山国际学校项目"}


@pytest.mark.parametrize("text", [
    "在黑龙江北部，当地正全力推进高标准农田建设、黑土地保护等项目。",
    "谋划储备交通、能源、城市更新等重大基础设施项目。",
    "这座长达1600米的跨江大桥预计2028年建成通车。",
    "该桥建成后将优化长江过江通道布局。",
])
def test_programmes_generic_bridges_and_layouts_are_no_projects(rules, text):
    assert names(text, rules) == set()


def test_batch_heading_with_a_size(rules):
    # 等一批10亿元以上项目: a batch heading with a size still heads a list of suffixed names
    got = names("招商引资成效显著，江淮智造产业园、华茂名品产业园等一批10亿元以上项目成功落户。", rules)
    assert got == {"江淮智造产业园", "华茂名品产业园"}


def test_time_words_and_size_classes(rules):
    # a time word stops reading a name back only before a place (目前南沙…), not before other words
    assert names("当前正值项目建设的黄金期。", rules) == set()
    rows = run("目前青溪邮轮母港开通了。", rules)
    assert [r["name"] for r in rows] == ["青溪邮轮母港"]
    # an amount followed by 以上 is a size class, not the start of a name (总投资达50亿元以上大项目)
    assert names("总投资达20亿元以上大项目有6个。", rules) == set()
    # 全速 is a lead (全速推进A、B等项目建设)
    assert names("全速推进华锐特助动车、德宏金属保护液等项目建设。", rules) == {"华锐特助动车", "德宏金属保护液"}


def test_yiji_is_a_lead(rules):
    # 以及A、B等…项目: 以及 opens the clause, not the name
    got = names("加快建设青溪机场,以及白沙沟水电站、北江航道等重大项目。", rules)
    assert "白沙沟水电站" in got and not any(n.startswith("以及") for n in got)


def test_amount_right_after_a_name_is_its_own(rules):
    # A总投资X亿元、B总投资Y亿元: each name's own amount, not the clause's first
    rows = run("其中，青溪铁路江苏段总投资120亿元、江城科技园总投资45.5亿元加快建设。", rules)
    assert {(r["name"], r["investment"]) for r in rows} == {("青溪铁路江苏段", 120.0), ("江城科技园", 45.5)}
