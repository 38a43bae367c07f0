"""Repairs on real seed text: mojibake, pinyin glosses, broken lines, repeats."""
from __future__ import annotations

import pytest

from extract import process_page
from extract.clean.lines import drop_repeated_paragraphs, rejoin_broken_lines
from extract.clean.repair import charfreq
from extract.clean.repairs.mojibake import MojibakeRepairer, inverse_s2t
from extract.clean.repairs.pinyin import remove_pinyin_glosses
from extract.clean.script import converter, script_of


@pytest.fixture(scope="module")
def repairer(rules):
    return MojibakeRepairer(freq=charfreq(rules), simplify=converter(rules, "t2s"),
                            inverse=inverse_s2t(converter(rules, "s2t")))


def test_shifted_gbk_run_in_seed_is_repaired(repairer, seed_texts):
    text = seed_texts["000_a7300090206e5273.txt"]
    fixed, n = repairer.repair(text)
    assert n >= 4
    assert "。”湖南省十四屆人大一次會議期間" in fixed
    assert "。“報告提出的目標既是放眼全國爭先進位" in fixed
    assert "?!" not in fixed and "\ue48b" not in fixed


def test_run_damaged_before_traditional_conversion(repairer):
    # the run was made from simplified GBK bytes, then the page was converted to traditional
    damaged = "合新高鐵安斬巍⒑戲飾髡窘ǔ蛇\\營，亳州機場建成通航"
    fixed, n = repairer.repair(damaged)
    assert n == 1 and "合肥西站建成運營，亳州機場" in fixed


def test_ordinary_text_is_left_alone(repairer, seed_texts):
    for name in ("001_09d55d6e01ccd363.txt", "003_aef4f93b7db362a9.txt", "004_1e858b7b18e6f90d.txt"):
        text = seed_texts[name]
        assert repairer.repair(text) == (text, 0)


def test_pinyin_glosses_go_and_brackets_stay(seed_texts):
    text = seed_texts["002_bf1e263cba28f34e.txt"]
    fixed, n = remove_pinyin_glosses(text)
    assert n > 300
    assert "經濟復蘇" in fixed and "(jīng)" not in fixed
    assert "(相關資料圖)" in remove_pinyin_glosses("(相關(guān)資料圖)")[0]
    assert remove_pinyin_glosses("湖南(Hunan)省")[0] == "湖南(Hunan)省"


def test_a_gloss_broken_by_a_paragraph_break_goes_with_the_break():
    # a dump's break fell inside a gloss's brackets (產業(\n\nyè)看): gloss and break go together
    text = "從(cóng)農(nóng)業(\n\nyè)看，糧(liáng)食產量穩定。"
    assert remove_pinyin_glosses(text) == ("從農業看，糧食產量穩定。", 4)
    # a bracket over a break that holds no syllable stays (附件(\n\nxlsx))
    assert remove_pinyin_glosses("詳見附件(\n\nxlsx)")[0] == "詳見附件(\n\nxlsx)"


def test_name_broken_across_columns_is_rejoined(seed_texts):
    lines = [ln.strip() for ln in seed_texts["003_aef4f93b7db362a9.txt"].splitlines()]
    joined, n = rejoin_broken_lines(lines)
    text = "\n".join(joined)
    assert n >= 5
    assert "来到该公司,王卫安一行参观生产车间和成品仓库" in text
    # headlines are not glued to the paragraph after them
    assert "醴陵经开区获省政府真抓实干督查激励" in joined


def test_a_reference_mark_closes_its_line():
    # a wiki paragraph ends with its reference mark, not with 。; the section headings under it stay lines
    lines = ["2021年6月18开设个人YouTube频道，在频道开设的第4天，突破100万人订阅。[5]", "背景", "个人生活",
             "起步区规划面积约198平方公里，其中第四组团及第五组团西部地区为启动区，位于起步区内部[38][41]",
             "金锺国生于普通家庭，父亲是退役职业军人。"]
    assert rejoin_broken_lines(lines) == (lines, 0)
    # without the mark the first line still runs on into the next, as a broken e-paper line does
    assert rejoin_broken_lines(["在频道开设的第4天，突破100万人订阅，开设个人频道", "背景"])[1] == 1


def test_a_clause_broken_after_a_semicolon_is_rejoined():
    # an e-paper column ends inside the next clause of a semicolon list: the line goes on
    lines = ["预计全市地区生产总值增长7.5%左右；地方一般公共", "预算收入860亿元，增长9%；全社会固定资产投资增长10%以上。"]
    assert rejoin_broken_lines(lines)[1] == 1
    # ... even right after the next clause's first character
    lines = ["主要预期目标是：地区生产总值增长6%左右；固定资产投资增长8%左右；社", "会消费品零售总额增长9%左右；进出口总额增长5%。"]
    assert rejoin_broken_lines(lines)[1] == 1
    # a short list of names parted by semicolons (an issue's table of contents) stays a line of its own
    lines = ["王明;李静", "新发展阶段区域协调发展的战略路径与政策取向研究"]
    assert rejoin_broken_lines(lines) == (lines, 0)


