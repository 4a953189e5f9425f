"""Cross-article merging: reports of one real event become one canonical event.

Two extracted events *may be the same real event* (a link) when they come from
different articles and have the same PLOVER type, dates at most a day apart,
places in the same settlement or a few km apart (or a governorate-level place
holding the other), and compatible actors and targets (same code, or same
country without conflicting sectors, or one side unknown). Links are stored
with their reasons.

Canonical events are computed from the links, not from arrival order: within a
connected group of linked events, events are visited most-linked first (ties by
id) and each joins the cluster it is linked to the largest share of, when that
share is at least half (and more than one link, once the cluster has two members), else starts a new
one (chains of links alone never merge two distant reports). The result depends only on the set
of events, so ingesting in another order, or resuming after a crash, gives the
same canonical events; a new article only recomputes the groups it touches.
A person can split a member out (``split``): the pairs become "never merge"
constraints, kept in ``merge_splits``.

>>> a = {"type": "ASSAULT", "date": "2015-08-06", "article_id": "a1", "actors": [], "targets": [],
...      "place": {"geonameid": 1, "lat": 18.2, "lon": 42.5, "precision": "exact", "name": "Abha"}}
>>> b = dict(a, article_id="a2", date="2015-08-07")
>>> link_reasons(a, b)
['same type ASSAULT', 'dates 1 day apart', 'same place Abha (geonameid 1)', 'actors: one side unknown', 'targets: one side unknown']
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import math
import statistics
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any, Iterable

from .errors import UnknownCanonicalEvent
from .store import json_text

MAX_KM = 15.0          # two places this close are "the same place" for one attack
MAX_DAYS = 1           # dates of the same event differ by at most a day across reports
MIN_SHARE = 0.5       # a report joins a canonical event when linked to at least half its members
BOX_DEG = 0.15         # the SQL pre-filter around a place (a little more than MAX_KM)
MIN_TOLL = 5           # a report without a place links on the same day and the same toll of at least this
TOLL_SPREAD = 0.2      # ... or, when both tolls are at least MIN_CLOSE_TOLL, tolls within 20% of each other
MIN_CLOSE_TOLL = 20    # (a toll grows as the dead are counted; small tolls of unrelated events are often close)
# a town this large, or a national capital, sees several attacks of one day (Kabul on 2015-08-07: a truck bomb
# at night, the police academy in the evening, a NATO base at night): there, type, town and day are not enough
BUSY_TOWN = 1_000_000
# what is done (PLOVER's material types); the others are said or met (ACCUSE, REQUEST, CONSULT ...), and a
# statement is its speaker's: many speakers condemn one attack on one day, each a different event
MATERIAL = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID", "RETREAT", "SANCTION"})
STATE = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
NONSTATE = {"REB", "INS", "UAF", "SEP", "OPP", "IMG", "TER"}
PRECISION_RANK = {"exact": 0, "part": 1, "region": 2, "country": 3}


# ---------------------------------------------------------------- pairwise links

@lru_cache(maxsize=4096)  # read for both sides of every candidate pair: 590k times merging the whole corpus
def _day(value: str | None) -> _dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    >>> round(km(12.78, 45.03, 13.58, 44.02))  # Aden to Taiz
    141
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _place_key(p: dict) -> str:
    return _name_key(p.get("text") or "")


@lru_cache(maxsize=65536)
def _name_key(text: str) -> str:
    from .normalize import fold_key

    return " ".join(w.removeprefix("ال") for w in fold_key(text).split())


def _same_name(p: dict, q: dict) -> bool:
    """Two places the gazetteer could not resolve that carry the same name (سروج، سروج الواقعة)."""
    a, b = _place_key(p), _place_key(q)
    return bool(a and b) and (a == b or a.startswith(b + " ") or b.startswith(a + " "))


def _place_reason(p: dict | None, q: dict | None) -> str | None:
    if not p or not q:
        return None
    name = p.get("name") or p.get("text")
    if (p.get("geonameid") is None and p.get("lat") is None and q.get("geonameid") is None and q.get("lat") is None
            and "country" not in (p.get("precision"), q.get("precision")) and _same_name(p, q)):
        return f"same unresolved place name {p.get('text')}"
    if p.get("geonameid") is not None and p.get("geonameid") == q.get("geonameid"):
        if p.get("precision") == "country":
            return None  # "in Yemen" says nothing about which attack
        return f"same place {name} (geonameid {p['geonameid']})"
    pp, qp = p.get("precision"), q.get("precision")
    if "country" in (pp, qp):
        return None
    if None not in (p.get("lat"), p.get("lon"), q.get("lat"), q.get("lon")) and "region" not in (pp, qp):
        d = km(p["lat"], p["lon"], q["lat"], q["lon"])
        if d <= MAX_KM:
            return f"places {d:.1f} km apart ({name} / {q.get('name') or q.get('text')})"
    if "region" in (pp, qp) and p.get("admin1") and p.get("admin1") == q.get("admin1") \
            and p.get("country") == q.get("country"):
        return f"same governorate {p['admin1']} (one report names only the governorate)"
    return None


def _sector_conflict(a: str | None, b: str | None) -> bool:
    return bool(a and b and ((a in STATE and b in NONSTATE) or (a in NONSTATE and b in STATE)))


def _participant_match(p: dict, q: dict) -> str | None:
    if p.get("code") and p.get("code") == q.get("code"):
        return f"same code {p['code']}"
    if p.get("name") and p.get("name") == q.get("name"):
        return f"same name {p['name']}"
    conflict = _sector_conflict(p.get("sector"), q.get("sector"))
    if p.get("country") and p.get("country") == q.get("country") and not conflict:
        return f"same country {p['country']}"
    if (not p.get("country") or not q.get("country")) and not conflict:
        # "the forces", "a suicide bomber": a generic agent fits any side of its own kind
        return "one side has no country"
    return None


def _stated_actors(ev: dict[str, Any]) -> list[dict]:
    """The doers the report itself names: a party that claimed the attack (flag ``actor-claimed``, put first) is
    its own word, and a group claims several attacks a day (two Kabul bombings, both the Taliban's): no evidence
    for or against a merge; nor is a doer the report names tentatively (certainty ``hedged``)."""
    actors = ev.get("actors") or []
    actors = actors[1:] if "actor-claimed" in (ev.get("flags") or ()) else actors
    # (nor is a doer named tentatively: "هجوم يمكن ان يحمل بصمات الحركة", "likely Russian")
    return [a for a in actors if a.get("certainty") != "hedged"]


def _stated_targets(ev: dict[str, Any]) -> list[dict]:
    """The targets the text names: a protest's implied target (its country's government, flag
    ``target-implied``) is no evidence for or against a merge."""
    return [] if "target-implied" in (ev.get("flags") or ()) else ev.get("targets") or []


def _first_match(xs: list[dict], ys: list[dict], match) -> str | None:
    """The reason ``match`` gives for the first pair of participants, one from each side, that it accepts."""
    for p in xs:
        for q in ys:
            why = match(p, q)
            if why:
                return why
    return None


def _participants_reason(xs: list[dict], ys: list[dict], role: str) -> str | None:
    if not xs or not ys:
        return f"{role}: one side unknown"
    why = _first_match(xs, ys, _participant_match)
    return f"{role}: {why}" if why else None


@lru_cache(maxsize=1)
def _busy_towns() -> frozenset[int]:
    """GeoNames ids of the towns of BUSY_TOWN inhabitants or more and the national capitals (a small table,
    ``data/gaz_busy_towns.tsv``: the merging process need not load the gazetteer)."""
    from . import resources

    return frozenset(int(cols[0]) for cols in resources.tsv_rows("gaz_busy_towns.tsv"))


@lru_cache(maxsize=1)
def _iso3() -> dict[str, str]:
    from . import resources

    return {row[0]: row[1] for row in resources.tsv_rows("countries.tsv")}


def _in_busy_town(p: dict | None) -> bool:
    return bool(p) and p.get("precision") in ("exact", "part") and p.get("geonameid") in _busy_towns()


def _telling(reason: str, place: dict) -> bool:
    """Does a participants' reason name who it was, beyond "someone of the place's country"? The same code
    with a sector (AFGCOP, IMGREB) or of another country than the place's (HRV in Cairo), or the same name;
    not a generic code (~REB: "a suicide bomber"), not the place's own country (AFG in Kabul), not "unknown"."""
    if ": same name " in reason:
        return True
    if ": same code " not in reason:
        return False
    code = reason.rsplit(": same code ", 1)[1]
    return not code.startswith("~") and (len(code) > 3 or code != _iso3().get(place.get("country") or ""))


