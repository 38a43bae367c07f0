"""Projects: classes found probing the projects table with unseen news (round proj15: county
concentrated starts and signings, provincial key-project lists, urban renewal, pumped-storage, wind and
solar stations, metro and expressway sections, Taiwan metro news in traditional script). Sentences
written for these tests."""
from __future__ import annotations

from .project_rows import names, run, status


def test_a_corner_quote_or_a_bullet_bounds_a_name_read_back(rules):
    # 「…」 (traditional-script quotes) and ▲ (a photo caption's bullet) are no part of the name
    got = names("市政府今日举办「捷运青山线CK210区段标工程开工典礼」。", rules)
    assert "捷运青山线CK210区段标工程" in got, got
    got = names("▲南湖抽水蓄能电站项目开工仪式现场。", rules)
    assert "南湖抽水蓄能电站项目" in got, got
    assert not any(n.startswith(("「", "▲")) for n in got), got


def test_a_quoted_ceremony_names_its_project_from_the_open_quote(rules):
    # corner quotes read as curly ones: the name starts at the quote still open over the
    # ceremony's words, on mainland and traditional-script pages alike
    assert "东湖隧道工程" in names("区政府昨日举行“东湖隧道工程开工典礼”。", rules)
    # a quoted remark on a project is no ceremony: the name is not cut at its quote
    assert "南湖隧道工程" not in names("他说“南湖隧道工程进展顺利”。", rules)


def test_a_numbered_production_line_is_a_name(rules):
    # 第三条生产线: how a company's line is named; an ordinal of other things still describes
    got = names("5月8日，青山新材料第三条生产线项目开工。", rules)
    assert "青山新材料第三条生产线项目" in got, got
    got = names("该县第二座大型水库开工建设。", rules)
    assert not any("第二座" in n for n in got), got


def test_a_total_after_the_count_of_a_list_is_the_lists(rules):
    rows = {r["name"]: r for r in run("今年建设的白沙菌菇产业园等农业类项目12个总投资18.6亿元。", rules)}
    assert "白沙菌菇产业园" in rows, rows
    assert rows["白沙菌菇产业园"]["investment"] is None, rows
    # an amount of the item's own stays its
    rows = {r["name"]: r for r in run("总投资8亿元的南湖物流园等6个项目集中开工。", rules)}
    assert rows["南湖物流园"]["investment"] == 8.0, rows
    # and a name's amount with no count before it too
    rows = {r["name"]: r for r in run("城西污水处理厂项目总投资3.2亿元，今年开工。", rules)}
    assert rows["城西污水处理厂项目"]["investment"] == 3.2, rows


def test_opened_to_traffic_is_a_verb_before_a_road(rules):
    got = names("全省今年建成通车高速公路和普通国省道项目120个。", rules)
    assert not any(n.startswith("通车") for n in got), got


def test_an_agreement_signed_on_a_project_names_it(rules):
    got = names("8月3日，市政府与某能源集团签订青岭抽水蓄能电站项目合作协议。", rules)
    assert "青岭抽水蓄能电站项目" in got, got
    got = names("县政府与某电力公司签署北山风电场项目投资合同。", rules)
    assert "北山风电场项目" in got, got
    # an agreement with no project named gives none
    assert not names("双方签订了战略合作协议。", rules)


def test_a_list_tail_of_two_kinds_joined_by_and(rules):
    got = names("主要包括南湖师范学院东校区、青山康养中心等6个重大民生和社会事业项目。", rules)
    assert {"南湖师范学院东校区", "青山康养中心"} <= got, got


def test_a_planned_start_heading_the_sentence_gives_its_lists_status(rules):
    # 计划新开工项目N个，…，主要包括A、B等…项目: the items are planned, not begun
    got = status("今年计划新开工项目30个，总投资900亿元，主要包括南湖大桥、青山隧道等8个重大基础设施项目。", rules)
    assert got.get("南湖大桥") == "planned" and got.get("青山隧道") == "planned", got
    got = status("续建项目20个，总投资300亿元，主要有城东水厂、西环路等项目。", rules)
    assert got.get("城东水厂") == "under construction", got
    # a clause's own verb still wins
    got = status("计划新开工项目10个，其中南湖大桥、青山隧道等3个项目已开工建设。", rules)
    assert got.get("南湖大桥") == "started", got


def test_a_superlative_describes_and_a_kind_of_power_is_a_field(rules):
    got = names("华东最大抽水蓄能电站青岭开工。", rules)
    assert not any("最大" in n for n in got), got
    got = names("县发改委扎实推进光伏发电项目建设。", rules)
    assert "光伏发电项目" not in got, got
    # a station named by its place stays
    got = names("投资2亿元的北山光伏发电项目已并网发电。", rules)
    assert "北山光伏发电项目" in got, got


