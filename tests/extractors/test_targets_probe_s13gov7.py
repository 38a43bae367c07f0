"""Targets on report phrasings met while probing unseen provincial, city, district and county reports
of 2012-2025 and news digests on them (session 13, round 7).

Each page is a title line and sentences written for these tests in the style of a report or a
digest on one; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

DATED = "河东区政府工作报告图解\n来源：河东日报  时间：2026-01-12 09:30\n"


# -- the year a digest reviews, named before its first figure ------------------------------

def test_a_paragraph_of_the_year_gone_and_a_comma_dates_the_figure_lines_after_it():
    rows = targets("2025年，在市委坚强领导下，我们坚持稳中求进工作总基调，保持了经济持续健康发展。\n"
                   "预计地区生产总值420亿元、增长5.6%。\n"
                   "全社会固定资产投资增长6%，社会消费品零售总额增长4.8%。", title=DATED)
    for v, unit in ((420.0, "亿元"), (5.6, "%"), (6.0, "%"), (4.8, "%")):
        assert (row(rows, v, unit)["kind"], row(rows, v, unit)["period"]) == ("actual", "2025"), v


def test_such_a_paragraph_of_an_earlier_year_dates_nothing():
    rows = targets("2023年，在市委坚强领导下，我们迎难而上，办成了一批大事。\n"
                   "全社会固定资产投资增长6%。", title=DATED)
    assert row(rows, 6.0)["period"] != "2023"


def test_an_anniversary_in_the_sentence_naming_the_year_gone_is_no_figure():
    rows = targets("报告指出，2025年是新中国成立76周年，是河东发展历程上具有重要意义的一年。\n"
                   "全区进出口总额增长6.1%，规模以上工业增加值增长4.5%。", title=DATED)
    assert (row(rows, 6.1)["kind"], row(rows, 6.1)["period"]) == ("actual", "2025")
    assert row(rows, 4.5)["period"] == "2025"


def test_a_report_that_reviewed_a_year_is_of_the_year_after_it():
    rows = targets("河东省省长向大会作政府工作报告。报告回顾了2025年的工作成果，并为河东发展描绘新蓝图。\n"
                   "报告说，去年全省地区生产总值增长5.2%。", title="")
    assert row(rows, 5.2)["period"] == "2025"


# -- a heading set between dashes ----------------------------------------------------------

def test_a_heading_between_dashes_opens_the_targets_it_heads():
    rows = targets("会上，区长作政府工作报告，提出2026年总体要求和主要目标。\n— 主要目标 —\n"
                   "地区生产总值增长6%以上；社会消费品零售总额增长7%以上；城镇登记失业率控制在4.5%以内。",
                   title=DATED)
    for v in (6.0, 7.0, 4.5):
        assert (row(rows, v)["kind"], row(rows, v)["period"]) == ("target", "2026"), v


# -- the page's year from the outline of the report a piece gives ---------------------------

OUTLINE = ("1月6日上午，河东市第九届人民代表大会第四次会议在市人民会堂隆重开幕。\n"
           "会议号召，全市上下要紧密团结在党中央周围，在省委、省政府和市委的坚强领导下，咬定目标、坚定信心、"
           "砥砺奋进，全力当好高质量发展的排头兵，在建设美丽河东的征途上阔步前进，奋力谱写现代化建设新篇章。\n"
           "上午九时许，大会开幕。全体与会人员起立，会场内响起雄壮的国歌。大会主席团常务主席主持会议，全体代表认真听取报告。\n会上，市长代表市政府向大会作政府工作报告。\n"
           "报告分为三部分：\n一、2025年工作回顾；\n二、奋力做好2026年工作；\n三、提升政府治理能力。\n"
           "报告指出，2025年是极不平凡的一年。\n初步统计，全市地区生产总值预计完成3100亿元，增长5.4%；"
           "固定资产投资增长2.1%。")


def test_the_review_part_of_a_reports_outline_gives_the_page_year_after_it():
    assert OUTLINE.index("2025年工作回顾") > 200       # below the head searched for a year
    rows = targets(OUTLINE, title="")
    for v, unit in ((3100.0, "亿元"), (5.4, "%"), (2.1, "%")):
        assert (row(rows, v, unit)["kind"], row(rows, v, unit)["period"]) == ("actual", "2025"), v


# -- the verb after a named place is no part of the indicator ------------------------------

def test_the_verb_after_a_named_place_opening_the_words_is_dropped():
    rows = targets("经初步预计，河东县2025年全年实现生产总值163亿元，比上年增长6%。\n"
                   "2025年，河西区预计地区生产总值增长6.5%左右，规上工业增加值增长12%。", title=DATED)
    assert row(rows, 163.0, "亿元")["indicator"] == "河东县生产总值"
    assert row(rows, 6.5)["indicator"] == "河西区地区生产总值"
    # a word that only ends like a place keeps its words when no verb follows it
    rows = targets("全县规模以上工业企业利润增长9%。", title=DATED)
    assert row(rows, 9.0)["indicator"] == "全县规模以上工业企业利润"


# -- a work report's own year, named plainly, is its plan ----------------------------------

PIECE = ("1月27日上午，河东省人代会开幕，省长代表省政府向大会作政府工作报告。\n"
         "报告明确提出了2026年全省经济社会发展的主要预期目标：全省生产总值增长5%左右；全社会固定资产投资增长6%。\n"
         "2026年，城镇登记失业率控制在4.5%以内；社会消费品零售总额增长7%，农民人均可支配收入增长6.5%左右。")


def test_figures_a_report_dates_plainly_to_its_own_year_are_its_plan():
    rows = targets(PIECE, title="")
    for v in (4.5, 7.0, 6.5):
        assert (row(rows, v)["kind"], row(rows, v)["period"]) == ("target", "2026"), v


def test_a_cue_of_a_result_or_a_headline_over_the_report_keeps_a_figure_actual():
    rows = targets("2026年河东居民人均可支配收入达5.2万元\n"
                   "河东省人代会开幕，省长作《政府工作报告》。\n2026年，全省新增就业12万人，同比增长3%。", title="")
    assert row(rows, 5.2, "万元")["kind"] == "actual"
    assert row(rows, 3.0)["kind"] == "actual"
    rows = targets("河东省人代会开幕，省长作《政府工作报告》。\n2026年河东居民人均可支配收入达5.2万元\n"
                   "报告说，居民收入增长与经济增长同步。", title="")
    assert row(rows, 5.2, "万元")["kind"] == "actual"
    # a news page on no report keeps the year's figures actual
    rows = targets("记者从统计局获悉，河东省经济运行平稳。\n2026年，社会消费品零售总额增长7%。", title="")
    assert row(rows, 7.0)["kind"] == "actual"
