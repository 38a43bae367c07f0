"""Officials: classes of errors seen on round-17 unseen pages (CPPCC and people's congress pages of
Xinjiang and Tibet, court and procuratorate news, state firms' heads beside officials). Every
sentence here is written for the test."""
from __future__ import annotations

from extract.extractors.context import PageContext
from extract.extractors.officials import extract_officials


def rows_of(text: str, rules) -> list[dict]:
    return extract_officials(PageContext("t", text, "", "", ""), rules)


def titles_of(text: str, rules) -> dict[str, str]:
    return {r["name"]: r["title"] for r in rows_of(text, rules)}


def test_dotted_name_after_a_bare_title_carried_over_a_comma_is_whole(rules):
    text = "区政协主席阿迪力·买买提，副主席古丽米拉·艾买提、王海林、吐尔逊·热合曼，秘书长张立在前排就座。"
    got = titles_of(text, rules)
    assert got.get("古丽米拉·艾买提") == "副主席"
    assert got.get("王海林") == "副主席"
    assert got.get("吐尔逊·热合曼") == "副主席"
    assert "古丽米拉" not in got   # not the part before the dot


def test_judicial_rank_after_the_post_joins_the_title_not_the_body(rules):
    rows = {r["name"]: r for r in rows_of(
        "会上，省高级人民法院院长、二级大法官周立新，省人民检察院检察长、二级大检察官王建华先后发言。", rules)}
    assert rows["周立新"]["title"] == "省高级人民法院院长、二级大法官"
    assert rows["周立新"]["organization"] == "省高级人民法院"
    assert rows["王建华"]["title"] == "省人民检察院检察长、二级大检察官"
    assert rows["王建华"]["organization"] == "省人民检察院"


def test_a_rank_alone_is_no_office(rules):
    # the rank words need their grade: a 大法官 of a story abroad is no rank of a Chinese court
    assert titles_of("电影里的大法官李文在片中出场。", rules) == {}


def test_title_written_after_a_name_heads_no_name_after_it(rules):
    got = titles_of("市长代表市委、市政府和孙立平书记向钱董事长一行表示欢迎。", rules)
    assert "向钱" not in got
    assert got.get("孙立平") == "书记"


def test_roster_of_an_election_names_each_holder(rules):
    text = ("补选结果公告如下：\n主任：马永胜；\n副主任：陈静（女）、李国华（回族）；\n"
            "委员：（按姓名笔画为序）\n次仁措姆（女）、王小东、 格桑多吉（藏族）。")
    got = titles_of(text, rules)
    assert got.get("马永胜") == "主任"
    assert got.get("陈静") == "副主任"
    assert got.get("李国华") == "副主任"
    assert got.get("次仁措姆") == "委员"
    assert got.get("王小东") == "委员"
    assert got.get("格桑多吉") == "委员"


def test_a_title_and_colon_in_speech_is_no_roster(rules):
    # an interview's speaker label, and a title inside a sentence, both before a colon
    assert titles_of("书记：我们要把工作做实。\n他说，请来了主任：张明亮在会上发言。", rules) == {}


def regions_of(text: str, region: str, rules) -> dict[str, str]:
    return {r["name"]: r["region"] for r in extract_officials(PageContext("t", text, "", "", region), rules)}


def test_later_body_of_no_level_takes_the_chains_first_level(rules):
    text = ("自治区党委书记、人大常委会主任孟和平主持会议，自治区副主席、财政厅厅长陈立东，"
            "自治区党委常委、秘书长吴海林出席。")
    got = regions_of(text, "内蒙古自治区", rules)
    assert got["孟和平"] == "内蒙古自治区"
    assert got["陈立东"] == "内蒙古自治区"
    assert got["吴海林"] == "内蒙古自治区"


def test_bare_deputies_after_their_head_share_the_heads_region(rules):
    text = "自治区政协主席阿迪力·买买提，副主席古丽米拉·艾买提、王海林在前排就座。"
    got = regions_of(text, "新疆维吾尔自治区", rules)
    assert got["古丽米拉·艾买提"] == "新疆维吾尔自治区"
    assert got["王海林"] == "新疆维吾尔自治区"


def test_bare_title_of_another_post_takes_no_region_from_the_name_before(rules):
    # 秘书长 is no deputy of 主席: where the text does not say whose it is, no region is made up
    got = regions_of("自治区政协主席阿迪力·买买提，秘书长张立出席。", "新疆维吾尔自治区", rules)
    assert got["张立"] == ""


def test_democratic_partys_city_committee_keeps_its_hui(rules):
    got = titles_of("出席的还有市政协副主席、九三学社市委会主委郑光明。", rules)
    assert got.get("郑光明") == "市政协副主席、九三学社市委会主委"


def test_congress_office_before_a_role_of_no_office_names_the_holder(rules):
    got = titles_of("会见时，市人大常委会副主任、市工商联会长冯志远介绍了情况。", rules)
    assert got.get("冯志远") == "市人大常委会副主任"


def test_firms_party_post_before_its_chair_still_names_no_official(rules):
    assert titles_of("集团党委书记、董事长冯志远介绍了情况。", rules) == {}


def test_short_reading_lengthened_where_the_page_writes_the_name_whole(rules):
    text = "马建正代表区委讲话。\n区委书记马建正在会上强调，要抓好落实。"
    names_found = {r["name"] for r in rows_of(text, rules)}
    assert "马建正" in names_found and "马建" not in names_found


def test_short_reading_kept_where_the_page_never_writes_the_longer_whole(rules):
    names_found = {r["name"] for r in rows_of("区委书记马建正在会上强调，要抓好落实。", rules)}
    assert "马建正" not in names_found


def test_name_ending_in_he_before_a_verb_of_speech_keeps_it(rules):
    assert titles_of("市长孙国和说，今年要抓好项目建设。", rules) == {"孙国和": "市长"}
    assert titles_of("县委书记钱建和表示：要加强领导。", rules) == {"钱建和": "县委书记"}


def test_conjunction_before_a_title_or_a_cited_saying_is_still_no_name_of_its_own(rules):
    assert titles_of("县长钱建和副县长刘明出席。", rules) == {"钱建": "县长", "刘明": "副县长"}
    assert titles_of("正如市长孙国所说，要抓落实。", rules) == {"孙国": "市长"}


def test_bare_deputy_takes_the_region_of_its_heads_post_named_before(rules):
    text = "受南河市人大常委会主任委托，副主任周建平主持会议，副主任钱立新、孙海涛，秘书长吴晓东出席。"
    got = regions_of(text, "", rules)
    assert got["周建平"] == "南河市"
    assert got["钱立新"] == "南河市"
    assert got["孙海涛"] == "南河市"
    assert got["吴晓东"] == ""   # 秘书长 is no deputy of 主任


def test_bare_deputy_looks_no_further_than_its_sentence(rules):
    text = "南河市人大常委会主任周建平出席。\n副主任钱立新主持会议。"
    assert regions_of(text, "", rules)["钱立新"] == ""


def test_roster_names_take_the_pages_region(rules):
    text = "南河市人大常委会补选结果公告如下：\n主任：马永胜；\n副主任：陈静（女）。"
    got = regions_of(text, "南河市", rules)
    assert got["马永胜"] == "南河市"
    assert got["陈静"] == "南河市"
