"""HTML pages by class: GBK news, e-paper, traditional, list page, metadata."""
from __future__ import annotations

import pytest

from extract.clean.html.document import html_to_document
from extract.clean.html.rules import css_to_xpath, html_rules
from extract.read.decode import decode_bytes
from tests.conftest import shared


def doc_of(name: str, rules):
    path = shared("realpages", "pages") / name
    if not path.exists():
        pytest.skip(f"{name} not in realpages")
    text, _enc, _ = decode_bytes(path.read_bytes())
    return html_to_document(text, rules)


def test_gbk_news_page_body_and_metadata(rules):
    doc = doc_of("cwced__0d931936-d510-4904-a714-88bb267b62da.html", rules)
    assert doc.status == "ok"
    assert doc.title.startswith("四年前中500万现穷困潦倒")
    assert "新浪" not in doc.title
    assert doc.published == "2005-03-21"
    assert "孙启勤" in doc.text


def test_epaper_date_above_the_headline(rules):
    doc = doc_of("cwced__aefcf136-f592-4e95-b376-81cbd144684b.html", rules)
    assert doc.published == "2022-02-13"
    assert doc.title == "“厕所革命”改善农牧区人居环境"
    assert "往期" not in doc.text and "西藏" in doc.text


def test_traditional_page_keeps_its_body(rules):
    doc = doc_of("mh__b5b26f9fb331612d.html", rules)
    assert doc.status == "ok"
    assert "茲韋列夫" in doc.text


def test_government_page_body_inside_a_fontsize_wrapper(rules):
    doc = doc_of("cwced__d232c5df-4a6a-47f7-8c63-2dd47719ffe7.html", rules)
    assert doc.status == "ok"
    assert "税收优惠政策" in doc.text
    assert "当前位置" not in doc.text and "蒙ICP备" not in doc.text
    assert doc.published == "2022-02-11"


@pytest.mark.parametrize("name", ["gne__test_list_page_163_1.html", "gerapy__samples_list_rtfund_xxpl.html"])
def test_list_pages_have_no_article(name, rules):
    doc = doc_of(name, rules)
    assert doc.status == "no-article"
    assert doc.text == ""


def test_noise_rules_and_selectors_compile(rules):
    hr = html_rules(rules)
    assert hr.noise and hr.noise_any is not None
    assert hr.selectors.get("body")


def test_css_subset_to_xpath():
    assert css_to_xpath("div.content p") == (
        "descendant::div[contains(concat(' ',normalize-space(@class),' '),' content ')]/descendant::p")
    assert css_to_xpath("#detail") == "descendant::*[@id='detail']"
    assert css_to_xpath("[itemprop=articleBody]") == "descendant::*[@itemprop='articleBody']"


def test_hostile_markup_is_safe(rules):
    evil = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            "<html><body><p>&e;正文内容，第一段落的文字足够长，包含标点符号。这是第二句话，还有更多的内容。</p>"
            "<p>第二段落同样有足够的文字，和标点符号，用来构成一篇文章的正文。</p></body></html>")
    doc = html_to_document(evil, rules)
    assert "root:" not in doc.text


def test_teaser_stream_after_a_short_article_is_dropped(rules):
    # Yahoo: the stream of teasers outscores the 150-character article; the headline anchors it
    doc = doc_of("mh__2681eeacec6ab049.html", rules)
    assert "路透月度調查" in doc.text
    assert "九龍城寨" not in doc.text and len(doc.text) < 400


def test_comment_thread_longer_than_its_post_is_dropped(rules):
    # a page without <title>: its only <h2> is the headline; div.comments is 90% of the text
    doc = doc_of("cwced__54e89e4e-6d47-424f-b172-12b7e360c25c.html", rules)
    assert "承蒙开心就好的邀请" in doc.text
    assert "又来了一位大哥" not in doc.text
    assert doc.published == "2004-12-27"


def test_article_div_among_byline_and_disclaimer_divs_is_kept(rules):
    # qq.com: byline, body and disclaimer are three sibling <div>s; the body is not a list item
    doc = doc_of("mh__1f930df31eb35178.html", rules)
    assert doc.status == "ok"
    assert "第135届中国进出口商品交易会" in doc.text


def test_blog_front_page_keeps_its_first_post(rules):
    doc = doc_of("cwced__59562291-5657-476d-9902-ad76b53ef82b.html", rules)
    assert "湘菜粤菜兵分两路" in doc.text
    assert "当斑竹半年来" not in doc.text


def test_forum_thread_keeps_the_opening_post(rules):
    doc = doc_of("cwced__c2d9f85c-f454-4bd5-8f4e-986580c1113a.html", rules)
    assert "不得不承认" in doc.text and "融会贯通" in doc.text
    assert "王家卫不适合吧" not in doc.text


def test_government_notice_dated_by_its_signing_date(rules):
    # 成文日期 2022-01-27 in the notice's table beats the CMS's PubDate 2022-01-28
    doc = doc_of("cwced__e8847578-12f0-44cb-bdb7-4eec53c18ed1.html", rules)
    assert doc.published == "2022-01-27"


def test_html_meta_label_kind_is_checked(tmp_path, rules):
    import shutil

    from extract.rulebook import RuleError, load_rules

    from tests.conftest import ROOT

    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    with open(tmp_path / "rules" / "html_meta.tsv", "a", encoding="utf-8") as f:
        f.write("hm.bad\tpublished\t日期\tbad kind\tfooter\n")
    with pytest.raises(RuleError):
        html_rules(load_rules(tmp_path / "rules"))


