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
