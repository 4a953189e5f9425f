"""What the in-process A/B benches share (``ab_stages.py``, ``ab_events.py``): the article sample and each
tree's stage functions, Document class and record function."""
import importlib
import os

from marsad import pipeline as P
from marsad.corpora import saudinewsnet_documents

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "saudinewsnet")
NAMES = list(P.DEFAULT_STAGES)


def sample(n: int, skip: int = 0, corpus: str = CORPUS) -> list:
    """Every second SaudiNewsNet article after ``skip`` pairs, ``n`` of them (bad articles left out)."""
    return [d for d in saudinewsnet_documents(corpus, (skip + n) * 2) if not isinstance(d, Exception)][skip * 2::2][:n]


def load(pkg: str):
    """``(stage functions by name, Document, document_record)`` of the tree installed as package ``pkg``."""
    fns = []
    for n in NAMES:
        mod, _, attr = P.registered()[n].factory.partition(":")
        fns.append((n, getattr(importlib.import_module(mod.replace("marsad", pkg, 1)), attr)))
    doc = importlib.import_module(pkg + ".document").Document
    rec = importlib.import_module(pkg + ".records").document_record
    return fns, doc, rec