@pytest.mark.parametrize("line", [
    "hm.bad\tpublished\tvar t = \"(\\d+)\"\tno named group\tscript\n",
    "hm.bad\tpublished\tvar t = (?P<epoch>\tan unclosed group\tscript\n",
    "hm.bad\tsource\tvar n = \"(?P<date>[^\"]+)\"\tan outlet read as a date\tscript\n",
    "hm.bad\ttitle\tvar t = \"(?P<value>[^\"]+)\"\tno script rule for titles\tscript\n",
    "hm.bad\turl\t<text id=\"(?P<epoch>[^\"]+)\"\ta url read as a time\tscript\n",
])
def test_html_meta_script_pattern_is_checked(tmp_path, line):
    import shutil

    from extract.rulebook import RuleError, load_rules

    from tests.conftest import ROOT

    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    with open(tmp_path / "rules" / "html_meta.tsv", "a", encoding="utf-8") as f:
        f.write(line)
    with pytest.raises(RuleError, match="html_meta.tsv"):
        html_rules(load_rules(tmp_path / "rules"))


def test_wechat_articles_dated_by_their_script(rules):
    # the date under a WeChat title is written by a script from var ct (Unix seconds, Beijing time)
    assert doc_of("gne__tests_wechat_1.html", rules).published == "2020-02-12"
    assert doc_of("mh__7e99760d0920deb0.html", rules).published == "2022-07-31"


def test_address_of_a_page_stored_in_a_text_wrapper(rules):
    # the CWCED corpus stores each page as <text id="ADDRESS" title=… encoding=…><html>…; a page
    # naming no other date is dated from its address (/20050302/)
    doc = doc_of("cwced__c3a80850-3246-416e-af1e-2ab747c4615c.html", rules)
    assert doc.url == "http://book.263.net/20050302/00464959.html" and doc.published == "2005-03-02"


def test_wechat_articles_name_their_account_as_outlet(rules):
    # og:site_name is 微信公众平台, the platform; var nickname is the account that published it
    assert doc_of("gne__tests_wechat_1.html", rules).source == "爱否科技"
    assert doc_of("mh__7e99760d0920deb0.html", rules).source == "掌上绥德"


def test_article_paragraphs_without_a_container_of_their_own(rules):
    # 2005 Yahoo China: the paragraphs sit in a <td> with a hundred related links under them;
    # the best run of consecutive blocks beats the copyright table, the best subtree
    doc = doc_of("cwced__2bac7fb2-efbd-4444-99c8-51c72acf5c7d.html", rules)
    assert "顺子一直等到30岁出头才结婚" in doc.text
    assert "雅虎中国著作权声明" not in doc.text and "暴利" not in doc.text


def test_best_run_and_common_ancestor():
    from lxml import etree

    from extract.clean.html.content import best_run, common_ancestor

    assert best_run([-5, 3, 4, -2, 6, -30, 10]) == (1, 5, 11.0)
    assert best_run([-1, -2]) == (0, 0, 0.0)
    root = etree.fromstring("<div><p><b>x</b></p><p><i>y</i></p></div>")
    b, i = root.find(".//b"), root.find(".//i")
    assert common_ancestor([b, i]) is root and common_ancestor([b]) is b


def test_disclaimer_and_read_next_end_the_body(rules):
    # NetEase 网易号: 特别声明 / Notice / 阅读下一篇 under the article
    doc = doc_of("mh__fd0a94a0e3bc8c58.html", rules)
    assert doc.text.rstrip().endswith("垄断地位。」")
    assert "特别声明" not in doc.text and "Notice" not in doc.text
    assert any(d[1] == "hl.tail.disclaimer" for d in doc.dropped)


def test_bylines_and_date_lines_above_the_first_paragraph(rules):
    doc = doc_of("cwced__ab65832c-15b6-4c9e-b64f-3bc575332499.html", rules)
    assert "本报记者" not in doc.text and "本报实习生" not in doc.text
    # a date dropped as a head line still dates the page (a blog's first post)
    assert doc_of("cwced__59562291-5657-476d-9902-ad76b53ef82b.html", rules).published == "2005-06-14"


def test_a_labelled_date_value_is_not_a_head_line(rules):
    doc = doc_of("cwced__e8847578-12f0-44cb-bdb7-4eec53c18ed1.html", rules)
    assert "2022年01月27日" in doc.text


