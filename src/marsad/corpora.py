"""Readers for the corpora marsad is built and benchmarked on (not used at run time)."""
from __future__ import annotations

import glob
import json
import os
import zipfile
from typing import Iterator


def iter_saudinewsnet(folder: str) -> Iterator[dict]:
    """Yield SaudiNewsNet articles (``source, url, date_extracted, title, author, content``)
    from the dated ``*.zip`` files in ``folder``, in a stable order."""
    paths = sorted(glob.glob(os.path.join(folder, "*.zip")))
    if not paths:
        raise FileNotFoundError(f"no SaudiNewsNet *.zip files in {folder}")
    for path in paths:
        with zipfile.ZipFile(path) as z:
            for name in sorted(z.namelist()):
                if name.endswith("/"):
                    continue
                yield from json.loads(z.read(name).decode("utf-8"))
