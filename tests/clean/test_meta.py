"""Metadata of text pages: headline, date, outlet, url from the seeds' own header lines."""
from __future__ import annotations

from extract import process_page
from extract.clean.meta import Metadata
from extract.record import PageRecord


def meta(rules, text: str) -> PageRecord:
    return Metadata(rules).process(PageRecord(source_path="t", raw_text=text))


def test_seed_headers(rules, seed_texts):
    rec = meta(rules, seed_texts["000_a7300090206e5273.txt"])
    assert rec.published == "2023-01-18" and rec.source == "紅網" and rec.title.startswith("兩會專訪丨曹慧泉")
    rec = meta(rules, seed_texts["004_1e858b7b18e6f90d.txt"])
    assert rec.published == "2022-05-11" and rec.url.startswith("/baogao/") and rec.title == "株洲市芦淞区2022年政府工作报告"
    rec = meta(rules, seed_texts["003_aef4f93b7db362a9.txt"])
    assert rec.published == "2024-01-27" and rec.source == "株洲日报"


def test_kicker_line_gives_way_to_the_headline(rules, seed_texts):
    rec = meta(rules, seed_texts["002_bf1e263cba28f34e.txt"])
    assert rec.title.startswith("制造名城按下發") and rec.published == "2023-03-17"


def test_a_timestamp_beats_the_dateline_of_a_speech(rules):
    text = ("陕西省2026年政府工作报告\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上 省长\n"
            "政府工作报告\n2026-02-02 09:20\n来源：\n各位代表：现在，我代表省人民政府向大会报告工作。")
    assert meta(rules, text).published == "2026-02-02"
    speech_only = "政府工作报告\n——2026年1月26日在广东省第十四届人民代表大会第五次会议上\n各位代表：现在，我代表省人民政府报告工作。"
    assert meta(rules, speech_only).published == "2026-01-26"


def test_outlet_bar_date_line(rules):
    # a news site's header line: the outlet, a bar, the date (no 来源 label)
    rec = meta(rules, "全市经济工作会议召开\n株洲新闻网 | 2023.01.05\n株洲市召开全市经济工作会议，会议总结了2022年工作。\n")
    assert rec.source == "株洲新闻网" and rec.published == "2023-01-05"
    # a title with a bar and a year is no outlet line
    assert meta(rules, "聚焦 | 2023年株洲经济工作会议召开\n会议总结了2022年工作，部署了重点任务。\n").source == ""


def test_outlet_space_date_line(rules):
    # an evening paper's header: the outlet, a space, the date and time, nothing else on the line
    rec = meta(rules, "河东港区货运量同比增长两成\n河东晚报 2024-04-10 07:30\n记者从河东港务局获悉，一季度港区货运量同比增长21%。\n")
    assert rec.source == "河东晚报" and rec.published == "2024-04-10"
    # a sentence that opens with a paper's name and a date is no header line
    rec = meta(rules, "河东港区货运量增长\n河东日报 2024年4月10日报道了港区货运量同比增长21%的消息。\n")
    assert rec.source != "河东日报"


def test_outlet_glued_to_its_byline_after_the_date(rules):
    # a Taiwanese header line: date, time, the paper, then ／記者 and the reporter
    rec = meta(rules, "河東捷運綜合規劃獲核定\n2024-05-02 15:20 河東報／記者王小明／河東即時報導\n河東捷運綜合規劃今天獲核定，總經費1452億元。\n")
    assert rec.source in ("河東報", "河东报") and rec.published == "2024-05-02"


def test_a_reprint_credit_and_an_original_title_label_are_no_headline(rules):
    # a reprint: the credit line (本文转自/转自:outlet) and the 原标题: label stand over the headline
    text = ("本文转自:河东工人网\n来源:河东新闻客户端\n原标题:河东县城“小而美”，产业大有乾坤\n"
            "河东县城“小而美”，产业大有乾坤\n2024-07-03 21:40\n"
            "河东县去年地区生产总值突破300亿元，上市企业达到8家，县城人口增加了2万人。\n")
    assert meta(rules, text).title == "河东县城“小而美”，产业大有乾坤"
    assert meta(rules, "转自:河东财经\n河东县重点项目集中竣工\n1月6日，河东县55个重点项目集中竣工，总投资145亿元。\n").title \
        == "河东县重点项目集中竣工"


def test_a_dump_dates_and_sources_its_article_from_the_lines_over_its_core(rules):
    """Menus first, with today's date and an injected 来源 bar; the article's own header lines
    sit under its headline, past forty lines of the page's top."""
    menu = ["2024年5月28日 星期二 今日天气 晴", "来源:红网 | 编辑:王珈 | 浏览量:4130"] + \
        [f"栏目{i}" for i in range(45)] + ["首页 > 新闻 > 正文"]
    article = [
        "河东县一季度重点项目集中开工",
        "2024-04-02 09:15:06 来源：河东日报",
        "4月1日，河东县举行2024年一季度重点项目集中开工活动，38个项目集中开工，总投资126亿元。",
        "项目涵盖先进制造、现代物流、城市更新等领域，其中亿元以上项目21个，预计年内完成投资40亿元。",
    ]
    rec = meta(rules, "\n".join(menu + article))
    assert rec.published == "2024-04-02"
    assert rec.source == "河东日报"
    assert rec.title == "河东县一季度重点项目集中开工"


def test_a_dump_takes_the_headline_over_its_header_line_past_a_share_bar(rules):
    """The headline, then the outlet's name and the date line, then a share bar over the text:
    the share prompts and the outlet's name are no headline."""
    related = ["高新区召开2024年安全生产工作会议"] + [f"栏目{i}" for i in range(20)]   # a feed over the page
    top = related + ["网站首页", "新闻中心", "高新区新建5G基站120座 实现重点区域全覆盖", "高新区融媒体中心",
           "2024-05-18 16:56:12", "举报", "分享到：", "微信", "QQ空间", "用微信扫码二维码", "分享至好友和朋友圈"]
    body = ["记者从区工信局获悉，今年以来高新区新建5G基站120座，累计建成5G基站1560座，实现重点区域全覆盖。",
            "下一步，高新区将加快推进千兆光网建设，力争年底前千兆宽带用户突破10万户。"]
    rec = meta(rules, "\n".join(top + body))
    assert rec.title == "高新区新建5G基站120座 实现重点区域全覆盖"
    assert rec.published == "2024-05-18"


def test_rows_of_links_and_menus_are_no_headline(rules):
    top = ["[查看我的博客目录] [加入个人书签]", "·娱乐幻灯 ·在线影院 ·碟探快报 ·电视剧照 ·演出剧照",
           "日报邮箱 日报数字报 晚报数字报 更多 08版 07版"]
    body = ["今年一季度，全市规模以上工业增加值同比增长6.8%，高于全省平均水平1.2个百分点，工业经济开局良好。",
            "其中，装备制造业增加值增长9.1%，对全市工业增长的贡献率达到42%。"]
    rec = meta(rules, "\n".join(top + body))
    assert rec.title not in top


