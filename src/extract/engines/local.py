"""The local engine: shards of inputs run in one process (``jobs=1``) or in this process and forked workers.

Each shard's process writes its own table parts and completion marker, so
this process holds no more than a few shards' rows: memory stays flat however
large the corpus. A new run appends each shard's parts to ``OUT/NAME.parquet``
/ ``.csv`` as it finishes (workers hand them back with their result, so they
are not read back from disk); a resumed run combines the parts at the end.
"""
from __future__ import annotations

from collections import deque
from contextlib import nullcontext
from functools import partial
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa

from ..read.sources import Limits
from ..write.shards import TABLE_NAMES, StreamedTables, combine
from ..write.tables import FORMATS
from .claims import shared_out
from .plan import Plan, Shard, plan_run, read_markers, state_dir, write_marker
from .progress import Progress
from .result import RunResult
from .worker import pipeline_for, process_shard

DEFAULT_SHARD_INPUTS = 32

__all__ = ["RunResult", "run_local", "finish"]


def _run_shard(rules_dir: str, out: str, limits: Limits, keep: bool,
               shard: Shard) -> tuple[int, int, dict[str, pa.Table] | None]:
    summary, parts = process_shard(rules_dir, out, shard.index, shard.paths, limits, keep=keep)
    write_marker(Path(out), shard.index, summary)  # last: the marker proves the parts are complete
    return shard.index, len(shard.paths), parts if keep else None


def in_process(plan: Plan, jobs: int) -> bool:
    return jobs <= 1 or len(plan.pending) <= 1


def run_shards(plan: Plan, rules_dir: str, jobs: int, limits: Limits,
               keep: bool = False) -> Iterator[tuple[int, int, dict[str, pa.Table] | None]]:
    """Run the pending shards; yields (shard index, paths done, the shard's parts or ``None``)
    as each finishes: in shard order in one process, out of turn with workers. With ``jobs``
    above one, this process and ``jobs - 1`` forked workers claim shards in turn
    (:mod:`.claims`). The parts come back with ``keep`` (from a worker through a pipe,
    cheaper than reading the part files again); without it the workers only write them.
    """
    pending = plan.pending
    work = partial(_run_shard, rules_dir, str(plan.out), limits, keep)
    if in_process(plan, jobs):
        for shard in pending:
            yield work(shard)
        return
    pipeline_for(rules_dir)  # load once before forking: workers share the loaded rules copy-on-write
    yield from shared_out(work, pending, min(jobs, len(pending)))


def run_local(inputs: Iterable[str | Path], rules_dir: Path, out: Path, jobs: int = 1,
              limits: Limits | None = None, formats: tuple[str, ...] = FORMATS,
              shard_inputs: int = DEFAULT_SHARD_INPUTS, force: bool = False, quiet: bool = True,
              min_shards: int = 1) -> RunResult:
    """Run (or resume) a run into ``out`` and combine its tables.

    A new run streams each shard's parts into the combined files in shard
    order as the shards finish (:class:`StreamedTables`); a resumed run
    combines the parts at the end.
    """
    limits = limits or Limits()
    out = Path(out)
    plan = plan_run(inputs, out, rules_dir, shard_inputs, limits, force=force, min_shards=min_shards)
    done_paths = sum(len(s.paths) for s in plan.shards if s.index in plan.done)
    stream = bool(formats) and not plan.done
    progress = Progress(plan.n_paths, quiet=quiet, done=done_paths, unit="file")
    order = deque(s.index for s in plan.pending)   # shards go into the combined files in this order
    ready: dict[int, dict[str, pa.Table]] = {}      # finished out of turn (workers): held until their turn
    with StreamedTables(out, formats, state_dir(out)) if stream else nullcontext() as combined:
        try:
            for index, n_paths, parts in run_shards(plan, str(rules_dir), jobs, limits, keep=stream):
                if combined is not None:
                    ready[index] = parts or {}
                    while order and order[0] in ready:
                        combined.add(ready.pop(order.popleft()))
                progress.update(n_paths)
        finally:
            progress.close()
    return finish(out, [s.index for s in plan.shards], () if stream else formats, streamed=formats if stream else ())


def finish(out: Path, shards: list[int], formats: tuple[str, ...], streamed: tuple[str, ...] = ()) -> RunResult:
    """Combine the parts into the contract's files and sum the markers into a result;
    ``streamed``: the formats already written while the shards ran."""
    counters, counts, inputs, timings = read_markers(out, shards)
    for table in TABLE_NAMES:
        if formats:
            combine(out, table, formats)
    return RunResult(counters=counters, inputs=inputs, counts=counts, out=Path(out), timings=dict(timings),
                     combined="parquet" in (*formats, *streamed))
