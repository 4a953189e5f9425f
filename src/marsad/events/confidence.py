"""Event confidence: how likely a careful annotator codes the event the rules found.

The rules give each event a rough prior (the trigger's weight, whether a doer and a place were found). This
module turns it into a probability learned from gold annotations: a logistic regression over a few dozen binary
facts of the finished event (its type, mode and trigger word, the word before the trigger, which arguments were
found, the place's precision, where the day came from, its flags, where in the article it is told, how many
events of its type the article has). The weights are a data file, ``data/event_confidence.json``, built by
``scripts/train_event_confidence.py`` from the dev articles and the read sets of ``bench/events_dev2``
(labels: the shared scorer's matching against gold); the file records what it was built from and the scores of
a leave-one-set-out run.

The probability is what ``--min-confidence`` filters on. Events are never dropped here: no threshold raised F1
on held-out sets (see the training script's report), so the choice of trading recall for precision is the
user's.
"""
from __future__ import annotations

import json
import math
from dataclasses import replace
from typing import Iterable

from .. import resources
from ..document import Document
from ..normalize import fold_key
from .model import Event

MODEL_FILE = "event_confidence.json"
FLOOR, CEILING = 0.01, 0.99  # a learned probability is never certainty
# dated history (an event more than a year before publication, kept and flagged): its probability is halved, so
# that a dataset of new events (--min-confidence 0.5) leaves it out, as the rules' prior did; the flag is not a
# feature (the few events the gold sets give it are mostly current events the dates misread)
HISTORY = "background"


def event_features(doc: Document, ev: Event, events: Iterable[Event]) -> list[str]:
    """The binary facts of ``ev`` (one of ``events``, the article's events) the model weighs."""
    t = ev.type
    out = ["bias", f"type={t}", f"mode={t}:{ev.mode}"]
    word = fold_key(ev.text).strip()
    out += [f"trigger={word}", f"type_trigger={t}:{word}"]
    out.append(f"mentions={min(len(ev.mentions), 3)}")
    if ev.actors:
        a = ev.actors[0]
        out += ["actor", f"actor_sector={a.sector}", f"actor_certainty={a.certainty}",
                f"actor_country={bool(a.country)}"]
    else:
        out.append("no_actor")
    out.append("target" if ev.targets else "no_target")
    out.append(f"place={getattr(ev.place, 'precision', None) or 'none'}")
    out.append(f"date={ev.date_source}:{ev.date_precision}")
    out.append(f"killed={ev.killed is not None}")
    out.append(f"injured={ev.injured is not None}")
    out += [f"flag={f}" for f in ev.flags if f != HISTORY]
    if ev.mentions:
        first = min(ev.mentions, key=lambda m: m.start)
        out.append(f"position={min(4, int(5 * first.start / max(1, len(doc.raw))))}")
        before = doc.raw[first.start:first.trigger_start].split()
        out.append(f"word_before={fold_key(before[-1]).strip() if before else '<s>'}")
        out.append(f"words_before={min(len(before), 6)}")
    events = list(events)
    out.append(f"same_type={min(sum(1 for e in events if e.type == t), 4)}")
    out.append(f"events={min(len(events) // 3, 4)}")
    out.append(f"prior={min(9, int(ev.confidence * 10))}")
    return out


def logistic(z: float) -> float:
    """The logistic function, its argument clipped to +-30 (no overflow)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class ConfidenceModel:
    """A logistic regression over :func:`event_features`."""

    def __init__(self, weights: dict[str, float], meta: dict | None = None):
        self.weights = weights
        self.meta = meta or {}

    @classmethod
    def load(cls, name: str = MODEL_FILE) -> "ConfidenceModel":
        data = json.loads(resources.read_text(name))
        return cls(data["weights"], {k: v for k, v in data.items() if k != "weights"})

    def probability(self, features: Iterable[str]) -> float:
        w = self.weights
        p = logistic(sum(w.get(f, 0.0) for f in features))
        return round(min(CEILING, max(FLOOR, p)), 4)

    def calibrate(self, doc: Document, events: list[Event]) -> list[Event]:
        """``events`` with each confidence replaced by the model's probability (halved for dated history)."""
        out = []
        for ev in events:
            p = self.probability(event_features(doc, ev, events))
            out.append(replace(ev, confidence=round(p / 2, 4) if HISTORY in ev.flags else p))
        return out


_MODEL: ConfidenceModel | None = None


def default_model() -> ConfidenceModel:
    global _MODEL
    if _MODEL is None:
        _MODEL = ConfidenceModel.load()
    return _MODEL
