"""Headlines of work reports posted as text (government reports round 9): a letter-spaced
headline (政 府 工 作 报 告) is the headline with its spaces out; the session line under it,
whole or broken over two lines, and who delivers it are no headline; a headline that opens
with its province in brackets and closes with (全文) is no caption. Text written for these tests."""
from __future__ import annotations

from extract.clean.meta import Metadata, unspaced
from extract.record import PageRecord

BODY = ("各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n"
        "一、2024年工作回顾\n2024年，全县地区生产总值增长5.2%，固定资产投资增长6.1%。\n")


def title(rules, head: str) -> str:
    return Metadata(rules).process(PageRecord(source_path="t", raw_text=head + BODY)).title


def test_a_letter_spaced_headline_is_read_without_its_spaces(rules):
    assert unspaced("政 府 工 作 报 告") == "政府工作报告"
    assert unspaced("政 府 工 作 报 告(2025年)") == "政府工作报告(2025年)"
    assert unspaced("首页 新闻 政务 公开 互动") == "首页 新闻 政务 公开 互动"     # a menu of words stays
    assert title(rules, "政 府 工 作 报 告\n——2025年1月9日在某县第十八届人民代表大会第五次会议上\n县长 张明远\n") == "政府工作报告"


def test_the_session_line_and_the_deliverer_are_no_headline(rules):
    head = "2025年1月9日在某县第十八届\n人民代表大会第五次会议上\n某县人民政府代县长 张明远\n"
    assert title(rules, head) == ""
    assert title(rules, "2025年 1月9日在某旗第十八届\n人民代表大会第五次会议上\n某旗人民政府旗长李明远\n") == ""


def test_a_speech_on_a_session_keeps_its_headline(rules):
    assert title(rules, "在全县经济工作会议上的讲话\n") == "在全县经济工作会议上的讲话"


def test_a_headline_in_brackets_at_both_ends_is_no_caption(rules):
    assert title(rules, "(某省)2025年某县人民政府工作报告(全文)\n发布时间:2025-03-02 10:49\n") == \
        "(某省)2025年某县人民政府工作报告(全文)"
    assert title(rules, "（图为会议现场）\n") == ""


def test_a_line_of_a_newspaper_column_is_no_headline(rules):
    column = ("今年全县经济社会发展的主要预\n期目标是：地区生产总值增长6\n%左右；一般公共预算收入增长\n"
              "5%左右；城乡居民人均可支配\n收入分别增长6%和7%左右。\n")
    assert title(rules, column) == ""


def test_the_session_line_in_traditional_script_is_no_headline(rules):
    assert title(rules, "2025年3月9日在某區第十九屆\n人民代表大會第四次會議上\n") == ""


def test_a_deck_naming_the_rostrum_gives_way_to_the_headline(rules):
    head = ("某县十七届人大三次会议开幕\n大会主席团常务主席张明远李华在主席台前排就座 县长王强代表县人民政府向大会作工作报告\n"
            "刊发日期:2025-01-20 作者:\n")
    assert title(rules, head) == "某县十七届人大三次会议开幕"


def _wrapped(text: str, width: int) -> str:
    """``text``'s paragraphs cut into lines of ``width`` printed units, as a newspaper column."""
    from extract.clean.columns import width as printed
    out = []
    for para in text.split("\n"):
        line = ""
        for c in para:
            if printed(line + c) > width:
                out.append(line)
                line = ""
            line += c
        out.append(line)
    return "\n".join(out) + "\n"


def test_a_headline_a_column_broke_goes_on_with_its_last_part(rules):
    page = _wrapped("关注两会|2025年某市政府工作报告(全文)\n"
                    "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%左右；"
                    "城乡居民人均可支配收入分别增长6%和7%左右；居民消费价格涨幅2%左右。", 34)
    assert page.startswith("关注两会|2025年某市政府工作报告(全\n文)")
    assert title(rules, page) == "关注两会|2025年某市政府工作报告(全文)"
