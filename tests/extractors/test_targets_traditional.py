"""Figures as Taiwan and Hong Kong pages write them (simplified after t2s): 兆 as 10^12 in
money, and one number written in two magnitudes (2兆6,218亿元, 16万4,554个). Sentences written
for these tests in the style of such pages."""
from __future__ import annotations

from extract import process_page
from extract.extractors.numbers import compound_value, expand

from .report_pages import row, targets

HEAD = "县府公布年度招商成果\n"


def test_zhao_is_ten_to_the_twelfth_in_money_but_mega_before_a_physical_unit():
    assert expand(2.6, "兆元") == (2.6e12, "元")
    assert expand(400, "兆瓦") == (400, "兆瓦")
    rows = targets(HEAD + "三大方案累计投资金额达新台币2.6兆元，目标再吸引1.2兆元投资。光电站装机容量400兆瓦。", title=HEAD)
    assert row(rows, 2.6, "兆元")["value_base"] == 2.6e12
    assert row(rows, 1.2, "兆元")
    assert row(rows, 400, "兆瓦")
    # in Chinese numerals 兆 is an older text's million (赔款四百五十兆两): no figure in 10^12
    rows = targets(HEAD + "条约要求赔款四百五十兆两，分年付清。", title=HEAD)
    assert not [r for r in rows if r["unit"].startswith("兆")]


def test_a_number_in_two_magnitudes_is_one_figure_in_the_lower_one():
    rows = targets(HEAD + "累计通过企业申请案，总投资金额达新台币2兆6,218亿元，创造超过16万4,554个就业机会。"
                          "县府以2亿6400余万元发包拓宽工程，古迹营收预估突破1亿8千万元。", title=HEAD)
    assert row(rows, 26218, "亿元")
    assert row(rows, 164554, "个")
    assert "余" in row(rows, 26400, "万元")["qualifier"]
    assert row(rows, 18, "千万元")["value_base"] == 1.8e8
    assert not [r for r in rows if r["value"] in (6218, 4554, 6400, 2)]


def test_two_figures_side_by_side_are_no_compound():
    assert compound_value(3, "亿", 20000, "万") is None     # the lower part not below 1亿
    rows = targets(HEAD + "全年投资2亿元，5个项目开工；新增就业3万人，2024年完成。", title=HEAD)
    assert row(rows, 2, "亿元")
    assert row(rows, 3, "万人")


def test_a_taiwan_county_is_the_region_of_its_figures_and_officials():
    out = process_page("縣府挹注經費改善鄉道\n彰化縣政府挹注3,200萬元經費，辦理鄉道改善工程，縣長前往視察。\n"
                       "縣長王大明表示，工程預計年底完工。\n")
    assert set(out["targets"]["region"]) == {"彰化县"}
    assert list(out["officials"].query("name == '王大明'")["region"]) == ["彰化县"]


def test_a_republic_era_year_is_the_period_where_it_is_plainly_a_year():
    rows = targets(HEAD + "114年度民間參與公共建設簽約約160案，投資金額逾3800億元。"
                          "建校114年來累計培育畢業生3萬人。", title=HEAD)
    assert row(rows, 3800, "亿元")["period"] == "2025"
    assert row(rows, 3, "万人")["period"] != "2025"             # 114年 of a school's age is no year


def test_counties_named_far_down_a_taiwan_national_story_are_no_page_region():
    out = process_page("財政部公布統一發票中獎號碼\n財政部今天公布本期統一發票，千萬中獎張數為16張。\n"
                       "本期特別獎獎號為「12345678」，兌獎期限為4月6日至7月6日。\n"
                       "另外，3組頭獎（獎金20萬元）中獎號碼已經公布。\n"
                       "根據超商公布的中獎資訊，1人在南投縣南投市某門市購買50元咖啡。\n")
    rows = out["targets"]
    assert set(rows.query("value == 16")["region"].fillna("")) == {""}
    assert set(rows.query("value == 50")["region"]) == {"南投县"}     # the sentence's own county


def test_a_photo_caption_in_the_lede_is_no_page_region():
    out = process_page("行政院說明雞蛋供應方案\n圖為民眾在台北市南港區一家超市購買雞蛋。記者攝\n"
                       "行政院副院長今天表示，加工蛋的部分約12%，將調度支援日用蛋。\n")
    assert set(out["targets"].query("value == 12")["region"].fillna("")) == {""}
