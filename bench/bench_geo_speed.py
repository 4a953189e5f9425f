"""Per-article time of the geocode and dates stages on SaudiNewsNet articles.

    .venv/bin/python bench/bench_geo_speed.py [N=1000] [--profile]

Articles are read in corpus order and tokenized first (not timed); geocode_stage and dates_stage are
timed separately, after one warm-up article (so first loads of the index and lexicons are excluded).
Times are process CPU time (the machine is shared), the best of ``--rounds`` passes (default 3).
"""
from __future__ import annotations

import cProfile
import itertools
import os
import pstats
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, os.path.join(ROOT, "src"))

from marsad.corpora import iter_saudinewsnet  # noqa: E402
from marsad.dates import dates_stage  # noqa: E402
from marsad.document import Document  # noqa: E402
from marsad.geo import geocode_stage  # noqa: E402
from marsad.tokenize import tokenize_document  # noqa: E402

CORPUS = os.path.join(ROOT, "..", "shared", "data", "saudinewsnet")


def load(n: int) -> list[Document]:
    docs = []
    for a in itertools.islice(iter_saudinewsnet(CORPUS), n):
        doc = Document.from_text(a["content"] or "", published=(a.get("date_extracted") or "")[:10] or None,
                                 title=a.get("title"))
        docs.append(tokenize_document(doc))
    return docs


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    n = int(args[0]) if args else 1000
    docs = load(n + 1)
    geocode_stage(docs[0])
    dates_stage(docs[0])
    docs = docs[1:]
    if "--profile" in sys.argv:
        prof = cProfile.Profile()
        prof.enable()
    rounds = next((int(a.split("=")[1]) for a in sys.argv if a.startswith("--rounds=")), 3)
    geo = dat = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for d in docs:
            geocode_stage(d)
        t1 = time.process_time()
        for d in docs:
            dates_stage(d)
        t2 = time.process_time()
        geo, dat = min(geo, t1 - t0), min(dat, t2 - t1)
    if "--profile" in sys.argv:
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    chars = sum(len(d.raw) for d in docs) / len(docs)
    print(f"{len(docs)} articles ({chars:.0f} chars on average): geocode {1000 * geo / len(docs):.2f} ms/article, "
          f"dates {1000 * dat / len(docs):.2f} ms/article; "
          f"{sum(len(d.places) for d in docs)} places, {sum(len(d.dates) for d in docs)} dates")


if __name__ == "__main__":
    main()
