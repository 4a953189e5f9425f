"""Joining an article's reports of one event: compatibility of places, days, tolls and sides."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left as _bisect_left, bisect_right as _bisect_right
import re
from dataclasses import replace
from functools import lru_cache

from ..actors import core
from ..document import Document, Token
from .lexicon import conjugations
from .model import Event, Participant
from .common import (ANCHORED_ARTICLE, ARMED_SECTORS, COMPATIBLE_MODES, Cand, DAMAGE_OF, DISTINCT_TOLL,
    MATERIAL_TYPES, OPINION_MARKS, REFINED_MODES, SPEECH_TYPES, _PRECISION_RANK, _conjoined, _cues, _demonyms,
    _word_in, fold_key)
from .summary import summarize

def _list_item_gap(words: list[str]) -> bool:
    """The words between two listed places open a further item of the list that tells its own deed: و and the
    preposition again, with or without a place noun ("في قضاء تلعفر وفي الموصل"، "وفي منطقة")، or the others of
    the deed at the further place ("و14 شابًا آخر من ناحية"، "وأماكن أخرى في منطقة")."""
    if not words or not words[0].startswith("و") or len(words) > 5:
        return False
    keys = [fold_key(w) for w in words]
    keys[0] = keys[0][1:]
    if not keys[0]:
        keys = keys[1:]
    nouns, others = _cues("list_place_noun"), _cues("list_other")
    if len(keys) >= 3 and keys[-1] in nouns:
        keys = keys[:-1]
    if len(keys) >= 2 and keys[-1] in ("في", "من"):
        # "و14 شابًا آخر من"، "وأماكن أخرى في": a count or a noun, "other", then the preposition
        head = keys[:-1]
        return 2 <= len(head) <= 3 and head[-1] in others
    if len(keys) == 2:
        return keys[0] in ("في", "من") and keys[1] in nouns
    # (a place noun alone is no new item: "في جبل صبر المطل على مدينة تعز ومنطقة الضباب" names one front and
    # its landmarks, "في قضاء بيجي ومدينة الرمادي" sums up strikes told apart after)
    return len(keys) == 1 and keys[0] in ("في", "من")


def _unique_ids(events: list[Event]) -> list[Event]:
    """Two events with one id (same type, mode, first mention and place) are one event: the later one's
    mentions join the first, so the store, which keys events by id, keeps every mention."""
    seen: dict[str, int] = {}
    out: list[Event] = []
    for ev in events:
        k = seen.get(ev.id)
        if k is None:
            seen[ev.id] = len(out)
            out.append(ev)
            continue
        cur = out[k]
        extra = tuple(m for m in ev.mentions if all(m.start != n.start for n in cur.mentions))
        out[k] = replace(cur, mentions=cur.mentions + extra,
                         killed=cur.killed if cur.killed is not None else ev.killed,
                         injured=cur.injured if cur.injured is not None else ev.injured)
    return out


def _intransitive_form(stem: str) -> bool:
    """A past stem of the derived forms that are mostly intransitive: V-VI تفعّل/تفاعل (تظاهر), VII انفعل
    (انسحب), VIII افتعل (انتشر)."""
    return stem.startswith(("ت", "ان")) or (len(stem) >= 5 and stem[0] == "ا" and stem[2] == "ت")


def _same_clause_cut(toks: list[Token], a: int, b: int) -> bool:
    """Is there a sentence-internal break (a full stop, a semicolon, a colon) between tokens ``a`` and ``b``?"""
    return any(toks[k].kind == "punct" and toks[k].norm in (".", "؛", ";", ":") for k in range(a, b))


def _tag_line(toks: list[Token], s0: int, s1: int) -> bool:
    """The last sentence of a page that is its list of tags: "سمات" then words only (no punctuation)."""
    return (s1 == len(toks) and s1 - s0 >= 2 and toks[s0].kind == "word" and toks[s0].norm in _cues("tag_line")
            and all(t.kind == "word" for t in toks[s0 + 1:s1]))


def _spans_reach(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts of ``spans`` in order, and for each the furthest end of it and the spans starting before it:
    some span starting at or before ``a`` reaches ``b`` when ``reach[bisect_right(starts, a) - 1] >= b``."""
    spans = sorted(spans)
    reach, far = [], -1
    for _, end in spans:
        far = max(far, end)
        reach.append(far)
    return [start for start, _ in spans], reach


def _rise_word(tok: Token) -> bool:
    """A word telling that a toll rose (ارتفع، ارتفعت، وارتفع ...: the toll_rise cues, with a conjunction or not)."""
    return _word_in(tok, "toll_rise") or (tok.norm[:1] == "و" and tok.norm[1:] in _cues("toll_rise"))


def _tok_range(starts: list[int], start: int, end: int) -> tuple[int, int]:
    """The tokens ``[a, b)`` covering raw ``[start, end)``, from the document's token start offsets."""
    a = _bisect_right(starts, start) - 1  # (as max(0, ...) and max(a + 1, ...), without the calls)
    if a < 0:
        a = 0
    b = _bisect_left(starts, end)
    return a, (b if b > a else a + 1)


def _placed(doc: Document, starts: list[int], place) -> bool:
    """Is ``place`` written as a place: after a locative word or ب, or as a direction (جنوب X)? Not after
    "كل من" (كل من هولندا: both countries, as parties)."""
    k = _tok_range(starts, place.start, place.end)[0]
    toks = doc.tokens
    first = toks[k]
    if first.stem in _cues("direction") or "ب" in first.proclitics:
        return True
    if k == 0 or toks[k - 1].kind != "word" or toks[k - 1].stem not in _cues("locative"):
        return False
    return not (toks[k - 1].norm == "من" and k > 1 and toks[k - 2].norm in ("كل", "وكل"))


def _list_placed(doc: Document, starts: list[int], place) -> bool:
    """Is ``place`` written as a place (``_placed``), or an item of a list of places joined by و or commas whose
    first item is, or opens after "منها/بينها" ("في عدد من المدن من بينها اسطنبول وأنقرة وإزمير، واعتقلت": the
    last town listed is no doer of the verb after the list)?"""
    places = sorted(getattr(doc, "places", []) or [], key=lambda q: q.start)
    for _ in range(8):
        if _placed(doc, starts, place):
            return True
        k = _tok_range(starts, place.start, place.end)[0]
        if k > 0 and doc.tokens[k - 1].kind == "word" and doc.tokens[k - 1].norm in ("منها", "ومنها", "بينها", "وبينها"):
            return True
        before = [q for q in places if q.end <= place.start and doc.raw[q.end:place.start].strip(" ،,") in ("و", "")
                  and doc.raw[q.end:place.start].strip()]
        if not before or "و" not in doc.tokens[k].proclitics and doc.raw[before[-1].end:place.start].strip() not in ("،", ","):
            return False
        place = before[-1]
    return False


def _armed(c: Cand) -> bool:
    """An armed force or group (army, police, rebels, militants), by sector or by its code."""
    return c.sector in ARMED_SECTORS or any(x in (c.code or "") for x in ARMED_SECTORS)


def _international(c: Cand) -> bool:
    """The international community, the UN, an NGO: a target that no place makes local."""
    if c.sector in ("IGO", "NGO") or (c.code or "")[:3] in ("IGO", "NGO", "WST"):
        return True  # (WST: the West, الدول الغربية)
    return any(w in _cues("international") for w in fold_key(c.text).split())


def _attack_told_at(events: list[Event], attacks: list[int], lo: int, hi: int) -> int | None:
    """The attack (an index of ``events`` among ``attacks``) a remark in the sentence ``lo``-``hi`` speaks of: the
    first one told in that sentence, else the last one told before it."""
    same = [j for j in attacks if any(lo <= m.start < hi for m in events[j].mentions)]
    if same:
        return same[0]
    before = [j for j in attacks if events[j].mentions[0].start < lo]
    return max(before, key=lambda j: events[j].mentions[0].start) if before else None


def _armed_agent(p: Participant) -> bool:
    """A nameless armed party with no country of its own, not named tentatively (مسلحون، المتمردين، الانتحاري،
    المقاومة): a dictionary agent of the armed sectors."""
    return (not p.country and p.certainty != "hedged" and (p.code or "").startswith("~")
            and p.sector in ("REB", "OPP", "UAF", "INS"))


def _nameless_aircraft(p: Participant) -> bool:
    """"الطيران"، "طائرات حربية"، "سلاح الجو": a dictionary agent (no name of its own) that is aircraft."""
    words = fold_key(p.text).split()
    return (p.code or "").startswith("~") and bool(words) and core(words[0]) in _cues("aircraft")