def test_a_dump_names_its_outlet_on_the_line_under_its_header(rules):
    """An outlet's name alone under the date line, or under a bare 来源 label, is the source;
    a tool bar's 举报 under it is none, and an outlet's name elsewhere on the page is none."""
    body = ["今年一季度，全市规模以上工业增加值同比增长6.8%，高于全省平均水平1.2个百分点，工业经济开局良好。",
            "其中，装备制造业增加值增长9.1%，对全市工业增长的贡献率达到42%。"]
    feed = ["热门推荐", "江南新闻客户端下载"]
    under_date = feed + ["全市工业经济实现良好开局", "2024年04月18日 10:26", "举报", "江东日报"] + body
    assert meta(rules, "\n".join(under_date)).source == "江东日报"
    under_label = feed + ["全市工业经济实现良好开局", "发布时间：2024-04-18 10:26", "来源：", "江东新闻网"] + body
    assert meta(rules, "\n".join(under_label)).source == "江东新闻网"
    none = feed + ["全市工业经济实现良好开局", "2024年04月18日 10:26", "举报"] + body
    assert meta(rules, "\n".join(none)).source == ""


def test_a_dump_dates_its_article_from_a_bare_date_line_or_a_weekday_header(rules):
    """The date alone on the line under the headline, past a share bar, beats the comments'
    dates below; a traditional header with its weekday (週三) is a publication date."""
    body = ["记者从区工信局获悉，今年以来高新区新建5G基站120座，累计建成5G基站1560座，实现重点区域全覆盖。",
            "下一步，高新区将加快推进千兆光网建设，力争年底前千兆宽带用户突破10万户。"]
    body = body + ["据介绍，5G基站建设将优先保障工业园区、交通枢纽和大型社区，进一步提升网络覆盖质量。",
                   "区工信局负责人表示，将持续推进信息基础设施建设，为数字经济发展提供有力支撑。"]
    bar = ["跟贴", "用微信扫描二维码", "分享至好友和朋友圈"] * 3
    comments = ["网友甲 2019-05-18 09:21:25", "支持", "网友乙 2019-05-18 09:25:20", "点赞"]
    top = ["高新区新建5G基站120座 实现重点区域全覆盖", "2019-05-17"] + bar
    assert meta(rules, "\n".join(top + body + comments)).published == "2019-05-17"
    trad = ["日本企業5月信心保持穩定", "2024年5月22日週三 上午8:21"]
    assert meta(rules, "\n".join(trad + body)).published == "2024-05-22"


def test_a_piece_of_a_broken_sentence_is_no_headline(rules):
    """A dump with no headline line: the rest of a sentence a column broke, or a line with a full
    stop inside, is no title (and, being none, stays free to be rejoined)."""
    text = ("株洲日报讯(记者 王芳)1月26日,市委副书记、市长曹慧泉主持召开市政府常务会议,研究部署全市重点项目建设工作,"
            "市委常委、常务副市长邓\n"
            "军出席会议。会议要求,各级各部门要加快推进株洲西站综合交通枢纽、渌口\n"
            "港区等项目建设,确保年内开工建设项目120个以上,完成投资600亿\n元。\n")
    title = meta(rules, text).title
    assert not title.startswith(("军出席", "港区等"))


def test_a_sites_clock_is_no_publication_date(rules):
    """A site's clock over its menus (today's date and weekday) gives way to the article's own
    header line; on a page with no other date it is the page's date."""
    body = ["2月29日，龙泉镇召开春季森林防火工作部署会，各村（社区）负责人参加会议。",
            "会议要求，要严格落实森林防火责任制，加强野外用火管控，坚决防范森林火灾发生。",
            "会议还对春耕生产、安全生产等工作进行了安排部署，要求各村抓好落实。"]
    menu = ["无障碍 | 关怀版", "首页 | 政务公开 | 政务服务 | 互动交流"]
    for clock in ("今天是：2024年03月05日 星期二", "• 2024/3/5 上午9:27:28 星期二", "2024年3月5日 星期二  农历正月廿五"):
        for header in ("发布时间：2024-03-01 16:05:22　来源：龙泉镇人民政府", "2024-03-01 来源：龙泉镇人民政府"):
            page = [clock] + menu + ["龙泉镇召开春季森林防火工作部署会", header] + body
            assert meta(rules, "\n".join(page)).published == "2024-03-01", (clock, header)
        assert meta(rules, "\n".join([clock] + menu + ["龙泉镇召开春季森林防火工作部署会"] + body)).published == "2024-03-05"


def test_a_font_size_bar_is_no_headline(rules):
    page = ["下一篇", "放大+  缩小-   默认o", "市政府常务会议召开", "研究部署近期重点工作",
            "本报讯 9月25日上午，市政府召开常务会议，调度近期重点工作推进落实情况，研究部署节日期间重点工作。",
            "会议强调，要抓好经济运行，加强分析监测，扎实做好稳增长各项工作。"]
    assert meta(rules, "\n".join(page)).title == "市政府常务会议召开"


def test_the_source_a_copyright_notice_asks_for_is_no_source(rules):
    text = ("江南新闻网讯 今年一季度，全市规模以上工业增加值同比增长6.8%，高于全省平均水平1.2个百分点。\n"
            "版权声明：凡本网注明“来源:江南晚报或江南新闻网”的作品，转载必须注明出处。\n")
    assert meta(rules, text).source == "江南新闻网"


def test_a_breadcrumb_opening_the_core_hides_no_header_line(rules):
    """A breadcrumb reads as prose by its colon and may open the dump's core; the headline and the
    header line under it are still found. A headline may open with its month."""
    top = [f"频道{i}" for i in range(12)] + ["当前位置：统计频道首页 >", "数据 >",
                                            "2025年3月全市CPI同比上涨0.4% 食品价格下降1.9%", "正文",
                                            "本文来源于市统计局　2025-04-12 09:30:00", "打印|"]
    body = ["3月份，全市居民消费价格同比上涨0.4%，其中城市上涨0.5%，农村上涨0.2%；食品价格下降1.9%。",
            "1—3月平均，全市居民消费价格比上年同期上涨0.3%，涨幅比上年全年回落0.2个百分点。"]
    rec = meta(rules, "\n".join(top + body))
    assert rec.title == "2025年3月全市CPI同比上涨0.4% 食品价格下降1.9%"
    assert rec.published == "2025-04-12"


def test_a_columns_name_before_the_headline_keeps_it_a_headline(rules):
    """One bar after a column's short name (书记市长这一周 | …) is a headline's; menus and source bars are not."""
    top = [f"栏目{i}" for i in range(12)] + ["首页 | 新闻 | 政务 | 民生", "一周观察 | 城南新区十二个重点项目集中开工",
                                            "2025-02-14 18:20:05"]
    body = ["2月14日，城南新区举行重点项目集中开工活动，十二个项目总投资86亿元，涵盖先进制造、城市更新等领域。",
            "新区负责人表示，将全力做好要素保障，推动项目早建成、早投产、早见效。"]
    rec = meta(rules, "\n".join(top + body))
    assert rec.title == "一周观察 | 城南新区十二个重点项目集中开工"
    assert rec.published == "2025-02-14"


