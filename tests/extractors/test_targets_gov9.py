"""Government work reports, round 9 (prefecture, county and autonomous-prefecture reports):
a goal opening a sentence outlasts a 同比 of another clause, goals a report sets are named
after a comma (划定…预期目标，), and a year called extraordinary looking back is the year
before the page's. Sentences written for these tests in the style of their class."""
from __future__ import annotations

from extract.extractors.context import page_context
from extract.record import PageRecord

from .report_pages import row, targets

PIECE = "某县召开人代会\n"     # a headline naming no year and no report


def test_a_goal_opening_the_sentence_outlasts_another_clauses_yoy():
    rows = targets("2024年，全区主要预期目标要与全市同步。\n"
                   "力争工业投资增长18%以上、外贸出口同比增长9%以上，税收收入达到31亿元、增长7%以上，"
                   "新增经营主体实现增长20%以上。\n")
    for value, unit in ((31, "亿元"), (7, "%"), (20, "%")):
        r = row(rows, value, unit)
        assert r["kind"] == "target", r
        assert r["rule"].endswith("l.target.strive"), r
    assert row(rows, 9)["kind"] == "target"


def test_a_yoy_stays_a_result_without_an_opening_goal():
    rows = targets("一、2025年工作回顾\n"
                   "全年外贸出口同比增长9.4%，税收收入达到31.2亿元、增长7.1%。\n")
    assert row(rows, 31.2, "亿元")["kind"] == "actual"
    assert row(rows, 7.1)["kind"] == "actual"


def test_goals_a_report_sets_are_read_after_a_comma():
    rows = targets("某县划定发展预期目标，全县生产总值增长6%；一般公共预算收入增长4%；"
                   "城镇登记失业率控制在3.5%以内。\n")
    for value in (6, 4, 3.5):
        assert row(rows, value)["kind"] == "target"
        assert row(rows, value)["rule"].endswith("p.target.set")


def test_goals_set_earlier_or_reached_open_no_passage():
    rows = targets("一、2025年工作回顾\n"
                   "全面完成了年初县人代会提出预期目标，全县生产总值增长6.2%；一般公共预算收入增长4.4%。\n")
    assert row(rows, 6.2)["kind"] == "actual"
    assert row(rows, 4.4)["kind"] == "actual"


def _year(rules, text: str) -> str:
    return page_context(PageRecord(source_path="x.txt", title="", text=text), rules).year


def test_a_year_called_extraordinary_looking_back_is_the_year_before_the_pages(rules):
    text = ("本报讯 3月2日，某州第九届人民代表大会第三次会议开幕。\n"
            "报告指出，2021年，是全州上下经受住多重考验、极其艰难的一年。全州实现地区生产总值88.1亿元。\n")
    assert _year(rules, text) == "2022"
    # a year the page looks ahead to stays its own
    ahead = "报告指出，2021年是全面建设社会主义现代化国家开局起步的关键一年。全州力争地区生产总值增长7%。\n"
    assert _year(rules, ahead) == "2021"


# -- a joined pair's two figures with no 分别 (targets_pairs) ---------------------------

def test_a_joined_pairs_two_figures_without_each_are_one_a_head():
    rows = targets("城乡居民人均可支配收入达到41250元和23780元，增长4.6%和6.9%。\n")
    assert row(rows, 41250, "元")["indicator"] == "城镇居民人均可支配收入"
    assert row(rows, 23780, "元")["indicator"] == "农村居民人均可支配收入"
    assert row(rows, 4.6)["indicator"] == "城镇居民人均可支配收入"
    assert row(rows, 6.9)["indicator"] == "农村居民人均可支配收入"


def test_a_joined_pair_from_one_pair_of_figures_to_another():
    rows = targets("城乡居民人均可支配收入从30110元和15020元提高到41250元和23780元。\n")
    assert row(rows, 15020, "元")["indicator"] == "农村居民人均可支配收入"
    assert row(rows, 41250, "元")["indicator"] == "城镇居民人均可支配收入"
    assert row(rows, 23780, "元")["indicator"] == "农村居民人均可支配收入"


def test_a_listed_subject_keeps_its_pair_head():
    rows = targets("城乡居民医保和养老保险参保率达到96%和97%。\n")
    assert row(rows, 96)["indicator"].startswith("城乡居民医保")


# -- a year an estimate is of, with the year after it named too -----------------------

def test_an_estimated_year_with_the_next_named_is_the_year_before_the_pages(rules):
    text = ("本报讯 1月8日，某市第十六届人民代表大会第三次会议开幕。报告显示，预计2023年全市地区生产总值增长5%左右，"
            "某市将2024年地区生产总值增长目标定在6%以上。\n")
    assert _year(rules, text) == "2024"
    rows = targets(text, "某市人代会开幕\n")
    assert row(rows, 5)["kind"] == "actual" and row(rows, 5)["period"] == "2023"


