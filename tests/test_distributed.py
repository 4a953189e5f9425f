"""The Dask engine gives the same store as a local run."""
import json

import pytest
from _helpers import FAST

from marsad.distributed import make_engine
from marsad.document import Document
from marsad.merge import merge_pending
from marsad.store import Store, ingest

pytest.importorskip("dask.distributed")


def _docs(articles):
    for i, a in enumerate(articles):
        if (a.get("content") or "").strip():
            yield Document.from_text(a["content"], id=f"snn-{i}", source=a.get("source"), url=a.get("url"),
                                     published=(a.get("date_extracted") or "")[:10] or None)


def _run(articles, engine):
    store = Store(":memory:")
    try:
        statuses = [s for s, _, _ in ingest(_docs(articles), store, engine, batch=64)]
    finally:
        engine.close()
    merge_pending(store)
    return statuses, store.snapshot()


def test_dask_local_cluster_gives_the_same_store_as_a_local_run(news_sample):
    articles = news_sample[:200]
    local = _run(articles, make_engine("local", FAST))
    dask = _run(articles, make_engine("dask", FAST, workers=2))
    assert local[0] == dask[0] and local[0].count("added") > 150
    assert json.dumps(local[1], ensure_ascii=False) == json.dumps(dask[1], ensure_ascii=False)


def test_unknown_engine_is_a_clear_error():
    from marsad.errors import EngineError

    with pytest.raises(EngineError, match="unknown engine"):
        make_engine("spark", FAST)
