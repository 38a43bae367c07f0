"""Projects on real seed sentences: headed lists, quoted and suffixed names, programmes refused."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.projects import extract_projects


def run(text: str, rules) -> list[dict]:
    return extract_projects(PageContext("t", text, "", "", ""), rules)


def names(text: str, rules) -> set[str]:
    return {r["name"] for r in run(text, rules)}


def test_headed_list_of_projects(rules):
    text = ("持续推进产业项目建设,重点抓好航空动力专项、泛航智能制造、轻型飞机研发及产业化、新科研生产园二期、"
            "华锐二期、诚超特种材料、白关现代农业基地等十大产业项目。")
    rows = run(text, rules)
    got = {r["name"]: r for r in rows}
    assert set(got) == {"航空动力专项", "泛航智能制造", "轻型飞机研发及产业化", "新科研生产园二期",
                        "华锐二期", "诚超特种材料", "白关现代农业基地"}
    assert {r["list_name"] for r in rows} == {"十大产业项目"}


def test_list_with_status(rules):
    rows = run("2022年,百年老站株洲火车站蝶变重启,新华桥、608所下穿工程等一批项目竣工通车。", rules)
    got = {r["name"]: r["status"] for r in rows}
    assert got == {"新华桥": "completed", "608所下穿工程": "completed"}


def test_quoted_and_suffixed_names(rules):
    assert names("在株洲清水塘产业新城建设中车“双碳”产业园,布局新能源汽车电驱。", rules) >= {"中车“双碳”产业园"}
    rows = run("中车株洲电机深耕动力研发,启动永磁动力产业项目。", rules)
    assert [(r["name"], r["status"]) for r in rows] == [("永磁动力产业项目", "started")]
    assert names("产值30亿的铂瓷新能源项目加快推进", rules) == {"铂瓷新能源项目"}
    assert names("刘朝晖代表建议,支持建设国家电力机车产业计量测试中心。", rules) == {"国家电力机车产业计量测试中心"}
    # a number in a quoted name is its name (a tower), not a count of projects (np.count: 3项)
    assert names("有力推进“117项目”司法出清、全面复建。", rules) == {"“117项目”"}


def test_investment_in_clause(rules):
    rows = run("淳华氢能总投资12.5亿元的氢能科技产业园开工建设。", rules)
    assert rows and rows[0]["investment"] == 12.5 and rows[0]["investment_unit"] == "亿元"
    assert rows[0]["status"] == "started"


def test_list_items_and_stations(rules):
    # a list item's first token opens its name whatever jieba tags it (成达: a verb)
    assert names("加快川藏铁路、成达万高铁、西香高速建设。", rules) == {"川藏铁路", "成达万高铁", "西香高速"}
    # railway stations named by their side of town, and an airport after 、
    assert names("确保西安东站、定边机场年内建成投运。", rules) == {"西安东站", "定边机场"}
    assert names("谋划珠江口深水港建设。", rules) == {"珠江口深水港"}
    assert names("特斯拉上海超级工厂建成投产。", rules) == {"特斯拉上海超级工厂"}
    # a name may start with a place jieba tags otherwise (大同: an adverb)
    assert names("加快建设大同国家数据标注基地。", rules) == {"大同国家数据标注基地"}


def test_list_item_after_a_scope_word_and_a_lead_verb(rules):
    # 全市 before 重点推进 is no part of the first item (it was cut to 全市重点 at the verb)
    assert names("全市重点推进清水塘老工业区搬迁改造、湘江风光带南延工程等十大基础设施项目。", rules) == {
        "清水塘老工业区搬迁改造", "湘江风光带南延工程"}


def test_list_without_heading_or_verb_keeps_its_strongly_suffixed_items(rules):
    # 打造 is no construction verb and 工业旅游标杆 no project heading: 产业园 alone vouches for the item
    assert names("打造螺蛳粉产业园等工业旅游标杆。", rules) == {"螺蛳粉产业园"}
    # ... a weak suffix does not (公园: a park, or a programme's name)
    assert names("打造滨江公园等城市地标。", rules) == set()


@pytest.mark.parametrize("text", [
    "着力建设华苑—南站、水西等特色宜居片区。",   # a stretch between two places: a district
    "全年建成运输机场3座、通用机场8座。",         # kinds of airport, counted
    "新能源汽车产能相继投运，行业迎来一波高速增长。",  # 高速 "fast", not an expressway
    "一期工程建成22.5万总吨和10万总吨邮轮泊位各1个。",  # berths of a size, counted: no named project
    "大力实施“动力党建”工程；推进城市小区党建。",
    "株洲市工信局实施产业基础再造、企业梯度培育等“七大工程”。",
    "玻璃产业项目建设成效凸显。",
    "强化项目建设硬支撑,现场签约3个项目。",
    "实施医疗卫生强基工程，加强县区、基层医疗机构运行保障。",
    "推进人才兴皖工程提质增效。",
    "2月24日,株洲动力谷国际学术交流中心,一场特殊的招商宣誓大会举行。",
    "滚动更新入库、在谈、开工、在建、竣工五张项目清单。",
    "加快已签约在施重大项目进度，推动项目建设。",   # 在施 (under construction, jieba cuts 在/施): generic
])
def test_programmes_and_generic_words_refused(text, rules):
    assert run(text, rules) == []


def test_offsets_over_seeds(seed_texts, rules):
    """Over every seed page, every officials and projects row points at its name."""
    from extract.extractors.officials import extract_officials
    from extract.pipeline import Pipeline
    from extract.record import PageRecord

    pipe = Pipeline(rules)
    stages = pipe.stages[:-1]  # everything before extract
    for name, raw in seed_texts.items():
        rec = PageRecord(source_path=name, raw=raw.encode("utf-8"))
        for stage in stages:
            rec = stage(rec)
        ctx = PageContext(rec.doc_id, rec.text, rec.title, "", "")
        rows = extract_officials(ctx, rules) + extract_projects(ctx, rules)
        assert rows, name
        for row in rows:
            assert rec.text[row["start"]:row["end"]] == row["name"], (name, row)
            assert row["name"] in row["sentence"]


def test_name_inside_a_document_title_refused(rules):
    # a suffixed word read back across book-title marks is part of a document's title, not a project
    text = "以《国务院关于推进西部陆海新通道建设的意见》《滨江自由贸易港建设总体方案》为指引，加快建设滨江新港。"
    got = names(text, rules)
    assert not any("《" in n or "》" in n for n in got)


def test_policy_verb_in_front_of_a_name_is_stripped(rules):
    # 落实, 深化, 布局, 有力推进, 新开工 open the clause; jieba tags some of them as nouns or idioms
    assert "成都区域科技创新中心" in names("全面落实成都区域科技创新中心建设总体方案，加快建设。", rules)
    got = names("有力推进省区域医疗中心、省传染病防治基地等项目建设。", rules)
    assert "省区域医疗中心" in got and not any(n.startswith("有力") for n in got)
    got = names("新开工青云新村等6个更新项目。", rules)
    assert "青云新村" in got and "新开工青云新村" not in got


def test_bare_works_list_names_works_on_named_things(rules):
    # 等工程 closing the clause heads a list of works: an item ending in a project suffix, or a
    # works word (整治, 改造) on a thing named by one (青弋江芜湖段, 驷马山灌区), is a project
    text = "统筹推进水网建设，实施青弋江芜湖段综合整治、驷马山灌区续建配套改造、新桥水库二期等工程。"
    assert names(text, rules) >= {"青弋江芜湖段综合整治", "驷马山灌区续建配套改造", "新桥水库二期"}
    # ... but not works with no named thing, which are programmes
    assert names("实施老旧小区改造、农村人居环境整治等工程。", rules) == set()


def test_roman_phase_mark_ends_a_list_item(rules):
    # a roman numeral after a name in a construction list marks the project's phase
    got = names("建成天河智算Ⅱ、滨海超算中心三期，", rules)
    assert {"天河智算Ⅱ", "滨海超算中心三期"} <= got
    assert {"星云平台Ⅲ期", "东湖数据中心Ⅱ期"} <= names("加快建设星云平台Ⅲ期、东湖数据中心Ⅱ期。", rules)
    # ... not a water-quality class (Ⅱ类 goes on past the mark)
    assert names("推进流域治理，确保干流水质保持Ⅱ类、支流消除劣Ⅴ类。", rules) == set()


def test_clause_of_a_name_with_a_quoted_part_and_a_status_verb(rules):
    # the name opens the clause and only a status verb follows it: 平台 ends such a name
    got = names("新增省级重点实验室5家，滨江“星火”算力调度平台建成投运，", rules)
    assert "滨江“星火”算力调度平台" in got
    # ... not a platform that is the object of a lead verb (an e-government service)
    assert names("加快“一网通办”政务数据平台建设。", rules) == set()
    # ... nor a clause that goes on past its status verb
    assert not any("十五五" in n for n in names("“十五五”时期是滨江新港建设成型起势的关键五年。", rules))


def test_quoted_facility_name_opening_a_completion_clause(rules):
    # a quoted name ending in 号 (a platform, a ship) whose clause reports it built or producing
    got = names("海洋油气增储上产，“南海二号”入选国家首批智能油田示范、三期工程投产。", rules)
    assert "“南海二号”" in got
    # ... other quoted subjects of a completion verb are plans and campaigns
    assert names("“十五五”规划主要目标全面完成。", rules) == set()


def test_research_before_a_suffix_is_part_of_the_name(rules):
    # 研究 opens clauses as a verb (a lead word) but right before a suffix it is a noun
    got = names("加快推进深海环境综合研究设施、极端条件试验装置建设，", rules)
    assert "深海环境综合研究设施" in got
    # ... and as a verb it still stays out of the name
    assert names("谋划研究滨江机场，", rules) == {"滨江机场"}


def test_national_cultural_park_section(rules):
    # a national cultural park names a project in a sentence with a construction verb, and a
    # place's section mark (湖北段) after it is part of its name
    text = "推进文化遗产保护利用，建好长江、长征国家文化公园湖北段，办好文化惠民活动。"
    assert "长征国家文化公园湖北段" in names(text, rules)
    assert names("推进西渝高铁湖北段建设。", rules) == {"西渝高铁湖北段"}


def test_two_token_lead_stays_out_of_the_name(rules):
    # 建设好 is cut 建设/好: reading back stops at 建设 and must not leave 好 at the name's front
    assert names("用好红色资源，建设好长征国家文化公园（湖南段），", rules) == {"长征国家文化公园（湖南段）"}
    # a certified category of centre is no project
    assert names("建设好国家级技术中心、做强稀土产业，", rules) == set()


def test_inner_names_go_as_the_pairwise_definition_says():
    """The sweep in ``_inner_out`` keeps exactly the rows no strictly longer row contains."""
    import random

    from extract.extractors.projects import _inner_out

    rng = random.Random(7)
    for _ in range(200):
        rows = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 30)
            rows.append({"start": start, "end": start + rng.randint(1, 12)})
        pairwise = [r for r in rows if not any(o is not r and o["start"] <= r["start"] and r["end"] <= o["end"]
                                              and o["end"] - o["start"] > r["end"] - r["start"] for o in rows)]
        assert _inner_out(rows) == pairwise


def test_a_long_list_of_works_gives_a_row_for_each(rules):
    places = "合肥 南京 芜湖 安庆 蚌埠 淮南 铜陵 黄山 滁州 阜阳".split()
    names = [f"{a}至{b}高速公路" for a in places for b in places if a != b][:60]
    text = "开工建设" + "、".join(names) + "等重点工程。"
    rows = extract_projects(PageContext("d", text, "", "2026", ""), rules)
    assert [r["name"] for r in rows] == names


@pytest.mark.parametrize("text, name", [
    ("崇左至凭祥铁路建成通车，新增高铁运营里程81公里。", "崇左至凭祥铁路"),        # a county jieba knows, not the gazetteer
    ("开工建设诸暨至嵊州高速公路。", "诸暨至嵊州高速公路"),
    ("川青铁路成都至黄胜关段建成运营。", "川青铁路成都至黄胜关段"),
])
def test_a_route_named_from_place_to_place_keeps_both_places(rules, text, name):
    rows = extract_projects(PageContext("d", text, "", "2026", ""), rules)
    assert [r["name"] for r in rows] == [name]


def test_a_boundary_given_with_zhi_is_no_route(rules):
    text = "启动区北至荣乌高速旧线，东至规划京港台高铁建设。"
    assert extract_projects(PageContext("d", text, "", "2026", ""), rules) == []