def _aircraft_of_article(events: list[Event], doc: Document | None = None) -> list[Event]:
    """"شن التحالف العربي غارات على صنعاء ... وقصفت طائرات حربية مواقع في تعز": aircraft an attack names with no
    owner fly for the air power the article names as a doer of its air strikes (the country named most often),
    not for the country they strike, which ``_participant`` gives local forces. Unchanged when the article names
    no air power. Not aircraft in construct with the state that owns them ("غارات شنتها طائرات النظام السوري":
    the next actor mention, right after them, has that country)."""
    owners = {}
    if doc is not None:
        owners = {m.start: m.country for m in doc.actors if m.country and not (m.code or "").startswith("~")}

    def owned(a) -> bool:
        return a.country is not None and a.end is not None and any(
            owners.get(a.end + d) == a.country for d in (1, 2))

    named: dict[str, int] = {}
    for ev in events:
        if ev.type == "ASSAULT" and ev.mode == "aerial":
            for a in ev.actors:
                if a.country and not (a.code or "").startswith("~") and a.certainty != "hedged":
                    named[a.country] = named.get(a.country, 0) + 1
    if not named:
        return events
    power = max(named, key=named.get)
    out = []
    for ev in events:
        if ev.type == "ASSAULT" and any(_nameless_aircraft(a) and a.country != power and a.certainty != "hedged"
                                        and not owned(a) for a in ev.actors):
            actors = tuple(replace(a, country=power) if _nameless_aircraft(a) and a.certainty != "hedged"
                           and not owned(a) else a for a in ev.actors)
            ev = replace(ev, actors=actors)
            ev = replace(ev, summary_en=summarize(ev))
        out.append(ev)
    return out


def _border_with(toks: list[Token], k: int) -> bool:
    """Is token ``k`` right after مع that follows a word for a border within three words ("قرب الحدود مع العراق"،
    "الحدود المشتركة مع سوريا"; the "border" cues of event_cues.tsv)?"""
    if k < 2 or toks[k - 1].norm != "مع":
        return False
    border = _cues("border")
    return any(toks[j].kind == "word" and toks[j].stem in border for j in range(max(0, k - 4), k - 1))


def _local_agent(c: Cand) -> bool:
    if c.sector in ("MIL", "COP", "GOV", "CVL", "JUD"):
        return True
    words = fold_key(c.text).split()
    return any(w in _cues("local_agent") for w in words[:2])


@lru_cache(maxsize=1)
def _opening_place_words() -> frozenset[str]:
    """Words for a kind of place that may stand before a name (the geocoder's admin and settlement cues, folded)."""
    from ..geo.places import cue_words

    cues = cue_words()
    return frozenset(cues.get("admin", {})) | frozenset(cues.get("settlement", {}))


def _inside(p, town) -> bool:
    """Is place ``p`` within ``town`` (the same GeoNames town, a part of it, or a town of the division it is)?"""
    if getattr(p, "country", None) != getattr(town, "country", None):
        return False
    gid = getattr(town, "geonameid", None)
    if gid is not None and getattr(p, "geonameid", None) == gid:
        return True
    if getattr(town, "precision", None) == "region" and getattr(town, "feature", None) == "admin1":
        return getattr(p, "admin1", None) is not None and getattr(p, "admin1", None) == getattr(town, "admin1", None)
    return False


def _place_compatible(a, b) -> bool:
    """Same place, or one is the region/country that contains the other, or they are within 25 km."""
    if a is None or b is None:
        return True
    if _place_key(a) == _place_key(b):
        return True
    pa, pb = getattr(a, "precision", None), getattr(b, "precision", None)
    same_country = getattr(a, "country", None) == getattr(b, "country", None)
    if (pa == "country" or pb == "country") and same_country:
        return True
    if same_country and not (_on_side(a, b) and _on_side(b, a)):
        return False  # "اشتباكات في شرق ليبيا" and "العاصمة طرابلس" (in the west): not one place
    if ((pa == "region" and not _town_area(a)) or (pb == "region" and not _town_area(b))) and same_country:
        # a region holds the places of its own division only: Diyala does not hold Fallujah (Anbar); a town's area
        # (منطقة كرش, region precision) is that town, compared by distance below
        aa, ab = getattr(a, "admin1", None), getattr(b, "admin1", None)
        if not aa or not ab or aa == ab:
            return True
    la, lb = getattr(a, "lat", None), getattr(b, "lat", None)
    if la is not None and lb is not None:
        import math
        dlat = math.radians(lb - la)
        dlon = math.radians(b.lon - a.lon) * math.cos(math.radians((la + lb) / 2))
        return 6371.0 * math.hypot(dlat, dlon) <= 25.0
    return False


# how far (degrees) a town may lie past its country's centre and still be on the side a place names (شرق ليبيا)
SIDE_MARGIN_DEG = 1.0


_COUNTRY_SIDES = {"north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1), "north-east": (1, 1),
          "north-west": (1, -1), "south-east": (-1, 1), "south-west": (-1, -1)}


def _on_side(side, town) -> bool:
    """Does ``town`` (coordinates known) lie on the side of its country that ``side`` names ("شرق ليبيا": a
    country's side, its position the country's centre)? True when ``side`` is no such place or nothing tells."""
    note = getattr(side, "note", None)
    if getattr(side, "feature", None) != "country" or note not in _COUNTRY_SIDES or getattr(town, "feature", None) != "city":
        return True
    la, lo, tla, tlo = (getattr(side, "lat", None), getattr(side, "lon", None), getattr(town, "lat", None),
                        getattr(town, "lon", None))
    if None in (la, lo, tla, tlo):
        return True
    ns, ew = _COUNTRY_SIDES[note]
    return (tla - la) * ns >= -SIDE_MARGIN_DEG and (tlo - lo) * ew >= -SIDE_MARGIN_DEG


def _locative(raw: str, start: int, ev: Event) -> bool:
    """Is the place starting at ``start`` where one of the event's triggers happened: introduced by في or a glued ب
    at most two words after it ("ضبطا في السعودية"، "تعرض للاعتقال في المملكة المغربية"; not "انضم وقتل في إحدى
    العمليات الإرهابية في العراق", another deed of the suspects)?"""
    before = raw[max(0, start - 4):start]
    if not (before.endswith(("في ", "فى ")) or (before.endswith("ب") and (len(before) < 2 or not before[-2].isalpha()))):
        return False
    return any(0 <= start - m.trigger_end and len(raw[m.trigger_end:start].split()) <= 2 for m in ev.mentions)


def _days_before(day: str, published: str) -> int:
    """Days from ``day`` to the publication day ``published`` (ISO dates; negative when after)."""
    try:
        return (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(day[:10])).days
    except ValueError:
        return 0


def _choice_rank(p) -> int:
    """How specific a place of a deed's clause is, for the choice among them: its precision's rank, a town named
    after a word for its own area (:func:`_town_area`) ranking as the town itself."""
    return 0 if _town_area(p) else _PRECISION_RANK.get(getattr(p, "precision", None), 4)


def _town_area(p) -> bool:
    """Is ``p`` a town named after a word for its own area ("منطقة كرش": Kirsh, region precision; data: the
    "area" cues of gaz_cues.tsv), not a division that holds other places (ولاية عين الدفلى، ريف القنيطرة)?"""
    from ..geo.places import cue_words

    words = fold_key(getattr(p, "text", None) or "").split()
    return getattr(p, "feature", None) == "city" and len(words) > 1 and words[0] in cue_words().get("area", {})


def _place_key(p):
    if p is None:
        return None
    gid = getattr(p, "geonameid", None)
    return gid if gid is not None else (getattr(p, "country", None), getattr(p, "text", None))


def _same_participant(a: Participant | None, b: Participant | None) -> bool | None:
    """True when they agree (same name or same country), False when their countries differ,
    None when nothing decides (one missing, or two names with no country to compare)."""
    if a is None or b is None:
        return None
    if _same_text(a, b):
        return True
    if a.country and b.country:
        if a.country == b.country and {_side(a), _side(b)} == {"state", "armed"}:
            return False  # "المتمردين الحوثيين قصفوا" and "القوات الموالية للحكومة شنت": two sides of one war
        return a.country == b.country
    return None


def _side(p: Participant) -> str | None:
    sector = getattr(p, "sector", None) or ""
    if sector in ("MIL", "GOV", "COP", "SPY"):
        return "state"
    if sector in ("REB", "INS", "UAF"):
        return "armed"
    return None


def _state_voice(a: Participant, b: Participant) -> bool:
    """Is one speaker a state named as such and the other its foreign ministry ("وأدانت الولايات المتحدة العنف" and
    "وأدانت الخارجية الأميركية"): one voice, the state's, in a statement (data: the state_voice cues)?"""
    def state(p):
        return bool(p.country) and not p.sector and p.code == p.country

    def ministry(p):
        return bool(p.country) and any(w in _cues("state_voice") for w in fold_key(p.text).split())

    return a.country == b.country and ((state(a) and ministry(b)) or (state(b) and ministry(a)))


def _same_text(a: Participant, b: Participant) -> bool:
    """The same words, or one inside the other (كارتر، آشتون كارتر)."""
    fa, fb = _fold(a.text), _fold(b.text)
    return fa == fb or fa in fb or fb in fa


def _same_name(a: Participant, b: Participant, meeting: bool = False) -> bool:
    """The same words, or the same canonical name from the dictionaries."""
    # (an empty name is no name: "نائب رئيس مجلس الأمة مبارك الخرينج" and "أمين سر مجلس الأمة عادل الخرافي" are two
    # speakers; "رئيس البلدية" and "رئيس بلدية" are one, the same words with and without the article. A meeting's
    # sides named with no canonical name are not told apart: "حضر اللقاء محمد العايش مساعد وزير الدفاع" attends the
    # meeting the prince held, told before)
    if meeting:
        return _same_text(a, b) or (a.name is not None and a.name == b.name)
    return _same_text(a, b) or _same_bare_words(a, b) or (bool(a.name) and a.name == b.name)