def test_a_facility_named_by_its_kind_verbs_is_found_with_a_verb_elsewhere(rules):
    # 抽水 蓄能: jieba's verbs, here the kind of station; the clause's verb stands in a later clause
    got = names("青岭抽水蓄能电站总装机容量120万千瓦，计划于2030年投产发电。", rules)
    assert "青岭抽水蓄能电站" in got, got
    # as a first word they still open no name (a kind of facility)
    got = names("全县充电设施加快建设。", rules)
    assert "充电设施" not in got, got


def test_a_later_clause_opening_with_the_amount_gives_the_one_projects_investment(rules):
    rows = {r["name"]: r for r in run("南湖大桥项目今日开工，总投资5亿元。", rules)}
    assert rows["南湖大桥项目"]["investment"] == 5.0, rows
    rows = {r["name"]: r for r in run("西岭风电场项目已开工，装机容量10万千瓦，估算投资约7亿元。", rules)}
    assert rows["西岭风电场项目"]["investment"] == 7.0, rows
    # not two projects' total, nor a list's, nor an amount of the county or money spent
    for text in ("南湖大桥项目、北山隧道项目今日开工，总投资15亿元。",
                 "南湖大桥等5个项目今日开工，总投资15亿元。",
                 "南湖大桥项目今日开工，全县今年总投资50亿元。",
                 "南湖大桥项目今日开工，累计完成投资5亿元。"):
        assert all(r["investment"] is None for r in run(text, rules)), text


def test_a_status_verb_modifying_a_name_is_its_own(rules):
    got = status("继已建成的宝山抽水蓄能电站、即将开建的青峰抽水蓄能电站之后，这是该市第三座。", rules)
    assert got.get("宝山抽水蓄能电站") == "completed", got
    assert got.get("青峰抽水蓄能电站") == "planned", got
    got = status("在建的南湖大桥、已通车的北山隧道运行良好。", rules)
    assert got == {"南湖大桥": "under construction", "北山隧道": "completed"}, got
    # an amount modifying the name gives no stage: the clause's verb does
    assert status("总投资5亿元的南湖大桥项目开工。", rules).get("南湖大桥项目") == "started"
    # nor does 展开建设 read as 开建
    assert status("青山实验室获批全面展开建设。", rules).get("青山实验室") == "under construction"


def test_a_ceremony_of_starts_gives_the_list_after_it_its_status(rules):
    got = status("8月16日，某区举行第三季度重大项目集中开工仪式，包含南湖路88号城市更新项目、"
                 "青山智造产业园项目等共计20个重大项目。", rules)
    assert got.get("南湖路88号城市更新项目") == "started", got
    assert got.get("青山智造产业园项目") == "started", got


def test_the_projects_started_named_in_a_heading_give_the_lists_after_semicolons_their_status(rules):
    text = ("本次集中开工的重点项目共12个，总投资20亿元，包括南湖房车营地等5个文化旅游项目；"
            "北山菌类加工园等4个农业产业项目；青岭光伏电站等3个能源项目。")
    got = status(text, rules)
    for name in ("南湖房车营地", "北山菌类加工园", "青岭光伏电站"):
        assert got.get(name) == "started", (name, got)


def test_a_metro_or_light_rail_line_named_by_its_places(rules):
    got = names("侯友宜指出，青山新庄线预计2028年完工。", rules)
    assert "青山新庄线" in got, got
    got = names("捷运局已完成南湖轻轨，北山轻轨正加快建设。", rules)
    assert "北山轻轨" in got, got
    # 线 inside a word is no suffix (一线, 生命线), nor a bare line
    got = names("工人们坚守在项目建设一线。", rules)
    assert not any(n.endswith("一线") for n in got), got


def test_a_footnote_or_a_column_label_in_brackets_bounds_a_name(rules):
    got = names("该线将于年内贯通。[12]青山线预计2026年底完工。", rules)
    assert "青山线" in got and not any("]" in n for n in got), got
    got = names("【重大项目】南湖大桥今日开工。", rules)
    assert "南湖大桥" in got, got


def test_a_completion_verb_leads_a_lists_first_item(rules):
    # 已陆续完成A、B及C等三条…: the subject and its verb are no part of the first item
    got = names("捷运工程局已陆续完成南湖轻轨、北山轻轨及环城线等三条通车路线。", rules)
    assert {"南湖轻轨", "北山轻轨", "环城线"} <= got, got
    assert not any("完成" in n for n in got), got
