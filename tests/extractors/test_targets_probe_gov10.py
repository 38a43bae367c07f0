"""Government reports round 10: plan-execution and budget reports read at the same session.

A result set against the expected goal (高于预期目标2个百分点) is no goal (kind_cues c.target.expect);
a budget report's figures for the year ahead (收入安排…亿元，比上年增长…%) are the plan
(s.target.budget_plan). Sentences written for these tests."""
from __future__ import annotations

from .report_pages import row, targets

PLAN_REPORT = "关于2025年国民经济和社会发展计划执行情况的报告\n一、2025年计划执行情况\n"
BUDGET_NEWS = "省财政厅提交预算草案\n发布时间：2026-01-20\n"


def test_result_above_expected_goal_stays_actual():
    rows = targets("全市地区生产总值达到8120亿元，增长6.4%、高于预期目标0.9个百分点。\n", PLAN_REPORT)
    assert row(rows, 6.4)["kind"] == "actual"
    assert row(rows, 0.9, "个百分点")["kind"] != "target"


def test_result_better_than_expected_goal_stays_actual():
    rows = targets("税收收入下降2.7%，好于预期目标1.5个百分点。\n", PLAN_REPORT)
    assert row(rows, 2.7)["kind"] == "actual"


def test_expected_goal_itself_is_still_a_target():
    rows = targets("2026年主要预期目标是：地区生产总值增长5.5%左右。\n", "二、2026年计划草案\n")
    assert row(rows, 5.5)["kind"] == "target"


def test_budget_arranged_for_the_year_is_a_plan():
    rows = targets("报告提出，2026年全省一般公共预算收入安排512亿元，比上年增长4.2%；"
                   "一般公共预算支出安排1036亿元，增长3.1%。\n", BUDGET_NEWS)
    for value, unit in ((512, "亿元"), (4.2, "%"), (1036, "亿元"), (3.1, "%")):
        assert row(rows, value, unit)["kind"] == "target"


def test_budget_done_last_year_stays_actual():
    rows = targets("2025年全省一般公共预算收入完成498亿元，比上年增长3.6%。\n", BUDGET_NEWS)
    assert row(rows, 498, "亿元")["kind"] == "actual"
    assert row(rows, 3.6)["kind"] == "actual"


def test_dated_xun_dateline_names_no_region():
    """某某日报长沙1月20日讯: where the story was filed (settings targets.dateline_re), not the
    province's figures' region; the report it cites names that."""
    body = ("□记者 王某 报道\n"
            "湘江日报长沙1月20日讯 今天提交省人大会议审查的《关于湖南省2025年预算执行情况和2026年预算草案的报告》"
            "显示，2025年，全省一般公共预算收入3610亿元，省级一般公共预算收入702亿元。\n"
            "报告提出，2026年一般公共预算支出安排9050亿元，增长2%。\n")
    rows = targets(body, "预算草案报告提请审查\n")
    for value, unit in ((3610, "亿元"), (702, "亿元"), (9050, "亿元"), (2, "%")):
        assert row(rows, value, unit)["region"] == "湖南省"


def test_multi_year_rate_takes_the_span_of_the_paragraph_before():
    """过去五年，…。 on its own line, the 年均 rates on the next: of those five years (targets_span_lead),
    not of the year the section heading names."""
    body = ("一、2025年及本届政府工作回顾\n"
            "过去五年，全省各项事业取得长足进步，人民生活持续改善。\n"
            "地区生产总值年均增长6.2%；城镇居民人均可支配收入达到5.1万元。\n")
    rows = targets(body)
    assert row(rows, 6.2)["period"] == "2021-2025"
    assert row(rows, 6.2)["kind"] == "actual"


def test_single_year_rate_keeps_the_heading_year():
    body = ("一、2025年工作回顾\n"
            "过去五年，全省各项事业取得长足进步，人民生活持续改善。\n"
            "地区生产总值增长5.6%，规上工业增加值增长7%。\n")
    rows = targets(body)
    assert row(rows, 5.6)["period"] == "2025"


def test_span_needs_a_paragraph_without_figures():
    body = ("一、2025年工作回顾\n"
            "过去五年，全省新增城镇就业320万人。\n"
            "地区生产总值年均增长6.2%。\n")
    rows = targets(body)
    assert row(rows, 6.2)["period"] != "2021-2025"


