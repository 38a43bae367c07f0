"""A newsletter's column of links between its masthead and the article: its first long item is
no headline; the headline is the one over the text."""
from __future__ import annotations

from extract import process_page
from extract.clean.menu_headline import menu_between

MASTHEAD = ["南岭环保通讯", "首页", "全文版", "近期活动", "志愿者招募与培训报名"]
MENU = ["编辑部小启", "推荐订阅", "南岭日报", "山野生活电子报", "推荐浏览", "南岭观鸟学会", "湿地保护联盟", "南岭自然教育中心"]
HEADLINE = "专题：候鸟归来的东湖湿地"
BODY = ["作者：林青", "清晨五点，东湖湿地的芦苇丛里已经热闹起来，成群的白鹭在浅滩上觅食，不时有几只苍鹭从水面掠过。",
        "保护站的工作人员说，今年春季在湿地记录到的鸟类有86种，比去年多了9种，其中有两种是首次记录。"]


def test_a_run_of_short_unpunctuated_lines_is_a_menu():
    lines = ["志愿者招募与培训报名"] + MENU + [HEADLINE]
    assert menu_between(lines, 0, len(lines) - 1, 6, 16)
    assert not menu_between(lines, 0, 4, 6, 16)   # four items are no menu yet


def test_a_caption_with_punctuation_breaks_the_run():
    lines = ["志愿者招募与培训报名", "推荐订阅", "南岭日报", "图为湿地里觅食的白鹭，记者摄。", "推荐浏览", "南岭观鸟学会",
             "湿地保护联盟", HEADLINE]
    assert not menu_between(lines, 0, len(lines) - 1, 6, 16)


def test_the_title_is_the_headline_under_the_menu_not_the_menus_first_item():
    docs = process_page("\n".join(MASTHEAD + MENU + [HEADLINE] + BODY), source_path="newsletter.txt")["documents"]
    text = docs.loc[0, "text"]
    assert docs.loc[0, "title"] == HEADLINE
    assert "成群的白鹭在浅滩上觅食" in text and "首次记录" in text
    for item in ("推荐订阅", "南岭日报", "湿地保护联盟", "志愿者招募"):
        assert item not in text