def test_edge_rules_by_themselves(rules):
    from extract.clean.html.blocks import Block
    from extract.clean.html.edges import trim_edges

    hr = html_rules(rules)

    def blk(text, punct=0):
        return Block(text, None, "p", len(text), 0, punct)

    para = blk("这是正文的第一段，内容很长很长，足够被当作一个段落来对待，包含多个标点符号。还有更多的文字在这里出现。", 4)
    blocks = [blk("2024年5月20日周一 下午2:05"), blk("+关注"), para, blk("免责声明：本内容来自平台创作者。", 2), blk("别的文章")]
    dropped: list = []
    assert [b.text for b in trim_edges(blocks, hr, dropped)] == [para.text]
    assert [d[1] for d in dropped] == ["hl.head.datetime", "hl.head.follow", "hl.tail.disclaimer"]
    blocks = [blk("2022.01.20 16:31 来源：河南日报客户端"), para, blk("您是本文第 154 个阅览者"), blk("别的文章")]
    dropped = []
    assert [b.text for b in trim_edges(blocks, hr, dropped)] == [para.text]
    assert [d[1] for d in dropped] == ["hl.head.dated_source", "hl.tail.views"]
    blocks = [para, blk("(本文发表于首页批评与建议, 已被阅读178次)")]
    assert [b.text for b in trim_edges(blocks, hr, [])] == [para.text]
    heads = ["发表时间： 06/02/2022 - 13:48", "报纸网 |发布: 2021-1-29 13:18|点击: 313|来自: 互联网",
             "金融市场棱镜2019-09-23 07:48", "来源于：东区办事处", "T + -", "发布于：北京市", "用微信扫描二维码",
             "字体：小大", "[精华区]　版主：[申请版主]", "Saturday, September 10th, 2005 10:56 am", "中国新闻网", "江南日报网络版", "江南电台-财经",
             "http://www.sina.net 2005年03月21日 11:21 《理财周刊》", "AUTO.SOHU.COM 2003年11月12日16:36　 金羊网—新快报",
             "深海余烬远瞳123 3160字2022年07月10日 07:15", "调查问题加载中，请稍候。", "若长时间无响应，请刷新本页面",
             "（原标题：美国新冠肺炎确诊病例超过278万例）", "本文原标题：《定了！邮轮母港即将开通！》", "原标题：春季学期开学，织密返校疫情防控网",
             "作者：王立新 来源：江南日报 发布时间：2021-03-05 10:21:33", "来源：本站原创 作者：党支部", "www.hbxcgov.cn",
             "江南网城建频道 记者 王立新 张华", "江南社记者王立新、张华、李明", "本文首发于江南健康公众号（jnjk01）",
             "音频 04:29", "Podcast © 江南台", "7 分钟", "阅读时间：约5分钟", "分享至好友和朋友圈", "转播到腾讯微博"]
    tails = ["发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)", "第1页/共1页 << 上一页 | 下一页 >>",
             "共找到 13,046 个相关新闻.", "打印 关闭", "正文已结束，您可以按alt+4进行评论", "与内文相关的链接",
             "【纠错】 责任编辑： 尹世杰", "关注公众号：人民网财经", "看都看完了，点【在看】试试在看", "扫描二维码以在移动设备观看",
             "Trackback: http://tb.donews.net/TrackBack.aspx?PostId=543698", "江南网版权与免责声明：", "【本站版权声明】",
             "（更多内容请继续关注 江南网 www.jiangnan.com.cn）", "更多“医保怎么报销”的相关资讯请关注www.jnzx.com",
             "江南健康网(www.jnjk.net)专稿，未经书面授权请勿转载。", "江南新闻公众号",
             "更多猛料！欢迎扫描左方二维码关注江南新闻官方微信（jn-xinwen）", "1、回复【公租房】查看最新消息",
             "【相关阅读】", "【热门点阅】", "[延伸阅读]", "本文来源：江南日报 责任编辑：王明_NN2587",
             "本文来源：江南时报 作者：李华 责任编辑：NF055"]
    for head in heads:
        assert [b.text for b in trim_edges([blk(head), para], hr, [])] == [para.text], head
    for tail in tails:
        assert [b.text for b in trim_edges([para, blk(tail), blk("别的")], hr, [])] == [para.text], tail
    # a label dropped as furniture (分享到：) does not make the line under it a labelled value
    assert [b.text for b in trim_edges([blk("分享到："), blk("链接已复制"), blk("T + -"), para], hr, [])] == [para.text]
    # a first line that only starts with a date is the article's
    assert len(trim_edges([blk("截至2023年12月31日"), para], hr, [])) == 2
    # ... and so is a column's name, though it ends in 报 as outlets do
    assert len(trim_edges([blk("收盘播报"), para], hr, [])) == 2
    # a tail rule ends the article, so a sentence of the article that says the same is no notice
    assert len(trim_edges([blk("市长接受记者采访"), para], hr, [])) == 2   # a subtitle, not a byline
    for line in ["据悉，该作品未经许可不得转载，记者了解到相关部门已介入调查处理此事。", "什么是公众号",
                 "市民扫描二维码关注后即可在线办理社保业务。"]:
        assert len(trim_edges([para, blk(line), para], hr, [])) == 3, line
    # a like counter ending the body goes; the same number inside it stays
    from extract.clean.html.edges import trim_last
    body = [para, blk("+1")]
    trim_last(body, hr, [])
    assert [b.text for b in body] == [para.text]
    body = [para, blk("推荐70")]
    trim_last(body, hr, [])
    assert [b.text for b in body] == [para.text]
    body = [para, blk("正在加载...")]
    trim_last(body, hr, [])
    assert [b.text for b in body] == [para.text]
    body = [para, blk("12"), para]
    trim_last(body, hr, [])
    assert len(body) == 3
    # a widget's label ending the body goes (a gallery button, a share button); the same word
    # as the body's first line goes too
    for widget in ("图集", "转播到腾讯微博", "点击进入专题：", "〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓"):
        body = [para, blk(widget)]
        trim_last(body, hr, [])
        assert [b.text for b in body] == [para.text], widget
    assert [b.text for b in trim_edges([blk("图集"), para], hr, [])] == [para.text]
    # a body of short lines, one <p> each (no paragraph): its first line of prose that is not
    # furniture starts it, so the field bar above it goes
    lines = [blk("我的一九八九"), blk("作者：王立新 来源：江南日报 日期：2005-07-05", 3),
             blk("一九八九年四月，我在湖南张家界开一个全省教学研究", 1), blk("会议。按照惯例，会议安排了一天时间，让与会者去", 3)]
    assert [b.text for b in trim_edges(lines, hr, [])] == [lines[0].text] + [b.text for b in lines[2:]]


def test_mediawiki_body_keeps_the_article_past_its_lead(rules):
    # the body selector for MediaWiki; an inline "ilh-comment" gloss is no comment box
    doc = doc_of("cwced__d5bced5e-4ff7-49a8-8808-4344f0823c51.html", rules)
    assert "Running Man成员" in doc.text
    assert "朝鲜语：" in doc.text
    assert len(doc.text) > 3000


def test_month_first_dates_of_asp_pages():
    from extract.clean.html.meta import find_date

    assert find_date("发布日期： 7/5/2005 9:23:57 PM") == "2005-07-05"
    assert find_date("25/12/2004") == "2004-12-25"
    assert find_date("2005-3-4 又 1/2/2003") == "2005-03-04"   # a Y-M-D date comes first
    assert find_date("1/2/3/2004") == ""


