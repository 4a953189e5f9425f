"""Normalization for matching, with an offset map back to the raw text.

The raw text of a document is never changed. ``normalize`` returns a
:class:`Normalized` view: a folded string plus, for each of its characters, the
raw span it came from, so that anything found in the view can be reported in
raw offsets. The folding rules are data (``data/normalize_chars.tsv``); the
small pure functions below apply one class of rule each, for users who want
only that step.

>>> n = normalize("قالَ إنّ")
>>> n.text
'قال ان'
>>> n.raw_span(4, 6)
(5, 8)
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from . import resources

if TYPE_CHECKING:
    from .glue import GlueSplitter

ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF]")
# Deleted characters that belong to the letter before them: their raw span is
# absorbed into that letter's span so a token's surface keeps its diacritics.
_ATTACHING = {"diacritic", "tatweel"}
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True)
class CharRule:
    source: str
    target: str
    kind: str


@lru_cache(maxsize=1)
def char_rules() -> dict[str, CharRule]:
    """The character folding table, keyed by source character."""
    rules = {}
    for cols in resources.tsv_rows("normalize_chars.tsv"):
        src = chr(int(cols[0], 16))
        dst = "".join(chr(int(h, 16)) for h in cols[1].split()) if len(cols) > 1 else ""
        rules[src] = CharRule(src, dst, cols[2] if len(cols) > 2 else "")
    return rules


@lru_cache(maxsize=None)
def _table(kinds: frozenset[str] | None) -> dict[int, str]:
    return {ord(r.source): r.target for r in char_rules().values() if kinds is None or r.kind in kinds}


def _fold(text: str, *kinds: str) -> str:
    return text.translate(_table(frozenset(kinds)))


def fold_alef(text: str) -> str:
    """أ إ آ ٱ -> ا"""
    return _fold(text, "alef")


def fold_ya(text: str) -> str:
    """ى -> ي (so Egyptian ``علي`` and standard ``على`` meet)."""
    return _fold(text, "ya")


def fold_ta_marbuta(text: str) -> str:
    """ة -> ه"""
    return _fold(text, "ta_marbuta")


def fold_hamza(text: str) -> str:
    """ؤ ئ -> ء (مسؤول and مسئول meet)."""
    return _fold(text, "hamza")


def strip_tatweel(text: str) -> str:
    return _fold(text, "tatweel")


def strip_diacritics(text: str) -> str:
    return _fold(text, "diacritic")


def fold_digits(text: str) -> str:
    """Arabic-Indic and Persian digits -> ASCII digits."""
    return _fold(text, "digit")


def strip_controls(text: str) -> str:
    """Zero-width characters, bidi controls and soft hyphens removed."""
    return _fold(text, "control")


def fold_quotes(text: str) -> str:
    """Every double quote mark -> ``"``, every single one -> ``'``."""
    return _fold(text, "quote")


def unescape_html(text: str) -> str:
    """HTML character references, repeatedly (scraped news is often escaped twice)."""
    while True:
        new = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
        if new == text:
            return text
        text = new


def is_arabic_letter(ch: str) -> bool:
    return bool(ARABIC_LETTER.match(ch))


@lru_cache(maxsize=1 << 14)  # (a few MB per process: the words and phrases looked up again and again)
def fold_key(text: str) -> str:
    """Fold a lexicon key or a query exactly as document text is folded (no offsets).

    Used for building gazetteers and lexicons, so that lookups of normalized
    document text find them. Cached: the rules fold the same few thousand words and phrases of every
    article (dates, places, names), each a full :func:`normalize` pass otherwise.
    """
    return normalize(text, glue=None).text


