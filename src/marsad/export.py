"""Exporting canonical events as datasets: ACLED-like CSV, JSON lines, GeoJSON, Parquet.

One row per canonical event (reports of one real event merged across articles).
The CSV columns follow ACLED's names where they mean the same thing, then the
PLOVER and provenance columns. ``fatalities`` is the best estimate and is empty
when no report gave a number (ACLED writes 0; marsad keeps "unknown" apart from
"none").

>>> from marsad.store import Store
>>> export_rows(Store(":memory:"))
[]
"""
from __future__ import annotations

import csv
import io
import json
from typing import IO, Any, Iterable, Iterator

from . import resources

ACLED_COLUMNS = ["event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
                 "assoc_actor_2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
                 "source", "notes", "fatalities"]
PLOVER_COLUMNS = ["plover_type", "plover_mode", "event_id", "source_count", "confidence"]
EXTRA_COLUMNS = ["fatalities_low", "fatalities_high", "injured", "injured_low", "injured_high", "report_count",
                 "urls"]
COLUMNS = ACLED_COLUMNS + PLOVER_COLUMNS + EXTRA_COLUMNS
INT_COLUMNS = {"geo_precision", "fatalities", "source_count", "fatalities_low", "fatalities_high", "injured",
               "injured_low", "injured_high", "report_count"}
FLOAT_COLUMNS = {"latitude", "longitude", "confidence"}
GEO_PRECISION = {"exact": 1, "part": 2, "region": 3, "country": 3}  # ACLED: 1 town, 2 near/part, 3 region


def _countries() -> tuple[dict[str, str], dict[str, str]]:
    name_of, alpha2_of = {}, {}
    for row in resources.tsv_rows("countries.tsv"):
        if len(row) >= 3:
            a2, a3, name = row[0], row[1], row[2]
            name_of[a2] = name
            for key in (a2, a3, name):
                alpha2_of[key.upper()] = a2
    return name_of, alpha2_of


def _who(p: dict) -> str:
    return p.get("name") or p.get("text") or ""


def event_row(rec: dict[str, Any], country_names: dict[str, str] | None = None) -> dict[str, Any]:
    """The flat row of one canonical event record (columns :data:`COLUMNS`; None for unknown)."""
    names = country_names if country_names is not None else _countries()[0]
    place = rec.get("place") or {}
    actors, targets = rec.get("actors") or [], rec.get("targets") or []
    k, i = rec.get("killed") or {}, rec.get("injured") or {}
    urls = sorted({m.get("url") for m in rec.get("members", []) if m.get("url")})
    return {
        "event_date": rec.get("date"), "event_type": rec.get("acled_event_type"),
        "sub_event_type": rec.get("acled_sub_event_type"),
        "actor1": _who(actors[0]) if actors else None,
        "assoc_actor_1": "; ".join(_who(a) for a in actors[1:]) or None,
        "actor2": _who(targets[0]) if targets else None,
        "assoc_actor_2": "; ".join(_who(t) for t in targets[1:]) or None,
        "country": names.get(place.get("country"), place.get("country")) if place.get("country") else None,
        "admin1": place.get("admin1"), "location": place.get("name") or place.get("text"),
        "latitude": place.get("lat"), "longitude": place.get("lon"),
        "geo_precision": GEO_PRECISION.get(place.get("precision")),
        "source": "; ".join(rec.get("sources") or []) or None, "notes": rec.get("summary_en"),
        "fatalities": k.get("best"),
        "plover_type": rec.get("type"), "plover_mode": rec.get("mode"), "event_id": rec.get("id"),
        "source_count": rec.get("source_count"), "confidence": rec.get("confidence"),
        "fatalities_low": k.get("low"), "fatalities_high": k.get("high"),
        "injured": i.get("best"), "injured_low": i.get("low"), "injured_high": i.get("high"),
        "report_count": rec.get("member_count"), "urls": " ".join(urls) or None,
    }


def select(store, types: Iterable[str] = (), countries: Iterable[str] = (), since: str | None = None,
           until: str | None = None, min_confidence: float = 0.0) -> Iterator[dict[str, Any]]:
    """Canonical event records matching the filters, by date then id."""
    where, args = [], []
    types = [t.upper() for t in types]
    if types:
        where.append("type IN (%s)" % ",".join("?" * len(types)))
        args += types
    if countries:
        alpha2_of = _countries()[1]
        codes = [alpha2_of.get(c.upper(), c.upper()) for c in countries]
        where.append("country IN (%s)" % ",".join("?" * len(codes)))
        args += codes
    if since:
        where.append("date >= ?")
        args.append(since)
    if until:
        where.append("date <= ?")
        args.append(until + "~")
    if min_confidence:
        where.append("confidence >= ?")
        args.append(min_confidence)
    sql = "SELECT record FROM canonical_events" + (" WHERE " + " AND ".join(where) if where else "")
    for (rec,) in store.db.execute(sql + " ORDER BY date, id", args):
        yield json.loads(rec)


def export_rows(store, **filters) -> list[dict[str, Any]]:
    """The flat rows of the selected canonical events."""
    names = _countries()[0]
    return [event_row(r, names) for r in select(store, **filters)]


def read_csv(f: IO[str]) -> list[dict[str, Any]]:
    """Rows of a marsad CSV, typed back (empty cells are None): the inverse of the CSV export."""
    out = []
    for row in csv.DictReader(f):
        typed = {}
        for k, v in row.items():
            if v == "":
                typed[k] = None
            elif k in INT_COLUMNS:
                typed[k] = int(v)
            elif k in FLOAT_COLUMNS:
                typed[k] = float(v)
            else:
                typed[k] = v
        out.append(typed)
    return out


def parquet_schema():
    import pyarrow as pa

    return pa.schema([(c, pa.int64() if c in INT_COLUMNS else pa.float64() if c in FLOAT_COLUMNS else pa.string())
                      for c in COLUMNS])


def export_events(store, fmt: str, out: str | IO, **filters) -> int:
    """Write the selected canonical events to ``out`` (a path or a text stream) as ``fmt``; return how many."""
    if fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            from .errors import StoreError
            raise StoreError("Parquet export needs pyarrow: pip install 'marsad[parquet]'")
        rows = export_rows(store, **filters)
        table = pa.Table.from_pylist(rows, schema=parquet_schema())
        pq.write_table(table, out)
        return len(rows)
    own = isinstance(out, str)
    f = open(out, "w", encoding="utf-8", newline="") if own else out
    n = 0
    try:
        if fmt == "jsonl":
            for rec in select(store, **filters):
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
        elif fmt == "csv":
            w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
            w.writeheader()
            for row in export_rows(store, **filters):
                w.writerow(row)
                n += 1
        elif fmt == "geojson":
            names = _countries()[0]
            features = []
            for rec in select(store, **filters):
                row = event_row(rec, names)
                geom = None
                if row["latitude"] is not None and row["longitude"] is not None:
                    geom = {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]}
                features.append({"type": "Feature", "id": row["event_id"], "geometry": geom, "properties": row})
            json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False)
            f.write("\n")
            n = len(features)
        else:
            raise ValueError(f"unknown export format {fmt!r}")
    finally:
        if own:
            f.close()
    return n


def to_csv_string(store, **filters) -> str:
    buf = io.StringIO()
    export_events(store, "csv", buf, **filters)
    return buf.getvalue()
