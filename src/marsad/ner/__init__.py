"""The named-entity stage: PERS, LOC, ORG and MISC with a CRF over clitic-segmented tokens.

``ner_stage`` tags each sentence of a tokenized document and sets
``doc.entities``; every entity is in raw offsets. A name glued to a
preposition or conjunction (``بحلب``, ``وبالمدينة``) starts at its stem
segment (or at its written article), so ``raw[start:end]`` is the name
without the clitic.

>>> from marsad.document import Document
>>> from marsad.tokenize import tokenize_document
>>> doc = ner_stage(tokenize_document(Document.from_text("قال الرئيس السوري بشار الأسد في دمشق.")))
>>> all(doc.raw[e.start:e.end] == e.text for e in doc.entities)
True
"""
from __future__ import annotations

from itertools import compress, repeat
from operator import itemgetter, ne
from typing import Sequence

from ..document import Document, Entity, Token, new_entity
from .model import NerTagger

__all__ = ["ner_stage", "entities_from_tags", "NerTagger"]

_DETACHABLE = {"و", "ف", "ب", "ك", "ل", "س"}
_NONE = ("O", 0.0)  # a token outside entities, as tag_document(all_marginals=False) gives it
_TAG, _PROB = itemgetter(0), itemgetter(1)


def _name_start(tok: Token) -> int:
    """Raw start of the name inside a token: after و/ف/ب/ك/ل, keeping a written article ``ال``."""
    segs = tok.segments
    if not segs or segs[0].kind != "proclitic" or segs[0].form not in _DETACHABLE:
        return tok.start
    for s in segs:
        if s.kind == "proclitic" and s.form in _DETACHABLE:
            continue
        if s.kind == "proclitic" and s.form == "ال" and s.end - s.start < 2:
            continue  # لل: the article has no letter of its own; start at the stem
        return s.start
    return tok.start


def entities_from_tags(doc: Document, offset: int, tokens: Sequence[Token],
                       tagged: Sequence[tuple[str, float]], producer: str) -> list[Entity]:
    """Entities from one sentence's BIO tags (``offset`` = index of ``tokens[0]`` in ``doc.tokens``)."""
    out = []

    def close(label: str, s: int, i: int) -> None:
        start = _name_start(tokens[s])
        end = tokens[i - 1].end
        if start >= end:
            start = tokens[s].start
        conf = sum(map(_PROB, tagged[s:i])) / (i - s)
        out.append(new_entity(start, end, doc.raw[start:end], round(conf, 4), producer, label, offset + s,
                              offset + i))

    # only the tokens not tagged O matter: an entity runs from a B- (or a stray I-) over the
    # I- of its type that follow it without a gap (those tokens are picked out in C)
    cur: tuple[str, int] | None = None
    last = -2
    tags = list(map(_TAG, tagged))
    for i in compress(range(len(tags)), map(ne, tags, repeat("O"))):
        tag = tags[i]
        if cur and i == last + 1 and tag.startswith("I-") and cur[0] == tag[2:]:
            last = i
            continue
        if cur:
            close(cur[0], cur[1], last + 1)
        cur = (tag[2:], i) if tag.startswith(("B-", "I-")) else None
        last = i
    if cur:
        close(cur[0], cur[1], last + 1)
    return out


def ner_stage(doc: Document, tagger: NerTagger | None = None) -> Document:
    """Set ``doc.entities`` from the CRF tagger, sentence by sentence (needs tokens and sentences)."""
    tagger = tagger or NerTagger.default()
    producer = tagger.producer
    entities: list[Entity] = []
    if doc.sentences:
        ranges = [(s.token_start, s.token_end) for s in doc.sentences]
    else:
        ranges = [(0, len(doc.tokens))] if doc.tokens else []
    sents = [doc.tokens[a:b] for a, b in ranges]
    for (a, _), toks, tagged in zip(ranges, sents, tagger.tag_document(sents, all_marginals=False)):
        # a sentence tagged O throughout (most of them) has no entity: list.count finds it in C
        if toks and tagged.count(_NONE) != len(tagged):
            entities.extend(entities_from_tags(doc, a, toks, tagged, producer))
    doc.entities = entities
    return doc
