#!/usr/bin/env python3
"""BiLSTM-CRF comparison of bench/NER_RESULTS.md (version 3), step 1 of 3, in the project venv:
dump the block dev split (seed 13), the training sentences (ANERcorp train minus dev + Wojood) and
500 benchmark articles as folded tokens into /tmp/nerx/nn_data.json.
Step 2: scripts/ner_bilstm_w2v.py (gensim venv), step 3: scripts/ner_bilstm.py (torch venv).
"""
import json, sys
sys.path.insert(0, "/work/main/src"); sys.path.insert(0, "/work/main/bench")
from marsad.ner.train import load_sentences, split_dev
from marsad.tokenize import analyze_word, tokenize_document
from marsad.document import Document
from bench_ner import articles
main = load_sentences("/work/shared/data/anercorp/train.conll")
train, dev = split_dev(main, 0.1, 13)
woj = load_sentences("/work/shared/data/wojood-sample")
def key(t):
    return t.norm if t.kind == "word" else t.text
def conv(sents):
    out = []
    for s in sents:
        toks = [analyze_word(w) for w, _ in s]
        out.append({"w": [key(t) for t in toks], "s": [t.stem for t in toks], "y": [y for _, y in s]})
    return out
texts = articles(500)
sample = []
for a in texts:
    d = tokenize_document(Document.from_text(a))
    sample.append([[key(t) for t in d.tokens[s.token_start:s.token_end]] for s in d.sentences] or [[key(t) for t in d.tokens]])
json.dump({"train": conv(train) + conv(woj), "dev": conv(dev), "speed": sample, "speed_chars": sum(map(len, texts))},
          open("/tmp/nerx/nn_data.json", "w"), ensure_ascii=False)
print("ok", len(train), len(dev), len(woj))
