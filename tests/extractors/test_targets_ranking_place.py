"""A ranking's neighbours (仅次于某某区, 位居某某市之后) are not the region of the figures after them."""
from __future__ import annotations

from extract.extractors.targets_places import gazetteer
from extract.extractors.targets_ranking_place import not_ranked


def _regions(text, rules):
    return [p.name for _, p in not_ranked(text, gazetteer(rules).find(text), rules)]


def test_places_a_ranking_names_are_no_region(rules):
    assert _regions("全县工业增速位居醴陵市、芦淞区之后，居全市第三，规模工业增加值", rules) == []
    assert _regions("增幅仅次于芦淞区，外贸进出口总额", rules) == []


def test_a_place_outside_the_ranking_stays(rules):
    assert _regions("醴陵市工业增速位居全市第一，规模工业增加值", rules) == ["醴陵市"]
    assert _regions("增幅居全省前列，株洲市外贸进出口总额", rules) == ["株洲市"]
