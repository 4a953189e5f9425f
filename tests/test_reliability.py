"""Issue 8, "prove it does not break": faults injected into real ingests of real Arabic news.

- SIGKILL at random points (several seeds) then resume: the same store as an uninterrupted run.
- A full disk (a real tmpfs of a few hundred KiB, and SQLite's page cap) and a read-only store (file
  permissions, a read-only file system): a coded error naming the database, a non-zero exit status,
  what was stored kept whole, ``PRAGMA integrity_check`` ok; after the fault, a resumed run completes.
- Readers (the HTTP API and plain read-only queries) during an ingest always see a consistent store.
- The short profile of the pipeline fuzzer (``fuzz/fuzz_pipeline.py``).

The articles are 60 SaudiNewsNet articles (a fixed stride through ../shared/data/saudinewsnet), or the
shared dev articles, run with the fast stages (no NER) as the other store tests do.
"""
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

import pytest
from _helpers import FAST, ROOT, SHARED, cli_with_slow_store, ingest_then_merge

from marsad.distributed import make_engine
from marsad.errors import StoreFull, StoreReadOnly
from marsad.inputs import read_inputs
from marsad.merge import merge_pending
from marsad.store import Store, ingest

N_ARTICLES = 60


def _articles() -> list[dict]:
    folder = os.path.join(SHARED, "saudinewsnet")
    if os.path.isdir(folder):
        from marsad.corpora import iter_saudinewsnet

        out = []
        for i, a in enumerate(iter_saudinewsnet(folder)):
            if i % 97 == 0 and (a.get("content") or "").strip():
                out.append({"id": f"snn-{i}", "text": a["content"], "title": a.get("title"),
                            "source": a.get("source"), "url": a.get("url"),
                            "published": (a.get("date_extracted") or "")[:10] or None})
            if len(out) == N_ARTICLES:
                return out
        return out
    dev = os.path.join(SHARED, "events", "dev-input.jsonl")
    if not os.path.exists(dev):
        pytest.skip("neither ../shared/data/saudinewsnet nor the dev articles are here")
    with open(dev, encoding="utf-8") as f:
        return [json.loads(line) for line in f][:N_ARTICLES]


def _run(src: str, db_path: str, workers: int = 1) -> tuple[list[str], dict]:
    """An in-process ingest then merge of ``src`` into ``db_path``: the statuses and the store snapshot."""
    return ingest_then_merge(src, db_path, FAST, workers)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The article file and the snapshot of an uninterrupted run over it."""
    d = tmp_path_factory.mktemp("reliability")
    src = str(d / "news.jsonl")
    with open(src, "w", encoding="utf-8") as f:
        for a in _articles():
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    ref_db = str(d / "reference.db")
    statuses, snap = _run(src, ref_db)
    assert statuses.count("added") >= 40 and len(snap["events"]) >= 20, "too small a sample to mean anything"
    con = sqlite3.connect(ref_db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return {"src": src, "reference": snap, "reference_db": ref_db, "dir": d}


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "marsad", *args]


def _cli_slow_store(*args: str) -> list[str]:
    # storing slowed by 20 ms per article: a fast machine cannot store the last articles between two
    # polls of the test, so the kill always lands before the end of the run
    return cli_with_slow_store(0.02, *args)


def assert_sound(db_path: str) -> dict[str, int]:
    """The store passes SQLite's checks and holds only whole articles: each article has exactly the
    events its record lists, no event without its article, no duplicate. Returns the counts."""
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = dict(con.execute("SELECT article_id, count(*) FROM events GROUP BY article_id"))
        n_articles = 0
        for aid, rec in con.execute("SELECT id, record FROM articles"):
            n_articles += 1
            ids = {e["id"] for e in json.loads(rec)["events"]}  # see test_event_ids_are_unique_in_an_article
            assert stored.pop(aid, 0) == len(ids), f"article {aid} is half-written"
        assert stored == {}, f"events without their article: {stored}"
        assert con.execute("SELECT count(*) - count(DISTINCT text) FROM articles").fetchone()[0] == 0
        n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        return {"articles": n_articles, "events": n_events}
    finally:
        con.close()


def _count(db_path: str) -> int:
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1) as c:
            return c.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return -1


# ---------------------------------------------------------------- SIGKILL at random points, then resume

@pytest.mark.parametrize("seed", [11, 22, 33])
def test_sigkill_at_a_random_point_then_resume_gives_the_uninterrupted_store(corpus, tmp_path, seed):
    ref = corpus["reference"]
    n = len(ref["articles"])
    rng = random.Random(seed)
    kill_after = rng.randint(1, n - 8)  # stored articles before the kill
    workers = rng.choice([1, 2])
    jitter = rng.uniform(0, 0.05)
    db = str(tmp_path / "killed.db")
    proc = subprocess.Popen(_cli_slow_store("ingest", corpus["src"], "--db", db, "--workers", str(workers),
                                            "--stages", ",".join(FAST)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.time() + 120
        while time.time() < deadline and proc.poll() is None and _count(db) < kill_after:
            time.sleep(0.01)
        time.sleep(jitter)
        assert proc.poll() is None, f"seed {seed}: the run ended before the kill point ({kill_after})"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, no cleanup
        proc.wait()
    partial = assert_sound(db)  # what the kill left: whole articles only
    assert kill_after <= partial["articles"] < n

    statuses, resumed = _run(corpus["src"], db)
    assert statuses.count("added") == n - partial["articles"]  # nothing stored is extracted again
    assert resumed == ref
    assert_sound(db)
    print(f"seed {seed}: {workers} worker(s), SIGKILL after {partial['articles']}/{n} articles "
          f"({partial['events']} events) were stored; resumed: +{n - partial['articles']}, store = reference")


def test_event_ids_are_unique_in_an_article(corpus):
    """One clause listing several places gives one event per place: each has its own id, so the store
    keeps them all."""
    con = sqlite3.connect(corpus["reference_db"])
    try:
        dup = []
        for aid, rec in con.execute("SELECT id, record FROM articles"):
            ids = [e["id"] for e in json.loads(rec)["events"]]
            if len(ids) != len(set(ids)):
                dup.append(aid)
    finally:
        con.close()
    assert dup == []


_SLOW_MERGE = """
import sys, time
import marsad.merge as m
rebuild = m._rebuild
def slow(db, group, *rest):  # injected delay: the merge takes long enough to be killed in the middle
    time.sleep(0.05)
    return rebuild(db, group, *rest)
