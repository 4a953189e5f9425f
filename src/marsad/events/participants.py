"""Who did what to whom: the doers and targets of deeds, their names, titles and countries.

A mixin of :class:`marsad.events.extract.EventExtractor` (its rules read the extractor's tables through ``self``)."""
from __future__ import annotations

import bisect
from bisect import bisect_left as _bisect_left, bisect_right as _bisect_right
import operator
from dataclasses import replace

from ..document import Document, Token
from ..geo.places import _nisba_country_any
from .model import Event, Participant
from .common import (Cand, Draft, IMPLIED_STATE_COERCION, IMPLIED_STATE_FORCE, LAM_GAP, NON_STATE_ARMED, PEOPLE,
    PRODUCER, SPEECH_TYPES, US_COALITION_THEATRES, _capital_ids, _conjoined, _countries, _cue_union, _cues,
    _word_in, fold_key)
from .merging import (_armed, _armed_agent, _attack_told_at, _border_with, _fold, _international, _list_placed,
    _local_agent, _object_phrase_end, _same_name, _same_text, _side, _tok_range)
from .summary import summarize


class ParticipantRules:
    @staticmethod
    def _quoted_name(toks: list[Token], i: int, s0: int, s1: int) -> bool:
        """A noun opening a quoted name of two or three words («اللقاء الديمقراطي»، «درع الوطن»)."""
        if i == s0 or toks[i - 1].norm != '"' or toks[i].kind != "word":
            return False
        close = next((k for k in range(i + 1, min(s1, i + 4)) if toks[k].norm == '"'), None)
        if close is not None and "ال" not in toks[i].proclitics and "ال" not in toks[i + 1].proclitics:
            return False  # "عن «هدنة إنسانية»"، "وجهوا «ضربات قاسية»": a noun and its adjective, both indefinite, quoted
        return close is not None and close - i >= 2 and all(toks[k].kind == "word" for k in range(i, close))

    def _quoted_outlet(self, doc: Document, a: int, b: int) -> bool:
        """Is the name in tokens ``a``..``b`` a paper told to or that learned the news: quoted right after لـ a few
        words after a statement verb ("وقال في تصريح خاص لـ»المدينة»"، "أكد لـ"الوطن" أن") or right after a verb of
        learning ("outlet_learned": "وعلمت «المدينة» أن")? A paper named as the source takes no part in what it
        reports (not "مواقع لـ«داعش»": no statement before it, no article)."""
        toks = doc.tokens
        if not (2 <= a and b < len(toks) and toks[a - 1].kind == "punct" and toks[a - 1].norm == '"'
                and toks[b].kind == "punct" and toks[b].norm == '"' and b - a <= 3):
            return False
        prev = toks[a - 2]
        if prev.kind == "word" and _word_in(prev, "outlet_learned"):
            return True
        if not (prev.kind == "word" and prev.norm == "ل" and toks[a].proclitics[-1:] == ("ال",)):
            return False  # (a paper's name has the article: الوطن، المدينة، الشرق الأوسط; not "الموالية لـ"هادي"")
        at = self._local.speech_at
        n = bisect.bisect_left(at, a - 2)
        return bool(n) and a - 2 - at[n - 1] <= 8

    @staticmethod
    def _heads_of(doc: Document, cands: list[Cand]) -> list[Cand]:
        """A title in the construct state right before a body is one person, the head of that body: "رئيس
        مجلس النواب العراقي" is the speaker of parliament (Iraq, of the body's sector), not a president and a
        parliament. The candidates keep their order."""
        by_start = {c.tok_start: c for c in cands if c.kind == "actor"}
        merged: dict[int, Cand] = {}  # id of the title -> the title and the body as one
        dropped: set[int] = set()  # ids of the bodies taken into a title
        toks = doc.tokens
        for prev in cands:
            c = by_start.get(prev.tok_end)
            if c is None or prev.kind != "actor" or id(c) in dropped or id(prev) in dropped:
                continue
            head = toks[prev.tok_start]
            if ((prev.tok_end - prev.tok_start == 1 or (prev.tok_end - prev.tok_start == 2
                                                         and not toks[prev.tok_start + 1].proclitics))
                    # (one word, or two with an indefinite second: "أمين عام الجامعة العربية")
                    and ((prev.code or "").startswith("~") or not prev.country)
                    and not head.proclitics and not head.enclitics and head.stem in _cues("head_title")
                    # (the body in the genitive, with no clitic but the article: not "حاجز رئيس للحوثيين",
                    # a main checkpoint of the Houthis, nor a second party after و)
                    and c.sector and toks[c.tok_start].proclitics in ((), ("ال",))):
                merged[id(prev)] = replace(c, start=prev.start, text=doc.raw[prev.start:c.end], tok_start=prev.tok_start)
                dropped.add(id(c))
        if not merged:
            return cands
        return [merged.get(id(c), c) for c in cands if id(c) not in dropped]

    @staticmethod
    def _main_adjective(doc: Document, a: int) -> bool:
        """Is "الرئيس" at token ``a`` the adjective "main" of the definite noun before it (المعقل الرئيس، الهدف
        الرئيس; not "استقبل الأمير الرئيس الفرنسي", after a title), or "رئيس" of an indefinite one (حاجز رئيس
        للحوثيين)?"""
        toks = doc.tokens
        tok, prev = toks[a], toks[a - 1] if a > 0 else None
        if (tok.kind == "word" and tok.stem in ("رءيس", "رءيسي") and not tok.proclitics and not tok.enclitics
                and prev is not None and prev.kind == "word" and not prev.proclitics and not prev.enclitics
                and a + 1 < len(toks) and (toks[a + 1].kind == "punct" or toks[a + 1].proclitics[:1] == ("ل",))):
            # "حاجز رئيس للحوثيين"، "مصدر رئيس.": indefinite, after an indefinite noun and before a ل or the
            # clause's end, "main" again
            named = list(getattr(doc, "actors", None) or ()) + list(doc.entities)
            return not any(m.start <= prev.start < m.end for m in named)
        if tok.kind != "word" or tok.stem not in ("رءيس", "رءيسي") or tok.proclitics != ("ال",) or prev is None:
            return False
        if not (prev.kind == "word" and prev.proclitics[-1:] == ("ال",) and not prev.enclitics):
            return False
        named = list(getattr(doc, "actors", None) or ()) + list(doc.entities)
        return not any(m.start <= prev.start < m.end for m in named)

    def _titled_person(self, doc: Document, d: Draft, cands: list[Cand], actor: Cand) -> int | None:
        """The token end of the person's name (a PERS entity) that closes the title ``actor`` opens right after a
        statement verb ("وندد الموفد الخاص للامم المتحدة في الصومال نيكولاس كاي"): at most twelve words on, with
        no punctuation but quotes and abbreviation dots, no verb and no other person between; None else. Not for
        a meeting, whose other side may be the person after the title ("استقبل الرئيس ... الوزير فلان")."""
        toks = doc.tokens
        head = min(f.i for f in d.triggers)
        if d.type not in SPEECH_TYPES or d.type in ("CONSULT", "REQUEST") or actor.kind not in ("actor", "entity"):
            # (nor a call: one speaker's calls to addressees no table knows are told apart only while the title
            # and the bare name stand for two speakers, "دعا رئيس لجنة ... الدكتور هادي بن علي اليامي جميع هيئات"
            # and "وطالب الدكتور اليامي ... الهيئات المسؤولة": the gold codes two calls, the merge would join them)
            return None
        if not (head < actor.tok_start <= head + 2 and actor.tok_end - actor.tok_start <= 2):
            return None
        ents = [e for e in getattr(doc, "entities", ()) or () if e.label == "PERS"]
        if any(e.start < actor.end and actor.start < e.end for e in ents):
            return None  # the actor is a person named already
        nxt = toks[actor.tok_end] if actor.tok_end < len(toks) else None
        if nxt is None or nxt.kind != "word" or not (
                _word_in(nxt, "title") or _word_in(nxt, "office_head") or nxt.proclitics[:1] in (("ل",), ("ب",))
                or nxt.norm == "في" or (actor.tok_end - actor.tok_start == 1 and (
                    _word_in(toks[actor.tok_start], "title") or _word_in(toks[actor.tok_start], "office_head")))):
            # the title goes on with another title, a party it serves (ل، ب، في) or the genitive or adjective of
            # a title word; not a noun that opens the object ("هددت السلطات الإيرانية عائلة ...")
            return None
        lo, hi = actor.end, toks[min(len(toks) - 1, actor.tok_end + 12)].end
        e = min((e for e in ents if lo <= e.start and e.end <= hi), key=lambda e: e.start, default=None)
        if e is None:
            return None
        if any(c.kind == "actor" and e.start <= c.start < e.end for c in cands):
            return None  # a party the tables know ("الشيخ عبدالله بن زايد"، "اردوغان"): the usual choice stands
        end = next((k for k in range(actor.tok_end, len(toks)) if toks[k].end >= e.end), None)
        if end is None or toks[end].end != e.end:
            return None
        for j in range(actor.tok_end, end + 1):
            tk = toks[j]
            if tk.start >= e.start:
                break
            if tk.kind == "punct" and tk.norm not in (".", '"'):
                return None
            if tk.kind == "word" and tk.norm in ("مع", "ضد", "علي", "عن", "الي", "من", "حول", "بشان"):
                return None  # ("رفضت الخارجية الأميركية أي تعاون مع نظام الرئيس بشار الأسد": what it speaks of)
            if tk.kind == "word" and "ال" not in tk.proclitics and self._verb_word(tk) and not _word_in(tk, "title"):
                return None
        return end + 1

    def _name_after_titles(self, doc: Document, cands: list[Cand], d: Draft, actor: Cand, target: Cand) -> bool:
        """Is ``target`` a person's name that closes the title ``actor`` opens after the verb: words of the title's
        genitives between (no verb, no punctuation, no other person), the last an honorific (الشيخ، الدكتور، م.)?"""
        toks = doc.tokens
        head = min(f.i for f in d.triggers)
        if not (head < actor.tok_start and actor.tok_end < target.tok_start <= actor.tok_end + 14):
            return False
        if actor.kind not in ("actor", "entity") or (actor.kind == "actor" and not actor.sector):
            return False
        if d.type not in SPEECH_TYPES or _armed(actor) or (actor.code and not actor.code.startswith("~")):
            return False  # (a statement's speaker, an office: not "أعدم تنظيم داعش أمس الشيخ نجم الدين الجبوري")
        if not any(e.label == "PERS" and e.start <= target.start < e.end for e in doc.entities):
            return False
        k = target.tok_start - 1
        while k > actor.tok_end and toks[k].kind == "punct" and toks[k].norm == ".":
            k -= 1  # "م." "د."
        if not (toks[k].kind == "word" and _word_in(toks[k], "title") and not _conjoined(toks[k])):
            return False
        for j in range(actor.tok_end, target.tok_start):
            tk = toks[j]
            if tk.kind == "punct" and tk.norm != ".":
                return False
            if tk.kind == "word" and j != k and "ال" not in tk.proclitics and self._verb_word(tk):
                return False  # (a word with the article is a noun: "والبحث العلمي")
        return not any(e.label == "PERS" and toks[actor.tok_end].start <= e.start < target.start for e in doc.entities)

    def _hit_by_condemned(self, doc: Document, first: int, c: Cand) -> bool:
        """Is ``c``, after a condemnation at token ``first``, named in a relative clause of the act condemned that tells
        an attack ("التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ"، "الهجوم ... والذي أدى إلى مقتل طفل فلسطيني"):
        whom it hit, not whom the condemnation blames?"""
        toks = doc.tokens
        rel = next((k for k in range(first + 1, c.tok_start) if _word_in(toks[k], "relative")
                    or (toks[k].kind == "word" and toks[k].norm[:1] == "و" and toks[k].norm[1:] in _cues("relative"))), None)
        if rel is None:
            return False
        return any(t.type == "ASSAULT" for m in range(rel + 1, c.tok_start) for key in self._K[m]
                   for t in self.lex.words.get(key, ()))

    @staticmethod
    def _town_of_a_state(doc: Document, c: Cand) -> bool:
        """Is ``c`` a town the actor table codes as its state ("في مرفأ عدن"، "مفتي طرابلس"، "بمدينة جدة"، "مدينتي
        الفلوجة"), which the geocoder places as a town that is no national capital: where, not who (a capital stays
        its state's voice: "وقالت دمشق")?"""
        if c.kind != "actor" or c.sector or not c.code or c.code != c.country:
            return False
        return any(p.end == c.end and c.start <= p.start and getattr(p, "precision", None) in ("exact", "part")
                   and getattr(p, "geonameid", None) and p.geonameid not in _capital_ids()
                   for p in getattr(doc, "places", None) or ())

    @staticmethod
    def _all_of_them(doc: Document, k: int) -> bool:
        """Is the people word at ``k`` (الأطراف: the "all_of_them" cues) all of them, "كل الأطراف"، "جميع الأطراف"،
        "الأطراف كافة"?"""
        toks = doc.tokens
        prev = toks[k - 1].norm if k > 0 and toks[k - 1].kind == "word" else ""
        nxt = toks[k + 1].norm if k + 1 < len(toks) and toks[k + 1].kind == "word" else ""
        return (prev[1:] if prev[:1] == "و" else prev) in ("كل", "جميع", "كافه") or nxt in ("كافه", "جميعا", "جميعها")

    @staticmethod
    def _aside_only(toks: list[Token], a: int, b: int) -> bool:
        """Are the tokens from ``a`` to ``b`` nothing but an aside in brackets ("(34 عامًا)") or punctuation?"""
        depth = 0
        for k in range(a, b):
            tk = toks[k]
            if tk.kind == "punct":
                depth += (tk.norm == "(") - (tk.norm == ")")
            elif depth <= 0:
                return False
        return True

    @staticmethod
    def _arrested_past_trigger(draft: Draft, c: Cand) -> bool:
        """Is ``c`` a nameless militant group an arrest's noun phrase begins ("تفكيك خلية" of "تفكيك خلية إرهابية"),
        named past the trigger's last word: the group taken apart, a party though its first word is the trigger's?"""
        if draft.type != "COERCE" or c.sector not in NON_STATE_ARMED:
            return False
        over = [f for f in draft.triggers if f.i < c.tok_end and c.tok_start < f.j]
        return bool(over) and all(f.trig.kind == "nphrase" and f.trig.mode == "arrest" and c.tok_end > f.j for f in over)

    @staticmethod
    def _bare_doer_adjective(doc: Document, a: int) -> bool:
        """Is the nameless doer at token ``a`` (one of the "bare_doer" cues: متطرفون، متشددين، انتحاريان، مسلحان)
        not one here: with the article (المتطرفين, the extremists the article named, or extremists at large), or
        the adjective of the plural or dual noun right before it, agreeing in its ending ("مسلحون اسلاميون
        متشددون"، "انفجارين انتحاريين")?"""
        toks = doc.tokens
        tok = toks[a]
        if tok.kind != "word" or not (tok.stem in _cues("bare_doer") or tok.norm in _cues("bare_doer")
                                      or tok.norm[1:] in _cues("bare_doer")):
            return False
        if "ال" in tok.proclitics or tok.norm.startswith("ال"):
            return True
        prev = toks[a - 1] if a > 0 else None
        if prev is None or prev.kind != "word" or prev.proclitics[:1] == ("و",):
            return False
        ending = next((e for e in ("ون", "ين", "ان") if tok.norm.endswith(e)), None)
        return ending is not None and prev.norm.endswith(ending) and len(prev.norm) > 3

    @staticmethod
    def _stated_nationality(doc: Document, cands: list[Cand]) -> None:
        """"شاه فيصل عظيم شاه – باكستاني الجنسية –"، "مقيم من الجنسية اليمنية": a person or people whose
        nationality the text states ("X الجنسية" after them, past a dash, a bracket or a comma; or "من الجنسية X")
        are of that country, over a country a title, a place or the article gave them."""
        toks = doc.tokens
        for n in cands:
            if n.kind != "nationality" or not n.country:
                continue
            if n.tok_end < len(toks) and _word_in(toks[n.tok_end], "nationality_noun"):
                end = n.tok_start  # "باكستاني الجنسية"
            elif (n.tok_start >= 2 and _word_in(toks[n.tok_start - 1], "nationality_noun")
                  and toks[n.tok_start - 2].norm == "من"):
                end = n.tok_start - 2  # "من الجنسية اليمنية"
            else:
                continue
            while end > 0 and toks[end - 1].kind == "punct" and toks[end - 1].norm in ("-", "–", "—", "(", "،", ","):
                end -= 1
            c = next((c for c in cands if c.tok_end == end and c.kind in ("entity", "victim", "crowd", "actor")
                      and not (c.code and not c.code.startswith("~"))), None)
            if c is not None:
                c.country = n.country
        for n in cands:
            # "جرحى يمنيين مدنيين وعسكريين"، "الإخوة اليمنيين المقيمين": a plural nationality used as a noun
            # and the people word in apposition after it are the same people (not "غارة أمريكية مدنيين", whose
            # adjective is the raid's)
            if n.kind != "nationality" or not n.country or not toks[n.tok_end - 1].norm.endswith(("ين", "ون")):
                continue
            c = next((c for c in cands if c.tok_start == n.tok_end and not c.country
                      and (c.kind == "victim" or (c.kind == "actor" and c.sector == "CVL"))), None)
            if c is not None:
                c.country = n.country

    @staticmethod
    def _site_owner(toks, k: int) -> bool:
        """Is the party at token ``k`` the genitive of a building or position (مسجد، مقر، حاجز، دورية: the
        "struck_site" cues) right before it, that is its owner ("مسجد قوات الطوارئ"، "بمقر قوات الطوارئ")?"""
        prev = toks[k - 1]
        if prev.kind != "word" or "ال" in prev.proclitics or toks[k].proclitics[:1] in (("و",), ("ف",)):
            return False
        sites = _cues("struck_site")
        return prev.stem in sites or prev.norm in sites

    @staticmethod
    def _short_names(doc: Document, cands: list[Cand]) -> list[Cand]:
        """"وقال شهود إن التحالف قصف مواقع الحوثيين": a party's head noun alone, definite (التحالف، المقاومة،
        التنظيم، الجيش: the "short_name" cues), refers back to the party last named with it before (التحالف العربي،
        المقاومة الشعبية، تنظيم داعش، الجيش السوري): a candidate with that party's country, sector and name. Not
        when an adjective or genitive with the article follows (التحالف الوطني is another party)."""
        heads = _cues("short_name")
        toks = doc.tokens
        named = [c for c in cands if c.kind == "actor" and c.tok_end - c.tok_start > 1 and c.code
                 and not c.code.startswith("~")]
        if not named:
            return []
        # (the dictionary's bare role "الحزب" (~PTY) is no party of its own: the party named before is who it is)
        covered = {k for c in cands for k in range(c.tok_start, c.tok_end)
                   if not (c.tok_end - c.tok_start == 1 and c.code == "~PTY" and not c.country)}
        out: list[Cand] = []
        for k, tok in enumerate(toks):
            if (tok.kind != "word" or tok.stem not in heads or "ال" not in tok.proclitics or k in covered
                    or (k + 1 < len(toks) and toks[k + 1].kind == "word" and "ال" in toks[k + 1].proclitics)):
                continue
            ante = next((c for c in reversed(named) if c.tok_end <= k
                         and any(toks[x].stem == tok.stem for x in range(c.tok_start, c.tok_end))), None)
            if ante is None:
                continue
            segs = tok.segments
            n = next((i for i, sg in enumerate(segs) if sg.kind == "stem"), None)
            if n is None:
                continue
            start = segs[n - 1].start if n > 0 and segs[n - 1].form == "ال" and segs[n - 1].end - segs[n - 1].start >= 2 \
                else segs[n].start
            end = tok.end if segs[-1].kind != "enclitic" or doc.raw[segs[-1].start:segs[-1].end] == "ة" else segs[n].end
            out.append(Cand(start, end, doc.raw[start:end], k, k + 1, country=ante.country, sector=ante.sector,
                            name=ante.name, code=ante.code, kind="actor", producer=PRODUCER))
        return out

    @staticmethod
    def _victims_of_a_country(cands: list[Cand]) -> list[Cand]:
        """"جنديا تركيا"، "سائحا إيطاليا": a victim noun with a country name right after it is people of that
        country (the accusative of the adjective is spelled like the country); the name is not a second party."""
        out: list[Cand] = []
        for c in cands:
            prev = out[-1] if out else None
            if (prev is not None and prev.kind == "victim" and c.kind == "actor" and c.country and not c.sector
                    and c.tok_start == prev.tok_end and c.text.endswith("ا")):
                if not prev.country:
                    prev.country = c.country
                continue
            out.append(c)
        return out

    @staticmethod
    def _construct_plurals(doc: Document, cands: list[Cand]) -> list[Cand]:
        """"متمردو بوكو حرام"، "مسلحو داعش": a plural in the construct state (its ن dropped, ending in و)
        and the group after it are one participant, the group's."""
        toks = doc.tokens
        out: list[Cand] = []
        k = 0
        while k < len(cands):
            c = cands[k]
            nxt = cands[k + 1] if k + 1 < len(cands) else None
            last = toks[c.tok_end - 1]
            if (nxt is not None and nxt.tok_start == c.tok_end and c.kind in ("actor", "victim") and not c.country
                    and last.kind == "word" and last.norm.endswith("و") and len(last.norm) >= 5
                    and nxt.kind in ("actor", "entity") and not toks[nxt.tok_start].proclitics[:1] == ("و",)):
                out.append(replace(nxt, start=c.start, text=doc.raw[c.start:nxt.end], tok_start=c.tok_start,
                                   sector=nxt.sector or c.sector))
                k += 2
                continue
            out.append(c)
            k += 1
        return out

    def _own_forces(self, doc: Document, cands: list[Cand]) -> None:
        """"قال الجيش الأميركي إن قواته قتلت": a role with a possessive pronoun (قواته، طائراته، جنودها)
        belongs to the actor named before it in the sentence, and takes its country."""
        toks = doc.tokens
        starts = self._local.sent_starts
        for k, c in enumerate(cands):
            # roles and counted people alike: "قواته"، "مقتل اثنين من جنوده"
            if c.country or c.kind not in ("actor", "victim") or not toks[c.tok_end - 1].enclitics:
                continue
            if toks[c.tok_end - 1].enclitics[-1] not in ("ه", "ها", "هم"):
                continue
            s0 = starts[bisect.bisect_right(starts, c.tok_start) - 1] if starts else 0
            owner = next((o for o in reversed(cands[:k]) if o.kind == "actor" and o.country and o.tok_start >= s0), None)
            if owner is not None:
                c.country = owner.country

    @staticmethod
    def _belonging(doc: Document, cands: list[Cand]) -> None:
        """"طائرة بدون طيار تابعة للقوات الأميركية": a force or craft said to belong to a party takes its
        country (not "موالية ل", loyal to, which a foreign patron does not make its own)."""
        toks = doc.tokens
        for k, c in enumerate(cands):
            j = c.tok_end
            if c.country or c.kind not in ("actor", "victim") or j >= len(toks) or toks[j].stem not in _cues("belonging"):
                continue
            owner = next((o for o in cands[k + 1:k + 3] if o.tok_start == j + 1 and o.country
                          and o.kind in ("actor", "entity")), None)
            if owner is not None:
                c.country = owner.country
        for k, c in enumerate(cands):
            # "ثلاثة متشددين موالين لحركة طالبان الافغانية": nameless militants loyal to an armed group are of its
            # country (not a state patron's: "متمردين موالين لروسيا" fight in Ukraine)
            j = c.tok_end
            if (c.country or c.kind not in ("actor", "victim") or c.sector not in NON_STATE_ARMED
                    or not (c.code or "~").startswith("~") or j >= len(toks) or toks[j].stem not in _cues("allegiance")):
                continue
            owner = next((o for o in cands[k + 1:k + 3] if o.tok_start == j + 1 and o.country
                          and o.kind in ("actor", "entity") and o.sector in NON_STATE_ARMED), None)
            if owner is not None:
                c.country = owner.country

    @staticmethod
    def _link_names(cands: list[Cand]) -> None:
        """A named person or organisation takes the country and sector of a title next to it
        ("وزير الدفاع الأمريكي آشتون كارتر"), or of an earlier, fuller mention of the same name."""
        titled = [c for c in cands if c.kind == "actor" and c.country]
        nationalities = {c.tok_start: c for c in cands if c.kind == "nationality" and c.country}
        seen: list[tuple[str, Cand]] = []
        by_start = {c.tok_start: c for c in cands if c.kind in ("actor", "entity") and c.country}
        for c in cands:
            if c.kind == "actor" and c.sector and not c.country:
                owner = by_start.get(c.tok_end)  # "حكومة الرئيس عمر البشير"، "وزير خارجية فرنسا": whose it is
                if owner is not None:
                    c.country = owner.country
            if c.kind in ("victim", "crowd", "entity", "actor") and not c.country:
                nat = nationalities.get(c.tok_end)  # "مصورا فرنسيا", "جنديين عراقيين"
                if nat is not None:
                    c.country = nat.country
            if c.kind == "entity" and not c.country:
                near = next((a for a in titled if -1 <= a.tok_start - c.tok_end <= 1 or -1 <= c.tok_start - a.tok_end <= 1), None)
                if near is None:
                    key = fold_key(c.text)
                    near = next((o for k, o in reversed(seen) if key in k and o.country), None)
                if near is not None:
                    c.country, c.sector = near.country, c.sector or near.sector
            if c.kind in ("entity", "actor") and c.country:
                seen.append((fold_key(c.text), c))

    def _is_place(self, doc: Document, c: Cand) -> bool:
        """An actor match that is really a place: inside a longer place name (دير in دير الزور), or
        the very place span after a locative preposition (في حلب)."""
        if c.kind in PEOPLE:
            return False
        for p in getattr(doc, "places", []) or []:
            if p.start <= c.start and c.end <= p.end:
                if (p.end - p.start) > (c.end - c.start):
                    return True
                if doc.tokens[c.tok_start].stem in _cues("direction"):
                    return True  # "غرب بغداد": a direction from a place is a place, whatever a table says
                if c.tok_start > 0:
                    prev = doc.tokens[c.tok_start - 1]
                    first = doc.tokens[c.tok_start]
                    if prev.norm == "من" and c.tok_start > 1 and doc.tokens[c.tok_start - 2].norm in ("كل", "وكل"):
                        return False  # "كل من هولندا وماليزيا": both Netherlands and Malaysia, not "from"
                    if (prev.kind == "word" and prev.stem in _cues("locative")) or "ب" in first.proclitics:
                        return True
                    if prev.kind == "word" and prev.norm in ("منها", "ومنها", "بينها", "وبينها") and getattr(
                            p, "precision", None) in ("exact", "part"):
                        return True  # "في عدد من المدن من بينها اسطنبول": a town listed (not a state: "دول منها")
                    if "و" in first.proclitics and any(q is not p and prev.start <= q.end <= c.start and _list_placed(doc, self._local.tok_starts, q)
                                                       for q in doc.places):
                        return True  # "في مناطق جنوب الشيخ زويد ورفح": a place joined to a place before
        return False

    @staticmethod
    def _prepositional(doc: Document, c: Cand) -> str | None:
        """The preposition governing a candidate (separate word or proclitic), if any."""
        toks = doc.tokens
        first = toks[c.tok_start]
        for p in first.proclitics:
            if p in ("ب", "ل", "ك"):
                return p
        if c.tok_start > 0:
            prev = toks[c.tok_start - 1]
            if (prev.kind == "word" and prev.stem.lstrip("وف") == "عبر" and not prev.enclitics
                    and any(toks[k].norm == "عن" for k in range(c.tok_end, min(len(toks), c.tok_end + 2)))):
                return None  # "حيث عبر مرصد حضرموت لحقوق الإنسان عن إدانته": the verb عبّر (expressed), its subject
            # a preposition carrying a pronoun (فيه، عليها) governs that pronoun, not the next noun
            if prev.kind == "word" and prev.stem in _cues("preposition") and not prev.enclitics:
                return prev.stem
            # (with its conjunction, which the segmenter keeps on short words: "وفي القدس")
            if (prev.kind == "word" and prev.stem[:1] in ("و", "ف") and prev.stem[1:] in _cues("preposition")
                    and not prev.enclitics):
                return prev.stem[1:]
        return None

    def _lam_doer(self, doc: Document, draft: Draft, in_clause: list[Cand], cs: int, as_noun) -> Cand | None:
        """The armed party an attack noun (غارة، قصف، هجوم، كمين: the "doer_genitive" cues) names as its doer with
        لـ: right after the noun, past its adjectives or a short phrase of time (at most LAM_GAP words of the
        "lam_gap", "day_word" or "day_part" cues, no party nor punctuation between), "غارة جوية لطيران التحالف الدولي"، "قصف في نهاية الأسبوع للطيران التركي"، "هجوم
        جديد لـ«الكردستاني»"، "هجوم للجان المقاومة الشعبية" (through a unit noun in construct). Not when a verb of
        dealing governs the noun ("وجهوا ضربات قاسية للمتمردين": the blows were dealt to them)."""
        toks = doc.tokens
        taken = {k for c in in_clause for k in range(c.tok_start, c.tok_end)}
        for f in draft.triggers:
            # (a verb's form read as its verbal noun too, as after a preposition: "في قصف للطيران التركي")
            tk = toks[f.i]
            after_prep = (f.trig.kind == "verb" and f.i > cs and not tk.proclitics and not tk.enclitics
                          and toks[f.i - 1].kind == "word" and _word_in(toks[f.i - 1], "preposition_word"))
            if (f.trig.kind not in ("noun", "nphrase") and not as_noun(f) and not after_prep) or not (
                    {tk.stem, f.trig.key} & _cues("doer_genitive")):
                continue
            if any(toks[k].kind == "word" and {toks[k].stem, toks[k].norm, toks[k].norm.lstrip("وف")} & _cues("dealt_blow")
                   for k in range(max(cs, f.i - 4), f.i)):
                continue
            for k in range(f.j, min(len(toks), f.j + LAM_GAP + 1)):
                tk = toks[k]
                if tk.kind != "word":
                    break
                if tk.norm == "ل" or tk.proclitics[:1] == ("ل",):
                    nxt = k + 1
                    while nxt < len(toks) and toks[nxt].kind == "punct" and toks[nxt].norm in ('"', "«", "»"):
                        nxt += 1  # "لـ«الكردستاني»"
                    at = k if tk.norm != "ل" else nxt
                    c = next((c for c in in_clause if c.tok_start == at), None)
                    if c is None and tk.norm != "ل" and "ال" not in tk.proclitics and not tk.enclitics:
                        c = next((c for c in in_clause if c.tok_start == k + 1), None)  # للجان المقاومة، لمسلحي داعش
                    if c is not None and c.kind not in PEOPLE and _armed(c):
                        return c
                    break
                if k in taken or not (_word_in(tk, "lam_gap") or _word_in(tk, "day_word") or _word_in(tk, "day_part")):
                    break  # (only its adjectives or a time: "القصف طال تجمعا للحوثيين" hit the Houthis)
        return None

    def _from_doer(self, doc: Document, draft: Draft, in_clause: list[Cand], cs: int, as_noun) -> Cand | None:
        """The armed party an attack or gunfire noun (the "doer_genitive" and "doer_from" cues) names as its source
        with من, right after the noun or past its adjectives ("lam_gap" cues, at most LAM_GAP words): "لإطلاق نار
        من «مجموعة إرهابية»"، "لقصف مكثف من الطيران المروحي"، "بطلق ناري من مجهولين". Not a party counted out of
        a group (the candidate must start right after من and be armed, not a noun for people)."""
        toks = doc.tokens
        taken = {k for c in in_clause for k in range(c.tok_start, c.tok_end)}
        nouns = _cues("doer_genitive") | _cues("doer_from")
        for f in draft.triggers:
            tk = toks[f.i]
            if (f.trig.kind not in ("noun", "nphrase") and not as_noun(f)) or not ({tk.stem, f.trig.key} & nouns):
                continue
            for k in range(f.j, min(len(toks), f.j + LAM_GAP + 1)):
                tk = toks[k]
                if tk.kind != "word":
                    break
                if tk.norm == "من":
                    nxt = k + 1
                    while nxt < len(toks) and toks[nxt].kind == "punct" and toks[nxt].norm in ('"', "«", "»"):
                        nxt += 1  # "من «مجموعة إرهابية»"
                    c = next((c for c in in_clause if c.tok_start == nxt), None)
                    if c is not None and c.kind not in PEOPLE and _armed(c):
                        return c
                    break
                if k in taken or not (_word_in(tk, "lam_gap") or _word_in(tk, "day_word") or _word_in(tk, "day_part")):
                    break
        return None

    def _judged_doer(self, doc: Document, draft: Draft, cands: list[Cand]) -> Cand | None:
        """The party a verb of doing names in a judgement's clause, after its speaker: "الذى تقوده جماعة الحوثي"،
        "ما قامت به الميليشيات" (past a pronoun after the verb, به/بها), at most three words after the verb."""
        toks = doc.tokens
        cs, ce = draft.clause
        speaker = draft.speaker
        for k in range(max(cs, speaker.tok_end), ce):
            if not (_word_in(toks[k], "agentive") or _word_in(toks[k], "agentive_present") or _word_in(toks[k], "judged_doer_verb")):
                continue
            party = next((c for c in cands if k < c.tok_start <= k + 3 and c.tok_end <= ce and c.kind in ("actor", "entity")
                          and c.start != speaker.start and self._prepositional(doc, c) is None), None)
            if party is not None:
                return party
        return None

    def _backer(self, doc: Document, c: Cand, cs: int) -> bool:
        """Is the candidate a backer named after a word of support (بدعم، بمساندة، بغطاء، مدعومة، المسنودة) at most
        four words before it, with no punctuation between ("بدعم جوي من التحالف"، "مدعومة من طيران التحالف")?"""
        toks = doc.tokens
        for k in range(c.tok_start - 1, max(cs, c.tok_start - 5) - 1, -1):
            if toks[k].kind == "punct":
                return False
            if _word_in(toks[k], "backed_by") or (_word_in(toks[k], "backed_with") and "ب" in toks[k].proclitics):
                return True
        return False

    def _venue_subject(self, doc: Document, c: Cand) -> bool:
        """Is the candidate a place named right after a verb of witnessing (شهدت، تشهد): "شهدت تركيا هجوما"?"""
        if c.tok_start == 0 or not _word_in(doc.tokens[c.tok_start - 1], "venue_verb"):
            return False
        return any(p.start <= c.start and c.end <= p.end for p in getattr(doc, "places", None) or ())

    @staticmethod
    def _country_name(doc: Document, c: Cand) -> bool:
        """Is the candidate a country's own name (a place of country precision), not a town or region?"""
        return any(getattr(p, "precision", None) == "country" and p.start <= c.start and c.end <= p.end
                   for p in getattr(doc, "places", None) or ())

    def _with_name(self, doc: Document, cands: list[Cand], c: Cand | None) -> Cand | None:
        """A title followed by the person's name (after at most two title words) is one participant:
        "الأمين العام للأمم المتحدة بان كي مون"، "وزير التعليم الدكتور عزام الدخيل". The title keeps its codes."""
        if c is None or c.kind != "actor" or not c.sector:
            return c
        # (_apposed needs the name within _office_reach tokens of the title: the others are not asked)
        lo = c.tok_end
        hi = lo + self._office_reach(doc)
        name = min((o for o in cands if lo <= o.tok_start <= hi and o is not c and o.kind in ("entity", "actor")
                    and self._apposed(doc, c, o, True)), key=lambda o: o.tok_start, default=None)
        if name is None:
            return c
        # (a title with no country of its own takes the name's: "وزير الخارجية الشيخ عبدالله بن زايد آل نهيان")
        return replace(c, end=name.end, tok_end=name.tok_end, text=doc.raw[c.start:name.end],
                       country=c.country or name.country or self._state_of_office(doc, c.tok_end, name.tok_start)[1])

    def _title_chain_end(self, doc: Document, cands: list[Cand], actor: Cand) -> int:
        """Where the titles and the name of one person that run on from ``actor`` end (a token index): "ولي العهد
        | نائب رئيس مجلس الوزراء | وزير الداخلية | الأمير محمد بن نايف"، "خالد محفوظ بحاح | نائب الرئيس اليمني | رئيس مجلس
        الوزراء". Each next one starts right where the last ends, with no punctuation or و between; once a name is
        read, only a title in construct (no article: نائب، رئيس، وزير) goes on, for "استقبل الملك سلمان الرئيس
        الفرنسي" names whom he received."""
        toks = doc.tokens
        by_start = {c.tok_start: c for c in cands if c.kind in ("actor", "entity")}

        def named(c: Cand) -> bool:
            return any(e.label == "PERS" and e.start <= c.start < e.end for e in doc.entities) or (
                c.kind == "actor" and bool(c.code) and not c.code.startswith("~")
                and not c.producer.startswith("actors.compose") and c.sector == "GOV" and not c.country == c.code)

        def a_title(k: int) -> bool:
            return any(_word_in(toks[k], kind) for kind in ("head_title", "civil_title", "title"))

        if actor.sector not in ("GOV", "MIL", "COP", "LEG", "REL", "JUD", "IGO") and not named(actor):
            return actor.tok_end
        end, name_read, state = actor.tok_end, named(actor), actor.country
        while end < len(toks):
            c = by_start.get(end)
            if c is None or toks[end].kind != "word" or toks[end].proclitics[:1] == ("و",) or not (named(c) or a_title(end)):
                break
            if name_read and (toks[end].proclitics[-1:] == ("ال",) or not a_title(end)):
                break
            if state and c.country and c.country != state:
                break  # "عادل الجبير وزير خارجية قطر": another state's office is another person
            name_read, state = name_read or named(c), state or c.country
            end = c.tok_end
        return end

    def _titled(self, doc: Document, cands: list[Cand], c: Cand | None) -> Cand | None:
        """A person's name found as the participant, with the title right before it, is one participant with
        the title: "يطلب من الأمين العام للأمم المتحدة بان كي مون"، "وزير الخارجية السعودي عادل الجبير" (the
        name keeps its codes, and takes the title's country when it has none). Not a name joined by و."""
        if c is None or c.kind not in ("actor", "entity") or _conjoined(doc.tokens[c.tok_start]):
            return c  # ("الحوثي وصالح": two parties, not a title and a name)
        # (not a kin word: "والد براون" is Brown's father)
        lo = c.tok_start - self._office_reach(doc)  # (see _with_name)
        title = max((o for o in cands if lo <= o.tok_end <= c.tok_start and o is not c and o.kind == "actor"
                     and o.sector and o.sector != "CVL"
                     and self._apposed(doc, o, c, True)), key=lambda o: o.tok_end, default=None)
        if title is None:
            return c
        return replace(c, start=title.start, tok_start=title.tok_start, text=doc.raw[title.start:c.end],
                       country=c.country or title.country or self._state_of_office(doc, title.tok_end, c.tok_start)[1])

    def _apposed(self, doc: Document, head: Cand, c: Cand, person: bool = False) -> bool:
        """Is ``c`` a name in apposition to ``head``: right after it, or after at most two title words
        (الأمين العام للأمم المتحدة بان كي مون، وزير التعليم الدكتور عزام الدخيل)? With ``person``, only a person's
        name (tagged PERS); otherwise any named entity."""
        toks = doc.tokens
        # (the state whose office the title is may come between: "وزير الخارجية بدولة الإمارات الشيخ عبدالله بن زايد")
        a = head.tok_end + self._state_of_office(doc, head.tok_end, c.tok_start)[0]
        if not a <= c.tok_start <= a + 3:
            return False
        if not all((toks[k].kind == "word" and not _conjoined(toks[k]) and toks[k].stem in _cues("title"))
                   # (the dot of an abbreviated title: "وزير التعليم د. عزام الدخيل")
                   or (toks[k].norm == "." and k > a and toks[k - 1].kind == "word" and len(toks[k - 1].norm) <= 2)
                   for k in range(a, c.tok_start)):
            return False
        if c.tok_start - a == 3 and not any(toks[k].norm == "." for k in range(a, c.tok_start)):
            return False
        pers = any(e.label == "PERS" and e.start <= c.start < e.end for e in doc.entities)
        # "رئيس الوزراء العراقي حيدر العبادي" untagged by NER: a named actor of the title's own country and
        # sector right after it, not definite (not "الحكومة العراقية"), is the same person
        # (one of the two is a title composed with a nationality, the other a name; never "الحوثيين وقوات صالح")
        titled = head.producer.startswith("actors.compose"), c.producer.startswith("actors.compose")
        pers = pers or (c.kind == "actor" and c.code == head.code and bool(c.code) and not c.code.startswith("~")
                        and titled[0] != titled[1] and toks[c.tok_start].kind == "word" and not _conjoined(toks[c.tok_start])
                        # (the title is a person's: "المقاومة الشعبية ميليشيات الحوثيين" are two Yemeni parties)
                        and any(_word_in(toks[head.tok_start], kind) for kind in ("head_title", "civil_title", "title"))
                        and (titled[1] or toks[c.tok_start].proclitics[-1:] != ("ال",)))
        return pers if person else (c.kind == "entity" or pers)

    def _country_places(self, doc: Document) -> tuple[list[int], list[tuple[int, int, object]]]:
        """The places of country precision of the article as (start, position in doc.places, place), by start, and
        their starts (found once per article: _state_of_office is asked for every pair of a title and a name)."""
        if getattr(self._local, "country_places_doc", None) is not doc:
            self._local.country_places_doc = doc
            found = sorted((p.start, n, p) for n, p in enumerate(getattr(doc, "places", None) or ())
                           if getattr(p, "precision", None) == "country")
            self._local.country_places = [x[0] for x in found], found
        return self._local.country_places

    def _office_reach(self, doc: Document) -> int:
        """How far (in tokens) a name in apposition can be from the end of its title (_apposed): three title words
        after the state of the office (_state_of_office: في or لدى, a state word, and a country's place; the
        longest such place of the article counted, once per article)."""
        if getattr(self._local, "office_reach_doc", None) is not doc:
            starts = [t.start for t in doc.tokens]
            longest = max((_bisect_left(starts, p.end) - _bisect_left(starts, p.start)
                           for _, _, p in self._country_places(doc)[1]), default=0)
            self._local.office_reach_doc, self._local.office_reach = doc, 3 + 2 + longest + 1
        return self._local.office_reach

    def _state_of_office(self, doc: Document, k: int, end: int) -> tuple[int, str | None]:
        """How many tokens from ``k`` (before ``end``) name the state a title is an office of, after ب or في:
        "وزير الخارجية بدولة الإمارات"، "رئيس مجلس النواب في مملكة البحرين" (a place of country precision,
        with its state word), and that state (ISO alpha-3). (0, None) when none does. The state a title is accredited
        to is passed over but is not its state: "السفير السعودي لدى الأردن الدكتور سامي الصالح" (n, None)."""
        toks = doc.tokens
        j = k
        accredited = j < end and toks[j].kind == "word" and toks[j].norm == "لدي" and not toks[j].enclitics
        if j < end and toks[j].kind == "word" and toks[j].norm in ("في", "لدي") and not toks[j].enclitics:
            j += 1
        if j >= end or toks[j].kind != "word" or _conjoined(toks[j]) or (j == k and "ب" not in toks[j].proclitics):
            return 0, None
        first = toks[j]
        # (only a place that starts in the first word or right after it can pass the tests below: those are tried,
        # in the article's order)
        starts, found = self._country_places(doc)
        reach = min(toks[end - 1].end, max(first.end, toks[j + 1].start + 1) if j + 1 < end else first.end)
        for _, _, p in sorted(found[_bisect_left(starts, first.start):_bisect_left(starts, reach)], key=operator.itemgetter(1)):
            if not first.start <= p.start < toks[end - 1].end:
                continue
            if p.start >= first.end and not (_word_in(first, "state_word") and j + 1 < end and toks[j + 1].start == p.start):
                continue  # (the place begins in the first word, or right after a state word: بمملكة البحرين)
            n = j
            while n < end and toks[n].start < p.end:
                n += 1
            return n - k, None if accredited else _countries()[0].get(p.country or "")
        return 0, None

    def _owner_of_patron(self, doc: Document, cands: list[Cand], actor: Cand, target: Cand | None) -> Cand:
        """"وقوات الجيش الموالية للرئيس اليمني عبدربه منصور هادي سيطرت": the doer is the force loyal to the
        president, not the president. Walks back over a title in apposition (الرئيس اليمني + the name) to a
        loyalty word and takes the party named right before it."""
        toks = doc.tokens
        by_end = {c.tok_end: c for c in cands if c.kind in ("actor", "entity")}
        c, steps = actor, 0
        while steps < 3 and c.tok_start > 0:
            steps += 1
            k = c.tok_start - 1
            if toks[k].kind == "word" and toks[k].stem in _cues("allegiance"):
                owner = by_end.get(k)
                if owner is not None and (target is None or owner.start != target.start):
                    return owner
                return actor
            prev = by_end.get(c.tok_start)
            if prev is None:
                return actor
            c = prev  # a title before the name: الرئيس اليمني عبدربه منصور هادي
        return actor

    def _coordinated_actors(self, doc: Document, actor: Cand, target: Cand | None, typ: str,
                            cands: list[Cand], sides: bool = False) -> list[Cand]:
        """Named actors joined to ``actor`` by و right after it (هولندا وماليزيا). In a meeting or an
        agreement the side so joined is the other party (اتفقت الحكومة والمعارضة), left as the target."""
        toks = doc.tokens
        out: list[Cand] = []
        last = actor
        for c in cands:
            # (past an adjective of the first, definite like it: "اتهمت الحكومة اليمنية المقيمة وقوات التحالف")
            adjective = (c.tok_start == last.tok_end + 1 and last is actor and toks[last.tok_end].kind == "word"
                         and toks[last.tok_end].proclitics == ("ال",) and not toks[last.tok_end].enclitics
                         and toks[actor.tok_start].proclitics[-1:] == ("ال",)
                         and not any(o.tok_start <= last.tok_end < o.tok_end for o in cands))
            if (c.tok_start != last.tok_end and not adjective) or c.kind not in ("actor", "entity") \
                    or actor.kind not in ("actor", "entity"):
                continue
            if target is not None and c.start == target.start and (typ in ("CONSULT", "AGREE", "COOPERATE") or sides):
                break  # (also the other side of a fight "بين X و Y")
            if toks[c.tok_start].proclitics[:1] != ("و",):
                break
            out.append(c)
            last = c
        return out

    def _conjoined_verb(self, doc: Document, d: Draft, cs: int) -> bool:
        """Is the draft told by a verb joined by و to what comes before it (واحتجزت، وقتلت), its own
        trigger or the verb right before its noun trigger?"""
        toks = doc.tokens
        head = min(d.triggers, key=lambda f: f.i)
        if head.trig.kind in ("verb", "form") and _conjoined(toks[head.i]):
            return True
        if head.trig.kind not in ("noun", "nphrase"):
            return False
        for k in range(head.i - 1, max(cs, head.i - 3) - 1, -1):  # past a count: "واحتجزت 68 رهينة"
            tk = toks[k]
            if tk.kind == "number" or self.number_at(tk) is not None:
                continue
            return (tk.kind == "word" and _conjoined(tk) and tk.norm.endswith(("ت", "وا"))
                    and not tk.proclitics[1:])
        return False

    def _between(self, doc: Document, draft: Draft, in_clause: list[Cand], ce: int, in_sentence: list[Cand],
                 s1: int) -> tuple[Cand, Cand] | None:
        """The two sides of a fight "بين X و Y" (or "بين X ... من جهة، و Y من جهة أخرى", where a comma may end the
        first side) after a noun trigger."""
        toks = doc.tokens
        for f in draft.triggers:
            if f.trig.kind not in ("noun", "nphrase"):
                continue
            k = next((k for k in range(f.j, min(ce, f.j + 7)) if toks[k].kind == "word" and toks[k].norm == "بين"), None)
            if k is None:
                return None
            # (past a construct noun: "بين مسلحي المقاومة الشعبية"; or fighters named by a people word, "بين
            # المسلحين وقوات الأمن"، "بين قوات الأمن والمقاتلين الأكراد", so long as the other side is a party)
            sides = ("actor", "entity", "agent", "victim")
            near = [c for c in in_clause if k + 1 <= c.tok_start <= k + 2 and c.kind in sides]
            # (the group after its members: "بين عناصر المقاومة الشعبية والحوثيين")
            x = next((c for c in near if c.kind != "victim"), near[0] if near else None)
            if x is None:
                return None
            side = next((h for h in range(x.tok_end, min(ce, x.tok_end + 10)) if toks[h].stem in _cues("side_noun")
                         and toks[h - 1].norm == "من"), None)
            start = side + 1 if side is not None else x.tok_end
            y = next((c for c in (in_sentence if side is not None else in_clause)
                      if start <= c.tok_start <= start + 1 and c.kind in sides
                      and (toks[c.tok_start].proclitics[:1] == ("و",) or toks[c.tok_start - 1].norm == "و"
                           or toks[c.tok_start].norm.startswith("و"))), None)
            if y is None and side is None:
                # past what backs the first side ("بين القوات الأمنية العراقية المسنودة بفصائل الحشد الشعبي وتنظيم
                # "داعش""، "بين قوات النظام مدعمة بقوات الدفاع الوطني وعناصر من حزب الله"): the side after the first
                # و that opens a word, or the group after its head noun (تنظيم، عناصر) and a quote mark
                backed = next((h for h in range(x.tok_end, min(ce, x.tok_end + 2)) if toks[h].kind == "word"
                               and toks[h].stem in _cues("backed_by")), None)
                w = next((h for h in range(x.tok_end + 1, min(ce, x.tok_end + 9)) if toks[h].kind == "word"
                          and toks[h].norm.startswith("و") and (toks[h].proclitics[:1] == ("و",)
                                                                 or toks[h].stem.startswith("و"))), None) \
                    if backed is not None else None
                y = next((c for c in in_clause if w is not None and w <= c.tok_start <= w + 3 and c.kind in sides
                          and all(toks[h].kind != "word" or h == w or _word_in(toks[h], "members")
                                  or toks[h].stem in _cues("antecedent_only") for h in range(w, c.tok_start))), None)
            if y is None or (x.kind == "victim" and y.kind == "victim") or any(
                    c.kind == "victim" and c.sector == "CVL" for c in (x, y)):
                # (two people words are no two parties; nor are civilians a side: "مواجهات بين شبان فلسطينيين وقوات
                # الجيش" is a riot, its young men are hurt, they hurt no one)
                return None
            return x, y
        return None

    def _fought_with(self, doc: Document, draft: Draft, in_clause: list[Cand], cs: int, ce: int) -> Cand | None:
        """The party a fight in the clause was with: a ground-fight noun (اشتباكات، مواجهات، قتال، صدام ...) after في or
        خلال, or the noun trigger itself, then مع (past one adjective: "صدام مسلح مع"، "اشتباكات عنيفة مع") and the party
        right after it. None when there is no such fight."""
        toks = doc.tokens
        fight = _cues("ground_fight")
        first = min(f.i for f in draft.triggers)
        for k in range(max(cs, first), ce):
            tk = toks[k]
            if tk.kind != "word" or (tk.stem not in fight and tk.norm not in fight):
                continue
            trig = any(f.i <= k < f.j and f.trig.kind in ("noun", "nphrase") for f in draft.triggers)
            if not trig and not (tk.proclitics[:1] == ("ب",) or (k > cs and toks[k - 1].kind == "word"
                                                                    and toks[k - 1].norm in ("في", "خلال", "اثر", "جراء"))):
                continue
            m = next((x for x in (k + 1, k + 2) if x < ce and toks[x].kind == "word" and toks[x].norm == "مع"), None)
            if m is None:
                continue
            if m == k + 2 and toks[k + 1].kind != "word":
                continue
            other = next((c for c in in_clause if m < c.tok_start <= m + 2 and c.kind in ("actor", "entity", "agent", "victim")
                          and c.sector != "CVL" and not _border_with(toks, c.tok_start)), None)
            if other is not None and not (other.kind == "victim" and not _armed(other)):
                return other
            return None
        return None

    @staticmethod
    def _agent_of_participle(toks: list[Token], k: int) -> bool:
        """"مطار أبو الظهور العسكري والمحاصر من قبل جبهة النصرة": the agent of a described state (a definite
        passive participle right before من قبل), not of the event."""
        j = k - 3
        return (j >= 0 and toks[k - 1].stem == "قبل" and toks[k - 2].stem == "من" and toks[j].kind == "word"
                and "ال" in toks[j].proclitics and toks[j].stem in _cues("state_participle"))

    def _by_agent(self, toks: list[Token], k: int) -> bool:
        """Is the word at ``k`` the agent of "من قبل" or "على أيدي" (by), possibly counted: "من قبل عدة ضباط
        عراقيين"، "للخطف على ايدي مسلحين"?"""
        j = k - 1
        if j >= 1 and toks[j].kind != "punct" and (toks[j].stem in _cues("quantity") or self.number_at(toks[j]) is not None):
            j -= 1
        if j >= 1 and toks[j].stem in ("ايدي", "يد") and toks[j - 1].stem == "علي":
            return True
        if j >= 0 and toks[j].norm in ("برصاص", "بنيران", "برصاصه", "بنيران"):
            return True  # "قتل برصاص جنود جيش الاحتلال": by the bullets of, by the fire of
        return j >= 1 and toks[j].stem == "قبل" and toks[j - 1].stem == "من"

    def _undergoer(self, doc: Document, draft: Draft, in_clause: list[Cand], cands: list[Cand], s0: int) -> Cand | None:
        """Who underwent a noun-reported attack: the subject of تعرض ل (was subjected to) or of نجا من
        (survived), the word before or right after that verb (القوات الأميركية تعرضت لهجوم، تعرض موكبه لانفجار)."""
        if draft.type not in ("ASSAULT", "COERCE"):
            return None
        toks = doc.tokens
        head = min(draft.triggers, key=lambda f: f.i)
        for k in range(max(s0, head.i - 12), head.i):
            stem = toks[k].stem if toks[k].kind == "word" else ""
            norm = toks[k].norm if toks[k].kind == "word" else ""
            core = norm[1:] if norm[:1] in ("و", "ف", "ب") else norm
            survived = core in ("نجا", "نجت", "ينجو", "تنجو", "نجوا") or stem == "نجا"  # not نجاح (success)
            # "نجا قائد شرطة النجدة في بغداد، أمس، من محاولة اغتيال": a survivor may be named a dozen
            # tokens before; تعرض (also "to address" an issue) only close by
            if not (survived or ((core.startswith(("تعرض", "يتعرض")) or stem == "تعرض") and head.i - k <= 8)):
                continue
            pool = [c for c in cands if c.kind not in ("nationality",) and s0 <= c.tok_start]
            after = [c for c in pool if k < c.tok_start <= k + 6 and c.tok_end <= head.i]
            before = [c for c in pool if c.tok_end <= k and k - c.tok_end <= 2]
            if before:
                return before[-1]
            if after:
                return after[0]
        return None

    def _behind(self, doc: Document, cands: list[Cand], i: int, s1: int) -> Cand | None:
        """The group said to be behind an attack, between its first trigger ``i`` and ``s1``: "من فعل X"،
        "من تنفيذ X"، "X يقف وراء الهجوم"."""
        toks = doc.tokens
        for k in range(i + 1, s1 - 1):
            a, b = toks[k], toks[k + 1]
            work = a.norm == "من" and b.stem in ("فعل", "تنفيذ", "صنع")
            stands = a.stem in ("يقف", "تقف", "وقوف", "وقف") and b.norm.startswith(("وراء", "وراء"))
            if not (work or stands):
                continue
            who = next((c for c in cands if k + 2 <= c.tok_start <= k + 5 and c.kind in ("actor", "entity", "victim")
                        and c.tok_start > i), None)
            if who is None and stands:  # "ويعتقد ان تنظيم داعش يقف وراء الهجوم"
                who = next((c for c in reversed(cands) if c.tok_end <= k and k - c.tok_end <= 1
                            and c.kind in ("actor", "entity")), None)
            if who is not None:
                return who
        return None

    def _suspected(self, doc: Document, cands: list[Cand], i: int, s1: int) -> Cand | None:
        """"نفذتهما فتاتان يشتبه بأنهما عضوتان في جماعة بوكو حرام": the armed group named right after a
        hedge (يشتبه، يعتقد، يرجح) that follows an attack is its suspected doer."""
        for k in range(i + 1, s1):
            if not set(self._K[k]) & self._hedge:
                continue
            return next((c for c in cands if k < c.tok_start <= k + 6 and c.tok_end <= s1
                         and c.kind in ("actor", "entity") and _armed(c)), None)
        return None

    def _killed_subject(self, doc: Document, t: int, cands: list[Cand], s0: int, s1: int, draft: Draft) -> Cand | None:
        """"وكانت رئيسة الوزراء، بي نظير بوتو، قد قتلت في هجوم": a person named before a killing or wounding
        verb that has no object after it is who was killed or hurt."""
        toks = doc.tokens
        tok = toks[t]
        casualty = self._casualty_cues
        verb = next((f for f in draft.triggers if f.i == t and f.trig.kind in ("verb", "form")), None)
        if tok.kind != "word" or verb is None or not (set(self._K[t]) & casualty or verb.trig.key in casualty):
            return None
        if tok.norm.startswith(("م", "ال")):
            return None  # a noun (مقتل): handled by the genitive
        if self._object_follows(doc, t, cands, s1):
            return None  # an object follows: "قتلت القوات ثلاثة"
        def counted_of(c: Cand) -> bool:  # "خمسة أفراد من قوات الأمن قتلوا": people counted out of a force
            return (self._prepositional(doc, c) == "من" and c.tok_start >= 3
                    and self.number_at(toks[c.tok_start - 3]) is not None)

        before = [c for c in cands if s0 <= c.tok_start and c.tok_end <= t and t - c.tok_end <= 4
                  and c.kind in ("actor", "entity", "victim") and (self._prepositional(doc, c) is None or counted_of(c))]
        if not before:
            return None
        c = before[-1]
        if counted_of(c):
            return c
        if self._reports(doc, cands, c, t, s1):
            return None  # "اعلنت سلطات اقليم كردستان السبت عن ستة قتلى": who tells of the dead
        # a person or people, not an armed force (الجيش قتل ...); soldiers counted are people (خمسة جنود قتلوا)
        counted = c.tok_start > s0 and self.number_at(toks[c.tok_start - 1]) is not None
        return c if not _armed(c) or c.kind in PEOPLE or counted else None

    def _against_after_comma(self, doc: Document, cands: list[Cand], ce: int, s1: int, actor: Cand | None) -> Cand | None:
        """"كثفت طائرات التحالف العسكري من غاراتها ليلًا وصباح أمس، ضد مواقع المتمردين": the party an attack was
        against, after ضد or على right past the comma that ends the attack's clause (or the owner of the
        positions or site named there)."""
        toks = doc.tokens
        if ce + 2 >= s1 or toks[ce].kind != "punct" or toks[ce].text not in ("،", ","):
            return None
        prep = toks[ce + 1]
        if prep.kind != "word" or prep.norm not in ("ضد", "علي") or prep.enclitics:
            return None
        k = ce + 2
        sites = _cues("struck_site")
        if toks[k].kind == "word" and "ال" not in toks[k].proclitics and (toks[k].stem in sites or toks[k].norm in sites):
            k += 1
        return next((c for c in cands if c.tok_start == k and c.tok_end <= s1 and c.kind in ("actor", "entity", "victim")
                     and (actor is None or c.start != actor.start)), None)

    def _object_follows(self, doc: Document, t: int, cands: list[Cand], s1: int) -> bool:
        """Does the verb at ``t`` have an object: a participant right after it, or a count, past a
        qualifier ("قتل نحو 150 متمردا"), or a vague quantity ("قتل عددا من زعماء طالبان")?"""
        toks = doc.tokens
        if any(t < c.tok_start <= t + 2 and c.kind in ("actor", "entity", "victim", "crowd")
               and self._prepositional(doc, c) is None for c in cands):
            return True
        k = t + 1
        while k < s1 and k <= t + 3 and toks[k].kind == "word" and toks[k].norm in _cues("qualifier"):
            k += 1
        return k < s1 and (self.number_at(toks[k]) is not None or toks[k].stem in _cues("quantity")
                           or toks[k].norm in _cues("vague_object"))

    def _passive_victim(self, doc: Document, t: int, c: Cand) -> bool:
        """"قتل جنديان أميركيان"، "أصيب 13 عراقيا": after a bare killing or wounding verb, counted people
        or a victim noun are who was killed (the verb is read as passive), not the killer."""
        toks = doc.tokens
        tok = toks[t]
        if tok.kind != "word" or self._casualty_cues.isdisjoint(self._K[t]):
            return False
        if tok.norm.startswith(("م", "ال", "ا")) and not tok.norm.startswith(("اصيب", "استشهد")):
            return True  # a noun (مقتل، مصرع، إصابة): what follows it is who was killed or hurt
        if any(toks[k].kind == "number" or toks[k].stem in self.lex.numbers or toks[k].norm in self.lex.numbers
               for k in range(t + 1, c.tok_start + 1)):
            return True
        first = toks[c.tok_start]
        if (c.tok_start == t + 1 and "ال" not in first.proclitics and first.kind == "word"
                and first.stem in _cues("one_person")):
            return True  # "قتل جندي تركي وجرح سبعة آخرون": one soldier, indefinite, was killed
        if any(toks[k].kind == "word" and toks[k].stem.startswith("متاثر") for k in range(c.tok_end, min(len(toks), c.tok_end + 3))):
            return True  # "قتل والي الموصل ... متأثرا بجراحه": died of his wounds
        return c.kind in PEOPLE or first.stem in self.lex.victims or first.norm in self.lex.victims \
            or first.norm.endswith(("ان", "ين")) and c.sector in ("MIL", "COP", "CVL")

    @staticmethod
    def _members_of(doc: Document, c: Cand, group: Cand) -> bool:
        """Is ``c`` a members noun right before the group it belongs to (عناصر المقاومة، مقاتلو الحركة)?"""
        return (c.kind in PEOPLE and c.tok_end == group.tok_start and group.kind in ("actor", "entity")
                and _word_in(doc.tokens[c.tok_end - 1], "members"))

    def _object_target(self, doc: Document, ev: Event) -> Event:
        """``ev``, an attack with no target, with the noun phrase its verb governs as its target: "استهدفت خمس قذائف
        مستشفى ظهران الجنوب العام"، "قصفوا أحياء سكنية"، "هجوم على نقطة تفتيش" (the first mention that has one; one to
        four words up to a preposition, a conjunction, a relative, a day word or punctuation; not a place the gazetteer
        knows, which is the event's place, nor a time). It takes the country of the event's place, as targets do."""
        toks = doc.tokens
        starts = self._local.tok_starts
        stops = _cue_union("preposition", "relative", "day_word", "temporal_conjunction")
        places = getattr(doc, "places", None) or ()
        for m in ev.mentions:
            # (the token that holds the trigger: "القبض" starts at its article, the trigger after it)
            k = _bisect_right(starts, m.trigger_start) - 1
            if k < 0 or k >= len(toks) or not (toks[k].start <= m.trigger_start < toks[k].end) or toks[k].kind != "word":
                continue
            norm = toks[k].norm
            bare = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm
            verb_cues, noun_cues = (("object_verb", "object_on_noun") if ev.type == "ASSAULT"
                                    else ("arrest_object_verb", "arrest_object_noun"))
            if bare in _cues(verb_cues) or norm in _cues(verb_cues):
                a = k + 1
            elif toks[k].stem in _cues(noun_cues) or norm in _cues(noun_cues) or bare in _cues(noun_cues):
                a = k + 1
                while a < len(toks) and a <= k + 3 and toks[a].kind == "word" and toks[a].norm not in ("علي",) \
                        and not _word_in(toks[a], "preposition"):
                    a += 1  # (an adjective between: "هجوم انتحاري على")
                if a >= len(toks) or toks[a].norm != "علي":
                    continue
                a += 1
            else:
                continue
            timed = a
            while a < len(toks):
                t = toks[a]
                if t.kind == "word" and (t.norm in _cues("day_word") or t.norm in _cues("day_part")):
                    a += 1  # "استهدف أمس الخميس مسجد"
                elif t.kind == "word" and t.norm == "الاول" and a + 2 < len(toks) and toks[a + 1].norm == "من":
                    a += 3  # "فجر الأول من أمس"
                elif t.kind == "punct" and t.norm in ("،", ",") and a > timed:
                    a += 1  # "قتلت فجر أمس، الشاب"
                else:
                    break
            named = getattr(self._local, "named", ())
            if a < len(toks) and a in named and a == k + 1 and any(x.start == toks[a].start for x in ev.actors):
                # "استهدفت مقاتلات التحالف فرع المؤسسة الاقتصادية": the verb, its doer, then its object
                while a < len(toks) and a in named and a - k <= 6:
                    a += 1
                # (not a town's quarters, which are where: "وقصفت مليشيا الحوثي وصالح أحياء ديلوكس")
                if a >= len(toks) or a - k > 6 or _word_in(toks[a], "place_head"):
                    continue
            b = _object_phrase_end(toks, a, stops)
            if b == a or (toks[a].kind != "word" and not (toks[a].kind == "number" and b > a + 1)) \
                    or toks[a].proclitics[:1] in (("ب",), ("ل",), ("ك",)):
                continue  # (a count and its noun is one: "القبض على 431 داعشياً")
            named = getattr(self._local, "named", ())
            trig_at = getattr(self._local, "trig_at", ())
            if a in named or any(_word_in(toks[x], "munition") or x in trig_at for x in range(a, b)):
                continue  # the verb's subject after it (استهدفت خمس قذائف، استهدف القصف، هاجم مسلحو المقاومة): no object
            with_target = self._with_object_target(doc, ev, a, b, places)
            if with_target is not None:
                return with_target
        return ev

    def _with_object_target(self, doc: Document, ev: Event, a: int, b: int, places) -> Event | None:
        """``ev`` with tokens ``a``..``b`` as its target, in the country of the event's place (as targets are);
        None when they are a town or a region the gazetteer knows, which is the event's place, not its target."""
        toks = doc.tokens
        lo, hi = toks[a].start, toks[b - 1].end
        if any(p.start < hi and lo < p.end for p in places):
            return None
        a2 = getattr(ev.place, "country", None) if ev.place is not None else None
        country = _countries()[0].get(a2 or self._doc_country or "")
        target = Participant(lo, hi, doc.raw[lo:hi], None, country, None, None, "asserted", PRODUCER)
        ev = replace(ev, targets=(target,), flags=ev.flags + ("target-object",))
        return replace(ev, summary_en=summarize(ev))

    def _targeted_after_subject(self, doc: Document, ev: Event) -> Event:
        """``ev``, an attack with no target, with the object of a "targeted" verb (استهدف) in one of its mentions whose
        subject comes before it (a noun, not a conjunction or particle, right before the verb: "مكمن استهدف أمس قافلة
        عسكرية"، "إن التحالف استهدف الحوثيين"، "الهجوم الذي استهدف مسجدا"; a plural verb always has it before:
        "استهدفوا"): the noun phrase after the verb (past a day word) is what was targeted, not the doer. When the
        event's doer is that phrase, it is moved to the target; a place the gazetteer knows is the event's place."""
        toks = doc.tokens
        starts = self._local.tok_starts
        stops = _cue_union("preposition", "relative", "day_word", "temporal_conjunction")
        openers = _cues("verb_opener")
        places = getattr(doc, "places", None) or ()
        named = getattr(self._local, "named", ())
        trig_at = getattr(self._local, "trig_at", ())
        for m in ev.mentions:
            k0, k1 = _tok_range(starts, m.start, m.end)
            for k in range(max(k0, 1), min(k1, len(toks))):
                t = toks[k]
                if t.kind != "word":
                    continue
                norm = t.norm
                bare = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 4 else norm
                if bare not in _cues("targeted"):
                    continue
                prev = toks[k - 1]
                plural = bare.endswith("وا")
                if not plural and (bare != norm or prev.kind != "word" or prev.norm in openers
                                   or _word_in(prev, "preposition") or prev.proclitics[:1] in (("و",), ("ف",))
                                   and prev.norm[1:] in openers):
                    continue  # "كما استهدفت مقاتلات التحالف": the verb first, its doer after it
                a = k + 1
                while a < len(toks) and toks[a].kind == "word" and (toks[a].norm in _cues("day_word")
                                                                     or toks[a].norm in _cues("day_part")
                                                                     or toks[a].norm in _cues("verb_adverb")):
                    a += 1  # (past a time or an adverb: "استهدف أمس قافلة"، "استهدفت أيضا مواقع")
                if a >= len(toks) or toks[a].kind != "word" or toks[a].proclitics[:1] in (("ب",), ("ل",), ("ك",)):
                    continue
                doer = next((x for x in ev.actors if x.start <= toks[a].start < x.end), None)
                if doer is not None and ev.targets:
                    continue
                if doer is not None:
                    if any(p.start < doer.end and doer.start < p.end for p in places):
                        continue
                    ev = replace(ev, actors=tuple(x for x in ev.actors if x is not doer), targets=(doer,),
                                 flags=ev.flags + ("target-object",))
                    return replace(ev, summary_en=summarize(ev))
                b = _object_phrase_end(toks, a, stops)
                if b == a or a in named or any(_word_in(toks[x], "munition") or x in trig_at for x in range(a, b)):
                    continue
                with_target = self._with_object_target(doc, ev, a, b, places)
                if with_target is not None:
                    return with_target
        return ev

    def _takeover_foe(self, doc: Document, cands: list[Cand], ev: Event) -> Event:
        """``ev``, a takeover (its trigger word in the "takeover" cues: سيطر، حرر، استعاد ...) with a doer and no
        target, with the armed party last named before it, in its sentence or the two before, that is not the
        doer's side (neither name holds the other, nor do they share a dictionary name) as its target: the side
        the doer took the place from. It takes the country of the event's place, as targets do."""
        toks = doc.tokens
        starts = self._local.tok_starts
        takeover = _cues("takeover")
        doer = ev.actors[0]
        for m in ev.mentions:
            k = _bisect_right(starts, m.trigger_start) - 1
            if k < 0 or toks[k].kind != "word":
                continue
            norm = toks[k].norm
            if not (toks[k].stem in takeover or norm in takeover or (norm[:1] in ("و", "ف") and norm[1:] in takeover)):
                continue
            first_sent = self._local.sent_starts[max(0, self._sent_index(k) - 2)]
            df = _fold(doer.text)
            # (a party the dictionaries name before a bare noun: "الحوثيين" before "قوات" of "وقوات المقاومة")
            for c in sorted((c for c in cands if first_sent <= c.tok_start and c.end <= m.start and c.kind == "actor"
                             and _armed(c) and not self._is_place(doc, c)),
                            key=lambda c: ((c.code or "~").startswith("~"), -c.start)):
                cf = _fold(c.text)
                around = _fold(doc.raw[c.start:toks[min(len(toks), c.tok_end + 3) - 1].end])
                if cf in df or df in around or (doer.name and c.name == doer.name):
                    continue  # the doer's own side named again ("وقوات المقاومة الشعبية" for "المقاومة")
                if any(toks[j].stem in _cues("allegiance") for j in range(max(0, c.tok_start - 4), c.tok_start)):
                    continue  # "وحلفائهم الموالين للرئيس السابق علي عبدالله صالح": a side's patron, named for it
                target = self._participant(c, False, ev.place, "target")
                ev = replace(ev, targets=(target,), flags=ev.flags + ("target-foe",))
                return replace(ev, summary_en=summarize(ev))
            return ev
        return ev

    def _armed_in_place(self, ev: Event) -> Event:
        """``ev``, a deed, with its nameless armed doers (``_armed_agent``) given its place's country, else the
        article's, when they have none and are not named tentatively."""
        if ev.type in SPEECH_TYPES or not ev.actors or not any(_armed_agent(a) for a in ev.actors):
            return ev  # (a statement's place is often the speaker's, not the party's)
        a2 = getattr(ev.place, "country", None) if ev.place is not None else None
        country = _countries()[0].get(a2 or self._doc_country or "")
        if not country:
            return ev
        actors = tuple(replace(a, country=country) if _armed_agent(a) else a for a in ev.actors)
        ev = replace(ev, actors=actors)
        return replace(ev, summary_en=summarize(ev))

    def _attributed_doers(self, doc: Document, cands: list[Cand], events: list[Event]) -> list[Event]:
        """"ونسب الهجوم إلى متمردي حزب العمال الكردستاني"، "الهجوم الانتحاري المنسوب الى تنظيم داعش"، "وهو يحمل
        بصمات جماعة بوكو حرام": an attack the article attributes to a party, tentatively, has that party as its
        doer, hedged, when it names no doer of its own (or only a nameless one: الانتحاري، مسلحون). The attack
        is the one told in the same sentence, else the last one told before."""
        toks = doc.tokens
        attacks = [k for k, e in enumerate(events) if e.type == "ASSAULT" and e.mentions]
        if not attacks:
            return events
        sents = doc.sentences
        out = list(events)
        cues = _cue_union("attribution", "attribution_to")  # (_word_in either, one test per word)
        def armed_party(c: Cand) -> bool:
            return (c.kind in ("actor", "entity") and bool(c.code or c.country or c.sector in ("REB", "INS", "UAF"))
                    and c.sector not in ("CVL", "GOV", "MED"))

        either = _cue_union("attribution", "attribution_to", "accused_of")  # (a word with none: passed over at once)
        for k in range(len(toks)):
            if toks[k].kind != "word" or either.isdisjoint((toks[k].stem, toks[k].norm)):
                continue
            if _word_in(toks[k], "accused_of") and k + 1 < len(toks) and _word_in(toks[k + 1], "accused_of_deed"):
                # "تنظيم داعش المتهم بالوقوف خلف العملية الانتحارية": the party named right before, tentatively
                party = next((c for c in cands if armed_party(c) and (c.tok_end == k or (
                    c.tok_end == k - 1 and toks[k - 1].kind != "word"))), None)  # (past a closing quote)
                if party is None:
                    continue
            elif cues.isdisjoint((toks[k].stem, toks[k].norm)):
                continue
            else:
                # the party: the first named candidate after the cue (past إلى، لـ، the event noun, أيضا); after
                # إلى when it follows, past who attributes it ("هجوم نسبته انقرة الى التنظيم المتطرف")
                to = next((x for x in range(k + 1, min(len(toks), k + 7)) if toks[x].kind == "word"
                           and toks[x].norm == "الي"), None)
                if to is None and not _word_in(toks[k], "attribution"):
                    continue  # "ما نسبته 30 في المئة": a ratio, unless إلى follows
                lo_k, hi_k = (to, to + 3) if to is not None else (k, k + 5)
                party = next((c for c in cands if lo_k < c.tok_start <= hi_k and armed_party(c)), None)
                if party is None and to is not None and to + 1 < len(toks) and toks[to + 1].kind == "word" \
                        and toks[to + 1].proclitics == ("ال",) and toks[to + 1].stem in _cues("antecedent_only"):
                    # "نسب إلى التنظيم الإرهابي"، "نسبته انقرة الى التنظيم المتطرف": after إلى the word is the
                    # organization, not the verbal noun, even where the article named none before
                    tk = toks[to + 1]
                    st = next(x.start for x in tk.segments if x.form == "ال")
                    party = Cand(st, tk.end, doc.raw[st:tk.end], to + 1, to + 2, sector="REB", code="~REB",
                                 producer=PRODUCER)
                if party is None:
                    continue
            sent = next((x for x in sents if x.token_start <= k < x.token_end), None)
            lo, hi = (toks[sent.token_start].start, toks[sent.token_end - 1].end) if sent else (toks[k].start, toks[k].end)
            direct = self._attack_attributed(doc, out, attacks, lo, k)
            j = direct[0] if direct is not None else _attack_told_at(out, attacks, lo, hi)
            if j is None:
                continue
            ev = out[j]
            if direct is not None:
                # "غداة هجوم انتحاري نسب إلى تنظيم داعش"، "هجوم دامٍ نسبته انقرة الى التنظيم المتطرف": the attack noun
                # the attribution qualifies is done by the party it is attributed to: not by the subject of the
                # clause the noun is in ("وعدت الحكومة التركية ... غداة هجوم"), nor by whom attributes it, nor by one
                # another report of it names ("أن الشرطة التركية تعرفت على هوية مشتبه به مرتبط بالهجوم"); and
                # neither of the last two is whom it was done to
                inside = (direct[1], toks[k].start)  # (a doer between the noun and the attribution: "هجوم شنه مسلحون")
                ev = replace(ev, actors=tuple(a for a in ev.actors if inside[0] <= a.start and a.end <= inside[1]),
                             targets=tuple(t for t in ev.targets if not (toks[k].end <= t.start < party.end)))
                out[j] = ev
            first = ev.actors[0] if ev.actors else None
            doer = self._participant(party, True, ev.place, "actor")
            if (first is not None and first.certainty != "hedged" and "actor-claimed" not in ev.flags
                    and any(lo <= m.start < hi for m in ev.mentions) and _same_name(first, doer)):
                # "في هجوم انتحاري لمتمردي حزب العمال ... ونسب الهجوم لمتمردي حزب العمال"، "وهو يحمل بصمات جماعة بوكو
                # حرام": the doer the event names is the party the article only attributes it to (no claim of its
                # own): tentative
                ev = replace(ev, actors=(replace(first, certainty="hedged"),) + ev.actors[1:],
                             flags=ev.flags + ("actor-attributed",))
                out[j] = replace(ev, summary_en=summarize(ev))
                continue
            if first is not None and (first.country or (first.code and not first.code.startswith("~"))
                                      or first.certainty == "hedged"):
                continue  # a named doer of its own (not a nameless one: الانتحاري، مسلحون)
            if first is not None and _same_text(first, doer):
                continue
            ev = replace(ev, actors=(doer,) + ev.actors, flags=ev.flags + ("actor-attributed",))
            out[j] = replace(ev, summary_en=summarize(ev))
        out = self._claimed_doers(doc, cands, out, attacks)
        # "قنبلة يدوية ألقاها مسلحون مجهولون"، "قنبلة زرعها فيما يبدو إسلاميون": the doer of the munition named in
        # a relative clause with no الذي (a verb with the munition as its pronoun object), for an attack with none
        for j in attacks:
            ev = out[j]
            if ev.actors:
                continue
            m = ev.mentions[0]
            a, b = _tok_range(self._local.tok_starts, m.start, m.end)
            for k in range(a + 1, b - 1):
                tk = toks[k]
                if not (tk.kind == "word" and tk.norm in _cues("munition_doer_verb")
                        and any(_word_in(toks[x], "munition") for x in range(max(a, k - 3), k))):
                    continue  # (a verb with the munition as its object pronoun, not an adjective: قذيفة ... ومدفعية)
                party = next((c for c in cands if k < c.tok_start <= k + 3 and c.kind in ("actor", "entity")
                              and c.sector not in ("CVL", "MED")), None)
                if party is None:
                    continue
                hedged = any(_word_in(toks[x], "hedge") for x in range(k + 1, party.tok_start)) or \
                    "مجهول" in party.text
                doer = self._participant(party, hedged, ev.place, "actor")
                ev = replace(ev, actors=(doer,), flags=ev.flags + ("actor-of-munition",))
                out[j] = replace(ev, summary_en=summarize(ev))
                break
        return out

    def _attack_attributed(self, doc: Document, events: list[Event], attacks: list[int], lo: int,
                           k: int) -> tuple[int, int] | None:
        """The attack (an index of ``events`` among ``attacks``) whose first report's trigger is the event noun the
        attribution word at token ``k`` qualifies, and the raw end of that trigger: the nearest trigger before it in
        the sentence from raw offset ``lo``, at most twelve words back ("هجوم انتحاري نسب إلى"، "هجوم دامٍ في 20 يوليو (تموز) في جنوب
        البلاد على الحدود مع سوريا نسب إلى"); None if there is none."""
        toks = doc.tokens
        best, at, first = None, -1, False
        for j in attacks:
            for n, m in enumerate(events[j].mentions):
                if m.trigger_start < lo:
                    continue
                t = _tok_range(self._local.tok_starts, m.trigger_start, m.trigger_end)[1] - 1
                if at < t < k:
                    best, at, first = j, t, n == 0
        if best is None or not first or sum(1 for x in range(at + 1, k) if toks[x].kind == "word") > 12:
            return None  # (nor a further report merged into an attack told before: "ومنذ الهجوم المنسوب الى")
        return best, toks[at].end

    def _claimed_doers(self, doc: Document, cands: list[Cand], out: list[Event], attacks: list[int]) -> list[Event]:
        """"وتبنت حركة طالبان هذا الهجوم"، "هجوم تبنته حركة طالبان"، "وأعلنت طالبان مسؤوليتها عن الهجوم"، "حركة الشباب التي
        أعلنت مسؤوليتها": a party that claims an attack is its doer (asserted: the claim is the party's own word),
        when the attack names no doer, or only a generic one (مسلحون، الانتحاري). The attack is the one told in the same
        sentence, else the last one told before. Not when the claim is denied ("ولم تعلن أي جهة مسؤوليتها")."""
        toks = doc.tokens
        sents = doc.sentences

        def party_near(lo: int, hi: int, last: bool = False) -> Cand | None:
            found = [c for c in cands if lo <= c.tok_start and c.tok_end <= hi and c.kind in ("actor", "entity")
                     and (c.code or c.country or c.sector in ("REB", "INS", "UAF"))
                     and c.sector not in ("CVL", "MED") and not self._is_place(doc, c)]
            return (found[-1] if last else found[0]) if found else None

        claimed, responsibility = _cues("claimed_by"), _cues("claim_responsibility")
        for k in range(len(toks)):
            tk = toks[k]
            if tk.kind != "word":
                continue
            bare = tk.norm[1:] if tk.norm[:1] in ("و", "ف") and tk.norm[1:] in claimed else tk.norm
            if bare not in claimed and responsibility.isdisjoint((tk.stem, tk.norm)):
                continue
            x = _bisect_right(self._local.sent_starts, k) - 1
            sent = sents[x] if x >= 0 and k < sents[x].token_end else None
            s0, s1 = (sent.token_start, sent.token_end) if sent else (k, k + 1)
            if bare in claimed:  # (as written: not the present يتبنى nor the noun بتبني)
                verb = k
                party = party_near(k + 1, min(s1, k + 6)) or party_near(max(s0, k - 4), k, last=True)
            elif _word_in(tk, "claim_responsibility"):
                verb = next((v for v in range(k - 1, max(s0, k - 6) - 1, -1) if _word_in(toks[v], "claim_verb")
                             and not toks[v].proclitics[:1] == ("ب",)), None)
                if verb is None:
                    continue
                party = party_near(verb + 1, k) or party_near(max(s0, verb - 4), verb, last=True)
            else:
                continue
            if party is None or any(toks[x].norm in _cues("negation") for x in range(max(s0, verb - 2), verb)):
                continue
            lo, hi = toks[s0].start, toks[s1 - 1].end
            j = _attack_told_at(out, attacks, lo, hi)
            if j is None:
                continue
            ev = out[j]
            first = ev.actors[0] if ev.actors else None
            if first is not None and not ((first.code or "").startswith("~") and first.certainty != "hedged"):
                continue  # a doer named of its own (a generic one, الجنود or مسلحون, yields to the claimant)
            doer = self._participant(party, False, ev.place, "actor")
            if first is not None and _same_text(first, doer):
                continue
            ev = replace(ev, actors=(doer,) + ev.actors, flags=ev.flags + ("actor-claimed",))
            out[j] = replace(ev, summary_en=summarize(ev))
        return out

    @staticmethod
    def _doer_genitive(doc: Document, actor: Cand | None, c: Cand) -> bool:
        """Is ``c`` the armed body in the genitive right after an armed doer ("جنود جيش الاحتلال"، "طائرات التحالف
        العربي"), of its country or of none? A definite name takes no genitive ("اتهم المتحدث باسم المقاومة الشعبية
        ميليشيات الحوثيين")."""
        return (actor is not None and c.tok_start == actor.tok_end and _armed(actor) and _armed(c)
                and (not c.country or not actor.country or c.country == actor.country)
                and "ال" not in doc.tokens[actor.tok_end - 1].proclitics)

    def _also_hit(self, doc: Document, cands: list[Cand], cs: int, ce: int, actor: Cand | None,
                  target: Cand) -> list[Cand]:
        """People of another country counted as killed or hurt in the same clause as an attack's target:
        "مقتل اثنين من جنوده واصابة تسعة عراقيين" (American soldiers and Iraqis), "مقتل ستة مدنيين افغان
        ... اربعة جنود اميركيين ... استهدف موكبا لقوات اجنبية": each is a target of the attack too."""
        toks = doc.tokens
        seen = {target.country}
        out = []
        for c in cands:
            if not (cs <= c.tok_start and c.tok_end <= ce) or c.start == target.start or not c.country:
                continue
            if c.country in seen or (actor is not None and (c.start == actor.start or (
                    c.country == actor.country and c.sector == actor.sector))):
                continue  # the doer's own side
            if c.kind not in PEOPLE and c.sector not in ("CVL", "MIL", "COP"):
                continue
            if c.tok_start < 2 or self.number_at(toks[c.tok_start - 1]) is None:
                continue
            cue = set(self._K[c.tok_start - 2])
            if not (cue & self._casualty_cues or toks[c.tok_start - 2].norm in ("بينهم", "منهم")):
                continue  # counted as killed or hurt (مقتل ستة مدنيين، بينهم اربعة جنود), not "صد مئات المستوطنين"
            seen.add(c.country)
            out.append(c)
        return out[:2]

    def _suspected_group(self, doc: Document, cands: list[Cand], s0: int, s1: int, target: Cand) -> Cand | None:
        """"اعتقلت الشرطة قرابة 300 شخص في حملات ضد من يشتبه في أنهم ينتمون لداعش"، "أوقفت 251 شخصا في حملة
        استهدفت أفرادا يشتبه في انتمائهم إلى تنظيم داعش": people arrested counted only as persons are held as
        suspects of the armed group the sentence names after a suspicion, belonging or campaign word (the
        "suspect_link" cues); the group is whom the arrest is aimed at too, a second target."""
        if fold_key(target.text) not in _cues("counted_people"):
            return None
        links = _cues("suspect_link")
        for c in cands:
            if c.tok_start < target.tok_end or c.tok_end > s1 or c.kind != "actor" or c.sector != "REB":
                continue
            if c.tok_start - target.tok_end > 20:
                break
            if any(set(self._K[k]) & links for k in range(target.tok_end, c.tok_start)):
                return c
        return None

    def _counted_dead(self, c: Cand, s0: int) -> bool:
        """Is ``c`` counted among the dead or hurt ("القتلى المدنيين"، "قتلى من الحوثيين")?"""
        casualty = self._casualty_cues
        return any(set(self._K[k]) & casualty for k in range(max(s0, c.tok_start - 2), c.tok_start))

    def _implied_doer(self, ev: Event) -> Event:
        """``ev``, a deed that names no doer, given the one the CAMEO convention implies, of the country where it
        happens: an arrest, a raid, a curfew, a deployment or a sentence carried out is the state's ("اعتقلت امرأتان ... كما اعلنت وزارة
        الداخلية"، "وتم تشديد التدابير الأمنية"); a protest is its people's ("وخرج الآلاف اليوم الجمعة مجددا إلى
        الميادين"); an attack on rebels or militants is its forces' ("مقتل 52 عنصرا من بينهم اثنان من قياديي
        داعش ... بعمليات عسكرية"; not from the air: "لقي اربعة حوثيين مصرعهم في غارة" in Yemen is the coalition's).
        Hedged, anchored on the place's words, flagged ``actor-implied``. Unchanged
        when the place has no country, or for an attack on anyone else (a bombing of civilians is no state's)."""
        kind = None
        if ev.type == "COERCE" and ev.mode in IMPLIED_STATE_COERCION:
            kind = "GOV"
        elif ev.type == "MOBILIZE":
            kind = "MIL"
        elif ev.type == "SANCTION" and ev.mode == "sentence":
            kind = "GOV"  # a sentence carried out is the state's: "تم اليوم تنفيذ حكم القتل قصاصا بحق الجاني"
        elif ev.type == "PROTEST":
            kind = "CVL"
        elif (ev.type == "ASSAULT" and ev.mode in IMPLIED_STATE_FORCE and ev.targets and _side(ev.targets[0]) == "armed"
              and ev.targets[0].certainty != "hedged"):
            kind = "MIL"
        place = ev.place
        if kind is None or place is None or getattr(place, "start", None) is None:
            return ev
        a3 = _countries()[0].get(getattr(place, "country", None) or "")
        if not a3 or (kind == "MIL" and ev.type == "ASSAULT" and ev.targets[0].country not in (None, a3)):
            return ev  # (rebels of another state struck there: a foreign power's strike, "غارات على الحزب في العراق")
        name = _countries()[1].get(a3)
        label = {"GOV": "Government", "MIL": "Forces", "CVL": "People"}[kind]
        actor = Participant(place.start, place.end, place.text, f"{label} of {name}" if name else None, a3, kind,
                            a3 + kind, "hedged", PRODUCER)
        acled = self._acled(ev.type, ev.mode, (actor,), ev.targets)
        ev = replace(ev, actors=(actor,), flags=ev.flags + ("actor-implied",),
                     acled_event_type=acled[0] or ev.acled_event_type,
                     acled_sub_event_type=acled[1] or ev.acled_sub_event_type)
        return replace(ev, summary_en=summarize(ev))

    @staticmethod
    def _of_his_country(doc: Document, c: Cand, s0: int) -> Cand:
        """``c``, a body of no country named with "بلاده" (his country) right after it ("أعرب نائب الرئيس اليمني
        عن تقدير حكومة بلاده"), given the country of the nationality adjective the sentence names last before it
        (the speaker's), not the country of the place the statement is made in."""
        toks = doc.tokens
        if c.country or c.tok_end >= len(toks) or toks[c.tok_end].norm not in ("بلاده", "بلادها"):
            return c
        for k in range(c.tok_start - 1, max(s0, c.tok_start - 12) - 1, -1):
            if toks[k].kind == "word" and (given := _with_nisba_country(c, toks[k])) is not None:
                return given
        return c

    @staticmethod
    def _of_title_country(doc: Document, c: Cand, head: int) -> Cand:
        """``c``, a speaker of no country, given the country of his title: the nationality adjective the words right
        before him name, back to the statement's verb with no punctuation nor و between ("شجب عضو اللقاء الديموقراطي
        اللبناني النائب نعمة طعمة")."""
        toks = doc.tokens
        if c.country or c.tok_start <= head or c.tok_start - head > 8 or c.kind not in ("actor", "entity"):
            return c
        for k in range(c.tok_start - 1, head, -1):
            tk = toks[k]
            if tk.kind != "word" or _conjoined(tk):
                return c
            if (given := _with_nisba_country(c, tk)) is not None:
                return given
        return c

    def _participant(self, c: Cand, hedged: bool, place, role: str = "target",
                     local_name: bool = False) -> Participant:
        """A participant; one with no country of its own takes the event place's country (else the
        article's main country) when it is local by nature: victims, and the state's own forces."""
        country = c.country
        where = (getattr(place, "country", None) if place is not None else None) or self._doc_country
        if c.code == "SAUMIL" and "coalition" in (c.name or "") and where in US_COALITION_THEATRES \
                and not any(w in fold_key(c.text) for w in ("العربي", "السعوديه")):
            # "شن طيران التحالف 14 غارة ضد مواقع داعش في العراق": in Iraq, Syria or Afghanistan the bare
            # coalition is the US-led one, in Yemen the Saudi-led one
            c = replace(c, code="USAMIL", name="US-led international coalition")
            country = "USA"
        # never an international body (مجلس الأمن holds الأمن, a local word) or a force called foreign
        # (nor a name the dictionaries lack that is the doer of an attack: such a name is as often a word of
        # the page, "جوجل بلس"، "الوطن", and a country given to it would keep its attack apart from others;
        # the one of a statement, an arrest or a protest is mostly a local person or body: "وناشد الأحمدي"; so is
        # an activist or the opposition there: "اعتبر الناشط الحقوقي علي السليماني")
        # (the police are the place's even where the clause hedges: "أوقفت 251 شخصا ... يشتبه في انتمائهم")
        if (not country and (not hedged or c.sector == "COP") and not c.foreign and not _international(c)
                and (c.kind in PEOPLE or _local_agent(c) or role == "target" or (local_name and (c.kind == "entity" or c.sector == "OPP")))):
            a2 = getattr(place, "country", None) if place is not None else None
            country = _countries()[0].get(a2 or self._doc_country or "")
        if not country and c.foreign and c.sector not in ("IGO", "NGO"):
            country = "INT"  # CAMEO's code for foreigners of no one state: "القوات الأجنبية"، "سياح غربيون"
        return Participant(c.start, c.end, c.text, c.name, country, c.sector, c.code,
                           "hedged" if hedged else "asserted", c.producer)


def _with_nisba_country(c: Cand, tok: Token) -> Cand | None:
    """``c`` given the country of ``tok`` when it is a definite nationality adjective (اليمني، اللبناني; ``c`` as it
    is when that country has no ISO code the tables know); None when ``tok`` is no such adjective."""
    a2 = _nisba_country_any(tok.norm) if tok.norm.startswith("ال") else None
    if not a2:
        return None
    a3 = _countries()[0].get(a2)
    return replace(c, country=a3) if a3 else c
