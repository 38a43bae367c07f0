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


def test_header_field_lines_of_a_news_page_go(rules):
    # a header line of labelled fields (作者/来源/时间/人气), or a date with its 来源, is furniture;
    # a sentence that names a time and a source stays
    text = ("作者：李红　来源：安化新闻网　时间：2023-06-02\n"
            "2019-04-11 来源: 江北发布\n"
            "来源:某某网 作者:某某网 人气:88 发布时间:2021-07-01 10:20:00\n"
            "会议时间：6月1日，来源：县政府办，各单位要按时参加。\n")
    lines = clean(rules, text).text.splitlines()
    assert lines == ["会议时间：6月1日，来源：县政府办，各单位要按时参加。"]


def test_site_footers_and_tool_bars_go(rules):
    text = ("镇里组织干部群众开展春季植树活动，共栽种苗木3000余株。\n"
            "放大+  缩小-   默认o\n【字体：大 中 小】　【打印本页】　【关闭窗口】\n【纠错】\n"
            "上一条：镇里召开防汛工作会议\n"
            "主办单位：某县人民政府办公室　　技术支持：某县大数据中心\n"
            "政府网站标识码：3300000001 浙ICP备05001234号 浙公网安备 33010202000111号\n"
            "今天是：2024年03月05日 星期二\n• 2018/12/28 上午9:27:28 星期五\n"
            "京 ICP 证 012345\n湘公安网备号43010402000111号\n信息网络传播视听节目许可证:0100001\n"
            "违法和不良信息举报电话：0731-8888888（工作时间）\n本文来源：某区融媒体中心\n"
            "免责声明：本站发布的图文仅供参考。\n"
            "凡本网署名文字、图片，版权均属本网所有，未经授权不得转载。\n"
            "该县已完成ICP备案核查工作，关停违规网站12家，整改问题38个。\n")
    lines = clean(rules, text).text.splitlines()
    assert lines == ["镇里组织干部群众开展春季植树活动，共栽种苗木3000余株。",
                     "该县已完成ICP备案核查工作，关停违规网站12家，整改问题38个。"]


def test_a_friendly_links_list_closes_the_page(rules):
    text = "\n".join(["区政府各部门组织干部上街清扫积雪，保障群众出行安全。"] * 4 +
                     ["友情链接:", "中国政府网", "某省人民政府"])
    assert "友情链接" not in clean(rules, text).text and "中国政府网" not in clean(rules, text).text


def test_a_portals_call_to_action_above_the_body_goes(rules):
    # a portal puts a campaign or an app promotion in a quote box over the article: a line with a
    # bracketed click prompt, or one ending in a perk for downloading the app
    body = "江南市统计局今日发布数据，前三季度全市生产总值同比增长5.2%，增速比上半年加快0.3个百分点。"
    promos = ["“年度十大创新企业评选”火热进行中！【点击投票】选出你心目中的行业先锋",
              "【點擊報名】江南馬拉松開跑，名額有限，先到先得",
              "好物抢先免费试用，更有达人分享生活心得，快来江南众测看看吧~！下载客户端还能领取新人红包哦！"]
    rec = clean(rules, "\n".join(promos + [body]))
    assert rec.text.strip() == body
    assert {rule for _, rule, _ in rec.dropped} == {"bp.promo.click", "bp.promo.perk"}
    # an article that tells readers to download an app or click to vote keeps its sentences
    for line in ["市民可下载“江南通”客户端办理社保业务，全年已有120万人次使用。",
                 "活动页面设有“点击投票”按钮，市民投票截至10月31日，共收到选票36万张，投票结果将于11月公布，评选将邀请专家组复核。"]:
        assert clean(rules, line + "\n" + body).text.strip().startswith(line), line


def test_a_font_size_bar_with_bracketed_sizes_or_size_names_goes(rules):
    text = ("略论本市营商环境的新变化\n字号:  [小]  [中]  [大] 打印本页 关闭窗口\n字號:默認 超大 | 打印 |\n"
            "今年以来，本市营商环境持续优化，字号大的老招牌也换了新颜。\n")
    out = clean(rules, text).text
    assert "打印本页" not in out and "超大" not in out
    assert "字号大的老招牌也换了新颜" in out


