"""In-process A/B of two trees, per stage (session 10; session 7's method).

The base tree is a copy of ``src/marsad`` renamed ``marsad_old`` in the folder named by ``OLD``; the tree measured
is the ``marsad`` on ``PYTHONPATH``. Each article goes through both pipelines in turn (each tree's own stages from
the raw text), the order swapped every article, ``time.process_time()`` around each stage, the workers'
garbage-collector settings; the two records are compared as JSON. Both trees see the same load at the same moment.

    mkdir -p /tmp/old && git archive BASE src/marsad | tar -x -C /tmp/old && mv /tmp/old/src/marsad /tmp/old/marsad_old
    OLD=/tmp/old PYTHONPATH=src python bench/ab_stages.py 3000 1000   # every second article of the first 6,000
"""
import gc, sys, time, json
import os; sys.path.insert(0, os.environ["OLD"])
N = int(sys.argv[1]); WARM = int(sys.argv[2]); SKIP = int(sys.argv[3]) if len(sys.argv) > 3 else 0
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _trees import NAMES as names, load, sample  # noqa: E402
src = sample(N, SKIP)
trees = {"old": load("marsad_old"), "new": load("marsad")}
gc.collect(); gc.freeze(); gc.set_threshold(50000)
tot = {k: {n: 0.0 for n in names} for k in trees}
m = 0; diff = 0
pt = time.process_time
for i, s in enumerate(src):
    order = ("old", "new") if i % 2 == 0 else ("new", "old")
    recs = {}
    for k in order:
        fns, Doc, rec = trees[k]
        d = Doc.from_text(s.raw, id=s.id, **s.meta)
        t = tot[k]
        for n, fn in fns:
            a = pt(); d = fn(d); b = pt()
            if i >= WARM: t[n] += b - a
            d.done.append(n)
        recs[k] = json.dumps(rec(d), ensure_ascii=False, sort_keys=True)
    if recs["old"] != recs["new"]:
        diff += 1
        if diff <= 3: print("DIFF", s.id, file=sys.stderr)
    if i >= WARM: m += 1
print(f"measured {m} articles after {WARM}; records differing: {diff}")
print("stage      old ms   new ms   new/old")
for n in names + ["total"]:
    o = sum(tot["old"].values()) if n == "total" else tot["old"][n]
    w = sum(tot["new"].values()) if n == "total" else tot["new"][n]
    print(f"{n:9s} {o/m*1e3:7.3f}  {w/m*1e3:7.3f}   {w/o if o else 0:.3f}")
