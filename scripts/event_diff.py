"""Show gold and predicted events of one dev article side by side (error analysis)."""
import json
import sys

gold = {json.loads(x)["id"]: json.loads(x) for x in open(sys.argv[1], encoding="utf-8")}
pred = {json.loads(x)["id"]: json.loads(x) for x in open(sys.argv[2], encoding="utf-8")}
for doc_id in sys.argv[3:]:
    g = gold[doc_id]
    print("GOLD", doc_id, g["published"])
    for e in g["events"]:
        print(f"  {e['type']:9s} {e.get('mode') or '':10s} actor={(e.get('actor') or {}).get('text')} "
              f"target={(e.get('target') or {}).get('text')} place={(e.get('place') or {}).get('text')} "
              f"date={e.get('date')} k={e.get('killed')} | {e['evidence'][0][:70]}")
    print("PRED")
    for e in pred[doc_id]["events"]:
        print(f"  {e['type']:9s} {e.get('mode') or '':10s} actor={[a['text'] for a in e['actors']]} "
              f"target={[t['text'] for t in e['targets']]} place={(e.get('place') or {}).get('text')} "
              f"date={e.get('date')} k={e.get('killed')} | " + " || ".join(m['text'][:50] for m in e['mentions']))
