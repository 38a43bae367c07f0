"""Projects: classes found probing the projects table with unseen news, notices and reports (round 13):
lists counted with a measure word other than 个 (等4座抽水蓄能电站, 等8项特高压工程), a status verb or an
ordinal before a name (投产A, 投运首个B), and the visit verbs 察看/查看/考察 before the sites. Sentences
written for these tests."""
from __future__ import annotations

from .project_rows import names, status


def test_a_list_counted_with_a_measure_word_other_than_ge(rules):
    text = "今年开工江西奉新、湖南平江等4座抽水蓄能电站。"
    assert {"江西奉新", "湖南平江"} <= names(text, rules)
    assert status(text, rules)["江西奉新"] == "started"
    got = names("建成张北—胜利、哈密—重庆特高压直流等8项特高压工程。", rules)
    assert {"张北—胜利", "哈密—重庆特高压直流"} <= got
    got = names("莲花寺、龙口冲、石门坳等9座小型病险水库除险加固工程已完工。", rules)
    assert {"莲花寺", "龙口冲", "石门坳"} <= got
    got = names("城南路东延、滨江路北延等6条路建设工程全面开工。", rules)
    assert {"城南路东延", "滨江路北延"} <= got


def test_a_counted_list_of_bare_works_or_of_programmes_is_no_list_of_projects(rules):
    assert not names("实施产业基础再造、企业梯度培育等5项工程。", rules)
    assert not names("推进东城、西城等3条街道综合整治。", rules) & {"东城", "西城"}