def test_a_footers_line_of_contact_fields_goes_and_one_field_of_the_article_stays(rules):
    """Under a short article a dump's footer gives its address with a postcode or a phone on
    one line: furniture, which the core would otherwise end on (and read 23层 as a figure). A
    camp's single address line in a travel post, or a sentence naming a phone, is the text's."""
    text = ("县政府召开第十二次常务会议，研究部署秋冬季森林防火和安全生产工作，县长李明主持会议并讲话。\n"
            "营地地址：平溪乡上坪村3号\n"
            "报名请拨打电话：0591-8765432，名额有限。\n"
            "地址：某某县人民路88号 邮编：350100\n"
            "医院地址：某某市滨江路58号　24小时急救电话：0591-88866120\n"
            "单位地址：某某市人民大道6008号办公楼23层　邮编：518034\n")
    rec = clean(rules, text)
    assert "县长李明主持会议" in rec.text and "营地地址" in rec.text and "报名请拨打电话" in rec.text
    assert "邮编" not in rec.text and "急救电话" not in rec.text


def test_a_source_line_with_its_date_and_an_author_line_go(rules):
    """A dump's header puts the outlet and the publication time on one 来源 line (glued or spaced,
    in traditional script too), the outlet in brackets, an author line of names or an empty date
    label: furniture, kept as metadata. A sentence naming its source or its author stays."""
    text = ("來源：湖州日報 2023-09-14 08:20\n"
            "来源：某某晚报2024-05-13 08:49\n"
            "来源：[ 某某网 ]\n"
            "作者：记者 张华 通讯员 李青\n"
            "作者：李华    责编：王峰\n"
            "发布时间：\n"
            "据县统计局介绍，全县粮食总产量15.01万吨，来源：县农业农村局的测产数据。\n"
            "作者：王林是本地人，2019年返乡创业。\n")
    lines = clean(rules, text).text.splitlines()
    assert lines == ["据县统计局介绍，全县粮食总产量15.01万吨，来源：县农业农村局的测产数据。",
                     "作者：王林是本地人，2019年返乡创业。"]


def test_an_outlet_and_date_header_line_goes_with_a_bar_or_a_space(rules):
    """来源 then the outlet, a bar and the date (來源:河東日報 | 2023-03-09 09:07:53), or the outlet,
    a space and the date alone on a line (河东晚报 2024-04-10 07:30): header lines. A sentence
    that opens with a paper's name and a date stays."""
    text = ("來源:河東日報  |  2023-03-09 09:07:53\n"
            "河东晚报 2024-04-10 07:30\n"
            "河东新闻 2024年4月10日\n"
            "河东日报 2024年4月10日报道了港区货运量同比增长21%的消息。\n")
    lines = clean(rules, text).text.splitlines()
    assert lines == ["河东日报 2024年4月10日报道了港区货运量同比增长21%的消息。"]


def test_a_bare_reprint_credit_line_goes(rules):
    text = ("本文转自:河东工人网\n转自：河东财经\n"
            "本文转自河东日报的报道称，全县粮食总产量15.01万吨。\n")
    assert clean(rules, text).text.splitlines() == ["本文转自河东日报的报道称，全县粮食总产量15.01万吨。"]


def test_a_date_header_that_runs_on_into_the_article_keeps_it(rules):
    # a dump with the whole piece on its date header's line: the header goes only when it is furniture alone
    piece = ("日期: 2027-01-06 10:12:30 来源:江城新闻编辑:江城新闻 1月6日，江城市人民代表大会开幕，"
             "市长作政府工作报告。报告显示，预计2026年全市地区生产总值增长5.2%左右。")
    header = "发布日期：2027-01-06 10:12:30 来源：江城新闻 作者：李明"
    kept = clean(rules, "\n".join((piece, header))).text.split("\n")
    assert piece in kept and header not in kept