@dataclass(frozen=True)
class Normalized:
    """A normalized view: ``text[i]`` came from ``raw[starts[i]:ends[i]]``."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    raw_length: int

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of the normalized slice ``text[start:end]`` (end exclusive)."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) outside normalized text of length {len(self.text)}")
        if start == end:
            pos = self.starts[start] if start < len(self.starts) else self.raw_length
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _apply_entities(text: str, starts: list[int], ends: list[int]) -> tuple[str, list[int], list[int]]:
    while "&" in text:
        out, s_out, e_out, last, changed = [], [], [], 0, False
        for m in _ENTITY.finditer(text):
            rep = html.unescape(m.group(0))
            if rep == m.group(0):
                continue
            changed = True
            out.append(text[last:m.start()])
            s_out += starts[last:m.start()]
            e_out += ends[last:m.start()]
            rs, re_ = starts[m.start()], ends[m.end() - 1]
            out.append(rep)
            s_out += [rs] * len(rep)
            e_out += [re_] * len(rep)
            last = m.end()
        if not changed:
            break
        out.append(text[last:])
        s_out += starts[last:]
        e_out += ends[last:]
        text, starts, ends = "".join(out), s_out, e_out
    return text, starts, ends


@lru_cache(maxsize=1)
def _one_to_one_and_deletions() -> tuple[dict[int, str], re.Pattern, frozenset[str]]:
    rules = char_rules().values()
    one = {ord(r.source): r.target for r in rules if len(r.target) == 1}
    deleted = [r.source for r in rules if r.target == ""]
    attaching = frozenset(r.source for r in rules if r.target == "" and r.kind in _ATTACHING)
    return one, re.compile("[" + "".join(re.escape(c) for c in deleted) + "]"), attaching


_SCAN_PER_RULE_FROM = 256  # characters (measured: the two ways cost the same at about 200)


@lru_cache(maxsize=1)
def _one_to_one_replacer():
    """A function equal to ``text.translate(one)`` for the one-to-one rules, but faster on
    news text: only the few characters present are replaced, each with ``str.replace``
    (a scan in C, where ``translate`` looks each character up in a dict). Replacing one
    character after another gives the same result as ``translate`` because no rule's
    target is another rule's source; if the table ever breaks that, ``translate`` is used.
    Which characters are present: in a word or a phrase (``fold_key``), a regular expression
    lists them; in an article, the text is asked once per rule (``in``, a vectorised scan):
    about 80 such scans of an article cost a third of the regular-expression pass, which
    makes a string of every matching character, but more than it on a string of under
    ``_SCAN_PER_RULE_FROM`` characters."""
    one = _one_to_one_and_deletions()[0]
    pairs = {chr(k): v for k, v in one.items()}
    if not pairs or set(pairs) & set(pairs.values()):
        return lambda text: text.translate(one)
    rules = tuple(pairs.items())
    find_all = re.compile("[" + "".join(re.escape(c) for c in pairs) + "]").findall

    def replace(text: str) -> str:
        if len(text) < _SCAN_PER_RULE_FROM:
            for c in set(find_all(text)):
                text = text.replace(c, pairs[c])
            return text
        for c, target in rules:
            if c in text:
                text = text.replace(c, target)
        return text

    return replace


_INDEXES: tuple[int, ...] = tuple(range(1 << 16))


def _indexes(n: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """``(tuple(range(n)), tuple(range(1, n + 1)))``, the identity offset map, as slices of
    one shared tuple: no int objects are made for each document."""
    global _INDEXES
    if n + 1 > len(_INDEXES):
        if n > 1 << 24:
            return tuple(range(n)), tuple(range(1, n + 1))
        _INDEXES = tuple(range(max(n + 1, 2 * len(_INDEXES))))
    return _INDEXES[:n], _INDEXES[1:n + 1]


def _delete_identity(raw: str, text: str, deletions: re.Pattern,
                     attaching: frozenset[str]) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """The deletions of :func:`normalize` when the offset map is still the identity (``text[i]`` came
    from ``raw[i]``, as in most articles): the same text and map, with fewer copies of the map (each
    copy of an offset touches its int object): the runs between deleted characters are slices of the
    shared index tuple, added to one list each and made a tuple once. The end of the last kept
    character is held back in ``end``, as an attaching deleted character after it moves it."""
    n = len(raw)
    idx = _INDEXES if n + 1 <= len(_INDEXES) else _indexes(n + 1)[0]
    out, s_out, e_out, last = [], [], [], 0
    end = None  # the end of the last kept character (None before the first)
    for m in deletions.finditer(text):
        i = m.start()
        if i > last:
            out.append(text[last:i])
            s_out += idx[last:i]
            if end is not None:
                e_out.append(end)
            e_out += idx[last + 1:i]
            end = i
        if end == i and raw[i] in attaching and not text[i - 1].isspace():
            end = i + 1
        last = i + 1
    out.append(text[last:])
    s_out += idx[last:n]
    if end is not None:
        e_out.append(end)
    e_out += idx[last + 1:n + 1]
    return "".join(out), tuple(s_out), tuple(e_out)


def normalize(raw: str, glue: "GlueSplitter | None | bool" = True) -> Normalized:
    """Fold ``raw`` for matching and keep the map back to raw offsets.

    ``glue``: a :class:`~marsad.glue.GlueSplitter` to split words glued by a lost
    space, ``True`` for the packaged one, ``None``/``False`` for none.
    """
    one, deletions, attaching = _one_to_one_and_deletions()
    text = raw
    # the offset map stays None while it is the identity (most articles have no entity, no
    # glued words and few deleted characters): lists are only made when something moves
    starts: list[int] | None = None
    ends: list[int] | None = None
    if "&" in text:
        text, starts, ends = _apply_entities(text, *map(list, _indexes(len(raw))))
    text = _one_to_one_replacer()(text)
    if starts is None and deletions.search(text):
        text, starts, ends = _delete_identity(raw, text, deletions, attaching)
    elif deletions.search(text):
        out, s_out, e_out, last = [], [], [], 0
        for m in deletions.finditer(text):
            i = m.start()
            out.append(text[last:i])
            s_out += starts[last:i]
            e_out += ends[last:i]
            if raw[starts[i]] in attaching and e_out and e_out[-1] == starts[i] and not text[i - 1].isspace():
                e_out[-1] = ends[i]
            last = i + 1
        out.append(text[last:])
        s_out += starts[last:]
        e_out += ends[last:]
        text, starts, ends = "".join(out), s_out, e_out
    if glue is True:
        from .glue import default_splitter

        glue = default_splitter()
    if glue and glue.cuts(text):
        if starts is None:
            starts, ends = map(list, _indexes(len(raw)))
        text, starts, ends = glue.split(text, starts, ends)
    if starts is None:
        return Normalized(text, *_indexes(len(raw)), len(raw))
    return Normalized(text, tuple(starts), tuple(ends), len(raw))


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character folded as :func:`fold_key` folds it ('' when it is deleted)."""
    return fold_key(ch)


def fold_each_char(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` character by character (no entities, no glue splitting), keeping the raw index
    of each folded character: for matching inside short spans such as one token."""
    out, pos = [], []
    for k, ch in enumerate(text):
        for c in fold_char(ch):
            out.append(c)
            pos.append(k)
    return "".join(out), pos
