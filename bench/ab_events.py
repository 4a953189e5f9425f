"""In-process A/B of the events stage alone (session 12), for quick iteration between the full A/Bs.

As ``ab_stages.py`` (the base tree as ``marsad_old`` in the folder named by ``OLD``), but each tree's stages
before ``events`` run once per article, outside the timing; then ``ROUNDS`` rounds time each tree's events
stage on every article, the order swapped every article, ``time.process_time()`` around each call, and the
records of the two trees are compared as JSON (the first round).

    OLD=/tmp/old PYTHONPATH=src python bench/ab_events.py 1000 [ROUNDS=3] [SKIP=0]
"""
import gc, sys, time, json
import os; sys.path.insert(0, os.environ["OLD"])
N = int(sys.argv[1]); ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
SKIP = int(sys.argv[3]) if len(sys.argv) > 3 else 0
CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "saudinewsnet")
if not os.path.isdir(CORPUS):
    CORPUS = "/work/shared/data/saudinewsnet"
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _trees import NAMES as names, load, sample  # noqa: E402
src = sample(N, SKIP, CORPUS)
cut = names.index("events")
trees = {"old": load("marsad_old"), "new": load("marsad")}
docs = {k: [] for k in trees}
for s in src:
    for k, (fns, Doc, rec) in trees.items():
        d = Doc.from_text(s.raw, id=s.id, **s.meta)
        for n, fn in fns[:cut]:
            d = fn(d)
            d.done.append(n)
        docs[k].append(d)
gc.collect(); gc.freeze(); gc.set_threshold(50000)
tot = {k: 0.0 for k in trees}
pt = time.process_time
diff = 0
for r in range(ROUNDS + 1):  # round 0: warm-up (the lexicons load), records compared, not timed
    for i in range(len(src)):
        order = ("old", "new") if (i + r) % 2 == 0 else ("new", "old")
        recs = {}
        for k in order:
            fns, Doc, rec = trees[k]
            ev = fns[cut][1]
            d = docs[k][i]
            a = pt(); d = ev(d); b = pt()
            if r:
                tot[k] += b - a
            else:
                recs[k] = json.dumps(rec(d), ensure_ascii=False, sort_keys=True)
        if r == 0 and recs["old"] != recs["new"]:
            diff += 1
            if diff <= 3:
                print("DIFF", src[i].id, file=sys.stderr)
m = len(src) * ROUNDS
print(f"events stage, {len(src)} articles x {ROUNDS} rounds; records differing: {diff}")
print(f"old {tot['old'] / m * 1e3:.3f} ms  new {tot['new'] / m * 1e3:.3f} ms  new/old {tot['new'] / tot['old']:.3f}")
