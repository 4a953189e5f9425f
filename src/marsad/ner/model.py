"""The run-time CRF tagger: loads ``data/ner.crfsuite`` once and tags token sequences.

>>> from marsad.tokenize import analyze_word
>>> tagger = NerTagger.default()
>>> [t for t, _ in tagger.tag_tokens([analyze_word(w) for w in ["زار", "حلب"]])]
['O', 'B-LOC']
"""
from __future__ import annotations

import json
import os
import threading
from typing import Sequence

from .. import resources
from ..document import Token
from ..errors import ModelCorrupt, ModelNotFound
from .features import ALL_GROUPS, FeatureExtractor, default_lexicons

MODEL_FILE = "ner.crfsuite"
VERSION = "1"


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


class NerTagger:
    """A BIO tagger over clitic-segmented tokens (PERS, LOC, ORG, MISC).

    ``model_path``: a crfsuite model file (default: the packaged one). The model is
    opened on first use, so constructing a tagger is cheap.
    """

    _default: "NerTagger | None" = None
    _default_lock = threading.Lock()

    def __init__(self, model_path: str | None = None, groups: Sequence[str] | None = None,
                 version: str | None = None):
        self.model_path = model_path
        self._groups = frozenset(groups) if groups is not None else None
        self._version = version
        self._tagger = None
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
            tagger = pycrfsuite.Tagger()
            try:
                tagger.open(path)
            except (OSError, ValueError) as e:
                raise ModelCorrupt(f"cannot read the NER model ({e}); rebuild it with "
                                   "'python scripts/build_ner.py final'", source=path) from e
            if not tagger.labels():
                raise ModelCorrupt("the NER model has no labels; rebuild it", source=path)
            self._features = FeatureExtractor(default_lexicons(), self._groups or ALL_GROUPS)
            self._tagger = tagger

    def tag_tokens(self, tokens: Sequence[Token]) -> list[tuple[str, float]]:
        """BIO tag and its marginal probability for each token of one sentence."""
        if not tokens:
            return []
        self._load()
        feats = self._features(tokens)
        tagger = self._tagger
        with self._lock:  # a crfsuite Tagger holds per-sequence state
            tags = tagger.tag(feats)
            probs = [tagger.marginal(t, i) for i, t in enumerate(tags)]
        return list(zip(tags, probs))

    def tag_sentences(self, sentences: Sequence[Sequence[Token]]) -> list[list[tuple[str, float]]]:
        return [self.tag_tokens(s) for s in sentences]