def test_a_cookie_or_privacy_consent_notice_and_its_button_go(rules):
    """A site's consent notice over a dump (…使用Cookie…继续浏览即表示您同意…, 隱私權政策, 隐私政策提示：…
    点击“同意”即表示…) and its button on a line of its own are the site's, not the article's first
    paragraph; a sentence of an article about a privacy law stays."""
    text = ("本網站使用Cookies以提供更佳的瀏覽體驗，繼續瀏覽即表示您同意本站的隱私權政策。\n"
            "我知道了\n"
            "隐私政策提示：我们将依法收集和使用您的个人信息，点击“同意”即表示您已阅读并同意《隐私政策》。\n"
            "同意  不同意\n"
            "河东市网信办表示，上半年全市共督促整改违规收集个人信息的应用程序12款，用户可拒绝不同意的条款。\n")
    lines = clean(rules, text).text.splitlines()
    assert lines == ["河东市网信办表示，上半年全市共督促整改违规收集个人信息的应用程序12款，用户可拒绝不同意的条款。"]


def test_a_list_pages_pager_goes(rules):
    """A channel page's pager (共6条 每页20条 1/1页, 第1页 共3页 下一页 尾页) counts the list's links:
    furniture, no figure of the text; a sentence that opens with 共 and a count stays."""
    text = ("共6条 每页20条 1/1页\n第1页 共3页 下一页 尾页\n共5条  1/1页\n"
            "共12个项目集中开工，总投资36亿元。\n")
    assert clean(rules, text).text.splitlines() == ["共12个项目集中开工，总投资36亿元。"]


def test_an_epaper_pages_jump_line_credits_and_navigation_labels_go(rules):
    text = ("第A22版:要闻 上一版3  4下一版\n本版标题导航\n今日日期:\n"
            "河东县重大项目集中开工\n本报讯 1月8日，河东县12个重大项目集中开工，总投资58亿元。\n"
            "(下转第二版)\n本版编辑:周敏 校对:张丽\n")
    rec = clean(rules, text)
    for furniture in ("上一版", "本版标题导航", "今日日期", "下转第二版", "本版编辑", "校对"):
        assert furniture not in rec.text
    assert "河东县12个重大项目集中开工，总投资58亿元" in rec.text
    # a sentence that mentions a page of the paper stays
    rec = clean(rules, "详见本报第二版(下转第二版的报道已刊发)。河东县今年新开工项目20个。\n")
    assert "河东县今年新开工项目20个" in rec.text


def test_review_credits_and_view_counter_go_but_a_captions_photo_credit_stays(rules):
    # a county media centre's three-level review credits, an app page's bare view counter and
    # a reprint request go; a photo's caption with its credit is the article's (the human gold
    # of the real pages keeps 本报记者 X 摄 after a caption)
    text = ("河东县重点项目集中开工\n阅读:37221\n3月11日，河东县举行重点项目集中开工活动，县委书记王明宣布开工。开工仪式现场李华摄\n"
            "当天集中开工18个项目，总投资33.4亿元。\n一审:张三\n二审：李四\n三审:王五\n本站原创文章,转载请附上原文链接。\n")
    rec = clean(rules, text)
    for furniture in ("阅读:37221", "一审", "二审", "三审", "转载请附上"):
        assert furniture not in rec.text, furniture
    assert "开工仪式现场李华摄" in rec.text and "总投资33.4亿元" in rec.text
    kept = clean(rules, "一审判决后，被告提出上诉。\n阅读理解能力提升了12%。\n")
    assert "一审判决后" in kept.text and "阅读理解能力" in kept.text


def test_an_ai_summary_label_goes_and_a_sentence_naming_ai_stays(rules):
    rec = clean(rules, "【AI摘要】\n河东县人工智能产业园项目开工，总投资12亿元。\n专家认为，AI生成内容需要标注来源。\n")
    assert "AI摘要" not in rec.text
    assert "河东县人工智能产业园项目开工" in rec.text and "AI生成内容需要标注来源" in rec.text


