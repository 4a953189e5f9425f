"""CRF features for the named-entity tagger, computed from clitic-segmented tokens.

A token contributes its folded form, its stem and clitics, affixes of the stem,
a corpus-frequency bucket, word clusters (word2vec + k-means on SaudiNewsNet),
trigger-word classes (``data/ner_triggers.tsv``) and gazetteer matches
(``data/ner_gazetteer.tsv.gz``); a window of two tokens on each side adds the
neighbours' words, clusters, triggers and gazetteer tags.

The groups can be switched off one by one (``groups=``) for ablations.

>>> from marsad.tokenize import analyze_word
>>> feats = sentence_features([analyze_word(w) for w in "قال الرئيس بشار الأسد".split()])
>>> "s=اسد" in feats[3]
True
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

from .. import resources
from ..document import Token
from ..glue import default_vocabulary
from ..normalize import fold_key
from ..tokenize import default_clitics

# words whose features are kept (each entry is a few KB: 300k words grew a process past 600 MB)
FEATURE_CACHE_WORDS = 50_000
ALL_GROUPS = frozenset({"base", "freq", "trig", "gaz", "clus"})
# optional groups (version 3 experiments): "clus3" neighbours lend all three cluster granularities,
# "names" flags given names mined from SaudiNewsNet (data/ner_given_names.tsv)
# "quote" marks the tokens between a pair of quote marks (titles of works, names of events: MISC)
# "clusx": extra k-means granularities of the same word vectors (data/ner_clusters_x.tsv.gz), own features only
# "aff4": 4-letter stem prefix and suffix; "ebin": binarized word2vec dimensions (data/ner_ebin.tsv.gz)
# "cv": the stem's consonant/long-vowel pattern (فاعل -> CVCC: Arabic templates against transliterations)
# "tw3": trigger classes of the words 3 to the left and right ([-3]t=PTITLE: وزير الخارجية الأمريكي كولن)
# "ng3": every letter trigram inside the stem (transliterated names: ...يتش، ...سكي)
# "emb": the word's word2vec vector as real-valued attributes e0..e99 (an experiment: items become dicts, and
# the fast path declines such models, see FastTagger)
EXTRA_GROUPS = frozenset({"clus3", "names", "quote", "clusx", "aff4", "ebin", "cv", "tw3", "ng3", "emb"})
EMB_SCALE = 10.0  # unit vectors' components are about +-0.1
QUOTE_MAX = 6  # longest quoted span, in tokens, whose tokens get the "q" feature
KNOWN_GROUPS = ALL_GROUPS | EXTRA_GROUPS
GAZ_MAX = 6  # longest gazetteer entry matched, in tokens

TRIGGERS_FILE = "ner_triggers.tsv"
GAZETTEER_FILE = "ner_gazetteer.tsv.gz"
CLUSTERS_FILE = "ner_clusters.tsv.gz"
NAMES_FILE = "ner_given_names.tsv"
CLUSTERS_X_FILE = "ner_clusters_x.tsv.gz"
EBIN_FILE = "ner_ebin.tsv.gz"


def folded_analysis(t: Token) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A word's (stem, proclitics, enclitics) as its folded form alone gives them (``Clitics.token_record``): the
    analysis the model is trained on and its features are cached by, per folded form. The raw spelling may rule a
    clitic out for the token itself (ألمانيا: no article at a hamza; see ``tokenize._spelling_bans``), which the
    entity spans follow; the features never depend on it."""
    if t.kind != "word" or t.segments[-1].end != t.end:
        return t.stem, t.proclitics, t.enclitics  # (a CoNLL word of several tokens keeps its first one's analysis)
    rec = default_clitics().token_record(t.norm)
    return rec[0], rec[1], rec[2]


def _first(table: dict, *keys: str):
    """The value of the first key the table has (a word looked up as its core, its form, its stem)."""
    for k in keys:
        v = table.get(k)
        if v:
            return v
    return None


