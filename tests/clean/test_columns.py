"""A newspaper column kept as lines (government reports round 9: a report on an e-paper page
or copied from a PDF): every line of a paragraph but its last fills the column, so the lines
of one printed width go on with the next however short they are. Text written for these tests."""
from __future__ import annotations

from extract import process_page
from extract.clean.columns import ColumnLayout, column_breaks, width

# a paragraph wrapped at 26 printed units (13 characters), as an e-paper column
COLUMN = ["今年全县经济社会发展的主要预", "期目标是：地区生产总值增长6", "%左右；一般公共预算收入增长", "5%左右；城乡居民人均可支配",
          "收入分别增长6%和7%左右；居", "民消费价格涨幅3%左右。"]


def test_width_counts_a_chinese_character_twice():
    assert width("增长6%左右") == 10
    assert width("，") == 2


def test_the_lines_of_a_column_break_off_their_sentence():
    breaks = column_breaks(COLUMN, ColumnLayout())
    assert breaks == {0, 1, 2, 3, 4}        # the paragraph's last line is no break


def test_lines_of_unequal_widths_are_no_column():
    menu = ["首页", "新闻中心", "政务公开", "办事服务", "互动交流"]
    assert column_breaks(menu, ColumnLayout()) == frozenset()
    links = ["某县召开全县经济工作会议", "某县举行重点项目集中开工", "某县开展安全生产大检查", "某县召开人代会预备会议"]
    assert column_breaks(links, ColumnLayout()) == frozenset()   # no sentence's mark: a list of links


def test_a_column_page_keeps_its_figures_whole():
    page = "某县政府工作报告摘要\n" + "\n".join(COLUMN) + "\n"
    result = process_page(page.encode("utf-8"))
    text = result["documents"]["text"].iloc[0]
    assert "城乡居民人均可支配收入分别增长6%和7%左右" in text
    rows = result["targets"].to_dict("records")
    towns = [r for r in rows if r["value"] == 6 and "城镇" in str(r["indicator"])]
    assert towns and towns[0]["qualifier"] == "左右"


def test_a_line_closed_by_a_quote_alone_still_breaks_off():
    column = ["全县上下紧紧围绕「两区三城」", "总目标，大力落实「四个年」行", "动，推动高质量发展迈出新步伐", "。全年实现地区生产总值增长6%", "，一般公共预算收入增长5%。"]
    assert column_breaks(column, ColumnLayout()) == {0, 1, 2, 3}


def test_width_counts_as_unicodedata_does_for_every_code_point():
    # the compiled class must agree with the per-character test it replaced, on every code point
    import unicodedata

    from extract.clean.columns import width

    chars = [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000]
    expected = [2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in chars]
    assert [width(c) for c in chars] == expected
    assert width("城乡居民人均可支配收入增长5.5%，ＡＢ ab") == 2 * 13 + 4 + 2 + 2 * 2 + 3