def _speaker_match(p: dict, q: dict) -> str | None:
    """The same speaker: the same specific code (a country, or a country's sector: USAGOV, SAU), or the same
    words (رئيس البرلمان العراقي سليم الجبوري; الأمين العام). A generic code (~GOV "official", IGO, GOVLEG)
    or a shared country names no one: the OIC and the UN are both IGO, two Saudi officials both SAU."""
    code, cc = p.get("code"), p.get("country")
    if code and cc and code.startswith(cc) and code == q.get("code"):
        return f"same code {code}"
    a, b = _name_key(p.get("text") or ""), _name_key(q.get("text") or "")
    if a and b and (a == b or a.startswith(b + " ") or b.startswith(a + " ")):
        # وزير التعليم / وزير التعليم الدكتور عزام الدخيل
        return f"same speaker {p.get('text')}"
    return None


def _speakers_reason(xs: list[dict], ys: list[dict]) -> str | None:
    """Actors of a statement or a meeting: both known and one of them the same speaker."""
    why = _first_match(xs, ys, _speaker_match)
    return f"actors: {why}" if why else None


def _toll_reason(a: dict[str, Any], b: dict[str, Any]) -> str | None:
    """A report with no usable place still matches one of the same day and the same specific toll."""
    pa, pb = a.get("place") or {}, b.get("place") or {}
    placeless = not pa or not pb or "country" in (pa.get("precision"), pb.get("precision"))
    if not placeless or a.get("date") != b.get("date"):
        return None
    k, k2 = a.get("killed"), b.get("killed")
    if not _close_tolls(k, k2):
        return None
    if pa.get("country") and pb.get("country") and pa["country"] != pb["country"]:
        return None
    if k == k2:
        return f"no usable place on one report; same day and same toll ({k} killed)"
    return f"no usable place on one report; same day and close tolls ({k} and {k2} killed)"


