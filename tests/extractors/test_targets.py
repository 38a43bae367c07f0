"""Targets on real text: seed sentences, government-report passages, and the
offsets invariant over every seed page run through the whole pipeline."""
from __future__ import annotations

import json

import pytest

from extract import process_page
from extract.extractors.context import PageContext
from extract.extractors.targets import extract_targets

from ..conftest import CORPUS, shared


def line_with(text: str, fragment: str) -> str:
    """The whole line of a page that holds ``fragment`` (so tests run on real text)."""
    for line in text.splitlines():
        if fragment in line:
            return line.strip()
    raise AssertionError(f"{fragment!r} not in page")


def rows_for(text: str, rules, year: str = "2026", region: str = "安徽省") -> list[dict]:
    rows = extract_targets(PageContext("d", text, "", year, region), rules)
    for r in rows:
        assert text[r["start"]:r["end"]] in r["sentence"]
    return rows


def find(rows: list[dict], value: float, unit: str) -> dict:
    hits = [r for r in rows if r["value"] == pytest.approx(value) and r["unit"] == unit]
    assert hits, f"no {value}{unit} in {[(r['indicator'], r['value'], r['unit']) for r in rows]}"
    return hits[0]


# -- seed sentences -------------------------------------------------------------

def test_indicator_table_lines(seed_texts, rules):
    page = seed_texts["001_09d55d6e01ccd363.txt"]
    text = "未来五年主要奋斗目标\n" + "\n".join(
        line_with(page, f) for f in ("千亿产业集群", "科技进步贡献率", "全市经济总量", "万元GDP能耗"))
    rows = rows_for(text, rules, year="2021", region="株洲市")
    cluster = find(rows, 2, "个")
    assert cluster["value_high"] == 3 and cluster["indicator"] == "千亿产业集群"
    assert cluster["kind"] == "target"
    assert find(rows, 70, "%")["qualifier"] == "超过"
    assert find(rows, 70, "%")["indicator"] == "科技进步贡献率"
    assert find(rows, 5000, "亿元")["indicator"] == "全市经济总量"
    energy = find(rows, 15, "%")
    assert energy["change"] == "decline" and energy["qualifier"] == "以上"
    assert not [r for r in rows if r["unit"] == "亿" and r["value"] == 1000], "千亿产业集群 is a name"


def test_each_list_splits_its_subject(seed_texts, rules):
    line = line_with(seed_texts["003_aef4f93b7db362a9.txt"], "分别同比增长12.3%")
    rows = rows_for(line, rules, year="2024", region="株洲市")
    assert "工业增加值" in find(rows, 12.3, "%")["indicator"]
    assert "外资" in find(rows, 1554.7, "%")["indicator"]
    assert "专精特新" in find(rows, 24, "家")["indicator"]
    assert all(r["kind"] == "actual" for r in rows)
    assert find(rows, 851.7, "亿元")["period"] == "2023"          # 去年 on a 2024 page


def test_forecast_sentence_and_shared_indicator(seed_texts, rules):
    line = line_with(seed_texts["003_aef4f93b7db362a9.txt"], "预计发送旅客")
    rows = rows_for(line, rules, year="2024", region="株洲市")
    for value, unit in ((7250, "万人次"), (1806.9, "万人次"), (116.8, "%")):
        row = find(rows, value, unit)
        assert row["kind"] == "forecast"
        assert "旅客" in row["indicator"] or "同期" in row["indicator"]
    assert find(rows, 7250, "万人次")["value_base"] == pytest.approx(7.25e7)


def test_district_report_targets(seed_texts, rules):
    line = line_with(seed_texts["004_1e858b7b18e6f90d.txt"], "主要预期目标是")
    rows = rows_for(line, rules, year="2022", region="芦淞区")
    gdp = find(rows, 8.5, "%")
    assert gdp["kind"] == "target" and gdp["period"] == "2022" and gdp["qualifier"] == "以上"
    assert {r["indicator"] for r in rows} >= {"GDP", "规模工业增加值", "固定资产投资"}


def test_not_figures(rules):
    text = ("2022年，株洲在全国先进制造业城市的排名上，又前进了6位，居第36位。"
            "支持331厂、608所加强研制，推进SA750多用途轻型运输机研发。"
            "加快构建“3+3+2”现代产业体系，打造“三个高地”。电话:28823910。1月26日2时19分开出。")
    values = {r["value"] for r in rows_for(text, rules)}
    assert not values & {2022, 36, 331, 608, 750, 3, 28823910, 26, 19, 2}


