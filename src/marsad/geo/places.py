"""Place recognition and resolution: the ``geocode`` stage.

Names are found by matching token sequences (up to four words) against the folded gazetteer keys,
starting each name at its stem so clitics stay outside the span (بحلب -> حلب, والرقة -> الرقة).
A match becomes a :class:`Place` when it is safe: a country or division, a large town, or any
gazetteer name after a place cue (في، ب، مدينة، بلدة، قرية، حي، محافظة، ريف ...); names that are also
common words need a strong cue: listed ones (``data/gaz_cues.tsv``, kind ``stop``) and those whose
usage in the news corpus, counted at build time (:meth:`Gazetteer.usage`), shows they rarely follow a
place word (شأن، السلطات، الخبر، كيف). Nationality adjectives (السوري، الروسية) are never places, nor
is a definite name agreeing with the noun before it (الجمارك السعودية). Among the candidates of a name, the one that fits the article wins: countries the
article mentions, distance to its other places, the divisions it names, then population.

Constructions (cue words are data, ``data/gaz_cues.tsv``):
``ريف X`` region around X; ``محافظة X`` the division; ``شرق X`` X with a note (``part`` of a town);
``حي X [في|بـ Y]`` a neighbourhood: ``part`` of Y or of the town the article is about.

>>> from marsad.document import Document
>>> doc = geocode_stage(Document.from_text("قتل 5 مدنيين بقصف على بلدة كفرنبل بريف إدلب."))
>>> [(p.text, p.geonameid, p.precision) for p in doc.places]
[('كفرنبل', 168661, 'exact'), ('ريف إدلب', 169389, 'region')]
"""
from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress, repeat
from operator import attrgetter, is_, itemgetter

from .. import resources
from ..document import Document, Fact, Token
from ..glue import default_vocabulary
from ..normalize import fold_char, fold_each_char, fold_key
from .gazetteer import (_LATIN_ARTICLES, _TURKIC, Candidate, Gazetteer, arabic_consonants, default_gazetteer,
                        haversine_km, latin_skeleton, vowel_skeleton)

PRODUCER = "marsad.geo/0.1"
MAX_WORDS = 4
# a name this frequent in the corpus vocabulary is treated as a common word unless it is large
COMMON_WORD = 2500
BIG_TOWN = 100_000
BIG_TOWN_COMMON = 2 * COMMON_WORD  # a big town's name this frequent or more is taken only with a strong cue
_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك", "لل", "ولل", "فلل")


@dataclass(frozen=True)
class Place(Fact):
    """A place mention resolved to the gazetteer.

    ``precision``: exact (the town), part (a neighbourhood/side of the town), region (a division or
    the countryside around a town), country. ``feature``: city, admin1, region or country.
    ``note`` records relative positions and constructions ("north of", "countryside", "neighbourhood").
    """

    geonameid: int | None = None
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "exact"
    feature: str = "city"
    note: str | None = None


@dataclass(slots=True)
class _Match:
    i: int              # first token
    j: int              # token after the last
    start: int          # raw span of the name
    end: int
    key: str
    prefix: str         # clitics stripped from the first token
    cands: tuple[Candidate, ...]
    cue: str | None = None
    cue_start: int | None = None
    cue_note: str | None = None
    best: Candidate | None = None
    accepted: bool = False
    confidence: float = 0.0
    after_cc: str | None = None   # country of a nationality adjective right after (طرابلس اللبنانية)
    within: frozenset | None = None  # (country, admin1) of a division named right after (لافايت في ولاية لويزيانا)
    stated: bool = False  # after_cc comes from a direction and a country after the name (كويتا جنوب غربي باكستان)
    town_noun: bool = False  # a town noun and its nationality adjective stand before it (العاصمة السودانية الخرطوم)
    sent_cc: frozenset = frozenset()  # countries named in the same sentence (مدينة أريحا ... في شمال غرب سورية)
    seat: bool = False  # named as the seat of the division after it (داماتورو مركز ولاية يوبي)
    set_cc: frozenset = frozenset()  # of a division name several countries share: those the article sets things in


@lru_cache(maxsize=1)
def cue_words() -> dict[str, dict[str, str]]:
    """kind -> {folded form: note} from ``data/gaz_cues.tsv``."""
    out: dict[str, dict[str, str]] = {}
    for cols in resources.tsv_rows("gaz_cues.tsv"):
        out.setdefault(cols[0], {})[cols[1]] = cols[2] if len(cols) > 2 else ""
    return out


_CUE_SETS: dict[tuple, tuple] = {}


def _cue_forms(cues: dict[str, dict[str, str]], skip: tuple[str, ...] = ("prep", "stop")) -> frozenset[str]:
    """The cue forms of every kind but ``skip``, as one set: made once per cue table (``cue_words()`` is
    made once), not per article."""
    key = (id(cues), skip)
    got = _CUE_SETS.get(key)
    if got is None or got[0] is not cues:
        got = _CUE_SETS[key] = (cues, frozenset().union(*(v for kind, v in cues.items() if kind not in skip)))
    return got[1]


