"""The process engine: the records of a local run, in order; a dead worker or a failing job is an error, not a hang."""
import os
import signal
import subprocess
import sys
import time

import pytest
from _helpers import FAST

from marsad.distributed import FAILED_KEY, PoolEngine, make_engine
from marsad.errors import EngineError

TEXT = "قتل 46 مدنيا في غارات على بلدة كفرنبل بريف إدلب أمس، وقال الجيش السوري إنه سيطر على حي في حلب."


def _jobs(articles, start, n):
    out = []
    for i, a in enumerate(articles[start:start + n], start):
        text = (a.get("content") or "").strip() or TEXT
        out.append((f"snn-{i}", text, {"published": (a.get("date_extracted") or "")[:10] or None}))
    return out


def test_workers_give_the_local_records_in_order_with_batches_in_flight(news_sample):
    local = make_engine("local", FAST)
    engine = PoolEngine(FAST, workers=2, chunksize=3, depth=2)
    try:
        batches = [_jobs(news_sample, 0, 17), _jobs(news_sample, 17, 1), _jobs(news_sample, 18, 40), []]
        # every batch submitted before any is read, as ingest() submits the next batch before writing one
        pending = [engine.submit(b) for b in batches]
        got = [list(p) for p in pending]
        want = [list(local.submit(b)) for b in batches]
        assert got == want
        assert [r["id"] for r in got[2]] == [j[0] for j in batches[2]]
        # reading the second batch before the first
        a, b = engine.submit(batches[0]), engine.submit(batches[2])
        assert list(b) == want[2] and list(a) == want[0]
    finally:
        engine.close()
        engine.close()  # twice is fine
    with pytest.raises(EngineError, match="closed"):
        engine.submit(batches[0])


def test_a_job_the_pipeline_fails_on_comes_back_as_a_failure_in_its_place():
    engine = PoolEngine(("normalize", "tokenize"), workers=2, chunksize=2)
    try:
        jobs = [("a", TEXT, {}), ("b", TEXT, {}), ("bad", None, {}), ("c", TEXT, {})]
        out = list(engine.submit(jobs))
        assert [r["id"] for r in out] == ["a", "b", "bad", "c"]
        assert FAILED_KEY in out[2] and "TypeError" in out[2][FAILED_KEY]
        assert not any(FAILED_KEY in r for r in (out[0], out[1], out[3]))
        # the engine still works
        assert [r["id"] for r in engine.submit([("d", TEXT, {})])] == ["d"]
    finally:
        engine.close()


def test_a_killed_worker_is_an_engine_error_not_a_hang():
    engine = PoolEngine(("normalize", "tokenize"), workers=2, chunksize=1)
    try:
        assert [r["id"] for r in engine.submit([("a", TEXT, {})])] == ["a"]
        os.kill(engine.procs[0].pid, signal.SIGKILL)
        engine.procs[0].join(5)
        t = time.time()
        with pytest.raises(EngineError, match="exited"):
            list(engine.submit([(f"x{i}", TEXT, {}) for i in range(20)]))
        assert time.time() - t < 30
    finally:
        engine.close()


_ORPHAN = """
import os, sys
from marsad.distributed import PoolEngine
eng = PoolEngine(("normalize",), workers=2)
list(eng.submit([("a", "نص قصير", {})]))
print(" ".join(str(p.pid) for p in eng.procs), flush=True)
os._exit(0)  # no close: the workers must notice and leave
"""


def test_workers_leave_when_the_parent_dies_without_closing():
    out = subprocess.run([sys.executable, "-c", _ORPHAN], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    pids = [int(p) for p in out.stdout.split()]
    assert len(pids) == 2, out.stderr
    deadline = time.time() + 20
    while time.time() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    assert not any(_alive(p) for p in pids)


def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
