"""One-character counties (places_lede.tsv): the page's region from its title or lede only."""
from __future__ import annotations

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials
from extract.extractors.targets_places import page_region


def test_a_one_character_county_of_the_title_is_the_pages_region(rules):
    # a company from another province further down does not make the page its province's
    text = ("沛县今年签约工业项目32个，其中山东某某机械有限公司投资8亿元建设装备制造项目。\n"
            "全县上下要加快项目落地。\n")
    assert page_region("沛县召开项目推进会", text, rules) == "沛县"
    # ... named first in the lede it counts as well
    lede = "3月5日，凤县召开全县经济工作会议。\n会议要求，徐州市客商投资的项目加快建设。\n"
    assert page_region("", lede, rules) == "凤县"


def test_a_one_character_county_is_not_looked_for_in_running_text(rules):
    # 住房县城 is housing in the county seat, not 房县; further down the text a county is not read
    assert page_region("加快保障性住房县城建设", "株洲市推进保障性住房建设。\n", rules) == "株洲市"
    text = "株洲市召开项目调度会。\n会议听取了汇报。\n各地交流了经验。\n一些企业到滑县考察。\n"
    assert page_region("", text, rules) == "株洲市"


def test_a_city_office_on_a_one_character_countys_page_is_the_citys(rules):
    text = "5月8日，市委副书记王明远到房县调研产业发展，县长李向东陪同。\n"
    ctx = PageContext("d", text, "王明远到房县调研", "2024", page_region("王明远到房县调研", text, rules))
    regions = {r["name"]: r["region"] for r in extract_officials(ctx, rules)}
    assert regions.get("王明远") == "十堰市"
    assert regions.get("李向东") == "房县"
