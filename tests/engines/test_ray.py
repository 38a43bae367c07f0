"""The Ray engine writes the local engine's tables (seeds and a few real pages, a local Ray)."""
from __future__ import annotations

import pytest

import extract

from .conftest import assert_same_tables

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    yield
    ray.shutdown()


def test_ray_tables_equal_local_tables(local_ray, small_inputs, tmp_path):
    local = extract.run(small_inputs, tmp_path / "local", jobs=1)
    on_ray = extract.run(small_inputs, tmp_path / "ray", engine="ray")
    assert_same_tables(local, on_ray)
    assert on_ray.accounted and on_ray.inputs == local.inputs and on_ray.counters == local.counters
    assert (tmp_path / "ray" / "documents.parquet").exists() and not (tmp_path / "ray" / "_ray").exists()
