"""PLOVER event extraction (see :mod:`marsad.events.extract`)."""
from .extract import EventExtractor, events_stage  # noqa: F401
from .merging import merge_events  # noqa: F401
from .summary import summarize  # noqa: F401
from .model import Event, Mention, Participant  # noqa: F401
