"""WARC input: one page per HTTP response record (warcio, a maintained reader)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..record import Drop
from .sources import Input, Limits


def iter_warc(path: Path, limits: Limits) -> Iterator[Input]:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:  # pragma: no cover - warcio is a core dependency
        yield Input(str(path), error=Drop("unsupported", "warcio is not installed"))
        return
    records = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                records += 1
                if record.rec_type != "response":
                    continue
                rid = record.rec_headers.get_header("WARC-Record-ID") or ""
                rid = rid.strip("<>").replace("urn:uuid:", "")
                name = f"{path}#{rid}"
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                ctype = record.http_headers.get_header("Content-Type") if record.http_headers else ""
                charset = ""
                if ctype and "charset=" in ctype.lower():
                    charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'")
                data = record.content_stream().read(limits.max_input_bytes + 1)
                if len(data) > limits.max_input_bytes:
                    yield Input(name, url=url, error=Drop("too-large", "record over max_input_bytes"))
                    continue
                yield Input(name, data, url=url, http_charset=charset)
    except Exception as exc:  # a truncated or corrupt archive: report what is left
        # warcio's own errors on a bad record are bare (a header it expected is None): say where
        where = f"after {records} record(s)" if records else "at its first record"
        yield Input(str(path), error=Drop(
            "bad-warc", f"a truncated or malformed WARC record {where}; the records before it were read "
                        f"(warcio: {type(exc).__name__}: {exc})"))
