"""Tokenization, clitic segmentation and sentence splitting, all in raw offsets.

Tokens are found in the normalized view and mapped back to raw offsets, so a
token's ``text`` is exactly ``raw[start:end]`` (with its diacritics and
tatweel). Each Arabic token is segmented into proclitics, a stem and
enclitics (و+ب+ال+stem+ه); the segmenter checks candidate stems against the
corpus vocabulary, so ``ولد`` stays a word while ``وقتل`` is و+قتل.

>>> from marsad.document import Document
>>> doc = tokenize_document(Document.from_text("قال: لن ننسحب. وبدأت الاشتباكات"))
>>> [t.text for t in doc.tokens]
['قال', ':', 'لن', 'ننسحب', '.', 'وبدأت', 'الاشتباكات']
>>> len(doc.sentences)
2
"""
from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_right
from functools import lru_cache

from . import resources
from .document import Document, Segment, Sentence, Token, _SegmentSlots, _TokenSlots, new_sentence, new_token
from .glue import Vocabulary, count_getter, default_vocabulary
from .normalize import Normalized, normalize

_ARABIC = "\u0621-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF"
TOKEN_RE = re.compile(
    rf"(?P<word>[{_ARABIC}]+)"
    r"|(?P<number>\d+(?:[.,]\d+)*%?)"
    r"|(?P<latin>[^\W\d_]+(?:['\-][^\W\d_]+)*)"
    r"|(?P<punct>([.!?;])\5+|\S)"
)
_TERMINAL = set(".!?;")
_QUOTES = set("\"'")
MAX_QUOTED_SENTENCE = 60
QUOTE_LOOKAHEAD = 25  # an open quote that does not close this soon after a stop was never closed


