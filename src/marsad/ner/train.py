"""Training and evaluation of the CRF named-entity tagger (build time; needs python-crfsuite).

The first path is the main CoNLL training file (ANERcorp train); a fixed-seed
share of its sentences is held out as the dev split. Further paths (CoNLL files,
or a Wojood folder mapped to the four types) only add training sentences.

    >>> scores = train_ner(["/work/shared/data/anercorp/train.conll"], "/tmp/ner.crfsuite")  # doctest: +SKIP
    >>> scores["micro"]["f1"]  # doctest: +SKIP
"""
from __future__ import annotations

import json
import os
import random
import time
from typing import Iterable, Sequence

from ..errors import MissingInput
from ..tokenize import analyze_word
from .conll import bio_spans, read_tagged, read_wojood
from .features import ALL_GROUPS, DOC_WINDOW, FeatureExtractor, default_lexicons, document_features
from .model import VERSION, NerTagger, meta_path

# the shipped model's settings (scripts/build_ner.py FINAL), so that `marsad train ner` retrains it
DEFAULT_C1 = 0.1
DEFAULT_C2 = 0.02
DEFAULT_ITERATIONS = 120
DEV_BLOCK = 40  # sentences per held-out block
DEFAULT_GROUPS = ALL_GROUPS
DEFAULT_MAIN_COPIES = 1  # times the first file's training part is trained on (the copies come after the other files)

Sentence = list[tuple[str, str]]


def load_sentences(path: str) -> list[Sentence]:
    """``(token, tag)`` sentences of a CoNLL file or of a Wojood folder (``train/val/test.txt``)."""
    if os.path.isdir(path):
        files = [os.path.join(path, n) for n in ("train.txt", "val.txt", "test.txt")
                 if os.path.isfile(os.path.join(path, n))]
        if not files:
            raise MissingInput("no Wojood train.txt/val.txt/test.txt in folder", source=path)
        return [s for f in files for s in read_wojood(f)]
    return read_tagged(path)


