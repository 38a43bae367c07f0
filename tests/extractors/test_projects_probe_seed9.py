"""Projects: classes met while probing seed-like pages (round 9): project-start ceremonies and signings.
An owner's Nth production line is a name (某某第三条生产线), the batch words of a ceremony open no name
(本次集中开工…), and 暨 joins an event to the project it names (开工活动暨某某项目) but keeps a bridge and its
approach roads one name. Sentences written for these tests."""
from __future__ import annotations

from .project_rows import names


def test_an_owners_nth_production_line_is_a_project(rules):
    assert "东湖建材第二条生产线项目" in names("今天上午，东湖建材第二条生产线项目开工建设。", rules)
    # an ordinal that opens the name, or counts a road, still names nothing
    got = names("第二条生产线项目开工建设。这是全省第三条城际铁路，全长80公里。", rules)
    assert not any(n.startswith("第") or "第三条" in n for n in got)


def test_the_batch_words_of_a_ceremony_open_no_name(rules):
    got = names("本次集中开工西湖康养小镇、北山标准化厂房、南湖商务酒店等8个项目，总投资20亿元。", rules)
    assert {"西湖康养小镇", "北山标准化厂房", "南湖商务酒店"} <= got
    assert not any("集中开工" in n or n.startswith("本次") for n in got)


def test_ji_joins_an_event_to_its_project_and_keeps_a_bridge_with_its_approach_roads(rules):
    got = names("东湖县举行重大项目集中开工活动暨城西片区土地综合整治项目开工仪式。", rules)
    assert "城西片区土地综合整治项目" in got and not any("活动" in n for n in got)
    assert "清水河大桥暨连接线工程" in names("清水河大桥暨连接线工程开工建设。", rules)


def test_a_visit_written_qianwang_or_zoujin_opens_the_list_of_sites(rules):
    for verb in ("一行先后前往", "走进"):
        got = names(f"县委书记林小路{verb}城北冷链物流园、东湖智能装备制造基地等项目现场，了解建设进展。", rules)
        assert {"城北冷链物流园", "东湖智能装备制造基地"} <= got, got
        assert not any("林小路" in n for n in got)
