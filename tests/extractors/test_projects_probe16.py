"""Projects: classes found probing the projects table with unseen news and reports (round 16): a
status verb of a part of the works (主体工程完成过半, 导流洞贯通, 完成可研报告初稿) is progress on the
project, not its completion. Sentences written for these tests."""
from __future__ import annotations

from .project_rows import status


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

