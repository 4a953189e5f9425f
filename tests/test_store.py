import pytest
from _helpers import FAST, cli_with_slow_store, ingest_then_merge

from marsad.api import ingest_paths
from marsad.store import MIGRATIONS, Store

STAGES = ("normalize", "tokenize")


@pytest.fixture
def fresh_db():
    store = Store(":memory:")
    yield store
    store.close()


def test_migrations_are_named_and_recorded(fresh_db, tmp_path):
    assert fresh_db.migrations() == [name for name, _ in MIGRATIONS]
    path = str(tmp_path / "m.db")
    Store(path).close()
    again = Store(path)
    assert again.migrate() == []  # nothing applied twice
    again.close()


def test_reingest_is_idempotent(fresh_db, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("قصفت الطائرات مواقع في حلب", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("تظاهر المئات في صنعاء", encoding="utf-8")
    first = [s for s, _, _ in ingest_paths([str(a), str(b)], fresh_db, stages=STAGES)]
    assert first == ["added", "added"]
    second = [s for s, _, _ in ingest_paths([str(a), str(b)], fresh_db, stages=STAGES)]
    assert second == ["stored", "stored"]
    assert fresh_db.counts()["articles"] == 2


def test_bad_input_does_not_lose_what_is_stored(fresh_db, tmp_path):
    good = tmp_path / "g.txt"
    good.write_text("اعتقلت الشرطة ثلاثة أشخاص", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    results = list(ingest_paths([str(good), str(bad)], fresh_db, stages=STAGES))
    # within a batch, failures are reported as they are read, before the batch is written
    assert sorted(s for s, _, _ in results) == ["added", "failed"]
    failed = next(what for s, what, _ in results if s == "failed")
    assert f"{bad}:1" in str(failed)
    assert fresh_db.counts()["articles"] == 1


# ---------------------------------------------------------------- ingest with engines, crash and resume
import json  # noqa: E402
import os  # noqa: E402
import signal  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402




def _news_jsonl(path, articles):
    with open(path, "w", encoding="utf-8") as f:
        for i, a in enumerate(articles):
            f.write(json.dumps({"id": f"snn-{i}", "text": a["content"], "title": a.get("title"),
                                "source": a.get("source"), "url": a.get("url"),
                                "published": (a.get("date_extracted") or "")[:10] or None}, ensure_ascii=False) + "\n")


def _ingest_run(path, db_path, workers=1):
    return ingest_then_merge(path, db_path, FAST, workers)


def test_ingest_with_workers_equals_one_process_and_skips_stored(tmp_path, news_sample):
    src = tmp_path / "news.jsonl"
    _news_jsonl(src, news_sample[:40])
    one, snap1 = _ingest_run(src, str(tmp_path / "one.db"), workers=1)
    two, snap2 = _ingest_run(src, str(tmp_path / "two.db"), workers=2)
    assert one == two and one.count("added") > 30
    assert snap1 == snap2
    again, snap3 = _ingest_run(src, str(tmp_path / "two.db"), workers=2)
    assert "added" not in again and snap3 == snap2


def test_sigkill_mid_ingest_then_resume_gives_the_same_store(tmp_path, news_sample):
    src = tmp_path / "news.jsonl"
    _news_jsonl(src, news_sample[:120])
    _, reference = _ingest_run(src, str(tmp_path / "ref.db"), workers=1)

    db = str(tmp_path / "killed.db")
    # storing is slowed by 30 ms per article, so that a fast machine cannot finish the 120 articles before
    # the test sees 20 stored and kills the run
    cmd = cli_with_slow_store(0.03, "ingest", str(src), "--db", db, "--workers", "2", "--stages", ",".join(FAST))
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    stored = 0
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if os.path.exists(db):
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as c:
                    stored = c.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.Error:
                continue
            if stored >= 20:
                break
    assert proc.poll() is None, "the run finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, no cleanup
    proc.wait()
    with sqlite3.connect(db) as c:
        partial = c.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 20 <= partial < len(reference["articles"])

    statuses, resumed = _ingest_run(src, db, workers=2)
    assert statuses.count("added") == len(reference["articles"]) - partial  # nothing stored is redone
    assert resumed == reference


def test_migration_0002_adds_canonical_tables_to_an_old_store(tmp_path):
    path = str(tmp_path / "old.db")
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT 'x')")
    for stmt in MIGRATIONS[0][1].split(";"):
        if stmt.strip():
            db.execute(stmt)
    db.execute("INSERT INTO _migrations(name) VALUES ('0001_articles_events')")
    db.commit()
    db.close()
    store = Store(path)
    assert store.migrations() == [name for name, _ in MIGRATIONS]
    assert store.canonical_count() == 0
    store.close()


@pytest.mark.parametrize("value", ["حلب", "", 'a "quoted"\n\\ line', ["same type ASSAULT", "places 3.2 km apart (حلب / حلب)"],
                                   {"id": "e1", "killed": 46, "lat": 36.2, "place": None, "flags": [], "ok": True},
                                   [{"a": [1, 2.5, None]}, float("nan"), -0.0, 10**20]])
def test_json_text_is_json_dumps_without_ascii_escapes(value):
    from marsad.store import json_text

    assert json_text(value) == json.dumps(value, ensure_ascii=False)