def _opening_cues(cues: dict[str, dict[str, str]]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(settlement cues, administrative cues, both) without the empty form, once per cue table."""
    key = (id(cues), "opening")
    got = _CUE_SETS.get(key)
    if got is None or got[0] is not cues:
        settle = frozenset(f for f in cues.get("settlement", {}) if f)
        admin = frozenset(f for f in cues.get("admin", {}) if f)
        got = _CUE_SETS[key] = (cues, (settle, admin, settle | admin))
    return got[1]


def _with_place_nouns(cues: dict[str, dict[str, str]], words: frozenset[str]) -> frozenset[str]:
    """``words`` and the settlement and administrative cue forms (the empty form too), once per cue table."""
    key = (id(cues), words)
    got = _CUE_SETS.get(key)
    if got is None or got[0] is not cues:
        got = _CUE_SETS[key] = (cues, frozenset(words) | frozenset(cues.get("settlement", {}))
                                | frozenset(cues.get("admin", {})))
    return got[1]


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    return {cols[1]: cols[0] for cols in resources.tsv_rows("gaz_demonyms.tsv")}


@lru_cache(maxsize=1)
def capitals() -> frozenset[int]:
    """GeoNames ids of the national capitals (``data/gaz_capitals.tsv``)."""
    return frozenset(int(cols[0]) for cols in resources.tsv_rows("gaz_capitals.tsv"))


@lru_cache(maxsize=1)
def capital_towns() -> dict[str, Candidate]:
    """Country code -> its national capital as a gazetteer town (``data/gaz_capitals.tsv``)."""
    gaz = default_gazetteer()
    out = {}
    for gid, cc, name in resources.tsv_rows("gaz_capitals.tsv"):
        hit = [c for c in gaz.lookup_name(name) if c.geonameid == int(gid)]
        if hit:
            out[cc] = hit[0]
    return out


@lru_cache(maxsize=1)
def bases() -> dict[str, Candidate]:
    """Folded base name -> the town the base lies by (``data/gaz_bases.tsv``)."""
    gaz = default_gazetteer()
    out = {}
    for name, town, cc in resources.tsv_rows("gaz_bases.tsv"):
        cands = [c for c in gaz.lookup_name(town) if c.country == cc and c.feature == "city"]
        if cands:
            key = " ".join(fold_key(name).split())
            out[key] = max(cands, key=lambda c: c.population)
    return out


_QUOTES = frozenset('"«»“”\'')


def _base_places(doc: Document, bares: list[str]) -> tuple[list[Place], set[int]]:
    """``قاعدة X [الجوية]`` for the bases of ``data/gaz_bases.tsv``: part of the nearest town."""
    toks = doc.tokens
    table = bases()
    out, taken = [], set()
    if not _may_hold(doc, "قاعد"):
        return out, taken
    for k, b in enumerate(bares):
        if b not in ("قاعده", "قاعدتي"):
            continue
        # (the name may be quoted: 'إلى قاعدة "إنغرليك"، جنوب تركيا')
        q = 1 if k + 1 < len(toks) and toks[k + 1].text in _QUOTES else 0
        for n in (3, 2, 1):
            e = k + 1 + q + n
            if e > len(toks) or any(t.kind != "word" for t in toks[k + 1 + q:e]):
                continue
            key = " ".join(t.norm for t in toks[k + 1 + q:e])
            town = table.get(key) or (table.get(key[2:]) if key.startswith("ال") else None)
            if town is None:
                continue
            if q and e < len(toks) and toks[e].text in _QUOTES:
                e += 1
            if e < len(toks) and toks[e].norm in ("الجويه", "العسكريه", "البحريه"):
                e += 1
            out.append(_place(doc, _stem_start(toks[k]), toks[e - 1].end, town, 0.7, precision="part",
                              note="base"))
            taken.update(range(k, e))
            break
    return out, taken


@lru_cache(maxsize=1 << 16)
def _heads_of(text: str) -> tuple[tuple[str, str, int], ...]:
    """(prefix, folded form, offset in ``text``) readings of a word with its proclitics stripped."""
    pieces = list(map(fold_char, text))
    folded = "".join(pieces)
    if len(folded) == len(text) and "" not in pieces:
        pos = None  # every character folds to one: offsets are the same
    else:
        folded, pos = fold_each_char(text)
    out = []
    for p in _PREFIXES:
        if p and not folded.startswith(p):
            continue
        rest = folded[len(p):]
        if len(rest) < 2:
            continue
        # لل = ل + ال with the alef dropped: the name is ال + rest, its span starts at rest
        out.append((p, "ال" + rest if p.endswith("لل") else rest, len(p) if pos is None else pos[len(p)]))
    return tuple(out)


def _may_hold(doc: Document, folded: str) -> bool:
    """Can a token of ``doc`` contain the folded string? (Tokens are slices of the folded text, so a
    rule whose cue word is absent from it is skipped without a pass over the tokens.)"""
    return doc.normalized is None or folded in doc.normalized.text


def _stem_start(tok: Token) -> int:
    for s in tok.segments:
        if s.kind == "stem":
            return s.start
    return tok.start


# per spelling (a token's segments depend on its text only): bare stem, nisba country and (once
# scan_names has met the spelling) its scan entry for the packaged gazetteer, else _UNSCANNED
_WORD_INFO: dict[str, tuple[str, str | None, object]] = {}
_WORD_INFO_MAX = 200_000
_SCAN_CACHE_MAX = 100_000  # spellings in Gazetteer.scan_cache (one per distinct word: unbounded, it grew with the corpus)
_UNSCANNED = True  # (truthy: a word not scanned yet may start a name, as an unseen word in scan_names)
_WORD_INFO_GAZ: list = [None]  # the gazetteer whose scan entries _WORD_INFO holds


_NO_WORD = ("", None, None)  # the _word_info-like row of a token that is no word (geocode_stage)
_BARE, _NISBA_CC, _ENTRY = itemgetter(0), itemgetter(1), itemgetter(2)


def _word_info(tok: Token) -> tuple[str, str | None, object]:
    """(bare stem as in :func:`_bare_of`, country of the word as a nisba adjective or None, the word's
    :func:`scan_names` entry for the packaged gazetteer or ``_UNSCANNED``), cached per spelling."""
    info = _WORD_INFO.get(tok.text)
    if info is None:
        stem = None
        bare = None
        for s in tok.segments:
            if s.kind == "proclitic" and s.form == "ال":
                bare = ""
            if s.kind == "stem":
                stem = s.form
                break
        if bare is None:
            bare = tok.norm if stem is None else stem
        if stem is None:
            cc = _nisba_country(tok.norm)
        else:
            # the tokenizer may read the nisba ending as a pronoun (اليمني -> ال + يمن + ي); with no enclitic that
            # is the stem again (``Token.enclitics``: the forms of its enclitic segments, in order)
            enclitics = tok.enclitics
            cc = _nisba_country(stem) or (_nisba_country(stem + "".join(enclitics)) if enclitics else None)
        info = (bare, cc, _UNSCANNED)
        if len(_WORD_INFO) >= _WORD_INFO_MAX:
            _WORD_INFO.clear()
        _WORD_INFO[tok.text] = info
    return info


def _bare_of(tok: Token) -> str:
    """A cue word's folded stem (clitics off), or '' when it carries the article or is no word."""
    if tok.kind != "word":
        return ""
    return _word_info(tok)[0]


def _bare(tok: Token) -> str:
    return _bare_of(tok)


def _adjacent(doc: Document, a: Token, b: Token) -> bool:
    gap = doc.raw[a.end:b.start]
    return gap.strip() == "" and "\n" not in gap


def _may_start(gaz: Gazetteer, form: str, prefixes: frozenset[str], compound: dict) -> bool:
    return (form in gaz or form in prefixes or form in compound
            or (form.startswith("ال") and (form[2:] in prefixes or (len(form) > 4 and form[2:] in gaz))))


def _own_word(text: str, rest: str) -> bool:
    """Is a word with a proclitic-looking start more often a word of its own (فرقة, not ف + رقة)?"""
    vocab = default_vocabulary()
    whole = vocab.count(fold_key(text))
    return whole >= 20 and whole > vocab.count(rest)


@lru_cache(maxsize=4)
def _second_words(gaz: Gazetteer, compound: tuple[str, ...]) -> frozenset[str]:
    """Every word a name of ``scan_names`` can go on into after its first word: the second word of each
    multi-word key (so also of each prefix, with or without the article before), and what a key that
    begins with a compound form has after that form (``form + word`` is tried as one key)."""
    out = set()
    for k in gaz.keys_view():
        words = k.split(" ")
        if len(words) > 1:
            out.add(words[1])
        if compound and k.startswith(compound):
            out.update(k[len(f):] for f in compound if k.startswith(f))
    return frozenset(out)


def scan_names(gaz: Gazetteer, words: list[str | None], norms: list[str], linked: list[bool],
               entries: list | None = None) -> list[tuple[int, int, str, str, int]]:
    """The longest gazetteer names in a token sequence, left to right, without overlaps.

    ``words[i]`` is the text of token i (None when it is not an Arabic word), ``norms[i]`` its folded
    form, ``linked[i]`` whether it follows token i-1 on the same line with only spaces between.
    Returns (first token, token after the last, key, proclitics stripped, offset of the name inside the
    first token). Shared with ``scripts/build_gazetteer.py``, which counts names the same way.

    ``entries`` (optional): each token's entry in ``gaz.scan_cache`` as far as the caller knows it (None
    for no word, ``_UNSCANNED`` where it does not know); the entries found here are written into it.
    """
    prefixes = gaz.prefixes
    compound = cue_words().get("compound", {})
    seconds = _second_words(gaz, tuple(compound))
    readings = gaz.scan_cache
    keys = gaz.keys_view()
    n = len(words)
    out = []
    get = readings.get
    i = 0
    # words seen before that cannot start a name are skipped at once (an unseen word: True)
    if entries is None:
        starts = [k for k, w in enumerate(words) if w is not None and get(w, True)]
    else:
        starts = list(compress(range(len(entries)), entries))
    for start in starts:
        if start < i:
            continue  # inside the last name
        if entries is None or entries[start] is _UNSCANNED:
            w = words[start]
            entry = get(w)
        else:
            entry = entries[start]  # (a known entry: never None, and the word is not needed)
        if entry is None:
            # most words are no name and no name's first word: decided once per spelling, with what the
            # word alone gives: (best one-word name: (key, proclitics, offset), readings that may go on)
            best1, ext = None, []
            for prefix, form, off in _heads_of(w):
                if not _may_start(gaz, form, prefixes, compound) or (prefix and _own_word(w, form)):
                    continue
                hit = form if form in keys else form[2:] if form.startswith("ال") and len(form) > 4 \
                    and form[2:] in keys else None
                if hit is not None and (best1 is None or len(prefix) < len(best1[1])):
                    best1 = (hit, prefix, off)
                if form in prefixes or (form.startswith("ال") and form[2:] in prefixes) or form in compound:
                    ext.append((prefix, form, off))
            if len(readings) >= _SCAN_CACHE_MAX:
                readings.clear()  # (bounded, as _WORD_INFO, which keeps the entries of the words it holds)
            entry = readings[w] = (best1, tuple(ext)) if best1 is not None or ext else ()
        if entries is not None:
            entries[start] = entry
        if not entry:
            continue  # (an unseen word decided earlier in this text)
        best1, ext = entry
        i = start
        if not ext:
            out.append((i, i + 1) + best1)
            i += 1
            continue
        best = None if best1 is None else (1, -len(best1[1]), best1[0], best1[1], best1[2], i + 1)
        # a name goes on only into a word that is some name's second word (most are not: checked first)
        if not (i + 1 < n and norms[i + 1] in seconds and words[i + 1] is not None and linked[i + 1]):
            ext = ()
        for prefix, form, off in ext:
            key = form + " " + norms[i + 1]
            j = i + 2
            while True:
                hit = None
                if key in keys:
                    hit = key
                elif key.startswith("ال") and len(key) > 4 and key[2:] in keys:
                    hit = key[2:]
                elif j - i == 2 and form in compound and key.replace(" ", "", 1) in keys:
                    hit = key.replace(" ", "", 1)
                if hit is not None:
                    cand = (j - i, -len(prefix), hit, prefix, off, j)
                    if best is None or cand[:2] > best[:2]:
                        best = cand
                if j >= n or j - i >= MAX_WORDS or words[j] is None:
                    break
                if not (key in prefixes or (key.startswith("ال") and key[2:] in prefixes)) or not linked[j]:
                    break
                key = key + " " + norms[j]
                j += 1
        if best is None:
            continue
        _, _, key, prefix, off, j = best
        out.append((i, j, key, prefix, off))
        i = j
    return out


class _Linked:
    """``linked[k]``: does token k follow token k-1 on the same line with only spaces between?
    Computed on demand: the scan asks only where a name might go on."""

    __slots__ = ("raw", "toks")

    def __init__(self, raw: str, toks: list[Token]):
        self.raw, self.toks = raw, toks

    def __getitem__(self, k: int) -> bool:
        if k == 0:
            return False
        a, b = self.toks[k - 1].end, self.toks[k].start
        gap = self.raw[a:b]
        return gap == " " or (gap.strip() == "" and "\n" not in gap)


class _Words:
    """``words[k]`` of :func:`scan_names`: the text of token k, None when it is no word. Computed on
    demand: with the scan entries known, the scan reads it only where a name may start or go on."""

    __slots__ = ("toks",)

    def __init__(self, toks: list[Token]):
        self.toks = toks

    def __len__(self) -> int:
        return len(self.toks)

    def __getitem__(self, k: int) -> str | None:
        t = self.toks[k]
        return t.text if t.kind == "word" else None


_NORM, _STEM = attrgetter("norm"), attrgetter("stem")


def _find_matches(doc: Document, gaz: Gazetteer, bares: list[str] | None = None,
                  entries: list | None = None) -> list[_Match]:
    """The gazetteer names of the document with their cues. With ``bares`` (each token's
    :func:`_bare_of`), names that can never become places are left out at once (see :func:`_hopeless`).
    ``entries``: see :func:`scan_names`."""
    toks = doc.tokens
    words = _Words(toks) if entries is not None else [t.text if t.kind == "word" else None for t in toks]
    norms = list(map(_NORM, toks))
    matches = []
    strong = _strong_cue_stems() if bares is not None else None
    dirs = cue_words().get("dir", {})
    states = cue_words().get("state", {})
    for i, j, key, prefix, off in scan_names(gaz, words, norms, _Linked(doc.raw, toks), entries):
        if strong is not None and _hopeless(key) and not (
                (i >= 1 and (bares[i - 1] in strong or norms[i - 1] in _MISREAD_CUES or bares[i - 1] in states))
                or (i >= 2 and (bares[i - 2] + " " + norms[i - 1]) in dirs)):
            continue
        m = _Match(i, j, toks[i].start + off, toks[j - 1].end, key, prefix, gaz.lookup(key))
        m.cue, m.cue_start, m.cue_note = _cue_before(doc, i, prefix)
        matches.append(m)
    return matches


_OPENING_QUOTES = frozenset('"«“')
_CLOSING_QUOTES = frozenset('"»”')


def _quoted_name(doc: Document, i: int, j: int) -> bool:
    """Is the name of tokens ``i``..``j`` quoted right after a word ('في منطقة "جزرة" التابعة لولاية "شرناق"'،
    'بلدة «القريتين»'): an opening quote glued to it, the word before the quote, a closing quote right after it?"""
    toks = doc.tokens
    if i < 2 or j >= len(toks):
        return False
    q, w, e = toks[i - 1], toks[i - 2], toks[j]
    return (q.kind == "punct" and q.text in _OPENING_QUOTES and q.end == toks[i].start
            and e.kind == "punct" and e.text in _CLOSING_QUOTES and e.start == toks[j - 1].end
            and w.kind == "word" and _adjacent(doc, w, q) and all(t.kind == "word" for t in toks[i:j]))


STRONG_CUES = ("rural", "admin", "dir", "settlement", "near", "hood")
# administrative nouns whose whole written form the tokenizer reads as clitics + another stem
_MISREAD_CUES = frozenset({"ولايه"})


@lru_cache(maxsize=1)
def _strong_cue_stems() -> frozenset[str]:
    cues = cue_words()
    return frozenset(f for kind in STRONG_CUES for f in cues.get(kind, {}) if f)


@lru_cache(maxsize=1 << 16)
def _hopeless(key: str) -> bool:
    """Is a name never a place unless a strong cue stands before it? A common word by its usage
    (:func:`common_word_name`, so no country either) that the rare-name rule of ``geocode_stage``
    (a name near a town of the article) skips too: :func:`_accept` rejects it without a strong cue,
    it is never revived, and it counts for nothing else (كان، الي، بين، الرءيس)."""
    return common_word_name(key) and (key in cue_words().get("stop", {}) or len(key) < 4
                                      or _commonness(key) >= 150 or _noun_like(key))


def _governs(tok: Token, stem: str) -> bool:
    """Can a place noun take the name after it? Not with a pronoun of its own (منطقتهم، قربه),
    though محافظتي (dual) and شرقي are cues; مدني (civilian) is no مدن."""
    if not tok.enclitics:
        return True
    # a dual in construct (محافظتي، مركزي صمخ ووادي بن هشبل) or a direction (شرقي); a plural with ي is
    # another word (مدني: civilian)
    return tok.enclitics == ("ي",) and stem not in _PLURAL_PLACES and stem not in ("مدن", "قري", "مناطق")


def _bare_head(doc: Document, m: _Match) -> bool:
    """A one-word match on the head of a longer toponym the gazetteer lacks (منطقة جبل صبر، وادي
    الحسيني): the head alone (El Jebel, El Oued) is not the place; the unknown-name rules take both words."""
    if m.j - m.i != 1 or m.j >= len(doc.tokens):
        return False
    nxt = doc.tokens[m.j]
    return (m.key in _TWO_WORD_HEADS and nxt.kind == "word" and all(p == "ال" for p in nxt.proclitics)
            and not is_nisba(nxt.norm)
            and not doc.tokens[m.i].norm.startswith("ال")
            and _adjacent(doc, doc.tokens[m.i], nxt) and not any(c.feature == "country" for c in m.cands))


def _cue_before(doc: Document, i: int, prefix: str) -> tuple[str | None, int | None, str | None]:
    """The place cue in front of token ``i``: (kind, raw start of the cue, note)."""
    cues = cue_words()
    toks = doc.tokens
    if i >= 2 and toks[i - 1].kind == "word" and toks[i - 2].kind == "word":
        two = _bare(toks[i - 2]) + " " + toks[i - 1].norm
        if two in cues.get("dir", {}):
            return "dir", _stem_start(toks[i - 2]), cues["dir"][two]
    if i >= 1 and toks[i - 1].kind == "word" and _adjacent(doc, toks[i - 1], toks[i]) \
            and not _pronoun_cue(doc, toks[i - 1]):
        prev = toks[i - 1]
        stem = _bare(prev)
        # a place noun governs the name after it: not with a pronoun of its own (منطقتهم إلى،
        # قربة الله) nor before a conjunction or preposition (منطقة فسوف)
        if _governs(prev, stem) and not prefix:
            for kind in ("rural", "admin", "dir", "hood", "settlement", "near", "state"):
                if stem and stem in cues.get(kind, {}):
                    return kind, _stem_start(prev), cues[kind][stem] or None
        if prev.norm in _MISREAD_CUES and not prefix:
            # a cue word the tokenizer splits as if it had clitics (ولاية = و + ل + اي + ه)
            return "admin", prev.start, cues["admin"][prev.norm] or None
        if prev.norm in cues.get("prep", {}) or stem in cues.get("prep", {}):
            return "prep", None, None
    if "ب" in prefix:
        return "prep", None, None
    return None, None, None


@lru_cache(maxsize=8)
def _writes_ta(raw: str) -> bool:
    """Does the text keep ة and ه apart (writes ة at least TA_MARBUTA_MIN times)?"""
    return raw.count("ة") >= TA_MARBUTA_MIN


def _pronoun_cue(doc: Document, tok: Token) -> bool:
    """A place noun in ة written with a final ه, in a text that writes ة, on a masculine noun that
    takes pronouns (بلده الأصلي: his home country, بلد + ه; بلدهم، بلدها are frequent): no بلدة. A
    feminine noun's pronoun form has ت (منطقته), so منطقه is منطقة misspelt and stays a cue."""
    if not (tok.norm.endswith("ه") and doc.raw[tok.end - 1:tok.end] == "ه" and _bare(tok) in _place_nouns()
            and _writes_ta(doc.raw)):
        return False
    return _takes_pronouns(_bare(tok)[:-1])


@lru_cache(maxsize=1 << 10)
def _takes_pronouns(stem: str) -> bool:
    v = default_vocabulary()
    return v.count(stem + "هم") + v.count(stem + "ها") >= 20


def _commonness(key: str) -> int:
    if " " in key:
        return 0
    return default_vocabulary().count(key)


def _noun_like(key: str) -> bool:
    """Is a one-word name used as a common noun? Nouns are frequent both with and without the
    article (سجن/السجن، القلعة/قلعة); place names mostly keep one form (القطيف، رفح، الزبداني)."""
    if " " in key:
        return False
    v = default_vocabulary()
    own = v.count(key)
    alt = v.count(key[2:] if key.startswith("ال") else "ال" + key)
    return alt >= 20 and alt >= 0.3 * max(own, 1)


@lru_cache(maxsize=1 << 15)
def _nisba_country(stem: str) -> str | None:
    """The country of a nisba adjective stem (سوري، سوريه، سوريين) by the demonym table, else None
    (the table counts for the article's countries; see :func:`_nisba_country_any`)."""
    nis = demonyms()
    for suffix in ("", "ه", "ون", "ين", "ات"):
        if suffix and not stem.endswith(suffix):
            continue
        base = stem[: len(stem) - len(suffix)] if suffix else stem
        if base in nis:
            return nis[base]
    return None


@lru_cache(maxsize=1 << 14)
def _nisba_country_any(word: str) -> str | None:
    """The country of a nationality adjective right after a name (هورست الهولندية -> NL), with
    the stems derived from country names too."""
    w = word[2:] if word.startswith("ال") else word
    nis = nisba_table()
    for suffix in ("", "ه", "ون", "ين", "ات", "يين", "يون"):
        if suffix and not w.endswith(suffix):
            continue
        base = w[: len(w) - len(suffix)] if suffix else w
        if base in nis:
            return nis[base]
    return None


def _feminine_nisba_country(word: str) -> str | None:
    """A town agrees with a feminine adjective (سوروتش التركية، طرابلس اللبنانية); a masculine one
    right after a name belongs to the noun before it (قصف حلب الروسي)."""
    return _nisba_country_any(word) if word.endswith("يه") else None


_AGENCY_HEADS = frozenset({"الصحافه", "الانباء", "انباء"})


def _nisba_before(doc: Document, m: _Match) -> str | None:
    """The country of an apposition before a name: a definite place noun and its nationality adjective
    (العاصمة الأردنية عمان: Amman, not Oman; المدينة السورية حلب)."""
    i = m.i
    if m.prefix or i < 2:
        return None
    toks = doc.tokens
    noun, adj = toks[i - 2], toks[i - 1]
    if noun.kind != "word" or adj.kind != "word" or not adj.norm.startswith("ال"):
        return None
    if noun.stem not in _place_nouns() or noun.enclitics or not (
            "ال" in noun.proclitics or noun.norm.startswith("ال")):
        return None
    if not (_adjacent(doc, noun, adj) and _adjacent(doc, adj, toks[i])):
        return None
    return _feminine_nisba_country(adj.norm)


def _country_after_direction(doc: Document, m: _Match, by_start: dict[int, _Match]) -> str | None:
    """The country after a direction right after a name: ``مدينة فان شرق تركيا`` (Van, Turkey, not Van,
    Texas), ``في كويتا جنوب غربي باكستان`` (Quetta)."""
    toks = doc.tokens
    dirs = cue_words().get("dir", {})
    k = m.j
    while k < len(toks) and k - m.j < 2 and toks[k].kind == "word" and not toks[k].proclitics \
            and toks[k].norm in dirs and dirs[toks[k].norm] != "neighbourhoods" and _adjacent(doc, toks[k - 1], toks[k]):
        k += 1
    after = by_start.get(k) if k > m.j else None
    if after is None or not after.cands or not _adjacent(doc, toks[k - 1], toks[k]):
        return None
    ccs = {c.country for c in after.cands}
    if len(ccs) != 1 or any(c.feature != "country" for c in after.cands):
        return None
    return ccs.pop()


def _capitals_by_adjective(doc: Document, taken: set[int]) -> list[Place]:
    """``العاصمة البريطانية``، ``في العاصمة اليمنية``: the national capital of the adjective's country, when
    no name follows (with a name, العاصمة الأردنية عمان, the name is the place)."""
    if not _may_hold(doc, "العاصمه"):
        return []
    toks = doc.tokens
    out = []
    for k in range(len(toks) - 1):
        t, adj = toks[k], toks[k + 1]
        if t.kind != "word" or t.stem != "عاصمه" or t.enclitics or not ("ال" in t.proclitics or t.norm.startswith("ال")) \
                or adj.kind != "word" or not adj.norm.startswith("ال") or not _adjacent(doc, t, adj) \
                or k + 2 in taken or (k and toks[k - 1].stem in cue_words().get("team", {})):
            continue  # فريق العاصمة الإيطالية: a team
        cc = _feminine_nisba_country(adj.norm)
        town = capital_towns().get(cc) if cc else None
        if town is None:
            continue
        start = next((sg.start for sg in t.segments if sg.kind == "proclitic" and sg.form == "ال"
                      and doc.raw.startswith("ال", sg.start)), None)
        out.append(_place(doc, start if start is not None else _stem_start(t), adj.end, town, 0.6, note="capital"))
    return out


def _context_countries(doc: Document, matches: list[_Match], infos: list | None = None) -> Counter:
    """Countries the article is about: unambiguous country names and nisba adjectives.
    ``infos``: :func:`_word_info` of each token (``_NO_WORD`` for no word), when already computed."""
    ctx: Counter = Counter()
    allegiance = cue_words().get("allegiance", {})
    toks = doc.tokens
    for m in matches:
        if _country_name(m):
            if m.i and toks[m.i - 1].stem in allegiance and "ل" in toks[m.i].proclitics:
                # "في قتال مع متمردين موالين لروسيا في شرق البلاد": whom a party is loyal or hostile to is not
                # the country the article is about (the Ukrainian army's east)
                continue
            ctx[m.cands[0].country] += 1
        elif (m.cands and (" " in m.key or m.cue == "admin") and all(c.feature == "admin1" for c in m.cands)
              and len({c.country for c in m.cands}) == 1):
            # "بمديرية أمن شمال سيناء"، "محافظة الأنبار": a first-level division only one country has (named in
            # full, or after a word for a division) says which country the article is about, as its nisba does
            # ("ضبطت الأجهزة الأمنية في العريش" then "شمال سيناء": Arish, Egypt)
            ctx[m.cands[0].country] += 0.5
    if infos is None:
        infos = [_word_info(t) if t.kind == "word" else _NO_WORD for t in doc.tokens]
    # (the few words that are nisba adjectives, found in one pass over the list, in C)
    for k in list(compress(range(len(infos)), map(_NISBA_CC, infos))):
        # not a news agency's name: "وكالة الصحافة الفرنسية"، "وكالة الأنباء الألمانية" say who reported
        if not (k > 0 and toks[k - 1].norm in _AGENCY_HEADS):
            ctx[infos[k][1]] += 0.5
    title = doc.meta.get("title")
    if title:
        for w in fold_key(title).split():
            w = w[2:] if w.startswith("ال") else w
            for c in default_gazetteer().lookup(w) or default_gazetteer().lookup("ال" + w):
                if c.feature == "country":
                    ctx[c.country] += 1
    return ctx


# a town named as the seat of the division named after it (داماتورو مركز ولاية يوبي، زنجبار عاصمة محافظة أبين)
_SEAT_WORDS = frozenset({"مركز", "عاصمه"})


def _divisions_after(toks: list[Token], bares: list[str], matches: list[_Match]) -> None:
    """Set ``within`` of a name followed by a first-level division that contains it: ``X في ولاية Y``,
    ``X بمحافظة Y``, ``X، ولاية Y`` (one to three tokens between: في/ب/التابعة ل, a comma, an
    administrative noun)."""
    admin = cue_words().get("admin", {})
    for m, m2 in zip(matches, matches[1:]):
        gap = toks[m.j:m2.i]
        if not 1 <= len(gap) <= 3:
            continue
        # "X مركز ولاية Y"، "X عاصمة محافظة Y": the town is the seat of the division
        seat = gap[0].kind == "word" and not gap[0].proclitics and gap[0].stem in _SEAT_WORDS
        if not all(t.text in ("،", ",") or (t.kind == "word" and (bares[m.j + q] in admin or t.norm in admin
                                                                  or t.norm in _INSIDE or (q == 0 and seat)))
                   for q, t in enumerate(gap)):
            continue
        divs = frozenset((c.country, c.admin1) for c in m2.cands if c.feature == "admin1")
        if divs:
            m.within = divs
            m.seat = seat and any(c.feature == "city" and (c.country, c.admin1) in divs for c in m.cands)
    # one sense per article: the other mentions of the name (قائد الشرطة في لافايت) follow
    by_key = {}
    for m in matches:
        if m.within is not None:
            by_key.setdefault(m.key, m.within)
    for m in matches:
        if m.within is None and m.key in by_key:
            m.within = by_key[m.key]


@lru_cache(maxsize=1 << 16)
def _dist(a: Candidate, b: Candidate) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _score(m: _Match, c: Candidate, ctx: Counter, anchors: list[tuple[str, Candidate]],
           admins: set[tuple[str, str]]) -> float:
    s = math.log10(c.population + 10)
    s += {"country": 2.5, "admin1": 0.5, "region": 0.5}.get(c.feature, 0.0)
    if m.after_cc is not None and c.country == m.after_cc:
        s += 6.0  # طرابلس اللبنانية، هورست الهولندية
    if m.within is not None and c.feature == "city" and (c.country, c.admin1) in m.within:
        s += 4.0  # لافايت في ولاية لويزيانا: Lafayette, Louisiana
    if m.set_cc and c.feature in ("admin1", "region") and c.country in m.set_cc:
        # البنجاب is Pakistan's and India's: the one of the country the article says things happen in
        # ("في الهند قرب الحدود مع باكستان"), not of a neighbour it names as a border or a foe
        s += SHARED_DIVISION
    if m.cue == "admin":
        s += 3.0 if c.feature in ("admin1", "region") else -1.0
        if c.feature in ("admin1", "region") and m.sent_cc and c.country not in m.sent_cc and not ctx.get(c.country) \
                and m.after_cc is None:
            # "يقيم في الكويت ... مختبئا في منزل بمنطقة الرقة": a division of a country the article never names
            # is not meant when the sentence sets the story in another country (Ar Riqqah, Kuwait)
            s -= 3.0
    elif (m.cue in ("settlement", "hood") or m.town_noun) and c.feature != "city":
        s -= 3.0
    elif c.feature != "country" and any(o.feature == "city" and o.country == c.country and o.admin1 == c.admin1
                                        for o in m.cands if o is not c):
        # حلب is the town before it is the governorate
        s -= 1.0 if c.feature != "city" else 0.0
    near = None
    if c.feature == "city" and len(m.cands) > 1:
        near = min((_dist(c, a) for k, a in anchors if k != m.key and a.feature == "city"), default=None)
    in_admin = c.feature == "city" and (c.country, c.admin1) in admins
    famous = _famous_namesake(m, c)
    if famous and m.within is None and m.after_cc != c.country and any(
            o.country != c.country and o.population >= FAMOUS_RATIO * max(c.population, 1)
            and o.geonameid in capitals() for o in m.cands):
        # a small namesake of a national capital abroad (Ar Riyāḑ, Egypt for الرياض) is not made by the
        # article's towns or country: only its division named right after it or an adjective says so
        return s

    if famous and in_admin and any(o.population >= 1_000_000 and o.country != c.country for o in m.cands):
        # a division named anywhere in the article does not make Paris, Arkansas of باريس (a namesake
        # of a city of a million abroad); one named right after the name does (X في ولاية Y)
        in_admin = m.within is not None and (c.country, c.admin1) in m.within
    if ctx.get(c.country) and (in_admin or (near is not None and near < 300) or not famous):
        # enough to choose Tripoli in Lebanon over Libya, not London, Kentucky over London; a small
        # namesake of a famous town abroad (Vienna, Virginia; Geneva, Illinois) needs more than its
        # country in the article: a division or a town near it
        s += 2.0 + min(1.0, 0.25 * (ctx[c.country] - 1))
    if in_admin:
        s += 1.5
    if near is not None:
        s += 2.0 if near < 100 else 1.0 if near < 300 else 0.0
    if c.country in m.sent_cc and not any(o.feature == "country" for o in m.cands):
        # the sentence says the country: "مدينة أريحا التي تسيطر عليها فصائل المعارضة في شمال غرب سورية"
        # (a country's name is no namesake town of another country it is named with: كوبا والولايات المتحدة)
        s += SENTENCE_COUNTRY
    return s


FAMOUS_TOWN = 150_000
FAMOUS_RATIO = 8
SENTENCE_COUNTRY = 4.0
SHARED_DIVISION = 3.0  # for a division named like one of another country, in the country the article sets events in
SENTENCE_WORDS = 12  # how far from a name a country of its sentence may stand


def _famous_namesake(m: _Match, c: Candidate) -> bool:
    """Does the name also belong to a large town abroad about an order of magnitude (x8) larger than ``c``?"""
    return c.feature == "city" and any(
        o.feature == "city" and o.country != c.country and o.population >= FAMOUS_TOWN
        and o.population >= FAMOUS_RATIO * max(c.population, 1) for o in m.cands)


# name usage in the news corpus (Gazetteer.usage): a name seen at least USAGE_MIN times whose share of
# occurrences after a place word (مدينة، بلدة، محافظة، ريف...) is tiny is a common word that happens to
# name a place somewhere (شأن، السلطات، كيف -> Kyiv); a team's city (برشلونة، مانشستر) in sports news too
USAGE_MIN = 30
PLACE_WORD_RARE = 0.008     # after a place word less often than this: a word, whatever the prepositions
PLACE_WORD_LOW = 0.03       # less often than this and rarely after a preposition (PREP_LOW) either
PREP_LOW = 0.2
_NISBA_SUFFIXES = ("", "ه", "ين", "ون", "يين", "يون", "ات")


@lru_cache(maxsize=1 << 15)
def common_word_name(key: str) -> bool:
    """Is a gazetteer name (not a country) mostly a common word in news? Decided from its usage."""
    gaz = default_gazetteer()
    n, prep, place_word = gaz.usage(key)
    if n < USAGE_MIN:
        return False
    countries = {c.row for c in gaz.lookup(key) if c.feature == "country"}
    if countries and (key.startswith("ال") or not countries <= {c.row for c in gaz.lookup("ال" + key)}):
        # a country's own spelling; not a form without the article its name always has (كاميرون is
        # David Cameron in the news, the country is الكاميرون)
        return False
    if key.split(" ")[0] in cue_words().get("admin", {}):
        return False  # منطقة تبوك carries its own place word
    s, w = place_word / n, prep / n
    if s < PLACE_WORD_LOW and w < PREP_LOW:
        return True
    # a big city abroad is seldom written after مدينة but mostly after في/إلى (بروكسل، شيكاغو)
    abroad = w >= 0.5 and max((c.population for c in gaz.lookup(key)), default=0) >= 1_000_000
    return s < PLACE_WORD_RARE and not abroad


PLACE_WORD_TOWN = 0.15  # a name written after a place word (مدينة، محافظة) this often is a town's name


PLACE_WORD_NOUN_TOWN = 0.4  # the same for a name that is also a common noun (الحوطة، حوطة: an enclosure)


def _place_usage(key: str, share: float = PLACE_WORD_TOWN) -> bool:
    """Is a name mostly a town's in the news: seen USAGE_MIN times or more, after a place word (محافظة القطيف،
    مدينة القطيف) at least ``share`` of the time? (سيول, torrents, almost never is.)"""
    n, _prep, place_word = default_gazetteer().usage(key)
    return n >= USAGE_MIN and place_word >= share * n


@lru_cache(maxsize=1)
def nisba_table() -> dict[str, str]:
    """Nisba stem -> country: the demonym table, plus a stem derived from every one-word country
    name that names one country only (هولندا -> هولندي -> NL) and is no place name itself."""
    gaz = default_gazetteer()
    out: dict[str, str] = {}
    for key in gaz.country_keys():
        if " " in key:
            continue
        ccs = {c.country for c in gaz.lookup(key) if c.feature == "country"}
        k = key[2:] if key.startswith("ال") else key
        stem = k[:-1] if k.endswith(("يا", "يه")) else k[:-1] + "ي" if k.endswith("ا") else k + "ي"
        if len(ccs) == 1 and len(stem) >= 3 and stem not in gaz:
            out.setdefault(stem, ccs.pop())
    out.update(demonyms())
    return out


@lru_cache(maxsize=1)
def nisba_stems() -> frozenset[str]:
    """Stems of nationality adjectives (سوري، روسي، فرنسي، سعودي): the demonym table plus one
    derived from every one-word country name (سوريا -> سوري، مصر -> مصري، فرنسا -> فرنسي)."""
    gaz = default_gazetteer()
    out = set(demonyms())
    for key in gaz.country_keys():
        if " " in key:
            continue
        k = key[2:] if key.startswith("ال") else key
        if k.endswith(("يا", "يه")):
            out.add(k[:-1])
        elif k.endswith("ا"):
            out.add(k[:-1] + "ي")
        else:
            out.add(k + "ي")
    return frozenset(s for s in out if len(s) >= 3)


@lru_cache(maxsize=1 << 15)
def is_nisba(key: str) -> bool:
    """Is a folded word a nationality adjective (السوري، الروسية، سعودية، السوريين)?"""
    if " " in key:
        return False
    k = key[2:] if key.startswith("ال") else key
    stems = nisba_stems()
    return any(k.endswith(suf) and k[: len(k) - len(suf)] in stems for suf in _NISBA_SUFFIXES)


def _adjective_use(doc: Document, m: _Match) -> bool:
    """A country name shaped like an adjective (السعودية، سورية) used as one: right after a noun
    that agrees with it (الهيئة السعودية، الحدود السورية، مسرحية سعودية)."""
    if m.cue is not None or m.prefix or m.i == 0:
        return False
    prev = doc.tokens[m.i - 1]
    if prev.kind != "word" or not _adjacent(doc, prev, doc.tokens[m.i]):
        return False
    definite = "ال" in prev.proclitics or prev.norm.startswith("ال")
    # the key, or the name as written: السورية matches the key سورية and is definite (الثورة السورية)
    written = doc.tokens[m.i].norm.startswith("ال")
    return (definite == m.key.startswith("ال") or definite == written) and len(prev.norm) > 2


CUED_SHARE = 0.2    # a word after a place noun this often (of all its uses) is a name (مديرية أرحب)
CUED_MIN = 5


@lru_cache(maxsize=1 << 14)
def adjective_after_cue(word: str) -> bool:
    """Is an indefinite word after a place noun an adjective (منطقة آمنة، مناطق جديدة)? Its definite
    form follows the definite noun too (المنطقة الآمنة، المناطق الجديدة); a name does not."""
    if word.startswith("ال") or " " in word:
        return False
    gaz = default_gazetteer()
    c = gaz.cued(word)[0]
    d = gaz.cued("ال" + word)[1]
    return d >= CUED_MIN and d >= 0.2 * max(c, 1)


@lru_cache(maxsize=1 << 14)
def cued_name(word: str) -> bool:
    """Is a frequent word the gazetteer lacks mostly used after a place noun (منطقة سوروتش، مديرية
    أرحب، منطقة الجفينة)? Then it names a place."""
    c = default_gazetteer().cued(word)[0]
    n = max(default_vocabulary().count(word), c)
    if word[:1] == "و" and word[1:] in _place_nouns():
        return False  # مدن ومحافظات: a second place noun, no name
    return c >= CUED_MIN and c >= CUED_SHARE * n and not adjective_after_cue(word)


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    cues = cue_words()
    out = set(_PLURAL_PLACES)
    for kind in ("admin", "settlement", "hood", "near", "rural"):
        out |= set(cues.get(kind, {}))
    return frozenset(out | {"محافظات", "مديريات", "مناطق", "المنطقه", "المحافظه"})


def _article_dropped(m: _Match) -> bool:
    """Is the name written without the article it always has in the gazetteer (مفرق for المفرق)?
    Such a bare form is usually the common noun."""
    if m.key.startswith("ال") or " " in m.key or m.prefix.endswith("لل"):
        return False
    full = default_gazetteer().lookup("ال" + m.key)
    return bool(full) and {c.row for c in m.cands} <= {c.row for c in full} and not any(
        c.feature == "country" for c in m.cands)


def _accept(m: _Match, big: bool, ctx: Counter) -> float:
    """Confidence that a match is a place name (0 = reject)."""
    cues = cue_words()
    stop = m.key in cues.get("stop", {})
    common = _commonness(m.key)
    feats = {c.feature for c in m.cands}
    strong = m.cue in ("rural", "admin", "dir", "settlement", "near", "hood")
    short = " " not in m.key and len(m.key) <= 2
    if is_nisba(m.key) and "country" not in feats and m.cue not in ("settlement", "admin"):
        return 0.0  # السوري is Syrian, not Surrey
    if m.cue == "state" and "country" in feats:
        return 0.85  # جمهورية تشيك، دولة الكويت
    if strong:
        if m.cue in ("settlement", "admin") and adjective_after_cue(m.key):
            return 0.0  # مناطق جديدة: new areas, not Judaydat Yabus
        if m.key in cues.get("ordinal", {}):
            return 0.0  # لولاية ثانية: a second term of office
        return 0.8
    if common_word_name(m.key):
        return 0.0
    if m.seat and not stop and not short:
        return 0.7  # "داماتورو مركز ولاية يوبي": a town of that division, said to be its seat
    if m.cue in (None, "prep") and _article_dropped(m) and (m.cue is None or not any(
            ctx.get(c.country) or (c.feature == "city" and c.population >= BIG_TOWN) for c in m.cands)):
        return 0.0  # عند مفرق (a junction) is not المفرق, Mafraq; إلى رقة is Raqqa
    if " " not in m.key and len(m.key) == 3 and not big and m.cue is None:
        return 0.0
    if stop or (short and "country" not in feats):
        return 0.0
    if m.stated and m.cue in (None, "prep") and common < 300 and any(c.feature == "city" for c in m.cands):
        return 0.6  # في كويتا جنوب غربي باكستان: the text says which country (the town is looked up there)
    home = cues.get("home", {})
    # a town abroad is accepted without a strong cue only when large, a national capital after a
    # preposition (في أثينا، الى لشبونة) or the article is about its country
    huge = any(c.population >= 1_000_000 for c in m.cands) or (
        m.cue == "prep" and not capitals().isdisjoint(c.geonameid for c in m.cands))
    if not huge and not any(c.feature != "city" or c.country in home or ctx.get(c.country) for c in m.cands):
        return 0.0
    if _noun_like(m.key) and not huge and not feats & {"country", "admin1", "region"} and not (
            m.cue == "prep" and common < 300
            and any((c.population >= BIG_TOWN or _place_usage(m.key, PLACE_WORD_NOUN_TOWN)) and ctx.get(c.country)
                    for c in m.cands)):
        # في العريش with Egypt in the article: a big town whose name is rare as a word; not في الخبر (news); a
        # smaller one the news writes after a place word most of the time (من الحوطة، عاصمة محافظة لحج)
        return 0.0
    if m.cue == "prep":
        # a preposition is never weaker evidence than no cue: a big town taken bare (below) is taken after
        # one too (في أبها، بتبوك، في الطائف: Saudi cities of 200-700k whose names are frequent in the news)
        if huge or feats & {"country", "admin1", "region"} or (big and common < BIG_TOWN_COMMON) or common < 300:
            return 0.7 if (big or " " in m.key) else 0.6
        if common < BIG_TOWN_COMMON and _place_usage(m.key):
            return 0.6  # بالقطيف (98,000 people): a name the news writes after a place word as often as a town's
        return 0.0
    if "country" in feats and common < 20 * COMMON_WORD:
        return 0.85
    if feats & {"admin1", "region"} and common < COMMON_WORD:
        return 0.7
    if big and common < BIG_TOWN_COMMON:
        return 0.7
    if " " in m.key and len(m.key) >= 7 and m.cands and max(c.population for c in m.cands) >= 5000:
        return 0.5
    return 0.0


TA_MARBUTA_MIN = 5      # an article writing ة this often keeps ة and ه apart
PRONOUN_STEM_MIN = 100  # corpus uses of the word without its final ه as a noun (الجد، جدها، جدي)


# words that stand before a place in a title, not a given name (سلطان بروناي، دوق بيدفورد، حاكم فلوريدا)
_TITLES = frozenset({"سلطان", "امير", "بابا", "حاكم", "سيناتور", "ملك", "دوق", "رءيس", "محافظ", "عمده", "قاءد", "شرطه",
                     "مطران", "بطريرك", "مفتي", "شيخ", "امام", "ولي"})


def _surname(doc: Document, m: _Match, surnames: dict[int, int]) -> bool:
    """Is an uncued one-word name the last word of a person's name the NER stage found, after a given name
    (جيمس فولي، بنجامين فرانكلين، سيباستيان سوريا)? Not after a title (سلطان بروناي), nor a name with a
    proclitic (مستشفى الملك فهد بتبوك: the hospital is in Tabuk)."""
    start = surnames.get(m.end)
    if start is None or m.cue is not None or m.prefix or m.j - m.i != 1 or m.i == 0 or start >= m.start:
        return False
    if not all(c.feature in ("city", "country") for c in m.cands):
        return False
    prev = doc.tokens[m.i - 1]
    return prev.kind == "word" and prev.start >= start and prev.norm not in _TITLES and _bare(prev) not in _TITLES


_TANWIN = frozenset("\u064b\u064c\u064d")


def _article_added(doc: Document, m: _Match, ctx: Counter) -> bool:
    """A name written with the article its gazetteer name lacks (الأمن for Emmen), where the written word
    is a frequent word or a listed common word, and no reading lies in a home country or one the article
    names: the word, not the town (مديرية الأمن العام: the public security directorate)."""
    if " " in m.key or m.key.startswith("ال") or m.prefix.endswith("لل") or not doc.raw.startswith("ال", m.start):
        return False
    written = fold_key(doc.raw[m.start:m.end])
    if not written.startswith("ال"):
        return False
    cues = cue_words()
    if written not in cues.get("stop", {}) and _commonness(written) < COMMON_WORD:
        return False
    home = cues.get("home", {})
    return not any(c.feature != "city" or c.country in home or ctx.get(c.country) for c in m.cands)


_IN_WORDS = frozenset({"في", "وفي", "فى", "داخل", "انحاء"})


def _country_name(m: _Match) -> bool:
    """Is the name a country's, whatever its reading: only country readings, or the country and towns of that
    country named like it (الكويت is Kuwait or Kuwait City, تونس Tunisia or Tunis: either way Kuwait, Tunisia)?"""
    return bool(m.cands) and any(c.feature == "country" for c in m.cands) \
        and all(c.country == m.cands[0].country and c.feature in ("country", "city") for c in m.cands)


def _sentence_countries(doc: Document, live: list[_Match]) -> None:
    """Set ``sent_cc`` of each name: the countries its sentence says something is in, within a few words of
    it, by a country name after في/بـ or a direction (في سورية، بالعراق، شمال غرب سورية); not one named as a
    partner or an origin (على الحدود مع مصر، قادمة من البحرين)."""
    toks = doc.tokens
    named = [m for m in live if _country_name(m) and (
        m.cue == "dir" or "ب" in m.prefix or (m.i and toks[m.i - 1].norm in _IN_WORDS))]
    if not named or not doc.sentences:
        return
    sents = {id(m): doc.sentence_of(m.start) for m in named}
    for m in live:
        if len(m.cands) < 2:
            continue
        sent = doc.sentence_of(m.start)
        if sent is None:
            continue
        ccs = {c.country for n in named if sents[id(n)] is sent and abs(n.i - m.i) <= SENTENCE_WORDS
               for c in n.cands}
        if ccs:
            m.sent_cc = frozenset(ccs)


def _shared_division(m: _Match) -> bool:
    """Is the name a first-level division (or region) of several countries (البنجاب: Pakistan and India)?"""
    return len({c.country for c in m.cands if c.feature in ("admin1", "region")}) > 1


def _shared_divisions(doc: Document, live: list[_Match]) -> None:
    """Set ``set_cc`` of a division name that several countries share (البنجاب: Pakistan and India): the
    countries among them that the article names as where things are, after في/بـ or a direction (في الهند،
    بشمال الهند), not as a border, a partner or an origin (الحدود مع باكستان، بين الهند وباكستان); none when
    the article says it of all of them or of none."""
    shared = [m for m in live if _shared_division(m)]
    if not shared:
        return
    toks = doc.tokens
    located = {m.cands[0].country for m in live if _country_name(m) and (
        m.cue == "dir" or "ب" in m.prefix or (m.i and toks[m.i - 1].norm in _IN_WORDS))}
    for m in shared:
        ccs = {c.country for c in m.cands if c.feature in ("admin1", "region")}
        said = frozenset(ccs & located)
        if said and said != ccs:
            m.set_cc = said


@lru_cache(maxsize=1)
def spellings() -> dict[str, tuple[str, ...]]:
    """Folded key -> how GeoNames spells a short or common one-word town name (``data/gaz_spellings.tsv``)."""
    return {cols[0]: tuple(cols[1].split(",")) for cols in resources.tsv_rows("gaz_spellings.tsv")}


_HAMZA_ALEF = "أإآ"
_DIACRITICS = re.compile("[\u064B-\u0652\u0640]")


def _spelt_otherwise(doc: Document, m: _Match, writes_ta: bool) -> bool:
    """Does the word spell a short or common town name otherwise than GeoNames ever does, without a strong place cue
    (مدينة عنه is Anah): a hamza on an alef where no spelling of the name has one (بفأس: with an axe, not فاس, Fes;
    رأس: a head), or, in a text that keeps ة and ه apart, a final ة where the name ends in ه, or ه where it ends in
    ة? Folding erases those letters; the writer did not."""
    if " " in m.key or m.cue in ("rural", "admin", "dir", "settlement", "near", "hood", "state"):
        return False
    names = spellings().get(m.key)
    if not names:
        return False
    word = _DIACRITICS.sub("", doc.raw[m.start:m.end])

    def bare(w: str) -> str:
        return w[2:] if w.startswith("ال") and len(w) > 4 else w

    word = bare(word)
    spelt = [bare(n) for n in names]
    hamzas = {i for i, ch in enumerate(word) if ch in _HAMZA_ALEF}
    if hamzas and not any(hamzas <= {i for i, ch in enumerate(n) if ch in _HAMZA_ALEF} for n in spelt):
        return True
    if writes_ta and word[-1:] in ("ة", "ه"):
        return not any(n[-1:] == word[-1] for n in spelt) and all(n[-1:] in ("ة", "ه") for n in spelt)
    return False


def _tanwin(raw: str) -> bool:
    """Does a written word end in nunation (دومًا، صيداً، سورياً، قضاءٍ)? An indefinite noun, adjective or adverb
    ("always", "prey", "a Syrian"): place names in the news never take it."""
    tail = raw[-2:]
    return any(ch in _TANWIN for ch in tail)


def _pronoun_ending(doc: Document, m: _Match) -> bool:
    """A one-word name written with a final ه where the name ends in ة (Jeddah جدة, Mila ميلة), in an
    article that writes ة elsewhere, on a frequent word: the ه is a pronoun (زوجة جده: his grandfather's
    wife; في نقده: in his criticism; من ميله: his inclination). A strong place cue, a town of a million
    after a preposition (في جده, a typo for Jeddah), or a name that keeps its ه (حماه، كاليه: the word
    without it is rare) are left alone."""
    if " " in m.key or not doc.raw[m.start:m.end].endswith("ه") or m.cue not in (None, "prep"):
        return False
    # a romanised name ending in a vowel (Mila, Jeddah, Naqadeh) had ة; Al Wajh (الوجه) a real ه
    if not all(c.feature == "city" and c.name.lower().endswith(("a", "e", "ah", "eh")) for c in m.cands):
        return False
    if m.cue == "prep" and any(c.population >= 1_000_000 for c in m.cands):
        return False
    stem = m.key[:-1]
    v = default_vocabulary()
    # the word as a noun: with the article or with other pronouns (الجد، جدها، جدهم، جدي)
    return sum(v.count(f) for f in ("ال" + stem, stem + "ها", stem + "هم", stem + "ي")) >= PRONOUN_STEM_MIN


def _place(doc: Document, start: int, end: int, c: Candidate | None, conf: float, *, precision: str | None = None,
           note: str | None = None, country: str | None = None) -> Place:
    gaz = default_gazetteer()
    if c is None:
        return Place(start, end, doc.raw[start:end], round(conf, 2), PRODUCER, country=country,
                     precision=precision or "exact", note=note)
    admin1 = None
    if c.feature == "city" and c.admin1:
        a = gaz.admin1(c.country, c.admin1)
        admin1 = a.name if a else c.admin1
    elif c.feature in ("admin1", "region"):
        admin1 = c.name
    if precision is None:
        precision = {"city": "exact", "country": "country"}.get(c.feature, "region")
    return Place(start, end, doc.raw[start:end], round(conf, 2), PRODUCER, geonameid=c.geonameid, name=c.name,
                 country=c.country, admin1=admin1, lat=c.lat, lon=c.lon, precision=precision, feature=c.feature,
                 note=note)


_PARTICLES = frozenset({"من", "حتي", "عن", "الي", "في", "فى", "مع", "ان", "او", "لا", "ما", "التي", "الذي"})


def _hood_name_ok(doc: Document, k: int) -> bool:
    """Can token ``k`` start the name after a neighbourhood noun? Not a particle (في كل حي حتى), an
    indefinite nisba adjective (حي سكني، حي شعبي: a residential, a popular quarter), a country (في ساحة
    سوريا: the Syrian arena) or a figure (ساحة القتال، ساحة الحرب، ساحة صراعات)."""
    toks = doc.tokens
    if k >= len(toks) or toks[k].kind != "word":
        return False
    cues = cue_words()
    t = toks[k]
    norm = t.norm
    if norm in _PARTICLES or t.text == "على" or norm in cues.get("prep", {}) or norm in cues.get("arena", {}) \
            or _tanwin(t.text):
        return False
    cands = default_gazetteer().lookup(norm)
    if cands and all(c.feature == "country" for c in cands):
        return False
    vocab = default_vocabulary()
    if not t.proclitics and norm[:1] in ("ي", "ت") and len(norm) >= 4 and vocab.count(norm + "ون") >= VERB_PLURAL_MIN:
        return False  # "إنه حي يرزق": alive and provided for; an imperfect verb (its plural يرزقون is a word), no quarter
    if not t.proclitics and not norm.startswith("ال") and len(norm) >= 4 and norm.endswith("ي") \
            and norm not in _TWO_WORD_HEADS and doc.raw[t.end - 1:t.end] == "ي" \
            and max(vocab.count("ال" + norm), vocab.count(norm + "ه"), vocab.count("ال" + norm + "ه")) >= 20:
        return False
    return True


def _hood_name_end(doc: Document, k: int, strict: bool = False) -> int:
    """Token index after a neighbourhood's name starting at token ``k`` (one or two words).
    ``strict`` (names the gazetteer lacks): a definite first word takes no indefinite second one
    (مطار الأحساء تميزت) and a second word in construct must not be a common word (تنومة المهندس)."""
    toks = doc.tokens
    cues = cue_words()
    if k >= len(toks) or toks[k].kind != "word":
        return k
    end = k + 1
    if end < len(toks) and toks[end].kind == "word" and _adjacent(doc, toks[k], toks[end]):
        nxt = toks[end]
        first_has_art = toks[k].norm.startswith("ال")
        blocked = (nxt.proclitics and nxt.proclitics[0] in ("و", "ف", "ب", "ل")) or nxt.norm in cues.get("prep", {}) \
            or nxt.norm in cues.get("diradj", {}) or _bare(nxt) in cues.get("dir", {}) or is_nisba(nxt.norm) \
            or nxt.norm in _HOST_WORDS
        # a definite adjective after the name (حي السعادة المحاذي، حي جوبر الدمشقي, السكنية) is no part of it
        masc = len(nxt.norm) >= 6 and doc.raw[nxt.end - 1:nxt.end] == "ي"
        # a feminine adjective whose masculine is a frequent word (سروج الحدودية، سوروتش الكردية، فربوليه الواقعة)
        fem_adj = nxt.norm.endswith("ه") and default_vocabulary().count(nxt.norm[:-1]) >= 100
        blocked = blocked or (nxt.norm.startswith("ال") and (masc or fem_adj
                                                              or (first_has_art and nxt.norm.endswith("يه"))))
        idafa = not first_has_art and nxt.norm.startswith("ال")
        # المجاورة، القريبة follow place nouns as adjectives (المنطقة المجاورة): not a second word
        rare = default_vocabulary().count(nxt.norm) < 200 and default_gazetteer().cued(nxt.norm)[1] < 3
        if strict:
            idafa = idafa and default_vocabulary().count(nxt.norm) < 1000
            rare = rare and not first_has_art
        # a head that begins two-word names takes the next word (حي باب مشرف، حي عين الكرش)
        head = toks[k].norm in _TWO_WORD_HEADS and not strict
        if not blocked and (idafa or rare or head):
            end += 1
    return end


def geocode_stage(doc: Document) -> Document:
    """Fill ``doc.places`` with resolved :class:`Place` facts (tokenizes first if needed).

    >>> from marsad.document import Document
    >>> doc = geocode_stage(Document.from_text("اشتباكات في حي كرم الميسر بحلب"))
    >>> [(p.text, p.geonameid, p.precision) for p in doc.places]
    [('حي كرم الميسر', 170063, 'part'), ('حلب', 170063, 'exact')]
    """
    if not doc.tokens:
        from ..tokenize import tokenize_document

        tokenize_document(doc)
    gaz = default_gazetteer()
    cues = cue_words()
    toks = doc.tokens
    if _WORD_INFO_GAZ[0] is not gaz:
        # the scan entries kept with the word infos are those of one gazetteer (a test may load another)
        _WORD_INFO.clear()
        _WORD_INFO_GAZ[0] = gaz
    get = _WORD_INFO.get
    # (_NO_WORD for a token that is no word: the columns below are then taken in C by itemgetter)
    infos = [(get(t.text) or _word_info(t)) if t.kind == "word" else _NO_WORD for t in toks]
    bares = list(map(_BARE, infos))
    # each word's scan entry comes with its info (one lookup per token); those scan_names finds for
    # spellings met the first time are kept with the info
    entries = list(map(_ENTRY, infos))
    unscanned = list(compress(range(len(entries)), map(is_, entries, repeat(_UNSCANNED))))
    matches = _find_matches(doc, gaz, bares, entries)
    for k in unscanned:
        if entries[k] is not _UNSCANNED:
            x = infos[k]
            _WORD_INFO[toks[k].text] = (x[0], x[1], entries[k])
    hood_tokens: set[int] = set()
    # neighbourhood names are not resolved by the gazetteer: a village elsewhere may share the name
    hood_spans = []
    hoods = cues.get("hood", {})
    for k in compress(range(len(bares)), map(hoods.__contains__, bares)):
        if not _governs(toks[k], bares[k]):
            continue
        e = _hood_name_end(doc, k + 1) if _hood_name_ok(doc, k + 1) else k + 1
        if e > k + 1:
            hood_spans.append((k, e))
            hood_tokens.update(range(k, e))
    cue_forms = _cue_forms(cues)
    base_places, base_tokens = _base_places(doc, bares)
    hood_tokens |= base_tokens
    matches = [m for m in matches if not (set(range(m.i, m.j)) & hood_tokens) and m.key not in cue_forms
               and not _bare_head(doc, m)]

    ctx = ctx0 = _context_countries(doc, matches, infos)
    for m in matches:
        if m.j < len(toks) and toks[m.j].kind == "word" and _adjacent(doc, toks[m.j - 1], toks[m.j]):
            m.after_cc = _feminine_nisba_country(toks[m.j].norm)
        if m.after_cc is None:
            m.after_cc = _nisba_before(doc, m)
            m.town_noun = m.after_cc is not None and doc.tokens[m.i - 2].stem in cues.get("settlement", {})
    by_start = {m.i: m for m in matches}
    for m in matches:
        if m.after_cc is None:
            m.after_cc = _country_after_direction(doc, m, by_start)
            m.stated = m.after_cc is not None
    # one sense per article: the other mentions of a name so placed follow (مجلس شورى كويتا after مدينة كويتا
    # الباكستانية or كويتا جنوب غربي باكستان)
    stated: dict[str, tuple[str, bool]] = {}
    for m in matches:
        if m.after_cc is not None and not m.town_noun:
            stated.setdefault(m.key, (m.after_cc, m.stated))
    for m in matches:
        if m.after_cc is None and m.key in stated and not _shared_division(m):
            # (not a division name two countries share: "بالبنجاب الباكستانية" sets one mention apart from
            # the other Punjab of an Indian story)
            m.after_cc, m.stated = stated[m.key]
    _divisions_after(toks, bares, matches)
    accepted_keys: set[str] = set()
    pronoun: set[int] = set()
    writes_ta = _writes_ta(doc.raw)
    teams = cues.get("team", {})
    groups = cues.get("group", {})
    venues = cues.get("venue", {})
    allegiance = cues.get("allegiance", {})
    idioms = cues.get("idiom", {})
    speech = cues.get("speech", {})
    quantifiers = cues.get("quantifier", {})
    sided = -1  # the token after the last name read as a side (الموالين لموسكو)
    # ends of the person names the NER stage found (when it ran before): (start, end) of each PERS span
    surnames = {e.end: e.start for e in doc.entities if e.label == "PERS"}
    family: set[str] = set()
    for m in matches:
        big = any(c.population >= BIG_TOWN or c.feature != "city" for c in m.cands)
        m.confidence = _accept(m, big, ctx)
        if m.confidence and " " not in m.key and (is_nisba(m.key) or m.key.startswith("ال")) \
                and _adjective_use(doc, m) and _nisba_before(doc, m) is None:
            # الأراضي البيضاء، الحدود السورية: a definite noun and an agreeing attribute, no place
            m.confidence = 0.0
        if m.confidence and not m.prefix and m.i and bares[m.i - 1] in teams and m.cue is None \
                and _adjacent(doc, toks[m.i - 1], toks[m.i]):
            m.confidence = 0.0  # نادي أبها الأدبي، منتخب إنجلترا: a team's name
            pronoun.add(id(m))
        if m.confidence and not m.prefix and m.i and bares[m.i - 1] in groups and m.cue is None \
                and _adjacent(doc, toks[m.i - 1], toks[m.i]) and not any(c.feature == "country" for c in m.cands):
            m.confidence = 0.0  # زعيم مجموعة خراسان: a group's name
            pronoun.add(id(m))
        if m.confidence and m.cue is None and m.i:
            k = m.i - 1 - (toks[m.i - 1].kind == "punct" and toks[m.i - 1].text in "(«\"“")
            if k >= 0 and (toks[k].stem in venues or toks[k].norm in venues or bares[k] in venues):
                m.confidence = 0.0  # في حانة (بوكان): a bar's name, not Bukan
                pronoun.add(id(m))
        if m.confidence and m.i and toks[m.i - 1].norm in quantifiers and " " not in m.key:
            m.confidence = 0.0  # "بأي حجة كانت": a common noun after "any"/"every", not Hajjah
            pronoun.add(id(m))
        if m.confidence and m.i and "ب" in m.prefix and (toks[m.i - 1].stem in speech or bares[m.i - 1] in speech
                                                      or toks[m.i - 1].norm in speech):
            # "وقال بلمار إن"، "وأضاف باركي:": a speech verb takes no ب; the word after it is the speaker's
            # name, not ب + a place (Lamar, Archie)
            m.confidence = 0.0
            pronoun.add(id(m))
        if m.confidence and m.j < len(toks) and f"{m.key} {toks[m.j].stem}" in idioms:
            m.confidence = 0.0  # "مسقط رأسه": a birthplace, not Muscat
            pronoun.add(id(m))
        if m.confidence and m.i and ((toks[m.i - 1].stem in allegiance and "ل" in toks[m.i].proclitics)
                                     or (m.i == sided and "و" in toks[m.i].proclitics)):
            # الانفصاليين الموالين لموسكو، هتافات معادية لإيران والولايات المتحدة: whom they are loyal or
            # hostile to (and the names joined to it), not where
            m.confidence = 0.0
            pronoun.add(id(m))
            sided = m.j
        if m.confidence and surnames and _surname(doc, m, surnames):
            m.confidence = 0.0  # جيمس فولي (James Foley), ألكسندر إيفانز: a person's family name
            pronoun.add(id(m))
            family.add(m.key)
        if m.confidence and _article_added(doc, m, ctx0):
            m.confidence = 0.0  # مديرية الأمن العام: "security", not Emmen (Netherlands), which has no article
            pronoun.add(id(m))
        if m.confidence and _tanwin(doc.raw[m.start:m.end]):
            m.confidence = 0.0  # "تقف دومًا" (always), "تجعلهم صيداً" (prey), "40 سورياً" (Syrians)
            pronoun.add(id(m))
        if m.confidence and writes_ta and _pronoun_ending(doc, m):
            m.confidence = 0.0
            pronoun.add(id(m))
        if m.confidence and _spelt_otherwise(doc, m, writes_ta):
            m.confidence = 0.0  # "بضربه بفأس" (with an axe): not فاس (Fes), which has no hamza
            pronoun.add(id(m))
        if m.confidence > 0:
            accepted_keys.add(m.key)
    for m in matches:
        if m.key in family and m.cue is None and m.confidence:
            m.confidence = 0.0  # the person again (يقول إيفانز after ألكسندر إيفانز)
            pronoun.add(id(m))
    for m in matches:
        if m.confidence == 0 and id(m) not in pronoun and m.key in accepted_keys and m.key not in cues.get("stop", {}) and len(m.key) > 3 \
                and not common_word_name(m.key) and not is_nisba(m.key):
            m.confidence = 0.5  # the article already used this name as a place
    live = [m for m in matches if m.confidence > 0]
    _sentence_countries(doc, live)
    _shared_divisions(doc, live)

    anchors: list[tuple[str, Candidate]] = []
    admins: set[tuple[str, str]] = set()
    # what each name's own readings have added to the context so far (in the second pass: its first reading)
    own: dict[str, Counter] = {}
    for _ in range(2):
        chosen: dict[tuple[str, str | None], Candidate] = {}
        for m in live:
            if len(m.cands) == 1:
                m.best = m.cands[0]
                continue
            # the score depends on the name, its cue and the article only; a name's own first reading is
            # no evidence for itself (دوما read as Douma, Syria, must not make Syria the context that keeps it
            # there when the article says جنوب مدينة نابلس)
            k = (m.key, m.cue, m.after_cc, m.within, m.sent_cc, m.set_cc)
            if k not in chosen:
                mine = own.get(m.key)
                ctx_m = ctx if not mine else Counter({cc: w - mine.get(cc, 0) for cc, w in ctx.items()})
                chosen[k] = max(m.cands, key=lambda c: (_score(m, c, ctx_m, anchors, admins), -c.row))
            m.best = chosen[k]
        anchors = list(dict.fromkeys((m.key, m.best) for m in live))
        admins = {(m.best.country, m.best.admin1) for m in live if m.best.feature == "admin1" or m.cue == "rural"}
        ctx2 = Counter(ctx)
        for m in live:
            ctx2[m.best.country] += 0.25
            own.setdefault(m.key, Counter())[m.best.country] += 0.25
        ctx = ctx2

    # a rare name whose candidate lies near a town the article names is that place (التواهي by عدن)
    towns = list(dict.fromkeys(m.best for m in live if m.best.feature == "city"))
    for m in matches:
        if m.confidence or id(m) in pronoun or m.key in cues.get("stop", {}) or len(m.key) < 4 \
                or _commonness(m.key) >= 150 or _noun_like(m.key):
            continue
        near = [(min(_dist(c, t) for t in towns), c) for c in m.cands if c.feature == "city" and towns]
        near = [nc for nc in near if nc[0] <= 50]
        if near:
            m.best, m.confidence = min(near, key=lambda nc: nc[0])[1], 0.5
            live.append(m)
    live.sort(key=lambda m: m.i)
    # the article's country, not counting "المدينة" itself (read first as Medina, it would make its own case)
    ctx_d = Counter(ctx)
    for key in ANAPHORS:
        for cc, w in own.get(key, Counter()).items():
            ctx_d[cc] -= w
    ctx_d = Counter({cc: w for cc, w in ctx_d.items() if w > 1e-9})
    dominant = ctx_d.most_common(1)[0][0] if ctx_d else None
    live = _anaphors(live, dominant)
    unresolved: dict[int, str | None] = _contained(doc, live, bares)
    # divisions of the article: a place within 200 km of one's centre (or 500 km of a town) is no far namesake
    divisions = list(dict.fromkeys(m.best for m in live if m.best.feature in ("admin1", "region")))
    for m in live:
        c = m.best
        if id(m) in unresolved:
            continue
        if m.after_cc and c.feature == "city" and c.country != m.after_cc:
            # هورست الهولندية: no Dutch Hurst in the gazetteer, the US one is not meant; another spelling of
            # a town of that country may be (كويتا جنوب غربي باكستان: GeoNames writes Quetta كويته)
            # (the same name with or without the article is no other spelling here: بلدة حضر السورية is no
            # الحضر of Aleppo)
            other = _other_spelling(m.key, m.after_cc, towns, stated=True, same=m.stated)
            if other is not None and not m.stated and other.population < SPELLING_FAR_POP:
                other = None  # بلدة حضر السورية (Quneitra) is no small الحاضر of Aleppo by its vowels only
            if other is not None:
                m.best = other
            else:
                unresolved[id(m)] = m.after_cc
        elif m.cue == "admin" and c.feature == "country" and (
                (m.after_cc and m.after_cc != c.country) or bares[m.i - 1] in _PROVINCE_NOUNS):
            # مقاطعة كولومبيا الكندية (British Columbia), ولاية جورجيا: a province named like a country, not the
            # country; it lies in the adjective's country, else the article's main country other than that one
            # (منطقة/إمارة/مقاطعة alone are left: منطقة باكستان وأفغانستان، إمارة أفغانستان، مقاطعة إسرائيل is a boycott)
            home = m.after_cc if m.after_cc and m.after_cc != c.country else next(
                (cc for cc, _ in ctx_d.most_common() if cc != c.country), None)
            if home:
                unresolved[id(m)] = home
            else:
                m.confidence = 0.0
        elif (dominant and c.feature == "city" and c.country != dominant
                and ctx.get(c.country, 0) - (own.get(m.key, Counter()).get(c.country, 0) if c.population < BIG_TOWN
                                             else 0) < 1
                and c.country != m.after_cc
                and c.population < 1_000_000 and m.cue in ("settlement", "admin", "near", "dir", "hood")
                and not any(_dist(c, t) < 500 for t in towns if t is not c)
                and not any(_dist(c, d) < 200 for d in divisions)):
            # a small namesake far away in a country the article is not about: the real place is
            # probably missing from GeoNames; keep the country the article is about, no coordinates
            # (or the namesake in that country, زنجبار in Yemen), or drop a common word (محيط أحد).
            # A large town next to that country is meant (مدينة القدس in a report on Palestinians)
            home = [o for o in m.cands if o.country == dominant and o.feature == "city"]
            if home:
                m.best = max(home, key=lambda o: o.population)
            elif c.population >= NEIGHBOUR_TOWN and _near_country(c, dominant):
                pass
            elif c.population >= BIG_TOWN and c.country in cues.get("home", {}) and (ctx0.get(c.country) or bares[m.i - 1] == "محافظه"):
                # مدينة أبها in a report naming Saudis: a large town of a country the article names; after محافظة
                # a large town of the region is its governorate whatever the article names (سوق عكاظ ... بمحافظة
                # الطائف in a report naming Jordanian poets); منطقة X may be an area named like it (منطقة الوادي)
                pass
            elif _commonness(m.key) >= 300:
                m.confidence = 0.0
            else:
                unresolved[id(m)] = m.after_cc or dominant
        elif (dominant and c.feature == "city" and c.country != dominant
              and ctx.get(c.country, 0) - own.get(m.key, Counter()).get(c.country, 0) < 1e-9
              and c.population < BIG_TOWN and m.cue in (None, "prep") and m.confidence < 0.8
              and not any(_dist(c, t) < 300 for t in towns if t is not c)
              and not any(_dist(c, d) < 200 for d in divisions)):
            # a weakly cued small town in a country the article never names (its own readings aside), far
            # from its other places (القلعة in a Yemeni report is no village in Iran; المفرق among the
            # districts of Taiz is no Mafraq, Jordan): a word or a missing place. A division of the article
            # near it keeps it (صواريخ من جنوب لبنان على مستوطنة كريات شمونة)
            m.confidence = 0.0
    live = [m for m in live if m.confidence > 0]
    # a town whose name is the first word of a longer place GeoNames lacks (data/gaz_unplaced.tsv) is not named
    # there: "ظهران الجنوب" on the Yemeni border is not Dhahran on the Gulf, nor the town a neighbourhood of it
    # ("مركز علب الحدودي بمحافظة ظهران الجنوب") lies in
    inside = _unplaced_uses(doc)
    live = [m for m in live if not any(s <= m.start and m.end <= e and m.end - m.start < e - s for s, e in inside)]

    places: list[Place] = []
    by_token: dict[int, _Match] = {m.i: m for m in live}
    for m in live:
        c = m.best
        start, note, precision = m.start, None, None
        end = m.end
        if m.cue == "rural":
            start, precision, note = m.cue_start, "region", "countryside"
        elif m.cue == "admin":
            start, precision = m.cue_start, "region"
            if c.feature == "city" and bares[m.i - 1] not in ("محافظه", "محافظتي") \
                    and gaz.largest_town(c.country, c.admin1) == c.row:
                # منطقة تبوك، منطقة المدينة: the region of its capital; but محافظة جدة، محافظة القطيف
                # (a governorate named after its town) and منطقة كريتر (a district of Aden) stay the town,
                # with region precision
                a = gaz.admin1(c.country, c.admin1)
                if a is not None:
                    c = a
            elif c.feature == "admin1" and bares[m.i - 1] in ("محافظه", "محافظتي", "ولايه"):
                # "في محافظة السويس"، "على محافظة إدلب": a governorate named after its capital is placed in that
                # town, with region precision, as محافظة جدة is (the capital's own name, not another town's)
                town = gaz.largest_town(c.country, c.admin1)
                namesake = next((o for o in m.cands if o.feature == "city" and o.row == town), None)
                if namesake is not None:
                    c, note = namesake, "governorate"
        elif m.cue == "dir":
            start, note = m.cue_start, m.cue_note
            precision = "part" if c.feature == "city" else "region"
        elif m.cue == "near":
            note = "near"
        if m.cue in ("rural", "dir") and m.j < len(toks):
            nxt = toks[m.j]
            two = nxt.norm + (" " + toks[m.j + 1].norm if m.j + 1 < len(toks) else "")
            for form in (two, nxt.norm):
                if form in cues.get("diradj", {}):
                    last = toks[m.j + form.count(" ")]
                    end = last.end
                    note = (note + ", " if note else "") + cues["diradj"][form]
                    break
        if id(m) in unresolved:
            two = _two_word_town(doc, m, unresolved[id(m)], bares, [x.best for x in live if x.best.feature == "city"])
            if two is not None:
                places.append(two)
                continue
            places.append(_place(doc, m.start, m.end, None, 0.3, country=unresolved[id(m)], note="not in gazetteer"))
            continue
        places.append(_place(doc, start, end, c, m.confidence, precision=precision, note=note))
    taken = set(hood_tokens)
    for m in live:
        taken.update(range(m.i, m.j))
    resolved = [(p.start, p.country) for p in places if p.country and p.note != "not in gazetteer"]
    places.extend(_unknown_names(doc, taken, dominant, resolved, bares,
                                 [m.best for m in live if m.best.feature == "city"]))

    places.extend(_placed_by_direction(doc, taken, places))
    _hosts(doc, places)
    _divisions(doc, places)
    _spelled_elsewhere(doc, places, dominant)
    places.extend(_spelled_recurrences(doc, places))
    _unknown_alike(places, dominant)
    _unplaced(doc, places)
    _localities(doc, places)
    capital_places = _capitals_by_adjective(doc, taken)
    places.extend(capital_places)
    places.extend(base_places)
    places.extend(_country_sides(doc, bares, dominant))
    places.extend(_territories(doc))
    places.sort(key=lambda p: (p.start, p.end))
    places.extend(_governorate_anaphors(doc, bares, places))
    places.extend(_capital_anaphors(doc, places, dominant))
    capital = [p for p in places if p.note == "capital"]
    if capital:
        # "بالكويت العاصمة": the country's name is part of the capital's
        places = [p for p in places if not (p.feature == "country" and any(c.start == p.start for c in capital))]
    _districts_of_towns(doc, places)
    tables = _locality_places(doc, places) if hood_spans else []
    for k, e in hood_spans:
        place = _hood_place(doc, k, e, live, by_token, capital_places, tables)
        if place is not None:
            places.append(place)
    places.sort(key=lambda p: (p.start, p.end))
    doc.places = places
    return doc


def _country_sides(doc: Document, bares: list[str], dominant: str | None) -> list[Place]:
    """``شمال البلاد``, ``جنوب شرقي البلاد``: a side of the country the article is about (region
    precision, the direction as a note)."""
    if dominant is None or not _may_hold(doc, "البلاد"):
        return []
    toks = doc.tokens
    dirs = cue_words().get("dir", {})
    country = default_gazetteer().country(dominant)
    if country is None:
        return []
    out = []
    for k in range(len(toks) - 1):
        if toks[k + 1].norm != "البلاد" or not _adjacent(doc, toks[k], toks[k + 1]):
            continue
        note = dirs.get(bares[k])
        start = k
        if k and bares[k - 1] and _adjacent(doc, toks[k - 1], toks[k]) and (bares[k - 1] + " " + toks[k].norm) in dirs:
            note, start = dirs[bares[k - 1] + " " + toks[k].norm], k - 1
        if note and note != "neighbourhoods" and _governs(toks[start], bares[start]):
            out.append(_place(doc, _stem_start(toks[start]), toks[k + 1].end, country, 0.5, precision="region",
                              note=note))
    return out


# a country's territory named by a noun and its nationality adjective: الأراضي السورية، الداخل التركي
_TERRITORY = {"اراضي": "يه", "اجواء": "يه", "داخل": "ي", "عمق": "ي", "تراب": "ي"}
# plural place nouns with the adjective, definite or not: في مناطق بحرينية، في المدن السورية، قرى لبنانية
_TERRITORY_PLURALS = {"مناطق": "يه", "مدن": "يه", "قري": "يه", "بلدات": "يه", "محافظات": "يه", "ولايات": "يه"}
_TERRITORY_STEMS = frozenset(_TERRITORY) | frozenset(_TERRITORY_PLURALS)


def _territories(doc: Document) -> list[Place]:
    """``(في) الأراضي السورية``، ``الأجواء اللبنانية``، ``الداخل التركي``، ``العمق السعودي``: the country
    (country precision, note "territory"); the adjective must agree with the noun (الأراضي + ـية, الداخل + ـي).
    Borders (الحدود السورية) are not taken: they do not say which side."""
    if not any(_may_hold(doc, n) for n in _TERRITORY) and not any(_may_hold(doc, n) for n in _TERRITORY_PLURALS):
        return []
    toks = doc.tokens
    gaz = default_gazetteer()
    out = []
    # (the nouns picked out in C; a word's stem only is checked against the list)
    for k in list(compress(range(len(toks) - 1), map(_TERRITORY_STEMS.__contains__, map(_STEM, toks)))):
        t = toks[k]
        if t.kind != "word":
            continue
        definite = t.proclitics[-1:] == ("ال",)
        ending = _TERRITORY.get(t.stem) if definite else None
        if ending is None:
            ending = _TERRITORY_PLURALS.get(t.stem)
        nxt = toks[k + 1]
        if ending is None or t.enclitics or nxt.kind != "word" \
                or nxt.norm.startswith("ال") != definite or not nxt.norm.endswith(ending) \
                or (ending == "ي" and nxt.norm.endswith("يي")) or not _adjacent(doc, t, nxt):
            continue
        if not definite and not ("ب" in t.proclitics or (k and toks[k - 1].norm in ("في", "فى", "داخل"))):
            continue  # "في مناطق بحرينية": an indefinite one only after في (or ب) says where
        cc = _nisba_country_any(nxt.norm)
        country = gaz.country(cc) if cc else None
        if country is None:
            continue
        start = next((s.start for s in t.segments if s.kind == "proclitic" and s.form == "ال"
                      and doc.raw.startswith("ال", s.start)), None) if definite else None
        if start is None:
            start = _stem_start(t)  # للأراضي: the article written as ل is not the place's
        out.append(_place(doc, start, nxt.end, country, 0.6, precision="country", note="territory"))
    return out


# words before "المحافظة" that make it a place (في المحافظة، داخل المحافظة، شوارع المحافظة)
_IN_GOVERNORATE = frozenset({"في", "فى", "داخل", "خارج", "انحاء", "شوارع", "مدن", "قري", "احياء", "مناطق", "سكان",
                             "اهالي", "محافظ", "مستشفيات", "مدارس", "طرق", "شرطه"})


def _referring(doc: Document, start: int, end: int, ref: Place, note: str) -> Place:
    """A word at raw [start, end) that refers back to place ``ref``: ref's resolution, the word's span."""
    return Place(start, end, doc.raw[start:end], 0.5, PRODUCER, geonameid=ref.geonameid, name=ref.name,
                 country=ref.country, admin1=ref.admin1, lat=ref.lat, lon=ref.lon, precision=ref.precision,
                 feature=ref.feature, note=note)


def _governorate_anaphors(doc: Document, bares: list[str], places: list[Place]) -> list[Place]:
    """``في المحافظة``، ``بالمحافظة``، ``شوارع المحافظة``: the governorate the article has just named
    (محافظة X) or the town it has just named, whose governorate it is (مدينة جدة ... في المحافظة ->
    Jeddah), with the precision of that place. ``المحافظة على`` (keeping, preserving) and a bare المحافظة with no
    place before it are no place."""
    toks = doc.tokens
    out = []
    if not _may_hold(doc, "المحافظه"):
        return out
    for k in [k for k, b in enumerate(bares) if b == "" and toks[k].norm.endswith("المحافظه")]:
        t = toks[k]
        procl = t.proclitics
        if t.stem != "محافظه" or t.enclitics or procl[-1:] != ("ال",):
            continue
        prev = toks[k - 1] if k else None
        cued = "ب" in procl or (prev is not None and prev.kind == "word" and not prev.proclitics
                                and prev.norm in _IN_GOVERNORATE and _adjacent(doc, prev, t))
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if not cued or (nxt is not None and nxt.kind == "word" and nxt.stem in ("علي", "عل")):
            continue
        start = next(s.start for s in t.segments if s.kind == "proclitic" and s.form == "ال")  # with the article
        ref = None
        for p in places:
            if p.start >= start:
                break
            if p.lat is not None and p.feature in ("city", "admin1") and p.note != "not in gazetteer":
                ref = p
        if ref is None:
            continue
        out.append(_referring(doc, start, t.end, ref, "the governorate named before"))
    return out


def _capital_anaphors(doc: Document, places: list[Place], dominant: str | None) -> list[Place]:
    """``في العاصمة``، ``ضواحي العاصمة`` with no adjective or name after it: the capital of the country the
    article is about (named before or not: "العاصمة" in a report on Yemen is Sanaa, though the paper writes
    from Riyadh), else the national capital the article named last before it. Otherwise no place."""
    if not _may_hold(doc, "العاصمه"):
        return []
    toks = doc.tokens
    caps = capitals()
    home = capital_towns().get(dominant) if dominant else None
    dirs = cue_words().get("dir", {})
    out = []
    for k, t in enumerate(toks):
        if t.kind != "word" or t.stem != "عاصمه" or t.enclitics or "ال" not in t.proclitics:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.kind == "word" and _adjacent(doc, t, nxt) and (
                "ال" in nxt.proclitics or any(p.start == nxt.start for p in places)):
            continue  # العاصمة الأفغانية، العاصمة صنعاء: told by the adjective or the name (not إلى، التي)
        if k and toks[k - 1].kind == "word" and (toks[k - 1].stem in dirs or toks[k - 1].norm in dirs):
            continue  # "في جنوب العاصمة"، "غرب العاصمة": somewhere around it, a reference point
        start = next((sg.start for sg in t.segments if sg.kind == "proclitic" and sg.form == "ال"
                      and doc.raw.startswith("ال", sg.start)), None)
        if start is None or any(p.start <= start < p.end for p in places):
            continue
        named = next((p for p in places if p.feature == "country" and p.end <= t.start
                      and k and toks[k - 1].start < p.end and _adjacent(doc, toks[k - 1], t)), None)
        if named is not None and named.country in capital_towns():
            # "بالكويت العاصمة"، "تونس العاصمة"، "الجزائر العاصمة": the country's capital city, named so
            out.append(_place(doc, named.start, t.end, capital_towns()[named.country], 0.6, note="capital"))
            continue
        if home is not None:
            out.append(_place(doc, start, t.end, home, 0.5, note="the story's capital"))
            continue
        ref = None
        for p in places:
            if p.start >= start:
                break
            if p.geonameid in caps or p.note == "capital":
                ref = p
        if ref is not None:
            out.append(_referring(doc, start, t.end, ref, "the capital named before"))
    return out


# "the city": a town the article has just named (غرب المدينة، أحياء المدينة in a report on Aden)
ANAPHORS = frozenset({"المدينه"})


def _anaphors(live: list[_Match], dominant: str | None) -> list[_Match]:
    """``المدينة`` alone refers back to the last town named before it; with no such town it is
    Medina only in an article about Saudi Arabia (منطقة المدينة stays the region)."""
    out, last = [], None
    for m in live:
        if m.key in ANAPHORS and m.cue != "admin":
            if last is not None:
                m.best = last
            elif dominant != m.best.country:
                continue
        elif m.best.feature == "city":
            last = m.best
        elif m.best.feature == "admin1" and m.cue == "admin":
            # "وفي محافظة مأرب، شنت الطائرات ... غرب المدينة": a governorate named after its town points "the
            # city" to that town
            town = [c for c in m.cands if c.feature == "city" and c.country == m.best.country
                    and c.admin1 == m.best.admin1]
            if len(town) == 1:
                last = town[0]
        out.append(m)
    return out


NEAR_COUNTRY_KM = 400
NEIGHBOUR_TOWN = 200_000


def _near_country(c: Candidate, cc: str) -> bool:
    """Does town ``c`` lie within NEAR_COUNTRY_KM of the centre of country ``cc`` (مدينة القدس in an
    article about Palestinians is Jerusalem, not a namesake far away)?"""
    country = default_gazetteer().country(cc)
    return country is not None and _dist(c, country) <= NEAR_COUNTRY_KM


# administrative nouns that never govern a country's name (ولاية جورجيا is the US state)
_PROVINCE_NOUNS = frozenset({"ولايه", "اقليم", "محافظه"})


CONTAINED_KM = 150        # a place said to lie in a town or its countryside (X بريف Y) lies this close to it
CONTAINED_ADMIN_KM = 250  # ... or in a division (X بمحافظة Y)


def _contained(doc: Document, live: list[_Match], bares: list[str]) -> dict[int, str]:
    """``بلدة حضر بريف القنيطرة``، ``قرية X في محافظة Y``: a place said to lie in a resolved town or division Y
    takes its namesake near Y and in Y's country; with none (حضر was Al Ḩaḑar, Iraq), a small town becomes a place of Y's country
    the gazetteer lacks. Returns {id(match): country} for those."""
    toks = doc.tokens
    cues = cue_words()
    inside = set(cues.get("rural", {})) | set(cues.get("admin", {})) | set(cues.get("settlement", {}))
    by_start = {m.i: m for m in live}
    out: dict[int, str] = {}
    for m in live:
        c = m.best
        if c.feature != "city" or m.j >= len(toks):
            continue
        k, said = m.j, False
        while k < len(toks) and k - m.j < 2 and toks[k].kind == "word" and k not in by_start and (
                toks[k].norm in ("في", "فى") or bares[k] in inside or toks[k].stem in inside):
            said = said or toks[k].norm in ("في", "فى") or "ب" in toks[k].proclitics or "في" in toks[k].proclitics
            k += 1
        m2 = by_start.get(k)
        if m2 is None and said and k < len(toks):
            # "منطقة الشعب في شمال شرقي بغداد": the town after a direction (its match starts at the town)
            m2 = next((x for x in live if x.cue == "dir" and x.cue_start == toks[k].start and x.i <= k + 2), None)
            if m2 is not None:
                k = m2.i
        if m2 is None or m2 is m or not _adjacent(doc, toks[k - 1], toks[k]):
            continue
        said = said or "ب" in m2.prefix
        y = m2.best
        if not said or y.feature == "country":
            continue
        limit = CONTAINED_KM if y.feature == "city" else CONTAINED_ADMIN_KM
        if c.country == y.country and _dist(c, y) <= limit:
            continue
        near = [o for o in m.cands if o.feature == "city" and o.country == y.country and _dist(o, y) <= limit]
        if near:
            m.best = min(near, key=lambda o: _dist(o, y))
        elif c.population < BIG_TOWN:
            out[id(m)] = y.country
    return out


def _town_of_nisba(tok: Token) -> Candidate | None:
    """The town of a definite adjective derived from its name (الدمشقي، الحلبية -> Damascus, Aleppo)."""
    norm = tok.norm
    if tok.kind != "word" or not norm.startswith("ال") or is_nisba(norm):
        return None
    stem = norm[2:-2] if norm.endswith("يه") else norm[2:-1] if norm.endswith("ي") else None
    if not stem or len(stem) < 3:
        return None
    cands = [c for c in default_gazetteer().lookup(stem) if c.feature == "city" and c.population >= BIG_TOWN]
    return max(cands, key=lambda c: c.population) if cands else None


HOOD_TOWN_WORDS = 8  # how far after a neighbourhood's name the town it lies in may be named


def _hood_place(doc: Document, k: int, e: int, live: list[_Match], by_token: dict[int, _Match],
                capital_places: list[Place] = (), tables: list[Place] = ()) -> Place | None:
    """A neighbourhood ``tokens[k:e]`` (cue word + name) as part of its town."""
    toks = doc.tokens
    town = _town_of_nisba(toks[e]) if e < len(toks) and _adjacent(doc, toks[e - 1], toks[e]) else None
    # "حي X في/بـ Y", "حي X في مدينة Y"
    for m in live if town is None else ():
        if m.best.feature != "city":
            continue
        if e <= m.i <= e + 2:
            town = m.best
            break
    if town is None and e < len(toks):
        # a locality of the table right after it ("من حي عين اللوزة في بلدة \u200fسلوان": Jerusalem's, not the town
        # named before)
        for start, c in tables:
            gap = _FORMAT_MARKS.sub("", doc.raw[toks[e - 1].end:start])
            if start >= toks[e - 1].end and len(gap.split()) <= 2 and not re.search(r"[.،,؛:!?؟()\n]", gap):
                town = c
                break
    if town is None:
        # the town further on in the same phrase: "حي أبودشير التابع لمنطقة الدورة جنوبي بغداد"، "حي كرم الطراب
        # قرب مطار النيرب العسكري شرق حلب" (no punctuation or conjunction between)
        for m in live:
            if m.best.feature != "city" or not e < m.i <= e + HOOD_TOWN_WORDS:
                continue
            if not any(t.kind != "word" or t.norm == "و" or "و" in t.proclitics for t in toks[e:m.i]) \
                    and "و" not in toks[m.i].proclitics:
                town = m.best
            break
    if town is None:
        before = [m for m in live if m.best.feature == "city" and m.j <= k]
        sent = doc.sentence_of(toks[k].start)
        same = [(m.start, m.best) for m in before if sent is not None and m.start >= sent.start]
        # a capital named by its adjective earlier in the sentence (ضواحي العاصمة التونسية مثل حي التضامن)
        same += [(p.start, capital_towns()[p.country]) for p in capital_places
                 if sent is not None and sent.start <= p.start < toks[k].start and p.country in capital_towns()]
        # the town named further on in the sentence past a comma, in an apposition no conjunction opens: "في شارع
        # استقلال، أهم شارع في مدينة إسطنبول التركية" (not the town the article names most, Suruç)
        later = next((m for m in live if m.best.feature == "city" and e < m.i <= e + HOOD_TOWN_WORDS + 4
                      and sent is not None and toks[m.i].start < sent.end
                      and not any(t.kind == "word" and (t.norm == "و" or "و" in t.proclitics) for t in toks[e:m.i + 1])
                      and not any(t.kind != "word" and t.text not in ("،", ",") for t in toks[e:m.i])), None)
        if same:
            town = max(same, key=lambda x: x[0])[1]
        elif later is not None:
            town = later.best
        else:
            cities = Counter(m.best.row for m in live if m.best.feature == "city")
            if cities:
                row, _ = cities.most_common(1)[0]
                town = default_gazetteer().candidate(row)
    if town is None:
        return None
    start = _stem_start(toks[k])
    return _place(doc, start, toks[e - 1].end, town, 0.6, precision="part", note="neighbourhood")


# a list of places announced by a plural place word earlier in the sentence starts after these
_LIST_STARTS = frozenset({"منها", "ومنها", "بينها", "ابرزها", "اهمها"})
_LIST_START_CORES = ("منها", "بينها", "ابرزها", "اهمها")  # every list start contains one
_PLURAL_PLACES = frozenset({"مناطق", "قري", "قرى", "بلدات", "مدن", "احياء", "مواقع", "نواحي"})
# words that begin two-word toponyms (وادي المعسل، جبل صبر، عين الكروم): alone they are common nouns
_PLURAL_CUES = frozenset({"مناطق", "قري", "بلدات", "مدن", "احياء", "قريتي", "بلدتي", "مدينتي", "محافظتي", "مديريات",
                          "مديريتي", "منطقتي", "نواحي"})
_TWO_WORD_HEADS = frozenset({"البو", "وادي", "جبل", "عين", "بير", "تل", "كفر", "دير", "ام", "ابو", "بيت", "راس",
                             "خربه", "سهل", "جسر", "معسكر", "بني", "قصر", "حصن", "مفرق", "سوق", "باب", "بن",
                             "ميدان"})


def _plural_place_before(toks: list[Token], bares: list[str], k: int, window: int = 12) -> bool:
    for j in range(k - 1, max(-1, k - 1 - window), -1):
        if toks[j].kind == "punct" and toks[j].text in (".", "؟", "!"):
            return False
        form = bares[j] or toks[j].norm
        if form in _PLURAL_PLACES or (form.startswith("ال") and form[2:] in _PLURAL_PLACES):
            return True
    return False


_INSIDE = frozenset({"في", "فى", "ب", "التابعه", "التابع", "ل"})


def _country_near(doc: Document, end: int, toks_after: Token | None, dominant: str | None,
                  resolved: list[tuple[int, str]]) -> str | None:
    """The country of a place the gazetteer lacks: a nationality adjective right after it (سوروتش
    التركية), else a resolved place that contains it, right after it (منطقة الجفينة بمحافظة مأرب),
    else the country the article is about. (The last place named before it was tried and was wrong
    more often than the article's country.)"""
    if toks_after is not None and toks_after.kind == "word":
        cc = _feminine_nisba_country(toks_after.norm)
        if cc:
            return cc
    raw = doc.raw
    after = [(p, cc) for p, cc in resolved if end <= p <= end + 25]
    inside = _with_place_nouns(cue_words(), _INSIDE)
    dirs = cue_words().get("dir", {})
    for p, cc in sorted(after):
        words = [fold_key(w) for w in raw[end:p].split()]
        words = [w[1:] if w[:1] == "ب" and len(w) > 1 else w for w in words]
        if all(w in inside for w in words if w):
            return cc  # منطقة الجفينة بمحافظة مأرب، قرية كمونة في الكاميرون
        first_raw = raw[end:p].split()[:1]
        if (3 <= len(words) <= 5 and first_raw and len(first_raw[0]) > 2 and fold_key(first_raw[0])[:1] == "ب"
                and words[-1] in _INSIDE and "،" not in raw[end:p] and "\n" not in raw[end:p]):
            # "مركز المسيال بقطاع ظهران الجنوب بمنطقة عسير": a chain of divisions, one of them a name the
            # gazetteer lacks too, up to one that it knows
            return cc
        first = fold_key(raw[p:p + 12].split()[0]) if raw[p:p + 12].split() else ""
        if words and all(w in _FAR for w in words) and (first in dirs or first[1:] in dirs):
            return cc  # مدينة مروة أقصى شمال الكاميرون: the side of the country it lies in
    return dominant


_FAR = frozenset({"اقصي"})  # "X أقصى شمال Y": in the far north of Y


# transliterations of these countries' names (pinyin, Hepburn...) do not keep Arabic consonants apart
_NO_LATIN_MATCH = frozenset({"CN", "TW", "HK", "MO", "JP", "KR", "KP", "VN"})
LATIN_MIN = 4     # consonants a romanised name must share with the Arabic one, unless near the article's towns
SPELLING_FAR_POP = 100_000
LATIN_SMALL_MIN = 4       # consonants for a town under 50,000 known by its romanised name only (gaz_small.pkl.gz)
LATIN_SMALL_NEAR_KM = 50  # ... unless it is the only one this close to the article's towns
# the cues after which a name may be such a small town (not مطار، مركز، منطقة، مقاطعة: an airport, a division)
_TOWN_NOUNS = frozenset({"مدينه", "مدينتي", "مدن", "بلده", "بلدتي", "بلدات", "قريه", "قريتي", "قري", "مخيم", "ناحيه"})
VERB_PLURAL_MIN = 5  # corpus uses of a word + ون that make it an imperfect verb after حي


def _other_spelling(key: str, cc: str, towns: list[Candidate], stated: bool = False,
                    same: bool = True, small: bool = False) -> Candidate | None:
    """A town of country ``cc`` for a cued name the matcher did not resolve: the same folded name
    (the article's country decides: مدينة زنجبار in a Yemeni report is Zinjibar, not the key
    "مدينة زنجبار" of Zanzibar), another spelling of its vowels (مروة for GeoNames ماروا, Maroua), or
    a town of 50,000 or more known by its romanised name only (مركز سنورس -> Sinnūris). Several
    namesakes in the country: the one near the article's towns. A spelling or romanisation match
    needs a large town or one near the article's towns. ``stated``: the text itself puts the name in ``cc``
    (كويتا جنوب غربي باكستان), so a namesake elsewhere (Coweta, US) does not rule out another spelling;
    ``same``: look for the same name (with or without the article) in ``cc`` first. ``small``: also the towns
    under 50,000 known by their romanised name only, for a name after a town word (مدينة، بلدة، قرية) rather
    than a division's (مقاطعة بروتاني, Brittany, is no Parthenay)."""
    gaz = default_gazetteer()

    def near(c: Candidate, km: float) -> bool:
        return any(_dist(c, t) <= km for t in towns if t is not c)

    forms = (key, key[2:]) if key.startswith("ال") and len(key) > 4 else (key, "ال" + key)
    namesakes = [c for f in forms for c in gaz.lookup(f) if c.country == cc and c.feature == "city"] if same else []
    if len(namesakes) == 1:
        return namesakes[0]
    if namesakes:
        close = [c for c in namesakes if near(c, 150)]
        return min(close, key=lambda c: min(_dist(c, t) for t in towns)) if close else None
    if not stated and any(gaz.lookup(f) for f in forms):
        return None  # a known name of places elsewhere (بريدة, Buraydah) is no other spelling of a namesake
    sk = len(vowel_skeleton(key))
    found = [c for c in gaz.spelling_variants(key, cc) if sk >= 3 and (c.population >= SPELLING_FAR_POP or near(c, 300))]
    n = len(arabic_consonants(key))
    if not found and n >= 3 and (stated or small) and key.split()[0] not in _TWO_WORD_HEADS:
        # the index's Arabic name with the same consonants, g written غ for ج (مدينة غومبي جنوب داماتورو: جومبي, Gombe),
        # for a town of 50,000 people or more (a village's name shares consonants too easily); not for an Arabic
        # compound name (قرية أبو العراج: its consonants without و، ع and the article are those of Al Burj)
        found = [c for c in gaz.consonant_matches(key, cc) if c.population >= DIRECTION_TOWN_POP]
    if not found and cc not in _NO_LATIN_MATCH and n >= 3:
        found = [c for c in gaz.latin_matches(key, cc) if n >= LATIN_MIN or near(c, 150)]
        if not found and small and not gaz.known_consonants(key, cc):
            # a smaller town known by its romanised name only (باردير -> Baardheere): the only one of the
            # country with these consonants, and enough of them, or the only one near the article's towns;
            # not a misspelling of a place the index knows (سالزبورج for سالزبورغ is no Sulzberg)
            small = gaz.latin_matches(key, cc, small=True)
            found = small if n >= LATIN_SMALL_MIN and len(small) == 1 else \
                [c for c in small if near(c, LATIN_SMALL_NEAR_KM)]
    return max(found, key=lambda c: c.population) if len(found) == 1 else None


# between a place the gazetteer lacks and the town that holds it (قرية X بمركز Y، X في مدينة Y، X قرب Y)
_HOST_WORDS = frozenset({"في", "فى", "ب", "التابعه", "التابع", "ل", "قرب", "بالقرب", "من", "ضواحي", "اطراف",
                         "مشارف"})
_EDGES = frozenset({"اطراف", "ضواحي", "مشارف"})  # على أطراف Y: a place on the edge of town Y
# the words between start with a preposition or التابع/قرب (هددت مدينة درعا: a verb and its object)
_HOST_FIRST = frozenset({"في", "فى", "التابعه", "التابع", "قرب", "بالقرب", "اطراف", "ضواحي", "مشارف"})


def _host_first(word: str) -> bool:
    # a bare ب/ل is the proclitic of the town itself (منطقة اللقطة بالدوحة)
    return word in _HOST_FIRST or word in ("ب", "ل") or (word[:1] in ("ب", "ل") and len(word) > 2)


def _named_after(p: Place, ordered: list[Place], gap: int = 25):
    """The places of ``ordered`` (sorted by start) that begin after ``p`` and at most ``gap`` characters past it,
    in order: where a place the gazetteer lacks may be said to lie (قرية X قرب مدينة Y، مقاطعة X في ولاية Y)."""
    for q in ordered:
        if q.start < p.end:
            continue
        if q.start > p.end + gap:
            return
        yield q


def _hosts(doc: Document, places: list[Place]) -> None:
    """A village the gazetteer lacks followed by the town that holds it or lies next to it (منطقة ميمنة
    بمركز سنورس، قرية X قرب مدينة Y) takes that town, precision ``part``: the closest populated place
    GeoNames has, as the annotation guidelines ask. A governorate after it gives its country only."""
    cues = cue_words()
    host_words = _with_place_nouns(cues, _HOST_WORDS)
    resolved = sorted((p for p in places if p.geonameid is not None and p.feature == "city"
                       and p.precision == "exact"), key=lambda p: p.start)
    if not resolved:
        return
    for k, p in enumerate(places):
        if p.note != "not in gazetteer":
            continue
        for q in _named_after(p, resolved):
            words = [fold_key(w) for w in doc.raw[p.end:q.start].replace("،", " ").split()]
            words = [w[1:] if w[:1] == "ب" and len(w) > 1 and w not in host_words else w for w in words]
            if len(words) >= 2 and words[0] == "علي" and words[1] in _EDGES:
                words = words[1:]  # مدينة نصر على أطراف عدن: on the outskirts of Aden
            if "\n" not in doc.raw[p.end:q.start] and words and all(w in host_words for w in words) \
                    and _host_first(words[0] if words[0] in _EDGES else
                                    fold_key(doc.raw[p.end:q.start].replace("،", " ").split()[0])):
                own = _named_town_of_host(doc, p, q)
                if own is not None:
                    # "في إقليم بيت شباب في شيرناك": a district named as such is a town of the host's division
                    places[k] = _place(doc, p.start, p.end, own, 0.5, note="in the division of " + q.name)
                    break
                places[k] = Place(p.start, p.end, p.text, 0.4, PRODUCER, geonameid=q.geonameid, name=q.name,
                                  country=q.country, admin1=q.admin1, lat=q.lat, lon=q.lon, precision="part",
                                  feature="city", note="not in gazetteer, by " + q.name)
            break


def _named_town_of_host(doc: Document, p: Place, q: Place) -> Candidate | None:
    """For a name the gazetteer lacks right after a word for a district or a settlement (``district`` in
    ``data/gaz_cues.tsv``: إقليم، قضاء، ناحية، بلدة ...) and before the town ``q`` that holds it: the town of
    q's first-level division with that name (:func:`_town_in_division`, three consonants or more), else None."""
    if not q.admin1 or not q.country:
        return None
    words = doc.raw[max(0, p.start - 20):p.start].split()
    district = cue_words().get("district", {})
    if not words or not any(w in district for w in _bare_forms(fold_key(words[-1]))):
        return None
    key = " ".join(fold_key(p.text).split())
    if len(arabic_consonants(key)) < 3:
        return None
    division = default_gazetteer().admin1_named(q.country, q.admin1)
    town = _town_in_division(key, division) if division else None
    return town if town is not None and town.geonameid != q.geonameid else None


def _bare_forms(word: str) -> list[str]:
    """A folded word and its forms without leading و/ب/ف/ل proclitics (وبإقليم -> اقليم; بلدة stays too)."""
    out = [word]
    while len(word) > 3 and word[0] in "وبفل":
        word = word[1:]
        out.append(word)
    return out


# between a place the gazetteer lacks and the division that holds it (مقاطعة شينكاي في ولاية زابل، منطقة برمال
# بإقليم بكتيكا، قرية X التابعة لمحافظة Y)
_DIVISION_WORDS = frozenset({"في", "فى", "ب", "التابعه", "التابع", "ل"})


def _town_in_division(key: str, division: Candidate) -> Candidate | None:
    """The town of ``division`` (a first-level division) that a name the matcher did not resolve refers to:
    the only town of the division with that Arabic name, another spelling of its vowels (شينكاي / GeoNames
    شينكي, Shīnkay in Zabul) or, failing those, the consonants of its romanised name (small towns too).
    The division narrows the search so much that two consonants are enough."""
    gaz = default_gazetteer()
    towns = gaz.towns_in(division.country, division.admin1, small=True)
    if not towns:
        return None
    rows = {c.row for c in towns}
    forms = (key, key[2:]) if key.startswith("ال") and len(key) > 4 else (key, "ال" + key)
    for found in ([c for f in forms for c in gaz.lookup(f)],
                  list(gaz.spelling_variants(key, division.country)) if len(vowel_skeleton(key)) >= 3 else [],
                  list(gaz.latin_matches(key, division.country, small=True))
                  if division.country not in _NO_LATIN_MATCH and len(arabic_consonants(key)) >= 2 else []):
        found = list({c.row: c for c in found if c.row in rows}.values())
        if len(found) == 1:
            return found[0]
        if found:
            return None
    # a word of one of its Arabic names (كويرس: كويرس شرقي; الشدادي: جسر الشدادي), else, with three consonants or
    # more, the first word of a romanised name of two or more words that is no head noun (صرين: Şirrīn ash
    # Shamālīyah; not كفريا for Kafr Takhārīm), when it is the only such town of the division: GeoNames names
    # villages of the Middle East with their side or quarter (the "home" countries of gaz_cues.tsv; not
    # كولومبس for Columbus Grove, Ohio)
    sk = arabic_consonants(key)
    if len(sk) < 2:
        return None
    bare = key[2:] if key.startswith("ال") and len(key) > 4 else key
    named = [(c, gaz.arabic_keys(c.row)) for c in towns]
    for found in ([c for c, keys in named if any(bare in [w[2:] if w.startswith("ال") and len(w) > 4 else w
                                                         for w in k.split()] for k in keys)],
                  [c for c in towns if _first_word_skeleton(c.name, c.country) == sk]
                  if division.country in cue_words().get("home", {}) and len(sk) >= 3 else []):
        if len(found) == 1:
            return found[0]
    return None


def _plain(word: str) -> str:
    """A romanised word in lower case without its diacritics and ayn/hamza marks (Aş -> as, ‘Ayn -> ayn)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower())
                   if not unicodedata.combining(ch) and ch not in "‘’'`ʿʾ")


@lru_cache(maxsize=20_000)
def _first_word_skeleton(name: str, cc: str) -> str | None:
    """The consonant skeleton of the first word of a romanised name of two or more words, the article left out
    (Kuwayris Sharqī -> krs; Ash Shaddādah -> None: one word after its article)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    while words and _plain(words[0]) in _LATIN_ARTICLES:
        words = words[1:]
    if len(words) < 2 or _plain(words[0]) in cue_words().get("latin_head", {}):
        return None
    # (GeoNames writes ص as Ş in the Arab states: Şirrīn; latin_skeleton reads ş as the Turkish sh)
    return latin_skeleton(words[0] if cc in _TURKIC else words[0].replace("ş", "s").replace("Ş", "S"), cc)


@dataclass(frozen=True)
class _Division:
    """A first-level division the admin1 table lacks, known by its capital's codes."""
    country: str
    admin1: str
    name: str | None


def _division_of(gaz: Gazetteer, q: Place):
    """The first-level division place ``q`` names: the admin1 table's, else one known by its capital's codes."""
    division = gaz.admin1_named(q.country, q.admin1)
    if division is None and q.feature == "city" and q.geonameid is not None:
        capital = next((c for c in gaz.lookup_name(q.name or "") if c.geonameid == q.geonameid), None)
        division = _Division(capital.country, capital.admin1, q.name) if capital and capital.admin1 else None
    return division


def _divisions(doc: Document, places: list[Place]) -> None:
    """A place the gazetteer lacks followed by the first-level division that holds it (مقاطعة شينكاي في ولاية
    زابل) becomes the town of that division that has its name, if there is exactly one (see
    :func:`_town_in_division`): precision exact, note "in <division>". With none it is left as it is, in the
    division's country and without coordinates: the division's centre may lie far from the village."""
    gaz = default_gazetteer()
    words_ok = _with_place_nouns(cue_words(), _DIVISION_WORDS)
    # (also a province the gazetteer knows only by its capital: "بمنطقة بولانيك بإقليم موش", the town Muş read
    # as its province, region precision)
    # (and the countryside of a province's capital, on any side: "منطقة صرين بريف حلب الشمالي الشرقي")
    divisions = sorted((p for p in places if p.admin1 and (p.feature == "admin1" or (
        p.feature == "city" and p.precision == "region" and (p.note in (None, "governorate") or p.note.startswith("countryside"))))),
        key=lambda p: p.start)
    if not divisions:
        return
    found: dict[str, tuple[Candidate, Candidate]] = {}

    def settle(k: int, p: Place, division) -> None:
        """Place ``p`` (``places[k]``) at the town of ``division`` that has its name, if there is one."""
        town = _town_in_division(" ".join(fold_key(p.text).split()), division) if division else None
        if town is not None:
            places[k] = _place(doc, p.start, p.end, town, 0.5, note="in " + division.name)
            found[fold_key(p.text)] = (town, division)

    for k, p in enumerate(places):
        if p.note != "not in gazetteer":
            continue
        for q in _named_after(p, divisions):
            between = doc.raw[p.end:q.start]
            words = [fold_key(w) for w in between.split()]
            words = [w[1:] if w[:1] == "ب" and len(w) > 1 and w not in words_ok else w for w in words]
            if "\n" in between or "،" in between or not all(w in words_ok for w in words):
                break
            settle(k, p, _division_of(gaz, q))
            break
        if places[k] is p:
            # a division named further on in the sentence ("مطار كويرس العسكري، الذي يحاصره تنظيم «داعش» بريف حلب
            # الشرقي"): the town of that division with the name, when the division has exactly one
            q = next((q for q in _named_after(p, divisions, DIVISION_SAME_SENTENCE)
                      if not re.search(r"[.!?؟\n]", doc.raw[p.end:q.start])), None)
            settle(k, p, _division_of(gaz, q) if q is not None and q.country == p.country else None)
    # the same name elsewhere in the article is the same place (حاكم مقاطعة شينكاي)
    for k, p in enumerate(places):
        if p.note == "not in gazetteer" and fold_key(p.text) in found and p.country == found[fold_key(p.text)][0].country:
            town, division = found[fold_key(p.text)]
            places[k] = _place(doc, p.start, p.end, town, 0.5, note="in " + division.name)


DIRECTION_TOWN_POP = 50_000
DIVISION_SAME_SENTENCE = 120  # characters from a place the gazetteer lacks to a division named later in its sentence


def _placed_by_direction(doc: Document, taken: set[int], places: list[Place]) -> list[Place]:
    """A rare word the matcher did not read, after في/بـ and right before a side of a country (في غومبيه شمال
    شرق نيجيريا), or a name kept without coordinates there (مدينة قصور شرقي باكستان): the town of that country
    whose Arabic name in the index has the same consonants (جومبي, Gombe), else the town of 50,000 or more known
    by its romanised name only with them (Kasur), if there is exactly one with three or more. Otherwise nothing
    (a name so replaced is replaced in ``places``)."""
    toks = doc.tokens
    starts = [t.start for t in toks]
    vocab = default_vocabulary()
    gaz = default_gazetteer()
    out = []
    for q in places:
        if q.feature != "country" or q.precision != "region" or q.note not in ("north", "south", "east", "west",
                                                                                 "north-east", "north-west",
                                                                                 "south-east", "south-west", "centre"):
            continue
        j = bisect.bisect_right(starts, q.start) - 1  # the direction word
        k = j - 1
        if k >= 2 and toks[k].text == "(" and toks[k - 1].kind == "word":
            k -= 1  # "في فاستيراس (وسط السويد)": the side in brackets after the name
        elif k < 1 or not _adjacent(doc, toks[k], toks[j]):
            continue
        if k < 1 or toks[k].kind != "word" or toks[k].enclitics:
            continue
        over = [i for i, p in enumerate(places) if p.start < toks[k].end and toks[k].start < p.end]
        # (or a name kept without coordinates: "مدينة قصور شرقي باكستان", not Qusur abroad)
        unknown = over[0] if len(over) == 1 and places[over[0]].note == "not in gazetteer" \
            and places[over[0]].end == toks[k].end and places[over[0]].country in (None, q.country) else None
        if (over or k in taken) and unknown is None:
            continue
        t = toks[k]
        if unknown is None and not ("ب" in t.proclitics or (toks[k - 1].kind == "word" and toks[k - 1].norm in ("في", "فى"))):
            continue
        folded, pos = fold_each_char(t.text)
        cut = 1 if "ب" in t.proclitics and folded.startswith("ب") else 0
        if unknown is not None:
            folded, pos = fold_each_char(doc.raw[places[unknown].start:t.end])
            cut, pos = 0, [places[unknown].start - t.start + x for x in pos]
        key = folded[cut:]
        if len(arabic_consonants(key)) < 3 or (unknown is None and (vocab.count(key) >= 50 or key in gaz)):
            continue
        # the index's Arabic names first, else a town of 50,000 or more known by its romanised name (Kasur)
        # (of 50,000 people or more: a village's name shares four consonants too easily: دورسيت is no Wadhurst)
        found = [c for c in gaz.consonant_matches(key, q.country) if c.population >= DIRECTION_TOWN_POP] \
            or gaz.latin_matches(key, q.country)
        if len(found) == 1:
            town = _place(doc, t.start + pos[cut], t.end, found[0], 0.5, note="spelling")
            if unknown is not None:
                places[unknown] = town
            else:
                out.append(town)
    return out


def _spelled_elsewhere(doc: Document, places: list[Place], dominant: str | None) -> None:
    """One sense per article: a name the gazetteer lacks that the article spells as a town elsewhere (مدينة مروة
    أقصى شمال الكاميرون -> Maroua) is that town wherever it recurs (وتعيش مدينة مروة التجارية), unless the
    text places the recurrence in another country than the town's (its country is not merely the article's)."""
    spelled = {fold_key(p.text): p for p in places if p.note == "spelling" and p.lat is not None}
    if not spelled:
        return
    for k, p in enumerate(places):
        q = spelled.get(fold_key(p.text)) if p.note == "not in gazetteer" else None
        if q is not None and p.country in (None, q.country, dominant):
            places[k] = Place(p.start, p.end, p.text, p.confidence, PRODUCER, geonameid=q.geonameid, name=q.name,
                              country=q.country, admin1=q.admin1, lat=q.lat, lon=q.lon, precision=q.precision,
                              feature=q.feature, note="spelling")


def _spelled_recurrences(doc: Document, places: list[Place]) -> list[Place]:
    """One sense per article: a one-word name the article spells as a town elsewhere (مدينة مروة أقصى شمال
    الكاميرون -> Maroua) is that town where it recurs bare after في or a glued ب ("في سوق مركزي وحي مجاور في مروة"),
    which alone would be a common word or a person's name."""
    spelled = {fold_key(p.text): p for p in places if p.note == "spelling" and p.lat is not None and " " not in p.text}
    if not spelled:
        return []
    toks, out = doc.tokens, []
    for k, tok in enumerate(toks):
        if tok.kind != "word" or k == 0:
            continue
        start = _stem_start(tok)
        q = spelled.get(fold_key(doc.raw[start:tok.end]))
        if q is None or not (tok.proclitics == ("ب",) or (not tok.proclitics and toks[k - 1].norm in ("في", "فى"))):
            continue
        if any(p.start < tok.end and tok.start < p.end for p in places):
            continue
        out.append(Place(start, tok.end, doc.raw[start:tok.end], q.confidence, PRODUCER, geonameid=q.geonameid,
                         name=q.name, country=q.country, admin1=q.admin1, lat=q.lat, lon=q.lon, precision=q.precision,
                         feature=q.feature, note="spelling"))
    return out


def _unknown_alike(places: list[Place], dominant: str | None) -> None:
    """One country per name the gazetteer lacks: a name placed in another country than the article's by the
    place that holds it (مركز المسيال بقطاع ظهران الجنوب بمنطقة عسير, in a report about shelling from Yemen)
    is in that country where it recurs alone (تعرض مركز المسيال ... لقذائف من داخل اليمن)."""
    stated: dict[str, set[str]] = {}
    for p in places:
        if p.note == "not in gazetteer" and p.country and p.country != dominant:
            stated.setdefault(fold_key(p.text), set()).add(p.country)
    if not stated:
        return
    for k, p in enumerate(places):
        cc = stated.get(fold_key(p.text)) if p.note == "not in gazetteer" and p.country == dominant else None
        if cc is not None and len(cc) == 1:
            places[k] = replace(p, country=next(iter(cc)))


@lru_cache(maxsize=1)
def unplaced_names() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(name, country, words one of which must come right before it) of ``data/gaz_unplaced.tsv``."""
    return tuple((cols[0], cols[1], frozenset(w for w in (cols[2] if len(cols) > 2 else "").split("|") if w))
                 for cols in resources.tsv_rows("gaz_unplaced.tsv"))


_FORMAT_MARKS = re.compile("[\u200b-\u200f\u2066-\u2069\u061c]")


def _table_uses(raw: str, pattern: str, before: frozenset[str]):
    """The (start, end) of each use of a table's place name (``pattern``, after و/ب/ل), and when the row lists
    words one of which must come right before it, only the uses after one of them."""
    # (a letter, diacritic or kashida may not touch the name; Arabic punctuation may: "بمحافظة احد المسارحة،")
    for m in re.finditer(r"(?<![\w\u064B-\u065F\u0670\u0640])(?:و?[بل]?)(" + pattern
                         + r")(?![\w\u064B-\u065F\u0670\u0640])", raw):
        start = m.start(1)
        if before:
            # (a format mark may stand between the word and the name: "بلدة \u200fسلوان"; so may an opening quote
            # mark: 'في منطقة قضاء "بيت الشباب"')
            words = re.sub(r'["«“]', " ", _FORMAT_MARKS.sub("", raw[max(0, start - 30):m.start()])).split()
            if not words or not any(w in before for w in _bare_forms(fold_key(words[-1]))):
                continue
        yield start, m.end(1)


def _unplaced_uses(doc: Document) -> list[tuple[int, int]]:
    """The (start, end) of each use of a name of ``data/gaz_unplaced.tsv`` in the text."""
    return [span for name, _cc, before in unplaced_names() if name in doc.raw
            for span in _table_uses(doc.raw, re.escape(name), before)]


def _unplaced(doc: Document, places: list[Place]) -> None:
    """Places GeoNames lacks whose country is all we know (``data/gaz_unplaced.tsv``: ظهران الجنوب، منفذ
    الطوال): each use not already resolved is added, or replaces a name left unresolved there, without
    coordinates, in its country (a name that is also a common word only after one of its place words)."""
    for name, cc, before in unplaced_names():
        if name not in doc.raw:
            continue
        for start, end in _table_uses(doc.raw, re.escape(name), before):
            over = [k for k, p in enumerate(places) if p.start < end and start < p.end]
            if any(places[k].geonameid is not None or places[k].note != "not in gazetteer" for k in over):
                continue
            for k in sorted(over, reverse=True):
                del places[k]
            places.append(_place(doc, start, end, None, 0.5, country=cc, note="not in gazetteer"))


@lru_cache(maxsize=1)
def _locality_rows() -> tuple[tuple[str, str, str, str, frozenset[str]], ...]:
    """(name, town, country, precision, words one of which must come right before it) of
    ``data/gaz_localities.tsv``."""
    return tuple((cols[0], cols[1], cols[2], cols[3],
                  frozenset(w for w in (cols[4] if len(cols) > 4 else "").split("|") if w))
                 for cols in resources.tsv_rows("gaz_localities.tsv"))


@lru_cache(maxsize=None)
def _locality_town(town: str, cc: str) -> Candidate | None:
    """The GeoNames town a locality row names: the index's (its largest of that name in ``cc``), else a town of
    the small-town table (``gaz_small.pkl.gz``: towns the index leaves out, read only when such a row's name is
    met: Dīnānagar, Al Jaghbūb)."""
    gaz = default_gazetteer()
    cands = [c for c in gaz.lookup_name(town) if c.country == cc and c.feature == "city"]
    if cands:
        return max(cands, key=lambda c: c.population)
    small = gaz._small_table()
    found = [i for i, (n, c) in enumerate(zip(small["name"], small["country"])) if c == cc and n == town]
    return max((gaz.small_candidate(i) for i in found), key=lambda c: c.population) if found else None


def localities() -> tuple[tuple[str, Candidate, str, frozenset[str]], ...]:
    """(name, town, precision, words one of which must come right before it) of ``data/gaz_localities.tsv``."""
    out = []
    for name, town, cc, precision, before in _locality_rows():
        c = _locality_town(town, cc)
        if c is not None:
            out.append((name, c, precision, before))
    return tuple(out)


def _localities(doc: Document, places: list[Place]) -> None:
    """Localities GeoNames lacks or lists without an Arabic name (``data/gaz_localities.tsv``: سيفاري -> Mopti,
    ضباء -> Duba): each use the gazetteer left unresolved is that town (or part of it)."""
    # (a kashida may stretch a name: ضبـاء; the text without them holds every name a use of which is in it)
    bare = doc.raw.replace("\u0640", "") if "\u0640" in doc.raw else doc.raw
    for name, town_name, cc, precision, before in _locality_rows():
        if name not in bare:
            continue
        town = _locality_town(town_name, cc)
        if town is None:
            continue
        spelled = "\u0640*".join(map(re.escape, name))  # (a kashida may stretch the name: ضبـاء)
        for start, end in _table_uses(doc.raw, spelled, before):
            over = [k for k, p in enumerate(places) if p.start < end and start < p.end]
            # (a name the gazetteer resolved stays, unless it ends inside the locality's name, which goes on past
            # it: مصر in "بمصر الجديدة" or "بمنطقة مصر الجديدة" is no mention of Egypt); a town guessed from
            # another spelling of the name (ديناناجار read as Daudnagar by its consonants) yields to the table
            if any(places[k].geonameid is not None
                   and (places[k].note != "spelling" or places[k].geonameid == town.geonameid)
                   and (places[k].end > end or places[k].end == end and places[k].start <= start) for k in over):
                continue
            was = {places[k].country for k in over}
            for k in sorted(over, reverse=True):
                del places[k]
            places.append(_place(doc, start, end, town, 0.6, precision=precision, note="locality"))
            _chain_country(doc, places, start, was, town.country)


def _locality_places(doc: Document, places: list[Place]) -> list[tuple[int, Candidate]]:
    """(start, town) of each place the locality table resolved to a town (exact or part of it)."""
    out = []
    for p in places:
        if p.note == "locality" and p.precision in ("exact", "part"):
            text = p.text.replace("\u0640", "")
            town = next((_locality_town(t, cc) for name, t, cc, _, _ in _locality_rows() if name == text), None)
            if town is not None:
                out.append((p.start, town))
    return out


_CHAIN_GAP = 25  # characters between a name the gazetteer lacks and the locality holding it (بقرية X بمحافظة Y)


def _chain_country(doc: Document, places: list[Place], start: int, was: set, cc: str) -> None:
    """A name the gazetteer lacks right before a locality the table resolves, in a chain of divisions ("بقرية
    القنبورة بمحافظة احد المسارحة"), had the country of the name the locality replaced: it takes the locality's."""
    for k, p in enumerate(places):
        if p.note == "not in gazetteer" and p.geonameid is None and p.country in was and p.country != cc \
                and p.end <= start and start - p.end <= _CHAIN_GAP \
                and not re.search(r"[.،,؛:!?؟\n]", doc.raw[p.end:start]):
            places[k] = replace(p, country=cc)


def _romanised_pair(doc: Document, n: int, cut: int, pos: list[int], dominant: str | None,
                    resolved: list[tuple[int, str]], towns: list[Candidate]) -> Place | None:
    """Tokens ``n`` (a common word after a place cue: سلطان) and ``n + 1`` (a rare word, no name: بايلي) as one
    romanised town name of 50,000 or more of the place's country (Sultanbeyli), if exactly one has its consonants."""
    toks = doc.tokens
    if n + 1 >= len(toks) or toks[n + 1].kind != "word" or toks[n + 1].text[:1] == "و" \
            or not _adjacent(doc, toks[n], toks[n + 1]) or default_vocabulary().count(toks[n + 1].norm) >= 50 \
            or toks[n + 1].norm in default_gazetteer():
        return None
    start = toks[n].start + pos[cut]
    country = _country_near(doc, toks[n + 1].end, toks[n + 2] if n + 2 < len(toks) else None, dominant, resolved)
    if country is None or country in _NO_LATIN_MATCH:
        return None
    key = " ".join(fold_key(doc.raw[start:toks[n + 1].end]).split())
    if len(arabic_consonants(key)) < LATIN_MIN:
        return None
    found = default_gazetteer().latin_matches(key, country)
    return _place(doc, start, toks[n + 1].end, found[0], 0.5, note="spelling") if len(found) == 1 else None


def _two_word_town(doc: Document, m: _Match, cc: str | None, bares: list[str], towns: list[Candidate]) -> Place | None:
    """A name whose first word alone is a namesake abroad (جيلان, Gjilan) and whose second word is rare and no
    name: the town of ``cc`` the two words spell (مدينة جيلان بينار -> Ceylanpınar), if :func:`_other_spelling`
    finds exactly one."""
    toks = doc.tokens
    if cc is None or m.j >= len(toks) or m.j - m.i != 1:
        return None
    nxt = toks[m.j]
    if nxt.kind != "word" or nxt.proclitics or not _adjacent(doc, toks[m.i], nxt) \
            or default_vocabulary().count(nxt.norm) >= 50 or nxt.norm in default_gazetteer():
        return None
    key = " ".join(fold_key(doc.raw[m.start:nxt.end]).split())  # (m.start is after the clitics)
    town = _other_spelling(key, cc, towns, small=m.cue == "settlement" and m.i > 0 and bares[m.i - 1] in _TOWN_NOUNS)
    return _place(doc, m.start, nxt.end, town, 0.5, note="spelling") if town is not None else None


def _districts_of_towns(doc: Document, places: list[Place]) -> None:
    """A district the gazetteer lacks named with the town that holds it (منطقة الصوابر بالكويت العاصمة، منطقة
    البياع في بغداد) is part of that town: the town's coordinates, precision part, note "district of <town>".
    Only after منطقة (a village after قرية/بلدة has coordinates of its own, far from the town it is reported in),
    and only a town right after ب/في (not a division: منطقة برمال بإقليم بكتيكا is left to :func:`_divisions`)."""
    toks = doc.tokens
    starts = [t.start for t in toks]
    for k, p in enumerate(places):
        if p.note != "not in gazetteer" or p.lat is not None:
            continue
        i = bisect.bisect_right(starts, p.start) - 1
        if i < 1 or toks[i - 1].kind != "word" or toks[i - 1].stem != "منطقه" or toks[i - 1].enclitics:
            continue
        q = min((q for q in places if q.start >= p.end), key=lambda q: (q.start, -q.end), default=None)
        if q is None or q.feature != "city" or q.lat is None or q.note == "not in gazetteer":
            continue
        between = doc.raw[p.end:q.start]
        words = between.split()
        if q.precision != "exact" and not (q.precision == "part" and words and fold_key(words[0]) in ("في", "فى")):
            continue  # "منطقة الشعب في شمال شرقي بغداد" is in Baghdad; "منطقة الطارمية شمال بغداد" lies north of it
        if "\n" in between or any(ch in between for ch in "،,.()") or len(words) > 1:
            continue
        j = bisect.bisect_right(starts, q.start) - 1
        # "بالكويت": the preposition is glued to the name (the place starts after it)
        glued = j > i and "ب" in toks[j].proclitics and toks[j].start < q.start
        inside = (glued and (not words or words == ["ب"])) or (len(words) == 1 and fold_key(words[0]) in ("في", "فى"))
        if not inside or (p.country and p.country != q.country):
            continue
        places[k] = Place(p.start, p.end, p.text, 0.5, PRODUCER, geonameid=q.geonameid, name=q.name, country=q.country,
                          admin1=q.admin1, lat=q.lat, lon=q.lon, precision="part", feature="city",
                          note="district of " + (q.name or ""))


# a preposition with a pronoun right after a word: the word is a verb of a relative clause (قرية يسيطر عليها)
_PREP_PRONOUNS = frozenset({"عليها", "عليه", "عليهم", "فيها", "فيه", "فيهم", "منها", "منه", "بها", "به", "لها", "له",
                            "اليها", "اليه"})


def _no_item(folded: str, nxt: Token | None, first: bool = True, raw: str = "") -> bool:
    """Is a word after a place noun no name of a place? و + another place noun (قرى وبلدات، مدن ومحافظات),
    the article assimilated after ل (مركز للدرك: for the gendarmerie), a verb with و or a pronoun (بلدات
    وأعدم أجانب، مناطق يحتلها), a verb before a preposition with a pronoun (قرية يسيطر عليها)."""
    vocab = default_vocabulary()
    if folded[:1] == "و" and (folded[1:] in _place_nouns() or folded[1:] in _PLURAL_CUES):
        return True
    if folded.startswith("لل") and len(folded) >= 5:
        return True  # مركز للدرك، مركز للاحتياطيين: "a centre for the gendarmerie"
    if folded[:1] in ("ل", "ب") and len(folded) >= 5:
        for pron in ("ها", "هم", "ه"):
            if folded.endswith(pron) and (pron != "ه" or raw.endswith("ه")):  # بريدة is no ب + ريد + ه
                noun = folded[1:-len(pron)]
                noun = noun[:-1] + "ه" if noun.endswith("ت") else noun
                if vocab.count(noun) >= 50 and vocab.count(noun) > vocab.count(folded[1:]):
                    return True  # عاصمة لدولته: a preposition and a noun with a pronoun
                break
    body = folded[1:]
    if first and folded[:1] in ("و", "ف") and body[:1] == "س":
        body = body[1:]  # وستتعامل: and + future + verb
    if first and folded[:1] in ("و", "ف") and body[:1] in ("ا", "ت", "ي", "ن") and body[:2] != "ال" and len(folded) >= 5 \
            and vocab.count(body) >= 20 and vocab.count(body) > 5 * vocab.count(folded):
        return True  # بلدات وأعدم، فتدخل الخليجيون: a conjunction and a verb as the first item (a later ويافع is a name)
    if folded[:1] in ("ي", "ت") and folded.endswith(("ها", "هم")) and len(folded) >= 5:
        return True  # يحتلها، تسيطر: an imperfect verb with an object pronoun
    if nxt is not None and nxt.kind == "word" and nxt.norm in _PREP_PRONOUNS:
        return True  # قرية يسيطر عليها، آخر مدينة لجأ إليها: the verb of a relative clause
    return False


def _after_side_note(toks: list[Token], n: int, dirs) -> int:
    """The token after a bracketed side of the country written after a listed town ("طنجة (شمال) وبوزنيقة
    (غرب)"، "البنجاب (شرق) وخيبر بختنخوا (شمال غرب)") and a comma after it; ``n`` itself when none is there."""
    if n >= len(toks) or toks[n].text != "(":
        return n
    m = n + 1
    while m < len(toks) and m < n + 5 and toks[m].kind == "word":
        m += 1
    if m == n + 1 or m >= len(toks) or toks[m].text != ")" or toks[n + 1].norm not in dirs:
        return n
    m += 1
    if m < len(toks) and toks[m].text in ("،", ","):
        m += 1
    return m


def _unknown_names(doc: Document, taken: set[int], dominant: str | None,
                   resolved: list[tuple[int, str]] = (), bares: list[str] | None = None,
                   towns: list[Candidate] = ()) -> list[Place]:
    """Rare names after a settlement cue (بلدة X، مناطق X وY) that the gazetteer lacks.

    They are kept without coordinates, in the country the article is about, so an event still has
    its most specific place; a coordinated list after one cue (مناطق حصيبة والملاحمة) is followed,
    also when the cue is a plural place word earlier in the sentence and the list starts after منها
    (المناطق الخاضعة لسيطرة داعش، منها الفحيمي). Tribal village names البو X are two words.
    """
    toks = doc.tokens
    cues = cue_words()
    vocab = default_vocabulary()
    skip = _cue_forms(cues, ("home",))
    if bares is None:
        bares = [_bare_of(t) for t in toks]
    settle, admin, opening = _opening_cues(cues)
    out = []
    # a list start is a token, so a slice of the folded text: most articles have none
    lists = list(compress(range(len(toks)), map(_LIST_STARTS.__contains__, map(_NORM, toks)))) \
        if any(_may_hold(doc, w) for w in _LIST_START_CORES) else []
    starts = sorted(set(compress(range(len(bares)), map(opening.__contains__, bares))) | set(lists))
    k = 0
    for k0 in starts:
        if k0 < k:
            continue
        k = k0
        b = bares[k]
        kind = "settlement" if b in settle else "admin" if b in admin else None
        if kind and (not _governs(toks[k], b) or _pronoun_cue(doc, toks[k])):
            kind = None
        if kind is None and toks[k].norm in _LIST_STARTS and _plural_place_before(toks, bares, k):
            kind = "list"
        if kind is None:
            k += 1
            continue
        n = k + 1
        quoted = kind != "list" and any(_quoted_name(doc, n + 1, e) for e in range(n + 2, min(n + 5, len(toks))))
        if quoted:
            n += 1  # 'في منطقة "جزرة"': the name quoted after its cue (one item: the closing quote ends the list)
        items = 0
        plural = b in _PLURAL_CUES or toks[k].enclitics == ("ي",)  # مديريتي رازح وكتاف (dual)
        while n < len(toks) and toks[n].kind == "word" and items < 6:
            if n in taken:
                # an item the gazetteer knows: the list goes on after it
                while n < len(toks) and n in taken:
                    n += 1
                items += 1
                if n < len(toks) and toks[n].text in ("،", ","):
                    n += 1
                n = _after_side_note(toks, n, cues.get("dir", {}))
                continue
            tok = toks[n]
            folded, pos = fold_each_char(tok.text)
            cut = 0
            if items:
                # a further item of a list: "والملاحمة", or after a comma when the cue is plural
                # (مناطق الجفينة، السائلة) or a list; after a singular cue a further item needs
                # the article or a name's usage (منطقة القلمون وطردت فصائل: no item)
                if folded.startswith("و") and len(folded) > 3:
                    cut = 1
                elif not (n > 0 and toks[n - 1].text in ("،", ",")
                          and (kind == "list" or plural or folded.startswith("ال"))):
                    break
                if not (plural or kind == "list" or folded[cut:].startswith("ال") or cued_name(folded[cut:])):
                    break
            elif folded[:1] in ("و", "ف", "ب", "ل", "ك") and folded not in _TWO_WORD_HEADS \
                    and vocab.count(folded[1:]) >= 100 \
                    and vocab.count(folded[1:]) > vocab.count(folded) and not cued_name(folded):
                break  # منطقة فسوف، مناطق وقرى: a conjunction or preposition, no name (وادي، بعشيقة are)
            if _no_item(folded, toks[n + 1] if n + 1 < len(toks) else None, first=not items, raw=tok.text):
                break
            if _tanwin(tok.text):
                break  # "قضاء وقدراً": an indefinite noun, no name
            if folded[cut:] in cues.get("ordinal", {}):
                break  # "فوزه بولاية خامسة": a fifth term of office, no state
            bare = folded[cut:]
            if bare.startswith("ال"):
                bare = bare[2:]
            if items and not bare.startswith("ال") and bare.endswith("وا") and len(bare) >= 4:
                break  # "مدينتي عين العرب وتل أبيض ونفذوا فيهما": a verb (they carried out), no third town
            if not items and folded.endswith(("ها", "هم", "هما")) and not folded.startswith("ال") \
                    and folded not in default_gazetteer() \
                    and vocab.count(folded[:-2] if folded.endswith(("ها", "هم")) else folded[:-3]) >= 100:
                break  # مناطق تحكمها: a verb or noun with a pronoun, no name
            if not items and not folded.startswith("ال") and len(folded) >= 4 and folded.endswith("ي") \
                    and folded not in _TWO_WORD_HEADS \
                    and max(vocab.count("ال" + folded), vocab.count(folded + "ه"), vocab.count("ال" + folded + "ه")) >= 20:
                break  # مركز حدودي، مركز صحي: a nisba adjective (حدودية، الحدودي are frequent)
            if not items and not folded.startswith("ال") and len(folded) >= 5 and folded.endswith("يه") \
                    and folded not in _TWO_WORD_HEADS \
                    and max(vocab.count("ال" + folded), vocab.count(folded[:-1]), vocab.count("ال" + folded[:-1])) >= 20:
                break  # مناطق حرجية، لمدينة حضارية، مدينة عصرية: a feminine nisba adjective (الحضارية، حضاري are frequent)
            limit = 500 if (kind == "settlement" and not items and b in ("مدينه", "بلده", "قريه")) else 50
            two_words = folded[cut:] in _TWO_WORD_HEADS and n + 1 < len(toks) and toks[n + 1].kind == "word"
            word = folded[cut:]
            if not two_words and (bare in skip or word in skip or len(bare) < 3 or adjective_after_cue(word)
                                  or (max(vocab.count(bare), vocab.count("ال" + bare)) >= limit
                                      and not (kind != "list" and cued_name(word)))):
                town = _romanised_pair(doc, n, cut, pos, dominant, resolved, towns) if not items else None
                if town is not None:
                    out.append(town)  # منطقة سلطان بايلي: a common word and a rare one spell a town (Sultanbeyli)
                break
            e = n + 2 if two_words else _hood_name_end(doc, n, strict=True)
            if two_words and e < len(toks) and toks[e - 1].norm in ("بن", "ابن", "ابو", "ام", "بني") \
                    and toks[e].kind == "word" and _adjacent(doc, toks[e - 1], toks[e]):
                e += 1  # وادي بن هشبل، جبل أبو رمانة
            e = max(e, n + 1)
            if two_words and n + 1 in taken:
                break  # "منطقة جبل المعاشيق": the head of a name the gazetteer knows, no place of its own
            if any(x in taken for x in range(n, e)):
                e = n + 1
            if e - n >= 2 and _feminine_nisba_country(toks[e - 1].norm):
                e -= 1  # مدينة سالزبورج النمساوية: the adjective says the country, it is no part of the name
            if quoted and not (e < len(toks) and toks[e].kind == "punct" and toks[e].text in _CLOSING_QUOTES):
                break  # a quoted name is all of the quote or none: 'مركز "فلب فلاب" الترفيهي' (a venue's name) is no فلب
            start = tok.start + pos[cut]
            country = _country_near(doc, toks[e - 1].end, toks[e] if e < len(toks) else None, dominant, resolved)
            town = _other_spelling(" ".join(fold_key(doc.raw[start:toks[e - 1].end]).split()), country, towns,
                                   small=kind == "settlement" and b in _TOWN_NOUNS) \
                if country else None
            if town is not None:
                out.append(_place(doc, start, toks[e - 1].end, town, 0.5, note="spelling"))
            else:
                out.append(_place(doc, start, toks[e - 1].end, None, 0.3, country=country, note="not in gazetteer"))
            items += 1
            n = e
            if n < len(toks) and toks[n].text in ("،", ","):
                n += 1
            n = _after_side_note(toks, n, cues.get("dir", {}))
        k = max(n, k + 1)
    return out