def _bare(form: str) -> str:
    """A folded word without its article (``الاسد`` -> ``اسد``), the form gazetteers are keyed on."""
    return form[2:] if form.startswith("ال") and len(form) > 3 else form


@dataclass
class Lexicons:
    """The run-time word lists the features read; each may be empty."""

    triggers: dict[str, str] = field(default_factory=dict)
    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    gazetteer: dict[tuple[str, ...], str] = field(default_factory=dict)
    gaz_words: dict[str, str] = field(default_factory=dict)
    names: frozenset[str] = frozenset()
    clusters_x: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ebin: dict[str, tuple[str, ...]] = field(default_factory=dict)
    vectors: dict[str, tuple[float, ...]] = field(default_factory=dict)

    def heads(self) -> dict[str, int]:
        """First stem of each gazetteer entry -> the longest entry starting with it."""
        if getattr(self, "_heads", None) is None:
            h: dict[str, int] = {}
            for key in self.gazetteer:
                h[key[0]] = max(h.get(key[0], 0), len(key))
            self._heads = h
        return self._heads

    @classmethod
    def packaged(cls) -> "Lexicons":
        """Load whatever of the three packaged lists exists (a missing one is empty)."""
        lex = cls()
        if resources.exists(TRIGGERS_FILE):
            lex.triggers = load_triggers(resources.tsv_rows(TRIGGERS_FILE))
        if resources.exists(CLUSTERS_FILE):
            lex.clusters = load_clusters(resources.tsv_rows(CLUSTERS_FILE))
        if resources.exists(GAZETTEER_FILE):
            lex.gazetteer, lex.gaz_words = load_gazetteer(resources.tsv_rows(GAZETTEER_FILE))
        if resources.exists(NAMES_FILE):
            lex.names = frozenset(r[0] for r in resources.tsv_rows(NAMES_FILE))
        if resources.exists(CLUSTERS_X_FILE):
            lex.clusters_x = load_clusters(resources.tsv_rows(CLUSTERS_X_FILE))
        if resources.exists(EBIN_FILE):
            lex.ebin = load_ebin(resources.tsv_rows(EBIN_FILE))
        return lex


def load_triggers(rows: Iterable[list[str]]) -> dict[str, str]:
    out: dict[str, set[str]] = {}
    for cls, word in rows:
        key = _bare(fold_key(word))
        out.setdefault(key, set()).add(cls)
    return {k: "|".join(sorted(v)) for k, v in out.items()}


def load_clusters(rows: Iterable[list[str]]) -> dict[str, tuple[str, ...]]:
    return {r[0]: tuple(r[1:]) for r in rows}


def load_ebin(rows: Iterable[list[str]]) -> dict[str, tuple[str, ...]]:
    """Rows ``word<TAB>3+ 17- ...`` (the dimensions of its word vector far above or below their mean)."""
    return {r[0]: tuple(r[1].split()) if len(r) > 1 else () for r in rows}


def load_gazetteer(rows: Iterable[list[str]]) -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    """Rows ``TYPE<TAB>stem stem ...`` -> (entries keyed by stem tuples, single stems in multi-word person names)."""
    entries: dict[tuple[str, ...], set[str]] = {}
    words: dict[str, set[str]] = {}
    for typ, key in rows:
        parts = tuple(key.split(" "))
        entries.setdefault(parts, set()).add(typ)
        if len(parts) > 1 and typ == "PERS":
            for p in parts:
                if len(p) > 2:
                    words.setdefault(p, set()).add(typ)
    return ({k: "|".join(sorted(v)) for k, v in entries.items()},
            {k: "|".join(sorted(v)) for k, v in words.items()})


@lru_cache(maxsize=1)
def default_lexicons() -> Lexicons:
    return Lexicons.packaged()


