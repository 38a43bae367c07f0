"""Find inputs: folders (recursive), single files, ``.gz`` of pages.

Yields ``(source_path, bytes)`` or ``(source_path, Drop)`` so that an
unreadable input becomes an ``errors`` row instead of stopping the run.
"""
from __future__ import annotations

import os
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..record import Drop

PAGE_SUFFIXES = (".html", ".htm", ".txt", ".shtml", ".xhtml", ".xml")
GZ_SUFFIX = ".gz"
WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(frozen=True)
class Limits:
    max_input_bytes: int = 50_000_000
    max_inflated_bytes: int = 100_000_000


@dataclass(frozen=True)
class Input:
    """One page to process: where it came from and its raw bytes (or why there are none)."""

    source_path: str
    raw: bytes = b""
    url: str = ""
    error: Drop | None = None
    http_charset: str = ""


def is_page_name(name: str) -> bool:
    low = name.lower()
    if low.endswith(WARC_SUFFIXES):
        return False
    if low.endswith(GZ_SUFFIX):
        low = low[: -len(GZ_SUFFIX)]
    return low.endswith(PAGE_SUFFIXES)


def is_warc_name(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def iter_paths(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """Every page or WARC file under the given paths, in a stable (sorted) order."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = []
            for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
                dirnames.sort()
                for name in filenames:
                    if is_page_name(name) or is_warc_name(name):
                        found.append(Path(dirpath) / name)
                # a directory whose name looks like a page is reported, not skipped silently
                for name in dirnames:
                    if is_page_name(name):
                        found.append(Path(dirpath) / name)
            yield from sorted(found)
        else:
            yield path


def read_bytes(path: Path, limits: Limits) -> bytes:
    """The page's bytes, gunzipped when needed, within the size limits."""
    if path.is_dir():
        raise Drop("not-a-file", f"{path} is a directory")
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise Drop("unreadable", "file does not exist (a dangling link?)") from exc
    except OSError as exc:
        raise Drop("unreadable", f"cannot read: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        # a named pipe would block the run forever, a device could stream without end
        raise Drop("not-a-file", f"{path} is not a regular file (a pipe, socket or device)")
    if info.st_size > limits.max_input_bytes:
        raise Drop("too-large", f"{info.st_size} bytes is over the max_input_bytes limit ({limits.max_input_bytes})")
    try:
        with path.open("rb") as fh:
            data = fh.read(limits.max_input_bytes + 1)   # a file still growing stops at the limit
    except OSError as exc:
        raise Drop("unreadable", f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > limits.max_input_bytes:
        raise Drop("too-large", f"the file grew past the max_input_bytes limit ({limits.max_input_bytes}) while read")
    if path.name.lower().endswith(GZ_SUFFIX):
        data = gunzip(data, limits.max_inflated_bytes)
    return data


def gunzip(data: bytes, limit: int) -> bytes:
    """Inflate at most ``limit`` bytes; a bomb or a fake gzip is a Drop."""
    if not data.startswith(b"\x1f\x8b"):
        raise Drop("bad-gzip", "file ends in .gz but is not gzip data")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise Drop("bad-gzip", f"corrupt gzip data: {exc}") from exc
    if len(out) > limit:
        raise Drop("too-large", f"gzip inflates past the max_inflated_bytes limit ({limit})")
    return out


def inputs_of(path: Path, limits: Limits) -> Iterator[Input]:
    """The inputs of one listed path: a page, or every response record of a WARC file."""
    if is_warc_name(path.name) and path.is_file():
        from .warc import iter_warc  # imported on use: only WARC input needs warcio

        yield from iter_warc(path, limits)
        return
    try:
        yield Input(str(path), read_bytes(path, limits))
    except Drop as drop:
        yield Input(str(path), error=drop)


def iter_inputs(inputs: Iterable[str | Path], limits: Limits | None = None) -> Iterator[Input]:
    """Every input as raw bytes or an error, WARC files expanded into their records."""
    limits = limits or Limits()
    for path in iter_paths(inputs):
        yield from inputs_of(path, limits)