def test_an_estimated_year_alone_stays_the_pages(rules):
    text = "据测算，预计2023年全年全市地区生产总值增长5%左右，全年经济运行总体平稳。\n"
    assert _year(rules, text) == "2023"


# -- a paragraph opened by the report's look back, on a piece that outlines the report --------

PIECE_HEAD = "某县人代会开幕\n刊发日期:2024-01-22\n"


def test_a_paragraph_opened_by_the_look_back_is_of_the_year_reviewed():
    body = ("县长代表县人民政府作工作报告。报告共分三个部分：一、2023年工作回顾。二、2024年工作安排。\n"
            "县长在报告中指出，一年来，我们拼经济、保民生，全县经济稳中向好。全县地区生产总值预计完成212.4亿元、"
            "增长4.1%，社会消费品零售总额增长6.2%。\n")
    rows = targets(body, PIECE_HEAD)
    for value, unit in ((212.4, "亿元"), (4.1, "%"), (6.2, "%")):
        r = row(rows, value, unit)
        assert r["period"] == "2023" and r["kind"] == "actual", r


def test_without_the_outline_the_look_back_names_no_year():
    body = ("县长在报告中指出，一年来，我们拼经济、保民生，全县经济稳中向好。全县地区生产总值预计完成212.4亿元、"
            "增长4.1%。\n")
    r = row(targets(body, PIECE_HEAD), 4.1)
    assert r["period"] != "2023"


def test_a_piece_saying_the_report_looks_back_at_a_years_work_is_of_the_next(rules):
    text = ("2月9日上午，某区第九届人民代表大会第四次会议隆重开幕。区长代表区人民政府作政府工作报告。"
            "大会应到代表230名，实到221名，符合法定人数。会议由大会执行主席主持。\n"
            "区长在报告中首先回顾了2024年主要工作。他说，过去一年，我们担当有为、实干争先。"
            "全年实现地区生产总值512.3亿元、增长5.7%。\n")
    assert _year(rules, text) == "2025"
    rows = targets(text, "某区人代会开幕\n")
    assert row(rows, 512.3, "亿元")["period"] == "2024"
    assert row(rows, 5.7)["period"] == "2024"


def test_delegates_gathering_name_no_official():
    from extract import process_page
    text = "某区人代会开幕\n来自全区各条战线的区人大代表齐聚一堂，听取区长张明远所作的政府工作报告。\n"
    names = set(process_page(text.encode("utf-8"))["officials"]["name"])
    assert names == {"张明远"}
    text = "某市召开会议\n副市长齐聚明出席会议并讲话。\n"
    assert "齐聚明" in set(process_page(text.encode("utf-8"))["officials"]["name"])


# -- a passage of goals named for its place, on a piece over several cities' reports ------------

def test_a_goals_passage_gives_its_subjects_place():
    body = ("1月6日，在大连市人代会上，大连市市长作政府工作报告。大连市今年的主要预期目标是，地区生产总值增长6%左右，"
            "固定资产投资增长7%以上。\n"
            "1月8日，鞍山市市长作政府工作报告时表示，2023年全市经济社会发展主要预期目标是：地区生产总值增长5.5%以上；"
            "一般公共预算收入增长4%。\n")
    rows = targets(body, "2023年，两座城市这样干\n")
    def at(value):
        return [r["region"] for r in rows if r["value"] == value and r["unit"] == "%"]
    assert at(6) == ["大连市"] and at(7) == ["大连市"]
    assert at(5.5) == ["鞍山市"] and at(4) == ["鞍山市"]


def test_a_level_named_a_stage_is_a_figure_a_milestone_is_not():
    rows = targets("今年主要预期目标是：粮食产量达到180亿斤阶段性水平，地区生产总值跨越两个千亿台阶。\n")
    assert row(rows, 180, "亿斤")["indicator"] == "粮食产量"
    assert not [r for r in rows if str(r["unit"]).endswith("台")]


# -- a change after a surplus over the plan; a session's year in a column's headline ---------

def test_a_change_after_a_surplus_over_the_plan_is_the_quantitys():
    rows = targets("一、2025年工作回顾\n全年固定资产投资完成23亿元，超额完成年度任务1.4亿元，增长12.5%；"
                   "一般公共预算收入完成3.1亿元，超出年初计划0.2亿元，增长6%。\n")
    assert row(rows, 12.5)["indicator"] == "固定资产投资"
    assert row(rows, 6)["indicator"] == "一般公共预算收入"
    assert row(rows, 1.4, "亿元")["indicator"].startswith("超额完成")


def test_a_headline_naming_a_years_session_after_a_columns_word_dates_the_page(rules):
    from extract.extractors.context import page_context
    from extract.record import PageRecord
    rec = PageRecord(source_path="x.txt", title="聚焦2025广西两会 | 这五年，广西经济稳步发展",
                     text="这五年，地区生产总值从2.2万亿元增长到2.8万亿元。\n")
    assert page_context(rec, rules).year == "2025"
