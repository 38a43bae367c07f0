"""Projects: classes found probing with unseen seed-like pages (round 5 of the seed-like probe): a
batch opening a list (引进一批A、B等项目) makes its items the kinds of projects sought, not names; a
time word and an existential verb opening a list item (下半年仍有A等6个项目) are no part of its name.
Sentences written for these tests."""
from __future__ import annotations

from .project_rows import names


def test_the_items_of_a_batch_are_kinds_of_projects(rules):
    got = names("开发区将积极引进一批生物医药、冷链物流、电子信息、精密机械等项目，力争全年签约项目12个。", rules)
    assert not got & {"生物医药", "冷链物流", "电子信息", "精密机械"}
    # a batch's item with a project suffix is still a name
    got = names("今年谋划一批城北污水处理厂、东湖湿地公园等项目，计划年内开工建设。", rules)
    assert {"城北污水处理厂", "东湖湿地公园"} <= got


def test_a_time_word_and_existential_verb_open_no_name(rules):
    got = names("下半年仍有东岭通用厂房、西河冷库等5个项目可望开工。", rules)
    assert {"东岭通用厂房", "西河冷库"} <= got and not any(n.startswith(("下半年", "仍有")) for n in got)
    got = names("此外，还有南山物流园等3个项目正在办理前期手续。", rules)
    assert "南山物流园" in got and not any(n.startswith("还有") for n in got)


def test_a_groundbreaking_starts_a_project_and_one_running_is_completed(rules):
    from .project_rows import status

    got = status("在江口岛上，南岸新区港口片区综合体项目正式培土奠基，该项目总投资80亿元。", rules)
    assert got.get("南岸新区港口片区综合体项目") == "started"
    got = status("园区内，东海水产食品项目正常运营，西岭冷链物流项目已于去年正式运营。", rules)
    assert got.get("东海水产食品项目") == "completed" and got.get("西岭冷链物流项目") == "completed"