def test_full_year_figure_is_of_the_quantity_whose_course_opens_the_sentence():
    """地区生产总值一季度…，二季度…，全年增长…: targets_course (settings course_subject_re)."""
    rows = targets("规模以上工业增加值一季度大幅下滑，二季度企稳回升，全年增长4.4%，总量达到6200亿元。\n", PLAN_REPORT)
    assert row(rows, 4.4)["indicator"] == "规模以上工业增加值"
    assert row(rows, 4.4)["kind"] == "actual"
    assert "规模以上工业增加值" in row(rows, 6200, "亿元")["indicator"]



def _year(rules, title: str, text: str) -> str:
    from extract.extractors.context import page_context
    from extract.record import PageRecord
    return page_context(PageRecord(source_path="x.txt", title=title, text=text), rules).year


def test_preliminary_full_year_figures_date_the_page_the_year_after(rules):
    """初步统计，2024年…: preliminary full-year figures are given the year after (settings
    targets.own_year_reviewed_re); a quarter's are not."""
    text = "市长在报告中表示，初步统计，2024年全市地区生产总值增长5.3%。"
    assert _year(rules, "市长作政府工作报告", text) == "2025"
    assert _year(rules, "经济运行", "初步核算，2024年前三季度全市地区生产总值增长5.1%。") == "2024"


def test_a_digest_heading_of_a_years_achievements_dates_the_page_after(rules):
    text = "省长作政府工作报告。\n2024年成就：\n地区生产总值增长5.4%\n2025年目标：\n地区生产总值增长5%左右\n"
    assert _year(rules, "图解政府工作报告", text) == "2025"


DIGEST_TITLE = "图解：2026年省政府工作报告\n"


def test_a_digests_achievements_heading_dates_its_results():
    """2025年成就： / “十四五”成就： over figure lines (kind_cues p.actual.achieved); “十五五”目标：
    over the plan's goals (p.target.plan_goals)."""
    body = ("2025年成就：\n地区生产总值增长5.3%\n固定资产投资增长3.2%\n"
            "“十四五”成就：\n生产总值年均增长5.6%\n"
            "“十五五”目标：\n人均生产总值达到12万元左右\n")
    rows = targets(body, DIGEST_TITLE)
    assert (row(rows, 5.3)["kind"], row(rows, 5.3)["period"]) == ("actual", "2025")
    assert (row(rows, 3.2)["kind"], row(rows, 3.2)["period"]) == ("actual", "2025")
    assert (row(rows, 5.6)["kind"], row(rows, 5.6)["period"]) == ("actual", "2021-2025")
    assert (row(rows, 12, "万元")["kind"], row(rows, 12, "万元")["period"]) == ("target", "2026-2030")


def test_preliminary_figures_with_no_year_are_of_the_year_before():
    """初步预计，… with no year of its own (targets_periods y.prelim): the year before the page's,
    a result; a year written after it wins."""
    body = ("一年来，我们团结奋进，较好完成了全年目标任务。\n"
            "初步预计，全市地区生产总值比上年增长5.4%左右，一般公共预算收入增长2.1%。\n"
            "初步统计，2026年1-2月全市规上工业增加值增长6.8%。\n")
    rows = targets(body, "市长作政府工作报告\n发布时间：2026-03-10\n")
    assert (row(rows, 5.4)["kind"], row(rows, 5.4)["period"]) == ("actual", "2025")
    assert (row(rows, 2.1)["kind"], row(rows, 2.1)["period"]) == ("actual", "2025")
    assert row(rows, 6.8)["period"].startswith("2026")


def test_a_years_results_a_report_states_date_the_page_after(rules):
    text = "省长在政府工作报告中表示，2025年，全省地区生产总值达到6.1万亿元，增长5.2%。今年全省地区生产总值增长5%左右。"
    assert _year(rules, "省人代会开幕", text) == "2026"
    # the year's goals the report names are that year's own
    assert _year(rules, "省人代会开幕", "报告指出，2026年发展主要预期目标是：地区生产总值增长5%左右。") == "2026"