def test_pipe_separated_credits_of_a_wechat_style_post_go(rules):
    # a post a city's WeChat account wrote and a portal carries ends in credits set off by a bar
    # (编辑|…, 责编丨…, 来源｜…), not the colon of a newspaper's; a sentence naming an editor stays
    text = ("江南港邮轮码头将于11月17日正式开港，可停靠目前世界上最大的邮轮，年通过能力75万人次。\n"
            "码头的编辑部门负责人介绍，航站楼内部装修已经完成。\n"
            "编辑|王小明\n责编丨李文静\n校对｜赵一\n来源|江南发布、江南日报")
    rec = clean(rules, text)
    assert rec.text.endswith("航站楼内部装修已经完成。")
    assert "年通过能力75万人次" in rec.text


def test_a_channels_small_and_large_font_links_go(rules):
    # a portal channel's font links (小字号, 大字号) on their own line under the dateline
    text = ("某某省政府召开常务会议\n2025年03月15日09:20 | 来源:某某日报\n小字号\n大字号\n"
            "本报讯 3月14日，省政府召开常务会议，研究部署大气污染治理等工作，字号老店也在会上受到表扬。\n")
    out = clean(rules, text).text
    assert "小字号" not in out and "大字号" not in out and "研究部署大气污染治理等工作" in out


def test_rights_notices_and_app_prompts_under_an_article_go(rules):
    """An app page's or agency's notices under the article (未经…授权…转载, 侵权必究, 著作权归…所有,
    打开…APP查看原文, a tip line, a picture editor's credit, an ad contact): furniture. A sentence of
    the article on whom a work's copyright belongs to stays."""
    text = ("河西新区今年安排重点项目86个，总投资约1200亿元。\n"
            "未经正式授权严禁转载本文，侵权必究。\n"
            "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。\n"
            "此内容为河西财经原创，著作权归河西财经所有。\n"
            "打开河西新闻APP，查看原文\n"
            "河西新闻报料：0571-96000\n"
            "图片编辑：王丽\n"
            "河西财经广告合作，请点击这里\n"
            "法院认定涉案作品的著作权归原告所有，被告应停止转载。\n")
    lines = clean(rules, text).text.splitlines()
    assert lines == ["河西新区今年安排重点项目86个，总投资约1200亿元。",
                     "法院认定涉案作品的著作权归原告所有，被告应停止转载。"]


def test_an_agencys_editor_credit_closing_the_last_paragraph_goes(rules):
    text = "县府表示，将于今年办理基本设计招标。（編輯：林大同）1130312\n"
    assert clean(rules, text).text.splitlines() == ["县府表示，将于今年办理基本设计招标。"]


def test_tool_words_and_header_date_lines_of_app_and_news_pages_go(rules):
    """A font-size bar by 字体/字级, a 小字号 toggle, a 列印 button, a read-aloud button, a
    date line with its weekday and time, a date glued to its time with the 来源 after it, a blog's
    date in brackets: furniture. A sentence opening with a date and a time stays."""
    text = ("字体： 小 中 大\n字級\n小字号\n列印\n点击播报本文，约\n"
            "2024年6月19日星期三 05:30\n"
            "2024年03月12日08:32 | 来源：河西网－东区频道\n"
            "(2003-05-21 10:17:35)\n"
            "2024年3月12日 8:30，河西大桥正式通车，总投资12亿元。\n")
    assert clean(rules, text).text.splitlines() == ["2024年3月12日 8:30，河西大桥正式通车，总投资12亿元。"]


def test_an_outlet_without_a_suffix_and_its_dated_header_line_go(rules):
    """A financial outlet (…财经) or an outlet named by its place and a number, then the date and
    time alone on a line: the header line. A sentence naming such an outlet stays."""
    text = ("河西财经 2024-05-12 10:22:31\n河西01 2024-02-27 18:45\n"
            "河西财经 2024-05-12发布的报告显示，一季度工业投资增长19.8%。\n")
    assert clean(rules, text).text.splitlines() == ["河西财经 2024-05-12发布的报告显示，一季度工业投资增长19.8%。"]


