"""Text dumps cut to their article core: menus above and link lists below go, the article stays."""
from __future__ import annotations

import pytest

from extract import process_page
from extract.clean.core import CoreSettings, core_span, line_score
from extract.evaluate import text_dump
from extract.read.decode import decode_bytes
from tests.conftest import shared

MENU = ["首页", "新闻", "政务", "经济", "社会", "图片", "视频", "专题", "河东日报电子版", "首页 > 新闻 > 本地"]
HEADLINE = "河东县一季度重点项目集中开工"
BODY = [
    "2024-04-02 09:15 来源：河东日报",
    "4月1日，河东县举行2024年一季度重点项目集中开工活动，38个项目集中开工，总投资126亿元。",
    "项目涵盖先进制造、现代物流、城市更新等领域，其中亿元以上项目21个。",
    "产业项目",
    "县委书记王建华在开工现场表示，要抓好项目全生命周期管理，确保项目早投产、早见效。",
    "特此报道。",
]
RELATED = ["相关新闻", "河东县召开经济运行分析会", "河东县举办春季招聘会", "河东县开展植树活动",
           "版权所有 河东日报社", "联系我们 网站地图"]


def dump(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part)


def test_a_dump_keeps_its_headline_and_body_and_loses_menus_and_link_lists():
    docs = process_page(dump(MENU, [HEADLINE], BODY, RELATED), source_path="hedong.txt")["documents"]
    text, title = docs.loc[0, "text"], docs.loc[0, "title"]
    assert title == HEADLINE   # not the e-paper's name in the menu
    assert text.startswith(HEADLINE)
    assert "38个项目集中开工" in text and "产业项目" in text and "特此报道。" in text
    for furniture in ("政务", "河东日报电子版", "河东县举办春季招聘会", "版权所有", "网站地图"):
        assert furniture not in text


TOOLS = ["微博", "微信", "空间", "分享", "收藏", "打印", "增大字体", "减小字体", "热点栏目", "资金流向",
         "千股千评", "个股诊断", "最新评级", "模拟交易", "客户端", "自选股", "行情中心"]


def test_a_tool_bar_of_one_word_lines_under_the_header_does_not_hide_the_header():
    # a finance portal's dump: headline and date line, then 17 one-word tool and column lines,
    # then the text: the header stands more than head_window lines over the text
    lines = MENU + [HEADLINE, "2024年04月02日09:15", "河东财经"] + TOOLS + BODY[1:] + RELATED
    docs = process_page(dump(lines), source_path="hedong_tools.txt")["documents"]
    assert docs.loc[0, "title"] == HEADLINE
    assert docs.loc[0, "published"].startswith("2024-04-02")
    assert not set(TOOLS) & set(docs.loc[0, "text"].splitlines())


def test_a_tool_bar_between_the_headline_and_its_text_is_dropped():
    lines = MENU + [HEADLINE] + TOOLS[:6] + BODY + RELATED
    text = process_page(dump(lines), source_path="hedong_share.txt")["documents"].loc[0, "text"]
    assert text.startswith(HEADLINE) and "38个项目集中开工" in text
    assert not set(TOOLS) & set(text.splitlines())


def test_two_short_lines_under_a_headline_are_no_tool_bar():
    # an author's name and a place on their own lines stay: a run of tool lines is three or more
    lines = MENU + [HEADLINE, "记者 王帆", "河东"] + BODY + RELATED
    text = process_page(dump(lines), source_path="hedong_short.txt")["documents"].loc[0, "text"]
    assert "河东" in text.splitlines()


def test_the_project_and_official_of_the_body_are_still_found():
    tables = process_page(dump(MENU, [HEADLINE], BODY, RELATED), source_path="hedong.txt")
    assert "王建华" in set(tables["officials"]["name"])
    assert 126.0 in set(tables["targets"]["value"])


def test_a_table_of_figures_after_the_prose_stays_with_it():
    table = ["指标 2023年 增长", "地区生产总值 356.2亿元 5.8%", "规上工业增加值 98.4亿元 7.1%", "固定资产投资 210亿元 6.3%"]
    lines = [HEADLINE, *BODY[1:3], *table, "联系我们", "网站地图"]
    span = core_span(lines, CoreSettings())
    assert span is not None and lines[span[1] - 1] == table[-1]