def _close_tolls(k: int | None, k2: int | None) -> bool:
    """The same specific toll (at least MIN_TOLL), or two large ones (at least MIN_CLOSE_TOLL) that differ by
    at most TOLL_SPREAD of the larger: the same attack as counted by outlets at different hours (27, 30 and 32
    killed in Suruç)."""
    if k is None or k2 is None:
        return False
    if k == k2:
        return k >= MIN_TOLL
    # small tolls differ by a few between unrelated events of one day: only large ones may differ
    return min(k, k2) >= MIN_CLOSE_TOLL and abs(k - k2) <= TOLL_SPREAD * max(k, k2)


def link_reasons(a: dict[str, Any], b: dict[str, Any]) -> list[str] | None:
    """Why events ``a`` and ``b`` (event records with ``article_id``) may be one real event; None if not."""
    if a.get("article_id") == b.get("article_id") or a["type"] != b["type"]:
        return None
    da, db = _day(a.get("date")), _day(b.get("date"))
    if da is None or db is None or abs((da - db).days) > MAX_DAYS:
        return None
    place = _place_reason(a.get("place"), b.get("place"))
    if place is None:
        place = _toll_reason(a, b)
    if place is None:
        return None
    if a["type"] in MATERIAL:
        actors = _participants_reason(_stated_actors(a), _stated_actors(b), "actors")
    else:
        actors = _speakers_reason(a.get("actors") or [], b.get("actors") or [])
    targets = _participants_reason(_stated_targets(a), _stated_targets(b), "targets")
    same_toll = a.get("killed") is not None and a.get("killed") == b.get("killed") and a["killed"] >= MIN_TOLL
    if targets is None and da == db and (same_toll or _close_tolls(a.get("killed"), b.get("killed"))):
        # the victims are named differently across outlets (شخصا، ناشطين، سوريين): the same toll (or a close one)
        # on the same day at the same place outweighs a disagreement on their country
        targets = ("targets: differ, but the same toll on the same day" if same_toll
                   else "targets: differ, but close tolls on the same day")
    if actors is None or targets is None:
        return None
    if a["type"] == "ASSAULT" and _in_busy_town(a.get("place")) and _in_busy_town(b.get("place")) \
            and not _close_tolls(a.get("killed"), b.get("killed")) \
            and not (_telling(actors, a["place"]) or _telling(targets, a["place"])):
        return None  # several attacks a day in a big town: the same place and day do not make them one
    gap = abs((da - db).days)
    reasons = [f"same type {a['type']}", "same date" if gap == 0 else f"dates {gap} day apart", place, actors, targets]
    if a.get("killed") is not None and a.get("killed") == b.get("killed"):
        reasons.append(f"same killed count {a['killed']}")
    return reasons


# ---------------------------------------------------------------- clustering

