"""Bytes to text: BOMs, declared charsets checked against the bytes, detection.

A declaration (HTTP header, ``<meta charset>``) is only believed when the
bytes decode under it cleanly; otherwise the bytes win and ``repairs`` notes
``charset-overruled``. GB2312 and GBK are read as GB18030 (their superset).
"""
from __future__ import annotations

import codecs
import hashlib
import re

import numpy as np
import regex

from ..record import Drop, PageRecord
from ..stage import Stage

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
MAGIC = (
    (b"\x89PNG", "PNG image"), (b"%PDF", "PDF document"), (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"), (b"PK\x03\x04", "ZIP archive"), (b"\x7fELF", "executable"),
    (b"\x1f\x8b", "gzip data"), (b"RIFF", "RIFF media"), (b"\x00\x00\x01\x00", "icon"),
)
ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030",
    "cp936": "gb18030", "gb18030": "gb18030", "big5": "big5hkscs", "big5-hkscs": "big5hkscs",
    "utf8": "utf-8", "utf-8": "utf-8", "unicode": "utf-16", "utf-16": "utf-16",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "utf-8", "us-ascii": "utf-8",
}
META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w\-]+)""", regex.I)
XML_DECL = regex.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([\w\-]+)""", regex.I)
HTML_START = regex.compile(r"\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html)\b", regex.I)
HTML_SNIFF = regex.compile(r"<(?:!doctype|html|head|body|meta|title|div|table)\b", regex.I)
# the most frequent characters of Chinese text, simplified and traditional
COMMON_HAN = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质器东世海位点集线电场格思更历")
COMMON_HAN |= set("這個為們來時說會對後過還裡發現經開與長產動業學應當實區麼點題體關義從見機務進將變們話員")
# control bytes of binary data, [\x00-\x08\x0e-\x1a\x1c-\x1f], counted by deleting them (bytes.translate)
BINARY_CONTROL = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])


def doc_id_of(raw: bytes) -> str:
    """A stable content hash of the raw bytes: same page, same id, everywhere."""
    return hashlib.sha256(raw).hexdigest()[:16]


def normalise_charset(name: str) -> str:
    name = name.strip().lower().strip("\"'")
    if not name:
        return ""
    if name in ALIASES:
        return ALIASES[name]
    try:
        return codecs.lookup(name).name
    except LookupError:
        return ""


def declared_charset(raw: bytes, http_charset: str = "") -> tuple[str, str]:
    """The page's own claim: ``(charset, where)``; HTTP header first, then meta, then XML."""
    if http_charset:
        cs = normalise_charset(http_charset)
        if cs:
            return cs, "http"
    head = raw[:8192]
    for pattern, where in ((META_CHARSET, "meta"), (XML_DECL, "xml")):
        m = pattern.search(head)
        if m:
            cs = normalise_charset(m.group(1).decode("ascii", "ignore"))
            if cs:
                return cs, where
    return "", ""


HAN = regex.compile(r"[\u4e00-\u9fff]")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# COMMON_HAN as a read-only look-up table over UTF-16 code units (all of it lies in the BMP)
COMMON_UNITS = np.zeros(0x10000, dtype=bool)
COMMON_UNITS[[ord(c) for c in COMMON_HAN]] = True
COMMON_UNITS.flags.writeable = False
ASCII_BYTES = bytes(range(128))


def han_of(text: str) -> str:
    """The Han characters of ``text``, in order.

    A page is mostly ASCII markup: its ASCII is dropped first as UTF-8 bytes (one C pass,
    ``bytes.translate``), so the regex only walks the few other characters; twice as fast
    as removing the non-Han runs from the whole text.
    """
    rest = text.encode("utf-8", "surrogatepass").translate(None, ASCII_BYTES).decode("utf-8", "surrogatepass")
    return "".join(HAN_RUN.findall(rest))


def han_chars(text: str, limit: int, span: int) -> str:
    """The first ``limit`` Han characters of ``text[:span]`` (read in pieces: stops early)."""
    head = text[:span]
    parts: list[str] = []
    found = 0
    for at in range(0, len(head), HAN_PIECE):
        part = han_of(head[at:at + HAN_PIECE])
        parts.append(part)
        found += len(part)
        if found >= limit:
            break
    return "".join(parts)[:limit]


HAN_PIECE = 50_000


def han_score(text: str) -> float:
    """Share of Han characters that are among the most common ones: real text scores high.

    Traditional text counts through its simplified form (OpenCC t2s on a sample), so a
    Big5 page read as Big5 beats the same bytes read as GBK (valid, but rare characters).
    The sample is the first 20,000 Han characters of the first 300,000 characters.
    """
    return _sample_score(han_chars(text, 20_000, 300_000))


