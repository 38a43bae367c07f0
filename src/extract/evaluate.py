"""``make eval``: every evaluation set in one table, so a rule change is seen everywhere at once.

Runs the pipeline over each set found under ``../shared`` and calls the
scorers in ``../shared/spec``; each scorer's last line is parsed into the
table. A set whose files are absent is listed as skipped.

    python -m extract.evaluate [--shared DIR] [--out DIR] [-j N]
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .rulebook import default_rules_dir


@dataclass(frozen=True)
class EvalSet:
    name: str
    pages: str                 # folder (relative to shared/) of pages to run
    scorer: str                # script in shared/spec
    scorer_args: tuple[str, ...] = ()
    floors: tuple[tuple[str, float], ...] = ()
    as_dumps: bool = False     # run the pages as text dumps made from them (see :func:`write_dumps`)


SETS = (
    EvalSet("seeds", "seeds", "score.py", (), (("clean", 0.95), ("meta", 0.90), ("targets_f1", 0.90),
                                                ("officials_f1", 0.95), ("projects_f1", 0.85))),
    EvalSet("real pages (text)", "realpages/pages", "score_text.py", (), (("F1", 0.93), ("date_acc", 0.85))),
    # the same pages as a scraper's text dumps (menus, link lists and footers as lines): the text path
    EvalSet("real pages (dumps)", "realpages/pages", "score_text.py", (), (("F1", 0.88),), as_dumps=True),
    EvalSet("structured gold (dumps)", "realpages/pages", "score_struct.py", ("{shared}/structgold",),
            (("officials_f1", 0.90), ("title_acc", 0.90)), as_dumps=True),
    EvalSet("structured gold", "realpages/pages", "score_struct.py", ("{shared}/structgold",),
            (("officials_f1", 0.90), ("title_acc", 0.90), ("projects_f1", 0.75))),
    EvalSet("gov reports", "govreports/pages", "score_govreports.py", ("{shared}/govreports/gold.json",),
            (("right", 0.90), ("gdp_headline", 1.0), ("region_ok", 0.90), ("projects_recall", 0.70))),
    EvalSet("messy (clean)", "messy/pages", "score.py", ("--gold", "{shared}/messy/gold"), (("clean", 0.90),)),
    EvalSet("messy (targets)", "messy/pages", "score_govreports.py", ("{shared}/messy/gold.json",),
            (("right", 0.80), ("gdp_headline", 0.90))),
)

def text_dump(html: str) -> str:
    """A page as a scraper's text dump: its body's text, one line per element that is not inline
    (``clean.html.blocks.INLINE_TAGS``), no markup."""
    from lxml import etree

    from .clean.html.blocks import INLINE_TAGS, SPACE
    from .clean.html.parse import parse

    root = parse(html)
    etree.strip_elements(root, "script", "style", "noscript", "head", with_tail=False)
    parts: list[str] = []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        block = el.tag not in INLINE_TAGS
        if event == "start":
            parts.append("\n" if block else "")
            parts.append(el.text or "")
        else:
            parts.append("\n" if block else "")
            if el is not root:
                parts.append(el.tail or "")
    lines = (SPACE.sub(" ", ln).strip() for ln in "".join(parts).split("\n"))
    return "\n".join(ln for ln in lines if ln) + "\n"


def write_dumps(pages: Path, out: Path) -> None:
    """Every HTML page of ``pages`` as a text dump of the same name in ``out``."""
    from .read.decode import decode_bytes, is_html

    out.mkdir(parents=True, exist_ok=True)
    for page in sorted(p for p in pages.iterdir() if p.is_file()):
        text = decode_bytes(page.read_bytes())[0]
        if is_html(text):
            (out / page.name).write_text(text_dump(text), encoding="utf-8")


NUMBER = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)=([0-9.]+)")


def parse_last_line(output: str) -> dict[str, float]:
    lines = [ln for ln in output.strip().splitlines() if "=" in ln]
    return {k: float(v) for k, v in NUMBER.findall(lines[-1])} if lines else {}


def run_set(pages: Path, out: Path, jobs: int) -> None:
    cmd = [sys.executable, "-m", "extract", "run", str(pages), "-o", str(out), "-j", str(jobs), "-q",
           "--rules", str(default_rules_dir())]
    subprocess.run(cmd, check=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    ap.add_argument("--out", type=Path, default=None, help="keep the runs here (default: a temporary folder)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    shared = args.shared.resolve()
    base = args.out or Path(tempfile.mkdtemp(prefix="extract-eval-"))
    runs: dict[str, Path] = {}
    rows = []
    below = 0
    for s in SETS:
        pages = shared / s.pages
        scorer = shared / "spec" / s.scorer
        if not pages.exists() or not scorer.exists():
            rows.append((s.name, "skipped (not in ../shared)", ""))
            continue
        key = f"{s.pages}:dumps" if s.as_dumps else s.pages
        if key not in runs:
            runs[key] = base / key.replace("/", "_").replace(":", "_")
            if s.as_dumps:
                write_dumps(pages, base / "dump-pages")
                pages = base / "dump-pages"
            run_set(pages, runs[key], args.jobs)
        extra = [a.format(shared=shared) for a in s.scorer_args]
        proc = subprocess.run([sys.executable, str(scorer), str(runs[key]), *extra],
                              capture_output=True, text=True)
        values = parse_last_line(proc.stdout)
        shown = []
        for key, floor in s.floors:
            v = values.get(key)
            ok = v is not None and v >= floor
            below += not ok
            shown.append(f"{key}={'?' if v is None else f'{v:.3f}'}{'' if ok else f' (<{floor})'}")
        rows.append((s.name, "  ".join(shown), proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr[-200:]))
    width = max(len(r[0]) for r in rows)
    print(f"{'set':{width}s}  figures (floor marked when missed)")
    for name, shown, _last in rows:
        print(f"{name:{width}s}  {shown}")
    print(f"runs kept in {base}")
    return 0 if below == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