def test_a_disclosure_pages_metadata_rows_go(rules):
    """A county's 政府信息公开 page puts its table (索引号, 发布机构, 生成日期, 主题分类 …) over the
    document, on one line or a field a line: furniture. A sentence naming an index number stays."""
    text = ("索引号：002587341/2023-19876  发布机构：河西县发展和改革局  生成日期：2023-07-06\n"
            "主题分类：综合政务  文号：  公开方式：主动公开\n"
            "成文日期：\n"
            "今年以来，县发改局聚焦项目建设，上半年36个重点项目完成投资32.6亿元。\n"
            "每份公开文件都有索引号：申请人可按索引号查询。\n")
    assert clean(rules, text).text.splitlines() == [
        "今年以来，县发改局聚焦项目建设，上半年36个重点项目完成投资32.6亿元。",
        "每份公开文件都有索引号：申请人可按索引号查询。"]


def test_forum_and_blog_repost_furniture_goes(rules):
    """A forum thread's counters, its first post's header, edit note and buttons, and a blog's
    repost labels: furniture; a sentence saying where a post was published stays."""
    text = ("查看: 1523|回复: 8\n"
            "楼主 发表于 2022-4-28 10:15 | 只看该作者\n"
            "本帖最后由 河西老李 于 2022-4-28 10:20 编辑\n"
            "回复 支持 反对\n"
            "转载▼\n标签： 交通 投资 分类： 转载\n"
            "原文地址：河西交通建设提速 作者：河西晚报\n"
            "阅读(12) 评论 (0) 收藏(0) 转载(1)\n"
            "该文章发表于2022年4月的河西论坛，引起广泛讨论。\n")
    assert clean(rules, text).text.splitlines() == ["该文章发表于2022年4月的河西论坛，引起广泛讨论。"]


def test_an_epaper_jump_after_a_paragraphs_last_sentence_goes(rules):
    # the jump to another page set after the paragraph's last sentence, not on a line of its own
    rec = clean(rules, "河东县今年清理疏浚河道538公里，13处黑臭水体完成治理。(下转2版)\n(上接1版)\n在净土保卫战中，完成4个试点项目。\n")
    assert "下转2版" not in rec.text and "上接1版" not in rec.text
    assert "13处黑臭水体完成治理。" in rec.text and "完成4个试点项目" in rec.text
    # inside a sentence it stays
    rec = clean(rules, "详见本报第二版(下转第二版的报道已刊发)。河东县今年新开工项目20个。\n")
    assert "下转第二版的报道已刊发" in rec.text


def test_a_sites_service_hotline_under_the_article_goes(rules):
    rec = clean(rules, "河东电厂首台机组投产发电，比合同工期提前2个月。\n服务热线:400-123-4567\n客服热线：0731-88886666\n")
    assert "服务热线" not in rec.text and "客服热线" not in rec.text
    assert "比合同工期提前2个月" in rec.text
    # a sentence giving a hotline is the article's
    rec = clean(rules, "市民可拨打服务热线：12345反映问题，相关部门将在24小时内答复。\n")
    assert "12345反映问题" in rec.text


def test_a_comment_box_notice_under_the_article_goes(rules):
    rec = clean(rules, "城北污水处理厂二期工程完成投资3.2亿元，年底前投入运行。\n"
                       "网友跟帖仅表达其个人看法，并不表明本网同意其观点或证实其描述\n"
                       "读者评论仅代表其个人观点\n")
    assert "跟帖" not in rec.text and "读者评论" not in rec.text
    assert "年底前投入运行" in rec.text
    # a sentence on what residents said stays
    rec = clean(rules, "座谈会上，网友代表就老旧小区改造提出个人看法，相关部门逐一回应。\n")
    assert "提出个人看法" in rec.text


def test_bookmark_bars_markdown_images_ad_labels_and_app_promos_go(rules):
    lines = ["设为首页 加入收藏", "您好！今天是2024年4月2日 星期二", "![](https://img.example.com/a.jpg)", "廣告 廣告",
             "体验更多精彩"]
    body = "河东县今年新建学校3所，新增学位4500个。"
    rec = clean(rules, "\n".join(lines + [body, "广告是本县今年整治的重点之一。"]))
    for furniture in lines:
        assert furniture not in rec.text
    assert body in rec.text and "广告是本县今年整治的重点之一。" in rec.text


