"""The page's region: from its title and first lines, a news agency's dateline aside, else from
what the text names most, the whole country included."""
from __future__ import annotations

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials
from extract.extractors.targets_places import page_region


def test_a_dateline_names_where_the_story_was_filed_not_its_region(rules):
    text = ("新华社北京3月5日电 国务院有关负责人介绍，今年发展主要预期目标是：城镇新增就业1200万人以上。\n"
            "湖南省发展改革委负责人表示，全省将抓好重点项目建设。\n")
    assert page_region("", text, rules) == "湖南省"
    # ... while a place the first line names outside a dateline still is the page's
    local = "株洲日报讯 1月26日，株洲市召开全市经济工作会议。\n"
    assert page_region("", local, rules) == "株洲市"


def test_a_page_about_the_country_has_the_national_region(rules):
    text = ("新华社北京5月9日电 海关总署发布数据，今年前4个月我国货物贸易进出口总值同比增长5.7%。\n"
            "分析人士认为，我国外贸韧性较强。\n"
            "一是贸易伙伴更加多元。\n二是产品结构持续优化。\n三是经营主体活力增强。\n四是新业态快速发展。\n"
            "从地区看，江苏省出口增长较快。\n")
    assert page_region("", text, rules) == "全国"
    # one mention is not enough, and a foreign story's 全国 is its own country's
    foreign = "法国全国大罢工再次严重影响交通，巴黎多条地铁线路停运。\n我国驻法使馆提醒注意安全。\n"
    assert page_region("", foreign, rules) == ""


def test_a_provincial_title_on_a_national_page_takes_no_region(rules):
    text = ("新华社北京5月9日电 我国经济运行总体平稳，我国外贸稳中有进。\n"
            "省长王明在座谈会上表示，将全力稳住外贸基本盘。\n")
    ctx = PageContext("d", text, "", "2024", page_region("", text, rules))
    assert ctx.region == "全国"
    rows = [r for r in extract_officials(ctx, rules) if r["name"] == "王明"]
    assert rows and rows[0]["region"] == ""


def test_a_district_named_further_on_in_the_first_lines_is_no_page_region(rules):
    # 株洲市芦淞区 nests a district in its city; 株洲 … 渌口港区 two lines on is a place in the story
    assert page_region("株洲市芦淞区2023年政府工作报告", "各位代表：\n", rules) == "芦淞区"
    text = ("市政府召开常务会议\n株洲市政府1月26日召开常务会议，研究部署全市重点项目建设。\n"
            "会议要求，加快推进株洲西站综合交通枢纽、渌口港区等项目建设。\n")
    assert page_region("", text, rules) == "株洲市"


def test_a_place_inside_a_persons_name_is_no_region(rules):
    # 保山 and 广州 are a given name here (县委书记唐保山, 县长曹广州): the page is about the place it names
    text = ("12月20日，县委书记唐保山出席全县经济工作会议并讲话。唐保山强调，要全力抓好项目建设。\n"
            "县长曹广州主持会议，株洲市有关部门负责人列席会议。\n")
    assert page_region("", text, rules) == "株洲市"
    assert page_region("县长曹广州主持召开常务会议", "会议研究了项目建设工作。\n", rules) == ""
    # ... while a place after a preposition that is also a family name is still a place
    assert page_region("", "企业产品于广州展出，受到客商欢迎。\n", rules) == "广州市"


def test_a_county_page_takes_its_county_from_the_full_list_of_divisions(rules):
    # a county no page of the corpora came from: its page is the county's, not its province's
    text = "3月2日，泸溪县召开全县项目建设推进会。\n会议要求，全县上下要全力抓好项目建设。\n"
    assert page_region("", text, rules) == "泸溪县"
    assert page_region("旌德县召开县委常委会会议", "会议研究了有关事项。\n", rules) == "旌德县"


def test_a_county_name_cut_across_two_words_is_no_place(rules):
    # 河北区 (a district) inside 河北区域, 兴县 inside 振兴县域: the province or nothing, not the county
    assert page_region("", "河北区域协调发展取得新成效。\n", rules) == "河北省"
    assert page_region("", "全力振兴县域经济，做强现代县级财政。\n", rules) == ""


def test_a_city_office_on_a_districts_page_is_the_citys(rules):
    text = "4月8日，顺德区召开金融工作会议。\n市金融局副局长王东明出席会议并讲话。\n"
    ctx = PageContext("d", text, "", "2024", page_region("", text, rules))
    assert ctx.region == "顺德区"
    rows = [r for r in extract_officials(ctx, rules) if r["name"] == "王东明"]
    assert rows and rows[0]["region"] == "佛山市"
    # ... and a 州 office on a county's page is its prefecture's
    text = "7月4日，舟曲县在项目推介会上签约7个项目。\n州委副书记、州长李明华出席签约仪式。\n"
    ctx = PageContext("d", text, "", "2024", page_region("", text, rules))
    rows = [r for r in extract_officials(ctx, rules) if r["name"] == "李明华"]
    assert ctx.region == "舟曲县" and rows and rows[0]["region"] == "甘南藏族自治州"


def test_an_undated_dateline_names_no_region(rules):
    # 新华社北京电, 本报北京今日电: where the story was filed, as a dated dateline
    for text in ("新华社北京电 国家统计局今天发布数据，一季度国内生产总值同比增长5.3%。\n",
                 "本报北京今日电 记者王明报道：今年国内生产总值增长目标为5%左右。\n"):
        assert page_region("", text, rules) != "北京市"
    # ... while a sentence opening on a place and 电 is no dateline
    assert page_region("", "北京电力公司今年投资120亿元建设电网。\n", rules) == "北京市"


def test_a_dateline_after_a_bracketed_tag_of_the_outlets_site_names_no_region(rules):
    text = ("【东湖网】本报北京3月7日电(记者 林小路)全国人大代表、东湖市委书记王大川接受采访。\n"
            "王大川表示，东湖市将加快建设临港产业园。\n")
    assert page_region("", text, rules) != "北京市"
    # a bracketed tag before a sentence that opens on a place is no dateline
    assert page_region("", "【东湖网】北京电力公司今年投资120亿元建设电网。\n", rules) == "北京市"
