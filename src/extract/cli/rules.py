"""``extract rules check|stats``: validate rule files; list how often each rule fired in a run."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

EXAMPLES = """examples:
  extract rules check                  # the project's rules/
  extract rules check my-rules/        # another folder: prints FILE:LINE: problem, exits 2
  extract rules stats outputs/         # hits per rule in the run written to outputs/
  extract rules stats outputs/ --never # only the rules that never fired

exit codes: 0 ok, 2 a rule file has an error (or OUT holds no run)
See docs/rules.md for how to add an indicator, a title, a spam phrase or a site's selector.
"""


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser("rules", help="check rule files, or list rule hits of a run",
                       description="Check rule files, or list how often each rule fired in a run.",
                       epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    rsub = p.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    c = rsub.add_parser("check", help="validate every rule file of a folder (exit 2 on the first error)",
                        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    c.add_argument("dir", nargs="?", default=None, help="rules folder (default: the project's rules/)")
    c.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    c.add_argument("-v", "--verbose", action="store_true", help="list every file with its number of rules")
    s = rsub.add_parser("stats", help="hits per rule in a run's output folder",
                        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    s.add_argument("out", nargs="?", default="outputs", help="the run's output folder (default: outputs/)")
    s.add_argument("--rules", default=None, help="rules folder, to list rules that never fired (default: rules/)")
    s.add_argument("--never", action="store_true", help="list only the rules that never fired")
    s.add_argument("--top", type=int, default=0, help="show only the N rules that fired most")
    s.add_argument("-q", "--quiet", action="store_true", help="no header lines")
    s.add_argument("-v", "--verbose", action="store_true", help="also show each rule's file and line")
    return p


def main(args: argparse.Namespace) -> int:
    try:
        return check(args) if args.rules_command == "check" else stats(args)
    except BrokenPipeError:  # `extract rules stats OUT | head`: the reader has all it wanted
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
        return 0


def check(args: argparse.Namespace) -> int:
    from ..rulebook import RuleError, load_rules
    from . import EXIT_OK, EXIT_USAGE

    try:
        rules = load_rules(args.dir)
    except RuleError as exc:
        print(f"extract: bad rule file: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.verbose:
        for stem, rows in sorted(rules.tables.items()):
            print(f"  {stem}.tsv: {len(rows)} rules")
    if not args.quiet:
        n = sum(len(rows) for rows in rules.tables.values())
        print(f"ok: {len(rules.tables)} rule files, {n} rules in {rules.root}")
    return EXIT_OK


def stats(args: argparse.Namespace) -> int:
    from ..rulebook import load_rules
    from ..write.report_data import attribute, rule_hits
    from . import EXIT_OK, EXIT_USAGE

    out = Path(args.out)
    counters_path = out / "counters.json"
    if not counters_path.is_file():
        print(f"extract: {counters_path} not found: is {out} the output folder of a run?", file=sys.stderr)
        return EXIT_USAGE
    try:
        counters = json.loads(counters_path.read_text(encoding="utf-8")).get("stages", {})
        rules = load_rules(args.rules)
    except (ValueError, OSError) as exc:  # RuleError and JSON errors are ValueErrors
        print(f"extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    hits = rule_hits(counters, read_rule_columns(out))
    where = {r.id: (stem, r.line) for stem, rows in rules.tables.items() for r in rows}
    per_rule, built_in = attribute(hits, where)
    known = [(per_rule.get(i, 0), i) for i in where] + [(n, i) for i, n in built_in.items()]
    rows = sorted(known, key=lambda x: (-x[0], x[1]))
    if args.never:
        rows = [r for r in rows if r[0] == 0]
    elif args.top:
        rows = rows[: args.top]
    if not args.quiet:
        fired = sum(1 for i in where if per_rule.get(i))
        print(f"{fired} of {len(where)} rules fired in {out} ({len(where) - fired} never)")
        print(f"{'hits':>7}  rule")
    for n, rule_id in rows:
        stem, line = where.get(rule_id, ("?", 0))
        place = f"  {stem}.tsv:{line}" if args.verbose and line else ("  (built into the code)"
                                                                         if rule_id not in where else "")
        print(f"{n:7d}  {rule_id}{place}")
    return EXIT_OK


def read_rule_columns(out: Path) -> dict:
    """The ``rule`` column of each extracted table of a run (Parquet, else CSV), as small frames."""
    import pandas as pd

    tables = {}
    for name in ("targets", "officials", "projects"):
        pq, csv = out / f"{name}.parquet", out / f"{name}.csv"
        try:
            if pq.is_file():
                tables[name] = pd.read_parquet(pq, columns=["rule"])
            elif csv.is_file():
                tables[name] = pd.read_csv(csv, usecols=["rule"], encoding="utf-8-sig", dtype="string")
        except (OSError, ValueError, KeyError):
            continue  # a table without a rule column adds nothing
    return tables
