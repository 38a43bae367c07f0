"""Officials: classes of errors seen on unseen real pages (names glued to verbs, ordinary words
read as names, bodies read as names, 任 titles, dotted foreign names, organisation and region)."""
from __future__ import annotations

import pytest

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def rows(text: str, rules) -> dict[str, dict]:
    return {r["name"]: r for r in extract_officials(PageContext("t", text, "", "", ""), rules)}


@pytest.mark.parametrize("text, name", [
    ("盐城市委副书记、代市长周斌指出，全市上下要把思想统一。", "周斌"),
    ("银监会主席尚福林提及有40多家民营银行提交了申请。", "尚福林"),
    ("安徽省委书记韩俊先后发言。", "韩俊"),
])
def test_name_not_glued_to_the_verb_after_it(text, name, rules):
    assert set(rows(text, rules)) == {name}


@pytest.mark.parametrize("text", [
    "习近平总书记曾多次对中医药工作作出重要指示。",
    "医院地址：湖南省长沙市麓山路58号",
    "李克强同志生前友好和家乡代表也前往送别。",
    "人大代表、政协委员和各界群众三十余人旁听了庭审。",
    "现任党工委书记及管委会主任",
    "“我们市长花了三块钱卖下它。”",
    "中国地理学会人文地理专业委员会主任方创琳研究员作了大会总结发言。",
])
def test_no_false_official(text, rules):
    got = rows(text, rules)
    assert set(got) <= {"习近平"}


def test_list_item_going_on_as_a_noun(rules):
    got = rows("并得到以色列国防部长加兰特、战时内阁成员甘茨等人的支持。", rules)
    assert "战时" not in got and "加兰特" in got


def test_appointed_titles(rules):
    got = rows("由陈刚任雄安新区党工委书记、管委会主任，刘宝玲任雄安新区党工委副书记。", rules)
    assert got["陈刚"]["title"] == "雄安新区党工委书记、管委会主任"
    assert got["刘宝玲"]["title"] == "雄安新区党工委副书记"


def test_dotted_foreign_names(rules):
    assert "乔治·布什" in rows("他被时任总统乔治·布什誉为“隐藏的民族瑰宝”。", rules)
    # whatever the title: a Chinese-looking first name goes on over the dot, a one-character one too
    got = rows("美国纽约州州长安德鲁·科莫表示，佛罗里达州坦帕市市长简·卡斯特呼吁民众待在家中。", rules)
    assert {"安德鲁·科莫", "简·卡斯特"} <= set(got) and "安德鲁" not in got


def test_organization_and_region(rules):
    got = rows("县应急管理局党组书记、局长赵千峰，副县长李光辉，徐州市委副书记、代市长王剑锋讲话。", rules)
    assert got["赵千峰"]["organization"] == "县应急管理局"
    assert got["李光辉"]["region"] == ""
    assert got["王剑锋"]["region"] == "徐州市" and got["王剑锋"]["organization"] == ""
    assert set(rows("最近，曼谷市市长沙玛发布市长令。", rules)) == {"沙玛"}


@pytest.mark.parametrize("text, name, title", [
    ("英国现任外相韦斯顿在议会表示，将继续推动谈判。", "韦斯顿", "英国现任外相"),
    ("美国财长雅各布·卢表示，双方将保持沟通。", "雅各布·卢", "美国财长"),
    ("美国防长奥斯汀表示，双方同意恢复对话。", "奥斯汀", "美国防长"),
    ("英国外交大臣克莱弗利抵达北京。", "克莱弗利", "英国外交大臣"),
    ("美国参议员卢比奥提出一项议案。", "卢比奥", "美国参议员"),
    ("沙特国王萨勒曼会见了来访的代表团。", "萨勒曼", "沙特国王"),
    ("伊朗外长阿卜杜拉希扬表示，伊方愿意对话。", "阿卜杜拉希扬", "伊朗外长"),
])
def test_foreign_office_words(text, name, title, rules):
    # 外相, 财长, 防长, 大臣, 议员, 国王 name offices held abroad; transliterations hold 各, 卜, 汀
    assert rows(text, rules)[name]["title"] == title