def test_a_portals_channel_is_an_outlet_on_the_header_line_and_before_xun(rules):
    """新浪科技 after the header line's time (with a comment counter after it), 腾讯财经讯 opening
    the text: a portal's channel names the outlet as a paper's name does."""
    top = [f"栏目{i}" for i in range(12)] + ["某品牌发布新款手机：128GB售3999元 512GB售5999元",
                                            "2025年03月18日10:26 新浪科技 我有话说(326人参与)"]
    body = ["3月18日上午消息，某品牌今日发布新款手机，起售价3999元，较上一代下调200元。",
            "新机搭载自研芯片，续航提升约20%，将于3月22日起陆续发货。"]
    assert meta(rules, "\n".join(top + body)).source == "新浪科技"
    body = ["腾讯财经讯 3月18日上午消息，人民币对美元中间价调升52个基点，报7.1702，创近两个月新高。",
            "市场人士表示，近期美元指数走弱，人民币汇率有望保持基本稳定。"]
    assert meta(rules, "\n".join([f"频道{i}" for i in range(12)] + body)).source == "腾讯财经"


def test_a_dump_that_opens_with_its_text_has_no_headline_from_under_it(rules):
    """No headline stands over the text: the credit, copyright and broken-tail lines under its
    paragraphs read as headlines by their length, but a line under a full stop of the core is none."""
    body = ["5月8日，东湖区召开一季度重点项目推进会，区长陈立新主持会议并讲话，各街道、相关部门负责人参会。",
            "会议听取了污水处理厂扩建、老旧小区改造等12个项目的进展情况，研究了存在问题和下一步措施。"]
    for tail in (["记者:刘小燕", "新媒体编辑:周 航", "新媒体监制:孙建国"],
                 ["东湖日报社版权所有 未经授权禁止转载使用本网内容"],
                 ["陈立新强调,各责任单位要倒排工期、挂图作战,确保项目早开"]):
        assert meta(rules, "\n".join(body + tail)).title == ""


def test_a_dump_finds_its_headline_under_an_english_date_line_opening_the_core(rules):
    """An English date line with its commas reads as prose and opens the core over the headline;
    the headline is looked for among the core's lines before its first full stop too."""
    top = ["首页 |", "时事 |", "财经 |", "2006年12月27日（京港台时间）", "Saturday, September 10th, 2005 10:56 am",
           "东湖区新建5G基站120座 实现重点区域全覆盖"]
    body = ["记者从区工信局获悉，今年以来东湖区新建5G基站120座，累计建成5G基站1560座，实现重点区域全覆盖。",
            "●千兆光网建设提速",
            "下一步，东湖区将加快推进千兆光网建设，力争年底前千兆宽带用户突破10万户。"]
    assert meta(rules, "\n".join(top + body)).title == "东湖区新建5G基站120座 实现重点区域全覆盖"


def test_the_first_heading_of_a_numbered_list_is_no_headline(rules):
    # a dump whose headline is too short to read as one: the body's first numbered heading is no headline either
    text = ("显示\n论拖延(上)\n——当代青年的时间困境\n当今最常见的毛病是什么？答：拖延。\n1.拖延的来龙去脉\n"
            "拖延并不是新问题，古人早就有“明日复明日”的感叹，这一点大家都很熟悉。\n")
    assert meta(rules, text).title == ""
    assert meta(rules, "一、坚持创新驱动发展\n我们要加快建设现代化产业体系，推动经济高质量发展。\n").title == ""
    # a chapter page's own numbered title, and a headline opening with a decimal, stay headlines
    assert meta(rules, "10.新生活与明白旨意的方法\n返目录\n学习目的。\n").title == "10.新生活与明白旨意的方法"
    assert meta(rules, "1.5万人参加城市马拉松赛\n本报讯 昨天上午，1.5万名选手参加了比赛。\n").title == "1.5万人参加城市马拉松赛"


def test_a_box_drawing_bar_of_chapters_and_a_broken_paragraph_line_are_no_headline(rules):
    assert meta(rules, "第一章│第二章│第三章\n文字的发明是早期文明不可或缺的成就，没有它就无法知道历史。\n").title == ""
    text = ("犬儒主义(Cynicism)是个外来词，中文里本来没有现成的对应词汇，通常将\n"
            "它理解为讥诮嘲讽，愤世嫉俗，玩世不恭。这些理解大致不差，不过我们要追溯起源。\n")
    assert meta(rules, text).title == ""


def test_an_outlet_under_a_bare_label_a_wechat_account_and_an_outlets_flash(rules):
    ticker = "河南多家上市公司已复工，多地出台措施支持企业复产复工，涉疫情犯罪被提起公诉\n客户端\n搜索\n"
    text = ticker + "新华网 正文\n武汉的声音：有英勇的你，才有英雄的城！\n2020-02-19 20:29:58\n来源：\n半月谈\n关注新华网\n"
    assert meta(rules, text).source == "半月谈"
    wechat = "绥德：33名退役军人被表彰\n掌上绥德\n掌上绥德\n微信号\nzhangshangSD\n功能介绍\n与您一起关注绥德。\n"
    assert meta(rules, wechat).source == "掌上绥德"
    assert meta(rules, "新京报快讯（记者 张三）今日有网友爆料，某网站数据外泄。\n").source == "新京报"
    assert meta(rules, "拿出10万元投资房产\n2005年03月31日03:18 北京娱乐信报\n小两口尝试以钱生钱。\n").source == "北京娱乐信报"


def test_a_dump_dates_its_article_past_tool_lines_and_from_a_date_and_outlet_line(rules):
    text = ("首页\n新闻\n37岁球王身价过亿，住英国富人区，妻子家世显赫\n播报文章\n语音播报文章，释放双眼\n管不饿\n关注\n"
            "2024-05-08 23:23\n来自甘肃\n斯诺克球王的人生故事何其精彩绝伦！他八岁开始练球。\n相关推荐 2024-05-10 17:46\n")
    rec = meta(rules, text)
    assert rec.published == "2024-05-08" and rec.title.startswith("37岁球王")
    blog = ("我的博客\n谁来为无序拆房“埋单”？\n本报记者 王燕平\n2003-7-24 钱江晚报\n编者按\n"
            "为拆一幢房，断送了三条人命。前天的这场惨剧发生得实在太突然，太震惊了。\n"
            "三条人命啊，就这样从我们眼前骤然消失，随之毁去的还有三个家庭。\n"
            "翻翻今年的报纸，我们已太多次目睹类似的事件，这些事件的起因各不相同。\n"
            "例一：3月2日上午，城北一处旧房拆除时发生倒塌，两名工人受伤。\n"
            "例二：4月15日上午，城西一处民房拆除时墙体突然倒塌，一人死亡。\n"
            "- 作者： 流泉 访问统计：　2005年08月30日, 星期二 13:22\n")
    assert meta(rules, blog).published == "2003-07-24"
    assert meta(rules, "创业环保公告\n上海证券报网络版\n2005.08.2605:39\n本公司董事会保证公告内容的真实。\n").published == "2005-08-26"


def test_an_agency_dateline_names_the_outlet_when_nothing_else_does(rules):
    text = "特稿：三年奋斗的五个字\n新华社北京1月11日电 题：三年奋斗的五个字\n新华社记者\n踏上返乡旅途的人们期盼着团聚。\n"
    assert meta(rules, text).source == "新华社"
    assert meta(rules, "市警巡视跨年晚会周边\n（中央社记者林克伦台北31日电）跨年晚会31日晚间展开。\n").source == "中央社"
    # a stock photo's credit names no outlet, and a photo's day is no publication date
    rec = meta(rules, "寒潮来袭\n资料图：市民在寒冷天气中出行（2020年3月23日摄）。中新社记者 贾天勇 摄\n气象台发布寒潮预警，提醒市民注意保暖。\n")
    assert rec.source == "" and rec.published == ""


