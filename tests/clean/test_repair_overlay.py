"""The word frequencies the lost-character chooser reads: report phrases over jieba's dictionary."""
from __future__ import annotations

from collections import ChainMap

from extract.clean.repair import Overlay


def test_overlay_reads_as_a_chainmap_of_its_two_dicts():
    top, base = {"集中签约": 5000, "项目": 9}, {"项目": 100, "签约": 40, "集中": 70}
    ours, theirs = Overlay(top, base), ChainMap(top, base)
    for key in ("集中签约", "项目", "签约", "开工"):
        assert ours.get(key) == theirs.get(key)
        assert ours.get(key, 0) == theirs.get(key, 0)
        assert (key in ours) == (key in theirs)
    assert ours["项目"] == 9 and dict(ours) == dict(theirs) and len(ours) == len(theirs)


def test_an_overlay_is_true_without_counting_its_dictionary():
    class Huge(dict):
        def __iter__(self):
            raise AssertionError("a truth test must not walk the dictionary")

    assert Overlay({}, Huge(a=1))
    assert not Overlay({}, {})