def _sample_score(sample: str) -> float:
    if not sample:
        return 0.0
    t2s = _t2s()
    if t2s is not None:
        sample = t2s(sample)
    return common_count(sample) / len(sample)


def common_count(sample: str) -> int:
    """How many characters of ``sample`` are in COMMON_HAN.

    One table look-up per UTF-16 code unit (numpy), twenty times faster than a regex over
    a 500-character class; a character beyond the BMP is two surrogates, neither common.
    """
    units = np.frombuffer(sample.encode("utf-16-le", "surrogatepass"), dtype="<u2")
    return int(np.count_nonzero(COMMON_UNITS[units]))


_T2S: list = []


def _t2s():
    if not _T2S:
        try:
            from opencc import OpenCC

            _T2S.append(OpenCC("t2s").convert)
        except Exception:  # pragma: no cover - opencc is a core dependency
            _T2S.append(None)
    return _T2S[0]


def try_decode(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def looks_binary(raw: bytes) -> str:
    if any(raw.startswith(bom) for bom, _ in BOMS):
        return ""
    for magic, what in MAGIC:
        if raw.startswith(magic):
            return what
    sample = raw[:4096]
    if b"\x00" in sample and not _utf16_shape(sample):
        nul = sample.count(b"\x00")
        if nul > len(sample) * 0.01:
            return "binary data (NUL bytes)"
    controls = len(sample) - len(sample.translate(None, BINARY_CONTROL))
    if sample and controls > len(sample) * 0.05:
        return "binary data (control bytes)"
    return ""


def _utf16_shape(sample: bytes) -> str:
    """UTF-16 without a BOM: NULs on every other byte for ASCII-heavy markup."""
    even = sample[0::2].count(b"\x00")
    odd = sample[1::2].count(b"\x00")
    half = len(sample) / 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return ""


def decode_bytes(raw: bytes, http_charset: str = "") -> tuple[str, str, bool]:
    """Decode ``raw``; returns ``(text, encoding, declaration_overruled)``."""
    for bom, enc in BOMS:
        if raw.startswith(bom):
            text = raw[len(bom):].decode(enc.replace("-sig", ""), errors="replace")
            return text, enc.replace("-sig", ""), False
    shape = _utf16_shape(raw[:4096])
    if shape:
        return raw.decode(shape, errors="replace"), shape, False
    declared, _where = declared_charset(raw, http_charset)
    candidates: list[tuple[float, str, str]] = []
    utf8 = try_decode(raw, "utf-8")
    if utf8 is not None:
        if raw.isascii():
            return utf8, "utf-8", False
        # valid UTF-8 with non-ASCII bytes is very unlikely to be anything else
        return utf8, "utf-8", declared not in ("", "utf-8")
    for cut in (1, 2, 3):  # UTF-8 cut inside its last character
        utf8 = try_decode(raw[:-cut], "utf-8")
        if utf8 is not None and not raw[:-cut].isascii():
            return utf8, "utf-8", declared not in ("", "utf-8")
    for enc in dict.fromkeys([declared, "gb18030", "cp950", "big5hkscs"]):
        if not enc or enc == "utf-8":
            continue
        text = try_decode(raw, enc) or try_decode(raw[:-1], enc)  # GBK cut inside its last character
        if text is not None:
            candidates.append((han_score(text) + (0.05 if enc == declared else 0.0), enc, text))
    if candidates:
        candidates.sort(key=lambda c: c[0], reverse=True)
        best = candidates[0]
    else:
        text, enc, _ = _decode_damaged(raw, declared)
        best = (damaged_score(text), enc, text)
    mixed = decode_mixed(raw)
    # a spliced page only when splicing reads clearly better: GBK bytes hold chance
    # UTF-8-shaped triples, so a bare tie must not turn a GBK page into a patchwork
    if mixed is not None and damaged_score(mixed) > best[0] + MIXED_MARGIN:
        best = (0.0, "utf-8+gb18030", mixed)
    _score, enc, text = best
    return text, enc, bool(declared) and enc != declared


MIXED_MARGIN = 0.05


def damaged_score(text: str) -> float:
    """``han_score`` less the replacement characters per Han character of the first 200,000
    characters, times ten (damaged bytes); the Han characters there are read once for both."""
    bad = text.count("\ufffd")
    if not bad:
        return han_score(text) - 0.0
    han = han_chars(text, BAD_SPAN, BAD_SPAN)   # every Han character of text[:BAD_SPAN]
    need = 20_000 - len(han)
    sample = han[:20_000] if need <= 0 else han + han_chars(text[BAD_SPAN:], need, 300_000 - BAD_SPAN)
    return _sample_score(sample) - bad / max(1, len(han)) * 10


BAD_SPAN = 200_000


# runs of ASCII and three-byte UTF-8 sequences holding at least one CJK character
# (possessive maximal runs, kept only when they hold a CJK lead byte: linear, where a
# required CJK inside two open-ended stars backtracked quadratically over long ASCII markup)
# Found from their CJK sequences: a lead byte always starts a sequence (the split into ASCII
# bytes and sequences is unique), so the run holding one is the sequence extended both ways
# (UTF8_RUN_BACK: the same run read backwards, regex's reverse mode). Stdlib re where it can:
# three times faster on these byte patterns.
UTF8_RUN = re.compile(rb"(?:[\x00-\x7f]|[\xe0-\xef][\x80-\xbf]{2})++")
UTF8_RUN_BACK = regex.compile(rb"(?r)(?:[\x00-\x7f]|[\xe0-\xef][\x80-\xbf]{2})++")
# a UTF-8 CJK sequence, [\xe3-\xe9][\x80-\xbf]{2}, is found as SEED in the bytes mapped by
# SEED_TABLE (leads to 1, continuation bytes to 2, the rest to 0): bytes.translate and
# bytes.find run in C without a regex step per byte, four times faster than the pattern
SEED_TABLE = bytes(1 if 0xE3 <= b <= 0xE9 else 2 if 0x80 <= b <= 0xBF else 0 for b in range(256))
SEED = b"\x01\x02\x02"
MIN_UTF8_CJK = 20


def decode_mixed(raw: bytes) -> str | None:
    """A page spliced from UTF-8 and GBK parts: UTF-8 runs as UTF-8, the gaps as GB18030.

    Only tried when the bytes hold a fair number of UTF-8 CJK sequences; the
    caller keeps it only if it reads better than any single encoding.
    """
    marks = raw.translate(SEED_TABLE)
    if not _has_seeds(marks, MIN_UTF8_CJK, 200_000):
        return None
    parts: list[str] = []
    pos = 0
    seed = marks.find(SEED)
    while seed >= 0:
        # runs without CJK are part of the GB18030 gap
        back = UTF8_RUN_BACK.match(raw, pos, seed)
        start = back.start() if back is not None else seed
        end = UTF8_RUN.match(raw, seed).end()
        if start > pos:
            parts.append(raw[pos:start].decode("gb18030", errors="replace"))
        run = raw[start:end]
        try:
            parts.append(run.decode("utf-8"))
        except UnicodeDecodeError:
            parts.append(run.decode("gb18030", errors="replace"))
        pos = end
        seed = marks.find(SEED, pos)
    parts.append(raw[pos:].decode("gb18030", errors="replace"))
    return "".join(parts)


def _has_seeds(marks: bytes, n: int, end: int) -> bool:
    """At least ``n`` SEEDs (they cannot overlap) lie within ``marks[:end]``; stops at the n-th."""
    at = -len(SEED)
    for _ in range(n):
        at = marks.find(SEED, at + len(SEED), end)
        if at < 0:
            return False
    return True


def _decode_damaged(raw: bytes, declared: str) -> tuple[str, str, bool]:
    """No encoding decodes every byte: pick the one with the fewest replacement characters."""
    best: tuple[int, float, str, str] | None = None
    for enc in dict.fromkeys([declared or "utf-8", "utf-8", "gb18030", "big5hkscs"]):
        text = raw.decode(enc, errors="replace")
        key = (text.count("\ufffd"), -han_score(text), enc, text)
        if best is None or key[:2] < best[:2]:
            best = key
    assert best is not None
    _bad, _score, enc, text = best
    return text, enc, bool(declared) and enc != declared


def is_html(text: str) -> bool:
    """Markup pages (as opposed to text dumps that carry stray tag fragments)."""
    if HTML_START.match(text[:2000]):
        return True
    return bool(HTML_SNIFF.search(text[:5000])) and text.count("<") > 20


class Decode(Stage):
    """Raw bytes -> decoded text, ``encoding``, ``doc_id``; empty and binary pages dropped."""

    name = "read"

    def process(self, rec: PageRecord) -> PageRecord:
        raw = rec.raw
        rec.doc_id = doc_id_of(raw)
        if not raw.strip():
            raise Drop("empty", "the file is empty or only white space")
        what = looks_binary(raw)
        if what:
            raise Drop("binary", f"not a text page: {what}")
        text, encoding, overruled = decode_bytes(raw, rec.http_charset)
        text = text.replace("\x00", "")
        bad = text.count("\ufffd")
        if bad:  # undecodable bytes: noted, never shown
            text = text.replace("\ufffd", "")
            rec.repairs["undecodable"] += bad
            self.count("undecodable")
        if overruled:
            rec.repairs["charset-overruled"] += 1
            self.count("charset-overruled")
        rec.encoding = encoding
        rec.is_html = is_html(text)
        if rec.is_html:
            rec.html = text
        else:
            rec.raw_text = text
        if not text.strip():
            raise Drop("empty", "no text after decoding")
        return rec
