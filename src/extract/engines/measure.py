"""One measured run, in a process of its own so that its peak RSS is its own.

``python -m extract.engines.measure JSON`` runs the pipeline as ``extract run``
does and prints one JSON line: pages, seconds, per-stage seconds, peak RSS
(this process and its workers). Used by ``extract bench``.
"""
from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path


def peak_rss_mb() -> float:
    """Largest resident set of this process or any finished child (Linux reports KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1 / 1024 / 1024 if sys.platform == "darwin" else 1 / 1024
    return max(own, kids) * scale


def measure(inputs: list[str], jobs: int, rules: str | None, tables_only: bool, engine: str = "local") -> dict:
    import extract
    from extract.engines import run_engine
    from extract.rulebook import default_rules_dir, load_rules
    from extract.write.tables import FORMATS

    rules_dir = Path(rules) if rules else default_rules_dir()
    ruleset = load_rules(rules_dir)
    t_load = time.perf_counter()
    if engine == "local":
        from extract.engines.worker import pipeline_for

        pipeline_for(str(rules_dir))  # rules, dictionaries, patterns: once per process, not timed per page
    load_seconds = time.perf_counter() - t_load
    with tempfile.TemporaryDirectory(prefix="extract-bench-") as out:
        t0 = time.perf_counter()
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu0 = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
        if tables_only:
            result = run_engine(engine, inputs, rules_dir, Path(out), jobs=jobs, formats=FORMATS,
                                shard_inputs=int(ruleset.setting("engine.shard_inputs", 32)), force=True,
                                min_shards=int(ruleset.setting("engine.min_shards", 1)))
        else:
            result = extract.run(inputs, out, rules=rules_dir, jobs=jobs, engine=engine, force=True)
        seconds = time.perf_counter() - t0
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime - cpu0
        return {"jobs": jobs, "load_seconds": load_seconds, "inputs": result.inputs, "seconds": seconds, "cpu_seconds": cpu, "timings": result.timings,
                "counts": dict(result.counts), "accounted": result.accounted, "peak_rss_mb": peak_rss_mb()}


def main(argv: list[str]) -> int:
    spec = json.loads(argv[0])
    print(json.dumps(measure(spec["inputs"], spec["jobs"], spec.get("rules"), spec.get("tables_only", False),
                             spec.get("engine", "local"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
