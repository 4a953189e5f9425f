"""The second events gold set (bench/events_dev2) rebuilds from its annotations and SaudiNewsNet."""
import json
import os
import subprocess
import sys

import pytest

from _helpers import ROOT

CORPUS = os.path.join(ROOT, "..", "shared", "data", "saudinewsnet")
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


@pytest.mark.skipif(not os.path.isdir(CORPUS), reason="SaudiNewsNet is not in ../shared/data")
def test_the_second_gold_set_rebuilds_with_its_evidence(tmp_path):
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "build_events_dev2.py"), str(tmp_path)], check=True,
                   capture_output=True)
    sets = {"tuned": 30, "blind": 76, "train": 120, "blind2": 120, "blind3": 60, "blind4": 60, "blind5": 60,
            "blind6": 60, "blind7": 60, "blind8": 60, "blind9": 60, "blind10": 60, "blind11": 60, "blind12": 60,
            "blind13": 60, "blind14": 60}
    rows = {name: [json.loads(line) for line in open(tmp_path / f"{name}.jsonl", encoding="utf-8")] for name in sets}
    assert {name: len(r) for name, r in rows.items()} == sets
    for row in [r for rs in rows.values() for r in rs]:
        for ev in row["events"]:
            assert ev["type"] in TYPES
            # every evidence string is a clause of the article, found where the offsets say
            assert ev["evidence"] and all(len(s) > 5 and s in row["text"] for s in ev["evidence"])
            for k in ("actor", "target", "place"):
                if ev.get(k):
                    assert ev[k]["text"] in row["text"]