def test_dates_with_the_month_by_name():
    from extract.clean.html.meta import find_date

    assert find_date("Saturday, September 10th, 2005 10:56 am") == "2005-09-10"
    assert find_date("Dec 28 Sat 2013 00:28") == "2013-12-28"
    assert find_date("Posted on 3 Sept. 2021") == "2021-09-03"
    assert find_date("Mayor 12 2013") == "" and find_date("Dec 2013") == ""


def test_blog_date_over_the_headline_not_the_clock_or_a_comment(rules):
    # 多维博客: "2006年12月27日（京港台时间）" is the header's clock; the post is dated over its
    # headline; the comment thread's heading quotes the title (《…》已有1件评论)
    doc = doc_of("cwced__35687fb1-3d1f-46ac-a1c1-30ae027b2ae4.html", rules)
    assert doc.title == "播客热潮迅速蔓延 挑逗传统传媒业"
    assert doc.published == "2005-09-10"


def test_blog_dated_by_its_posted_line_past_the_follow_and_vote_buttons(rules):
    # 博客园: "posted @ 2024-05-09 14:45 …" comes after the tag line, share, follow and vote
    # blocks, nine blocks past the post's last paragraph
    assert doc_of("mh__66211fc426fc7016.html", rules).published == "2024-05-09"


def test_wiki_headline_with_its_edit_link(rules):
    # <h1>雄安新区<span class="mw-editsection">[编辑]</span></h1>, <title>雄安新区 - 维基百科，自由的百科全书
    doc = doc_of("mh__06586406af5a4d94.html", rules)
    assert doc.title == "雄安新区"
    assert "[编辑]" not in doc.text and "历史沿革" in doc.text   # section headings without their edit links


def test_title_is_the_part_of_title_the_page_shows(rules):
    # <title>夜雨_原文、翻译及赏析_白居易诗词_读古诗词网: the longest part is the site's; the page shows 夜雨
    assert doc_of("mh__9f4c1adb9f61d954.html", rules).title == "夜雨"
    assert doc_of("trafilatura__baike.baidu.com.tanya.html", rules).title == "蔡健雅"   # 蔡健雅_百度百科


def test_headline_without_the_read_aloud_button_inside_it(rules):
    # <h1><span>美官员…行为</span><div class="article-audio"><div>播报文章</div></div></h1> (baijiahao)
    assert doc_of("mh__cc1897c3d68906d2.html", rules).title == "美官员否认伊朗直升机事故存在谋杀行为"
    # two widgets, the last peeled first: …家世显赫<div>播报文章</div><div>语音播报文章，释放双眼</div>
    assert doc_of("mh__0eebc3efd1797949.html", rules).title.endswith("家世显赫")


def test_article_body_marked_for_select_to_share(rules):
    # sina: <div class="BSHARE_POP blkContainerSblkCon" id="artibody"> is the body (bShare's hook
    # for sharing a selection), not a share bar; its 相关新闻： links sit under an ad paragraph,
    # above the article, so they end nothing
    doc = doc_of("gne__tests_sina_4.html", rules)
    assert doc.status == "ok"
    assert "iPhone 11是iPhone XR的继任者" in doc.text and "相关新闻" not in doc.text


def test_headline_over_the_site_name_heading(rules):
    # <h1 class="none">松花江网</h1> and <h2>土豆不“土” 土豆无“土”</h2> both read as parts of <title>;
    # the one showing more of it is the headline
    assert doc_of("cwced__3e1af229-5b3e-4cfc-82b2-481f37d7adf7.html", rules).title == "土豆不“土” 土豆无“土”"
    # a blog's <h2> headline, not the platform's name, and the date printed beside it
    doc = doc_of("readability__test_test-pages_pixnet_source.html", rules)
    assert doc.title.startswith("新竹尖石_美") and doc.published == "2013-12-28"


def test_h1_opening_the_body_is_the_headline_when_title_names_the_site(rules):
    # <title>-铜雀历史网 (its logo shows it above the body); the body opens with <h1>…怎么投诉举报
    doc = doc_of("mh__2338d64a03dcd33c.html", rules)
    assert doc.title == "疫情一刀切政策怎么投诉举报"
    assert not doc.text.startswith("疫情一刀切政策怎么投诉举报") and "有关疫情一刀切的防疫政策" in doc.text


def test_title_without_the_site_name_a_space_set_after_it(rules):
    # <title>【不忘初心 牢记使命】…技能大赛 湖南省中医药研究院附属医院: the page shows the line before the space
    doc = doc_of("gne__tests_zyyfy_1.html", rules)
    assert doc.title.endswith("专业技能大赛") and not doc.title.endswith("附属医院")
    assert "专业技能大赛\n" not in doc.text   # the headline left the body


def test_blog_name_in_title_gives_way_to_the_post_headline(rules):
    # <title>海姑娘 names the blog, as its menu links do; the post opens with its own headline
    doc = doc_of("cwced__8f1cdd94-6326-49be-bfd0-f3681cc7e89d.html", rules)
    assert doc.title == "昨天去金矿玩 (图)" and not doc.text.startswith("昨天去金矿玩")
    # ... or that a breadcrumb shows (<h3>首页 - 新闻动态</h3>; <title>新闻动态--中国地理学会官网)
    assert doc_of("gne__tests_gsc_1.html", rules).title == "2019年中国人文地理学术年会在重庆•西南大学成功举行！"
    # a long <title> that a related link repeats is still the headline (not the photo caption)
    doc = doc_of("cwced__274a65d9-46df-45be-b9f6-4d18ba911427.html", rules)
    assert doc.title == "拿起跨界“指挥棒”她跟学生“较着劲儿”成长"


