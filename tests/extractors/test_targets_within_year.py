"""A span inside a year that nothing on the page dates takes the publication year when it had
ended by then (targets_within_year). Sentences written for these tests."""
from __future__ import annotations

import pytest

from extract.extractors.targets_within_year import dated_by_publication, span_end_month

from .report_pages import row, targets


@pytest.mark.parametrize("span,end", [
    ("前三季度", 9), ("一季度", 3), ("第二季度", 6), ("上半年", 6), ("下半年", 12),
    ("1-7月", 7), ("一-十一月", 11), ("前4个月", 4), ("前两个月", 2), ("5月", 5), ("3月末", 3),
])
def test_the_last_month_of_a_span(span, end):
    assert span_end_month(span) == end


@pytest.mark.parametrize("period", ["2024年4月", "今年1-2月", "2023", "2021-2025", "全年", ""])
def test_a_period_that_is_no_bare_span_has_no_end_month(period):
    assert span_end_month(period) is None


def test_a_span_over_by_the_publication_month_takes_its_year():
    assert dated_by_publication("1-6月", "2024", "2024-07-31", 3) == "2024年1-6月"
    assert dated_by_publication("前三季度", "2024", "2024-10-26", 3) == "2024年前三季度"


def test_a_span_ending_after_the_publication_month_stays_as_written():
    # 1-11月 read in January is the year before's; 一季度 said in February may be a goal
    assert dated_by_publication("1-11月", "2025", "2025-01-08", 3) == "1-11月"
    assert dated_by_publication("一季度", "2025", "2025-02-10", 3) == "一季度"


def test_a_span_long_over_when_published_stays_as_written():
    # 6月底 on a copy dated December may be a repost of another year's piece
    assert dated_by_publication("6月底", "2006", "2006-12-27", 3) == "6月底"
    assert dated_by_publication("6月底", "2006", "2006-09-02", 3) == "2006年6月底"


def test_no_publication_date_or_another_page_year_changes_nothing():
    assert dated_by_publication("上半年", "2024", "", 3) == "上半年"
    # a work report's title year is the page's year, not the posting's
    assert dated_by_publication("上半年", "2023", "2024-08-01", 3) == "上半年"


def test_a_release_naming_no_year_is_dated_by_its_publication():
    page = ("发布时间：2023-08-15\n"
            "1-7月，全县规模以上工业增加值同比增长6.2%，社会消费品零售总额38.4亿元，增长7.1%。\n")
    rows = targets(page, "全县1-7月主要经济指标完成情况\n")
    assert row(rows, 6.2)["period"] == "2023年1-7月"
    assert row(rows, 38.4, "亿元")["period"] == "2023年1-7月"


def test_a_release_of_the_year_before_read_in_january_keeps_its_span():
    page = ("发布时间：2024-01-12\n"
            "1-11月，全县固定资产投资同比增长4.4%。\n")
    rows = targets(page, "全县1-11月主要经济指标完成情况\n")
    assert row(rows, 4.4)["period"] == "1-11月"
