"""A firm from elsewhere investing in the page's place: the investment is the page's place's."""
from __future__ import annotations

from extract.extractors.targets_investor_place import not_investors
from extract.extractors.targets_places import gazetteer


def _regions(text, rules):
    gaz = gazetteer(rules)
    return [p.name for _, p in not_investors(text, gaz.find(text), gaz, rules)]


def test_the_place_of_an_investing_firm_is_no_region(rules):
    assert _regions("广州明远精密机械有限公司“高端轴承生产项目”计划投资", rules) == []
    assert _regions("江西某某食品企业投资", rules) == []


def test_a_place_that_is_not_an_investors_stays(rules):
    # the firm's own output is its place's; a place's firms in general, or 的公司, are the place's
    assert _regions("长沙华泰智能科技有限公司的年产值", rules) == ["长沙市"]
    assert _regions("株洲市工业企业投资", rules) == ["株洲市"]
    assert _regions("湖南的公司投资", rules) == ["湖南省"]
