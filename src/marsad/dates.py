"""Date expressions and event dates: the ``dates`` stage and :func:`resolve_event_date`.

Expressions are found in a folded view of the text (offsets mapped back to raw) and resolved
against the publication day ``doc.meta['published']``:
اليوم، أمس، أمس الأول، weekday names (the most recent such day on or before publication; with
الماضي strictly before, with المقبل after), explicit dates in the Gregorian month names of every
region (Egyptian/Gulf يوليو، Levantine تموز، Maghreb يوليوز/جويلية), numeric dates, months
(منتصف يوليو), months and years counted from publication (الشهر الماضي، العام الجاري), years
(عام 2014) and Hijri dates. Month names and date words are data (``data/dates_months.tsv``,
``data/dates_words.tsv``).

Hijri dates are converted with the Umm al-Qura calendar (the official calendar of Saudi Arabia; a
table of month lengths for 1365-1500 AH, ``data/dates_ummalqura.tsv``) and, outside it, with the
arithmetical (tabular) Islamic calendar. Countries that start months by sighting may differ from Umm
al-Qura by a day, so a converted Hijri day keeps ``precision`` "day" with a slightly lower
``confidence`` than a written Gregorian day.

>>> from marsad.document import Document
>>> doc = dates_stage(Document.from_text("قتل 3 أمس الجمعة في حلب", published="2015-08-01"))
>>> [(d.text, d.date, d.precision, d.relative) for d in doc.dates]
[('أمس الجمعة', '2015-07-31', 'day', True)]
"""
from __future__ import annotations

import datetime as dt
import math
import re
import threading
from dataclasses import dataclass, replace
from functools import lru_cache

from . import resources
from .document import Document, Fact, _new_object
from .normalize import fold_char, fold_each_char, fold_key

PRODUCER = "marsad.dates/0.1"
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True)
class DateMention(Fact):
    """A date expression: ``date`` is 'YYYY-MM-DD' (the first day of the month/year for coarser
    precisions, the 15th for منتصف) or None when it cannot be resolved (no publication day);
    ``precision`` is day, month or year; ``relative`` is True when it was resolved from the
    publication day (أمس، الجمعة الماضي) rather than written out; ``dateline`` is True for the date
    of an agency dateline (الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس), which dates the
    report, not an event."""

    date: str | None = None
    precision: str = "day"
    relative: bool = False
    dateline: bool = False
    # "بعد يوم على X", "غداة X" after a clause: the day of X, counted back from the day of that clause;
    # it dates what follows it only
    anchored: bool = False


# --- Hijri: Umm al-Qura table, tabular calendar outside it --------------------------------------

_ISLAMIC_EPOCH = 1948439  # Julian day number of 1 Muharram 1 AH (civil epoch), minus one


def tabular_hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Arithmetical (tabular) Islamic calendar -> Gregorian, the fallback outside the Umm al-Qura
    table (a day or two off the official calendars).

    >>> tabular_hijri_to_gregorian(1436, 10, 26)   # Umm al-Qura: 2015-08-11
    datetime.date(2015, 8, 12)
    """
    jdn = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + _ISLAMIC_EPOCH
    return dt.date.fromordinal(jdn - 1721425)


@lru_cache(maxsize=1)
def umm_al_qura() -> dict[int, tuple[int, tuple[int, ...]]]:
    """Hijri year -> (ordinal of 1 Muharram, the ordinals of the first day of each of its 12 months)
    from ``data/dates_ummalqura.tsv`` (1365-1500 AH)."""
    out = {}
    for year, first, lengths in resources.tsv_rows("dates_ummalqura.tsv"):
        o = dt.date.fromisoformat(first).toordinal()
        starts = []
        for c in lengths:
            starts.append(o)
            o += 29 + int(c)
        starts.append(o)  # 1 Muharram of the next year
        out[int(year)] = (starts[0], tuple(starts))
    return out


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Hijri -> Gregorian: the Umm al-Qura calendar (Saudi Arabia's official one) where its table
    reaches, else the tabular calendar.

    >>> hijri_to_gregorian(1436, 10, 25)   # the SPA dateline "25 شوال 1436 هـ الموافق 10 أغسطس 2015 م"
    datetime.date(2015, 8, 10)
    """
    row = umm_al_qura().get(year)
    if row is None or not 1 <= month <= 12:
        return tabular_hijri_to_gregorian(year, month, day)
    return dt.date.fromordinal(row[1][month - 1] + day - 1)


def gregorian_to_hijri(d: dt.date) -> tuple[int, int, int]:
    """Gregorian -> Hijri (year, month, day), Umm al-Qura where the table reaches.

    >>> gregorian_to_hijri(dt.date(2015, 8, 10))
    (1436, 10, 25)
    """
    o = d.toordinal()
    table = umm_al_qura()
    years = sorted(table)
    if years and table[years[0]][0] <= o < table[years[-1]][1][12]:
        # the year: 1 Muharram is about 354.37 days apart; correct the estimate by a step or two
        y = years[0] + int((o - table[years[0]][0]) / 354.367)
        y = min(max(y, years[0]), years[-1])
        while table[y][0] > o:
            y -= 1
        while table[y][1][12] <= o:
            y += 1
        starts = table[y][1]
        m = max(k for k in range(12) if starts[k] <= o)
        return y, m + 1, o - starts[m] + 1
    jdn = o + 1721425
    year = (30 * (jdn - _ISLAMIC_EPOCH) + 10646) // 10631
    while tabular_hijri_to_gregorian(year + 1, 1, 1) <= d:
        year += 1
    while tabular_hijri_to_gregorian(year, 1, 1) > d:
        year -= 1
    month = 12
    while tabular_hijri_to_gregorian(year, month, 1) > d:
        month -= 1
    day = o - tabular_hijri_to_gregorian(year, month, 1).toordinal() + 1
    return year, month, day


# --- data -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, tuple[str, int, bool]]      # folded name -> (family, month, ambiguous)
    words: dict[str, dict[str, str]]               # kind -> folded form -> value
    regex: dict[str, re.Pattern]
    # first words of each kind's expressions (after the proclitics [وفبل]{0,2}) in one automaton:
    # a regex is tried only where one of its first words stands (see _kind_matches)
    gate: object = None