def _same_bare_words(a: Participant, b: Participant) -> bool:
    """The same words once the article is taken off each, or one run of them inside the other."""
    fa, fb = (" ".join(w.removeprefix("ال") for w in fold_key(p.text).split()) for p in (a, b))
    return bool(fa) and bool(fb) and (fa in fb or fb in fa)


def _fold(text: str) -> str:
    return fold_key(text.strip()).removeprefix("ال")


def _same_period(a: Event, b: Event) -> bool:
    """Same day, or (when one is known only to the month or year) the same month or year."""
    if a.date == b.date:
        return True
    if not a.date or not b.date:
        return True
    width = {"year": 4, "month": 7}.get(a.date_precision or "", 10)
    width = min(width, {"year": 4, "month": 7}.get(b.date_precision or "", 10))
    return a.date[:width] == b.date[:width]


def _modes_agree(a: str | None, b: str | None, damage: bool = False) -> bool:
    """No mode, the same one, one a refinement of the other (a suicide bombing is a bombing), or (with
    ``damage``) the damage an armed attack did."""
    if not a or not b or a == b or {a, b} in COMPATIBLE_MODES:
        return True
    return damage and ((a == "destroy" and b in DAMAGE_OF) or (b == "destroy" and a in DAMAGE_OF))


def _own_tally(cur: Event, ev: Event) -> bool:
    """Is ``ev`` told in the clause right after one of ``cur``'s, opening with a speech participle: the speaker's
    own tally of the event just told ("... إلى مقتل جنديين تركيين ...، مؤكدا أنه قتل 8 جنود وأصاب 11 غيرهم")?"""
    for n in ev.mentions:
        words = fold_key(n.text).split()
        if words and words[0] in _cues("tally_participle") and any(0 <= n.start - m.end <= 3 for m in cur.mentions):
            return True
    return False


def _vague_of(cur: Event, ev: Event) -> bool:
    """Is ``cur``'s toll a vague one ("عشرات القتلى", read 10; "مئات", 100) that ``ev``'s figure can state: tens
    may be twenty, not one ("حيث قتل مئات" is no toll of the attack that killed an officer)?"""
    return ("vague-toll" in cur.flags and "vague-toll" not in ev.flags and cur.killed is not None
            and ev.killed is not None and ev.killed >= cur.killed)


def _part_of_toll(part: Event, whole: Event) -> bool:
    """Is ``part``'s toll a part of ``whole``'s, counted out of its dead in so many words ("وقال ان تسعة من القتلى
    هم من المدنيين"، "فإن عشرة اشخاص من القتلى قضوا جراء سقوط قذيفة"): fewer, and "من" + the dead (القتلى،
    الضحايا) in its clause?"""
    if part.killed is None or whole.killed is None or part.killed >= whole.killed:
        return False
    dead = _cues("part_of_dead")
    for n in part.mentions:
        words = fold_key(n.text).split()
        if any(w == "من" and nxt in dead for w, nxt in zip(words, words[1:])):
            return True
    return False


def _with_forms(words) -> frozenset[str]:
    """Cue words with, for a short past-tense stem (six letters at most), its forms in every person and tense
    (قتل: قتلوا، يقتل ...): the casualty verbs as the text conjugates them. (For "met" (لقي: met his death) and
    "passed" (قضى) the past only: their present forms are other verbs, تلقوا تدريبات (received), لتلقي العلاج،
    يلقون القبض، يقضي (spends); a cue that is an inflected form already (لقوا) has no forms: لقوات is "for the
    forces".)"""
    past_only, no_forms = _cues("past_only_cue"), _cues("no_forms_cue")
    # (not the first person plural: news tells no "we" killing, and نصيب (a share), نصاب (a quorum) are no casualty)
    return frozenset(f for w in words for f in ({w} | {c for c in (
        set() if len(w) > 6 or w in no_forms else {c for c in conjugations(w) if c.startswith(w[:2])} if w in past_only
        else conjugations(w)) if not c.startswith("ن")}))


@lru_cache(maxsize=None)
def _casualty_words() -> frozenset[str]:
    """The killing and wounding words of the default cues in every person and tense (the extractor's
    ``_casualty_cues``, for the merge functions, which have no extractor)."""
    return _with_forms(_cues("killed")) | _with_forms(_cues("injured"))


def _other_side(cur: Event, ev: Event) -> bool:
    """Is ``ev`` the other side's toll of ``cur``'s clash, told in the clause right after one of ``cur``'s and
    opening with "whereas" ("أن نحو 15 من الحوثيين قتلوا خلال الهجوم، فيما قتل احد رجال المقاومة")?"""
    if (ev.killed is None and ev.injured is None) or "vague-toll" in cur.flags or "vague-toll" in ev.flags:
        return False  # (tens are no figure to add to)
    for n in ev.mentions[:1]:
        words = fold_key(n.text).split()
        if words[:2] == ["في", "حين"]:
            words = words[1:]  # "، في حين قتل 7 مقاتلين من المقاومة": "whereas" in two words
        if len(words) > 1 and words[0] in _cues("other_side") and any(0 <= n.start - m.end <= 3 for m in cur.mentions) \
                and (words[1] in _casualty_words() or words[1][1:] in _casualty_words()):
            return True  # (a casualty word right after it: not "فيما أفاد شهود عيان بأن قتلى داعش ارتفع إلى 25")
    return False


def _updated_toll(cur: Event, ev: Event) -> bool:
    """Is ``ev`` the toll of ``cur`` risen since ("أنّ عدد قتلى الهجوم ارتفع إلى 20 شخصًا" after "14 قتيلا")?"""
    return "updated-toll" in ev.flags and cur.killed is not None and ev.killed is not None and ev.killed > cur.killed


def _died_of_wounds(cur: Event, ev: Event) -> bool:
    """Is ``ev`` the toll of ``cur`` risen with fewer wounded than ``cur`` counted: those are the wounded who died, not
    the wounded since ("انتقال اثنين من المصابين ... إلى رحمة الله ... ليرتفع عدد الشهداء إلى (15)" after nine
    wounded): the wounded told first stay the event's?"""
    return _updated_toll(cur, ev) and cur.injured is not None and ev.injured is not None and ev.injured < cur.injured


def _disputed_toll(cur: Event, ev: Event) -> bool:
    """Another source disputing a toll just told: a report opening with "but" (لكن، غير أن) whose count of the dead
    is a tenth apart at most ("قتل 21 شخصا ..." then "لكن المتحدث باسم حاكم ولاية قندوز قال ان 22 مسلحا ... قتلوا")."""
    low, high = sorted((cur.killed, ev.killed))
    if not (low >= 5 and high - low <= high / 10):
        return False
    openers = _cues("contrast_opener")
    return any((fold_key(n.text).split() or [""])[0] in openers for n in ev.mentions)


def _close_tolls(cur: Event, ev: Event) -> bool:
    """Two sources' counts of one attack's dead: both CLOSE_TOLL_MIN or more, a fifth apart at most, of the same
    kind of victims or by the same way of attacking, at the same place (one town, the same name) ("31 شخصًا قتلوا"
    by the Observatory and "27 شخصًا على الاقل" by residents in Ariha; "11 رجل أمن" and "12 من رجال الأمن" in Abha;
    "نحو 30 قتيلا" and "مقتل 28 شخصا" by a suicide bombing in Suruç)."""
    if cur.killed is None or ev.killed is None or min(cur.killed, ev.killed) < CLOSE_TOLL_MIN:
        return False
    if abs(cur.killed - ev.killed) > max(cur.killed, ev.killed) / 5:
        return False
    # the same kind of victims, named in each (civilians and civilians, policemen and policemen): not "21 شخصا"
    # killed in an attack and "22 مسلحا" killed by a blast in the same province
    sectors = {getattr(t, "sector", None) for t in cur.targets[:1]} | {getattr(t, "sector", None) for t in ev.targets[:1]}
    if not (cur.targets and ev.targets and len(sectors) == 1 and None not in sectors) \
            and not (cur.mode is not None and cur.mode == ev.mode):
        # (or the same way of attacking told in each: "وأدى تفجير انتحاري استهدف مركزا ثقافيا في بلدة سروج" with 28
        # dead and "سقط نحو 30 قتيلا ... في انفجار" by a suicide bomber there)
        return False
    return cur.place is not None and ev.place is not None and _place_key(cur.place) == _place_key(ev.place) \
        and getattr(cur.place, "precision", None) in ("exact", "part")


# the smallest toll two sources may count differently and still be telling one attack (_close_tolls): small
# counts a few apart are as often two attacks of one town
CLOSE_TOLL_MIN = 5


