"""Engines that run the pipeline over many articles: in this process, a process pool, or Dask.

An engine takes batches of *jobs* (``(input_id, text, meta)`` tuples, plain
data that pickles cheaply) and returns, for each batch, an iterator of output
records in the batch's order. Only the caller writes to the store, so SQLite
has one writer whichever engine runs the extraction.

>>> eng = make_engine("local", stages=("normalize", "tokenize"))
>>> [r["id"] for r in eng.submit([("a1", "قصفت الطائرات حلب", {"published": "2016-12-05"})])]
['a1']
>>> eng.close()
"""
from __future__ import annotations

import os
from typing import Any, Iterator, Sequence

from .errors import EngineError

Job = tuple[str, str, dict[str, Any]]

_STAGES: tuple[str, ...] | None = None
_PARENT: int | None = None


def extract_job(job: Job, stages: tuple[str, ...] | None = None) -> dict[str, Any]:
    """The output record of one job (the same function every engine calls)."""
    from .api import load_pipeline
    from .document import Document
    from .records import document_record

    input_id, text, meta = job
    doc = Document.from_text(text, id=input_id, **meta)
    return document_record(load_pipeline(tuple(stages or _STAGES))(doc))


WARM_TEXT = "قتل 46 مدنيا في غارات على بلدة كفرنبل بريف إدلب أمس، وقال الجيش السوري إنه سيطر على حي في حلب."


def _init_worker(stages: tuple[str, ...], parent: int) -> None:
    global _STAGES, _PARENT
    _STAGES, _PARENT = tuple(stages), parent
    import gc

    from .api import load_pipeline
    from .document import Document

    pipeline = load_pipeline(_STAGES)
    # load every model and table now, then move them out of the garbage collector's sight: each article
    # makes a thousand small objects (tokens, segments) and the collector would walk the models each time.
    # This process is ours, so its collector settings are too (about 10-15% less CPU per article).
    pipeline(Document.from_text(WARM_TEXT, id="warm-up", published="2016-12-01"))
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)


def _pool_job(job: Job) -> dict[str, Any]:
    if _PARENT is not None and os.getppid() != _PARENT:  # the parent was killed: do not linger
        os._exit(0)
    return extract_job(job)


def _dask_chunk(jobs: Sequence[Job], stages: tuple[str, ...]) -> list[dict[str, Any]]:
    return [extract_job(j, stages) for j in jobs]


class LocalEngine:
    """Extraction in the calling process."""

    name = "local"

    def __init__(self, stages: tuple[str, ...]):
        self.stages = tuple(stages)

    def submit(self, jobs: Sequence[Job]) -> Iterator[dict[str, Any]]:
        return (extract_job(j, self.stages) for j in jobs)

    def close(self) -> None:
        pass


class PoolEngine:
    """Extraction in ``workers`` processes (``multiprocessing`` imap, in order, in chunks)."""

    name = "processes"

    def __init__(self, stages: tuple[str, ...], workers: int, chunksize: int = 4):
        import multiprocessing as mp

        ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        self.chunksize = chunksize
        self.pool = ctx.Pool(workers, initializer=_init_worker, initargs=(tuple(stages), os.getpid()))

    def submit(self, jobs: Sequence[Job]) -> Iterator[dict[str, Any]]:
        return self.pool.imap(_pool_job, jobs, chunksize=self.chunksize)

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()


class DaskEngine:
    """Extraction on Dask distributed: the scheduler at ``address``, or a LocalCluster on loopback."""

    name = "dask"

    def __init__(self, stages: tuple[str, ...], address: str | None = None, workers: int = 2,
                 chunk: int = 16, processes: bool | None = None):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise EngineError("the Dask engine needs dask[distributed]: pip install 'marsad[dask]'")
        self.stages = tuple(stages)
        self.chunk = chunk
        self.cluster = None
        try:
            if address:
                self.client = Client(address, timeout="20s")
            else:
                # the pipeline's stages keep per-document state: one thread per process, so several
                # workers are processes on loopback, a single worker can live in this process
                processes = workers > 1 if processes is None else processes
                where = {"host": "127.0.0.1"} if processes else {}
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                                            dashboard_address=None, **where)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError, RuntimeError) as e:
            raise EngineError(f"cannot reach the Dask scheduler {address or '(local cluster)'}: {e}")

    def submit(self, jobs: Sequence[Job]) -> Iterator[dict[str, Any]]:
        chunks = [list(jobs[i:i + self.chunk]) for i in range(0, len(jobs), self.chunk)]
        futures = self.client.map(_dask_chunk, chunks, stages=self.stages, pure=False)

        def results():
            for f in futures:
                yield from f.result()
        return results()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_engine(engine: str = "local", stages: tuple[str, ...] = (), workers: int = 1,
                scheduler: str | None = None):
    """An engine by name: ``local`` (``workers`` > 1 means a process pool) or ``dask``."""
    if engine == "dask":
        return DaskEngine(stages, scheduler, workers=max(1, workers))
    if engine != "local":
        raise EngineError(f"unknown engine {engine!r}; use 'local' or 'dask'")
    if workers > 1:
        return PoolEngine(stages, workers)
    return LocalEngine(stages)
