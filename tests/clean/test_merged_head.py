"""A headline, its date and the editor's note that a scraper ran together on one line."""
from __future__ import annotations

from extract import process_page
from extract.clean.merged_head import MergedHead

NOTE_LINE = "东川区启动老旧小区加装电梯工作 2025-03-04 编者按：加装电梯是群众关心的实事。本报今起连续报道各街道的做法。"
BODY = ["3月3日，东川区召开老旧小区加装电梯工作推进会，今年计划完成加装电梯120部。",
        "会议要求各街道摸清底数，做好居民意见征集，确保工程质量和施工安全。"]


def test_the_line_is_taken_apart_into_headline_and_note(rules):
    parts = MergedHead(rules).parts(NOTE_LINE)
    assert parts == ("东川区启动老旧小区加装电梯工作", "编者按：加装电梯是群众关心的实事。本报今起连续报道各街道的做法。")


def test_a_sentence_with_a_date_and_no_note_label_is_left_whole(rules):
    line = "东川区 2025-03-04 召开推进会：今年计划完成加装电梯120部。"
    assert MergedHead(rules).parts(line) is None
    assert MergedHead(rules).split([line]) == [line]


def test_a_dump_with_the_merged_line_gets_its_title_date_and_note():
    page = "\n".join(["首页", "新闻", "当前位置：首页 > 新闻", NOTE_LINE] + BODY + ["打印本页", "关闭窗口"])
    docs = process_page(page, source_path="dianti.txt")["documents"]
    text = docs.loc[0, "text"]
    assert docs.loc[0, "title"] == "东川区启动老旧小区加装电梯工作"
    assert str(docs.loc[0, "published"]).startswith("2025-03-04")
    assert "2025-03-04" not in text
    assert "加装电梯是群众关心的实事" in text and "今年计划完成加装电梯120部" in text


def test_an_agency_credit_closing_the_text_names_the_outlet():
    page = "\n".join(["东川区启动老旧小区加装电梯工作", "2025-03-04"] + BODY[:1] +
                     ["会议要求各街道摸清底数，确保工程质量和施工安全。（中央社）"])
    assert process_page(page, source_path="cna.txt")["documents"].loc[0, "source"] == "中央社"
