"""Targets on phrasings met while probing statistical bulletins, budget execution reports,
plan outlines and Hong Kong, Macau and Taiwan economy news (round 14): Taiwan's 成长 and
上修/下修, Hong Kong and Macau's 按年 and 录得, money in 澳门元,
poultry counted in 百羽, a programme's quoted name with 计划
in it, a plan's goal proposed for a year, and a headline saying the goals are nearly met.

Each page is a title line and sentences written for these tests in the style of
their class; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

TW = "經濟部公布最新經濟數據\n"
MO = "統計局公布本地生產總值\n"
BULLETIN = "2023年国民经济和社会发展统计公报\n"


def test_taiwan_growth_and_revisions_are_growth():
    rows = targets("主計總處表示,去年經濟成長率上修為3.1%,第4季實質GDP成長4.8%,上修0.2個百分點。\n", TW)
    assert row(rows, 3.1, "%")["change"] == "growth"
    assert row(rows, 4.8, "%")["change"] == "growth"
    assert row(rows, 0.2, "个百分点")["change"] == "growth"


def test_year_on_year_of_hong_kong_and_macau():
    rows = targets("2023年本地生產總值錄得實質增長5.2%,私人消費開支按年上升3.6%。\n", MO)
    gdp = row(rows, 5.2, "%")
    assert gdp["indicator"].endswith("生产总值") and gdp["kind"] == "actual"
    cons = row(rows, 3.6, "%")
    assert cons["indicator"] == "私人消费开支" and cons["kind"] == "actual"


def test_poultry_in_hundreds():
    rows = targets("年末家禽存栏23145百羽,比上年下降3.2%;全年家禽出栏84210百羽。\n", BULLETIN)
    assert row(rows, 23145, "百羽")["indicator"].endswith("家禽存栏")
    assert row(rows, 3.2, "%")["indicator"].endswith("家禽存栏")
    assert row(rows, 84210, "百羽")["indicator"].endswith("家禽出栏")


def test_a_quoted_programme_with_plan_in_its_name_sets_no_target():
    rows = targets("全年政府最終消費支出因“電子消費優惠計劃”結束而按年下跌4.3%。\n", MO)
    assert row(rows, 4.3, "%")["kind"] == "actual"


def test_a_goal_proposed_for_a_year_is_a_target():
    rows = targets("《纲要》提出到2025年全市地区生产总值将达到8000亿元。\n",
                   "全市“十四五”规划纲要发布\n")
    assert row(rows, 8000, "亿元")["kind"] == "target"


def test_goals_nearly_met_head_results():
    rows = targets("全省农村贫困人口从2015年底的320万人减少到2019年底的12万人,贫困村从2100个减少到35个。\n",
                   "全省脱贫攻坚目标任务已接近完成\n")
    assert row(rows, 12, "万人")["kind"] == "actual"
    assert row(rows, 35, "个")["kind"] == "actual"


def test_growth_of_firms_named_in_words_is_no_change():
    rows = targets("园区为成长型企业设计了6种办公单元,推进企业快速成长等3个方面12条措施。\n", BULLETIN)
    assert row(rows, 6, "种")["change"] == "level"
    assert row(rows, 12, "条")["change"] != "growth"


def test_per_quarter_is_trimmed_only_after_a_name():
    # 按年/按季 after a name is Hong Kong's year-on-year or quarter-on-quarter; alone in
    # brackets (按季30万元) it is all the words the figure has, and is kept
    rows = targets("对月销售额不超过10万元(按季30万元)的小规模纳税人免征增值税。\n", BULLETIN)
    assert row(rows, 30, "万元")["indicator"]


def test_patacas():
    rows = targets("2023年人均本地生產總值為52.3萬澳門元。\n", MO)
    fig = row(rows, 52.3, "万澳门元")
    assert fig["value_base"] == 523000 and fig["base_unit"] == "澳门元"


def test_an_ordinal_said_once_heads_each_item():
    rows = targets("分产业看,第一、二、三产业投资分别增长12.4%、6.8%、3.1%。\n", BULLETIN)
    assert row(rows, 12.4, "%")["indicator"] == "第一产业投资"
    assert row(rows, 6.8, "%")["indicator"] == "第二产业投资"
    assert row(rows, 3.1, "%")["indicator"] == "第三产业投资"


def test_a_list_over_a_span_of_years_dates_each_figure():
    rows = targets("2019至2022年,全县农村居民人均可支配收入分别为1.52万元、1.63万元、1.75万元、1.86万元。\n", BULLETIN)
    assert [row(rows, v, "万元")["period"] for v in (1.52, 1.63, 1.75, 1.86)] == ["2019", "2020", "2021", "2022"]
    # two quantities over the span: the span is the period of both
    rows = targets("2019-2023年,地区生产总值、固定资产投资分别年均增长6.1%、8.2%。\n", BULLETIN)
    assert row(rows, 6.1)["period"] == row(rows, 8.2)["period"] == "2019-2023"


def test_a_gap_to_a_rate_is_a_level():
    rows = targets("前三季度全市工业增加值同比增长6.3%,高于GDP增速1.2个百分点。\n", BULLETIN)
    gap = row(rows, 1.2, "个百分点")
    assert gap["change"] == "level" and gap["indicator"].endswith("高于GDP增速")
    rows = targets("全市第二产业同比增长5.1%,高于全市经济增长0.6个百分点。\n", BULLETIN)
    assert row(rows, 0.6, "个百分点")["change"] == "level"


def test_gaps_to_a_list_of_areas_each_name_their_area():
    rows = targets("全市地区生产总值同比增长5.6%,增速分别高于全国、全省0.8个、0.3个百分点。\n", BULLETIN)
    assert row(rows, 0.8, "个百分点")["indicator"].endswith("高于全国")
    assert row(rows, 0.3, "个百分点")["indicator"].endswith("高于全省")
    assert row(rows, 0.3, "个百分点")["change"] == "level"