def test_short_lines_inside_the_article_cost_less_than_its_paragraphs_earn():
    st = CoreSettings()
    assert line_score("产业项目", st) < 0 < line_score(BODY[1], st)
    lines = [*MENU, HEADLINE, *BODY, *RELATED]
    start, end = core_span(lines, st)
    assert lines[start:end] == BODY   # from the date line (its colon reads as prose) to the end


def test_a_page_of_short_lines_has_no_core_and_stays_whole():
    lines = MENU + RELATED[1:]
    assert core_span(lines, CoreSettings()) is None
    text = process_page("\n".join(lines) + "\n", source_path="menu.txt")["documents"].loc[0, "text"]
    assert "河东县举办春季招聘会" in text


def test_html_pages_are_left_to_the_markup_stage():
    html = "<html><body><div>" + "".join(f"<p>{ln}</p>" for ln in [HEADLINE, *BODY]) + "</div>" \
        + "<ul>" + "".join(f"<li><a href='/{i}'>{t}</a></li>" for i, t in enumerate(RELATED)) + "</ul></body></html>"
    docs = process_page(html, source_path="hedong.html")["documents"]
    assert "38个项目集中开工" in docs.loc[0, "text"]


@pytest.mark.parametrize("name, body, menu", [
    ("cwced__c4d032a1-45cd-4c77-a84e-90e2f8895039.html", "安宁疗护", "体育"),
    ("cwced__3e1af229-5b3e-4cfc-82b2-481f37d7adf7.html", "脱毒种薯繁育中心", "分享到"),
    ("mh__45fcfa7d6741f436.html", "青少年心理健康服务项目", "减肥健身"),
])
def test_real_pages_made_into_dumps(name, body, menu):
    path = shared("realpages", "pages") / name
    text = text_dump(decode_bytes(path.read_bytes())[0])
    assert menu in text   # the dump does carry the menu ...
    docs = process_page(text, source_path=name)["documents"]
    assert body in docs.loc[0, "text"] and menu not in docs.loc[0, "text"]   # ... the article does not


def test_a_ranked_list_of_links_ends_the_core(rules):
    """A "most read" list under the article, each link numbered and glued to its number: it reads
    as prose by its commas, but is no part of the article; numbered points (1. 2、) and lines
    opening with a date (3月份，…) are no such list."""
    from extract.clean.core import CoreSettings, core_span, ranked_lists

    article = ["3月份，全市规模以上工业增加值同比增长6.8%，比1—2月加快0.9个百分点，工业经济持续回升向好。",
               "1.加快推进重点项目建设，全年计划实施市重点项目120个，完成投资450亿元以上。",
               "2.持续优化营商环境，新增市场主体2.6万户，增长12%，其中企业1.1万户。"]
    hot = ["热点排行", "1城南新区12个重点项目集中开工，总投资86亿元", "2 市政府召开常务会议，研究部署一季度经济工作",
           "3“五一”假期全市接待游客520万人次，同比增长18%", "4高新区：今年新建5G基站1200座，实现重点区域全覆盖"]
    lines = ["首页", "新闻"] + article + hot
    assert ranked_lists(lines) == {6, 7, 8, 9}
    start, end = core_span(lines, CoreSettings())
    assert lines[start:end] == article


ENGLISH_FEED = [
    "Breaking News • 2 hours ago",
    "Stocks slip as investors weigh the latest inflation data, and bond yields climb to a two-month high.",
    "News • 3 hours ago",
    "The central bank's minutes show officials still see risks on both sides; markets expect a pause.",
    "Oil prices fall for a third day as demand worries return, while the dollar holds its gains.",
]


