"""Actor mentions: who is named in a document, with a CAMEO code, country and sector.

The lexicon is data: ``data/actors_manual.tsv`` (hand-written, wins) and
``data/actors.tsv.gz`` (built from the UniversalPetrarch Arabic dictionaries by
``scripts/build_actors.py``). :class:`ActorMatcher` finds the longest lexicon
entry starting at each token, comparing words without their proclitics
(و ف ب ك ل) and without the article ال, so ``بروسيا``, ``والجيش السوري`` and
``لموسكو`` match. A mention's raw span starts at the article (or at the stem
when there is none), so ``doc.raw[m.start:m.end] == m.text`` is the name without
the conjunction or preposition. An agent (``طائرات حربية``, ``القوات``,
``وزير الدفاع``) followed by a nationality adjective that agrees with it in
definiteness (``روسية``, ``التركية``) becomes one mention with that country.

>>> from marsad.document import Document
>>> from marsad.tokenize import tokenize_document
>>> doc = tokenize_document(Document.from_text("وقصفت القوات التركية مواقع لداعش"))
>>> [(m.text, m.country, m.sector) for m in default_matcher().find(doc)]
[('القوات التركية', 'TUR', 'MIL'), ('داعش', None, 'REB')]
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from . import resources
from .document import Document, Fact, Token
from .errors import MarsadError
from .normalize import fold_key

VERSION = "1"
MANUAL_FILE = "actors_manual.tsv"
UP_FILE = "actors.tsv.gz"
# how much a mention is trusted, by where its entry came from
CONFIDENCE = {"manual": 0.9, "up-actor": 0.75, "up-agent": 0.6, "compose": 0.85}
# an agent and its nationality adjective may be this many tokens apart ("القوات الخاصة الروسية")
MAX_COMPOSE_GAP = 2
_END = ""  # trie key holding a node's entry: no word folds to the empty string
# inflections of a nationality adjective the loader adds: fem., masc. pl. nom./obl., fem. pl., accusative
# (عراقيا), dual (أميركيان) and fem. dual (جورجيتين)
NATIONALITY_SUFFIXES = ("ه", "ون", "ين", "ات", "ا", "ان", "تان", "تين")
AGENT_PLURALS = ("ون", "ين")
# sectors of an aircraft agent and of the named party whose it is in construct ("مقاتلات التحالف الدولي")
ARMED_AGENT_SECTORS = ("MIL", "REB", "COP", "INS", "UAF")


@dataclass(frozen=True)
class ActorEntry:
    """One lexicon row."""

    key: str
    surface: str
    code: str
    country: str | None
    sector: str
    name_en: str
    source: str
    kind: str


@dataclass(frozen=True)
class ActorMention(Fact):
    """An actor named in the text.

    ``kind`` is ``actor`` (a named actor or an agent given a country),
    ``nationality`` (an adjective such as ``روسية``) or ``agent`` (a role with
    no country: ``القوات``, ``مسلحون``). ``country`` is ISO alpha-3 or None.
    """

    code: str = ""
    country: str | None = None
    sector: str = ""
    name_en: str = ""
    kind: str = "actor"
    token_start: int = 0
    token_end: int = 0


def core(word: str) -> str:
    """A folded word without its article, the form keys and tokens are compared in.

    >>> core("السوري"), core("الله"), core("موسكو")
    ('سوري', 'الله', 'موسكو')
    """
    return word[2:] if word.startswith("ال") and len(word) >= 5 else word


def key_words(surface: str) -> tuple[str, ...]:
    """The comparison words of a lexicon key or surface form."""
    return tuple(core(w) for w in fold_key(surface).split())


def _rows(name: str) -> Iterator[list[str]]:
    try:
        yield from resources.tsv_rows(name)
    except UnicodeDecodeError as e:
        raise MarsadError(f"actor table {name!r} is not UTF-8 ({e}); rebuild it with scripts/build_actors.py",
                          source=name) from e


def _inflect(key: str, suffix: str) -> str:
    """A nationality key with ``suffix`` on every adjective in it: the words of a two-word adjective agree
    ("كوري جنوبي" -> "كوريين جنوبيين"), a noun in it does not ("جنوب افريقي" -> "جنوب افريقيين")."""
    return " ".join(w + suffix if w.endswith("ي") else w for w in key.split())


def load_entries() -> list[ActorEntry]:
    """All lexicon entries, manual ones first (they win a shared key)."""
    explicit: list[ActorEntry] = []
    generated: list[ActorEntry] = []
    for cols in _rows(MANUAL_FILE):
        cols = cols + [""] * (6 - len(cols))
        surface, code, country, sector, name_en, kind = cols[:6]
        key = fold_key(surface)
        explicit.append(ActorEntry(key, surface, code, country or None, sector, name_en, "manual", kind))
        if kind in ("nationality", "stop") and key.endswith("ي"):
            for suffix in NATIONALITY_SUFFIXES:
                generated.append(ActorEntry(_inflect(key, suffix), surface, code, country or None, sector, name_en,
                                            "manual", kind))
    up: list[ActorEntry] = []
    written = {key_words(e.key) for e in explicit if e.kind == "actor"}  # names as the tables write them
    if resources.exists(UP_FILE):
        for cols in _rows(UP_FILE):
            if len(cols) < 8:
                continue
            key, surface, code, country, sector, name_en, source, kind = cols[:8]
            up.append(ActorEntry(key, surface, code, country or None, sector, name_en, source, kind))
            if kind == "actor":
                written.add(key_words(key))
            if kind == "nationality" and key.endswith("ي"):
                for suffix in NATIONALITY_SUFFIXES:
                    up.append(ActorEntry(_inflect(key, suffix), surface, code, country or None, sector, name_en,
                                         source, kind))
            elif kind == "agent" and key.endswith("ي") and " " not in key and not key.startswith("ال"):
                # a nisba agent noun makes its sound plurals: انفصالي -> الانفصاليين، جهاديون
                for suffix in AGENT_PLURALS:
                    up.append(ActorEntry(key + suffix, surface, code, country or None, sector, name_en, source, kind))
    # an inflected adjective never hides a name written as such: ماليزيا is the country, not the
    # accusative of ماليزي
    generated = [e for e in generated if not (e.key.endswith("يا") and key_words(e.key) in written)]
    return explicit + generated + up


class ActorMatcher:
    """Longest-match actor lookup over a document's tokens.

    Build one from entries, or use :func:`default_matcher` (the packaged
    tables, loaded once on first use).
    """

    def __init__(self, entries: list[ActorEntry] | None = None):
        self._entries = entries
        self._trie: dict | None = None
        self._lock = threading.Lock()
        self.size = 0

    def _load(self) -> dict:
        if self._trie is not None:
            return self._trie
        with self._lock:
            if self._trie is None:
                entries = self._entries if self._entries is not None else load_entries()
                trie: dict = {}
                n = 0
                for e in entries:
                    words = key_words(e.key)
                    if not words:
                        continue
                    node = trie
                    for w in words:
                        node = node.setdefault(w, {})
                    if _END not in node:
                        node[_END] = e
                        n += 1
                self.size = n
                self._trie = trie
        return self._trie

    def lookup(self, text: str) -> ActorEntry | None:
        """The entry whose key is exactly ``text`` (folded, articles ignored), or None.

        >>> default_matcher().lookup("موسكو").country
        'RUS'
        """
        node = self._load()
        for w in key_words(text):
            node = node.get(w)
            if node is None:
                return None
        entry = node.get(_END)
        return None if entry is not None and entry.kind == "stop" else entry

    def find(self, doc: Document) -> list[ActorMention]:
        """Actor mentions in ``doc`` (tokenized), left to right, not overlapping."""
        trie = self._load()
        tokens = doc.tokens
        raw = doc.raw
        forms = [_forms(t, raw) for t in tokens]
        found: list[ActorMention] = []
        i, n = 0, len(tokens)
        while i < n:
            best = None
            for f, _, _, _ in forms[i]:
                if f in trie:
                    best = _longest(trie, forms, i)
                    break
            if best is None:
                i += 1
                continue
            j, entry, start, end = best
            found.append(_mention(doc.raw, entry, start, end, i, j))
            i = j
        return compose(doc, found)


def _forms(tok: Token, raw: str = "") -> tuple[tuple[str, int, int, bool], ...]:
    """(comparison form, raw start, raw end, loose) candidates of one token, the stem first.

    ``loose`` marks a stem read without a final ta marbuta that the segmenter split off as if it
    were the pronoun ه: it may be a feminine title or adjective (رئيسة، الحوثية) but not a
    different word that happens to contain a name (الطائفة is not الطائف, الرياضة not الرياض)."""
    kind = tok.kind
    if kind != "word":
        return ((tok.norm, tok.start, tok.end, False),) if kind == "number" else ()
    norm = tok.norm
    full = norm[2:] if len(norm) >= 5 and norm.startswith("ال") else norm  # core(), inlined: this is hot
    segs = tok.segments
    n = len(segs)
    if n <= 1:
        return ((full, tok.start, tok.end, False),)
    # (a third of the tokens have clitics: the tuples are written out, with no list, join or all())
    for k in range(n):
        stem = segs[k]
        if stem.kind == "stem":
            break
    else:
        return ((full, tok.start, tok.end, False),)
    last = segs[-1]
    loose = last.kind == "enclitic" and raw[last.start:last.end] == "ة"
    start = stem.start
    if k > 0:
        art = segs[k - 1]
        # the article is part of the name; an assimilated one (ل+ال written لل) is not shown
        if art.form == "ال" and art.end - art.start >= 2:
            start = art.start
    form = stem.form
    f1 = form[2:] if len(form) >= 5 and form.startswith("ال") else form
    if k + 1 < n:
        # the stem with what follows it (its enclitic)
        whole = form + segs[k + 1].form if k + 2 == n else "".join([s.form for s in segs[k:]])
        f2 = whole[2:] if len(whole) >= 5 and whole.startswith("ال") else whole
        if f1 != full and f2 != full:
            return (f1, start, stem.end, loose), (f2, start, tok.end, False), (full, tok.start, tok.end, False)
        return (f1, start, stem.end, loose), (f2, start, tok.end, False)
    if f1 != full:
        return (f1, start, stem.end, loose), (full, tok.start, tok.end, False)
    return ((f1, start, stem.end, loose),)


def _longest(trie: dict, forms: list, i: int):
    """The longest entry starting at token ``i``: (end token, entry, raw start, raw end) or None."""
    best = None
    stopped = 0
    stack = [(i, trie, -1)]
    n = len(forms)
    while stack:
        j, node, start = stack.pop()
        if j >= n:
            continue
        for form, s, e, loose in reversed(forms[j]):
            child = node.get(form)
            if child is None:
                continue
            st = s if start < 0 else start
            entry = child.get(_END)
            if loose and entry is not None and not entry.sector and not entry.key.endswith("ي"):
                entry = None  # a place or name read out of a longer word (الطائفة، الرياضة، حلبة)
            if entry is not None and entry.kind == "stop":
                entry = None  # a generated entry the manual table withdraws (أفريقي is not Chinese)
                stopped = max(stopped, j + 1)  # "مسقط رأسه": a withdrawn phrase also hides its shorter heads
            # over the same tokens prefer the wider span: تركية read whole, not as تركي + enclitic ه
            if entry is not None and (best is None or j + 1 > best[0]
                                      or (j + 1 == best[0] and (e - st) > (best[3] - best[2]))):
                best = (j + 1, entry, st, e)
            if len(child) > (1 if entry is not None else 0):
                stack.append((j + 1, child, st))
    if best is not None and best[0] <= stopped:
        return None
    return best


_new_object = object.__new__


def _mention(raw: str, e: ActorEntry, start: int, end: int, ti: int, tj: int, **over) -> ActorMention:
    """``ActorMention(...)`` of a lexicon match, made as :func:`marsad.document.new_entity` makes an Entity: the new
    instance's ``__dict__`` filled in one call, in field order, which is what the frozen dataclass's ``__init__``
    leaves (every field is given; the class has no ``__post_init__``): the same object, a third of the time."""
    m = _new_object(ActorMention)
    m.__dict__.update(start=start, end=end, text=raw[start:end], confidence=CONFIDENCE.get(e.source, 0.6),
                      producer=f"actors.{e.source}/{VERSION}", code=e.code, country=e.country, sector=e.sector,
                      name_en=e.name_en, kind=e.kind, token_start=ti, token_end=tj)
    if over:
        unknown = set(over) - m.__dict__.keys()
        if unknown:
            raise TypeError(f"ActorMention has no field {sorted(unknown)[0]!r}")
        m.__dict__.update(over)
    return m


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    return frozenset(cols[0] for cols in resources.tsv_rows("numbers.tsv"))


def _number_word(tok: Token) -> bool:
    words = _number_words()
    return tok.stem in words or tok.norm in words


def _definite(tok: Token) -> bool:
    return "ال" in tok.proclitics or tok.norm.startswith("ال")


def _feminine_nisba(tok: Token) -> bool:
    """A definite word shaped as a feminine nisba adjective (السعودية: ال + ...ي + ة), with no other clitic."""
    return tok.proclitics == ("ال",) and tok.stem.endswith("يه") and len(tok.stem) > 3


@lru_cache(maxsize=1)
def _aircraft_words() -> frozenset[str]:
    """Head nouns of aircraft (طائرات، مقاتلات، طيران): the "aircraft" rows of event_cues.tsv."""
    return frozenset(core(fold_key(cols[1])) for cols in resources.tsv_rows("event_cues.tsv")
                     if cols[0] == "aircraft" and len(cols) > 1)


def _indefinite_nisba(tok: Token) -> bool:
    """An indefinite word shaped as a nisba adjective (حوثية، حوثيين، كردي): an adjective, not a genitive."""
    return not _definite(tok) and tok.norm.endswith(("ي", "يه", "يا", "ين", "ون", "يتين", "يان"))


def compose(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """Merge an agent with the nationality adjective after it into one actor with a country.

    ``طائرات حربية روسية``, ``القوات الخاصة الروسية``, ``وزير الدفاع الأمريكي``:
    the adjective comes at most :data:`MAX_COMPOSE_GAP` word tokens after the
    agent, with no punctuation between, and it and the words between agree in
    definiteness with the agent's last word (so ``الجيش مواقع تركية`` is not
    composed); an indefinite agent allows one word between at most. An indefinite agent directly before a country name (``قوات
    روسيا``) takes that country too.
    """
    tokens = doc.tokens
    out: list[ActorMention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if m.kind == "agent" and m.country is None and nxt is not None and nxt.country:
            gap = nxt.token_start - m.token_end
            last_definite = _definite(tokens[m.token_end - 1])
            ok = False
            # an indefinite agent takes at most one word between (طائرات حربية روسية): with more, the
            # words between are often a verb and its object (مجهولين خطفوا مصورا فرنسيا)
            max_gap = MAX_COMPOSE_GAP if last_definite else 1
            if nxt.kind == "nationality" and 0 <= gap <= max_gap:
                between = tokens[m.token_end:nxt.token_start + 1]
                # a number between makes the adjective a counted noun of its own: "مسلحون خمسة بريطانيين"
                # are gunmen and five Britons, not British gunmen
                ok = all(t.kind == "word" and _definite(t) == last_definite and not _number_word(t) for t in between)
            elif nxt.kind == "actor" and not nxt.sector and gap == 0 and not last_definite:
                ok = True
            elif (nxt.kind == "actor" and not nxt.sector and gap == 0 and last_definite
                  and nxt.token_end - nxt.token_start == 1 and _feminine_nisba(tokens[nxt.token_start])):
                # a country named by its feminine nisba (السعودية) after a definite agent is its adjective:
                # "القوات السعودية" are Saudi forces, one actor, not forces and Saudi Arabia
                ok = True
            if ok:
                country = nxt.country
                out.append(ActorMention(
                    start=m.start, end=nxt.end, text=doc.raw[m.start:nxt.end],
                    confidence=CONFIDENCE["compose"], producer=f"actors.compose/{VERSION}",
                    code=country + m.sector, country=country, sector=m.sector,
                    name_en=f"{m.name_en} ({nxt.name_en})" if m.name_en else nxt.name_en,
                    kind="actor", token_start=m.token_start, token_end=nxt.token_end))
                k += 2
                continue
        if (m.kind == "agent" and m.country is None and m.sector in ARMED_AGENT_SECTORS and nxt is not None
                and core(fold_key(m.text).split()[0]) in _aircraft_words()
                and nxt.kind == "actor" and nxt.sector in ARMED_AGENT_SECTORS and nxt.code and not nxt.code.startswith("~")
                and nxt.token_start == m.token_end and not _definite(tokens[m.token_end - 1])
                and tokens[m.token_end - 1].kind == "word" and not tokens[m.token_end - 1].enclitics
                and not tokens[m.token_end - 1].norm.endswith(("ون", "ين"))
                and not (nxt.token_end - nxt.token_start == 1 and _indefinite_nisba(tokens[nxt.token_start]))
                and all(p == "ال" for p in tokens[nxt.token_start].proclitics)):
            # aircraft in construct before a named armed party are that party's: "مقاتلات التحالف الدولي" (US-led),
            # "طائرات التحالف العربي" (one actor with the party's code and country, which then names the article's air
            # power for its nameless aircraft); not a
            # plural with its nun, which is no construct ("قتل مسلحين الحراس"), nor an indefinite nisba after it, which
            # is its adjective ("دبابة حوثية": a Houthi tank), nor one after a preposition or و ("انتحاري لداعش")
            out.append(ActorMention(
                start=m.start, end=nxt.end, text=doc.raw[m.start:nxt.end],
                confidence=CONFIDENCE["compose"], producer=f"actors.compose/{VERSION}",
                code=nxt.code, country=nxt.country, sector=nxt.sector,
                name_en=f"{m.name_en} ({nxt.name_en})" if m.name_en else nxt.name_en,
                kind="actor", token_start=m.token_start, token_end=nxt.token_end))
            k += 2
            continue
        out.append(m)
        k += 1
    return out


@lru_cache(maxsize=1)
def default_matcher() -> ActorMatcher:
    """The matcher over the packaged tables (built lazily on first ``find``)."""
    return ActorMatcher()


def find_actors(doc: Document) -> list[ActorMention]:
    """Actor mentions in a tokenized document, with the packaged lexicon.

    >>> from marsad.tokenize import tokenize_document
    >>> doc = tokenize_document(Document.from_text("ردا على دعوة موسكو"))
    >>> [(m.text, m.country) for m in find_actors(doc)]
    [('موسكو', 'RUS')]
    """
    return default_matcher().find(doc)
