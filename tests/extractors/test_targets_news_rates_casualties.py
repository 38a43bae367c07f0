"""Figures in ordinary news (probe round 17, news class): prices per a quantity or per square metre,
casualties named after their count. Sentences written for these tests."""
from __future__ import annotations

from .report_pages import row, targets

NEWS = "本周市场行情\n"


def test_a_price_per_a_stated_quantity_keeps_the_quantity_in_its_unit():
    rows = targets("本周本市鲜鸡蛋零售价为6.40元/500克，较上周上涨0.3元。\n", NEWS)
    assert row(rows, 6.4, "元/500克")["indicator"].endswith("鲜鸡蛋零售价")
    assert all(r["unit"] != "克" for r in rows)         # the 500 is no figure of its own


def test_a_price_per_square_metre_written_with_the_sign():
    rows = targets("上周全市新建住宅成交均价为21540元/㎡，环比上升1.2%。\n", NEWS)
    assert row(rows, 21540, "元/㎡")["indicator"].endswith("均价")


def test_a_price_per_pingmi():
    rows = targets("该区二手房挂牌均价为1.8万元/平米。\n", NEWS)
    assert row(rows, 1.8, "万元/平米")["value_base"] == 18000


def test_casualties_are_named_by_what_befell_them():
    rows = targets("昨日凌晨，该县发生山体滑坡，造成8人死亡、14人受伤，另有2人失踪。\n", NEWS)
    assert row(rows, 8, "人")["indicator"].endswith("死亡")
    assert row(rows, 14, "人")["indicator"].endswith("受伤")
    assert row(rows, 2, "人")["indicator"].endswith("失踪")


def test_a_death_rate_is_no_casualty_count():
    rows = targets("2025年，全市新增就业1.2万人，孕产妇死亡率为8.5/10万。\n", NEWS)
    assert not row(rows, 1.2, "万人")["indicator"].endswith("死亡")


def test_a_change_against_last_week_keeps_the_priced_good():
    rows = targets("本周本市精瘦肉零售价为16.80元/斤，较上周上涨0.9元，涨幅为5.66%。\n", NEWS)
    assert "上周" not in row(rows, 0.9, "元")["indicator"]
    assert "瘦肉" in row(rows, 0.9, "元")["indicator"]
    assert "上周" not in row(rows, 5.66)["indicator"]


def test_a_change_against_the_day_before():
    rows = targets("今日，本市黄金饰品价格报每克612元，比前一日下跌1.3%。\n", NEWS)
    assert "前一日" not in row(rows, 1.3)["indicator"]


def test_about_after_a_loss_is_a_qualifier():
    rows = targets("据初步统计，这次洪灾造成直接经济损失约12.6亿元。\n", NEWS)
    assert row(rows, 12.6, "亿元")["qualifier"] == "约"


def test_a_signed_count_keeps_no_qualifier():
    rows = targets("今年以来，全市签约80个项目。\n", NEWS)
    assert row(rows, 80, "个")["qualifier"] in ("", None)