def test_a_short_line_breaking_off_a_clause_goes_on_with_the_body_line_after_it():
    # a dump breaks a paragraph right after a comma's next clause began: the short line goes on
    lines = ["一年来，全县干部群众", "认真落实各项决策部署，地区生产总值增长6.1%，一般公共预算收入增长8.3%。"]
    assert rejoin_broken_lines(lines)[1] == 1
    lines = ["会上，市长表示，2024年，本市", "地区生产总值增长5.2%，城乡居民收入稳步增长。"]
    assert rejoin_broken_lines(lines)[1] == 1
    # a line of labelled fields over an abstract is no broken clause
    lines = ["作者: 王某：某某大学经济学院，南京", "摘要: 本文分析了县域物流配送的现状，提出了改进配送服务质量的对策。"]
    assert rejoin_broken_lines(lines) == (lines, 0)
    # two clauses of a sentence's opening (a speaker's verb, then a year) are no subheading
    lines = ["市长指出，二○二四年本市", "经济运行稳中有进，全市生产总值增长百分之五点二。"]
    assert rejoin_broken_lines(lines)[1] == 1
    # a numbered heading with a comma, or a short line before another short one, stays a line of its own
    lines = ["（一）坚持创新驱动，加快产业升级", "全年高新技术产业增加值增长12%，占规上工业比重提高到41%。"]
    assert rejoin_broken_lines(lines) == (lines, 0)
    lines = ["稳字当头，进中提质", "顺利完成全年目标任务"]
    assert rejoin_broken_lines(lines) == (lines, 0)
    # a subheading of two phrases over its section's first paragraph stays a line of its own
    lines = ["稳住外贸基本盘，新动能加速释放", "前5个月，全省货物进出口总额增长6.2%，其中出口增长8.1%。"]
    assert rejoin_broken_lines(lines) == (lines, 0)


def test_a_figure_or_a_per_mille_broken_over_lines_is_rejoined():
    # a short line breaking a figure after its first digits, or before its ‰ sign, goes on
    lines = ["年末全县常住人口为21.4万人。全年出生人口为1", "265人，死亡人口为1873人，人口自然增长率为-2.84‰。"]
    assert rejoin_broken_lines(lines) == (["年末全县常住人口为21.4万人。全年出生人口为1265人，死亡人口为1873人，人口自然增长率为-2.84‰。"], 1)
    assert rejoin_broken_lines(["城镇登记失业率3.1%；人口自然增长率4.6", "‰；居民消费价格上涨1.9%。"])[1] == 1
    # a numbered item after a line ending in a figure starts a new line
    lines = ["全年完成主要任务有如下2", "3、新建改建农村公路126公里，完成投资3.2亿元。"]
    assert rejoin_broken_lines(lines) == (lines, 0)


def test_a_short_line_stopping_inside_a_word_goes_on_with_the_body_line_after_it(rules):
    # 国民 / 经济: the word runs across the break, the line under it is a body line
    from extract.clean.lines import WordBreak
    from extract.segment.tokens import tokenizer
    wb = WordBreak(tokenizer(rules).FREQ, 100, converter(rules, "t2s"))
    lines = ["从县政府新闻发布会上了解到国民", "经济运行总体平稳，全县生产总值增长5.8%，固定资产投资增长7.2%。"]
    assert rejoin_broken_lines(lines, word_break=wb)[1] == 1
    # a short heading over a body line whose first word does not run across the break stays apart
    lines = ["全县经济运行情况", "全县生产总值增长5.8%，固定资产投资增长7.2%。"]
    assert rejoin_broken_lines(lines, word_break=wb) == (lines, 0)


def test_a_date_stamp_ending_in_its_clock_time_is_not_continued():
    # a page's update bar (date, zone label, time) over the first caption or paragraph is its own line
    lines = ["更新时间 2019年3月5日, 格林尼治标准时间08:30", "江南省长在会上回答了议员的提问，并就预算问题作出说明。",
             "发布日期：2021-06-01 09:15", "记者从市发改委获悉，全市今年安排重点项目120个，总投资约900亿元。"]
    assert rejoin_broken_lines(lines) == (lines, 0)
    # a broken sentence that only mentions a time still runs on
    assert rejoin_broken_lines(["2021年6月1日上午，会议在市政府召开，开幕时间为09:30", "会议由副市长主持。"])[1] == 1


def test_a_bracketed_abstract_closes_its_line():
    # a portal's [摘要：…] line and a reference range [3-4] end their lines; the label line under
    # the abstract is not glued to it, nor the first paragraph to the label
    lines = ["[摘要：前不久，由于业绩不佳，移动业务总裁卸任，华为却稳住了阵脚，还发动了凶猛的反攻]",
             "原标题：[亦观察]No.555 任正非的四把榔头",
             "6月18日，笔者参加了京东618的手机战况发布会，结果让人吃惊。",
             "2024年5月9日，高新区正式揭牌启动，标志着管委会组织机构正式运行。 [3-4]",
             "高新区管委会"]
    assert rejoin_broken_lines(lines) == (lines, 0)


def test_a_photo_credit_closes_its_caption():
    # a caption ends with its photographer's credit, not with 。; the paragraph under it is its own line
    lines = ["3月2日，在市中心医院，康复患者在献血浆时拍照留念。新华社记者 王明 摄",
             "那些反复出现的传言，也让人疲于招架，每天的消息都牵动着人心。"]
    assert rejoin_broken_lines(lines) == (lines, 0)
    # a line broken after a verb ending in 摄 still runs on
    assert rejoin_broken_lines(["记者昨天在现场看到，几位摄影师和工作人员正忙着拍摄", "新落成的展馆外景。"])[1] == 1


