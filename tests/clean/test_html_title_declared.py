"""A title a page's <meta> declares (ArticleTitle) is not traded for the site's name that
<title> carries after it, even where a line of the page holds that name
(src/extract/clean/html/headline.py, settle_title)."""
from __future__ import annotations

from extract import process_page

BODY = ("《城市绿地养护管理规定》已经2024年5月9日市人民政府第12次常务会议审议通过，现予公布，"
        "自2024年7月1日起施行。本规定所称城市绿地，是指公园绿地、防护绿地、广场用地中的绿地、"
        "附属绿地和区域绿地，其养护由市园林绿化主管部门统一监督管理，各区人民政府负责本辖区的日常养护工作。")


def _doc(html: str):
    return process_page(html.encode("utf-8"), source_path="p.html")["documents"].iloc[0]


def _decree(head_meta: str) -> str:
    return (
        f"<html><head>{head_meta}<title>【第88号令】《城市绿地养护管理规定》_某市人民政府</title></head><body>"
        "<div class='detail'><p>某市人民政府令</p><p>第88号</p>"
        f"<p>{BODY}</p><p>市长 张某某</p><p>2024年5月20日</p></div>"
        "</body></html>"
    )


def test_a_declared_title_stays_though_a_line_holds_the_sites_name():
    page = _decree("<meta name='ArticleTitle' content='【第88号令】《城市绿地养护管理规定》'>")
    assert _doc(page).title == "【第88号令】《城市绿地养护管理规定》"


def test_the_decree_lines_stay_in_the_text():
    text = _doc(_decree("<meta name='ArticleTitle' content='【第88号令】《城市绿地养护管理规定》'>")).text
    assert BODY in text
