"""Markup out: HTML pages reduced to their main content, text dumps rid of tag fragments."""
from __future__ import annotations

import regex

from ..record import Drop, PageRecord
from ..stage import Stage
from .html.document import html_to_document

# whole tags and the tails of tags whose "<" a mis-decoding swallowed ("?/p>")
TAG_FRAGMENT = regex.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]{0,300})?/?>|(?<=\?)/(?:p|a|div|span|li|td|tr|font|b|i|strong|em|h\d)>")
ENTITY = regex.compile(r"&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|mdash|hellip|middot|#\d{1,6}|#x[0-9a-fA-F]{1,5});")


def strip_tag_fragments(text: str) -> tuple[str, int]:
    """Remove tags and tag tails from a text dump; returns the text and how many went."""
    text, n = TAG_FRAGMENT.subn("", text)
    if "&" in text:
        import html

        text = ENTITY.sub(lambda m: html.unescape(m.group()), text)
    return text, n


class Markup(Stage):
    name = "clean.markup"

    def __init__(self, rules) -> None:
        super().__init__(rules)
        from .html.rules import html_rules

        html_rules(rules)  # compile site selectors now: a bad one fails at start, not on the first page

    def process(self, rec: PageRecord) -> PageRecord:
        if rec.is_html:
            doc = html_to_document(rec.html, self.rules, url=rec.url)
            rec.raw_text = doc.text
            rec.headings = doc.headings
            rec.title = rec.title or doc.title
            rec.published = rec.published or doc.published
            rec.source = rec.source or doc.source
            rec.url = rec.url or doc.url
            if doc.status != "ok":
                rec.status = doc.status
            rec.dropped.extend(doc.dropped)
            self.count("html")
            rec.html = ""
        else:
            text, n = strip_tag_fragments(rec.raw_text)
            if n:
                rec.repairs["tags"] += n
                self.count("changed")
            rec.raw_text = text
        limit = int(self.rules.setting("limits.max_text_chars", 500_000))
        if len(rec.raw_text) > limit:
            rec.raw_text = rec.raw_text[:limit]
            rec.repairs["truncated"] += 1
            rec.dropped.append(("tail", "limits.max_text_chars", f"text cut at {limit} characters"))
            self.count("truncated")
        if not rec.raw_text.strip() and rec.status == "ok":
            raise Drop("no-text", "no text left after removing markup")
        return rec
