"""Targets on news pages (not reports): statistics releases, policy notices, local news.

Each page is a headline and sentences written for these tests in the style of a
news page of its kind; every expected column was checked by reading the sentence.
"""
from __future__ import annotations

from .report_pages import row, targets

CPI = "2024年5月份居民消费价格同比上涨0.3%\n"


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
