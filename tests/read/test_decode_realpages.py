"""Decoding real pages: lying declarations, GBK read as GB18030, Big5, UTF-16, damaged bytes."""
from __future__ import annotations

import csv

import pytest

from extract.read.decode import decode_bytes
from tests.conftest import shared

GBK_PAGE = "cwced__0d931936-d510-4904-a714-88bb267b62da.html"        # GBK, meta says gb2312
UTF8_LYING = "gne__tests_163_9.html"                                  # UTF-8, meta says gb2312
TRADITIONAL = "goose3__test_schema_list.html"                         # traditional, UTF-8
DAMAGED = "cwced__b70f455d-50d6-4c8c-a450-07d8e5ca2"                # GBK with 12 bad bytes


def page(name: str) -> bytes:
    pages = shared("realpages", "pages")
    found = [p for p in pages.iterdir() if p.name.startswith(name)]
    if not found:
        pytest.skip(f"{name} not in realpages")
    return found[0].read_bytes()


def test_every_page_decodes_as_the_manifest_says():
    manifest = shared("realpages", "MANIFEST.tsv")
    pages = manifest.parent / "pages"
    wrong = []
    for row in csv.DictReader(manifest.open(encoding="utf-8"), delimiter="\t"):
        text, enc, _ = decode_bytes((pages / row["file"]).read_bytes())
        guess = row["encoding_guess"]
        ok = enc.startswith("utf-8") if guess.startswith("utf-8") else enc == "gb18030"
        if not ok:
            wrong.append((row["file"], guess, enc))
    assert not wrong


def test_gbk_declared_gb2312_reads_as_gb18030():
    text, enc, overruled = decode_bytes(page(GBK_PAGE))
    assert enc == "gb18030" and not overruled
    assert "彩票" in text


def test_gbk_page_whose_declaration_lies_loses_to_the_bytes():
    raw = page(GBK_PAGE).replace(b"charset=gb2312", b"charset=utf-8")
    _text, enc, overruled = decode_bytes(raw)
    assert enc == "gb18030" and overruled
    _text, enc, overruled = decode_bytes(page(GBK_PAGE), http_charset="big5")   # a lying HTTP header
    assert enc == "gb18030" and overruled


def test_utf8_page_declaring_gb2312_is_utf8_and_overruled():
    _text, enc, overruled = decode_bytes(page(UTF8_LYING))
    assert enc == "utf-8" and overruled


@pytest.mark.parametrize("codec", ["big5", "utf-16", "gb18030"])
def test_traditional_page_in_other_encodings(codec):
    original = page(TRADITIONAL).decode("utf-8")
    raw = original.encode(codec, errors="ignore")
    text, enc, _ = decode_bytes(raw)
    assert "鄭文燦" in text, enc
    assert "\ufffd" not in text


def test_damaged_gbk_is_gb18030_not_a_patchwork():
    text, enc, _ = decode_bytes(page(DAMAGED))
    assert enc == "gb18030"
    assert text.count("\ufffd") <= 12
