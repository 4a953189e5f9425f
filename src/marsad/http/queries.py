"""Read-only queries behind the HTTP API.

Every value a client sends reaches SQLite as a bound parameter; the only SQL
text that varies is chosen from fixed fragments in this module (filters that
are present, a sort column from :data:`SORTS`). The event store is opened
read-only (``mode=ro``); the full-text index over mention sentences lives in
its own small SQLite file beside the server, never in the store.

>>> f = EventFilter(types=("ASSAULT",), min_killed=1)
>>> sql, args = where_clause(f)
>>> sql
'e.type IN (?) AND e.killed >= ?'
>>> args
['ASSAULT', 1]
"""
from __future__ import annotations

import base64
import html
import json
import os
import sqlite3
import tempfile
import threading
from dataclasses import dataclass, field
from typing import Any, Iterator
from urllib.parse import quote

from ..errors import BadQuery, StoreError
from ..normalize import fold_key

# name -> (SQL expression with NULLs folded to a value that sorts first, Python type of the key)
SORTS: dict[str, tuple[str, type]] = {
    "date": ("coalesce(e.date, '')", str),
    "killed": ("coalesce(e.killed, -1)", int),
    "injured": ("coalesce(e.injured, -1)", int),
    "confidence": ("coalesce(e.confidence, -1.0)", float),
}
SORT_CHOICES = tuple(s for name in SORTS for s in (name, "-" + name))

SUMMARY_COLUMNS = ("id", "article_id", "type", "mode", "date", "country", "admin1", "location", "lat", "lon",
                   "killed", "injured", "confidence", "actor", "actor_country", "target", "target_country",
                   "acled_event_type", "acled_sub_event_type", "summary_en")
_SUMMARY_SQL = ("e.id, e.article_id, e.type, e.mode, e.date, e.country, e.admin1, "
                "json_extract(e.record, '$.place.name'), e.lat, e.lon, e.killed, e.injured, e.confidence, "
                "e.actor, e.actor_country, e.target, e.target_country, e.acled_event_type, "
                "e.acled_sub_event_type, e.summary_en")

_PARTICIPANT_MATCH = (  # the substring test on the whole record is a cheap pre-filter
    "instr(lower(e.record), lower(?)) > 0 AND EXISTS (SELECT 1 FROM json_each(e.record, '$.{kind}') p WHERE "
    "json_extract(p.value, '$.country') = ? OR json_extract(p.value, '$.code') = ? "
    "OR instr(json_extract(p.value, '$.text'), ?) > 0 "
    "OR instr(lower(coalesce(json_extract(p.value, '$.name'), '')), lower(?)) > 0)")
_ACTOR_MATCH = _PARTICIPANT_MATCH.format(kind="actors")
_TARGET_MATCH = _PARTICIPANT_MATCH.format(kind="targets")

SENTENCE_ENDS = frozenset(".!?؟\n")
MAX_SENTENCE = 600  # characters kept either side of a mention when no sentence end is near


@dataclass(frozen=True)
class EventFilter:
    """What ``GET /events``, ``/stats`` and ``/export`` may filter on (all optional, all ANDed)."""

    since: str | None = None
    until: str | None = None
    types: tuple[str, ...] = ()
    acled_types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    actor: str | None = None
    target: str | None = None
    min_killed: int | None = None
    q: str | None = None
    located: bool = False


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({','.join('?' * len(values))})"


def where_clause(f: EventFilter, index: "SearchIndex | None" = None) -> tuple[str, list[Any]]:
    """The WHERE condition (``1`` when nothing filters) and its parameters for ``f``."""
    parts: list[str] = []
    args: list[Any] = []
    if f.since:
        parts.append("e.date >= ?")
        args.append(f.since)
    if f.until:
        parts.append("e.date <= ?")
        args.append(f.until)
    for column, values in (("e.type", f.types), ("e.acled_event_type", f.acled_types),
                           ("e.country", f.countries), ("e.admin1", f.admin1)):
        if values:
            parts.append(_in(column, values))
            args.extend(values)
    if f.bbox:
        w, s, e, n = f.bbox
        parts.append("e.lat BETWEEN ? AND ?")
        args += [s, n]
        if w <= e:
            parts.append("e.lon BETWEEN ? AND ?")
            args += [w, e]
        else:  # the box crosses the antimeridian
            parts.append("(e.lon >= ? OR e.lon <= ?)")
            args += [w, e]
    for value, sql in ((f.actor, _ACTOR_MATCH), (f.target, _TARGET_MATCH)):
        if value:
            parts.append(sql)
            args += [value, value.upper(), value.upper(), value, value]
    if f.min_killed is not None:
        parts.append("e.killed >= ?")
        args.append(f.min_killed)
    if f.located:
        parts.append("e.lat IS NOT NULL AND e.lon IS NOT NULL")
    if f.q:
        if index is None:
            raise BadQuery("full-text search needs the search index")
        sql, qargs = index.condition(f.q)
        parts.append(sql)
        args += qargs
    return (" AND ".join(parts) or "1"), args


