"""List the matched events whose actor or target the scorer counts wrong, with a rough cause (error analysis).

    participant_errors.py GOLD PRED [GOLD PRED ...] > errors.tsv

Pairs of gold and prediction files (JSONL). Events are matched and participants judged by the scorer's own
``match`` and ``participant_ok`` (../shared/eval/score_events.py, found next to this repository or by
MARSAD_SCORER). One line per wrong participant: role, cause, article, type, gold text|country, predicted
text|country, the sentence of the event's first mention. The cause is EMPTY-<where> when nothing was predicted
(where the gold text is: the same sentence, the previous one, the title, earlier or later in the text, nowhere),
WRONG-COUNTRY (the texts overlap, the countries differ), WRONG-nocountry (the gold has a country, no predicted
one has), WRONG-arg (another party). The counts per role and cause go to stderr.
"""
import collections
import importlib.util
import json
import os
import sys


def _scorer():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.environ.get("MARSAD_SCORER") or os.path.join(here, "..", "..", "shared", "eval", "score_events.py")
    spec = importlib.util.spec_from_file_location("score_events", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _sentence(text, i):
    b = max(text.rfind(c, 0, i) for c in ".\n؟!")
    ends = [x for x in (text.find(c, i) for c in ".\n؟!") if x >= 0]
    return b + 1, min(ends or [len(text)])


def main(args):
    sc = _scorer()
    counts = collections.Counter()
    for gold_path, pred_path in zip(args[::2], args[1::2]):
        gold, pred = sc.load_jsonl(gold_path), sc.load_jsonl(pred_path)
        for doc_id, g in gold.items():
            ge, pe = g["events"], (pred.get(doc_id) or {}).get("events") or []
            spans = [sc.spans_of(g["text"], e["evidence"]) for e in ge]
            for gi, pi in sc.match(ge, spans, pe):
                for role, key in (("actor", "actors"), ("target", "targets")):
                    gp, ps = ge[gi].get(role), pe[pi].get(key) or []
                    if not gp or sc.participant_ok(gp, ps):
                        continue
                    text, gt = g["text"], gp["text"]
                    m = (pe[pi].get("mentions") or [{"start": 0}])[0]
                    s0, s1 = _sentence(text, m["start"])
                    if not ps:
                        p0, _ = _sentence(text, max(s0 - 2, 0))
                        where = ("same" if gt in text[s0:s1] else "prev" if gt in text[p0:s0]
                                 else "title" if gt in (g.get("title") or "") else "earlier" if gt in text[:s0]
                                 else "later" if gt in text else "nowhere")
                        cause = "EMPTY-" + where
                    elif any(gt in (p.get("text") or "") or (p.get("text") or "\0") in gt for p in ps):
                        cause = "WRONG-COUNTRY"
                    elif gp.get("country") and not any(p.get("country") for p in ps):
                        cause = "WRONG-nocountry"
                    else:
                        cause = "WRONG-arg"
                    counts[(role, cause)] += 1
                    print("\t".join((role, cause, doc_id, ge[gi]["type"], f"{gt}|{gp.get('country')}",
                                     " ; ".join(f"{p.get('text')}|{p.get('country')}" for p in ps),
                                     text[s0:s1].strip()[:220])))
    for (role, cause), n in sorted(counts.items()):
        print(f"{role:7s} {cause:16s} {n}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 3 or len(sys.argv) % 2 == 0:
        sys.exit(__doc__)
    main(sys.argv[1:])