def test_wiki_data_tables_are_the_articles(rules):
    # zh.wikipedia: a discography in <table class="wikitable">, dated rows and linked album names,
    # is not a list of teasers; an infobox value (a date) is not a date line at the body's top
    doc = doc_of("cwced__d5bced5e-4ff7-49a8-8808-4344f0823c51.html", rules)
    assert "第二张正规专辑《Evolution》" in doc.text and "发行日期：2004年6月19日" in doc.text   # a linked cell too
    doc = doc_of("mh__06586406af5a4d94.html", rules)
    assert "2017年4月1日" in doc.text.split("历史沿革")[0] and doc.published != "2017-04-01"


def test_headline_shown_twice_leaves_the_body(rules):
    # china.com.cn prints its <h1> in a phone header and again over the article
    doc = doc_of("mh__5da9b27b0b9b53ae.html", rules)
    assert doc.text.startswith("中国网5月13日讯")
    # ... or under the agency's name, which goes with it as its kicker (法新社 | 义大利公开赛
    # 兹韦列夫封王 | （法新社罗马19日电）…; the human gold starts at the dateline)
    doc = doc_of("mh__b5b26f9fb331612d.html", rules)
    assert doc.title and doc.title not in doc.text and doc.text.startswith("（法新社")


def test_headline_as_the_first_line_when_title_names_only_the_site(rules):
    # <title>北医新闻网_(新闻): the body opens with its headline, which becomes the title
    doc = doc_of("cwced__4fa9dfe4-874c-4c43-9260-6ea22710852c.html", rules)
    assert doc.title == "李简——新外科运动向我们走来"
    assert not doc.text.startswith("李简——新外科运动向我们走来")
    assert "神奇，偶然掉在凡俗的临床上" in doc.text


def test_short_headline_that_is_a_part_of_title(rules):
    # <h1>金锺国</h1>, <title>金锺国 - 维基百科，自由的百科全书: three characters still make the headline
    assert doc_of("cwced__d5bced5e-4ff7-49a8-8808-4344f0823c51.html", rules).title == "金锺国"


def test_titles_without_escaped_markup_or_loose_separators():
    from extract.clean.html.meta import tidy_title

    assert tidy_title("凝聚强大智慧和力量<div>——热烈祝贺会议开幕</div>") == "凝聚强大智慧和力量——热烈祝贺会议开幕"
    assert tidy_title("谁来为无序拆房“埋单”？- -") == "谁来为无序拆房“埋单”？"
    assert tidy_title("价格1<2且3>2") == "价格1<2且3>2"   # comparisons are not tags
    assert tidy_title("1") == "" and tidy_title("- 1 -") == ""   # no title at all
    assert tidy_title("下岗职工的再就业(页 1)") == "下岗职工的再就业"   # which page of a paged article
    assert tidy_title("第3页的秘密（第2页）") == "第3页的秘密"
    assert tidy_title("三国演义（第一回）") == "三国演义（第一回）"   # a chapter is no page mark


def test_dates_in_the_meta_tags_of_tencent_and_baidu_pages(rules):
    assert doc_of("gne__tests_qq_qq.html", rules).published == "2019-09-07"   # apub:time, not a date in the story
    assert doc_of("gne__tests_baijiahao_1.html", rules).published == "2019-10-08"   # itemprop dateUpdate


def test_time_of_the_article_not_of_the_top_bar_or_a_related_item(rules):
    html = """<html><head><title>市政府召开常务会议_新闻网</title></head><body>
    <nav><time datetime="2026-11-22">今天</time></nav>
    <ul class="list"><li><a href="/a">早些时候的一条新闻</a><time>2020-01-01</time></li></ul>
    <div><h1>市政府召开常务会议</h1><time>2024-05-20 13:09</time>
    <p>市政府召开常务会议，研究部署当前经济工作，会议指出，要坚持稳中求进工作总基调，推动高质量发展。</p>
    <p>会议强调，各部门要切实履行职责，抓好各项任务落实，确保完成全年目标任务，以实际行动推进现代化建设。</p></div>
    </body></html>"""
    assert html_to_document(html, rules).published == "2024-05-20"


def test_recommended_article_after_a_short_one_is_not_the_body(rules):
    # 360kuai: a whole recommended article (in a "recommend" box) outscores the 300-character
    # article under the headline; the headline's own paragraphs keep the noise rule in force
    doc = doc_of("mh__cc1897c3d68906d2.html", rules)
    assert "没有证据表明该事件中存在谋杀行为" in doc.text
    assert "春晚一炮而红" not in doc.text
    assert "以上内容" not in doc.text


def test_share_prompts_and_dated_source_line_above_the_body(rules):
    doc = doc_of("mh__a28ede747c822c44.html", rules)
    assert doc.text.startswith("近期一些美国政客")
    assert "阅读剩余全文" not in doc.text


def test_todays_date_in_the_top_bar_dates_nothing(rules):
    # "2024年05月28日 农历：甲辰年 四月 廿一 设为首页" is the day the page was fetched
    doc = doc_of("mh__9f4c1adb9f61d954.html", rules)
    assert doc.published != "2024-05-28"
    assert "我有所念人" in doc.text


def test_date_line_in_a_noise_named_box_under_the_headline_still_dates(rules):
    doc = doc_of("gne__tests_163_9.html", rules)
    assert doc.published == "2019-05-17"


def test_css_xpath_selects_what_the_descendant_shorthand_did():
    from lxml import etree

    html = ('<html><body><div class=" content x"><p>a</p><div class="content"><p>b</p></div></div>'
            '<div id="detail"><span itemprop="articleBody"><p>c</p></span></div><p class="contents">d</p></body></html>')
    root = etree.fromstring(html.encode(), etree.HTMLParser())
    for css in ("div.content p", ".content", "#detail", "[itemprop=articleBody] p", "div p", "p"):
        fast = etree.XPath(css_to_xpath(css))(root.find("body"))
        slow = etree.XPath(css_to_xpath(css).replace("/descendant::", "//").replace("descendant::", ".//", 1))(root.find("body"))
        assert fast == slow and fast, css


