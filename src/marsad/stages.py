"""Small stages that belong to no bigger module."""
from __future__ import annotations

from .document import Document
from .normalize import normalize


def normalize_stage(doc: Document) -> Document:
    """Stage: the normalized view of ``doc.raw`` with its offset map."""
    doc.normalized = normalize(doc.raw)
    return doc


def actors_stage(doc: Document) -> Document:
    """Stage: actor-dictionary matches in ``doc.actors``."""
    from .actors import default_matcher

    doc.actors = default_matcher().find(doc)
    return doc