def _alt(forms) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    months = {}
    for fam, num, name, amb in resources.tsv_rows("dates_months.tsv"):
        months[" ".join(fold_key(name).split())] = (fam, int(num), amb == "1")
    words: dict[str, dict[str, str]] = {}
    for cols in resources.tsv_rows("dates_words.tsv"):
        words.setdefault(cols[0], {})[" ".join(fold_key(cols[1]).split())] = cols[2] if len(cols) > 2 else ""
    M, WD = _alt(months), _alt(words["weekday"])
    PAST, FUT, CUR = _alt(words["past"]), _alt(words["future"]), _alt(words["current"])
    MOD = f"(?P<mod>{PAST}|{FUT}|{CUR})"
    pre = r"(?<!\w)(?P<pre>[وفبل]{0,2})"
    year = r"(?:\s*(?:من\s+)?(?:عام|العام|سنه|لعام)?\s*(?P<y>\d{4})(?:\s*(?P<era>ه|م)(?!\w))?)"
    rx = {
        # (the day may take the article: "في الـ8 من يوليو الجاري"، "في ال 30 من شهر يوليو الجاري")
        "explicit": rf"{pre}(?:ال\s?)?(?P<d>\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?(?P<m>{M})(?!\w)(?:\s*[/(]\s*(?:{M})(?:\s*\))?)?"
                    rf"(?:{year}|\s+{MOD})?",
        # (a month named in both calendars, "سبتمبر/أيلول الماضي"، "سبتمبر (أيلول) الماضي": the second name takes
        # no space after it, which would leave none for the الماضي that follows)
        "month": rf"{pre}(?:(?P<mid>{_alt(words['mid'])}|شهر)\s+)?(?:شهر\s+)?(?P<m>{M})(?!\w)"
                 rf"(?:\s*[/(]\s*(?:{M})(?:\s*\))?)?(?:{year}|\s+{MOD})?",
        # اليوم الاثنين، أمس (الأحد): the weekday names the same day, in brackets too
        "relday": rf"{pre}(?:(?P<part>{_alt(words['daypart'])})\s+)?(?P<rel>{_alt(words['relday'])})(?!\w)"
                  rf"(?:\s+(?:يوم\s+)?(?P<wd>{WD})(?!\w)|\s*\(\s*(?:يوم\s+)?(?P<bwd>{WD})\s*\))?",
        # ... and after it: خطبة الجمعة غدا، الخميس اليوم; a night between two days: ليل السبت - الأحد،
        # ليل الخميس الجمعة، ليلة الخميس/الجمعة (one expression, its first day)
        "weekday": rf"{pre}(?:(?P<part>{_alt(words['daypart'])})\s+)?(?:(?:يوم|يومي)\s+)?(?P<wd>{WD})(?!\w)"
                   rf"(?:\s+{MOD}|\s+(?P<rel>{_alt(words['relday'])})(?!\w)|(?:\s*[-–/]\s*|\s+)(?P<wd2>{WD})(?!\w))?",
        # في الثامن من يوليو، الحادي والعشرين من شهر رمضان
        "ordinal": rf"{pre}(?P<od>{_alt(words['ordinal'])})\s+(?:من\s+)?(?:شهر\s+)?(?P<m>{M})(?!\w)"
                   rf"(?:\s*[/(]\s*(?:{M})(?:\s*\))?)?(?:{year}|\s+{MOD})?",
        # 2015/07/23، 23-7-2015، spaced or not, with its era: "25 / 7 / 2015 م"، "24/7/2015م" (a Gregorian year)
        "numeric": r"(?<![\w/.-])(?P<a>\d{1,4})\s*[/.-]\s*(?P<b>\d{1,2})\s*[/.-]\s*(?P<c>\d{1,4})"
                   r"(?:\s*(?P<era>ه|م)(?!\w))?(?![\w/.-])",
        "year": rf"{pre}(?:عام|العام|سنه|لعام)\s+(?P<y>\d{{4}})(?!\d)",
        "period": rf"{pre}(?P<per>{_alt(words['period'])})(?!\w)",
        # "في 24 من الشهر الماضي"، "يوم 20 من الشهر الماضي"، "الـ 12 من الشهر الجاري": a day of a month told as a period
        "monthday": rf"{pre}(?:ال\s?)?(?P<d>\d{{1,2}})\s*من\s+(?P<per>"
                    rf"{_alt({k: v for k, v in words['period'].items() if v.startswith('month:')})})(?!\w)",
        "anchor": rf"{pre}(?:بعد\s+(?P<span>{_alt(words['span'])})(?:\s+واحد)?\s+(?:علي|من)|(?P<eve>غداه))(?!\w)",
    }
    firsts = {
        "month": _firsts(words["mid"], ["شهر"], months),
        "relday": _firsts(words["daypart"], words["relday"]),
        "weekday": _firsts(words["daypart"], ["يوم"], words["weekday"]),
        "year": ("عام", "العام", "سنه", "لعام"),
        "period": _firsts(words["period"]),
        "anchor": ("بعد", "غداه"),
        "ordinal": _firsts(words["ordinal"]),
    }
    return _Lexicon(months, words, {k: re.compile(v) for k, v in rx.items()}, _gate(firsts))


# explicit and numeric dates start with a digit, and not inside a run of digits or letters (their
# look-behinds): at the start of a run of digits
# (written \d\d*, not \d+: a pattern that opens with a character class, not with a repeat, lets the
# regex engine skip to the next digit in C; \d+ is tried as a match at every character, twice as slow)
_DIGIT_RUN = re.compile(r"\d\d*")


def _firsts(*groups) -> tuple[str, ...]:
    """The first words of the folded forms in ``groups`` (an expression's first word must appear
    literally where its regex alternative starts)."""
    return tuple(sorted({f.split(" ")[0] for g in groups for f in g if f}))


def _gate(firsts: dict[str, tuple[str, ...]]):
    import ahocorasick

    kinds: dict[str, set[str]] = {}
    for kind, forms in firsts.items():
        for f in forms:
            kinds.setdefault(f, set()).add(kind)
    auto = ahocorasick.Automaton()
    for f, ks in kinds.items():
        auto.add_word(f, (len(f), tuple(sorted(ks))))
    auto.make_automaton()
    return auto


_PRE = frozenset("وفبل")


_KIND_MATCHES = threading.local()  # per thread: the last text's matches (find_dates, then bare_months for events)


def _kind_matches(lex: _Lexicon, folded: str) -> dict[str, list[re.Match]]:
    """For each kind, the matches ``regex[kind].finditer(folded)`` gives, found faster: every match
    starts at one of its kind's first words or up to two proclitics before it, so the regex is tried
    at those positions only, left to right, skipping positions inside the previous match. The last text's
    matches are kept (the callers only read them): the events stage asks again for the text the dates stage read."""
    cached = getattr(_KIND_MATCHES, "entry", None)
    if cached is not None and cached[0] is lex and cached[1] == folded:
        return cached[2]
    out = _kind_matches_of(lex, folded)
    _KIND_MATCHES.entry = (lex, folded, out)
    return out


def _kind_matches_of(lex: _Lexicon, folded: str) -> dict[str, list[re.Match]]:
    starts: dict[str, set[int]] = {}
    runs = [m.start() for m in _DIGIT_RUN.finditer(folded)]
    if runs:
        starts["numeric"] = set(runs)
        explicit = starts["explicit"] = set(runs)
        starts["monthday"] = explicit  # (the same starts: a day's number, its article or proclitics before it)
        for s in runs:
            if folded[max(0, s - 2):s] == "ال" or folded[max(0, s - 3):s] == "ال ":
                s -= 2 if folded[s - 1] == "ل" else 3  # the day's article: الـ8 (folded ال8), ال 30
                explicit.add(s)
            if s >= 1 and folded[s - 1] in _PRE:
                explicit.add(s - 1)
                if s >= 2 and folded[s - 2] in _PRE:
                    explicit.add(s - 2)
    for end, (n, ks) in lex.gate.iter(folded):
        s = end - n + 1
        for kind in ks:
            pos = starts.setdefault(kind, set())
            pos.add(s)
            # [وفبل]{0,2} before the first word
            if s >= 1 and folded[s - 1] in _PRE:
                pos.add(s - 1)
                if s >= 2 and folded[s - 2] in _PRE:
                    pos.add(s - 2)
    out: dict[str, list[re.Match]] = {}
    for kind, pos in starts.items():
        rx = lex.regex[kind]
        found = []
        last = 0
        for s in sorted(pos):
            if s < last:
                continue
            m = rx.match(folded, s)
            if m is not None:
                found.append(m)
                last = m.end() if m.end() > s else s + 1
        out[kind] = found
    return out


# --- recognition and resolution -------------------------------------------------------------------

_OTHER_SPACE = re.compile(r"\s")


def _folded_view(raw: str) -> tuple[str, list[int]]:
    """The text folded character by character, every white space a plain space."""
    folded, pos = fold_each_char(raw)
    return _OTHER_SPACE.sub(" ", folded), pos


def _published(doc: Document) -> dt.date | None:
    p = doc.meta.get("published")
    if not p:
        return None
    try:
        return dt.date.fromisoformat(str(p)[:10])
    except ValueError:
        return None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_year(pub: dt.date | None, month: int, day: int | None, mod: str | None) -> int | None:
    """The year of a date or month written without one: the latest such day not after publication
    (a month away at most, for reports of scheduled events), or the next one when marked future."""
    if pub is None:
        return None
    lex = lexicon()
    y = pub.year
    day = min(day or 1, 28)
    if mod in lex.words["future"]:
        return y if dt.date(y, month, day) > pub else y + 1
    if mod in lex.words["past"]:
        return y if dt.date(y, month, day) < pub else y - 1
    return y if dt.date(y, month, day) <= pub + dt.timedelta(days=31) else y - 1


def _weekday(pub: dt.date | None, wd: int, mod: str | None) -> dt.date | None:
    if pub is None:
        return None
    lex = lexicon()
    if mod in lex.words["future"]:
        return pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
    back = (pub.weekday() - wd) % 7
    if mod in lex.words["past"] and back == 0:
        back = 7
    return pub - dt.timedelta(days=back)


