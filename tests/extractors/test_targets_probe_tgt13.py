"""Targets on phrasings met while probing livelihood-project and work reports (round 6).

Each page is a title line and sentences written for these tests in the style of
their class; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

LIVELIHOOD = "某县2025年民生实事项目进展情况\n"


# -- a counted facility's name runs through the words jieba tags as verbs or times --------

def test_a_counted_facility_name_runs_on_to_its_head_noun():
    rows = targets("今年计划建成2个老年食堂、15个社区老年助餐点，新建8个乡镇应急指挥服务站，"
                   "完成4个县级物流配送中心和6个全民健身路径工程建设。\n", LIVELIHOOD)
    assert row(rows, 2, "个")["indicator"] == "老年食堂"
    assert row(rows, 15, "个")["indicator"] == "社区老年助餐点"
    assert row(rows, 8, "个")["indicator"].endswith("服务站")
    assert row(rows, 4, "个")["indicator"].endswith("配送中心")
    assert row(rows, 6, "个")["indicator"] == "全民健身路径工程"


def test_a_predicate_after_the_counted_noun_ends_its_name():
    rows = targets("全县12家乡镇卫生院共享县级医院检验服务，3.2万名学生享受免费营养午餐，"
                   "9座小型水库划定工程管理范围。\n", LIVELIHOOD)
    assert row(rows, 12, "家")["indicator"].endswith("卫生院")
    assert "共享" not in row(rows, 12, "家")["indicator"]
    assert row(rows, 3.2, "万名")["indicator"] == "学生"
    assert row(rows, 9, "座")["indicator"].endswith("水库")


# -- what a count counts ends before the predicate's adverb and the next figure's measure ---

def test_a_counted_name_leaves_the_whole_set_adverb_and_the_next_measure():
    rows = targets("去年，县政府承诺的12件民生实事全部办结，46个计划新开工项目全部开工，"
                   "推动8个先进制造业项目投资突破60亿元。\n", "某县政府工作报告\n")
    assert row(rows, 12, "件")["indicator"].endswith("民生实事")
    assert row(rows, 46, "个")["indicator"] == "计划新开工项目"
    assert row(rows, 8, "个")["indicator"].endswith("制造业项目")
    assert row(rows, 60, "亿元")["indicator"].endswith("投资")


# -- a budget's own amount inside the share of it done is that quantity's plan -------------

def test_the_budget_amount_in_a_share_of_it_is_the_quantitys_plan():
    rows = targets("1-6月，全县一般公共预算收入累计完成31250万元，完成年初预算数68400万元的45.7%，"
                   "比上年减收860万元，下降2.7%；政府性基金收入5120万元，占年初预算12800万元的40%，"
                   "同比增长6.1%。\n", "2025年1-6月全县财政收支情况\n")
    plan = row(rows, 68400, "万元")
    assert plan["indicator"] == "全县一般公共预算收入年初预算"
    assert plan["kind"] == "target" and plan["change"] == "level"
    assert row(rows, 45.7)["indicator"].startswith("全县一般公共预算收入")
    assert row(rows, 45.7)["kind"] == "actual" and row(rows, 40)["kind"] == "actual"
    assert row(rows, 2.7)["indicator"] == "全县一般公共预算收入"
    assert row(rows, 860, "万元")["indicator"] == "全县一般公共预算收入"
    assert row(rows, 12800, "万元")["indicator"] == "政府性基金收入年初预算"
    assert row(rows, 12800, "万元")["kind"] == "target"
    assert row(rows, 6.1)["indicator"] == "政府性基金收入"


# -- a goal's starting level that names no time is the year before the page's ------------

def test_a_goals_starting_level_is_the_year_before_the_pages():
    rows = targets("二、2026年主要预期目标\n今年，全县农村居民人均可支配收入由2.1万元增加到2.25万元，"
                   "城镇污水处理率从去年的92%提高到95%，规上工业企业从目前的86家增加到95家。\n",
                   "2026年县政府工作报告\n")
    start, goal = row(rows, 2.1, "万元"), row(rows, 2.25, "万元")
    assert (start["kind"], start["period"]) == ("actual", "2025")
    assert (goal["kind"], goal["period"]) == ("target", "2026")
    assert row(rows, 92)["period"] == "2025"
    assert row(rows, 86, "家")["period"] == "2026"      # 目前: today's level, the page's year
