"""Atomic file writes: write to a temporary file in the same folder, then rename."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


@contextmanager
def atomic_path(target: Path, durable: bool = True, tmp_dir: Path | None = None) -> Iterator[Path]:
    """Yield a temporary path; on success it replaces ``target`` in one rename.

    ``durable`` also flushes the data to disk before the rename, so that even a
    power loss leaves the old file or the new one. Without it a killed process
    still never leaves a half-written ``target``; that is enough for files that
    are checked when read again (a run's shard parts and markers, see
    :mod:`extract.engines.plan`), and saves a disk flush per file.
    ``tmp_dir`` (on the same file system) holds the temporary file instead of
    the target's folder.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=tmp_dir or target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        if durable:
            with open(tmp_path, "rb+") as fh:
                os.fsync(fh.fileno())
        os.chmod(tmp_path, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are shared like any file
        os.replace(tmp_path, target)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(target: Path, text: str, durable: bool = True) -> None:
    with atomic_path(target, durable) as tmp:
        tmp.write_text(text, encoding="utf-8")