def test_a_skip_link_goes_and_a_news_recommendation_heading_closes_the_page(rules):
    # a screen reader's skip link heads government and HK portals' dumps; a 新闻推荐 heading opens
    # the list of other stories under a repost
    body = ["区政府各部门组织干部上街清扫积雪，保障群众出行安全。"] * 4
    text = "\n".join(["跳至主要內容", "跳到搜索"] + body + ["新闻推荐", "某市市长调任省发改委", "据省发改委网站消息，该市市长新职务公布..."])
    assert clean(rules, text).text.splitlines() == body
    kept = "他说，跳到主要内容之前，先看导航。"
    assert kept in clean(rules, "\n".join(body + [kept])).text


def test_a_bare_comment_heading_at_the_end_cuts_the_comments_under_it(rules):
    body = "东湖县今年开工建设学校两所，新增学位1800个，年底前完成主体工程。"
    rec = clean(rules, "\n".join([body, body.replace("东湖", "西湖"), body.replace("东湖", "北湖"), "評論", "網友 林小路：盼早日建成！", "我要評論"]))
    assert "林小路" not in rec.text and "評論" not in rec.text
    assert body in rec.text
    assert ("tail", "bp.comment.box") in {(kind, rule) for kind, rule, _ in rec.dropped}
    # at the top of the page it is a menu word, dropped alone: the article under it stays
    rec = clean(rules, "\n".join(["评论", body, body.replace("东湖", "西湖"), body.replace("东湖", "南湖")]))
    assert "西湖县" in rec.text and "南湖县" in rec.text


def test_a_wechat_account_card_and_an_editor_credit_behind_a_correction_button_go(rules):
    text = ("微信号 xiling_daily\n功能介绍 西岭市融媒体中心官方发布平台\n"
            "西岭至北川城际公交线路将于本月底开通，全程约46公里。\n【我要纠错】 责任编辑：周明\n")
    rec = clean(rules, text)
    assert "全程约46公里" in rec.text
    for furniture in ("xiling_daily", "功能介绍", "我要纠错", "责任编辑"):
        assert furniture not in rec.text


def test_a_font_size_bar_and_a_subscribe_link_go_but_a_sentence_about_subscribing_stays(rules):
    text = ("字体大小:大 中 小\n訂閱電子報\n市民可通过官网订阅电子报，每周一推送本周要闻。\n")
    rec = clean(rules, text)
    assert "市民可通过官网订阅电子报" in rec.text
    assert "字体大小" not in rec.text and "訂閱電子報" not in rec.text


def test_an_age_gate_browser_advice_and_an_image_file_name_go_but_a_report_on_ratings_stays(rules):
    text = ("為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。\n"
            "關閉此視窗 請至Edge官網下載 請至FireFox官網下載\n限制級\n您即將進入之新聞內容 需滿18歲 方可瀏覽。\n"
            "我已年滿18歲進入\n20240611093512.jpg\n"
            "主管機關今天修正網路內容分級辦法，新增兩項限制級標示規定，下月起施行。\n")
    rec = clean(rules, text)
    assert "新增兩項限制級標示規定" in rec.text
    for furniture in ("最佳瀏覽效果", "官網下載", "需滿18歲", "年滿18歲", ".jpg"):
        assert furniture not in rec.text


def test_a_comment_widgets_prompt_and_counter_cut_the_page(rules):
    body = "南湖镇今年新修村道12公里，改造危房86户，年底前全部完工。"
    page = [body, body.replace("南湖", "北湖"), body.replace("南湖", "东湖"),
            "评论一下", "评论 3人参与，2条评论", "网友 周小凡：路修好了！"]
    rec = clean(rules, "\n".join(page))
    assert "周小凡" not in rec.text and "评论" not in rec.text and body in rec.text
    # the counter alone, and an empty box's prompt, also open the box
    for opener in ("12人参与，5条评论", "还没有评论，快来抢沙发吧！", "相关评论"):
        rec = clean(rules, "\n".join(page[:3] + [opener, "网友 周小凡：路修好了！"]))
        assert "周小凡" not in rec.text, opener
    # a sentence that reports a count of comments stays
    kept = "这条短视频发布一周，已有2000人参与讨论，300条评论点赞过万。"
    assert kept in clean(rules, "\n".join(page[:3] + [kept])).text