def _one_clause_allies(cur: Event, ev: Event) -> bool:
    """Two deeds read from one clause (the first mention of each) at one place, whose doers are of one country:
    the clause names two doers side by side ("كما تقدمت قوات الجيش والمقاومة على المحور الثاني"), one deed, not
    the two sides of a fight. (Not two reports that only share a later mention: their tolls may differ.)"""
    ca = {a.country for a in cur.actors[:1]} | {a.country for a in ev.actors[:1]}
    return (len(ca) == 1 and None not in ca and _place_key(cur.place) == _place_key(ev.place)
            and bool(cur.mentions) and bool(ev.mentions) and cur.mentions[0].start == ev.mentions[0].start)


def _mergeable(cur: Event, ev: Event, last: bool = False) -> bool:
    """Reports in one article are one event unless something says they differ: another type or
    mode, places that disagree, days stated in the text that differ, or different known actors. The damage an
    attack did is that attack when it is the ``last`` one told."""
    if cur.type != ev.type:
        return False
    if not _modes_agree(cur.mode, ev.mode, damage=last):
        return False
    if ("background" in cur.flags) != ("background" in ev.flags):
        return False  # (a deed dated years back is history, not a report of the news told: "واعتقل ... شخصين" and
        # "مظاهرة سبتمبر 2012 ... حاول خلالها بعض الشبان اقتحام القنصلية")
    if cur.date_source == "text" and ev.date_source == "text" and not _same_period(cur, ev) \
            and "date-borrowed" not in ev.flags:
        # (a day the later report only borrowed from the sentence before is no evidence of another day: "واسفرت
        # المواجهات التي وقعت أمس عن مقتل 29 ... واكد ان «القوات العراقية تفرض كامل سيطرتها على جامعة الانبار»")
        return False
    between = _between_places(cur, ev)
    if not _place_compatible(cur.place, ev.place) and not between and not _speaker_placed(cur) \
            and not _speaker_placed(ev) and not _speaker_titled(cur, ev) and not _speaker_titled(ev, cur):
        return False
    if cur.killed is not None and ev.killed and cur.killed != ev.killed and cur.place is not None \
            and ev.place is not None and not any(m.start == n.start for m in cur.mentions for n in ev.mentions) \
            and not _own_tally(cur, ev) and not _vague_of(cur, ev) and not _vague_of(ev, cur) \
            and not _part_of_toll(cur, ev) and not _part_of_toll(ev, cur) and not _disputed_toll(cur, ev) \
            and not _updated_toll(cur, ev) and not _other_side(cur, ev) and not _close_tolls(cur, ev):
        return False  # two tolls in two clauses: two attacks (10 killed in raids, 25 by air strikes); (a later report
        # of none killed, "أحرقوا منزلاً آخرًا في البلدة دون وقوع إصابات فيه", gives no other toll; a first one does:
        # a shooting that hurt no one is not the attack of four dead told after it as background)
    if any(m.start == n.start for m in cur.mentions for n in ev.mentions) and _place_key(cur.place) != _place_key(ev.place) \
            and not between:
        return False  # one clause listing several places: one event per place
    if cur.start == ev.start and cur.place is not None and ev.place is not None and cur.place.start != ev.place.start \
            and "part" in (getattr(cur.place, "precision", None), getattr(ev.place, "precision", None)) \
            and any(m.start == n.start for m in cur.mentions for n in ev.mentions) and not between:
        return False  # (the items of one clause's list split by one trigger, even a base and a town read as one:
        # "في قاعدة العند الجوية، وفي الحوطة" both Lahij; not two names of one town, "عين العرب أو كوباني")
    if _also_did(cur, ev):
        return False
    if _air_and_ground(cur, ev):
        return False
    same_actor = _same_participant(cur.actors[0] if cur.actors else None, ev.actors[0] if ev.actors else None)
    if same_actor is False and not (ev.type in MATERIAL_TYPES and _one_clause_allies(cur, ev)):
        return False
    if ev.type in SPEECH_TYPES and cur.actors and ev.actors \
            and not _same_name(cur.actors[0], ev.actors[0], meeting=ev.type == "CONSULT") \
            and not _state_voice(cur.actors[0], ev.actors[0]) and not (
            ev.type == "CONSULT" and same_actor and cur.targets and ev.targets
            and _same_name(cur.targets[0], ev.targets[0], meeting=True)):
        # two statements by different named speakers (of one country or not); not one meeting with the same
        # counterpart, its side named once by name and once by title ("لقائه مع نظيره القطري خالد العطية"، "وقال
        # وزير الخارجية اليمني إن لقاءه مع الدكتور خالد العطية")
        return False
    if ev.type in SPEECH_TYPES and _same_participant(cur.targets[0] if cur.targets else None,
                                                     ev.targets[0] if ev.targets else None) is False:
        return False
    return True


def _damage_clause_of(out: list[Event], ev: Event) -> int | None:
    """The attack kept in ``out`` whose damage ``ev`` tells: a bare damage clause (a destruction with no doer, no
    target and no toll of its own) told in the clause right after one of the attack's reports ("والتنسيق مع القوات البرية للتعامل مع
    مصادر إطلاق القذائف بالأراضي اليمنية، وتم بتوفيق الله تدمير منصات إطلاق القذائف"): what the shelling just told
    destroyed, not a destruction of its own wherever the sentence named a place before. (Not one that names what it hit,
    "وأضاف العميد سمير أنه تم استهداف عربة ... تابعة للعناصر": another strike.) None when there is none."""
    if ev.type != "ASSAULT" or ev.mode != "destroy" or ev.actors or ev.targets or ev.killed is not None \
            or ev.injured is not None or not ev.mentions or "another" in ev.flags:
        return None
    n = ev.mentions[0]
    return next((k for k in reversed(range(len(out))) if out[k].type == "ASSAULT"
                 and (out[k].mode is None or out[k].mode in DAMAGE_OF)
                 and any(0 <= n.start - m.end <= CLAUSE_GAP for m in out[k].mentions)), None)


# how many characters (a comma and spaces) may separate two clauses of one sentence told one after the other
CLAUSE_GAP = 3


def _reply(ev: Event) -> bool:
    """Is the material event ``ev`` told as an answer to another's deed, with a way of attacking: its first report
    has, before its trigger ends, a verb of replying (reply_verb: رد، ردت، ردوا، ترد) followed within REPLY_WORDS
    words by على or a verbal noun with ب ("رد على الفور بفتح النار على المواقع المتطرفة"، "وهي ترد بكثافة على
    مصدر تلك القذائف"، "ردوا باطلاق الصواريخ")? Not "ولم ترد معلومات عن إصابات" (reply_not: no news came)."""
    if ev.type not in MATERIAL_TYPES or not ev.mentions or ev.mode is None:
        return False  # (an answer told with no way of attacking is a stance: "أرض الوطن ردت سريعا على هذا الاعتداء")
    m = ev.mentions[0]
    words = fold_key(m.text[:m.trigger_end - m.start]).split()
    for i, w in enumerate(words):
        if w not in _cues("reply_verb"):
            continue
        after = words[i + 1:i + 1 + REPLY_WORDS]
        if after[:1] and after[0] in _cues("reply_not"):
            continue
        if any(a == "علي" or (a[:1] == "ب" and len(a) > 4 and a[1:3] != "ان") for a in after):
            return True
    return False


def _also_adverb(ev: Event) -> bool:
    """Is the material event ``ev`` a deed told as done "also" (also_adverb: أيضا، كذلك) right after its trigger verb
    (not an event noun), to an object of its own ("وأضاف أن المقاومة أسرت كذلك العديد من الحوثيين"، "مضيفة أن
    التحالف قصف أيضا محلات تجارية في سوق الطلح"): another deed of the kind told before, not a report of it? (Not a
    casualty word: "وقتل أيضا شرطي" counts the dead of the attack told.)"""
    if ev.type not in MATERIAL_TYPES or not ev.mentions:
        return False
    m = ev.mentions[0]
    trig = fold_key(m.text[m.trigger_start - m.start:m.trigger_end - m.start]).split()
    if len(trig) != 1 or trig[0] in _casualty_words() or trig[0][1:] in _casualty_words():
        return False
    before = m.text[:m.trigger_start - m.start]
    clitics = "" if before[-1:].isspace() else (before.split() or [""])[-1]
    if clitics not in ("", "و", "ف") or trig[0].startswith("ال"):
        return False  # (an event noun named again: "واسفر الهجوم ايضا عن سبعة جرحى"، "وتحدث في المظاهرة ايضا")
    after = fold_key(m.text[m.trigger_end - m.start:]).split()[:ALSO_WORDS]
    return any(w in _cues("also_adverb") for w in after)


# how far after the trigger verb (in words) its "also" may come: the doer first ("فيما قصفت طائرات التحالف أيضا")
ALSO_WORDS = 3


# how many words after the verb of replying its object (على ...) or its means (بفتح النار) may come
REPLY_WORDS = 6


def _air_and_ground(a: Event, b: Event) -> bool:
    """Is one an air strike (aerial, drone) and the other a fight on the ground (``_ground_fight``)? Two events,
    whatever place and day they share ("قصف الطيران المروحي بالبراميل المتفجرة على مناطق في مدينة الزبداني" and
    "ترافق مع استمرار الاشتباكات العنيفة بين الفرقة الرابعة وحزب الله"): the guidelines code the raid and the
    clash apart, by their ways of attacking."""
    air = ("aerial", "drone")
    return (a.mode in air and _ground_fight(b)) or (b.mode in air and _ground_fight(a))


