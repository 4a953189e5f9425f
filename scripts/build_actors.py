"""Build ``src/marsad/data/actors.tsv.gz`` from the UniversalPetrarch Arabic dictionaries.

    python scripts/build_actors.py [../shared/data/universalpetrarch-ar/dictionaries]

Reads ``actor_dict_ar_v4.txt`` (named actors with CAMEO codes, sometimes one
code per date range) and ``agents.all.ar_v3.txt`` (generic agents such as
``انفصالي_مسلح [~REB]``: a sector that attaches to a country) and writes the
project's own table, so their format is never parsed at run time. Columns:

    folded_key  surface  code  country  sector  name_en  source  kind

``folded_key`` is space-separated words folded with :func:`marsad.normalize.fold_key`.
UP entries are lemma-like (``وزارة_دفاع_أميركي_``); the matcher ignores the
article ال on every word, so ``وزارة الدفاع الأميركي`` matches without a variant,
and this script adds the cheap agreement variant (a nisba adjective ``ـي`` also
as feminine ``ـية``) and glues a stray ``ل``/``ب`` word to the next word.
Hand-written entries (``data/actors_manual.tsv``) override these at load time.
"""
from __future__ import annotations

import gzip
import itertools
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))

from marsad.glue import default_vocabulary  # noqa: E402
from marsad.normalize import fold_key  # noqa: E402

OUT = os.path.join(HERE, "..", "src", "marsad", "data", "actors.tsv.gz")
HEADER = """\
# marsad actor table, built by scripts/build_actors.py from the UniversalPetrarch Arabic dictionaries
# (openeventdata/UniversalPetrarch, branch arabic: dictionaries/actor_dict_ar_v4.txt, agents.all.ar_v3.txt).
# UniversalPetrarch is distributed under the MIT licence, Copyright (c) Open Event Data Alliance;
# this table is a derived work under the same licence. English country names: Unicode CLDR via babel.
# columns: folded_key	surface	code	country	sector	name_en	source	kind
"""
# CAMEO actor prefixes that are not states: the sector is the prefix itself for IGO/NGO,
# the next three letters otherwise (IMGREB -> REB).
NON_STATE = {"IGO", "NGO", "IMG", "MNC", "UIS", "NGM"}
REGIONS = {"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA",
           "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST"}
# single words UP lists as actors that are far more often ordinary words in news text
# (فتح "opened", صدام "clash", قاعدة "base", دولة "state", أمل "hope", ...)
BLOCK = {"فتح", "صدام", "قاعده", "دوله", "امل", "اماره", "شرق اوسط", "حصاد", "صيد", "زراعه", "مربع", "مزرعه",
         "ماء", "الدرك", "بيت", "عين", "نور", "جزيره", "اتحاد", "شعب", "دعوه", "نهضه", "مستقبل", "وفاق",
         "عمل", "حياه", "فجر", "رساله", "بناء", "تقدم", "عداله", "سلام", "امه", "وطن", "حق", "مدينه", "طاقه",
         "صوره", "بحر", "حي", "امام", "عالم", "قطاع", "شمس", "صدر", "مالي", "اوضاع", "منظمه", "كردستاني",
         "ترك", "ضحيه", "افريقيا", "مصور", "تهديد",
         # UP agents that are adjectives or things in news: "العمل الإرهابي الجبان" (cowardly), "جرح" (wounded),
         # "نادر" (rare), "منشور" (a leaflet; published), "فار" (fled), "أصلي", a tank, a container, a clinic
         "جبان", "جرح", "نادر", "منشور", "فار", "اصلي", "حاويه", "صهريج", "ضيعه", "مصحه", "عموله", "علمم",
         "مزيته", "ديانه", "بايع"}
# A one-word UP entry that is not a bare country code is kept only when the word is rarer than this in
# the SaudiNewsNet vocabulary: frequent ones are ordinary nouns (امن, سلاح, اتصال, افضل ...) far more
# often than names, and the names that matter are in the hand-written table.
MAX_SINGLE_WORD_COUNT = 300
CODE_RE = re.compile(r"\[\s*~?([A-Z]{3,})\??~?")
DATE_RE = re.compile(r"([<>]?)\s*(\d{8})")
ARABIC_WORD = re.compile(r"^[\u0621-\u064A\u0660-\u0669\u0670\u0671\u06A9\u06CC0-9]+$")


def iso3_names() -> dict[str, str]:
    """ISO alpha-3 -> English short name, from CLDR (babel)."""
    from babel import Locale
    from babel.core import get_global

    names = Locale("en").territories
    out = {}
    for k, v in get_global("territory_aliases").items():
        if len(k) == 3 and k.isalpha() and len(v) == 1 and v[0] in names:
            out[k] = names[v[0]]
    out["PSE"] = "Palestine"
    return out


