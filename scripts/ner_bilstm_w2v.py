#!/usr/bin/env python3
"""BiLSTM-CRF comparison, step 2: 100-d skip-gram word2vec on the folded SaudiNewsNet corpus
(build_ner.py corpus; the same settings as build_ner.py clusters), saved as /tmp/nerx/w2v_vocab.json
and w2v_vecs.npy. Run with a Python that has gensim, e.g. /tmp/buildvenv/bin/python.
"""
import time
from gensim.models import Word2Vec
CORPUS="/tmp/marsad_ner_build/snn_folded.txt"
class S:
    def __iter__(self):
        with open(CORPUS, encoding="utf-8") as f:
            for line in f:
                yield line.split()
t0=time.time()
m = Word2Vec(S(), vector_size=100, window=5, min_count=5, sg=1, negative=5, workers=2, epochs=5, seed=13, max_final_vocab=200_000)
m.wv.save("/tmp/nerx/w2v100.kv")
print("done", len(m.wv), time.time()-t0)

import json, numpy as np
json.dump(m.wv.index_to_key, open("/tmp/nerx/w2v_vocab.json", "w"), ensure_ascii=False)
np.save("/tmp/nerx/w2v_vecs.npy", m.wv.vectors.astype(np.float32))
