"""The NER tagger's extra training sentences: SaudiNewsNet sentences annotated for marsad (session 11).

Helpers annotated 3,600 sentences of SaudiNewsNet articles with PERS/LOC/ORG/MISC names, following the
conventions of ANERcorp's training part (their reference; they never saw marsad's tagger or its output).
The annotations (``bench/ner_extra/annotations.jsonl`` in the repository) hold no article text, which the
corpus licence keeps out of the repository: each sentence is named by its article's place in the
SaudiNewsNet archive (``zip:member:index``) and its character span in the article's ``content``; its tokens
are the matches of :data:`TOKEN` there (words with their clitics, each punctuation mark alone: ANERcorp's
tokenization); entities are token ranges. :func:`build` rebuilds CoNLL from the archive.
"""
from __future__ import annotations

import glob
import json
import os
import re
import zipfile

from ..errors import MissingInput

TYPES = ("PERS", "LOC", "ORG", "MISC")
# a run of letters, digits and diacritics, or one other non-space character
TOKEN = re.compile(r"[\w\u064B-\u0652\u0670]+|[^\w\s\u064B-\u0652\u0670]")


def _articles(corpus: str, locs: set[str]) -> dict[str, str]:
    out = {}
    for path in sorted(glob.glob(os.path.join(corpus, "*.zip"))):
        with zipfile.ZipFile(path) as z:
            for name in sorted(z.namelist()):
                prefix = f"{os.path.basename(path)}:{name}:"
                if not any(loc.startswith(prefix) for loc in locs):
                    continue
                for i, row in enumerate(json.loads(z.read(name).decode("utf-8"))):
                    if prefix + str(i) in locs:
                        out[prefix + str(i)] = row["content"]
    return out


def sentences(annotations: str, corpus: str) -> list[list[tuple[str, str]]]:
    """The annotated sentences as ``[(token, BIO tag), ...]``, in file order."""
    if not os.path.exists(annotations):
        raise MissingInput(f"NER annotations not found: {annotations}")
    rows = [json.loads(line) for line in open(annotations, encoding="utf-8")]
    texts = _articles(corpus, {r["loc"] for r in rows})
    out = []
    for r in rows:
        if r["loc"] not in texts:
            raise MissingInput(f"article {r['loc']} of {annotations} is not in {corpus}")
        start, end = r["span"]
        toks = TOKEN.findall(texts[r["loc"]][start:end])
        tags = ["O"] * len(toks)
        for s, e, t in r["entities"]:
            if t not in TYPES or not 0 <= s < e <= len(toks):
                raise ValueError(f"bad entity {[s, e, t]} in {r['loc']}")
            for k in range(s, e):
                tags[k] = ("B-" if k == s else "I-") + t
        out.append(list(zip(toks, tags)))
    return out


def build(annotations: str, corpus: str, out: str) -> int:
    """Write the annotated sentences as CoNLL (``token TAG``, a blank line between sentences) to ``out``."""
    sents = sentences(annotations, corpus)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for sent in sents:
            for tok, tag in sent:
                f.write(f"{tok} {tag}\n")
            f.write("\n")
    return len(sents)
