"""Event records: small frozen dataclasses, serialised to ``spec/event.schema.json``."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from ..document import Fact


@dataclass(frozen=True)
class Participant:
    """An actor or target: a raw span plus what the dictionaries know of it."""

    start: int
    end: int
    text: str
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None
    code: str | None = None
    certainty: str = "asserted"
    producer: str = ""

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "name": self.name,
                "country": self.country, "sector": self.sector, "code": self.code, "certainty": self.certainty}


@dataclass(frozen=True)
class Mention:
    """A sentence or clause ``raw[start:end]`` that states the event, and its trigger span."""

    start: int
    end: int
    text: str
    trigger_start: int
    trigger_end: int

    def to_record(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "trigger": {"start": self.trigger_start, "end": self.trigger_end}}


@dataclass(frozen=True)
class Event(Fact):
    """One PLOVER event with its arguments; ``start``/``end``/``text`` are its first trigger."""

    type: str = "ASSAULT"
    mode: str | None = None
    actors: tuple[Participant, ...] = ()
    targets: tuple[Participant, ...] = ()
    place: Any = None  # a marsad.geo Place, or None
    date: str | None = None
    date_precision: str | None = None
    date_source: str | None = None  # 'text' or 'published' (the publication day, flagged)
    killed: int | None = None
    injured: int | None = None
    killed_text: str | None = None
    injured_text: str | None = None
    mentions: tuple[Mention, ...] = ()
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    summary_en: str | None = None
    flags: tuple[str, ...] = field(default=())

    @property
    def id(self) -> str:
        """Stable: a hash of the type, the first mention's offsets and text, and the place (one clause
        listing several places gives one event per place, with the same mention)."""
        m = self.mentions[0] if self.mentions else None
        p = self.place
        where = "" if p is None else f"{getattr(p, 'geonameid', None)}|{getattr(p, 'start', '')}|{getattr(p, 'text', '')}"
        key = f"{self.type}|{self.mode}|{m.start if m else self.start}|{self.text}|{m.text if m else ''}"
        if where:
            key += "|" + where
        if "coordinated-actor" in self.flags and self.actors:
            key += "|" + self.actors[0].text  # "ضغطت هولندا وماليزيا": one event per actor, one mention
        return "ev" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:14]

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "actors": [a.to_record() for a in self.actors],
            "targets": [t.to_record() for t in self.targets],
            "place": None,  # filled by marsad.records (the place object belongs to marsad.geo)
            "date": self.date,
            "date_precision": self.date_precision,
            "date_source": self.date_source,
            "killed": self.killed,
            "injured": self.injured,
            "mentions": [m.to_record() for m in self.mentions],
            "trigger": {"text": self.text, "start": self.start, "end": self.end},
            "confidence": round(self.confidence, 4),
            "acled_event_type": self.acled_event_type,
            "acled_sub_event_type": self.acled_sub_event_type,
            "summary_en": self.summary_en,
            "flags": list(self.flags),
            "producer": self.producer,
        }