def test_english_feed_lines_beside_a_chinese_article_are_no_prose_of_it():
    """An English news feed punctuated with commas reads as prose by its marks; a line with more Latin
    letters than Han characters is no prose of a Chinese article, so the feed stays out of the core."""
    st = CoreSettings()
    assert line_score(ENGLISH_FEED[1], st) < 0 < line_score(BODY[1], st)
    assert line_score("苹果公司CEO库克（Tim Cook）表示，新产品将于9月上市。", st) > 0   # a name in Latin letters
    lines = [*MENU, *ENGLISH_FEED, HEADLINE, *BODY, *ENGLISH_FEED]
    start, end = core_span(lines, st)
    assert lines[start:end] == BODY
    text = process_page(dump(MENU, ENGLISH_FEED, [HEADLINE], BODY, ENGLISH_FEED), source_path="feed.txt")["documents"].loc[0, "text"]
    assert "38个项目集中开工" in text and "Stocks slip" not in text and "Oil prices" not in text


COMMENTS = ["[打印]", "共 3 篇评论 发表评论 >>>", "网友甲", "这个项目开工了，家门口的路终于要修了，期待早日建成通车。",
            "网友乙", "希望施工期间注意噪音，晚上不要施工，附近还有学校，孩子们要休息。"]
TEASERS = ["你可能还想看", "河东县召开经济运行分析会", "会议指出，一季度全县经济运行开局良好，主要指标增速高于全市平均水平。",
           "河东县举办春季招聘会", "招聘会共吸引120家企业参会，提供就业岗位3000余个，现场达成意向1200人。"]


PAGER = ["作者/来源:河东日报", "• 上一篇文章: 河东县召开经济运行分析会，会议指出一季度开局良好。",
         "• 下一篇文章: 河东县举办春季招聘会，提供就业岗位3000余个，现场达成意向1200人。"]


REPLIES = ["# re: 河东县一季度重点项目集中开工", "网友丙", "支持，家门口的项目越来越多了，希望早日建成，网友乙说得对。",
           "# re: 河东县一季度重点项目集中开工", "网友丁", "大家都在看这条新闻，开工仪式很热闹，招聘会共吸引了不少人。"]
ALSO_READ = ["大家都在看", "河东县召开经济运行分析会", "会议指出，一季度全县经济运行开局良好，招聘会共吸引120家企业参会。"]


FORUM_REPLIES = ["沙发 发表于 2024-3-12 11:02", "网友乙说得对，家门口的项目越来越多了，希望早日建成。",
                 "3楼 发表于 2024-3-12 12:15", "大家都在看这条新闻，招聘会共吸引了不少人，岗位3000余个。"]


COMMENT_BOX = ["举报", "评论 66文明上网理性发言，请遵守《新闻评论服务协议》请先登录后发表评论~网友乙说，家门口的路终于要修了。",
               "河东网友", "大家都在看这条新闻，招聘会共吸引了不少人，岗位3000余个，希望早日建成。"]


@pytest.mark.parametrize("tail", [COMMENTS, TEASERS, PAGER, REPLIES, ALSO_READ, FORUM_REPLIES, COMMENT_BOX],
                         ids=["toolbar-and-comments", "teasers", "pager", "blog-replies", "also-read", "forum-replies",
                              "comment-box"])
def test_a_dump_article_ends_at_its_toolbar_comments_or_related_heading(tail):
    """Comments and teasers under an article read as prose by their punctuation, so the best run
    runs on through them; the line that opens them (``end`` rules of boilerplate.tsv) ends it."""
    text = process_page(dump(MENU, [HEADLINE], BODY, tail, RELATED), source_path="tail.txt")["documents"].loc[0, "text"]
    assert "特此报道。" in text and "38个项目集中开工" in text
    for furniture in ("家门口的路", "网友乙", "你可能还想看", "招聘会共吸引", "打印", "上一篇", "岗位3000余个"):
        assert furniture not in text


def test_a_related_heading_over_the_headline_does_not_end_the_article():
    """A video widget's 相关新闻 over the article, before any sentence of it, is no end."""
    widget = ["视频：河东县重点项目开工", "相关新闻：", "河东县项目建设观摩会举行"]
    text = process_page(dump(MENU, widget, [HEADLINE], BODY, RELATED), source_path="widget.txt")["documents"].loc[0, "text"]
    assert "38个项目集中开工" in text and "特此报道。" in text


