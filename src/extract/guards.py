"""Per-page guards: a time budget so that no page can hang a run."""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

from .record import Drop


class PageTimeout(Drop):
    def __init__(self, seconds: float) -> None:
        super().__init__("timeout", f"page took longer than the page_seconds limit ({seconds:g} s)")


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`PageTimeout` inside the block after ``seconds`` (POSIX main thread only).

    Elsewhere (threads, Windows) the block runs unguarded; size limits still apply.
    """
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def on_alarm(signum, frame):  # noqa: ARG001 - signal handler signature
        raise PageTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
