"""Place and date accuracy on the gold events of the dev articles, plus gazetteer load time.

    .venv/bin/python bench/bench_geo.py [../shared/data/events/dev.jsonl] [-v]

(a) places: for each gold event place, the Place overlapping the first occurrence of its text must
have the same geonameid or lie within 25 km (for gold places without a geonameid, i.e. regions and
villages missing from GeoNames, the same country). (b) dates: resolve_event_date on the first
evidence string must give the gold date; for events whose gold date is null, the answer must be
flagged (the publication-day default) rather than asserted. (c) recall of mentions: a distinct gold
place (article, text) is recalled when some Place of the stage overlaps one of its occurrences and
resolves right (the event stage can then pick it).
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, os.path.join(ROOT, "src"))

from marsad import resources  # noqa: E402
from marsad.dates import dates_stage, resolve_event_date  # noqa: E402
from marsad.document import Document  # noqa: E402
from marsad.geo import geocode_stage, haversine_km  # noqa: E402
from marsad.tokenize import tokenize_document  # noqa: E402

DEFAULT = os.path.join(ROOT, "..", "shared", "data", "events", "dev.jsonl")


def first_word_occurrence(text: str, sub: str) -> int:
    """The first occurrence of ``sub`` not followed by a letter (العراق, not العراقية), else the first."""
    for m in re.finditer(re.escape(sub), text):
        if m.end() == len(text) or not text[m.end()].isalpha():
            return m.start()
    return text.find(sub)


def place_ok(gold: dict, p) -> bool:
    if p is None:
        return False
    if gold.get("geonameid") is not None:
        if p.geonameid == gold["geonameid"]:
            return True
        if p.lat is not None and gold.get("lat") is not None:
            return haversine_km(p.lat, p.lon, gold["lat"], gold["lon"]) <= 25.0
        return False
    return p.country == gold.get("country")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    path = args[0] if args else DEFAULT
    arts = [json.loads(line) for line in open(path, encoding="utf-8")]
    n_place = ok_place = 0
    uniq: dict[tuple[str, str], bool] = {}
    n_date = ok_date = ok_date_unflagged = 0
    n_null = ok_null = 0
    n_places_found = 0
    recall: dict[tuple[str, str], bool] = {}
    t0 = time.perf_counter()
    for a in arts:
        doc = Document.from_text(a["text"], id=a["id"], published=a.get("published"), title=a.get("title"))
        tokenize_document(doc)
        geocode_stage(doc)
        dates_stage(doc)
        doc.done.append("dates")
        n_places_found += len(doc.places)
        for e in a["events"]:
            gp = e.get("place")
            if gp and gp.get("text"):
                s = first_word_occurrence(a["text"], gp["text"])
                t = s + len(gp["text"])
                over = [p for p in doc.places if p.start < t and s < p.end]
                best = max(over, key=lambda p: min(p.end, t) - max(p.start, s), default=None)
                ok = place_ok(gp, best)
                n_place += 1
                ok_place += ok
                uniq[(a["id"], gp["text"])] = ok
                # (c) recall: some recognised, right Place over any whole-word occurrence of the gold text
                occ = [(m.start(), m.end()) for m in re.finditer(re.escape(gp["text"]), a["text"])]
                hit = any(p.start < t2 and s2 < p.end and place_ok(gp, p) for s2, t2 in occ for p in doc.places)
                recall[(a["id"], gp["text"])] = hit
                if verbose and not hit:
                    print(f"RECALL {a['id']} gold={gp['text']!r} never recognised right ({len(occ)} occurrences)")
                if verbose and not ok:
                    got = (best.text, best.geonameid, best.name, best.country, best.precision) if best else None
                    print(f"PLACE {a['id']} gold={gp['text']!r} {gp.get('geonameid')} {gp.get('country')} got={got}")
            ev = (e.get("evidence") or [None])[0]
            if ev and ev in a["text"]:
                s = a["text"].find(ev)
                date, prec, flagged = resolve_event_date(doc, s, s + len(ev))
                if e.get("date"):
                    n_date += 1
                    ok_date += date == e["date"]
                    ok_date_unflagged += date == e["date"] and not flagged
                    if verbose and date != e["date"]:
                        print(f"DATE {a['id']} gold={e['date']} got={date} {prec} flagged={flagged} :: {ev[:70]}")
                else:
                    n_null += 1
                    ok_null += flagged
                    if verbose and not flagged:
                        print(f"DATE {a['id']} gold=None got={date} {prec} :: {ev[:70]}")
    elapsed = time.perf_counter() - t0
    load = subprocess.run([sys.executable, "-c",
                           "import time; t=time.perf_counter(); from marsad.geo import default_gazetteer as g; "
                           "g(); print(time.perf_counter()-t)"], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": os.path.join(ROOT, "src")})
    size = len(resources.path("gaz_index.pkl.gz").read_bytes())
    print(f"articles: {len(arts)}; places found: {n_places_found}; run time {elapsed:.1f} s "
          f"(tokenize+geocode+dates, incl. first loads)")
    print(f"(a) place accuracy: {ok_place}/{n_place} = {ok_place / max(n_place, 1):.3f} per event; "
          f"{sum(uniq.values())}/{len(uniq)} = {sum(uniq.values()) / max(len(uniq), 1):.3f} per distinct (article, place)")
    print(f"(c) place recall: {sum(recall.values())}/{len(recall)} = {sum(recall.values()) / max(len(recall), 1):.3f} "
          f"distinct gold event places recognised and resolved right at some occurrence")
    print(f"(b) date accuracy (gold date given): {ok_date}/{n_date} = {ok_date / max(n_date, 1):.3f} "
          f"(of which from a date expression, unflagged: {ok_date_unflagged}); "
          f"gold date null and our answer flagged: {ok_null}/{n_null}")
    print(f"gazetteer index: {size / 1e6:.2f} MB; cold load in a fresh process: {float(load.stdout.strip() or 'nan'):.3f} s")


if __name__ == "__main__":
    main()
