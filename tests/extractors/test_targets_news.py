"""Targets on news pages (not reports): statistics releases, policy notices, local news.

Each page is a headline and sentences written for these tests in the style of a
news page of its kind; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import qual, row, targets

CPI = "2024年5月份居民消费价格同比上涨0.3%\n"
NOTICE = "关于进一步支持小微企业发展的若干措施\n"


def indicators(rows: list[dict], value: float, unit: str = "%") -> list[str]:
    return sorted(r["indicator"] for r in rows if abs(r["value"] - value) < 1e-9 and r["unit"] == unit)


# -- the groups of a price index listed with one measure ----------------------------

def test_price_groups_listed_with_one_measure_each_take_it():
    rows = targets(CPI + "其中，其他用品及服务、教育文化娱乐价格分别上涨3.2%和1.5%，衣着、医疗保健价格均上涨1.4%，"
                         "生活用品及服务、居住、交通通信价格分别上涨0.9%、0.4%和0.1%。", title=CPI)
    assert row(rows, 3.2)["indicator"] == "其他用品及服务价格"
    assert row(rows, 1.5)["indicator"] == "教育文化娱乐价格"
    assert indicators(rows, 1.4) == ["医疗保健价格", "衣着价格"]
    assert row(rows, 0.9)["indicator"] == "生活用品及服务价格"
    assert row(rows, 0.4)["indicator"] == "居住价格"


def test_heads_that_are_no_price_groups_still_share_the_tail():
    rows = targets(CPI + "城镇、农村居民人均可支配收入分别增长5.1%、6.6%。", title=CPI)
    assert row(rows, 5.1)["indicator"] == "城镇居民人均可支配收入"
    assert row(rows, 6.6)["indicator"] == "农村居民人均可支配收入"


# -- thresholds: a measure bounding the things named after it is no figure ---------

def test_a_bound_on_the_things_named_after_it_is_no_figure():
    rows = targets(NOTICE + "今年全县新开工5000万元以上项目46个，完成投资120亿元以上。"
                            "对入托的3岁以下婴幼儿，每人每年补助600元。为2.3万名80岁以上老年人发放高龄津贴。"
                            "布局一批50万千瓦以上大型风光基地。", title=NOTICE)
    assert not [r for r in rows if r["unit"] in ("万元", "岁", "万千瓦")], rows
    assert row(rows, 46, "个")["indicator"] == "全县新开工5000万元以上项目"
    assert row(rows, 120, "亿元")["qualifier"] == "以上"
    assert row(rows, 600, "元")


def test_a_bound_written_before_the_figure_on_a_class_of_taxpayers_is_no_figure():
    rows = targets(NOTICE + "对年应纳税所得额低于100万元（含100万元）的小型微利企业免征企业所得税地方分享部分；"
                            "对月销售额不超过10万元的小规模纳税人免征增值税。", title=NOTICE)
    assert not [r for r in rows if r["unit"] == "万元"], rows


def test_a_bound_written_before_the_figure_on_a_quantity_is_a_figure():
    rows = targets(NOTICE + "去年全市实现超过1200亿元的销售额，新增超过300亿元的信贷投放。", title=NOTICE)
    assert row(rows, 1200, "亿元")["qualifier"] == "超过"
    assert row(rows, 300, "亿元")["qualifier"] == "超过"


def test_a_bound_on_a_quantity_or_on_money_is_a_figure():
    rows = targets(NOTICE + "每年统筹不少于5亿元的省级产业引导资金，行驶时应与前车保持50米以上的距离，"
                            "全市计划开工项目40个以上。", title=NOTICE)
    assert row(rows, 5, "亿元")["qualifier"] == "不少于"
    assert row(rows, 50, "米")["qualifier"] == "以上"
    assert row(rows, 40, "个")["qualifier"] == "以上"


# -- a gap to another quantity is no level of the quantity ------------------------

STATS = "前三季度全省经济运行稳中向好\n"


def test_a_gap_to_the_national_figure_names_the_quantity_and_the_gap():
    rows = targets(STATS + "前三季度，全省规模以上工业增加值增长7.2%，高于全国1.4个百分点；"
                           "民间投资增长3.1%，比全国高2.6个百分点。城镇居民人均可支配收入3.6万元，高于全省平均水平0.4万元。",
                   title=STATS)
    r = row(rows, 1.4, "个百分点")
    assert (r["indicator"], r["change"]) == ("全省规模以上工业增加值高于全国", "level")
    assert row(rows, 2.6, "个百分点")["indicator"] == "民间投资比全国高"
    assert row(rows, 0.4, "万元")["indicator"] == "城镇居民人均可支配收入高于全省平均水平"
    assert row(rows, 7.2)["indicator"] == "全省规模以上工业增加值"


def test_a_list_of_gaps_sharing_one_unit_gives_each_its_own():
    rows = targets(STATS + "全省固定资产投资、社会消费品零售总额分别增长4.3%和5.6%，分别高于全国0.9和1.2个百分点。",
                   title=STATS)
    assert row(rows, 0.9, "个百分点")["indicator"] == "全省固定资产投资高于全国"
    assert row(rows, 1.2, "个百分点")["indicator"] == "社会消费品零售总额高于全国"


def test_a_figure_owned_by_the_words_after_it_is_no_gap():
    rows = targets(STATS + "全市民间投资年均增速为18%，远高于政府投资9.5%的年均增速。", title=STATS)
    assert not row(rows, 9.5)["indicator"].startswith("全市民间投资")


def test_a_change_against_an_earlier_period_keeps_its_quantity():
    rows = targets(STATS + "前三季度，全省货物进口同比增长9%，增速较上半年加快1.7个百分点。"
                           "1—9月平均，全省居民消费价格比上年同期上涨0.4%。", title=STATS)
    r = row(rows, 1.7, "个百分点")
    assert (r["indicator"], r["change"]) == ("全省货物进口增速", "growth")
    assert row(rows, 0.4)["indicator"] == "全省居民消费价格"


# -- months and days are periods, not indicators ----------------------------------

TRADE = "前4个月我国外贸向好态势进一步巩固\n"


def test_months_and_days_are_no_part_of_an_indicator():
    rows = targets(TRADE + "4月份，我国进出口3.52万亿元，同比增长7.6%。1-10月，全县固定资产投资完成188.6亿元。"
                           "前4个月，全省发电量增长6.2%。截至6月30日，全市市场主体达到52.3万户。", title=TRADE)
    assert row(rows, 3.52, "万亿元")["indicator"] == "进出口"
    assert row(rows, 188.6, "亿元")["indicator"] == "全县固定资产投资"
    assert row(rows, 6.2)["indicator"] == "全省发电量"
    assert row(rows, 52.3, "万户")["indicator"] == "全市市场主体"


def test_a_number_after_每_is_the_unit_of_a_rate():
    rows = targets(TRADE + "每10万人口高等教育平均在校生增长12%，每万人口发明专利拥有量达到18.5件。", title=TRADE)
    assert not [r for r in rows if r["unit"] == "万人"], rows
    assert row(rows, 12)["indicator"] == "每10万人口高等教育平均在校生"


# -- a figure set from one value to another --------------------------------------

def test_a_figure_set_to_another_value_keeps_its_quantity():
    rows = targets(NOTICE + "将房产税从价计征的减除幅度由10%调整为30%；审批时限从20个工作日缩短至8个工作日；"
                            "公积金贷款利率由3.25%下调至2.85%。", title=NOTICE)
    r = row(rows, 30)
    assert (r["indicator"], r["change"]) == ("房产税从价计征的减除幅度", "level")
    assert row(rows, 8, "个工作日")["indicator"] == "审批时限"
    assert (row(rows, 2.85)["indicator"], row(rows, 2.85)["change"]) == ("公积金贷款利率", "level")


# -- a range whose ends both carry the magnitude ----------------------------------

def test_a_range_with_the_magnitude_on_both_ends_is_one_figure():
    rows = targets(NOTICE + "经营者介绍，每亩年收入可达6万至8万元，项目总投资8000万至1.2亿元。", title=NOTICE)
    r = row(rows, 6, "万元")
    assert (r["value_high"], r["indicator"]) == (8, "年收入")
    assert row(rows, 0.8, "亿元")["value_high"] == 1.2
    assert not [x for x in rows if x["value"] == 8 and x["unit"] == "万元"]


def test_a_range_with_the_count_unit_on_both_ends_is_one_figure():
    rows = targets(NOTICE + "当日停牌的股票达到10只~20只，全市新建5个—8个街区口袋公园。", title=NOTICE)
    assert row(rows, 10, "只")["value_high"] == 20
    assert row(rows, 5, "个")["value_high"] == 8
    assert not [x for x in rows if x["value"] in (20, 8)]


# -- the value a quantity grew to is a level ---------------------------------------

def test_the_value_grown_to_is_a_level_of_the_same_quantity():
    rows = targets(STATS + "2022年全市还本付息支出增长到312亿元，2023年进一步增长到356亿元；"
                           "高新技术企业数量从2018年的860家增加至2150家。", title=STATS)
    r = row(rows, 356, "亿元")
    assert (r["indicator"], r["change"]) == ("全市还本付息支出", "level")
    assert row(rows, 312, "亿元")["change"] == "level"
    assert row(rows, 2150, "家")["change"] == "level"


def test_a_change_counted_from_an_earlier_time_keeps_its_quantity():
    rows = targets(STATS + "截至9月底，湿地记录的野生鸟类达216种，较保护区设立之前增加了37种。", title=STATS)
    r = row(rows, 37, "种")
    assert (r["indicator"], r["change"]) == ("湿地记录的野生鸟类", "growth")


def test_rainfall_is_no_decline():
    rows = targets(STATS + "全县多年平均降水量为612.4毫米，今年1-9月降雨量480毫米。", title=STATS)
    assert row(rows, 612.4, "毫米")["change"] == "level"
    assert row(rows, 480, "毫米")["change"] == "level"


# -- a share of another quantity, a population, a range of ranks ------------------

def test_a_share_with_no_subject_is_the_share_of_the_quantity_before_it():
    rows = targets(STATS + "项目投资完成186.2亿元，占全部投资的87.5%；全社会研发经费支出412亿元，与地区生产总值之比达2.8%。"
                           "全县工业园区占地3200亩。", title=STATS)
    assert row(rows, 87.5)["indicator"] == "项目投资占全部投资"
    assert row(rows, 2.8)["indicator"] == "全社会研发经费支出与地区生产总值之比"
    assert row(rows, 3200, "亩")["indicator"] == "全县工业园区占地"


def test_a_count_of_people_written_with_人口_counts_the_population():
    rows = targets(STATS + "拥有1400多万人口的省会城市，12万人口聚集在不到8平方公里的老城区。", title=STATS)
    assert row(rows, 1400, "万人")["indicator"] == "人口"
    assert row(rows, 8, "平方公里")["indicator"] == "聚集"


def test_a_range_of_ranks_is_no_figure():
    rows = targets(STATS + "全省有6个县进入全国百强县前50名，高新区综合排名进入前10位。", title=STATS)
    assert not [r for r in rows if r["unit"] in ("名", "位")], rows


# -- the age of someone is no figure; a measured age is ----------------------------

def test_an_age_is_a_figure_only_when_an_age_is_measured():
    rows = targets(STATS + "七年前，56岁的王某到任馆长，2019年在南京逝世，享年81岁。全省为0—6岁儿童免费开展筛查。"
                           "全省人均预期寿命提高到79.6岁，新入职教师平均年龄28.5岁。", title=STATS)
    assert sorted(r["value"] for r in rows if r["unit"] == "岁") == [28.5, 79.6]
    assert row(rows, 79.6, "岁")["indicator"] == "全省人均预期寿命"


def test_round_the_clock_is_no_duration():
    rows = targets(NOTICE + "政务服务中心开通24小时自助服务区，提供7×24小时在线咨询，平均办理时间缩短至24小时。", title=NOTICE)
    assert [r["indicator"] for r in rows if r["unit"] == "小时"] == ["平均办理时间"]


def test_a_bracketed_tag_is_no_part_of_an_indicator():
    rows = targets(STATS + "【中国发展网】1-8月新增地方政府债券2.9万亿元\n", title=STATS)
    assert row(rows, 2.9, "万亿元")["indicator"] == "新增地方政府债券"


# -- rates: the unit a figure is per is part of its unit -----------------------------

def test_a_rate_keeps_what_it_is_per_in_its_unit():
    rows = targets(NOTICE + "全市一般工商业电价降至0.62元/千瓦时，污水日处理能力达到12万吨/日。"
                            "城市低保标准由每人796元/月提高至842元/月，全员劳动生产率达到30万元/人左右。")
    assert row(rows, 0.62, "元/千瓦时")["indicator"] == "全市一般工商业电价"
    assert row(rows, 12, "万吨/日")["value_base"] == 120000
    high = row(rows, 842, "元/月")
    assert "/" not in high["indicator"]          # the rate's 月 is no indicator of the next figure
    assert qual(row(rows, 30, "万元/人")) == "左右"
    # a slash between two figures is no rate
    assert not [r for r in targets(NOTICE + "两项指标分别为30%/40%。") if "/" in r["unit"]]


# -- a span inside a year (一季度, 1-10月, 前三季度) is the figure's period ---------------

BULLETIN = "2025年一季度全县经济运行情况\n"


def test_a_quarter_or_a_run_of_months_is_the_period_with_its_year():
    rows = targets(BULLETIN + "一季度，全县实现地区生产总值86.4亿元，同比增长5.8%。"
                              "1—2 月份，规模以上工业增加值增长6.1%，高于1-2月份全市平均0.3个百分点。"
                              "2024年1至9月，全县招商引资到位资金42.7亿元。", title=BULLETIN)
    assert row(rows, 86.4, "亿元")["period"] == "2025年一季度"
    assert row(rows, 6.1)["period"] == "2025年1-2月"
    assert row(rows, 42.7, "亿元")["period"] == "2024年1-9月"


def test_a_span_of_a_page_of_no_known_year_stands_alone():
    page = "全区经济运行简况\n"
    rows = targets(page + "前三季度，全区固定资产投资同比增长7.4%。前10个月，全区外贸进出口总额128.5亿元。"
                          "9月份，全区社会消费品零售总额12.2亿元。", title=page)
    assert row(rows, 7.4)["period"] == "前三季度"
    assert row(rows, 128.5, "亿元")["period"] == "前10个月"
    assert row(rows, 12.2, "亿元")["period"] == "9月"


def test_a_paragraph_opened_by_a_quarter_dates_the_sentences_after_it():
    rows = targets(BULLETIN + "一季度，全县农林牧渔业总产值9.6亿元，增长3.2%。其中，蔬菜产量4.1万吨，增长2.5%。",
                   title=BULLETIN)
    assert row(rows, 4.1, "万吨")["period"] == "2025年一季度"


def test_the_share_of_trades_that_grew_is_a_level():
    rows = targets(BULLETIN + "全县28个工业行业大类中，21个行业增加值实现增长，增长面达75%。", title=BULLETIN)
    r = row(rows, 75)
    assert (r["indicator"], r["change"]) == ("增长面", "level")


# -- the share of a plan done is progress, not a goal -----------------------------------

def test_the_share_of_a_plan_done_is_an_actual():
    rows = targets(BULLETIN + "1-6月，全县开工重点项目21个，完成投资64.7亿元，占年度投资计划的62.9%。"
                              "1-10月，全县固定资产投资完成246.8亿元，完成年度计划82.3%。"
                              "一般公共预算收入完成12.4亿元，为年初预算的51.4%。", title=BULLETIN)
    assert {row(rows, v)["kind"] for v in (62.9, 82.3, 51.4)} == {"actual"}
    # ... and it is the share of the quantity before it, not of the plan alone
    assert row(rows, 51.4)["indicator"] == "一般公共预算收入为年初预算"
    plan = targets(BULLETIN + "计划全年完成固定资产投资增长8%。", title=BULLETIN)
    assert row(plan, 8)["kind"] == "target"


# -- a year alone on its line heads what follows ----------------------------------------

def test_a_year_alone_on_its_line_dates_the_figures_under_it():
    page = "全省经济运行情况\n"
    rows = targets(page + "2025年\n全省地区生产总值增长5.3%，规模以上工业增加值增长6.1%。\n"
                          "2026年\n全省地区生产总值预期增长5%左右。\n", title=page)
    assert row(rows, 5.3)["period"] == "2025" and row(rows, 6.1)["period"] == "2025"
    goal = row(rows, 5)
    assert (goal["period"], goal["kind"], goal["indicator"]) == ("2026", "target", "全省地区生产总值")


def test_a_heading_saying_the_goals_were_met_opens_a_review():
    # a news digest of a report: 回眸… and 顺利完成全年主要目标任务 head last year's results, not plans
    rows = targets("政府工作报告分三个部分：2025年工作回顾、2026年工作总体要求和主要目标、2026年重点工作。\n"
                   "回眸2025\n"
                   "稳中向好 圆满完成全年主要目标任务\n"
                   "一年来，全省经济运行稳中向好，实现地区生产总值6.12万亿元、增长5.4%，增速高于全国0.4个百分点。\n"
                   "2026年主要预期目标\n"
                   "地区生产总值增长5%左右。\n",
                   "某省政府工作报告解读\n")
    assert row(rows, 6.12, "万亿元")["kind"] == "actual"
    assert row(rows, 5.4)["kind"] == "actual"
    assert row(rows, 5)["kind"] == "target"


def test_a_heading_promising_to_meet_the_goals_stays_a_plan():
    rows = targets("确保完成全年目标任务\n"
                   "全市规上工业增加值增长6%左右。\n",
                   "某市2026年工作部署\n")
    assert row(rows, 6)["kind"] == "target"