def cluster(ids: Iterable[str], links: dict[tuple[str, str], list[str]]) -> list[list[str]]:
    """Clusters of ``ids`` under ``links`` (keys ``(a, b)`` with ``a < b``), order-free.

    Events are visited most-linked first (ties by id); each joins the cluster it is linked to the
    largest share of, when that share is at least MIN_SHARE (half) and more than one link (a cluster of
    one needs one), else starts its own.

    >>> cluster(["c", "a", "b", "d"], {("a", "b"): [], ("b", "c"): [], ("c", "d"): []})
    [['b', 'c'], ['a'], ['d']]
    >>> cluster(["a", "b", "c"], {("a", "b"): [], ("a", "c"): [], ("b", "c"): []})
    [['a', 'b', 'c']]
    """
    ids = sorted(set(ids))
    degree = Counter()
    for a, b in links:
        degree[a] += 1
        degree[b] += 1
    nbrs = _neighbours(links)
    clusters: list[list[str]] = []
    where: dict[str, int] = {}  # event -> index of its cluster
    for e in sorted(ids, key=lambda x: (-degree[x], x)):
        # only the clusters holding a neighbour of e have a share above 0; they are tried in the order
        # they were made, so that the first of equal shares wins
        counts = Counter(where[m] for m in nbrs.get(e, ()) if m in where)
        best, best_share = None, 0.0
        for k in sorted(counts):
            share = counts[k] / len(clusters[k])
            if share > best_share:
                best, best_share = k, share
        # at least half of it, and never one link alone into a pair: a report linked to only one of two
        # (a hub: a vague "explosion in Aden" linked to every Aden report of the day) is a chain, not a match
        if best is not None and best_share >= MIN_SHARE and (counts[best] > 1 or len(clusters[best]) == 1):
            clusters[best].append(e)
            where[e] = best
        else:
            where[e] = len(clusters)
            clusters.append([e])
    return clusters


def _neighbours(links: dict[tuple[str, str], Any]) -> dict[str, set[str]]:
    """Each event's linked events, from the keys ``(a, b)`` with ``a < b`` (the only ones a lookup of
    ``(min, max)`` finds)."""
    nbrs: dict[str, set[str]] = defaultdict(set)
    for a, b in links:
        if a < b:
            nbrs[a].add(b)
            nbrs[b].add(a)
    return nbrs


def canonical_id(members: Iterable[str]) -> str:
    return "ce" + hashlib.sha256(min(members).encode("utf-8")).hexdigest()[:14]


def _range(values: list[int]) -> dict[str, int | None]:
    """UCDP-GED style: best is the most reported value (when several reports agree), else the median."""
    if not values:
        return {"best": None, "low": None, "high": None}
    counts = Counter(values).most_common()
    if len(counts) == 1 or (counts[0][1] > 1 and counts[0][1] > counts[1][1]):
        best = counts[0][0]
    else:
        best = int(statistics.median_low(values))
    return {"best": best, "low": min(values), "high": max(values)}


def _participants_union(groups: list[list[dict]]) -> list[dict]:
    seen, out = set(), []
    for group in groups:
        for p in group:
            key = p.get("code") or p.get("name") or p.get("text")
            if key not in seen:
                seen.add(key)
                out.append({k: p.get(k) for k in ("text", "name", "country", "sector", "code", "certainty")})
    return out