def test_headings_are_not_joined_either_way(rules):
    # seed 002: a kicker line broken at —— and the headline under it; an HTML page's <h3> the same
    lines = ["一年春作首,万事干为先。株洲抢抓“窗口期”,加速经济复苏——", "制造名城按下发展“快进键”", "(相关资料图)"]
    assert rejoin_broken_lines(lines)[1] == 1
    assert rejoin_broken_lines(lines, headings=frozenset({"制造名城按下发展“快进键”"})) == (lines, 0)
    html = ("<html><head><title>雄安高新区_雄安新区</title></head><body><div><h1>雄安高新区</h1><p>2024年5月9日，雄安高新区正式揭牌启动，标志着管委会组织机构正式运行，雄安新区高新技术产业开发区"
            "</p><h3>机构设置</h3><p>雄安高新技术产业开发区管委会内设机构，负责园区规划、建设和管理，设综合办公室、"
            "经济发展局等部门，统筹推进园区各项工作。</p></div></body></html>")
    out = process_page(html)["documents"].text[0].split("\n")
    assert "机构设置" in out


def test_repeated_layout_fragment_is_dropped(seed_texts):
    lines = [ln.strip() for ln in seed_texts["001_09d55d6e01ccd363.txt"].splitlines() if ln.strip()]
    kept, n = drop_repeated_paragraphs(lines)
    text = "\n".join(kept)
    assert n == 2
    assert text.count("奋力谱写现代化新株洲壮美篇章") == 1
    assert text.count("打造更具现代气息的“神农福地”") == 1


def test_script_detection(rules, seed_texts):
    t2s = converter(rules, "t2s")
    for name, expected in (("000_a7300090206e5273.txt", "traditional"), ("004_1e858b7b18e6f90d.txt", "simplified")):
        text = seed_texts[name]
        assert script_of(text, t2s(text)) == expected
    assert t2s("六是著力打造") == "六是着力打造"


def test_the_preposition_yu_is_simplified_before_a_name_like_phrase(rules):
    # OpenCC keeps the surname 於 in 於單 (a historical name), so 用於單個 came out 用於单个
    t2s = converter(rules, "t2s")
    assert t2s("可直接審批或出讓用於單個現代化海洋牧場項目") == "可直接审批或出让用于单个现代化海洋牧场项目"
    assert t2s("位於單縣") == "位于单县"
    assert t2s("於單") == "於单"   # the name itself is left as OpenCC gives it


def test_chinese_followed_by_latin_words_is_not_a_shifted_run(repairer):
    # link titles on real pages: Chinese then a Latin word; a trail byte never stands before more letters
    for text in ("后宫甄嬛传tx 下载", "朴妮唛ed", "张筱yu说", "北京｜IC卡", "万元GDP增长"):
        assert repairer.repair(text) == (text, 0)


def test_lost_character_is_the_one_the_page_writes_elsewhere(rules):
    # a run shifted out of step lost 陶's lead byte; 陶寺 stands intact earlier on the page
    from extract.segment.tokens import tokenizer

    fixer = MojibakeRepairer(freq=charfreq(rules), simplify=converter(rules, "t2s"),
                             inverse=inverse_s2t(converter(rules, "s2t")), words=tokenizer(rules).FREQ)
    run = "做好賬隆⒍〈宓冗z蹟考古和文化研究。"
    assert fixer.repair("陶寺國家考古遺址公園正式掛牌。" + run)[0].endswith("做好陶寺、丁村等遺蹟考古和文化研究。")
    # alone, the run is still re-aligned (the lost character is a best guess from the dictionary)
    fixed, n = fixer.repair(run)
    assert n == 1 and fixed.startswith("做好") and fixed.endswith("寺、丁村等遺蹟考古和文化研究。")



def _shifted(before: str, run: str, after: str) -> str:
    """``run`` encoded in GBK, its first byte lost, decoded out of step between ``before`` and ``after``."""
    return before + run.encode("gbk")[1:].decode("gbk", errors="replace") + after


@pytest.mark.parametrize("before, run, after", [
    ("航運服務、創意設", "計、商務文旅等產", "業功能充實提升"),
    ("深化高質量項目推進年活動，充分發揮", "項目建設對促進投資增長", "、優化產業結構"),
    ("加快推進重大工程", "項目建設，確保如期完成年度", "目標任務"),
])
def test_a_lost_traditional_character_is_restored_from_its_simplified_word(rules, before, run, after):
    # the page was in traditional script when its bytes slipped: the lost first character is
    # 計 or 項, which make words (设计, 项目) only once simplified
    from extract.segment.tokens import tokenizer

    fixer = MojibakeRepairer(freq=charfreq(rules), simplify=converter(rules, "t2s"),
                             inverse=inverse_s2t(converter(rules, "s2t")), words=tokenizer(rules).FREQ)
    assert fixer.repair(_shifted(before, run, after)) == (before + run + after, 1)


