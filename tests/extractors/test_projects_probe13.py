"""Projects: classes found probing the projects table with unseen news, notices and reports (round 13):
lists counted with a measure word other than 个 (等4座抽水蓄能电站, 等8项特高压工程), a status verb or an
ordinal before a name (投产A, 投运首个B), and the visit verbs 察看/查看/考察 before the sites. Sentences
written for these tests."""
from __future__ import annotations

from .project_rows import names, status


def test_a_list_counted_with_a_measure_word_other_than_ge(rules):
    text = "今年开工江西奉新、湖南平江等4座抽水蓄能电站。"
    assert {"江西奉新", "湖南平江"} <= names(text, rules)
    assert status(text, rules)["江西奉新"] == "started"
    got = names("建成张北—胜利、哈密—重庆特高压直流等8项特高压工程。", rules)
    assert {"张北—胜利", "哈密—重庆特高压直流"} <= got
    got = names("莲花寺、龙口冲、石门坳等9座小型病险水库除险加固工程已完工。", rules)
    assert {"莲花寺", "龙口冲", "石门坳"} <= got
    got = names("城南路东延、滨江路北延等6条路建设工程全面开工。", rules)
    assert {"城南路东延", "滨江路北延"} <= got


def test_a_counted_list_of_bare_works_or_of_programmes_is_no_list_of_projects(rules):
    assert not names("实施产业基础再造、企业梯度培育等5项工程。", rules)
    assert not names("推进东城、西城等3条街道综合整治。", rules) & {"东城", "西城"}


def test_a_status_verb_or_an_ordinal_before_a_name_is_no_part_of_it(rules):
    got = names("加快抽水蓄能项目发展，投产安徽金寨等5座抽水蓄能电站。", rules)
    assert "安徽金寨" in got and "投产安徽金寨" not in got
    got = names("在海岛通电30周年之际，投运首个110千伏东澳变电站。", rules)
    assert "110千伏东澳变电站" in got


def test_visit_verbs_open_the_list_of_the_sites(rules):
    got = names("视察组一行实地察看了城北民俗村、白云文化产业基地、青山现代农业示范园等项目。", rules)
    assert {"城北民俗村", "白云文化产业基地", "青山现代农业示范园"} <= got
    assert not any(n.startswith(("实地", "察看", "了", "组一行")) for n in got)
    got = names("推进国家海洋试验场、深海科考中心、极地考察国内基地等创新平台建设。", rules)
    assert {"国家海洋试验场", "极地考察国内基地"} <= got     # 考察 here is a noun of the name


def test_he_between_two_unsuffixed_items_splits_them(rules):
    got = names("引进云一机智能制造和湖北超低温阀门等10个项目。", rules)
    assert {"云一机智能制造", "湖北超低温阀门"} <= got
    got = names("开工建设宁夏青铜峡灌区现代化改造和浙江老石坎水库扩容等一批项目。", rules)
    assert "宁夏青铜峡灌区现代化改造和浙江老石坎水库扩容" not in got


def test_he_or_ji_inside_one_name_does_not_split_it(rules):
    got = names("推进新能源汽车研发和生产基地、城北物流园等项目建设。", rules)
    assert "新能源汽车研发和生产基地" in got        # two bases sharing a head
    got = names("总投资130亿元的奇瑞未来一工厂及发动机项目、信义光伏组件盖板项目等项目开工。", rules)
    assert "奇瑞未来一工厂及发动机项目" in got       # 及 joins the parts of one project


def test_a_count_closing_a_list_with_no_deng_is_its_tail(rules):
    text = "流域规划的乌东德、白鹤滩、溪洛渡和向家坝4座大型水电站全部建成。"
    got = names(text, rules)
    assert {"白鹤滩", "溪洛渡", "向家坝"} <= got
    assert status(text, rules)["向家坝"] == "completed"
    got = names("阜阳至新蔡、宣城至宁国、宁国至绩溪3条高速确保年内开工建设。", rules)
    assert {"阜阳至新蔡", "宣城至宁国", "宁国至绩溪"} <= got


def test_a_count_after_a_verb_or_a_particle_closes_no_list(rules):
    assert not names("集中开工96个、竣工(建成或部分建成)79个重点项目。", rules)
    assert not names("争取新获批1所境外高校独立办学机构、新筹建1个独立办学项目。", rules)
    assert "济宁第一" not in names("济宁第一、二批纳入集中调度的188个重点项目完成投资211.56亿元。", rules)
