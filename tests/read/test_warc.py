"""WARC input: every HTTP response record is a page, url and charset from the headers."""
from __future__ import annotations

from io import BytesIO

import pytest

from extract.read.sources import iter_inputs
from tests.conftest import shared

PAGES = {
    "http://news.example.cn/gbk.html": ("cwced__0d931936-d510-4904-a714-88bb267b62da.html", "text/html; charset=utf-8"),
    "http://news.example.cn/utf8.html": ("gne__tests_163_9.html", "text/html; charset=gbk"),
    "http://news.example.cn/plain.html": ("mh__45fcfa7d6741f436.html", "text/html"),
}


@pytest.fixture(scope="module")
def warc_file(tmp_path_factory):
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = shared("realpages", "pages")
    path = tmp_path_factory.mktemp("warc") / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
        for url, (name, ctype) in PAGES.items():
            body = (pages / name).read_bytes()
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http))
            writer.write_record(writer.create_warc_record(url, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    assert warcio
    return path


def test_every_response_record_is_one_page(warc_file):
    items = list(iter_inputs([warc_file]))
    assert len(items) == 3
    assert all(i.error is None for i in items)
    assert [i.url for i in items] == list(PAGES)
    assert all(i.source_path.startswith(f"{warc_file}#") and len(i.source_path) > len(str(warc_file)) + 8 for i in items)


def test_warc_pipeline_decodes_against_the_http_charset(warc_file, rules):
    from extract.pipeline import Pipeline

    pipe = Pipeline(rules)
    recs = [pipe.run_input(i).record for i in iter_inputs([warc_file])]
    by_url = {r.url: r for r in recs if r is not None}
    assert set(by_url) == set(PAGES)
    gbk = by_url["http://news.example.cn/gbk.html"]
    assert gbk.encoding == "gb18030" and gbk.repairs["charset-overruled"] == 1   # the header lied
    assert "孙启勤" in gbk.text
    utf8 = by_url["http://news.example.cn/utf8.html"]
    assert utf8.encoding == "utf-8" and utf8.repairs["charset-overruled"] == 1
    assert all("\ufffd" not in r.text for r in recs)


def test_a_warc_cut_short_keeps_its_good_records_and_says_where_it_broke(warc_file, tmp_path):
    # uncompressed, so that the cut falls inside a record and not inside a gzip member
    import gzip

    whole = gzip.decompress(warc_file.read_bytes())
    second = whole.index(b"WARC/1.0", whole.index(b"WARC-Type: response") + 1)
    third = whole.index(b"WARC-Type: response", second)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole[:third + 40])   # the second response record's header, cut mid-line
    items = list(iter_inputs([cut]))
    good = [i for i in items if i.error is None]
    bad = [i for i in items if i.error is not None]
    assert [i.url for i in good] == list(PAGES)[:1]
    assert len(bad) == 1 and bad[0].error.reason == "bad-warc"
    assert "truncated or malformed WARC record" in bad[0].error.message and "record(s)" in bad[0].error.message
