"""Run `marsad extract` (the library path the CLI uses) over SaudiNewsNet and report throughput.

    python bench/bench_extract.py [N] [--stages a,b,c]

Reads the first N articles (default: all 31,030) of ../shared/data/saudinewsnet in corpus order,
wraps each as a JSONL-style record, and runs the default pipeline on one core (the garbage collector settled
once the models are loaded, as `marsad extract` does). Prints one JSON
line: articles, rejected (with reasons), events, seconds, articles_per_s, peak_rss_mb.
Record the figure in bench/RESULTS.md with the machine and date.
"""
import collections
import json
import os
import resource
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))

from marsad.api import extract_items, load_pipeline, settle_collector  # noqa: E402
from marsad.corpora import saudinewsnet_documents  # noqa: E402
from marsad.document import Document  # noqa: E402
from marsad.errors import InputError  # noqa: E402
from marsad.pipeline import DEFAULT_STAGES  # noqa: E402
from marsad.records import document_record  # noqa: E402

CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "saudinewsnet")


def items(n):
    return saudinewsnet_documents(CORPUS, n)


def main():
    args = sys.argv[1:]
    stages = DEFAULT_STAGES
    if "--stages" in args:
        k = args.index("--stages")
        stages = tuple(args[k + 1].split(","))
        del args[k:k + 2]
    n = int(args[0]) if args else None
    pipeline = load_pipeline(stages)
    pipeline(Document.from_text("قصفت الطائرات حلب"))  # load models
    settle_collector()  # (as `marsad extract` does once its first article has loaded them)
    t0 = time.perf_counter()
    done = events = chars = 0
    rejected = collections.Counter()
    types = collections.Counter()
    for item in extract_items(items(n), pipeline):
        if isinstance(item, InputError):
            rejected[type(item).__name__] += 1
            continue
        rec = document_record(item)
        done += 1
        chars += len(item.raw)
        events += len(rec["events"])
        types.update(e["type"] for e in rec["events"])
    dt = time.perf_counter() - t0
    print(json.dumps({"articles": done, "rejected": dict(rejected), "events": events, "seconds": round(dt, 1),
                      "articles_per_s": round(done / dt, 1), "chars_per_s": round(chars / dt),
                      "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                      "stages": list(stages), "event_types": dict(types.most_common())}, ensure_ascii=False))


if __name__ == "__main__":
    main()