def _ground_fight(ev: Event) -> bool:
    """Is ``ev`` a fight told with no way of attacking, by a clash noun as the trigger of its first report
    (اشتباكات، معارك، مواجهات: the ground_fight cues)?"""
    if ev.type != "ASSAULT" or ev.mode is not None or not ev.mentions:
        return False
    m = ev.mentions[0]
    word = fold_key(m.text[m.trigger_start - m.start:m.trigger_end - m.start]).split()
    if not word:
        return False
    if _clash_noun(word[0]):
        return True
    # a toll told with the clash as its scene right after the casualty word: "بمقتل ثمانية حوثيين في مواجهات مع
    # المقاومة الشعبية"، "قتل 13 ... في مواجهات مع المقاومة" (a preposition of circumstance, then the clash noun)
    if word[0] not in _casualty_words() and word[0][1:] not in _casualty_words():
        return False
    after = fold_key(m.text[m.trigger_end - m.start:]).split()[:GROUND_SCENE_WORDS]
    return any(p in _cues("scene_prep") and _clash_noun(w) for p, w in zip(after, after[1:]))


# how many words after a casualty word its scene (في مواجهات) may come: the counts and the victims first, of both
# sides ("حيث قتل 47 متمردًا و5 من القوات الموالية لهادي في معارك عنيفة": eight words)
GROUND_SCENE_WORDS = 16


def _clash_noun(w: str) -> bool:
    """Is ``w`` a clash noun (ground_fight: اشتباكات، معارك، مواجهات), with a conjunction or a preposition on it or
    the article?"""
    if w[:1] in ("و", "ف", "ب", "ل") and w[1:] not in _cues("ground_fight") and len(w) > 3:
        w = w[1:]
    return w in _cues("ground_fight") or (w.startswith("ال") and w[2:] in _cues("ground_fight"))


def _speaker_placed(ev: Event) -> bool:
    """Is ``ev``'s place named in the title of the speaker who tells it, between the speech verb that opens its
    report and the "that" (إن، أنه) before its trigger ("وقال المسؤول الصحي في عدن الخضر لصور ان مدنيين قتلوا"،
    "وقال ضابط شرطة كبير في البنجاب إن القتلى"): where the speaker is, no evidence of another place?"""
    p = ev.place
    if p is None:
        return False
    speech = _cues("speech")
    for m in ev.mentions:
        if not (m.start <= p.start and p.end <= m.trigger_start):
            continue
        before = fold_key(m.text[:p.start - m.start]).split()[:SPEAKER_VERB_WORDS]
        after = fold_key(m.text[p.end - m.start:m.trigger_start - m.start]).split()
        if any(w in speech or (w[:1] in ("و", "ف") and w[1:] in speech) for w in before) \
                and any(w in _cues("complementizer") for w in after):
            return True
    return False


def _speaker_titled(ev: Event, other: Event) -> bool:
    """Is ``ev``'s place one its speaker is named with, before the "that" opening its clause (flag place-of-speaker:
    "وقال في مؤتمر صحافي في أنقرة، إن التفجير ناجم عن اعتداء انتحاري"), and ``other``'s in the same country? Where
    the speaker is tells nothing against another town of the country; a local office reporting from across a border
    ("مديرية الدفاع المدني بجازان" and shells fired at the Yemeni side) still tells of its own side."""
    return ("place-of-speaker" in ev.flags and ev.place is not None and other.place is not None
            and getattr(ev.place, "country", None) == getattr(other.place, "country", None))


# how far into its report (in words) the speech verb whose speaker's title names a place may stand
SPEAKER_VERB_WORDS = 3


def _also_did(cur: Event, ev: Event) -> bool:
    """Is ``ev`` a deed told as done "also" to another target: its first report opens with "كما" (additive_opener)
    right before its trigger, and its target and ``cur``'s are named and differ ("حيث هاجم الأهالي مندوبي التمرد"
    then "كما هاجموا وجهاء الأحياء"; "كما اعتقلت قوات الاحتلال 5 فلسطينيين من مدينة نابلس" after other arrests):
    another deed of the same kind, not the one told before? (Not "كما زار ... المصابين من جراء تفجير مسجد": there
    "also" opens another verb.) So for a call or an accusation made "also" to another party: "ونطالب ... المجتمع الدولي
    بالتحرك، كما نطالب أميركا لمعرفة رأيها" is a request to each."""
    if (ev.type not in MATERIAL_TYPES and ev.type not in ("REQUEST", "ACCUSE")) or not ev.mentions or not cur.targets \
            or not ev.targets:
        return False
    n = ev.mentions[0]
    before = fold_key(n.text[:n.trigger_start - n.start]).split()
    return len(before) == 1 and before[0] in _cues("additive_opener") and not _same_text(cur.targets[0], ev.targets[0])


def _between_places(cur: Event, ev: Event) -> bool:
    """Are ``cur`` and ``ev`` one clause's deed read once at each of two places it names as the ends of one stretch,
    "بين X و Y" (between_places; a dual noun may come first: "بين منطقتى المهدية والماسورة"): the road, the border
    or the area between them ("بالهجوم علي بوابه 200 الرابطه بين اجدابيا وطبرق"، "تمشيط الحد الفاصل بين منطقتى
    المهدية والماسورة بمدينة رفح"), one place and one event, not a list of places each with its own?"""
    a, b = cur.place, ev.place
    if a is None or b is None or _place_key(a) == _place_key(b):
        return False
    first, second = sorted((a, b), key=lambda p: p.start)
    for m in cur.mentions:
        if not any(n.start == m.start for n in ev.mentions) or not (m.start <= first.start and second.end <= m.end):
            continue
        if m.text[first.end - m.start:second.start - m.start].strip() != "و":
            continue
        words = fold_key(m.text[:first.start - m.start]).split()[-2:]
        if words and (words[-1] in _cues("between_places") or (
                len(words) == 2 and words[0] in _cues("between_places") and words[1].endswith("تي"))):
            return True
    return False


_CLOSING_QUOTES = ('"', "»", "”", "'")  # a quote mark closing a word quoted


_OPENING_QUOTES = ('"', "«", "“", "'")  # a quote mark opening a word quoted


_GAP = re.compile(r"[\s,،()\-–\"«»“”]+")  # what separates the words between two places (quotes around a name are no word)


# the words and commas between two places: "،" marks a comma, each other item is a word
_GAP_ITEM = re.compile(r"[،,]|[^\s,،()\-–\"«»“”']+")


_LIST_JOINERS = ("و", "او", "أو", "ثم")


def _gap_words(text: str) -> list[str]:
    """The words of ``text`` (the stretch between two places), split at spaces, commas, brackets and dashes."""
    return [w for w in _GAP.split(text) if w]


def _joins_list(word: str) -> bool:
    """Does ``word`` join items of a list (و، أو، ثم, or a word with و attached: والريحانة)?"""
    return word in _LIST_JOINERS or word.startswith("و")


def _nisba_plural(tok: Token) -> bool:
    """A nisba counted as people, in the accusative or the plural: "طالبانياً"، "داعشيين" (as in "مقتل 40
    طالبانياً و16 داعشياً")."""
    return tok.kind == "word" and len(tok.norm) >= 5 and tok.norm.endswith(("يا", "يين", "يون"))


def _past_nationality(toks: list[Token], j: int, b: int) -> int:
    """``j``, or the token after it when it is a nationality adjective (تركي، تركيان، تركيين) not joined by و:
    where the next group of a count starts ("جنديان تركيان وثلاثة مسلحين")."""
    if j < b and toks[j].kind == "word" and not _conjoined(toks[j]) and (
            toks[j].norm in _demonyms() or toks[j].norm[:-2] in _demonyms()):
        return j + 1
    return j


def _relative_deed_after(toks: list[Token], j: int, s1: int) -> bool:
    """Whether an event noun ending at token j is followed, within its next three words (an adjective or two may come
    first: الاعتداء الغاشم الذي وقع), by a relative pronoun and a verb that tells it happened or was carried out
    (relative_deed: وقع، نفذتها، شنها، استهدف)."""
    for k in range(j, min(s1 - 1, j + 3)):
        if toks[k].kind == "word" and toks[k].norm in ("الذي", "التي"):
            return toks[k + 1].kind == "word" and toks[k + 1].norm in _cues("relative_deed")
    return False


def _opinion_column(raw: str, n_speech: int, n_sentences: int) -> bool:
    """An opinion column, not a news report: an article (ANCHORED_ARTICLE sentences or more) whose sentences end
    in exclamations and questions, some of them exclamations, OPINION_MARKS of the time or more, and that reports
    what someone said at most once (قال، أعلن، أكد ...). Its attacks and statements are the writer's argument
    ("داعشي بيننا!"، "الأقربون أولى بالقتل!"), and the guidelines code no event of opinion paragraphs. (On the 253
    read gold articles: 6 such columns with 5 events coded, none of which the extractor found, and 9 false ones.)"""
    if n_speech > 1 or n_sentences < ANCHORED_ARTICLE:
        return False
    exclaimed = raw.count("!")
    marks = exclaimed + raw.count("؟") + raw.count("?")
    # (questions alone are an interview's: "استبعد ممثل الائتلاف ..." answers them, and is news)
    return exclaimed > 0 and marks >= OPINION_MARKS * max(1, marks + raw.count("."))


