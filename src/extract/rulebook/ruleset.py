"""The ``Rules`` object: every rule file of a folder, loaded and validated once.

Stages receive a ``Rules`` instance; nothing is read at import time. Each
process (or Ray worker) loads its own copy once: ``load_rules`` keeps the
loaded folders of this process keyed by every file's name, size and change
time, so a run that validates the rules, builds its pipeline and lists the
rules in its report compiles them once, and an edited file loads afresh.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from .loader import RuleError, RuleRow, load_tsv
from .schema import SCHEMAS


def default_rules_dir() -> Path:
    """The project's ``rules/`` folder (next to ``src/``)."""
    return Path(__file__).resolve().parents[3] / "rules"


@dataclass
class Rules:
    """All rule tables of one folder, keyed by file stem (``units.tsv`` -> ``units``)."""

    root: Path
    tables: dict[str, list[RuleRow]] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def table(self, name: str) -> list[RuleRow]:
        """Rows of ``rules/NAME.tsv``; an empty list when the file does not exist."""
        return self.tables.get(name, [])

    def words(self, name: str, column: str = "word") -> list[str]:
        return [r[column] for r in self.table(name) if r[column]]

    def setting(self, dotted: str, default: Any = None) -> Any:
        """A named threshold from ``rules/settings.toml`` (``section.key``)."""
        node: Any = self.settings
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def pattern(self, dotted: str) -> "regex.Pattern | None":
        """The regular expression of a ``*_re`` setting, compiled once per instance; None when the
        setting is absent or empty (load validated that it compiles)."""
        return self.cached(f"pattern:{dotted}", lambda: regex.compile(str(value)) if (value := self.setting(dotted)) else None)

    def cached(self, key: str, build: Any) -> Any:
        """Memoise a derived structure (compiled alternations, automata) on this instance."""
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    @property
    def userdict(self) -> Path | None:
        path = self.root / "userdict.txt"
        return path if path.exists() else None

    def rule_ids(self) -> list[str]:
        return [r.id for rows in self.tables.values() for r in rows]


LOADED_FOLDERS = 4
"""Rule folders a process keeps loaded (a run uses one; tests switch between a few)."""


def load_rules(root: Path | str | None = None) -> Rules:
    """Load and validate every ``*.tsv`` and ``settings.toml`` under ``root``.

    Raises :class:`RuleError` naming the file and line of the first problem. The same
    folder with the same files returns the same (already validated) ``Rules`` object.
    """
    root = Path(root) if root is not None else default_rules_dir()
    if not root.is_dir():
        raise RuleError(root, 0, "rules folder not found")
    root = root.resolve()
    stamp = tuple(sorted((p.name, st.st_size, st.st_mtime_ns) for p in root.iterdir()
                         if p.is_file() for st in [p.stat()]))
    return _load_folder(root, stamp)


@lru_cache(maxsize=LOADED_FOLDERS)
def _load_folder(root: Path, stamp: tuple) -> Rules:
    """``stamp``: the folder's files as (name, size, mtime), so that an edit loads afresh."""
    rules = Rules(root=root)
    owner: dict[str, RuleRow] = {}
    for path in sorted(root.glob("*.tsv")):
        required, choices = SCHEMAS.get(path.stem, (("id",), {}))
        rows = load_tsv(path, required, choices)
        for row in rows:
            if row.id in owner:
                first = owner[row.id]
                raise RuleError(path, row.line, f"id {row.id!r} already used in {first.path}:{first.line}")
            owner[row.id] = row
        rules.tables[path.stem] = rows
        for check in EXTRA_CHECKS.get(path.stem, ()):
            check(rows)
    settings_path = root / "settings.toml"
    if settings_path.exists():
        try:
            rules.settings = tomllib.loads(settings_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            line = getattr(exc, "lineno", None) or _line_from_message(str(exc))
            raise RuleError(settings_path, line, f"bad TOML: {exc}") from exc
        _check_setting_patterns(settings_path, rules.settings)
    _check_userdict(root / "userdict.txt")
    return rules


PATTERN_SUFFIX = "_re"   # a settings key ending so holds a regular expression


def _check_setting_patterns(path: Path, node: dict[str, Any], section: str = "") -> None:
    """Settings whose key ends in ``_re`` must compile; the error names the file and the key's line."""
    for key, value in node.items():
        if isinstance(value, dict):
            _check_setting_patterns(path, value, f"{section}{key}.")
        elif key.endswith(PATTERN_SUFFIX) and isinstance(value, str):
            try:
                regex.compile(value)
            except regex.error as exc:
                lines = path.read_text(encoding="utf-8").splitlines()
                line = next((i for i, t in enumerate(lines, 1) if t.lstrip().startswith(f"{key} ")
                             or t.lstrip().startswith(f"{key}=")), 0)
                raise RuleError(path, line, f"setting {section}{key}: bad regular expression: {exc}") from exc


def _same_length(rows: list[RuleRow]) -> None:
    for row in rows:
        if len(row["from"]) != len(row["to"]):
            raise RuleError(row.path, row.line, f"rule {row.id!r}: 'from' and 'to' must have the same length")


def _selectors_compile(rows: list[RuleRow]) -> None:
    """Site selectors (CSS or XPath) must compile; the error names file and line."""
    from ..clean.html.rules import _selector  # lxml is only needed when such a file exists

    for row in rows:
        _selector(row)


EXTRA_CHECKS = {"t2s_phrases": (_same_length,), "content_selectors": (_selectors_compile,)}


def _line_from_message(message: str) -> int:
    import re

    m = re.search(r"line (\d+)", message)
    return int(m.group(1)) if m else 0


def _check_userdict(path: Path) -> None:
    """jieba's user dictionary: ``word [freq] [tag]`` per line."""
    if not path.exists():
        return
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) > 3 or (len(parts) >= 2 and not parts[1].isdigit()):
            raise RuleError(path, lineno, "expected 'word [frequency] [tag]'")