def encode_cursor(sort: str, key: Any, event_id: str) -> str:
    """An opaque cursor: where the next page starts for ``sort``."""
    raw = json.dumps([sort, key, event_id], ensure_ascii=False, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    """``(key, event_id)`` from a cursor made for ``sort``; :class:`BadQuery` for anything else."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        got_sort, key, event_id = json.loads(raw.decode())
    except (ValueError, TypeError, UnicodeDecodeError, RecursionError):  # RecursionError: [[[[... nested
        raise BadQuery("the cursor is not one this server gave out; start again without it") from None
    want = SORTS[sort.lstrip("-")][1]
    if got_sort != sort:
        raise BadQuery(f"the cursor belongs to another sort order than {sort!r}; start again without it")
    ok_key = isinstance(key, want) or (want is float and isinstance(key, int))
    if not ok_key or isinstance(key, bool) or not isinstance(event_id, str) \
            or (isinstance(key, int) and abs(key) > 2**62):
        raise BadQuery("the cursor is not one this server gave out; start again without it")
    return key, event_id


def summary(row: tuple) -> dict[str, Any]:
    return dict(zip(SUMMARY_COLUMNS, row))


def list_events(db: sqlite3.Connection, f: EventFilter, sort: str = "-date", limit: int = 100,
                cursor: str | None = None, index: "SearchIndex | None" = None) -> tuple[list[dict], str | None]:
    """One page of event summaries and the cursor of the next page (None on the last page).

    Pages are keyed on ``(sort key, id)``, so they stay consistent while events are added.
    """
    if sort not in SORT_CHOICES:
        raise BadQuery(f"unknown sort {sort!r}; use one of {', '.join(SORT_CHOICES)}")
    desc = sort.startswith("-")
    key_sql = SORTS[sort.lstrip("-")][0]
    cond, args = where_clause(f, index)
    if cursor:
        key, last_id = decode_cursor(cursor, sort)
        cond += f" AND ({key_sql}, e.id) {'<' if desc else '>'} (?, ?)"
        args += [key, last_id]
    order = "DESC" if desc else "ASC"
    # sort bare (id, key) pairs first, then read the columns of the page's rows only
    sql = (f"WITH k AS MATERIALIZED (SELECT e.id AS id, {key_sql} AS key FROM events e WHERE {cond} "
           f"ORDER BY key {order}, e.id {order} LIMIT ?) "
           f"SELECT {_SUMMARY_SQL}, k.key FROM k JOIN events e ON e.id = k.id ORDER BY k.key {order}, k.id {order}")
    rows = db.execute(sql, args + [limit + 1]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    items = [summary(r[:-1]) for r in rows]
    nxt = encode_cursor(sort, rows[-1][-1], rows[-1][0]) if more and rows else None
    return items, nxt


def iter_events(db: sqlite3.Connection, f: EventFilter, index: "SearchIndex | None" = None,
                batch: int = 500) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Every matching event as ``(summary, record)`` by date then id, fetched in batches (for export)."""
    cond, args = where_clause(f, index)
    cur = db.execute(f"SELECT {_SUMMARY_SQL}, e.record, a.source, a.url, a.published FROM events e "
                     f"JOIN articles a ON a.id = e.article_id WHERE {cond} ORDER BY e.date, e.id", args)
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            return
        for r in rows:
            s = summary(r[:len(SUMMARY_COLUMNS)])
            s.update(source=r[-3], url=r[-2], published=r[-1])
            yield s, json.loads(r[len(SUMMARY_COLUMNS)])


def stats(db: sqlite3.Connection, f: EventFilter, index: "SearchIndex | None" = None) -> dict[str, Any]:
    """Counts of matching events: in total, by day, by type and by country."""
    cond, args = where_clause(f, index)
    own = not db.in_transaction
    if own:
        db.execute("BEGIN")  # one read transaction: the totals and their parts see the same events
    try:
        out: dict[str, Any] = {"total": db.execute(f"SELECT count(*) FROM events e WHERE {cond}",
                                                   args).fetchone()[0]}
        for name, column, order in (("by_day", "e.date", "key"), ("by_type", "e.type", "count DESC, key"),
                                    ("by_country", "e.country", "count DESC, key")):
            rows = db.execute(f"SELECT {column} AS key, count(*) AS count FROM events e WHERE {cond} "
                              f"AND {column} IS NOT NULL GROUP BY key ORDER BY {order}", args)
            out[name] = [{"key": k, "count": n} for k, n in rows]
    finally:
        if own:
            db.execute("COMMIT")
    return out


def get_event(db: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    """An event's summary, its record, and every mention placed in its sentence, with the article's
    provenance; None when the store has no such event."""
    row = db.execute(f"SELECT {_SUMMARY_SQL}, e.record, a.source, a.url, a.title, a.published, a.text "
                     "FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    n = len(SUMMARY_COLUMNS)
    out = summary(row[:n])
    record = json.loads(row[n])
    source, url, title, published, text = row[n + 1:]
    article = {"article_id": out["article_id"], "source": source, "url": url, "title": title,
               "published": published}
    out["record"] = record
    out["mentions"] = [dict(article, **mention_view(text, m, record)) for m in record.get("mentions") or []]
    out["other_reports"] = other_reports(db, event_id)
    return out


def other_reports(db: sqlite3.Connection, event_id: str) -> list[dict[str, Any]]:
    """Events in other articles merged with this one into a canonical event (none before merging)."""
    try:
        rows = db.execute(
            "SELECT o.event_id, e.article_id, a.source, a.url, a.title, a.published FROM event_members m "
            "JOIN event_members o ON o.canonical_id = m.canonical_id AND o.event_id != m.event_id "
            "JOIN events e ON e.id = o.event_id JOIN articles a ON a.id = e.article_id "
            "WHERE m.event_id = ? ORDER BY a.published, o.event_id LIMIT 100", (event_id,)).fetchall()
    except sqlite3.OperationalError:  # a store from before canonical events
        return []
    keys = ("event_id", "article_id", "source", "url", "title", "published")
    return [dict(zip(keys, r)) for r in rows]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``text[start:end]``: from after the previous sentence end to
    the next one (included), at most :data:`MAX_SENTENCE` characters beyond the span either side."""
    lo = start
    floor = max(0, start - MAX_SENTENCE)
    while lo > floor and text[lo - 1] not in SENTENCE_ENDS:
        lo -= 1
    hi = max(end, lo)
    ceiling = min(len(text), end + MAX_SENTENCE)
    while hi < ceiling and (hi == 0 or text[hi - 1] not in SENTENCE_ENDS or hi <= start):
        hi += 1
    while lo < start and text[lo].isspace():
        lo += 1
    while hi > end and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def mention_view(text: str, mention: dict[str, Any], record: dict[str, Any]) -> dict[str, Any]:
    """One mention as the page shows it: the sentence around it, where the mention, its trigger and the
    event's participants and place fall inside that sentence, and HTML with those spans marked.

    >>> text = "قالت مصادر. وقتل 46 مدنيا في غارات على كفرنبل. وانتهى"
    >>> m = {"start": 12, "end": 46, "text": text[12:46], "trigger": {"start": 12, "end": 16}}
    >>> v = mention_view(text, m, {"place": {"start": 39, "end": 45}})
    >>> v["sentence"]
    'وقتل 46 مدنيا في غارات على كفرنبل.'
    >>> v["html"]
    '<mark class="m-mention m-trigger">وقتل</mark><mark class="m-mention"> 46 مدنيا في غارات على </mark><mark class="m-mention m-place">كفرنبل</mark><mark class="m-mention">.</mark>'
    """
    m_start = max(0, min(len(text), int(mention.get("start", 0))))
    m_end = max(m_start, min(len(text), int(mention.get("end", m_start))))
    lo, hi = sentence_bounds(text, m_start, m_end)
    spans: list[dict[str, Any]] = [{"kind": "mention", "start": m_start, "end": m_end}]
    trig = mention.get("trigger") or {}
    if "start" in trig and "end" in trig:
        spans.append({"kind": "trigger", "start": trig["start"], "end": trig["end"]})
    for kind, items in (("actor", record.get("actors") or []), ("target", record.get("targets") or []),
                        ("place", [record["place"]] if record.get("place") else [])):
        for p in items:
            if isinstance(p.get("start"), int) and isinstance(p.get("end"), int):
                spans.append({"kind": kind, "start": p["start"], "end": p["end"]})
    inside = []
    for s in spans:
        a, b = max(lo, s["start"]), min(hi, s["end"])
        if a < b:
            inside.append({"kind": s["kind"], "start": a - lo, "end": b - lo})
    sentence = text[lo:hi]
    return {"start": m_start, "end": m_end, "text": text[m_start:m_end],
            "trigger": ({"start": trig["start"], "end": trig["end"], "text": text[trig["start"]:trig["end"]]}
                        if "start" in trig and "end" in trig else None),
            "sentence": sentence, "sentence_start": lo, "sentence_end": hi,
            "highlights": inside, "html": highlight_html(sentence, inside)}


def highlight_html(sentence: str, spans: list[dict[str, Any]]) -> str:
    """``sentence`` HTML-escaped, each run of characters covered by spans wrapped in one
    ``<mark class="m-KIND ...">`` (runs never nest, so any overlap stays well-formed)."""
    cuts = sorted({0, len(sentence)} | {s["start"] for s in spans} | {s["end"] for s in spans})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        kinds = [s["kind"] for s in spans if s["start"] <= a and b <= s["end"]]
        piece = html.escape(sentence[a:b], quote=True)
        if kinds:
            order = ("mention", "trigger", "actor", "target", "place")
            cls = " ".join("m-" + k for k in order if k in kinds)
            out.append(f'<mark class="{cls}">{piece}</mark>')
        else:
            out.append(piece)
    return "".join(out)


def get_article(db: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    row = db.execute("SELECT id, input_id, source, url, title, published, ingested_at, text FROM articles "
                     "WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    out = dict(zip(("id", "input_id", "source", "url", "title", "published", "ingested_at", "text"), row))
    out["events"] = [summary(r) for r in db.execute(
        f"SELECT {_SUMMARY_SQL} FROM events e WHERE e.article_id = ? ORDER BY e.id", (article_id,))]
    return out


def connect_ro(path: str) -> sqlite3.Connection:
    """A read-only connection to the store at ``path``."""
    try:
        db = sqlite3.connect(f"file:{quote(os.path.abspath(path))}?mode=ro", uri=True, check_same_thread=False)
        db.execute("PRAGMA query_only = ON")
        db.execute("SELECT 1 FROM events LIMIT 1")
    except sqlite3.Error as e:
        raise StoreError(f"cannot open the database read-only: {e}", source=path) from None
    return db


def fold_query(text: str) -> str:
    """Search text folded as mention text is folded in the index (alef, ya, ta marbuta, diacritics...)."""
    return fold_key(text).casefold()


@dataclass
class SearchIndex:
    """A trigram FTS5 index of each event's folded mention sentences, in its own SQLite file.

    Built when the server starts and topped up when events appear (rowids beyond the last one seen),
    so substring queries such as ``حلب`` also find ``وحلب``; terms shorter than three characters are
    matched by ``instr`` on the same table.
    """

    store_path: str
    dir: str = field(default_factory=lambda: tempfile.mkdtemp(prefix="marsad-fts-"))
    last_rowid: int = 0

    def __post_init__(self):
        self.path = os.path.join(self.dir, "mentions.db")
        self._lock = threading.Lock()
        self._w = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._w.execute("PRAGMA journal_mode = WAL")
        self._w.execute("CREATE VIRTUAL TABLE IF NOT EXISTS mentions USING fts5(event_id UNINDEXED, text, "
                        "tokenize = 'trigram')")

    def attach(self, db: sqlite3.Connection) -> None:
        db.execute("ATTACH DATABASE ? AS fts", (f"file:{quote(self.path)}?mode=ro",))

    def refresh(self, db: sqlite3.Connection | None = None) -> int:
        """Index events added since the last call; return how many."""
        own = db is None
        db = db or connect_ro(self.store_path)
        try:
            top = db.execute("SELECT coalesce(max(rowid), 0) FROM events").fetchone()[0]
            if top <= self.last_rowid:
                return 0
            with self._lock:
                rows = db.execute(
                    "SELECT e.rowid, e.id, (SELECT group_concat(json_extract(m.value, '$.text'), ' | ') "
                    "FROM json_each(e.record, '$.mentions') m) FROM events e WHERE e.rowid > ? ORDER BY e.rowid",
                    (self.last_rowid,))
                n = 0
                self._w.execute("BEGIN")
                for rowid, eid, text in rows:
                    self._w.execute("INSERT INTO mentions(event_id, text) VALUES (?, ?)",
                                    (eid, fold_query(text or "")))
                    self.last_rowid = max(self.last_rowid, rowid)
                    n += 1
                self._w.execute("COMMIT")
                return n
        finally:
            if own:
                db.close()

    def condition(self, q: str) -> tuple[str, list[Any]]:
        """SQL restricting ``events e`` to those whose mentions contain every term of ``q``."""
        # a NUL ends an FTS5 query string early in SQLite's C code ("unterminated string"): it separates words
        terms = [t for t in fold_query(q).replace("\x00", " ").split() if t][:10]
        if not terms:
            raise BadQuery("the search text q has no words")
        long = [t for t in terms if len(t) >= 3]
        short = [t for t in terms if len(t) < 3]
        parts, args = [], []
        if long:
            parts.append("mentions MATCH ?")
            args.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long))
        for t in short:
            parts.append("instr(text, ?) > 0")
            args.append(t)
        return f"e.id IN (SELECT event_id FROM fts.mentions WHERE {' AND '.join(parts)})", args

    def close(self) -> None:
        self._w.close()
        for name in os.listdir(self.dir):
            os.remove(os.path.join(self.dir, name))
        os.rmdir(self.dir)