def test_a_glossed_page_loses_its_toneless_glosses_too():
    # a page glossed with tone marks drops the marks on some syllables (東(dong)), and may put a
    # space after a gloss; a bracketed word that is no syllable stays, and so does a toneless
    # syllable on a page without toned glosses
    glossed = "西安東(dong) 站建設(shè)加快，經(jīng)濟(jì)發(fā)展。蘋果(apple)手機。"
    assert remove_pinyin_glosses(glossed)[0] == "西安東站建設加快，經濟發展。蘋果(apple)手機。"
    plain = "西安東(dong) 站建設加快。"
    assert remove_pinyin_glosses(plain)[0] == plain


def test_spaced_out_figures_are_closed_up():
    from extract.clean.repairs.numbers import close_up_numbers
    text, n = close_up_numbers("后者出资3 900万元，总投资12 345 678元，第 8.6 代柔性显示生产线，共 12 个项目。")
    assert text == "后者出资3900万元，总投资12345678元，第8.6代柔性显示生产线，共12个项目。" and n == 4
    # a year before a count, a time before an outlet, a date line's parts stay apart
    kept = "2024 300家企业参会。2019-09-26 10:56:28 证券时报网\n电话 0731 123"
    assert close_up_numbers(kept)[0] == kept


@pytest.fixture(scope="module")
def word_fixer(rules):
    from extract.segment.tokens import tokenizer

    return MojibakeRepairer(freq=charfreq(rules), simplify=converter(rules, "t2s"),
                            inverse=inverse_s2t(converter(rules, "s2t")), words=tokenizer(rules).FREQ)


@pytest.mark.parametrize("before, run, after", [
    ("全縣規模以上工業", "增加值增長", "6.5%左右，"),
    ("全年城鎮", "新增就業", "5.2萬人。"),
    ("數字經濟核心產業", "增加值佔比重達", "12%。"),
])
def test_a_run_that_ends_just_before_a_figure_is_repaired(word_fixer, before, run, after):
    # 長 業 達 end in an ASCII trail byte (L I _): the run comes back in step there, and in a report
    # the figure follows at once (增長6.5%)
    assert word_fixer.repair(_shifted(before, run, after)) == (before + run + after, 1)


def test_latin_letter_and_digits_after_chinese_are_not_a_run_end(word_fixer):
    for text in ("支持L4級自動駕駛汽車", "國產C919大飛機交付", "建成5G基站1.2萬個"):
        assert word_fixer.repair(text) == (text, 0)


@pytest.mark.parametrize("before, run, after", [
    ("加大財政、稅收投入", "、金融支持和產業", "基金保障。"),
    ("各項工作穩步推進", "。我們推動產業", "轉型升級。"),
    ("二、今年工作安排\n（一", "）堅定不移推進高質量發", "展。"),
])
def test_a_lost_mark_is_restored(word_fixer, before, run, after):
    # the shifted run lost the lead byte of a mark (、 。 ）): the mark the page writes, or the bracket
    # its heading still owes, comes back, not a character that merely ends in the same byte
    assert word_fixer.repair(_shifted(before, run, after)) == (before + run + after, 1)


@pytest.mark.parametrize("lines, joined", [
    (["全年社会消费品零售总额增长4", "%左右，进出口总额增长6%左右。"], "全年社会消费品零售总额增长4%左右，进出口总额增长6%左右。"),
    (["事故起数同比下降12.04%、11", ".56%。"], "事故起数同比下降12.04%、11.56%。"),
    (["坚持以新发展理念为指导", "，深入推进县域经济高质量发展。"], "坚持以新发展理念为指导，深入推进县域经济高质量发展。"),
    (["稳步推进老旧小区改造", "；加快城市更新。"], "稳步推进老旧小区改造；加快城市更新。"),
])
def test_a_line_opening_inside_a_sentence_goes_on_with_the_line_before(lines, joined):
    # a dump broke the paragraph where no line can begin (before % or a figure's decimals, before
    # a comma or semicolon): the line before is joined however short it is and whether or not it
    # holds a comma
    assert rejoin_broken_lines(lines) == ([joined], 1)


@pytest.mark.parametrize("lines", [
    ["（本报记者 李明）1月12日上午，某某省", "第十四届人民代表大会第三次会议在省会开幕，省长作政府工作报告。"],
    ["（本報記者 李明）1月12日上午，某某省", "第十四屆人民代表大會第三次會議在省會開幕，省長作政府工作報告。"],
])
def test_a_line_opening_with_an_ordinal_of_a_session_goes_on_the_sentence(lines):
    # 第十四届 (屆) counts a congress's terms: it opens no numbered block as 第一、 does
    assert rejoin_broken_lines(lines) == (["".join(lines)], 1)


def test_a_numbered_block_opening_with_an_ordinal_stays_apart():
    lines = ["各位代表，过去一年我们主要做了以下工作，", "第一，坚持稳中求进，经济运行回升向好。"]
    assert rejoin_broken_lines(lines) == (lines, 0)
    # 第一次… opens a paragraph of its own after a line a page number ends (…注视着这边。98)
    lines = ["夜深了，窗外的雨还在下，他站在门口向里面望着这边。98", "第一次来到这座老宅时的情景，又浮现在他的眼前。"]
    assert rejoin_broken_lines(lines) == (lines, 0)


