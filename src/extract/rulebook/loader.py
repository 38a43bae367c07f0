"""Read and validate one TSV rule file.

Format (meant to be edited by an analyst in a text editor or spreadsheet):

* UTF-8, one rule per line, fields separated by a TAB;
* lines starting with ``#`` and blank lines are comments;
* the first other line is the header; it must contain ``id``;
* columns named ``pattern`` or ending in ``_re`` are regular expressions
  (``regex`` module syntax) and are compiled on load;
* a column ending in ``?`` in the schema is optional, others are required;
* a column whose allowed values are :class:`Several` may list several, comma-separated
  (``head,last``: one rule for two places, not two copies of it).

Any problem is a :class:`RuleError` naming the file and line.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import regex

from .schema import Several


class RuleError(ValueError):
    """A rule file that cannot be used; the message names the file and line."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path = str(path)
        self.line = line
        super().__init__(f"{path}:{line}: {message}")


@dataclass(frozen=True)
class RuleRow:
    """One rule: its id, the fields of its line, compiled patterns, and where it came from."""

    id: str
    fields: dict[str, str]
    path: str
    line: int
    compiled: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __getitem__(self, key: str) -> str:
        return self.fields.get(key, "")

    def get(self, key: str, default: str = "") -> str:
        value = self.fields.get(key, "")
        return value if value != "" else default

    def regex(self, column: str = "pattern") -> Any:
        return self.compiled[column]


def is_pattern_column(name: str) -> bool:
    return name == "pattern" or name.endswith("_re")


def load_tsv(path: Path, required: Iterable[str] = (), choices: dict[str, set[str]] | None = None) -> list[RuleRow]:
    """Load ``path`` and check it: header, required columns, ids, regexes, choices."""
    path = Path(path)
    try:
        content = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RuleError(path, 1, f"not UTF-8 ({exc.reason})") from exc
    except OSError as exc:
        raise RuleError(path, 0, f"cannot read: {exc.strerror}") from exc
    header: list[str] | None = None
    rows: list[RuleRow] = []
    seen: dict[str, int] = {}
    required = list(required)
    choices = choices or {}
    for lineno, line in enumerate(content.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            if "id" not in header:
                raise RuleError(path, lineno, "header has no 'id' column (columns are separated by TABs)")
            missing = [c for c in required if c not in header]
            if missing:
                raise RuleError(path, lineno, f"header lacks required column(s): {', '.join(missing)}")
            if len(set(header)) != len(header):
                raise RuleError(path, lineno, "header repeats a column name")
            continue
        if len(cells) > len(header):
            raise RuleError(path, lineno, f"{len(cells)} fields but the header has {len(header)} (a stray TAB?)")
        cells += [""] * (len(header) - len(cells))
        fields = dict(zip(header, cells))
        rule_id = fields["id"]
        if not rule_id:
            raise RuleError(path, lineno, "empty id")
        if not regex.fullmatch(r"[\w.\-:]+", rule_id):
            raise RuleError(path, lineno, f"id {rule_id!r} may hold only letters, digits, '_', '-', '.', ':'")
        if rule_id in seen:
            raise RuleError(path, lineno, f"id {rule_id!r} already used on line {seen[rule_id]}")
        seen[rule_id] = lineno
        for col in required:
            if not fields.get(col):
                raise RuleError(path, lineno, f"rule {rule_id!r}: column {col!r} is empty")
        for col, allowed in choices.items():
            value = fields.get(col, "")
            values = value.split(",") if isinstance(allowed, Several) else [value]
            if value and any(v not in allowed for v in values):
                raise RuleError(path, lineno, f"rule {rule_id!r}: {col}={value!r} is not one of {sorted(allowed)}"
                                + (" (or several, comma-separated)" if isinstance(allowed, Several) else ""))
        compiled: dict[str, Any] = {}
        for col, value in fields.items():
            if is_pattern_column(col) and value:
                try:
                    compiled[col] = regex.compile(value)
                except regex.error as exc:
                    raise RuleError(path, lineno, f"rule {rule_id!r}: bad regular expression in {col!r}: {exc}") from exc
        rows.append(RuleRow(rule_id, fields, str(path), lineno, compiled))
    if header is None:
        raise RuleError(path, 1, "no header line")
    return rows