def test_a_formula_in_a_code_comment_is_no_figure(rules):
    # a blog post full of code, in Chinese: the result of 2^16 - 2 is no quantity of anything
    text = "对于第1条，可用的IP个数为2^16 - 2 = 65536 -2 = 65534个。全年新增就业岗位3000个。"
    assert [(r["indicator"], r["value"]) for r in rows_for(text, rules)] == [("新增就业岗位", 3000)]


def test_a_space_inside_a_figure(rules):
    # text typeset with spaces (a WeChat article, a PDF's text layer): one space between the number,
    # its unit and its qualifier; not a line break, and not the last group of a phone number
    text = ("重量只有 163 克，支持 3 倍光学变焦。外贸进出口总额增长 5 % 左右，城镇新增就业 70 万人以上。"
            "客服热线：400-930-6677 人工服务时间：9:00-18:00。全年增长8\n个百分点。")
    rows = rows_for(text, rules)
    assert find(rows, 163, "克")["indicator"] == "重量"
    trade = find(rows, 5, "%")
    assert trade["qualifier"] == "左右" and text[trade["start"]:trade["end"]] == "5 %"
    assert find(rows, 70, "万人")["qualifier"] == "以上"
    assert not [r for r in rows if r["value"] in (6677, 8)]


def test_a_subject_that_does_not_split_names_each_figure_of_its_list(rules):
    # 城乡 heading the words is 城镇、农村 run together: the first figure the towns', the second the countryside's
    rows = rows_for("城乡居民人均可支配收入分别达到5.1万元、2.3万元，分别增长5.8%、7.1%。", rules)
    assert [r["indicator"] for r in rows] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"] * 2
    # 城乡 inside the words (after a scope) is not split: the list's figures share the whole subject
    rows = rows_for("全县城乡居民人均可支配收入分别达到5.1万元、2.3万元。", rules)
    assert {r["indicator"] for r in rows} == {"全县城乡居民人均可支配收入"} and len(rows) == 2
    # a subject that splits still does (城镇、农村 share their head)
    rows = rows_for("城镇、农村居民人均可支配收入分别增长5.1%、6.9%。", rules)
    assert [r["indicator"] for r in rows] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]


def test_a_two_character_connective_leaves_the_indicator_whole(rules):
    # 而 alone is trimmed as a connective; 而且 goes whole, not leaving 且 on the indicator
    assert find(rows_for("而且律师一周工作90小时。", rules), 90, "小时")["indicator"] == "律师一周工作"
    # 各 ("each") before the figure counts nothing (govreports: 新增省工程研究中心各20家)
    assert find(rows_for("新增省工程研究中心各20家。", rules), 20, "家")["indicator"] == "新增省工程研究中心"


def test_the_start_and_end_of_a_change_share_its_subject(rules):
    # 从<time>的 A 提高到目前的 B: both figures are the subject's, neither the time nor the verb is
    rows = rows_for("个人所得税起征点从改革开放之初的800元提高到目前的5000元。", rules)
    assert find(rows, 800, "元")["indicator"] == "个人所得税起征点"
    assert find(rows, 5000, "元")["indicator"] == "个人所得税起征点"
    # 较 (compared with) before the figure is no part of the indicator
    assert find(rows_for("PM2.5年均浓度较2020年下降25%。", rules), 25, "%")["indicator"] == "PM2.5年均浓度"


# -- government reports ---------------------------------------------------------

def test_report_targets_passage(rules):
    page = shared("govreports", "pages", "anhui.txt").read_text(encoding="utf-8")
    text = "三、2026年重点工作\n" + line_with(page, "主要预期目标是")
    rows = rows_for(text, rules)
    gdp = find(rows, 5, "%")
    assert gdp["value_high"] == 5.5 and gdp["kind"] == "target" and gdp["period"] == "2026"
    assert gdp["change"] == "growth" and "地区生产总值" in gdp["indicator"]
    jobs = find(rows, 68, "万人")
    assert jobs["qualifier"] == "左右" and jobs["value_base"] == 680000


def test_report_review_paragraph(rules):
    page = shared("govreports", "pages", "anhui.txt").read_text(encoding="utf-8")
    text = "一、2025年工作和“十四五”发展回顾\n" + line_with(page, "全省地区生产总值5.3万亿元")
    rows = rows_for(text, rules)
    level = find(rows, 5.3, "万亿元")
    growth = next(r for r in rows if r["value"] == 5.5 and r["start"] > level["start"])
    assert growth["indicator"] == level["indicator"] and "地区生产总值" in level["indicator"]
    assert level["kind"] == growth["kind"] == "actual"
    assert "2025" in level["period"] and "2025" in growth["period"]
    city, country = find(rows, 4.4, "%"), find(rows, 5.9, "%")
    assert city["indicator"].startswith("城镇") and country["indicator"].startswith("农村")


