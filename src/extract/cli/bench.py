"""``extract bench``: pages/s, MB/s, time per stage and peak RSS of the pipeline, optionally vs trafilatura.

Every figure comes from one invocation, so ratios (``-j 2`` / ``-j 1``, extract /
trafilatura, RSS at 20,000 / 200 pages) compare runs made under the same load.
Each pipeline run is a subprocess (``extract.engines.measure``) so that its
peak RSS is its own.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXAMPLES = """examples:
  extract bench ../shared/realpages/pages --jobs 1,2 --vs trafilatura
  extract bench ../shared/realpages/pages --jobs 2 --pages 200,20000   # memory at scale (pages replicated)
"""


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser("bench", help="measure speed and memory", description=__doc__.split("\n\n")[0],
                       epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="*", default=["corpus"], help="files or folders (default: corpus/)")
    p.add_argument("-j", "--jobs", default="1", help="comma-separated worker counts to run (default: 1)")
    p.add_argument("--pages", default="", help="comma-separated page counts; inputs are replicated (symlinks "
                   "in a temporary folder) or cut to each count (default: the inputs as they are)")
    p.add_argument("--vs", choices=("trafilatura",), default=None, help="also time this extractor on the same pages, "
                   "main text alone and with its metadata (the ratio to the first is the headline)")
    p.add_argument("--engine", choices=("local", "ray"), default="local")
    p.add_argument("--rules", default=None, help="rules folder (default: the project's rules/)")
    p.add_argument("--tables-only", action="store_true", help="time the tables only, not codebook and report")
    p.add_argument("--json", default=None, help="also write the figures to this file")
    return p


def list_files(inputs: list[str]) -> list[Path]:
    from ..read.sources import iter_paths

    return [p for p in iter_paths(inputs) if p.is_file()]


def replicate(files: list[Path], n: int, into: Path) -> list[str]:
    """``n`` pages as symlinks into ``into`` (the inputs cycled, one folder per copy)."""
    for i in range(n):
        src = files[i % len(files)].resolve()
        folder = into / f"copy{i // len(files):05d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / src.name).symlink_to(src)
    return [str(into)]


def measured_run(inputs: list[str], jobs: int, args: argparse.Namespace) -> dict:
    spec = {"inputs": inputs, "jobs": jobs, "rules": args.rules, "tables_only": args.tables_only,
            "engine": args.engine}
    proc = subprocess.run([sys.executable, "-m", "extract.engines.measure", json.dumps(spec)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"measured run failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


TRAFILATURA_MODES = {
    # main text alone: the yardstick, and the one the headline ratio uses
    "trafilatura": {},
    # main text with title, date, author and site name: what a documents row holds besides
    "trafilatura+meta": {"with_metadata": True, "output_format": "json"},
}


def time_trafilatura(files: list[Path], options: dict) -> dict:
    """``trafilatura.extract(page_bytes, **options)`` over ``files``, after one untimed call
    (its lazily loaded parts: the pipeline's are timed, so this is the stricter comparison)."""
    try:
        import trafilatura
    except ImportError as exc:
        raise RuntimeError("trafilatura is not installed: pip install -e '.[bench]'") from exc
    if files:
        trafilatura.extract(files[0].read_bytes(), **options)
    t0, c0 = time.perf_counter(), time.process_time()
    for f in files:
        trafilatura.extract(f.read_bytes(), **options)
    return {"jobs": 1, "inputs": len(files), "seconds": time.perf_counter() - t0, "cpu_seconds": time.process_time() - c0}


def main(args: argparse.Namespace) -> int:
    from . import EXIT_OK, EXIT_USAGE

    try:
        jobs = [int(j) for j in args.jobs.split(",") if j.strip()]
        counts = [int(n) for n in args.pages.split(",") if n.strip()] or [0]
    except ValueError:
        print("extract: --jobs and --pages take comma-separated numbers", file=sys.stderr)
        return EXIT_USAGE
    files = list_files(args.inputs)
    if not files:
        print(f"extract: no pages under {' '.join(args.inputs)}", file=sys.stderr)
        return EXIT_USAGE
    rows: list[dict] = []
    try:
        with tempfile.TemporaryDirectory(prefix="extract-pages-") as tmp:
            for n in counts:
                inputs, used = list(args.inputs), files
                if n:
                    inputs = replicate(files, n, Path(tmp) / f"n{n}")
                    used = [files[i % len(files)] for i in range(n)]
                mb = sum(f.stat().st_size for f in used) / 1e6
                for j in jobs:
                    rows.append({"what": f"extract -j{j}", "pages": len(used), "mb": mb, **measured_run(inputs, j, args)})
                if args.vs:
                    for what, options in TRAFILATURA_MODES.items():
                        rows.append({"what": what, "pages": len(used), "mb": mb, **time_trafilatura(used, options)})
    except RuntimeError as exc:
        print(f"extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    report(rows)
    if args.json:
        Path(args.json).write_text(json.dumps({"cpus": os.cpu_count(), "runs": rows}, indent=2), encoding="utf-8")
    return EXIT_OK


def report(rows: list[dict]) -> None:
    print(f"{'run':17s} {'pages':>7s} {'MB':>7s} {'seconds':>8s} {'CPU s':>7s} {'pages/s':>8s} {'MB/s':>6s} "
          f"{'peak RSS MB':>12s}")
    for r in rows:
        r["pages_s"] = r["inputs"] / r["seconds"] if r["seconds"] else float("nan")
        rss = f"{r['peak_rss_mb']:.0f}" if "peak_rss_mb" in r else "-"
        cpu = f"{r['cpu_seconds']:.1f}" if "cpu_seconds" in r else "-"
        print(f"{r['what']:17s} {r['inputs']:7d} {r['mb']:7.1f} {r['seconds']:8.2f} {cpu:>7s} {r['pages_s']:8.1f} "
              f"{r['mb'] / r['seconds']:6.2f} {rss:>12s}")
    for r in rows:
        if r.get("timings"):
            total = sum(r["timings"].values()) or 1.0
            shares = sorted(r["timings"].items(), key=lambda kv: -kv[1])
            print(f"stage share ({r['what']}, {r['inputs']} pages): "
                  + ", ".join(f"{k} {v / total:.0%}" for k, v in shares))
    print_ratios(rows)


def print_ratios(rows: list[dict]) -> None:
    by_pages: dict[int, dict[str, dict]] = {}
    for r in rows:
        by_pages.setdefault(r["inputs"] if r["what"].startswith("extract") else r["pages"], {})[r["what"]] = r
    for pages, runs in by_pages.items():
        one = runs.get("extract -j1")
        for what, r in runs.items():
            if one is not None and what.startswith("extract -j") and what != "extract -j1":
                print(f"ratio {what} / -j1 ({pages} pages): {r['pages_s'] / one['pages_s']:.2f}x")
            if one is not None and not what.startswith("extract"):
                print(f"ratio extract -j1 / {what} ({pages} pages): {one['pages_s'] / r['pages_s']:.2f}x")
    rss = [(r["inputs"], r["what"], r["peak_rss_mb"]) for r in rows if "peak_rss_mb" in r]
    for what in sorted({w for _, w, _ in rss}):
        series = sorted((n, m) for n, w, m in rss if w == what)
        if len(series) > 1:
            (n0, m0), (n1, m1) = series[0], series[-1]
            print(f"peak RSS {what}: {m0:.0f} MB at {n0} pages, {m1:.0f} MB at {n1} pages ({m1 / m0:.2f}x)")