def test_a_heading_is_not_joined_to_a_line_opening_with_a_figure():
    lines = ["三、2026年重点工作", "2026年是“十五五”开局之年。", "一是稳增长", "5项举措全面落地。"]
    assert rejoin_broken_lines(lines) == (lines, 0)


@pytest.fixture(scope="module")
def word_break(rules):
    from extract.clean.lines import WordBreak
    from extract.segment.tokens import tokenizer

    return WordBreak(tokenizer(rules).FREQ, int(rules.setting("lines.rejoin_word_freq", 100)), converter(rules, "t2s"))


@pytest.mark.parametrize("lines", [
    ["要把盘活闲置资产作为重点抓、长期抓的关键举", "措。年内完成清理处置任务，提高资产使用效率。"],
    ["推动循環經濟、節能環保、生物醫藥等新興產", "業，做強做優裝備製造、新材料等產業鏈條。"],
    # no mark in the first line (a paragraph broken a few words in): the next one opens with the
    # word's tail and a mark, as no paragraph does
    ["多措并举增强民间投资活", "力。落实促进民间投资的政策措施，推出一批优质项目。"],
    # no mark in a long first line (a clause with no comma of its own broken inside a word): the
    # next line is body text, with a sentence's marks
    ["市长在市十七届人大三次会议上所作的报告提出了今年全市经济社", "会发展的主要预期目标：地区生产总值增长6%左右，城镇新增就业5万人。"],
    ["全省首座零碳智慧港口集装箱码头项目一期工程正", "式投入运营，年设计吞吐能力达到120万标准箱。"],
])
def test_a_line_stopping_inside_a_word_goes_on_with_the_next(lines, word_break):
    # a short first line with no comma (举 / 措。, 產 / 業，): it holds a sentence's mark and the
    # word across the break (举措, 产业, read simplified) is one jieba knows
    assert rejoin_broken_lines(lines, word_break=word_break) == (["".join(lines)], 1)


@pytest.mark.parametrize("lines", [
    ["三、2026年重点工作", "今年是“十五五”规划的开局之年，做好政府工作意义重大。"],
    ["各位代表：", "现在，我代表市人民政府向大会报告工作，请予审议。"],
    ["（二）增强发展活力", "同时，深化重点领域改革，激发各类经营主体活力。"],
    ["会议由市人大常委会主任主持、市委书记出席会议并讲话", "市长在会上作政府工作报告，全面回顾过去一年工作。"],
    # a long headline with no mark over a body line: no word runs across (建设 / 全市)
    ["全市重大项目集中开工暨招商引资签约仪式推动产业建设", "全市共有86个项目集中开工，总投资约520亿元。"],
])
def test_lines_that_end_between_words_stay_apart(lines, word_break):
    # a heading, a salutation, or a line ending on a whole word (讲话 / 市长): no word runs across
    assert rejoin_broken_lines(lines, word_break=word_break) == (lines, 0)


def test_a_lost_character_is_not_taken_for_a_mark_that_merely_opens_before_the_next(word_fixer):
    # 及 and “ share their trail byte; the page writes “ before 人 (“人工智能+”), but a mark opens
    # before any character, so that pair says nothing and 涉及 stands
    page = "推进“人工智能+”行动。加大查处力度，案件數、涉" + "及人員".encode("gbk")[1:].decode("gbk") + "數量下降。"
    fixed, n = word_fixer.repair(page)
    assert n == 1 and "案件數、涉及人員數量下降。" in fixed


def test_a_decimal_point_spaced_off_its_digits_is_closed_up_before_a_unit():
    from extract.clean.repairs.numbers import close_up_numbers

    assert close_up_numbers("全市经济增长6 . 5%左右")[0] == "全市经济增长6.5%左右"
    assert close_up_numbers("实现地区生产总值6835. 27億元")[0] == "实现地区生产总值6835.27億元"
    # a list's number and the year after it, a caption's number: no unit follows, nothing changes
    for text in ("1. 2019年工作回顾", "图1. 5G基站建设现场"):
        assert close_up_numbers(text) == (text, 0)


def test_no_line_is_joined_across_a_change_of_script():
    """An English feed item with a comma and no full stop does not go on into the Chinese headline
    under it, nor a Chinese line into an English one; a Chinese sentence naming someone in Latin
    letters still joins its broken half."""
    lines = ["Stocks slip as investors weigh the latest inflation data, and bond yields climb",
             "河东县一季度重点项目集中开工", "4月1日，河东县举行重点项目集中开工活动，38个项目集中开工，总投资",
             "126亿元。"]
    assert rejoin_broken_lines(lines) == ([lines[0], lines[1], lines[2] + lines[3]], 1)
    broken = ["苹果公司首席执行官库克（Tim Cook）在发布会上表示，新产品将", "于9月在全球上市。"]
    assert rejoin_broken_lines(broken)[1] == 1


