"""Print false positives and misses of an events prediction against the dev gold (error analysis)."""
import sys

sys.path.insert(0, "../shared/eval")
from score_events import load_jsonl, match, spans_of  # noqa: E402

gold = load_jsonl(sys.argv[1])
pred = load_jsonl(sys.argv[2])
for doc_id, g in gold.items():
    ge = g["events"]
    pe = (pred.get(doc_id) or {}).get("events") or []
    gs = [spans_of(g["text"], e["evidence"]) for e in ge]
    pairs = match(ge, gs, pe)
    mg = {a for a, _ in pairs}
    mp = {b for _, b in pairs}
    for i, e in enumerate(ge):
        if i not in mg:
            print(f"MISS {doc_id} {e['type']:9s} {e['evidence'][0][:110]}")
    for i, e in enumerate(pe):
        if i not in mp:
            print(f"FP   {doc_id} {e['type']:9s} [{e['trigger']['text']}] {e['mentions'][0]['text'][:100]}")
