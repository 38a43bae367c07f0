"""The Ray engine: the same stages on Ray Data (read binary files, map in batches, write Parquet).

Each input file becomes one row of ``read_binary_files``; :class:`PageMapper`
(one pipeline per Ray actor, built in its constructor) turns a batch of files
into one row per page holding its table rows, stage counters and timings,
pickled; ``write_parquet`` puts those under ``OUT/_ray/``. The driver then cuts
them into the same shards, parts and markers as the local engine (in input
order, by the ``seq`` column) and combines them, so both engines write the
same tables. On a cluster, inputs, rules and OUT must be paths every node
sees (a shared file system) and the nodes need this package installed.
"""
from __future__ import annotations

import os
import pickle
import shutil
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from ..read.sources import Input, Limits, gunzip, inputs_of, is_warc_name
from ..record import Drop
from ..write.shards import TABLE_NAMES, write_part
from ..write.tables import FORMATS
from .local import finish
from .plan import Plan, plan_run, write_marker
from .progress import Progress
from .result import RunResult
from .worker import counter_delta, outcome_rows

RAY_DIR = "_ray"


def inputs_from_bytes(given: str, data: bytes, limits: Limits) -> Iterator[Input]:
    """What :func:`~extract.read.sources.inputs_of` yields, from bytes Ray already read."""
    path = Path(given)
    if is_warc_name(path.name):  # records need warcio's reader over the file itself
        yield from inputs_of(path, limits)
        return
    try:
        if len(data) > limits.max_input_bytes:
            raise Drop("too-large", f"{len(data)} bytes is over the max_input_bytes limit ({limits.max_input_bytes})")
        if path.name.lower().endswith(".gz"):
            data = gunzip(data, limits.max_inflated_bytes)
        yield Input(given, data)
    except Drop as drop:
        yield Input(given, error=drop)


class PageMapper:
    """Ray Data callable class: rules loaded once per actor, a batch of files in, one row per page out."""

    def __init__(self, rules_dir: str, seq_of: dict[str, tuple[str, int]], limits: tuple[int, int]) -> None:
        from ..pipeline import Pipeline
        from ..rulebook import load_rules

        self.pipe = Pipeline(load_rules(Path(rules_dir)))
        self.seq_of = seq_of
        self.limits = Limits(*limits)

    def lookup(self, ray_path: str) -> tuple[str, int]:
        for key in (ray_path, os.path.abspath(ray_path), "/" + ray_path.lstrip("/")):
            if key in self.seq_of:
                return self.seq_of[key]
        raise KeyError(f"Ray returned a path the driver did not list: {ray_path}")

    def __call__(self, batch):
        import pyarrow as pa

        seqs, ks, payloads = [], [], []
        for ray_path, data in zip(batch["path"].to_pylist(), batch["bytes"].to_pylist()):
            given, seq = self.lookup(ray_path)
            for k, item in enumerate(inputs_from_bytes(given, data, self.limits)):
                seqs.append(seq)
                ks.append(k)
                payloads.append(pickle.dumps(self.run_one(item), protocol=pickle.HIGHEST_PROTOCOL))
        return pa.table({"seq": pa.array(seqs, pa.int64()), "k": pa.array(ks, pa.int64()),
                         "payload": pa.array(payloads, pa.binary())})

    def run_one(self, item: Input) -> dict:
        before = {s.name: Counter(s.stats) for s in self.pipe.stages}
        outcome = self.pipe.run_input(item)
        rows: dict[str, list[dict]] = {t: [] for t in TABLE_NAMES}
        outcome_rows(outcome, rows)
        timings = outcome.record.timings if outcome.record is not None else {}
        return {"rows": rows, "counters": counter_delta(self.pipe, before), "timings": dict(timings)}


