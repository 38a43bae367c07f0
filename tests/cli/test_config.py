"""extract.toml: found by --config or above the first input, command line first, never read at import."""
from __future__ import annotations

import argparse

import pytest

from extract.config import ConfigError, find_config, resolve

DEFAULTS = {"out": "outputs", "format": "parquet,csv", "rules": None, "jobs": 4, "strict": False, "quiet": False}


def ns(**kw) -> argparse.Namespace:
    base = {k: (False if isinstance(v, bool) else None) for k, v in DEFAULTS.items()}
    return argparse.Namespace(**{"config": None, **base, **kw})


def project(tmp_path, text: str):
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "extract.toml").write_text(text, encoding="utf-8")
    pages = tmp_path / "data" / "pages"
    pages.mkdir(parents=True)
    return pages


def test_found_above_the_first_input_paths_relative_to_the_file(tmp_path):
    pages = project(tmp_path, 'rules = "my-rules"\n[run]\nout = "results"\nformat = ["csv", "dta"]\njobs = 2\n'
                              'strict = true\n')
    assert find_config(None, [pages]) == tmp_path / "extract.toml"
    args = ns(jobs=1)
    resolve(args, "run", DEFAULTS, [pages])
    assert args.out == str(tmp_path / "results") and args.rules == str(tmp_path / "my-rules")
    assert args.format == "csv,dta" and args.jobs == 1 and args.strict is True  # -j 1 given: it wins


def test_no_config_gives_builtin_defaults_and_walk_stops_at_project_root(tmp_path):
    (tmp_path / "extract.toml").write_text("[run]\njobs = 9\n", encoding="utf-8")
    inner = tmp_path / "repo"
    (inner / ".git").mkdir(parents=True)
    assert find_config(None, [inner]) is None
    args = ns()
    resolve(args, "run", DEFAULTS, [inner])
    assert args.out == "outputs" and args.jobs == 4 and args.strict is False


def test_explicit_config_and_its_errors(tmp_path):
    bad = tmp_path / "x.toml"
    bad.write_text("[run]\njobs = 'many'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="jobs must be a whole number"):
        resolve(ns(config=str(bad)), "run", DEFAULTS)
    bad.write_text("[run]\nouts = 'x'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown key"):
        resolve(ns(config=str(bad)), "run", DEFAULTS)
    bad.write_text("[run\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="x.toml"):
        resolve(ns(config=str(bad)), "run", DEFAULTS)
    with pytest.raises(ConfigError, match="not found"):
        find_config(tmp_path / "missing.toml")


def test_nothing_is_read_at_import():
    import importlib

    import extract.config as config

    assert not [k for k, v in vars(importlib.reload(config)).items()
                if not k.startswith("__") and isinstance(v, (dict, list, set))]
