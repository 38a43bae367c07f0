"""Targets on phrasings met while probing environment, safety-inspection and village-works
news (round 13): a count whose noun follows it names that noun, though a modifier jieba
tags as a place word, a run of adjectives or a relation verb opens it.

Each page is a title line and sentences written for these tests in the style of
their class; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

NEWS = "全市生态环境保护工作取得新成效\n"


def test_a_place_word_before_the_counted_noun_stays_in_it():
    rows = targets("今年以来，全县累计完成1260座加油站、4318个地下储油罐防渗改造任务。\n", NEWS)
    assert row(rows, 1260, "座")["indicator"].endswith("加油站")
    assert row(rows, 4318, "个")["indicator"] == "地下储油罐"


def test_a_pair_of_counts_without_a_mark_each_names_its_own_noun():
    rows = targets("全市已有87座加油站352个地下油罐完成双层罐改造。\n", NEWS)
    assert row(rows, 352, "个")["indicator"].endswith("地下油罐")


def test_adjectives_one_after_another_open_the_counted_noun():
    rows = targets("上半年，全省19处城市黑臭水体完成整治，消除比例达到95%。\n", NEWS)
    assert row(rows, 19, "处")["indicator"].endswith("城市黑臭水体")


def test_a_relation_verb_opens_the_counted_firms():
    rows = targets("推进土壤污染防治，对142家涉重金属企业开展全面排查，督促整改问题86个。\n", NEWS)
    assert row(rows, 142, "家")["indicator"] == "涉重金属企业"
    rows = targets("今年以来，全县对63家涉农企业实施重点帮扶。\n", NEWS)
    assert row(rows, 63, "家")["indicator"].endswith("涉农企业")


def test_coming_into_use_is_no_part_of_what_is_counted():
    rows = targets("今年以来，全市820个新型公共文化空间投入使用。\n", NEWS)
    assert row(rows, 820, "个")["indicator"].endswith("新型公共文化空间")


def test_a_name_jieba_cuts_before_a_measure_character_is_not_taken_half():
    rows = targets("全年5家海上风场并网发电，新增装机120万千瓦。\n", NEWS)
    assert "海上风" != row(rows, 5, "家")["indicator"]


def test_a_bullet_opens_a_new_item_and_is_no_part_of_the_name():
    rows = targets("▶对辖区65条背街小巷破损路面进行维修。\n▶新增公共充电桩1200个。\n",
                   "新城区发布民生十件实事\n")
    assert row(rows, 65, "条")["indicator"] == "辖区背街小巷"
    assert row(rows, 1200, "个")["indicator"] == "新增公共充电桩"


def test_the_verb_before_a_list_of_counts_goes_on_to_each_counted_noun():
    rows = targets("今年以来，全县共排查1870个加油站、6240个地下储油罐，发现隐患312处。\n", NEWS)
    assert row(rows, 1870, "个")["indicator"].endswith("排查加油站")
    assert row(rows, 6240, "个")["indicator"].endswith("排查地下储油罐")


def test_a_place_before_a_list_of_counts_is_no_verb_to_carry():
    rows = targets("当前，全国共有3200多家公共图书馆、9万余家实体书店。\n", NEWS)
    assert row(rows, 9, "万家")["indicator"] == "实体书店"
