"""The body of an HTML page among its furniture: which container is the article, which lines
at its edges go (src/extract/clean/html/content.py, rules/html_lines.tsv, rules/boilerplate.tsv)."""
from __future__ import annotations

from extract import process_page
from extract.clean.html.blocks import Block
from extract.clean.html.edges import trim_edges
from extract.clean.html.rules import html_rules

RULES_OF_A_COMMENT_BOX = (
    "本网对留言系统使用者发布的文字、图片或文件保有修改或移除的权利。使用者使用本网站留言服务时，"
    "表示已经阅读并同意以下规定：请勿重复刊登相同的文章，请勿刊登与主题无关的内容，请勿发表攻击、侮辱他人的言论，"
    "请勿进行商业广告或宣传，请勿转贴新闻全文或相关链接，请勿提供侵犯他人权利的信息。违反上述规定者，"
    "本网有权删除留言或者封锁账号，请使用者在发言前务必先阅读本规则，谢谢合作。"
)


CHANNELS = ["首页", "即时", "政治", "社会", "国际", "财经", "体育", "娱乐", "生活", "科技", "健康", "旅游",
            "汽车", "房产", "教育", "文化", "评论", "专题", "视频", "图片", "地方", "两岸", "军事", "时尚"]
OTHER_HEADLINES = [
    "东区新建公园下月开放 市民可预约参观", "两车相撞致三人轻伤 事故原因调查中", "老旧小区加装电梯工程启动",
    "夜市摊商联合整顿 环境明显改善", "市立图书馆延长开放时间至晚上十点", "暴雨过后多处道路积水 交通一度中断",
    "社区志愿者为独居老人送餐满一年", "本地高校新设人工智能学院 今秋招生", "冬季流感高峰将至 医生提醒接种疫苗",
    "公交线路调整方案公布 涉及十二条线路",
]


def _text(html: str) -> str:
    return process_page(html.encode("utf-8"), source_path="p.html")["documents"].loc[0, "text"]


def test_a_comment_boxs_rules_never_outscore_a_short_article():
    # a one-paragraph story and, under it, the long posting rules of its comment box: the
    # rules score far higher, yet a comment container is never the article's wrapper
    article = ("河西区一座仓库昨天傍晚起火，消防人员接报后出动四辆消防车赶往现场，半小时后扑灭明火，"
               "没有人员受伤，仓库内存放的家具烧毁大半，起火原因正在调查。")
    page = (
        "<html><head><title>河西区仓库起火 无人受伤 - 某某新闻网</title></head><body>"
        "<div class='nav'>" + " ".join(f"<a href='/c{i}'>{c}</a>" for i, c in enumerate(CHANNELS)) + "</div>"
        "<header><h1>河西区仓库起火 无人受伤</h1></header>"
        f"<div class='story'><p>{article}</p></div>"
        f"<div id='comments'><div class='title'>发表意见</div><div class='rule'>{RULES_OF_A_COMMENT_BOX}</div></div>"
        "<div class='hot-news'><h6>社会热门</h6><ol>"
        + "".join(f"<li><a href='/n{i}'>{h}</a></li>" for i, h in enumerate(OTHER_HEADLINES))
        + "</ol></div><div class='footer'>本网站所有内容版权所有，未经书面授权不得转载、摘编或以其他方式使用。联系电话：010-00000000</div>"
        "</body></html>"
    )
    text = _text(page)
    assert article in text
    assert "留言系统" not in text


def test_a_suicide_hotline_box_under_the_story_ends_the_article():
    story = ["南区一栋公寓今晨发生坠楼案，一名男子送医后仍不治，警方正在调查他坠楼前的行踪。",
             "邻居表示，男子平日独居，很少与人来往，近来常在楼下散步。"]
    page = (
        "<html><head><title>南区公寓坠楼 男子送医不治 | 某某日报</title></head><body>"
        "<h1>南区公寓坠楼 男子送医不治</h1><div class='content'>"
        + "".join(f"<p>{s}</p>" for s in story)
        + "<p>★某某日报关心您：再给自己一次机会</p><p>自杀防治咨询安心专线：0800-000000（24小时）</p>"
        "<p>张老师专线：1980</p><p>下载某某日报APP</p></div></body></html>"
    )
    text = _text(page)
    assert all(s in text for s in story)
    assert "再给自己一次机会" not in text and "专线" not in text


def test_a_sentence_that_names_a_hotline_stays():
    lines = ["市卫生局今天宣布开通心理援助热线，市民可拨打张老师专线：1980之外的新号码求助。",
             "热线由专业人员接听，全天开放，首月已接到近千通来电。"]
    page = ("<html><head><title>心理援助热线开通</title></head><body><h1>心理援助热线开通</h1><div>"
            + "".join(f"<p>{s}</p>" for s in lines) + "</div></body></html>")
    text = _text(page)
    assert all(s in text for s in lines)


def test_a_byline_bar_with_a_comment_count_goes_from_the_head(rules):
    # a column's byline bar over the body: the author, the time, a "N人参与评论" link
    hr = html_rules(rules)

    def blk(text: str, punct: int = 0) -> Block:
        return Block(text, None, "p", len(text), 0, punct)

    para = blk("本周的专栏谈一谈手机市场的变化，几家老牌厂商的份额继续下降，新的品牌却在快速增长，原因值得细看。", 3)
    for bar in ("某某作者 2016-03-08 09:15:20 12人参与评论", "2016年3月8日 09:15 评论（3）"):
        dropped: list = []
        assert [b.text for b in trim_edges([blk(bar), para], hr, dropped)] == [para.text]
        assert [d[1] for d in dropped] == ["hl.head.dated_comments"]
    # a sentence of the article that counts its readers' comments is no bar
    said = blk("截至2016年3月8日，已有1200人参与评论，多数读者支持这项改革。", 3)
    assert [b.text for b in trim_edges([said, para], hr, [])] == [said.text, para.text]