def test_legislators_in_a_list(rules):
    got = rows("答问大会上，直选议员黄志明、陈伟强和其他议员因叫嚣被驱逐。", rules)
    assert {n: r["title"] for n, r in got.items()} == {"黄志明": "直选议员", "陈伟强": "直选议员"}



def test_given_name_ending_in_a_break_character(rules):
    # 强 and 中 end given names as often as they start words: 陈伟强、 and 刘国中出席 are whole names
    assert set(rows("副市长张三丰、陈伟强出席。", rules)) == {"张三丰", "陈伟强"}
    assert set(rows("国务院副总理刘国中出席会议。", rules)) == {"刘国中"}
    assert set(rows("总理李强强调，要稳住经济大盘。", rules)) == {"李强"}


def test_appointments_listed_after_one_verb(rules):
    # 任命 names several people, each 为 a title, joined by commas
    got = rows("会议决定任命张建国为市公安局局长，李红梅为市财政局局长。", rules)
    assert {n: r["title"] for n, r in got.items()} == {"张建国": "市公安局局长", "李红梅": "市财政局局长"}
    assert set(rows("他曾任命张三为局长，李四为此感到不满。", rules)) == {"张三"}


@pytest.mark.parametrize("text, name, title", [
    ("中国人民银行副行长陈雨露出席发布会。", "陈雨露", "中国人民银行副行长"),
    ("央行行长易纲表示，稳健的货币政策要灵活适度。", "易纲", "央行行长"),
    ("欧洲央行行长拉加德表示，通胀仍然过高。", "拉加德", "欧洲央行行长"),
    ("中国人民银行营业管理部主任杨伟中表示，信贷平稳增长。", "杨伟中", "中国人民银行营业管理部主任"),
])
def test_central_bank_officials(text, name, title, rules):
    # 人民银行 and 中央银行 are state bodies though their names hold 银行
    assert rows(text, rules)[name]["title"] == title


@pytest.mark.parametrize("text", ["招商银行行长王良表示，零售业务稳健增长。", "中国银行行长刘金出席签约仪式。"])
def test_commercial_bank_heads_are_no_officials(text, rules):
    assert rows(text, rules) == {}


@pytest.mark.parametrize("text, name, title", [
    ("王毅外长表示，中方愿同各方加强沟通。", "王毅", "外长"),
    ("谢锋大使在招待会上致辞。", "谢锋", "大使"),
    ("布林肯国务卿表示，双方同意保持沟通。", "布林肯", "国务卿"),
])
def test_foreign_office_after_the_name(text, name, title, rules):
    assert rows(text, rules)[name]["title"] == title


@pytest.mark.parametrize("text", ["该国外长表示，将召回大使。", "两国外长会晤时，讨论了地区局势。", "驻华大使表示，愿意合作。"])
def test_foreign_office_after_no_name(text, rules):
    assert rows(text, rules) == {}


@pytest.mark.parametrize("text, name", [
    ("日本首相岸田文雄表示，将推进经济对策。", "岸田文雄"),
    ("日本外相茂木敏充表示，日方重视两国关系。", "茂木敏充"),
    ("日本前首相安倍晋三的葬礼在东京举行。", "安倍晋三"),
    ("俄罗斯总统新闻秘书佩斯科夫表示，克里姆林宫欢迎对话。", "佩斯科夫"),
])
def test_foreign_names_read_as_one_token(text, name, rules):
    # a name of no family name from the list nor of the transliteration characters: jieba reads it whole
    assert name in rows(text, rules)


@pytest.mark.parametrize("text", ["美国总统大选临近，两党竞争激烈。", "日本首相官邸发表声明。", "英国首相办公室表示，将作出回应。"])
def test_no_token_name_after_a_foreign_title(text, rules):
    assert rows(text, rules) == {}


@pytest.mark.parametrize("text, name, title", [
    ("全国人大代表、格力电器董事长董明珠表示，制造业要练好内功。", "董明珠", "全国人大代表"),
    ("全国政协委员、湖南师范大学教授王大海建议，加强乡村教师培训。", "王大海", "全国政协委员"),
])
def test_deputy_seat_before_a_role_of_no_office(text, name, title, rules):
    # the seat before 、 is the office; the company or school role after it is not
    assert rows(text, rules)[name]["title"] == title


