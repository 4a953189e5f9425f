"""Helpers and paths shared by the test modules (not a test module)."""
import os
import sys

from marsad.api import ingest_paths
from marsad.distributed import make_engine
from marsad.inputs import read_inputs
from marsad.merge import merge_pending
from marsad.store import Store, ingest
from marsad.document import Document
from marsad.geo import Place, geocode_stage
from marsad.tokenize import tokenize_document

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared", "data")
SEED = os.path.join(ROOT, "examples", "aleppo-2016.txt")
DEV = os.path.join(SHARED, "events", "dev-input.jsonl")
# the pipeline without NER: the stores of the store, HTTP and reliability tests build fast
FAST = ("normalize", "tokenize", "actors", "geocode", "dates", "events")


def build_seed_store(path: str, merge: bool = False) -> str:
    """A store at ``path`` holding the bundled seed article and the events dev articles (when the shared
    data is there), extracted with :data:`FAST`, optionally merged, checkpointed and closed."""
    store = Store(path)
    paths = [SEED] + ([DEV] if os.path.exists(DEV) else [])
    for _ in ingest_paths(paths, store, published="2016-12-05", stages=FAST):
        pass
    if merge:
        merge_pending(store)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


def ingest_then_merge(src, db_path: str, stages, workers: int = 1) -> tuple[list[str], dict]:
    """An in-process ingest then merge of ``src`` into ``db_path``: the statuses and the store snapshot."""
    store = Store(db_path)
    eng = make_engine("local", stages, workers=workers)
    try:
        statuses = [s for s, _, _ in ingest(read_inputs([str(src)]), store, eng, batch=16)]
    finally:
        eng.close()
    merge_pending(store)
    snap = store.snapshot()
    store.close()
    return statuses, snap


_SLOW_STORE = """
import sys, time
import marsad.store as s
add = s.Store.add_record
def slow(self, *a, **k):
    time.sleep({delay})
    return add(self, *a, **k)
s.Store.add_record = slow
from marsad.cli import main
sys.argv = ["marsad"] + sys.argv[1:]
main()
"""


def cli_with_slow_store(delay: float, *args: str) -> list[str]:
    """The ``marsad`` command with storing slowed by ``delay`` seconds per article, so that a test that
    kills a run after N stored articles cannot be outrun by a fast machine."""
    return [sys.executable, "-c", _SLOW_STORE.format(delay=delay), *args]


def geo_places(text, **meta):
    """The places the geocode stage finds in ``text`` (tokenized first), each checked to be raw text."""
    doc = geocode_stage(tokenize_document(Document.from_text(text, **meta)))
    for p in doc.places:
        assert isinstance(p, Place)
        assert doc.raw[p.start:p.end] == p.text
    return doc.places


def find_place(ps, text):
    """The first of ``ps`` whose text is ``text`` (a test failure naming what was found otherwise)."""
    hits = [p for p in ps if p.text == text]
    assert hits, f"no place {text!r} in {[p.text for p in ps]}"
    return hits[0]
