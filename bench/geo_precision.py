"""Sample-based precision of the geocode stage on general news (SaudiNewsNet).

    .venv/bin/python bench/geo_precision.py list OUT.tsv        # every place mention in the sample
    .venv/bin/python bench/geo_precision.py sample IN.tsv N     # N random mentions to judge by eye
    .venv/bin/python bench/geo_precision.py score JUDGED.tsv    # precision from the judged rows

The article sample is fixed (300 articles drawn with seed 5 from the whole corpus), so runs before
and after a change list comparable mentions. A judged row carries two labels in its first columns:
``place`` (1 when the span names a place, 0 for a common word, person, demonym...) and ``resolved``
(1 when, in addition, the country and town or division are right).
"""
from __future__ import annotations

import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, os.path.join(ROOT, "src"))

from marsad.corpora import iter_saudinewsnet  # noqa: E402
from marsad.document import Document  # noqa: E402
from marsad.geo import geocode_stage  # noqa: E402
from marsad.tokenize import tokenize_document  # noqa: E402

CORPUS = os.path.join(ROOT, "..", "shared", "data", "saudinewsnet")
N_ARTICLES, SEED = 300, 5
COLS = ["article", "start", "end", "text", "geonameid", "name", "country", "precision", "note", "context"]


def sample_articles() -> list[tuple[int, dict]]:
    arts = list(iter_saudinewsnet(CORPUS))
    idx = sorted(random.Random(SEED).sample(range(len(arts)), N_ARTICLES))
    return [(i, arts[i]) for i in idx]


def list_mentions(out: str) -> None:
    rows = []
    for i, a in sample_articles():
        doc = Document.from_text(a["content"] or "", published=(a.get("date_extracted") or "")[:10] or None,
                                 title=a.get("title"))
        geocode_stage(tokenize_document(doc))
        for p in doc.places:
            ctx = doc.raw[max(0, p.start - 40):p.start] + "[" + p.text + "]" + doc.raw[p.end:p.end + 30]
            rows.append([i, p.start, p.end, p.text, p.geonameid, p.name, p.country, p.precision, p.note,
                         " ".join(ctx.split())])
    with open(out, "w", encoding="utf-8") as f:
        f.write("\t".join(COLS) + "\n")
        for r in rows:
            f.write("\t".join("" if v is None else str(v) for v in r) + "\n")
    print(f"{len(rows)} place mentions in {N_ARTICLES} articles -> {out}")


def main() -> None:
    cmd = sys.argv[1]
    if cmd == "list":
        list_mentions(sys.argv[2])
    elif cmd == "sample":
        lines = open(sys.argv[2], encoding="utf-8").read().splitlines()[1:]
        for line in sorted(random.Random(SEED).sample(lines, int(sys.argv[3]))):
            print(line)
    elif cmd == "score":
        rows = [line.split("\t") for line in open(sys.argv[2], encoding="utf-8") if line.strip() and line[0] in "01"]
        n = len(rows)
        place = sum(r[0] == "1" for r in rows)
        res = sum(r[1] == "1" for r in rows)
        print(f"judged {n}: is a place {place}/{n} = {place / n:.3f}; place and resolved right {res}/{n} = {res / n:.3f}")


if __name__ == "__main__":
    main()