def test_a_forums_board_bar_a_lunar_date_and_a_sites_motto_are_no_headline(rules):
    thread = ("论坛首页\n[精华区]\u3000版主：[申请版主]\n摇滚乐里的东方式内敛与现实\n发表于 2005-05-17 10:20\n"
              "这张唱片把东方式的内敛和摇滚的现实揉在一起，听完让人久久不能平静。\n")
    assert meta(rules, thread).title == "摇滚乐里的东方式内敛与现实"
    assert not_title(rules, "农历：甲辰年 四月 廿一") and not_title(rules, "维基百科，自由的百科全书")
    assert not not_title(rules, "农民工工资支付情况专项检查启动")


def not_title(rules, line: str) -> bool:
    from extract.clean.core import not_title_test
    return not_title_test(rules)(line)


def test_a_publication_time_label_is_a_header_line_when_its_date_has_no_year(rules):
    """A self-media page's header: a login bar, the headline, the account's name, then
    发布时间： with a month-day date and no year. The label makes the line the header, and the
    headline over it is the title, not the login bar at the top."""
    top = ["网站首页", "登录王小明_北京", "个人中心帐号设置意见反馈退出",
           "老旧小区加装电梯后，居民出行更方便了！这座城市一年装了三百部", "城市生活观察",
           "发布时间：03-1709:30优质创作者"]
    body = ["记者从市住建局获悉，去年全市老旧小区共加装电梯312部，惠及居民1.2万户，今年计划再加装400部。",
            "住建部门介绍，加装电梯的审批时间已由过去的三个月压缩到二十个工作日。"]
    rec = meta(rules, "\n".join(top + body))
    assert rec.title == "老旧小区加装电梯后，居民出行更方便了！这座城市一年装了三百部"


def test_a_related_articles_list_under_the_text_yields_to_the_articles_own_date(rules):
    """A dump with no date in its header signs its article under the text (某某县发展和改革局 /
    2024年5月9日) and has a list of dated links under that (猜你喜欢 / 标题 2026-02-14): the list
    dates other articles, and its date, repeated, would win the page's most frequent date. With
    no date of its own the page takes the list's (a site's latest articles of the day, this one
    among them); a list page's own list dates it."""
    body = "".join(f"第{n}个项目总投资约{n}亿元,预计年内建成投产,带动就业{n}00人。\n" for n in range(1, 13))
    article = ("首页\n时政\n某某县新材料产业园首批项目开工\n发布时间:\n来源:某某新闻网\n"
               "5月8日上午,某某县新材料产业园首批项目集中开工,共有12个项目,总投资约36亿元。\n" + body +
               "某某县发展和改革局\n2024年5月9日\n猜你喜欢\n"
               "某某县港口吞吐量创新高 2026-02-14\n产业园招商成果丰硕 2026-02-14\n多地项目集中开工 2026-02-12\n")
    assert meta(rules, article).published == "2024-05-09"
    unsigned = article.replace("某某县发展和改革局\n2024年5月9日\n", "")
    assert meta(rules, unsigned).published == "2026-02-14"
    listing = ("某某市人民政府\n工作动态\n某某市召开一季度经济运行分析会 2024-04-12\n"
               "某某市重点项目建设现场推进会召开 2024-04-10\n某某市部署春季农业生产工作 2024-04-10\n")
    assert meta(rules, listing).published != ""


def test_a_headline_set_on_two_lines_or_with_its_subtitle_is_the_title_and_stays_in_the_text(rules):
    """Over a dump's header line a headline may stand on two lines, or with its subtitle under it,
    and the longer line alone may be the subtitle: both lines, joined, are the title, and the
    text keeps both. An outlet's channel name, a tool bar's line, or a label that only repeats the
    headline is no second line."""
    body = ("5月6日,某某市新能源汽车产业链招商推介会在深圳举行,现场签约项目18个,总投资126亿元。\n"
            "推介会上,某某市介绍了新能源汽车产业链的发展规划和扶持政策。\n")
    two = "某某新闻网\n首页\n某某市新能源汽车产业链\n招商推介会在深圳举行 签约项目18个\n2024-05-07 08:30\n来源：某某日报\n" + body
    assert meta(rules, two).title == "某某市新能源汽车产业链 招商推介会在深圳举行 签约项目18个"
    text = process_page(two, source_path="two.txt")["documents"].loc[0, "text"]
    assert text.startswith("某某市新能源汽车产业链\n招商推介会在深圳举行")
    for other in ("某某日报新媒体", "某某电台-财经", "精彩内容随时看", "产业链招商推介会"):
        page = f"某某新闻网\n{other}\n某某市新能源汽车产业链招商推介会在深圳举行\n2024-05-07 08:30\n来源：某某日报\n" + body
        assert meta(rules, page).title == "某某市新能源汽车产业链招商推介会在深圳举行", other


def test_a_feed_of_other_days_dates_no_article_over_it(rules):
    # a dump of an old report with no date of its own, then a site's feed of links of several days
    # (最近更新 / 标题2026-02-10, 标题2026-02-11 …): those days are the other pieces', not the report's
    body = ["首页 | 要闻 | 时政 | 专题", "来源:某某网 | 编辑:张三", "", "某市政府工作报告",
            "各位代表：现在，我代表市人民政府，向大会报告政府工作，请予审议，并请市政协委员提出意见。",
            "过去一年，全市地区生产总值增长6.5%，一般公共预算收入增长5.2%，居民人均可支配收入增长7.1%，"
            "城镇调查失业率控制在5.5%以内，经济运行稳中有进，发展质量持续提升，民生福祉不断增进。",
            "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，"
            "固定资产投资增长7%，社会消费品零售总额增长8%，居民收入增长和经济增长基本同步。",
            "实现上述目标，必须坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，扎实推进高质量发展。", ""]
    feed = ["最近更新", "- 冬季如何养护汽车电瓶2026-02-10", "- 家用投影仪哪个牌子好?2026-02-11",
            "- 笔记本卡顿反应慢怎么解决?2026-02-12"]
    assert meta(rules, "\n".join(body + feed)).published == ""
    # links that share a day (a site's latest articles of the day, this one among them) still date it
    same_day = ["最近更新", "- 冬季如何养护汽车电瓶2026-02-12", "- 家用投影仪哪个牌子好?2026-02-12",
                "- 笔记本卡顿反应慢怎么解决?2026-02-11"]
    assert meta(rules, "\n".join(body + same_day)).published == "2026-02-12"


