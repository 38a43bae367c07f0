"""Projects: classes found probing the projects table with unseen news (round proj14: provincial and
city key-project progress reports, signings, concentrated starts, expressway and hospital progress,
Taiwan and Hefei works in traditional script, government notices of campaigns). Sentences written for
these tests."""
from __future__ import annotations

from .project_rows import names, run, status


def test_a_rate_of_a_plan_is_no_completion(rules):
    # 完成率 (a share of the year's planned investment spent) is a rate, not the works done
    got = status("十大产业项目中，青山特种玻璃、白沙冷轧钢板等3个项目加快建设，年度计划投资完成率超100%。", rules)
    assert got.get("青山特种玻璃") == "under construction", got
    got = status("城东污水处理厂、南湖大桥等项目投资完成率达95%。", rules)
    assert got.get("城东污水处理厂") != "completed", got


def test_a_completion_or_a_start_aimed_at_is_not_yet_so(rules):
    # 力争竣工, 预计…完工: the works are being built, not done
    got = status("今年内，城南体育中心项目、滨江大桥工程力争竣工。", rules)
    assert got.get("滨江大桥工程") == "under construction", got
    got = status("城北轻轨二期预计2027年底完工。", rules)
    assert got.get("城北轻轨二期") == "under construction", got
    # 计划开工建设, 力争年底开工: not begun, planned
    got = status("儿童医院改扩建项目、南区体育中心项目计划开工建设。", rules)
    assert got.get("儿童医院改扩建项目") == "planned", got
    # a batch so named is no aim: those did start (104个计划新开工项目顺利开工)
    got = status("东江泵站工程、白石新材料产业园等56个计划新开工项目顺利开工。", rules)
    assert got.get("东江泵站工程") == "started", got


def test_a_named_list_opening_a_clause_heads_the_lists_after_it(rules):
    # 其中，十大产业项目进展较快，A、B3个项目…；C、D等4个项目…: the items are the list's, with no verb of their own
    rows = run("其中，十大产业项目进展较快，青山特种玻璃、白沙冷轧钢板、南岭储能电池3个项目年度计划投资完成率超100%；"
               "北湖炼化一体化、西江新能源车等4个项目年度计划投资完成率超90%。", rules)
    got = {r["name"]: r["list_name"] for r in rows}
    for name in ("青山特种玻璃", "白沙冷轧钢板", "南岭储能电池", "北湖炼化一体化", "西江新能源车"):
        assert got.get(name) == "十大产业项目", (name, got)
    # a list with no named list before it gets none
    rows = run("城东污水处理厂、南湖大桥等项目加快建设。", rules)
    assert all(r["list_name"] == "" for r in rows), rows


def test_a_month_before_a_name_is_the_time_of_its_verb(rules):
    got = names("沿江高速力争9月底城南至城北段建成通车。", rules)
    assert "城南至城北段" in got and not any(n.startswith("9月") for n in got), got


def test_a_road_standard_and_a_process_word_are_no_projects(rules):
    got = names("城西快速路改扩建工程完工，成为全市首条双向八车道高速公路。", rules)
    assert "城西快速路改扩建工程" in got and not any("车道" in n for n in got), got
    got = names("深入推进“放管服”改革项目化管理，加快建设城北产业园项目。", rules)
    assert "城北产业园项目" in got and not any("改革" in n for n in got), got


def test_a_building_verb_before_a_phase_and_a_suffix_is_part_of_the_name(rules):
    # 迁址新建, 扩建 between an institution and (a phase and) the suffix: the works the name is of
    got = names("今年内，城南中医院迁址新建一期工程、市妇幼保健院迁址新建项目、城北医院扩建二期项目力争竣工。", rules)
    for name in ("城南中医院迁址新建一期工程", "市妇幼保健院迁址新建项目", "城北医院扩建二期项目"):
        assert name in got, (name, got)
    # after a lead verb it is the clause's verb, no name of its own
    got = names("要加快新建二期工程，推进扩建项目建设。", rules)
    assert not got, got


def test_a_signing_worked_towards_is_planned(rules):
    # 推进签约: the projects under talks are not yet signed, so not being built
    got = status("总投资80亿元的青山新材料产业园、总投资60亿元的白沙智能装备基地等在谈项目推进签约。", rules)
    assert got.get("青山新材料产业园") == "planned", got
    got = status("城东物流园、南湖冷链基地等项目加快推进。", rules)
    assert got.get("城东物流园") == "under construction", got


def test_money_spent_is_progress_not_the_investment(rules):
    # 累计完成投资: the works are being built; the amount is what was spent, not the project's investment
    rows = run("城南快速路累计完成投资18.5亿元，占该项目总投资的92%。", rules)
    got = {r["name"]: r for r in rows}
    assert got["城南快速路"]["status"] == "under construction", rows
    assert got["城南快速路"]["investment"] is None, rows
    # the total stays the project's
    rows = run("滨江大桥总投资12亿元，已完成投资5亿元。", rules)
    assert {r["name"]: r["investment"] for r in rows}.get("滨江大桥") == 12.0, rows
