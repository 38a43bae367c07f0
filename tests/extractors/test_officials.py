"""Officials on real seed sentences: titles before and after names, lists, bylines refused."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def run(text: str, rules) -> list[dict]:
    return extract_officials(PageContext("t", text, "", "", ""), rules)


def names(text: str, rules) -> dict[str, str]:
    return {r["name"]: r["title"] for r in run(text, rules)}


def test_title_chain_before_name(rules):
    got = names("市委书记曹慧泉主持并作审议发言,市委副书记、市长陈恢清,市人大常委会主任刘光跃参加。", rules)
    assert got["曹慧泉"] == "市委书记"
    assert got["陈恢清"] == "市委副书记、市长"
    assert got["刘光跃"] == "市人大常委会主任"


def test_verb_inside_an_organisation_name(rules):
    # 促进 and 审批 are verbs, but an organisation suffix follows them: they belong to the title
    got = names("街道党工委委员、街道经济和科技促进局局长潘卓辉到园区考察。", rules)
    assert got["潘卓辉"] == "街道党工委委员、街道经济和科技促进局局长"
    assert names("区行政审批服务局局长张三出席会议。", rules)["张三"] == "区行政审批服务局局长"
    # a verb before an organisation that is not its name still ends the title
    assert names("省委副书记王五看望市委书记李六。", rules) == {"王五": "省委副书记", "李六": "市委书记"}


def test_list_of_names_running_into_the_next_title(rules):
    # a flattened table: the last name of one list stands right before the next title
    rows = run("新区党工委副书记田金昌、张维亮、党晓龙管委会副主任田金昌、吴海军。", rules)
    got = {(r["name"], r["title"]) for r in rows}
    assert ("党晓龙", "新区党工委副书记") in got
    assert ("吴海军", "管委会副主任") in got and ("田金昌", "管委会副主任") in got
    assert not any(r["title"].startswith("党晓龙") for r in rows)


def test_no_name_after_a_title_that_already_has_one(rules):
    # 习近平总书记殷切嘱托: 殷切 ("earnest") follows a title that belongs to the name before it
    assert names("我们要牢记习近平总书记殷切嘱托，奋力谱写新篇章。", rules) == {"习近平": "总书记"}
    assert names("银监会主席尚福林表示，风险总体可控。", rules) == {"尚福林": "银监会主席"}


def test_leader_of_a_state_not_of_a_company(rules):
    assert names("朝鲜最高领导人金正恩视察了工厂。", rules) == {"金正恩": "朝鲜最高领导人"}
    assert names("这在很大程度上得益于华为领导人任正非的胆识。", rules) == {}


def test_title_carried_over_a_list(rules):
    got = names("省政府秘书长瞿海,省有关部门负责人叶仁雄、李知文、熊文辉、彭涛、陈卓懿到会听取意见建议。", rules)
    assert got["瞿海"] == "省政府秘书长"
    for n in ("叶仁雄", "李知文", "熊文辉", "彭涛", "陈卓懿"):
        assert got[n] == "省有关部门负责人"
    assert "陈卓懿到" not in got


def test_names_then_title(rules):
    got = names("龙朝阳、肖迪明、段安娜、刘望等代表参加。刘光跃代表建议,加强督办。", rules)
    assert set(got) == {"龙朝阳", "肖迪明", "段安娜", "刘望", "刘光跃"}
    assert all(t == "代表" for t in got.values())


def test_name_boundary_from_jieba(rules):
    assert set(names("株洲市发改委主任刘海宾介绍,春节前逐一建档立卡。", rules)) == {"刘海宾"}
    assert set(names("市中级人民法院院长陈坚,市人民检察院检察长向新林到会听取意见建议。", rules)) == {"陈坚", "向新林"}


def test_journalists_and_company_heads_refused(rules):
    text = ("华声在线全媒体记者 李永亮 通讯员 龙子怡\n百忙中，欧微时尚集团股份有限公司董事长李玉龙告诉记者,"
            "疫情防控放开后,服饰交易持续上升。株洲日报讯(全媒体记者/胡文洁)1月26日,省委副书记、省长毛伟明来到代表团。")
    assert set(names(text, rules)) == {"毛伟明"}


def test_two_mentions_joined_by_a_conjunction(rules):
    # 和 before 市委 reads as part of a body's name (省工业和信息化厅); a name found just before it
    # ends the previous mention instead
    assert names("副市长李明和市委秘书长张华出席。", rules) == {"李明": "副市长", "张华": "市委秘书长"}
    assert names("省工业和信息化厅厅长王明出席。", rules) == {"王明": "省工业和信息化厅厅长"}
    # jieba glued the last given-name character to 等 and more (刘事/青等市): the name is whole
    assert names("市委书记曹慧泉、市长刘事青等市领导参加活动。", rules) == {"曹慧泉": "市委书记", "刘事青": "市长"}


def test_given_name_that_is_a_proper_noun(rules):
    # 中华 and 向东 start with function characters (中, 向) but jieba tags them as names or proper
    # nouns: the surname before them opens a name (周中华, 郝向东), while 都到访 is no name
    assert names("市委常委、常务副市长周中华主持会议。副局长郝向东宣读了决定。", rules) == {
        "周中华": "市委常委、常务副市长", "郝向东": "副局长"}
    assert names("市长都到访了。", rules) == {}


def test_byline_title_space_name(rules):
    # a report's byline: the title, a space, the name alone on its line, a two-character name
    # spaced to line up with three-character ones (govreports: guangxi, guangdong)
    text = "2026年2月7日\n自治区主席 韦 韬\n广东省省长 孟凡利\n各位代表：现在，我代表省人民政府向大会报告工作。"
    assert names(text, rules) == {"韦韬": "自治区主席", "孟凡利": "广东省省长"}
    # in running text a space after a title is not a byline (市委书记 张三表示: no name alone)
    assert names("会上，市委书记 张三表示，要加快发展。", rules) == {}


def test_heads_of_research_and_teaching_units_are_experts(rules):
    text = ("中央党校（国家行政学院）文史教研部中国史教研室主任王学斌、新华社对外部中国国际传播研究中心副主任"
            "郭信峰等专家学者给予点评。国务院发展研究中心对外经济研究部综合研究室主任赵福军表示，外贸形势将逐步向好。"
            "海关总署统计分析司司长吕大良介绍。")
    assert set(names(text, rules)) == {"吕大良"}


def test_foreign_heads_of_government(rules):
    got = names("他也和德国总理朔尔兹，意大利总理德拉吉， 荷兰总理吕特，欧盟理事会主席米歇尔和美国总统拜登打电话。", rules)
    assert set(got) == {"朔尔兹", "德拉吉", "吕特", "米歇尔", "拜登"}
    assert got["米歇尔"] == "欧盟理事会主席"
    assert "都到访" not in names("荷兰的领导人都到访过基辅。", rules)


def test_offsets_and_organization(rules):
    text = "会上,省人大常委会副主任张剑飞参加审议。"
    rows = run(text, rules)
    assert len(rows) == 1
    row = rows[0]
    assert text[row["start"]:row["end"]] == row["name"] == "张剑飞"
    assert row["organization"] == "省人大常委会"
    assert row["rule"] == "officials.title-name"
    assert row["sentence"] == "会上,省人大常委会副主任张剑飞参加审议。"


@pytest.mark.parametrize("text", [
    "省人大常委会工作报告以习近平新时代中国特色社会主义思想为指导。",
    "电子信息代表性企业湖南恒茂高科股份有限公司纳入名录。",
    "株洲市代表团审议政府工作报告。",
])
def test_no_official_without_a_titled_name(text, rules):
    assert run(text, rules) == []


def test_transliterated_names_whole(rules):
    # characters of the transliteration table (翰, 逊, 茨, 申, 冯) belong to the name
    assert names("英国首相约翰逊当天在伦敦发表讲话。", rules) == {"约翰逊": "英国首相"}
    assert names("德国总理朔尔茨与白俄罗斯总统卢卡申科通电话。", rules) == {
        "朔尔茨": "德国总理", "卢卡申科": "白俄罗斯总统"}
    assert names("欧盟委员会主席冯德莱恩表示，欧盟将加大投入。", rules) == {"冯德莱恩": "欧盟委员会主席"}


def test_transliterated_name_glued_to_a_function_character(rules):
    # jieba reads 安说 and 耶伦说 as tokens: the name still ends before 说
    assert names("土耳其总统埃尔多安说，双方将扩大贸易。", rules) == {"埃尔多安": "土耳其总统"}
    assert names("美国财政部长耶伦说，通胀压力有所缓解。", rules) == {"耶伦": "美国财政部长"}
    # ... but not inside a word of the dictionary (提及)
    assert names("银监会主席尚福林提及民营银行的申请。", rules) == {"尚福林": "银监会主席"}


def test_state_offices_named_by_their_own_title_words(rules):
    # 委员长 (not 委员), 行政长官 and 特首, 审计长 (审计署 is tagged a verb but names the body)
    assert names("全国人大常委会委员长赵乐际在会上讲话。", rules) == {"赵乐际": "全国人大常委会委员长"}
    assert names("全国人大常委会副委员长郑建邦出席。", rules) == {"郑建邦": "全国人大常委会副委员长"}
    assert names("香港特区行政长官李家超当天会见了代表团。", rules) == {"李家超": "香港特区行政长官"}
    assert names("香港特首李家超表示，将全力配合。", rules) == {"李家超": "香港特首"}
    assert names("审计署审计长侯凯作审计工作报告。", rules) == {"侯凯": "审计署审计长"}


def test_locative_ends_the_title_phrase(rules):
    # 上, 中, 期间 (jieba tags them f) close the scene before the title, they are not part of it
    assert names("在座谈会上省委书记王宁讲话。", rules) == {"王宁": "省委书记"}
    assert names("调研中市长李国华指出要优化服务。", rules) == {"李国华": "市长"}
    assert names("两会期间全国人大代表王秀英提交了建议。", rules) == {"王秀英": "全国人大代表"}
    # 前 of a former office holder stays in the title, as 原 does
    assert names("前政务司司长唐英年出席论坛。", rules) == {"唐英年": "前政务司司长"}


def test_function_character_after_a_name_is_not_part_of_it(rules):
    # 于 is a preposition, not a transliteration character (普京于3日)
    assert names("俄罗斯总统普京于3日抵达北京。", rules) == {"普京": "俄罗斯总统"}
    assert names("美国总统拜登于当地时间5日宣布。", rules) == {"拜登": "美国总统"}
    assert names("部长林琳于近日表示。", rules) == {"林琳": "部长"}
    # 普京 is a dictionary word, so 普京与 was read as surname 普 + 京与: jieba cuts 与 off
    assert names("总统普京与总理米舒斯京举行会谈。", rules)["普京"] == "总统"
    assert names("市长王为民出席仪式。", rules) == {"王为民": "市长"}


def test_transliterated_name_after_any_title_is_not_cut_to_a_chinese_reading(rules):
    # 斯 and 古 are family names too: a Chinese reading stopped at three characters or at none
    assert names("北约秘书长斯托尔滕贝格当天表示。", rules) == {"斯托尔滕贝格": "北约秘书长"}
    assert names("联合国秘书长古特雷斯发表声明。", rules) == {"古特雷斯": "联合国秘书长"}
    # a Chinese name after the same titles is read as before, and a country is no name
    assert names("市政府秘书长林华东主持会议。", rules) == {"林华东": "市政府秘书长"}
    assert names("主任苏丹说明了情况。", rules) == {}


def test_expert_and_clinical_posts_titled_like_offices(rules):
    # the leader of a research or expert group and a hospital department head hold no public office
    assert names("课题组组长李明介绍了研究进展。", rules) == {}
    assert names("专家组组长王华说，方案总体可行。", rules) == {}
    assert names("手术由心内科主任赵强主刀。", rules) == {}
    # the leader of an inspection team or of a leading group does
    assert names("督导组组长刘伟指出问题。", rules) == {"刘伟": "督导组组长"}
    assert names("市卫健委主任李华出席。", rules) == {"李华": "市卫健委主任"}


def test_ordinal_belongs_to_the_title(rules):
    # 第三 names which inspection team, 第十四届 which congress: jieba tags both numerals
    assert names("中央第三巡视组组长张强反馈巡视意见。", rules) == {"张强": "中央第三巡视组组长"}
    assert names("市第一中级人民法院院长陈明表示。", rules) == {"陈明": "市第一中级人民法院院长"}
    assert names("十四届全国人大代表王华表示。", rules) == {"王华": "十四届全国人大代表"}
    # a count still ends the title
    assert names("会上两位副市长王刚、李强分别讲话。", rules) == {"王刚": "副市长", "李强": "副市长"}


def test_appointment_phrasings(rules):
    # 同志 between the name and 任; 任命/选举 + name + 为 + title, with 为 glued by jieba to either side
    assert names("张三同志任市委书记。", rules) == {"张三": "市委书记"}
    assert names("经研究决定，任命李四为市公安局局长。", rules) == {"李四": "市公安局局长"}
    assert names("会议选举王五为市长。", rules) == {"王五": "市长"}
    # 为 after another name is the name's own character (王有为), and a company's post is no office
    assert names("王有为市长出席。", rules) == {"王有为": "市长"}
    assert names("任命张伟为公司总经理。", rules) == {}


def test_function_word_after_a_title_is_no_name(rules):
    # 曾, 向, 和, 常 are family names too; here they are an adverb, a preposition, a conjunction
    assert names("该市市长曾在会上表示，要加快进度。", rules) == {}
    assert names("办公室主任向记者介绍了有关情况。", rules) == {}
    assert names("县委书记和大家座谈交流。", rules) == {}
    assert names("老局长常说，群众的事无小事。", rules) == {}
    # names with those family names stay names
    assert names("市长于建国出席活动。", rules) == {"于建国": "市长"}
    assert names("市长向东表示。", rules) == {"向东": "市长"}


def test_titles_held_concurrently(rules):
    # 兼 joins two titles of one person, as 、 does; jieba may glue it to the body (兼市/公安局)
    assert names("市委常委、副市长兼市公安局局长张三出席。", rules) == {"张三": "市委常委、副市长兼市公安局局长"}
    assert names("国务院副总理兼财政部部长张五说。", rules) == {"张五": "国务院副总理兼财政部部长"}
    rows = run("省委常委、常务副省长兼省政府党组副书记李四讲话。", rules)
    assert rows[0]["title"] == "省委常委、常务副省长兼省政府党组副书记" and rows[0]["organization"] == "省政府党组"


def test_country_before_a_title_is_no_name(rules):
    # 乌, 阿, 黎 are family names and jieba tags some countries as person names
    assert names("乌克兰总统表示，将继续推进谈判。", rules) == {}
    assert names("阿根廷总统说，双方合作潜力巨大。", rules) == {}
    assert names("黎巴嫩总理表示欢迎。", rules) == {}
    assert names("乌克兰总统泽连斯基说。", rules) == {"泽连斯基": "乌克兰总统"}


def test_transliterated_name_before_a_title_kept_whole(rules):
    # 连 is a family name: reading back from 总统 stopped at 连斯基
    assert names("泽连斯基总统在视频讲话中说。", rules) == {"泽连斯基": "总统"}
    # a word before a Chinese name is not taken into it
    assert names("会见西安马明市长。", rules) == {"马明": "市长"}
    assert names("感谢马明市长的支持。", rules) == {"马明": "市长"}


def test_chairs_of_congress_and_cppcc_committees(rules):
    # 主任委员 is the chair of a special committee of a people's congress or a CPPCC
    assert names("全国人大财政经济委员会主任委员李明出席。", rules) == {"李明": "全国人大财政经济委员会主任委员"}
    assert names("市政协文史委副主任委员张丽主持。", rules) == {"张丽": "市政协文史委副主任委员"}
    # ... not of a professional committee
    assert names("某某专业委员会主任委员王华表示。", rules) == {}


def test_a_long_roll_of_officials_gives_each_once(rules):
    """Hundreds of mentions on one page: each title's phrase still stops at the name before it."""
    people = [s + g for s in "张王李赵刘陈杨黄周吴" for g in ("明华", "建国", "志强", "海涛", "立新")]
    text = "".join(f"副市长{p}和市委秘书长{q}出席。" for p, q in zip(people, reversed(people)))
    got = names(text, rules)
    assert len(got) == len(people) and set(got.values()) <= {"副市长", "市委秘书长"}


