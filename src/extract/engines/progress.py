"""Progress of a run: a tqdm bar on a terminal, plain periodic lines otherwise, nothing when quiet."""
from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts pages; ``update`` is called as shards finish."""

    def __init__(self, total: int, *, quiet: bool = False, done: int = 0, every: float = 10.0,
                 stream: TextIO | None = None, unit: str = "page") -> None:
        self.stream = stream or sys.stderr
        self.quiet, self.every, self.total, self.n = quiet, every, total, done
        self.t0 = self.last = time.monotonic()
        self.start_n = done
        self.bar = None
        if not quiet and self.stream.isatty():
            import shutil

            from tqdm import tqdm

            width = shutil.get_terminal_size((0, 0)).columns  # 0 in a terminal of unknown size
            self.bar = tqdm(total=total, initial=done, unit=unit, file=self.stream, smoothing=0.1,
                            ncols=None if width else 100)

    def update(self, n: int) -> None:
        self.n += n
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.update(n)
            return
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            print(self.line(now), file=self.stream, flush=True)

    def line(self, now: float) -> str:
        rate = (self.n - self.start_n) / max(now - self.t0, 1e-9)
        eta = (self.total - self.n) / rate if rate > 0 else float("nan")
        return f"extract: {self.n}/{self.total} inputs, {rate:.1f}/s, ETA {eta:.0f}s"

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()