@pytest.mark.parametrize("text", [
    "格力电器董事长董明珠表示，制造业要练好内功。",
    "集团党委书记、董事长张三丰出席签约仪式。",
])
def test_role_without_a_deputy_seat_gives_no_official(text, rules):
    assert rows(text, rules) == {}


def test_office_before_a_candidacy(rules):
    # a sitting president running again: 候选人 may follow any office
    got = rows("多米尼加现任总统、现代革命党候选人阿比纳德尔19日晚宣布胜选。", rules)
    assert got["阿比纳德尔"]["title"] == "多米尼加现任总统"
    assert rows("民主党总统候选人哈里斯表示，将继续竞选。", rules) == {}


@pytest.mark.parametrize("text, name, title", [
    ("何立峰副总理在会上说，要稳住外贸基本盘。", "何立峰", "副总理"),
    ("赵乐际委员长表示，要加强备案审查。", "赵乐际", "委员长"),
    ("张建华副市长主持会议。", "张建华", "副市长"),
    ("陈建国厅长介绍，全省粮食播种面积稳定。", "陈建国", "厅长"),
])
def test_deputy_and_department_titles_after_the_name(text, name, title, rules):
    assert rows(text, rules)[name]["title"] == title


@pytest.mark.parametrize("text", [
    "常务副市长在会上说，要抓好项目建设。",
    "商务局局长表示，外贸形势总体平稳。",
    "国务院副总理表示，要做好能源保供。",
])
def test_titles_after_a_body_give_no_name(text, rules):
    assert rows(text, rules) == {}


def test_regional_leader(rules):
    # 台湾地区领导人: a leader of a region, not only of a state or party
    assert rows("台湾地区领导人赖清德表示，将推动预算审议。", rules)["赖清德"]["title"] == "台湾地区领导人"
    assert rows("企业领导人张三丰表示，将扩大投资。", rules) == {}


@pytest.mark.parametrize("text, name, title", [
    ("中国常驻联合国代表傅聪表示，安理会应发挥作用。", "傅聪", "中国常驻联合国代表"),
    ("美国贸易代表戴琪表示，将审查关税。", "戴琪", "美国贸易代表"),
    ("中国政府朝鲜半岛事务特别代表刘晓明表示，各方应保持克制。", "刘晓明", "中国政府朝鲜半岛事务特别代表"),
    ("国际货币基金组织总裁格奥尔基耶娃表示，全球增长放缓。", "格奥尔基耶娃", "国际货币基金组织总裁"),
    ("世界银行行长彭安杰表示，将加大气候融资。", "彭安杰", "世界银行行长"),
])
def test_envoys_and_heads_of_international_bodies(text, name, title, rules):
    assert rows(text, rules)[name]["title"] == title


@pytest.mark.parametrize("text", ["学生代表李明华发言。", "华为公司总裁任正非表示，将加大研发投入。"])
def test_representatives_and_presidents_of_no_office(text, rules):
    assert rows(text, rules) == {}


@pytest.mark.parametrize("text, name", [
    ("乌克兰外长库列巴表示，将继续寻求支持。", "库列巴"),
    ("塞尔维亚总统武契奇表示，塞方珍视两国友谊。", "武契奇"),
    ("乌兹别克斯坦总统米尔济约耶夫表示，愿深化合作。", "米尔济约耶夫"),
    ("俄罗斯总统普京得到消息后表示，将作出回应。", "普京"),
    ("美国总统拜登列出三点要求。", "拜登"),
])
def test_transliterated_run_ends_at_a_word_end(text, name, rules):
    # 列, 契, 济, 得 are of the class; a run going on into the next word (普京/得到) ends before it
    assert set(rows(text, rules)) == {name}


@pytest.mark.parametrize("text, name, org", [
    ("英国现任外相韦斯顿表示，将继续推动谈判。", "韦斯顿", "英国"),
    ("国务院原总理李克强同志的遗体在北京火化。", "李克强", "国务院"),
])
def test_organization_without_the_modifier_before_the_title(text, name, org, rules):
    assert rows(text, rules)[name]["organization"] == org
