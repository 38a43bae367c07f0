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
  extract run pages/ --format parquet,csv,dta,xlsx   # also Stata (.dta) and Excel (tables.xlsx)
  extract run pages/ --config extract.toml # defaults from a settings file (see docs/usage.md)

Every run also writes OUT/report.html (open it in a browser) and OUT/codebook.md.
exit codes: 0 ok, 1 pages failed and --strict was given, 2 usage or configuration error
"""


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser("run", help="process pages into tables", description="Process pages into tables.",
                       epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    g = p.add_argument_group("input")
    g.add_argument("inputs", nargs="*", default=["corpus"],
                   help="files or folders: .html .htm .txt, .gz of those, .warc(.gz) (default: corpus/)")
    g = p.add_argument_group("output")
    g.add_argument("-o", "--out", default=None, help="output folder (default: outputs/)")
    g.add_argument("--format", default=None,
                   help="comma-separated: parquet, csv, dta (Stata), xlsx (Excel) (default: parquet,csv)")
    g = p.add_argument_group("rules")
    g.add_argument("--rules", default=None, help="rules folder (default: the project's rules/)")
    g = p.add_argument_group("execution")
    g.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: all cores)")
    g.add_argument("--strict", action="store_true", help="exit 1 when any page failed")
    g.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    g.add_argument("-v", "--verbose", action="store_true", help="also print rule hits and the files written")
    g.add_argument("--config", default=None, metavar="FILE",
                   help="extract.toml with default options (default: found above the first input)")
    g.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local processes (default) or Ray Data (needs the `ray` extra)")
    g.add_argument("--address", default=None, help="Ray cluster address (default: start a local Ray)")
    g.add_argument("--force", action="store_true", help="start over instead of resuming an interrupted run in OUT")
    g = p.add_argument_group(
        "limits", "a page over a limit becomes an errors row (or is cut, for text length) saying which limit; "
        "defaults come from rules/settings.toml [limits]: max_input_bytes 50,000,000, max_inflated_bytes "
        "100,000,000, max_text_chars 500,000, page_seconds 120")
    g.add_argument("--max-input-bytes", type=int, default=None, metavar="N", help="bytes read from one input file")
    g.add_argument("--max-inflated-bytes", type=int, default=None, metavar="N", help="bytes a .gz may inflate to")
    return p


def limits_from(args: argparse.Namespace):
    """Input limits given on the command line; None leaves the rules' settings in force."""
    given = {k: getattr(args, k, None) for k in ("max_input_bytes", "max_inflated_bytes")}
    given = {k: v for k, v in given.items() if v is not None}
    if not given:
        return None
    from ..read.sources import Limits

    return Limits(**given)


def main(args: argparse.Namespace) -> int:
    from ..api import run as run_pages
    from . import EXIT_OK, EXIT_PAGE_ERRORS, EXIT_USAGE

    from ..config import ConfigError, resolve

    try:  # command line first, then extract.toml, then the built-in defaults
        resolve(args, "run", run_defaults(), args.inputs)
    except ConfigError as exc:
        print(f"extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    formats = tuple(f.strip() for f in args.format.split(",") if f.strip())
    missing = [p for p in args.inputs if not Path(p).exists() and not Path(p).is_symlink()]
    if missing:
        print(f"extract: no such input: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    t0 = time.perf_counter()
    try:
        result = run_pages(args.inputs, args.out, rules=args.rules, jobs=max(1, args.jobs), formats=formats,
                           engine=args.engine, address=args.address, force=args.force, quiet=args.quiet,
                           limits=limits_from(args))
    except RuleError as exc:
        print(f"extract: bad rule file: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (PermissionError, ValueError) as exc:
        print(f"extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not args.quiet:
        print_summary(result, args.out, time.perf_counter() - t0)
    if args.verbose and not args.quiet:
        print_details(result, args.out)
    if args.strict and result.count("errors"):
        return EXIT_PAGE_ERRORS
    return EXIT_OK


def print_summary(result, out: str, elapsed: float) -> None:
    docs, errs = result.count("documents"), result.count("errors")
    print("stage counters:")
    for stage, stats in result.counters.items():
        shown = ", ".join(f"{k}={v}" for k, v in sorted(stats.items()) if not k.startswith("rule:"))
        print(f"  {stage:18s} {shown}")
    mark = "ok" if result.accounted else "MISMATCH"
    print(f"inputs={result.inputs} = documents={docs} + errors={errs} ({mark})")
    print(" ".join(f"{t}={result.count(t)}" for t in ("targets", "officials", "projects")))
    print(f"wrote {out}/ in {elapsed:.1f}s")


def run_defaults() -> dict:
    """Built-in defaults of the options an ``extract.toml`` may set."""
    return {"out": "outputs", "format": "parquet,csv", "rules": None, "jobs": os.cpu_count() or 1,
            "strict": False, "quiet": False}


def print_details(result, out: str) -> None:
    from ..write.report_data import rule_hits

    hits = rule_hits(result.counters)
    print("rules that fired most: " + (", ".join(f"{r}={n}" for r, n in hits.most_common(10)) or "none"))
    print(f"see {Path(out) / 'report.html'} and {Path(out) / 'codebook.md'}; extract rules stats {out}")
