"""An HTML list of dated links (no-article) keeps the title its head gives and takes no
date from its rows or its footer (src/extract/clean/html/document.py)."""
from __future__ import annotations

from extract import process_page

ROWS = [("某区召开重点项目建设推进会", "2021-06-18"), ("某区启动夏季防汛应急演练", "2021-05-27"),
        ("某区2020年政府信息公开工作年度报告", "2021-03-30"), ("某区举办农民丰收节活动", "2020-09-22"),
        ("某区新建五所幼儿园投入使用", "2020-09-01"), ("某区开展安全生产月宣传活动", "2020-06-12"),
        ("某区发布2019年国民经济统计公报", "2020-04-03"), ("某区召开优化营商环境大会", "2020-02-20")]


def _doc(html: str):
    return process_page(html.encode("utf-8"), source_path="p.html")["documents"].iloc[0]


def _list_page(head: str = "") -> str:
    rows = "".join(f"<tr><td><a href='./t{i}.html'>{t}</a></td><td>{d}</td></tr>" for i, (t, d) in enumerate(ROWS))
    return (
        f"<html><head>{head}<title>某区政务公开</title></head><body>"
        "<table><tr><td><a href='/'>首页</a></td><td><a href='/xxgk/'>信息公开</a></td>"
        "<td><a href='/bsfw/'>办事服务</a></td></tr></table>"
        f"<table class='list'>{rows}</table>"
        "<div>共计 3 页 首页 | 上一页 1 | <a href='index_1.html'>2</a> | <a href='index_1.html'>下一页</a></div>"
        "<table><tr><td>主办：某区人民政府办公室　<a href='/wzdt/'>网站地图</a> | <a href='/lxwm/'>联系我们</a></td></tr>"
        "<tr><td>网站标识码：0000000000 备案号：某ICP备00000000号</td></tr></table>"
        "</body></html>"
    )


def test_a_list_page_is_titled_by_its_head_not_its_footer_and_has_no_row_date():
    doc = _doc(_list_page())
    assert doc.status == "no-article"
    assert doc.title == "某区政务公开"
    assert not isinstance(doc.published, str) or doc.published == ""   # missing: NA in the table


def test_a_list_page_keeps_the_date_its_head_declares():
    doc = _doc(_list_page("<meta name='PubDate' content='2021-06-20 09:00'>"))
    assert doc.status == "no-article" and doc.published == "2021-06-20"
