"""Command line: ``extract run``, grouped by concern (input, output, rules, execution)."""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from .rulebook import RuleError, default_rules_dir

EXIT_OK, EXIT_PAGE_ERRORS, EXIT_USAGE = 0, 1, 2

RUN_EXAMPLES = """examples:
  extract run                              # corpus/ -> outputs/
  extract run pages/ -o out/ -j 4          # a folder, four processes
  extract run crawl.warc.gz -o out/        # every HTTP response record of a WARC
  extract run a.html b.txt.gz --format csv # single files, CSV only
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="extract", description="Chinese news-text extraction pipeline.")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="process pages into tables", epilog=RUN_EXAMPLES,
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    g_in = run.add_argument_group("input")
    g_in.add_argument("inputs", nargs="*", default=["corpus"], help="files or folders (default: corpus/)")
    g_out = run.add_argument_group("output")
    g_out.add_argument("-o", "--out", default="outputs", help="output folder (default: outputs/)")
    g_out.add_argument("--format", default="parquet,csv", help="comma-separated: parquet,csv (default both)")
    g_rules = run.add_argument_group("rules")
    g_rules.add_argument("--rules", default=None, help="rules folder (default: the project's rules/)")
    g_exec = run.add_argument_group("execution")
    g_exec.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)")
    g_exec.add_argument("--strict", action="store_true", help="exit 1 when any page failed")
    g_exec.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        return cmd_run(args)
    return EXIT_USAGE


def cmd_run(args: argparse.Namespace) -> int:
    from .api import run as run_pages

    formats = tuple(f.strip() for f in args.format.split(",") if f.strip())
    bad = [f for f in formats if f not in ("parquet", "csv")]
    if bad:
        print(f"extract: unknown format(s): {', '.join(bad)}", file=sys.stderr)
        return EXIT_USAGE
    missing = [p for p in args.inputs if not Path(p).exists() and not Path(p).is_symlink()]
    if missing:
        print(f"extract: no such input: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    t0 = time.perf_counter()
    try:
        result = run_pages(args.inputs, args.out, rules=args.rules or default_rules_dir(), jobs=max(1, args.jobs),
                           formats=formats)
    except RuleError as exc:
        print(f"extract: bad rule file: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except PermissionError as exc:
        print(f"extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    elapsed = time.perf_counter() - t0
    if not args.quiet:
        print_summary(result, args.out, elapsed)
    if args.strict and len(result["errors"]):
        return EXIT_PAGE_ERRORS
    return EXIT_OK


def print_summary(result, out: str, elapsed: float) -> None:
    docs, errs = len(result["documents"]), len(result["errors"])
    print(f"stage counters:")
    for stage, stats in result.counters.items():
        shown = ", ".join(f"{k}={v}" for k, v in sorted(stats.items()) if not k.startswith("rule:"))
        print(f"  {stage:18s} {shown}")
    mark = "ok" if result.accounted else "MISMATCH"
    print(f"inputs={result.inputs} = documents={docs} + errors={errs} ({mark})")
    print(f"targets={len(result['targets'])} officials={len(result['officials'])} projects={len(result['projects'])}")
    print(f"wrote {out}/ in {elapsed:.1f}s")