def test_a_sentence_broken_after_an_inner_mark_or_stop_is_rejoined():
    # a dump broke paragraphs inside sentences: after 、, after a short run-on line holding a full stop,
    # before a figure's decimals (0.8% is no numbered item 0.), before the close of a bracket
    lines = ["全县基金预算收入12.6亿元、", "增长3.4%。",
             "——发展活力更足。城西新区成为", "省级高新技术产业开发区，全年新增规上工业企业12家。",
             "农村居民人均可支配收入18600元，增长", "8.2%，城镇登记失业率控制在4%以内。",
             "债务转贷收入8.6亿元（其中新增债券2.1亿元，再融资债券6.5亿元", "）、调入资金3.3亿元。"]
    joined, n = rejoin_broken_lines(lines)
    assert n == 4
    assert "全县基金预算收入12.6亿元、增长3.4%。" in joined
    assert "——发展活力更足。城西新区成为省级高新技术产业开发区，全年新增规上工业企业12家。" in joined
    assert "农村居民人均可支配收入18600元，增长8.2%，城镇登记失业率控制在4%以内。" in joined
    assert "再融资债券6.5亿元）、调入资金3.3亿元。" in joined[-1]


def test_a_caption_credit_and_a_salutation_stay_lines():
    # a photo caption whose credit has no space before 摄, and the salutation under it, are lines of their own;
    # a numbered item still opens its own line
    lines = ["1月12日，县十九届人大三次会议开幕。本报记者李文摄", "各位代表：",
             "现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员提出意见。",
             "过去一年，全县上下团结奋斗，完成了以下工作：", "1.经济运行稳中有进。"]
    assert rejoin_broken_lines(lines) == (lines, 0)


def _shifted_at(text: str, at: str) -> str:
    """``text`` with a GBK run decoded one byte out of step from the character ``at`` starts with
    (its first byte lost), as a scraper that started reading mid-character gives it."""
    i = text.index(at)
    return text[:i] + text[i:].encode("gbk")[1:].decode("gbk", errors="replace")


@pytest.fixture(scope="module")
def page_repairer(rules):
    """The repairer as the pipeline builds it: with jieba's words, report phrases and lost-character cues."""
    from extract.clean.repair import Repair
    return Repair(rules).mojibake


def test_a_lost_character_is_not_vouched_for_by_the_damaged_run_itself(page_repairer):
    # 動 lost its lead byte; its trail byte and 用's lead make 佑, so the page "writes" 、佑 only in the run
    text = "全縣一般公共預算收入12.3億元，加上上級補助收入8.6億元、動用預算穩定調節基金1.2億元後，收入總量為22.1億元。"
    damaged = _shifted_at(text, "動用")
    assert "、佑" in damaged
    assert page_repairer.repair(damaged) == (text, 1)


def test_a_dates_day_lost_before_a_run_is_put_back(page_repairer):
    # 2月2|日在… : the date's 日 (not 幷, which segments as well with 在) is certain after 月 and its day
    text = "——2025年1月14日在城南縣第十九屆人民代表大會第三次會議上"
    fixed, n = page_repairer.repair(_shifted_at(text, "日在"))
    assert n == 1 and fixed == text


def test_a_reports_set_phrase_decides_a_lost_character(page_repairer):
    # 請予審議 is no word of jieba's; as a phrase of reports it puts back 請 (not 張) and 予 (not 设)
    text = "現在，我代表縣人民政府向大會報告工作，請予審議，並請各位政協委員和其他列席人員提出意見。"
    for at in ("請予", "予審"):
        assert page_repairer.repair(_shifted_at(text, at)) == (text, 1)


def test_the_words_a_lost_character_makes_run_on_past_the_run(page_repairer):
    # a two-character run (再融 -> 偃谫Y) gives back only 融資; 再融資債券 runs on into 債券 after the run's end,
    # and outweighs 促, which the page writes after a comma elsewhere (，促進)
    text = "全年新增債券8.2億元，促進有效投資；債務轉貸收入中，再融資債券16.4億元。"
    assert page_repairer.repair(_shifted_at(text, "再融")) == (text, 1)


def test_a_year_broken_over_lines_is_rejoined():
    # a dump breaks a line inside a year: the year and the goals it dates read as one sentence again
    lines = ["代省长在省人代会上所作的《政府工作报告》明确了20",
             "27年全市经济社会发展的预期目标：生产总值增长6%左右。"]
    assert rejoin_broken_lines(lines) == (["".join(lines)], 1)
    assert rejoin_broken_lines(["市长作政府工作报告。2", "031年，全市经济总体平稳。"])[1] == 1
    # a count or a time on its own line is no year's first digits, and two pieces make no longer year
    for lines in (["来源：江城日报 | 编辑：周敏 | 浏览量:7636", "2027年江城市政府工作报告"],
                  ["发布时间：2027-01-28 08:43:10", "2027年，是全面实施规划的关键一年。"],
                  ["全市共有乡镇12", "3年来累计建成道路500公里。"]):
        assert rejoin_broken_lines(lines) == (lines, 0)


@pytest.mark.parametrize("text, at", [
    ("全區規模以上工業增加值增長7.8%，服務業增加值增長6.5%。", "加值增長7"),
    ("全縣第一產業增加值增長3.2%，第二產業增加值增長8.1%。", "加值增長3"),
    ("全年研發經費投入增長15%以上，高新技術企業達到120家。", "投入增長"),
])
def test_a_run_whose_first_shifted_character_is_a_common_one_is_not_read_one_late(page_repairer, text, at):
    # 加值增長 slips to 又翟鲩L: its first shifted character 又 is an ordinary one, and a repair from 翟
    # (a lost 业 put back before 增長) gains more; read with its neighbours, 增加值增長 beats 增又业增長
    assert page_repairer.repair(_shifted_at(text, at)) == (text, 1)


