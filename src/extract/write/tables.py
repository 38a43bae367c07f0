"""Write the tables: Parquet and CSV (UTF-8 with BOM, for spreadsheets), atomically."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .atomic import atomic_path

FORMATS = ("parquet", "csv")


def write_table(df: pd.DataFrame, out: Path, name: str, formats: tuple[str, ...] = FORMATS) -> list[Path]:
    written = []
    for fmt in formats:
        target = Path(out) / f"{name}.{fmt}"
        with atomic_path(target) as tmp:
            if fmt == "parquet":
                df.to_parquet(tmp, index=False, engine="pyarrow")
            elif fmt == "csv":
                df.to_csv(tmp, index=False, encoding="utf-8-sig")
            else:
                raise ValueError(f"unknown format {fmt!r}")
        written.append(target)
    return written


def check_writable(out: Path) -> None:
    """Fail before any work when the output folder cannot be written."""
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".write-probe"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise PermissionError(f"output folder {out} cannot be written: {exc.strerror or exc}") from exc
