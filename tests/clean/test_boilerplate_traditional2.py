"""Furniture of Taiwan and Hong Kong news sites (traditional probe, round 2): a request to accept
the site's privacy rules, a trailing block of a portal's videos. Lines written for these tests."""
from __future__ import annotations

from extract.clean.boilerplate import Boilerplate
from extract.record import PageRecord


def clean(rules, text: str) -> PageRecord:
    return Boilerplate(rules).process(PageRecord(source_path="t", raw_text=text))


BODY = ("（本社記者林小文台南3日電）台南市政府今天表示，東區新建的社會住宅將於年底完工，"
        "共提供三百二十戶，市府並規劃設置公共托育中心與長照據點，讓社區服務更完整。\n")


def test_a_privacy_consent_request_goes(rules):
    rec = clean(rules, "台南社宅年底完工\n請同意我們的隱私權規範,才能啟用聽新聞的功能。\n" + BODY)
    assert "隱私權規範" not in rec.text and "東區新建的社會住宅" in rec.text
    # a sentence of an article about privacy rules stays
    kept = "立法院今天三讀修正個人資料保護法，業者須取得當事人同意才能蒐集資料。\n"
    assert kept.strip() in clean(rules, BODY + kept + BODY).text


def test_a_trailing_video_block_is_cut(rules):
    tail = "視頻更 多\n市民排隊參觀新落成圖書館\n機場第三跑道啟用儀式\n"
    rec = clean(rules, BODY * 3 + tail)
    assert "視頻更" not in rec.text and "第三跑道" not in rec.text and "東區新建的社會住宅" in rec.text