m._rebuild = slow
m.merge_pending.__defaults__ = (8,)  # batches of 8 events, one transaction each
from marsad.cli import main
print("merging", flush=True)
sys.argv = ["marsad", "events", "merge", "--db", sys.argv[1]]
main()
"""


@pytest.mark.parametrize("seed", [5, 6])
def test_sigkill_during_merge_then_resume_gives_the_uninterrupted_store(corpus, tmp_path, seed):
    """Articles stored with --no-merge; `marsad events merge` (slowed down, batches of 8) killed at a
    random moment: the merged part is whole, and merging again gives the reference."""
    ref = corpus["reference"]
    db = str(tmp_path / "merge.db")
    store = Store(db)
    eng = make_engine("local", FAST, workers=1)
    try:
        for _ in ingest(read_inputs([corpus["src"]]), store, eng, batch=16):
            pass
    finally:
        eng.close()
    store.close()
    n_events = len(ref["events"])
    delay = random.Random(seed).uniform(0.3, 0.7) * n_events * 0.05  # the merge sleeps n_events * 0.05 s
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_MERGE, db], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    try:
        assert proc.stdout.readline().strip() == "merging"
        time.sleep(delay)
        assert proc.poll() is None, "the merge ended before the kill"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert_sound(db)
    con = sqlite3.connect(db)
    members = con.execute("SELECT count(*) FROM event_members").fetchone()[0]
    # every canonical event lists exactly its members, every member's canonical event exists
    for cid, rec, count in con.execute("SELECT id, record, member_count FROM canonical_events"):
        got = {r[0] for r in con.execute("SELECT event_id FROM event_members WHERE canonical_id = ?", (cid,))}
        assert got == {m["event_id"] for m in json.loads(rec)["members"]} and len(got) == count
    assert con.execute("SELECT count(*) FROM event_members m LEFT JOIN canonical_events c ON c.id = m.canonical_id "
                       "WHERE c.id IS NULL").fetchone()[0] == 0
    con.close()
    assert 0 < members < n_events, f"the kill did not land inside the merge ({members}/{n_events} merged)"
    store = Store(db)
    merge_pending(store)
    assert store.snapshot() == ref
    store.close()
    print(f"seed {seed}: merge killed after {delay:.2f} s with {members}/{n_events} events merged; "
          "merged again: store = reference")


# ---------------------------------------------------------------- full disk

def _can_mount_tmpfs() -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = tempfile.mkdtemp()
    try:
        r = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c",
                            f"mount -t tmpfs -o size=64k tmpfs {probe}"], capture_output=True)
        return r.returncode == 0
    finally:
        os.rmdir(probe)


def test_full_disk_gives_a_coded_error_and_keeps_what_is_stored(corpus, tmp_path):
    """A real ENOSPC: the database on a 600 KiB tmpfs, mounted in a private mount namespace."""
    if not _can_mount_tmpfs():
        pytest.skip("mounting a tmpfs needs root and unshare (a private mount namespace)")
    mnt, out = tmp_path / "disk", tmp_path / "after"
    mnt.mkdir()
    out.mkdir()
    db = f"{mnt}/full.db"
    script = (f"mount -t tmpfs -o size=600k tmpfs {mnt} || exit 99\n"
              f"{' '.join(_cli('ingest', corpus['src'], '--db', db, '--stages', ','.join(FAST)))}\n"
              f"rc=$?\ncp {mnt}/full.db* {out}/\nexit $rc\n")
    r = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", script],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode not in (0, 99), r.stderr
    assert f"[E402] {db}: cannot store article" in r.stderr and "full" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr
    kept = assert_sound(str(out / "full.db"))
    assert 0 < kept["articles"] < len(corpus["reference"]["articles"])

    # with room again, the same database resumes to the uninterrupted result
    statuses, resumed = _run(corpus["src"], str(out / "full.db"))
    assert statuses.count("added") == len(corpus["reference"]["articles"]) - kept["articles"]
    assert resumed == corpus["reference"]
    print(f"tmpfs full after {kept['articles']} articles: {r.stderr.strip().splitlines()[-1]}")


def test_store_size_cap_gives_store_full_and_keeps_what_is_stored(corpus, tmp_path):
    """SQLITE_FULL from SQLite's own page cap (works without root): StoreFull, nothing half-written."""
    db = str(tmp_path / "capped.db")
    store = Store(db)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + 60}")
    eng = make_engine("local", FAST, workers=1)
    added = 0
    try:
        with pytest.raises(StoreFull) as err:
            for status, _, _ in ingest(read_inputs([corpus["src"]]), store, eng, batch=16):
                added += status == "added"
    finally:
        eng.close()
    assert err.value.code == "E402" and str(err.value).startswith(f"[E402] {db}: cannot store article")
    assert store.counts()["articles"] == added > 0
    store.close()
    assert assert_sound(db)["articles"] == added
    statuses, resumed = _run(corpus["src"], db)  # a new connection has no cap: the run completes
    assert statuses.count("added") == len(corpus["reference"]["articles"]) - added
    assert resumed == corpus["reference"]
    print(f"page cap reached after {added} articles: {err.value}")