def _anchors(ev: Event) -> int:
    """How many concrete facts an event report gives, each counted once: a toll (killed or wounded), a place of
    its own (not taken from the article's context), a date told in the text, a doer, a target. An attack told
    with at most one of them ("عمليات القتل والتفجير"، "معركة النفس الطويل"، "بعد كل عملية تفجير في مسجد") is
    a generic mention, the stuff of opinion and background, not a report of a deed; the events stage drops it
    (on the 253 read gold articles such attacks were 31 false events for 5 true ones). Fighting told as going on
    (تستمر، تتواصل، تدور) in a place of its own counts twice: "كذلك تستمر معارك الكر والفر في تعز" is news."""
    own_place = ev.place is not None and "place-from-context" not in ev.flags
    # fighting told as going on in a place of its own ("فيما تستمر المواجهات في مديرية لودر") is a report of its own
    ongoing = own_place and any(fold_key(w) in _cues("ongoing_fight") for m in ev.mentions for w in m.text.split())
    return ((ev.killed is not None or ev.injured is not None) + own_place + ongoing
            + (ev.date_source == "text") + bool(ev.actors) + bool(ev.targets))


def _concrete(ev: Event) -> bool:
    """Whether an attack report states one concrete fact of its own: a toll, a place its own sentence names (not
    the article's lead place, nor one borrowed from the sentences around it), or the day the text gives. A doer and
    a target alone tell what a party does or did in general, the matter of commentary and background ("ارادت ان
    تدمر بيوت الله وتقتل المسلمين المصلين"، "كما يطلق مقاتلو المعارضة بدورهم قذائف على المناطق الخاضعة لسيطرة
    النظام"، "رجال الأمن الذين سددوا لأصحاب الفكر الضال ... ضربات موجعة"), not a deed a coder would record. (On
    the read gold articles: 8 false events, no true one; on 3,000 SaudiNewsNet articles 14 of 880 attacks, 10 of
    them no event: a football match, racism, a call, a company's trade, tallies and what a party does in general.) Air raids are the exception: a state's strikes in a war, told in a report that names the front
    once ("شنت القوات الجوية التركية سلسلة غارات جديدة ضد مواقع الحزب المحظور"، "وتعرضت المنطقة الزراعية الغنية
    منذ ذلك الحين لقصف جوي عنيف من جانب القوات الحكومية"), are deeds the gold records (4 of the read articles')."""
    if ev.mode in ("aerial", "drone"):
        return True
    own_place = ev.place is not None and "place-from-context" not in ev.flags and "place-from-lead" not in ev.flags
    return ev.killed is not None or ev.injured is not None or own_place or ev.date_source == "text"


def _new_story(raw: str, pos: int) -> bool:
    """Does the sentence starting at ``pos`` open by turning to another story: a topic shift ("من جهة أخرى"، "على
    صعيد آخر": dates_words.tsv) or a phrase that moves on from what was just told ("إلى ذلك"، "في غضون ذلك"، "وفي
    سياق متصل": the story_shift cues)?"""
    from .. import dates as _dates

    if _dates._topic_shift(raw, pos):
        return True
    words = [fold_key(w) for w in re.findall(r"\w+", raw[pos:pos + 60])[:4]]
    if words and words[0][:1] == "و" and len(words[0]) > 1:
        words[0] = words[0][1:]
    return any(" ".join(words[:n]) in _story_shifts() for n in (2, 3, 4))


@lru_cache(maxsize=None)
def _story_shifts() -> frozenset[str]:
    return frozenset(" ".join(fold_key(p).split()) for p in _cues("story_shift"))


def merge_events(events: list[Event]) -> list[Event]:
    """Merge events of one article that report the same thing: same type and day, no conflicting
    mode, places that agree, and the same actor (statements: the same speaker). Precise evidence joins reports
    the strict comparison keeps apart (a definite event noun told again, the same victims counted, the damage of
    the attack told last, the claimer's own tally) or keeps apart reports it would join (another attack, a
    separate incident, days later)."""
    out: list[Event] = []
    story = 0  # where in ``out`` the story the last report is told in begins ("من جهة أخرى": another story)
    shifted = False
    for ev in events:
        if "new-story" in ev.flags and not shifted:
            story = len(out)
        shifted = "new-story" in ev.flags
        if (_reply(ev) or _also_adverb(ev)) and any(cur.type == ev.type for cur in out):
            out.append(ev)  # "رد على الفور بفتح النار": the other side's answer to what was told, a deed of its own
            continue
        if ("headline" in ev.flags or "anaphoric" in ev.flags) and "another" not in ev.flags:
            # "condemned the attack": a definite noun with no arguments refers to an event told elsewhere, the
            # last one of its type; the headline repeated at a page's foot is the one that agrees on place
            same = [k for k, cur in enumerate(out) if cur.type == ev.type]
            if same:
                # ("تأتي هذه الاشتباكات": the clashes told last, not the air strike told after them)
                k = (next((k for k in same if _place_compatible(out[k].place, ev.place)), same[0])
                     if "headline" in ev.flags else
                     next((k for k in reversed(same) if not _air_and_ground(out[k], ev)), same[-1]))
                cur = out[k]
                # "أصيبا بجروح خلال الهجوم": the toll told with the reference is the event's
                risen = _updated_toll(cur, ev)  # ("أنّ عدد قتلى الهجوم ارتفع إلى 20 شخصًا": the toll since)
                out[k] = replace(cur, mentions=cur.mentions + ev.mentions,
                                 killed=ev.killed if risen or cur.killed is None else cur.killed,
                                 injured=ev.injured if ev.injured is not None and (risen or cur.injured is None)
                                 else cur.injured)
                if cur.place is not None and ev.place is not None and _place_key(cur.place) != _place_key(ev.place) \
                        and _place_compatible(cur.place, ev.place) and _better_place(cur.place, ev.place) is ev.place:
                    # "وقال مكتب الحاكم إن الهجوم نفذ ... في منطقة دوجو بايزيد في الإقليم": the event named again
                    # where it happened, inside the province the lead names
                    out[k] = replace(out[k], place=ev.place)
                if _own_day_over_borrowed(cur, ev) or _told_earlier_day(cur, ev):
                    # "وتسببت القذائف التي ... سقطت صباح أول من أمس الجمعة": the event named again with the day
                    # its sentence states, where the first report only borrowed the sentence before's
                    out[k] = replace(out[k], date=ev.date, date_precision=ev.date_precision, date_source="text",
                                     flags=tuple(f for f in out[k].flags if f != "date-borrowed"))
                continue
            if "anaphoric" in ev.flags and ev.type in MATERIAL_TYPES and "back-reference" in ev.flags:
                continue  # "after the bombing": a reference to an event this article does not report
        if "another" in ev.flags:
            out.append(ev)  # "في هجوم آخر": the text sets it apart from what was told before
            continue
        scene = _toll_scene_of(out, ev)
        if scene is not None:
            out[scene] = _merged(out[scene], ev)
            continue
        hit = _damage_clause_of(out, ev)
        if hit is not None:
            # (its place is the sentence's, borrowed: not the attack's)
            out[hit] = _merged(out[hit], replace(ev, place=None))
            continue
        # "وقتل جنديان ... في الانفجار" (toll-again): a place or a day the toll only borrowed from the sentences
        # around it is no evidence of another attack, so it is compared (and merged) on its own facts
        probe = _own_facts(ev) if "toll-again" in ev.flags else ev
        if "told-again" in ev.flags or "toll-again" in ev.flags:
            # "أصيبوا في الهجوم الذي وقع بعد إقلاع الطائرة": the attack told last that agrees with it
            # (the damage told again of the attack told last is that attack: "ألحق أضرارا جسيمة ... ودمر سوقا" after
            # the truck bombing)
            latest = max((k for k, cur in enumerate(out) if cur.type == ev.type), default=None)
            idx = next((k for k in reversed(range(len(out))) if _mergeable(out[k], probe, last=k == latest)), None)
        else:
            latest = max((k for k, cur in enumerate(out) if cur.type == ev.type), default=None)
            # a report of another story joins none told before it on mere agreement (only on precise evidence:
            # the same victims counted, the event named again)
            first = story if shifted else 0
            idx = next((k for k, cur in enumerate(out) if k >= first and _mergeable(cur, ev, last=k == latest)), None)
        if idx is None:
            idx = _told_before(out, probe)
        if idx is None:
            out.append(ev)
        else:
            out[idx] = _merged(out[idx], probe)
    return _lead_shared_by_list(_same_toll_joined(out))


