"""Command line: one module per subcommand (``run``, ``bench``, ``explain``, ``rules``).

Each module exposes ``add_parser(subparsers)`` and ``main(args) -> int``.
Exit codes: 0 ok; 1 run finished with page errors and ``--strict``; 2 usage
or configuration error.
"""
from __future__ import annotations

import argparse
import importlib
import sys

EXIT_OK, EXIT_PAGE_ERRORS, EXIT_USAGE = 0, 1, 2
COMMANDS = ("run", "bench", "explain", "rules")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extract", description="Chinese news-text extraction: pages in, tables out.",
        epilog="exit codes: 0 ok, 1 page errors with --strict, 2 usage or configuration error")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue  # a subcommand not built yet
            raise
        module.add_parser(sub).set_defaults(handler=module.main)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        print("extract: interrupted", file=sys.stderr)
        return 130
