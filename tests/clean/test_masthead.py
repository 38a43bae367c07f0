"""A paper's name line left inside a sentence an e-paper masthead split."""
from __future__ import annotations

from extract.clean.boilerplate import Boilerplate
from extract.clean.masthead import names_in_split_sentence
from extract.record import PageRecord


def clean(rules, text: str) -> PageRecord:
    return Boilerplate(rules).process(PageRecord(source_path="t", raw_text=text))


def test_the_papers_name_between_two_halves_of_a_sentence_goes(rules):
    text = ("东湖县今年安排新建学校三所、改扩建学校五所，计划总投\n\n东湖日报\n2025年3月4日 星期二\n"
            "第1024期 今日8版\n\n资6.5亿元，年底前全部完工。\n")
    rec = clean(rules, text)
    assert "东湖日报" not in rec.text
    assert "计划总投" in rec.text and "资6.5亿元" in rec.text
    assert ("line", "bp.epaper.name_in_sentence", "东湖日报") in rec.dropped
    # with the name under the date lines, and a county paper's name without 报
    rec = clean(rules, text.replace("东湖日报\n2025年3月4日 星期二\n第1024期 今日8版",
                                    "2025年3月4日 星期二\n第1024期 今日8版\n今日东湖"))
    assert "今日东湖" not in rec.text and "资6.5亿元" in rec.text


def test_a_masthead_between_two_articles_keeps_its_name_line(rules):
    # the sentence before the masthead has ended: nothing says the name line is furniture here
    text = ("东湖县今年安排新建学校三所、改扩建学校五所，年底前全部完工。\n\n东湖日报\n2025年3月4日 星期二\n"
            "第1024期 今日8版\n\n西湖县召开春季农业生产工作会议，部署春耕备耕工作。\n")
    assert "东湖日报" in clean(rules, text).text


def test_names_in_split_sentence_rules():
    kept = ["本次共签约项目十个，总投", "", "某某日报", "客户端", "", "资二十亿元。"]
    is_name = lambda i: 0 < len(kept[i]) <= 6 and "，" not in kept[i] and "。" not in kept[i]  # noqa: E731
    assert names_in_split_sentence(kept, [4], is_name, 2, 10) == {2, 3}
    # at most max_names name lines on a side: with one allowed, the block does not reach the body line
    assert names_in_split_sentence(kept, [4], is_name, 1, 10) == set()
    # the line before is too short to be a body line broken mid-sentence
    assert names_in_split_sentence(kept, [4], is_name, 2, 20) == set()
    # no line after the block: the page ends with the masthead
    assert names_in_split_sentence(kept[:5], [4], is_name, 2, 10) == set()


def test_a_date_and_page_line_is_a_masthead_line(rules):
    # an e-paper's masthead with a date and page line (no weekday, no issue number) splits a sentence
    text = ("西山区今年计划完成造林面积1.2万亩，新建口袋公园\n\n西山晚报\n2024年6月7日 第3版\n\n"
            "15个，年底前全部建成开放。\n")
    rec = clean(rules, text)
    assert "西山晚报" not in rec.text and "第3版" not in rec.text
    assert "新建口袋公园15个" in rec.text.replace("\n", "")
    assert any(d[1] == "bp.epaper.page_date" for d in rec.dropped)


def test_a_book_edition_or_a_cited_page_is_no_masthead(rules):
    text = ("该书由某某出版社2001年3月第1版。\n据《西山晚报》2024年6月7日，第3版。\n")
    rec = clean(rules, text)
    assert "2001年3月第1版。" in rec.text and "2024年6月7日，第3版。" in rec.text


def test_a_short_line_whose_comma_opens_the_broken_clause_is_a_body_line(rules):
    # 14 characters, shorter than a body line, but the comma opens the clause the masthead breaks off
    text = ("会议期间，县长介绍了全县交通\n\n西山晚报\n2024年6月7日 第3版\n\n建设情况。\n")
    rec = clean(rules, text)
    assert "西山晚报" not in rec.text


def test_names_in_split_sentence_short_clause():
    kept = ["会上，某某介绍全县", "", "某某日报", "", "情况。"]
    is_name = lambda i: kept[i] == "某某日报"  # noqa: E731
    assert names_in_split_sentence(kept, [3], is_name, 2, 20) == set()
    assert names_in_split_sentence(kept, [3], is_name, 2, 20, clause_min_chars=8) == {2}
    # no comma: a short heading line before a masthead keeps the name line
    kept[0] = "一季度全县经济运行"
    assert names_in_split_sentence(kept, [3], is_name, 2, 20, clause_min_chars=8) == set()
