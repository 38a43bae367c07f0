"""Officials: classes of errors seen on unseen county and township news, appointment notices and
people's congress reports (places read as names, lists of appointees, names ending in a function
character, regions read from rank words). Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def rows(text: str, rules, region: str = "") -> dict[str, dict]:
    return {r["name"]: r for r in extract_officials(PageContext("t", text, "", "", region), rules)}


@pytest.mark.parametrize("text, place, name", [
    ("公示名单中还有青阳市市长林志远等人。", "青阳市", "林志远"),
    ("齐河县县长孙海波主持会议。", "齐河县", "孙海波"),
    ("龙岩市市长黄志强代表市政府致辞。", "龙岩市", "黄志强"),
])
def test_place_before_its_heads_title_is_no_name(text, place, name, rules):
    got = rows(text, rules)
    assert place not in got and name in got


@pytest.mark.parametrize("text, bad", [
    ("由县委书记任设区市党委常委的有两人。", "任设区"),
    ("会议明确了县委常委包片区的分工。", "包片区"),
])
def test_verb_then_place_is_no_name(text, bad, rules):
    assert bad not in rows(text, rules)


def test_name_not_glued_to_a_rare_verb_after_it(rules):
    got = rows("市委常委、兰山县委书记任建国拟任市政府副秘书长。", rules)
    assert "任建国" in got and "任建国拟" not in got


def test_list_of_appointees(rules):
    got = rows("县人大常委会第五次会议决定任命周明远、吴丽华、郑国栋为县人民政府副县长。", rules)
    for name in ("周明远", "吴丽华", "郑国栋"):
        assert got[name]["title"] == "县人民政府副县长"
    got = rows("会议任命刘松、周杏连为县人民政府副县长，王五为县公安局局长。", rules)
    assert {"刘松", "周杏连", "王五"} <= set(got)


def test_list_not_after_an_appointing_verb(rules):
    # 、 names before 为 with no appointing verb in front: no one is appointed
    assert not rows("张三、李四为县人民政府副县长的同学。", rules)


def test_given_name_ending_in_a_function_character_before_a_list_comma(rules):
    got = rows("县政协副主席韦新和、蒙正峰、覃文显出席会议。", rules)
    assert {"韦新和", "蒙正峰", "覃文显"} <= set(got) and "韦新" not in got
    assert "李明" in rows("副市长李明和市委秘书长张华出席。", rules)


@pytest.mark.parametrize("text, name, title", [
    ("图为江口区委书记张建平看望代表。", "张建平", "江口区委书记"),
    ("曾任西湖区区长刘颖的一位干部。", "刘颖", "西湖区区长"),
    ("会议研究了部分副县长何立新的分工。", "何立新", "副县长"),
])
def test_title_phrase_starts_after_a_caption_or_quantity_word(text, name, title, rules):
    assert rows(text, rules)[name]["title"] == title


@pytest.mark.parametrize("text, name, region, org", [
    ("市委常委、常务副市长李建国讲话。", "李建国", "", ""),
    ("县政府代县长孙朝辉提请审议。", "孙朝辉", "", "县政府"),
    ("区政府副区长那慧敏陪同。", "那慧敏", "", "区政府"),
    ("市委市政府督办中心主任张伟陪同。", "张伟", "", "市委市政府督办中心"),
    ("河南省委常委、常务副省长孙守刚出席。", "孙守刚", "河南省", ""),
    ("四川省长魏宏讲话。", "魏宏", "四川省", "四川省"),
])
def test_region_not_read_from_rank_or_body_words(text, name, region, org, rules):
    got = rows(text, rules)[name]
    assert got["region"] == region and got["organization"] == org


def test_deputies_list_then_an_adverb(rules):
    got = rows("周国平、吴晓兰、郑家明等代表先后发言，张立群等政协委员相继提问。", rules)
    assert {"周国平", "吴晓兰", "郑家明"} <= set(got)
    assert got["周国平"]["title"] == "代表"


def test_office_abbreviation_inside_the_title(rules):
    got = rows("县委常委、县委办主任李城安，县委办常务副主任郑先明陪同调研。", rules)
    assert got["李城安"]["title"] == "县委常委、县委办主任"
    assert got["郑先明"]["title"] == "县委办常务副主任"


def test_deputy_head_of_a_working_group(rules):
    got = rows("市人大常委会副主任、城东片区开发工作组副组长段青云主持会议。", rules)
    assert got["段青云"]["title"].endswith("工作组副组长")
    assert "王明" not in rows("课题组副组长王明介绍了研究进展。", rules)


def test_township_party_committee_posts(rules):
    got = rows("镇党委委员、武装部长、统战委员张丽华等参加活动。", rules)
    assert got["张丽华"]["title"] == "镇党委委员、武装部长、统战委员"


def test_name_not_glued_to_the_verb_of_going(rules):
    got = rows("区委常委、组织部部长王新赴东关街道开展走访慰问。", rules)
    assert "王新" in got and "王新赴" not in got


@pytest.mark.parametrize("text, name, title", [
    ("2019年5月，刘海波调任市委常委、市委组织部部长。", "刘海波", "市委常委、市委组织部部长"),
    ("会议决定，孙立新转任县应急管理局局长。", "孙立新", "县应急管理局局长"),
])
def test_two_character_appointing_verbs(text, name, title, rules):
    got = rows(text, rules)
    assert got[name]["title"] == title and name + text[text.index(name) + len(name)] not in got


def test_family_name_and_title_is_a_form_of_address(rules):
    assert not rows("陈书记和陈部长一行先后来到城东社区。", rules)


def test_byline_title_and_name_apart_by_several_spaces(rules):
    got = rows("在县第十六届人民代表大会第一次会议上\n县人民政府代县长  刘晓民\n各位代表：", rules)
    assert got["刘晓民"]["title"] == "县人民政府代县长"


@pytest.mark.parametrize("text, name, org", [
    ("区委常委、组织部长郑明球出席。", "郑明球", "组织部"),
    ("南京市长韩立新出席。", "韩立新", "南京市"),
    ("县公安局长李明到场。", "李明", "县公安局"),
    ("区政府副区长林诚陪同。", "林诚", "区政府"),
])
def test_level_character_shared_by_the_body_and_its_heads_title(text, name, org, rules):
    assert rows(text, rules)[name]["organization"] == org


def test_conjunction_then_a_pronoun_is_no_name(rules):
    got = rows("大会秘书处副秘书长和各组负责人列席会议。", rules)
    assert "和各组" not in got


def test_demonstrative_before_the_body(rules):
    got = rows("该乡党委书记王炜平主持会议。", rules)
    assert got["王炜平"]["organization"] == "乡党委"


def test_name_before_the_except_construction(rules):
    got = rows("除刚被通报的省政协原副主席艾文明外，还有一名干部。", rules)
    assert "艾文明" in got and "艾文明外" not in got


def test_body_with_committee_in_it_is_no_name(rules):
    got = rows("东莞市纪委前书记甄瑞明今年遭调查。", rules)
    assert "纪委前" not in got and "甄瑞明" in got


def test_dotted_name_of_chinese_characters(rules):
    got = rows("自治区人民政府秘书长阿力木江·买买提明接受调查。", rules)
    assert "阿力木江·买买提明" in got and "阿力" not in got


def test_tenure_words_inside_the_phrase(rules):
    got = rows("他曾任前政治局委员、北京市委书记刘明的秘书。", rules)
    assert got["刘明"]["title"] == "政治局委员、北京市委书记"
    got = rows("省戒毒管理局原党委书记、局长陈达被开除党籍。", rules)
    assert got["陈达"]["organization"] == "省戒毒管理局"


def test_adverb_glued_to_a_name_before_the_appointing_verb(rules):
    assert "王晓已" not in rows("王晓已调任陕西省委常委、宣传部部长。", rules)


def test_verb_glued_to_the_bodys_level_character(rules):
    got = rows("我们邀请到市文化广电新闻出版局副局长强延明出席今天的仪式。", rules)
    assert got["强延明"]["title"] == "市文化广电新闻出版局副局长"


def test_given_name_ending_in_hui(rules):
    text = "市人大常委会主任周胜会等参加审议。周胜会代表说，报告很好。"
    got = [(r["name"], r["title"]) for r in extract_officials(PageContext("t", text, "", "", ""), rules)]
    assert got == [("周胜会", "市人大常委会主任"), ("周胜会", "代表")]
    assert not rows("书记向大会作报告，市长向全会报告工作。", rules)
    assert not rows("现任党工委书记及管委会主任", rules)


@pytest.mark.parametrize("text, name", [
    ("省长周炳军作政府工作报告。", "周炳军"),    # jieba reads 周炳军作 as one token, 炳/军作 alone
    ("市长赵刚作政府工作报告。", "赵刚"),        # the two-character reading still stands
    ("市长王晖指出，", "王晖"),
])
def test_full_name_glued_to_a_function_character(text, name, rules):
    assert list(rows(text, rules)) == [name]


def test_leaders_of_an_area_listed_after_shi_lingdao(rules):
    # 市领导 before a 、 list of names in a meeting report: each is a city leader; 老领导 (retired) and a
    # company's 领导 are not
    got = rows("市委书记周建国主持会议。市领导韩立新、蒋文斌、欧阳明出席会议。", rules, "青阳市")
    assert {n: got[n]["title"] for n in ("韩立新", "蒋文斌", "欧阳明")} == dict.fromkeys(("韩立新", "蒋文斌", "欧阳明"), "市领导")
    assert got["韩立新"]["organization"] == "" and got["韩立新"]["region"] == "青阳市"
    assert not rows("市老领导孙宏达到场。", rules)
    assert "孙宏达" not in rows("集团公司领导孙宏达到场。", rules)


def test_member_of_a_party_group(rules):
    # 党组成员 is a seat of a body's party group, alone or chained before the post
    got = rows("市政协副主席李红梅，市政协党组成员赵立军、钱文涛在主席台就座。", rules)
    assert got["赵立军"]["title"] == "市政协党组成员" and got["钱文涛"]["title"] == "市政协党组成员"
    got = rows("通报显示，青阳市政府党组成员、秘书长孙建华正接受组织调查。", rules)
    assert got["孙建华"]["title"] == "青阳市政府党组成员、秘书长"


@pytest.mark.parametrize("text, name", [
    ("市政协主席张万平等市领导到医院看望。", "张万平"),       # jieba: 张万/平等
    ("区人大常委会主任王和平均因涉嫌严重违纪接受调查。", "王和平"),  # jieba: 王/和/平均
])
def test_last_given_character_glued_to_the_list_closer(text, name, rules):
    assert list(rows(text, rules)) == [name]


def test_list_items_ending_in_a_break_character(rules):
    # 邓先同、: a 、 closes the name whatever its last character; 蓝进和，: no conjunction ends a clause
    got = rows("市委常委陈社东、王政、邓先同、程军才出席会议。", rules)
    assert set(got) == {"陈社东", "王政", "邓先同", "程军才"}
    got = rows("市人大常委会副主任陈斌、蓝进和，党组成员李阿文出席会议。", rules)
    assert set(got) == {"陈斌", "蓝进和", "李阿文"}
    # the short reading still stands before a conjunction that joins two names
    assert set(rows("副市长王晖和市委秘书长张华出席。", rules)) == {"王晖", "张华"}


def test_family_name_and_title_is_no_name(rules):
    # 乡党委书记陶书记: the holder addressed by family name and title; 主席和驻村干部: a conjunction, no name
    assert not rows("乡党委书记陶书记、左乡长到其家中慰问。", rules)
    assert not rows("乡人大主席团左主席和驻村干部主持了仪式。", rules)


@pytest.mark.parametrize("text, name, org", [
    ("省住房城乡建设厅二级巡视员周守仁讲话。", "周守仁", "省住房城乡建设厅"),
    ("公安部警卫局副局级调研员王立出席。", "王立", "公安部警卫局"),
    ("省城镇化领导小组办公室专职副主任宋庆华带队督查。", "宋庆华", "省城镇化领导小组办公室"),
    ("据悉，东阳市纪委前书记甄立潮已被调查。", "甄立潮", "东阳市纪委"),
])
def test_grade_or_tenure_between_body_and_title_is_no_part_of_the_body(text, name, org, rules):
    assert rows(text, rules)[name]["organization"] == org


def test_term_of_a_body_is_no_place(rules):
    got = rows("十二届市政协主席张少林出席会议。", rules, "青岛市")
    assert got["张少林"]["region"] == "青岛市" and got["张少林"]["organization"] == "市政协"


def test_discipline_notice_verb_ends_the_title(rules):
    got = rows("省纪委监委通报南阳市委副书记、政法委书记金海涉嫌严重违纪违法。", rules)
    assert got["金海"]["title"] == "南阳市委副书记、政法委书记" and got["金海"]["region"] == "南阳市"


def test_democratic_party_committee_heads_are_office_holders_of_no_such_place(rules):
    # 民盟省委主委 beside a CPPCC post: the committee names a body; the place is the page's province
    got = rows("省政协副主席、民盟省委主委刘志宏出席会议并讲话。九三学社市委副主委陈晓东参加调研。", rules, "南京市")
    assert got["刘志宏"]["title"] == "省政协副主席、民盟省委主委"
    assert got["陈晓东"]["title"] == "九三学社市委副主委" and got["陈晓东"]["region"] == "南京市"
    assert not rows("民盟成员张华在座谈会上发言。", rules)


def test_community_secretary_has_no_place_called_community(rules):
    got = rows("社区党委书记巢丽娟介绍了老旧小区改造情况。", rules)
    assert got["巢丽娟"]["title"] == "社区党委书记" and got["巢丽娟"]["region"] == ""


@pytest.mark.parametrize("text, names_, title", [
    ("1月8日，林志强当选为青阳市第九届人大常委会主任。", ["林志强"], "青阳市第九届人大常委会主任"),
    ("会议选举产生了新一届政府领导班子，高文杰当选为青阳市人民政府市长。", ["高文杰"], "青阳市人民政府市长"),
    ("周建平、吴丽萍、郑国栋当选为副县长。", ["周建平", "吴丽萍", "郑国栋"], "副县长"),
])
def test_elected_to_an_office(text, names_, title, rules):
    # 当选(为): the person holds the office written after the verb; a 、 list before it names them all
    got = rows(text, rules)
    for name in names_:
        assert got[name]["title"] == title


@pytest.mark.parametrize("text, names_, title", [
    ("会议决定免去陈永福青阳市人民政府副市长、市公安局局长的职务。", ["陈永福"], "青阳市人民政府副市长、市公安局局长"),
    ("会议决定免去黄立军、周海涛青阳市人民政府副市长职务。", ["黄立军", "周海涛"], "青阳市人民政府副市长"),
    ("会议决定免去孙红梅的青阳市教育局局长职务。", ["孙红梅"], "青阳市教育局局长"),
    ("刘建华同志不再兼任中共青阳县委书记职务。", ["刘建华"], "中共青阳县委书记"),
    ("会议接受周志刚辞去青阳市市长职务的请求。", ["周志刚"], "青阳市市长"),
])
def test_removed_from_an_office(text, names_, title, rules):
    # 免去 … (的)…职务, 不再担任/不再兼任, 辞去: the title as written, which the person held until then
    got = rows(text, rules)
    for name in names_:
        assert got[name]["title"] == title


def test_dismissal_list_with_an_item_that_is_no_name(rules):
    # the list is not read when an item fails as a name: no title starting with 、
    assert all(not r["title"].startswith("、") for r in rows("会议决定免去黄立军、青阳公司青阳市人民政府副市长职务。", rules).values())


@pytest.mark.parametrize("text, bad, good", [
    ("2016年10月，李卫东辞去青阳市市长职务，高文杰任副市长、代市长。", "高文杰任", "高文杰"),
    ("王海涛从青山区区长任缙云县委书记。", "任缙云", "王海涛"),
])
def test_appointing_verb_glued_to_a_name(text, bad, good, rules):
    # 任 after a name or before a place is the verb: not part of the name
    got = rows(text, rules)
    assert bad not in got
    if good == "高文杰":
        assert got[good]["title"] == "副市长、代市长"


@pytest.mark.parametrize("text, names_", [
    ("王建国、刘晓燕、陈志强等市领导出席开幕式。", ["王建国", "刘晓燕", "陈志强"]),
    ("出席大会的县领导还有：孙海波、周丽、郑国栋。", ["孙海波", "周丽", "郑国栋"]),
])
def test_area_leaders_listed_before_or_after_an_intro(text, names_, rules):
    # 甲、乙等市领导出席 and 县领导还有：甲、乙: each name an area's leader
    got = rows(text, rules)
    for name in names_:
        assert got[name]["title"] in ("市领导", "县领导")


def test_area_leaders_title_after_one_name_needs_a_verb(rules):
    # 市领导 after a single name with no verb after it is no title of that name
    assert "李明" not in rows("他向李明市领导班子汇报了工作。", rules)


@pytest.mark.parametrize("text, name, title", [
    ("现任青阳市委常委、副市长的刘建华，拟任临江市委书记。", "刘建华", "现任青阳市委常委、副市长"),
    ("时任青阳县委书记的周海涛主持会议。", "周海涛", "时任青阳县委书记"),
])
def test_tenure_title_then_of_then_name(text, name, title, rules):
    # 现任/时任/原任 … 的 NAME: the title held now or then, joined to the name by 的
    got = rows(text, rules)
    assert got[name]["title"] == title
    assert got[name]["organization"] in ("青阳县委", "")


@pytest.mark.parametrize("text, name, title", [
    ("会上，高文杰常务副市长汇报了全市经济运行情况。", "高文杰", "常务副市长"),
    ("会上，王海涛局长讲话。", "王海涛", "局长"),
])
def test_name_then_title_then_a_verb_of_speaking(text, name, title, rules):
    # a rank word (常务) may stand between the name and the title; 汇报/讲话/致辞 may follow it
    assert rows(text, rules)[name]["title"] == title


def test_rank_title_after_a_word_and_wei_is_no_name(rules):
    assert "明确为" not in rows("2016年12月明确为常务副省长。", rules)


@pytest.mark.parametrize("text, name, region", [
    ("青阳市临江区人大常委会主任周海涛出席会议。", "周海涛", "临江区"),
    ("江南省青阳市委书记刘建华主持会议。", "刘建华", "青阳市"),
    ("江南省杭州市西湖区区长李卫东陪同调研。", "李卫东", "西湖区"),
])
def test_region_is_the_innermost_place_written(text, name, region, rules):
    # nested places at the head of a title: the office governs the innermost one
    assert rows(text, rules)[name]["region"] == region


@pytest.mark.parametrize("text, name, title", [
    ("街道党工委副书记、办事处副主任（主持工作）周海涛，社区书记王丽参加。", "周海涛", "街道党工委副书记、办事处副主任"),
    ("县发改局副局长(正科级)刘建华陪同调研。", "刘建华", "县发改局副局长"),
])
def test_bracketed_note_between_title_and_name(text, name, title, rules):
    # （主持工作）, （正科级）: how the post is held; the title is the one before it, the name after it
    assert rows(text, rules)[name]["title"] == title


@pytest.mark.parametrize("text, name, title", [
    ("此前，青阳市委书记是周海涛，周海涛已调任江南省委常委、宣传部部长。", "周海涛", "江南省委常委、宣传部部长"),
    ("据了解，刘建华现已出任江南省副省长。", "刘建华", "江南省副省长"),
    ("王立新调离后，孙海波接任临江市委书记。", "孙海波", "临江市委书记"),
    ("孙海波接任临江市委书记，此前孙海波任青阳市委书记。", "孙海波", "临江市委书记"),
])
def test_adverb_or_time_word_around_the_appointee(text, name, title, rules):
    # 已/现已 between the name and the verb, 此前 before the name, 接任 as the verb: the name is read whole
    got = [r for r in extract_officials(PageContext("t", text, "", "", ""), rules) if r["name"] == name]
    assert title in {r["title"] for r in got}
    assert not any(r["name"].startswith(name) and r["name"] != name for r in extract_officials(PageContext("t", text, "", "", ""), rules))


def test_time_word_before_the_appointee(rules):
    got = extract_officials(PageContext("t", "王立新调离后，此前孙海波任青阳市委书记。", "", "", ""), rules)
    assert ("孙海波", "青阳市委书记") in {(r["name"], r["title"]) for r in got}


@pytest.mark.parametrize("text", [
    "据公示，周海涛拟任青阳市委书记。",
    "据悉，刘建华即将出任临江市市长。",
])
def test_post_not_taken_yet_gives_no_row(text, rules):
    # 拟任, 即将出任: the person does not hold the title yet
    assert not extract_officials(PageContext("t", text, "", "", ""), rules)


def test_rare_surname_mai(rules):
    # 买 is a family name (Hui): 买 + given name after a title is a name; 买房, 买了 stay words
    got = rows("副市长买文华讲话。局长买了一本书，他说要买房。", rules)
    assert set(got) == {"买文华"}


def test_leaders_heading_goes_on_over_a_comma(rules):
    # a heading of a group of leaders carries over a comma to a second 、 group of names
    got = rows("出席会议的市领导还有：周海涛、刘建华，孙海波、林志远、王立新。", rules)
    assert {"周海涛", "刘建华", "孙海波", "林志远", "王立新"} <= set(got)
    assert got["王立新"]["title"] == "市领导"
    # a title of one office does not: the people after the comma may hold others
    got = rows("副市长周海涛、刘建华，孙海波、林志远出席。", rules)
    assert "孙海波" not in got and "刘建华" in got


@pytest.mark.parametrize("text, name, title", [
    ("原任青阳县委书记的周海涛调任临江市副市长。", "周海涛", "原任青阳县委书记"),
    ("原任县长的孙海波已退休。", "孙海波", "原任县长"),
])
def test_former_title_then_de_then_name(text, name, title, rules):
    # 原任…的 NAME reads as 时任…的 NAME does; 原任 is no name
    got = rows(text, rules)
    assert got[name]["title"] == title and "原任" not in got


def test_dotted_names_after_a_title_also_held_abroad_when_the_body_is_at_home(rules):
    # 主席 is also a foreign title, but 自治区政协主席 is an office at home: the dotted name of Chinese
    # characters is whole, though its part after the dot opens with a verb-like character (吐)
    got = rows("自治区政协副主席柯赛江·赛力禾加、张春林出席。自治区主席艾尔肯·吐尼亚孜作政府工作报告。", rules)
    assert {"柯赛江·赛力禾加", "张春林", "艾尔肯·吐尼亚孜"} <= set(got)


def test_an_autonomous_regions_title_takes_the_region_the_page_lies_in(rules):
    got = rows("自治区主席韦明作政府工作报告。", rules, "南宁市")
    assert got["韦明"]["region"] == "广西壮族自治区"
    assert rows("自治区主席韦明作政府工作报告。", rules)["韦明"]["region"] == ""


@pytest.mark.parametrize("text", [
    "现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和列席人员提出意见。",
    "请予审议，并请各位政协委员和列席会议同志提出意见。",
])
def test_conjunction_before_the_attendees_of_a_session_starts_no_name(text, rules):
    # 政协委员和列席人员: 和 is the conjunction, 列席 the people attending without a vote (gov26 probe)
    assert rows(text, rules) == {}


def test_a_body_named_with_yu_keeps_both_halves(rules):
    # X与Y厅/局 bodies (海洋与渔业厅, 自然资源与规划局): 与 joins two halves of one body's name
    got = rows("省海洋与渔业厅厅长高远、市自然资源与规划局局长陈立出席签约仪式。", rules)
    assert got["高远"]["organization"] == "省海洋与渔业厅"
    assert got["陈立"]["title"] == "市自然资源与规划局局长"


def test_a_conjunction_after_a_title_starts_no_body(rules):
    # 县长和公安局局长: the title before 和 is another person's; the body starts after the conjunction
    got = rows("副县长和公安局局长刘勤一同检查了交通安全工作。", rules)
    assert got["刘勤"]["organization"] == "公安局"


def test_a_bodys_term_is_no_part_of_the_organisation(rules):
    # 市十三届人大常委会, 政协某市第四届委员会: the term names which sitting, not the body; 政协 leads no place
    got = rows("市十三届人大常委会主任周平主持会议。", rules)
    assert got["周平"]["title"] == "市十三届人大常委会主任" and got["周平"]["organization"] == "市人大常委会"
    got = rows("吴清当选为政协南平市第六届委员会主席。", rules)
    assert got["吴清"]["organization"] == "政协南平市委员会" and got["吴清"]["region"] == "南平市"


def test_bare_titles_after_the_body_they_belong_to(rules):
    # the body written once before a chain of its own seats or its party group's title
    got = rows("市人大常委会主任、党组书记冯涛，市人大常委会常务副主任、党组副书记杜明出席。", rules)
    assert got["冯涛"]["organization"] == "市人大常委会" and got["杜明"]["organization"] == "市人大常委会"
    got = rows("会议选举郑宇为南平市委委员、常委、书记。", rules)
    assert got["郑宇"]["organization"] == "南平市委"
    assert rows("市委副书记、市长黄松出席。", rules)["黄松"]["organization"] == ""


@pytest.mark.parametrize("text, name, title", [
    ("林海峰全票当选为青阳市人大常委会主任。", "林海峰", "青阳市人大常委会主任"),
    ("张国平以零反对票当选青阳市市长。", "张国平", "青阳市市长"),
])
def test_how_a_vote_went_between_the_name_and_elected(text, name, title, rules):
    # 全票/零反对票/高票 between the name and 当选: the name is read before them
    assert rows(text, rules)[name]["title"] == title


@pytest.mark.parametrize("text, name, title", [
    ("会议召开。陈立新任青阳县人民政府副县长。", "陈立新", "青阳县人民政府副县长"),
    ("全县干部大会召开！吴海平任中共青阳县委书记。", "吴海平", "中共青阳县委书记"),
])
def test_appointee_after_a_full_stop_on_the_same_line(text, name, title, rules):
    assert rows(text, rules)[name]["title"] == title


@pytest.mark.parametrize("text, name, title", [
    ("2022年3月，周建明被任命为青阳市副市长。", "周建明", "青阳市副市长"),
    ("此前，林小燕被正式任命为青阳市人民政府副市长。", "林小燕", "青阳市人民政府副市长"),
    ("邓伟正式被选举为青阳县人大常委会主任。", "邓伟", "青阳县人大常委会主任"),
])
def test_passive_appointment(text, name, title, rules):
    got = rows(text, rules)
    assert got[name]["title"] == title and not any(k.endswith(("任命", "选举")) for k in got)


@pytest.mark.parametrize("text, name, title", [
    ("黄立军从东山区区长任青阳县委书记。", "黄立军", "青阳县委书记"),
    ("2011年，孙丽由清河县调任青阳市卫生健康局副局长。", "孙丽", "青阳市卫生健康局副局长"),
])
def test_moved_from_a_post_to_the_next(text, name, title, rules):
    got = rows(text, rules)
    assert got[name]["title"] == title and len(got) == 1


@pytest.mark.parametrize("text, name, title", [
    ("许文静，女，汉族，1978年6月生，青阳人，研究生学历，中共党员，现任青阳市委常委、东山县委书记，拟任青阳市副市长。",
     "许文静", "青阳市委常委、东山县委书记"),
    ("1971年出生的方建国，现任东山区委书记、区长。", "方建国", "东山区委书记、区长"),
])
def test_resume_block_gives_the_current_post(text, name, title, rules):
    got = rows(text, rules)
    assert got[name]["title"] == title and len(got) == 1


def test_resume_with_other_clauses_gives_no_row(rules):
    # a clause that is no résumé item stands between the name and 现任: not read as the holder
    assert "许文静" not in rows("许文静，女，汉族，去年调研时指出，现任班子团结。", rules)


@pytest.mark.parametrize("text, names_", [
    ("1月4日，区政协领导王国新、周文华、陈新生前往各讨论组看望委员。", ("王国新", "周文华", "陈新生")),
    ("县人大领导：赵立平、刘海军参加调研。", ("赵立平", "刘海军")),
])
def test_congress_and_cppcc_leaders_as_a_list_heading(text, names_, rules):
    got = rows(text, rules)
    assert all(n in got for n in names_)


@pytest.mark.parametrize("text", [
    "会上宣布，王新民接替李国华，任中共东山县委书记。",
    "会上宣布，王新民接替李国华任中共东山县委书记。",
])
def test_successor_takes_the_post_not_the_predecessor(text, rules):
    got = rows(text, rules)
    assert got["王新民"]["title"] == "中共东山县委书记" and "李国华" not in got


def test_dotted_names_in_an_election_list(rules):
    got = rows("阿依古丽·买买提、周建新、努尔兰·沙比提当选为自治州政协副主席；王立当选为秘书长。", rules)
    for name in ("阿依古丽·买买提", "周建新", "努尔兰·沙比提"):
        assert got[name]["title"] == "自治州政协副主席"
    assert not any(k in got for k in ("买买提", "沙比提"))


def test_dotted_name_after_a_title_keeps_its_last_character(rules):
    got = rows("自治州党委副书记、州长阿力木·吐尔逊拜，州委常委李明出席。", rules)
    assert "阿力木·吐尔逊拜" in got


def test_sentence_opening_with_a_function_word_has_no_name(rules):
    # 。和曾担任…: 和 is a family name too, but a sentence that opens with it opens with the conjunction
    assert rows("他为人低调。和曾担任青阳市市长的兄长相比，他更少露面。", rules) == {}


@pytest.mark.parametrize("text, name, region", [
    ("山东代省长周乃翔主持召开会议。", "周乃翔", "山东省"),       # 代 between the place and its unit's title
    ("上海代市长龚正出席活动并讲话。", "龚正", "上海市"),
    ("代县县长李明主持召开县政府常务会议。", "李明", "代县"),     # the county 代县, not the acting rank
])
def test_acting_between_place_and_title_and_the_county_named_dai(text, name, region, rules):
    assert rows(text, rules)[name]["region"] == region


def test_acting_rank_before_the_unit_still_takes_the_pages_region(rules):
    got = rows("县政府代县长张强作政府工作报告。", rules, region="河东县")
    assert got["张强"]["region"] == "河东县"


@pytest.mark.parametrize("text, name, title", [
    ("座谈会上，何振东副厅长向调研组汇报了全省农机化工作。", "何振东", "副厅长"),   # 向 after the title
    ("会上，孙立新局长作了动员讲话。", "孙立新", "局长"),                         # 作了
    ("综合处周海燕处长到我市调研。", "周海燕", "处长"),                           # 处长 after the name
    ("方丽清副巡视员以及有关处室负责同志参加座谈。", "方丽清", "副巡视员"),       # 副巡视员, 以及
    ("马建平县长代表县政府致辞。", "马建平", "县长"),
])
def test_name_then_title_then_a_verb_of_the_meeting(text, name, title, rules):
    assert rows(text, rules)[name]["title"] == title


@pytest.mark.parametrize("text, name, title", [
    ("以省林业厅副厅长赵文彬为组长的督导组来我县检查。", "赵文彬", "省林业厅副厅长"),   # 以 glued to 省
    ("为贯彻落实副市长黄立新的批示精神，各县加快进度。", "黄立新", "副市长"),         # a verb before the title
    ("全国优秀县委书记罗永胜在会上发言。", "罗永胜", "县委书记"),                     # an honour, not the office
])
def test_words_before_the_title_phrase_are_no_part_of_it(text, name, title, rules):
    assert rows(text, rules)[name]["title"] == title


def test_list_item_led_by_a_level_is_the_next_titles_body(rules):
    # 区畜牧…: 区 is a family name too, but the item runs on into 中心主任, the body of the next title
    got = rows("区林业局局长陈国平、区畜牧发展中心主任刘思远陪同调研。", rules)
    assert set(got) == {"陈国平", "刘思远"}
    assert got["刘思远"]["title"] == "区畜牧发展中心主任"


def test_conjunction_then_a_body_is_no_name(rules):
    # 和人大…: 和 is a family name, 人大 a body, never a given name
    assert rows("各乡镇党委主要负责人和人大主席团主席出席会议。", rules) == {}
    assert rows("西藏自治区党委书记陈全国出席。", rules)["陈全国"]["title"] == "西藏自治区党委书记"   # 全国 after a family name


@pytest.mark.parametrize("text, name, title", [
    ("现任南靖县委书记张琳光出席。", "张琳光", "现任南靖县委书记"),   # 南靖 tagged a time word
    ("王俊红已任正定县委书记。", "王俊红", "正定县委书记"),           # 正定 tagged an adverb
    ("而原正定县委书记李红已调任他职。", "李红", "正定县委书记"),     # 而原, a conjunction and a tenure jieba joins
])
def test_rare_county_name_before_its_level_is_part_of_the_body(text, name, title, rules):
    assert rows(text, rules)[name]["title"] == title


def test_common_word_before_a_level_is_no_place(rules):
    assert rows("目前县委书记李明在会上讲话。", rules)["李明"]["title"] == "县委书记"


def test_family_name_glued_to_the_unit_before_it(rules):
    assert rows("远洋处孙海文处长出席大会。", rules)["孙海文"]["title"] == "处长"


def test_honour_before_a_chain_of_titles_is_dropped(rules):
    got = rows("全国优秀县委书记、青山县委书记罗永胜在会上发言。", rules)
    assert got["罗永胜"]["title"] == "青山县委书记"


def test_place_ending_in_its_heads_level_is_no_name(rules):
    # 甘孜州|州长: a prefecture of the gazetteer and its head, no name; 刘建州 is a name (no place)
    assert "甘孜州" not in rows("他曾任广安市委副书记、甘孜州州长，现任省政府副秘书长。", rules)
    assert rows("刘建州州长在会上讲话。", rules)["刘建州"]["title"] == "州长"


@pytest.mark.parametrize("text, word", [
    ("据报道，青川省人大常委会主任易人。", "易人"),              # a post changing hands
    ("全县三百多位县政协委员满怀豪情参加会议。", "满怀"),        # a mood after the members
])
def test_words_read_as_a_name_after_a_title_are_no_name(text, word, rules):
    assert word not in rows(text, rules)