def split_code(code: str, iso3: dict[str, str]) -> tuple[str, str]:
    """``SYRGOV`` -> (``SYR``, ``GOV``); ``IMGREB`` -> ('', ``REB``); ``IGO`` -> ('', ``IGO``)."""
    head, rest = code[:3], code[3:]
    if head in iso3:
        return head, rest[:3]
    if head in ("IGO", "NGO"):
        return "", head
    if head in NON_STATE or head in REGIONS:
        return "", rest[:3] or head
    return "", head


def surface_of(name: str) -> str | None:
    words = [w for w in name.replace("_", " ").split() if w]
    if not words or len(words) > 7 or not all(ARABIC_WORD.match(w) for w in words):
        return None
    # UP writes a preposition as its own word (أمين_عام_ل_أمة): glue it to the next one
    out: list[str] = []
    for w in words:
        if out and out[-1] in ("ل", "ب", "و"):
            out[-1] += w
        elif len(w) > 1 or w in ("ل", "ب", "و"):
            # other one-letter words are debris of a mangled article (أ إرهأبي)
            out.append(w)
    if out and len(out[-1]) == 1:
        out.pop()
    return " ".join(out) or None


def variants(key: str) -> list[str]:
    """The key and its forms with nisba adjectives (not the first word) in the feminine."""
    words = key.split()
    slots = []
    for i, w in enumerate(words):
        if i > 0 and len(w) >= 4 and w.endswith("ي"):
            slots.append((w, w + "ه"))
        else:
            slots.append((w,))
    if sum(len(s) > 1 for s in slots) > 2:
        return [key]
    return [" ".join(p) for p in itertools.product(*slots)]


def pick_code(codes: list[tuple[str, str]]) -> str:
    """Of several date-ranged codes, the one whose range starts latest (undated counts as oldest)."""
    def start(spec: str) -> str:
        m = DATE_RE.search(spec)
        return m.group(2) if m else "00000000"

    return max(codes, key=lambda c: start(c[1]))[0]


def read_actors(path: str):
    """Yield (name, code) from the UP actor dictionary."""
    name, codes = None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            if s.startswith("["):
                m = CODE_RE.match(s)
                if name is not None and m:
                    codes.append((m.group(1), s[m.end():]))
                continue
            if name is not None and codes:
                yield name, pick_code(codes)
            name, codes = None, []
            m = re.match(r"^(.*?)\s*(\[.*)$", s)
            if m:
                cm = CODE_RE.match(m.group(2))
                if cm:
                    yield m.group(1), cm.group(1)
                continue
            name = s
    if name is not None and codes:
        yield name, pick_code(codes)


def read_agents(path: str):
    """Yield (name, sector) from the UP agents file (``انفصالي [~REB]``, ``مراقب_في [IGO~]``)."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            m = re.match(r"^(\S+)\s*\[~?([A-Z]{3})", s)
            if m:
                yield m.group(1), m.group(2)


def build(folder: str) -> list[tuple[str, ...]]:
    iso3 = iso3_names()
    vocab = default_vocabulary()
    rows: dict[str, tuple[str, ...]] = {}

    def add(surface: str, code: str, country: str, sector: str, name_en: str, source: str, kind: str) -> None:
        base = fold_key(surface)
        bare = base.removeprefix("ال")
        if base in BLOCK or bare in BLOCK:
            return
        if " " not in base and code not in iso3:
            if vocab.count(bare) + vocab.count("ال" + bare) >= MAX_SINGLE_WORD_COUNT:
                return
        for key in variants(base):
            rows.setdefault(key, (key, surface, code, country, sector, name_en, source, kind))

    for name, code in read_actors(os.path.join(folder, "actor_dict_ar_v4.txt")):
        surface = surface_of(name)
        if surface is None:
            continue
        country, sector = split_code(code, iso3)
        stateless = code[:3] in NON_STATE or code[:3] in REGIONS
        kind = "actor" if country or stateless else "agent"
        if code in iso3 and " " not in surface and fold_key(surface).endswith("ي") and len(surface) >= 4:
            # a bare country code on one nisba word (يوناني GRC): a nationality adjective, which the
            # loader inflects and the matcher composes with a preceding agent
            kind = "nationality"
        name_en = iso3[code] if code in iso3 else ""
        add(surface, code, country, sector, name_en, "up-actor", kind)
    for name, sector in read_agents(os.path.join(folder, "agents.all.ar_v3.txt")):
        surface = surface_of(name)
        if surface is None:
            continue
        add(surface, "~" + sector, "", sector, "", "up-agent", "agent")
    return sorted(rows.values())


def main() -> None:
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        HERE, "..", "..", "shared", "data", "universalpetrarch-ar", "dictionaries")
    rows = build(folder)
    body = HEADER + "".join("\t".join(r) + "\n" for r in rows)
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(body.encode("utf-8"))
    by_source: dict[str, int] = {}
    for r in rows:
        by_source[r[6]] = by_source.get(r[6], 0) + 1
    print(f"wrote {len(rows)} rows to {os.path.normpath(OUT)}: {by_source}")


if __name__ == "__main__":
    main()
