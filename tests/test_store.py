import pytest

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
    statuses = [s for s, _, _ in ingest_paths([str(good), str(bad)], fresh_db, stages=STAGES)]
    assert statuses == ["added", "failed"]
    assert fresh_db.counts()["articles"] == 1
