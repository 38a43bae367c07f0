"""Projects: classes of wrong and missed names found auditing the projects table (round 6):
list headings, counted kinds, clause verbs, policy zones, titles, glued and trailing status
words, appositions, investment amounts."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.projects import extract_projects


def run(text: str, rules) -> list[dict]:
    return extract_projects(PageContext("t", text, "", "", ""), rules)


def names(text: str, rules) -> set[str]:
    return {r["name"] for r in run(text, rules)}


def test_list_heading_after_deng_is_no_project(rules):
    # the words right after 等 name the items' kind (等城际联通项目, 等输变电工程)
    assert names("力争开工临江高铁、东川高铁等城际联通项目。", rules) == {"临江高铁", "东川高铁"}
    assert names("开工500千伏北岭、220千伏西沟等输变电工程。", rules) == set()


def test_list_tail_of_means_is_no_project_list(rules):
    # 等方式/等工具 … 项目: the list is of means, the 项目 further on is no heading
    got = names("采取分散处理、集中纳管等方式提高建成项目运行效能。", rules)
    assert got == set()
    assert names("综合运用专项债、产业基金等工具支持产业项目建设。", rules) == set()


def test_counted_kind_is_no_project(rules):
    # a name followed by its count is a kind being counted (示范基地12个, 修复工程8处)
    assert names("新建省级农业示范基地12个，完成湿地修复工程8处。", rules) == set()


@pytest.mark.parametrize("text", [
    "市农科院深度参与国家种业创新中心建设。",
    "东湖高新区入选首批国家级零碳园区，加快建设。",
    "充分发挥项目建设对稳增长的支撑作用。",
    "今年将投建运营一批项目。",
    "建设5大直播电商基地。",
])
def test_verbs_batches_and_groups_are_no_names(rules, text):
    assert names(text, rules) == set()


@pytest.mark.parametrize("text", [
    "高标准建设海南自由贸易港。",
    "加快建设零碳园区、高水平医院和综治中心。",
    "一是聚焦经济建设这一中心工作。",
    "加快建设世界级机场群、港口群。",
    "加快汕头、湛江省域副中心城市建设。",
    "加快发展现代设施农业。",
    "推进城市生命线安全工程向县城延伸。",
])
def test_generic_kinds_and_zones_are_no_projects(rules, text):
    assert names(text, rules) == set()


def test_longer_suffix_ends_the_name(rules):
    # 园区 starting inside 产业园 ends the name: the whole word, not 产业园 cut before 区
    assert names("加快建设临港智能装备产业园区。", rules) == {"临港智能装备产业园区"}
    # 园区 is weak: a zone named beside no construction verb of its own clause is no project
    assert names("支持江城工业园区深化开放创新，全年新开工项目120个。", rules) == set()


def test_name_inside_a_title_is_no_project(rules):
    text = "会议审议《关于加快建设江北滨江新城的实施意见》，部署下一步工作。"
    assert names(text, rules) == set()
    assert names("会议要求加快建设江北滨江新城综合交通枢纽。", rules) == {"江北滨江新城综合交通枢纽"}


def test_status_word_before_a_noun_is_no_verb(rules):
    # 启动区 is a zone, not 启动: a weak name beside it has no construction verb
    assert names("相关规划在新区启动区发布，并在城市规划展示中心公示。", rules) == set()
    # 通航 of 通航设施 is the name's, the clause's verb is 开工
    rows = run("北江船闸、东岭水电站500吨级通航设施等项目顺利开工。", rules)
    assert {(r["name"], r["status"]) for r in rows} == {("北江船闸", "started"),
                                                       ("东岭水电站500吨级通航设施", "started")}


def test_status_word_before_a_suffix_stays_in_the_name(rules):
    assert names("此前，南城有轨电车建设项目暂停推进。", rules) == {"南城有轨电车建设项目"}
    # but a trailing verb phrase after the name is cut off (…段通车改变…铁路的历史); a negated
    # kind (不通铁路) is no project
    assert names("西岭铁路东城至北关段通车改变了山区不通铁路的历史。", rules) == {"西岭铁路东城至北关段"}


def test_suffix_glued_to_a_status_word(rules):
    # jieba cuts 工程建设 as one word: the name still ends at 工程
    got = names("在松江干流防洪治理工程建设征地范围内，禁止新建项目。", rules)
    assert got == {"松江干流防洪治理工程"}
    # not when a body's word follows (工程建设中心 is a body)
    assert names("南海深水工程建设中心总经理介绍，该项目正在建设。", rules) == set()


def test_apposition_dash_and_head(rules):
    assert names("1994年开通的竣工项目——英法海底隧道，是其中最著名的一个。", rules) == {"英法海底隧道"}
    assert names("全省重点工程隆黄铁路开通运营。", rules) == {"隆黄铁路"}


def test_preposition_and_halt_verb_before_a_name(rules):
    got = names("市里召开关于暂停南城市城市轨道交通项目（一期）建设的专题会议。", rules)
    assert got == {"南城市城市轨道交通项目（一期）"}


def test_investment_amount_ties_a_name(rules):
    rows = run("在江城绕城高速公路36亿元总投资中，政府出资两成。", rules)
    assert [(r["name"], r["investment"], r["investment_unit"]) for r in rows] == [("江城绕城高速公路", 36.0, "亿元")]
    rows = run("该公司在甬台高速公路温州段2.3亿美元的总投资中占股一成。", rules)
    assert [(r["name"], r["investment_unit"]) for r in rows] == [("甬台高速公路温州段", "亿美元")]


@pytest.mark.parametrize("text", [
    "加快电力基础设施、村镇基础设施建设。",            # a sector's infrastructure
    "东海一号获评智能工厂、二期工程投产。",             # a bare phase of an unnamed project
    "有序推进保障性住房、城中村改造等项目建设。",       # housing programmes
    "建设国家重要能源原材料基地、全球先进制造业基地。",  # positioning, not projects
    "推进示范项目集聚区建设，建设现代化基础设施体系。",  # a zone's and a system's words follow
])
def test_kinds_programmes_and_positions_are_no_projects(rules, text):
    assert names(text, rules) == set()


def test_route_end_is_no_section(rules):
    # 南屏至横琴段: 横琴段 alone is no line; the section between two places (南屏, no gazetteer
    # place, joined by 至 to another word that may be a place) goes on with the line's name
    got = names("开工建设广珠（澳）高铁南屏至横琴段。", rules)
    assert "横琴段" not in got and "广珠（澳）高铁南屏至横琴段" in got


def test_future_verbs_give_planned(rules):
    rows = run("该公司称，将建设装机300万千瓦的东岭风力发电厂。", rules)
    assert [(r["name"], r["status"]) for r in rows] == [("东岭风力发电厂", "planned")]


@pytest.mark.parametrize("text", [
    "双方将推动科研合作项目落地。",                 # news' generic kinds
    "该项目建成后将成为全省最大的光伏电站。",
    "各地要推进希望工程建设，加快建设菜篮子工程。",  # programmes named 工程
    "市政府推进“菜篮子”工程建设。",                # a subject and its verb before the quote
])
def test_news_kinds_and_programmes_are_no_projects(rules, text):
    assert names(text, rules) == set()


def test_generic_part_after_ji_is_no_project(rules):
    got = names("北港能源装备总装基地及服务中心项目开工。", rules)
    assert got == {"北港能源装备总装基地"}


@pytest.mark.parametrize("text", [
    "事故发生在京港澳高速湖南段，目前救援工作正在推进。",   # a road where something happened
    "公司董事长表示，将加快建设研发中心和生产基地。",       # a company's generic facilities
])
def test_places_of_events_and_company_facilities_are_no_projects(rules, text):
    assert names(text, rules) == set()


@pytest.mark.parametrize("text", [
    "推进生态廊道、郊野公园、口袋公园等建设。",       # kinds of parks in a works list
    "加快城市间高铁、跨江跨海通道等建设。",
    "支持综合保税区、保税物流中心（B型）等建设。",     # policy zones
])
def test_kinds_in_works_lists_are_no_projects(rules, text):
    assert names(text, rules) == set()


def test_two_verb_lead_is_stripped(rules):
    got = names("建设运行国家超级智算西部中心等新型基础设施。", rules)
    assert got == {"国家超级智算西部中心"}


def test_a_list_opened_by_its_clause_subject_and_verb_starts_at_the_first_name(rules):
    # the verb leads the first item (加快推进株洲西站综合交通枢纽), it does not end it
    found = names("会议要求，各级各部门要加快推进株洲西站综合交通枢纽、渌口港区等项目建设。", rules)
    assert {"株洲西站综合交通枢纽", "渌口港区"} <= found
    assert not [n for n in found if "部门" in n]
    # a status word after a name still ends it
    assert "广湛高铁" in names("今年，广湛高铁建成通车、湛江机场等项目建成投用。", rules)


def test_a_period_batch_is_no_project(rules):
    found = names("8月30日上午，红河市三季度建设项目集中开工，此次共开工81项。全市5月份重点项目集中开工活动举行。", rules)
    assert not [n for n in found if "季度" in n or "月份" in n]


def test_an_officials_sentence_before_a_suffix_is_no_project(rules):
    found = names("市委书记王明宣布项目集中开工。", rules)
    assert not [n for n in found if "书记" in n]


def test_a_name_after_a_joining_ji_starts_after_it(rules):
    found = names("全市重点项目集中开工暨泰屹智能制造产业园项目开工活动在相山区举行。", rules)
    assert "泰屹智能制造产业园项目" in found
    assert not [n for n in found if n.startswith("暨")]
