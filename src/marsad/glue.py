"""Split words glued together when a space was lost (``الولاياتالمتحدة``).

A word is split only when it is unknown to the vocabulary (also after its
clitics are stripped) and it divides into two words that are both common, the
second most often starting with the article. The vocabulary is data
(``data/vocab.tsv.gz``), so the rule is general, not a list of special cases.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from . import resources

# a whole run of 7+ letters (the group) after a character that is not a letter: scanned over the text with a
# space in front (in :meth:`GlueSplitter.cuts`), so a run at its start has one too. A pattern that starts with a class
# lets the engine skip to where it can match in C; a look-behind in front (the earlier form) was tried at
# every character, twice as slow on news text.
_WORD = re.compile(r"[^\u0621-\u064A]([\u0621-\u064A]{7,})")
_PROCLITICS = ("و", "ف", "ب", "ك", "ل", "ال", "لل")
_ENCLITICS = ("هما", "هم", "ها", "ه", "كم", "نا", "ي", "ني", "هن")


class Vocabulary:
    """Counts of folded words; ``count(w)`` is 0 for unseen words."""

    def __init__(self, counts: dict[str, int]):
        self._counts = counts

    @classmethod
    def packaged(cls) -> "Vocabulary":
        counts = {}
        for cols in resources.tsv_rows("vocab.tsv.gz"):
            counts[cols[0]] = int(cols[1])
        return cls(counts)

    def count(self, word: str) -> int:
        return self._counts.get(word, 0)

    def __contains__(self, word: str) -> bool:
        return word in self._counts

    def __len__(self) -> int:
        return len(self._counts)

    def known(self, word: str, min_count: int = 3) -> bool:
        """Is ``word`` a word, as is or once up to two proclitics and one enclitic are stripped?"""
        for stem in _strip_forms(word):
            if self._counts.get(stem, 0) >= min_count:
                return True
        return False


def count_getter(vocab: Vocabulary):
    """``vocab.count`` as a ``get(word, 0)`` callable for hot loops: the count dict's own ``get``
    for a plain :class:`Vocabulary` (no method call), else a wrapper of ``vocab.count``."""
    counts = getattr(vocab, "_counts", None)
    if type(vocab).count is Vocabulary.count and isinstance(counts, dict):
        return counts.get
    return lambda word, default=0: vocab.count(word)


def _strip_forms(word: str):
    yield word
    heads = [word]
    for _ in range(2):
        nxt = []
        for w in heads:
            for p in _PROCLITICS:
                if w.startswith(p) and len(w) - len(p) >= 3:
                    nxt.append(w[len(p):])
        heads = nxt
        yield from heads
    for w in [word] + heads:
        for e in _ENCLITICS:
            if w.endswith(e) and len(w) - len(e) >= 3:
                yield w[: -len(e)]


class GlueSplitter:
    """Inserts a space between glued words in normalized text, keeping the offset map."""

    def __init__(self, vocab: Vocabulary, min_part: int = 50, min_part_len: int = 3):
        self.vocab = vocab
        self.min_part = min_part
        self.min_part_len = min_part_len
        self._cache: dict[str, int | None] = {}  # word -> best_split(word), for unknown words
        # the first test of best_split (``vocab.known``): the word itself seen twice
        known_as_is = type(vocab).known is Vocabulary.known and isinstance(getattr(vocab, "_counts", None), dict)
        self._count = vocab._counts.get if known_as_is else (lambda word, default=0: 0)

    def best_split(self, word: str) -> int | None:
        """The index at which ``word`` splits into two common words, or None."""
        if self.vocab.known(word, min_count=2):
            return None
        best, best_score = None, 0.0
        for k in range(self.min_part_len, len(word) - self.min_part_len + 1):
            a, b = word[:k], word[k:]
            ca, cb = self.vocab.count(a), self.vocab.count(b)
            if ca < self.min_part or cb < self.min_part:
                continue
            if len(a) < 5 and a.startswith("ال"):  # الخ, الف: abbreviations and numbers, not words
                continue
            if not b.startswith("ال") and min(ca, cb) < 20 * self.min_part:
                continue
            score = min(math.log(ca), math.log(cb))
            if score > best_score:
                best, best_score = k, score
        return best

    def cuts(self, text: str) -> list[int]:
        """Where :meth:`split` inserts a space in ``text`` (indexes before which it goes)."""
        count = self._count
        cache = self._cache
        for word in _WORD.findall(" " + text):  # most texts have no cut: look for one first
            if count(word, 0) >= 2:
                continue  # a known word (the first form best_split's ``known`` tries)
            k = cache.get(word, -1)
            if k == -1:
                if len(cache) >= 100_000:
                    cache.clear()
                k = cache[word] = self.best_split(word)
            if k is not None:
                break
        else:
            return []
        cuts = []
        for m in _WORD.finditer(" " + text):
            word = m.group(1)
            if count(word, 0) < 2:
                k = cache.get(word, -1)
                if k == -1:
                    k = cache[word] = self.best_split(word)
                if k is not None:
                    cuts.append(m.start(1) - 1 + k)  # (the text was scanned with a space in front)
        return cuts

    def split(self, text: str, starts: list[int], ends: list[int]) -> tuple[str, list[int], list[int]]:
        cuts = self.cuts(text)
        if not cuts:
            return text, starts, ends
        out, s_out, e_out, last = [], [], [], 0
        for c in cuts:
            out.append(text[last:c])
            out.append(" ")
            s_out += starts[last:c]
            e_out += ends[last:c]
            # the inserted space stands between two raw characters: an empty raw span
            s_out.append(starts[c])
            e_out.append(starts[c])
            last = c
        out.append(text[last:])
        s_out += starts[last:]
        e_out += ends[last:]
        return "".join(out), s_out, e_out


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    return Vocabulary.packaged()


@lru_cache(maxsize=1)
def default_splitter() -> GlueSplitter:
    return GlueSplitter(default_vocabulary())
