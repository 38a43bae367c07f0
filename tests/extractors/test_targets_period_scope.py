"""The period a news piece or a statistical bulletin states once and its figures
then share: written for these tests in the style of economic-operation news and
county bulletins (round-3 probe of targets' periods)."""
from __future__ import annotations

from .report_pages import row, targets


# -- a news piece: the span its headline or lede names governs its later paragraphs --

def test_the_headline_span_dates_figures_under_a_heading_without_one():
    rows = targets("前三季度，全县实现地区生产总值126.4亿元，同比增长5.1%。\n"
                   "二、工业生产稳中有升\n"
                   "全县规模以上工业增加值同比增长6.3%，其中制造业增长7.9%。\n",
                   "前三季度全县经济运行稳中向好\n")
    assert row(rows, 6.3)["period"] == "前三季度"
    assert row(rows, 7.9)["period"] == "前三季度"


def test_the_lede_span_dates_the_paragraphs_after_it():
    rows = targets("记者从1-10月全市经济运行情况新闻发布会上获悉，全市经济稳步回升。\n"
                   "全市固定资产投资增长8.2%，居全省第5位。\n"
                   "社会消费品零售总额完成412.6亿元，增长6.1%。\n",
                   "全市经济稳步回升\n")
    assert row(rows, 8.2)["period"] == "1-10月"
    assert row(rows, 412.6, "亿元")["period"] == "1-10月"


def test_a_year_with_the_lede_span_goes_to_paragraph_spans_without_one():
    rows = targets("今年以来，全市上下攻坚克难，为下半年打下基础。\n"
                   "2025年上半年，全市地区生产总值增长5.6%。\n"
                   "一季度，全市规上工业增加值增长6.2%。\n"
                   "全市进出口总额增长3.4%。\n",
                   "全市经济运行情况\n")
    assert row(rows, 6.2)["period"] == "2025年一季度"       # a paragraph's own span keeps it
    assert row(rows, 3.4)["period"] == "2025年上半年"       # not 下半年, named as no topic


def test_a_month_in_the_lede_is_no_period_of_the_piece():
    rows = targets("3月份，全市居民消费价格同比上涨0.4%。\n"
                   "二、工业\n"
                   "全市规上工业增加值增长5.9%。\n",
                   "全市经济运行情况\n")
    period = row(rows, 5.9)["period"]
    assert not isinstance(period, str) or period == ""        # a month's figures, not the piece's


# -- a bulletin: the year in its title is the year of its figures -------------------

def test_the_bulletin_title_year_dates_its_figures():
    rows = targets("一、综合\n"
                   "年末全县常住人口52.3万人，比上年末减少0.2万人。"
                   "全年实现地区生产总值218.6亿元，比上年增长4.2%。\n"
                   "二、农业\n"
                   "粮食产量31.7万吨，增长1.3%。\n",
                   "2023年某县国民经济和社会发展统计公报\n")
    assert row(rows, 52.3, "万人")["period"] == "2023"
    assert row(rows, 218.6, "亿元")["period"] == "2023"
    assert row(rows, 31.7, "万吨")["period"] == "2023"


# -- a work report keeps its sections' periods ---------------------------------------

def test_a_work_report_lede_span_does_not_date_the_plan():
    rows = targets("一、2025年工作回顾\n"
                   "上半年，全市地区生产总值增长5.2%。全年规上工业增加值增长6.1%。\n"
                   "二、2026年主要目标\n"
                   "全市地区生产总值增长5%左右。\n")
    assert row(rows, 5)["period"] == "2026"


# -- a breakdown (其中) or a list over ； keeps the period of the figure it follows ---

def test_a_breakdown_takes_the_period_of_the_figure_before_it():
    rows = targets("前三季度，全省进出口总额8120.5亿元，增长6.4%。9月份进出口986.2亿元，增长12.3%。"
                   "其中，出口601.4亿元，增长14.1%；进口384.8亿元，增长9.6%。\n",
                   "前三季度全省外贸稳中有进\n")
    assert row(rows, 601.4, "亿元")["period"] == "9月"
    assert row(rows, 384.8, "亿元")["period"] == "9月"



def test_the_whole_year_in_a_list_part_keeps_the_list_period():
    rows = targets("2023年统计数据显示：全省医保参保人数超过5200万人；"
                   "共有医疗卫生机构8.6万个，全年总诊疗人次达4.1亿人次。\n",
                   "全省卫生健康事业发展综述\n")
    assert row(rows, 4.1, "亿人次")["period"] == "2023"


# -- 前11月 (written without 个) is a run of months; 提前3个月 is no period ------------

def test_the_first_months_written_without_ge_are_a_span():
    rows = targets("前11月，全市规模以上工业增加值同比增长11.6%。"
                   "重点项目提前3个月完成，完成投资5.2亿元。\n",
                   "全市经济运行情况\n")
    assert row(rows, 11.6)["period"] == "前11月"
    assert row(rows, 5.2, "亿元")["period"] != "前3个月"


# -- a sentence that looks back to another time takes no period from the piece -------

def test_a_look_back_in_a_half_year_piece_takes_no_half_year():
    rows = targets("上半年，公司实现销售额520.3亿元，增长9.1%。\n"
                   "那一年，公司全年实现合同销售681.2亿元。从6月12日至7月2日，股价下跌了31.5%。\n"
                   "公司营业额385.7亿元。\n",
                   "某集团发布中期业绩\n")
    for value, unit in ((681.2, "亿元"), (31.5, "%")):
        period = row(rows, value, unit)["period"]
        assert not isinstance(period, str) or period == ""
    assert row(rows, 385.7, "亿元")["period"] == "上半年"


# -- a record since a year dates the record, not the figures after it (gov26 probe) ----

def test_a_record_since_a_year_gives_no_period():
    rows = targets("一、2023年工作回顾\n"
                   "2023年，全区上下攻坚克难，圆满完成全年目标任务。\n"
                   "——主要指标增速靠前。地区生产总值增长6.8%、创2012年以来最好位次，"
                   "规上工业增加值增长7.1%，固定资产投资增长11.5%。\n"
                   "粮食总产量创2008年以来新高，农业科技进步贡献率超过65%。\n",
                   "某自治区政府工作报告\n")
    assert row(rows, 6.8)["period"] == "2023"
    assert row(rows, 7.1)["period"] == "2023"
    assert row(rows, 11.5)["period"] == "2023"
    assert row(rows, 65)["period"] != "2008"


def test_taken_spans_answer_as_the_pairwise_test_did():
    """_Spans (sorted, bisected) says a span overlaps exactly when the old test against every
    span taken before did: random spans, zero-width ones included."""
    import random

    from extract.extractors.targets_scope import _Spans

    rng = random.Random(7)
    for _ in range(200):
        spans, taken = _Spans(), []
        for _ in range(60):
            s = rng.randrange(0, 200)
            e = s + rng.randrange(0, 12)
            brute = any(a < e and s < b for a, b in taken)
            assert spans.overlaps(s, e) == brute
            if not brute:
                spans.add(s, e)
                taken.append((s, e))


def test_a_long_line_of_time_expressions_is_dated_in_linear_time():
    """A report scraped as one line holds thousands of time expressions; each figure still gets
    its own year (the overlap test no longer compares every pair)."""
    line = "".join(f"{2000 + i % 20}年产值增长{i % 9 + 1}%，" for i in range(1500)) + "。"
    rows = targets(line)
    assert len(rows) == 1500
    assert [r["period"] for r in rows[:3]] == ["2000", "2001", "2002"]
