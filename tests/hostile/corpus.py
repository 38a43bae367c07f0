"""A hostile corpus, generated into a temporary folder (nothing big is committed).

Every kind of junk a scraped folder holds; ``GOOD`` names the pages that
must still yield their text.
"""
from __future__ import annotations

import gzip
import os
import random
from pathlib import Path

ARTICLE = ("株洲市2023年地区生产总值增长7.5%左右，规模工业增加值增长8.5%以上。"
           "市委书记曹慧泉表示，要加快建设幸福株洲。") * 3


def html_page(body: str, charset: str = "utf-8", title: str = "株洲新闻") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head>'
            f"<body><div class=\"nav\"><a href=\"/\">首页</a></div><div class=\"article\"><h1>{title}</h1>"
            f"<p>{body}</p><p>{body}</p></div></body></html>")


def build(root: Path, bomb_mb: int = 200) -> dict[str, str]:
    """Write the corpus under ``root``; returns {relative name: what it is}."""
    root.mkdir(parents=True, exist_ok=True)
    made: dict[str, str] = {}

    def put(name: str, data: bytes, what: str) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        made[name] = what

    rnd = random.Random(7)
    put("good_utf8.html", html_page(ARTICLE).encode("utf-8"), "good")
    put("good_gbk_lying.html", html_page(ARTICLE, charset="utf-8").encode("gbk"), "good: GBK bytes, meta says utf-8")
    put("good_utf16.html", html_page(ARTICLE).encode("utf-16"), "good: UTF-16 with BOM")
    put("good_dump.txt", ARTICLE.encode("utf-8"), "good: text dump")
    put("good_gz.html.gz", gzip.compress(html_page(ARTICLE).encode("utf-8")), "good: gzip")
    put("nul_inside.html", html_page(ARTICLE[:40] + "\x00" + ARTICLE[40:]).encode("utf-8"), "good: a NUL byte inside")
    put("zero_width.txt", ("市委书记曹\u200b慧泉表示，" + ARTICLE).encode("utf-8"), "good: zero-width in a name")
    put("empty.html", b"", "empty")
    put("whitespace.txt", b" \n\t\r\n   ", "whitespace only")
    put("image.html", b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(256) for _ in range(2000)), "PNG with a page extension")
    put("doc.htm", b"%PDF-1.4\n" + bytes(rnd.randrange(256) for _ in range(2000)), "PDF with a page extension")
    put("random.txt", bytes(rnd.randrange(256) for _ in range(5000)), "random bytes")
    put("trunc_utf8.txt", ARTICLE.encode("utf-8")[:-1], "UTF-8 cut inside a character")
    put("trunc_gbk.txt", ARTICLE.encode("gbk")[:-1], "GBK cut inside a character")
    half = len(ARTICLE) // 2
    put("half_half.txt", ARTICLE[:half].encode("utf-8") + ARTICLE[half:].encode("gbk"), "first half UTF-8, second GBK")
    put("not_gzip.html.gz", html_page(ARTICLE).encode("utf-8"), "a .gz that is not gzip")
    put("bomb.html.gz", _gzip_bomb(bomb_mb), f"gzip bomb ({bomb_mb} MB inflated)")
    put("one_line_10mb.html", ("<p>" + "经济发展" * 2_500_000 + "</p>").encode("utf-8"), "10 MB on one line")
    put("nested.html", ("<div>" * 100_000 + "深层" + "</div>" * 100_000).encode("utf-8"), "100,000 nested tags")
    put("unclosed.html", ("<html><body><div><p>" + ARTICLE + "<div><span><b><p>" * 50).encode("utf-8"), "unclosed tags")
    put("scripts.html", ("<html><head><script>" + "var a=1;" * 1000 + "</script></head><body><script>x()</script></body></html>").encode(), "only scripts")
    put("english.html", html_page("The economy grew by 5 percent last year. " * 20, title="News").encode(), "English page")
    put("japanese.html", html_page("日本の経済は昨年5パーセント成長しました。ひらがなとカタカナ。" * 10, title="ニュース").encode(), "Japanese page")
    put("xxe.xml", ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                    "<r><p>&x;</p><p>" + ARTICLE + "</p></r>").encode(), "XML external entity")
    put("xxe.html", ('<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body><p>&x;</p><p>'
                     + ARTICLE + "</p></body></html>").encode(), "HTML with an external entity")
    put("ctrl\x01name\u200b.html", html_page(ARTICLE).encode(), "control and zero-width characters in the name")
    (root / "folder.html").mkdir(exist_ok=True)
    made["folder.html"] = "a directory named like a page"
    _link(root / "dangling.html", root / "does-not-exist.html")
    made["dangling.html"] = "dangling symlink"
    _link(root / "loop_a.html", root / "loop_b.html")
    _link(root / "loop_b.html", root / "loop_a.html")
    made["loop_a.html"] = made["loop_b.html"] = "symlink loop"
    if hasattr(os, "mkfifo"):   # a named pipe: reading it would wait for a writer forever
        os.mkfifo(root / "pipe.html")
        made["pipe.html"] = "a named pipe named like a page"
    return made


GOOD = ("good_utf8.html", "good_gbk_lying.html", "good_utf16.html", "good_dump.txt", "good_gz.html.gz",
        "nul_inside.html", "zero_width.txt", "trunc_utf8.txt", "trunc_gbk.txt", "half_half.txt", "unclosed.html",
        "xxe.html")


def _gzip_bomb(mb: int) -> bytes:
    import zlib

    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"\0" * (1 << 20)
    parts = [comp.compress(chunk) for _ in range(mb)]
    parts.append(comp.flush())
    return b"".join(parts)


def _link(path: Path, target: Path) -> None:
    try:
        os.symlink(target, path)
    except (OSError, NotImplementedError):  # pragma: no cover - platforms without symlinks
        pass