def test_a_headline_ending_in_a_full_stop_over_the_header_line_is_the_title(rules):
    """A headline may end in a full stop (全县一季度22个项目集中开工。, 告别2024。): right over the header
    line, with no other headline-like line there, one short sentence is the title and stays in the
    text. A paragraph's line over a date (two sentences, a clause and a comma) is none."""
    body = ("4月2日,某某县举行一季度重大项目集中开工活动,22个项目集中开工,总投资46亿元。\n"
            "其中产业项目15个,总投资31亿元;基础设施项目5个,总投资11亿元;民生项目2个,总投资4亿元。\n"
            "县委主要负责同志在开工现场表示,要全力以赴抓项目、稳投资,确保项目早投产、早见效。\n")
    for headline in ("全县一季度22个项目集中开工。", "告别2024。"):
        page = f"首页 > 本地新闻\n{headline}\n2024-04-02 09:30\n" + body
        assert meta(rules, page).title == headline
        assert process_page(page, source_path="p.txt")["documents"].loc[0, "text"].startswith(headline)
    for line in ("4月2日,全县22个项目集中开工。", "项目集中开工。总投资46亿元。"):
        assert meta(rules, f"首页 > 本地新闻\n{line}\n2024-04-02 09:30\n" + body).title != line


def test_a_column_name_said_again_off_the_article_is_no_second_headline_line(rules):
    """A column's name over a headline (对话县委书记 / 某某县：…) is also in the breadcrumb or over
    the column's other pieces linked under the text: not joined into the title, even when the
    article's sentences name the column. A headline's second line that only the article's sentences
    or a related link holding the whole headline say again is still joined."""
    body = ("6月20日,“县域经济调研行·对话县委书记”访谈走进某某县,县委书记介绍了当地新材料产业的发展路径。\n"
            "问:某某县的GDP增速连续两年位居全市第一,支撑来自哪里?\n"
            "答:关键是紧抓项目建设,今年计划实施亿元以上项目80个,其中新材料项目32个。\n")
    column = ("首页 > 专栏 > 对话县委书记\n对话县委书记\n某某县:新材料产业如何“链”起来\n"
              "2024-06-22 作者: 来源: 某某日报\n" + body + "上一篇:对话县委书记|某某区:农业如何再升级\n")
    assert meta(rules, column).title == "某某县:新材料产业如何“链”起来"
    two = ("某某新闻网\n首页\n某某市新能源汽车产业链\n招商推介会在深圳举行\n"
           "2024-05-07 08:30\n来源：某某日报\n5月6日,某某市新能源汽车产业链招商推介会在深圳举行,"
           "现场签约项目18个,总投资126亿元。\n推介会上,某某市介绍了新能源汽车产业链的发展规划和扶持政策,"
           "并与多家企业开展了对接洽谈。\n相关新闻\n某某市新能源汽车产业链招商推介会在深圳举行 2024-05-07\n")
    assert meta(rules, two).title == "某某市新能源汽车产业链 招商推介会在深圳举行"
    copied = two + "打印本页\n某某市新能源汽车产业链\n招商推介会在深圳举行\n2024-05-07 08:30\n"
    assert meta(rules, copied).title == "某某市新能源汽车产业链 招商推介会在深圳举行"


def test_a_list_page_is_titled_by_its_channel_not_by_its_first_link(rules):
    """A channel's page of dated links (标题 2024-05-20, …) with no paragraph of prose: its title is
    the channel's heading over the list, not its first link (its list still dates it). A news page
    with a related list under its prose is no list page."""
    links = ("某某县发改局召开重点项目调度会 2024-05-20\n某某县工信局开展规上企业走访 2024-05-18\n"
             "某某县商务局组织企业参加广交会 2024-05-16\n某某县住建局推进老旧小区改造 2024-05-15\n")
    page = "某某县人民政府\n首页 > 政务公开 > 部门动态\n部门动态\n" + links + "共4条 每页20条 1/1页\n"
    rec = meta(rules, page)
    assert rec.title == "部门动态" and rec.published == "2024-05-20"
    news = ("某某县重点项目建设提速\n2024-05-21 09:00 来源：某某日报\n"
            "今年以来,某某县坚持项目为王,1至4月全县新开工亿元以上项目26个,完成投资48.6亿元,同比增长12.3%。\n"
            "县发改局负责人表示,将持续开展项目调度,确保全年新开工项目80个以上。\n相关新闻\n" + links)
    rec = meta(rules, news)
    assert rec.title == "某某县重点项目建设提速" and rec.published == "2024-05-21"


def test_an_e_papers_masthead_and_its_page_pager_are_no_headline(rules):
    """An e-paper's dump opens with its site's name (某某日报数字报, 某某日报 数字报) and its page's
    pager (上一版 下一版) over the headline: neither is the title."""
    body = ("本报讯(记者 王明 通讯员 李华)今年一季度,某某新区完成工业投资38.6亿元,同比增长31%,增速居全市首位。\n"
            "新区今年谋划实施亿元以上工业项目46个,其中10亿元以上项目12个,计划年内全部开工。\n")
    for masthead in ("某某日报数字报", "某某日报 数字报"):
        page = (f"{masthead}\n2024年04月18日 星期四\n第01版:要闻\n上一版  下一版\n"
                "某某新区一季度工业投资增长31%\n" + body)
        assert meta(rules, page).title == "某某新区一季度工业投资增长31%", masthead
    for line in ("某某日报数字报", "某某日报 数字报", "上一版  下一版", "上一篇 下一篇"):
        assert not_title(rules, line), line


def test_an_epaper_pages_dateline_and_a_masthead_in_capitals_name_the_outlet(rules):
    # an e-paper page: the paper, its date, then the page and its column, on a line of its own
    rec = meta(rules, "河东县12个贫困村全部出列\n河东日报 2020年4月20日 第02版:要闻\n本报讯 去年底，河东县12个贫困村全部出列。\n")
    assert rec.source == "河东日报" and rec.published == "2020-04-20"
    rec = meta(rules, "河東省人大會議昨開幕\n河東日報 2023年1月13日 第A22版:要聞\n河東省人大會議昨日上午開幕。\n")
    assert rec.source in ("河東日報", "河东日报")
    # the masthead, with the paper's name in capitals after it
    rec = meta(rules, "河东日报 HEDONG DAILY\n2021年1月9日 星期六\n\n河东县重大项目集中开工\n本报讯 1月8日，河东县12个重大项目集中开工。\n")
    assert rec.source == "河东日报"
    # a sentence naming a paper, a date and a page is the article's
    rec = meta(rules, "河东县获表彰\n河东日报2020年4月20日第2版刊发了河东县脱贫的报道，引起关注。\n")
    assert rec.source != "河东日报"


def test_a_bulletins_issuer_and_date_line_and_a_portals_provincial_channel(rules):
    rec = meta(rules, "河东县2016年国民经济和社会发展统计公报\n河东县统计局 2017年5月20日\n一、综合\n全年地区生产总值52.9亿元，比上年增长8.1%。\n")
    assert rec.source == "河东县统计局" and rec.published == "2017-05-20"
    rec = meta(rules, "张三任河东市人民政府副市长\n2023-09-30 07:20 凤凰网广东\n9月29日下午，河东市人大常委会召开会议。\n")
    assert rec.source.startswith("凤凰网") and rec.published == "2023-09-30"


def test_an_epaper_pages_pager_and_headline_list_label_are_no_headline(rules):
    text = ("第A22版:要闻 上一版3  4下一版\n本版标题导航\n河东省人大会议昨开幕\n今日日期:\n"
            "河东省人大会议昨开幕\n河东日报 2023年1月13日 第A22版:要闻\n河东省十四届人大一次会议昨日上午开幕。\n")
    assert meta(rules, text).title == "河东省人大会议昨开幕"