def quoted_positions(stems: Sequence[str]) -> list[int]:
    """Positions of the tokens inside short quotations: quote marks (every kind folds to ``"``) are
    paired in order, and the 1 to ``QUOTE_MAX`` tokens between a pair are returned."""
    marks = [i for i, s in enumerate(stems) if s == '"']
    out: list[int] = []
    for a, b in zip(marks[::2], marks[1::2]):
        if 0 < b - a - 1 <= QUOTE_MAX:
            out.extend(range(a + 1, b))
    return out


_CV = str.maketrans({ch: ("V" if ch in "اويى" else "C") for ch in map(chr, range(0x621, 0x64B))})


def _shape(text: str) -> str:
    out = []
    for ch in text:
        if ch.isdigit():
            c = "d"
        elif "\u0600" <= ch <= "\u06ff":
            c = "a"
        elif ch.isalpha():
            c = "L" if ch.isupper() else "l"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


class FeatureExtractor:
    """Turns a sentence of tokens into CRF feature lists (one list of strings per token)."""

    def __init__(self, lexicons: Lexicons | None = None, groups: Iterable[str] = ALL_GROUPS):
        self.lex = lexicons if lexicons is not None else default_lexicons()
        self.groups = frozenset(groups)
        unknown = self.groups - KNOWN_GROUPS
        if unknown:
            raise ValueError(f"unknown feature groups {sorted(unknown)}; choose from {sorted(KNOWN_GROUPS)}")
        self.vocab = default_vocabulary()
        self._cache: dict[tuple[str, str], tuple] = {}

    def trigger(self, norm: str, stem: str) -> str | None:
        """The trigger classes of a word (``PTITLE``, ``LTRIG|OTRIG`` ...), or None."""
        return self.lex.triggers.get(stem) or self.lex.triggers.get(_bare(norm))

    def _word_features(self, norm: str, stem: str, pro: tuple[str, ...], enc: tuple[str, ...], kind: str,
                       text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(features of the word itself, short features it lends to its neighbours)."""
        g = self.groups
        has_al = "ال" in pro
        core = ("ال" + stem) if has_al else stem
        f = ["b", "w=" + norm, "s=" + stem, "k=" + kind]
        ctx = ["s=" + stem]
        if pro:
            f.append("p=" + "+".join(pro))
            ctx.append("al" if has_al else "p")
            if pro[0] in ("و", "ف"):
                f.append("conj")
            if any(p in ("ب", "ل", "ك") for p in pro):
                f.append("prep")
        if enc:
            f.append("e=" + enc[0])
        if kind == "word":
            for n in (1, 2, 3):
                if len(stem) > n:
                    f.append(f"s{n}=" + stem[-n:])
                    f.append(f"p{n}=" + stem[:n])
            f.append("len=" + str(min(len(stem), 8)))
            if "cv" in g:
                f.append("cv=" + stem.translate(_CV)[:8])
            if "ng3" in g and len(stem) > 4:
                f.extend(dict.fromkeys("g3=" + stem[j:j + 3] for j in range(1, len(stem) - 3)))
            if "aff4" in g and len(stem) > 4:
                f.append("s4=" + stem[-4:])
                f.append("p4=" + stem[:4])
        else:
            f.append("sh=" + _shape(text))
            ctx.append("sh=" + _shape(text))
        if "freq" in g and kind == "word":
            c = self.vocab.count(core) or self.vocab.count(norm)
            b = "0" if c == 0 else str(min(int(math.log2(c)) // 2, 9))
            f.append("fq=" + b)
            ctx.append("fq=" + b)
        if "trig" in g:
            t = self.trigger(norm, stem)
            if t:
                f.append("t=" + t)
                ctx.append("t=" + t)
        if "clus" in g:
            cl = _first(self.lex.clusters, core, norm, stem)
            if cl:
                for i, c in enumerate(cl):
                    f.append(f"c{i}={c}")
                if "clus3" in g:
                    ctx.extend(f"c{i}={c}" for i, c in enumerate(cl))
                else:
                    ctx.append("c1=" + cl[1] if len(cl) > 1 else "c0=" + cl[0])
            elif kind == "word":
                f.append("c=none")
                ctx.append("c=none")
        if "clusx" in g:
            cx = _first(self.lex.clusters_x, core, norm, stem)
            if cx:
                for i, c in enumerate(cx):
                    f.append(f"x{i}={c}")
        if "ebin" in g:
            eb = _first(self.lex.ebin, core, norm, stem)
            if eb:
                f.extend("v" + x for x in eb)
        if "names" in g and kind == "word" and (stem in self.lex.names or norm in self.lex.names):
            f.append("nm")
            ctx.append("nm")
        if "gaz" in g:
            gw = self.lex.gaz_words.get(stem)
            if gw:
                f.append("gw=" + gw)
        return tuple(f), tuple(ctx)

    def _gazetteer_tags(self, stems: Sequence[str]) -> list[str | None]:
        """Longest-match gazetteer tags (``B-LOC``, ``I-PERS|ORG`` ...) over the stems of a sentence."""
        tags: list[str | None] = [None] * len(stems)
        gaz = self.lex.gazetteer
        if not gaz:
            return tags
        heads = self.lex.heads()
        i, n = 0, len(stems)
        while i < n:
            longest = heads.get(stems[i])
            if longest is None:
                i += 1
                continue
            for L in range(min(longest, n - i), 0, -1):
                typ = gaz.get(tuple(stems[i:i + L]))
                if typ:
                    tags[i] = "B-" + typ
                    for j in range(i + 1, i + L):
                        tags[j] = "I-" + typ
                    i += L
                    break
            else:
                i += 1
        return tags

    def _vector(self, norm: str, stem: str, pro: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
        core = ("ال" + stem) if "ال" in pro else stem
        v = self.lex.vectors.get(core) or self.lex.vectors.get(norm) or self.lex.vectors.get(stem)
        return tuple((f"e{i}", x * EMB_SCALE) for i, x in enumerate(v)) if v else ()

    def _entry(self, t: Token) -> tuple:
        """(own features, neighbour features as seen from offsets -2, -1, +1, +2, stem), cached per word."""
        key = (t.norm, t.kind) if t.kind == "word" else (t.text, t.kind)
        e = self._cache.get(key)
        if e is None:
            stem, pro, enc = folded_analysis(t)
            own, ctx = self._word_features(t.norm, stem, pro, enc, t.kind, t.text)
            e = (own,
                 tuple(f"[-2]{x}" for x in ctx),
                 tuple(f"[-1]{x}" for x in ctx) + ("[-1]w=" + t.norm,),
                 tuple(f"[1]{x}" for x in ctx) + ("[1]w=" + t.norm,),
                 tuple(f"[2]{x}" for x in ctx),
                 stem,
                 self.trigger(t.norm, stem) if "tw3" in self.groups else None,
                 self._vector(t.norm, stem, pro) if "emb" in self.groups else None)
            if len(self._cache) < FEATURE_CACHE_WORDS:
                self._cache[key] = e
        return e

    def __call__(self, tokens: Sequence[Token]) -> list[list[str]]:
        words = [self._entry(t) for t in tokens]
        n = len(tokens)
        stems = [w[5] for w in words]
        gaz = self._gazetteer_tags(stems) if "gaz" in self.groups else [None] * n
        quoted = set(quoted_positions(stems)) if "quote" in self.groups else ()
        tw3 = "tw3" in self.groups
        out = []
        for i in range(n):
            f = list(words[i][0])
            if gaz[i]:
                f.append("g=" + gaz[i])
            if i in quoted:
                f.append("q")
            f.extend(words[i - 2][1] if i >= 2 else ("[-2]BOS",))
            if i >= 1:
                f.extend(words[i - 1][2])
                if gaz[i - 1]:
                    f.append("[-1]g=" + gaz[i - 1])
                f.append("s-1|s=" + stems[i - 1] + "|" + stems[i])
            else:
                f.append("[-1]BOS")
            if i + 1 < n:
                f.extend(words[i + 1][3])
                if gaz[i + 1]:
                    f.append("[1]g=" + gaz[i + 1])
                f.append("s|s+1=" + stems[i] + "|" + stems[i + 1])
            else:
                f.append("[1]EOS")
            f.extend(words[i + 2][4] if i + 2 < n else ("[2]EOS",))
            if tw3:
                if i >= 3 and words[i - 3][6]:
                    f.append("[-3]t=" + words[i - 3][6])
                if i + 3 < n and words[i + 3][6]:
                    f.append("[3]t=" + words[i + 3][6])
            if "emb" in self.groups:
                d: dict = {}
                for x in f:
                    d[x] = d.get(x, 0.0) + 1.0
                d.update(words[i][7])
                f = d
            out.append(f)
        return out


DOC_WINDOW = 20  # sentences on each side whose first-pass labels a token can see
_MIN_STEM = 3


def document_features(sentences: Sequence[Sequence[Token]], first_pass: Sequence[Sequence[str]],
                      window: int = DOC_WINDOW) -> list[list[list[str]]]:
    """Second-pass features from a first-pass tagging of nearby sentences (stacking).

    A token gets its own first-pass tag and its neighbours' (``f1=B-PERS``), and
    the labels the first pass gave the same stem elsewhere within ``window``
    sentences (``dl=PERS``), so that a name recognised once in an article helps
    where it recurs without a title or preposition around it.
    """
    import bisect

    occ: dict[str, list[tuple[int, int, str]]] = {}
    keys = [[folded_analysis(t)[0] if t.kind == "word" else "" for t in toks] for toks in sentences]
    for k, (ks, tags) in enumerate(zip(keys, first_pass)):
        for i, (stem, tag) in enumerate(zip(ks, tags)):
            if len(stem) >= _MIN_STEM:
                occ.setdefault(stem, []).append((k, i, tag[2:] if tag != "O" else "O"))
    out = []
    for k, (ks, tags) in enumerate(zip(keys, first_pass)):
        sent = []
        n = len(ks)
        for i, stem in enumerate(ks):
            f = ["f1=" + tags[i]]
            if i > 0:
                f.append("[-1]f1=" + tags[i - 1])
            if i + 1 < n:
                f.append("[1]f1=" + tags[i + 1])
            lst = occ.get(stem) if len(stem) >= _MIN_STEM else None
            if lst and len(lst) > 1:
                lo = bisect.bisect_left(lst, (k - window, -1, ""))
                hi = bisect.bisect_right(lst, (k + window, 1 << 30, ""))
                counts: dict[str, int] = {}
                for kk, ii, lab in lst[lo:hi]:
                    if kk == k and ii == i:
                        continue
                    counts[lab] = counts.get(lab, 0) + 1
                if counts:
                    ent = {lab: c for lab, c in counts.items() if lab != "O"}
                    if ent:
                        best = max(sorted(ent), key=ent.get)
                        f.append("dl=" + best)
                        f.append("dl=" + best + ("+" if ent[best] * 2 >= sum(counts.values()) else "-"))
                    else:
                        f.append("dl=O")
            sent.append(f)
        out.append(sent)
    return out


def sentence_features(tokens: Sequence[Token], groups: Iterable[str] = ALL_GROUPS) -> list[list[str]]:
    """Feature lists for one sentence with the packaged lexicons (see :class:`FeatureExtractor`)."""
    return _default_extractor(frozenset(groups))(tokens)


@lru_cache(maxsize=8)
def _default_extractor(groups: frozenset[str]) -> FeatureExtractor:
    return FeatureExtractor(default_lexicons(), groups)
