"""Furniture and spam rules on the seeds' own furniture."""
from __future__ import annotations

from extract.clean.boilerplate import Boilerplate
from extract.record import PageRecord


def clean(rules, text: str) -> PageRecord:
    rec = PageRecord(source_path="t", raw_text=text)
    return Boilerplate(rules).process(rec)


def test_seed_furniture_lines_go(rules, seed_texts):
    rec = clean(rules, seed_texts["004_1e858b7b18e6f90d.txt"])
    for furniture in ("导航菜单", "本文仅代表作者观点", "打赏", "支付宝", "留言与评论", "验证码", "本文地址", "收藏此文"):
        assert furniture not in rec.text
    assert "全年实施重点项目68个,确保开工项目35个、竣工27个" in rec.text
    assert {rule for _, rule, _ in rec.dropped} >= {"bp.farm.disclaimer", "bp.farm.address", "bp.comment.box"}


def test_traditional_furniture_matches_simplified_rules(rules, seed_texts):
    rec = clean(rules, seed_texts["000_a7300090206e5273.txt"])
    for furniture in ("瀏覽量", "我要報料", "下載APP", "500彩票注册", "責編:王珈"):
        assert furniture not in rec.text
    assert "六是著力打造更高素質隊伍" in rec.text


def test_related_articles_list_is_cut(rules, seed_texts):
    rec = clean(rules, seed_texts["002_bf1e263cba28f34e.txt"])
    assert "相關文章" not in rec.text and "空氣炸鍋" not in rec.text
    assert "到去年底,株洲市有各類經(jīng)營(yíng)主體42.1萬余戶" in rec.text


def test_epaper_masthead_goes(rules, seed_texts):
    rec = clean(rules, seed_texts["003_aef4f93b7db362a9.txt"])
    for furniture in ("癸卯年十二月十七", "国内统一连续出版物号", "今日4版", "第23552期"):
        assert furniture not in rec.text


def test_an_article_about_lotteries_keeps_its_sentences(rules):
    text = ("是的，正是彩票让本文的主人公在短短4年间经历了一场浓缩的人生戏剧。\n"
            "500彩票注册\n彩票平台注册送彩金\n")
    rec = clean(rules, text)
    assert "正是彩票让本文的主人公" in rec.text
    assert "500彩票注册" not in rec.text and "送彩金" not in rec.text


def test_an_encyclopedia_sections_buttons_go(rules):
    # 百度百科 puts 播报 (read aloud) and 编辑 (edit) buttons on their own lines under each heading
    text = "历史沿革\n播报\n编辑\n2023年12月，河北省政府批复设立省级河北雄安高新技术产业开发区。\n编辑部介绍了相关情况。\n"
    lines = clean(rules, text).text.splitlines()
    assert "播报" not in lines and "编辑" not in lines
    assert "历史沿革" in lines and "编辑部介绍了相关情况。" in lines


def test_a_sentence_that_names_a_counter_or_an_issue_is_the_articles(rules):
    # furniture words inside a sentence of the article (a view count reported, a journal issue
    # cited, a like button quoted) do not make the paragraph a furniture line
    prose = (
        "运动会期间，相关报道总点击量超过60亿次，赛事直播吸引了大批观众，主办方表示将继续做好转播服务。",
        "[3] 课题组：《关于县域经济高质量发展的若干思考》，《经济研究》2023年第5期。",
        "直播间里满屏都是“厉害了”“赞一个”的弹幕，局长一一回答网友提问，介绍本地的特色产品。",
        "（刊于《半月谈》2019年第24期）益阳的发展“蓝海”正不断拓展，数字化转型成为全市共识。",
    )
    furniture = ("浏览量：4202", "2024年1月27日 星期六 第23552期", "赞一个")
    rec = clean(rules, "\n".join(prose + furniture))
    kept = rec.text.split("\n")
    assert [line for line in prose if line not in kept] == []
    assert [line for line in furniture if line in kept] == []


def test_a_platform_statement_goes_from_the_end_of_the_body(rules):
    # a self-media platform's statement under the article, on its line or glued to the last paragraph
    last = "中央和国家机关有关部门负责同志也前往送别。"
    rec = clean(rules, "\n".join([
        "第一段正文，讲述事情的经过，内容足够长。",
        last + "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
        "声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
    ]))
    assert rec.text.split("\n") == ["第一段正文，讲述事情的经过，内容足够长。", last]


def test_a_breadcrumb_trail_goes_and_a_comparison_stays(rules):
    text = ("• 您当前的位置:首页 > 国内新闻 > 云南新闻 > 红河市三季度建设项目集中开工\n"
            "首页>>新闻 > 国际 >> 正文\n"
            "8月30日上午，红河市三季度建设项目集中开工，此次共开工81项。\n"
            "当温度>30℃、湿度>80%时，应停止户外作业。\n")
    lines = clean(rules, text).text.splitlines()
    assert lines == ["8月30日上午，红河市三季度建设项目集中开工，此次共开工81项。", "当温度>30℃、湿度>80%时，应停止户外作业。"]
