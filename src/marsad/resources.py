"""Access to the data files shipped in ``marsad/data`` (lexicons, tables, models)."""
from __future__ import annotations

import gzip
import io
from importlib import resources as _res
from typing import Iterator

from .errors import ModelNotFound


def path(name: str):
    """A traversable for a packaged data file (``data/NAME``)."""
    return _res.files("marsad").joinpath("data").joinpath(name)


def exists(name: str) -> bool:
    return path(name).is_file()


def read_bytes(name: str) -> bytes:
    p = path(name)
    if not p.is_file():
        raise ModelNotFound(f"packaged data file {name!r} is missing; reinstall marsad or run its build command "
                            "(see README, 'Building the data')", source=str(p))
    data = p.read_bytes()
    return gzip.decompress(data) if name.endswith(".gz") else data


def read_text(name: str) -> str:
    return read_bytes(name).decode("utf-8")


def tsv_rows(name: str) -> Iterator[list[str]]:
    """Rows of a packaged TSV file, skipping blank lines and ``#`` comments."""
    for line in io.StringIO(read_text(name)):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        yield line.split("\t")
