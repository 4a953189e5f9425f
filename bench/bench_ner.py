#!/usr/bin/env python3
"""Speed of the NER stage on SaudiNewsNet articles, in tokens/s and chars/s.

    bench_ner.py [N]   the first N articles (default 2000) in anchors.py's fixed shuffled order

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


def main() -> None:
    from marsad.document import Document
    from marsad.ner import ner_stage
    from marsad.ner.model import NerTagger
    from marsad.tokenize import tokenize_document

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    texts = articles(n)
    chars = sum(map(len, texts))
    tagger = NerTagger.default()
    ner_stage(tokenize_document(Document.from_text("قال الرئيس بشار الأسد في دمشق")))  # load once

    t0 = time.perf_counter()
    docs = [tokenize_document(Document.from_text(t)) for t in texts]
    t_tok = time.perf_counter() - t0
    n_tok = sum(len(d.tokens) for d in docs)

    t0 = time.perf_counter()
    n_ent = 0
    for d in docs:
        n_ent += len(ner_stage(d, tagger).entities)
    t_ner = time.perf_counter() - t0

    print(json.dumps({
        "articles": len(texts), "tokens": n_tok, "chars": chars, "entities": n_ent,
        "tagging_s": round(t_ner, 2), "tagging_tokens_per_s": round(n_tok / t_ner),
        "tagging_chars_per_s": round(chars / t_ner),
        "end_to_end_s": round(t_tok + t_ner, 2), "end_to_end_tokens_per_s": round(n_tok / (t_tok + t_ner)),
        "end_to_end_chars_per_s": round(chars / (t_tok + t_ner)),
    }))


if __name__ == "__main__":
    main()
