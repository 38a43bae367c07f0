"""What a worker process does with one input; the pipeline is built once per process."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..pipeline import Outcome, Pipeline
from ..read.sources import Input
from ..rulebook import load_rules


@lru_cache(maxsize=4)
def pipeline_for(rules_dir: str) -> Pipeline:
    """One pipeline (rules, dictionaries, compiled patterns) per process and rules folder."""
    return Pipeline(load_rules(Path(rules_dir)))


def process_input(rules_dir: str, item: Input) -> tuple[Outcome, dict[str, dict[str, int]]]:
    """Run one input; returns its outcome and what it added to each stage's counters."""
    pipe = pipeline_for(rules_dir)
    before = {s.name: Counter(s.stats) for s in pipe.stages}
    outcome = pipe.run_input(item)
    delta = {}
    for s in pipe.stages:
        diff = Counter(s.stats)
        diff.subtract(before[s.name])
        delta[s.name] = {k: v for k, v in diff.items() if v}
    return outcome, delta
