"""Dates of government disclosure pages (信息公开): the row of their 索引号 table that dates
the item beats the CMS's PubDate <meta>, which is often when the page was last regenerated
(rules/html_meta.tsv, kind=label)."""
from __future__ import annotations

from extract import process_page

BODY = ("全县今年新建农村公路一百二十公里，改造危桥十一座，完成投资三亿四千万元，"
        "沿线二十六个行政村通上了双车道硬化路，群众出行和农产品外运更加便利。")


def _doc(html: str):
    return process_page(html.encode("utf-8"), source_path="p.html")["documents"].iloc[0]


def _disclosure_page(row: str) -> str:
    return (
        "<html><head><meta name='PubDate' content='2024-09-30 08:15:02'>"
        "<meta name='others' content='页面生成时间 2024-09-30 08:15:02'>"
        "<title>某县2023年农村公路建设情况 | 某县人民政府</title></head><body>"
        "<div class='crumb'><a href='/'>首页</a>&gt;<a href='/zwgk'>政务公开</a></div>"
        "<div class='meta-data'><dl>"
        "<dd><label>索 引 号：</label><div>000000000A/2024-0012345</div></dd>"
        f"<dd><label>{row}：</label><div>2024-06-12</div></dd>"
        "<dd><label>公开方式：</label><div>主动公开</div></dd>"
        "<dd><label>责任部门：</label><div>某县交通运输局</div></dd>"
        "</dl></div>"
        "<h1>某县2023年农村公路建设情况</h1>"
        f"<div class='article-content'><p>{BODY}</p><p>{BODY}</p></div>"
        "<div class='footer'>主办：某县人民政府 网站标识码：0000000000</div>"
        "</body></html>"
    )


def test_a_disclosure_table_dates_the_page_not_the_regenerated_pubdate():
    assert _doc(_disclosure_page("生成日期")).published == "2024-06-12"


def test_without_a_dating_row_the_pubdate_meta_still_dates_the_page():
    assert _doc(_disclosure_page("有效期至")).published == "2024-09-30"
