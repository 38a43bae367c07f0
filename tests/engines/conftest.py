"""Small inputs for engine tests: the seeds plus a few real pages (symlinked), and rules with tiny shards."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from ..conftest import CORPUS, ROOT, SHARED

N_REAL = 10


@pytest.fixture(scope="session")
def small_inputs(tmp_path_factory) -> list[str]:
    """Seeds and, when ../shared is there, the first real pages."""
    folder = tmp_path_factory.mktemp("real")
    pages = SHARED / "realpages" / "pages"
    if pages.is_dir():
        for p in sorted(pages.iterdir())[:N_REAL]:
            (folder / p.name).symlink_to(p)
    return [str(CORPUS), str(folder)]


@pytest.fixture(scope="session")
def tiny_shard_rules(tmp_path_factory) -> Path:
    """The project's rules with two inputs per shard, so a short run has many shards."""
    rules = tmp_path_factory.mktemp("rules") / "rules"
    shutil.copytree(ROOT / "rules", rules)
    settings = rules / "settings.toml"
    text = settings.read_text(encoding="utf-8").replace("shard_inputs = 32", "shard_inputs = 2")
    assert "shard_inputs = 2" in text
    settings.write_text(text, encoding="utf-8")
    return rules


def assert_same_tables(a, b) -> None:
    """Equal tables, but for the per-page processing time."""
    for table in ("documents", "targets", "officials", "projects", "errors"):
        x, y = a[table], b[table]
        if table == "documents":
            x, y = x.drop(columns=["seconds"]), y.drop(columns=["seconds"])
        pd.testing.assert_frame_equal(x, y, obj=table)
