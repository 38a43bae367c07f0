"""The region of a local outlet's page that names no place but speaks of its own area.

A city's paper writes of "全市" and "我市" without naming the city (雅安日报: 前三季度我市经济运行…,
全市实现社会消费品零售总额…); a prefecture's of "我州". A place inside an outlet's name gives no region
while the text names places of its own (``targets_places.not_opening``: 兰州日报讯 on national news),
but when the text names none and calls its area by the outlet's unit (全市, 我州, 全县) at least
``targets.outlet_region_min_deixis`` times, the area is the outlet's.
"""
from __future__ import annotations

import regex

from ..rulebook import Rules
from .targets_places import gazetteer

# 全市, 我市, 本市: the page's own area, called by the unit of a place's full name (市, 州, 县, 区, 省, 盟)
DEIXIS = "(?:全|我|本){unit}(?![长委民属场])"


def outlet_region(source: str, text: str, rules: Rules) -> str:
    """The full name of the place that opens the outlet ``source`` (威海晚报 -> 威海市) when ``text``
    calls its own area by that place's unit often enough; else ''."""
    if not source:
        return ""
    outlet = rules.pattern("targets.region_outlet_after_re")
    gaz = gazetteer(rules)
    form = max((f for f in gaz.by_form if source.startswith(f)), key=len, default="")
    if not form or outlet is None or not outlet.match(source, len(form)):
        return ""
    place = gaz.by_form[form]
    unit = regex.escape(place.name[-1])
    said = sum(1 for _ in regex.finditer(DEIXIS.format(unit=unit), text))
    return place.name if said >= int(rules.setting("targets.outlet_region_min_deixis", 0) or 1) else ""
