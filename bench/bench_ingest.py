"""Ingest the first N SaudiNewsNet articles into a fresh store, as `marsad ingest --workers W` does.

    python bench/bench_ingest.py N [N ...] [--workers 2] [--stages a,b,c] [--db-dir DIR]

For each N: a new database, the corpus' first N articles (corpus order, as bench_extract.py reads
them), extraction in W processes with the parent alone writing SQLite, then merging. Prints one JSON
line per N: articles, events, canonical events, ingest and merge seconds, articles/s end to end,
peak RSS of the parent plus its worker processes (sampled every 0.2 s) and peak PSS (every 2 s), database size.
RSS counts a page that several processes share (what a forked worker still shares with the parent) once in each of
them; PSS divides it among them, so the sum of PSS is the memory the run takes from the machine.
Stages default to the full pipeline when the NER model is installed, else the fast stages without NER
(the line says which). Record results in bench/STORE_RESULTS.md with the machine and date.
"""
import json
import os
import resource
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))

from marsad import resources  # noqa: E402
from marsad.corpora import saudinewsnet_documents  # noqa: E402
from marsad.distributed import make_engine  # noqa: E402
from marsad.merge import merge_pending  # noqa: E402
from marsad.pipeline import DEFAULT_STAGES  # noqa: E402
from marsad.store import Store, ingest  # noqa: E402

CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "saudinewsnet")
FAST = ("normalize", "tokenize", "actors", "geocode", "dates", "events")


def items(n):
    return saudinewsnet_documents(CORPUS, n)


class PeakRSS(threading.Thread):
    """The largest sum of RSS over this process and its descendants, sampled, and the largest sum of PSS
    (read less often: the kernel walks the page tables of the process, a few ms for a big one)."""

    def __init__(self, every=0.2, rescan=1.0, pss_every=2.0):
        super().__init__(daemon=True)
        import psutil

        self.proc, self.every, self.rescan, self.peak = psutil.Process(), every, rescan, 0
        self.pss_every, self.peak_pss = pss_every, 0
        self.stop = threading.Event()

    def run(self):
        import psutil

        # listing the descendants reads /proc/*/stat for every process on the machine (about 3 ms): done once
        # a second, while the RSS of the ones known is read at every sample
        procs, listed, pss_read = [], 0.0, 0.0
        while not self.stop.is_set():
            if time.monotonic() - listed >= self.rescan:
                procs, listed = [self.proc] + self.proc.children(recursive=True), time.monotonic()
            total = 0
            for p in procs:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            if time.monotonic() - pss_read >= self.pss_every:
                pss_read, total = time.monotonic(), 0
                for p in procs:
                    try:
                        total += p.memory_full_info().pss
                    except (psutil.Error, AttributeError):
                        pass
                self.peak_pss = max(self.peak_pss, total)
            time.sleep(self.every)


def _cpu(usage):
    return usage.ru_utime + usage.ru_stime


def run(n, workers, stages, db_dir):
    path = os.path.join(db_dir, f"bench-{n}.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    store = Store(path)
    load0 = os.getloadavg()[0]
    mon = PeakRSS()
    mon.start()
    t0 = time.perf_counter()
    c0, k0 = time.process_time(), resource.getrusage(resource.RUSAGE_CHILDREN)
    engine = make_engine("local", stages, workers=workers)
    tally = {"added": 0, "stored": 0, "failed": 0}
    events = 0
    try:
        for status, _, rec in ingest(items(n), store, engine):
            tally[status] += 1
            if rec:
                events += len(rec["events"])
    finally:
        engine.close()
    t1 = time.perf_counter()
    c1, k1 = time.process_time(), resource.getrusage(resource.RUSAGE_CHILDREN)
    merged = merge_pending(store)
    t2 = time.perf_counter()
    c2, k2 = time.process_time(), resource.getrusage(resource.RUSAGE_CHILDREN)
    mon.stop.set()
    mon.join()
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    canonical = store.canonical_count()
    store.close()
    size = sum(os.path.getsize(path + s) for s in ("", "-wal") if os.path.exists(path + s))
    return {"n": n, "workers": workers, "stages": ",".join(stages), **tally, "events": events,
            "canonical_events": canonical, "links": merged["links"], "ingest_s": round(t1 - t0, 1),
            "merge_s": round(t2 - t1, 1), "articles_per_s": round(n / (t2 - t0), 1),
            "extract_articles_per_s": round(n / (t1 - t0), 1), "peak_rss_mb": round(mon.peak / 2**20),
            "peak_pss_mb": round(mon.peak_pss / 2**20),
            "parent_cpu_ms_per_article": round((c1 - c0) * 1000 / n, 2),
            "workers_cpu_ms_per_article": round((_cpu(k1) - _cpu(k0)) * 1000 / n, 2),
            "merge_cpu_s": round(c2 - c1 + _cpu(k2) - _cpu(k1), 1), "load": [round(load0, 2), round(os.getloadavg()[0], 2)],
            "db_mb": round(size / 2**20, 1), "db_kb_per_article": round(size / 1024 / max(1, tally["added"]), 1)}


def main():
    args = sys.argv[1:]
    if {"-h", "--help"} & set(args):
        print(__doc__.strip())
        return
    workers, stages, db_dir = 2, None, tempfile.gettempdir()
    for flag in ("--workers", "--stages", "--db-dir"):
        if flag in args:
            k = args.index(flag)
            val = args[k + 1]
            del args[k:k + 2]
            if flag == "--workers":
                workers = int(val)
            elif flag == "--stages":
                stages = tuple(val.split(","))
            else:
                db_dir = val
    if stages is None:
        stages = DEFAULT_STAGES if resources.exists("ner.crfsuite") else FAST
    for n in [int(a) for a in args] or [1000]:
        print(json.dumps(run(n, workers, stages, db_dir)), flush=True)


if __name__ == "__main__":
    main()
