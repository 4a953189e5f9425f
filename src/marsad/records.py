"""Turning a processed Document into its output record (``spec/event.schema.json``)."""
from __future__ import annotations

from typing import Any

from . import __version__
from .document import Document


def _place_record(p) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"text": p.text, "start": p.start, "end": p.end,
            "geonameid": getattr(p, "geonameid", None), "name": getattr(p, "name", None),
            "country": getattr(p, "country", None), "admin1": getattr(p, "admin1", None),
            "lat": getattr(p, "lat", None), "lon": getattr(p, "lon", None),
            "precision": getattr(p, "precision", None)}


def event_record(ev) -> dict[str, Any]:
    """One event as the schema's ``event`` object (plus marsad's extra fields)."""
    rec = ev.to_record()
    rec["place"] = _place_record(ev.place)
    return rec


def entity_record(e) -> dict[str, Any]:
    return {"type": e.label, "text": e.text, "start": e.start, "end": e.end,
            "confidence": round(e.confidence, 4), "producer": e.producer}


def document_record(doc: Document, min_confidence: float = 0.0) -> dict[str, Any]:
    """The output line for ``doc``: its id and metadata, events and entities."""
    rec: dict[str, Any] = {"id": doc.id}
    for k in ("title", "source", "url", "published"):
        if doc.meta.get(k) is not None:
            rec[k] = doc.meta[k]
    rec["events"] = [event_record(e) for e in doc.events if e.confidence >= min_confidence]
    rec["entities"] = [entity_record(e) for e in doc.entities]
    rec["marsad"] = {"version": __version__, "stages": list(doc.done)}
    return rec
