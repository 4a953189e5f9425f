"""Where: the place of a deed or a statement, the towns of lists, venues and datelines.

A mixin of :class:`marsad.events.extract.EventExtractor` (its rules read the extractor's tables through ``self``)."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..normalize import fold_key as _fold_key
from ..document import Document, Token
# (imported here, not in the functions that use them: an import in a function costs microseconds at every call)
from ..geo.places import capitals
from .model import Event
from .common import (CLAUSE_OR_STOP, CLAUSE_PUNCT, Cand, Draft, LISTED_BEFORE_WORDS, MATERIAL_TYPES, PRODUCER,
    UNLISTED_NAME_COUNT, _LENGTH_UNITS, _ON_ARRIVAL, _PARTS_OF, _PRECISION_RANK, _SIDE_NOTE, _SIDE_NOTES,
    _conjoined, _countries, _cue_union, _cues, _speech_forms, _word_in, fold_key)
from .merging import (_CLOSING_QUOTES, _GAP_ITEM, _SIDES, _armed, _border_with, _gap_words, _joins_list,
    _list_item_gap, _locative, _opening_place_words, _place_key, _side, _tok_range)


# how many words may open a sentence before its verb of saying ends them (وقالت، "وقال مصدر أمني")
SPEAKER_OPENING_WORDS = 3


class PlaceRules:
    def _place_tests(self, doc: Document, places) -> list[tuple[bool, ...]]:
        """For each place, (_led_by, _against, _fought_in, _topic_of, _across_border, _from_inside,
        _capital_as_state): tests of the place alone, answered once per
        article (_build asks them for every draft over every place). Each place is kept with its answers, so its
        id stays its own while the article is read."""
        if getattr(self._local, "place_tests_doc", None) is not doc:
            self._local.place_tests_doc, self._local.place_tests = doc, {}
        seen = self._local.place_tests
        out = []
        for p in places:
            t = seen.get(id(p))
            if t is None:
                t = seen[id(p)] = (p, (self._led_by(doc, p), self._against(doc, p), self._fought_in(doc, p),
                                       self._topic_of(doc, p), self._across_border(doc, p), self._from_inside(doc, p),
                                       self._capital_as_state(doc, p)))
            out.append(t[1])
        return out

    def _led_by(self, doc: Document, place) -> bool:
        """Is ``place`` named right after a word of leading (تقوده، بقيادة)?"""
        k = _tok_range(self._local.tok_starts, place.start, place.end)[0]
        return k > 0 and _word_in(doc.tokens[k - 1], "led_by")

    def _placed_at_home(self, doc: Document, ev: Event) -> Event:
        """``ev``, placed in the article's country (``_home_country``) when it is an arrest, a release or a
        deployment with no place, or an arrest whose only place is a country it is not said to have happened in."""
        if not ((ev.place is None and ev.type in ("COERCE", "RETREAT", "MOBILIZE"))
                or (ev.type == "COERCE" and (getattr(ev.place, "precision", None) == "country"
                                             or self._foreign_to_police(ev))
                    and not _locative(doc.raw, ev.place.start, ev))):
            return ev
        home = self._home_country(doc, ev.actors[0] if ev.actors else None)
        if home is None or (ev.place is not None and home.country == ev.place.country):
            return ev
        return replace(ev, place=home, flags=ev.flags + ("place-from-country",))

    @staticmethod
    def _foreign_to_police(ev: Event) -> bool:
        """Is ``ev``'s place, a town or a region, in another country than that of its doer, a state's own police,
        security service, court or ministry ("وبلغ عدد الأشخاص الذين ألقت فرق الأمن التركية القبض عليهم يوم السبت
        371 شخصا" with "شمال العراق" taken from another sentence)? Such a body arrests at home; an army may not. Only
        for a place borrowed from another sentence (flag ``place-from-context``)."""
        if ev.place is None or not ev.actors or "place-from-context" not in ev.flags:
            return False  # (a place of its own sentence stands: "ومددت محكمة إسرائيلية اعتقال ... في الضفة الغربية")
        a = ev.actors[0]
        cc = _countries()[0].get(getattr(ev.place, "country", None) or "")
        return bool(a.country and cc and a.country != cc and getattr(a, "sector", None) in ("GOV", "COP", "SPY", "JUD"))

    def _venue(self, doc: Document, place, s0: int) -> bool:
        """Is the town named as where people met or spoke (عقد ... في القاهرة، خلال زيارته إلى عمان)?"""
        starts = self._local.tok_starts
        k = bisect.bisect_right(starts, place.start) - 1
        if any(set(self._K[m]) & self._venues for m in range(max(s0, k - 12), k)):
            return True
        # a speaker speaking from a town: "وانتقد إردوغان من جاكرتا"، "وقال X من منزله العائلي في مدينة Y"
        toks = doc.tokens
        spoke = self._reporting | _cues("spoke_from")
        for j in range(max(s0, k - 5), k):
            # (the verb, its subject in a word or two, من, and the town, in the same phrase: not "وأوضح أن
            # انسحاب الحوثيين من محافظة إب إلى صعدة")
            if toks[j].norm == "من" and j > s0 and toks[j - 1].stem not in _cue_union("partitive", "quantity") \
                    and toks[j - 1].norm != "كل" and all(t.kind == "word" and t.norm not in ("الي", "ان", "علي") for t in toks[j + 1:k]) \
                    and any(set(self._K[m]) & spoke and all(t.kind == "word" and t.stem not in ("ان", "انه") for t in toks[m + 1:j])
                            for m in range(max(s0, j - 3), j)):
                return True
        return False

    def _went_on_at(self, doc: Document, places, s0: int):
        """The town where the speaker of the sentence at token ``s0`` went on speaking, when the next sentence opens
        with a verb of saying and no subject of its own before the town it names as a venue (:meth:`_venue`: "وقال
        امام الصحافيين في انقرة"، "وأضاف للصحفيين في اسطنبول"), or None."""
        i = self._sent_index(s0) + 1
        if i >= len(doc.sentences):
            return None
        nxt = doc.sentences[i]
        toks = doc.tokens
        k0 = nxt.token_start
        if k0 >= len(toks) or not set(self._K[k0]) & self._reporting:
            return None
        for p in self._places_in(places, doc, k0, min(nxt.token_end, k0 + 6)):
            if getattr(p, "precision", None) in ("exact", "part") and self._venue(doc, p, k0):
                return p
        return None

    def _country_venue(self, doc: Document, s0: int, s1: int):
        """The first country of the sentence named at most six words after a word of meeting or visiting (the
        "venue" cues of event_cues.tsv: زيارته كينيا، لقائه نظيره الأميركي في ماليزيا), or None."""
        toks = doc.tokens
        for p in self._places_in(getattr(doc, "places", None) or [], doc, s0, s1):
            if getattr(p, "precision", None) != "country":
                continue
            k = bisect.bisect_right(self._local.tok_starts, p.start) - 1
            for m in range(k - 1, max(s0, k - 7) - 1, -1):
                if toks[m].kind != "word":
                    break
                if set(self._K[m]) & self._venues:
                    if toks[m].proclitics[-1:] == ("ل",):
                        break  # "قررت تشكيل وفد لزيارة اليمن": a visit planned, not one the words were said in
                    return p
        return None

    @staticmethod
    def _same_area(doc: Document, a: int, b: int) -> bool:
        """Does the clause say "in the same area/town" (المنطقة نفسها، المدينة ذاتها)?"""
        toks = doc.tokens
        for k in range(a, b - 1):
            if toks[k].stem in ("منطقه", "مدينه", "بلده", "قريه", "محافظه", "مكان") and toks[k + 1].norm in ("نفسها", "ذاتها", "نفسه", "ذاته"):
                return True
        return False

    @staticmethod
    def _dateline(doc: Document, places):
        """The town an article is filed from: a town as the first word of the text, followed on its line
        by a date or a news agency ("الرياض 25 شوال 1436 هـ ... واس", "القاهرة - أ ف ب")."""
        words = [t for t in doc.tokens[:12] if t.kind != "punct"]
        if not words or not places:
            return None
        first = places[0]
        if getattr(first, "precision", None) not in ("exact", "part") or first.start != words[0].start:
            return None
        line_end = doc.raw.find("\n", first.end)
        line = doc.raw[first.end:line_end if line_end >= 0 else first.end + 80][:80]
        if re.search(r"[0-9٠-٩]", line) or re.search(r"(^|[\s\-ـ–—(])(واس|ا ف ب|أ ف ب|رويترز|د ب ا|أ ش أ|سبأ|قنا|وام|بنا|كونا|الأناضول)", line):
            return first
        return None

    def _article_venue(self, doc: Document, places):
        """The first town the article names as where people met or spoke (:meth:`_venue`), or None."""
        for p in places:
            if getattr(p, "precision", None) not in ("exact", "part") or id(p) in self._local.cited:
                continue
            sent = doc.sentence_of(p.start)
            if sent is not None and self._venue(doc, p, sent.token_start):
                return p
        return None

    def _home_country(self, doc: Document, actor):
        """For an arrest, a release or a deployment that names no place at all ("أعلنت الشرطة التركية توقيف 251 شخصا"،
        "أخلت محكمة الجنايات الكويتية سبيل 11 متهما"): the country the article is about (the country of most of
        its places), when the doer is of that country or of none known: its first mention as a country, else its
        capital (Kuwait City for Kuwait; not any other town, which would be a guess). None when the article names
        no place, two countries as often, or the doer is foreign or an armed group (unless the story names no other
        country: a foreign coalition's truce in a story of Yemen alone is in Yemen)."""
        counts: dict[str, int] = {}
        for p in doc.places:
            cc = getattr(p, "country", None)
            if cc and not self._fought_in(doc, p):  # (not where people of the story fought: "بعضهم حارب في العراق")
                counts[cc] = counts.get(cc, 0) + 1
        if not counts:
            return None
        top = max(counts.values())
        leaders = [cc for cc, n in counts.items() if n == top]
        # "أعلنت وزارة الداخلية الكويتية ... ضبط عناصر شبكة ... (انضم وقتل ... في العراق)": a state's own body
        # (not its army) arrests, releases and deploys at home, however often the story names another country
        own = [cc for cc in counts if actor is not None and actor.country and _countries()[0].get(cc) == actor.country
               and getattr(actor, "sector", None) in ("GOV", "COP", "SPY", "JUD")]
        if own:
            leaders = own
        if len(leaders) != 1:
            return None
        cc = leaders[0]
        # a foreign doer or an armed group acts wherever it is (داعش in Syria, in a German story); but where the
        # story names no other country, that is where ("الهدنة التي اعلنها التحالف العربي ... في اليمن")
        if actor is not None and len(counts) > 1 and (actor.country not in (None, _countries()[0].get(cc))
                                                      or _side(actor) == "armed"):
            return None
        mine = [p for p in doc.places if getattr(p, "country", None) == cc]
        first = next((p for p in mine if getattr(p, "precision", None) == "country"), None)
        if first is None:
            first = next((p for p in mine if getattr(p, "precision", None) == "exact"
                          and getattr(p, "geonameid", None) in capitals()), None)
        return first

    def _lead_town(self, doc: Document, places):
        """The town the article's first sentence names (exact or part precision; not one cited as a source or
        as another event's place): (the first such town, the first that is not a destination, origin or home
        either), or None when the lead names no town."""
        if not doc.sentences or not places:
            return None
        end = doc.sentences[0].end
        # (a governorate named after its town counts: "خطباء الجوامع والمساجد بمحافظة أملج")
        towns = [p for p in places if p.end <= end and (getattr(p, "precision", None) in ("exact", "part")
                                                        or (getattr(p, "feature", None) == "city"
                                                            and getattr(p, "geonameid", None) is not None))
                 and id(p) not in self._local.cited and id(p) not in self._local.other_event]
        if not towns:
            return None
        return towns[0], next((p for p in towns if id(p) not in self._local.aside), None)

    def _setting(self, doc: Document, before: list):
        """The place a story was last set in, of the places named before: the last one named, or the most
        specific of the chain it closes ("قرب بلدة أعزاز شمال حلب" is set in أعزاز, "في مديرية يريم بمحافظة
        إب، وسط اليمن" in يريم): places one after another, each the division or the reference point of the one
        before it (not a list joined by و)."""
        # (not a town named as how far the place lies from it: "وتقع مدينة سيفاري على بعد نحو 12 كيلومترا من مدينة
        # موبتي الواقعة بدورها على بعد 640 كلم من باماكو" sets the story in Sévaré, not in Bamako)
        before = [p for p in before if not self._distance_from(doc, p)] or before
        chain = [before[-1]]
        for p in reversed(before[:-1]):
            if not self._chained(doc, p, chain[0]):
                break
            chain.insert(0, p)
        kept = [p for k, p in enumerate(chain) if not (k and self._reference_point(doc, p))] or chain
        best = min(_PRECISION_RANK.get(getattr(p, "precision", None), 4) for p in kept)
        return next(p for p in kept if _PRECISION_RANK.get(getattr(p, "precision", None), 4) == best)

    # how many words may stand between a name the gazetteer lacks and the town that holds it
    _HOST_REACH = 4

    @staticmethod
    def _list_item(raw: str, start: int) -> bool:
        """Is the name at ``start`` an item joined to a list: و attached to it or to the word before it (والريحانة،
        ومدينة الصالح), or و، ثم، أو alone before it?"""
        head = raw[:start]
        cut = max(head.rfind(" "), head.rfind("\n"), head.rfind("،"), head.rfind(","))
        attached = head[cut + 1:]
        if attached:
            return attached.startswith("و")
        words = head.split()
        return bool(words) and _joins_list(words[-1])

    @classmethod
    def _holds(cls, between: str) -> bool:
        """Can the text ``between`` a place and a town tie them as one chain ("قرب مطار النيرب العسكري شرق
        حلب"، "في بلدة بيت أمر، قضاء الخليل"): a few words, on one line, none joining a list or a new clause
        (و، أو، ثم، بينما ...: "في حرستا بالغوطة الشرقية، بينما قصفت قوات النظام مناطق في بلدة بيت جن")?"""
        if "\n" in between or "." in between:
            return False
        words = _gap_words(between)
        return len(words) <= cls._HOST_REACH and not any(_fold_key(w) in _cues("clause_break") for w in words)

    @staticmethod
    def _sole_town_in(area, places):
        """The one town (a GeoNames city named with exact or part precision) of ``places`` inside ``area``, a
        first-level division (or the countryside of its town, ريف حلب), if the article names exactly one and no
        village of that country the gazetteer lacks; else None."""
        # (not a country: the one town of a country an article names is often its capital standing for its
        # government, "وسمحت أنقرة"، or a town of another story, "بعضهم حارب في العراق" and a fighter from Mosul)
        # (a governorate named after its capital is placed in that town, region precision: still a division here)
        if getattr(area, "precision", None) != "region" or not (
                getattr(area, "feature", None) == "admin1" or getattr(area, "note", None) == "governorate"
                or (getattr(area, "note", None) or "").startswith("countryside")):
            return None
        admin1 = getattr(area, "admin1", None)
        if not admin1:
            return None
        towns: dict = {}
        for p in places:
            if p.country != area.country or p is area:
                continue
            if getattr(p, "geonameid", None) is None:
                if getattr(p, "precision", None) in ("exact", "part"):
                    return None  # a village the gazetteer lacks (الضباب): it may be there as well
                continue
            if (getattr(p, "feature", None) == "city" and not (getattr(p, "note", None) or "").startswith("countryside")
                    and getattr(p, "admin1", None) == admin1):
                towns.setdefault(p.geonameid, p)  # (منطقة ليجي, region precision, is a town of Diyarbakır too)
        town = next(iter(towns.values())) if len(towns) == 1 else None
        return town if town is not None and getattr(town, "precision", None) in ("exact", "part") else None

    def _held_by_town(self, doc: Document, place):
        """``place`` itself, or, for a name the gazetteer lacks (no GeoNames id, in a known country), the same
        mention mapped to the closest town of that country named within :attr:`_HOST_REACH` words of it in
        its sentence, after it first ("قرب مطار النيرب العسكري شرق حلب": Aleppo), else before it (a town or a
        neighbourhood resolved to its town), at precision ``part``: the guidelines give such a place the id of
        the closest containing populated place."""
        if (place is None or getattr(place, "geonameid", None) is not None or getattr(place, "feature", None) != "city"
                or getattr(place, "precision", None) != "exact" or not getattr(place, "country", None)):
            return place
        sent = next((s for s in doc.sentences if s.start <= place.start < s.end), None)
        if sent is None:
            return place
        # (or a division named after its town, which stands for it: "بمركز السوق بمحافظة خميس مشيط")
        towns = [q for q in doc.places if q.geonameid is not None and q.feature == "city" and q.lat is not None
                 and q.precision in ("exact", "part", "region") and q.country == place.country
                 and getattr(q, "note", None) != "governorate"
                 and sent.start <= q.start and q.end <= sent.end and (q.end <= place.start or q.start >= place.end)]
        # (not a sibling of a list: "منها الفحيمي والزاوية ثم الصكرة والريحانة"، "في بلدتي نبل والزهراء"; a town
        # after a list holds it: "في منطقة الدمنة والحوبان ومدينة الصالح شرقي المدينة")
        after = [q for q in towns if q.start >= place.end and self._holds(doc.raw[place.end:q.start])
                 and not self._list_item(doc.raw, q.start)]
        before = [q for q in towns if q.end <= place.start and self._holds(doc.raw[q.end:place.start])
                  and not self._list_item(doc.raw, place.start)
                  and not any(_joins_list(w) for w in _gap_words(doc.raw[q.end:place.start]))]
        town = min(after, key=lambda q: q.start) if after else max(before, key=lambda q: q.end) if before else None
        if town is None:
            town = self._story_town(doc, place)
        if town is None:
            return place
        return replace(place, geonameid=town.geonameid, name=town.name, admin1=town.admin1, lat=town.lat,
                       lon=town.lon, precision="part", note=(place.note or "not in gazetteer") + ", by " + str(town.name))

    @staticmethod
    def _story_town(doc: Document, place):
        """For a name the gazetteer lacks with no town tying it in its sentence ("مسجد «الفيض الحاتمي» في منطقة
        نقم، بشرق العاصمة" after "صنعاء"، "مناطق جعولة وبير أحمد" in a story set in Aden): the one town of its
        country the story names from two sentences before it to the sentence after it (a GeoNames town named with
        exact or part precision; not a governorate, the countryside around a town or a base), else None: none when
        the window names several towns (the story moves between them) or its own sentence names one (one that does
        not tie it is of another clause). The guidelines give a place GeoNames lacks the id of the closest populated
        place that holds it; the one town the story is in just then is the best guess the text gives (in 3,000
        SaudiNewsNet articles it moves 30 events, about half of them into the town that holds the place)."""
        sents = doc.sentences
        k = next((i for i, s in enumerate(sents) if s.start <= place.start < s.end), None)
        if k is None:
            return None
        lo, hi = sents[max(0, k - 2)].start, sents[min(len(sents) - 1, k + 1)].end
        towns = [q for q in doc.places if q.geonameid is not None and q.feature == "city" and q.lat is not None
                 and q.precision in ("exact", "part") and q.country == place.country
                 and (q.note or "") != "governorate" and not (q.note or "").startswith(("countryside", "base"))
                 and lo <= q.start and q.end <= hi and (q.end <= place.start or q.start >= place.end)]
        if any(sents[k].start <= q.start < sents[k].end for q in towns):
            return None  # a town of another clause of its sentence does not hold it ("بينما قصفت ... بلدة بيت جن")
        if len({q.geonameid for q in towns}) != 1:
            return None  # no town, or several: the story moves between them, and which holds the place is a guess
        return towns[0]

    @staticmethod
    def _chained(doc: Document, a, b) -> bool:
        """Is place ``b`` named right after ``a`` as its division, its setting or its reference point (at most
        two words between: "يريم بمحافظة إب، وسط اليمن"، "داماتورو مركز ولاية يوبي"), not as the next of a list
        (و، أو، ثم)?"""
        words = _gap_words(doc.raw[a.end:b.start])
        return len(words) <= 2 and not any(_joins_list(w) for w in words)

    def _against(self, doc: Document, place) -> bool:
        """Is ``place`` a country named right after ضد ("ضد الولايات المتحدة الأمريكية وحلفائها")?"""
        if getattr(place, "precision", None) != "country":
            return False
        k = _tok_range(self._local.tok_starts, place.start, place.end)[0]
        toks = doc.tokens
        return k >= 1 and toks[k - 1].kind == "word" and toks[k - 1].norm == "ضد"

    def _speaker_seat(self, doc: Document, places, actor):
        """The town named inside the speaker's (or a court's) own name after its first word, as the genitive of
        the body or office it holds ("خطيب جمعة النجف"، "محكمة استئناف طرابلس"، "شرطة تبوك"): where that speaker
        speaks, when the clause names no town of its own; None when there is none (a name that is all place,
        "الكويت", is a state, not a seat)."""
        if actor is None:
            return None
        toks, starts = doc.tokens, self._local.tok_starts

        def governed(p) -> bool:
            # a town after a preposition inside the name is not its seat: "سفيرها في طهران" (the ambassador to
            # Tehran), "السفير الأمريكي لدى سيول"، "بطهران"
            k = _tok_range(starts, p.start, p.end)[0]
            return bool({"ب", "ل"} & set(toks[k].proclitics)) or (k > 0 and _word_in(toks[k - 1], "preposition"))

        return next((p for p in places if actor.start < p.start and p.end <= actor.end and not governed(p)
                     and getattr(p, "precision", None) in ("exact", "part") and getattr(p, "geonameid", None) is not None
                     and getattr(p, "feature", None) == "city"), None)

    def _taken_town(self, doc: Document, place) -> bool:
        """Is ``place`` named as what is taken or freed: right after a takeover word (the "takeover" cues:
        تحرير، استعادة، سيطرة ...), a word for a town or a division between them allowed ("لتحرير مدينة عدن"،
        "استعادة محافظة لحج"; its type word may be part of the place's own span)?"""
        from ..geo.places import cue_words

        toks, K = doc.tokens, self._local.K
        k = _tok_range(self._local.tok_starts, place.start, place.end)[0]
        kinds = cue_words()
        types = set(kinds.get("settlement", {})) | set(kinds.get("admin", {}))
        m = k - 1
        if toks[k].kind == "word" and toks[k].norm in types:
            pass  # "مدينة عدن" as one place: the word before it
        elif m >= 0 and toks[m].kind == "word" and toks[m].norm in types:
            m -= 1
        return m >= 0 and toks[m].kind == "word" and bool(set(K[m]) & _cues("takeover"))

    @staticmethod
    def _opening_place(doc: Document, clause_places: list, cs: int, head):
        """The place the clause at token ``cs`` opens with, before the deed's word ``head``: في or ب (و first), at
        most one word for a kind of place (مدينة، مديرية، محافظة) and the name, the first thing in the clause ("وفي
        مديرية لودر بذات المحافظة نصبت المقاومة كمينا"، "بمدينة سجنان ... القيام بعملية"), else None."""
        toks = doc.tokens
        p = clause_places[0] if clause_places else None
        if p is None or p.start >= head.start or getattr(p, "precision", None) == "country":
            return None
        words = fold_key(doc.raw[toks[cs].start:p.start]).split()
        kinds = _opening_place_words()
        if not words or len(words) > 2:
            return None
        first = words[0].removeprefix("و") if len(words[0]) > 1 else words[0]
        if first in ("في", "فى", "ب"):
            rest = words[1:]
        elif first[:1] == "ب" and len(words) == 1:
            rest = [first[1:]]  # "بمدينة سجنان"
        else:
            return None
        return p if not rest or (len(rest) == 1 and rest[0] in kinds) else None

    @staticmethod
    def _fronted(doc: Document, sent_places: list, s0: int, cs: int):
        """The place a sentence opens with, before a comma that the clause at token ``cs`` follows ("وفي محافظة
        عدن، سيطرت"), else None."""
        toks = doc.tokens
        if cs <= s0:
            return None
        for p in sent_places:
            if p.end > toks[cs].start:
                break
            head = fold_key(doc.raw[toks[s0].start:p.start]).split()
            tail = doc.raw[p.end:toks[cs].start].strip()
            if len(head) <= 1 and "".join(head) in ("", "في", "وفي", "ب", "وب") and tail in ("،", ","):
                return p
        return None

    def _across_border(self, doc: Document, place) -> bool:
        """Is ``place`` a country named right after مع that follows a word for a border within three words ("قرب
        الحدود مع العراق"، "الحدود المشتركة مع سوريا"; data: the "border" cues of event_cues.tsv)?"""
        if getattr(place, "precision", None) != "country":
            return False
        return _border_with(doc.tokens, _tok_range(self._local.tok_starts, place.start, place.end)[0])

    def _held_from(self, doc: Document, draft: Draft, cands: list[Cand], s0: int, s1: int,
                   actor: Cand | None) -> Cand | None:
        """The side a place was taken from, for a takeover (a trigger word in the "takeover" cues: سيطر، حرر،
        استعاد ...): the party right after "من" following the trigger within twelve words ("استعادة المحافظة من
        تنظيم داعش"), or after a word for hands or control after من or في in the sentence ("تحريرها من قبضة
        الميليشيات"، "والتي كانت في ايدي المتمردين الحوثيين"; the "held_by" cues). Not "من قبل" (by), a place,
        the doer or its members."""
        toks = doc.tokens
        takeover = _cues("takeover")
        # (the trigger itself, or the aim of an attack right after it: "هجوما واسعا لاستعادة قاعدة العند")
        start = min(f.i for f in draft.triggers)
        trig = [k for k in range(start, min(s1, start + 6)) if toks[k].kind == "word" and (
            toks[k].stem in takeover or toks[k].norm in takeover
            or (toks[k].norm[:1] in ("و", "ف", "ل") and toks[k].norm[1:] in takeover))]
        if not trig:
            return None
        held_by = _cues("held_by")

        def party_at(k: int) -> Cand | None:
            c = next((c for c in cands if c.tok_start == k and c.tok_end <= s1 and c.kind != "nationality"), None)
            if c is None or self._is_place(doc, c) or (actor is not None and (
                    c.start == actor.start or self._members_of(doc, c, actor) or self._members_of(doc, actor, c))):
                return None
            if any(p.start <= c.start < p.end for p in getattr(doc, "places", None) or ()):
                return None  # "من مدينة عدن": a place
            return c

        first = trig[0]
        for k in range(s0, s1 - 1):
            if toks[k].kind != "word":
                continue
            if toks[k].norm == "من" and first < k <= first + 12 and toks[k + 1].kind == "word" \
                    and toks[k + 1].norm != "قبل":
                c = party_at(k + 1)
                if c is not None and (_armed(c) or c.kind == "actor"):
                    return c
            if toks[k].norm in ("من", "في", "بين") and k + 2 < s1 and toks[k + 1].kind == "word" \
                    and toks[k + 1].norm in held_by:
                c = party_at(k + 2)
                if c is not None:
                    return c
        return None

    def _border_of(self, doc: Document, c: Cand) -> bool:
        """Is ``c`` the country a border belongs to: named after مع that follows a word for a border within three
        words ("قرب الحدود مع سوريا"، "على الحدود مع تركيا"), or right after that word ("القريبة من الحدود
        السورية")? Such a country locates the deed; it is not whom the deed was done to."""
        toks = doc.tokens
        k = c.tok_start
        return (k >= 1 and toks[k - 1].kind == "word" and toks[k - 1].stem in _cues("border")) or _border_with(toks, k)

    def _from_inside(self, doc: Document, place) -> bool:
        """Is ``place`` a country named after "من داخل" (from inside: "لقذائف عسكرية كثيفة من داخل الأراضي
        اليمنية"), or its territory after "من" ("دمرت بؤرا وخطوط إمداد من الأراضي الأردنية"), where the fire or
        the supplies came from?"""
        if getattr(place, "precision", None) != "country":
            return False
        k = _tok_range(self._local.tok_starts, place.start, place.end)[0]
        toks = doc.tokens
        return (k >= 2 and toks[k - 1].norm == "داخل" and toks[k - 2].norm == "من") or (
            k >= 1 and getattr(place, "note", None) == "territory" and toks[k - 1].kind == "word"
            and toks[k - 1].norm == "من")

    def _aside(self, doc: Document, place) -> str | bool:
        """Is ``place`` where someone or something goes (نقله إلى الرياض، تعود إلى قاعدة ديار بكر، زيارته
        لأربيل), comes or is launched from (انطلق القصف من مدينة دجلة، هجوم شنته من عدن) or lives (من مقر
        إقامته في الرياض)? The preposition comes right before the name or before its place-type word (قاعدة،
        مدينة), the verb or noun of motion or residence a few words before the preposition. The answer, when
        yes, is which: place_goal, place_source, place_left (left by a verb of going) or place_residence."""
        k = _tok_range(self._local.tok_starts, place.start, place.end)[0]
        toks, K = doc.tokens, self._local.K
        preps = {"الي": "place_goal", "نحو": "place_goal", "حتي": "place_goal", "من": "place_source",
                 "في": "place_residence"}
        for m in (k, k - 1, k - 2):
            if m < 0 or toks[m].kind != "word":
                return False
            t = toks[m]
            kind = preps.get(t.norm) if m < k else None
            if kind is None and m >= k - 1:
                kind = "place_goal" if "ل" in t.proclitics else "place_residence" if "ب" in t.proclitics else None
            if kind is None:
                if m < k and ("و" in t.proclitics or t.norm in ("و", "او")):
                    return False
                continue
            # the motion noun may head a phrase: "وصول أول سفينة مساعدات غذائية إلى ميناء عدن"
            for c in range(m - 1, max(-1, m - (5 if t.norm == "الي" else 2) - 1), -1):
                if toks[c].kind != "word":
                    break
                left = kind == "place_source" and not set(K[c]) & _cues(kind) and set(K[c]) & _cues("place_goal")
                if set(K[c]) & _cues(kind) or left:
                    # (a verb of motion says where from too: "قالت إنها شحنة هربت من إيران"، "خط أنابيب الغاز
                    # الذي ينقل الغاز من أذربيجان إلى تركيا"; the answer place_left: a flight or a withdrawal
                    # happens where it leaves: "هرب من قاعدة العند")
                    # "فور وصوله إلى سوريا ... قبضوا عليه"، "لدى عودته إلى بغداد": the arrival is the time and
                    # place of what follows
                    if (c > 0 and toks[c - 1].kind == "word" and toks[c - 1].norm in _ON_ARRIVAL
                            and not self._happened_during(toks, c - 1)):
                        return False
                    return "place_left" if left else kind
            return False
        return False

    @staticmethod
    def _happened_during(toks: list[Token], w: int) -> bool:
        """Does a verb of happening or of coming after (وقعت، جرى، جاء، يأتي: the dates lexicon's occurrence and
        pointer words) stand at most two words before the word of time at ``w`` (خلال، أثناء، عقب), in its clause:
        "ووقعت الهجمات خلال زيارة للرئيس النيجيري محمد بخاري إلى واشنطن"، "وجاء الهجوم بعد وصول ..."? The visit or
        the arrival then only dates a deed told before it, which did not happen where the visitor went."""
        from ..dates import lexicon as _date_lexicon

        words = _date_lexicon().words
        happen = set(words.get("occurrence", {})) | (set(words.get("pointer", {})) - {"ذلك"})
        for k in range(w - 1, max(-1, w - 4), -1):
            t = toks[k]
            if t.kind != "word":
                return False
            if t.norm in happen or t.stem in happen or (t.norm[:1] in ("و", "ف") and t.norm[1:] in happen):
                return True
        return False

    def _fought_in(self, doc: Document, place) -> bool:
        """Is ``place`` named right after a verb of fighting and في or ب ("بعضهم حارب في العراق"، "طاجيكستانيين
        يحاربون في سوريا"، "للقتال في سوريا"; data: the "place_fought" cues of event_cues.tsv)?"""
        k = _tok_range(self._local.tok_starts, place.start, place.end)[0]
        toks, K = doc.tokens, self._local.K
        m = k - 1
        if "ب" not in toks[k].proclitics:
            if m < 0 or toks[m].kind != "word" or toks[m].norm != "في":
                return False
            m -= 1
        return m >= 0 and toks[m].kind == "word" and bool(set(K[m]) & _cues("place_fought"))

    def _speaker_title_place(self, doc: Document, place, s0: int, cs: int) -> bool:
        """Is ``place`` named in the words that open the sentence with a verb of saying and its speaker, before the
        "that" (إن، أن، بأن) that opens the clause told ("وقالت زهرة آدم المسؤولة المحلية بقرية الطيوري ... إن ثمانية
        أفراد من القبيلة قتلوا"، "وقال في مؤتمر صحافي في أنقرة، إن التفجير ناجم عن اعتداء انتحاري"): where the
        speaker is or spoke, no evidence that the deed told happened there?"""
        toks, K = doc.tokens, self._local.K
        if cs <= s0 or place.end > toks[cs].start:
            return False
        k = _tok_range(self._local.tok_starts, place.start, place.end)[0]
        words = [m for m in range(s0, min(k, s0 + 6)) if toks[m].kind == "word"][:SPEAKER_OPENING_WORDS]
        if not any(set(K[m]) & self._reporting or (toks[m].norm[:1] == "و" and toks[m].norm[1:] in self._reporting)
                   for m in words):
            return False
        comp = _cues("complementizer")
        if any(t.kind == "word" and t.norm in comp for t in toks[s0:k]):
            return False  # (a place in the words said: "وقال إن القوات في عدن ...")
        return any(t.kind == "word" and t.norm in comp for t in toks[k:cs + 1])

    def _told_from(self, doc: Document, place) -> bool:
        """Is ``place`` where a speaker spoke to the press, named between the speech verb and what was said ("وقال
        امام الصحافيين في انقرة «إن ... التفجير ناجم عن اعتداء انتحاري»"، "وقال اردوغان للصحفيين في اسطنبول إن"):
        the press (data: the "press_audience" cues of event_cues.tsv) + في + the town at most three words after the
        verb, the words said (إن، أن، a quote mark, a colon) at most three words after the town?"""
        toks, K = doc.tokens, self._local.K
        k, e = _tok_range(self._local.tok_starts, place.start, place.end)
        if k < 2 or toks[k - 1].kind != "word" or toks[k - 1].norm not in ("في", "فى"):
            return False
        if toks[k - 2].kind != "word" or not set(K[k - 2]) & _cues("press_audience"):
            return False  # (not "وقالت مصادر محلية في شبوة بأن ...": sources in a town often tell of it)
        if not any(toks[c].kind == "word" and set(K[c]) & self._reporting
                   and all(t.kind == "word" and t.norm not in ("ان", "انه", "انها") for t in toks[c + 1:k - 1])
                   for c in range(max(0, k - 5), k - 1)):
            return False
        for t in toks[e:e + 4]:
            if t.text in ("«", '"', ":", "“") or (t.kind == "word" and t.norm in ("ان", "انه", "انها")):
                return True
            if t.kind != "word":
                return False
        return False

    def _places_in(self, places, doc: Document, a: int, b: int):
        lo, hi = doc.tokens[a].start, doc.tokens[b - 1].end
        return [p for p in places if lo <= p.start and p.end <= hi]

    @staticmethod
    def _holder_of(doc: Document, q, p) -> bool:
        """Is place ``p`` named right after place ``q`` as what holds it ("منطقة كرش بلحج"، "منطقة يريم في اب"): only
        ب or في between them, ``q`` a town (resolved or not) or a town's area, ``p`` a different place of its country?"""
        if p.start < q.end or getattr(q, "feature", None) not in ("city", None) or _place_key(p) == _place_key(q):
            return False
        if getattr(q, "country", None) != getattr(p, "country", None):
            return False
        gap = doc.raw[q.end:p.start]
        if "\n" in gap:
            return False
        # (a glued ب is left between them: the place "لحج" starts after it)
        return [fold_key(w) for w in _gap_words(gap)] in (["ب"], ["في"], ["فى"])

    def _distance_from(self, doc: Document, p) -> bool:
        """Is place ``p`` named as the point a distance is counted from: من (or عن) right before it (or before its
        place word: "من مدينة موبتي"), a unit of length at most four words before that ("على بعد 640 كلم من باماكو"،
        "تبعد 20 كيلومترا عن الحدود")?"""
        toks = doc.tokens
        k = bisect.bisect_right(self._local.tok_starts, p.start) - 1
        if k < 1:
            return False
        m = k - 1
        if toks[m].kind == "word" and toks[m].norm in _opening_place_words():
            m -= 1  # "من مدينة موبتي"
        if m < 1 or toks[m].kind != "word" or toks[m].norm not in ("من", "عن"):
            return False
        return any(t.kind == "word" and t.norm in _LENGTH_UNITS for t in toks[max(0, m - 4):m])

    def _reference_point(self, doc: Document, p) -> bool:
        """Is place ``p`` named after a direction word (شمال العاصمة صنعاء، شرقي مقديشو), as a reference point
        for a place before it? (Not when joined by و: "على إدلب وشرق حلب" names two places.)"""
        from ..geo.places import cue_words

        toks = doc.tokens
        k = bisect.bisect_right(self._local.tok_starts, p.start) - 1  # the token the place starts in
        if k < 0 or "و" in toks[k].proclitics:
            return False
        if getattr(p, "note", None) in _SIDES and getattr(p, "precision", None) == "part":
            return True
        dirs = cue_words().get("dir", {})
        for back in (1, 2):
            if k - back < 0:
                return False
            t = toks[k - back]
            if t.kind != "word" or "و" in t.proclitics:
                return False
            if t.stem in dirs or t.norm in dirs:
                return True
            if t.stem != "عاصمه":
                return False
        return False

    def _other_event_noun(self, doc: Document, place) -> int | None:
        """The event noun of a back-reference ``place`` is named in: "بعد تفجير سروج"، "عقب هجوم في سوسة"،
        "غداة مجزرة قانا" (after, following + an event noun + the place); None if it is not so named."""
        k = _tok_range(self._local.tok_starts, place.start, place.end)[0]
        toks = doc.tokens
        m = k - 1
        if m >= 0 and toks[m].kind == "word" and toks[m].norm in ("في", "ب"):
            m -= 1
        if m < 1 or toks[m].kind != "word" or not self._event_noun(m):
            return None
        if toks[m - 1].kind == "word" and {toks[m - 1].stem, toks[m - 1].norm} & _cues("after_event"):
            return m
        return None

    def _source_of(self, doc: Document, place) -> bool:
        """Is ``place`` named as a source, right after بحسب / حسب / وفقا ل / نقلا عن?"""
        k = _tok_range(self._local.tok_starts, place.start, place.end)[0]
        toks = doc.tokens
        if k == 0 or toks[k - 1].kind != "word":
            return False
        prev = toks[k - 1]
        if prev.norm == "عن" and k > 1 and toks[k - 2].stem in _cues("source_prep"):
            return True  # "نقلا عن دمشق"
        return bool({prev.stem, prev.norm} & _cues("source_prep"))

    def _capital_as_state(self, doc: Document, place) -> bool:
        """Is ``place`` a national capital named bare, as its government is (بدأت أنقرة، مع انقرة، اتهمت ...
        بيونغيانغ): no proclitic ب/ل/ك on it and no locative word, place noun or preposition of place before it?"""
        if getattr(place, "geonameid", None) not in capitals() or getattr(place, "note", None) is not None:
            return False
        k = _tok_range(self._local.tok_starts, place.start, place.end)[0]
        toks = doc.tokens
        where = _cue_union("locative", "preposition_word", "place_head", "scene_prep")
        if k == 0 or not {"ب", "ل", "ك"}.isdisjoint(toks[k].proclitics) or {toks[k].stem, toks[k].norm} & where:
            return False  # (nor one named after a place noun: "منطقة الرباط" in Lahij)
        j = k - 1
        while j > 0 and toks[j].kind == "punct" and toks[j].text not in ".،,:;":
            j -= 1  # (past a quotation mark: "اتهمت كوريا الجنوبية اليوم الاثنين “بيونغيانغ” بزرع ألغام")
        prev = toks[j]
        if prev.kind != "word" or {prev.stem, prev.norm} & (where | _cue_union("targeted", "hit_place")):
            return False
        # (the object of a word of force is the place it struck: "انفجار ... ضرب أنقرة"، "قصف دمشق")
        return not any(t.type in MATERIAL_TYPES for key in self._K[j] for t in self.lex.words.get(key, ()))

    def _spoken_by(self, doc: Document, place) -> bool:
        """Is ``place``, a national capital, the subject of a verb of saying right before it (وقالت واشنطن،
        أعلنت أنقرة، وأكدت طهران)?"""
        if getattr(place, "geonameid", None) not in capitals():
            return False
        k = _tok_range(self._local.tok_starts, place.start, place.end)[0]
        if k == 0 or not {"ب", "ل", "ك"}.isdisjoint(doc.tokens[k].proclitics):
            return False
        prev = doc.tokens[k - 1]
        forms = {prev.norm, prev.stem} | {f[1:] for f in (prev.norm, prev.stem) if f[:1] in ("و", "ف")}
        return prev.kind == "word" and bool(forms & _speech_forms())

    def _residents_town(self, doc: Document, place) -> bool:
        """Is ``place`` a town named right after a word for its residents (سكان الرقة، أهالي بلدة ...: data: the
        "residents_of" cues of event_cues.tsv)?"""
        if getattr(place, "precision", None) not in ("exact", "part"):
            return False
        k = _tok_range(self._local.tok_starts, place.start, place.end)[0]
        j = k - 1
        if j > 0 and doc.tokens[j].kind == "word" and {doc.tokens[j].stem, doc.tokens[j].norm} & _cues("place_head"):
            j -= 1
        prev = doc.tokens[j] if j >= 0 else None
        return prev is not None and prev.kind == "word" and bool({prev.stem, prev.norm} & _cues("residents_of"))

    def _topic_of(self, doc: Document, place) -> bool:
        """Is ``place`` the genitive of a topic noun (حرب العراق، أزمة سوريا، ملف اليمن)?"""
        k = _tok_range(self._local.tok_starts, place.start, place.end)[0]
        prev = doc.tokens[k - 1] if k > 0 else None
        return (prev is not None and prev.kind == "word" and prev.stem in _cues("topic_of")
                and "ال" not in doc.tokens[k - 1].proclitics)

    def _listed_after(self, doc: Document, places, ce: int, s1: int) -> list:
        """The places listed right after a clause by "منها/ومنها/بينها" (including ...), if any."""
        toks = doc.tokens
        k = ce
        while k < s1 and toks[k].kind == "punct":
            k += 1
        return self._listed_from(doc, places, k, s1)

    def _listed_from(self, doc: Document, places, k: int, s1: int) -> list:
        """The places listed after the word at token ``k`` when it opens a list of the places meant ("منها"،
        "بينها"، "خصوصًا في منطقة"، "لا سيما": list_including), right after it or after في and a place noun."""
        toks = doc.tokens
        if k >= s1 or toks[k].kind != "word":
            return []
        if toks[k].norm in ("لا", "ولا") and k + 1 < s1 and toks[k + 1].norm == "سيما":
            k += 1  # "لا سيما"
        elif toks[k].norm not in ("منها", "ومنها", "بينها", "ومن", "وهي") and toks[k].norm not in _cues("list_including"):
            return []
        after = [p for p in places if toks[k].end <= p.start and p.end <= toks[s1 - 1].end
                 and getattr(p, "precision", None) in ("exact", "part")]
        if not after:
            return []
        gap = [fold_key(w) for w in _gap_words(doc.raw[toks[k].end:after[0].start].replace(":", " "))]
        if gap and not (gap[0] in ("في", "فى") and all(w in _cue_union("list_place_noun", "own_place_noun") for w in gap[1:])
                        or (len(gap) == 1 and gap[0] in _cue_union("list_place_noun", "own_place_noun"))):
            return []
        return self._listed_names(doc, after, s1) or self._coordinated(doc, after, nouns=True)

    def _listed_within(self, doc: Document, places, a: int, ce: int, s1: int) -> list:
        """The places listed inside the clause, from token ``a`` to ``ce``, after a word that opens the places meant
        ("استعادوا أيضا مناطق إلى الشمال من عدن من الحوثيين منها البساتين وقرية الفلاحي"); else nothing."""
        toks = doc.tokens
        for k in range(a, ce):
            if toks[k].kind == "word" and (toks[k].norm in ("منها", "ومنها", "بينها", "وبينها")
                                           or toks[k].norm in _cues("list_including")):
                listed = self._listed_from(doc, [p for p in places if p.end <= toks[ce - 1].end], k, s1)
                if listed:
                    return listed
        return []

    def _between_first(self, doc: Document, p) -> bool:
        """Is place ``p`` the first end of a stretch "بين X وY" (between_places, a dual noun may come first: "بين
        محافظتي"): one place, the road or the station between them, not a list ("بين القدس وتل ابيب")?"""
        k = _tok_range(self._local.tok_starts, p.start, p.end)[0]
        toks = doc.tokens
        words = [fold_key(t.text) for t in toks[max(0, k - 2):k] if t.kind == "word"]
        return bool(words) and (words[-1] in _cues("between_places") or (
            len(words) == 2 and words[0] in _cues("between_places") and words[1].endswith("تي")))

    def _list_tail(self, doc: Document, places, ce: int, s1: int) -> list:
        """The places of the phrases that go on after the clause ending at token ``ce``, each set off by a comma and
        opening with a preposition or a list connector (list_tail_opener, list_additive: "، ضد مواقع المتمردين في
        قاعدة العند الجوية، وفي الحوطة في محافظة لحج، فضلًا عن تعز"), with no verb or event word of its own; the
        first phrase that opens otherwise ends them."""
        toks = doc.tokens
        openers, adds = _cues("list_tail_opener"), _cues("list_additive")
        end = k = ce
        while k < s1 and toks[k].kind == "punct" and toks[k].norm in CLAUSE_PUNCT:
            q = k + 1
            while q < s1 and not (toks[q].kind == "punct" and toks[q].norm in CLAUSE_OR_STOP):
                q += 1
            if q == k + 1 or toks[k + 1].kind != "word":
                break
            first = toks[k + 1]
            bare = first.norm[1:] if first.proclitics[:1] == ("و",) or (first.norm[:1] == "و" and not first.proclitics) else first.norm
            two = " ".join(fold_key(t.text) for t in toks[k + 1:min(q, k + 3)])
            if not (bare in openers or first.norm in openers or "ب" in first.proclitics
                    or any(two.startswith(a + " ") or two == a for a in adds)):
                break
            if any(t.kind == "word" and (self._verb_word(t) or any(self.lex.words.get(key) for key in self._K[m]))
                   for m, t in enumerate(toks[k + 1:q], k + 1)):
                break
            end = k = q
        if end == ce:
            return []
        lo, hi = toks[ce].start, toks[end - 1].end
        return [p for p in places if lo <= p.start and p.end <= hi]

    def _listed_before(self, doc: Document, sent_places: list, best, head, ce: int) -> list:
        """The towns (exact or part) listed together (``_coordinated``) from ``best`` on, when the list ends before
        the trigger ``head`` with at most LISTED_BEFORE_WORDS words between ("X وY وZ، واعتقلت"، "X وY وZ، مبينة
        بأن هناك معارك"), and the clause after the trigger (up to ``ce``) names no place of its own by a place
        noun (own_place_noun rows: "بعد أن تم دحرهم من عدة قرى"، "في محيط منطقة تل جورة الماء"; a noun after a
        demonstrative points back to the list: "تدور حاليا في تلك المنطقة"); else nothing."""
        toks = doc.tokens
        nouns = _cues("own_place_noun")
        if any(toks[k].kind == "word" and toks[k].stem in nouns and not (
                toks[k - 1].kind == "word" and toks[k - 1].norm in _cues("demonstrative"))
               for k in range(head.i + 1, min(ce, len(toks)))):
            return []
        if getattr(best, "precision", None) not in ("exact", "part"):
            return []
        group = self._coordinated(doc, [p for p in sent_places if p.start >= best.start])
        if len(group) < 2 or any(getattr(p, "precision", None) not in ("exact", "part") for p in group):
            return []
        if group[-1].end > head.start:
            return []
        starts = self._local.tok_starts
        between = doc.tokens[bisect.bisect_left(starts, group[-1].end):bisect.bisect_left(starts, head.start)]
        if sum(t.kind == "word" for t in between) > LISTED_BEFORE_WORDS:
            return []
        return group

    def _listed_names(self, doc: Document, after: list, s1: int) -> list:
        """"منها الفحيمي والزاوية ثم الصكرة والريحانة": every name of a list opened by a place, each a place
        of the same country; a name the gazetteer lacks becomes an unresolved place (no geonameid, no
        coordinates) noted as listed with the first."""
        from ..geo.places import Place

        toks = doc.tokens
        starts = self._local.tok_starts
        first = after[0]
        k = bisect.bisect_left(starts, first.start)
        if k >= s1 or toks[k].start != first.start:
            return []
        by_start = {p.start: p for p in after}
        out = [first]
        m = bisect.bisect_left(starts, first.end)
        joined = False  # the item after ثم needs no و
        while m < s1:
            tok = toks[m]
            if tok.kind == "word" and tok.norm == "ثم":
                m += 1
                joined = True
                continue
            if tok.kind != "word" or not (joined or _conjoined(tok)):
                break
            joined = False
            seg = next((x for x in tok.segments if x.kind != "proclitic" or x.form == "ال"), None)
            st = seg.start if seg is not None else tok.start
            known = by_start.get(st) or next((p for p in after if tok.start <= p.start < tok.end), None)
            if known is not None:
                out.append(known)
                m = bisect.bisect_left(starts, known.end)
                continue
            if "ال" not in tok.proclitics or tok.enclitics or self.number_at(tok) is not None:
                break  # a listed village is a name (الزاوية), not a common word
            out.append(Place(st, tok.end, doc.raw[st:tok.end], 0.4, PRODUCER, country=getattr(first, "country", None),
                             precision="exact", note=f"listed with {first.text}; not in the gazetteer"))
            m += 1
        return out if len(out) > 2 else []

    def _coordinated(self, doc: Document, places, nouns: bool = False) -> list:
        """Places listed together (X وY، Z): each is its own event. With ``nouns``, in a list the text opens itself
        (منها), a place noun after و opens an item too ("منها البساتين وقرية الفلاحي")."""
        if len(places) < 2:
            return list(places)
        group = [places[0]]
        for p in places[1:]:
            if p.start < group[-1].end:
                continue  # (a place read inside the last item: كوباني in "عين العرب (كوباني)")
            # "في مدن طنجة (شمال) وبوزنيقة (غرب)": a bracketed side of the country after a town is no break
            gap = _SIDE_NOTE.sub(" ", doc.raw[group[-1].end:p.start])
            words = [w for w in re.split(r"[\s,،]+", gap) if w]
            # "X وY، Z" is a list; "قرية دوما جنوب نابلس" (nothing between) is one place and its setting
            # ("السدة وحزم العديد وأجزاء من منطقة الرضمة": parts of a further place are a further item)
            if ((words and all(w in ("و", "ثم", "او", "،") for w in words)) or gap.strip() in ("،", ",")
                    or _PARTS_OF.match(gap) or _list_item_gap(words)):
                group.append(p)
            elif (middle := PlaceRules._unknown_list_item(doc, group[-1], p)) is not None:
                # "اعتقلت الشرطة ... في طنجة وبوزنيقة وخريبكة": a name the gazetteer lacks between two listed
                # towns is a town of the list too
                group += [middle, p]
            elif len(words) == 1 and words[0][:1] == "و" and fold_key(words[0][1:]) in (_cue_union(
                    "list_place_noun", "own_place_noun") if nouns else _cues("district_noun")):
                # (an administrative division's noun again after و opens the next item of any list: "في قضاء
                # المقدادية وناحية كنعان"، "من ناحية باودش وقضاء البعاج": each division its own)
                group.append(p)
            elif self._list_gap(doc, group[-1], p):
                # "في قاعدة العند الجوية، وفي الحوطة في محافظة لحج، فضلًا عن تعز"، "إلى مأرب شرقي صنعاء وشبوة": an
                # item after what is said of the one before (where it lies), or after an additive connector
                group.append(p)
            elif self._said_of(doc, group[-1], p):
                continue  # "الحوطة في محافظة لحج": where the last item lies, not an item; the list may go on
            else:
                break
        return group

    def _with_unlisted(self, doc: Document, group: list, lo: int, hi: int) -> list:
        """``group`` (places listed together, in order) with the names the gazetteer lacks that the list goes on
        to, before or after them, within raw ``[lo, hi)``: "بتحرير العلم ودوفس والكود وزنجبار وشقرة والعرقوب" has
        one known town (زنجبار); each other item joined to it by و or a comma that the NER reads as a place (or a
        quoted name after a quoted item: بمناطق "المهدية" و"التومة" و"الزوارعة") is an unresolved place of the same
        country (a name the list opens with, not joined, is taken when it is such a place too)."""
        from ..geo.places import Place
        from ..glue import default_vocabulary

        if not group or getattr(doc, "entities", None) is None:
            return group
        vocab = default_vocabulary()
        toks = doc.tokens
        starts = self._local.tok_starts
        locs = [(e.start, e.end) for e in doc.entities if e.label == "LOC"]
        known = [p for p in (getattr(doc, "places", None) or ()) if lo <= p.start < hi]
        country = next((getattr(p, "country", None) for p in group if getattr(p, "country", None)), None)
        bad = _cue_union("locative", "list_place_noun", "own_place_noun", "direction")

        def name(k: int, quoted: bool):
            """The unknown name at token ``k`` (its و set aside): (start, end, next token) or None."""
            if not (0 <= k < len(toks)) or toks[k].kind != "word" or not lo <= toks[k].start < hi:
                return None
            t = toks[k]
            if t.enclitics or any(ch.isdigit() for ch in t.text) or self.number_at(t) is not None:
                return None
            seg = next((x for x in t.segments if x.kind != "proclitic" or x.form == "ال"), None)
            st = seg.start if seg is not None else t.start
            if t.norm[:1] == "و" and not t.proclitics and st == t.start:
                st += 1
            if any(st <= p.start < t.end or p.start <= st < p.end for p in known):
                return None  # a known place: the list's own business
            key = fold_key(doc.raw[st:t.end])
            if key in bad or len(key) < 3 or vocab.count(key) >= UNLISTED_NAME_COUNT or self._verb_word(t) \
                    or any(self.lex.words.get(key) for key in self._K[k]):
                return None  # (a frequent word is no village the gazetteer lacks: "وأسفر" read as a place)
            loc = next(((a, b) for a, b in locs if a <= st < b), None)
            if loc is not None:
                end, m = t.end, k + 1
                while m < len(toks) and toks[m].kind == "word" and toks[m].end <= loc[1] and m - k < 3:
                    end, m = toks[m].end, m + 1
                return st, end, m
            if quoted and k + 1 < len(toks) and toks[k + 1].kind == "punct" and toks[k + 1].norm in _CLOSING_QUOTES:
                return st, t.end, k + 1
            return None

        def place(st: int, en: int, near):
            return Place(st, en, doc.raw[st:en], 0.4, PRODUCER, country=country, precision="exact",
                         note=f"listed with {near.text}; not in the gazetteer")

        out = list(group)
        # after the last item: "وشقرة والعرقوب"، و"التومة"
        k = _tok_range(starts, out[-1].start, out[-1].end)[1]
        while True:
            quoted = False
            if k < len(toks) and toks[k].kind == "punct" and toks[k].norm in _CLOSING_QUOTES:
                k += 1
                quoted = True
            if k >= len(toks):
                break
            if toks[k].kind == "punct" and toks[k].norm == ",":
                k += 1
            elif toks[k].kind == "word" and toks[k].norm == "و":
                k += 1
            elif not (toks[k].kind == "word" and _conjoined(toks[k])):
                break
            if k < len(toks) and toks[k].kind == "punct" and toks[k].norm in ('"', "«", "“", "'"):
                k += 1
            else:
                quoted = False
            got = name(k, quoted)
            if got is None:
                break
            out.append(place(got[0], got[1], out[-1]))
            k = got[2]
        # before the first: "العلم ودوفس والكود وزنجبار" (an item joined by و, then the one before it)
        k = _tok_range(starts, out[0].start, out[0].end)[0]
        while 0 < k and (_conjoined(toks[k]) or (toks[k - 1].kind == "word" and toks[k - 1].norm == "و")):
            m = k - 1 if _conjoined(toks[k]) else k - 2
            got = name(m, False)
            if got is None or got[2] != k - (0 if _conjoined(toks[k]) else 1):
                break
            out.insert(0, place(got[0], got[1], out[0]))
            k = m
        return out

    # how many words an apposition of a listed place may run to before "، وفي"/"، فضلا عن" and the next item
    # ("في قندهار مهد حركة التمرد، وفي ولاية لوغار")
    APPOSITION_WORDS = 4

    def _gap_items(self, doc: Document, a, b) -> list[str] | None:
        """The folded words between places ``a`` and ``b`` (commas kept as "،", each place inside the gap as
        "\x00", bracketed sides of the country dropped), after what is said of ``a``: the place that holds it or
        that it lies off (في/ب + a place, a direction + a place, a place right after it); None across a line."""
        raw = doc.raw
        if "\n" in raw[a.end:b.start]:
            return None
        inner = sorted((p.start, p.end) for p in (getattr(doc, "places", None) or ())
                       if a.end <= p.start and p.end <= b.start)
        pieces, pos = [], a.end
        for st, en in inner:
            if st < pos:
                continue
            pieces += [raw[pos:st], " \x00 "]
            pos = en
        pieces.append(raw[pos:b.start])
        words = [w if w == "\x00" else "،" if w in ",،" else fold_key(w)
                 for w in _GAP_ITEM.findall(_SIDE_NOTES.sub(" ", "".join(pieces)))]
        dirs = _cues("direction")
        i = 0
        while i < len(words):
            if words[i] == "\x00":
                i += 1
            elif i + 1 < len(words) and words[i + 1] == "\x00" and (words[i] in ("في", "فى", "ب") or words[i] in dirs):
                i += 2
            else:
                break
        return words[i:]

    def _said_of(self, doc: Document, a, b) -> bool:
        """Is place ``b`` said of the listed place ``a`` before it, as what holds it or a reference point ("الحوطة في
        محافظة لحج"، "مأرب شرقي صنعاء"، "قرية دوما جنوب نابلس"): nothing but في/ب or a direction word between?"""
        words = self._gap_items(doc, a, b)
        return words is not None and (words == [] or (len(words) == 1 and (words[0] in ("في", "فى", "ب")
                                                                           or words[0] in _cues("direction"))))

    def _list_gap(self, doc: Document, a, b) -> bool:
        """Do the words between places ``a`` and ``b``, once what is said of ``a`` is set aside (``_gap_items``), join
        ``b`` to ``a`` as the next item of a list: و or a comma, و and the preposition again ("، وفي"), or an
        additive connector (list_additive: "فضلًا عن"، "بالإضافة إلى"، "وكذلك في"), with a place noun or not; the
        strong connectors also after a short apposition of ``a`` set off by a comma ("قندهار مهد حركة التمرد، وفي
        ولاية لوغار")? Not when ``b`` opens a clause of its own ("وفي دمشق قتل ثلاثة")."""
        words = self._gap_items(doc, a, b)
        if not words:
            return False
        if all(w in ("و", "ثم", "،") for w in words):  # (not أو: "عين العرب أو كوباني" names one town twice)
            return "،" not in words or self._item_alone(doc, b)
        strong = self._strong_joiner(words)
        if not strong and "،" in words:
            k = max(i for i, w in enumerate(words) if w == "،")
            head = words[:k]
            if 0 < len(head) <= self.APPOSITION_WORDS and "،" not in head and "\x00" not in head \
                    and not any(w[:1] == "و" and len(w) > 1 for w in head):
                strong = self._strong_joiner(words[k + 1:])
        return strong and self._item_alone(doc, b)

    @staticmethod
    def _strong_joiner(words: list[str]) -> bool:
        """Words that open a further item of a place list: "وفي" (and a place noun), or an additive connector
        (list_additive), then a preposition or a place noun or not ("فضلا عن"، "بالاضافه الي مدينه"، "وكذلك في")."""
        while words and words[0] == "،":
            words = words[1:]
        if not words:
            return False
        if words[0] in ("وفي", "وفى") or words[:2] in (["و", "في"], ["و", "فى"]):
            rest = words[1:] if words[0] != "و" else words[2:]
        else:
            adds = _cues("list_additive")
            n = next((n for n in (3, 2, 1) if " ".join(words[:n]) in adds), 0)
            if not n:
                return False
            rest = words[n:]
            if rest[:1] in (["في"], ["فى"], ["الي"], ["علي"], ["ب"]):
                rest = rest[1:]
        nouns = _cue_union("list_place_noun", "own_place_noun")
        return rest == [] or (len(rest) == 1 and rest[0] in nouns)

    def _item_alone(self, doc: Document, b) -> bool:
        """Does place ``b`` end its item: no verb or event word after it up to the end of its clause ("، وفي دمشق
        قتل ثلاثة" fronts another clause's place)?"""
        toks = doc.tokens
        k = _tok_range(self._local.tok_starts, b.start, b.end)[1]
        for m in range(k, min(len(toks), k + 12)):
            t = toks[m]
            if t.kind == "punct" and t.norm in CLAUSE_OR_STOP:
                return True
            if t.kind == "word" and (self._verb_word(t) or any(self.lex.words.get(key) for key in self._K[m])):
                return False
        return True

    @staticmethod
    def _unknown_list_item(doc: Document, prev, nxt):
        """The one word between two listed places in "X وW وY" (or "X، W وY"): a name with no enclitic, no
        number and no place noun (not "حلب والقرى وإدلب"), as an unresolved place of the first's country;
        else None."""
        from ..geo.places import Place

        gap = doc.raw[prev.end:nxt.start]
        # (a bracketed side of the country after each town is no item: "طنجة (شمال) وبوزنيقة (غرب) وخريبقة")
        sides = [(prev.end + m.start(), prev.end + m.end()) for m in _SIDE_NOTES.finditer(gap)]
        if not re.fullmatch(r"\s*(?:و|،\s*)\S+\s+و", _SIDE_NOTES.sub(" ", gap).strip(" ")):
            return None
        toks = [t for t in doc.tokens if prev.end <= t.start and t.end <= nxt.start and t.kind == "word" and t.norm != "و"
                and not any(a <= t.start < b for a, b in sides)]
        if len(toks) != 1:
            return None
        tok = toks[0]
        if (tok.enclitics or any(ch.isdigit() for ch in tok.text) or tok.stem in _cue_union("locative", "list_place_noun")
                or len(tok.stem) < 3):
            return None
        seg = next((x for x in tok.segments if x.kind != "proclitic" or x.form == "ال"), None)
        st = seg.start if seg is not None else tok.start
        if tok.norm[:1] == "و" and not tok.proclitics and st == tok.start:
            st += 1
        return Place(st, tok.end, doc.raw[st:tok.end], 0.4, PRODUCER, country=getattr(prev, "country", None),
                     precision="exact", note=f"listed with {prev.text}; not in the gazetteer")

    def _dual_pair(self, doc: Document, places, cs: int, ce: int) -> list:
        """"سيطرت على منطقتي السدة وحزم العديد"، "تعرضت قرى محافظتي الطوال والحرث": a dual place noun names
        exactly two places, the name after it and the one joined by و after that; a name the gazetteer
        lacks becomes an unresolved place of the other's country (else the article's). Not the two places
        a border or a road runs between (بين محافظتي المدية وعين الدفلى), nor two it serves (لمحافظتي تعز وإب)."""
        from ..geo.places import Place

        toks = doc.tokens
        duals = _cues("dual_place")
        for k in range(cs, min(ce, len(toks)) - 2):
            tok = toks[k]
            if (tok.kind != "word" or tok.stem not in duals or tok.enclitics != ("ي",) or "ل" in tok.proclitics
                    or (k > cs and toks[k - 1].norm in ("بين", "وبين"))):
                continue
            m = k + 1
            while m < ce and toks[m].kind == "punct" and toks[m].text in "«\"'(":
                m += 1
            # the first name: one or two words up to the word joined by و
            n = m
            while n < ce and n < m + 3 and toks[n].kind == "word" and not (n > m and _conjoined(toks[n])):
                n += 1
            if n == m or n - m > 2 or n >= ce or toks[n].kind != "word" or not _conjoined(toks[n]):
                continue
            # the second: the word after و, and a second word with the article that is no dual or plural
            # adjective (حزم العديد; not "الوهط وصبر التابعتين")
            e = n + 1
            if (e < ce and toks[e].kind == "word" and toks[e].proclitics == ("ال",) and not toks[e].enclitics
                    and not toks[e].norm.endswith(("تين", "يين", "ين", "ان")) and self.number_at(toks[e]) is None):
                e += 1
            if any(self.number_at(toks[x]) is not None or any(c.isdigit() for c in toks[x].text) for x in range(m, e)):
                continue
            spans = [(toks[m].start, toks[n - 1].end), (toks[n].start + 1, toks[e - 1].end)]  # after و
            known = [next((p for p in places if a <= p.start < b or p.start <= a < p.end), None) for a, b in spans]
            country = next((getattr(p, "country", None) for p in known if p is not None and getattr(p, "country", None)),
                           None) or self._doc_country
            out = []
            for (a, b), p in zip(spans, known):
                if p is None:
                    if any(toks[x].enclitics[-1:] in (("ها",), ("هم",), ("هما",)) for x in range(m, e)):
                        break
                    p = Place(a, b, doc.raw[a:b], 0.4, PRODUCER, country=country, precision="exact",
                              note="one of two after a dual place noun; not in the gazetteer")
                out.append(p)
            if len(out) == 2 and out[0] is not out[1]:
                return out
        return []