def canonical_record(members: list[dict[str, Any]], links: dict[tuple[str, str], list[str]],
                     neighbours: dict[str, set[str]] | None = None) -> dict[str, Any]:
    """The canonical event of ``members`` (event records with ``event_id``, ``article_id``, ``source`` ...).
    ``neighbours`` is ``_neighbours(links)`` when the caller already has it."""
    members = sorted(members, key=lambda m: m["event_id"])
    ids = [m["event_id"] for m in members]
    cid = canonical_id(ids)

    def most_common(values, default=None):
        values = [v for v in values if v is not None]
        if not values:
            return default
        c = Counter(values)
        top = max(c.values())
        return min(v for v in c if c[v] == top)

    place_members = [m for m in members if m.get("place")]
    place = None
    if place_members:
        best_rank = min(PRECISION_RANK.get(m["place"].get("precision"), 4) for m in place_members)
        ranked = [m["place"] for m in place_members if PRECISION_RANK.get(m["place"].get("precision"), 4) == best_rank]
        gid = most_common([p.get("geonameid") for p in ranked])
        place = next((p for p in ranked if p.get("geonameid") == gid), ranked[0])
        place = {k: place.get(k) for k in ("text", "geonameid", "name", "country", "admin1", "lat", "lon", "precision")}
    killed = _range([m["killed"] for m in members if m.get("killed") is not None])
    injured = _range([m["injured"] for m in members if m.get("injured") is not None])
    conf = 1.0
    for m in members:
        conf *= 1.0 - float(m.get("confidence") or 0.0)
    sources = sorted({m.get("source") or m["article_id"] for m in members})
    if len(members) == 1:
        seed = members[0]
    else:
        # the member linked to the most others of the group (then the most confident, then the smallest id)
        nbrs, group = (_neighbours(links) if neighbours is None else neighbours), set(ids)
        seed = max(members, key=lambda m: (len(nbrs.get(m["event_id"], set()) & group),
                                           m.get("confidence") or 0, [-ord(c) for c in m["event_id"]]))
    member_rows = []
    all_reasons: Counter = Counter()
    for m in members:
        reasons: list[str] = []
        if m is not seed:
            reasons = links.get((min(m["event_id"], seed["event_id"]), max(m["event_id"], seed["event_id"])), [])
        all_reasons.update(reasons)
        member_rows.append({
            "event_id": m["event_id"], "article_id": m["article_id"], "source": m.get("source"),
            "url": m.get("url"), "title": m.get("title"), "published": m.get("published"), "date": m.get("date"),
            "place": (m.get("place") or {}).get("text"), "killed": m.get("killed"), "injured": m.get("injured"),
            "confidence": m.get("confidence"), "summary_en": m.get("summary_en"),
            "mentions": [{k: x.get(k) for k in ("start", "end", "text")} for x in m.get("mentions") or []],
            "reasons": reasons})
    dates = sorted(m["date"] for m in members if m.get("date"))
    return {
        "id": cid, "type": seed["type"], "mode": most_common([m.get("mode") for m in members]),
        "date": most_common([m.get("date") for m in members]),
        "date_low": dates[0] if dates else None, "date_high": dates[-1] if dates else None,
        "place": place,
        "actors": _participants_union([m.get("actors") or [] for m in [seed] + members]),
        "targets": _participants_union([m.get("targets") or [] for m in [seed] + members]),
        "killed": killed, "injured": injured,
        "source_count": len(sources), "sources": sources,
        "article_count": len({m["article_id"] for m in members}), "member_count": len(members),
        "confidence": round(min(0.99, 1.0 - conf), 4) if len(members) > 1 else seed.get("confidence"),
        "acled_event_type": seed.get("acled_event_type"), "acled_sub_event_type": seed.get("acled_sub_event_type"),
        "summary_en": seed.get("summary_en"), "seed": seed["event_id"],
        "reasons": [r for r, _ in sorted(all_reasons.items(), key=lambda kv: (-kv[1], kv[0]))],
        "members": member_rows,
    }


# ---------------------------------------------------------------- the store side

_EVENT_SQL = ("SELECT e.id, e.article_id, e.record, a.source, a.url, a.title, a.published FROM events e "
              "JOIN articles a ON a.id = e.article_id")
_ID_SQL = "SELECT e.id FROM events e JOIN articles a ON a.id = e.article_id"


def _event(row) -> dict[str, Any]:
    rec = json.loads(row[2])
    rec.update(event_id=row[0], article_id=row[1], source=row[3], url=row[4], title=row[5], published=row[6])
    return rec