def test_forum_post_title_under_a_channel_named_title_leaked_into_the_body(rules):
    # a stored page wrapped in <text …> before <html>: the parser puts <title> in the body; the
    # <title> names the board (a link of the breadcrumb); forum chrome stands over the post's title
    para = "我以往是一个最反感这类话题的人，每次看到有人捕风捉影，我就反感得不得了，但是现实总是与你的美好初衷有出入。" * 2
    html = ('<text id="http://bbs.example.com/t/1.html" title="江南娱乐"><html><head><title>江南娱乐</title></head><body>'
            '<table><tr><td><a href="/main">江南娱乐</a> &gt; 明星俱乐部 &gt; <a href="/f">明星话题</a></td></tr>'
            '<tr><td>[精华区]　版主：[申请版主]</td></tr><tr><td>惊爆唱片公司操控女星黑幕(转载)</td></tr>'
            f'<tr><td>{para}</td></tr><tr><td>{para}</td></tr></table></body></html></text>')
    doc = html_to_document(html, rules)
    assert doc.title == "惊爆唱片公司操控女星黑幕(转载)"
    assert doc.text.split("\n")[0] == para and "江南娱乐" not in doc.text


def test_headline_over_the_body_when_title_names_nothing_shown(rules):
    # a forum script's <title>显示 ("show"): the centred line over the post is its headline
    lines = "<br>".join(["作者甲", "人心不会熄灭，但它可能蒙上灰烬而不再燃烧。灰烬本来是燃烧的产物，但它",
                          "反过来又抑制了燃烧。拨开灰烬，你会看到重新燃烧的人心。",
                          "这是一篇关于当代精神生活的长文，作者在文中讨论了许多问题，" * 3])
    html = (f"<html><head><title>显示</title></head><body><p align='center'><font><strong>犬儒之病(上)</strong>"
            f"</font></p><hr size='1'><p>{lines}</p></body></html>")
    doc = html_to_document(html, rules)
    assert doc.title == "犬儒之病(上)" and doc.text.startswith("作者甲")


def test_a_heading_left_last_in_the_body_goes(rules):
    # a wiki's 外部链接 heading, whose link list went as furniture, heads nothing
    para = "<p>" + "雄安新区是中华人民共和国河北省管辖的国家级新区，位于华北平原中部，规划范围涉及三个县。" * 2 + "</p>"
    links = "<ul>" + "".join(f'<li><a href="/wiki/{i}">相关条目{i}</a></li>' for i in range(3)) + "</ul>"
    html = (f"<html><head><title>雄安新区</title></head><body><div id='content'><h1>雄安新区</h1>{para}{para}"
            f"<h2>历史</h2>{para}<h2>外部链接</h2>{links}</div></body></html>")
    lines = html_to_document(html, rules).text.split("\n")
    assert lines[-1] != "外部链接" and "历史" in lines


def test_icon_font_glyphs_are_no_text(rules):
    # private-use code points draw icons (a share bar's \ue609微博, a view counter's \ue60e4)
    para = "联合国贸发会议发布了年度贸易和发展报告，即使忽略最坏的下行风险，全球经济增长率也将下降。" * 2
    html = (f"<html><head><title>报告发布\ue004</title></head><body><h1>报告发布\ue004</h1>"
            f"<div>\ue60e4</div><p>\ue5e5\ue5e5{para}</p><p>{para}</p></body></html>")
    doc = html_to_document(html, rules)
    assert doc.title == "报告发布"
    assert doc.text.split("\n")[0] == para and not any("\ue000" <= c <= "\uf8ff" for c in doc.text)


def test_headline_shown_again_goes_with_its_kicker(rules):
    # an e-paper page repeats its headline over the article with the kicker (肩题) above it
    para = "近年来，我省积极把握制造业发展趋势，加速向智能制造、绿色制造、高端制造方向转型升级，成效明显。" * 2
    html = ("<html><head><title>17种产品入选国家绿色制造名单_云岭网</title></head><body>"
            "<h1>17种产品入选国家绿色制造名单</h1><div class='article'><p>15家企业</p>"
            f"<p>17种产品入选国家绿色制造名单</p><p>{para}</p><p>{para}</p></div></body></html>")
    doc = html_to_document(html, rules)
    assert doc.title == "17种产品入选国家绿色制造名单"
    assert doc.text.split("\n")[0] == para


def test_a_short_article_body_gives_way_to_its_microdata_item(rules):
    # a poem page marks only the poem as articleBody; its translation and notes are in the same
    # schema.org Article, outside the body: the Article is the text, the link list beside it is not
    poem = "<br>".join(["床前明月光，", "疑是地上霜。", "举头望明月，", "低头思故乡。"] * 3)   # over selector_min_chars
    notes = "".join(f"<div class='sx'><h3>{h}</h3><div><p>{p}</p></div></div>" for h, p in (
        ("译文", "明亮的月光洒在窗户纸上，好像地上泛起了一层白霜。我禁不住抬起头来，看那天窗外空中的一轮明月，不由得低头沉思，想起远方的家乡。"),
        ("创作背景", "这首诗写于唐玄宗开元十四年旧历九月十五日的扬州旅舍，时李白二十六岁。一个月明星稀的夜晚，诗人抬望天空一轮皓月，思乡之情油然而生。"),
        ("赏析", "这首小诗，既没有奇特新颖的想象，更没有精工华美的辞藻，只是用叙述的语气，写远客思乡之情，然而它却意味深长，耐人寻味，千百年来广为传诵。"),
    ))
    others = "".join(f"<li><a href='/p/{i}'>李白其他诗词之{i}</a></li>" for i in range(12))
    html = ("<html><head><title>静夜思_原文、翻译及赏析</title></head><body>"
            "<div class='left' itemscope itemtype='http://schema.org/Article'><h1>静夜思</h1>"
            f"<div itemprop='articleBody'>{poem}</div>{notes}</div>"
            f"<div class='box'><p>诗人简介：李白，字太白，号青莲居士，唐代伟大的浪漫主义诗人，被后人誉为诗仙。</p><ul>{others}</ul></div>"
            "</body></html>")
    doc = html_to_document(html, rules)
    assert "疑是地上霜。" in doc.text and "看那天窗外空中的一轮明月" in doc.text and "千百年来广为传诵" in doc.text
    assert "李白其他诗词" not in doc.text and "诗人简介" not in doc.text
    # a long enough articleBody is the text on its own
    long_body = html.replace(poem, poem + "<p>" + "这首诗写的是在寂静的月夜思念家乡的感受，诗的前两句是写诗人在作客他乡的特定环境中一刹那间所产生的错觉。" * 3 + "</p>")
    assert "千百年来广为传诵" not in html_to_document(long_body, rules).text


