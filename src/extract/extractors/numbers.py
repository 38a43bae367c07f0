"""Numbers as written in Chinese text: Arabic and Chinese numerals, magnitudes.

Pure functions, no rules: what a numeral *is* does not change from page to
page; which units and qualifiers surround it does (see ``rules/units.tsv``).
"""
from __future__ import annotations

import re

import regex

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
MAGNITUDES = {"十": 10, "百": 100, "千": 1000, **CN_BIG}

FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")

# an Arabic number: 12, 1,234, 2.03, full-width digits too
ARABIC = r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?"
# a Chinese numeral: digits, 十百千, an inner 万/亿 and 点 for decimals (不含 a trailing 万/亿)
CN_CHARS = "零〇一二两三四五六七八九十百千"
CHINESE = rf"[{CN_CHARS}](?:[{CN_CHARS}]|[万亿](?=[{CN_CHARS}]))*(?:点[零〇一二三四五六七八九]+)?"
# 百分之五, 百分之十二点五
PERCENT_CN = rf"百分之(?P<pct>{CHINESE})"
# 兆 is a magnitude (10^12) only before money (1兆美元, 4.7兆元, 2兆6,218亿元, 兆新台币): before
# other units it is the SI prefix of 兆瓦, 兆帕, 兆字节, and 百兆宽带 is no figure of 10^14
TRILLION = "兆"
TRILLION_VALUE = 1_000_000_000_000
# the higher magnitude of a number written in two (2兆6,218亿元, 2亿6400余万元, 16万4,554个)
COMPOUND_BIG = {**CN_BIG, TRILLION: TRILLION_VALUE}
CURRENCY_ENDS = ("元", "币")

_ARABIC_RE = re.compile(ARABIC)       # plain classes and literals: re is quicker per call


def is_currency(unit: str) -> bool:
    """A unit of money (元, 美元, 新台币, 港币): what 兆 may stand before as a magnitude."""
    return unit.endswith(CURRENCY_ENDS)


def arabic_value(text: str) -> float:
    """``'1,234.5'`` -> 1234.5 (full-width digits allowed)."""
    return float(text.translate(FULLWIDTH).replace(",", ""))


def chinese_value(text: str) -> float | None:
    """``'两千'`` -> 2000, ``'一千二百三十四'`` -> 1234, ``'十五'`` -> 15, ``'五点五'`` -> 5.5."""
    if not text:
        return None
    whole, _, frac = text.partition("点")
    value = _chinese_int(whole)
    if value is None:
        return None
    if frac:
        digits = "".join(str(CN_DIGITS.get(c, "")) for c in frac)
        if len(digits) != len(frac):
            return None
        value = float(f"{int(value)}.{digits}")
    return float(value)


def _chinese_int(text: str) -> int | None:
    if not text:
        return None
    if all(c in CN_DIGITS for c in text) and len(text) > 1:
        return int("".join(str(CN_DIGITS[c]) for c in text))   # 二〇二六
    total = section = digit = 0
    seen = False
    for c in text:
        if c in CN_DIGITS:
            digit = CN_DIGITS[c]
            seen = True
        elif c in CN_SMALL:
            section += (digit if seen else 1) * CN_SMALL[c]
            digit, seen = 0, False
        elif c in CN_BIG:
            total = (total + section + digit) * CN_BIG[c]
            section, digit, seen = 0, 0, False
        else:
            return None
    return total + section + digit


_APPROX_PAIR = regex.compile(r"^(?P<pre>.*[十百千万亿])?(?P<a>[一两二三四五六七八九])(?P<b>[一两二三四五六七八九])(?P<mag>[十百千万]?)$")


def chinese_approx(text: str) -> tuple[float, float] | None | bool:
    """Two neighbouring digits written together say "about": ``一两`` (1-2), ``两三千``
    (2000-3000), ``十六七`` (16-17), ``三五`` (3-5) -> ``(low, high)``.
    ``False`` for digits side by side that are neither a pair nor a positional number
    (``唯一一家`` reads ``一一``); ``None`` for any other numeral."""
    m = _APPROX_PAIR.match(text)
    if not m:
        return None
    a, b = CN_DIGITS[m.group("a")], CN_DIGITS[m.group("b")]
    pre, mag = m.group("pre") or "", m.group("mag")
    if not (b == a + 1 or (a, b) == (3, 5)):
        return False if not pre and not mag else None
    if pre and mag:
        return None
    if pre:                                         # 十六七, 二十三四
        base = _chinese_int(pre)
        if base is None:
            return None
        return float(base + a), float(base + b)
    scale = MAGNITUDES.get(mag, 1)                  # 两三, 三四十, 七八百
    return float(a * scale), float(b * scale)


def number_value(text: str) -> float | None:
    """The value of an Arabic or Chinese numeral as written."""
    text = text.strip()
    if _ARABIC_RE.fullmatch(text):
        return arabic_value(text)
    return chinese_value(text)


def compound_value(value: float, big: str, low: float, mag: str) -> float | None:
    """A number written in two magnitudes, in the lower one: ``(2, '兆', 6218, '亿')`` -> 26218
    (2兆6,218亿), ``(2, '亿', 6400, '万')`` -> 26400, ``(1, '亿', 8, '千万')`` -> 18, ``(16, '万',
    4554, '')`` -> 164554 (16万4,554个). None when the lower part is not below one unit of the
    higher magnitude (a list, not one number)."""
    ratio = COMPOUND_BIG[big] / expand(1.0, mag)[0]
    if ratio <= 1 or low >= ratio:
        return None
    return value * ratio + low


def is_chinese(text: str) -> bool:
    return bool(text) and not _ARABIC_RE.search(text)


def expand(value: float, unit: str) -> tuple[float, str]:
    """Expand the magnitude leading a unit: ``(2.03, '万个')`` -> ``(20300.0, '个')``.

    ``千``/``百``/``十`` count as a magnitude only before 万 or 亿 (千万, 十万), so
    ``千瓦`` and ``千米`` stay units; ``兆`` only before money (``1兆美元``), so ``兆瓦`` stays one.
    """
    while unit:
        c = unit[0]
        if c in CN_BIG:
            value, unit = value * CN_BIG[c], unit[1:]
        elif c in CN_SMALL and unit[1:2] in CN_BIG:
            value, unit = value * CN_SMALL[c], unit[1:]
        elif c == TRILLION and is_currency(unit[1:]):
            value, unit = value * TRILLION_VALUE, unit[1:]
        else:
            break
    return value, unit