@pytest.mark.parametrize("text, at", [
    ("全市固定資產投資增長6.3%，其中房地產開發投資下降4.1%。", "房地產"),
    ("目前全縣90%以上的鄉鎮建成綜合文化站。", "上的鄉"),
    ("縣長在報告中說，今年要辦好十件民生實事。", "告中說"),
])
def test_a_short_run_after_ordinary_characters_is_looked_at(page_repairer, text, at):
    # a two-character run (康禺a, 系泥l) follows ordinary text (其中, 以): the four characters before its end
    # average as ordinary, but its last one is rare, which alone marks a possible run end
    assert page_repairer.repair(_shifted_at(text, at)) == (text, 1)


def test_a_latin_letter_after_ordinary_characters_is_left_alone(page_repairer):
    for text in ("今年A股市場回暖，B超檢查納入醫保。", "推廣使用T恤和X光機等產品。", "維生素C含量較高。"):
        assert page_repairer.repair(text) == (text, 0)


@pytest.mark.parametrize("text, at", [
    ("全縣蔬菜種植面積12萬畝，蔬菜產量增長6%。", "蔬菜產量增"),
    ("全年居民消費價格指數漲幅控制在3%左右。", "指數漲幅"),
])
def test_a_run_short_of_the_gain_is_kept_when_its_lost_character_makes_it_read(page_repairer, text, at):
    # 卟水a (菜產) gains too little on its own, 水 being a common character; with its lost 蔬 put back,
    # 蔬菜產量 reads far better with its neighbours than 卟水a量 does
    assert page_repairer.repair(_shifted_at(text, at)) == (text, 1)


def test_a_name_broken_right_after_its_office_is_rejoined():
    # an e-paper column ends on the office and the name's first character, after a quote with no comma
    lines = ["“签约项目符合全市主导产业发展方向。”河东市商务局局长、口岸办主任李", "振江说。", "截至3月底，河东市在谈项目129个。"]
    joined, n = rejoin_broken_lines(lines)
    assert joined[0].endswith("口岸办主任李振江说。") and n == 1
    # a short heading after an office line, or a new sentence, is not joined
    lines = ["出席会议的有县委书记张明。", "会议强调，要抓好项目建设。"]
    assert rejoin_broken_lines(lines) == (lines, 0)


def test_a_digest_list_without_punctuation_keeps_one_item_a_line():
    # each item an indicator and its figure, closed by the figure: no sentence broke off there
    lines = ["地区生产总值增长5%左右,在实际工作中争取更好结果", "一般公共预算收入增长3%左右",
             "城镇新增就业11万人以上,城镇调查失业率5.5%左右", "居民收入增长与经济增长基本同步",
             "社会消费品零售总额增长3.4%,网上零售额增长12.1%", "河东落点"]
    assert rejoin_broken_lines(lines) == (lines, 0)
    # a body line broken after a figure goes on: the next line opens with its qualifier, or a comma
    lines = ["全年完成地区生产总值1200亿元，比上年增长5.2%", "左右，增速居全省第三位。"]
    assert rejoin_broken_lines(lines)[1] == 1
    lines = ["全年完成地区生产总值1200亿元，比上年增长5.2%", "，增速居全省第三位。"]
    assert rejoin_broken_lines(lines)[1] == 1


def _shifted_to_lost_byte(before: str, run: str, after: str) -> str:
    """``run`` shifted out of step as in ``_shifted``, its last trail byte lost too (read as '?')."""
    return before + run.encode("gbk")[1:-1].decode("gbk") + "?" + after


@pytest.mark.parametrize("before, run, after", [
    ("全县第三季", "度重点项目集", "中开工仪式在工业园举行。"),
    ("园区污水处理厂二", "期工程进", "入设备安装调试阶段。"),
])
def test_a_run_ending_in_a_lost_byte_keeps_its_last_character(rules, before, run, after):
    # the run ends on '?', the last character's trail byte: only its lead byte survives, in the run's
    # last character, and the words it makes with the text after the '?' (集中, 进入) put it back;
    # the in-step 季 before the run is not taken into it (三季度, not 三都救)
    from extract.clean.repair import Repair

    fixer = Repair(rules).mojibake
    assert fixer.repair(_shifted_to_lost_byte(before, run, after)) == (before + run + after, 1)


def _shifted_to_lost_trail(before: str, run: str, after: str) -> str:
    """``run`` out of step as ``_shifted`` makes it, a trail byte that pairs with nothing read as '?' (the
    way a dump writes an undecodable byte): the run closes on '?' where its last character's trail byte was."""
    return before + run.encode("gbk")[1:].decode("gbk", errors="replace").replace("\ufffd", "?") + after


