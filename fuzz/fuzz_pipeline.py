"""Fuzz the full default text pipeline with hypothesis: arbitrary Unicode in, no exception and exact spans out.

Inputs mix real Arabic words (from examples/ and, when present, ../shared/data/events/dev-input.jsonl)
with characters from many scripts (Arabic and its supplements and presentation forms, Hebrew, Syriac,
Latin, CJK, emoji), bidi and zero-width controls, combining marks, tatweel, odd whitespace, NUL,
arbitrary code points, and very long tokens (one character repeated, or thousands of random letters).

Each input goes through ``Document.from_text`` and every stage of ``marsad.pipeline.DEFAULT_STAGES``
(normalize, tokenize, ner, actors, geocode, dates, events), then :func:`check_document` asserts that:

- nothing raised;
- every token, entity, actor, place, date, event trigger, participant and mention lies inside the text
  and ``raw[start:end]`` is its text; segments lie inside their token; sentences inside the text;
- the output record (``marsad.records.document_record``) serialises to strict JSON.

Short profile: ``tests/test_reliability.py::test_fuzz_pipeline_short_profile`` (about 15 s).
Long run, by hand::

    .venv/bin/python fuzz/fuzz_pipeline.py --minutes 10 --report fuzz/last-run.json

It prints what it tried (inputs, characters, longest input, characters per script, facts found) and,
on a failure, the shrunk input, which it also writes to ``fuzz/crashes/`` as JSON; exit status 1 then.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from collections import Counter

from hypothesis import HealthCheck, Phase, given, seed as hseed, settings
from hypothesis import strategies as st

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = [os.path.join(ROOT, "examples", "aleppo-2016.txt")]
DEV_INPUT = os.path.join(ROOT, "..", "shared", "data", "events", "dev-input.jsonl")

# named code point ranges the generator draws from (also used to report what a run covered)
RANGES: dict[str, tuple[int, int]] = {
    "arabic": (0x0600, 0x06FF),
    "arabic_supplement": (0x0750, 0x077F),
    "arabic_extended_a": (0x08A0, 0x08FF),
    "arabic_presentation_a": (0xFB50, 0xFDFF),
    "arabic_presentation_b": (0xFE70, 0xFEFF),
    "hebrew": (0x0590, 0x05FF),
    "syriac": (0x0700, 0x074F),
    "ascii": (0x20, 0x7E),
    "latin_extended": (0xA0, 0x24F),
    "combining": (0x0300, 0x036F),
    "cjk": (0x4E00, 0x4FFF),
    "emoji": (0x1F300, 0x1FAFF),
}
CONTROLS = ["\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
            "\u2068", "\u2069", "\u200b", "\u200c", "\u200d", "\ufeff", "\u0640", "\u00a0", "\u2028", "\u2029",
            "\u3000", "\t", "\r\n", "\n", "\r", "\x00", "\ufffd", "\ufffe", "\u064b", "\u0651", "\u0670", "&amp;",
            "&#1604;", "«", "»", "“", "”", "٫", "٬", "؟", "،", "؛", "..."]
SEPARATORS = [" ", " ", " ", "", "\n", "، ", ". ", "\u200f", "\t", " - ", "\u00a0"]


def real_words(limit: int = 4000) -> list[str]:
    """Words of real Arabic news: the bundled example, plus the shared dev articles when present."""
    texts = []
    for path in SAMPLES:
        with open(path, encoding="utf-8") as f:
            texts.append(f.read())
    if os.path.exists(DEV_INPUT):
        with open(DEV_INPUT, encoding="utf-8") as f:
            for line in f:
                texts.append(json.loads(line).get("text") or "")
    words: list[str] = []
    seen = set()
    for t in texts:
        for w in t.split():
            if w not in seen:
                seen.add(w)
                words.append(w)
    return words[:limit]


def _chars(name: str) -> st.SearchStrategy[str]:
    lo, hi = RANGES[name]
    return st.characters(min_codepoint=lo, max_codepoint=hi, exclude_categories=("Cs",))


def text_strategy(words: list[str]) -> st.SearchStrategy[str]:
    """Texts of up to 80 pieces, each a real word, a run of one script, controls, arbitrary Unicode,
    a number or a very long token, joined by varied separators."""
    script_run = st.sampled_from(sorted(RANGES)).flatmap(lambda n: st.text(alphabet=_chars(n), min_size=1,
                                                                             max_size=12))
    long_token = st.one_of(
        st.builds(lambda c, n: c * n, st.one_of(_chars("arabic"), st.sampled_from(CONTROLS)),
                  st.integers(200, 5000)),
        st.text(alphabet=_chars("arabic"), min_size=300, max_size=3000),
        st.lists(st.sampled_from(words), min_size=20, max_size=200).map("".join),  # words glued together
    )
    piece = st.one_of(
        st.sampled_from(words), st.sampled_from(words), st.sampled_from(words),
        script_run,
        st.lists(st.sampled_from(CONTROLS), min_size=1, max_size=4).map("".join),
        st.tuples(st.sampled_from(CONTROLS), st.sampled_from(words)).map("".join),
        st.text(max_size=20),  # any code point but lone surrogates
        st.integers(-10**12, 10**12).map(str),
        st.integers(0, 10**6).map(lambda n: str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))),
        long_token,
    )
    return st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)), max_size=80).map(
        lambda xs: "".join(p + s for p, s in xs))


PUBLISHED = st.sampled_from([None, "2015-08-01", "2016-12-05", "2001-01-01", "2030-12-31"])


def check_document(doc) -> dict[str, int]:
    """Assert every span of ``doc`` is inside its text and is its raw text; return what it found."""
    raw = doc.raw
    n = len(raw)

    def span(f, what):
        assert 0 <= f.start <= f.end <= n, f"{what} {f!r} is outside the text ({n} characters)"
        assert raw[f.start:f.end] == f.text, f"{what} {f!r}: raw[start:end] is {raw[f.start:f.end]!r}"

    for t in doc.tokens:
        span(t, "token")
        for s in t.segments:
            assert t.start <= s.start <= s.end <= t.end, f"segment {s!r} outside its token {t!r}"
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= n and 0 <= s.token_start <= s.token_end <= len(doc.tokens)
    for name in ("entities", "actors", "places", "dates"):
        for f in getattr(doc, name):
            span(f, name[:-1])
    for ev in doc.events:
        span(ev, "event trigger")
        for p in ev.actors + ev.targets:
            span(p, "participant")
        if ev.place is not None:
            span(ev.place, "event place")
        for m in ev.mentions:
            span(m, "mention")
            assert 0 <= m.trigger_start <= m.trigger_end <= n, f"mention trigger outside the text: {m!r}"
    from marsad.records import document_record

    json.dumps(document_record(doc), ensure_ascii=False, allow_nan=False)
    return {"tokens": len(doc.tokens), "entities": len(doc.entities), "places": len(doc.places),
            "dates": len(doc.dates), "events": len(doc.events)}


class Run:
    """A time-bounded fuzz run and what it tried."""

    def __init__(self, seconds: float, seed: int | None = None, round_size: int = 100):
        self.seconds, self.round_size = seconds, round_size
        self.seed = seed if seed is not None else random.randrange(2**32)
        self.inputs = 0
        self.chars = 0
        self.longest = 0
        self.slowest = (0.0, 0)  # seconds, length
        self.slowest_head = ""
        self.scripts: Counter[str] = Counter()
        self.found: Counter[str] = Counter()
        self.rounds = 0
        self.failing: tuple[str, str | None] | None = None

    def _record(self, text: str, took: float, found: dict[str, int]) -> None:
        self.inputs += 1
        self.chars += len(text)
        self.longest = max(self.longest, len(text))
        if took > self.slowest[0]:
            self.slowest = (took, len(text))
            self.slowest_head = repr(text[:40])
        cps = {ord(ch) for ch in text}
        for name, (lo, hi) in RANGES.items():
            if any(lo <= cp <= hi for cp in cps):
                self.scripts[name] += 1  # inputs holding at least one character of this range
        self.found.update({k: v for k, v in found.items() if k != "tokens"})
        self.found["inputs_with_events"] += bool(found["events"])

    def go(self) -> dict:
        """Run rounds of ``round_size`` examples until the time is up; raise on the first failure
        (hypothesis shrinks it first)."""
        from marsad.api import load_pipeline
        from marsad.document import Document
        from marsad.pipeline import DEFAULT_STAGES

        pipe = load_pipeline(DEFAULT_STAGES)
        pipe(Document.from_text("قتل خمسة مدنيين في غارة على حمص أمس", published="2016-12-05"))  # load models
        strategy = text_strategy(real_words())
        start = time.monotonic()
        while time.monotonic() - start < self.seconds:
            @hseed(self.seed + self.rounds)
            @settings(max_examples=self.round_size, deadline=None, database=None, derandomize=False,
                      phases=[Phase.generate, Phase.shrink], suppress_health_check=list(HealthCheck),
                      print_blob=True)
            @given(text=strategy, published=PUBLISHED)
            def target(text, published):
                t0 = time.perf_counter()
                try:
                    doc = pipe(Document.from_text(text, published=published))
                    found = check_document(doc)
                except Exception:
                    self.failing = (text, published)  # the last one is the shrunk example
                    raise
                self._record(text, time.perf_counter() - t0, found)

            target()
            self.rounds += 1
        return self.summary(time.monotonic() - start)

    def summary(self, took: float) -> dict:
        return {"seed": self.seed, "seconds": round(took, 1), "rounds": self.rounds, "inputs": self.inputs,
                "characters": self.chars, "longest_input": self.longest,
                "slowest_input_s": round(self.slowest[0], 3), "slowest_input_length": self.slowest[1],
                "slowest_input_start": self.slowest_head,
                "inputs_holding_script": dict(sorted(self.scripts.items())), "facts_found": dict(self.found)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minutes", type=float, default=1.0, help="how long to run (default 1)")
    ap.add_argument("--seed", type=int, default=None, help="hypothesis seed of the first round (default random)")
    ap.add_argument("--report", default=None, help="also write the summary as JSON to this file")
    args = ap.parse_args(argv)
    sys.path.insert(0, os.path.join(ROOT, "src"))
    run = Run(args.minutes * 60, seed=args.seed)
    try:
        out = run.go()
        status = 0
    except Exception as e:  # a failure: hypothesis has already printed the shrunk example
        out = run.summary(0)
        out["failure"] = f"{type(e).__name__}: {e}"
        if run.failing:
            out["failing_text"], out["failing_published"] = run.failing
        os.makedirs(os.path.join(ROOT, "fuzz", "crashes"), exist_ok=True)
        name = hashlib.sha256(out["failure"].encode()).hexdigest()[:12]
        with open(os.path.join(ROOT, "fuzz", "crashes", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        status = 1
    text = json.dumps(out, ensure_ascii=False, indent=1)
    print(text)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