def split_dev(sentences: Sequence[Sentence], dev_fraction: float, seed: int,
              block: int = DEV_BLOCK) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): dev is a seeded random choice of blocks of ``block`` consecutive sentences.

    Whole blocks (roughly whole articles) are held out, so that names repeated
    within an article do not leak from train into dev; dev keeps the file order.
    """
    n_blocks = (len(sentences) + block - 1) // block
    order = list(range(n_blocks))
    random.Random(seed).shuffle(order)
    n_dev = int(round(len(sentences) * dev_fraction))
    dev_blocks, size = set(), 0
    for b in order:
        if size >= n_dev:
            break
        dev_blocks.add(b)
        size += len(sentences[b * block:(b + 1) * block])
    train = [s for i, s in enumerate(sentences) if i // block not in dev_blocks]
    dev = [s for i, s in enumerate(sentences) if i // block in dev_blocks]
    return train, dev


def outside_heads(sentences: Sequence[Sentence], min_count: int = 3, ratio: float = 3.0) -> set[str]:
    """Words the annotators of ``sentences`` leave outside the name they introduce (folded, bare):
    tagged ``O`` right before a ``B-`` at least ``min_count`` times and ``ratio`` times as often as
    they start a longer name (ANERcorp: ``مدينة``, ``صحيفة``, ``شركة``; not ``حزب``, ``مجلس``)."""
    from ..normalize import fold_key
    from .features import _bare

    inside: dict[str, int] = {}
    outside: dict[str, int] = {}
    for sent in sentences:
        for (w, t), (_, t2) in zip(sent, sent[1:]):
            if t == "O" and t2.startswith("B-"):
                k = _bare(fold_key(w))
                outside[k] = outside.get(k, 0) + 1
            elif t.startswith("B-") and t2 == "I-" + t[2:]:
                k = _bare(fold_key(w))
                inside[k] = inside.get(k, 0) + 1
    return {k for k, n in outside.items() if n >= min_count and n >= ratio * inside.get(k, 0)}


def align_heads(sentences: Sequence[Sentence], heads: set[str]) -> list[Sentence]:
    """Sentences of another corpus with those head words moved out of the names they start
    (Wojood tags ``مدينة حلب`` as one place; ANERcorp tags ``مدينة`` O and ``حلب`` B-LOC)."""
    from ..normalize import fold_key
    from .features import _bare

    out = []
    for sent in sentences:
        tags = [t for _, t in sent]
        for i in range(len(sent) - 1):
            t = tags[i]
            if t.startswith("B-") and tags[i + 1] == "I-" + t[2:] and _bare(fold_key(sent[i][0])) in heads:
                tags[i], tags[i + 1] = "O", t
        out.append([(w, y) for (w, _), y in zip(sent, tags)])
    return out


def entity_spans(tags: Sequence[str]) -> set[tuple[str, int, int]]:
    """Spans (type, start, end) from BIO tags, as ``score_ner.py`` reads them."""
    return bio_spans(tags)


def score(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict:
    """Entity-level exact-match P/R/F1, micro and per type (the conventions of ``score_ner.py``)."""
    g_ents, p_ents, off = set(), set(), 0
    for g, p in zip(gold, pred):
        g_ents |= {(t, s + off, e + off) for t, s, e in entity_spans(g)}
        p_ents |= {(t, s + off, e + off) for t, s, e in entity_spans(p)}
        off += len(g) + 1

    def prf(g, p):
        tp = len(g & p)
        pr = tp / len(p) if p else 0.0
        rc = tp / len(g) if g else 0.0
        return {"precision": round(pr, 4), "recall": round(rc, 4),
                "f1": round(2 * pr * rc / (pr + rc), 4) if pr + rc else 0.0, "gold": len(g), "pred": len(p)}

    types = sorted({e[0] for e in g_ents | p_ents})
    return {"micro": prf(g_ents, p_ents),
            "by_type": {t: prf({e for e in g_ents if e[0] == t}, {e for e in p_ents if e[0] == t}) for t in types}}


def _xy(sentences: Iterable[Sentence], fx: FeatureExtractor):
    for sent in sentences:
        toks = [analyze_word(w) for w, _ in sent]
        yield fx(toks), [t for _, t in sent]


def write_conll(path: str, sentences: Sequence[Sentence], tags: Sequence[Sequence[str]] | None = None) -> None:
    """Write ``token<TAB>TAG`` sentences (gold tags, or ``tags`` in their place)."""
    with open(path, "w", encoding="utf-8") as f:
        for k, sent in enumerate(sentences):
            for j, (w, t) in enumerate(sent):
                f.write(f"{w}\t{tags[k][j] if tags else t}\n")
            f.write("\n")


def _train_crf(xs, ys, path: str, c1: float, c2: float, max_iterations: int, algorithm: str = "lbfgs") -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm=algorithm, verbose=False)
    for x, y in zip(xs, ys):
        trainer.append(x, y)
    params = {"max_iterations": max_iterations, "feature.possible_transitions": True}
    if algorithm == "lbfgs":
        params.update({"c1": c1, "c2": c2})
    elif algorithm == "l2sgd":
        params["c2"] = c2
    trainer.set_params(params)
    trainer.train(path)


def _first_pass_job(args) -> list[list[str]]:
    """Train a first-pass CRF on ``fit`` sentences; return its tags for ``held`` (jackknifing)."""
    fit, held, groups, c1, c2, iters, path = args
    fx = FeatureExtractor(default_lexicons(), groups)
    xs, ys = zip(*_xy(fit, fx)) if fit else ((), ())
    _train_crf(xs, ys, path, c1, c2, iters)
    if not held:
        return []
    tagger = NerTagger(path, groups=groups)
    return [[t for t, _ in tagger.tag_tokens([analyze_word(w) for w, _ in sent])] for sent in held]


def train_ner(train_paths: list[str], model_out: str, seed: int = 13, dev_fraction: float = 0.1, *,
              groups: Iterable[str] = DEFAULT_GROUPS, c1: float = DEFAULT_C1, c2: float = DEFAULT_C2,
              max_iterations: int = DEFAULT_ITERATIONS, two_pass: bool = False, folds: int = 4,
              window: int = DOC_WINDOW, workers: int = 2, dev_out: str | None = None,
              algorithm: str = "lbfgs", align: bool = True, main_copies: int = DEFAULT_MAIN_COPIES,
              verbose: bool = False) -> dict:
    """Train a CRF on ``train_paths`` and save it at ``model_out`` (plus a ``.meta.json`` sidecar).

    A ``dev_fraction`` of the first path's sentences (seeded blocks, see
    :func:`split_dev`) is held out and scored; with ``dev_fraction=0`` everything
    is trained on and the scores are empty. ``two_pass``: also train a first-pass
    model (``<model>_stage1.crfsuite``) and feed its labels of nearby sentences to
    the second pass (training labels come from ``folds``-fold jackknifing).
    ``dev_out``: a folder to write ``dev.gold.conll``/``dev.pred.conll`` into.
    ``align``: move the head words the first file's annotators leave outside names (ANERcorp:
    ``مدينة``, ``صحيفة``) out of the names of the further files (:func:`align_heads`).
    ``main_copies``: train on the first file's training part that many times (the further copies, head-aligned
    like the other files, come after them): weighs the main corpus against the others.
    Returns ``{"micro": {...}, "by_type": {...}, "train_sentences", "dev_sentences", ...}``.
    """
    if not train_paths:
        raise MissingInput("train_ner needs at least one training file")
    groups = frozenset(groups)
    main = load_sentences(train_paths[0])
    train, dev = split_dev(main, dev_fraction, seed) if dev_fraction > 0 else (list(main), [])
    heads = outside_heads(train) if align else set()
    main_train = list(train)
    for p in train_paths[1:]:
        extra = load_sentences(p)
        train += align_heads(extra, heads) if align else extra
    for _ in range(main_copies - 1):
        train += align_heads(main_train, heads) if align else main_train
    os.makedirs(os.path.dirname(os.path.abspath(model_out)), exist_ok=True)
    t0 = time.time()
    meta = {"version": VERSION, "groups": sorted(groups), "algorithm": algorithm, "c1": c1, "c2": c2,
            "max_iterations": max_iterations,
            "seed": seed, "dev_fraction": dev_fraction, "dev_block": DEV_BLOCK,
            "train_paths": [os.path.basename(os.path.normpath(p)) for p in train_paths],
            "train_sentences": len(train), "dev_sentences": len(dev)}
    if align:
        meta["aligned_heads"] = sorted(heads)
    if main_copies != 1:
        meta["main_copies"] = main_copies
    fx = FeatureExtractor(default_lexicons(), groups)
    if two_pass:
        from multiprocessing import get_context

        stage1 = os.path.splitext(model_out)[0] + "_stage1.crfsuite"
        bounds = [round(len(train) * j / folds) for j in range(folds + 1)]
        jobs = [(train[:bounds[j]] + train[bounds[j + 1]:], train[bounds[j]:bounds[j + 1]], groups, c1, c2,
                 max_iterations, f"{model_out}.fold{j}.tmp") for j in range(folds)]
        jobs.append((train, [], groups, c1, c2, max_iterations, stage1))
        if workers > 1:
            with get_context("fork").Pool(workers) as pool:
                results = pool.map(_first_pass_job, jobs, chunksize=1)
        else:
            results = [_first_pass_job(j) for j in jobs]
        for j in range(folds):
            os.remove(f"{model_out}.fold{j}.tmp")
        first = [tags for r in results[:folds] for tags in r]
        tokens = [[analyze_word(w) for w, _ in sent] for sent in train]
        extra = document_features(tokens, first, window)
        xs = [[a + b for a, b in zip(fx(toks), es)] for toks, es in zip(tokens, extra)]
        meta.update({"stage1": os.path.basename(stage1), "doc_window": window, "folds": folds})
    else:
        xs = [x for x, _ in _xy(train, fx)]
    ys = [[t for _, t in sent] for sent in train]
    _train_crf(xs, ys, model_out, c1, c2, max_iterations, algorithm)
    with open(meta_path(model_out), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    result: dict = {"train_sentences": len(train), "dev_sentences": len(dev),
                    "seconds_training": round(time.time() - t0, 1),
                    "model_bytes": os.path.getsize(model_out) + (os.path.getsize(stage1) if two_pass else 0)}
    if dev:
        tagger = NerTagger(model_out)
        tagged = tagger.tag_document([[analyze_word(w) for w, _ in sent] for sent in dev])
        pred = [[t for t, _ in sent] for sent in tagged]
        result.update(score([[t for _, t in s] for s in dev], pred))
        meta["dev_scores"] = {"micro": result["micro"], "by_type": result["by_type"]}
        if two_pass:
            first_dev = NerTagger(stage1, groups=groups).tag_document(
                [[analyze_word(w) for w, _ in sent] for sent in dev])
            result["first_pass"] = score([[t for _, t in s] for s in dev],
                                         [[t for t, _ in sent] for sent in first_dev])["micro"]
        with open(meta_path(model_out), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
        if dev_out:
            os.makedirs(dev_out, exist_ok=True)
            write_conll(os.path.join(dev_out, "dev.gold.conll"), dev)
            write_conll(os.path.join(dev_out, "dev.pred.conll"), dev, pred)
    if verbose:
        print(json.dumps(result, ensure_ascii=False))
    return result
