"""Remove pinyin glosses written after characters: ``經(jīng)濟(jì)`` -> ``經濟``."""
from __future__ import annotations

import regex

TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# a Han character followed by a bracketed lower-case syllable (and the space a page may put after
# it before the next character: 東(dong) 站); a dump's paragraph break may fall inside the brackets
# (產業(\n\nyè)看): the gloss goes with the break, which stood inside a sentence
GLOSS = regex.compile(rf"(?<=\p{{Han}}\??)[(（?](?:\s?|\n\s*\n)([a-z{TONED}]{{1,7}})(?:\s?|\n\s*\n)[)）](?: (?=\p{{Han}}))?")
TONE = regex.compile(f"[{TONED}]")
TONED_GLOSS = regex.compile(rf"(?<=\p{{Han}})[(（]\s?[a-z]*[{TONED}][a-z{TONED}]*\s?[)）]")
# a page glossed with tone marks this often also drops the marks on some syllables (東(dong)):
# there any real syllable in brackets after a character is a gloss
TONED_PAGE_MIN = 3


def remove_pinyin_glosses(text: str) -> tuple[str, int]:
    count = 0
    glossed_page = sum(1 for _ in TONED_GLOSS.finditer(text)) >= TONED_PAGE_MIN if "(" in text or "（" in text else False

    def drop(m: regex.Match[str]) -> str:
        nonlocal count
        syllable = m.group(1)
        if TONE.search(syllable) or _plain_syllable(syllable) or (glossed_page and SYLLABLE.fullmatch(syllable)):
            count += 1
            return ""
        return m.group()

    while True:  # glosses stacked after one character ("經(jīng)(jīng)") go one per pass
        before = count
        text = GLOSS.sub(drop, text)
        if count == before:
            return text, count


# toneless syllables appear for neutral-tone glosses (的(de)); only accept real syllables
SYLLABLE = regex.compile(
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|o|e|ai|ei|ao|ou|an|en|ang|eng|ong|er|i|ia|ie|iao|iu|ian|in|iang|ing|iong|u|ua|uo|uai|ui|uan|un|uang|ueng|v|ve|ue)"
)


def _plain_syllable(s: str) -> bool:
    return s in {"de", "le", "me", "ne", "ma", "zi", "men", "ge", "ba", "la", "ya", "zhe", "shang", "li", "men"}
