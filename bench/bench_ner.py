#!/usr/bin/env python3
"""Speed of the NER stage on SaudiNewsNet articles, in tokens/s and chars/s.

    bench_ner.py [N]   the first N articles (default 2000) in anchors.py's fixed shuffled order
    bench_ner.py verify [N] [STRIDE]   fast path == reference path on every STRIDE-th corpus article
                                       (N of them) and on the ANERcorp dev split
    bench_ner.py stages [N]            CPU ms per article of each stage of the default pipeline
    bench_ner.py ... --reference       (with N) time the reference tagging path instead of the fast one
    bench_ner.py ... --model=PATH      a model other than the packaged one (N and verify)

Times are CPU seconds of this process (time.process_time): the machine is shared.

Reports tagging only (features + CRF over already tokenized documents) and end
to end (tokenize + sentence split + NER). Compare with the BERT anchor run in the
same session: ``python /work/shared/bench/anchors.py bert`` (chars_per_s).
Prints one JSON line.
"""
from __future__ import annotations

import glob
import json
import os
import random
import sys
import time
import zipfile

CORPUS = os.environ.get("MARSAD_SNN", "/work/shared/data/saudinewsnet")


def articles(n: int) -> list[str]:
    """The same articles, in the same order, as /work/shared/bench/anchors.py."""
    rows = []
    for path in sorted(glob.glob(os.path.join(CORPUS, "*.zip"))):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                rows += json.loads(z.read(name).decode("utf-8"))
    random.Random(0).shuffle(rows)
    return [r["content"] for r in rows[:n]]


def _model_arg() -> str | None:
    for a in sys.argv:
        if a.startswith("--model="):
            return a.split("=", 1)[1]
    return None


def verify(n: int, stride: int) -> dict:
    """Compare the fast tagging path with the reference (feature strings to crfsuite): tags, marginals
    and the entities ``ner_stage`` makes (text, offsets, label, rounded confidence)."""
    from marsad.corpora import saudinewsnet_documents
    from marsad.errors import InputError
    from marsad.ner import ner_stage
    from marsad.ner.model import NerTagger
    from marsad.ner.train import load_sentences, split_dev
    from marsad.tokenize import analyze_word, tokenize_document

    fast, ref = NerTagger(_model_arg()), NerTagger(_model_arg(), fast=False)
    out = {}

    def compare(name, docs_sents):
        tokens = labels = 0
        worst = 0.0
        t_fast = t_ref = 0.0
        for sents in docs_sents:
            t0 = time.process_time()
            a = fast.tag_document(sents)
            t1 = time.process_time()
            b = ref.tag_document(sents)
            t_ref += time.process_time() - t1
            t_fast += t1 - t0
            for sa, sb in zip(a, b):
                for (ya, pa), (yb, pb) in zip(sa, sb):
                    tokens += 1
                    labels += ya != yb
                    worst = max(worst, abs(pa - pb))
        out[name] = {"tokens": tokens, "label_differences": labels, "max_marginal_difference": worst,
                     "fast_s": round(t_fast, 2), "reference_s": round(t_ref, 2)}

    docs = [tokenize_document(d) for d in saudinewsnet_documents(CORPUS, n=n, stride=stride)
            if not isinstance(d, InputError)]
    compare("saudinewsnet", ([d.tokens[s.token_start:s.token_end] for s in d.sentences] or [d.tokens]
                             for d in docs))
    ent_diff = n_ent = 0
    for d in docs:
        ea = [(e.start, e.end, e.text, e.label, e.confidence) for e in ner_stage(d, fast).entities]
        eb = [(e.start, e.end, e.text, e.label, e.confidence) for e in ner_stage(d, ref).entities]
        n_ent += len(eb)
        ent_diff += ea != eb
    out["saudinewsnet"].update({"articles": len(docs), "entities": n_ent, "articles_with_different_entities": ent_diff})
    train = os.path.join(os.environ.get("MARSAD_ANER", "/work/shared/data/anercorp"), "train.conll")
    _, dev = split_dev(load_sentences(train), 0.1, 13)
    compare("anercorp_dev", [[[analyze_word(w) for w, _ in s] for s in dev]])
    print(json.dumps(out))
    return out


def stages(n: int) -> dict:
    """CPU ms per article of each default pipeline stage, on the first N articles (one warm-up pass)."""
    from marsad.document import Document
    from marsad.pipeline import Pipeline

    texts = articles(n)
    pipe = Pipeline()
    fns = pipe.stages
    for t in texts[:50]:
        pipe(Document.from_text(t))
    spent = {name: 0.0 for name, _ in fns}
    for t in texts:
        doc = Document.from_text(t)
        for name, fn in fns:
            t0 = time.process_time()
            doc = fn(doc)
            spent[name] += time.process_time() - t0
    out = {"articles": len(texts), **{k: round(v * 1e3 / len(texts), 2) for k, v in spent.items()}}
    out["total"] = round(sum(spent.values()) * 1e3 / len(texts), 2)
    print(json.dumps(out))
    return out


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "stages":
        stages(int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
        return
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if args and args[0] == "verify":
        verify(int(args[1]) if len(args) > 1 else 2000, int(args[2]) if len(args) > 2 else 15)
        return
    from marsad.document import Document
    from marsad.ner import ner_stage
    from marsad.ner.model import NerTagger
    from marsad.tokenize import tokenize_document

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 2000
    texts = articles(n)
    chars = sum(map(len, texts))
    tagger = NerTagger(_model_arg(), fast="--reference" not in sys.argv)
    ner_stage(tokenize_document(Document.from_text("قال الرئيس بشار الأسد في دمشق")), tagger)  # load once

    t0 = time.process_time()
    docs = [tokenize_document(Document.from_text(t)) for t in texts]
    t_tok = time.process_time() - t0
    n_tok = sum(len(d.tokens) for d in docs)

    t0 = time.process_time()
    n_ent = 0
    for d in docs:
        n_ent += len(ner_stage(d, tagger).entities)
    t_ner = time.process_time() - t0

    print(json.dumps({
        "path": "reference" if "--reference" in sys.argv else "fast", "model": tagger.producer,
        "articles": len(texts), "tokens": n_tok, "chars": chars, "entities": n_ent,
        "tagging_ms_per_article": round(t_ner * 1e3 / len(texts), 2),
        "tagging_s": round(t_ner, 2), "tagging_tokens_per_s": round(n_tok / t_ner),
        "tagging_chars_per_s": round(chars / t_ner),
        "end_to_end_s": round(t_tok + t_ner, 2), "end_to_end_tokens_per_s": round(n_tok / (t_tok + t_ner)),
        "end_to_end_chars_per_s": round(chars / (t_tok + t_ner)),
    }))


if __name__ == "__main__":
    main()