class _Events:
    """Event records (as :func:`_event` makes them) by id, read once per merge run: a busy day's events are
    candidates of many others. The records are shared, so no caller may change one. Bounded: when full, the
    older half is forgotten (dicts keep insertion order)."""

    def __init__(self, db, size: int = 50_000):
        self.db, self.size, self.cache = db, size, {}

    def get(self, ids: list[str]) -> list[dict[str, Any]]:
        """The records of ``ids`` that exist, in that order."""
        cache = self.cache
        missing = [e for e in dict.fromkeys(ids) if e not in cache]
        if missing:
            if len(cache) + len(missing) > self.size:
                for old in list(cache)[:len(cache) // 2]:
                    del cache[old]
            for i in range(0, len(missing), 400):
                part = missing[i:i + 400]
                for row in self.db.execute(_EVENT_SQL + f" WHERE e.id IN ({','.join('?' * len(part))})", part):
                    cache[row[0]] = _event(row)
        return [cache[e] for e in ids if e in cache]


def _candidates(db, ev: dict[str, Any], events: _Events | None = None) -> list[dict[str, Any]]:
    d = _day(ev.get("date"))
    if d is None:
        return []
    place = ev.get("place") or {}
    lo, hi = (d - _dt.timedelta(days=MAX_DAYS)).isoformat(), (d + _dt.timedelta(days=MAX_DAYS)).isoformat() + "~"
    where, args = [], []
    killed = ev.get("killed")
    if killed is not None and killed >= MIN_TOLL:
        # the same or a close toll: links reports with no usable place (_toll_reason); the bounds hold every toll
        # that _close_tolls accepts (from k * (1 - spread) to k / (1 - spread)), and a little more
        where.append("e.killed BETWEEN ? AND ?")
        args += [math.floor(killed * (1 - TOLL_SPREAD)) - 1, math.ceil(killed / (1 - TOLL_SPREAD)) + 1]
    if not place or place.get("precision") == "country":
        place = {}
    elif place.get("geonameid") is None and place.get("lat") is None:
        where.append("(e.geonameid IS NULL AND e.lat IS NULL AND e.place_precision IN ('exact', 'part', 'region'))")
    if place.get("geonameid") is not None:
        where.append("e.geonameid = ?")
        args.append(place["geonameid"])
    if place.get("lat") is not None and place.get("lon") is not None:
        where.append("(e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?)")
        args += [place["lat"] - BOX_DEG, place["lat"] + BOX_DEG, place["lon"] - BOX_DEG, place["lon"] + BOX_DEG]
    if place.get("admin1"):
        where.append("(e.admin1 = ? AND e.country IS ? AND (e.place_precision = 'region' OR ? = 'region'))")
        args += [place["admin1"], place.get("country"), place.get("precision")]
    if not where:
        return []
    cond = (" WHERE e.type = ? AND e.date BETWEEN ? AND ? AND e.article_id != ? AND e.id != ? AND ("
            + " OR ".join(where) + ")")
    args = [ev["type"], lo, hi, ev["article_id"], ev["event_id"]] + args
    if events is None:
        return [_event(r) for r in db.execute(_EVENT_SQL + cond, args)]
    # the ids first (the test runs on the index), then the records not read yet
    return events.get([r[0] for r in db.execute(_ID_SQL + cond, args)])


def _component(db, start: Iterable[str]) -> set[str]:
    seen, todo = set(start), list(start)
    while todo:
        e = todo.pop()
        for (o,) in db.execute("SELECT b FROM merge_links WHERE a = ? UNION SELECT a FROM merge_links WHERE b = ?",
                               (e, e)):
            if o not in seen:
                seen.add(o)
                todo.append(o)
    return seen


def _links_within(db, ids: set[str], decode: bool = True) -> dict[tuple[str, str], Any]:
    """The links among ``ids``: their reasons (``decode=False``: as the JSON text stored)."""
    links = {}
    id_list = sorted(ids)
    for i in range(0, len(id_list), 400):
        part = id_list[i:i + 400]
        marks = ",".join("?" * len(part))
        for a, b, reasons in db.execute(f"SELECT a, b, reasons FROM merge_links WHERE a IN ({marks})", part):
            if b in ids:
                links[(a, b)] = json.loads(reasons) if decode else reasons
    return links


def _rebuild(db, ids: set[str], records: _Events | None = None,
             fresh: set[tuple[str, str]] | None = None) -> int:
    """Recompute the canonical events of the linked group ``ids``; return how many there are.

    ``fresh``: the links added since the store last held every canonical event as
    :func:`canonical_record` of its members and the links among them (the links a merge batch added;
    links are only ever added there). A cluster with the member set of a stored canonical event and no
    fresh link among its members would get the same record again: its rows are kept as they are. (On
    the whole SaudiNewsNet corpus, large groups grow over many batches: about half of the canonical
    records computed were such copies.) Without ``fresh``, every cluster is recomputed.
    """
    links = _links_within(db, ids, decode=False)  # the reasons are decoded for the clusters recomputed
    id_list = sorted(ids)
    events = {}
    old: dict[str, set[str]] = defaultdict(set)  # canonical id -> its members
    sizes: dict[str, int | None] = {}            # canonical id -> the member count its record says
    if records is not None:
        events = {rec["event_id"]: rec for rec in records.get(id_list)}
    for i in range(0, len(id_list), 400):
        part = id_list[i:i + 400]
        marks = ",".join("?" * len(part))
        if records is None:
            for row in db.execute(_EVENT_SQL + f" WHERE e.id IN ({marks})", part):
                events[row[0]] = _event(row)
        for e, cid, count in db.execute("SELECT m.event_id, m.canonical_id, c.member_count FROM event_members m "
                                        "LEFT JOIN canonical_events c ON c.id = m.canonical_id "
                                        f"WHERE m.event_id IN ({marks})", part):
            old[cid].add(e)
            sizes[cid] = count
    groups = cluster(events, links)
    keep: set[int] = set()
    where = {e: k for k, group in enumerate(groups) for e in group}
    if fresh is not None and old:
        changed = {where[a] for a, b in links if (a, b) in fresh and a in where and where.get(b) == where[a]}
        for k, group in enumerate(groups):
            cid = canonical_id(group)
            if k not in changed and sizes.get(cid) == len(group) and old.get(cid) == set(group):
                keep.add(k)
        for k in keep:
            del old[canonical_id(groups[k])]
    for cid in old:
        db.execute("DELETE FROM canonical_events WHERE id = ?", (cid,))
        db.execute("DELETE FROM event_members WHERE canonical_id = ?", (cid,))
    nbrs = _neighbours(links) if len(groups) > 1 else None
    # canonical_record reads the links among its cluster's members only
    inside: dict[int, dict[tuple[str, str], Any]] = defaultdict(dict)
    for (a, b), reasons in links.items():
        k = where.get(a)
        if k is not None and k == where.get(b) and k not in keep:
            inside[k][(a, b)] = json.loads(reasons)
    for k, group in enumerate(groups):
        if k in keep:
            continue
        rec = canonical_record([events[e] for e in group], inside.get(k, {}), nbrs)
        place = rec["place"] or {}
        db.execute("INSERT INTO canonical_events(id, type, mode, date, country, admin1, location, geonameid, lat, lon, "
                   "killed_best, killed_low, killed_high, injured_best, injured_low, injured_high, source_count, "
                   "member_count, confidence, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (rec["id"], rec["type"], rec["mode"], rec["date"], place.get("country"), place.get("admin1"),
                    place.get("name") or place.get("text"), place.get("geonameid"), place.get("lat"), place.get("lon"),
                    rec["killed"]["best"], rec["killed"]["low"], rec["killed"]["high"], rec["injured"]["best"],
                    rec["injured"]["low"], rec["injured"]["high"], rec["source_count"], rec["member_count"],
                    rec["confidence"], json_text(rec)))
        db.executemany("INSERT INTO event_members(event_id, canonical_id, reasons) VALUES (?, ?, ?)",
                       [(m["event_id"], rec["id"], json_text(m["reasons"]))
                        for m in rec["members"]])
    return len(groups)


