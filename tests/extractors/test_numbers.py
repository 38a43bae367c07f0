"""Numerals and magnitudes as they are written in Chinese reports."""
import pytest

from extract.extractors.numbers import chinese_value, expand, number_value


@pytest.mark.parametrize("text, value", [
    ("两千", 2000), ("十万", 100000), ("十五", 15), ("二十", 20), ("一千二百三十四", 1234),
    ("三万五千", 35000), ("五点五", 5.5), ("二〇二六", 2026), ("百", 100), ("千", 1000),
])
def test_chinese_numerals(text, value):
    assert chinese_value(text) == value


@pytest.mark.parametrize("text, value", [("2.03", 2.03), ("1,234.5", 1234.5), ("１２．５", 12.5), ("67665", 67665)])
def test_arabic_numerals(text, value):
    assert number_value(text) == value


@pytest.mark.parametrize("value, unit, base", [
    (2.03, "万个", (20300, "个")), (1.2, "万亿元", (1.2e12, "元")), (1000, "亿", (1e11, "")),
    (99.13, "万千瓦", (991300, "千瓦")), (5, "千万元", (5e7, "元")), (8.5, "%", (8.5, "%")),
])
def test_magnitudes_expand_into_the_base_unit(value, unit, base):
    v, u = expand(value, unit)
    assert v == pytest.approx(base[0]) and u == base[1]


def test_not_a_numeral():
    assert chinese_value("万") is None or chinese_value("万") == 0
    assert number_value("年") is None


def test_chinese_approximate_pairs():
    from extract.extractors.numbers import chinese_approx
    assert chinese_approx("两三") == (2, 3)
    assert chinese_approx("十六七") == (16, 17)
    assert chinese_approx("三四十") == (30, 40)
    assert chinese_approx("两三千") == (2000, 3000)
    assert chinese_approx("三五") == (3, 5)
    assert chinese_approx("一一") is False            # 唯一一家
    assert chinese_approx("十五") is None and chinese_approx("二〇二六") is None