# "published" is often the day an archive fetched the page, days after the paper printed it (SaudiNewsNet's
# scrape day): "اليوم الاثنين" fetched on Wednesday was written on Monday. The weekday the text names wins
# whatever the gap (a week at most, by the guidelines the most recent such day): in 3,000 SaudiNewsNet
# articles 32 of 513 day words with a weekday lag 3-6 days ("اليوم الجمعة" fetched on Tuesday), all of a
# fetch batch that holds the week before it
SCRAPE_LAG_DAYS = 6


def _stated_weekday(d: dt.date, wd: int, pub: dt.date | None = None) -> tuple[dt.date, float]:
    """The day of أمس/اليوم/غدا counted from publication (``d``) when the text also names its weekday
    ``wd``: ``(day, confidence)``. When they disagree, the publication day lags the writing and the
    weekday (at most SCRAPE_LAG_DAYS before ``d``) is the day meant; a lag of more than two days is
    less common, so less sure. A weekday after ``d`` but not after publication (``pub``) is that day,
    not the one a week before: "أول من أمس الجمعة" in a paper dated Saturday counts one day too many
    (the edition is dated the day after it was written), the Friday meant is the day before."""
    back = (d.weekday() - wd) % 7
    if back == 0:
        return d, 0.9
    if pub is not None and d < pub and 0 < (wd - d.weekday()) % 7 <= (pub - d).days:
        return d + dt.timedelta(days=(wd - d.weekday()) % 7), 0.8
    if back <= SCRAPE_LAG_DAYS:
        return d - dt.timedelta(days=back), 0.85 if back <= 2 else 0.8
    return d, 0.6


def _resolve(kind: str, m: re.Match, pub: dt.date | None) -> tuple[dt.date | None, str, bool, float] | None:
    """(date, precision, relative, confidence) of one regex match, or None to drop it."""
    lex = lexicon()
    g = m.groupdict()
    if kind in ("explicit", "month", "ordinal"):
        fam, month, amb = lex.months[" ".join(g["m"].split())]
        day = int(g["d"]) if g.get("d") else None
        if g.get("od"):
            day = int(lex.words["ordinal"][" ".join(g["od"].split())])
        year = int(g["y"]) if g.get("y") else None
        mod = g.get("mod")
        if kind == "month":
            if amb and year is None and g.get("mid") != "شهر":
                return None
            if year is None and not g.get("mid") and not mod:
                return None
        if day is not None and not 1 <= day <= 30 + (fam != "hijri"):
            return None
        relative = year is None
        if fam == "hijri":
            if year is None:
                if pub is None:
                    return (None, "day" if day else "month", True, 0.5)
                year = gregorian_to_hijri(pub)[0]
            if g.get("era") == "م" or not 1300 <= year <= 1600:
                return None
            greg = hijri_to_gregorian(year, month, day or 1)
            return (greg, "day" if day else "month", relative, 0.85)
        if year is None:
            year = _month_year(pub, month, day, mod)
            if year is None:
                return (None, "day" if day else "month", True, 0.5)
        if day is None:
            mid = g.get("mid")
            day = int(lex.words["mid"].get(mid, "1") or 1) if mid and mid != "شهر" else 1
            d = _safe_date(year, month, day)
            return (d, "month", relative, 0.8) if d else None
        d = _safe_date(year, month, day)
        return (d, "day", relative, 0.95 if not relative else 0.9) if d else None
    if kind == "relday" or (kind == "weekday" and g.get("rel")):
        offset = int(lex.words["relday"][" ".join(g["rel"].split())])
        if pub is None:
            return (None, "day", True, 0.5)
        d = pub + dt.timedelta(days=offset)
        wd = g.get("wd") or g.get("bwd")
        if wd is None:
            return (d, "day", True, 0.9)
        d, conf = _stated_weekday(d, int(lex.words["weekday"][wd]), pub)
        return (d, "day", True, conf)
    if kind == "weekday":
        wd = int(lex.words["weekday"][g["wd"]])
        return (_weekday(pub, wd, g.get("mod")), "day", True, 0.85 if pub else 0.5)
    if kind == "numeric":
        a, b, c = int(g["a"]), int(g["b"]), int(g["c"])
        if 1900 <= a <= 2100:
            d = _safe_date(a, b, c)
        elif 1900 <= c <= 2100:
            d = _safe_date(c, b, a)
        else:
            return None
        return (d, "day", False, 0.9) if d else None
    if kind == "monthday":
        n = int(lex.words["period"][" ".join(g["per"].split())].split(":")[1])
        if pub is None:
            return (None, "day", True, 0.5)
        m = pub.year * 12 + pub.month - 1 + n
        d = _safe_date(m // 12, m % 12 + 1, int(g["d"]))
        return (d, "day", True, 0.9) if d else None
    if kind == "period":
        unit, n = lex.words["period"][" ".join(g["per"].split())].split(":")
        if pub is None:
            return (None, unit, True, 0.5)
        if unit == "year":
            return (dt.date(pub.year + int(n), 1, 1), "year", True, 0.8)
        m = pub.year * 12 + pub.month - 1 + int(n)
        return (dt.date(m // 12, m % 12 + 1, 1), "month", True, 0.8)
    if kind == "anchor":
        # resolved once the day of the clause before it is known (see _anchor_dates)
        back = 1 if g.get("eve") else int(lex.words["span"][" ".join(g["span"].split())])
        return (None, "day", True, float(back))
    if kind == "year":
        y = int(g["y"])
        if not 1900 <= y <= 2100:
            return None
        return (dt.date(y, 1, 1), "year", False, 0.8)
    return None


def find_dates(doc: Document) -> list[DateMention]:
    """The date expressions of a document, resolved, in text order (does not change ``doc``).

    Relative expressions are resolved against the publication day; when the article's own dateline
    gives a day up to a week away from ``published`` (a scrape date, typically), against that day.
    """
    out = _find_dates(doc, _published(doc))
    pub = _published(doc)
    # a Gregorian dateline date (confidence 0.95), not its converted Hijri twin
    line = max((d for d in out if d.dateline and d.precision == "day" and d.date and d.confidence >= 0.9),
               key=lambda d: d.confidence, default=None)
    if line is not None and pub is not None and line.date != pub.isoformat() \
            and abs((dt.date.fromisoformat(line.date) - pub).days) <= 7:
        out = _find_dates(doc, dt.date.fromisoformat(line.date))
    return out


def _find_dates(doc: Document, pub: dt.date | None) -> list[DateMention]:
    if doc.normalized is not None and doc.normalized.raw_length == len(doc.raw):
        # the tokenizer's folded view (with its offset map) is the same folding; reuse it
        folded, pos, ends = doc.normalized.text, doc.normalized.starts, doc.normalized.ends
    else:
        folded, pos = _folded_view(doc.raw)
        ends = None
    found = []
    order = ("explicit", "ordinal", "numeric", "relday", "month", "weekday", "year", "period", "anchor", "monthday")
    by_kind = _kind_matches(lexicon(), folded)
    lag = _writing_lag(by_kind, pub)
    if lag:
        # "اليوم الاثنين" fetched on Wednesday: the whole article was written on Monday, so its other اليوم
        # and أمس, and its bare weekdays, count from Monday too
        pub = pub - dt.timedelta(days=lag)
    for rank, kind in enumerate(order):
        for m in by_kind.get(kind, ()):
            s = m.start() + len(m.groupdict().get("pre") or "")
            e = m.end()
            while e > s and folded[e - 1] == " ":
                e -= 1
            if e <= s:
                continue
            if kind == "weekday" and not (m.group("mod") or m.group("rel") or m.group("part") or m.group("pre")):
                before = folded[max(0, s - 8):s].split()
                if before and before[-1] in lexicon().words.get("prayer", ()):
                    continue  # صلاة الجمعة، خطبة الجمعة: the Friday prayer, not a day
            if kind == "relday" and not (m.group("wd") or m.group("bwd")) and _not_today(folded, m):
                continue
            res = _resolve(kind, m, pub)
            if res is None:
                continue
            if kind == "weekday" and res[0] is not None and _after_midnight(folded, s, m):
                # "بعد منتصف ليل الأحد"، "بعد منتصف ليل السبت - الأحد": the small hours of the next day
                nxt = res[0] + dt.timedelta(days=1)
                if pub is None or nxt <= pub:
                    res = (nxt,) + res[1:]
            found.append((s, e, rank, res))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0]), f[2]))
    out: list[DateMention] = []
    last_end = -1
    anchors: list[tuple[int, int]] = []
    for s, e, rank, (d, precision, relative, conf) in found:
        if s < last_end:
            continue
        rs, re_ = pos[s], (pos[e - 1] + 1 if ends is None else ends[e - 1])
        while re_ < len(doc.raw) and not doc.raw[re_].isspace() and fold_char(doc.raw[re_]) == "":
            re_ += 1  # a trailing tatweel or diacritic (هـ) belongs to the expression
        if order[rank] == "anchor":
            anchors.append((len(out), int(conf)))
            conf = 0.8
        # DateMention(...) with every field, its __dict__ filled in one call (see document.new_entity)
        mention = _new_object(DateMention)
        mention.__dict__.update(start=rs, end=re_, text=doc.raw[rs:re_], confidence=conf, producer=PRODUCER,
                                date=d.isoformat() if d else None, precision=precision, relative=relative,
                                dateline=not relative and _in_dateline(doc.raw, rs),
                                anchored=order[rank] == "anchor")
        out.append(mention)
        last_end = e
    if anchors:
        out = _anchor_dates(doc, out, anchors, pub)
    out = _statement_relative(doc, out, pub)
    return _year_told_after(doc.raw, out)


