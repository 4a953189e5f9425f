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


def saudinewsnet_documents(folder: str, n: int | None = None, stride: int = 1):
    """Documents (or the InputError each bad article earns) for SaudiNewsNet articles in corpus order:
    every ``stride``-th article, ``n`` of them at most. The id is ``snn-<index>``; ``published`` is the
    scrape day."""
    from .errors import InputError
    from .inputs import document_from_record

    taken = 0
    for i, art in enumerate(iter_saudinewsnet(folder)):
        if n is not None and taken >= n:
            return
        if i % stride:
            continue
        taken += 1
        rec = {"id": f"snn-{i}", "text": art.get("content") or "", "title": art.get("title"),
               "source": art.get("source"), "url": art.get("url"),
               "published": (art.get("date_extracted") or "")[:10] or None}
        try:
            yield document_from_record(rec, "saudinewsnet", i + 1)
        except InputError as e:
            yield e