def run_ray(inputs: Iterable[str | Path], rules_dir: Path, out: Path, *, address: str | None = None,
            limits: Limits | None = None, formats: tuple[str, ...] = FORMATS,
            shard_inputs: int = 32, batch_size: int | None = None, quiet: bool = True,
            min_shards: int = 1) -> RunResult:
    try:
        import ray
    except ImportError as exc:
        raise ValueError("the Ray engine needs ray: pip install -e '.[ray]'") from exc
    from ..rulebook import load_rules

    limits = limits or Limits()
    batch_size = batch_size or int(load_rules(Path(rules_dir)).setting("engine.ray_batch_size", 16))
    out = Path(out)
    plan = plan_run(inputs, out, rules_dir, shard_inputs, limits, force=True, min_shards=min_shards)  # Ray runs are not resumed
    listed = [p for s in plan.shards for p in s.paths]
    readable = [(i, p) for i, p in enumerate(listed) if Path(p).is_file()]
    staging = out / RAY_DIR
    shutil.rmtree(staging, ignore_errors=True)
    if readable:
        if not ray.is_initialized():
            ray.init(address=address, ignore_reinit_error=True, include_dashboard=False,
                     log_to_driver=not quiet, logging_level="ERROR")
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = not quiet
        seq_of = {str(Path(p).resolve()): (p, i) for i, p in readable}
        seq_of.update({os.path.abspath(p): (p, i) for i, p in readable})
        workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
        ds = ray.data.read_binary_files([str(Path(p).resolve()) for _, p in readable], include_paths=True)
        # an autoscaling actor pool leaves CPU for the read tasks (a fixed pool of all CPUs can starve them)
        pool = ray.data.ActorPoolStrategy(min_size=1, max_size=workers)
        ds = ds.map_batches(PageMapper, batch_size=batch_size, batch_format="pyarrow", compute=pool,
                            fn_constructor_kwargs={"rules_dir": str(Path(rules_dir).resolve()), "seq_of": seq_of,
                                                   "limits": (limits.max_input_bytes, limits.max_inflated_bytes)})
        ds.write_parquet(str(staging.resolve()))
    split_into_shards(plan, staging, limits, quiet)
    shutil.rmtree(staging, ignore_errors=True)
    return finish(out, [s.index for s in plan.shards], formats)


def split_into_shards(plan: Plan, staging: Path, limits: Limits, quiet: bool) -> None:
    """Ray's page rows, in input order, into the local engine's parts and markers, one shard at a time."""
    import pyarrow.compute as pc
    import pyarrow.dataset as pads

    data = pads.dataset(str(staging), format="parquet") if staging.is_dir() else None
    progress = Progress(plan.n_paths, quiet=quiet, unit="file")
    first = 0
    for shard in plan.shards:
        lo, hi = first, first + len(shard.paths)
        first = hi
        pages: list[tuple[int, int, dict]] = []
        if data is not None:
            tab = data.to_table(filter=(pc.field("seq") >= lo) & (pc.field("seq") < hi))
            pages = [(s, k, pickle.loads(p)) for s, k, p in
                     zip(tab["seq"].to_pylist(), tab["k"].to_pylist(), tab["payload"].to_pylist())]
        seen = {s for s, _, _ in pages}
        for i, path in enumerate(shard.paths, start=lo):  # not handed to Ray: dangling links, folders
            if i not in seen:
                pages += [(i, k, local_page(item)) for k, item in enumerate(inputs_of(Path(path), limits))]
        pages.sort(key=lambda t: (t[0], t[1]))
        write_shard(plan.out, shard.index, [p for _, _, p in pages])
        progress.update(len(shard.paths))
    progress.close()


def local_page(item: Input) -> dict:
    """An input that never reached Ray (it is an error row): handled as the local engine does."""
    rows: dict[str, list[dict]] = {t: [] for t in TABLE_NAMES}
    if item.error is not None:
        rows["errors"].append({"source_path": item.source_path, "stage": "read", "error": item.error.reason,
                               "message": item.error.message})
    return {"rows": rows, "counters": {}, "timings": {}}


def write_shard(out: Path, index: int, pages: list[dict]) -> None:
    rows: dict[str, list[dict]] = {t: [] for t in TABLE_NAMES}
    counters: dict[str, Counter] = {}
    timings: Counter = Counter()
    for page in pages:
        for t, r in page["rows"].items():
            rows[t].extend(r)
        for stage, stats in page["counters"].items():
            counters.setdefault(stage, Counter()).update(stats)
        timings.update(page["timings"])
    for t, r in rows.items():
        write_part(out, t, index, r)
    write_marker(out, index, {"shard": index, "inputs": len(pages), "counts": {t: len(r) for t, r in rows.items()},
                              "counters": {s: dict(c) for s, c in counters.items()}, "timings": dict(timings)})
