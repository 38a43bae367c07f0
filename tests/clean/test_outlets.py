"""Outlet names after 来源: generic words and markup refused, a glued label trimmed."""
from __future__ import annotations

import pytest

from extract.clean.outlets import clean_outlet


@pytest.mark.parametrize("value, outlet", [
    ("新华网", "新华网"),
    ("转载文章", ""), ("本站原创", ""), ("互联网", ""), ("综合", ""),   # no outlet named
    ('size="20"', ""),                                                  # an attribute shown as text
    ("证券时报网作者", "证券时报网"), ("求是网参与互动", "求是网"),        # the next label glued on
    ("中国记者", "中国记者"),                                            # a journal's name stays whole
    ("人民日报2024-05-13", "人民日报"), ("光明网-《光明日报》2024-05-20", "光明网-《光明日报》"),  # a date glued on
    ("上海证券报）", "上海证券报"), ("21世纪经济报道(广州)", "21世纪经济报道(广州)"),  # only a loose bracket goes
])
def test_clean_outlet(value, outlet, rules):
    assert clean_outlet(value, rules) == outlet


def test_text_page_source_skips_a_generic_one(rules):
    from extract.api import process_page

    page = "标题在此处的一篇新闻稿件\n来源：转载文章\n来源：新闻晨报\n正文第一段，内容充实，讲述了一件事情的经过。\n"
    assert process_page(page, rules=None)["documents"]["source"].iloc[0] == "新闻晨报"


def test_an_image_credit_names_no_outlet(rules):
    from extract.api import process_page
    from extract.clean.outlets import outlet_in

    assert outlet_in("图片来源：东方IC 版权作品 请勿转载", rules) == ""
    page = "标题在此处的一篇新闻稿件\n图片来源：东方IC\n来源：新华网\n正文第一段，内容充实，讲述了一件事情的经过。\n"
    assert process_page(page, rules=None)["documents"]["source"].iloc[0] == "新华网"


@pytest.mark.parametrize("line, outlet", [
    ("http://www.sina.net 2005年03月21日 11:21 《理财周刊》", "理财周刊"),
    ("AUTO.SOHU.COM 2003年11月12日16:36　 金羊网—新快报", "金羊网—新快报"),
    ("http://news.example.com.cn 2005年05月13日14:15", ""),   # no outlet after the time
])
def test_a_portals_dateline_names_the_outlet_it_reprints(line, outlet, rules):
    from extract.clean.outlets import outlet_in

    assert outlet_in(line, rules) == outlet


@pytest.mark.parametrize("line, outlet", [
    ("[ 黄宇 ] 来源：[ 国际金融报 ]", "国际金融报"),            # the outlet in brackets
    ("来源：【人民日报】", "人民日报"),
    ("2019-09-26 10:56:28 证券时报网", "证券时报网"),          # a date line, then the outlet alone
    ("2024-05-20 14:33·新华社", "新华社"),                    # a feed's date·account line
    ("2020-06-05 20:35 叨叨姐", ""), ("2024-05-08 23:23·管不饿", ""),   # an author's handle is no outlet
])
def test_outlet_in_a_source_line(line, outlet, rules):
    from extract.clean.outlets import outlet_in

    assert outlet_in(line, rules) == outlet


def test_a_source_line_over_the_headline_line_the_body_repeats(rules):
    # the page's headline, then 来源：新华社 and the date, then the headline again with 强调 as the
    # body's first line: the headline found is the second one, the 来源 line sits over it
    from tests.clean.test_html_realpages import doc_of

    assert doc_of("mh__4e55eac42f97a6d9.html", rules).source == "新华社"