def test_a_list_page_whose_best_block_is_its_footer_has_no_article(rules):
    # an announcements page: the list is links, and what scores best is the footer's contact fields
    items = "".join(f"<li><a href='/a/{i}'>关于旗下基金第{i}次分红的公告</a></li>" for i in range(20))
    html = ("<html><head><title>公司公告</title></head><body><ul class='list'>" + items + "</ul>"
            "<div class='foot'><p>全国统一客服热线：400-930-6677　人工服务时间：周一至周五 9:00至17:00（法定节假日除外）</p>"
            "<p>公司地址：深圳市深南大道6008号特区报业大厦西区23层　邮编：518034</p></div></body></html>")
    doc = html_to_document(html, rules)
    assert doc.status == "no-article" and doc.text == ""


def test_what_the_pages_own_stylesheet_hides_is_not_text(rules):
    # a share card the stylesheet hides (#title_desc {display:none}) repeats the headline under the
    # article; a rule under @media hides only on small screens, so its element stays
    para = "<p>中央军委主席日前签署命令，发布新的装备试验鉴定规定，自2022年2月10日起施行，规范了有关工作。</p>"
    html = ("<html><head><title>签署命令 发布规定</title><style>/* cards */ #title_desc { display: none; }"
            " @media (max-width: 600px) { .wide { display:none } } .pop, div.tip{color:red;display :none}</style></head>"
            "<body><h1>签署命令 发布规定</h1><div class='art'>" + para * 3 + "<p class='wide'>这一段只在窄屏上隐藏，宽屏照常显示，属于正文的内容。</p>"
            "<div class='tip'>请同意我们的隐私权规范，才能启用听新闻的功能。</div></div>"
            "<div id='title_desc'><h1>签署命令 发布规定</h1><p>日前签署命令，发布新的规定。</p></div></body></html>")
    doc = html_to_document(html, rules)
    assert "只在窄屏上隐藏" in doc.text
    assert "隐私权规范" not in doc.text and not doc.text.endswith("签署命令 发布规定")


def test_a_forum_posts_footer_goes_and_still_dates_the_post(rules):
    para = "<p>我以往是一个最反感捕风捉影的人，但是现实总是与你的美好初衷有出入，这时我们就不得不佩服老祖宗的话。</p>"
    html = ("<html><head><title>网易论坛</title></head><body><div class='post'>" + para * 3 +
            "<p>〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓</p></div></body></html>")
    doc = html_to_document(html, rules)
    assert "〓" not in doc.text and doc.published == "2005-03-15"


def _lemma_page(title: str, summary_inside: bool = False) -> str:
    summary = ("<div class='lemmaSummary_ab1 J-summary'><div class='para'>江南高新技术产业开发区，隶属江南省江南新区，"
               "简称江南高新区，为省级高新技术产业开发区。规划用地总面积952公顷，四至范围以批复为准。</div></div>")
    info = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in (("中文名", "江南高新技术产业开发区"), ("别名", "江南高新区"), ("所属地区", "江南省")))
    catalog = "<div class='catalog'>" + "".join(f"<a href='#{i}'>{i}{h}</a>" for i, h in enumerate(("历史沿革", "区域规划"), 1)) + "</div>"
    sections = ("<div class='J-lemma-content'>" + ("" if not summary_inside else summary) +
                "<h2>历史沿革</h2><div class='para'>2023年12月，江南省政府批复设立省级江南高新技术产业开发区，"
                "标志着江南新区高新技术产业开发区的建设进入新阶段，管委会组织机构随后正式运行。</div>"
                "<h2>区域规划</h2><div class='para'>江南高新区以核心区南北为两翼，布局空天园、信息园、生物技术园、新材料园等五大产业园区，"
                "围绕卫星互联网、北斗等创新生态链发展新一代信息技术产业，打造国际水平的产业园区，为高新区产业发展提供支撑。</div></div>")
    refs = "<div class='lemmaReference J-lemma-reference'><h3>参考资料</h3><ul>" + "".join(
        f"<li><a href='/r/{i}'>江南高新区正式启动运行．江南新闻．2024-05-0{i}</a></li>" for i in range(1, 6)) + "</ul></div>"
    return (f"<html><head><title>{title}</title></head><body><h1>江南高新技术产业开发区</h1><div class='contentTab'>"
            + ("" if summary_inside else summary) + f"<div class='basicInfo'><dl>{info}</dl></div>{catalog}{sections}{refs}</div></body></html>")