def test_a_brief_of_one_paragraph_is_the_core_and_its_footer_is_not():
    """A meeting brief of one sentence paragraph (under 80 characters) over a footer whose
    contact line gives address and postcode: the brief is the core (menus and breadcrumb go),
    and the contact line is no part of it."""
    menu = ["河东网 手机版 登录 注册", "首页 > 时政要闻"]
    brief = ["王建华主持召开县长办公会", "2024-03-12 10:05 来源：河东县融媒体中心",
             "3月11日，县长王建华主持召开县长办公会，研究春耕生产和森林防火工作。副县长李明、赵刚参加会议。"]
    footer = ["关于我们 | 联系我们 | 网站地图", "版权所有：河东县融媒体中心",
              "地址：河东县人民路88号 邮编：435400", "技术支持：某某网络科技有限公司"]
    docs = process_page(dump(menu, brief, footer), source_path="brief.txt")["documents"]
    text = docs.loc[0, "text"]
    assert "研究春耕生产和森林防火工作" in text
    for furniture in ("手机版", "时政要闻", "邮编", "技术支持"):
        assert furniture not in text


def test_a_page_of_menus_with_one_short_notice_line_has_no_brief_core():
    """The brief needs whole sentences: a line of links or a menu is never one."""
    lines = ["首页", "通知公告", "关于开展春季植树活动的通知 2023-03-02", "关于做好防汛工作的通知 2023-05-28",
             "共2条 首页 上一页 1 下一页 尾页"]
    assert core_span(lines, CoreSettings()) is None


# -- a news summary of a report: each figure on a line of its own, unpunctuated ----------------

SUMMARY = [
    "两会速览︱省政府工作报告五百字简版 一文看懂重点",
    "2026-01-20 10:30 来源：河东日报",
    "1月20日，省长在省十四届人大五次会议上作政府工作报告，记者梳理了报告要点：",
    "一、2025年工作回顾",
    "全省地区生产总值增长5.2%",
    "城镇新增就业68万人",
    "粮食产量达到560亿斤",
    "二、2026年主要预期目标",
    "地区生产总值增长5%左右",
    "城镇调查失业率5.5%以内",
    "居民消费价格涨幅2%左右",
    "三、2026年重点任务",
]


def test_a_summary_of_figure_lines_is_the_article_not_its_tail():
    # the figure lines hold no sentence punctuation, yet three or more in one block are a summary
    docs = process_page(dump(MENU, SUMMARY, RELATED), source_path="summary.txt")
    text = docs["documents"].loc[0, "text"]
    assert "城镇新增就业68万人" in text and "居民消费价格涨幅2%左右" in text
    rows = docs["targets"].to_dict("records")
    gdp = [(r["value"], r["kind"], r["period"]) for r in rows if r["indicator"].endswith("地区生产总值")]
    assert (5.0, "target", "2026") in gdp and (5.2, "actual", "2025") in gdp
    assert "网站地图" not in text


def test_link_titles_that_end_on_a_figure_now_and_then_stay_furniture():
    # one or two titles ending on a figure in a related-links list are no summary
    links = ["相关新闻", "河东县一季度GDP增长6%", "河东县举办春季招聘会", "河东县新增就业1200人", "版权所有 河东日报社"]
    docs = process_page(dump(MENU, [HEADLINE], BODY, links), source_path="hedong_links.txt")["documents"]
    assert "河东县一季度GDP增长6%" not in docs.loc[0, "text"]


LIVE = ["10:20", "河东县城区供水管网改造项目开工", "10:05",
        "据了解，本次集中开工项目15个，总投资42亿元。", "9:50", "奠基仪式", "9:40",
        "县委书记王建华宣布全县二季度重点项目集中开工", "9:30", "县委副书记、县长李明致辞", "9:20",
        "县委常委、常务副县长赵刚主持仪式"]


def test_a_live_reports_timeline_of_stamped_short_events_is_kept():
    # a ceremony's live report: time stamps over short unpunctuated event lines, newest first
    lines = MENU + [HEADLINE, "2024-04-02 11:20", "来源：河东广电网"] + LIVE + RELATED
    text = process_page(dump(lines), source_path="hedong_live.txt")["documents"].loc[0, "text"]
    for event in ("县委书记王建华宣布全县二季度重点项目集中开工", "县委副书记、县长李明致辞",
                  "县委常委、常务副县长赵刚主持仪式", "奠基仪式", "河东县城区供水管网改造项目开工"):
        assert event in text
    for furniture in ("河东县举办春季招聘会", "版权所有", "网站地图"):
        assert furniture not in text