def test_a_clause_broken_off_under_the_first_paragraph_is_no_title(rules):
    """A dump with no headline opens with its text: a short line under the first paragraph whose last
    comma's clause breaks off before the next line (…时期，本市 / 基本完成了…。) is a piece of that
    sentence, neither the title nor a heading kept apart from it."""
    page = ("1月10日上午，某某市人大会议开幕，市长向大会作政府工作报告。\n"
            "报告说，过去五年，本市\n"
            "基本完成了规划确定的目标任务，全市生产总值预计达到2860亿元，年均增长6.5%。\n"
            "三年来共新建改建农村公路1860公里，新增城镇就业岗位12.6万个。\n")
    assert meta(rules, page).title != "报告说，过去五年，本市"
    out = process_page(page, source_path="p.txt")["documents"].loc[0, "text"]
    assert "过去五年，本市基本完成了规划确定的目标任务" in out


def test_a_spam_line_injected_over_the_headline_is_no_title(rules):
    """A dump may carry an injected lottery or sign-up link right over its headline: a line the
    boilerplate spam rules drop is never the page's title; the headline under it is."""
    page = ("首页 | 要闻 | 时政 | 专题\n来源:某某网 | 编辑:张三\n\n"
            "彩票平台注册送彩金\n"
            "某某县举行二季度重大项目集中开工活动\n"
            "5月18日,某某县举行2024年二季度重大项目集中开工活动,共开工项目12个,总投资36.5亿元。\n"
            "本次开工项目涵盖先进制造、现代物流、城市更新等领域,其中亿元以上项目9个。\n")
    assert meta(rules, page).title == "某某县举行二季度重大项目集中开工活动"


def test_an_app_outlet_named_with_a_plus_and_a_masthead_serial_number(rules):
    # a provincial paper's app: its name ends in + and stands with the date on the header line
    rec = meta(rules, "河东区一季度集中开工项目30个\n河东+ 2025-02-05\n2月5日，河东区召开高质量发展大会。\n")
    assert rec.source == "河东+" and rec.published == "2025-02-05"
    # a sum in a sentence is no outlet line
    assert meta(rules, "河东区项目开工\n5+ 2025-02-05\n河东区召开大会。\n").source != "5+"
    # an e-paper masthead's serial number line is no headline, with or without the page count
    text = ("河东日报 HEDONG DAILY\n2020年4月30日 星期四 庚子年四月初八\n国内统一连续出版物号 CN11-0099\n\n"
            "河东市120个亿元以上项目签约\n本报讯 4月28日，河东市产业项目签约仪式举行。\n")
    assert meta(rules, text).title == "河东市120个亿元以上项目签约"


def test_a_wechat_header_line_is_no_headline_and_names_its_account_as_the_outlet(rules):
    """A WeChat article copied out opens with its header line: 原创, the author, the account's
    name, the date and time and the region it was posted from. That line is no headline; the
    account is the outlet."""
    text = ("原创 县融媒体中心 某某发布 2024-05-16 19:20 江西\n点击上方蓝字关注我们\n"
            "某某县二季度15个重点项目集中开工\n"
            "5月16日上午,某某县举行二季度重点项目集中开工活动,15个项目总投资48亿元。\n"
            "此次开工项目涵盖新能源、装备制造和城市更新等领域。\n")
    rec = meta(rules, text)
    assert rec.title == "某某县二季度15个重点项目集中开工"
    assert rec.source == "某某发布" and rec.published == "2024-05-16"
    later = text.replace("原创 县融媒体中心 某某发布 2024-05-16 19:20 江西", "某某发布 2024年05月16日 19:20 江西")
    assert meta(rules, later).title == "某某县二季度15个重点项目集中开工"


def test_a_short_row_of_version_and_print_links_is_no_headline(rules):
    """A government press page opens with a row of three or four spaced tool links (簡體版 英文版
    列印 …): fewer items than a menu, but no headline."""
    text = ("簡體版 英文版 寄給朋友 政府新聞網\n運輸及物流局局長出席航運業界午宴致辭\n"
            "以下是運輸及物流局局長今日(三月八日)出席航運業界午宴的致辭全文:\n"
            "各位嘉賓:大家好!香港港口去年處理貨櫃約一千四百萬個標準箱。\n")
    assert meta(rules, text).title == "運輸及物流局局長出席航運業界午宴致辭"


def test_an_e_papers_masthead_with_its_edition_word_names_the_paper_as_the_outlet(rules):
    """An e-paper dump opens with its masthead: the paper's name and 数字报 or 电子版. The paper
    is the outlet."""
    text = ("某某日报数字报\n2024年06月13日 星期四\n第01版:要闻\n某某市前5月工业投资增长18%\n"
            "本报讯(记者 张明)前5个月,全市工业投资同比增长18%,新开工亿元以上项目42个。\n"
            "其中新能源产业投资增长35%,占工业投资的比重提高到三成。\n")
    rec = meta(rules, text)
    assert rec.source == "某某日报" and rec.title == "某某市前5月工业投资增长18%"
    assert meta(rules, text.replace("某某日报数字报", "某某晚报电子版")).source == "某某晚报"


def test_a_first_line_broken_inside_a_lead_in_is_no_headline(rules):
    """A dump with no headline opens with its first paragraph broken inside a word: the first
    line and the next line's first clause make up a sentence's lead-in (记者从…获悉, 据…统计),
    so the first line is no headline, however it reads alone."""
    text = ("记者从县政府召开的2023年经济运行\n分析会上获悉,前三季度全县地区生产总值增长6.8%,规上工业增加值增长9.2%。\n"
            "全县36个重点项目完成投资21.5亿元,占年度计划的87%。\n")
    assert meta(rules, text).title == ""
    stats = ("据市统计局今天发布的初步核\n算,今年前5个月全市社会消费品零售总额增长7.9%,网上零售额增长15%。\n"
             "其中汽车类零售额增长12.4%。\n")
    assert meta(rules, stats).title == ""
    headed = "某某县前三季度经济运行稳中有进\n" + text
    assert meta(rules, headed).title == "某某县前三季度经济运行稳中有进"


def test_an_ai_summary_label_over_the_headline_is_no_headline(rules):
    # a portal's label over its AI-written summary (AI生成 免责声明) stands over the headline
    text = ("AI生成 免责声明\n\n河东省发改委：一季度审批核准项目18个 总投资900亿元\n2024-04-16 河东财经\n"
            "4月16日，河东省发改委召开新闻发布会，一季度共审批核准固定资产投资项目18个，总投资900亿元。\n")
    assert meta(rules, text).title == "河东省发改委：一季度审批核准项目18个 总投资900亿元"


