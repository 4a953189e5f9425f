"""Draw fresh SaudiNewsNet articles for a new blind events gold set (session 23 onwards).

    python scripts/pick_event_articles.py SEED PREFIX OUT_DIR [N]

Keeps the articles whose title names violence, arrests or protest (``TITLE`` below), 700-3,500 characters
long, in no set of ``bench/events_dev2`` yet (by archive place and by URL), one per title opening; shuffles
them with SEED and writes the first N (default 60) to OUT_DIR/batch.jsonl (id, source, url, published, title,
text: the input of the annotation guidelines) and OUT_DIR/locs.jsonl (id -> archive place, which
``build_events_dev2.py pack`` needs). Since session 24 it also skips copies of an annotated text (the same
article under another date or URL: the first 300 non-space characters equal); ``blind14`` is the first draw
made so. Ids are PREFIX + the first 10 hex digits of the SHA-1 of the place.
The earlier sets (seeds 2027-2036) were drawn by a script of the same rules whose title pattern was not kept;
``blind13`` (seed 2037, prefix ``d13-``) is the first drawn by this one.
"""
import hashlib
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_events_dev2 import ANNOTATIONS, ROOT, _archive  # noqa: E402

DEV = os.path.join(ROOT, "..", "shared", "data", "events", "dev.jsonl")

TITLE = re.compile(r"(قتل|مقتل|قتيل|قتلى|غارة|غارات|قصف|اشتباك|هجوم|تفجير|انفجار|انتحاري|اعتقال|اعتقل|القبض|معارك"
                   r"|مواجهات|استهداف|مظاهر|احتجاج|متظاهر|اغتيال|مسلح|صاروخ|قذائف|الحوثي|داعش|جرحى|إصابة|اختطاف|خطف)")


def text_key(text: str) -> str:
    """The first 300 non-space characters: equal for copies of one article that differ in spacing only."""
    return "".join(text.split())[:300]


def pick(seed: int, prefix: str, out_dir: str, n: int = 60) -> int:
    done = [json.loads(line) for line in open(ANNOTATIONS, encoding="utf-8")]
    used_locs, used_urls = {a["loc"] for a in done}, {a.get("url") for a in done}
    archive = _archive()
    used_texts = {text_key(archive[a["loc"]]["content"]) for a in done}
    if os.path.exists(DEV):
        used_texts |= {text_key(json.loads(line)["text"]) for line in open(DEV, encoding="utf-8")}
    rows = [(loc, row) for loc, row in archive.items()
            if loc not in used_locs and row.get("url") not in used_urls
            and 700 <= len(row.get("content") or "") <= 3500 and TITLE.search(row.get("title") or "")]
    random.seed(seed)
    random.shuffle(rows)
    seen, chosen = set(), []
    for loc, row in rows:
        key = (row.get("title") or "")[:40]
        if key in seen:
            continue
        seen.add(key)
        # SaudiNewsNet holds the same text under other dates and URLs: a copy of an annotated article (or of
        # one drawn just before) is no fresh article. Filtered after the shuffle: the next article takes its turn.
        if text_key(row["content"]) not in used_texts:
            used_texts.add(text_key(row["content"]))
            chosen.append((loc, row))
        if len(chosen) == n:
            break
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "batch.jsonl"), "w", encoding="utf-8") as f, \
            open(os.path.join(out_dir, "locs.jsonl"), "w", encoding="utf-8") as g:
        for loc, row in chosen:
            id_ = prefix + hashlib.sha1(loc.encode()).hexdigest()[:10]
            published = (row.get("date_extracted") or "")[:10] or None
            f.write(json.dumps({"id": id_, "source": row.get("source"), "url": row.get("url"), "published": published,
                                "title": row.get("title"), "text": row["content"]}, ensure_ascii=False) + "\n")
            g.write(json.dumps({"id": id_, "loc": loc}) + "\n")
    return len(chosen)


if __name__ == "__main__":
    print(pick(int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 60))