def merge_pending(store, batch: int = 2000) -> dict[str, int]:
    """Link the events that belong to no canonical event yet and rebuild the groups they touch.

    Returns counts: ``events`` merged in, ``links`` added, ``groups`` rebuilt.
    Each batch is one transaction, so an interruption loses nothing already merged.
    """
    import sqlite3

    from .store import store_error

    try:
        return _merge_pending(store, batch)
    except sqlite3.Error as e:  # a full disk or a read-only store: a typed error, the merged part is kept
        raise store_error(e, "cannot merge events", getattr(store, "path", "")) from None


def _merge_pending(store, batch: int) -> dict[str, int]:
    db = store.db
    records = _Events(db)
    totals = {"events": 0, "links": 0, "groups": 0}
    while True:
        pending = [r[0] for r in db.execute(
            "SELECT e.id FROM events e LEFT JOIN event_members m ON m.event_id = e.id WHERE m.event_id IS NULL "
            "ORDER BY e.id LIMIT ?", (batch,))]
        if not pending:
            return totals
        db.execute("BEGIN IMMEDIATE")
        try:
            splits = set()
            marks = ",".join("?" * len(pending))
            for a, b in db.execute(f"SELECT a, b FROM merge_splits WHERE a IN ({marks}) OR b IN ({marks})",
                                   pending + pending):
                splits.add((a, b))
            fresh: set[tuple[str, str]] = set()  # the links this batch added
            for ev in records.get(pending):
                for other in _candidates(db, ev, records):
                    pair = (min(ev["event_id"], other["event_id"]), max(ev["event_id"], other["event_id"]))
                    if pair in splits or pair in fresh:  # (a pair already linked from the other side: no change)
                        continue
                    reasons = link_reasons(ev, other)
                    if reasons is not None:
                        if pair[0] != ev["event_id"]:
                            reasons = link_reasons(other, ev)  # one wording whichever side came first
                        cur = db.execute("INSERT OR IGNORE INTO merge_links(a, b, reasons) VALUES (?, ?, ?)",
                                         (pair[0], pair[1], json_text(reasons)))
                        if cur.rowcount:
                            fresh.add(pair)
                        totals["links"] += cur.rowcount
            done: set[str] = set()
            for e in pending:
                if e in done:
                    continue
                group = _component(db, [e])
                done |= group
                totals["groups"] += _rebuild(db, group, records, fresh)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        totals["events"] += len(pending)


