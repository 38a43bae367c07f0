"""What each rule file must hold: required columns and closed vocabularies.

A file under ``rules/`` that is not listed here is still loaded and checked
for the generic things (header, unique ids, regexes); listing it adds the
column checks below.
"""
from __future__ import annotations

from types import MappingProxyType


class Several(frozenset):
    """The allowed values of a column that may list several of them, comma-separated."""


KINDS = {"target", "actual", "forecast"}
CHANGES = {"growth", "decline", "level"}
STATUSES = {"planned", "started", "under construction", "completed"}
# the province-level divisions, as rules/places.tsv names them in its province column
PROVINCES = {
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省",
    "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省",
    "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区",
    "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区",
}

# stem -> (required columns, {column: allowed values})
SCHEMAS = MappingProxyType({
    "boilerplate": (("id", "pattern", "action"), {"action": {"line", "span", "cut", "cut-if-tail", "end", "masthead-name"}}),
    "meta": (("id", "field", "pattern"), {"field": {"url", "source", "date_cue", "not_title", "not_source", "source_trim", "outlet_line", "outlet_above", "dateline", "clock", "header_label", "lead_in", "merged_head", "summary_label"}}),
    "units": (("id", "unit", "kind"), {"kind": {"magnitude", "percent", "count", "unit"}}),
    "indicators": (("id", "word"), {}),
    "price_groups": (("id", "word"), {}),
    "qualifiers": (("id", "word", "position"), {"position": {"before", "after"}, "reach": {"adjacent", "clause"}}),
    "kind_cues": (("id", "pattern", "kind", "scope"), {"kind": KINDS, "scope": {"clause", "passage", "sentence", "heading", "lead", "weak"}}),
    "targets_periods": (("id", "pattern", "period"), {}),
    "targets_filters": (("id", "where", "pattern"), {"where": {"before", "after", "span", "threshold_after", "threshold_before", "threshold_link", "threshold_joined"}}),
    "targets_trim": (("id", "where", "pattern"), {"where": {"lead", "tail", "tail_change", "counted_tail", "drop", "relative", "share", "plan_amount"}}),
    "change_cues": (("id", "word", "change"), {"change": CHANGES, "binds": {"copula", "adjacent"}}),
    "titles": (("id", "word"), {}),
    "not_officials": (("id", "word"), {}),
    "surnames": (("id", "surname"), {}),
    "project_suffixes": (("id", "word"), {}),
    "project_status": (("id", "word", "status"), {"status": STATUSES}),
    "project_headings": (("id", "word", "status"), {"status": STATUSES}),
    "project_status_parts": (("id", "pattern", "status", "priority"), {"status": STATUSES}),
    "not_projects": (("id", "pattern"), {}),
    "places": (("id", "word", "level", "province"), {"level": {"province", "city", "county"}, "province": PROVINCES}),
    "places_lede": (("id", "word", "level", "province"), {"level": {"county"}, "province": PROVINCES}),
    "t2s_phrases": (("id", "from", "to"), {}),
    "mojibake_lost": (("id", "pattern", "char"), {}),
    "report_words": (("id", "word"), {}),
    "html_lines": (("id", "where", "pattern"), {"where": Several({"head", "tail", "last", "today", "crumb"})}),
    "officials_foreign": (("id", "pattern"), {}),
    "minority_names": (("id", "word", "origin"), {"origin": {"tibetan", "mongolian", "yi"}}),
    "officials_stops": (("id", "word", "action"), {"action": {"stop", "keep"}}),
    "officials_roles": (("id", "word"), {"after": {"deputy", "any"}}),
    "project_lists": (("id", "pattern"), {"items": {"any", "suffixed", "works"}, "ties": {"yes", "across"}}),
    "projects_investment": (("id", "pattern"), {"where": {"clause", "before_name", "shared"}}),
    "projects_leads": (("id", "word"), {}),
    "content_selectors": (("id", "selector", "role"), {"role": {"body", "lead", "noise", "title", "date", "source"}}),
    "html_noise": (("id", "pattern"), {}),
    "html_meta": (("id", "field", "name"), {"field": {"title", "published", "published_state", "source", "url"}}),
})
