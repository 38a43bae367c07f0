"""A digest of a report (图解, 要点) mixes its figure lines with short items that close on no figure
and with colon headings (clean/core.py stat_gaps, parts_summary): they cost its run nothing, so the
digest is kept whole, not cut at its first few such lines. Lines written for these tests."""
from __future__ import annotations

from extract import process_page
from extract.clean.core import CoreSettings, parts_summary, stat_blocks, stat_gaps

MENU = ["首页", "新闻", "政务", "专题", "首页 > 两会 > 图解"]
DIGEST = [
    "图解：省政府工作报告里的关键数字",
    "1月22日上午，省十四届人大四次会议开幕，省长作政府工作报告。",
    "2025年成就：",
    "固定资产投资增长4.6%",
    "规上工业增加值增长6.1%",
    "进出口总额增长3.8%",
    "夏粮再获丰收",
    "新建学校全部投用",
    "生态环境持续向好",
    "“十四五”成就：",
    "生产总值年均增长5.7%",
    "人均突破9万元",
    "乡村振兴扎实推进",
    "2026年目标：",
    "生产总值增长5.5%左右",
    "地方财政收入增长4%左右",
    "城乡居民收入分别增长5%和6.5%",
    "城镇新增就业45万人",
]
LINKS = ["相关新闻", "省政协会议开幕", "版权所有 某某网", "联系我们 网站地图"]


def test_a_digests_short_items_and_colon_headings_keep_it_whole():
    docs = process_page("\n".join(MENU + DIGEST + LINKS), source_path="digest.txt")
    text = docs["documents"].loc[0, "text"]
    assert "城镇新增就业45万人" in text and "生产总值年均增长5.7%" in text
    assert "网站地图" not in text
    rows = docs["targets"].to_dict("records")
    assert any(r["value"] == 5.5 and r["kind"] == "target" and r["period"] == "2026" for r in rows)


def test_gaps_lie_only_between_figure_lines_of_one_block():
    st = CoreSettings()
    lines = ["图解", "固定资产投资增长4.6%", "夏粮再获丰收", "规上工业增加值增长6.1%",
             "进出口总额增长3.8%", "会议强调，要坚定信心。", "夏粮再获丰收"]
    stats = stat_blocks(lines, st)
    assert stat_gaps(lines, stats, st) == {2}


def test_a_sentence_parts_the_summary_a_heading_or_figure_row_does_not():
    assert parts_summary("会议强调，要坚定信心。")
    assert not parts_summary("2026年目标：")
    assert not parts_summary("城乡居民收入分别增长5%和6.5%")