def _lead_shared_by_list(out: list[Event]) -> list[Event]:
    """``out`` with the report told before a list of places shared by each event of the list: "اعلنت السلطات
    المغربية اعتقال ثمانية اشخاص" then "تفكيك خلية ... ناشطين في مدن طنجة وبوزنيقة وخريبقة وتاونات" is an arrest
    in each of the four towns; the lead joined the first town's event only (the first to agree with it), and is
    the others' report as much. The list's events are those of one type whose every report is one of the first's,
    in other towns; the reports the first has before theirs are added to theirs."""
    for k, cur in enumerate(out):
        if cur.type not in MATERIAL_TYPES or len(cur.mentions) < 2 or getattr(cur.place, "precision", None) not in ("exact", "part"):
            continue
        starts = {m.start for m in cur.mentions}
        for j in range(k + 1, len(out)):
            sib = out[j]
            if sib.type != cur.type or not sib.mentions or not {m.start for m in sib.mentions} <= starts \
                    or getattr(sib.place, "precision", None) not in ("exact", "part") \
                    or _place_key(sib.place) == _place_key(cur.place):
                continue
            first = min(m.start for m in sib.mentions)
            lead = tuple(m for m in cur.mentions if m.end <= first)
            if lead:
                out[j] = replace(sib, mentions=lead + sib.mentions)
    return out


def _object_phrase_end(toks, a: int, stops) -> int:
    """The end (exclusive) of the noun phrase a verb governs from token ``a``: one to four words or numbers, up to a
    preposition, a relative, a day word, a conjunction (``stops``) or punctuation; a word with a conjunction or a
    preposition on it, or with a pronoun, after the first opens a new phrase ("قصف عشوائي نفذه")."""
    b = a
    while b < len(toks) and b - a < 4:
        t = toks[b]
        if t.kind not in ("word", "number") or t.norm in stops or _word_in(t, "preposition"):
            break
        if b > a and (t.proclitics[:1] in (("و",), ("ف",), ("ب",), ("ل",), ("ك",)) or t.norm[:1] == "و"
                      or (t.enclitics and t.kind == "word")):
            break
        b += 1
    return b


def _own_facts(ev: Event) -> Event:
    """``ev`` without the day it took from the sentences around it (date-borrowed) and without a region or a
    country it took from them (place-from-context: "شمال العراق" of a sentence on air strikes, not the blast the
    toll is told of): what the report itself states, to compare with the events told before. (A town taken from
    the sentence before is most often the scene of the attack the toll is told of: "هاجمت عناصر من المقاومة ...
    في مديرية يريم ... سقطوا خلال الهجوم".)"""
    if "place-from-context" in ev.flags and getattr(ev.place, "precision", None) in ("region", "country"):
        ev = replace(ev, place=None)
    if "date-borrowed" in ev.flags:
        ev = replace(ev, date=None, date_precision=None, date_source=None)
    return ev


def _same_toll_joined(out: list[Event]) -> list[Event]:
    """``out`` with two attacks that count the same dead joined (``_same_toll_one_attack``): the test
    ``_told_before`` makes as each report comes, made again once all reports are joined, as a toll is often told
    after the report that gives the event its place or its day ("أسفر هجوم ... في الهند ... عن سقوط خمسة قتلى" and
    "وقتل شرطيان وثلاثة مدنيين في الهجوم ... في غورداسبور بولاية البنجاب"), and for a large toll even where the
    places disagree (one of them the speaker's town or a place read wrong: "قتل عشرة جنود في هجوم ... شرق تمبكتو"
    and "واكد مصدر عسكري آخر - وهو مسؤول في الجيش تم الاتصال به في باماكو - ... نحو عشرة من رجالنا قتلوا"). Not a
    report the text sets apart ("في هجوم آخر"), nor one of a clause listing several places."""
    k = 0
    while k < len(out):
        cur = out[k]
        j = next((j for j in range(k + 1, len(out)) if cur.type in MATERIAL_TYPES and out[j].type == cur.type
                  and "another" not in out[j].flags and _modes_agree(cur.mode, out[j].mode)
                  and ((_same_victims(cur, out[j]) and _same_toll_one_attack(cur, out[j])) or _same_tally(cur, out[j]))
                  and not any(m.start == n.start for m in cur.mentions for n in out[j].mentions)), None)
        if j is None:
            k += 1
            continue
        out[k] = _merged(cur, out.pop(j))
    return out


def _toll_scene_of(out: list[Event], ev: Event) -> int | None:
    """The report whose toll ``ev`` tells the scene of: an attack with no toll of its own whose clause opens with a
    preposition of circumstance right after the clause of a toll ("ومقتل جندي تركي وإصابة آخرين بجروح، في
    اشتباكات وقعت ..."، "قتل ثلاثة عناصر من الجيش والشرطة وجرح تسعة، في تفجير سيارة مفخخة ...": they were killed
    in it), not the lead's aggregate the clause would otherwise join."""
    if ev.type not in MATERIAL_TYPES or ev.killed is not None or ev.injured is not None or not ev.mentions:
        return None
    n = ev.mentions[0]
    before = fold_key(n.text[:n.trigger_start - n.start]).split()  # the words before its trigger
    if not before or before[0] not in _cues("scene_prep") or not all(w in _cues("demonstrative") for w in before[1:]):
        return None  # "في اشتباكات"، "خلال تلك الاشتباكات"; not "في حين يواصل الطيران قصف ..." (whereas)
    return next((k for k, c in enumerate(out) if c.type == ev.type and (c.killed is not None or c.injured is not None)
                 and any(m.end <= n.start <= m.end + 3 for m in c.mentions)), None)


def _merged(cur: Event, ev: Event) -> Event:
    """``cur`` with the report ``ev`` of the same event joined to it."""
    text_date = cur if (cur.date_source == "text" and (cur.date_precision == "day" or ev.date_source != "text")) else ev
    told = "told-again" in ev.flags and ev.date_source == "text" and ev.date_precision == "day" \
        and "day-of-another-clause" not in ev.flags
    # the same large toll told again days apart: the later report, telling the attack itself, has its day (the first
    # was a reference dated by its clause: "وبعد أربعة أيام على هجوم انتحاري"، "مرتبط بهجوم سوسة")
    told = told or (cur.killed is not None and cur.killed == ev.killed and cur.killed >= DISTINCT_TOLL
                    and ev.date_source == "text" and ev.date_precision == "day" and not _within_a_day(cur, ev))
    other_tally = cur.killed is not None and ev.killed is not None and cur.killed != ev.killed
    # "عشرات القتلى" then "مقتل عشرين شخصًا": the figure replaces the vague toll
    vague = _vague_of(cur, ev)
    # (a vague toll told after the figure, "استشهد وجرح عشرات الاشخاص", is no other tally: its wounded are the event's)
    other_tally = other_tally and not vague and not _vague_of(ev, cur)
    # "عشرة اشخاص من القتلى" told first, the whole toll after: the whole (and its wounded) is the event's
    part = _part_of_toll(cur, ev) or _updated_toll(cur, ev)  # (the toll risen since replaces it too)
    side = _other_side(cur, ev)  # "، فيما قتل احد رجال المقاومة": the other side's dead, added
    # "أدت الى مقتل ابو خليل السوداني" then "السوداني أحد ثلاثة متطرفين معروفين قتلوا": the one named first, then
    # the whole toll he is one of
    part = part or (cur.killed == 1 and ev.killed is not None and 1 < ev.killed < DISTINCT_TOLL and not side)
    if text_date is cur and _own_day_over_borrowed(cur, ev):
        # "أصيب مقيم يمني بشظايا قذائف ... بنجران. وتسببت القذائف التي ... سقطت صباح أول من أمس الجمعة": the day a
        # report of the event states in its own sentence beats the one borrowed from the sentence before the first
        text_date = ev
    if told:
        # "الهجوم الذي وقع مساء السبت في مقاطعة خان آباد": the event named again with its own day and place
        # states them for the event itself (the lead's day may be the day the toll was announced)
        text_date = ev
    if text_date.date is None and cur.date is not None:
        # a toll told again merged on its own facts has no day of its own (the one it borrowed was left out to
        # compare it): the event keeps its day ("ونقلت محطة ان تي في ان شرطيا ايضا قتل في الاشتباكات")
        text_date = cur
    merged = replace(
        cur,
        date=text_date.date, date_precision=text_date.date_precision, date_source=text_date.date_source,
        mode=(ev.mode if ({cur.mode, ev.mode} in COMPATIBLE_MODES and ev.mode in REFINED_MODES)
              or (cur.mode == "destroy" and ev.mode in DAMAGE_OF) else cur.mode or ev.mode),
        # (a source the first report quotes is no doer: "حسب مصدر عسكري مالي" then "إن مسلحين شنوا ... هجوما")
        actors=ev.actors if ev.actors and _quoted_source_only(cur) and not _quoted_source_only(ev) else cur.actors or ev.actors,
        targets=cur.targets or ev.targets,
        place=_better_place(ev.place, cur.place) if told else _better_place(cur.place, ev.place),
        # (a count equal to the one kept is that count, read past the comma already: not added twice)
        killed=(cur.killed + ev.killed if side and cur.killed is not None and ev.killed not in (None, cur.killed)
                else ev.killed if vague or part else cur.killed if cur.killed is not None else ev.killed),
        flags=tuple(f for f in cur.flags if (f != "vague-toll" or not vague) and (f != "date-borrowed" or text_date is cur))
        + (("vague-toll",) if cur.killed is None and "vague-toll" in ev.flags and "vague-toll" not in cur.flags else ()),
        # another tally of the dead (the claimer's) is not the source of the wounded count either
        injured=(cur.injured + ev.injured if side and cur.injured is not None and ev.injured not in (None, cur.injured)
                 else ev.injured if (part or side) and ev.injured is not None and not _died_of_wounds(cur, ev)
                 # (but another source's count of the dead does not make its wounded another's: "قالت مصادر أمنية
                 # إن جنديين تركيين وحارسا مسلحا قتلوا" then "وقتل جنديان وأصيب اثنان آخران": the two wounded are the
                 # event's; the claimer's own tally is not, "مؤكدا أنه قتل 8 جنود وأصاب 11 غيرهم")
                 else cur.injured if cur.injured is not None or (other_tally and _own_tally(cur, ev)) else ev.injured),
        mentions=cur.mentions + tuple(m for m in ev.mentions if all(m.start != n.start for n in cur.mentions)),
        confidence=max(cur.confidence, ev.confidence),
    )
    return replace(merged, summary_en=summarize(merged))


