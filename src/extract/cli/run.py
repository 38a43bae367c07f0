"""``extract run``: process pages into tables."""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from ..rulebook import RuleError

EXAMPLES = """examples:
  extract run                              # corpus/ -> outputs/
  extract run pages/ -o out/ -j 4          # a folder, four processes
  extract run crawl.warc.gz -o out/        # every HTTP response record of a WARC
  extract run a.html b.txt.gz --format csv # single files, CSV only
"""


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser("run", help="process pages into tables", description="Process pages into tables.",
                       epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    g = p.add_argument_group("input")
    g.add_argument("inputs", nargs="*", default=["corpus"],
                   help="files or folders: .html .htm .txt, .gz of those, .warc(.gz) (default: corpus/)")
    g = p.add_argument_group("output")
    g.add_argument("-o", "--out", default="outputs", help="output folder (default: outputs/)")
    g.add_argument("--format", default="parquet,csv", help="comma-separated formats (default: parquet,csv)")
    g = p.add_argument_group("rules")
    g.add_argument("--rules", default=None, help="rules folder (default: the project's rules/)")
    g = p.add_argument_group("execution")
    g.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)")
    g.add_argument("--strict", action="store_true", help="exit 1 when any page failed")
    g.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    return p


def main(args: argparse.Namespace) -> int:
    from ..api import run as run_pages
    from . import EXIT_OK, EXIT_PAGE_ERRORS, EXIT_USAGE

    formats = tuple(f.strip() for f in args.format.split(",") if f.strip())
    missing = [p for p in args.inputs if not Path(p).exists() and not Path(p).is_symlink()]
    if missing:
        print(f"extract: no such input: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    t0 = time.perf_counter()
    try:
        result = run_pages(args.inputs, args.out, rules=args.rules, jobs=max(1, args.jobs), formats=formats)
    except RuleError as exc:
        print(f"extract: bad rule file: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (PermissionError, ValueError) as exc:
        print(f"extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not args.quiet:
        print_summary(result, args.out, time.perf_counter() - t0)
    if args.strict and len(result["errors"]):
        return EXIT_PAGE_ERRORS
    return EXIT_OK


def print_summary(result, out: str, elapsed: float) -> None:
    docs, errs = len(result["documents"]), len(result["errors"])
    print("stage counters:")
    for stage, stats in result.counters.items():
        shown = ", ".join(f"{k}={v}" for k, v in sorted(stats.items()) if not k.startswith("rule:"))
        print(f"  {stage:18s} {shown}")
    mark = "ok" if result.accounted else "MISMATCH"
    print(f"inputs={result.inputs} = documents={docs} + errors={errs} ({mark})")
    print(f"targets={len(result['targets'])} officials={len(result['officials'])} projects={len(result['projects'])}")
    print(f"wrote {out}/ in {elapsed:.1f}s")
