"""Projects: classes found probing the projects table with unseen news and reports (round 15):
a line's section after its suffix with no verb between (沪昆高速江西省A至B段改扩建工程); a counted
heading opening its list with 包括 (集中开工项目18个，包括A、B等); 全面完成 before a name. Sentences
written for these tests."""
from __future__ import annotations

from .project_rows import names


def test_a_section_of_a_line_right_after_its_suffix_goes_on_with_the_name(rules):
    got = names("青兰高速甘肃省平凉至定西段改扩建工程，银百高速宁夏段等一批项目开工建设。", rules)
    assert "青兰高速甘肃省平凉至定西段改扩建工程" in got and "青兰高速" not in got
    got = names("今年，沈海高速公路福鼎至宁德段扩容工程(福建境)，京台高速泰安至枣庄段等重点项目加快建设。", rules)
    assert "沈海高速公路福鼎至宁德段扩容工程(福建境)" in got and "沈海高速公路" not in got
    got = names("近日，G15沈海高速温州至苍南段建成通车。", rules)
    assert "G15沈海高速温州至苍南段" in got


def test_quanmian_wancheng_before_a_name_is_no_part_of_it(rules):
    got = names("去年全面完成青龙湾水库除险加固工程，东干渠工程扎实推进。", rules)
    assert "青龙湾水库除险加固工程" in got and not any(n.startswith("全面") for n in got)