def test_a_lemma_summary_kept_apart_from_the_sections_opens_the_text(rules):
    # Baidu Baike keeps a lemma's summary (概述) beside its sections, across an infobox, a table of
    # contents and a reference list that outweigh it: the sections are the body, the summary leads it
    doc = html_to_document(_lemma_page("江南高新技术产业开发区_百度百科"), rules)
    lines = doc.text.split("\n")
    assert lines[0].startswith("江南高新技术产业开发区，隶属江南省江南新区") and "2023年12月，江南省政府批复" in doc.text
    assert "参考资料" not in doc.text and "江南新闻．2024" not in doc.text
    # ... only on the site the selector names
    assert "隶属江南省江南新区" not in html_to_document(_lemma_page("江南高新技术产业开发区"), rules).text
    # ... and a body that holds the summary already shows it once
    inside = html_to_document(_lemma_page("江南高新技术产业开发区_百度百科", summary_inside=True), rules).text
    assert inside.count("隶属江南省江南新区") == 1


def test_furniture_under_the_body_by_class(rules):
    from extract.clean.html.blocks import Block
    from extract.clean.html.edges import trim_edges, trim_last

    hr = html_rules(rules)

    def blk(text, punct=0):
        return Block(text, None, "p", len(text), 0, punct)

    para = blk("这是正文的第一段，内容很长很长，足够被当作一个段落来对待，包含多个标点符号。还有更多的文字在这里出现。", 4)
    tails = ["点击进入专题：",   # before its link and the editor's line, not only ending the body
             "版权所有 江南省中医药研究院附属医院　Copyright © 2018 All rights reserved. 　湘ICP备14002927号-5",
             "Copyright © 2005 江南网 All Rights Reserved",
             "声明：江南时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担。",
             "版权声明 来源：江南商报 时间：2019-09-23 14:34:05 作者：",
             "百度百科内容由网友共同编辑，如您发现自己的词条内容不准确或不完善，欢迎参与修正。立即前往>>",
             "精彩视频推荐"]
    for tail in tails:
        assert [b.text for b in trim_edges([para, blk(tail), blk("责任编辑：王明")], hr, [])] == [para.text], tail
    # a sentence about copyright or a disclaimer's words inside the article are the article's
    for line in ["版权所有人有权禁止他人未经许可复制其作品，这一点在新修订的法律中写得很清楚。",
                 "声明指出，上述数据仅供参考。"]:
        assert len(trim_edges([para, blk(line, 2), para], hr, [])) == 3, line
    # a scan-the-code prompt goes when it ends the body; a notice's sign-up line amid the article stays
    body = [para, blk("扫描下方二维码解锁更多技能")]
    trim_last(body, hr, [])
    assert [b.text for b in body] == [para.text]
    assert len(trim_edges([para, blk("扫描下方二维码报名"), para, para, para, para], hr, [])) == 6


def test_an_update_bar_over_the_first_caption_is_dropped_not_glued(rules):
    # a world-service page: the update bar (cue, date, zone-labelled clock) sits over the story's
    # first picture and its caption; the bar goes and the caption opens the text on its own line
    para = "<p>江南省议会周二就预算案举行辩论，多名议员对财政赤字扩大表示关注，要求政府作出解释。</p>"
    html = ("<html><head><title>江南议会辩论预算案 - 新闻网</title></head><body><h1>江南议会辩论预算案</h1>"
            "<div class='datestamp'><span>更新时间</span> 2019年3月5日, 格林尼治标准时间08:30</div>"
            "<div class='story-body'><div class='image'><img src='a.jpg'/><p class='caption'>议员在会上发言。</p></div>"
            + para * 3 + "</div></body></html>")
    doc = html_to_document(html, rules)
    assert doc.text.split("\n")[0] == "议员在会上发言。"
    assert "更新时间" not in doc.text and doc.published == "2019-03-05"


def _assembled_page(header_end: str) -> str:
    """A notice page a CMS puts together from parts: its header file is a whole document of its
    own (``</html>`` and all), the article and the footer follow it."""
    para = ("<p>　　会议听取了市财政局局长代表市政府所作的说明，同意市人民代表大会财政经济委员会在审查报告中提出的建议，"
            "决定批准发行专项债券二十亿元，用于城市地下管网改造。</p>")
    return ("<html><head><title>江南市人民代表大会常务委员会关于批准发行专项债券的决议__2026年第3号公报_江南市政府网</title>"
            "</head><body><div class='header'><ul><li><a href='/'>首页</a></li><li><a href='/big5/'>繁</a></li></ul></div>"
            + header_end +
            "<div class='content'><div class='BreadcrumbNav'><a href='/'>首页</a> &gt; <a href='/gb/'>公报</a></div>"
            "<div class='pages_print'><span class='font index_switchsize'>字号：<span>默认</span> <span>大</span> "
            "<span>超大</span></span> | <span class='font printIco'>打印</span></div>"
            "<div class='pages_content'><p align='center'><strong>江南市人民代表大会常务委员会<br>"
            "关于批准发行专项债券的决议</strong><br>（2026年3月2日江南市第五届人民代表大会常务委员会第九次会议通过）</p>"
            + para + "</div></div><div class='footer'><p>主办单位：江南市人民政府办公室　版权所有：江南市政府网</p></div>"
            "</body></html>")


def test_a_header_file_ending_in_html_does_not_end_the_page(rules):
    # libxml2 reads nothing after the first </html>: the header's own end tag cut the article off
    doc = html_to_document(_assembled_page("</html>\n<!--end header-->\n"), rules)
    assert doc.status == "ok"
    assert "决定批准发行专项债券二十亿元" in doc.text
    assert html_to_document(_assembled_page(""), rules).text == doc.text


def test_a_headline_broken_over_lines_is_the_title_not_the_tool_bar(rules):
    # the centred headline is set over two lines (<br>): <title> still shows whole on the page, so
    # neither the tool bar over it (字号：默认 大 超大 | 打印) nor the site's name in the footer
    # is the title, and the two lines go from the text as a headline shown again does
    doc = html_to_document(_assembled_page(""), rules)
    assert doc.title == "江南市人民代表大会常务委员会关于批准发行专项债券的决议"
    assert doc.text.startswith("（2026年3月2日")