class Clitics:
    """The clitic inventory and the segmenter (data: ``data/clitics.tsv``)."""

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab
        kinds: dict[str, list[str]] = {}
        for cols in resources.tsv_rows("clitics.tsv"):
            kinds.setdefault(cols[0], []).append(cols[1])
        self.conj = tuple(kinds.get("conj", ()))
        self.prep = tuple(kinds.get("prep", ()))
        self.future = tuple(kinds.get("future", ()))
        self.article = tuple(kinds.get("article", ()))
        self.enclitics = tuple(sorted(kinds.get("enclitic", ()), key=len, reverse=True))
        self.keep = frozenset(kinds.get("keep", ()))
        # word -> analysis. A plain dict, not an lru_cache: a hit is one dict lookup, and the
        # cached tuples hold only strings and ints, so the garbage collector stops visiting
        # them (an lru_cache keeps a linked list of 100k tracked nodes).
        self._cache: dict[str, tuple[tuple[str, int, int, str], ...]] = {}
        self._count = count_getter(vocab)  # vocab.count as a dict get
        self._piece_info: dict[tuple, tuple[float, int]] = {}
        self._prefix_cache: dict[tuple[str, int], tuple] = {}
        self._prefix_shared: dict[tuple, tuple] = {}  # each distinct analysis of _prefix_cache, once
        # What _analyse_prefixes looks at: letters up to the end of conjunction + preposition
        # (or لل, or future + one letter) + article, and whether the rest after a conjunction
        # is longer than 3 letters.
        conj_len = max(map(len, self.conj), default=0)
        self._prefix_key = (4 + conj_len, conj_len + max([2, *map(len, self.prep + self.future)])
                            + max(map(len, self.article), default=0))
        self._enclitics_by_last: dict[str, tuple[str, ...]] = {}
        # word -> what the tokenizer makes of it (see ``token_record``); kept apart from ``_cache``, which only
        # ``segment`` callers other than the tokenizer fill
        self._records: dict[str, tuple] = {}
        for e in self.enclitics:  # longest first, as in self.enclitics
            self._enclitics_by_last[e[-1]] = self._enclitics_by_last.get(e[-1], ()) + (e,)

    # words kept (about 350 bytes each; when full the older half is forgotten). On the SaudiNewsNet stream a
    # worker sees, 100k missed about 7% of word tokens and 200k about 3%; a miss costs about 10 us.
    cache_size = 200_000

    def segment(self, word: str) -> tuple[tuple[str, int, int, str], ...]:
        """Analyse a folded Arabic word into ``(form, start, end, kind)`` pieces (offsets into
        ``word``), cached per word."""
        pieces = self._cache.get(word)
        if pieces is None:
            cache = self._cache
            if len(cache) >= self.cache_size:
                # forget the older half (dicts keep insertion order)
                for old in list(itertools.islice(cache, len(cache) // 2)):
                    cache.pop(old, None)  # (another thread may have forgotten it already)
            pieces = cache[word] = self._segment(word)
        return pieces

    def token_record(self, word: str, banned: tuple = ()) -> tuple:
        """``(stem, proclitics, enclitics, pieces, check)`` of a folded Arabic word, cached per word: the forms of its
        stem and of its proclitic and enclitic segments as a token of it stores them, its :meth:`segment` pieces, or
        None for pieces when the word is one stem segment (its form is then the stem, which is the word), and the
        places whose raw letter may rule a clitic out (:func:`_spelling_check`), or None.
        ``banned``: ``(form, offset)`` proclitics the raw spelling rules out."""
        key = (word, banned) if banned else word
        rec = self._records.get(key)
        if rec is None:
            records = self._records
            if len(records) >= self.cache_size:
                for old in list(itertools.islice(records, len(records) // 2)):
                    records.pop(old, None)
            pieces = (self._segment(word, banned) if banned else None) or self._cache.get(word) or self._segment(word)
            if len(pieces) == 1:
                rec = (pieces[0][0], (), (), None, None)
            else:
                # the pieces are proclitics, the stem, at most one enclitic (_segment); the tuples of clitic forms are
                # shared by every word with the same clitics (fewer objects)
                last = pieces[-1]
                if last[3] == "stem":
                    stem, enclitics, k = last[0], (), len(pieces) - 1
                else:
                    stem, enclitics, k = pieces[-2][0], _clitic_tuple((last[0],)), len(pieces) - 2
                rec = (stem, _clitic_tuple(tuple([p[0] for p in pieces[:k]])), enclitics, pieces,
                       None if banned else _spelling_check(pieces, word))
            records[key] = rec
        return rec

    def _prefixes(self, word: str) -> tuple[tuple[tuple, int, bool, float, int], ...]:
        """The proclitic analyses of ``word`` in the order they are tried: ``(pieces, stem
        start, enclitic allowed, cost of the pieces, shortest stem allowed)``. A piece is a
        form, or ``(form, width)`` when it is not written in full (لل = ل + ال).

        They depend only on the first few letters and on the length of a short word, so they
        are computed once per such key (see ``_prefix_key``)."""
        n, k = self._prefix_key
        key = (word[:k], len(word) if len(word) < n else n)
        found = self._prefix_cache.get(key)
        if found is None:
            # the keys are many (one per word beginning and short length) and the analyses few: each is kept once
            found = self._analyse_prefixes(word)
            found = self._prefix_cache[key] = self._prefix_shared.setdefault(found, found)
        return found

    def _analyse_prefixes(self, word: str) -> tuple[tuple[tuple, int, bool, float, int], ...]:
        conj, prep, future = self.conj, self.prep, self.future
        pre_options = [((), 0)]
        for cj in conj:
            if word.startswith(cj):
                pre_options.append(((cj,), len(cj)))
        expanded = []
        for pieces, i in pre_options:
            expanded.append((pieces, i))
            rest = word[i:]
            for p in prep:
                if rest.startswith(p):
                    if p == "ل" and rest.startswith("لل") and len(rest) > 3:
                        # لل = ل + ال: the article's alef is not written
                        expanded.append((pieces + ((p, 1), ("ال", 1)), i + 2))
                    expanded.append((pieces + (p,), i + len(p)))
            for f in future:
                if rest.startswith(f) and len(rest) > 3 and rest[1] in "يتنا":
                    expanded.append((pieces + (f,), i + 1))
        out = []
        info = self._piece_info
        for pieces, i in expanded:
            out.append((pieces, i, True) + (info.get(pieces) or self._info(pieces)))
            if any(isinstance(p, tuple) for p in pieces):
                continue
            for a in self.article:
                if word.startswith(a, i) and not any(p in future for p in pieces):
                    with_article = pieces + (a,)
                    out.append((with_article, i + len(a), False) + (info.get(with_article) or self._info(with_article)))
        return tuple(out)  # a tuple of atomic values: the garbage collector stops visiting it

    def _info(self, pieces: tuple) -> tuple[float, int]:
        """(cost, shortest stem) of a proclitic sequence: each piece costs 0.4, the article
        (written or not) 0.3; after the article a stem may have 2 letters, else 3."""
        cost = sum(0.3 if (p == "ال" or isinstance(p, tuple)) else 0.4 for p in pieces)
        min_len = 2 if pieces and pieces[-1] == "ال" or (pieces and isinstance(pieces[-1], tuple)) else 3
        self._piece_info[pieces] = cost, min_len
        return cost, min_len

    def _segment(self, word: str, banned: tuple = ()) -> tuple[tuple[str, int, int, str], ...]:
        """Analyse a folded Arabic word into ``(form, start, end, kind)`` pieces (offsets into ``word``).

        Every analysis (proclitics + stem + at most one enclitic, not both the article and an
        enclitic) is scored by the log-count of its stem minus a cost per clitic; the first
        best one wins over the unsegmented word only when it scores higher. An unknown stem
        (count 0) scores minus infinity and never wins, so it is not scored. No analysis has a
        proclitic of ``banned`` (``(form, offset)`` pairs) where it is banned."""
        n = len(word)
        if word in self.keep or n < 3:
            return ((word, 0, n, "stem"),)
        count = self._count
        log = math.log
        whole = count(word, 0)
        best = None
        best_score = log(whole) if whole else -math.inf
        enclitics = [e for e in self._enclitics_by_last.get(word[-1], ()) if word.endswith(e)]
        for pieces, i, enclitic_allowed, cost, min_len in self._prefixes(word):
            if banned and _has_banned(pieces, banned):
                continue
            if pieces and n - i >= min_len:
                # proclitics and the stem to the end of the word
                c = count(word[i:], 0)
                if c:
                    score = log(c) - cost
                    if score > best_score:
                        best, best_score = (pieces, i, n, None, word[i:]), score
            if not enclitic_allowed:
                continue
            for enc in enclitics:
                j = n - len(enc)
                if j <= i or (banned and (enc, j) in banned):
                    continue
                stem = word[i:j]
                c = count(stem, 0)
                if j - i < min_len and not (j - i == 2 and c > 1000):
                    continue
                form = stem
                if stem.endswith("ت"):
                    # ta marbuta restored before an enclitic (مدينت+ه -> مدينه)
                    c2 = count(stem[:-1] + "ه", 0)
                    if c2 > c:
                        c, form = c2, stem[:-1] + "ه"
                if c:
                    score = log(c) - (cost + 0.5)
                    if score > best_score:
                        best, best_score = (pieces, i, j, enc, form), score
        if best is None and not whole:
            best = self._unknown(word)
            if best is not None and banned and _has_banned(best[0], banned):
                best = None
        if best is None:
            best = self._article_prefixed(word)
            if best is None or (banned and _has_banned(best[0], banned)):
                best = ((), 0, len(word), None, word)
        pieces, i, j, enc, form = best
        # the article is productive: split it off whatever the counts say
        if (form.startswith("ال") and len(form) - 2 >= 2 and form not in self.keep
                and not (pieces and (pieces[-1] == "ال" or isinstance(pieces[-1], tuple)))
                and word[i:i + 2] == "ال" and ("ال", i) not in banned):
            pieces, i, form = pieces + ("ال",), i + 2, form[2:]
        out, pos = [], 0
        for p in pieces:
            if isinstance(p, tuple):
                p, width = p
            else:
                width = len(p)
            out.append((p, pos, pos + width, "proclitic"))
            pos += width
        out.append((form, i, j, "stem"))
        if enc:
            out.append((enc, j, len(word), "enclitic"))
        return tuple(out)

    def _article_prefixed(self, word: str):
        """و/ف + ب/ك/ل + ال + a known word of 3+ letters: split even when the whole form is common."""
        pieces, i = (), 0
        if word[0] in self.conj:
            pieces, i = (word[0],), 1
        if word.startswith("لل", i):
            pieces, i = pieces + (("ل", 1), ("ال", 1)), i + 2
        elif word[i:i + 1] in self.prep and word.startswith("ال", i + 1):
            pieces, i = pieces + (word[i], "ال"), i + 3
        else:
            return None
        stem = word[i:]
        if len(stem) < 3 or self.vocab.count(stem) < 3:
            return None
        return pieces, i, len(word), None, stem

    def _unknown(self, word: str):
        """Fallback for words the vocabulary has never seen (mostly names): strip the
        conjunction when a long stem remains, a preposition before the article, and the article."""
        pieces, i = (), 0
        if word[0] in self.conj and len(word) >= 5:
            pieces, i = (word[0],), 1
        if word[i:i + 1] in self.prep and word.startswith("ال", i + 1) and len(word) - i >= 5:
            pieces, i = pieces + (word[i],), i + 1
        elif word.startswith("لل", i) and len(word) - i >= 5:
            pieces, i = pieces + (("ل", 1), ("ال", 1)), i + 2
        if word.startswith("ال", i) and len(word) - i >= 4 and not (pieces and isinstance(pieces[-1], tuple)):
            pieces, i = pieces + ("ال",), i + 2
        if not pieces:
            return None
        return pieces, i, len(word), None, word[i:]


def _has_banned(pieces: tuple, banned: tuple) -> bool:
    """Does a proclitic sequence put a banned ``(form, offset)`` piece where it is banned?"""
    pos = 0
    for p in pieces:
        if isinstance(p, tuple):
            p, width = p
        else:
            width = len(p)
        if (p, pos) in banned:
            return True
        pos += width
    return False


# what the raw spelling of a word rules out that its folded form cannot tell: the article is written with a bare
# alef (hamzat wasl), so ال at a hamza (ألقى، ألمانيا، إلغاء، آلاف) is the word's own letters; the future س comes
# before an imperfect verb's prefix, the first person's with hamza (سأعمل), so before a bare alef (سامي، ساهم)
# it is the word's own letter; ة folds to ه but is never the pronoun ه (وكالة، لمظاهرة، الحادثة)
_HAMZA_ALEFS = frozenset("أإآ")
_BARE_ALEF = frozenset("ا")
_TA_MARBUTA = frozenset("ة")


def _spelling_check(pieces: tuple, word: str) -> tuple | None:
    """``(offset, letters, ban)`` of ``word``: when the raw letter at ``offset`` is one of ``letters``, the raw spelling
    rules the piece ``ban`` (``(form, offset)``) of ``pieces`` out: an article's alef written as a hamza, the letter
    after a future س written as a bare alef, a final ه written as ة. None when there is none to look at (most words)."""
    out = ()
    for form, a, b, kind in pieces:
        if kind == "proclitic":
            if form == "ال" and b - a == 2:
                out += ((a, _HAMZA_ALEFS, (form, a)),)
            elif form == "س" and word[b:b + 1] == "ا":
                out += ((b, _BARE_ALEF, (form, a)),)
        elif kind == "enclitic" and form == "ه":
            out += ((a, _TA_MARBUTA, (form, a)),)
    return out or None


def _spelling_bans(check: tuple | None, raw: str, starts: list[int], ns: int) -> tuple:
    """The ``(form, offset)`` pieces a word's :func:`_spelling_check` rules out, given its raw spelling (the folded
    word starts at ``ns`` of the normalized text, ``starts`` maps it to raw); () when none is."""
    return tuple(ban for c, letters, ban in check or () if raw[starts[ns + c]] in letters)


@lru_cache(maxsize=1)
def default_clitics() -> Clitics:
    return Clitics(default_vocabulary())


# TOKEN_RE with the whitespace before each token as its first group: ``findall`` then gives
# every token with no Match object, and offsets follow by adding up lengths, since the
# text between two TOKEN_RE matches is always whitespace (``punct`` takes any ``\S``).
_SCAN_RE = re.compile(
    rf"(\s*)(?:([{_ARABIC}]+)"
    r"|(\d+(?:[.,]\d+)*%?)"
    r"|([^\W\d_]+(?:['\-][^\W\d_]+)*)"
    r"|(([.!?;])\6+|\S))"
)


# the proclitics or enclitics tuple of a token, keyed by the one form (a str) or by the tuple of forms,
# shared by the tokens that have them (the clitic inventory is small; the table is bounded all the same)
_CLITIC_TUPLES: dict[str | tuple[str, ...], tuple[str, ...]] = {}


def _clitic_tuple(forms: tuple[str, ...]) -> tuple[str, ...]:
    if len(_CLITIC_TUPLES) >= 10_000:
        _CLITIC_TUPLES.clear()
    key = forms[0] if len(forms) == 1 else forms
    return _CLITIC_TUPLES.setdefault(key, forms)


def tokenize(raw: str, norm: Normalized | None = None, clitics: Clitics | None = None) -> list[Token]:
    """Tokens of ``raw`` (normalized first unless ``norm`` is given), in raw offsets."""
    return _tokenize(raw, norm, clitics)[0]


def _tokenize(raw: str, norm: Normalized | None = None,
              clitics: Clitics | None = None) -> tuple[list[Token], list[int]]:
    """:func:`tokenize`, and the indexes of its ``punct`` tokens (for :func:`split_sentences`)."""
    norm = norm or normalize(raw)
    clitics = clitics or default_clitics()
    cached, record = clitics._records.get, clitics.token_record
    starts, ends = norm.starts, norm.ends
    out = []
    append = out.append
    puncts = []
    pos = 0
    text = norm.text
    # a word's Token and Segments are built here as new_token and new_segment build them (see
    # document.py), written out: a word makes a token and one or more segments, and the two calls
    # per word were a tenth of the tokenizer's time
    token_slots, segment_slots = _TokenSlots, _SegmentSlots
    # scan up to the last non-space: a trailing run of whitespace, which no token follows, would make
    # the scan retry from each of its positions (quadratic in the run's length)
    for ws, word, number, latin, punct, _ in _SCAN_RE.findall(text, 0, len(text.rstrip())):
        ns = pos + len(ws)
        if word:
            pos = ne = ns + len(word)
            start, end = starts[ns], ends[ne - 1]
            # the stem and clitic forms come with the word's analysis (once per word type)
            stem, proclitics, enclitics, pieces, check = cached(word) or record(word)
            if check is not None:
                for c, letters, _ in check:
                    if raw[starts[ns + c]] in letters:
                        stem, proclitics, enclitics, pieces, _ = record(word, _spelling_bans(check, raw, starts, ns))
                        break
            t = token_slots()
            t.text = raw[start:end]
            t.start = start
            t.end = end
            t.norm = word
            t.kind = "word"
            t.stem = stem
            t.proclitics = proclitics
            t.enclitics = enclitics
            if pieces is None:
                s = segment_slots()
                s.form = stem
                s.kind = "stem"
                s.start = start
                s.end = end
                s.__class__ = Segment
                t.segments = (s,)
            else:
                segments = []
                for f, a, b, k in pieces:
                    s = segment_slots()
                    s.form = f
                    s.kind = k
                    s.start = starts[ns + a]
                    s.end = ends[ns + b - 1] if b > a else starts[ns + a]
                    s.__class__ = Segment
                    segments.append(s)
                t.segments = tuple(segments)
            t.__class__ = Token
            append(t)
        elif punct:
            pos = ne = ns + len(punct)
            start, end = starts[ns], ends[ne - 1]
            puncts.append(len(out))
            append(new_token(raw[start:end], start, end, punct, "punct", (), punct))
        elif number:
            pos = ne = ns + len(number)
            start, end = starts[ns], ends[ne - 1]
            append(new_token(raw[start:end], start, end, number, "number", (), number))
        else:
            pos = ne = ns + len(latin)
            start, end = starts[ns], ends[ne - 1]
            append(new_token(raw[start:end], start, end, latin, "latin", (), latin))
    return out, puncts


def analyze_word(word: str) -> Token:
    """Tokenize and segment a single pre-split word (for CoNLL input), offsets inside ``word``.

    A word that normalizes to several tokens (``الولاياتالمتحدة``) keeps its
    first word's analysis over the whole span.
    """
    toks = tokenize(word)
    if not toks:
        return Token(word, 0, len(word), word, "punct", ())
    if len(toks) == 1 and toks[0].start == 0 and toks[0].end == len(word):
        return toks[0]
    t = toks[0]
    return Token(word, 0, len(word), normalize(word).text, t.kind, t.segments)


def split_sentences(raw: str, tokens: list[Token], puncts: list[int] | None = None) -> list[Sentence]:
    """Sentences from tokens: a break after ``. ! ? ؟ ؛ ..`` (not after a one-letter
    abbreviation such as ``د.``), and at line breaks. A closing quote right after
    the stop stays in the sentence. Inside an open quotation a stop does not
    end the sentence unless it has run long (quote marks in news are unreliable).

    ``puncts``: the indexes of the ``punct`` tokens, when the caller has them."""
    sentences: list[Sentence] = []
    n = len(tokens)
    if not n:
        return sentences
    if puncts is None:
        puncts = [i for i, t in enumerate(tokens) if t.kind == "punct"]
    # Only three kinds of token change anything: a quote mark, a stop (both punct tokens) and a token
    # followed by a line break. They are visited in order; the words between are skipped.
    breaks = _line_breaks(raw, tokens)
    visit = sorted(breaks.union(puncts)) if breaks else puncts
    first = 0
    quotes = 0
    done = -1  # the last token index handled (a stop may take the closing quote after it)
    for i in visit:
        if i <= done:
            continue
        tok = tokens[i]
        norm = tok.norm
        if norm in _QUOTES:
            quotes += 1
        boundary = False
        nxt = tokens[i + 1] if i + 1 < n else None
        if i in breaks:
            boundary = True
        elif tok.kind == "punct" and norm[0] in _TERMINAL:
            prev = tokens[i - 1] if i > first else None
            abbreviation = (norm == "." and prev is not None and prev.kind == "word" and len(prev.norm) == 1
                            and prev.end == tok.start)
            if not abbreviation:
                # keep a closing quote glued to the stop
                if nxt is not None and nxt.norm in _QUOTES and nxt.start == tok.end:
                    i += 1
                    quotes += 1
                    nxt = tokens[i + 1] if i + 1 < n else None
                in_quote = (quotes % 2 == 1 and (i - first) < MAX_QUOTED_SENTENCE
                            and any(t.norm in _QUOTES for t in tokens[i + 1:i + 1 + QUOTE_LOOKAHEAD]))
                boundary = not in_quote
        done = i
        if boundary or nxt is None:
            sentences.append(new_sentence(tokens[first].start, tokens[i].end, first, i + 1))
            first = i + 1
            quotes = 0
    if done < n - 1:  # the last token is not one of those visited: it ends the last sentence
        sentences.append(new_sentence(tokens[first].start, tokens[-1].end, first, n))
    return sentences


def _line_breaks(raw: str, tokens: list[Token]) -> set[int]:
    """The indexes ``i`` of the tokens with a line break between them and the next token (in raw)."""
    find = raw.find
    p = find("\n")
    if p < 0:
        return set()
    breaks = set()
    ends = [t.end for t in tokens]
    last = len(tokens) - 1
    while p >= 0:
        i = bisect_right(ends, p) - 1  # the last token that ends at or before the line break
        if i >= last:
            break
        nxt = tokens[i + 1].start
        if i >= 0 and p < nxt:
            breaks.add(i)
        p = find("\n", max(p + 1, nxt))
    return breaks


def tokenize_document(doc: Document) -> Document:
    """Stage: normalize (if not done), tokenize, segment and split sentences."""
    if doc.normalized is None:
        doc.normalized = normalize(doc.raw)
    doc.tokens, puncts = _tokenize(doc.raw, doc.normalized)
    doc.sentences = split_sentences(doc.raw, doc.tokens, puncts)
    return doc
