"""Shared, cheap fixtures: real Arabic text from the bundled example and the shared corpus."""
import json
import os

import pytest
from _helpers import SEED, SHARED


@pytest.fixture(scope="session")
def seed_text() -> str:
    with open(SEED, encoding="utf-8") as f:
        return f.read()


@pytest.fixture(scope="session")
def dev_articles() -> list[dict]:
    path = os.path.join(SHARED, "events", "dev.jsonl")
    if not os.path.exists(path):
        pytest.skip("../shared/data/events/dev.jsonl is not here")
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.fixture(scope="session")
def news_sample() -> list[dict]:
    """200 SaudiNewsNet articles (a fixed slice), or skip when the corpus is absent."""
    folder = os.path.join(SHARED, "saudinewsnet")
    if not os.path.isdir(folder):
        pytest.skip("../shared/data/saudinewsnet is not here")
    from marsad.corpora import iter_saudinewsnet

    out = []
    for i, art in enumerate(iter_saudinewsnet(folder)):
        if i % 150 == 0:
            out.append(art)
        if len(out) == 200:
            break
    return out
