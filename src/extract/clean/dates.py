"""Calendar dates as pages write them, to ISO ``YYYY-MM-DD``: one place for text and HTML pages."""
from __future__ import annotations

import regex

# 2023-01-18, 2023/1/18, 2023.1.18, 2023年1月18日 (the 日 is optional)
# (a day glued to its clock time is a day too: 2005.08.2605:39)
DATE = regex.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?:(?!\d)|(?=\d{2}:\d{2}(?!\d)))")
# month first, as ASP pages print it: 7/5/2005 9:23:57 PM
US_DATE = regex.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])")
# month by name, as blog platforms print it: September 10th, 2005; Dec 28 Sat 2013; 28 Dec 2013
MONTHS = {m: i for i, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
    ("nov", "november"), ("dec", "december")), 1) for m in names}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
NAMED_DATE = regex.compile(
    rf"(?<![A-Za-z])(?:({_MONTH})\.?\s+{_DAY},?\s+{_WEEKDAY}((?:19|20)\d{{2}})"
    rf"|{_DAY}\s+({_MONTH})\.?,?\s+((?:19|20)\d{{2}}))(?![\dA-Za-z])", regex.I)
# Taiwan's Republic era (民國, year 1 = 1912): 中華民國109年12月25日, 民国114年3月5日, and the
# government sites' bare 111-05-12 or 111/05/12 (three digits, years 80-149 of the era)
ROC_DATE = regex.compile(
    r"(?:(?:中[華华])?民[國国]\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"|(?<![\d/.\-])((?:8|9|1[0-4])\d)([-/.])(\d{1,2})\5(\d{1,2})(?![\d/.\-]))")
ROC_OFFSET = 1911
FIRST_YEAR, LAST_YEAR = 1990, 2100  # web pages; anything else is a historical date in the text


def iso(y: str, m: str, d: str) -> str:
    """``YYYY-MM-DD``, or empty when the parts cannot be a publication date."""
    yi, mi, di = int(y), int(m), int(d)
    if not (FIRST_YEAR <= yi <= LAST_YEAR and 1 <= mi <= 12 and 1 <= di <= 31):
        return ""
    return f"{yi:04d}-{mi:02d}-{di:02d}"


def iso_of(m: regex.Match[str]) -> str:
    """A :data:`DATE` match as ISO."""
    return iso(m.group(1), m.group(2), m.group(3))


def find_date(text: str) -> str:
    """The first date in ``text`` (year first; month first only when there is none)."""
    for m in DATE.finditer(text):
        d = iso_of(m)
        if d:
            return d
    for m in US_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        d = iso(m.group(3), str(a), str(b)) if a <= 12 else iso(m.group(3), str(b), str(a))
        if d:
            return d
    d = roc_date(text, bare=False)
    if d:
        return d
    for m in NAMED_DATE.finditer(text):
        if m.group(1):
            d = iso(m.group(3), str(MONTHS[m.group(1).lower()]), m.group(2))
        else:
            d = iso(m.group(6), str(MONTHS[m.group(5).lower()]), m.group(4))
        if d:
            return d
    return ""


def roc_date(text: str, bare: bool = True) -> str:
    """The first Republic-era date of ``text`` (:data:`ROC_DATE`) as ISO, else empty; the bare
    three-digit form (111-05-12) only when ``bare``: on a line labelled as a date (發布日期), where
    no code or road section (147-2-3) stands."""
    for m in ROC_DATE.finditer(text):
        if not bare and not m.group(1):
            continue
        y, mo, day = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(6), m.group(7))
        d = iso(str(int(y) + ROC_OFFSET), mo, day)
        if d:
            return d
    return ""