def test_a_city_papers_masthead_a_zones_site_name_and_a_headline_of_months(rules):
    """Round 5 of the seed-like probe: a masthead whose paper ends in 晨报/早报/都市报/商报 names the
    outlet; a zone's committee (某某区管委会) over its site's menu is no headline; a headline opening
    with a span of months (2025年1-10月…) is the title, not a dateline."""
    body = "本报讯 1月14日，某某市政协十五届三次会议开幕。市政协主席张明作常委会工作报告。\n"
    for paper in ("某某晨报", "某某都市报", "某某商报"):
        rec = meta(rules, f"{paper} MOUHOU POST\n2025年1月15日 星期三\n\n市政协十五届三次会议开幕\n" + body)
        assert rec.source == paper, paper
    stats = ("1-10月，全区规上工业增加值增长8.2%，固定资产投资增长5.1%，社会消费品零售总额增长6.0%。\n"
             "分行业看，装备制造业产值增长10.5%，农产品加工业产值下降3.3%。\n")
    page = ("某某示范区管委会\n首页 | 政务公开 | 政务服务 | 互动交流\n当前位置:首页 > 政务公开 > 统计信息\n\n"
            "2025年1-10月示范区经济运行情况\n发布时间:2025-11-20 来源:某某示范区统计局\n" + stats)
    assert meta(rules, page).title == "2025年1-10月示范区经济运行情况"
    page2 = page.replace("2025年1-10月", "2025年1至10月")
    assert meta(rules, page2).title == "2025年1至10月示范区经济运行情况"
    # a date line is still no headline
    assert not_title(rules, "2025年11月20日 星期四")


BODY_LINES = ("记者从河西新区获悉，今年新区共安排重点项目210个，总投资约3860亿元，年度计划投资约620亿元。\n"
              "其中，产业项目118个，年度计划投资310亿元；基础设施项目62个，年度计划投资215亿元。\n")


def test_a_bracketed_lead_in_names_its_paper_or_station_as_the_outlet(rules):
    """A Hong Kong paper's 【…专讯】 or a station's 【…新闻台】 opening the text names the outlet."""
    paper = "河西大学城拨地80公顷 局长：分阶段推出\n2024年6月19日星期三 05:30\n【河西報專訊】政府預留約80公頃土地發展大學城。\n"
    station = "工務小組通過河西隧道前期工程撥款\n【河西新聞台】立法會工務小組委員會通過涉及約38億元的撥款。\n"
    assert meta(rules, paper).source == "河西報"
    assert meta(rules, paper.replace("河西報專訊", "西報專訊")).source == "西報"
    assert meta(rules, paper.replace("河西報專訊", "本报讯")).source == ""
    assert meta(rules, station).source == "河西新聞台"


def test_an_app_pages_byline_line_names_its_outlet(rules):
    """A byline alone on its line: the outlet, maybe a bar, 记者 and the reporter (河西新闻记者 | 张伟,
    河西報／ 記者楊明／即時報導); a sentence that opens with a paper's reporters names none."""
    for byline, outlet in (("河西新闻记者 | 张伟", "河西新闻"), ("河西新闻记者 李明", "河西新闻"),
                           ("河西報／ 記者楊明／即時報導", "河西報")):
        text = f"河西新区今年安排重点项目210个\n{byline}\n2024/04/25 16:08\n{BODY_LINES}"
        assert meta(rules, text).source == outlet, byline
    text = f"河西新区今年安排重点项目210个\n2024/04/25 16:08\n多家新闻记者昨天走访了新区的多个工地，看到一派繁忙景象。\n{BODY_LINES}"
    assert meta(rules, text).source == ""


def test_an_outlet_without_a_suffix_before_its_date_and_time_is_the_outlet(rules):
    """A financial outlet (…财经) or a place and a number (河西01), a space, the date and the time,
    alone on the header line: the outlet."""
    for line, outlet in (("河西财经 2024-05-12 10:22:31", "河西财经"), ("河西01 2024-02-27 18:45", "河西01")):
        rec = meta(rules, f"河西新区一季度工业投资增长19.8%\n{line}\n{BODY_LINES}")
        assert rec.source == outlet and rec.published[:7] in ("2024-05", "2024-02"), line


def test_an_e_papers_masthead_with_a_space_before_its_edition_word_names_the_paper(rules):
    text = f"河西日报 数字报\n2023年04月13日\n第01版：要闻\n我市一季度签约项目总投资逾180亿元\n{BODY_LINES}"
    assert meta(rules, text).source == "河西日报"


def test_a_disclosure_pages_metadata_row_is_no_headline(rules):
    text = ("索引号：002587341/2023-19876  发布机构：河西县发展和改革局  生成日期：2023-07-06\n"
            "主题分类：综合政务  文号：  公开方式：主动公开\n"
            "县发展和改革局2023年上半年工作总结\n" + BODY_LINES)
    rec = meta(rules, text)
    assert rec.title == "县发展和改革局2023年上半年工作总结" and rec.published == "2023-07-06"


def test_a_masthead_of_a_paper_not_named_daily_names_the_outlet(rules):
    # an e-paper masthead in capitals: papers are 新报, 商报, 晨报, 早报… as well as 日报/晚报/时报
    for paper, caps in (("河东新报", "HEDONG NEWS"), ("河东商报", "HEDONG BUSINESS"), ("河东晨报", "HEDONG MORNING POST")):
        rec = meta(rules, f"{paper} {caps}\n2019年12月26日 星期四\n第01版:要闻\n\n河东县治污攻坚取得成效\n"
                          "今年，河东县完成工业企业治理97家，城镇污水处理厂达标排放率99.5%。\n")
        assert rec.source == paper, paper


def test_a_papers_name_in_a_partner_list_at_the_foot_is_no_outlet(rules):
    # a masthead stands over the article; a paper's name alone among the partner links of a
    # site's footer names no outlet of the page
    body = ("4月份，全国居民消费价格同比上涨0.3%，其中城市上涨0.2%，农村上涨0.5%。\n"
            "食品价格同比下降2.7%，非食品价格上涨1.0%；消费品价格下降0.1%，服务价格上涨0.8%。\n"
            "1—4月平均，全国居民消费价格比上年同期上涨0.1%。\n")
    partners = "合作伙伴\n" + "\n".join(["河东财经", "第一财经", "证券日报网", "北京商报", "中国网财经中心", "同花顺"]) + "\n"
    nav = "\n".join(["首页", "宏观", "金融", "产经", "汽车", "科技", "地产"]) + "\n"
    page = nav + "4月份居民消费价格同比上涨0.3%\n" + body + "\n".join(f"相关阅读{i}" for i in range(30)) + "\n" + partners
    assert meta(rules, page).source != "北京商报"
    # the masthead over the article is still the outlet
    assert meta(rules, "北京商报\n4月份居民消费价格同比上涨0.3%\n" + body).source == "北京商报"


def test_a_disclosure_pages_other_fields_are_no_headline_and_no_outlet(rules):
    # a county disclosure page's table: 信息分类, 名称, an empty 信息来源 beside 关键词
    text = ("索引号：002587341/2023-19876 组配分类：通知\n信息分类：通知 发布机构：河西县人民政府办公室\n"
            "废止时间：2025-07-06 名称：河西县人民政府关于印发工作规则的通知\n信息来源： 关键词：\n"
            "河西县人民政府关于印发工作规则的通知\n" + BODY_LINES)
    rec = meta(rules, text)
    assert rec.title == "河西县人民政府关于印发工作规则的通知" and rec.source != "关键词"


def test_bookmark_links_a_glued_byline_a_desk_line_and_a_labelled_date_are_no_headline(rules):
    for furniture in ("设为主页收藏本页", "您好!今天是", "河东在线记者王小明", "本報記者李大同", "台灣 / 綜合報導",
                      "当前报章2023年04月13日", "·河东县一季度重点项目集中开工", "体验更多精彩"):
        rec = meta(rules, f"{furniture}\n{BODY_LINES}")
        assert rec.title != furniture, furniture


