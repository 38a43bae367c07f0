"""Projects: classes met while probing seed-like pages (seed round 6): a project named for what it is to
its owner (是…的标杆项目, 创造了某集团海外项目建设新纪录) and a year's batch named by its kind
(某县2024年招商引资项目签约现场) are no projects. Sentences written for these tests."""
from __future__ import annotations

from .project_rows import names


def test_an_exemplar_or_overseas_kind_is_no_project(rules):
    assert names("该中学是城市开发建设的标杆项目，总投资3亿元。", rules) == set()
    assert names("从开工到投产仅用时20个月，创造了中国华能海外项目建设新纪录。", rules) == set()


def test_a_years_batch_named_by_its_kind_is_no_project(rules):
    assert names("图为：东平县2024年招商引资项目签约现场", rules) == set()
    # a project of its own still stands
    assert names("东平县城北污水处理厂项目开工建设，总投资2亿元。", rules) == {"东平县城北污水处理厂项目"}


def test_a_verb_on_projects_in_general_is_no_project(rules):
    # once a repaired mojibake run gives back 建设, 全力支持项目建设 reads as a name unless the verb is seen
    assert names("要优化营商环境，全力支持项目建设，确保项目早开工、早投产。", rules) == set()


def test_a_size_or_a_travel_time_named_with_a_kind_is_no_project(rules):
    # 县域投资“百亿高速”: what the road is worth; 10分钟内直通高速: how near it is
    assert names("东平县首条县域投资“百亿高速”通车", rules) == set()
    assert names("开通后，全县所有乡镇均可在10分钟内直通高速。", rules) == set()
    assert names("该县全力打造千亿产业，苏台高速公路二期建成通车。", rules) == {"苏台高速公路二期"}
