"""The event lexicons (triggers, modes, cues, numbers, ACLED map), loaded from data files.

Verbs are listed once, in the past-tense 3rd-person form; their conjugations are
generated here (past suffixes; present prefixes on the stem with the initial
hamzat-wasl alef dropped: اعتقل -> يعتقل).
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..errors import ModelCorrupt
from ..normalize import normalize

PAST_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن", "نا", "و")
PRESENT_PREFIXES = ("ي", "ت", "ن")
PRESENT_SUFFIXES = ("", "ون", "ان", "ن", "ين", "وا")
# the named tests an ``excludes`` entry may call (check:NAME), each done by a method of the event extractor
EXCLUDE_CHECKS = frozenset({"limelight", "no_visit_destination", "suffix_stripped", "purpose", "feminine_stem", "designation",
                            "no_place_fled",
                            "no_entry_to", "after_abduction", "endangers", "no_charged_deed",
                            "pronoun_suffix", "accusative", "killing_told", "attack_follows"})
_SIDE = re.compile(r"(prev|next)([1-9]?)")


@dataclass(frozen=True)
class ExcludeTest:
    """One test of a trigger's ``excludes`` entry (the syntax is in the header of triggers.tsv)."""

    side: str  # prev, next (words around the match), definite (its first word has the article) or check
    span: int = 0  # prev/next: how many words before the match's first word or after its last one
    words: frozenset[str] = frozenset()  # prev/next: a folded stem or whole form listed (a cue kind's words)
    name: str = ""  # check: the named test; prev/next: the cue kind (@kind) the words are, for messages
    whole: bool = False  # prev/next (=WORDS): only the word's whole folded form is compared, not its stem


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: what a matched word or phrase signals."""

    key: str  # the folded form or phrase it was listed as
    kind: str  # verb, form, participle, noun, phrase (a verb phrase), nphrase (a noun phrase)
    type: str
    mode: str | None
    weight: float
    requires: frozenset[str]
    # alternatives, any of which rules the match out; each holds when all its tests do
    excludes: tuple[tuple[ExcludeTest, ...], ...] = ()


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


def parse_excludes(entry: str, cues: dict[str, dict[str, str]], source: str = "triggers.tsv",
                   line: int | None = None) -> tuple[tuple[ExcludeTest, ...], ...]:
    """Read an ``excludes`` entry: ``;``-separated alternatives of space-separated tests (see triggers.tsv).
    A malformed entry raises :class:`ModelCorrupt` naming ``source`` and ``line``."""
    def bad(why: str) -> ModelCorrupt:
        return ModelCorrupt(f"excludes entry {entry!r}: {why}", source=source, line=line)

    out = []
    for alt in entry.split(";"):
        tests = []
        for test in alt.split():
            if test == "definite":
                tests.append(ExcludeTest("definite"))
                continue
            head, colon, arg = test.partition(":")
            if not colon or not arg:
                raise bad(f"{test!r} is not WHERE:WORDS, check:NAME or definite")
            if head == "check":
                if arg not in EXCLUDE_CHECKS:
                    raise bad(f"unknown check {arg!r} (known: {', '.join(sorted(EXCLUDE_CHECKS))})")
                tests.append(ExcludeTest("check", name=arg))
                continue
            m = _SIDE.fullmatch(head)
            if m is None:
                raise bad(f"unknown place {head!r} in {test!r} (prev, next, prevN or nextN, N from 1 to 9)")
            whole = arg.startswith("=")
            arg = arg.removeprefix("=")
            if not arg:
                raise bad(f"no words in {test!r}")
            if arg.startswith("@"):
                if arg[1:] not in cues:
                    raise bad(f"no cue kind {arg[1:]!r} in event_cues.tsv")
                words, name = frozenset(cues[arg[1:]]), arg[1:]
            else:
                listed = arg.split("|")
                if not all(listed):
                    raise bad(f"an empty word in {arg!r}")
                # folded the way the text is, as the cue words are (على is read as علي)
                words, name = frozenset(normalize(w, glue=False).text for w in listed), ""
            tests.append(ExcludeTest(m.group(1), int(m.group(2) or 1), words, name, whole))
        if not tests:
            raise bad("an empty alternative")
        out.append(tuple(tests))
    return tuple(out)


def _required_words(entry: str, cues: dict[str, dict[str, str]], source: str, line: int) -> frozenset[str]:
    """The stems of a ``requires`` entry: ``|``-separated stems, or @kind for the words of that kind in
    event_cues.tsv (``@war_foe|قوات``)."""
    words: set[str] = set()
    for r in entry.split("|"):
        if r.startswith("@"):
            if r[1:] not in cues:
                raise ModelCorrupt(f"requires entry {entry!r}: no cue kind {r[1:]!r} in event_cues.tsv",
                                   source=source, line=line)
            words.update(cues[r[1:]])
        elif r:
            words.add(r)
    return frozenset(words)


def read_triggers(text: str, cues: dict[str, dict[str, str]], source: str = "triggers.tsv"):
    """The word and phrase triggers of a triggers.tsv text, as :class:`Lexicon` keeps them (phrases unsorted)."""
    words: dict[str, list[Trigger]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
    for n, line in enumerate(io.StringIO(text), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        cols += [""] * (7 - len(cols))
        kind, form, typ, mode, weight, requires, excludes = cols[:7]
        trig = Trigger(form, kind, typ, mode or None, float(weight or 0.7),
                       _required_words(requires, cues, source, n),
                       parse_excludes(excludes, cues, source, n) if excludes else ())
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
            raise ModelCorrupt(f"unknown kind {kind!r}", source=source, line=n)
        for k in keys:
            words.setdefault(k, []).append(trig)
    return words, phrases


@lru_cache(maxsize=1)
def load() -> Lexicon:
    modes = {c[0]: (c[1], int(c[2])) for c in resources.tsv_rows("modes.tsv")}
    cues: dict[str, dict[str, str]] = {}
    victims: dict[str, str] = {}
    for c in resources.tsv_rows("event_cues.tsv"):
        # compared with token forms, so folded the way the text is (سائحا is read as ساءحا)
        word = normalize(c[1], glue=False).text
        cues.setdefault(c[0], {})[word] = c[2] if len(c) > 2 else ""
        if c[0] == "victim":
            victims[word] = c[3] if len(c) > 3 else ""
    words, phrases = read_triggers(resources.read_text("triggers.tsv"), cues)
    numbers = {c[0]: (int(c[1]), c[2]) for c in resources.tsv_rows("numbers.tsv")}
    acled = {(c[0], c[1]): (c[2], c[3]) for c in resources.tsv_rows("acled.tsv")}
    # longest phrases first so that the most specific wins
    return Lexicon({k: tuple(v) for k, v in words.items()},
                   {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in phrases.items()},
                   modes, cues, victims, numbers, acled)
