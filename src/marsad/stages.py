"""Small stages that belong to no bigger module."""
from __future__ import annotations

from .document import Document
from .normalize import normalize


def normalize_stage(doc: Document) -> Document:
    """Stage: the normalized view of ``doc.raw`` with its offset map."""
    doc.normalized = normalize(doc.raw)
    return doc
