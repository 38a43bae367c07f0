"""A channel's list page in the shapes sites print its dated links: the page is titled by the
channel's heading over the list, not by its menu or its first link."""
from __future__ import annotations

from extract.clean.listpage import link_run_start, link_width
from extract.clean.meta import Metadata
from extract.record import PageRecord


def title_of(rules, text: str) -> str:
    return Metadata(rules).process(PageRecord(source_path="t", raw_text=text)).title


def test_a_bracketed_date_before_or_after_each_title_makes_a_list_page(rules):
    left = ("某某县人民政府门户网站\n首页 政务公开 政务服务 互动交流\n当前位置:首页 > 通知公告\n通知公告\n"
            "[2024-03-15] 关于某某县2024年重点建设项目计划的通知\n"
            "[2024-03-08] 关于开展春季安全生产大检查的通知\n"
            "[2024-02-27] 某某县2023年四季度重点项目建设情况通报\n共3条\n")
    assert title_of(rules, left) == "通知公告"
    right = ("某某市统计局\n首页 机构概况 政务公开\n统计动态\n"
             "市统计局召开一季度经济形势分析会 [2024-04-18]\n"
             "市统计局开展统计执法检查工作 [2024-04-11]\n"
             "某某区统计局举办统计业务培训班 [2024-04-02]\n")
    assert title_of(rules, right) == "统计动态"


def test_a_date_on_its_own_line_under_each_title_makes_a_list_page(rules):
    text = ("首页 | 走进某某 | 政务公开 | 办事服务\n部门动态\n某某区召开重大项目推进会\n2023-10-12\n"
            "某某区与某某集团签署战略合作协议\n2023-10-09 15:30\n某某经开区新签约项目6个\n2023-10-05\n"
            "第1页 共4页 下一页 尾页\n")
    assert title_of(rules, text) == "部门动态"
    lines = text.splitlines()
    assert link_width(lines, 2) == 2 and link_width(lines, 1) == 0
    assert link_run_start(lines, 3) == 2


def test_an_article_with_one_date_under_its_headline_is_no_list_page(rules):
    lines = ["某某县召开重点项目推进会", "2023-10-12", "10月12日，某某县召开重点项目推进会。"]
    assert link_run_start(lines, 3) == -1