# how many sentences before the day's own may date the statement it counts from: one (a run of stops and line breaks
# ends one sentence). In the read gold sets "أعلن مسؤولون ... أمس الخميس" then, the next paragraph, "وقال المسؤولون ...
# وأشاروا إلى ... الليلة الماضية" is the statement's eve (twice); "أفادت مصادر أمنية أمس الثلاثاء" then, two sentences
# on, "وأشارت إلى ... الليلة الماضية" is the statement's day (two would win two and lose one of these: the gold differs)
STATEMENT_BACK_SENTENCES = 1
_SENT_STOP = re.compile(r"[.!?؟\n][.!?؟\s]*")  # a run of stops and spaces ends one sentence


def _statement_relative(doc: Document, out: list[DateMention], pub: dt.date | None) -> list[DateMention]:
    """A night counted back from "today" (الليلة الماضية: data, statement_relative) told inside what a statement dated before publication
    says counts from the statement's day ("قال مسؤولون ومصادر أمنية الأحد: إن مقاتلي الحزب هاجموا ... الليلة
    الماضية": the night before Sunday). The statement's day: the last day (of the week before publication, stated
    right after a verb of claiming or right before أن/إن) in the day's sentence or the STATEMENT_BACK_SENTENCES
    before it, the day's own sentence reporting (a verb of saying or أن/إن before it) and telling no other day."""
    if pub is None or not out:
        return out
    lex = lexicon()
    rel, parts = lex.words["relday"], lex.words["daypart"]
    told = lex.words.get("statement_relative", {})
    report = set(lex.words.get("claim", {})) | set(lex.words.get("said_that", {})) | set(lex.words.get("reporting", {}))
    raw = doc.raw
    for k, d in enumerate(out):
        if not (d.relative and d.precision == "day" and d.date and not d.anchored and not d.dateline):
            continue
        words = fold_key(d.text).split()
        if words and words[0] in parts and len(words) > 1:
            words = words[1:]
        off = rel.get(" ".join(words)) if " ".join(words) in told else None
        if off is None or int(off) >= 0 or _claim_date(raw, d.start) or _said_that(raw, d.end):
            continue
        # the day's sentence, and the STATEMENT_BACK_SENTENCES before it
        stops = [0] + [m.end() for m in _SENT_STOP.finditer(raw, 0, d.start)]
        lo = stops[-1]
        back = stops[max(0, len(stops) - 1 - STATEMENT_BACK_SENTENCES)]
        head = [fold_key(w) for w in re.findall(r"\w+", raw[lo:d.start])]
        if not any(w in report or (w[:1] in ("و", "ف") and w[1:] in report) for w in head):
            continue
        said = None
        for e in out[:k]:
            if e.start < back or e.precision != "day" or not e.date or e.anchored or e.dateline:
                continue
            if e.start >= lo and not (_claim_date(raw, e.start) or _said_that(raw, e.end)):
                said = None  # another day in the day's own sentence before it: that day is the one told
                break
            if (_claim_date(raw, e.start) or _said_that(raw, e.end)) and e.relative:
                said = e
        if said is None:
            continue
        day = dt.date.fromisoformat(said.date)
        if not 1 <= (pub - day).days <= SCRAPE_LAG_DAYS:
            continue
        out[k] = replace(d, date=(day + dt.timedelta(days=int(off))).isoformat())
    return out


_YEAR_GAP = re.compile(r"[\s()]*(?:من\s+)?$")


def _year_told_after(raw: str, out: list[DateMention]) -> list[DateMention]:
    """A day or a month written without its year and followed by the year as a period ("في 17 تموز/يوليو العام
    الماضي"، "في 12 سبتمبر من العام الماضي") is of that year, not of the latest such day before publication."""
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if (a.date and b.date and a.precision in ("day", "month") and b.precision == "year" and b.relative
                and not re.search(r"\d{4}", a.text) and a.date[:4] != b.date[:4]
                and _YEAR_GAP.fullmatch(raw[a.end:b.start])):
            day = b.date[:4] + a.date[4:]
            if _safe_date(int(day[:4]), int(day[5:7]), int(day[8:10])) is not None:  # (not 29 February of 2014)
                out[k] = replace(a, date=day)
    return out


def _not_today(folded: str, m: re.Match) -> bool:
    """Is the day of a relday match not counted from today: a count of days before something named after it (قبل
    يومين من الهجوم); the اليوم of عين اليوم، المصري اليوم (names), اليوم الثالث للعملية،
    اليوم التالي (a day of a series), ذلك اليوم، اليوم نفسه (a day named before), مرتين في اليوم (a rate)?"""
    rel = fold_key(" ".join(m.group("rel").split()))
    if rel.startswith("قبل ") and folded[m.end("rel"):m.end("rel") + 6].split()[:1] == ["من"]:
        return True  # "قبل يومين من الهجوم"، "قبل ثلاثة أيام من موعد الانتخابات": counted back from that, not from today
    if rel != "اليوم" or m.group("part"):
        return False
    words = lexicon().words
    before = folded[max(0, m.start("rel") - 20):m.start("rel")].split()
    after = folded[m.end("rel"):m.end("rel") + 20].split()
    return bool((before and before[-1] in words.get("notday_before", ())
                 and not (m.group("pre") or ""))
                or (after and after[0] in words.get("notday_after", ())))


def _after_midnight(folded: str, s: int, m: re.Match) -> bool:
    """Is a weekday match "بعد منتصف ليل WD" or "بعد منتصف ليل(ة) WD - WD2" (after the midnight of a
    night between two days)? The daypart's value in the data says which: ``midnight`` (ليل الأحد is
    Sunday's night), ``midnight-pair`` (ليلة الأحد may be the eve of Sunday: only with a second day)."""
    kind = lexicon().words["daypart"].get(" ".join((m.group("part") or "").split()))
    if kind not in ("midnight", "midnight-pair") or (kind == "midnight-pair" and m.group("wd2") is None):
        return False
    before = folded[max(0, s - 12):s].split()
    return bool(before) and before[-1] in lexicon().words.get("after", ())


