"""A small RunResult with rows in every table, for report and format tests."""
from __future__ import annotations

from collections import Counter

from extract import RunResult
from extract.write.schema import frame


def sample_result() -> RunResult:
    docs = frame("documents", [
        {"doc_id": "d1", "source_path": "a.html", "title": "株洲市2022年政府工作报告", "text": "地区生产总值增长6.5%。",
         "repairs": "mojibake:5;pinyin:212", "status": "ok", "n_chars": 13, "seconds": 0.25},
        {"doc_id": "d2", "source_path": "b.txt", "title": "芦淞区", "text": "", "repairs": "rejoined:7",
         "status": "empty", "n_chars": 0, "seconds": 0.75},
    ])
    targets = frame("targets", [
        {"doc_id": "d1", "indicator": ind, "value": 6.5, "unit": unit, "kind": "target", "period": period,
         "region": region, "sentence": "地区生产总值增长6.5%。", "start": 8, "end": 12, "rule": "tg.growth"}
        for ind, unit, period, region in [("地区生产总值", "%", "2022", "株洲市"), ("固定资产投资", "亿元", "2021-2025", "芦淞区"),
                                          ("地区生产总值", "%", "今年", "株洲市")]])
    officials = frame("officials", [{"doc_id": "d1", "name": "曹慧泉", "title": "市长", "organization": "株洲市人民政府",
                                     "start": 0, "end": 3, "rule": "of.title-before"}])
    projects = frame("projects", [{"doc_id": "d1", "name": "中车“双碳”产业园", "status": "started", "rule": "pj.suffix"},
                                  {"doc_id": "d1", "name": "航空科创园2.2期", "rule": "pj.suffix"}])
    errors = frame("errors", [{"source_path": "c.html", "stage": "read", "error": "binary", "message": "PNG"}])
    counters = {"read": Counter({"kept": 2, "dropped:binary": 1}),
                "clean.boilerplate": Counter({"kept": 2, "changed": 1, "rule:bp.nav.words": 4}),
                "extract": Counter({"kept": 2, "targets": 3, "rule:tg.growth": 3})}
    tables = {"documents": docs, "targets": targets, "officials": officials, "projects": projects, "errors": errors}
    return RunResult(tables, counters, 3)
