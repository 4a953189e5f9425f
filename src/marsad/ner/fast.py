"""A faster front end to the same CRF models: emission scores summed per word type, then crfsuite.

A linear-chain CRF scores label ``y`` at token ``i`` with the sum of the weights of
the token's (attribute, ``y``) features. Almost every attribute the feature
extractor emits is a function of one word type at a fixed offset (``w=``, affixes,
clusters, ``[-1]s=`` ...), so the emission vector of token ``i`` is

    own[type(i)] + left2[type(i-2)] + left1[type(i-1)] + right1[type(i+1)] + right2[type(i+2)]
    + gazetteer tags + stem-pair features + (second pass) first-pass labels,

and each of the five per-type vectors is computed once per word type and cached.
Handing crfsuite 40-odd strings per token (and crfsuite hashing each of them) was
most of the tagging time; here each token reaches crfsuite as the values of a few
*basis* attributes of the same model, chosen so that ``sum_a value_a * w(a, y)``
equals the emission score of every label ``y``. crfsuite then runs its own Viterbi
and forward-backward on those scores, so tags and marginals are those of the
reference path up to the rounding of a different summation order (checked on
SaudiNewsNet articles and the ANERcorp dev split, see ``bench/NER_RESULTS.md``).

Those values reach crfsuite through its C API (:mod:`marsad.ner.capi`: the basis
attributes' ids are looked up once, a sentence is one array of doubles), or, where
that API is not reachable, as pycrfsuite items (a dict per token); both give the
same tags and marginals bit for bit.

``NerTagger(fast=False)`` keeps the reference path (string features straight to
crfsuite), and ``tests/test_ner.py`` compares both on real sentences.
"""
from __future__ import annotations

import bisect
import logging
import math
import struct
import sys
from array import array
from itertools import chain, compress, islice, repeat
from operator import add, and_, itemgetter, sub
from typing import Sequence

from ..document import Token
from .capi import open_direct
from ..glue import count_getter
from .features import (_MIN_STEM, ALL_GROUPS, FEATURE_CACHE_WORDS, FeatureExtractor, _first, folded_analysis,
                       quoted_positions)

log = logging.getLogger(__name__)

_PAIR_PREFIXES = ("s-1|s=", "s|s+1=")
# word types whose rows are kept per generation (two generations: up to twice this many). On the SaudiNewsNet
# stream a worker sees, 50k missed about 6% of tokens and 100k about 3%; a miss costs about 30 us. A row
# is about 600 bytes once its neighbour vectors are shared (see FastTagger._row).
TYPE_CACHE_WORDS = 100_000
_HIGH_NIBBLE = bytes(b >> 4 for b in range(256))  # bytes.translate table: each byte to its high four bits


def _splits(rest: str):
    """Every (left, right) a pair feature value ``left|right`` could have come from."""
    pos = rest.find("|")
    while pos >= 0:
        yield rest[:pos], rest[pos + 1:]
        pos = rest.find("|", pos + 1)


