"""The NER tagger's extra training sentences (bench/ner_extra) rebuild from their annotations and SaudiNewsNet."""
import os
import subprocess
import sys

import pytest

from _helpers import ROOT

CORPUS = os.path.join(ROOT, "..", "shared", "data", "saudinewsnet")


@pytest.mark.skipif(not os.path.isdir(CORPUS), reason="SaudiNewsNet is not in ../shared/data")
def test_the_extra_ner_sentences_rebuild_as_conll(tmp_path):
    out = tmp_path / "extra.conll"
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "build_ner_extra.py"), str(out)], check=True,
                   capture_output=True)
    sents, cur = [], []
    for line in open(out, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            sents.append(cur)
            cur = []
            continue
        tok, tag = line.rsplit(" ", 1)
        assert tok and " " not in tok
        assert tag == "O" or (tag[:2] in ("B-", "I-") and tag[2:] in ("PERS", "LOC", "ORG", "MISC"))
        cur.append((tok, tag))
    n = sum(1 for _ in open(os.path.join(ROOT, "bench", "ner_extra", "annotations.jsonl"), encoding="utf-8"))
    assert len(sents) == n >= 3600
    # every name starts with B-, and an I- continues a name of its own type
    for sent in sents:
        for k, (_tok, tag) in enumerate(sent):
            if tag.startswith("I-"):
                assert k > 0 and sent[k - 1][1][2:] == tag[2:]
    tagged = {tok for sent in sents for tok, tag in sent if tag != "O"}
    assert {"السعودية", "الرياض", "داعش"} & tagged


@pytest.mark.skipif(not os.path.isdir(CORPUS), reason="SaudiNewsNet is not in ../shared/data")
def test_the_further_sentences_rebuild_too():
    # 4,800 more sentences annotated the same way, kept for experiments (the shipped model does not use them)
    from marsad.ner.extra import sentences

    sents = sentences(os.path.join(ROOT, "bench", "ner_extra", "more.jsonl"), CORPUS)
    assert len(sents) == 4800
    assert all(tok.strip() and (tag == "O" or tag[2:] in ("PERS", "LOC", "ORG", "MISC")) for s in sents for tok, tag in s)
