"""Projects: classes found probing the projects table with unseen news and reports (round 16): a
status verb of a part of the works (主体工程完成过半, 导流洞贯通, 完成可研报告初稿) is progress on the
project, not its completion; a description set off before a dash (世界最长的跨海隧道——X隧道) is no
project, the name after the dash is. Sentences written for these tests."""
from __future__ import annotations

from .project_rows import names, status


def test_a_part_of_the_works_done_is_progress_not_completion(rules):
    got = status("目前，青山湖水库主体已基本完工，东环快速路工程完成部分关键工程节点。", rules)
    assert got.get("青山湖水库") == "under construction"
    assert got.get("东环快速路工程") == "under construction"
    got = status("12月20日，白龙江水利枢纽工程导流洞顺利贯通。", rules)
    assert got.get("白龙江水利枢纽工程") == "under construction"
    got = status("南湖大桥已完成桥梁下部结构施工，正在进行上部构造施工。", rules)
    assert got.get("南湖大桥") == "under construction"
    # papers of the preparatory stage done: the project is planned
    got = status("西岭抽水蓄能电站项目完成可研报告初稿。", rules)
    assert got.get("西岭抽水蓄能电站项目") == "planned"
    # the project's own completion stays completed (a stadium is no main structure)
    got = status("新区主体育场建成投用，滨江大道改造工程全面完工。", rules)
    assert got.get("滨江大道改造工程") == "completed"
    assert got.get("新区主体育场", "completed") == "completed"


def test_a_description_before_a_dash_gives_way_to_the_name_after_it(rules):
    got = names("今年开工的国内最长的公路水下隧道——浙江省东海过江通道，计划2028年建成。", rules)
    assert "浙江省东海过江通道" in got and not any(n.endswith("水下隧道") for n in got)
    got = names("世界在建最长的铁路隧道——西山特长隧道建设再传捷报，已累计掘进5公里。", rules)
    assert "西山特长隧道" in got and not any("最长" in n for n in got)
    # a dash with no name after it keeps the name before it
    got = names("城南污水处理厂扩建工程——年内建成投用。", rules)
    assert "城南污水处理厂扩建工程" in got
