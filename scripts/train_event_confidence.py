"""Build ``src/marsad/data/event_confidence.json``: the event confidence model (see marsad.events.confidence).

    python scripts/train_event_confidence.py [--sets-dir DIR] [--out PATH] [--report PATH]

The rule extractor runs over the dev gold (``../shared/data/events/dev.jsonl``) and the read sets of
``bench/events_dev2`` (rebuilt from SaudiNewsNet by ``scripts/build_events_dev2.py`` unless ``--sets-dir`` holds
them). ``blind5`` (never read) and the session's watched set are left out: they measure the project. Each event is
labelled 1 when the scorer of ``../shared/eval/score_events.py`` matches it to a gold event (same type,
overlapping evidence, one to one), else 0, and a logistic regression (L2, seeded stochastic gradient, pure
Python) learns the label from ``event_features``. Before the final fit, a leave-one-set-out run measures what
the probabilities are worth on a set the model did not see: ranking (AUC, against the rules' own prior),
calibration (Brier score, observed rate per tenth), and event F1 if events under each threshold were dropped.
The result and those figures go into the model file. Deterministic: the same events give the same weights.
"""
from __future__ import annotations

import argparse
import bisect
import importlib.util
import json
import os
import random
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "src"))
sys.path.insert(0, HERE)

from marsad.document import Document  # noqa: E402
from marsad.events.confidence import event_features, logistic  # noqa: E402
from marsad.events.extract import EventExtractor  # noqa: E402
from marsad.pipeline import DEFAULT_STAGES, Pipeline  # noqa: E402

SHARED = os.path.join(ROOT, "..", "shared")
DEV = os.path.join(SHARED, "data", "events", "dev.jsonl")
# the read sets of bench/events_dev2 (blind5 has never been read; blind14 is session 24's watched set)
TRAIN_SETS = ("tuned", "train", "blind", "blind2", "blind3", "blind4", "blind6", "blind7", "blind8", "blind9", "blind10",
              "blind11", "blind12", "blind13")
L2 = 20.0
EPOCHS = 20
RATE = 0.1
SEED = 1
PRUNE = 1e-4
MIN_COUNT = 5  # a fact seen on fewer training events gets no weight (a name, a rare word)
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


