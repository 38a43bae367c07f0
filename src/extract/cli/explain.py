"""``extract explain PAGE``: one page's clean text with every record marked, and what cleaning dropped."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXAMPLES = """examples:
  extract explain corpus/004_1e858b7b18e6f90d.txt          # in the terminal
  extract explain page.html --html explain.html            # the same as a page to open in a browser
  extract explain page.html --rules my-rules/              # with rules being edited

Records are marked 【…】[n] in the clean text; footnote n names what was found
and the id of the rule that made it (a line of a file under rules/).
exit codes: 0 ok, 1 the page yielded no document with --strict, 2 usage or configuration error
"""


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser("explain", help="show how one page was cleaned and what was extracted from it",
                       description="Show one page's clean text with every target, official and project marked, "
                                   "the rule that made each, and what the cleaning dropped and why.",
                       epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("page", help="a page (.html .txt, .gz of those) or a WARC file (its first records)")
    p.add_argument("--html", metavar="FILE", default=None, help="also write the explanation as an HTML page")
    p.add_argument("--rules", default=None, help="rules folder (default: extract.toml, else the project's rules/)")
    p.add_argument("--config", default=None, metavar="FILE", help="extract.toml to read defaults from")
    p.add_argument("--strict", action="store_true", help="exit 1 when the page yielded no document")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing (with --html: only write the file)")
    p.add_argument("-v", "--verbose", action="store_true", help="also print the page's stage timings")
    return p


def main(args: argparse.Namespace) -> int:
    from ..config import ConfigError, resolve
    from ..explain import explain_path, render_html, render_text
    from ..rulebook import RuleError, load_rules
    from . import EXIT_OK, EXIT_PAGE_ERRORS, EXIT_USAGE

    if not Path(args.page).exists():
        print(f"extract: no such page: {args.page}", file=sys.stderr)
        return EXIT_USAGE
    try:
        resolve(args, "explain", {"rules": None, "strict": False, "quiet": False}, [args.page])
        load_rules(args.rules)  # a bad rule file is a usage error with file and line, not a page error
        pages = list(explain_path(args.page, args.rules))
    except (ConfigError, RuleError) as exc:
        print(f"extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not pages:
        print(f"extract: {args.page} holds no page to explain", file=sys.stderr)
        return EXIT_USAGE
    if not args.quiet:
        try:
            for page in pages:
                sys.stdout.write(render_text(page))
                if args.verbose and page.record is not None:
                    print("timings   " + ", ".join(f"{k}={v:.3f}s" for k, v in page.record.timings.items()))
            sys.stdout.flush()
        except BrokenPipeError:  # `extract explain PAGE | head`: the reader has all it wanted
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
    if args.html:
        from ..write.atomic import write_text_atomic

        write_text_atomic(Path(args.html), render_html(pages))
        if not args.quiet:
            print(f"wrote {args.html}")
    if args.strict and any(p.record is None for p in pages):
        return EXIT_PAGE_ERRORS
    return EXIT_OK
