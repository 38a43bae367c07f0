"""An e-paper's or newsletter's list of its headlines over the article: the article's own
headline is the one printed again over its text, and the list is no part of the article."""
from __future__ import annotations

from extract import process_page
from extract.clean.core import CoreSettings
from extract.clean.headline_repeat import repeated_headline

ISSUE = ["西岭晚报 第3版", "西岭新区今年再添三所公办幼儿园", "旧城改造启动第二批征收工作",
         "西岭至北川城际公交月底开通", "老城区菜市场完成提升改造"]
HEADLINE = "西岭至北川城际公交月底开通"
BODY = ["记者 周明", "本报讯 记者从市交通运输局获悉，西岭至北川城际公交线路将于本月底开通，全程约46公里，沿途设站12个。",
        "该线路采用新能源公交车运营，首班车6时30分发车，末班车20时收班，票价分段计收。",
        "市交通运输局表示，线路开通后将根据客流情况适时加密班次，方便两地群众出行。"]


def lines_span(lines):
    return (lines.index(BODY[1]), len(lines))


def test_the_headline_repeated_over_the_text_is_found_not_the_first_list_item():
    lines = ISSUE + [HEADLINE] + BODY
    at = repeated_headline(lines, lines_span(lines), CoreSettings(), lambda _line: False)
    assert lines[at] == HEADLINE and at == len(ISSUE)


def test_a_page_printing_its_headline_once_has_no_repeated_headline():
    lines = ["首页", "新闻", HEADLINE] + BODY
    assert repeated_headline(lines, lines_span(lines), CoreSettings(), lambda _line: False) == -1


def test_an_issue_list_over_the_article_is_cut_and_the_title_is_the_articles():
    docs = process_page("\n".join(ISSUE + [HEADLINE] + BODY), source_path="xiling.txt")["documents"]
    text = docs.loc[0, "text"]
    assert docs.loc[0, "title"] == HEADLINE
    assert "全程约46公里" in text and "方便两地群众出行" in text
    for item in ("三所公办幼儿园", "第二批征收", "菜市场完成提升改造"):
        assert item not in text


def test_list_items_ending_in_a_question_mark_do_not_hide_the_repeated_headline():
    """Items ending in ？ read as prose, so the core opens on the list; the headline inside it
    still starts the article."""
    issue = ["今日导读", "西岭城际公交为何选在月底开通?", "菜价为什么涨了?", "新区幼儿园何时招生?"]
    head = "西岭城际公交为何选在月底开通?"
    docs = process_page("\n".join(issue + [head] + BODY), source_path="why.txt")["documents"]
    text = docs.loc[0, "text"]
    assert docs.loc[0, "title"] == head
    assert text.startswith(head) and "菜价为什么涨了" not in text and "全程约46公里" in text
