"""CoNLL reading and writing for the named-entity stage.

Input files have one token per line (the first whitespace-separated column;
other columns are ignored) and a blank line between sentences. ``tag_conll``
writes ``token<TAB>TAG`` line for line, keeping the blank lines, so that
``/work/shared/eval/score_ner.py`` can compare it with the gold file.

>>> import os, tempfile
>>> d = tempfile.mkdtemp()
>>> src, dst = os.path.join(d, "in.conll"), os.path.join(d, "out.conll")
>>> _ = open(src, "w", encoding="utf-8").write("زار O\\nالرئيس O\\n\\nحلب B-LOC\\n")
>>> tag_conll(src, dst)
3
"""
from __future__ import annotations

import os
from typing import Iterator

from ..errors import MissingInput

LABELS = ("PERS", "LOC", "ORG", "MISC")
# Wojood's 21 types mapped onto ANERcorp's four (unlisted types are dropped)
WOJOOD_MAP = {"PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "EVENT": "MISC",
              "PRODUCT": "MISC", "LANGUAGE": "MISC", "WEBSITE": "ORG", "LAW": "MISC"}


def read_lines(path: str) -> list[str | None]:
    """Tokens of a CoNLL file line by line (``None`` for a blank line)."""
    if not os.path.isfile(path):
        raise MissingInput("CoNLL file not found; give the path of a file with one token per line", source=path)
    rows: list[str | None] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                rows.append(None)
                continue
            rows.append(line.split()[0])
    return rows


def sentences_of(rows: list) -> list[list]:
    """Group a line list (``None`` = blank) into sentences (runs of non-blank lines)."""
    out, cur = [], []
    for r in rows:
        if r is None:
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(r)
    if cur:
        out.append(cur)
    return out


def _clean_tag(tag: str) -> str:
    for prefix in ("B-", "I-"):
        if prefix in tag:  # ``Oالإصابة``-style damage: keep the part that is a tag
            tag = tag[tag.index(prefix):]
            break
    if tag.startswith(("B-", "I-")) and tag[2:] in LABELS:
        return tag
    return "O"


def read_tagged(path: str) -> list[list[tuple[str, str]]]:
    """Sentences of ``(token, BIO tag)`` from a ``token TAG`` file (the tag is the last column).

    A token containing a space keeps everything before the last column.
    """
    if not os.path.isfile(path):
        raise MissingInput("tagged CoNLL file not found", source=path)
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if cur:
                    sents.append(cur)
                cur = []
                continue
            parts = line.replace("\t", " ").rsplit(" ", 1)
            tok, tag = (parts[0], parts[1]) if len(parts) == 2 else (parts[0], "O")
            cur.append((tok.strip() or tok, _clean_tag(tag)))
    if cur:
        sents.append(cur)
    return sents


def _spans(tags: list[str]) -> list[tuple[str, int, int]]:
    return sorted(bio_spans(tags), key=lambda t: t[1])


def bio_spans(tags) -> set[tuple[str, int, int]]:
    """Entity spans ``(type, start, end)`` from BIO tags, as ``score_ner.py`` reads them (a stray I- opens one)."""
    out, cur = [], None
    for i, t in enumerate(list(tags) + ["O"]):
        if t.startswith("I-") and cur and cur[0] == t[2:]:
            continue
        if cur:
            out.append((cur[0], cur[1], i))
            cur = None
        if t.startswith(("B-", "I-")):
            cur = (t[2:], i)
    return set(out)


def read_wojood(path: str) -> list[list[tuple[str, str]]]:
    """Sentences of Wojood nested NER (``token TAG1 [TAG2 ...]``) flattened to the four types.

    Spans of every nesting level are mapped (:data:`WOJOOD_MAP`); outer levels win,
    then longer spans; overlapping ones are dropped. ``$#$`` paragraph markers are skipped.
    """
    sents = []
    for block in _wojood_blocks(path):
        toks = [r[0] for r in block]
        depth = max(len(r) - 1 for r in block)
        cands = []
        for level in range(depth):
            tags = [r[1 + level] if len(r) > 1 + level else "O" for r in block]
            for typ, s, e in _spans(tags):
                if typ in WOJOOD_MAP:
                    cands.append((level, -(e - s), s, e, WOJOOD_MAP[typ]))
        out = ["O"] * len(toks)
        for _, _, s, e, lab in sorted(cands):
            if all(t == "O" for t in out[s:e]):
                out[s] = "B-" + lab
                for j in range(s + 1, e):
                    out[j] = "I-" + lab
        sent = [(t, g) for t, g in zip(toks, out) if t != "$#$"]
        if sent:
            sents.append(sent)
    return sents


def _wojood_blocks(path: str) -> Iterator[list[list[str]]]:
    cur = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if cur:
                    yield cur
                cur = []
            else:
                cur.append(parts)
    if cur:
        yield cur


def tag_conll(in_path: str, out_path: str, tagger=None) -> int:
    """Tag a one-token-per-line file; write ``token<TAB>TAG`` line for line. Returns the token count.

    Each token is analysed with :func:`marsad.tokenize.analyze_word`; sentences are
    the runs between blank lines.
    """
    from ..tokenize import analyze_word
    from .model import NerTagger

    tagger = tagger or NerTagger.default()
    rows = read_lines(in_path)
    sents = [[analyze_word(w) for w in sent] for sent in sentences_of(rows)]
    tags_iter = [t for tagged in tagger.tag_document(sents) for t, _ in tagged]
    k = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for r in rows:
            if r is None:
                out.write("\n")
            else:
                out.write(f"{r}\t{tags_iter[k]}\n")
                k += 1
    return k
