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


SETS = (
    EvalSet("seeds", "seeds", "score.py", (), (("clean", 0.95), ("meta", 0.90), ("targets_f1", 0.90),
                                                ("officials_f1", 0.95), ("projects_f1", 0.85))),
    EvalSet("real pages (text)", "realpages/pages", "score_text.py", (), (("F1", 0.93), ("date_acc", 0.85))),
    EvalSet("structured gold", "realpages/pages", "score_struct.py", ("{shared}/structgold",),
            (("officials_f1", 0.90), ("title_acc", 0.90), ("projects_f1", 0.75))),
    EvalSet("gov reports", "govreports/pages", "score_govreports.py", ("{shared}/govreports/gold.json",),
            (("right", 0.90), ("gdp_headline", 1.0), ("region_ok", 0.90), ("projects_recall", 0.70))),
    EvalSet("messy (clean)", "messy/pages", "score.py", ("--gold", "{shared}/messy/gold"), (("clean", 0.90),)),
    EvalSet("messy (targets)", "messy/pages", "score_govreports.py", ("{shared}/messy/gold.json",),
            (("right", 0.80), ("gdp_headline", 0.90))),
)

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
        if s.pages not in runs:
            runs[s.pages] = base / s.pages.replace("/", "_")
            run_set(pages, runs[s.pages], args.jobs)
        extra = [a.format(shared=shared) for a in s.scorer_args]
        proc = subprocess.run([sys.executable, str(scorer), str(runs[s.pages]), *extra],
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
