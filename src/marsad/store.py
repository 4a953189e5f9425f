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
import sqlite3
from typing import Any, Iterator

from .document import Document, content_id
from .errors import StoreError

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
]


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
            raise StoreError(f"cannot open the database: {e}", source=path)

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
        aid = content_id(doc.raw)
        try:
            self.db.execute("BEGIN IMMEDIATE")
            cur = self.db.execute(
                "INSERT OR IGNORE INTO articles(id, input_id, source, url, title, published, text, record) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (aid, doc.id, doc.meta.get("source"), doc.meta.get("url"), doc.meta.get("title"), doc.published,
                 doc.raw, json.dumps(record, ensure_ascii=False)))
            if cur.rowcount == 0:
                self.db.execute("COMMIT")
                return False
            for ev in record["events"]:
                place = ev.get("place") or {}
                actor = (ev.get("actors") or [{}])[0]
                target = (ev.get("targets") or [{}])[0]
                self.db.execute(
                    "INSERT OR REPLACE INTO events(id, article_id, type, mode, date, country, admin1, geonameid, lat, "
                    "lon, killed, injured, confidence, actor, actor_country, target, target_country, "
                    "acled_event_type, acled_sub_event_type, summary_en, record) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (f"{aid}:{ev['id']}", aid, ev["type"], ev.get("mode"), ev.get("date"), place.get("country"),
                     place.get("admin1"), place.get("geonameid"), place.get("lat"), place.get("lon"),
                     ev.get("killed"), ev.get("injured"), ev.get("confidence"), actor.get("text"),
                     actor.get("country"), target.get("text"), target.get("country"), ev.get("acled_event_type"),
                     ev.get("acled_sub_event_type"), ev.get("summary_en"), json.dumps(ev, ensure_ascii=False)))
            self.db.execute("COMMIT")
            return True
        except sqlite3.Error as e:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise StoreError(f"cannot store article {doc.id!r}: {e}", source=self.path)

    def counts(self) -> dict[str, int]:
        return {"articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
                "events": self.db.execute("SELECT count(*) FROM events").fetchone()[0]}

    def events(self, type: str | None = None) -> Iterator[dict[str, Any]]:
        sql, args = "SELECT record FROM events", ()
        if type:
            sql, args = sql + " WHERE type = ?", (type,)
        for (rec,) in self.db.execute(sql + " ORDER BY date, id", args):
            yield json.loads(rec)

    def close(self) -> None:
        self.db.close()
