"""``marsad demo``: a fresh store with the bundled example and a sample of SaudiNewsNet, ready to serve."""
from __future__ import annotations

import os
from typing import Callable, Iterator


REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
EXAMPLE = os.path.join(REPO, "examples", "aleppo-2016.txt")
CORPUS = os.path.join("..", "shared", "data", "saudinewsnet")
CORPUS_SIZE = 31030  # articles in SaudiNewsNet: the sample takes every (size // N)-th one, across all dates


def sample_items(corpus: str, n: int) -> Iterator:
    """Documents (or InputErrors) for ``n`` SaudiNewsNet articles spread over the corpus; none when it is absent."""
    from ..corpora import saudinewsnet_documents

    if n <= 0 or not os.path.isdir(corpus):
        return iter(())
    return saudinewsnet_documents(corpus, n, stride=max(1, CORPUS_SIZE // n))


def build_demo_store(db_path: str, sample: int = 300, corpus: str = CORPUS, stages: tuple[str, ...] = (),
                     example: str = EXAMPLE, progress: Callable[[str], None] = lambda msg: None) -> dict[str, int]:
    """Ingest the example article and ``sample`` news articles into a new store at ``db_path``, then merge.

    Returns the store's counts. An existing file at ``db_path`` is replaced.
    """
    from ..distributed import make_engine
    from ..inputs import read_inputs
    from ..merge import merge_pending
    from ..pipeline import DEFAULT_STAGES
    from ..store import Store, ingest

    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db_path + suffix):
            os.remove(db_path + suffix)
    stages = tuple(stages) or DEFAULT_STAGES
    store = Store(db_path)
    engine = make_engine("local", stages, workers=1)
    try:
        def items():
            if os.path.exists(example):
                yield from read_inputs([example], published="2016-12-05")
            else:
                progress(f"the example {example} is not here; going on without it")
            if not os.path.isdir(corpus):
                progress(f"no SaudiNewsNet corpus at {corpus}; the demo holds the example only")
            yield from sample_items(corpus, sample)

        n = 0
        for status, _, _ in ingest(items(), store, engine):
            n += status == "added"
            if n and n % 50 == 0 and status == "added":
                progress(f"{n} articles stored")
        merge_pending(store)
        return store.counts()
    finally:
        engine.close()
        store.close()
