"""Build the second events gold set (``bench/events_dev2``) from its annotations and SaudiNewsNet.

The annotations hold no article text: each article is named by its place in the SaudiNewsNet archive
(``zip:member:index``) and each evidence string by its character offsets in the article's ``content``.
This script reads the archive in ``../shared/data/saudinewsnet`` and writes files in the format of
``../shared/data/events/dev.jsonl``, which ``../shared/eval/score_events.py`` scores:

    python scripts/build_events_dev2.py [OUT_DIR]          # default: build/events_dev2
    python -m marsad extract OUT_DIR/blind.jsonl -o pred.jsonl
    python ../shared/eval/score_events.py --gold OUT_DIR/blind.jsonl --pred pred.jsonl

Sets (``set`` field): ``tuned`` (30 articles, annotated blind, then used to find errors in session 10),
``blind`` (76 articles, annotated blind; their errors never read), ``train`` (120 articles annotated blind
in session 11, scored once, then used to train the event filter and to read errors), ``blind2`` (120 more
articles annotated blind in session 11; their errors never read), ``blind3`` (60 more conflict articles drawn
in session 12 with seed 2027 from the titles naming violence, arrests or protest, 700-3,500 characters, not in
the other sets; annotated blind by six helpers at the end of the session and scored once), ``blind4`` (60 more
drawn the same way with seed 2028 at the end of session 13, annotated blind by six helpers and scored once with
the session's start and end trees), ``blind5`` (60 more drawn the same way with seed 2029 at the start of session
14, annotated blind by six helpers, scored only with the session's start and end trees), ``blind6`` (60 more
drawn the same way with seed 2030 at the start of session 16, annotated blind by six helpers), ``blind7`` (60
more drawn the same way with seed 2031 at the start of session 17, annotated blind by six helpers), ``blind8`` (60 more
drawn the same way with seed 2032 at the start of session 18, annotated blind by six helpers), ``blind9`` (60 more
drawn the same way with seed 2033 at the start of session 19, annotated blind by six helpers), ``blind10`` (60 more
drawn the same way with seed 2034 at the start of session 20, annotated blind by six helpers), ``blind11`` (60 more
drawn the same way with seed 2035 at the start of session 21, annotated blind by six helpers), ``blind12`` (60 more
drawn the same way with seed 2036 at the start of session 22, annotated blind by six helpers), ``blind13`` (60 more
drawn the same way with seed 2037 at the start of session 23, annotated blind by six helpers), ``blind14`` (60 more
drawn with seed 2038 at the start of session 24 by ``pick_event_articles.py``, which from then on skips copies of
annotated texts; annotated blind by seven helpers). In session 13 ``blind`` became
a read set (its errors were read to find rules) and ``blind2`` + ``blind3`` were scored in aggregate after every
change; in session 14 ``blind2`` and ``blind3`` became read sets and ``blind4`` was scored in aggregate after every
change; in session 16 ``blind4`` became a read set and ``blind6`` was scored in aggregate after every change; in session 17
``blind6`` became a read set and ``blind7`` was scored in aggregate after every change; in session 18 ``blind7``
became a read set and ``blind8`` was scored in aggregate after every change; in session 19 ``blind8`` became a read
set and ``blind9`` was scored in aggregate after every change; in session 20 ``blind9`` became a read set and
``blind10`` was scored in aggregate after every change; in session 21 ``blind10`` became a read set and ``blind11``
was scored in aggregate after every change; in session 22 ``blind11`` became a read set and ``blind12`` was scored
in aggregate after every change; in session 23 ``blind12`` became a read set and ``blind13`` was scored in
aggregate after every change; in session 24 ``blind13`` became a read set and ``blind14`` was scored in aggregate
after every change. See
bench/RESULTS.md.
``pack`` (used once, with the annotators' files) turns full gold lines into the annotation format.
"""
import glob
import json
import os
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "data", "saudinewsnet")
ANNOTATIONS = os.path.join(ROOT, "bench", "events_dev2", "annotations.jsonl")


def _archive() -> dict[str, dict]:
    out = {}
    for path in sorted(glob.glob(os.path.join(CORPUS, "*.zip"))):
        with zipfile.ZipFile(path) as z:
            for name in sorted(z.namelist()):
                for i, row in enumerate(json.loads(z.read(name).decode("utf-8"))):
                    out[f"{os.path.basename(path)}:{name}:{i}"] = row
    return out


def build(out_dir: str) -> dict[str, int]:
    archive = _archive()
    sets: dict[str, list] = {}
    for line in open(ANNOTATIONS, encoding="utf-8"):
        ann = json.loads(line)
        text = archive[ann["loc"]]["content"]
        events = []
        for e in ann["events"]:
            ev = {k: v for k, v in e.items() if k != "evidence_spans"}
            ev["evidence"] = [text[s:t] for s, t in e["evidence_spans"]]
            events.append(ev)
        row = {"id": ann["id"], "source": ann["source"], "url": ann["url"], "published": ann["published"],
               "title": archive[ann["loc"]].get("title"), "text": text, "events": events, "notes": ann.get("notes", "")}
        sets.setdefault(ann["set"], []).append(row)
    os.makedirs(out_dir, exist_ok=True)
    for name, rows in sets.items():
        with open(os.path.join(out_dir, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return {k: len(v) for k, v in sets.items()}


def pack(gold_path: str, locs_path: str, set_name: str) -> None:
    """Append the annotations of full gold lines (``gold_path``) to ANNOTATIONS, with evidence as offsets."""
    locs = {json.loads(l)["id"]: json.loads(l)["loc"] for l in open(locs_path, encoding="utf-8")}
    with open(ANNOTATIONS, "a", encoding="utf-8") as out:
        for line in open(gold_path, encoding="utf-8"):
            g = json.loads(line)
            text = g["text"]
            events = []
            for e in g["events"]:
                ev = {k: v for k, v in e.items() if k != "evidence"}
                ev["evidence_spans"] = [[text.index(s), text.index(s) + len(s)] for s in e["evidence"]]
                events.append(ev)
            out.write(json.dumps({"id": g["id"], "set": set_name, "loc": locs[g["id"]], "source": g["source"],
                                  "url": g["url"], "published": g["published"], "events": events,
                                  "notes": g.get("notes", "")}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "pack":
        pack(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        print(build(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "events_dev2")))
