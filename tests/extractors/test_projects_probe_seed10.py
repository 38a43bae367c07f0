"""Projects: classes met while probing seed-like pages (round 10): investment trips and environmental
inspections. Projects agreed on in talks come before their agreement (A项目、B项目等与某新区达成合作意向),
and an inspection's 实地督察 / 督察了 opens the list of the sites it visits. Sentences written for these tests."""
from __future__ import annotations

from .project_rows import names


def test_projects_agreed_on_in_talks_are_named_before_the_agreement(rules):
    got = names("经过洽谈，东湖智能温室项目、北山冷链物流中心项目等与西湖新区初步达成合作意向。", rules)
    assert {"东湖智能温室项目", "北山冷链物流中心项目"} <= got, got
    got = names("南湖康养小镇项目等与省建投集团达成投资意向，近期将签约。", rules)
    assert "南湖康养小镇项目" in got
    # companies agreeing to cooperate are no projects: only suffixed items are kept
    got = names("东湖科技、北山电子等与县政府达成合作意向。", rules)
    assert not got & {"东湖科技", "北山电子"}


def test_an_inspections_dudcha_opens_the_list_of_sites(rules):
    for verb in ("一行实地督察了", "一行先后督察了"):
        got = names(f"县长林小路{verb}城东污水处理厂、西山垃圾焚烧发电项目等地。", rules)
        assert {"城东污水处理厂", "西山垃圾焚烧发电项目"} <= got, got
        assert not any("林小路" in n or "督察" in n for n in got)
    # an inspection as a noun, with a rectification's works as its object, names no project
    got = names("会议通报了环保督察反馈问题整改情况，各整改项目进展顺利。", rules)
    assert not any("督察" in n for n in got)