def _writing_lag(by_kind: dict[str, list[re.Match]], pub: dt.date | None) -> int:
    """Days by which publication lags the writing, read off the article's relative days that name their
    weekday (أمس الخميس، اليوم الاثنين): the first such that disagrees with the publication day by at most
    SCRAPE_LAG_DAYS; 0 when they agree, or when none names its weekday."""
    if pub is None:
        return 0
    lex = lexicon()
    for kind in ("relday", "weekday"):
        for m in by_kind.get(kind, ()):
            g = m.groupdict()
            wd = g.get("wd") or g.get("bwd")
            if not g.get("rel") or wd is None or _not_today(m.string, m):
                continue  # "ذلك اليوم الثلاثاء 20 جمادى الأولى 875هـ": a day told of, not the writing day
            d = pub + dt.timedelta(days=int(lex.words["relday"][" ".join(g["rel"].split())]))
            back = (d.weekday() - int(lex.words["weekday"][wd])) % 7
            if back and d < pub and (int(lex.words["weekday"][wd]) - d.weekday()) % 7 <= (pub - d).days:
                return 0  # "أول من أمس الجمعة" dated Saturday: a day counted too many, no lag (_stated_weekday)
            return back if back <= SCRAPE_LAG_DAYS else 0
    return 0


def _anchor_dates(doc: Document, out: list[DateMention], anchors: list[tuple[int, int]],
                  pub: dt.date | None) -> list[DateMention]:
    """Resolve ``بعد يوم على X`` / ``غداة X`` (index in ``out``, days back): X is that many days before
    the day of the clause in front of it: the last day written before it in its sentence, else the
    day of the article's lead, else the publication day. At the start of a sentence (وبعد ثلاثة أيام
    من البحث عثروا) the clause after it is the later one: no date."""
    sents = doc.sentences
    drop = set()
    for k, back in anchors:
        m = out[k]
        sent = next((x for x in sents if x.start <= m.start < x.end), None) if sents else None
        head = doc.raw[sent.start if sent else max(0, m.start - 200):m.start]
        if len(head.split()) < 2:
            drop.add(k)
            continue
        ref = None
        for d in out[:k]:
            if d.date and d.precision == "day" and not d.dateline and not d.anchored \
                    and (sent is None or d.start >= sent.start) and not _after_since(doc.raw, d.start):
                ref = d.date
        if ref is None and sent is not None:
            # "فقد قتل 21 شخصا مساء أمس ... وتبنى التنظيم هذه التفجيرات التي أتت غداة X": the clause points
            # back at the story told just before: the last day of the sentences before it
            k0 = sents.index(sent)
            lo = sents[max(0, k0 - ANCHOR_BACK_SENTENCES)].start
            for d in out[:k]:
                if d.date and d.precision == "day" and not d.dateline and not d.anchored \
                        and lo <= d.start < sent.start and not _after_since(doc.raw, d.start) \
                        and not _claim_date(doc.raw, d.start):
                    ref = d.date
        if ref is None:
            # "ويأتي هذا التصعيد غداة X": the escalation is the deed the lead tells
            ref = _lead_day(doc, [d for d in out if d.date and not d.dateline and not d.anchored], deed=True)
        if ref is None:
            ref = pub.isoformat() if pub else None
        if ref is None:
            drop.add(k)
            continue
        day = dt.date.fromisoformat(ref) - dt.timedelta(days=back)
        out[k] = replace(m, date=day.isoformat())
    return [d for k, d in enumerate(out) if k not in drop]


# how many sentences back the clause of "غداة X" may find its day (else the lead's day)
ANCHOR_BACK_SENTENCES = 3

DATELINE_WORDS = 14


def _in_dateline(raw: str, pos: int) -> bool:
    """Is ``pos`` on a short first line of the article (a dateline: place, date, agency)?"""
    head = raw[:pos]
    if head.strip() and "\n" in head.strip():
        return False
    nl = raw.find("\n", pos)
    line = raw[: nl if nl >= 0 else len(raw)]
    return len(line.split()) <= DATELINE_WORDS


def dates_stage(doc: Document) -> Document:
    """Fill ``doc.dates`` with :class:`DateMention` facts.

    >>> from marsad.document import Document
    >>> d = dates_stage(Document.from_text("في 26 شوال 1436 هـ", published="2015-08-12")).dates[0]
    >>> d.date, d.precision
    ('2015-08-11', 'day')
    """
    doc.dates = find_dates(doc)
    return doc


