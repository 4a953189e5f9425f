"""Pairwise merge precision and recall on the hand-made gold set of cross-outlet duplicates.

    python bench/bench_merge.py [--stages a,b,c] [--gold FILE] [--clusters]

Ingests the SaudiNewsNet articles that `data/merge_gold.jsonl` names (71 reports of 9 real events in 58
articles from 11 outlets) into a fresh in-memory store, merges them, and scores the canonical events against the gold
clusters (`marsad.merge.score_store`: pairs over the gold members). Prints one JSON line; record the
result in bench/STORE_RESULTS.md. ``--gold`` scores another gold file (a subset, say); ``--clusters``
adds one line per gold cluster (its pairs, the pairs found, and the gold pairs it was wrongly joined to).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))

from marsad.corpora import saudinewsnet_documents  # noqa: E402
from marsad.distributed import make_engine  # noqa: E402
from marsad.merge import merge_pending, score_store  # noqa: E402
from marsad.pipeline import DEFAULT_STAGES  # noqa: E402
from marsad.store import Store, ingest  # noqa: E402

CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "saudinewsnet")
GOLD = os.path.join(HERE, "..", "data", "merge_gold.jsonl")


def main() -> None:
    stages = DEFAULT_STAGES
    if "--stages" in sys.argv:
        stages = tuple(sys.argv[sys.argv.index("--stages") + 1].split(","))
    gold_path = sys.argv[sys.argv.index("--gold") + 1] if "--gold" in sys.argv else GOLD
    with open(gold_path, encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    wanted = {m["saudinewsnet"] for g in gold for m in g["members"]}
    docs = (d for d in saudinewsnet_documents(CORPUS) if getattr(d, "id", None) in wanted)
    store = Store(":memory:")
    statuses = [s for s, _, _ in ingest(docs, store, make_engine("local", stages=stages))]
    merge_pending(store)
    scores = score_store(store, gold)
    print(json.dumps({"articles": len(wanted), "ingested": statuses.count("added"), "stages": list(stages),
                      **{k: v for k, v in scores.items() if not isinstance(v, (list, dict))}}, ensure_ascii=False))
    if "--clusters" in sys.argv:
        for g in gold:
            one = score_store(store, [g])
            wrong = score_store(store, gold)["predicted_pairs"] - score_store(store, [x for x in gold if x is not g])[
                "predicted_pairs"] - one["predicted_pairs"]
            print(json.dumps({"cluster": g["cluster"], "members": len(g["members"]), "gold_pairs": one["gold_pairs"],
                              "found": one["true_pairs"], "joined_to_other_clusters": wrong}))


if __name__ == "__main__":
    main()
