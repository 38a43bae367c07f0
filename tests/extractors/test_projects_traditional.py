"""Projects of traditional-script pages (Taiwan and Hong Kong wording), round 2 of the
traditional probe: corner-bracket quotes, 动土/兴建/落成/启用/上梁, social housing named in
quotes, ceremonies and guests before a name. Sentences written for these tests; the
extractor reads the simplified text, corner brackets kept."""
from __future__ import annotations

from .project_rows import names, run, status


def test_a_name_in_corner_brackets_is_quoted_and_kept_as_written(rules):
    got = status("县府今天在北区举行「青松智慧物流园区」动土典礼。", rules)
    assert got.get("「青松智慧物流园区」") == "started", got
    # 『』 as well, the row's offsets pointing at the page's own marks
    text = "市府昨日为『河滨运动公园』举行动土仪式。"
    rows = run(text, rules)
    assert [r["name"] for r in rows] == ["『河滨运动公园』"], rows
    assert text[rows[0]["start"]:rows[0]["end"]] == rows[0]["name"]


def test_a_social_housing_estate_is_named_by_its_quotes(rules):
    # 社宅 / 社会住宅 after the quotes makes the quoted name a project; 动土 starts it
    assert status("市府今天为「松柏家园」社宅举行动土典礼。", rules).get("「松柏家园」社宅") == "started"
    # quoted names joined before one kind share it, each named in its own quotes
    got = status("住都中心今天举办「青禾好室」及「白鹭好室」社会住宅动土典礼。", rules)
    assert got.get("「青禾好室」") == "started" and got.get("「白鹭好室」社会住宅") == "started", got
    # alone the kind is a policy or a count, no name
    assert not names("市府持续推动社会住宅，今年将兴建1200户社宅。", rules)


def test_taiwan_and_hong_kong_status_words(rules):
    assert status("「东港渔市场」改建工程预计明年落成。", rules).get("「东港渔市场」改建工程") == "under construction"
    assert status("北岸污水处理厂昨日正式启用。", rules).get("北岸污水处理厂") == "completed"
    assert status("兴建中的「南湖青年」社宅进度超前。", rules).get("「南湖青年」社宅") == "under construction"
    assert status("「溪洲安居」社宅今天举行上梁典礼。", rules).get("「溪洲安居」社宅") == "under construction"


def test_the_ceremony_and_its_guests_are_no_part_of_a_name(rules):
    got = names("副县长上午出席北门转运站新建工程开工仪式。", rules)
    assert "北门转运站新建工程" in got, got
    got = names("部长说中央全力支持滨海新区防潮堤工程建设。", rules)
    assert "滨海新区防潮堤工程" in got, got
    # a row of guests, a title, a name and a joiner, is read past no more
    got = names("局长王大明及河川工程分署长李小华共同执铲动土。", rules)
    assert not any("局长" in n for n in got), got
    # the body hosting the ceremony is not a project
    got = names("住宅中心18日于东区举办「新生好室」社宅动土典礼。", rules)
    assert "住宅中心" not in got and "「新生好室」社宅" in got, got
    # the works' contractor (工程单位) ends no name
    assert not names("局长期勉工程单位注重施工品质，力求如期完工。", rules)


def test_metro_lines_by_colour_and_extensions(rules):
    # an ordinal and its measure word (第二条) open no name; the line itself is the project
    assert status("第二条捷运紫线预计明年动工。", rules).get("捷运紫线") == "planned"
    assert status("市府今天宣布捷运棕线正式动工。", rules).get("捷运棕线") == "started"
    assert status("地铁5号线东延伸线今天动土。", rules).get("地铁5号线东延伸线") == "started"
    # a colour line of no metro is a planning boundary
    assert not names("划定城市蓝线，加快河道整治建设。", rules)


def test_a_centre_hosting_or_owning_is_a_body(rules):
    assert "住宅中心" not in names("住宅中心在南投县推动3案社宅，今天「中兴好室」社宅动土。", rules)
    got = names("县长参加住宅中心「南光安居」社宅的上梁典礼。", rules)
    assert "住宅中心" not in got and "「南光安居」社宅" in got, got


def test_a_kind_before_the_quotes_and_a_works_upgrade(rules):
    # the kind word right before the quoted name: the name in apposition is an estate
    assert status("台东县第2处社宅「南王安居」今天动土。", rules).get("「南王安居」") == "started"
    # 安居 of a programme is still refused
    assert not names("全力推进城镇保障性安居工程建设。", rules)
    # a works' upgrade (排水防涝提升工程) is no programme of 提升工程
    got = names("今年将开工建设城区排水防涝提升工程。", rules)
    assert "城区排水防涝提升工程" in got, got
    assert not names("深入实施干部素质提升工程建设。", rules)


def test_a_building_and_a_role_to_become(rules):
    assert status("基隆港旅运大楼预计明年完工。", rules).get("基隆港旅运大楼") == "under construction"
    # a bare kind of building is no name; what a place is to become is a goal
    assert not names("多家央企正在建设总部大楼。", rules)
    assert not names("市府将把旧港区建设成为国际邮轮母港。", rules)


def test_striving_and_causing_open_no_name(rules):
    assert "北环快速路工程" in names("力求北环快速路工程早日实质动工。", rules)
    assert status("南环快速路工程力求年底前动工。", rules).get("南环快速路工程") == "planned"
    got = names("期许新市长用最有效的执行力让地铁延伸线完工。", rules)
    assert got == {"地铁延伸线"}, got
