"""Executors: the same stages run in one process, a local pool, or on Ray.

:func:`run_engine` is the one entry point; an engine writes the table parts
under ``out`` and returns a :class:`RunResult` whose tables are read back on
demand.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from ..read.sources import Limits
from ..write.tables import FORMATS
from .result import RunResult

ENGINES = ("local", "ray")


def run_engine(engine: str, inputs: Iterable[str | Path], rules_dir: Path, out: Path, *, jobs: int = 1,
               limits: Limits | None = None, formats: tuple[str, ...] = FORMATS,
               shard_inputs: int = 32, force: bool = False, quiet: bool = True,
               address: str | None = None, min_shards: int = 1) -> RunResult:
    if engine == "local":
        from .local import run_local

        return run_local(inputs, rules_dir, out, jobs=jobs, limits=limits, formats=formats,
                         shard_inputs=shard_inputs, force=force, quiet=quiet, min_shards=min_shards)
    if engine == "ray":
        from .ray_data import run_ray

        return run_ray(inputs, rules_dir, out, address=address, limits=limits, formats=formats,
                       shard_inputs=shard_inputs, quiet=quiet, min_shards=min_shards)
    raise ValueError(f"unknown engine {engine!r} (known: {', '.join(ENGINES)})")


__all__ = ["ENGINES", "RunResult", "run_engine"]