@pytest.mark.parametrize("before, run, after", [
    ("全县上下要", "加快推进重点项目建设", ",确保早日见效。"),
    ("我们要", "加快推进乡村振兴", "，建设美丽乡村。"),
    ("公司", "坚持安全生产、绿色发展", "两条底线。"),
])
def test_a_run_closing_on_a_lost_trail_byte_keeps_its_last_character(word_fixer, before, run, after):
    # the '?' closing the run stands for the trail byte of its last character (进 of 推进, 全 of 安全),
    # whose lead byte the run's last shifted pair kept: the character that makes a word is put back
    assert word_fixer.repair(_shifted_to_lost_trail(before, run, after)) == (before + run + after, 1)


def test_a_byline_after_a_storys_last_sentence_closes_it():
    # an e-paper page holds two stories: the first ends in its reporter's byline, the next opens with
    # its headline; neither is joined to the other
    lines = ["随后的投资签约仪式也只用了8分钟。 本报记者 王明", "城东两座大桥同日通车",
             "9月1日，城东跨河大桥和城西跨河大桥同日通车。"]
    out, _ = rejoin_broken_lines(lines)
    assert out[0] == lines[0] and "城东两座大桥同日通车" not in out[0]
    # (记者 X 通讯员 Y) after the last sentence closes it too
    lines = ["全县粮食总产达到79.5万吨。（记者 王明 通讯员 李华）", "城东两座大桥同日通车"]
    assert rejoin_broken_lines(lines)[0][0] == lines[0]


def test_a_mark_before_a_run_is_not_read_as_damage(page_repairer):
    # 羊 lost its lead byte after ；: read one character early, the run takes ； (A3 BB) for damage and
    # gives 。或肉 (the lead byte of 羊 with BB); one character later it keeps ； and puts back 羊 (羊肉)
    text = "全年全市羊出欄316萬只，下降3.1%；羊肉產量5.8萬噸，比上年下降2.4%。"
    assert page_repairer.repair(_shifted_at(text, "羊肉")) == (text, 1)


@pytest.mark.parametrize("text, at", [
    ("年末全縣生豬存欄18.6萬頭，其中，能繁母豬存欄1.9萬頭，增長2.1%。", "繁母"),   # 繁, not 时 (能时)
    ("全年全縣禽蛋產量3.2萬噸，增長1.5%；禽肉產量4.4萬噸，增長2.0%。", "禽肉"),       # 禽, not 据 (据肉)
    ("縣政府副縣長、縣水務局局長出席會議，縣科技局和水務局作了發言。", "局和"),     # 局, not 又 (科技又和)
])
def test_a_bulletins_term_decides_a_lost_character(page_repairer, text, at):
    # terms of statistical bulletins and department names jieba lacks or holds too rarely (能繁母猪, 禽肉,
    # 科技局): a common single character (时, 据, 又) no longer outweighs the word the lost one makes
    assert page_repairer.repair(_shifted_at(text, at)) == (text, 1)


@pytest.mark.parametrize("text, at", [
    ("今年全縣開展地下綜合管廊建設，完成市政管網改造8.6公里。", "地下"),  # 開展|叵 -> 開展地下, not 開闭关下
    ("農村居民人均純收入達到6100元，增長12.4%。", "收入"),                # 人均純|杖 -> 純收入, not 来空入
])
def test_an_ordinary_character_before_a_run_is_kept_when_it_reads_better(page_repairer, text, at):
    # read one character early, the run takes 展 (純) for a shifted pair; the reading one later keeps it
    # and puts back the lost 地 (收): an ordinary character is weighed like a separating mark
    assert page_repairer.repair(_shifted_at(text, at)) == (text, 1)


def test_a_fullwidth_letter_left_of_a_full_stop_that_lost_its_lead_byte_is_repaired(rules):
    # 。 (A1 A3) lost A1: its A3 reads with the next lead byte as one fullwidth letter, and the next
    # character's trail byte is lost ('?'): a whole run of one character
    from extract.segment.tokens import tokenizer

    fixer = MojibakeRepairer(freq=charfreq(rules), simplify=converter(rules, "t2s"),
                             inverse=inverse_s2t(converter(rules, "s2t")), words=tokenizer(rules).FREQ)
    page = "东湖县今年新建学校三所，新增学位1800个。全县教育投入增长8.2%。"
    damaged = _shifted("东湖县今年新建学校三所，新增学位1800个", "。全", "县教育投入增长8.2%。").replace("\ufffd", "?")
    assert "1800个Ｈ?县教育" in damaged
    assert fixer.repair(damaged) == (page, 1)
    # the marks Chinese text writes before a Latin letter are no such run
    for text in ("研究表明，飞机的攻角是一个极限因素。通常，F35战机的攻角极限较大。",
                 "记者问：APP上线后用户多吗？A股市场反应平稳。"):
        assert fixer.repair(text) == (text, 0)


def test_a_name_broken_after_its_office_in_either_script_is_rejoined():
    for lines, whole in ((["10:05", "縣委副書記、縣長林小", "路致辭", "10:15"], "縣委副書記、縣長林小路致辭"),
                         (["副市长王", "大川主持仪式。"], "副市长王大川主持仪式。"),
                         (["县委书记林小", "路、县长王大川出席。"], "县委书记林小路、县长王大川出席。")):
        joined, n = rejoin_broken_lines(lines)
        assert whole in joined and n == 1, joined
    # a heading that ends on an office and a name is not continued by a line that is no rest of a name
    assert rejoin_broken_lines(["市长林小路", "调研城北污水处理厂建设"])[1] == 0
