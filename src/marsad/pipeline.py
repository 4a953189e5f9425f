"""Stages registered by name, and a Pipeline that checks their needs when it is built.

A stage is a plain ``Document -> Document`` callable. It is registered with the
names of what it needs (fields other stages provide) and what it provides. The
run order is the order given to :class:`Pipeline`, never import order; every
unmet need is reported at once when the pipeline is built.

>>> p = Pipeline(["normalize", "tokenize"])
>>> doc = p(Document.from_text("وقتل 46 مدنيا"))
>>> [t.text for t in doc.tokens]
['وقتل', '46', 'مدنيا']
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable, Iterable

from .document import Document
from .errors import StageContractError, UnknownStage, UnmetRequirement

StageFn = Callable[[Document], Document]


@dataclass(frozen=True)
class StageInfo:
    name: str
    factory: str  # "module:function" resolved lazily, so importing marsad stays cheap
    needs: tuple[str, ...]
    provides: tuple[str, ...]
    description: str


_REGISTRY: dict[str, StageInfo] = {}


def register(name: str, factory: str, *, needs: Iterable[str] = (), provides: Iterable[str] = (),
             description: str = "") -> None:
    """Register a stage by name; ``factory`` is ``"package.module:function"``."""
    _REGISTRY[name] = StageInfo(name, factory, tuple(needs), tuple(provides), description)


def registered() -> dict[str, StageInfo]:
    return dict(_REGISTRY)


def _resolve(info: StageInfo) -> StageFn:
    module, _, attr = info.factory.partition(":")
    return getattr(importlib.import_module(module), attr)


register("normalize", "marsad.stages:normalize_stage", provides=("normalized",),
         description="fold the text for matching, keeping an offset map to raw")
register("tokenize", "marsad.tokenize:tokenize_document", needs=("normalized",), provides=("tokens", "sentences"),
         description="tokens with clitic segments, and sentences")
register("ner", "marsad.ner:ner_stage", needs=("tokens", "sentences"), provides=("entities",),
         description="named entities (PERS, LOC, ORG, MISC) with a CRF")
register("actors", "marsad.stages:actors_stage", needs=("tokens",), provides=("actors",),
         description="actor-dictionary matches (CAMEO codes, countries, sectors)")
register("geocode", "marsad.geo:geocode_stage", needs=("tokens", "sentences"), provides=("places",),
         description="place mentions resolved against the packaged gazetteer")
register("dates", "marsad.dates:dates_stage", needs=("tokens", "sentences"), provides=("dates",),
         description="date expressions resolved against the publication date")
register("events", "marsad.events:events_stage",
         needs=("tokens", "sentences", "actors", "places", "dates"),
         provides=("events",), description="PLOVER events with actors, targets, counts and mentions")

DEFAULT_STAGES = ("normalize", "tokenize", "ner", "actors", "geocode", "dates", "events")


class Pipeline:
    """An ordered list of registered stages, checked when built."""

    def __init__(self, names: Iterable[str] = DEFAULT_STAGES):
        self.names = tuple(names)
        unknown = [n for n in self.names if n not in _REGISTRY]
        if unknown:
            raise UnknownStage(f"unknown stage(s) {', '.join(unknown)}; registered: {', '.join(sorted(_REGISTRY))}")
        have: set[str] = set()
        gaps = []
        for n in self.names:
            info = _REGISTRY[n]
            missing = [need for need in info.needs if need not in have]
            if missing:
                gaps.append(f"{n!r} needs {', '.join(missing)}")
            have.update(info.provides)
        if gaps:
            raise UnmetRequirement("; ".join(gaps) + ". Add the stages that provide them earlier in the list.")
        self.provides = frozenset(have)
        self._fns: list[tuple[str, StageFn]] | None = None

    @property
    def stages(self) -> list[tuple[str, StageFn]]:
        if self._fns is None:
            self._fns = [(n, _resolve(_REGISTRY[n])) for n in self.names]
        return self._fns

    def __call__(self, doc: Document) -> Document:
        for name, fn in self.stages:
            out = fn(doc)
            if not isinstance(out, Document):
                raise StageContractError(f"stage {name!r} returned {type(out).__name__}, not a Document")
            out.done.append(name)
            doc = out
        return doc

    def __repr__(self) -> str:
        return f"Pipeline({list(self.names)!r})"
