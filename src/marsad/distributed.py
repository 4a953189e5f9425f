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
from collections import deque
from typing import Any, Iterator, Sequence

from .errors import EngineError, MarsadError

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
    try:
        return document_record(load_pipeline(tuple(stages or _STAGES))(doc))
    except MarsadError:
        raise
    except Exception as e:  # noqa: BLE001 - one article's failure: the store reports it and goes on
        return {"id": input_id, FAILED_KEY: f"{type(e).__name__}: {e}"}


# the key of the record extract_job returns for an article the pipeline failed on (see store.ingest)
FAILED_KEY = "_marsad_failed"

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


def _serve(conn, stages: tuple[str, ...], parent: int, inherited: list) -> None:
    """A worker process of :class:`PoolEngine`: receive ``(key, jobs)``, send ``(key, records, None)`` or
    ``(key, None, error)``; stop at ``None`` or when the parent's end of the pipe is gone."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the workers
    for end in inherited:  # the parent's pipe ends, copied by fork: closed, so that recv sees the parent go
        end.close()
    _init_worker(stages, parent)
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        key, jobs = msg
        try:
            out = []
            for job in jobs:
                if os.getppid() != parent:  # the parent was killed: do not linger
                    os._exit(0)
                out.append(extract_job(job))
            reply = (key, out, None)
        except Exception as e:  # noqa: BLE001 - raised again in the parent, at this chunk
            reply = (key, None, _portable(e))
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return


def _portable(e: Exception) -> Exception:
    """``e`` if it survives pickling, else an EngineError that says what it was."""
    import pickle

    try:
        pickle.loads(pickle.dumps(e))
        return e
    except Exception:  # noqa: BLE001
        return EngineError(f"extraction failed: {e!r}")


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
    """Extraction in ``workers`` processes, each fed chunks of ``chunksize`` jobs through its own pipe.

    Not ``multiprocessing.Pool``: its worker-handler thread wakes up whenever a result is waiting in the
    pipe and, until the result thread has read it, loops (about 0.3 ms of the ingesting process's CPU per
    article, on a machine whose two cores the workers need), and a worker that dies takes its task with it
    and leaves ``imap`` waiting for ever. Here this process reads the results itself, a worker has at most
    ``depth`` chunks given to it at a time (the next one goes to whichever worker returns one first), one
    thread writes the chunks (so a long article never blocks this process on a full pipe while a worker
    waits for it to read), and a worker that exits is an :class:`EngineError`.
    """

    name = "processes"

    def __init__(self, stages: tuple[str, ...], workers: int, chunksize: int = 4, depth: int = 3):
        import multiprocessing as mp
        import queue
        import threading

        ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        self.chunksize, self.depth = chunksize, depth
        self.procs, self.conns = [], []
        for _ in range(workers):
            mine, theirs = ctx.Pipe()
            # fork copies this process's ends of the pipes (this one's too) into the worker, which closes them
            proc = ctx.Process(target=_serve, args=(theirs, tuple(stages), os.getpid(), self.conns + [mine]),
                               daemon=True)
            proc.start()
            theirs.close()
            self.procs.append(proc)
            self.conns.append(mine)
        self.busy = [0] * workers             # chunks given to each worker and not returned yet
        self.todo: deque = deque()           # (key, jobs) not given to a worker yet
        self.done: dict[int, tuple] = {}      # key -> (records, error), received and not yet taken
        self.keys = 0
        self.outbox: queue.SimpleQueue = queue.SimpleQueue()
        self.sender = threading.Thread(target=self._send_loop, name="marsad-engine-sender", daemon=True)
        self.sender.start()
        self.closed = False

    def _send_loop(self) -> None:
        while True:
            item = self.outbox.get()
            if item is None:
                return
            conn, msg = item
            try:
                conn.send(msg)
            except (OSError, ValueError):  # the worker is gone (reported by _receive) or the engine closed
                pass

    def _feed(self) -> None:
        """Give queued chunks to the workers with room, least busy first."""
        while self.todo:
            w = min(range(len(self.conns)), key=self.busy.__getitem__)
            if self.busy[w] >= self.depth:
                return
            self.busy[w] += 1
            self.outbox.put((self.conns[w], self.todo.popleft()))

    def _receive(self) -> None:
        """Wait for at least one chunk's results (or a worker's death)."""
        from multiprocessing.connection import wait

        sentinels = {p.sentinel: w for w, p in enumerate(self.procs)}
        dead = set()
        for r in wait(self.conns + list(sentinels)):
            if r in sentinels:
                dead.add(sentinels[r])
                continue
            w = self.conns.index(r)
            try:
                key, records, error = r.recv()
            except (EOFError, OSError):
                dead.add(w)
                continue
            self.busy[w] -= 1
            self.done[key] = (records, error)
        if dead:  # what it had sent is kept above; the chunk it was extracting is lost
            proc = self.procs[min(dead)]
            proc.join(timeout=1)
            raise EngineError(f"worker process {proc.pid} exited (code {proc.exitcode}) in the middle of "
                              "extraction; what was stored is kept: run again to resume")
        self._feed()

    def submit(self, jobs: Sequence[Job]) -> Iterator[dict[str, Any]]:
        if self.closed:
            raise EngineError("the engine is closed")
        keys = []
        for i in range(0, len(jobs), self.chunksize):
            keys.append(self.keys)
            self.todo.append((self.keys, list(jobs[i:i + self.chunksize])))
            self.keys += 1
        self._feed()

        def results():
            for key in keys:
                while key not in self.done:
                    self._receive()
                records, error = self.done.pop(key)
                if error is not None:
                    raise error
                yield from records
        return results()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.outbox.put(None)
        for proc in self.procs:
            proc.terminate()
        for proc in self.procs:
            proc.join()
        self.sender.join(timeout=5)  # a send to a stopped worker fails at once (broken pipe)
        for conn in self.conns:
            conn.close()


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