def test_full_width_percent_and_plan_period(rules):
    page = shared("govreports", "pages", "shaanxi.txt").read_text(encoding="utf-8")
    text = "二、“十五五”时期主要目标和重大举措\n三、2026年重点工作\n" + line_with(page, "主要预期目标是")
    gdp = find(rows_for(text, rules, region="陕西省"), 5, "％")
    assert gdp["base_unit"] == "%" and gdp["qualifier"] == "左右" and gdp["kind"] == "target"
    plan = rows_for("二、“十五五”时期主要目标和重大举措\n地区生产总值年均增长5%左右。", rules)
    assert plan[0]["period"] == "2026-2030" and plan[0]["kind"] == "target"


def test_target_cue_split_over_lines(rules):
    text = "三、2026年工作安排\n今年经济社会发展的\n主要预期目标\n是：地区生产总值增长4.5%—5%，地方一般公共预算收入增长3%左右。"
    rows = rows_for(text, rules, region="广东省")
    assert [(r["value"], r["value_high"], r["kind"], r["period"]) for r in rows] == [
        (4.5, 5.0, "target", "2026"), (3.0, None, "target", "2026")]


def test_every_gold_sentence_of_the_reports_yields_its_figure(rules):
    gold = json.loads(shared("govreports", "gold.json").read_text(encoding="utf-8"))
    for page, g in gold.items():
        for t in g["targets"]:
            rows = rows_for(t["sentence"], rules, region=g["province"])
            assert any(r["value"] == pytest.approx(t["value"]) and r["unit"].replace("％", "%") == t["unit"]
                       and any(k in r["indicator"] for k in t["indicator"]) for r in rows), (page, t["sentence"])


# -- whole pages ----------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_results():
    return {p.name: process_page(p.read_bytes(), source_path=str(p)) for p in sorted(CORPUS.glob("*.txt"))}


def test_offsets_point_at_the_figure_on_every_seed(seed_results):
    for name, res in seed_results.items():
        text = res["documents"]["text"].iloc[0]
        targets = res["targets"]
        assert len(targets), name
        for row in targets.to_dict("records"):
            figure = text[int(row["start"]):int(row["end"])]
            assert figure and figure in row["sentence"], (name, row)
            assert figure[0].isdigit() or figure[0] in "零〇一二两三四五六七八九十百千" or figure.startswith("百分之"), figure
            assert row["rule"], row


def test_page_region_from_title(seed_results):
    regions = {name: set(res["targets"]["region"]) for name, res in seed_results.items()}
    assert "芦淞区" in regions["004_1e858b7b18e6f90d.txt"]


def test_an_estimate_in_the_review_of_the_year_gone_is_its_preliminary_result(rules):
    # a report delivered before the year's statistics: 预计 in the review part gives last year's
    # result (actual, 2025); the same words in a page with no review heading stay a forecast
    report = ("政府工作报告\n一、2025年工作回顾\n过去一年，全省经济稳中有进。预计全年地区生产总值增长5.3%左右，"
              "预计大湾区经济总量突破15万亿元。\n二、2026年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n")
    rows = rows_for(report, rules)
    gone = find(rows, 5.3, "%")
    assert (gone["kind"], gone["period"]) == ("actual", "2025")
    assert find(rows, 15, "万亿元")["kind"] == "actual"
    assert find(rows, 5, "%")["kind"] == "target"
    news = "机构展望下半年\n分析人士表示，预计全年地区生产总值增长5.3%左右。\n"
    assert find(rows_for(news, rules), 5.3, "%")["kind"] == "forecast"


def test_one_figure_given_for_several_quantities_with_jun(rules):
    # 均 (both, all): a row for each quantity the figure is given for
    rows = rows_for("今年主要预期目标是：固定资产投资和社会消费品零售总额均增长5%左右。", rules)
    assert sorted(r["indicator"] for r in rows) == ["固定资产投资", "社会消费品零售总额"]
    assert all(r["qualifier"] == "左右" and r["kind"] == "target" for r in rows)
    rows = rows_for("城镇、农村居民人均可支配收入均增长6%以上。", rules)
    assert sorted(r["indicator"] for r in rows) == ["农村居民人均可支配收入", "城镇居民人均可支配收入"]
    # 人均 and 年均 are no 均 of a list
    assert [r["indicator"] for r in rows_for("城乡居民人均可支配收入增长5%。", rules)] == ["城乡居民人均可支配收入"]
    assert len(rows_for("制造业投资、民间投资年均增长8%。", rules)) == 1