def show(store, cid: str) -> dict[str, Any]:
    """The canonical event ``cid`` with its members and the reasons each joined (also by member event id)."""
    row = store.db.execute("SELECT record FROM canonical_events WHERE id = ?", (cid,)).fetchone()
    if row is None:
        row = store.db.execute("SELECT c.record FROM event_members m JOIN canonical_events c ON c.id = m.canonical_id "
                               "WHERE m.event_id = ?", (cid,)).fetchone()
    if row is None:
        raise UnknownCanonicalEvent(f"no canonical event or member event {cid!r}; list them with "
                                    "'marsad export --format jsonl'", source=store.path)
    return json.loads(row[0])


def split(store, cid: str, member: str) -> list[str]:
    """Take event ``member`` out of canonical event ``cid`` for good; return the ids of the resulting events."""
    rec = show(store, cid)
    ids = [m["event_id"] for m in rec["members"]]
    if member not in ids:
        raise UnknownCanonicalEvent(f"{member!r} is not a member of {rec['id']}; members: {', '.join(ids)}",
                                    source=store.path)
    db = store.db
    db.execute("BEGIN IMMEDIATE")
    try:
        for other in ids:
            if other != member:
                pair = (min(member, other), max(member, other))
                db.execute("INSERT OR IGNORE INTO merge_splits(a, b) VALUES (?, ?)", pair)
                db.execute("DELETE FROM merge_links WHERE a = ? AND b = ?", pair)
        group = _component(db, ids)
        _rebuild(db, group)
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    return sorted({r[0] for r in db.execute(
        "SELECT canonical_id FROM event_members WHERE event_id IN (%s)" % ",".join("?" * len(ids)), ids)})


def members_by_canonical(store) -> dict[str, list[str]]:
    """``{canonical id: [member event ids]}``, for evaluation."""
    out: dict[str, list[str]] = defaultdict(list)
    for e, c in store.db.execute("SELECT event_id, canonical_id FROM event_members ORDER BY event_id"):
        out[c].append(e)
    return dict(out)


# ---------------------------------------------------------------- evaluation

def gold_pairs(clusters: list[list[str]]) -> set[tuple[str, str]]:
    """Every unordered pair of members within each gold cluster."""
    out = set()
    for c in clusters:
        c = sorted(set(c))
        out.update((c[i], c[j]) for i in range(len(c)) for j in range(i + 1, len(c)))
    return out


def pairwise_scores(gold: list[list[str]], predicted: dict[str, str | None]) -> dict[str, Any]:
    """Pairwise merge precision/recall over the gold members.

    ``gold`` lists clusters of member keys (reports of one real event); ``predicted`` maps each key to
    the canonical id the system gave it (None when the system found no matching event). A predicted
    pair is two gold members with the same canonical id.

    >>> pairwise_scores([["a", "b", "c"], ["d"]], {"a": "x", "b": "x", "c": "y", "d": "x"})["precision"]
    0.3333
    """
    truth = gold_pairs(gold)
    keys = sorted({k for c in gold for k in c})
    pred = {(a, b) for i, a in enumerate(keys) for b in keys[i + 1:]
            if predicted.get(a) is not None and predicted.get(a) == predicted.get(b)}
    tp = len(truth & pred)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(truth) if truth else 1.0
    return {"gold_pairs": len(truth), "predicted_pairs": len(pred), "true_pairs": tp,
            "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "unmatched_members": sum(1 for k in keys if predicted.get(k) is None)}


def score_store(store, gold_records: list[dict[str, Any]]) -> dict[str, Any]:
    """Score a store's merging against gold clusters (``data/merge_gold.jsonl`` records).

    Each gold member names an article (content id) and the span of a sentence reporting the event;
    it maps to the stored event of that article and type whose mentions overlap the span most.
    """
    clusters, predicted = [], {}
    for g in gold_records:
        keys = []
        for m in g["members"]:
            key = f"{m['article']}:{m['event']}"
            keys.append(key)
            best, best_overlap = None, 0
            for eid, rec, cid in store.db.execute(
                    "SELECT e.id, e.record, m.canonical_id FROM events e LEFT JOIN event_members m "
                    "ON m.event_id = e.id WHERE e.article_id = ? AND e.type = ?", (m["article"], m["type"])):
                s, t = m["span"]
                overlap = max((min(t, x["end"]) - max(s, x["start"]) for x in json.loads(rec)["mentions"]),
                              default=0)
                if overlap > best_overlap or (overlap == best_overlap and overlap > 0 and eid < (best or ("~",))[0]):
                    best, best_overlap = (eid, cid), overlap
            predicted[key] = best[1] if best else None
        clusters.append(keys)
    return pairwise_scores(clusters, predicted)