def test_two_time_stamps_are_no_timeline():
    # a related list under the article with two stamped items stays out
    lines = [HEADLINE] + BODY + ["相关新闻", "09:30", "河东县召开经济运行分析会", "08:15", "河东县举办春季招聘会"]
    text = process_page(dump(lines), source_path="hedong_two.txt")["documents"].loc[0, "text"]
    assert "河东县举办春季招聘会" not in text


def test_a_brief_under_a_headline_with_a_colon_and_a_byline_drops_the_menu_over_them():
    """A short brief (under 80 characters of prose) whose run opens with its headline (a colon
    in it reads as prose) and a byline line: the brief is the core from its first sentence, the
    headline is found over it again, and the site's name and section over the headline go."""
    lines = ["河西01", "港闻", "河西跨湾连接路明年通车 运输署：料纾缓交通", "撰文：陈嘉文",
             "运输署今日表示，河西跨湾连接路工程已完成约九成，预计明年通车，总工程费约44亿元。",
             "运输署指，通车后可纾缓区内交通挤塞问题。"]
    text = process_page("\n".join(lines) + "\n", source_path="brief.txt")["documents"].loc[0, "text"]
    assert text.splitlines()[0] == "河西跨湾连接路明年通车 运输署：料纾缓交通"
    assert "港闻" not in text and "总工程费约44亿元" in text and "交通挤塞问题" in text


def test_header_lines_under_the_headline_leave_the_text_and_still_give_the_metadata():
    # a county site's dump: a date line with a bare click label and a byline with its 来源 stand
    # between the headline and the first paragraph
    lines = MENU + [HEADLINE, "发表日期:2024-04-02 点击", "记者 张三 李四 来源:河东日报"] + BODY[1:] + RELATED
    docs = process_page(dump(lines), source_path="hedong_header.txt")["documents"]
    text = docs.loc[0, "text"]
    assert docs.loc[0, "published"].startswith("2024-04-02") and docs.loc[0, "source"] == "河东日报"
    assert "发表日期" not in text and "来源" not in text
    assert text.startswith(HEADLINE) and "38个项目集中开工" in text and "特此报道。" in text


def test_a_disclosure_tables_rows_over_the_headline_leave_the_text():
    # the rows read as prose by their colons and open the core over the headline
    rows = ["首页 > 河东县人民政府办公室信息公开 > 信息浏览", "信息分类: 通知 发布机构: 河东县人民政府办公室",
            "废止时间: 2025-04-02 名称: 河东县人民政府关于印发工作规则的通知", "信息来源: 关键词:"]
    notice = "河东县人民政府关于印发工作规则的通知"
    lines = rows + [notice] + BODY[1:] + RELATED
    docs = process_page(dump(lines), source_path="hedong_xxgk.txt")["documents"]
    text = docs.loc[0, "text"]
    assert docs.loc[0, "title"] == notice and text.startswith(notice)
    assert "信息分类" not in text and "废止时间" not in text and "关键词" not in text


@pytest.mark.parametrize("heading", ["相关稿件", "其他新闻", "热门", "熱門", "精采內文"])
def test_a_dump_article_ends_at_a_teaser_heading_of_a_newsletter_or_portal(heading):
    """A portal's 相关稿件 / 热门 and a newsletter's 其他新闻 open links whose summaries read as
    prose; the heading ends the article."""
    teasers = [heading, "河东县召开经济运行分析会", "会议指出，一季度全县经济运行开局良好，招聘会共吸引120家企业参会。"]
    text = process_page(dump(MENU, [HEADLINE], BODY, teasers), source_path="teaser.txt")["documents"].loc[0, "text"]
    assert "特此报道。" in text and "38个项目集中开工" in text
    assert "经济运行分析会" not in text and "招聘会共吸引" not in text and heading not in text
