#!/usr/bin/env python3
"""Step 3 of the BiLSTM-CRF comparison (see scripts/ner_bilstm_prep.py). Small BiLSTM-CRF (char CNN + frozen SaudiNewsNet word2vec) on the block dev split. Scratch experiment.
Run with /tmp/bertvenv/bin/python bilstm.py [epochs]"""
import json, sys, time, random
import numpy as np
import torch, torch.nn as nn
torch.set_num_threads(1); torch.manual_seed(13); random.seed(13); np.random.seed(13)
EPOCHS = int(sys.argv[1]) if len(sys.argv) > 1 else 12
D = json.load(open("/tmp/nerx/nn_data.json"))
# word2vec vectors (gensim KeyedVectors saved as .kv; read via numpy arrays saved next to it)
vocab = json.load(open("/tmp/nerx/w2v_vocab.json")); vecs = np.load("/tmp/nerx/w2v_vecs.npy")
w2i = {w: i + 2 for i, w in enumerate(vocab)}  # 0 pad, 1 unk
E = np.zeros((len(vocab) + 2, vecs.shape[1]), dtype=np.float32); E[2:] = vecs / (np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9)
labels = sorted({y for s in D["train"] for y in s["y"]}); l2i = {l: i for i, l in enumerate(labels)}
chars = sorted({c for s in D["train"] for w in s["w"] for c in w}); c2i = {c: i + 2 for i, c in enumerate(chars)}
def wid(w, s):
    for k in (w, "ال" + s, s):
        if k in w2i: return w2i[k]
    if w and w[0].isdigit(): return w2i.get("0", 1)
    return 1
def encode(sent_w, sent_s):
    wi = torch.tensor([wid(w, s) for w, s in zip(sent_w, sent_s)])
    L = max(len(w) for w in sent_w); L = min(max(L, 3), 20)
    ci = torch.zeros(len(sent_w), L, dtype=torch.long)
    for j, w in enumerate(sent_w):
        for k, c in enumerate(w[:L]): ci[j, k] = c2i.get(c, 1)
    return wi, ci
class CRF(nn.Module):
    def __init__(s, n):
        super().__init__(); s.trans = nn.Parameter(torch.zeros(n, n)); s.start = nn.Parameter(torch.zeros(n)); s.end = nn.Parameter(torch.zeros(n))
    def nll(s, em, y):  # em: T x n
        score = s.start[y[0]] + em[0, y[0]] + (s.trans[y[:-1], y[1:]] + em[torch.arange(1, len(y)), y[1:]]).sum() + s.end[y[-1]]
        a = s.start + em[0]
        for t in range(1, em.shape[0]):
            a = torch.logsumexp(a.unsqueeze(1) + s.trans, 0) + em[t]
        return torch.logsumexp(a + s.end, 0) - score
    def viterbi(s, em):
        em = em.detach(); a = s.start + em[0]; bp = []
        tr = s.trans.detach()
        for t in range(1, em.shape[0]):
            m, i = (a.unsqueeze(1) + tr).max(0); bp.append(i); a = m + em[t]
        best = [int((a + s.end).argmax())]
        for i in reversed(bp): best.append(int(i[best[-1]]))
        return best[::-1]
class Net(nn.Module):
    def __init__(s):
        super().__init__()
        s.emb = nn.Embedding.from_pretrained(torch.tensor(E), freeze=True)
        s.cemb = nn.Embedding(len(chars) + 2, 30, padding_idx=0)
        s.conv = nn.Conv1d(30, 50, 3, padding=1)
        s.lstm = nn.LSTM(150, 100, batch_first=True, bidirectional=True)
        s.drop = nn.Dropout(0.5); s.out = nn.Linear(200, len(labels)); s.crf = CRF(len(labels))
    def emissions(s, wi, ci):
        c = s.conv(s.cemb(ci).transpose(1, 2)).max(2)[0]
        x = s.drop(torch.cat([s.emb(wi), c], 1)).unsqueeze(0)
        h, _ = s.lstm(x)
        return s.out(s.drop(h[0]))
net = Net(); opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=2e-3)
train = [(encode(s["w"], s["s"]), torch.tensor([l2i[y] for y in s["y"]])) for s in D["train"] if s["w"]]
dev = [(encode(s["w"], s["s"]), s["y"]) for s in D["dev"] if s["w"]]
def spans(tags):
    out, cur = set(), None
    for i, t in enumerate(tags + ["O"]):
        if cur and not (t.startswith("I-") and t[2:] == cur[0]):
            out.add((cur[0], cur[1], i)); cur = None
        if t.startswith("B-") or (t.startswith("I-") and cur is None): cur = (t[2:], i)
    return out
def evaluate():
    net.eval(); g, p = set(), set()
    with torch.no_grad():
        for k, ((wi, ci), y) in enumerate(dev):
            pred = [labels[i] for i in net.crf.viterbi(net.emissions(wi, ci))]
            g |= {(k,) + x for x in spans(y)}; p |= {(k,) + x for x in spans(pred)}
    def prf(G, P):
        tp = len(G & P); pr = tp / max(len(P), 1); rc = tp / max(len(G), 1)
        return {"precision": round(pr, 4), "recall": round(rc, 4), "f1": round(2 * pr * rc / max(pr + rc, 1e-9), 4), "gold": len(G), "pred": len(P)}
    res = {"micro": prf(g, p)}
    for t in ("PERS", "LOC", "ORG", "MISC"):
        res[t] = prf({x for x in g if x[1] == t}, {x for x in p if x[1] == t})
    net.train(); return res
best = None; log = []
for ep in range(EPOCHS):
    random.shuffle(train); t0 = time.process_time(); tot = 0.0
    for k in range(0, len(train), 16):
        opt.zero_grad(); loss = 0
        for (wi, ci), y in train[k:k + 16]:
            loss = loss + net.crf.nll(net.emissions(wi, ci), y)
        loss.backward(); nn.utils.clip_grad_norm_(net.parameters(), 5.0); opt.step(); tot += float(loss)
    r = evaluate(); r["epoch"] = ep + 1; r["cpu_s"] = round(time.process_time() - t0); log.append(r)
    print(json.dumps(r), flush=True)
    if best is None or r["micro"]["f1"] > best["micro"]["f1"]:
        best = r; torch.save(net.state_dict(), "/tmp/nerx/bilstm.pt")
net.load_state_dict(torch.load("/tmp/nerx/bilstm.pt")); net.eval()
# speed: tag the sample articles sentence by sentence (the way the pipeline calls the CRF), 1 thread
t0 = time.process_time(); ntok = 0
with torch.no_grad():
    for art in D["speed"]:
        for s in art:
            if not s: continue
            wi, ci = encode(s, s); ntok += len(s)
            net.crf.viterbi(net.emissions(wi, ci))
dt = time.process_time() - t0
sp = {"articles": len(D["speed"]), "tokens": ntok, "chars": D["speed_chars"], "cpu_s": round(dt, 2),
      "tokens_per_s": round(ntok / dt), "chars_per_s": round(D["speed_chars"] / dt), "ms_per_article": round(dt * 1e3 / len(D["speed"]), 2)}
print(json.dumps({"best": best, "speed": sp}))
json.dump({"best": best, "epochs": log, "speed": sp}, open("/tmp/nerx/bilstm_result.json", "w"))