def _sentence_bounds(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Raw spans of the sentences overlapping [start, end) and of the one before them."""
    if not doc.sentences:
        from .tokenize import tokenize_document

        if not doc.tokens:
            tokenize_document(doc)
    sents = [(s.start, s.end) for s in doc.sentences]
    if not sents:
        return [(0, len(doc.raw))]
    inside = [k for k, (a, b) in enumerate(sents) if a < max(end, start + 1) and start < b]
    if not inside:
        inside = [max((k for k, (a, _) in enumerate(sents) if a <= start), default=0)]
    return [(sents[inside[0]][0], sents[inside[-1]][1])] + ([sents[inside[0] - 1]] if inside[0] > 0 else [])


def resolve_event_date(doc: Document, start: int, end: int, deed: bool = False,
                       trigger: int | None = None, since: str | None = None) -> tuple[str | None, str | None, bool]:
    """The date of an event whose mention spans raw ``[start, end)``: ``(date, precision, flagged)``.

    The nearest resolved date expression in the same sentence (day precision preferred), else one
    in the sentence before, else, flagged True (a default, not a fact), the relative day of the
    article's lead (أمس in its first sentences) or the publication day;
    ``(None, None, True)`` when there is no publication day either. With ``deed`` (an attack, an arrest: not a
    statement), the lead's day is that of what it tells, not of a statement about it ("قال الجيش الأمريكي يوم امس
    السبت إن ... قصفوا ... في 23 غارة جوية يوم الجمعة": Friday). ``trigger``, the raw start of the event's last
    word, when given, says whether the event is the X of "غداة X"/"بعد يوم على X" in its clause: when its word
    follows the expression ("وعدت الحكومة التركية بتعزيز الاجراءات الامنية غداة هجوم انتحاري": the attack, the day
    before), not when it precedes it ("وجاءت الهجمات غداة وصول 6 مقاتلات أمريكية": the attacks came the day after).
    ``since``, an ISO day: dates before it are left out (history that cannot date the event: "حدود 1967").

    >>> from marsad.document import Document
    >>> doc = Document.from_text("قتل 3 في حلب أمس. وقال المرصد إن الغارات استمرت.", published="2015-08-01")
    >>> resolve_event_date(doc, 18, 48)
    ('2015-07-31', 'day', False)
    """
    dates = _event_dates(doc)
    if since is not None:
        dates = [d for d in dates if d.date >= since]
    pub = _published(doc)
    bounds = _sentence_bounds(doc, start, end)
    own = _since_clause_day(doc, bounds[0], trigger, pub) if trigger is not None else None
    if own is not None and not (since is not None and own.date < since):
        return own.date, own.precision, False
    shift = _topic_shift(doc.raw, bounds[0][0])
    if shift:
        # "وعلى صعيد آخر، أكدت المقاومة الشعبية ... سقوط قتلى": another story, not dated by the sentences before
        bounds = bounds[:1]
    for k, (a, b) in enumerate(bounds):
        # "بعد يوم على X" dates X, written after it, in its own sentence only; the sentence before lends
        # a day, not the month or year of its own story
        pool = [d for d in dates if a <= d.start and d.end <= b
                and (k == 0 or d.precision == "day")
                and (not d.anchored or (k == 0 and end > d.end and (
                    _dates_what_follows(doc.raw, start, d.start) if trigger is None else trigger >= d.end)))]
        if k == 0 and any(not d.anchored and d.precision == "day" and d.start < end and start < d.end for d in pool):
            # "بعد يومين من زيارة كارتر الذي اكد خلال زيارته الخميس": a day the mention states outright, not
            # one counted back from the clause before
            pool = [d for d in pool if not (d.anchored and d.start < end and start < d.end)]
        if k == 0:
            # a day after the mention, past a new verb of saying that opens its own clause ("شنت عملية عسكرية ...
            # تمكنت خلالها من قتل 11 مسلحًا، وأشاروا إلى مقتل 10 مدنيين ... الليلة الماضية"), is what that verb says
            pool = [d for d in pool if not (d.start >= end and _new_report_between(doc.raw, end, d.start))]
        if k == 1 and not deed:
            # a statement borrows the day of the sentence before, not the day of the deed that sentence says happened
            # ("في الهجوم الذي وقع مساء السبت" then "وقالت وزارة الداخلية في بيانها ... منددة بشدة بهذا العمل")
            pool = [d for d in pool if not _claim_date(doc.raw, d.start, "occurrence", 10)]
        if not pool:
            continue

        def key(d: DateMention):
            dist = 0 if (d.start < end and start < d.end) else min(abs(d.start - end), abs(start - d.end))
            # inside the mention, a day the text states outright beats one counted back from another
            # ("بعد يوم من مقتل 32 ... جراء تفجير وقع أول من أمس (الاثنين)": Monday, whatever the clause before says);
            # of two days in a deed's mention, the one a verb of happening leads to ("اليوم بالتفجير الإجرامي الذي حدث
            # في مسجد قوات الطوارئ ... يوم أمس": yesterday; not for a condemnation, which is of its own day)
            # (a statement, a ceasefire announced, is dated by the day its verb of saying leads to: "وكان التحالف قد
            # أعلن أمس الأول السبت هدنة ... ابتداء من منتصف ليل الأحد": Saturday; only a deed is told by another day)
            # (the verb of happening must tell the event's own word, close after it: "حجبوا الدخول لموقع تويتر أمس
            # الأربعاء امتثالاً لقرار محكمة ... بمنع توزيع صور تفجير انتحاري وقع قبل يومين" is the bombing's day)
            return (_PRECISION_RANK[d.precision], deed and _claim_date(doc.raw, d.start), dist > 0, d.anchored and dist == 0,
                    deed and dist == 0 and not (_claim_date(doc.raw, d.start, "occurrence", 10)
                                                and _occurrence_of(doc.raw, d.start, trigger)),
                    dist if k == 0 else -d.start)

        best = min(pool, key=key)
        if deed and k == 0 and best.precision == "day" and not best.anchored \
                and (_claim_date(doc.raw, best.start) or (best.end <= end and _said_that(doc.raw, best.end))):
            # "قال الجيش الأمريكي أمس الجمعة إن غارة جوية ... قتلت قياديا ... وذكر أنه قتل في ضربة وقعت في 11 يوليو":
            # the day of the statement, when a sentence right after tells the deed's own, earlier day
            told = _deed_day_after(doc, dates, b, best) or (
                _deed_day_before(doc, dates, bounds[1], best) if len(bounds) > 1 else None)
            if told is not None:
                return told.date, told.precision, False
        return best.date, best.precision, False
    back = _chain_day(doc, dates, bounds, pub) if deed and not shift else None
    if back is not None:
        return back.date, back.precision, CHAIN_FLAGGED
    # (for a deed, a day of the week before publication: not a past event the lead recalls, "الهجوم على متحف باردو
    # في 18 مارس")
    lead = (_lead_day(doc, [d for d in dates if _recent_day(d, pub)], deed=True) if deed else None) \
        or _lead_day(doc, dates)
    if lead is None:
        # a lead with no relative day: the first one of the next sentences (twice the lead's), of the week before
        # publication (the match "الثلاثاء" that the arrests of the lead followed), is nearer the news than the
        # fetch day
        lead = _lead_day(doc, [d for d in dates if _recent_day(d, pub)], sentences=2 * LEAD_SENTENCES)
    if lead is not None:
        return lead, "day", True
    if pub is None:
        return None, None, True
    return pub.isoformat(), "day", True




# how many sentences further back (past the one before) an undated sentence may find its day
CHAIN_SENTENCES = 3
CHAIN_FLAGGED = True


def _chain_day(doc: Document, dates: list[DateMention], bounds: list[tuple[int, int]],
               pub: dt.date | None) -> DateMention | None:
    """The day of a deed told in a sentence with no date after a sentence with none either: the one day (of the week
    before publication, not a statement's) stated in the nearest dated sentence of the CHAIN_SENTENCES before them
    (a series of bombings "أول من أمس", then its incidents one by one: "كما انفجرت سيارة مفخخة في الزعفرانية"); None
    when that sentence tells two days (the deed's and one it is compared with) or none such. A better default than the
    lead's day, still a default (flagged)."""
    if len(bounds) < 2 or not doc.sentences:
        return None
    k = next((i for i, s in enumerate(doc.sentences) if s.start == bounds[1][0]), None)
    if k is None:
        return None
    for i in range(k - 1, max(-1, k - 1 - CHAIN_SENTENCES), -1):
        a, b = doc.sentences[i].start, doc.sentences[i].end
        inside = [d for d in dates if a <= d.start and d.end <= b]
        if not inside:
            continue
        # (the day of the statement that reports it is not the deed's: "بحسب ما أفادت مصادر أمنية وطبية أمس"; a day
        # told inside what is said is: "وقال التلفزيون ان الهجوم الانتحاري السبت")
        days = [d for d in inside if d.precision == "day" and not d.anchored and _recent_day(d, pub)
                and not (_claim_date(doc.raw, d.start) and not _reported_clause_before(doc.raw, d.start))]
        return days[-1] if len({d.date for d in days}) == 1 else None
    return None


def _reported_clause_before(raw: str, pos: int, reach: int = 5) -> bool:
    """Does a word opening a reported clause (أن، إن: the "said_that" words) stand among the ``reach`` words before
    ``pos``? A date after it is told inside what is said, not the day of saying it."""
    words = re.findall(r"\w+", raw[max(0, pos - 16 * reach):pos])[-reach:]
    said = lexicon().words.get("said_that", {})
    return any(fold_key(w) in said for w in words)


DEED_DAY_SENTENCES = 1  # how many sentences after a statement's may tell the day of the deed it reports
DEED_DAY_LAG = 14  # at most this many days before the statement
# at least this many: the day before the statement counts ("قال مسعفون أمس إن ... قتلوا" then "واندلع القتال أول من
# أمس"): blind2 and blind4 date accuracy up, blind4 event F1 up; on blind2 the right day lets the in-article merge
# join a clash and an air strike told in one clause (-2 events there)
DEED_DAY_MIN_LAG = 1


def _deed_day_after(doc: Document, dates: list[DateMention], end: int, said: DateMention) -> DateMention | None:
    """The first day stated outright (not a claim's, not counted from another date) in the sentence after
    the one ending at ``end``, earlier than the statement day ``said`` by one day to two weeks; None when there is none
    or when such a sentence opens by setting its story back ("وكان"، "يذكر أن": data, the "background_opener" words)."""
    after = [s for s in doc.sentences if s.start >= end][:DEED_DAY_SENTENCES]
    if not after or said.date is None:
        return None
    openers = lexicon().words.get("background_opener", {})
    told = dt.date.fromisoformat(said.date)
    for s in after:
        first = fold_key((doc.raw[s.start:s.end].split() or [""])[0])
        if first in openers:
            return None
        for d in dates:
            if not (s.start <= d.start and d.end <= s.end) or d.precision != "day" or d.anchored or d.date is None:
                continue
            if _claim_date(doc.raw, d.start):
                continue
            lag = (told - dt.date.fromisoformat(d.date)).days
            if DEED_DAY_MIN_LAG <= lag <= DEED_DAY_LAG:
                return d
    return None


def _deed_day_before(doc: Document, dates: list[DateMention], sent: tuple[int, int],
                     said: DateMention) -> DateMention | None:
    """The last day stated outright (not a claim's, not counted from another date) in the sentence ``sent`` before the
    one of a statement dated ``said``, earlier than it by one day to two weeks: the day of the deed that sentence tells
    and the statement reports again ("أن القوات المسلحة ضربت، أمس الجمعة، أهدافاً ..." then "وأفادت المنسقية، في بيان
    لها صباح اليوم السبت، أن الطائرات ... قصفت مخابئ": Friday)."""
    if said.date is None:
        return None
    told = dt.date.fromisoformat(said.date)
    found = None
    for d in dates:
        if not (sent[0] <= d.start and d.end <= sent[1]) or d.precision != "day" or d.anchored or d.date is None:
            continue
        if _claim_date(doc.raw, d.start) or _said_that(doc.raw, d.end):
            continue
        if DEED_DAY_MIN_LAG <= (told - dt.date.fromisoformat(d.date)).days <= DEED_DAY_LAG:
            found = d
    return found


def _topic_shift(raw: str, pos: int) -> bool:
    """Does the sentence starting at ``pos`` open by turning to another story (data: topic_shift, "وعلى صعيد آخر"،
    "من جهة أخرى")?"""
    words = [fold_key(w) for w in re.findall(r"\w+", raw[pos:pos + 60])[:4]]
    if words and words[0][:1] == "و" and len(words[0]) > 1:
        words[0] = words[0][1:]
    shifts = lexicon().words.get("topic_shift", {})
    return any(" ".join(words[:n]) in shifts for n in (2, 3, 4))


def dated_in_sentence(doc: Document, start: int, end: int) -> bool:
    """Does the sentence of the mention ``[start, end)`` itself hold a date that may date it (not only the
    sentence before, which :func:`resolve_event_date` falls back on)?"""
    a, b = _sentence_bounds(doc, start, end)[0]
    return any(a <= d.start and d.end <= b and not d.anchored for d in _event_dates(doc))


def _new_report_between(raw: str, a: int, b: int) -> bool:
    """Does a verb of saying joined by و/ف after a comma ("، وأشاروا", "، وقال") stand between ``a`` and ``b``?"""
    lex = lexicon().words
    report = set(lex.get("claim", {})) | set(lex.get("reporting", {}))
    for m in re.finditer(r"[،,]\s*([وف]\w+)", raw[a:b]):
        w = m.group(1)
        if fold_key(w[1:]) in report:
            return True
    return False


def _said_that(raw: str, end: int) -> bool:
    """Does a word opening a reported clause (أن، إن: data, the "said_that" words) follow the date ending at ``end``
    ("أعلن قائد للجيش في جنوب الفلبين أمس الاثنين أن جنديين قتلا")? The date is then the statement's."""
    nxt = re.match(r"[\s،,]*[(«\"]?\s*(\w+)", raw[end:end + 20])
    return bool(nxt) and fold_key(nxt.group(1)) in lexicon().words.get("said_that", {})


_COMMAS = frozenset("،,")


def _claim_date(raw: str, pos: int, kind: str = "claim", reach: int = 5) -> bool:
    """Does a verb of claiming or reporting stand at most five words before the date at ``pos`` (تبنى الحزب
    أمس، ذكر مسؤول كردي أمس)? Such a date is the statement's; another date of the sentence is the deed's.
    With ``kind`` "occurrence" (and a longer ``reach``): a verb of happening (الذي حدث في مسجد ... يوم أمس)."""
    words = re.findall(r"\w+|[^\w\s]", raw[max(0, pos - 16 * reach):pos])
    said = ()
    if kind == "claim" and words and words[-1] in _COMMAS:
        # "أعلنت السعودية، أمس، عن هوية الانتحاري"، "قال المتحدث، اليوم الاثنين، إن": a day set off by a comma
        # right after a verb of claiming and its subject is the statement's (not past a reported clause: "قال
        # المرصد إن خمسة قتلوا، أمس، في حلب" is the deed's)
        words = words[:-1]
        said = lexicon().words.get("said_that", {})
    words = words[-reach:]
    claims = lexicon().words.get(kind, {})
    for w in reversed(words):
        if said and fold_key(w) in said:
            return False
        if not w[0].isalpha():
            return False
        if fold_key(w) in claims or (w[:1] in ("و", "ف") and fold_key(w[1:]) in claims):
            return True
    return False


OCCURRENCE_REACH = 4  # words at most from an event's word to the verb of happening that tells when it happened


def _occurrence_of(raw: str, pos: int, trigger: int | None) -> bool:
    """Is the verb of happening before the date at ``pos`` the event's own: at most OCCURRENCE_REACH words after its
    word at ``trigger`` ("بالتفجير الإجرامي الذي حدث في مسجد ... يوم أمس"), not after another noun further on
    ("حجبوا الدخول لموقع تويتر ... صور تفجير انتحاري وقع قبل يومين")? With no word known, or a word after the
    date, it is."""
    if trigger is None or trigger >= pos:
        return True
    claims = lexicon().words.get("occurrence", {})
    words = re.findall(r"\w+", raw[trigger:pos])
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if fold_key(w) in claims or (w[:1] in ("و", "ف") and fold_key(w[1:]) in claims):
            return k <= OCCURRENCE_REACH
    return True


_LAST = threading.local()  # per thread: the last document's event dates (a document has many events)


def _event_dates(doc: Document) -> list[DateMention]:
    """The date expressions of ``doc`` that may date an event, computed once per document (and per thread)."""
    cached = getattr(_LAST, "entry", None)
    if cached is not None and cached[0] is doc and cached[1] is doc.dates and cached[2] == len(doc.dates):
        return cached[3]
    dates = doc.dates if "dates" in doc.done or doc.dates else find_dates(doc)
    # a dateline dates the report; "منذ 2004" starts a period: neither dates an event ("مواجهات منذ أمس
    # الاثنين" does: the clashes started that day); a day after publication is a plan, not an event's
    pub = _published(doc)
    dates = [d for d in dates if d.date is not None and not d.dateline
             and (not (_after_since(doc.raw, d.start) or _in_since_clause(doc.raw, d.start)) or _recent_day(d, pub))
             and (pub is None or d.date <= pub.isoformat())]
    # "الضربات المستمرة من ليلة الخميس ولغاية أمس الجمعة": a span dates its tally by its end
    dates = [d for k, d in enumerate(dates) if not (k + 1 < len(dates) and _range_start(doc.raw, d, dates[k + 1]))]
    _LAST.entry = (doc, doc.dates, len(doc.dates), dates)
    return dates


def _range_start(raw: str, d: DateMention, nxt: DateMention) -> bool:
    """Is ``d`` the start of a span "من d حتى/لغاية/إلى nxt" (data: range_from, range_to)?"""
    words = lexicon().words
    before = raw[max(0, d.start - 12):d.start].split()
    if not before or fold_key(before[-1]) not in words.get("range_from", ()):
        return False
    between = [fold_key(w) for w in re.findall(r"\w+", raw[d.end:nxt.start])]
    to = words.get("range_to", ())
    return len(between) == 1 and (between[0] in to or (between[0][:1] == "و" and between[0][1:] in to))


def _recent_day(d: DateMention, pub: dt.date | None) -> bool:
    """Is ``d`` a day of the week before publication (منذ أمس الاثنين: a start, and the event's day)?"""
    return (pub is not None and d.precision == "day" and d.relative and d.date is not None
            and 0 <= (pub - dt.date.fromisoformat(d.date)).days <= 7)


def _dates_what_follows(raw: str, start: int, anchor: int) -> bool:
    """May an event whose mention starts at ``start`` take the date of ``بعد يوم على X`` at ``anchor``?
    When it starts after the expression (X itself), or when the clause before the expression only
    points at X (وتأتي الهجمات بعد يوم على قيام ... باحراق); not for the main event of a clause
    (وقتل الملا عمر بعد ثلاثة أيام من شربه الدواء: the killing is the later day)."""
    if start >= anchor:
        return True
    # "ويأتي ذلك بعد يومين على X", "وذلك غداة X", "التي أتت غداة X" (data: pointer)
    pointers = lexicon().words.get("pointer", {})
    words = [fold_key(w) for w in raw[start:anchor].split()]
    words = [w[1:] if w[:1] in ("و", "ف") and w[1:] in pointers else w for w in words]
    return len(words) <= 6 and any(w in pointers for w in words)


LEAD_SENTENCES = 4
_SINCE = re.compile(r"(?:منذ|مُنذ)\s+(?:\S+\s+)?$")


def _after_since(raw: str, pos: int) -> bool:
    return bool(_SINCE.search(raw[max(0, pos - 20):pos]))


# "الأعنف منذ معركة السيطرة على بلدة ديبالتسيف في فبراير الماضي"، "منذ أن بدأت أنقرة حملة ضربات جوية على معسكرات
# الحزب في شمال العراق في 24 يوليو": a date further on in the clause منذ opens (no comma or stop between)
SINCE_CLAUSE_WORDS = 14
_SINCE_CLAUSE = re.compile(r"(?:^|\s)(?:منذ|مُنذ)\s+(?:[^\s،,.؛:!?؟()«»\"]+\s+){0,%d}$" % SINCE_CLAUSE_WORDS)


def _in_since_clause(raw: str, pos: int) -> bool:
    """Is the date at ``pos`` part of a clause that منذ opens (the start of a period told as background, not the
    day of the event the sentence reports)?"""
    return bool(_SINCE_CLAUSE.search(raw[max(0, pos - 200):pos]))


def _since_clause_day(doc: Document, sent: tuple[int, int], trigger: int, pub: dt.date | None) -> DateMention | None:
    """The day that ends a clause منذ opens, when the event's word is inside that clause: "منذ بدأت أنقرة ضربات جوية
    على معسكرات حزب العمال الكردستاني شمال العراق في 24 من الشهر الماضي" dates the strikes (the start of a period
    is no day of the sentence's own event, but it is the day of the event the clause itself tells); None else."""
    raw = doc.raw
    found = doc.dates if "dates" in doc.done or doc.dates else find_dates(doc)
    for d in found:
        if not (sent[0] <= d.start and d.end <= sent[1]) or d.date is None or d.precision != "day" or d.dateline \
                or d.anchored or d.start <= trigger or (pub is not None and d.date > pub.isoformat()) \
                or not _in_since_clause(raw, d.start):
            continue
        since = max(raw.rfind("منذ", 0, d.start), raw.rfind("مُنذ", 0, d.start))
        if 0 <= since < trigger and since >= sent[0]:
            return d
    return None


def _lead_day(doc: Document, dates: list[DateMention], deed: bool = False,
              sentences: int | None = LEAD_SENTENCES) -> str | None:
    """The day the report's lead is about: the first relative day (أمس، الليلة الماضية، الأربعاء)
    in the article's first sentences. A better default than the publication day for an event the
    text does not date, still flagged as a default. With ``deed``, the day of what the lead tells, not of
    a statement about it (تبنى الحزب أمس هجوما أدى أول من أمس ...: the day before yesterday)."""
    if not doc.sentences:
        return None
    limit = doc.sentences[min(sentences or len(doc.sentences), len(doc.sentences)) - 1].end
    for d in dates:
        if d.start >= limit:
            break
        if d.relative and d.precision == "day" and not d.anchored and not (deed and _claim_date(doc.raw, d.start)):
            return d.date
    return None


# how many characters at most between a bare month and the date expression that goes on it ("أيلول - سبتمبر 2013"،
# "في مايو من العام الماضي"): such a month is part of that date, not bare
BARE_MONTH_JOIN = 4


def bare_months(doc: Document) -> list[DateMention]:
    """The Gregorian months the text names bare after في ("وفي نوفمبر (تشرين الثاني)، قتل 55 شخصا"، "وتبنت جماعة
    ... في مايو اطلاق قذيفتي هاون"): no day, no year, no الماضي, so not a date that may date an event (find_dates
    leaves them out: "في مايو" read as a date mis-dated events), but the month of the latest such month begun by
    publication (a deed's month is past), precision month, for the history check of events only. A name that is
    also a word (آب، مارس), a month joined to a date after it ("أيلول - سبتمبر 2013"، "في مايو من العام الماضي")
    or inside a date find_dates reads is not bare."""
    pub = _published(doc)
    if pub is None:
        return []
    lex = lexicon()
    before = lex.words.get("in_month", {})
    if doc.normalized is not None and doc.normalized.raw_length == len(doc.raw):
        folded, pos, ends = doc.normalized.text, doc.normalized.starts, doc.normalized.ends
    else:
        (folded, pos), ends = _folded_view(doc.raw), None
    known = doc.dates if "dates" in doc.done or doc.dates else find_dates(doc)
    out = []
    for m in _kind_matches(lex, folded).get("month", ()):
        g = m.groupdict()
        if g.get("y") or g.get("mid") or g.get("mod") or g.get("pre"):
            continue
        fam, month, amb = lex.months[" ".join(g["m"].split())]
        if amb or fam == "hijri":
            continue
        s, e = m.start(), m.end()
        while e > s and folded[e - 1] == " ":
            e -= 1
        head = folded[max(0, s - 12):s].split()
        if not (head and (head[-1] in before or " ".join(head[-2:]) in before)):
            continue
        rs, re_ = pos[s], (pos[e - 1] + 1 if ends is None else ends[e - 1])
        if any(d.start < re_ + BARE_MONTH_JOIN and rs - BARE_MONTH_JOIN < d.end for d in known):
            continue
        nxt = re.match(r"\s*(?:[-–/]\s*|من\s+)(\S+)", doc.raw[re_:re_ + 30])
        if nxt and (fold_key(nxt.group(1)) in lex.months or fold_key(nxt.group(1)) in ("العام", "عام", "سنه")):
            continue
        # (the latest such month begun by publication: a deed told "في سبتمبر" in a story of early August is of
        # last September, "وسيطروا على صنعاء في سبتمبر (ايلول)", not of a month to come)
        year = pub.year if dt.date(pub.year, month, 1) <= pub else pub.year - 1
        mention = _new_object(DateMention)
        mention.__dict__.update(start=rs, end=re_, text=doc.raw[rs:re_], confidence=0.5, producer=PRODUCER,
                                date=dt.date(year, month, 1).isoformat(), precision="month", relative=True,
                                dateline=False, anchored=False)
        out.append(mention)
    return out


def occurrence_day(doc: Document, spans: list[tuple[int, int, int]]) -> DateMention | None:
    """The one day a report of an event states with a verb of happening right before it, inside one of the raw
    ``spans`` (its mentions: start, end, start of the event's word): "وأصيبت والدة الرضيع ... في الهجوم الذي وقع
    يوم 31 يوليو تموز"، "وفي تفصيل عملية الاعتقال التي جرت في 15 يوليو تموز"، "وفي هجوم وقع يوم الجمعة الماضي فجرت
    فتاة ...". The text says outright when the event happened, which beats the day of a statement reporting it
    ("أعلنت وزارة الداخلية البحرينية أمس السبت عن إحباط ... وإنها اعتقلت"). Not one told of another event the clause
    refers to, behind a word of reference ("بعد تفجيرين انتحاريين وقعا الأربعاء"، "على تفجير انتحاري وقع الجمعة": data,
    occurrence_reference). The verb must tell the event's own word, at most OCCURRENCE_REACH words after it (not
    "حجبوا الدخول لموقع تويتر ... صور التفجير الانتحاري الذي وقع قبل يومين"). None when there is no such day, or two
    different ones."""
    lex = lexicon().words
    verbs, gap = lex.get("occurrence", {}), lex.get("occurrence_gap", {})
    rel, refs = lex.get("relative_pronoun", {}), lex.get("occurrence_reference", {})
    found: dict[str, DateMention] = {}
    for d in _event_dates(doc):
        if d.precision != "day" or d.anchored or not any(a <= d.start and d.end <= b and t < d.start
                                                         and _occurrence_of(doc.raw, d.start, t) for a, b, t in spans):
            continue
        words = [fold_key(w) for w in re.findall(r"\w+|[^\w\s]", doc.raw[max(0, d.start - 80):d.start])]
        k = len(words) - 1
        while k >= 0 and words[k] in gap:
            k -= 1
        if k < 0 or words[k] not in verbs:
            continue
        k -= 1
        if k >= 0 and words[k] in rel:
            k -= 1
        if any(w in refs for w in words[max(0, k - 2):k + 1]):
            continue
        found.setdefault(d.date, d)
    return next(iter(found.values())) if len(found) == 1 else None


def stated_for_deed(doc: Document, spans: list[tuple[int, int, int]], date: str) -> bool:
    """Does one of the raw ``spans`` (an event's mentions) state the day ``date`` outright as that of a deed, not as
    the day of a statement reporting it (a verb of claiming before it, أن/إن after it: "أعلنت وزارة الداخلية
    البحرينية أمس السبت عن إحباط")? "تمكنت القوات العراقية الاحد من تحرير جامعة الانبار": it does."""
    for d in _event_dates(doc):
        if d.date != date or d.precision != "day" or d.anchored:
            continue
        if any(a <= d.start and d.end <= b for a, b, _ in spans) \
                and not (_claim_date(doc.raw, d.start) or _said_that(doc.raw, d.end)):
            return True
    return False
