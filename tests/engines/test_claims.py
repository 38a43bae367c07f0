"""Shards shared out among this process and forked workers: each once, failures raised here."""
from __future__ import annotations

import os
import time

import pytest

from extract.engines.claims import shared_out


def square_with_pid(x: int) -> tuple[int, int]:
    time.sleep(0.02)   # a shard takes time: the workers get some, however late they start
    return x * x, os.getpid()


def fails_on_seven(x: int) -> int:
    if x == 7 and os.getpid() != PARENT:
        raise ValueError("seven")
    return x


PARENT = os.getpid()


def test_every_item_once_by_this_process_and_the_workers():
    got = list(shared_out(square_with_pid, list(range(60)), jobs=3))
    assert sorted(v for v, _ in got) == [x * x for x in range(60)]
    pids = {pid for _, pid in got}
    # this process takes its share too, and so do workers (on a loaded machine one may start too
    # late to get any: the count of workers that took part is not asserted)
    assert os.getpid() in pids and len(pids) >= 2


def test_one_job_is_this_process_alone():
    got = list(shared_out(square_with_pid, [1, 2, 3], jobs=1))
    assert [v for v, _ in got] == [1, 4, 9] and {pid for _, pid in got} == {os.getpid()}


def test_a_workers_failure_is_raised_here():
    # 7 fails only in a worker; with one item per claim and many items, a worker takes it in
    # most runs, and when this process takes it nothing fails: both outcomes are checked
    try:
        got = list(shared_out(fails_on_seven, list(range(200)), jobs=2))
    except RuntimeError as exc:
        assert "ValueError: seven" in str(exc)
    else:
        assert sorted(got) == list(range(200))


def test_a_failure_here_stops_the_workers(tmp_path):
    here = tmp_path / "claimed-here"

    def boom(x: int) -> int:
        if os.getpid() == PARENT:
            here.touch()
            raise KeyError(x)
        # a worker's item waits until this process has claimed one: on a loaded machine the
        # worker could otherwise take all fifty before this process takes its first
        deadline = time.monotonic() + 30
        while not here.exists() and time.monotonic() < deadline:
            time.sleep(0.005)
        return x

    with pytest.raises(KeyError):
        list(shared_out(boom, list(range(50)), jobs=2))


def dies_in_a_worker(x: int) -> tuple[int, int]:
    if os.getpid() != PARENT:
        os._exit(3)   # killed without a word, as the OOM killer would
    time.sleep(0.01)
    return x, os.getpid()


def test_shards_of_a_worker_killed_without_a_word_are_redone_here():
    got = list(shared_out(dies_in_a_worker, list(range(20)), jobs=2))
    assert sorted(v for v, _ in got) == list(range(20)) and {pid for _, pid in got} == {os.getpid()}
