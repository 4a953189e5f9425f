"""The library's front door: the functions the CLI and the HTTP API both call."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from .document import Document
from .errors import InputError, MarsadError, processing_failed
from .inputs import Item, check_text, read_inputs
from .pipeline import DEFAULT_STAGES, Pipeline


@lru_cache(maxsize=8)
def load_pipeline(stages: tuple[str, ...] = DEFAULT_STAGES) -> Pipeline:
    """The pipeline of ``stages`` (cached: models load once per process)."""
    return Pipeline(tuple(stages))


def settle_collector() -> None:
    """For a process whose garbage collector is its own (the CLI's extraction, a benchmark), once the pipeline has
    run over a first article: move what is loaded (models, tables) out of the collector's sight and make its young
    collections rarer, as the store's workers do (``distributed._init_worker``). Each article makes thousands of
    small objects (tokens, segments) and the collector would walk the models each time: about a sixth of the CPU
    per article on SaudiNewsNet. Changes no output."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)


def extract_text(text: str, id: str | None = None, published: str | None = None,
                 stages: tuple[str, ...] = DEFAULT_STAGES, **meta) -> Document:
    """Run the pipeline over one article text.

    >>> doc = extract_text("وقتل 46 مدنيا علي الاقل في غارات على بلدة كفرنبل", published="2016-12-05")
    >>> doc.events[0].type
    'ASSAULT'
    """
    check_text(text, id or "<text>")
    doc = Document.from_text(text, id=id, published=published, **meta)
    return load_pipeline(tuple(stages))(doc)


def extract_items(items: Iterable[Item], pipeline: Pipeline) -> Iterator[Item]:
    """Run ``pipeline`` over documents, passing input errors through untouched. An article the pipeline fails
    on with an unexpected error becomes a :class:`~marsad.errors.ProcessingFailed` error for that article, and
    the others go on; marsad's own errors (a missing model, a bad stage list) stop the run."""
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield pipeline(item)
        except MarsadError:
            raise
        except Exception as e:  # noqa: BLE001 - one article's failure, reported with its id
            yield processing_failed(item.id, e)


def extract_paths(paths: Iterable[str], published: str | None = None,
                  stages: tuple[str, ...] = DEFAULT_STAGES, stdin=None) -> Iterator[Item]:
    """Processed Documents (or InputErrors) for every article found in ``paths``."""
    return extract_items(read_inputs(paths, published=published, stdin=stdin), load_pipeline(tuple(stages)))


def ingest_paths(paths: Iterable[str], store, published: str | None = None,
                 stages: tuple[str, ...] = DEFAULT_STAGES, stdin=None):
    """Extract and store every article in ``paths`` in this process; yield ``(status, what, record)``.

    ``status`` is ``added``, ``stored`` (the store had it: nothing is recomputed) or ``failed``
    (``what`` is then the InputError). A thin front to :func:`marsad.store.ingest` with the local
    engine; merging across articles is :func:`marsad.merge.merge_pending`.
    """
    from .distributed import make_engine
    from .store import ingest

    return ingest(read_inputs(paths, published=published, stdin=stdin), store,
                  make_engine("local", stages=tuple(stages)))
