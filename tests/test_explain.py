"""explain: records marked in the clean text with their rules; what cleaning dropped, with reasons."""
from __future__ import annotations

from extract.explain import Explanation, Mark, explain_path, locate, marked_segments, render_html, render_text
from extract.record import PageRecord

from .conftest import CORPUS

PAGE = CORPUS / "004_1e858b7b18e6f90d.txt"


def record() -> PageRecord:
    rec = PageRecord(source_path="p.txt", text="株洲市长张三说,GDP增长8%以上。", status="ok")
    rec.targets = [{"indicator": "GDP", "value": 8.0, "unit": "%", "qualifier": "以上", "kind": "target",
                    "start": 13, "end": 15, "rule": "pct.half+p.target.main"}]
    rec.officials = [{"name": "张三", "title": "市长", "start": 4, "end": 6, "rule": "officials.title-name"},
                     {"name": "李四", "title": "?", "start": None, "end": None, "rule": "x"}]
    rec.dropped = [("line", "bp.credit.editor", "责编:王珈")]
    rec.repairs.update({"pinyin": 3})
    return rec


def test_marks_are_numbered_in_text_order_and_rows_without_offsets_kept_apart():
    rec = record()
    marks, unplaced = locate(rec)
    assert [(m.n, m.table, rec.text[m.start:m.end]) for m in marks] == [(1, "officials", "张三"), (2, "targets", "8%")]
    assert [m.row["name"] for m in unplaced] == ["李四"] and unplaced[0].n == 3


def test_text_rendering_marks_records_rules_and_drops():
    rec = record()
    marks, unplaced = locate(rec)
    out = render_text(Explanation("p.txt", rec, None, marks, unplaced))
    assert "株洲市长【张三】[1]说,GDP增长【8%】[2]以上。" in out
    assert "[2] figure: GDP = 8 % (以上, target)  rule pct.half+p.target.main" in out
    assert "bp.credit.editor" in out and "责编:王珈" in out and "pinyin:3" in out


def test_overlapping_marks_do_not_break_the_text():
    text = "航空科创园2.2期项目"
    marks = [Mark(1, "projects", 0, 10, "a", {}), Mark(2, "projects", 0, 5, "b", {})]
    assert "".join(s for s, _ in marked_segments(text, marks)) == text


def test_html_is_escaped_and_self_contained():
    rec = record()
    rec.text = "<b>" + rec.text
    marks, unplaced = locate(rec)
    html = render_html([Explanation("p.txt", rec, None, marks, unplaced)])
    assert "&lt;b&gt;" in html and '<meta charset="utf-8">' in html and "http" not in html


def test_a_corpus_page_shows_its_records_and_what_cleaning_dropped():
    (page,) = list(explain_path(PAGE))
    assert page.record is not None and page.record.text
    for m in page.marks:  # every marked span is the figure or name it claims to be
        assert page.record.text[m.start:m.end]
        assert m.rule
    out = render_text(page)
    assert "--- dropped by cleaning" in out and "--- records ---" in out
    assert page.record.dropped and "--- why: the notes of those rules ---" in out  # furniture, with reasons
    assert {m.table for m in page.marks} >= {"targets", "projects"}


def test_a_failed_page_says_where_it_failed(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    (page,) = list(explain_path(empty))
    assert page.record is None and "no document" in render_text(page)
