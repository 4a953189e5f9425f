"""The run-time CRF tagger: loads ``data/ner.crfsuite`` once and tags token sequences.

>>> from marsad.tokenize import analyze_word
>>> tagger = NerTagger.default()
>>> tagged = tagger.tag_tokens([analyze_word(w) for w in ["زار", "الرئيس", "بوش", "بغداد"]])
>>> len(tagged), all(0.0 <= p <= 1.0 for _, p in tagged)
(4, True)
"""
from __future__ import annotations

import json
import logging
import os
import struct
import threading
from typing import Sequence

from .. import resources
from ..document import Token
from ..errors import ModelCorrupt, ModelNotFound
from .features import ALL_GROUPS, DOC_WINDOW, FeatureExtractor, default_lexicons, document_features

log = logging.getLogger(__name__)

MODEL_FILE = "ner.crfsuite"
VERSION = "4"


def meta_path(model_path: str) -> str:
    """The JSON sidecar of a model (``ner.crfsuite`` -> ``ner.meta.json``): feature groups, version, scores."""
    return os.path.splitext(model_path)[0] + ".meta.json"


def read_meta(model_path: str) -> dict:
    p = meta_path(model_path)
    if not os.path.isfile(p):
        return {}
    try:
        with open(p, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        raise ModelCorrupt(f"cannot read the NER model's metadata ({e}); rebuild the model", source=p) from e


def _open(pycrfsuite, path: str):
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(path)
    except (OSError, ValueError) as e:
        raise ModelCorrupt(f"cannot read the NER model ({e}); rebuild it with "
                           "'python scripts/build_ner.py final'", source=path) from e
    if not tagger.labels():
        raise ModelCorrupt("the NER model has no labels; rebuild it", source=path)
    return tagger


class NerTagger:
    """A BIO tagger over clitic-segmented tokens (PERS, LOC, ORG, MISC).

    ``model_path``: a crfsuite model file (default: the packaged one). The model is
    opened on first use, so constructing a tagger is cheap. ``fast=False`` tags through
    the reference path (every feature string handed to crfsuite); the default path
    (:mod:`marsad.ner.fast`) gives the same tags and marginals several times faster.
    """

    _default: "NerTagger | None" = None
    _default_lock = threading.Lock()

    def __init__(self, model_path: str | None = None, groups: Sequence[str] | None = None,
                 version: str | None = None, fast: bool = True):
        self.model_path = model_path
        self.fast = fast
        self._fast = None
        self._groups = frozenset(groups) if groups is not None else None
        self._version = version
        self._tagger = None
        self._stage1 = None
        self._window = DOC_WINDOW
        self._features: FeatureExtractor | None = None
        self._lock = threading.Lock()

    @classmethod
    def default(cls) -> "NerTagger":
        """The shared tagger of the packaged model (loaded lazily, once per process)."""
        with cls._default_lock:
            if cls._default is None:
                cls._default = cls()
            return cls._default

    @property
    def version(self) -> str:
        self._load()
        return self._version or VERSION

    @property
    def producer(self) -> str:
        return f"ner.crf/{self.version}"

    def _load(self) -> None:
        if self._tagger is not None:
            return
        with self._lock:
            if self._tagger is not None:
                return
            import pycrfsuite

            path = self.model_path
            if path is None:
                if not resources.exists(MODEL_FILE):
                    raise ModelNotFound("the NER model is not installed; build it with "
                                        "'python scripts/build_ner.py final' or reinstall marsad",
                                        source=str(resources.path(MODEL_FILE)))
                path = str(resources.path(MODEL_FILE))
            elif not os.path.isfile(path):
                raise ModelNotFound("NER model file not found; pass the path of a model made by "
                                    "marsad.ner.train.train_ner", source=path)
            meta = read_meta(path)
            if self._groups is None:
                self._groups = frozenset(meta.get("groups", ALL_GROUPS))
            self._version = self._version or str(meta.get("version", VERSION))
            stage1 = p1 = None
            if meta.get("stage1"):
                p1 = os.path.join(os.path.dirname(path), meta["stage1"])
                if not os.path.isfile(p1):
                    raise ModelNotFound("the NER model's first-pass model is missing; rebuild it with "
                                        "'python scripts/build_ner.py final'", source=p1)
                stage1 = _open(pycrfsuite, p1)
                self._window = int(meta.get("doc_window", DOC_WINDOW))
            self._features = FeatureExtractor(default_lexicons(), self._groups or ALL_GROUPS)
            self._stage1 = stage1
            tagger = _open(pycrfsuite, path)
            if self.fast:
                from .fast import FastTagger

                try:
                    self._fast = FastTagger(self._features, (path, tagger),
                                            (p1, stage1) if stage1 is not None else None, self._window)
                except (OSError, ValueError, struct.error) as e:  # a model format the fast path cannot read
                    log.warning("NER: tagging through the reference path (%s)", e)
            self._tagger = tagger

    def tag_tokens(self, tokens: Sequence[Token]) -> list[tuple[str, float]]:
        """BIO tag and its marginal probability for each token of one sentence."""
        if not tokens:
            return []
        return self.tag_document([tokens])[0]

    def tag_document(self, sentences: Sequence[Sequence[Token]],
                     all_marginals: bool = True) -> list[list[tuple[str, float]]]:
        """Tag the sentences of one text in order; a two-pass model lets each sentence see its
        neighbours' first-pass labels (a name recognised once helps where it recurs).
        ``all_marginals=False`` (what ``ner_stage`` needs): tokens tagged ``O`` get 0.0 instead of
        their marginal probability."""
        self._load()
        if self._fast is not None:
            with self._lock:  # a crfsuite Tagger holds per-sequence state
                out = self._fast.tag_document(sentences, all_marginals)
            if out is not None:
                return out
        return self.tag_document_reference(sentences)

    def tag_document_reference(self, sentences: Sequence[Sequence[Token]]) -> list[list[tuple[str, float]]]:
        """:meth:`tag_document` through the reference path: each token's feature strings to crfsuite."""
        self._load()
        feats = [self._features(s) if s else [] for s in sentences]
        out = []
        with self._lock:  # a crfsuite Tagger holds per-sequence state
            if self._stage1 is not None:
                first = [self._stage1.tag(f) if f else [] for f in feats]
                extra = document_features(sentences, first, self._window)
                for fs, es in zip(feats, extra):
                    for a, b in zip(fs, es):
                        a.extend(b)
            tagger = self._tagger
            for f in feats:
                if not f:
                    out.append([])
                    continue
                tags = tagger.tag(f)
                out.append([(t, tagger.marginal(t, i)) for i, t in enumerate(tags)])
        return out