def test_merge_on_a_full_disk_gives_store_full(corpus, tmp_path):
    db = str(tmp_path / "m.db")
    shutil.copy(corpus["reference_db"], db)
    store = Store(db)
    store.db.execute("DELETE FROM event_members")
    store.db.execute("DELETE FROM canonical_events")
    store.db.execute("DELETE FROM merge_links")
    store.db.execute("VACUUM")
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    try:
        with pytest.raises(StoreFull):
            merge_pending(store)
    finally:
        store.close()
    assert_sound(db)


# ---------------------------------------------------------------- read-only store

def _table_hash(db_path: str) -> str:
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        h = hashlib.sha256()
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            for row in sorted(con.execute(f'SELECT * FROM "{name}"'), key=repr):
                h.update(repr((name, row)).encode())
        return h.hexdigest()
    finally:
        con.close()


def _file_hash(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def _readonly_copy(corpus) -> str:
    """A store of the first 20 articles, and the 60-article file, in a fresh folder under /tmp that others
    may read but not write: ingesting the file there has 40 articles to write."""
    d = tempfile.mkdtemp(prefix="marsad-ro-")
    os.chmod(d, 0o755)
    src = os.path.join(d, "news.jsonl")
    shutil.copy(corpus["src"], src)  # readable by 'nobody' too
    with open(src, encoding="utf-8") as f, open(os.path.join(d, "first.jsonl"), "w", encoding="utf-8") as g:
        g.writelines(f.readlines()[:20])
    db = os.path.join(d, "ro.db")
    _run(os.path.join(d, "first.jsonl"), db)
    os.remove(os.path.join(d, "first.jsonl"))
    for name in (db, src):
        os.chmod(name, 0o644)
    assert sorted(os.listdir(d)) == ["news.jsonl", "ro.db"]  # closed cleanly: no -wal, no -shm
    return db


def _as_nobody() -> list[str] | None:
    """A command prefix that runs marsad as the unprivileged user 'nobody' (root ignores file modes), or
    None when that user cannot run this Python here."""
    if not shutil.which("setpriv"):
        return None
    prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    r = subprocess.run(prefix + [sys.executable, "-c", "import marsad.cli"], capture_output=True, cwd="/tmp")
    return prefix if r.returncode == 0 else None


def test_read_only_database_file_gives_a_coded_error_and_is_untouched(corpus):
    """The file and its folder cannot be written by the user running marsad (as root: 'nobody')."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        prefix = _as_nobody()
        if prefix is None:
            pytest.skip("running as root, and 'nobody' cannot run this Python (the read-only file system test "
                        "covers root)")
    db = _readonly_copy(corpus)
    d = os.path.dirname(db)
    try:
        before_file = _file_hash(db)  # the bytes (opening it with SQLite here would add -wal and -shm files)
        if not prefix:
            os.chmod(db, 0o444)
            os.chmod(d, 0o555)
        r = subprocess.run(prefix + _cli("ingest", os.path.join(d, "news.jsonl"), "--db", db, "--stages",
                                         ",".join(FAST)), capture_output=True, text=True, timeout=120, cwd="/tmp")
        assert r.returncode != 0
        assert f"[E403] {db}: " in r.stderr and "read-only" in r.stderr, r.stderr
        assert "Traceback" not in r.stderr
        assert sorted(os.listdir(d)) == ["news.jsonl", "ro.db"]  # marsad left no -wal or -shm either
        assert _file_hash(db) == before_file
        assert assert_sound(db)["articles"] == 20
    finally:
        os.chmod(d, 0o755)
        shutil.rmtree(d)


def test_read_only_file_system_gives_a_coded_error(corpus):
    """The database's folder is a read-only bind mount (EROFS), which stops root as well."""
    if not _can_mount_tmpfs():
        pytest.skip("a read-only bind mount needs root and unshare (a private mount namespace)")
    db = _readonly_copy(corpus)
    d = os.path.dirname(db)
    try:
        before = _file_hash(db)
        script = (f"mount --bind {d} {d} && mount -o remount,ro,bind {d} || exit 99\n"
                  f"{' '.join(_cli('ingest', corpus['src'], '--db', db, '--stages', ','.join(FAST)))}\n")
        r = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", script],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode not in (0, 99), r.stderr
        assert f"[E403] {db}: " in r.stderr and "read-only" in r.stderr, r.stderr
        assert _file_hash(db) == before
        assert_sound(db)
    finally:
        shutil.rmtree(d)


def test_store_error_codes_for_full_and_read_only():
    import sqlite3 as s

    from marsad.store import store_error

    full = s.OperationalError("database or disk is full")
    full.sqlite_errorcode = s.SQLITE_FULL
    ro = s.OperationalError("attempt to write a readonly database")
    ro.sqlite_errorcode = s.SQLITE_READONLY_DBMOVED  # extended codes map to their primary code
    other = s.OperationalError("disk I/O error")
    other.sqlite_errorcode = s.SQLITE_IOERR_WRITE
    assert isinstance(store_error(full, "x", "a.db"), StoreFull)
    assert isinstance(store_error(ro, "x", "a.db"), StoreReadOnly)
    e = store_error(other, "cannot store article 'x'", "a.db")
    assert type(e).__name__ == "StoreError" and str(e) == "[E400] a.db: cannot store article 'x': disk I/O error"


# ---------------------------------------------------------------- readers during an ingest

def test_readers_during_an_ingest_see_consistent_data(corpus, tmp_path):
    """An ingest runs in another process while the API and plain read-only queries read in a loop: every
    read is one consistent state (whole articles, every event's article present, /stats totals equal to
    their parts and to the rows listed), counts never go down, and the end state is the reference."""
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from marsad.http.app import create_app
    from marsad.http.queries import connect_ro

    db = str(tmp_path / "live.db")
    Store(db).close()
    proc = subprocess.Popen(_cli("ingest", corpus["src"], "--db", db, "--stages", ",".join(FAST)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    reads, seen_articles, last = 0, set(), (0, 0)
    states = set()
    try:
        with TestClient(create_app(db, stages=FAST), raise_server_exceptions=False) as api:
            ro = connect_ro(db)
            done_reads = 0
            while done_reads < 3:  # keep reading until the ingest has finished, then three more rounds
                if proc.poll() is not None:
                    done_reads += 1
                # one read transaction: whole articles only, no event without its article
                ro.execute("BEGIN")
                try:
                    arts = {aid: {e["id"] for e in json.loads(rec)["events"]}
                            for aid, rec in ro.execute("SELECT id, record FROM articles")}
                    evs = ro.execute("SELECT id, article_id FROM events").fetchall()
                finally:
                    ro.execute("COMMIT")
                per_article: dict[str, int] = {}
                for eid, aid in evs:
                    assert aid in arts, f"event {eid} without its article"
                    per_article[aid] = per_article.get(aid, 0) + 1
                assert all(per_article.get(aid, 0) == len(ids) for aid, ids in arts.items()), "half an article"
                assert (len(arts), len(evs)) >= last, "counts went down"
                last = (len(arts), len(evs))
                states.add(last)

                stats = api.get("/stats")
                assert stats.status_code == 200, stats.text
                s = stats.json()
                assert sum(b["count"] for b in s["by_type"]) == s["total"], s  # one snapshot per request
                page = api.get("/events", params={"limit": 500})
                assert page.status_code == 200, page.text
                items = page.json()["items"]
                assert len(items) >= s["total"] >= last[1], "a later read saw fewer events"
                for ev in items:
                    if ev["article_id"] not in seen_articles:
                        r = api.get(f"/articles/{ev['article_id']}")
                        assert r.status_code == 200 and ev["id"] in {e["id"] for e in r.json()["events"]}
                        seen_articles.add(ev["article_id"])
                reads += 1
            ro.close()
            final = api.get("/events", params={"limit": 500}).json()["items"]
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    assert proc.returncode == 0, proc.stderr.read()
    assert sorted(e["id"] for e in final) == sorted(r[0] for r in corpus["reference"]["events"])
    assert len(states) >= 3, f"the reads saw only {len(states)} states of the store: not concurrent enough"
    print(f"{reads} rounds of reads during the ingest saw {len(states)} distinct states")


# ---------------------------------------------------------------- the pipeline fuzzer, short profile

def test_fuzz_pipeline_short_profile():
    """fuzz/fuzz_pipeline.py for about 10 s: arbitrary Unicode through the full default pipeline."""
    sys.path.insert(0, os.path.join(ROOT, "fuzz"))
    try:
        import fuzz_pipeline
    finally:
        sys.path.pop(0)
    out = fuzz_pipeline.Run(seconds=10, round_size=25).go()
    print(json.dumps(out, ensure_ascii=False))
    assert out["inputs"] >= 50 and out["longest_input"] >= 300
    assert out["facts_found"].get("entities", 0) > 0  # the inputs reach the later stages


def test_api_write_on_a_full_disk_is_503_store_full(corpus, tmp_path, monkeypatch):
    """POST /articles when the store cannot grow: 503 with E402, nothing written, the API still reads."""
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    import marsad.store
    from marsad.http.app import create_app

    db = str(tmp_path / "api.db")
    shutil.copy(corpus["reference_db"], db)
    before = _table_hash(db)
    opened = marsad.store.Store.__init__

    def capped(self, path="marsad.db"):  # every Store the API opens can add no page
        opened(self, path)
        pages = self.db.execute("PRAGMA page_count").fetchone()[0]
        self.db.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(marsad.store.Store, "__init__", capped)
    with open(os.path.join(ROOT, "examples", "aleppo-2016.txt"), encoding="utf-8") as f:
        text = f.read()
    with TestClient(create_app(db, token="t", stages=FAST), raise_server_exceptions=False) as api:
        r = api.post("/articles", json={"text": text * 3}, headers={"Authorization": "Bearer t"})
        assert r.status_code == 503, r.text
        assert r.json()["code"] == "E402" and "full" in r.json()["detail"]
        assert api.get("/stats").json()["total"] == len(corpus["reference"]["events"])
    assert _table_hash(db) == before
    assert_sound(db)