def test_an_e_paper_pages_label_names_the_paper_and_is_no_headline(rules):
    rec = meta(rules, f"河东都市报 -A3 要闻-\nA3要闻\n我市一季度签约项目总投资逾180亿元\n{BODY_LINES}")
    assert rec.source == "河东都市报" and rec.title != "河东都市报 -A3 要闻-"


def test_a_government_accounts_header_line_names_the_account(rules):
    rec = meta(rules, f"河东一周|一季度经济开门红\n河东发布 2025-05-05 09:53\n{BODY_LINES}")
    assert rec.source == "河东发布" and rec.published.startswith("2025-05-05")
    assert meta(rules, f"河东县一季度经济开门红\n首次发布 2025-05-05 09:53\n{BODY_LINES}").source != "首次发布"

def test_an_app_page_is_dated_by_its_serialized_state_only_as_a_last_resort():
    # a page rendered from window.__INITIAL_STATE__ prints "昨天" where its date would be; the
    # state's ISO time in UTC is read in Beijing time (16:40Z is the next day), and only when
    # nothing the page prints or its address dates it
    from pathlib import Path

    from extract import process_page
    rules_dir = Path(__file__).resolve().parents[2] / "rules"
    body = ("<html><head><title>某市公交线路调整方案公布</title></head><body><h2>某市公交线路调整方案公布</h2>"
            "<span>昨天</span><div class=summary>记者从市交通运输局获悉，全市将新开公交线路十二条，"
            "调整线路八条，方便市民出行。新线路将于下月起陆续开通运营。</div>"
            "<script>window.__INITIAL_STATE__ = {\"topic\":{\"title\":\"某市公交线路调整方案公布\","
            "\"publishDate\":\"%s\"}};</script></body></html>")
    doc = process_page(body % "2021-03-04T16:40:00.000Z", rules=rules_dir)["documents"].iloc[0]
    assert doc["published"] == "2021-03-05"
    printed = body.replace("<span>昨天</span>", "<span>发布时间：2021-03-01 09:00</span>")
    doc = process_page(printed % "2021-03-04T16:40:00.000Z", rules=rules_dir)["documents"].iloc[0]
    assert doc["published"] == "2021-03-01"

def test_a_taiwan_page_dates_itself_in_the_republic_era(rules):
    # 民國 year + 1911; the government sites' bare three-digit year after a publication label
    text = "縣府補助鄉道改善工程\n發布日期:112-03-08 發布單位:某縣政府\n縣府投入經費辦理鄉道改善工程，縣長前往視察。\n"
    assert meta(rules, text).published == "2023-03-08"
    text = "市府公布年度招商成果\n中華民國113年6月3日 某市政府新聞處\n市府今日公布招商成果，新增投資案百餘件。\n"
    assert meta(rules, text).published == "2024-06-03"
    # a code or a road section is no date (第147-2-3號 has no era label and a dash before it)
    assert meta(rules, "道路拓寬工程動工\n路段編號147-2-3號\n工程今天動工。\n").published != "2058-02-03"


def test_a_self_media_page_is_dated_by_its_itemprop_and_named_by_no_title_suffix_or_handle():
    # a self-media platform's article: the account's handle over a 发布时间 with no year, the
    # full time only in <meta itemprop=dateUpdate>; the handle is no outlet, and neither is a
    # portal's name closing the <title> (measured on the real pages: where a page names its
    # outlet, the title's suffix is that outlet on 19 of 84 pages, so it fills no empty source)
    from pathlib import Path

    import pandas as pd

    from extract import process_page
    rules_dir = Path(__file__).resolve().parents[2] / "rules"
    page = ("<html><head><title>%s</title><meta itemprop=\"dateUpdate\" content=\"2019-10-08 21:05:40\">"
            "</head><body><div class=\"header\"><a href=\"/\">首页</a><a href=\"/login\">登录</a></div>"
            "<div class=\"article-title\"><h2>某县新建三座污水处理厂投入运行</h2></div>"
            "<div class=\"author-txt\"><p class=\"author-name\">青山随手记</p>"
            "<span class=\"date\">发布时间：10-08</span><span class=\"time\">21:05</span></div>"
            "<div class=\"article-content\"><p>记者从县生态环境局了解到，县城东、西、北三座污水处理厂"
            "近日全部投入运行，日处理能力合计达到四万吨。</p><p>三座处理厂建成后，县城污水集中处理率"
            "将由原来的六成提高到九成以上，沿河居民反映多年的异味问题有望得到解决。</p></div>"
            "<div class=\"recent-article\"><h2>作者最新文章</h2><ul><li><a href=\"/a/1\">秋天去哪里看红叶</a>"
            "</li><li><a href=\"/a/2\">一碗面里的家乡味道</a></li><li><a href=\"/a/3\">周末骑行路线推荐</a>"
            "</li></ul></div></body></html>")
    for title in ("某县新建三座污水处理厂投入运行", "某县新建三座污水处理厂投入运行_资讯_某某新闻网"):
        doc = process_page(page % title, rules=rules_dir)["documents"].iloc[0]
        assert doc["title"] == "某县新建三座污水处理厂投入运行"
        assert doc["published"] == "2019-10-08"
        assert pd.isna(doc["source"]) or doc["source"] == ""
        assert "作者最新文章" not in doc["text"] and "投入运行，日处理能力" in doc["text"]


def test_a_taiwan_papers_byline_dateline_and_a_skip_link_are_no_headline(rules):
    for furniture in ("特派記者王大同/北京報導聯合報", "記者李小明／台北7日電", "編譯張三/綜合報導聯合報", "跳至主要內容"):
        rec = meta(rules, f"{furniture}\n{BODY_LINES}")
        assert rec.title != furniture, furniture
    rec = meta(rules, f"記者會後 兩岸交流再起步\n{BODY_LINES}")
    assert rec.title == "記者會後 兩岸交流再起步"


def test_a_paper_joined_to_its_site_by_a_dash_and_a_yuanzi_label_name_the_outlet(rules):
    rec = meta(rules, "东湖县新建两所学校\n河西晚报—河西网讯(记者 林小路)9月1日，东湖县两所新建学校开学。\n")
    assert rec.source == "河西晚报"
    rec = meta(rules, "东湖县新建两所学校\n时间:2021-09-01 10:00作者:佚名源自:县委宣传部 教育局\n东湖县两所新建学校开学。\n")
    assert rec.source == "县委宣传部" and rec.published == "2021-09-01"


def test_a_short_spaced_menu_is_no_title_and_a_glued_time_label_is_no_part_of_the_outlet():
    from extract import process_page
    page = "\n".join(["要闻 政治焦点 国会直播 专题报导", "东湖区启动汛前隐患排查",
                      "来源:东湖区人民政府时间:2024-05-06",
                      "5月6日，东湖区启动汛前隐患排查，组织12个工作组对全区38处易涝点逐一检查。",
                      "排查发现的问题将建立台账，限期整改，确保汛前全部整改到位。"])
    doc = process_page(page, source_path="menu.txt")["documents"].loc[0]
    assert doc["title"] == "东湖区启动汛前隐患排查"
    assert doc["source"] == "东湖区人民政府"
