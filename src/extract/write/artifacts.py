"""What a run writes beside its tables: counters, and later codebook and report."""
from __future__ import annotations

import json
from pathlib import Path

from .atomic import write_text_atomic


def write_artifacts(result, out: Path) -> None:
    counters = {stage: dict(c) for stage, c in result.counters.items()}
    summary = {"inputs": result.inputs, "documents": len(result["documents"]), "errors": len(result["errors"]),
               "accounted": result.accounted, "stages": counters}
    write_text_atomic(Path(out) / "counters.json", json.dumps(summary, ensure_ascii=False, indent=2))
