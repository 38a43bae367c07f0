"""Shards shared out among this process and ``jobs - 1`` forked workers, each claiming the next one when free.

A pool with its own task queue hands its workers shards ahead of time: the process
combining their results then waits at the end while a worker still holds some, and
beside ``jobs`` workers it overcommits ``jobs`` cores. Here every process, this one
included, takes the next shard from a shared counter when it is free, so ``jobs``
processes share ``jobs`` cores and the last shards finish together. This process
combines what the workers hand back between shards of its own.

A worker that dies without a word (the OOM killer, a crash in a C library) loses
nothing: the shards it claimed and never reported are run here at the end. A
worker whose code raised fails the run, as it would in one process.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import queue
import traceback
from typing import Any, Callable, Iterator, Sequence

DONE, RESULT, FAILED = "done", "result", "failed"
WAIT_SECONDS = 1.0   # how often a waiting parent checks that its workers are still alive


def claim(counter: Any, n: int) -> int | None:
    """The next unclaimed index below ``n``, or None when all are taken."""
    with counter.get_lock():
        i = counter.value
        if i >= n:
            return None
        counter.value = i + 1
        return i


def _worker(work: Callable[[Any], Any], items: Sequence[Any], counter: Any, results: Any, parent: int) -> None:
    try:
        # a worker whose parent died (SIGKILL) stops claiming: a resumed run redoes its shard
        while os.getppid() == parent:
            i = claim(counter, len(items))
            if i is None:
                break
            results.put((RESULT, i, work(items[i])))
        results.put((DONE, None, None))
    except BaseException:   # noqa: BLE001 - every failure goes back to the parent, which raises it
        results.put((FAILED, None, traceback.format_exc()))


def shared_out(work: Callable[[Any], Any], items: Sequence[Any], jobs: int) -> Iterator[Any]:
    """``work(item)`` for every item, by this process and ``jobs - 1`` forked workers; results
    in the order they finish. A worker's exception is raised here as a RuntimeError."""
    ctx = mp.get_context("spawn" if os.name == "nt" else "fork")
    counter = ctx.Value("i", 0)
    results = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(work, items, counter, results, os.getpid()), daemon=True)
             for _ in range(max(0, jobs - 1))]
    for p in procs:
        p.start()
    running = len(procs)     # workers that have not said DONE
    finished: set[int] = set()

    def received(block: bool) -> Iterator[Any]:
        nonlocal running
        while running:
            try:
                kind, i, value = results.get(block=block, timeout=WAIT_SECONDS if block else None)
            except queue.Empty:
                if not block:
                    return
                if any(p.is_alive() for p in procs):
                    continue
                running = 0      # the rest died before they reported: their shards are redone below
                return
            if kind == FAILED:
                raise RuntimeError(f"a worker failed:\n{value}")
            if kind == DONE:
                running -= 1
            else:
                finished.add(i)
                yield value

    try:
        while True:
            yield from received(block=False)
            i = claim(counter, len(items))
            if i is None:
                break
            finished.add(i)
            yield work(items[i])
        yield from received(block=True)
        for i in range(len(items)):
            if i not in finished:    # claimed by a worker that died
                finished.add(i)
                yield work(items[i])
    finally:
        for p in procs:
            if p.is_alive():
                p.terminate()
        for p in procs:
            p.join()
