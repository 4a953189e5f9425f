"""Build the NER tagger's extra training file (``bench/ner_extra``) from its annotations and SaudiNewsNet.

Session 11: helpers annotated SaudiNewsNet sentences with PERS/LOC/ORG/MISC names following ANERcorp's
conventions (its training part was their reference; they never saw marsad's tagger or its output). The
repository holds no article text (see :mod:`marsad.ner.extra`, which does the work). This script reads
``../shared/data/saudinewsnet`` and writes CoNLL (``token TAG`` per line, a blank line between sentences);
``marsad train ner`` and ``scripts/build_ner.py final`` build the same file themselves:

    python scripts/build_ner_extra.py [OUT.conll]       # default: build/ner_extra.conll
    python scripts/build_ner_extra.py pack SENTS.jsonl ANN.jsonl OFFSETS.jsonl [OUT]   # (used once) append annotations
"""
from __future__ import annotations

import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))

from marsad.ner.extra import build as _build  # noqa: E402

CORPUS = os.path.join(ROOT, "..", "shared", "data", "saudinewsnet")
ANNOTATIONS = os.path.join(ROOT, "bench", "ner_extra", "annotations.jsonl")
DEFAULT_OUT = os.path.join(ROOT, "build", "ner_extra.conll")


def build(out: str = DEFAULT_OUT) -> int:
    return _build(ANNOTATIONS, CORPUS, out)


def pack(sents_path: str, ann_path: str, offsets_path: str, out_path: str = ANNOTATIONS) -> None:
    """Append annotations (``{"sid", "entities"}``) of the sentences in ``sents_path`` to ANNOTATIONS, with
    token offsets taken from ``offsets_path`` (the sentence file that kept them: ``{"sid", "loc", "offsets"}``)."""
    offsets = {}
    for line in open(offsets_path, encoding="utf-8"):
        r = json.loads(line)
        offsets[r["sid"]] = (r["loc"], r["offsets"])
    tokens = {json.loads(l)["sid"]: json.loads(l)["tokens"] for l in open(sents_path, encoding="utf-8")}
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, "a", encoding="utf-8") as out:
        for line in open(ann_path, encoding="utf-8"):
            a = json.loads(line)
            loc, offs = offsets[a["sid"]]
            assert len(offs) == len(tokens[a["sid"]])
            out.write(json.dumps({"loc": loc, "span": [offs[0][0], offs[-1][1]], "entities": a["entities"]},
                                 ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "pack":
        pack(*sys.argv[2:6])
    else:
        print(build(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT), "sentences")
