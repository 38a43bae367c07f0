"""The extract stage: targets, officials and projects for one page."""
from __future__ import annotations

from ..record import PageRecord
from ..stage import Stage
from .context import page_context
from . import names, officials_titles, projects_lexicon, targets_lexicon, targets_places
from .officials import extract_officials
from .projects import extract_projects
from .targets import extract_targets


class Extract(Stage):
    name = "extract"

    def __init__(self, rules) -> None:
        super().__init__(rules)
        # jieba's part-of-speech table and the extractors' compiled lexicons are read when
        # the pipeline is built, not inside the first page that names a figure
        names.word_tags(rules)
        names.lexicon(rules)
        targets_lexicon.lexicon(rules)
        targets_places.gazetteer(rules)
        officials_titles.lexicon(rules)
        projects_lexicon.lexicon(rules)

    def process(self, rec: PageRecord) -> PageRecord:
        if not rec.text or rec.status != "ok":
            return rec
        ctx = page_context(rec, rules=self.rules)
        rec.targets = extract_targets(ctx, self.rules)
        rec.officials = extract_officials(ctx, self.rules)
        rec.projects = extract_projects(ctx, self.rules)
        for table in ("targets", "officials", "projects"):
            rows = getattr(rec, table)
            self.count(table, len(rows))
            for row in rows:
                self.count(f"rule:{row.get('rule', '')}")
        return rec
