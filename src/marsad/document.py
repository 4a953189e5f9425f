"""The one data object: ``Document``, and the spans and facts that point into it.

A document's ``raw`` text never changes. Every span (segment, token, sentence,
entity, trigger, place, mention) stores raw character offsets, so
``doc.raw[span.start:span.end]`` is always its surface text. Tokens own their
clitic segments (و+ب+ال+stem), each with raw offsets inside the token, in the
way Stanza's Token holds its Words.

>>> from marsad.tokenize import tokenize_document
>>> doc = tokenize_document(Document.from_text("وبالمدينة"))
>>> [s.form for s in doc.tokens[0].segments]
['و', 'ب', 'ال', 'مدينه']
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from .normalize import Normalized


@dataclass(frozen=True)
class Span:
    """A raw character span ``[start, end)``."""

    start: int
    end: int

    def text_in(self, raw: str) -> str:
        return raw[self.start:self.end]

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


# Segment and Token are made by the hundred per article, so they have ``__slots__`` (less
# memory, fewer objects for the garbage collector to visit) and an ``__init__`` written out
# (``init=False``) that fills each slot through its descriptor's ``__set__`` (bound below
# each class), twice as fast as the ``object.__setattr__`` calls of the ``__init__`` a frozen
# dataclass generates. Fields, equality, hashing, repr, immutability, pickling and
# ``dataclasses.replace`` are unchanged; the instances have no ``__dict__``.


@dataclass(frozen=True, slots=True, init=False)
class Segment:
    """One clitic or stem inside a token.

    ``kind`` is ``proclitic``, ``stem`` or ``enclitic``; ``form`` is the folded
    form (``ال``, ``ب``, the normalized stem); ``start``/``end`` are raw offsets.
    """

    form: str
    kind: str
    start: int
    end: int

    def __init__(self, form: str, kind: str, start: int, end: int):
        _segment_form(self, form)
        _segment_kind(self, kind)
        _segment_start(self, start)
        _segment_end(self, end)


_segment_form, _segment_kind, _segment_start, _segment_end = (
    Segment.__dict__[f].__set__ for f in ("form", "kind", "start", "end"))


@dataclass(frozen=True, slots=True, init=False)
class Token:
    """A whitespace/punctuation-delimited word with raw offsets and its segments.

    ``norm`` is the folded form; ``kind`` is ``word`` (Arabic letters),
    ``latin``, ``number`` or ``punct``.
    """

    text: str
    start: int
    end: int
    norm: str
    kind: str
    segments: tuple[Segment, ...] = ()
    # The folded stem (the token's norm when it was not segmented), and the forms of the proclitic and of the
    # enclitic segments, in order. Derived from the fields above when the token is made, and stored: the later
    # stages read them millions of times per thousand articles (proclitics about 1,000 times per article).
    # Not arguments, not compared, not shown: equality, hashing, repr and ``replace`` see the six fields only.
    stem: str = field(init=False, repr=False, compare=False)
    proclitics: tuple[str, ...] = field(init=False, repr=False, compare=False)
    enclitics: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __init__(self, text: str, start: int, end: int, norm: str, kind: str, segments: tuple[Segment, ...] = ()):
        _token_text(self, text)
        _token_start(self, start)
        _token_end(self, end)
        _token_norm(self, norm)
        _token_kind(self, kind)
        _token_segments(self, segments)
        for s in segments:
            if s.kind == "stem":
                _token_stem(self, s.form)
                break
        else:
            _token_stem(self, norm)
        _token_proclitics(self, tuple([s.form for s in segments if s.kind == "proclitic"]) if segments else ())
        _token_enclitics(self, tuple([s.form for s in segments if s.kind == "enclitic"]) if segments else ())


(_token_text, _token_start, _token_end, _token_norm, _token_kind, _token_segments, _token_stem, _token_proclitics,
 _token_enclitics) = (Token.__dict__[f].__set__ for f in ("text", "start", "end", "norm", "kind", "segments", "stem",
                                                          "proclitics", "enclitics"))


# The tokenizer makes a few hundred tokens and segments per article: ``new_token`` and ``new_segment``
# build them faster than the class call. Each fills an instance of a plain class with the same slots
# (a plain attribute store, where Token's frozen ``__setattr__`` would raise and its descriptors'
# ``__set__`` are slow calls) and then makes it a Token (or Segment) by assigning ``__class__``, which
# Python allows between classes of the same layout. The result is the instance ``Token(...)`` gives:
# same class, fields, equality, hash, repr, pickling, and frozen from then on. ``stem`` must be what
# ``Token.__init__`` derives (the form of the first ``stem`` segment, else ``norm``), and ``proclitics`` and ``enclitics``
# the forms of the segments of those kinds, in order.
class _TokenSlots:
    __slots__ = Token.__slots__


class _SegmentSlots:
    __slots__ = Segment.__slots__


def new_segment(form: str, kind: str, start: int, end: int) -> Segment:
    s = _SegmentSlots()
    s.form = form
    s.kind = kind
    s.start = start
    s.end = end
    s.__class__ = Segment
    return s


def new_token(text: str, start: int, end: int, norm: str, kind: str, segments: tuple[Segment, ...],
              stem: str, proclitics: tuple[str, ...] = (), enclitics: tuple[str, ...] = ()) -> Token:
    t = _TokenSlots()
    t.text = text
    t.start = start
    t.end = end
    t.norm = norm
    t.kind = kind
    t.segments = segments
    t.stem = stem
    t.proclitics = proclitics
    t.enclitics = enclitics
    t.__class__ = Token
    return t


@dataclass(frozen=True)
class Sentence:
    """A sentence: raw span plus the slice ``tokens[token_start:token_end]``."""

    start: int
    end: int
    token_start: int
    token_end: int


@dataclass(frozen=True)
class Fact:
    """Base of every extracted fact: a raw span, a confidence and its producer."""

    start: int
    end: int
    text: str
    confidence: float
    producer: str


@dataclass(frozen=True)
class Entity(Fact):
    """A named entity: ``label`` is PERS, LOC, ORG or MISC."""

    label: str = "MISC"
    token_start: int = 0
    token_end: int = 0


# Entities and sentences are made by the dozen per article. A frozen dataclass's ``__init__`` sets each
# field with its own ``object.__setattr__`` call; ``new_entity`` and ``new_sentence`` fill the new
# instance's ``__dict__`` in one call, in field order, which is what that ``__init__`` leaves: the same
# class, fields, equality, hash, repr and pickling (``tests/test_tokenize.py`` compares them), a third
# of the time. Every field is given; neither class has a ``__post_init__``.
_new_object = object.__new__


def new_entity(start: int, end: int, text: str, confidence: float, producer: str, label: str,
               token_start: int, token_end: int) -> Entity:
    e = _new_object(Entity)
    e.__dict__.update(start=start, end=end, text=text, confidence=confidence, producer=producer, label=label,
                      token_start=token_start, token_end=token_end)
    return e


def new_sentence(start: int, end: int, token_start: int, token_end: int) -> Sentence:
    s = _new_object(Sentence)
    s.__dict__.update(start=start, end=end, token_start=token_start, token_end=token_end)
    return s


def content_id(text: str) -> str:
    """A stable id for an article from its text (sha256 of the NFC text, 16 hex digits)."""
    import unicodedata

    return "a" + hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()[:15]


@dataclass
class Document:
    """One article. Stages fill the derived fields; ``raw`` and ``id`` never change.

    Build one with :meth:`from_text`; run stages through a :class:`~marsad.pipeline.Pipeline`.
    """

    id: str
    raw: str
    meta: dict[str, Any] = field(default_factory=dict)
    normalized: Normalized | None = None
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    actors: list[Any] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)
    places: list[Any] = field(default_factory=list)
    dates: list[Any] = field(default_factory=list)
    # names of the stages that have run, in order (used to check needs/provides)
    done: list[str] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str, id: str | None = None, **meta: Any) -> "Document":
        return cls(id=id or content_id(text), raw=text, meta={k: v for k, v in meta.items() if v is not None})

    @property
    def published(self) -> str | None:
        return self.meta.get("published")

    def span_text(self, start: int, end: int) -> str:
        return self.raw[start:end]

    def sentence_of(self, pos: int) -> Sentence | None:
        """The sentence containing raw offset ``pos``."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if s.end <= pos:
                lo = mid + 1
            elif s.start > pos:
                hi = mid
            else:
                return s
        return None

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.token_start:sentence.token_end]
