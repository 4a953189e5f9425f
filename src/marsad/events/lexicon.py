"""The event lexicons (triggers, modes, cues, numbers, ACLED map), loaded from data files.

Verbs are listed once, in the past-tense 3rd-person form; their conjugations are
generated here (past suffixes; present prefixes on the stem with the initial
hamzat-wasl alef dropped: اعتقل -> يعتقل).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..normalize import normalize

PAST_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن", "نا", "و")
PRESENT_PREFIXES = ("ي", "ت", "ن")
PRESENT_SUFFIXES = ("", "ون", "ان", "ن", "ين")


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: what a matched word or phrase signals."""

    key: str  # the folded form or phrase it was listed as
    kind: str  # verb, form, participle, noun, phrase (a verb phrase), nphrase (a noun phrase)
    type: str
    mode: str | None
    weight: float
    requires: frozenset[str]


def conjugations(past: str) -> set[str]:
    """Folded surface stems of a verb (no clitics): past and present, active (passive has the same letters)."""
    forms = {past + s for s in PAST_SUFFIXES}
    present = past[1:] if past.startswith("ا") and len(past) >= 4 else past
    hollow = len(past) == 3 and past[1] == "ا"
    for p in PRESENT_PREFIXES:
        for s in PRESENT_SUFFIXES:
            if not (hollow and p == "ن"):  # (a hollow verb: يزار is "is visited", but نزار is a man's name)
                forms.add(p + present + s)
    if past.startswith("ا") and len(past) >= 4:  # اعتقل: the verbal noun-like present with alef, اعتقلت
        forms.update(past + s for s in PAST_SUFFIXES)
    return forms


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, tuple[Trigger, ...]]  # single folded stem -> triggers
    phrases: dict[str, tuple[tuple[tuple[str, ...], Trigger], ...]]  # first stem -> (sequence, trigger)
    modes: dict[str, tuple[str, int]]
    cues: dict[str, dict[str, str]]  # kind -> {form: note}
    victims: dict[str, str]  # folded noun -> sector ('' when unknown)
    numbers: dict[str, tuple[int, str]]
    acled: dict[tuple[str, str], tuple[str, str]]


@lru_cache(maxsize=1)
def load() -> Lexicon:
    words: dict[str, list[Trigger]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
    for cols in resources.tsv_rows("triggers.tsv"):
        cols += [""] * (6 - len(cols))
        kind, form, typ, mode, weight, requires = cols[:6]
        trig = Trigger(form, kind, typ, mode or None, float(weight or 0.7),
                       frozenset(r for r in requires.split("|") if r))
        if kind == "verb":
            keys = conjugations(form)
        elif kind in ("form", "participle"):
            keys = set(form.split(","))
        elif kind == "noun":
            keys = {form}
        elif kind in ("phrase", "nphrase"):
            seq = tuple(form.split())
            phrases.setdefault(seq[0], []).append((seq, trig))
            continue
        else:
            raise ValueError(f"triggers.tsv: unknown kind {kind!r}")
        for k in keys:
            words.setdefault(k, []).append(trig)
    modes = {c[0]: (c[1], int(c[2])) for c in resources.tsv_rows("modes.tsv")}
    cues: dict[str, dict[str, str]] = {}
    victims: dict[str, str] = {}
    for c in resources.tsv_rows("event_cues.tsv"):
        # compared with token forms, so folded the way the text is (سائحا is read as ساءحا)
        word = normalize(c[1], glue=False).text
        cues.setdefault(c[0], {})[word] = c[2] if len(c) > 2 else ""
        if c[0] == "victim":
            victims[word] = c[3] if len(c) > 3 else ""
    numbers = {c[0]: (int(c[1]), c[2]) for c in resources.tsv_rows("numbers.tsv")}
    acled = {(c[0], c[1]): (c[2], c[3]) for c in resources.tsv_rows("acled.tsv")}
    # longest phrases first so that the most specific wins
    return Lexicon({k: tuple(v) for k, v in words.items()},
                   {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in phrases.items()},
                   modes, cues, victims, numbers, acled)
