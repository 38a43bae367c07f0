"""``extract.toml``: a project's defaults for the command line, read only when a command runs.

Found by an explicit ``--config FILE``, or else in the first input's folder
or one of its parents (the walk stops at the folder holding ``.git`` or
``pyproject.toml``, the project's root). Options given on the command line
always win over the file, and the file over the built-in defaults.

    # extract.toml
    [run]
    out = "outputs"               # paths are relative to this file
    format = ["parquet", "csv", "dta", "xlsx"]
    rules = "rules"
    jobs = 2
    strict = true

    [explain]
    rules = "rules"

A top-level ``rules = "..."`` applies to every command.
"""
from __future__ import annotations

import argparse
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

CONFIG_NAME = "extract.toml"
PATH_KEYS = frozenset({"out", "rules"})
SHARED_KEYS = frozenset({"rules"})
ROOT_MARKERS = (".git", "pyproject.toml")


class ConfigError(ValueError):
    """A config file that cannot be used; the message names the file (and line where known)."""


@dataclass(frozen=True)
class Config:
    path: Path | None
    data: Mapping[str, Any]

    def section(self, command: str) -> dict[str, Any]:
        """The ``[command]`` table, with shared top-level keys (``rules``) under it."""
        shared = {k: v for k, v in self.data.items() if k in SHARED_KEYS}
        own = self.data.get(command, {})
        return {**shared, **(own if isinstance(own, dict) else {})}


def find_config(explicit: str | Path | None, inputs: Iterable[str | Path] = ()) -> Path | None:
    """The config file to use: ``explicit`` (must exist), else the nearest ``extract.toml`` above the first input."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"{path}: config file not found")
        return path
    first = next(iter(inputs), None)
    if first is None:
        return None
    folder = Path(first).resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        if (candidate / CONFIG_NAME).is_file():
            return candidate / CONFIG_NAME
        if any((candidate / m).exists() for m in ROOT_MARKERS):
            return None
    return None


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config(None, {})
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: bad TOML: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    return Config(Path(path), data)


def resolve(args: argparse.Namespace, command: str, defaults: Mapping[str, Any],
            inputs: Iterable[str | Path] = ()) -> Config:
    """Fill every option in ``defaults`` that the command line left as None: config file, then default.

    Flags (``strict``, ``quiet``) are on when either the command line or the file turns them on.
    """
    config = load_config(find_config(getattr(args, "config", None), inputs))
    values = config.section(command)
    unknown = sorted(k for k, v in values.items() if k not in defaults and not isinstance(v, dict))
    if unknown:
        raise ConfigError(f"{config.path}: [{command}] has unknown key(s) {', '.join(unknown)}; "
                          f"known: {', '.join(sorted(defaults))}")
    for key, default in defaults.items():
        given = getattr(args, key, None)
        if key in values:
            value = _coerce(config, command, key, values[key], default)
        else:
            value = default
        if isinstance(default, bool):
            setattr(args, key, bool(given) or bool(value))
        elif given is None:
            setattr(args, key, value)
    return config


def _coerce(config: Config, command: str, key: str, value: Any, default: Any) -> Any:
    where = f"{config.path}: [{command}] {key}"
    if key == "format" and isinstance(value, list):
        value = ",".join(str(v) for v in value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{where} must be true or false")
        return value
    if isinstance(default, int):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ConfigError(f"{where} must be a whole number")
        return value
    if not isinstance(value, str):
        raise ConfigError(f"{where} must be text")
    if key in PATH_KEYS and config.path is not None:
        return str((config.path.parent / value).resolve()) if not Path(value).is_absolute() else value
    return value