def _counted_people_only(ev: Event) -> bool:
    """Is every target of ``ev`` a bare word for people counted (أشخاص، شخصا، شخصين: the counted_people rows)?"""
    return bool(ev.targets) and all(fold_key(t.text) in _cues("counted_people") for t in ev.targets)


def _quoted_source_only(ev: Event) -> bool:
    """Is every doer of the attack ``ev`` a source that reports it (مصدر عسكري، مصادر أمنية، شهود عيان: the
    news_source rows), read as its doer for want of another?"""
    return ev.type == "ASSAULT" and bool(ev.actors) and all(
        bool(fold_key(a.text).split()) and core(fold_key(a.text).split()[0]) in _cues("news_source") for a in ev.actors)


def _same_toll_one_attack(cur: Event, ev: Event) -> bool:
    """Do two reports of the same dead (``_same_victims``) tell one attack: at places that do not tell them apart,
    within a day (whatever the days, for a toll of DISTINCT_TOLL or more), or, for such a toll, the same day
    wherever they were placed?"""
    near, day = _place_near(cur.place, ev.place), _within_a_day(cur, ev)
    return (near and day) or (cur.killed >= DISTINCT_TOLL and (near or day))


def _same_tally(cur: Event, ev: Event) -> bool:
    """The same dead (one or more) and the same wounded, both counted in each, within a day: one attack's tally
    wherever the two reports were placed ("مقتل شرطي وإصابة ثلاثة آخرين في هجوم ... بالفيوم" and "أسفر عن استشهاد
    رقيب أول شرطة ... وإصابة ثلاثة" placed at the victim's unit's province)."""
    return (cur.killed is not None and cur.killed > 0 and cur.killed == ev.killed and cur.injured is not None
            and cur.injured == ev.injured and _within_a_day(cur, ev))


def _told_before(out: list[Event], ev: Event) -> int | None:
    """The event already kept that ``ev`` reports again, on precise evidence, though the strict comparison keeps
    them apart (a day or a place of another precision, another source's toll or actor): the same victims
    counted (مقتل 33 مسلحا ... وأسفر الانفجار عن مقتل أكثر من 33 مسلحا), or a definite event noun told again
    (الهجوم الذي وقع مساء السبت) within a day of it, at a place that agrees."""
    if ev.type not in MATERIAL_TYPES:
        return None
    same = [k for k, cur in enumerate(out) if _loosely_compatible(cur, ev)]
    # (a toll of ten or more told twice is one attack's, whatever day a background clause gave one of them)
    victims = [k for k in same if _same_victims(out[k], ev) and _place_near(out[k].place, ev.place)
               and (_within_a_day(out[k], ev) or ev.killed >= DISTINCT_TOLL)]
    if victims:
        return victims[-1]
    told = "told-again" in ev.flags or "toll-again" in ev.flags
    near = [k for k in same if (told or "told-again" in out[k].flags)
            and _within_a_day(out[k], ev) and _place_compatible(out[k].place, ev.place)]
    if near:
        return near[-1]
    kind = [k for k, cur in enumerate(out) if cur.type == ev.type]
    if told and len(kind) == 1 and same == kind:
        # "ووقع التفجير الذي تميز بعنفه النادر ... في سوروتش": the one attack of its kind the article told,
        # named again; a day or a place read wrong for one of the two (a background year, the speaker's day, a
        # name the gazetteer lacks) does not make it another
        return kind[0]
    return None


def _loosely_compatible(cur: Event, ev: Event) -> bool:
    """Same type, modes one can refine into the other, not one clause's list of places, one country."""
    if cur.type != ev.type:
        return False
    if not _modes_agree(cur.mode, ev.mode) or _air_and_ground(cur, ev):
        return False
    if any(m.start == n.start for m in cur.mentions for n in ev.mentions) and _place_key(cur.place) != _place_key(ev.place):
        return False  # one clause listing several places: one event per place, each with the clause's toll
    ca, cb = getattr(cur.place, "country", None), getattr(ev.place, "country", None)
    return not (ca and cb and ca != cb)


def _place_near(a, b) -> bool:
    """Places that do not tell two events apart: compatible, or one of them only a region or a country (a
    district and the province another source names, 'جنوب شرقي تركيا')."""
    if _place_compatible(a, b):
        return True
    return any(getattr(p, "precision", None) in ("region", "country") for p in (a, b))


def _same_victims(cur: Event, ev: Event) -> bool:
    """The same toll counted twice: equal killed counts (three or more, or two of one country's people) and
    injured counts that do not differ."""
    if cur.killed is None or ev.killed is None or cur.killed != ev.killed or cur.killed < 2:
        return False
    if cur.injured is not None and ev.injured is not None and cur.injured != ev.injured:
        return False
    if cur.killed >= 3:
        return True
    return bool({t.country for t in cur.targets[:1] if t.country} & {t.country for t in ev.targets[:1] if t.country})


def _within_a_day(cur: Event, ev: Event) -> bool:
    """Dates of the same day (or period, or one unknown), or one day apart (the evening before the lead's day,
    "أمس" read from two reference days)."""
    if not cur.date or not ev.date or _same_period(cur, ev):
        return True
    try:
        a, b = dt.date.fromisoformat(cur.date[:10]), dt.date.fromisoformat(ev.date[:10])
    except ValueError:
        return False
    return abs((a - b).days) <= 1


# the notes of the places named by a direction and a town (شمال بغداد، 20 كلم شمال شرقي بغداد)
_SIDES = frozenset({"north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west"})


def _better_place(a, b):
    if a is None:
        return b
    if b is None:
        return a
    ra, rb = _choice_rank(a), _choice_rank(b)  # (a town named after a word for its area ranks as the town)
    if ra == rb and (getattr(a, "geonameid", None) is None) != (getattr(b, "geonameid", None) is None):
        # "منطقة يريم" (the town Yarim, region precision) over "محافظة إب" (a governorate, no id): of two
        # places as specific, the one the gazetteer places
        return a if getattr(a, "geonameid", None) is not None else b
    if ra == rb and getattr(a, "precision", None) == "region" and getattr(a, "country", None) == getattr(b, "country", None) \
            and _town_area(a) != _town_area(b):
        # "منطقة دوجو بايزيد في الإقليم" (the town Doğubayazıt, region precision) over "إقليم أغري" (the province
        # named after its town): of two areas of one country, the town's own
        return a if _town_area(a) else b
    return a if ra <= rb else b


def _dated_in_sentence(doc: Document, start: int, end: int) -> bool:
    """Does the mention's own sentence date it (not the sentence before)? (see dates.dated_in_sentence)"""
    from .. import dates as _dates

    return _dates.dated_in_sentence(doc, start, end)


def _told_earlier_day(cur: Event, ev: Event) -> bool:
    """Is ``ev`` the event of ``cur`` named again with a day of its own stated in its clause ("في الهجوم الذي وقع يوم
    31 يوليو"), before the day ``cur`` was dated by (a death of the wounded since, "توفي اليوم السبت والد الرضيع ...
    متأثرا بجراحه"; a statement about it)? The day the attack is told to have happened is the event's."""
    if "told-again" not in ev.flags or "date-borrowed" in ev.flags or "day-of-another-clause" in ev.flags:
        return False
    if ev.date_source != "text" or ev.date_precision != "day" or not ev.date or not cur.date or ev.date >= cur.date:
        return False
    # (only where the first report is a death of the wounded: "المواجهات التي وقعت أمس" told after the lead's day
    # of taking the university is a day of the fighting before, not the day of the event)
    return bool(cur.mentions) and not _cues("died_of_wounds").isdisjoint(fold_key(cur.mentions[0].text).split())


def _own_day_over_borrowed(cur: Event, ev: Event) -> bool:
    """Does the report ``ev`` of the event ``cur`` state its day in its own sentence, where ``cur``'s day is only
    borrowed from the sentence before its first mention?"""
    return ("date-borrowed" in cur.flags and ev.date_source == "text" and ev.date_precision == "day"
            and "date-borrowed" not in ev.flags and ev.date is not None)
