"""Places: the packaged gazetteer, place recognition/resolution and the ``geocode`` stage.

>>> from marsad.geo import resolve
>>> resolve("كفر نبل").geonameid
168661
"""
from .gazetteer import Candidate, Gazetteer, default_gazetteer, haversine_km, resolve  # noqa: F401
from .places import Place, geocode_stage  # noqa: F401

__all__ = ["Candidate", "Gazetteer", "Place", "default_gazetteer", "geocode_stage", "haversine_km", "resolve"]
