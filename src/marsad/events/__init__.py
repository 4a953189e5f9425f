"""PLOVER event extraction (see :mod:`marsad.events.extract`)."""
from .extract import EventExtractor, events_stage, merge_events, summarize  # noqa: F401
from .model import Event, Mention, Participant  # noqa: F401