def _scorer():
    spec = importlib.util.spec_from_file_location("score_events", os.path.join(SHARED, "eval", "score_events.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def labelled_events(path: str, scorer) -> tuple[list[tuple[list[str], int, float]], int]:
    """(features, label, the rules' prior) of every event the rules find in the gold file ``path``, and the
    number of gold events."""
    stages = Pipeline([s for s in DEFAULT_STAGES if s != "events"])
    extractor = EventExtractor()
    rows, n_gold = [], 0
    for line in open(path, encoding="utf-8"):
        g = json.loads(line)
        doc = stages(Document.from_text(g["text"], id=g["id"], published=g.get("published")))
        events = extractor(doc)
        gold = g["events"]
        n_gold += len(gold)
        spans = [scorer.spans_of(g["text"], e["evidence"]) for e in gold]
        preds = [{"type": ev.type, "mentions": [{"start": m.start, "end": m.end} for m in ev.mentions]} for ev in events]
        matched = {pi for _, pi in scorer.match(gold, spans, preds)}
        rows += [(event_features(doc, ev, events), int(i in matched), ev.confidence) for i, ev in enumerate(events)]
    return rows, n_gold


def fit(rows: list[tuple[list[str], int, float]]) -> dict[str, float]:
    seen: dict[str, int] = {}
    for feats, _, _ in rows:
        for f in feats:
            seen[f] = seen.get(f, 0) + 1
    rows = [([f for f in feats if seen[f] >= MIN_COUNT], y, p0) for feats, y, p0 in rows]
    w: dict[str, float] = {}
    order = list(range(len(rows)))
    rnd = random.Random(SEED)
    rate, n = RATE, len(rows)
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for i in order:
            feats, y, _prior = rows[i]
            p = logistic(sum(w.get(f, 0.0) for f in feats))
            for f in feats:
                v = w.get(f, 0.0)
                w[f] = v - rate * ((p - y) + L2 * v / n)
        rate *= 0.95
    return {f: round(v, 5) for f, v in sorted(w.items()) if abs(v) >= PRUNE}


def prob(w: dict[str, float], feats: list[str]) -> float:
    return logistic(sum(w.get(f, 0.0) for f in feats))


def auc(scored: list[tuple[float, int]]) -> float:
    neg = sorted(p for p, y in scored if not y)
    pos = [p for p, y in scored if y]
    if not pos or not neg:
        return float("nan")
    s = sum(bisect.bisect_left(neg, p) + 0.5 * (bisect.bisect_right(neg, p) - bisect.bisect_left(neg, p)) for p in pos)
    return s / (len(pos) * len(neg))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets-dir", help="the rebuilt bench/events_dev2 sets (default: rebuilt into a temp dir)")
    ap.add_argument("--out", default=os.path.join(ROOT, "src", "marsad", "data", "event_confidence.json"))
    args = ap.parse_args()
    scorer = _scorer()
    sets_dir = args.sets_dir
    if sets_dir is None:
        import build_events_dev2
        sets_dir = tempfile.mkdtemp(prefix="events_dev2_")
        build_events_dev2.build(sets_dir)
    data = {"dev": labelled_events(DEV, scorer)}
    for name in TRAIN_SETS:
        data[name] = labelled_events(os.path.join(sets_dir, f"{name}.jsonl"), scorer)
        print(f"{name}: {len(data[name][0])} events, {sum(y for _, y, _ in data[name][0])} matched", file=sys.stderr)
    learned, prior = [], []
    by_threshold = {t: [0, 0] for t in (0.0,) + THRESHOLDS}
    n_gold = sum(n for _, n in data.values())
    for held in data:
        w = fit([r for name, (rows, _) in data.items() if name != held for r in rows])
        for feats, y, p0 in data[held][0]:
            p = prob(w, feats)
            learned.append((p, y))
            prior.append((p0, y))
            for t in by_threshold:
                if p >= t:
                    by_threshold[t][0] += y
                    by_threshold[t][1] += 1
    brier = sum((p - y) ** 2 for p, y in learned) / len(learned)
    base = sum(y for _, y in learned) / len(learned)
    tenths = {}
    for p, y in learned:
        k = min(9, int(p * 10))
        tenths.setdefault(k, [0, 0])
        tenths[k][0] += y
        tenths[k][1] += 1
    f1 = {}
    for t, (tp, n_pred) in sorted(by_threshold.items()):
        precision, recall = tp / n_pred, tp / n_gold
        f1[f"{t:.1f}"] = {"precision": round(precision, 3), "recall": round(recall, 3),
                          "f1": round(2 * precision * recall / (precision + recall), 4)}
    report = {
        "sets": list(data), "events": len(learned), "matched": sum(y for _, y in learned), "gold_events": n_gold,
        "leave_one_set_out": {
            "auc": round(auc(learned), 3), "auc_of_rules_prior": round(auc(prior), 3),
            "brier": round(brier, 4), "brier_of_base_rate": round(base * (1 - base), 4),
            "observed_rate_per_tenth": {f"{k / 10:.1f}": [round(v[0] / v[1], 3), v[1]] for k, v in sorted(tenths.items())},
            "micro_scores_if_dropped_below": f1,
        },
        "l2": L2, "epochs": EPOCHS, "seed": SEED,
    }
    print(json.dumps(report, indent=1), file=sys.stderr)
    weights = fit([r for rows, _ in data.values() for r in rows])
    model = {"about": "marsad event confidence: logistic regression over marsad.events.confidence.event_features; "
                      "built by scripts/train_event_confidence.py", **report, "weights": weights}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(model, f, ensure_ascii=False, indent=0, sort_keys=False)
        f.write("\n")
    print(f"{args.out}: {len(weights)} weights", file=sys.stderr)


if __name__ == "__main__":
    main()
