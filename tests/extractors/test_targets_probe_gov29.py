"""Targets on report phrasings met while probing unseen city, county and summary reports (round 5).

Each page is a title line (the report's year, 2026, and its government) and
sentences written for these tests in the style of a report or a news piece on one;
every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets


# -- N个方面: the count of a report's parts is no figure ----------------------------------

def test_the_count_of_aspects_a_report_names_is_no_figure():
    rows = targets("今年要重点做好九个方面工作：一是扩大有效需求，全市固定资产投资增长6%。\n"
                   "报告从5个方面回顾了过去一年的工作，围绕以下3个方面提出了主要目标。")
    assert [(r["value"], r["unit"]) for r in rows] == [(6.0, "%")]


# -- a reporting clause before the year that opens a paragraph ----------------------------

def test_a_year_opening_a_paragraph_after_a_reporting_clause_dates_its_figures():
    rows = targets("代县长在报告中说，2025年全县经济社会发展取得显著成效。全县地区生产总值达到312.6亿元、"
                   "增长6.1%；社会消费品零售总额增长5.3%。", title="河东县政府工作报告\n")
    assert [(r["value"], r["kind"], r["period"]) for r in rows] == [
        (312.6, "actual", "2025"), (6.1, "actual", "2025"), (5.3, "actual", "2025")]


def test_a_reporting_clause_with_a_figure_before_the_year_dates_nothing():
    # the paragraph's first sentence must hold no figure: 报告指出 then a figure is no opening year
    rows = targets("报告指出，全县新增就业5000人，2025年经济运行平稳。全县地区生产总值增长6.1%。",
                   title="河东县政府工作报告\n")
    assert row(rows, 6.1)["period"] in (None, "")


# -- a goal word before a list of figures in one sentence governs the whole list ----------

def test_a_goal_word_opening_a_list_makes_every_figure_of_the_sentence_a_goal():
    rows = targets("经济高质量发展，确保全县生产总值增长7%，财政收入增长6%，"
                   "城乡居民人均可支配收入分别增长8%和9%。", title="河东县2026年工作报告\n")
    assert [(r["value"], r["kind"], r["period"]) for r in rows] == [
        (7.0, "target", "2026"), (6.0, "target", "2026"), (8.0, "target", "2026"), (9.0, "target", "2026")]


def test_figures_before_the_goal_word_and_a_review_section_stay_results():
    rows = targets("去年全县生产总值增长5.2%，今年力争增长6%。", title="河东县2026年工作报告\n")
    assert (row(rows, 5.2)["kind"], row(rows, 6)["kind"]) == ("actual", "target")
    rows = targets("一、2025年工作回顾\n全县上下确保经济平稳运行，生产总值增长5.2%，财政收入增长4.1%。",
                   title="河东县2026年工作报告\n")
    assert [(r["value"], r["kind"]) for r in rows] == [(5.2, "actual"), (4.1, "actual")]


def test_a_goal_word_done_in_the_past_governs_nothing():
    rows = targets("全县确保了粮食安全，粮食产量达到12万吨，生产总值增长5.2%。", title="河东县政府工作报告\n")
    assert all(r["kind"] == "actual" for r in rows)


# -- 跨过, 迈过: a threshold passed, as 突破 -------------------------------------------

def test_a_total_that_passed_a_threshold_is_the_total_of_the_figure_before():
    rows = targets("一、2025年工作回顾\n全年地区生产总值增长6%，总量跨过3000亿元；"
                   "一般公共预算收入增长5%，总量迈过200亿元。")
    assert (row(rows, 3000, "亿元")["indicator"], row(rows, 3000, "亿元")["qualifier"]) == ("地区生产总值总量", "跨过")
    assert (row(rows, 200, "亿元")["indicator"], row(rows, 200, "亿元")["qualifier"]) == ("一般公共预算收入总量", "迈过")


# -- a summary's headings in traditional script: 「十五五」, 過去5年 --------------------------

def test_corner_quoted_plan_and_past_five_years_in_digits_date_their_sections():
    rows = targets("報告要點如下：\n一、2025年工作回顧\n國內生產總值增長5%\n城鎮新增就業1267萬人\n過去5年\n"
                   "國內生產總值年均增長5.4%\n二、「十五五」時期主要目標和重大任務\n全社會研發經費投入年均增長7%以上\n"
                   "三、2026年經濟社會發展總體要求和政策取向\n經濟增長4.5%-5%\n")
    assert (row(rows, 5)["kind"], row(rows, 5)["period"]) == ("actual", "2025")
    assert (row(rows, 5.4)["kind"], row(rows, 5.4)["period"]) == ("actual", "2021-2025")
    assert (row(rows, 7)["kind"], row(rows, 7)["period"]) == ("target", "2026-2030")
    assert (row(rows, 4.5)["kind"], row(rows, 4.5)["period"]) == ("target", "2026")


def test_these_five_years_in_a_review_are_the_five_years_before_the_report():
    rows = targets("主任说，2025年主要目标的完成，标志着“十四五”圆满收官。这五年是全省发展变化最大的五年，"
                   "地区生产总值年均增长6.3%，一般公共预算收入突破300亿元。")
    assert [(r["value"], r["kind"], r["period"]) for r in rows] == [(6.3, "actual", "2021-2025"), (300.0, "actual", "2021-2025")]


# -- a digest's year headers: 2025年—— over the results, 2026年—— over the plan ----------------

def test_a_year_with_a_dash_alone_on_its_line_dates_the_lines_under_it():
    # the deck under the year holds no full stop; the paragraph under it does
    rows = targets("记者从市人代会获悉，代市长作政府工作报告。\n2025年——\n全市生产总值增长5.4%，一般公共预算收入增长3.2%\n"
                   "报告说，全市经济稳中有进，市人大会议确定的目标任务全面完成。\n"
                   "2026年——\n今年全市经济社会发展的主要预期目标是：生产总值增长5.5%左右。", title="2026年河东市人代会开幕\n")
    assert [(r["value"], r["kind"], r["period"]) for r in rows] == [
        (5.4, "actual", "2025"), (3.2, "actual", "2025"), (5.5, "target", "2026")]
