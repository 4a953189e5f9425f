"""Build ``src/marsad/data/vocab.tsv.gz``: normalized word counts from SaudiNewsNet.

    python scripts/build_vocab.py [../shared/data/saudinewsnet]

The vocabulary backs the glued-word splitter and the clitic segmenter (is this
stem a word?). Only counts of folded words are shipped, never article text.
"""
import collections
import gzip
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))

from marsad.corpora import iter_saudinewsnet  # noqa: E402
from marsad.normalize import normalize  # noqa: E402

MIN_COUNT = 3


def main() -> None:
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "data", "saudinewsnet")
    word = re.compile(r"[\u0621-\u064A]+")
    counts: collections.Counter = collections.Counter()
    n = 0
    for art in iter_saudinewsnet(folder):
        text = (art.get("title") or "") + "\n" + (art.get("content") or "")
        counts.update(word.findall(normalize(text, glue=None).text))
        n += 1
    out = os.path.join(HERE, "..", "src", "marsad", "data", "vocab.tsv.gz")
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(f"# Folded Arabic word counts from {n} SaudiNewsNet articles (CC BY-NC-SA 4.0), "
                f"words seen at least {MIN_COUNT} times. Built by scripts/build_vocab.py.\n")
        for w, c in counts.most_common():
            if c < MIN_COUNT:
                break
            f.write(f"{w}\t{c}\n")
    print(f"{n} articles, {len(counts)} word types, wrote {out}")


if __name__ == "__main__":
    main()
