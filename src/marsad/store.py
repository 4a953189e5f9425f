"""The embedded event store: SQLite, content-hash ids, named recorded migrations.

Articles are keyed by a hash of their text, so ingesting the same archive twice
adds nothing; each article and its events are written in one transaction, so
an interrupted run loses at most the article in flight and the next run
resumes.

>>> store = Store(":memory:")
>>> store.counts()
{'articles': 0, 'events': 0}
"""
from __future__ import annotations

import json
import os
import sqlite3
from typing import Any, Iterable, Iterator

from .document import Document, content_id
from .errors import StoreError, StoreFull, StoreReadOnly

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_articles_events", """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,          -- content hash of the text
            input_id TEXT NOT NULL,       -- the id the input gave
            source TEXT, url TEXT, title TEXT, published TEXT,
            text TEXT NOT NULL,
            record TEXT NOT NULL,         -- the output record (JSON)
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE TABLE events (
            id TEXT PRIMARY KEY,          -- article id + event id
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            type TEXT NOT NULL, mode TEXT,
            date TEXT, country TEXT, admin1 TEXT, geonameid INTEGER, lat REAL, lon REAL,
            killed INTEGER, injured INTEGER, confidence REAL,
            actor TEXT, actor_country TEXT, target TEXT, target_country TEXT,
            acled_event_type TEXT, acled_sub_event_type TEXT, summary_en TEXT,
            record TEXT NOT NULL
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_type_date ON events(type, date);
        CREATE INDEX events_country ON events(country);
    """),
    # canonical events: reports of one real event across articles (see marsad.merge)
    ("0002_canonical_events", """
        ALTER TABLE events ADD COLUMN place_precision TEXT;
        UPDATE events SET place_precision = json_extract(record, '$.place.precision');
        CREATE TABLE canonical_events (
            id TEXT PRIMARY KEY,          -- 'ce' + hash of the smallest member event id
            type TEXT NOT NULL, mode TEXT, date TEXT,
            country TEXT, admin1 TEXT, location TEXT, geonameid INTEGER, lat REAL, lon REAL,
            killed_best INTEGER, killed_low INTEGER, killed_high INTEGER,
            injured_best INTEGER, injured_low INTEGER, injured_high INTEGER,
            source_count INTEGER NOT NULL, member_count INTEGER NOT NULL, confidence REAL,
            record TEXT NOT NULL
        );
        CREATE INDEX canonical_type_date ON canonical_events(type, date);
        CREATE INDEX canonical_country ON canonical_events(country);
        CREATE TABLE event_members (      -- every merged event belongs to exactly one canonical event
            event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
            canonical_id TEXT NOT NULL,
            reasons TEXT NOT NULL         -- JSON list: why it joined
        );
        CREATE INDEX event_members_canonical ON event_members(canonical_id);
        CREATE TABLE merge_links (        -- pairs of events that may be the same real event (a < b)
            a TEXT NOT NULL, b TEXT NOT NULL, reasons TEXT NOT NULL, PRIMARY KEY (a, b)
        ) WITHOUT ROWID;
        CREATE INDEX merge_links_b ON merge_links(b);
        CREATE TABLE merge_splits (       -- pairs a person said are different events (a < b)
            a TEXT NOT NULL, b TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            PRIMARY KEY (a, b)
        ) WITHOUT ROWID;
        CREATE INDEX events_merge_key ON events(type, date);
    """),
    ("0003_event_sort_indexes", """
        CREATE INDEX events_sort_date ON events(coalesce(date, ''), id);
        CREATE INDEX events_sort_killed ON events(coalesce(killed, -1), id);
        CREATE INDEX events_sort_injured ON events(coalesce(injured, -1), id);
        CREATE INDEX events_sort_confidence ON events(coalesce(confidence, -1.0), id);
    """),
    # the merge's candidate query (marsad.merge._candidates) reads type and date and then tests place, toll and
    # article columns: with them in the index it tests them there, and reads an event's row only when it matches
    # (on a store of the whole SaudiNewsNet corpus one query went from about 7 ms to 0.4 ms). The two indexes
    # on (type, date) alone were the same index twice; this one serves their queries too.
    ("0004_event_merge_index", """
        DROP INDEX IF EXISTS events_merge_key;
        DROP INDEX IF EXISTS events_type_date;
        CREATE INDEX events_type_date ON events(type, date, geonameid, lat, lon, killed, admin1, country,
                                                place_precision, article_id);
    """),
]


def store_error(e: sqlite3.Error, what: str, path: str) -> StoreError:
    """The typed error for a SQLite failure: a full disk (E402) and a read-only store (E403) say what
    to do; anything else is a plain StoreError (E400) with SQLite's message."""
    primary = (getattr(e, "sqlite_errorcode", None) or 0) & 0xFF
    if primary == sqlite3.SQLITE_FULL:
        return StoreFull(f"{what}: the disk (or the database's size limit) is full ({e}); everything stored "
                         "before is kept: free some space and run again to resume", source=path)
    if primary == sqlite3.SQLITE_READONLY or (primary == sqlite3.SQLITE_CANTOPEN and _read_only_place(path)):
        return StoreReadOnly(f"{what}: the database is read-only ({e}); check the permissions of the file "
                             "and its folder, or use another --db", source=path)
    return StoreError(f"{what}: {e}", source=path)


def _read_only_place(path: str) -> bool:
    """True when ``path`` is on a read-only file system, or it or its folder cannot be written."""
    if path == ":memory:":
        return False
    folder = os.path.dirname(os.path.abspath(path))
    try:
        return (bool(os.statvfs(folder).f_flag & os.ST_RDONLY) or not os.access(folder, os.W_OK)
                or (os.path.exists(path) and not os.access(path, os.W_OK)))
    except OSError:
        return False


_INSERT_EVENT = (
    "INSERT OR REPLACE INTO events(id, article_id, type, mode, date, country, admin1, geonameid, lat, "
    "lon, killed, injured, confidence, actor, actor_country, target, target_country, "
    "acled_event_type, acled_sub_event_type, summary_en, record, place_precision) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_EMPTY: dict[str, Any] = {}


# ``json.dumps(value, ensure_ascii=False)``: the same text from one shared encoder (json.dumps builds a new one
# whenever an argument differs from the defaults: about 4 us a call, for a string 30 times the encoding itself)
json_text = json.JSONEncoder(ensure_ascii=False).encode


def _record_json(record: dict[str, Any], event_json: list[str]) -> str:
    """``json.dumps(record, ensure_ascii=False)`` with the events already serialized: the same text,
    since the encoder writes a dict as ``{key: value, ...}`` and a list as ``[item, ...]`` with these
    separators and each item as it would write it alone."""
    if type(record) is not dict or not all(type(k) is str for k in record):
        return json_text(record)
    parts = []
    for k, v in record.items():
        parts.append(json_text(k) + ": " + ("[" + ", ".join(event_json) + "]" if k == "events" else json_text(v)))
    return "{" + ", ".join(parts) + "}"


def _event_row(aid: str, ev: dict[str, Any], record_json: str) -> tuple:
    get = ev.get
    place = get("place") or _EMPTY
    actor = (get("actors") or [_EMPTY])[0]
    target = (get("targets") or [_EMPTY])[0]
    return (f"{aid}:{ev['id']}", aid, ev["type"], get("mode"), get("date"), place.get("country"),
            place.get("admin1"), place.get("geonameid"), place.get("lat"), place.get("lon"),
            get("killed"), get("injured"), get("confidence"), actor.get("text"),
            actor.get("country"), target.get("text"), target.get("country"), get("acled_event_type"),
            get("acled_sub_event_type"), get("summary_en"), record_json, place.get("precision"))


class Store:
    """A marsad database. ``Store(":memory:")`` for tests, ``Store("marsad.db")`` on disk."""

    def __init__(self, path: str = "marsad.db"):
        self.path = path
        try:
            self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA foreign_keys = ON")
            if path != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
            self.migrate()
        except sqlite3.Error as e:
            raise store_error(e, "cannot open the database", path) from None

    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded; return their names."""
        self.db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL "
                        "DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))")
        done = {r[0] for r in self.db.execute("SELECT name FROM _migrations")}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            self.db.execute("BEGIN")
            try:
                for stmt in sql.split(";"):
                    if stmt.strip():
                        self.db.execute(stmt)
                self.db.execute("INSERT INTO _migrations(name) VALUES (?)", (name,))
                self.db.execute("COMMIT")
            except sqlite3.Error:
                self.db.execute("ROLLBACK")
                raise
            applied.append(name)
        return applied

    def migrations(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT name FROM _migrations ORDER BY name")]

    def has_article(self, text: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (content_id(text),)).fetchone() is not None

    def add(self, doc: Document, record: dict[str, Any]) -> bool:
        """Store one processed article and its events; False when it was already there."""
        return self.add_record(doc.id, doc.raw, doc.meta, record)

    def stored_ids(self, aids: Iterable[str]) -> set[str]:
        """The article ids among ``aids`` that the store already holds."""
        aids = list(aids)
        found: set[str] = set()
        for i in range(0, len(aids), 500):
            part = aids[i:i + 500]
            q = "SELECT id FROM articles WHERE id IN (%s)" % ",".join("?" * len(part))
            found.update(r[0] for r in self.db.execute(q, part))
        return found

    def add_record(self, input_id: str, text: str, meta: dict[str, Any], record: dict[str, Any],
                   aid: str | None = None) -> bool:
        """Store one article (its text, metadata and output record) and its events in one transaction.

        False when the store already had it (same content id): nothing is written. ``aid`` is the
        text's :func:`~marsad.document.content_id` when the caller has already computed it.
        """
        if aid is None:
            aid = content_id(text)
        db = self.db
        try:
            db.execute("BEGIN IMMEDIATE")
            events = record["events"]
            # each event is serialized once: its JSON is its row's record and a part of the article's record
            event_json = [json_text(ev) for ev in events]
            cur = db.execute(
                "INSERT OR IGNORE INTO articles(id, input_id, source, url, title, published, text, record) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (aid, input_id, meta.get("source"), meta.get("url"), meta.get("title"), meta.get("published"),
                 text, _record_json(record, event_json)))
            if cur.rowcount == 0:
                db.execute("COMMIT")
                return False
            if events:
                db.executemany(_INSERT_EVENT, [_event_row(aid, ev, js) for ev, js in zip(events, event_json)])
            db.execute("COMMIT")
            return True
        except sqlite3.Error as e:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise store_error(e, f"cannot store article {input_id!r}", self.path) from None

    def counts(self) -> dict[str, int]:
        """How many articles and events (as extracted, before merging) the store holds."""
        return {"articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
                "events": self.db.execute("SELECT count(*) FROM events").fetchone()[0]}

    def canonical_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM canonical_events").fetchone()[0]

    def canonical_events(self) -> Iterator[dict[str, Any]]:
        """Canonical (merged) event records, by date then id."""
        for (rec,) in self.db.execute("SELECT record FROM canonical_events ORDER BY date, id"):
            yield json.loads(rec)

    def snapshot(self) -> dict[str, Any]:
        """Everything a run decides, without timestamps: for comparing two stores."""
        q = self.db.execute
        return {
            "articles": sorted(q("SELECT id, input_id, source, url, title, published, record FROM articles")),
            "events": sorted(q("SELECT id, article_id, record FROM events")),
            "canonical": sorted(q("SELECT id, record FROM canonical_events")),
            "members": sorted(q("SELECT event_id, canonical_id, reasons FROM event_members")),
        }

    def events(self, type: str | None = None) -> Iterator[dict[str, Any]]:
        sql, args = "SELECT record FROM events", ()
        if type:
            sql, args = sql + " WHERE type = ?", (type,)
        for (rec,) in self.db.execute(sql + " ORDER BY date, id", args):
            yield json.loads(rec)

    def close(self) -> None:
        self.db.close()


def ingest(items: Iterable[Any], store: Store, engine, batch: int = 128) -> Iterator[tuple[str, Any, Any]]:
    """Extract and store ``items`` (Documents or InputErrors) with ``engine``; yield ``(status, what, record)``.

    ``status`` is ``added`` (``what`` is the input id, ``record`` the output record), ``stored`` (the
    store or this run already had the same text: nothing is recomputed) or ``failed`` (``what`` is the
    InputError). Articles are written one transaction each by this process alone, while the engine
    extracts the next batch; a killed run resumes where it stopped. Merging is a separate step
    (:func:`marsad.merge.merge_pending`).
    """
    from .distributed import FAILED_KEY
    from .errors import InputError, ProcessingFailed

    seen: set[str] = set()
    in_flight = None

    def write(jobs, aids, results):
        for job, aid, rec in zip(jobs, aids, results):
            if FAILED_KEY in rec:
                # the pipeline failed on this article: reported with its id, nothing stored, the rest goes on
                yield "failed", ProcessingFailed(f"marsad could not process this article ({rec[FAILED_KEY]}); "
                                                 "it was left out", source=job[0]), None
                continue
            added = store.add_record(job[0], job[1], job[2], rec, aid=aid)
            yield ("added" if added else "stored"), job[0], rec if added else None

    chunk: list[Any] = []
    it = iter(items)
    while True:
        chunk = []
        for item in it:
            chunk.append(item)
            if len(chunk) >= batch:
                break
        if not chunk:
            break
        docs = []
        for item in chunk:
            if isinstance(item, InputError):
                yield "failed", item, None
            else:
                docs.append((content_id(item.raw), item))
        stored = store.stored_ids(aid for aid, _ in docs)
        jobs, aids = [], []
        for aid, doc in docs:
            if aid in stored or aid in seen:
                yield "stored", doc.id, None
            else:
                seen.add(aid)
                jobs.append((doc.id, doc.raw, dict(doc.meta)))
                aids.append(aid)
        results = engine.submit(jobs) if jobs else iter(())
        if in_flight is not None:
            yield from write(*in_flight)
        in_flight = (jobs, aids, results)
    if in_flight is not None:
        yield from write(*in_flight)
