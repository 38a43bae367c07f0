"""Targets on phrasings met while probing economic-operation news, statistical
communiqués, plans and lists of livelihood projects (round 2).

Each page is a title line and sentences written for these tests in the style of
their class; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

NEWS = "上半年全市经济运行情况\n"


# -- a comparison verb (回升) is the change, not the indicator ------------------------

def test_a_rate_that_picked_up_keeps_the_quantity_before_it():
    rows = targets("上半年，全市规上工业增加值增长6.8%，较一季度回升0.4个百分点。\n", NEWS)
    gap = row(rows, 0.4, "个百分点")
    assert (gap["indicator"], gap["change"]) == ("全市规上工业增加值", "growth")


# -- a move in a ranking (前移3位) is no figure ---------------------------------------

def test_a_move_in_a_ranking_is_no_figure():
    rows = targets("全市工业投资增长12.5%，居全省第6位，比一季度前移2位，两年平均增长7.3%。\n", NEWS)
    assert [r["unit"] for r in rows if r["unit"] == "位"] == []
    assert row(rows, 7.3)["indicator"] == "全市工业投资"


def test_people_counted_in_places_stay_figures():
    rows = targets("全市新增3位院士，新增国家级人才42名。\n", NEWS)
    assert row(rows, 3, "位")["value"] == 3


# -- 递增 and 递减 are changes, not part of the indicator ----------------------------

def test_a_yearly_rise_or_fall_written_with_di():
    rows = targets("到2030年，全县城镇居民人均可支配收入年均递增7%，达到6.2万元；"
                   "单位生产总值能耗年均递减2.5%。\n", "2026年县政府工作报告\n")
    up = row(rows, 7)
    assert (up["indicator"], up["change"]) == ("全县城镇居民人均可支配收入", "growth")
    down = row(rows, 2.5)
    assert (down["indicator"], down["change"]) == ("单位生产总值能耗", "decline")


# -- units: rooms (间) and transformer capacity (千伏安) -----------------------------

def test_rooms_and_transformer_capacity_are_units():
    rows = targets("新建养老服务中心一处，新增托养房间86间；全区变压器产量累计实现1536.4万千伏安，增长21.3%。\n", NEWS)
    assert row(rows, 86, "间")["indicator"].endswith("托养房间")
    kva = row(rows, 1536.4, "万千伏安")
    assert kva["value_base"] == 15364000 and kva["base_unit"] == "千伏安"
    assert row(rows, 21.3)["indicator"] == kva["indicator"]


# -- kinds: a goal for a date, a plan of unknown year, words that only name a kind ----

def test_a_sentence_opened_by_a_goal_for_a_date_is_that_goal():
    rows = targets("力争到2030年，全县生产总值年均增长7%，人均生产总值超过9万元。\n",
                   "县国民经济和社会发展规划纲要\n")
    assert {(r["kind"], r["rule"].split("+")[-1]) for r in rows} == {("target", "s.target.strive_by")}


def test_the_next_five_years_on_an_undated_page_are_goals():
    rows = targets("今后五年，全市常住人口城镇化率达到68%左右，高新技术企业数达到2000家以上。\n",
                   "市党代会报告摘要\n")
    assert [r["kind"] for r in rows] == ["target", "target"]


def test_words_that_only_name_a_kind_of_thing_make_no_goal():
    rows = targets("一、2025年工作回顾\n全年拜访目标企业86家，签约项目21个；"
                   "12项预期性指标全部完成。\n")
    assert row(rows, 86, "家")["kind"] == "actual"
    assert row(rows, 12, "项")["kind"] == "actual"


def test_a_list_of_the_years_livelihood_projects_is_a_plan():
    rows = targets("新增普惠托位300个，改造老旧小区42个，新建口袋公园15个。\n",
                   "城南区2026年民生实事项目\n")
    assert [r["kind"] for r in rows] == ["target"] * 3
    assert {r["region"] for r in rows} == {"城南区"}


# -- a modal (要, 需) is no part of the indicator ------------------------------------

def test_a_modal_before_the_figure_is_trimmed():
    rows = targets("未来五年，全市经济总量要达到3500亿元左右，规上工业企业需达到1200家左右。\n",
                   "市党代会报告摘要\n")
    assert row(rows, 3500, "亿元")["indicator"] == "全市经济总量"
    assert row(rows, 1200, "家")["indicator"] == "规上工业企业"


# -- region: the session of a people's congress names the page's government ------------

def test_a_district_named_by_its_congress_session_is_the_region():
    rows = targets("3月5日，宜宾市翠屏区第七届人民代表大会第三次会议隆重开幕，代区长向大会作政府工作报告。"
                   "报告提出，今年全区地区生产总值增长6%左右。\n", "区人代会开幕\n")
    assert row(rows, 6)["region"] == "翠屏区"


# -- 完成年度目标任务的85.2%: the share of a plan the quantity before it reached ---------

def test_the_share_of_a_plan_done_names_the_quantity_before_it():
    rows = targets("今年上半年，全市新引进工业项目132个，完成年度目标任务的61.4%。\n", NEWS)
    share = row(rows, 61.4)
    assert (share["indicator"], share["kind"]) == ("全市新引进工业项目完成年度目标任务", "actual")