@pytest.mark.parametrize("text, expected", [
    ("副市长周志强和市委秘书长黄志强出席。", {"周志强": "副市长", "黄志强": "市委秘书长"}),   # 强 ends the name
    ("省长赵刚作政府工作报告。", {"赵刚": "省长"}),                                      # 作 is the verb
    ("市长王晖指出，要加快发展。", {"王晖": "市长"}),                                     # 指 opens 指出
    ("副市长王立新和市委秘书长吴明华出席。", {"王立新": "副市长", "吴明华": "市委秘书长"}),   # 和 is no title
])
def test_a_break_character_after_two_given_characters(rules, text, expected):
    assert names(text, rules) == expected


def test_the_region_of_a_title_that_names_only_its_unit(rules):
    """A 市 title on a city's page is that city's, with its rank too (常务副市长); a 省 title is
    the province the city lies in; a 县 title on a city's page names no county."""
    text = ("株洲日报讯 1月26日，省委副书记、省长毛伟明来到株洲调研。市委常委、常务副市长邓军，"
            "副县长李明陪同。")
    rows = {r["name"]: r["region"] for r in extract_officials(PageContext("t", text, "", "2024", "株洲市"), rules)}
    assert rows["毛伟明"] == "湖南省"
    assert rows["邓军"] == "株洲市"
    assert rows["李明"] == ""


def test_rarer_family_names_hold_office_too(rules):
    found = names("市委副书记保明顺、市人大常委会主任李洪云出席。县委书记操家祥主持。县长保证做到不漏一户。", rules)
    assert found.get("保明顺") == "市委副书记" and found.get("操家祥") == "县委书记"
    assert not [n for n in found if n.startswith("保证")]


def test_given_name_led_by_a_break_character_jieba_reads_as_a_noun(rules):
    # 任/强军: a family name that is a verb too, and a given name jieba reads as a rare noun
    got = names("县委书记陈立新，县委副书记任强军，副县长孙敏陪同调研。", rules)
    assert got.get("任强军") == "县委副书记"
    assert "陈立新" in got and "孙敏" in got
    # a verb led by the same character still refuses the name (王/强调), and a place stays a place (于/中国)
    assert names("市长王强调要加快进度。", rules) == {}
    assert "于中国" not in names("县委书记于中国考察期间签约。", rules)
