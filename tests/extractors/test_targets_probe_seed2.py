"""Targets: what a count counts, met while probing seed-like pages (seed round 2): a size class
between the count and its noun (87个亿元以上重大项目), a project batch's count after the amount
it shares (总投资…的N个…项目), a noun an adverb and a verb follow (项目顺利签约), and the
one-character units a county is made of (县辖11个镇、161个村). Sentences written for these tests."""
from __future__ import annotations

from .report_pages import row, targets

NEWS = "某市重大项目集中开工及招商引资项目集中签约\n"
POOR = "某县贫困村全部脱贫出列\n"


def test_a_size_class_between_the_count_and_its_noun_is_skipped():
    rows = targets("总投资215.6亿元的46个亿元以上重大项目在各县区同时开工。\n", NEWS)
    assert "项目" in row(rows, 46, "个")["indicator"]
    assert "总投资" not in row(rows, 46, "个")["indicator"]
    assert row(rows, 215.6, "亿元")["indicator"].endswith("总投资")


def test_a_count_of_projects_an_adverb_and_a_verb_follow_keeps_its_head_noun():
    rows = targets("合同引资额达120.5亿元的18个招商引资项目顺利签约，将落地各功能区。\n", NEWS)
    assert row(rows, 18, "个")["indicator"] == "招商引资项目"
    rows = targets("今年新引进的5个产业项目全部开工。\n", NEWS)
    assert "产业项目" in row(rows, 5, "个")["indicator"]


def test_a_subject_an_adjective_follows_is_still_dropped():
    rows = targets("实验中4条斑马鱼状态良好。\n", "某实验室开展斑马鱼实验\n")
    assert all("状态" not in r["indicator"] for r in rows if r["value"] == 4)


def test_the_towns_and_villages_a_county_is_made_of():
    rows = targets("某县辖9个镇、124个村(社区)，总人口21.5万。\n", POOR)
    assert row(rows, 9, "个")["indicator"].endswith("镇")
    assert row(rows, 124, "个")["indicator"] == "村"
    # a one-character noun after no holder verb still names nothing by itself
    rows = targets("全省60个县(市、区)全部完成验收。\n", POOR)
    assert all(r["indicator"] not in ("县", "村") for r in rows if r["value"] == 60)


def test_a_rate_in_quotes_or_corner_brackets_is_the_goals_value():
    # a goal's value in quotes (a Taiwanese or Hong Kong page writes corner brackets)
    for text in ("今年初设定全年经济增长目标为“5%左右”，一季度经济增长率5.3%。\n",
                 "今年初設定全年經濟增長目標為「5%左右」，一季度經濟增長率5.3%。\n"):
        r = row(targets(text, "全国经济运行情况\n"), 5)
        assert "增长" in r["indicator"] and "「" not in r["indicator"] and "“" not in r["indicator"]
        assert r["kind"] == "target"
    # a short quoted name holding a number stays no figure
    rows = targets("全市推进“三个高地”建设，落实“30条”措施，新增企业120家。\n", "某市经济工作会议召开\n")
    assert not [r for r in rows if r["value"] in (3, 30)]