def _solve(rows: list[list[float]]) -> list[list[float]] | None:
    """Inverse of a square matrix (Gauss-Jordan with partial pivoting), or None if singular."""
    n = len(rows)
    a = [list(r) + [1.0 if i == j else 0.0 for j in range(n)] for i, r in enumerate(rows)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(a[r][c]))
        if abs(a[p][c]) < 1e-9:
            return None
        a[c], a[p] = a[p], a[c]
        piv = a[c][c]
        a[c] = [x / piv for x in a[c]]
        for r in range(n):
            if r != c and a[r][c] != 0.0:
                f = a[r][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return [r[n:] for r in a]


def read_state_weights(path: str) -> tuple[list[str], dict[str, list[float]]]:
    """Labels (in crfsuite's id order) and the exact state weights ``{attribute: [w per label]}`` of a
    crfsuite CRF1d model file. (``Tagger.info()`` parses a text dump with six decimals; the file has
    the doubles crfsuite scores with.)"""
    with open(path, "rb") as f:
        b = f.read()
    if b[:4] != b"lCRF" or b[8:12] != b"FOMC":
        raise ValueError("not a crfsuite CRF1d model")
    _nf, n_labels, n_attrs, off_feat, off_labels, off_attrs = struct.unpack_from("<6I", b, 16)

    def strings(o: int, n: int) -> list[str]:
        if b[o:o + 4] != b"CQDB":
            raise ValueError("bad string table")
        count, bwd = struct.unpack_from("<2I", b, o + 16)
        if count != n:
            raise ValueError("string table size differs from the header")
        out = []
        for i in range(n):
            (ro,) = struct.unpack_from("<I", b, o + bwd + 4 * i)
            rid, ks = struct.unpack_from("<2I", b, o + ro)
            if rid != i:
                raise ValueError("string table out of order")
            out.append(b[o + ro + 8:o + ro + 7 + ks].decode("utf-8"))
        return out

    labels = strings(off_labels, n_labels)
    attrs = strings(off_attrs, n_attrs)
    if b[off_feat:off_feat + 4] != b"FEAT":
        raise ValueError("bad feature table")
    (n_feat,) = struct.unpack_from("<I", b, off_feat + 8)
    weights: dict[str, list[float]] = {}
    for typ, src, dst, w in struct.iter_unpack("<3Id", b[off_feat + 12:off_feat + 12 + 20 * n_feat]):
        if typ == 0:
            a = attrs[src]
            v = weights.get(a)
            if v is None:
                v = weights[a] = [0.0] * n_labels
            v[dst] += w
    return labels, weights


class CompiledModel:
    """The state weights of one crfsuite model, re-expressed in a basis of its own attributes.

    ``vec(attrs)`` is the sum over ``attrs`` of their weight vectors, written as
    coefficients on ``keys`` (the basis attributes): feeding crfsuite the item
    ``dict(zip(keys, vec))`` gives every label the same state score as the item
    ``attrs`` would.
    """

    def __init__(self, path: str, tagger):
        self.labels, weights = read_state_weights(path)
        if self.labels != list(tagger.labels()):
            raise ValueError("the model file's labels differ from the open tagger's")
        L = len(self.labels)
        self.keys, inverse = self._basis(weights, L)
        self.bkeys = [k.encode("utf-8") for k in self.keys]  # crfsuite takes bytes without re-encoding
        if inverse is None:
            raise ValueError("no basis of attributes spans the labels")
        self.n = L
        self._diag = all(inverse[i][j] == 0.0 for i in range(L) for j in range(L) if i != j)
        # weight vectors in basis coefficients: c = w . inverse
        if self._diag:
            d = [inverse[i][i] for i in range(L)]
            self.coef = {a: tuple(x * s for x, s in zip(w, d)) for a, w in weights.items()}
        else:
            cols = list(zip(*inverse))
            self.coef = {a: tuple(sum(x * c for x, c in zip(w, col)) for col in cols)
                         for a, w in weights.items()}
        # Fixed point, decoded by the float unit: lane k of a packed int holds round(c_k * 2**(52-E)),
        # and a sum of packed ints plus the bit pattern of K = 1.5 * 2**E in every lane is, lane by
        # lane, the bit pattern of the double K + sum (exact while |sum| < 2**(E-1), so every double
        # in a lane shares K's exponent). Integer sums are exact and order-free; the values keep
        # 52-E bits after the point (E = 8 for the shipped models: steps of 6e-14).
        amax = max((abs(x) for v in self.coef.values() for x in v), default=1.0)
        self.exponent = E = max(1, math.ceil(math.log2(40 * amax)) + 1)
        self.scale = scale = 2.0 ** (52 - E)
        self.offset = K = 1.5 * 2.0 ** E
        # a token's decoded lane outside [2**E, 2**(E+1)) means its sum left the room (never seen with
        # the shipped model, where sums stay under 20): the text then goes through the reference path.
        # A double is in that range exactly when its sign bit is 0 and its exponent is E's, that is when
        # the top byte of its little-endian bytes and the high half of the byte below are K's (:meth:`items`
        # checks those bytes for a whole sentence at once).
        kb = struct.pack("<d", K)
        self.lane_top = (kb[7:8], bytes([kb[6] >> 4]))
        self.packed = {a: sum(round(x * scale) << (64 * k) for k, x in enumerate(v)) for a, v in self.coef.items()}
        (kbits,) = struct.unpack("<Q", kb)
        self._bias = sum(kbits << (64 * k) for k in range(L))
        left: set[str] = set()
        right: set[str] = set()
        for attr in weights:
            if attr.startswith(_PAIR_PREFIXES):
                for a, b in _splits(attr[6:]):
                    left.add(a)
                    right.add(b)
        self.pair_left, self.pair_right = left, right
        # the stem-pair features by their two stems: pairs[left][right] = (what "s|s+1=left|right" adds to the
        # left token, what "s-1|s=left|right" adds to the right one), every split of a value with a "|" listed
        pairs: dict[str, dict[str, tuple[int, int]]] = {}
        for attr, v in self.packed.items():
            if attr.startswith(_PAIR_PREFIXES):
                slot = 0 if attr.startswith("s|s+1=") else 1
                for a, b in _splits(attr[6:]):
                    d = pairs.setdefault(a, {})
                    cur = d.get(b, (0, 0))
                    d[b] = (v, cur[1]) if slot == 0 else (cur[0], v)
        self.pairs = pairs
        # what a word's own form weighs: words[norm] = (w=norm, [-1]w=norm, [1]w=norm), for the forms the
        # model has a weight for (one lookup by the form, whose hash is already computed, for three strings)
        words: dict[str, tuple[int, int, int]] = {}
        for slot, prefix in enumerate(("w=", "[-1]w=", "[1]w=")):
            for attr, v in self.packed.items():
                if attr.startswith(prefix):
                    cur = list(words.get(attr[len(prefix):], (0, 0, 0)))
                    cur[slot] = v
                    words[attr[len(prefix):]] = tuple(cur)
        self.words = words

    @staticmethod
    def _basis(weights: dict[str, list[float]], L: int):
        """L attributes whose weight vectors are independent: one-label attributes with the largest
        weight when every label has one (a diagonal basis), else a greedy pick."""
        best: dict[int, tuple[float, str]] = {}
        for attr, w in weights.items():
            nz = [k for k, x in enumerate(w) if x != 0.0]
            if len(nz) == 1 and abs(w[nz[0]]) > best.get(nz[0], (0.0, ""))[0]:
                best[nz[0]] = (abs(w[nz[0]]), attr)
        if len(best) == L:
            keys = [best[k][1] for k in range(L)]
            inv = [[(1.0 / weights[keys[i]][i]) if i == j else 0.0 for j in range(L)] for i in range(L)]
            return keys, inv
        keys: list[str] = []
        for attr, w in sorted(weights.items(), key=lambda kv: -max(abs(x) for x in kv[1])):
            trial = keys + [attr]
            if _rank_ok([weights[a] for a in trial]):
                keys = trial
                if len(keys) == L:
                    return keys, _solve([weights[a] for a in keys])
        return keys, None

    def vec(self, attrs) -> int:
        """Summed basis coefficients of ``attrs``, packed (attributes unknown to the model weigh nothing)."""
        return sum(map(self.packed.get, attrs, repeat(0)))

    def _checked_bytes(self, packed: Sequence[int]) -> bytes | None:
        """The little-endian bytes of packed emission sums (each carrying the lanes' bias once,
        :meth:`biased`), token by token; None if a sum left the lanes' room."""
        n, L = len(packed), self.n
        try:
            data = b"".join(map(int.to_bytes, packed, repeat(8 * L, n), repeat("little", n)))
        except OverflowError:
            return None
        top, nibble = self.lane_top
        if data[7::8] != top * (n * L) or data[6::8].translate(_HIGH_NIBBLE) != nibble * (n * L):
            return None
        return data

    def _lanes(self, packed: Sequence[int]) -> tuple[float, ...] | None:
        """The lanes of packed emission sums (each carrying the lanes' bias once, :meth:`biased`) as
        doubles, token by token; None if a sum left the lanes' room."""
        data = self._checked_bytes(packed)
        return None if data is None else struct.unpack(f"<{len(data) >> 3}d", data)

    def items(self, packed: Sequence[int]) -> list[dict[bytes, float]] | None:
        """crfsuite items (basis attribute -> value) of packed emission sums; None if a sum left the
        lanes' room."""
        lanes = self._lanes(packed)
        if lanes is None:
            return None
        it = map(sub, lanes, repeat(self.offset))
        keys = self.bkeys
        return [dict(zip(keys, it)) for _ in range(len(packed))]

    def values(self, packed: Sequence[int]) -> array | None:
        """The values of :meth:`items`, token by token in the order of ``keys``, as one array of doubles
        (what :class:`~marsad.ner.capi.DirectTagger` reads); None if a sum left the lanes' room."""
        data = self._checked_bytes(packed)
        if data is None:
            return None
        lanes = array("d")
        lanes.frombytes(data)
        if sys.byteorder != "little":
            lanes.byteswap()
        return array("d", list(map(sub, lanes, repeat(self.offset))))

    def biased(self, x: int) -> int:
        return x + self._bias


def _rank_ok(rows: list[list[float]]) -> bool:
    """Whether the rows are linearly independent (and not nearly so)."""
    m = [list(r) for r in rows]
    rank = 0
    cols = len(m[0])
    for c in range(cols):
        p = max(range(rank, len(m)), key=lambda r: abs(m[r][c]), default=None)
        if p is None or abs(m[p][c]) < 1e-3:
            continue
        m[rank], m[p] = m[p], m[rank]
        for r in range(rank + 1, len(m)):
            f = m[r][c] / m[rank][c]
            m[r] = [x - f * y for x, y in zip(m[r], m[rank])]
        rank += 1
    return rank == len(m)


# positions in a word-type row
_STEM, _LEFT, _RIGHT, _DOC, _HEAD = 0, 1, 2, 3, 4
_VECS = 5  # first per-model tuple
_OWN, _M2, _M1, _P1, _P2, _M3, _P3 = 0, 1, 2, 3, 4, 5, 6  # _M3, _P3: feature group "tw3" only


class FastTagger:
    """Tags documents with a (one- or two-pass) crfsuite model through cached per-type emissions.

    ``final`` and ``stage1`` are ``(model path, open pycrfsuite.Tagger)``; the caller
    serialises calls (a crfsuite tagger holds per-sequence state).
    """

    def __init__(self, features: FeatureExtractor, final: tuple, stage1: tuple | None = None, window: int = 20):
        if "emb" in features.groups:
            raise ValueError("real-valued word-vector attributes (group emb) are tagged by the reference path")
        self.fx = features
        self.final = final[1]
        self.stage1 = stage1[1] if stage1 is not None else None
        self.window = window
        self.models = [CompiledModel(*final)] + ([CompiledModel(*stage1)] if stage1 is not None else [])
        # crfsuite's C API straight on (attribute id, value) arrays when reachable, else pycrfsuite's dicts
        self.direct = [open_direct(p, m.bkeys) for (p, _), m in zip([final] + ([stage1] if stage1 else []), self.models)]
        if None in self.direct or not all(_same_answers(d, t, m) for d, t, m in zip(
                self.direct, [self.final] + ([self.stage1] if stage1 is not None else []), self.models)):
            self.direct = [None] * len(self.models)
        self.m2 = self.models[0]
        self.m1 = self.models[1] if stage1 is not None else None
        self.use_gaz = "gaz" in features.groups and bool(features.lex.gazetteer)
        self._heads = features.lex.heads() if self.use_gaz else {}
        self._gaz = _trie(features.lex.gazetteer) if self.use_gaz else {}
        self.use_quote = "quote" in features.groups
        self.use_tw3 = "tw3" in features.groups
        self.pair_left = set().union(*(m.pair_left for m in self.models))
        self.pair_right = set().union(*(m.pair_right for m in self.models))
        # word-type rows, keyed by a word's folded form, or (text, kind) for the other tokens (a string
        # key is cheaper to make and hash than a pair, and a string never equals a pair)
        self._types: dict[str | tuple[str, str], tuple] = {}
        self._old: dict[str | tuple[str, str], tuple] = {}
        self._shared: dict[tuple[int, ...], tuple[int, ...]] = {}  # neighbour vectors of this generation
        self._ctx: list[dict[str, tuple]] = [{} for _ in self.models]
        self._const = [self._constants(m) for m in self.models]
        self._pairs = [m.pairs for m in self.models]
        self._small: list[dict[str, tuple]] = [{} for _ in self.models]
        self._docvec: dict[tuple, tuple] = {}
        # the shipped model's groups: a new word's row is summed from cached parts (see _word_row)
        self._fused = features.groups == ALL_GROUPS
        self._count = count_getter(features.vocab)
        self._by_stem: dict[str, tuple] = {}
        self._by_clitics: dict[tuple, tuple] = {}
        self._by_count: dict[tuple, tuple] = {}
        self._by_clusters: dict[object, tuple] = {}

    @staticmethod
    def _constants(m: CompiledModel) -> tuple:
        return (m.vec(["[-2]BOS"]), m.vec(["[-1]BOS"]), m.vec(["[1]EOS"]), m.vec(["[2]EOS"]))

    def _row(self, t: Token) -> tuple:
        """(stem, may start a stem pair, may end one, document-feature stem, per-model (own, -2, -1, +1, +2) vectors)."""
        key = t.norm if t.kind == "word" else (t.text, t.kind)
        r = self._old.get(key)  # (a miss in the current generation: look in the previous one)
        if r is None and self._fused and t.kind == "word":
            r = self._word_row(t)
        elif r is None:
            stem, pro, enc = folded_analysis(t)
            own, ctx = self.fx._word_features(t.norm, stem, pro, enc, t.kind, t.text)
            doc_key = stem if t.kind == "word" and len(stem) >= _MIN_STEM else None
            head = self._heads.get(stem, 0) if self.use_gaz else 0
            vecs = []
            norm = t.norm
            for m, cache in zip(self.models, self._ctx):
                # what a neighbour's context feature x weighs at offsets -2, -1, +1, +2 (most of
                # them, "al", "fq=3", "c1=..", are shared by many word types)
                parts = []
                for x in ctx:
                    v = cache.get(x)
                    if v is None:
                        if len(cache) >= 4 * FEATURE_CACHE_WORDS:
                            cache.clear()
                        get = m.packed.get
                        v = cache[x] = (get("[-2]" + x, 0), get("[-1]" + x, 0), get("[1]" + x, 0), get("[2]" + x, 0))
                    parts.append(v)
                get = m.packed.get
                parts.append((0, get("[-1]w=" + norm, 0), get("[1]w=" + norm, 0), 0))
                # most word types lend their neighbours the same few features (a rare stem, "al", "fq=0", a
                # cluster): a third as many distinct neighbour vectors as types, so the rows share them
                near = tuple(map(sum, zip(*parts)))
                if self.use_tw3:
                    tr = self.fx.trigger(norm, stem)
                    near += (get("[-3]t=" + tr, 0), get("[3]t=" + tr, 0)) if tr else (0, 0)
                near = self._shared.setdefault(near, near)
                vecs.append((m.biased(m.vec(own)), *near))
            r = (stem, stem in self.pair_left, stem in self.pair_right, doc_key, head, *vecs)
        if len(self._types) >= TYPE_CACHE_WORDS:
            # two generations: the word types seen since the last turn survive the next one
            self._old, self._types = self._types, {}
            self._shared = {}
        self._types[key] = r
        return r

    def _part(self, own: Sequence[str], ctx: Sequence[str]) -> tuple:
        """Per model, what some of a word's features weigh: (own features, and the context features as a
        neighbour at -2, -1, +1, +2 sees them), packed."""
        out = []
        for m in self.models:
            get = m.packed.get
            out.append((m.vec(own), sum([get("[-2]" + x, 0) for x in ctx]), sum([get("[-1]" + x, 0) for x in ctx]),
                        sum([get("[1]" + x, 0) for x in ctx]), sum([get("[2]" + x, 0) for x in ctx])))
        return tuple(out)

    def _word_row(self, t: Token) -> tuple:
        """:meth:`_row` of a word for the shipped model's groups (:data:`features.ALL_GROUPS`): the features
        :meth:`FeatureExtractor._word_features` gives it, in parts that many words share (the stem's, the
        clitics', the frequency bucket's and trigger class's, the clusters'), each part's packed sums cached.
        The packed sums are integers, so the row is the same whatever the order of the terms."""
        norm = t.norm
        stem, pro, enc = folded_analysis(t)  # (the analysis of the folded form, as the features are cached)
        fx = self.fx
        lex = fx.lex
        has_al = "ال" in pro
        core = ("ال" + stem) if has_al else stem
        # "b", "k=word", p=, conj, prep, e= and the neighbours' "al"/"p": a function of the clitics
        ck = (pro, enc[0] if enc else None)
        cpart = self._by_clitics.get(ck)
        if cpart is None:
            own = ["b", "k=word"]
            ctx = []
            if pro:
                own.append("p=" + "+".join(pro))
                ctx.append("al" if has_al else "p")
                if pro[0] in ("و", "ف"):
                    own.append("conj")
                if any(p in ("ب", "ل", "ك") for p in pro):
                    own.append("prep")
            if enc:
                own.append("e=" + enc[0])
            if len(self._by_clitics) >= FEATURE_CACHE_WORDS:
                self._by_clitics.clear()
            cpart = self._by_clitics[ck] = self._part(own, ctx)
        # s=, the affixes, len=, gw=: a function of the stem
        spart = self._by_stem.get(stem)
        if spart is None:
            own = ["s=" + stem]
            for n in (1, 2, 3):
                if len(stem) > n:
                    own.append(f"s{n}=" + stem[-n:])
                    own.append(f"p{n}=" + stem[:n])
            own.append("len=" + str(min(len(stem), 8)))
            gw = lex.gaz_words.get(stem)
            if gw:
                own.append("gw=" + gw)
            if len(self._by_stem) >= FEATURE_CACHE_WORDS:
                self._by_stem.clear()
            spart = self._by_stem[stem] = self._part(own, ("s=" + stem,))
        # fq= and t=: the corpus count (a bucket of it) and the trigger classes
        count = self._count
        c = count(core, 0) or count(norm, 0)
        tr = fx.trigger(norm, stem)
        fk = (c, tr)
        fpart = self._by_count.get(fk)
        if fpart is None:
            b = "0" if c == 0 else str(min(int(math.log2(c)) // 2, 9))
            own = ["fq=" + b]
            ctx = ["fq=" + b]
            if tr:
                own.append("t=" + tr)
                ctx.append("t=" + tr)
            if len(self._by_count) >= FEATURE_CACHE_WORDS:
                self._by_count.clear()
            fpart = self._by_count[fk] = self._part(own, ctx)
        # c0=, c1=, c2= (or c=none)
        cl = _first(lex.clusters, core, norm, stem)
        kpart = self._by_clusters.get(cl)
        if kpart is None:
            if cl:
                own = [f"c{i}={c}" for i, c in enumerate(cl)]
                ctx = ["c1=" + cl[1] if len(cl) > 1 else "c0=" + cl[0]]
            else:
                own = ctx = ["c=none"]
            if len(self._by_clusters) >= FEATURE_CACHE_WORDS:
                self._by_clusters.clear()
            kpart = self._by_clusters[cl] = self._part(own, ctx)
        vecs = []
        shared = self._shared
        for m, cp, sp, fp, kp in zip(self.models, cpart, spart, fpart, kpart):
            own, m2, m1, p1, p2 = map(sum, zip(cp, sp, fp, kp))
            wv = m.words.get(norm)
            if wv is not None:
                own += wv[0]
                m1 += wv[1]
                p1 += wv[2]
            near = (m2, m1, p1, p2)
            near = shared.setdefault(near, near)
            vecs.append((m.biased(own), *near))
        head = self._heads.get(stem, 0) if self.use_gaz else 0
        return (stem, stem in self.pair_left, stem in self.pair_right, stem if len(stem) >= _MIN_STEM else None,
                head, *vecs)

    def _small_vec(self, k: int, attr: str) -> int:
        d = self._small[k]
        v = d.get(attr)
        if v is None:
            v = d[attr] = self.models[k].vec([attr])
        return v

    def _doc_vec(self, key: tuple) -> int:
        """Second-pass vector of a token's document features ``(f1[i-1], f1[i], f1[i+1], dl)``."""
        v = self._docvec.get(key)
        if v is None:
            v = self._docvec[key] = self.models[0].vec(doc_strings(key))
        return v

    def _document_keys(self, rows: Sequence[Sequence[tuple]], first: Sequence[Sequence[str]]) -> list[list[tuple]]:
        """Per token, the key of :func:`features.document_features` (same rules: the first-pass tags
        around it and the majority first-pass label of its stem within ``window`` sentences)."""
        occ: dict[str, list[tuple[int, int, str]]] = {}
        for k, (rs, tags) in enumerate(zip(rows, first)):
            for i, r in enumerate(rs):
                st = r[_DOC]
                if st is not None:
                    tag = tags[i]
                    occ.setdefault(st, []).append((k, i, tag[2:] if tag != "O" else "O"))
        dls: dict[tuple[int, int], object] = {}
        window = self.window
        for lst in occ.values():
            if len(lst) < 2:
                continue
            if lst[-1][0] - lst[0][0] <= window:
                # every occurrence sees all the others: the counts are the totals minus its own label
                total: dict[str, int] = {}
                for _, _, lab in lst:
                    total[lab] = total.get(lab, 0) + 1
                by_own: dict[str, object] = {}
                for kk, ii, lab in lst:
                    d = by_own.get(lab, by_own)
                    if d is by_own:
                        counts = dict(total)
                        counts[lab] -= 1
                        d = by_own[lab] = _majority(counts)
                    dls[(kk, ii)] = d
                continue
            for kk, ii, lab in lst:
                lo = bisect.bisect_left(lst, (kk - window, -1, ""))
                hi = bisect.bisect_right(lst, (kk + window, 1 << 30, ""))
                counts = {}
                for k2, i2, lab2 in lst[lo:hi]:
                    if k2 == kk and i2 == ii:
                        continue
                    counts[lab2] = counts.get(lab2, 0) + 1
                dls[(kk, ii)] = _majority(counts)
        out = []
        get = dls.get
        for k, tags in enumerate(first):
            n = len(tags)
            prev = [None] + list(tags[:-1])
            nxt = list(tags[1:]) + [None]
            out.append([(prev[i], tags[i], nxt[i], get((k, i))) for i in range(n)] if n else [])
        return out

    def _items(self, rows: Sequence[tuple], k: int, gaz, doc=None) -> list[dict] | None:
        """crfsuite items (basis attribute -> value) of one sentence under model ``k`` (None: out of range)."""
        return self.models[k].items(self._emissions(rows, k, gaz, doc))

    def _emissions(self, rows: Sequence[tuple], k: int, gaz, doc=None) -> list[int]:
        """Packed emission sums (lanes' bias included) of one sentence's tokens under model ``k``."""
        n = len(rows)
        bos2, bos1, eos1, eos2 = self._const[k]
        # the rows' vectors as columns (own, -2, -1, +1, +2 ...), each shifted to the token it lends to
        own, m2, m1, p1, p2, *far = zip(*map(itemgetter(_VECS + k), rows))
        if n > 1:
            em = list(map(add, map(add, map(add, map(add, own, (bos2, bos2) + m2[:-2]), (bos1,) + m1[:-1]),
                                   p1[1:] + (eos1,)), p2[2:] + (eos2, eos2)))
        else:
            em = [own[0] + bos2 + bos1 + eos1 + eos2]
        if self.use_tw3:
            m3, p3 = far
            z = (0,) * min(3, n)
            em = list(map(add, map(add, em, z + m3[:max(0, n - 3)]), p3[3:] + z))
        if doc is not None:
            em = list(map(add, em, map(self._doc_vec, doc)))
        # features that are not a function of one word type: gazetteer tags, stem pairs
        if gaz:
            sv = self._small_vec
            for i, g in gaz:
                em[i] += sv(k, "g=" + g)
                if i + 1 < n:
                    em[i + 1] += sv(k, "[-1]g=" + g)
                if i > 0:
                    em[i - 1] += sv(k, "[1]g=" + g)
        if self.use_quote and n > 2:
            stems = list(map(itemgetter(_STEM), rows))
            if '"' in stems:
                q = self._small_vec(k, "q")
                for i in quoted_positions(stems):
                    em[i] += q
        if n > 1:
            pairs = self._pairs[k]
            ok = map(and_, map(itemgetter(_LEFT), rows), map(itemgetter(_RIGHT), rows[1:]))
            for i in compress(range(n - 1), ok):
                d = pairs.get(rows[i][_STEM])
                if d is not None:
                    v = d.get(rows[i + 1][_STEM])
                    if v is not None:
                        em[i] += v[0]
                        em[i + 1] += v[1]
        return em

    def _gazetteer(self, rows: Sequence[tuple]) -> list[tuple[int, str]]:
        """``(position, tag)`` of the longest gazetteer matches, as :meth:`FeatureExtractor._gazetteer_tags`
        finds them (left to right, longest entry first, a match consumes its tokens)."""
        out = []
        heads = list(map(itemgetter(_HEAD), rows))
        n = len(rows)
        nxt = 0
        trie = self._gaz
        stems = None
        for i in compress(range(n), heads):
            if i < nxt:
                continue
            if stems is None:
                stems = list(map(itemgetter(_STEM), rows))
            # walk the entries that start with stems[i] as far as the sentence follows one: the last
            # entry passed is the longest that matches
            node, j, best, typ = trie, i, 0, None
            while j < n:
                node = node.get(stems[j])
                if node is None:
                    break
                j += 1
                if node.__class__ is str:  # an entry no longer entry extends
                    if node:
                        best, typ = j - i, node
                    break
                t = node.get(None)
                if t:
                    best, typ = j - i, t
            if best:
                out.append((i, "B-" + typ))
                out.extend((k, "I-" + typ) for k in range(i + 1, i + best))
                nxt = i + best
        return out

    def tag_document(self, sentences: Sequence[Sequence[Token]],
                     all_marginals: bool = True) -> list[list[tuple[str, float]]] | None:
        """``NerTagger.tag_document``; None for the rare text whose scores would overflow the packed
        lanes (a word type with extreme weights): the caller tags it through the reference path.
        ``all_marginals=False``: only tokens inside entities get their marginal (the others 0.0)."""
        get = self._types.get
        row = self._row
        rows = [[get(t.norm if t.kind == "word" else (t.text, t.kind)) or row(t) for t in s] for s in sentences]
        if self.use_gaz:
            gaz = list(map(self._gazetteer, rows))
        else:
            gaz = [None] * len(rows)
        docs = [None] * len(rows)
        if self.direct[0] is not None:
            return self._tag_direct(rows, gaz, docs, all_marginals)
        if self.m1 is not None:
            tag1 = self.stage1.tag
            first = []
            for rs, g in zip(rows, gaz):
                items = self._items(rs, 1, g) if rs else []
                if items is None:
                    return None
                first.append(tag1(items) if items else [])
            docs = self._document_keys(rows, first)
        tagger = self.final
        marg = tagger.marginal
        out = []
        for rs, g, dk in zip(rows, gaz, docs):
            if not rs:
                out.append([])
                continue
            items = self._items(rs, 0, g, dk)
            if items is None:
                return None
            tags = tagger.tag(items)
            if all_marginals:
                out.append([(y, marg(y, i)) for i, y in enumerate(tags)])
            else:
                out.append([(y, 0.0 if y == "O" else marg(y, i)) for i, y in enumerate(tags)])
        return out


    def _tag_direct(self, rows, gaz, docs, all_marginals: bool):
        """:meth:`tag_document` through crfsuite's C API (:mod:`marsad.ner.capi`)."""
        if self.m1 is not None:
            d1 = self.direct[1]
            names = d1.labels
            first = []
            for rs, g in zip(rows, gaz):
                if not rs:
                    first.append([])
                    continue
                vals = self.m1.values(self._emissions(rs, 1, g))
                if vals is None:
                    return None
                first.append([names[y] for y in d1.tag(vals, len(rs))])
            docs = self._document_keys(rows, first)
        direct = self.direct[0]
        names = direct.labels
        other = names.index("O") if "O" in names else -1
        marg = direct.marginal
        values = self.m2.values
        none = (names[other], 0.0) if other >= 0 else None
        out = []
        for rs, g, dk in zip(rows, gaz, docs):
            if not rs:
                out.append([])
                continue
            vals = values(self._emissions(rs, 0, g, dk))
            if vals is None:
                return None
            n = len(rs)
            ids = direct.tag(vals, n)
            if not all_marginals and ids.count(other) == n:
                out.append([none] * n)  # no entity: one shared ("O", 0.0)
            elif all_marginals:
                out.append([(names[y], marg(y, i)) for i, y in enumerate(ids)])
            else:
                out.append([(names[y], 0.0 if y == other else marg(y, i)) for i, y in enumerate(ids)])
        return out


def _trie(gazetteer: dict[tuple[str, ...], str]) -> dict:
    """The gazetteer's entries as a trie of stems: a node is a dict (its type, if it ends an entry,
    under the key None), or the type alone where no longer entry goes on from it.

    >>> _trie({("بيت", "لحم"): "LOC", ("بيت",): "ORG", ("حلب",): "LOC"})
    {'بيت': {'لحم': 'LOC', None: 'ORG'}, 'حلب': 'LOC'}
    """
    root: dict = {}
    for key, typ in gazetteer.items():
        if not key:
            continue
        node = root
        for w in key[:-1]:
            nxt = node.get(w)
            if nxt is None or nxt.__class__ is str:
                nxt = node[w] = {} if nxt is None else {None: nxt}
            node = nxt
        cur = node.get(key[-1])
        if cur is not None and cur.__class__ is not str:
            cur[None] = typ
        else:
            node[key[-1]] = typ
    return root


def _same_answers(direct, tagger, model: CompiledModel) -> bool:
    """Whether crfsuite's C API, as :mod:`.capi` lays out its structures, answers as pycrfsuite does on a
    small fixed sequence (tags and marginals): a check, when the model is loaded, that this build of
    python-crfsuite has the layout the ctypes declarations assume."""
    n, w = 4, len(model.bkeys)
    vals = [((i * 7 + k * 3) % 11 - 5) / 4.0 for i in range(n) for k in range(w)]
    items = [dict(zip(model.bkeys, vals[i * w:(i + 1) * w])) for i in range(n)]
    want = tagger.tag(items)
    want_marg = [tagger.marginal(y, i) for i, y in enumerate(want)]
    ids = direct.tag(array("d", vals), n)
    got = [direct.labels[x] for x in ids]
    if got != want or any(abs(direct.marginal(x, i) - m) > 1e-9 for i, (x, m) in enumerate(zip(ids, want_marg))):
        log.warning("NER: crfsuite's C API answers differently from pycrfsuite; tagging through pycrfsuite")
        return False
    return True


def doc_strings(key: tuple) -> list[str]:
    """The feature strings :func:`features.document_features` gives a token with this document key."""
    prev, cur, nxt, dl = key
    f = ["f1=" + cur]
    if prev is not None:
        f.append("[-1]f1=" + prev)
    if nxt is not None:
        f.append("[1]f1=" + nxt)
    if dl == "O":
        f.append("dl=O")
    elif dl is not None:
        f.append("dl=" + dl[0])
        f.append("dl=" + dl[0] + dl[1])
    return f


def _majority(counts: dict[str, int]):
    """The ``dl`` value of :func:`features.document_features` for label counts of a stem's other
    occurrences: None (no other occurrence), ``"O"``, or (label, ``+``/``-``)."""
    if not counts:
        return None
    ent = {lab: c for lab, c in counts.items() if lab != "O" and c}
    if not ent:
        return "O"
    best = max(sorted(ent), key=ent.get)
    return best, ("+" if ent[best] * 2 >= sum(counts.values()) else "-")
