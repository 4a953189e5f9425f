"""Who speaks, judges, meets or calls: the speakers of statements and the sides of meetings.

A mixin of :class:`marsad.events.extract.EventExtractor` (its rules read the extractor's tables through ``self``)."""
from __future__ import annotations

import bisect
from bisect import bisect_right as _bisect_right
from dataclasses import replace

from ..document import Document, Token
from .lexicon import Trigger
from .model import Event, Participant
from .common import (CIVIL_SECTORS, Cand, Draft, Found, NON_STATE_ARMED, PRODUCER, SPEAKER_CARRIED, _conjoined,
    _countries, _cue_union, _cues, _demonym_states, _demonyms, _keys, _present, _same_clause, _speech_forms,
    _speech_past, _word_in, fold_key)
from .merging import _armed, _tok_range
from .summary import summarize


class StatementRules:
    def _unnamed_subject(self, doc: Document, cands: list[Cand], t: int, c: Cand) -> bool:
        """"كما طالبت الحركة جميع الفصائل": a definite noun no actor table knows stands right after the verb,
        before ``c``: it is the subject, and ``c`` the one addressed."""
        toks = doc.tokens
        k = t + 1
        if k >= c.tok_start or toks[t].enclitics or toks[k].kind != "word" or toks[k].proclitics[-1:] != ("ال",):
            return False
        if toks[k].stem not in self._generic_orgs:
            return False  # (only a body's head noun: الحركة، التنظيم، الهيئة; not "الدكتور فلان")
        return not any(o.tok_start <= k < o.tok_end for o in cands)

    def _opening_speaker(self, doc: Document, s0: int, t: int) -> Cand | None:
        """The subject of the verb a sentence opens with (واتفق الوزراء، وقال عبدالله ...), when it is a body of
        people or a person the NER stage tags (see _plain_speaker), standing before token ``t``."""
        toks = doc.tokens
        k = s0
        while k < t and toks[k].kind == "word" and toks[k].norm in ("كما", "وكما", "وقد", "قد", "فيما", "بينما"):
            k += 1
        if k + 1 >= t or toks[k].kind != "word" or toks[k].proclitics[-1:] == ("ال",):
            return None
        pers = next((e for e in getattr(doc, "entities", ()) or () if e.label == "PERS" and e.start == toks[k + 1].start), None)
        if pers is not None:  # a person: the name the NER stage tags ("وقال أوباما في بيان إغلاق ...")
            a, b = _tok_range(self._local.tok_starts, pers.start, pers.end)
            return Cand(pers.start, pers.end, doc.raw[pers.start:pers.end], a, b, kind="entity",
                        producer="events.speaker") if b <= t else None
        verb = Found(Trigger(toks[k].norm, "verb", "REQUEST", None, 0.0, frozenset()), k, k + 1, toks[k].start, toks[k].end)
        c = self._plain_speaker(doc, Draft("REQUEST", None, [verb], (s0, t)), t)
        return c if c is not None and c.tok_end <= t else None

    def _participle_speaker(self, doc: Document, s0: int, t: int) -> Cand | None:
        """The speaker of a speech participle at ``t`` whose sentence names no party before it: a person the NER
        stage tags before it ("وقالت بشرى العبيدي ...، داعية المجتمع الدولي"), else, when the participle opens
        the sentence ("... أرواح الأبرياء. مطالباً الحوثيين بتسليم الخرائط"), the last speaker, whose words it
        goes on with."""
        toks = doc.tokens
        lo, hi = toks[s0].start, toks[t].start
        pers = next((e for e in getattr(doc, "entities", ()) or () if e.label == "PERS" and lo <= e.start and e.end <= hi), None)
        if pers is not None:
            a, b = _tok_range(self._local.tok_starts, pers.start, pers.end)
            return Cand(pers.start, pers.end, doc.raw[pers.start:pers.end], a, b, kind="entity", producer="events.speaker")
        if all(toks[k].kind != "word" for k in range(s0, t)):
            return self._last_actor
        # "واضاف "اوجه نداء الى الشبان ..."، داعيا "الرئيس الاميركي ..." الى التوجه الى ناغازاكي": the sentence opens
        # with a statement verb with no subject of its own (a quote, a colon or أن follows it): the participle goes
        # on with the last speaker, as that verb does
        k = s0
        while k < t and toks[k].kind == "word" and toks[k].norm in _cues("additive_opener"):
            k += 1
        verb = toks[k]  # (وأضاف is often kept whole by the segmenter)
        if (k + 1 < t and verb.kind == "word" and not verb.enclitics
                and (not self._reporting.isdisjoint(self._K[k]) or (verb.norm[:1] == "و" and verb.norm[1:] in self._reporting))
                and (toks[k + 1].kind == "punct" or toks[k + 1].norm in ("ان", "انه", "انها", "بان", "بانه", "بانها"))):
            return self._last_actor
        return None

    def _antecedent(self, doc: Document, cands: list[Cand], k: int) -> Cand | None:
        """The party a definite head noun at ``k`` refers back to: "الحركة" -> the last "حركة حماس" named
        before it in the article (the same head noun opening a named actor)."""
        toks = doc.tokens
        stem = toks[k].stem
        return next((c for c in reversed(cands) if c.tok_end <= k and c.kind == "actor" and c.tok_end - c.tok_start > 1
                     and toks[c.tok_start].kind == "word" and toks[c.tok_start].stem == stem
                     and not (c.code or "").startswith("~")), None) if stem else None

    # -- participants -----------------------------------------------------
    def _told_to_agency(self, doc: Document, a: int) -> bool:
        """Is the name at token ``a`` a news agency a statement was told to, a few words after its verb ("وقال نبيل جاسم
        أحد منظمي المظاهرات لوكالة الصحافة الفرنسية")? Only the addressee of the words, no party to what is told."""
        toks = doc.tokens
        for k in range(a, max(a - 3, -1), -1):  # (or a word of its name: "الصحافة الفرنسية" of that agency)
            first = toks[k]
            if first.kind != "word" or (k < a and toks[k + 1].proclitics[-1:] != ("ال",)):
                return False
            if first.proclitics[-1:] == ("ل",) and _word_in(first, "agency"):
                at = self._local.speech_at
                n = bisect.bisect_left(at, k)
                return bool(n) and k - at[n - 1] <= 8
        return False

    @staticmethod
    def _after_outlet(doc: Document, a: int) -> bool:
        """Does the name at token ``a`` follow a media outlet word ("قناة القدس"، "صحيفة الرياض")?"""
        return a > 0 and _word_in(doc.tokens[a - 1], "outlet")

    def _verb_word(self, tok: Token) -> bool:
        """Is the word a trigger verb or an agentive, continuing or speech verb (شن، واصل، قال), by its forms?"""
        keys = set(_keys(tok))
        if tok.kind == "word" and tok.norm[:1] in ("و", "ف"):
            keys.add(tok.norm[1:])  # (وشن kept whole)
        return any(t.kind in ("verb", "form") for k in keys for t in self.lex.words.get(k, ())) or bool(
            set(keys) & self._verb_cues)

    @staticmethod
    def _official_body(doc: Document, cands: list[Cand], speaker: Cand, s1: int) -> Cand:
        """The body an unnamed official speaker is in, named right after him with في or ب and known to the actor
        tables with its country ("وقال مصدر مسؤول في وزارة الخارجية الكويتية"، "مسؤول بوزارة الخارجية"): he speaks
        for it (as CAMEO codes him), so his words and the body's or its state's are one voice; else the speaker."""
        toks = doc.tokens
        if speaker.country or speaker.tok_end - speaker.tok_start != 1 or not _word_in(toks[speaker.tok_start], "spokesman"):
            return speaker
        k = speaker.tok_end
        body = next((c for c in cands if c.kind == "actor" and c.country and c.tok_end <= s1 and (
            (c.tok_start == k + 1 and toks[k].kind == "word" and toks[k].norm == "في")
            or (c.tok_start == k and toks[k].proclitics[:1] == ("ب",)))), None)
        return body or speaker

    def _informed(self, doc: Document, cands: list[Cand], s0: int, t: int, actor: Cand | None,
                  target: Cand | None) -> tuple[Cand | None, Cand | None]:
        """"وأبلغت الحكومة الأمم المتحدة رفضها": who informed is the speaker, whom it informed the target;
        "انها ابلغت واشنطن بأنها لن تنسحب": the subject is told before, Washington is informed."""
        toks = doc.tokens
        k = next((m for m in range(t - 1, max(s0, t - 8) - 1, -1) if toks[m].kind == "word"
                  and toks[m].stem in _cues("inform")), None)
        if k is None:
            return actor, target
        after = sorted((c for c in cands if k < c.tok_start <= k + 2 and c.tok_end <= t
                        and c.kind in ("actor", "entity")), key=lambda c: c.tok_start)
        if not after:
            return actor, target
        first = self._with_name(doc, cands, after[0])
        told = k > s0 and toks[k - 1].norm in ("انه", "انها", "انهم", "انني", "اننا")  # the subject is a pronoun
        second = None if told else next(
            (c for c in cands if first.tok_end <= c.tok_start <= first.tok_end + 1 and c.tok_end <= t
             and c.kind in ("actor", "entity")
             and not any(e.label == "PERS" and e.start <= c.start < e.end for e in doc.entities)), None)
        if second is not None:
            return first, second
        if actor is None or actor.start != first.start:
            return actor, first
        return actor, target

    def _met_after_aside(self, doc: Document, cands: list[Cand], actor: Cand, s1: int) -> Cand | None:
        """The party named right after an aside of day and place set off by commas after the subject of a meeting
        verb and its titles (", امس في مقر الحكومة اليمنية المؤقت بالرياض، وزير الدولة الإماراتي"); None if there is no
        such aside (it opens with a word for the day or with في)."""
        toks = doc.tokens
        k = self._title_chain_end(doc, cands, actor)
        if not (k + 1 < s1 and toks[k].kind == "punct" and toks[k].text in ("،", ",") and toks[k + 1].kind == "word"
                and (toks[k + 1].norm in ("امس", "اليوم") or toks[k + 1].norm == "في")):
            return None
        close = next((j for j in range(k + 2, min(s1, k + 14)) if toks[j].kind == "punct"), None)
        if close is None or toks[close].text not in ("،", ",") or close + 1 >= s1 or toks[close + 1].kind != "word" \
                or toks[close + 1].proclitics[:1] == ("و",):
            return None
        return next((c for c in cands if c.tok_start == close + 1 and c.kind in ("actor", "entity")), None)

    def _called_on(self, doc: Document, cands: list[Cand], actor: Cand, verb: Found, s1: int,
                   arrest: bool = False) -> Cand | None:
        """Whom a call verb (دعا، طالب، ناشد، حث) calls on, when it is not what the clause names next: the party with no
        preposition right after the verb and, when it follows the verb, after the speaker with his titles and name,
        or right after a comma that closes an aside there ("، أمس العراقيين"، "، باسم مجلس قيادة المقاومة، الأهالي"),
        before the words that open the content of the call ("call_content": إلى، على، عدم، بأن). A people counted as a
        nationality is that people ("العراقيين"); a definite noun with a nationality adjective is that people
        ("المجتمع اليمني"). None if the content, a word with ب or ل in the place of the object, or the end of the
        sentence comes first (12 tokens at most). With ``arrest``, whom an arrest verb took, past an aside of its
        day set off by commas: "أوقفت، منذ أمس الجمعة، 320 شخصاً"، "ألقت السلطات التركية القبض، في يونيو الماضي، على 18
        طالبا سودانيا" (a count and the على of القبض are passed over)."""
        toks = doc.tokens
        k = verb.j
        if actor.tok_start >= verb.j:
            k = max(actor.tok_end, self._title_chain_end(doc, cands, actor))
        by_start: dict[int, Cand] = {}
        for c in cands:  # (sorted by start, the longest first)
            by_start.setdefault(c.tok_start, c)
        end, slot = min(s1, k + 12), True
        while k < end:
            tk = toks[k]
            if tk.kind != "word":
                if arrest and slot and tk.kind == "number":
                    k += 1  # "320 شخصاً"
                    continue
                if tk.norm != ",":
                    return None
                k, slot = k + 1, True
                continue
            name = tk.norm == "علي" and tk.text.endswith("ي")  # (the name علي, not the preposition على)
            if _word_in(tk, "call_content") and not name and not arrest:
                return None
            if not slot:
                k += 1
                continue
            c = by_start.get(k)
            if c is not None and (c.start == actor.start or self._apposed(doc, actor, c)):
                k, slot = c.tok_end, False  # (the speaker's own name after his title)
                continue
            if tk.norm in ("امس", "اليوم") or (arrest and c is None and (
                    self.number_at(tk) is not None or tk.norm == "علي")):
                k += 1
                continue
            if c is not None and (self._prepositional(doc, c) is None or (arrest and self._prepositional(doc, c) == "علي")) \
                    and not _conjoined(tk) \
                    and c.kind in ("actor", "entity", "victim", "crowd", "nationality"):
                return replace(c, kind="victim") if c.kind == "nationality" else c
            nat = by_start.get(k + 1)
            if (c is None and nat is not None and nat.kind == "nationality" and nat.country
                    and tk.proclitics == ("ال",) and not tk.enclitics):
                # "المجتمع اليمني": the noun and its nationality
                st = next(x.start for x in tk.segments if x.form == "ال")
                return replace(nat, start=st, text=doc.raw[st:nat.end], tok_start=k, kind="victim")
            if c is None and tk.proclitics[:1] in (("ب",), ("ل",)) and tk.norm != "باسم":
                return None
            k, slot = k + 1, False
        return None

    def _judgement_words(self, doc: Document) -> tuple[list[int], list[int], list[int]]:
        """Where in the article a statement or a description may tell a judgement (_judgement), found once per
        article: the words that may anywhere in a sentence, those that need the word before them in it, and those
        that need a word after them in it (three sorted lists of token indices)."""
        if getattr(self._local, "judge_doc", None) is not doc:
            toks = doc.tokens
            K = self._K
            # (a description too: "وصف اللواء التركي العملية الإرهابية بـ«الفعل الجبان»"; deeming a deed a crime;
            # a statement participle: "مؤكدا أن الإرهابي نفذ جريمته النكراء")
            told = _cues("describe") | _cues("deem") | _cues("speech_participle")
            past = _speech_past()
            before, reporting, forms = _cues("before_speech"), self._reporting, _speech_forms()
            # every test below needs one of these among the word's keys (its whole form is one of them): the other
            # words are passed over in one test each
            may = getattr(self, "_judgement_keys", None)
            if may is None:
                may = self._judgement_keys = told | past | reporting | frozenset("و" + f for f in forms)
            anywhere, after_word, before_end = [], [], []
            last = len(toks) - 1
            for k in [k for k, keys in enumerate(K) if keys and not may.isdisjoint(keys)]:
                t = toks[k]
                # (a statement verb of a feminine or plural speaker: "وقالت الوزارة إن"، "وأكدت المنظمة أن")
                if t.norm in told or not past.isdisjoint(K[k]):
                    anywhere.append(k)
                if t.proclitics:
                    continue
                # (a statement verb in the present after its subject: "ووزارة الداخلية إذ تعلن ذلك")
                if k and t.norm in reporting and toks[k - 1].kind == "word" and toks[k - 1].norm in before:
                    after_word.append(k)
                # (a statement verb the segmenter keeps whole with its و, أضاف alone being rare, with no subject
                # of its own after it: "وأضاف في تصريح"، "وأوضح أن")
                if k < last and _conjoined(t) and t.norm[1:] in forms and self._no_subject_after(toks, k):
                    before_end.append(k)
            self._local.judge_doc = doc
            self._local.judge_words = anywhere, after_word, before_end
        return self._local.judge_words

    def _judgement(self, doc: Document, cands: list[Cand], s0: int, s1: int, asked: bool = False) -> Draft | None:
        """"قال الشيخ X إن جريمة تفجير المسجد النكراء آلمت الجميع": a named speaker calling an act heinous,
        savage or cowardly condemns it (an ACCUSE aimed at its doer), though no condemning verb is used."""
        toks = doc.tokens
        denounce = _cues("denounce")
        at = self._local.speech_at
        # (a description too: "وصف اللواء التركي العملية الإرهابية بـ«الفعل الجبان»")
        deem = _cues("deem")  # "اعتبر الناشط ... زرع الألغام جريمة حرب": deeming a deed a crime
        # the words of the article that may tell a judgement (see _judgement_words), those of the sentence
        anywhere, after_word, before_end = self._judgement_words(doc)
        ks = sorted(set(at[bisect.bisect_left(at, s0):bisect.bisect_left(at, s1)])
                    | set(anywhere[bisect.bisect_left(anywhere, s0):bisect.bisect_left(anywhere, s1)])
                    | set(after_word[bisect.bisect_left(after_word, s0 + 1):bisect.bisect_left(after_word, s1)])
                    | set(before_end[bisect.bisect_left(before_end, s0):bisect.bisect_left(before_end, s1 - 1)]))
        for k in ks:
            if toks[k].norm in _cues("speech_participle"):
                # its speaker is the one of the statement it goes on with (the party after it is what is said of):
                # the subject of the sentence's verb before it, as for a speech participle trigger ("وعبر الأمين
                # العام للمركز الأستاذ فيصل بن معمر ... عن تزايد الاهتمام ...، مؤكدا أن ... «داعش» منظمة إرهابية وما
                # ترتكبه هو جرائم"), else the last speaker
                subj = [c for c in cands if s0 <= c.tok_start and c.tok_end <= k and c.kind in ("actor", "entity")]
                opening = self._opening_speaker(doc, s0, k)
                if opening is not None and subj and subj[0].tok_start == opening.tok_start:
                    opening = subj[0]
                last = self._last_actor
                speaker = opening or (subj[0] if subj else None) or (
                    last if last is not None and last.kind in ("actor", "entity") else None)
                if speaker is None:
                    continue
            else:
                speaker = next((c for c in cands if k < c.tok_start <= k + 4 and c.kind in ("actor", "entity")
                                and c.tok_end <= s1), None)
                if speaker is not None and self._told_to(toks, speaker, k):
                    continue  # "وقالوا لـ«اليوم»: إن هذا العمل الإجرامي": the paper is told, it does not judge
            if (speaker is None and k + 1 < s1 and _word_in(toks[k + 1], "honorific_pronoun")
                    and self._last_actor is not None and self._last_actor.kind in ("actor", "entity")):
                speaker = self._last_actor  # an honorific pronoun for the last speaker ("وأكد سموه أن هذا العمل الجبان")
            if speaker is None:
                speaker = self._titled_speaker(doc, k + 1, s1)
            if speaker is None and not toks[k].proclitics:
                # "ووزارة الداخلية إذ تعلن ذلك لتبين أن مثل هذا العمل الجبان": the party right before the verb
                speaker = next((c for c in cands if s0 <= c.tok_start and c.tok_end <= k and c.kind in ("actor", "entity")
                                and all(toks[m].kind == "word" and toks[m].norm in _cues("before_speech")
                                        for m in range(c.tok_end, k))), None)
            if (speaker is None and (_conjoined(toks[k]) or toks[k].proclitics[:1] == ("ف",)) and k + 1 < s1
                    and self._no_subject_after(toks, k)
                    and (last := self._last_actor) is not None and last.kind in ("actor", "entity")
                    and last.tok_end <= k and k - last.tok_end <= SPEAKER_CARRIED
                    and not any(last.tok_end <= c.tok_start and c.tok_end <= k and c.kind in ("actor", "entity")
                                and c.sector != "CVL" for c in cands)):
                # (civilians or residents named since speak for no one: "مدير عام مكتب الصحة والسكان")
                # "وأضاف في تصريح ... أن «القتلى سقطوا خلال عمليات العنف التي قامت بها ميليشيات الحوثي»": a
                # statement verb joined by و with no subject of its own, no party named since, goes on with the
                # last speaker
                speaker = last
            if speaker is None:
                continue
            perp = _cues("perpetrator_word")  # (where the sentence has one: a word of the four before m is one)
            perp_at = [n for n in range(s0, s1) if toks[n].kind == "word" and toks[n].norm in perp]
            for m in range(max(speaker.tok_end, k + 1), s1):
                if perp_at and (x := bisect.bisect_left(perp_at, max(s0, m - 4))) < len(perp_at) and perp_at[x] < m:
                    # "عملية واسعة أطلقت للعثور على منفذي هذا الهجوم الشنيع"، "تصل إلى كل من يقف وراء هذا العمل الإجرامي":
                    # the deed named as what its doers are hunted for, a search told, not a judgement passed
                    continue
                if not asked and self._violence_done_by(toks, cands, m, s1):
                    pass  # "أن القتلى سقطوا خلال عمليات العنف التي قامت بها ميليشيات الحوثي": violence laid on a party
                elif toks[m].kind == "word" and toks[m].norm not in denounce and not self._deed_judged(toks, m, s0) and not (
                        toks[k].norm in deem and set(self._K[m]) & _cues("verdict_noun")
                        and not toks[m].enclitics and "ال" not in toks[m].proclitics):  # (a predicate: indefinite)
                    m = self._verdict(doc, m, s1)  # "إن التمرد المسلح يشكل اعتداء مباشرا على حق الشعوب"
                if m is not None and toks[m].kind == "word":
                    trig = Trigger(toks[m].norm, "noun", "ACCUSE", None, 0.55, frozenset())
                    found = Found(trig, m, m + 1, toks[m].start, toks[m].end)
                    return Draft("ACCUSE", None, [found], (k, self.clause_bounds(doc, s0, s1, m)[1]),
                                 ["judgement"], speaker)
            return None
        return None

    @staticmethod
    def _praise_of_no_party(doc: Document, d: Draft, cands: list[Cand], places, actor: Cand | None,
                            target: Cand | None, s1: int) -> bool:
        """Is the SUPPORT draft told only by a verb of praise (أشاد، ثمن، مشيدا، عن امتنانه) with no party named
        after it in its sentence: no target, actor, body, place or nationality ("وأشاد وزير الطاقة بأهمية العمل"،
        "أشاد مدرب الخليج بالحالة التي ظهر عليها الفريق")? Praise of a deed or an effort of no party named is a
        courtesy, not support given to a party ("وأشاد بجهود حكومة المملكة العربية السعودية" is)."""
        praise = _cues("praise_trigger")
        if not all(set(f.trig.key.split(",")) & praise for f in d.triggers):
            return False
        toks = doc.tokens
        first = min(d.triggers, key=lambda f: f.i)
        # the subject right after the verb, with the names and titles apposed to it, is the one who praises: "وأشاد
        # نائب وزير الصحة حمد بن محمد الضويلع بجهود العاملين"، "أشاد نائب الرئيس اليمني رئيس مجلس الوزراء بالتحسن"
        subj, grew = first.j, True
        while grew:
            grew = False
            for c in ([actor] if actor is not None else []) + cands:
                if c.tok_start == subj and c.tok_end > subj and not toks[subj].proclitics[:1] in (("ب",), ("ل",)):
                    subj, grew = c.tok_end, True
        if _word_in(toks[first.i], "praise_bi"):
            # أشاد takes what it praises with ب: all before it is the one who praises ("أشاد الوزير عز الدين
            # الأصبحي, بالدعم والمساندة التي تلقاها الحكومة اليمنية")
            # (or a relative kept whole with its ب: "مشيداً في هذا الصدد بما يبذله رجال الأمن")
            subj = next((k for k in range(first.j, s1) if toks[k].kind == "word"
                         and ("ب" in toks[k].proclitics or toks[k].norm in _cues("bi_relative"))), subj)
        # (up to the comma that closes the praise: "مثمنًا جهود فريق العمل ... في جميع المستشفيات، أوضح ذلك الناطق")
        end = next((k for k in range(subj, s1) if toks[k].kind == "punct" and toks[k].norm in ("،", ",", "؛", ";", ":")), s1)
        if end <= subj:
            return False
        if target is not None and subj <= target.tok_start < end:
            return False
        lo, hi = first.end, toks[end - 1].end
        if any(c.tok_start >= subj and c.end <= hi and c.kind in ("actor", "entity", "nationality") for c in cands):
            return False
        if any(lo <= p.start and p.end <= hi and p.start >= toks[subj - 1].end for p in places):
            return False
        return not any(toks[k].kind == "word" and (toks[k].stem in _demonyms() or toks[k].norm[2:] in _demonyms())
                       for k in range(subj, end))

    @staticmethod
    def _no_subject_after(toks: list[Token], k: int) -> bool:
        """Is the verb at ``k`` followed by punctuation, a preposition or a complementizer (no subject of its own)?"""
        nxt = toks[k + 1]
        return nxt.kind == "punct" or (nxt.kind == "word" and (
            nxt.norm in _cues("preposition_word") or nxt.norm in _cues("complementizer")))

    @staticmethod
    def _told_to(toks: list[Token], c: Cand, v: int) -> bool:
        """Is ``c`` governed by a ل right after the statement verb at ``v``, the one the statement is made to
        ("وقالوا لـ«اليوم»"، "أكد لـ«عكاظ»"; not a genitive further on: "أوضح التداعيات الخطيرة للتمرد")?"""
        k = c.tok_start - 1 if c.tok_start > 0 and toks[c.tok_start - 1].norm == '"' else c.tok_start
        return ((k == v + 1 and toks[c.tok_start].proclitics[:1] == ("ل",))
                or (k == v + 2 and toks[k - 1].norm == "ل"))

    @staticmethod
    def _violence_done_by(toks: list[Token], cands: list[Cand], m: int, s1: int) -> bool:
        """Is the word at ``m`` a noun of violence or abuse (انتهاكات، العنف، جرائم) said to be committed by a named
        party in a relative clause right after it ("الانتهاكات الممنهجة التي قامت بها جماعة الحوثي"، "أعمال العنف التي
        ارتكبها الحوثيون")? Told by a speaker, that lays the violence on the party: an accusation (not when the
        sentence asks for something, "طالب بالتحقيق في الجرائم التي ارتكبتها الميليشيات": what is asked is told)."""
        if toks[m].kind != "word" or toks[m].norm not in _cues("violence_noun"):
            return False
        rel = next((n for n in range(m + 1, min(s1, m + 4)) if toks[n].kind == "word" and toks[n].norm in ("التي", "الذي")), None)
        if rel is None or not all(toks[n].kind == "word" and "ال" in toks[n].proclitics for n in range(m + 1, rel)):
            return False  # (only the article's adjectives between: "الانتهاكات الممنهجة التي")
        verb = rel + 1
        if verb >= s1 or toks[verb].kind != "word" or toks[verb].norm not in _cues("commit_verb"):
            return False
        return any(verb < c.tok_start <= verb + 3 and c.tok_end <= s1 and c.kind in ("actor", "entity") for c in cands)

    def _deed_judged(self, toks: list[Token], m: int, s0: int) -> bool:
        """Is the word at ``m`` a pejorative that condemns the deed it qualifies, right after that deed's noun
        ("هذا عمل إجرامي وعمل مشين"، "أن هذا الفعل جبان")? Alone ("عصابة إجرامية") it names no deed judged."""
        deed = m - 1 >= s0 and toks[m - 1].kind == "word" and not _cues("deed_noun").isdisjoint(self._K[m - 1])
        # ("ووصف نتنياهو الهجوم بأنه عمل إرهابي": terrorist only as what the deed is said to be; "صد هجوم إرهابي"
        # names its kind)
        return deed and (toks[m].norm in _cues("denounce_deed") or (
            toks[m].norm in _cues("terror_predicate") and m - 2 >= s0 and toks[m - 2].norm in _cues("predicate_marker")))

    def _verdict(self, doc: Document, m: int, s1: int) -> int | None:
        """The crime noun of a verdict opened at ``m`` by a copula ("يشكل اعتداء"، "يعد بمثابة جريمة حرب"،
        "وما ترتكبه هو جرائم"), or None: a speaker calling a deed a crime or an aggression accuses its doer."""
        toks = doc.tokens
        if toks[m].norm not in _cues("verdict_copula"):
            return None
        for n in range(m + 1, min(s1, m + 3)):
            if toks[n].kind != "word":
                return None
            if set(self._K[n]) & _cues("verdict_noun"):
                return n
        return None

    @staticmethod
    def _titled_speaker(doc: Document, a: int, s1: int) -> Cand | None:
        """"وصف اللواء التركي العملية الإرهابية بـ«الفعل الجبان»": a definite rank or office right after the
        speech verb (with the nisba of its country) is the speaker, though the NER tags no name there."""
        toks = doc.tokens
        if a >= s1 or toks[a].kind != "word" or "ال" not in toks[a].proclitics \
                or toks[a].proclitics[:1] in (("ب",), ("ل",), ("ك",)):
            return None
        if toks[a].stem not in _cues("judge_title"):
            return None
        b = a + 1
        if b < s1 and toks[b].kind == "word" and "ال" in toks[b].proclitics and toks[b].stem in _demonyms():
            b += 1  # "اللواء التركي"
        return Cand(toks[a].start, toks[b - 1].end, doc.raw[toks[a].start:toks[b - 1].end], a, b,
                    kind="entity", producer="events.titled_speaker")

    def _protested_pronoun(self, doc: Document, cands: list[Cand], first: int, s0: int,
                           actor: Cand | None) -> Cand | None:
        """"احتجاجا على زيارته": a protest against something of "his" or "hers" is against the last party
        with a country named before the trigger in the sentence (الرئيس الأميركي)."""
        toks = doc.tokens
        for k in range(first + 1, min(first + 8, len(toks) - 1)):
            if toks[k].norm not in ("على", "علي", "ضد"):
                continue
            if k > first + 1 and toks[k - 1].stem not in ("احتجاجا", "رفضا", "تنديدا", "احتجاج"):
                return None  # "احتشدوا ... احتجاجا على زيارته": right after the trigger or its "in protest"
            noun = toks[k + 1]
            if noun.kind == "word" and noun.enclitics in (("ه",), ("ها",)):
                before = [c for c in cands if s0 <= c.tok_start and c.tok_end <= first and c.country
                          and c.kind in ("actor", "entity") and (actor is None or c.country != actor.country)]
                # a party of the actor table (الرئيس الأميركي) before a bare name (وزوجته لورا)
                return next((c for c in reversed(before) if c.kind == "actor"), before[-1] if before else None)
            return None
        return None

    def _protest_aim(self, doc: Document, cands: list[Cand], first: int, s1: int, actor: Cand | None) -> Cand | None:
        """Whom a protest is against, when its clause does not say: the first actor with a country, or a
        nationality adjective (السياسات الأميركية), after the trigger in its sentence and within reach of it."""
        toks = doc.tokens
        places = getattr(doc, "places", None) or []
        # "ورددوا هتافات معادية لإيران": the party the protest is declared hostile to
        hostile = next((c for c in cands if first < c.tok_start < s1 and c.tok_start - first <= 20
                        and toks[c.tok_start - 1].stem in _cues("hostile") and c.kind in ("actor", "entity")), None)
        if hostile is not None and (actor is None or hostile.start != actor.start):
            return hostile
        for c in cands:
            if c.tok_start <= first or c.tok_end > s1 or c.tok_start - first > 20:
                continue
            if actor is not None and (c is actor or c.start == actor.start or c.country == actor.country):
                continue
            if any(p.start < c.end and c.start < p.end for p in places):
                continue  # a place (احتشدوا في كابل) is where, not whom
            if c.kind == "nationality" and c.country:
                noun = toks[c.tok_start - 1] if c.tok_start > 0 else None
                if noun is not None and noun.kind == "word" and noun.stem in _cues("policy"):
                    return replace(c, kind="actor")
                # "ألقوا الحجارة على جرافات اسرائيلية"، "ضد قوات أميركية": what is faced is that country's
                against = toks[c.tok_start - 2] if c.tok_start > 1 else None
                if (noun is not None and noun.kind == "word" and not noun.proclitics and against is not None
                        and against.norm in ("على", "علي", "ضد")):
                    return replace(c, kind="actor")
                continue
            if c.kind in ("actor", "entity") and c.country:
                return c
        return None

    def _reports(self, doc: Document, cands: list[Cand], c: Cand, t: int, s1: int) -> bool:
        """Is ``c`` the speaker of a speech verb next to it, before the trigger at ``t`` ("أعلن الجيش
        الأميركي مقتل"، "الجيش قد أعلن أمس مقتل"): who reports a killing is not its doer. Unless it
        reports its own act: "أكد حلف الأطلسي أنه قتل نحو 150 متمردا" (that it killed: a verb right
        after a pronoun complementizer, with an object)."""
        K = self._K
        toks = doc.tokens
        k = c.tok_start - 1 if c.tok_start > 0 and toks[c.tok_start - 1].norm == '"' else c.tok_start
        if (k > 0 and (toks[k - 1].norm == "ل" or toks[c.tok_start].proclitics[:1] == ("ل",))
                and any(set(K[x]) & self._reporting for x in range(max(0, k - 5), k))):
            return True  # "وقال سكان محليون لـ«الرياض» إن اشتباكات": the paper told, not a party
        # (not a statement verb before it across أن/إن: "وأضاف أن القوات المشتركة تطارد عناصر داعش", the party
        # after the complementizer is the subject of what is said, not who says it)
        near = [k for k in range(max(0, c.tok_start - 2), c.tok_start)
                if not any(toks[m].kind == "word" and toks[m].norm in _cues("complementizer")
                           for m in range(k + 1, c.tok_start))] + list(range(c.tok_end, t))
        # "وقال المتحدث باسم حاكم إقليم فارياب «فجر انتحاري»": the body a spokesman speaks for reports what
        # its spokesman tells
        spoken_for = (c.tok_start >= 2 and toks[c.tok_start - 1].norm == "باسم"
                      and _word_in(toks[c.tok_start - 2], "spokesman"))
        if not spoken_for and not any(set(K[k]) & self._reporting for k in near):
            return False
        own = (t - 1 >= c.tok_end and toks[t - 1].norm in _cues("self_report") and toks[t].kind == "word"
               and not toks[t].norm.startswith(("م", "ال")) and self._object_follows(doc, t, cands, s1))
        return not own

    def _protester(self, doc: Document, in_clause: list[Cand], cands: list[Cand], t: int, s0: int,
                   s1: int) -> Cand | None:
        """Who protests: a crowd noun (المتظاهرون، محتجون، أنصار) in the clause, else in the sentence;
        else people named next to the trigger (تظاهر مئات الأشخاص، آلاف الإيرانيين تظاهروا)."""
        toks = doc.tokens

        def is_crowd(c: Cand) -> bool:  # a crowd noun, or an actor-dictionary entry that is one
            return c.kind == "crowd" or (c.kind == "actor" and any(
                toks[k].stem in self._crowd or toks[k].norm in self._crowd for k in range(c.tok_start, c.tok_end)))

        crowd = [c for c in in_clause if is_crowd(c)]
        if not crowd:
            # people counted right by the trigger (تظاهر مئات الصرب) before a crowd noun a clause away
            who = self._counted_protesters(doc, in_clause, cands, t, s0, s1)
            if who is not None:
                return who
            crowd = [c for c in cands if is_crowd(c) and s0 <= c.tok_start and c.tok_end <= s1]
        if crowd:
            who = min(crowd, key=lambda c: abs(c.tok_start - t))
            if not who.country:
                # "مليوني لبناني خرجوا متظاهرين": the protesters are the people counted by nationality
                nat = next((c for c in cands if c.kind in ("nationality", "victim") and c.country and s0 <= c.tok_start
                            and abs(c.tok_start - who.tok_start) <= 6 and c.tok_start > s0
                            and (toks[c.tok_start - 1].kind == "number" or self.number_at(toks[c.tok_start - 1]) is not None)), None)
                if nat is not None:
                    who = replace(who, country=nat.country)
            return who
        return self._counted_protesters(doc, in_clause, cands, t, s0, s1) or self._counted_crowd(doc, t, s1) \
            or self._counted_crowd(doc, self._crowd_verb_before(doc, t, s0), s1)

    def _crowd_verb_before(self, doc: Document, t: int, s0: int) -> int | None:
        """"وخرج الآلاف ... احتجاجا على الفساد"، "تجمع العشرات في ساحة يونيون تضامنا مع": a verb of gathering
        (the "crowd_verb" cues) before the protest word, in its clause: the verb whose subject protests."""
        toks = doc.tokens
        for v in range(t - 1, max(s0, t - 12) - 1, -1):
            if not _same_clause(toks, v, t):
                return None
            if set(self._K[v]) & _cues("crowd_verb"):
                return v
        return None

    def _counted_crowd(self, doc: Document, t: int | None, s1: int) -> Cand | None:
        """"وتظاهر المئات"، "تجمع العشرات"، "تجمع نحو مائة شخص"، "تظاهر مئات الطلاب": a count right after the
        protest verb (past a qualifier: نحو، قرابة) is its subject, who protests, with the noun it counts
        (a word for persons, or the definite noun after a count in the construct state)."""
        if t is None:
            return None
        toks = doc.tokens
        k = t + 1
        while k < min(s1, t + 3) and toks[k].kind == "word" and toks[k].norm in _cues("qualifier"):
            k += 1
        if k >= s1 or k == t + 1 and toks[k].kind == "word" and _conjoined(toks[k]):
            return None
        count = self.number_at(toks[k])
        if count is None:
            return None
        end = k + 1
        nxt = toks[end] if end < s1 else None
        if nxt is not None and nxt.kind == "word" and not _conjoined(nxt) and (
                fold_key(nxt.norm) in _cues("counted_people")
                or ("ال" not in toks[k].proclitics and "ال" in nxt.proclitics and count[1] == "vague")):
            end += 1
        lo, hi = toks[t + 1].start, toks[end - 1].end
        return Cand(lo, hi, doc.raw[lo:hi], t + 1, end, kind="crowd", sector="CVL", producer=PRODUCER)

    def _counted_protesters(self, doc: Document, in_clause: list[Cand], cands: list[Cand], t: int, s0: int,
                            s1: int) -> Cand | None:
        """People named within four tokens of a protest trigger: a noun for people in its clause (مئات
        الأشخاص), or a people counted (آلاف الإيرانيين، مليوني لبناني، مئات الصرب)."""
        toks = doc.tokens
        # after the trigger only its subject, right after it or its count (not "احتجاجا على كثرة السياح")
        near = [c for c in cands if c.kind in ("victim", "nationality", "actor") and -4 <= c.tok_start - t <= 2
                and s0 <= c.tok_start and c.tok_end <= s1 and (c in in_clause or c.kind != "victim")]
        for c in sorted(near, key=lambda c: abs(c.tok_start - t)):
            if c.kind == "victim":
                return c
            if c.kind == "actor" and (c.sector or not c.country):
                continue  # a people has a country and no sector (الصرب، الأكراد): not a force or a party
            # a nationality or a people used as a noun for people: "آلاف الإيرانيين", "مليوني لبناني"
            prev = toks[c.tok_start - 1] if c.tok_start > s0 else None
            if prev is not None and (prev.kind == "number" or prev.stem in self.lex.numbers or prev.norm in self.lex.numbers
                                     or self.number_at(prev) is not None):
                return replace(c, kind="crowd", sector="CVL")
        return None

    def _speaker(self, doc: Document, cands: list[Cand], s0: int, s1: int) -> Cand | None:
        """The subject of a speech verb (قال، أعلن، وفقا ل) in this sentence, if any."""
        at = self._local.speech_at
        for k in at[bisect.bisect_left(at, s0):bisect.bisect_left(at, s1)]:
            for c in cands:
                if k < c.tok_start <= k + 4 and c.kind in ("actor", "entity") and c.tok_end <= s1:
                    return c
        return None

    @staticmethod
    def _pronoun_subject(toks: list[Token], i: int, s0: int) -> bool:
        """Is the verb at ``i`` right after a particle of contrast that carries its subject as a pronoun (لكنه،
        ولكنهم، إلا أنه، غير أنها), within the sentence that starts at ``s0``?"""
        if i - 1 < s0 or toks[i - 1].kind != "word":
            return False
        tok = toks[i - 1]
        pron = ("ه", "ها", "هم", "هما")
        if tok.norm.lstrip("و") in tuple("لكن" + p for p in pron) or (tok.stem in ("لكن", "ولكن") and tok.enclitics[-1:] and tok.enclitics[-1] in pron):
            return True
        return (i - 2 >= s0 and tok.norm in tuple("ان" + p for p in pron) and toks[i - 2].kind == "word"
                and toks[i - 2].norm in ("الا", "غير", "بيد"))

    def _opening_subject(self, doc: Document, cands: list[Cand], s0: int, s1: int) -> Cand | None:
        """The named subject of a sentence that opens with a verb ("كما قررت القيادة الفلسطينية ..."): the
        next sentence's "وطلبت ..." with no subject of its own continues it."""
        toks = doc.tokens
        k = s0
        while k < s1 and toks[k].kind == "word" and toks[k].norm in ("كما", "وكما", "فيما", "بينما", "وقد", "قد"):
            k += 1
        if k >= s1 or toks[k].kind != "word" or not toks[k].norm.endswith(("ت", "وا")) or "ال" in toks[k].proclitics:
            return None  # a perfect verb (قررت، أكدوا), not a noun
        c = next((c for c in cands if c.tok_start == k + 1 and c.kind in ("actor", "entity")), None)
        return c

    def _voicing_subject(self, doc: Document, cands: list[Cand], s0: int, s1: int) -> Cand | None:
        """The named subject of a voicing verb (أعرب، عبر، أبدى، شدد، جدد) a sentence opens with, right after it
        ("وقد عبر الأمين العام للمركز معالي الأستاذ فيصل بن معمر ... عن تزايد الاهتمام"): a speaker, whom a
        statement in the next sentence with none of its own goes on with ("مؤكداً على أن ...")."""
        toks = doc.tokens
        k = s0
        while k < s1 and toks[k].kind == "word" and (toks[k].norm in _cue_union("additive_opener", "voice_opener")
                                                     or toks[k].norm in ("فيما", "بينما", "وقد", "قد")):
            k += 1
        if k >= s1 - 1 or toks[k].kind != "word" or toks[k].proclitics[-1:] == ("ال",) or toks[k].enclitics:
            return None
        if not _word_in(toks[k], "voicing_verb") and not (toks[k].norm[:1] == "و" and toks[k].norm[1:] in _cues("voicing_verb")):
            return None
        return next((c for c in cands if c.tok_start == k + 1 and c.kind in ("actor", "entity") and c.tok_end <= s1), None)

    def _opening_voice(self, doc: Document, cands: list[Cand], f: Found, s0: int) -> Cand | None:
        """The named subject of the statement verb a sentence opens with (أعرب، أكد، قال، شدد: the speech and
        voicing cues), right after it, when the statement trigger ``f`` is a past verb joined to it by و
        ("أعرب الاتحاد الأوروبي عن بالغ القلق ...، وطالب بأن"): the verbs share that subject."""
        toks = doc.tokens
        tok = toks[f.i]
        if (f.trig.kind not in ("verb", "form") or tok.norm[:1] != "و" or not _conjoined(tok)
                or _present(tok, f.trig) or f.trig.type == "CONSULT"  # ("، وبحث العلاقات": a verbal noun as well)
                or tok.norm[1:2] in ("ي", "ت", "ن") or tok.norm.endswith(("وا", "ون")) or f.i < 1
                or toks[f.i - 1].kind != "punct"):
            return None
        k = s0
        while k < f.i and toks[k].kind == "word" and toks[k].norm in _cue_union("additive_opener", "voice_opener"):
            k += 1
        if k >= f.i - 1 or toks[k].kind != "word" or toks[k].proclitics[-1:] == ("ال",) or toks[k].enclitics:
            return None
        if self._reporting.isdisjoint(self._K[k]) and not _word_in(toks[k], "voicing_verb"):
            return None
        if toks[k].norm.endswith("ت") != tok.norm.endswith("ت"):
            return None  # (the two verbs agree: "أعربت الوزارة ...، وطالبت")
        return next((c for c in cands if c.tok_start == k + 1 and c.kind in ("actor", "entity") and c.tok_end < f.i), None)

    def _voiced_before_comma(self, doc: Document, cands: list[Cand], s0: int, comma: int) -> Cand | None:
        """The subject of the voicing verb (أعرب، عبر، أبدى) a sentence opens with, when it fills all the words up to
        the comma at ``comma`` (an honorific before it, titles and a name: "أعرب معالي نائب رئيس مجلس الشورى الدكتور
        محمد بن أمين الجفري،"), as one span from its first party to its last; else None."""
        toks = doc.tokens
        k = s0
        while k < comma and toks[k].kind == "word" and toks[k].norm in _cue_union("additive_opener", "voice_opener"):
            k += 1
        if k >= comma or toks[k].kind != "word" or not _word_in(toks[k], "voicing_verb"):
            return None
        a = k + 1
        while a < comma and toks[a].kind == "word" and toks[a].norm in _cues("honorific"):
            a += 1
        # (its first party may follow the head of a title: "مدير الجامعة السعودية")
        first = next((c for c in cands if a <= c.tok_start <= a + 1 and c.kind in ("actor", "entity")
                      and c.tok_end <= comma), None)
        if first is None or a >= comma or any(toks[m].kind != "word" for m in range(a, comma)):
            return None
        # (and its last a name, maybe with a family name the tagger left out: "عبد الله بن عبد العزيز الموسى")
        last = next((c for c in cands if comma - 1 <= c.tok_end <= comma and c.kind in ("actor", "entity")), None)
        if last is None or last.tok_start < first.tok_start:
            return None
        if last is first and first.tok_start == a and first.tok_end == comma:
            return first
        end = toks[comma - 1].end
        return replace(first, start=toks[a].start, tok_start=a, end=end, tok_end=comma, text=doc.raw[toks[a].start:end])

    @staticmethod
    def _masculine_verb(tok: Token, f: "Found") -> bool:
        """A verb trigger in the 3rd person masculine singular: the lexicon's past form (دعا، ودعا) or a
        present with ي (يدعو)."""
        if f.trig.kind not in ("verb", "form") or tok.kind != "word":
            return False
        past = f.trig.key.split(",")[0]  # (a form row of a speech verb starts with it: دعا,دعت,...)
        if past.endswith("ت"):
            return False
        forms = (tok.stem, tok.stem[1:] if tok.stem[:1] in ("و", "ف") else "")
        return past in forms or any(x[:1] == "ي" and not x.endswith(("ون", "وا")) for x in forms if x)

    def _feminine(self, doc: Document, c: Cand) -> bool:
        """Is the candidate's head feminine: a state's name (إسرائيل، إيران; not العراق، لبنان ...) or a
        noun in ة or ات that is not a person's (الحكومة، السلطات; not "سماحة المفتي", not أسامة)?"""
        if any(e.label == "PERS" and e.start <= c.start < e.end for e in doc.entities):
            return False
        head = doc.tokens[c.tok_start]
        surface = doc.raw[head.start:head.end]
        if head.kind == "word" and head.enclitics == ("ي",) and surface.endswith("تي") and len(surface) > 5:
            return True  # a feminine dual in construct, "وزارتي التعليم والمالية" (the segmenter reads a "my")
        if head.kind != "word" or head.enclitics or head.stem in _cues("honorific"):
            return False
        if self._country_name(doc, c):
            return head.stem not in _cues("masculine_state")
        if surface.endswith(("تان", "تين")) and len(head.stem) > 5:
            return True  # a feminine dual: "الحكومتان"
        return surface.endswith("ة") or (surface.endswith("ات") and len(head.stem) > 4)

    @staticmethod
    def _subject_dropped(toks: list[Token], f: "Found") -> bool:
        """Does the statement trigger ``f`` show it has no subject of its own after it: a verb joined by و، ف or
        كما (or a participle) followed by a preposition, a complementizer or punctuation, or carrying its object as a
        pronoun ("كما دعا إلى التنفيذ"،
        "وأكد أن الحادثة لن تمر دون عقاب"، "يتوعد ويهدد"), or a noun or phrase with a possessive pronoun ("فإنه يعرب
        عن تضامنه"، "إلى جانبه")? A noun after the verb may be a name the tables do not know ("رفض لوبين تماما")
        or a subject they do not tag ("اتهم الزوج جامعة تبوك")."""
        if f.trig.kind not in ("verb", "form", "participle"):
            if any(toks[k].kind == "word" and toks[k].enclitics[-1:] in (("ه",), ("ها",), ("هم",))
                   for k in range(f.i, f.j)):
                return True
            # "وأكد أن الحادثة لن تمر دون عقاب": a phrase in the clause that a statement verb with no subject of
            # its own opens (the verb joined by و or opening the clause, a complementizer right after it)
            for k in range(f.i - 1, max(0, f.i - 7), -1):
                if toks[k].kind != "word":
                    return False
                if toks[k].norm in _cues("complementizer"):
                    v = toks[k - 1]
                    return (v.kind == "word" and (v.norm in _speech_forms() or (
                        _conjoined(v) and v.norm[1:] in _speech_forms())))
            return False
        if f.i > 0 and _word_in(toks[f.i - 1], "negation"):
            return False  # "غير أنه لم يرفض": no statement made
        if f.trig.kind != "participle" and not (_conjoined(toks[f.i]) or toks[f.i].proclitics[:1] == ("ف",)
                                                or (f.i > 0 and _word_in(toks[f.i - 1], "additive_opener"))):
            return False  # a verb that goes on with a speaker is joined to what was said (و، ف، كما)
        if toks[f.i].kind == "word" and toks[f.i].enclitics:
            return True
        if f.j >= len(toks):
            return True
        nxt = toks[f.j]
        return StatementRules._no_subject_after(toks, f.j - 1) or (nxt.kind == "word" and nxt.proclitics[:1] in (("ب",), ("ل",)))

    @staticmethod
    def _verb_stems(tok: Token) -> set[str]:
        """The past stem a verb form may be of: its folded form without و/ف and a past or present ending or prefix
        (ونددت، ورحبوا، يشيد -> ندد، رحب، شيد)."""
        core = tok.norm[1:] if tok.norm[:1] in ("و", "ف") and len(tok.norm) > 3 else tok.norm
        out = {tok.stem, tok.norm, core}
        for e in ("ت", "وا", "ا"):
            if core.endswith(e) and len(core) - len(e) >= 3:
                out.add(core[: -len(e)])
        return out

    @staticmethod
    def _dropped_subject(doc: Document, t: int, c: Cand, s0: int) -> bool:
        """A sentence-initial speech verb whose first noun is followed by ب/الي/ل: that noun is the object."""
        toks = doc.tokens
        if t - s0 > 1:
            return False
        # an organisation or a person named after the verb is its subject when "إلى/ل" follows (ودعت حماس
        # إلى يوم غضب); people and the public are its object (ودعا الشعب اليمني إلى الوقوف)
        named = c.kind in ("entity", "actor") and c.sector not in (None, "", "CVL")
        # a verb whose only object comes with ب (ندد، رحب، أشاد، نوه) has no object before it: the party named
        # between them is its subject ("ونددت الولايات المتحدة بالحادث"; but "واتهم روسيا بـ": Russia is accused)
        bi_only = (c.kind in ("entity", "actor") and toks[t].kind == "word"
                   and not _cues("bi_object_verb").isdisjoint(StatementRules._verb_stems(toks[t]))
                   # (not a party named inside the ب-object itself: "وأشاد بدور قوات التحالف العربي التي وصفها بالداعم")
                   and not any(toks[k].proclitics[:1] == ("ب",) for k in range(t + 1, c.tok_start)))
        for k in range(c.tok_end, min(c.tok_end + 3, len(toks))):
            tk = toks[k]
            if tk.kind == "word" and tk.norm.startswith(("بان", "بانه", "بانها")):
                return False  # "توعدت حركة الجهاد بأن": a complementizer, the noun before it is the subject
            if tk.kind == "word" and (tk.proclitics[:1] == ("ب",) or tk.norm == "ب"):
                return not bi_only
            if tk.kind == "word" and (tk.proclitics[:1] == ("ل",) or tk.norm in ("الي", "ل")) and not named:
                return True
            if tk.kind == "word" and "ال" in tk.proclitics:
                return False  # a definite word continues the noun phrase (الهيئة العليا للمفاوضات الممثلة ل...)
        return False

    def _visit_destination(self, doc: Document, i: int, s1: int) -> bool:
        """Does the visit (زيارة) at token ``i`` name where it goes, within six words (ten with no punctuation between):
        إلى + a place, or ل + a place (زيارة كارتر إلى بغداد، بزيارة مفاجئة لبغداد، في زيارته لأربيل)?"""
        toks = doc.tokens
        places = getattr(doc, "places", None) or ()
        cut = False  # (further than six words, past a visitor's name and title, only with no punctuation between:
        # "زيارة وزير الدفاع الأميركي آشتون كارتر الأسبوع الماضي إلى أربيل")
        for k in range(i + 1, min(s1, i + 11)):
            t = toks[k]
            if k > i + 6 and cut:
                break
            if t.kind != "word":
                cut = True
                continue
            if t.norm == "الي" and k + 1 < s1:
                nxt = toks[k + 1]
                if any(p.start <= nxt.start < p.end for p in places):
                    return True
            elif t.proclitics[:1] == ("ل",) and any(p.start <= t.start + 1 <= p.end and t.start < p.end for p in places):
                return True
        return False

    def _framing_visitor(self, doc: Document, d: Draft, cands: list[Cand], s0: int, s1: int) -> Cand | None:
        """The visitor of a visit told as the frame of a statement, no visitor named in it: "وخلال زيارة إلى
        إندونيسيا، قال الرئيس ..." (the speaker of the sentence), "وأضاف خلال زيارة إلى ماليزيا" (a statement
        verb with no subject of its own before it: the last speaker)."""
        toks = doc.tokens
        head = d.triggers[0]
        i = head.i
        if head.trig.kind != "noun" or head.trig.mode != "visit" or i <= s0:
            return None
        frame = toks[i - 1]
        if frame.kind != "word" or frame.norm.removeprefix("و") not in _cues("visit_frame"):
            return None
        if any(c.kind in ("actor", "entity") and c.tok_start == i + 1 for c in cands):
            return None  # "خلال زيارة وزير الدفاع الأميركي": the visitor is named in its genitive
        at = self._local.speech_at
        verbs = at[bisect.bisect_left(at, s0):bisect.bisect_left(at, s1)]
        # (a statement verb the segmenter keeps whole with its و: "وأضاف خلال زيارة")
        joined = [k for k in range(s0, i - 1) if toks[k].kind == "word" and _conjoined(toks[k])
                  and toks[k].norm[1:] in _speech_forms()]
        if not verbs and not joined:
            return None
        speaker = self._speaker(doc, cands, s0, s1)
        if speaker is not None and speaker.kind in ("actor", "entity"):
            return speaker
        last = self._last_actor
        before = sorted({k for k in verbs if k < i - 1} | set(joined))
        if (before and last is not None and last.kind in ("actor", "entity") and last.tok_end <= before[-1]
                and before[-1] - last.tok_end <= SPEAKER_CARRIED and self._no_subject_after(toks, before[-1])):
            return last
        return None

    def _kind_named_body(self, doc: Document, d: Draft, s1: int) -> bool:
        """Does a body named by its kind alone, definite (المجلس، الوزارة، الهيئة, generic_org), stand right after
        the statement verb of ``d``?"""
        head = d.triggers[0]
        if head.trig.kind not in ("verb", "form", "phrase") or head.j >= s1:
            return False
        tok = doc.tokens[head.j]
        return (tok.kind == "word" and tok.proclitics == ("ال",) and not tok.enclitics
                and _word_in(tok, "generic_org") and not doc.tokens[head.i].norm.endswith(("وا", "ون")))

    def _plain_speaker(self, doc: Document, d: Draft, s1: int) -> Cand | None:
        """The speaker of a statement whose subject the actor dictionaries do not know, named right after its
        verb: a person the NER stage tags or a body of people (ندد خطباء الجوامع، واتفق الحاضرون، وجه
        المجتمعون دعوة): that word, and when it is indefinite its genitives up to the next preposition,
        punctuation, conjunction or statement verb (four words at most)."""
        toks = doc.tokens
        head = d.triggers[0]
        if head.trig.kind not in ("verb", "form", "phrase") or head.j >= s1:
            return None
        k = head.j
        tok = toks[k]
        # "دعا المتحدث باسم المقاومة في عدن علي الأحمدي": a spokesman for a body no actor table knows
        spokesman = (_word_in(tok, "spokesman") and k + 2 < s1
                     and toks[k + 1].norm in _cues("on_behalf"))
        if tok.kind != "word" or tok.proclitics not in ((), ("ال",)) or not (spokesman or _word_in(tok, "speaker_group") or any(
                e.label == "PERS" and e.start == tok.start for e in getattr(doc, "entities", ()) or ())
                # "ودان المجلس العملية": a body named by its kind alone (the council told of before)
                or (tok.proclitics == ("ال",) and not tok.enclitics and _word_in(tok, "generic_org"))):
            return None
        verb = toks[head.i].norm
        if verb.endswith(("وا", "ون")):
            return None  # "الذين هددوا الرئيس": a plural verb holds its subject; the noun after it is its object
        e = k + 1
        if spokesman:
            e = k + 2  # the spokesman and the body he speaks for, with its genitives (up to four words)
            while e < min(s1, k + 6) and toks[e].kind == "word" and not _word_in(toks[e], "preposition_word") \
                    and not (e > k + 2 and _conjoined(toks[e])) and not set(self._K[e]) & self._reporting:
                e += 1
        elif "ال" not in tok.proclitics:
            # an indefinite head takes its genitives: "خطباء الجوامع"، "وزراء خارجية دول مجلس التعاون"
            while e < min(s1, k + 4) and toks[e].kind == "word" and not _word_in(toks[e], "preposition_word") \
                    and not _conjoined(toks[e]) and not set(self._K[e]) & self._reporting and toks[e].norm != "ان":
                e += 1
        return Cand(tok.start, toks[e - 1].end, doc.raw[tok.start:toks[e - 1].end], k, e, kind="entity",
                    producer="events.speaker")

    def _stance_speaker(self, doc: Document, d: Draft, cands: list[Cand], s0: int) -> Cand | None:
        """The speaker of a stance told by a noun (دعم، تضامن، تأييد) that a statement verb or participle before it
        in its sentence governs: the party named after that verb ("حيث أكد وزير الخارجية الإماراتي ... تضامن
        بلاده مع المملكة"), else, when the sentence opens with the verb or the participle and names no party
        before the noun, the last speaker, whose words it goes on with ("وأكد دعم مسار حقوق الإنسان باليمن")."""
        toks = doc.tokens
        head = d.triggers[0]
        if head.trig.kind not in ("noun", "nphrase"):
            return None
        # (the noun is the verb's object, not in a clause it reports: "مشيرا إلى أن الهجمات ... هي بمثابة الإعلان
        # عن تضامن مع أهالي الزبداني" names no one's solidarity)
        at = self._local.speech_at
        for k in reversed(at[bisect.bisect_left(at, s0):bisect.bisect_left(at, head.i)]):
            c = next((c for c in cands if k < c.tok_start <= k + 4 and c.kind in ("actor", "entity") and c.tok_end <= head.i), None)
            if c is not None:
                if any(toks[m].kind == "word" and toks[m].norm in ("ان", "بان", "لان", "انه", "انها", "بانه", "بانها")
                       for m in range(k + 1, head.i)):
                    return None
                return c
        # "أعرب المسؤول الإماراتي عن أمله ...، مؤكدا استمرار دولة الإمارات في دعمها": a participle's speaker is
        # the subject of the sentence's main verb
        p = next((k for k in range(head.i - 1, max(s0, head.i - 6) - 1, -1) if _word_in(toks[k], "stance_participle")), None)
        if p is not None:
            subj = [x for x in cands if s0 <= x.tok_start and x.tok_end <= p and x.kind in ("actor", "entity")]
            return self._opening_speaker(doc, s0, p) or (subj[0] if subj else None) or self._participle_speaker(doc, s0, p)
        k = s0
        while k < head.i and toks[k].kind == "word" and toks[k].norm in _cues("additive_opener"):
            k += 1
        if k < head.i and toks[k].kind == "word" and (self._speech.intersection(self._K[k]) or _word_in(toks[k], "stance_participle")) \
                and not any(k < x.tok_start and x.tok_end <= head.i and x.kind in ("actor", "entity") for x in cands):
            return self._last_actor
        return None

    def _fronted_speaker(self, doc: Document, d: Draft, s0: int, s1: int) -> Cand | None:
        """The speaker of a statement that no actor table knows, named before its verb or its verbal noun:
        a body of people opening the clause before the verb ("وكان الجانبان قد اتفقا"، "اللجنة التقت السلطة
        المحلية"), or the subject of a light verb whose object is the statement's noun ("عقد وزراء خارجية دول
        مجلس التعاون ... اجتماعا"، "كما وجه المجتمعون دعوة"): read as _plain_speaker reads one after a verb."""
        toks = doc.tokens
        head = d.triggers[0]
        if head.trig.kind in ("noun", "nphrase"):
            # the light verb, at most eleven words before the noun in its clause (no punctuation between), and
            # the speaker right after it
            for v in range(head.i - 2, max(s0, head.i - 12) - 1, -1):
                if toks[v].kind != "word":
                    return None
                if not _cues("light_verb").isdisjoint(self._K[v]) and not toks[v].enclitics:
                    verb = Found(Trigger(toks[v].norm, "verb", d.type, None, 0.0, frozenset()), v, v + 1,
                                 toks[v].start, toks[v].end)
                    c = self._plain_speaker(doc, Draft(d.type, None, [verb], (v, head.i)), head.i)
                    return c if c is not None and c.tok_end <= head.i else None
            return None
        if head.trig.kind not in ("verb", "form"):
            return None
        p = head.i - 1
        if p > s0 and toks[p].kind == "word" and toks[p].norm in ("قد", "وقد"):
            p -= 1  # "الجانبان قد اتفقا"
        if p < s0 or toks[p].kind != "word" or toks[p].proclitics != ("ال",) or toks[p].enclitics:
            return None
        if not (_word_in(toks[p], "speaker_group") or _word_in(toks[p], "generic_org")):
            return None
        if not _word_in(toks[p], "speaker_group") and any(
                self.number_at(toks[n]) is not None for n in range(head.j, min(s1, head.j + 4))):
            return None  # "أن الوزارة استقبلت ما يزيد على 6 ملايين معتمر": a count of people received, no talks
        # the body opens its clause: the sentence starts there, or after a comma, كان or أن
        if p > s0 and not (toks[p - 1].kind != "word" or toks[p - 1].norm in _cues("fronting_opener")):
            return None
        return Cand(toks[p].start, toks[p].end, doc.raw[toks[p].start:toks[p].end], p, p + 1, kind="entity",
                    producer="events.speaker")

    @staticmethod
    def _kana_subject(doc: Document, d: Draft, cands: list[Cand], s0: int) -> Cand | None:
        """"وكانت قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني، دانت في بيان القصف التركي"، "وكانت
        الحكومة السورية، التي ...، قد اتهمت": the subject named right after كان is the speaker of the verb that
        comes back to it after an aside (no "أن" between: "وكان الوزير قال إن المعارضة اتهمت" is another's)."""
        toks = doc.tokens
        head = d.triggers[0]
        if head.trig.kind not in ("verb", "form"):
            return None
        for k in range(head.i - 2, max(s0, head.i - 20) - 1, -1):
            if toks[k].kind != "word":
                continue
            if toks[k].norm in _cues("kana_word"):
                if set(toks[k + 1].proclitics) & {"ل", "ب"}:
                    return None  # "فقد كان لطهران خطابان": what a party has, not what it does
                c = next((c for c in cands if c.tok_start == k + 1 and c.kind in ("actor", "entity")), None)
                return c if c is not None and c.tok_end < head.i else None
            if toks[k].norm in _cues("complementizer"):
                return None
        return None

    @staticmethod
    def _named_bodies(doc: Document, cands: list[Cand]) -> list[Cand]:
        """"عبر مرصد حضرموت لحقوق الإنسان عن إدانته"، "أعلن ديوان الرئاسة الإسرائيلية": the head noun of a body
        (observatory, office, centre, league) with no article, followed by its name (a place the NER found or a
        definite noun), and by a "لـ" field or a nisba, is a named body no table lists."""
        toks = doc.tokens
        heads = _cues("body_head")
        at = [k for k in range(len(toks) - 1) if toks[k].kind == "word" and toks[k].stem in heads]
        if not at:
            return []  # (most articles name no such head: nothing below is needed)
        taken = {k for c in cands for k in range(c.tok_start, c.tok_end)}
        starts = [t.start for t in toks]
        places = {}  # the token a place the NER found starts at -> the token after it
        for e in doc.entities:
            if e.label == "LOC":
                a = bisect.bisect_left(starts, e.start)
                if a < len(toks) and toks[a].start == e.start:
                    b = a + 1
                    while b < len(toks) and toks[b].end <= e.end:
                        b += 1
                    places[a] = b
        out = []
        for k in at:
            tok = toks[k]
            if k in taken or any(p != "و" for p in tok.proclitics) or tok.enclitics:
                continue
            if k > 0 and toks[k - 1].kind == "word" and (toks[k - 1].stem in _cues("body_member")
                                                         or toks[k - 1].norm in _cues("body_member")):
                continue  # "عضو هيئة التدريس الدكتور عمر السعيد": a member or an officer of the body speaks, named after
            n = k + 1
            nxt = toks[n]
            if n in taken or nxt.kind != "word":
                continue
            if n in places:
                end = places[n]
            elif nxt.proclitics == ("ال",) and not nxt.enclitics and nxt.stem not in _cues("body_head"):
                end = n + 1
            else:
                continue
            if end < len(toks) and toks[end].kind == "word" and end not in taken and (
                    toks[end].proclitics in (("ل",), ("لل",)) or toks[end].norm.startswith("لل")
                    or (toks[end].proclitics == ("ال",) and toks[end].norm[2:].rstrip("ه") in _demonyms())):
                end += 1
                if (end < len(toks) and toks[end].kind == "word" and end not in taken and toks[end].proclitics == ("ال",)
                        and toks[end - 1].norm.startswith("ل") and not toks[end - 1].norm.startswith("لل")):
                    end += 1  # "لحقوق الإنسان"
            st = next((sg.start for sg in tok.segments if sg.kind == "stem"), tok.start) if tok.proclitics else tok.start
            out.append(Cand(st, toks[end - 1].end, doc.raw[st:toks[end - 1].end], k, end, kind="entity",
                            producer="events.named_body"))
            taken.update(range(k, end))
        return out

    @staticmethod
    def _nisba_speaker(doc: Document, d: Draft, s0: int, s1: int) -> Cand | None:
        """"إشارة إلى تصريحات روسية انتقدت التدخل"، "اقتراح امريكي يطلب من الأمين العام": a statement noun with
        the nisba adjective of a country, right before the statement verb, is that state's: the state speaks
        (also "تهديدات إيرانية"، "مطالب أمريكية": the statement noun as the trigger, its nisba right after)."""
        toks = doc.tokens
        head = d.triggers[0]
        i, j = head.i, head.j

        def state(k: int) -> str | None:
            if not (s0 <= k < s1) or toks[k].kind != "word" or toks[k].proclitics or toks[k].enclitics:
                return None  # (an indefinite adjective: "الأمريكي" after a definite noun is another phrase)
            w = toks[k].norm
            w = w[:-1] if w.endswith("يه") else w
            a2 = _demonym_states().get(w)
            return _countries()[0].get(a2) if a2 else None

        def said(k: int) -> bool:
            return s0 <= k < s1 and toks[k].kind == "word" and (
                toks[k].stem in _cues("nisba_statement") or toks[k].norm in _cues("nisba_statement"))

        k = None
        if head.trig.kind in ("verb", "form") and said(i - 2) and state(i - 1):
            k = i - 1
        elif d.type in ("ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT") and said(i) and j == i + 1 and state(j):
            k = j
        if k is None:
            return None
        return Cand(toks[k].start, toks[k].end, doc.raw[toks[k].start:toks[k].end], k, k + 1, country=state(k),
                    sector="GOV", kind="actor", producer="events.nisba_speaker")

    @staticmethod
    def _issuer_speaker(doc: Document, d: Draft, cands: list[Cand], s0: int) -> Cand | None:
        """"الفرع المصري لتنظيم داعش بث تسجيل فيديو يهدد فيه بإعدام كرواتي"، "عقد مؤتمرا صحافيا اتهم فيه": a
        statement verb taken back to a recording, a message or a statement by "فيه" speaks for the one who issued it,
        the party named last before that noun in the sentence."""
        toks = doc.tokens
        head = d.triggers[0]
        i = head.i
        if head.trig.kind not in ("verb", "form") or head.j >= len(toks) or toks[head.j].norm not in _cues("sender_pronoun"):
            return None
        if d.type not in ("ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT"):
            return None  # said in a message, not done there: "وخطاب سري تلتقي فيه مع الشيطان الأكبر" is no meeting
        # (the noun may take a short complement first: "تقديم شكوى إلى الشرطة الإسرائيلية، يطلب فيها")
        # (by its stem or its whole form: the segmenter cuts "بيانا" as ب + يا, "أصدرت الهيئة بيانا تستنكر فيه")
        noun = next((n for n in range(i - 1, max(s0, i - 6) - 1, -1)
                     if _word_in(toks[n], "statement_noun")), None)
        if noun is None:
            return None
        before = [c for c in cands if s0 <= c.tok_start and c.tok_end <= noun and c.kind in ("actor", "entity")]
        # (not a party inside a relative aside closed before the noun: "ونشرت الشبكة الدولية لحقوق الإنسان، التي تضم
        # 164 منظمة حقوق إنسان حول العالم، تقريرا تنتقد فيه": the network issues the report, not its members)
        before = [c for c in before if not StatementRules._in_aside(toks, c, s0, noun)]
        # (nor a country named as where the issuer is: "علماء ورجال دين في محافظة الأحساء شرق المملكة أمس، بيانا")
        before = [c for c in before if not (c.tok_start > s0 and toks[c.tok_start - 1].stem in _cues("direction"))]
        if not before or any(toks[k].kind == "word" and toks[k].norm in _cues("complementizer")
                             for k in range(before[-1].tok_end, noun)):
            return None
        return before[-1]

    @staticmethod
    def _in_aside(toks: list[Token], c: Cand, s0: int, noun: int) -> bool:
        """Whether ``c`` lies in a relative clause set off by punctuation that closes before ``noun``: a relative
        word (التي، الذي) after a comma opens it, with no punctuation between it and ``c``."""
        rel = next((k for k in range(c.tok_start - 1, s0 - 1, -1)
                    if toks[k].kind == "punct" or _word_in(toks[k], "relative")), None)
        if rel is None or toks[rel].kind == "punct" or rel == s0 or toks[rel - 1].kind != "punct":
            return False
        return any(toks[k].kind == "punct" for k in range(c.tok_end, noun))

    @staticmethod
    def _sender_speaker(doc: Document, d: Draft, cands: list[Cand], s0: int) -> Cand | None:
        """"تلقى ... اتصالا هاتفيا من جلالة الملك محمد السادس ملك المملكة المغربية أعرب خلاله عن إدانته للتفجير"،
        "برقية من ... عبر فيها عن استنكاره": a judgement voiced in a call, a cable or a message ("فيه"، "خلاله" take
        it back) is the sender's, the party named after its "من" (the one who called, not the one called)."""
        toks = doc.tokens
        head = d.triggers[0]
        i = head.i
        if i - 3 < s0:  # (إدانته may be read as the verb أدانه: after عن it is the noun)
            return None
        if toks[i - 1].norm != "عن" or toks[i - 2].norm not in _cues("sender_pronoun") or toks[i - 3].kind != "word":
            return None
        froms = [m for m in range(s0, i - 3) if toks[m].kind == "word" and toks[m].norm == "من"]
        if not froms:
            return None
        m = froms[-1]
        return next((c for c in cands if m < c.tok_start and c.tok_end <= i - 3  # (titles first: "من الفريق الركن الشيخ")
                     and c.kind in ("actor", "entity")), None)

    @staticmethod
    def _relative_object(doc: Document, t: int, after: list[Cand], s1: int) -> bool:
        """"الرهينة الكرواتي توميسلاف سالوبيك الذي هدد تنظيم داعش بإعدامه"، "الصحفي الذي اتهمته السلطات": a
        relative clause whose verb (singular) a party follows at once, with a pronoun that takes the antecedent
        back on the verb or on a word soon after: the party is the subject, the antecedent the one addressed."""
        toks = doc.tokens
        if not (t > 0 and after and after[0].tok_start == t + 1 and after[0].kind in ("actor", "entity")
                and _word_in(toks[t - 1], "relative") and not toks[t].norm.endswith(("وا", "ون"))):
            return False
        return bool(toks[t].enclitics) or any(
            toks[k].kind == "word" and toks[k].enclitics[-1:] in (("ه",), ("ها",))
            for k in range(after[0].tok_end, min(s1, after[0].tok_end + 3)))

    @staticmethod
    def _between_parties(doc: Document, d: Draft, cands: list[Cand], s1: int) -> Cand | None:
        """The first of the two parties a meeting or talks noun is held "between" ("مباحثات ... بين الحكومة
        وحركة طالبان"، "اتصالات على مستوى عال جرت بين قيادتي البلدين"، "اجتماع جديد بين طرفي النزاع"): a named
        party right after بين, else a pair noun there (طرفي، قيادتي، الجانبين) with its genitive. بين must come
        within six words of the noun, with no punctuation between."""
        toks = doc.tokens
        head = d.triggers[0]
        if head.trig.kind not in ("noun", "nphrase"):
            return None
        if any(toks[m].kind == "word" and (toks[m].norm == "قبل" or _word_in(toks[m], "onset"))
               for m in range(max(0, head.i - 4), head.i)):
            return None  # "قبل بدء جولة جديدة من محادثات السلام بين الحكومة وحركة طالبان": talks yet to come
        if any(toks[m].kind == "word" and (_word_in(toks[m], "upcoming") or toks[m].norm in _cues("future")
                                           or toks[m].norm[:1] == "س" and toks[m].norm[1:2] in ("ي", "ت"))
               for m in range(max(0, head.i - 4), min(s1, head.j + 10))):
            return None  # "الجولة المقبلة من محادثات السلام بين ... ستجري"، "الاجتماع ... بين الجانبين المقرر عقده"
        k = next((k for k in range(head.j, min(s1, head.j + 6))
                  if toks[k].kind != "word" or toks[k].norm == "بين"), None)
        if k is None or toks[k].kind != "word" or k + 1 >= s1:
            return None
        c = next((c for c in cands if c.tok_start == k + 1 and c.kind in ("actor", "entity")
                  and c.tok_end <= s1), None)
        if c is not None:
            return c
        a = k + 1
        if (toks[a].kind == "word" and toks[a].proclitics == ("ال",) and not toks[a].enclitics
                and _word_in(toks[a], "generic_org") and a + 1 < s1 and toks[a + 1].kind == "word"
                and toks[a + 1].proclitics[:1] == ("و",)
                and any(c.tok_start == a + 1 and c.kind in ("actor", "entity") for c in cands)):
            # "اتصالات بين الحركة والجيش السوداني": a body told of before, by its kind alone, and a named party
            return Cand(toks[a].start, toks[a].end, doc.raw[toks[a].start:toks[a].end], a, a + 1, kind="entity",
                        producer="events.speaker")
        if toks[a].kind != "word" or not _word_in(toks[a], "pair_party"):
            return None
        b = a + 1 if (a + 1 < s1 and "ال" not in toks[a].proclitics and toks[a + 1].kind == "word"
                      and "ال" in toks[a + 1].proclitics) else a  # "طرفي النزاع" (the construct state takes its genitive)
        return Cand(toks[a].start, toks[b].end, doc.raw[toks[a].start:toks[b].end], a, b + 1, kind="entity",
                    producer="events.speaker")

    @staticmethod
    def _holder_and_guest(doc: Document, d: Draft, cands: list[Cand], s1: int) -> "tuple[Cand, Cand] | None":
        """The two sides of a meeting or visit noun that names both: its holder, a party in the genitive after it
        (its title first, at most six words, no punctuation between), and the one met, a party that follows the
        holder (after a comma at most) with ب، ل or مع ("اجتماع قائد المنطقة ... عبدالرحيم عتيق، بحلف القبائل"،
        "زيارة وزير حقوق الإنسان اليمني عزالدين الأصبحي لرئيس لجنة حقوق الإنسان العربية")."""
        toks = doc.tokens
        head = d.triggers[0]
        if head.trig.kind not in ("noun", "nphrase") or toks[head.i].enclitics or head.j >= s1:
            return None
        parties = [c for c in cands if c.kind in ("actor", "entity") and head.j <= c.tok_start and c.tok_end <= s1]
        holder = next((c for c in parties if c.tok_start - head.j <= 6), None)
        if holder is None or any(toks[k].kind != "word" or toks[k].norm in ("مع", "بين", "الي", "علي", "عن", "من")
                                 or _word_in(toks[k], "relative") for k in range(head.j, holder.tok_start)):
            return None
        k = holder.tok_end
        if k < s1 and toks[k].kind == "punct" and toks[k].text in ("،", ","):
            k += 1
        if k >= s1 or toks[k].kind != "word":
            return None
        if toks[k].norm == "مع":
            k += 1
        elif toks[k].proclitics[-1:] not in (("ب",), ("ل",)) and toks[k].proclitics[:1] not in (("ب",), ("ل",)):
            return None
        guest = next((c for c in parties if c.tok_start == k and c.start != holder.start), None)
        if guest is None and "ال" not in toks[k].proclitics and not toks[k].enclitics and _word_in(toks[k], "guest_head"):
            # a body no actor table knows, named by a word for a body or an office with its genitives
            # ("بحلف القبائل"، "لرئيس لجنة حقوق الإنسان"): the construct chain, up to its first definite word
            e = k + 1
            while e < min(s1, k + 4) and toks[e].kind == "word" and not toks[e - 1].enclitics \
                    and "ال" not in toks[e - 1].proclitics and not _word_in(toks[e], "preposition_word"):
                e += 1
            guest = Cand(toks[k].start, toks[e - 1].end, doc.raw[toks[k].start:toks[e - 1].end], k, e, kind="entity",
                         producer="events.speaker")
        return (holder, guest) if guest is not None else None

    def _met_with(self, doc: Document, d: Draft, s1: int) -> bool:
        """Does the meeting word name who met whom: a verb (التقى، اجتمع), a call (اتصال هاتفي), a noun with its
        holder's pronoun (لقائه نظيره) or followed by مع/بين (لقاء مع نظيره، اتصال هاتفي جرى بين)? Not a
        reception (استقبال البلاغات، كان في استقباله لدى وصوله) nor a committee's meeting told alone."""
        toks = doc.tokens
        head = d.triggers[0]
        if head.trig.key.startswith("استقبال") or toks[head.i].stem.startswith("استقبال"):
            return False
        if head.trig.kind in ("verb", "form", "nphrase") or toks[head.i].enclitics:
            return True
        return any(toks[k].kind == "word" and toks[k].norm in ("مع", "بين") for k in range(head.j, min(s1, head.j + 3)))

    def _to_the_press(self, doc: Document, j: int, s1: int) -> bool:
        """Is the call or meeting that ends before token ``j`` held with a newspaper or an agency (مع وكالة
        رويترز، لـ«الشرق الأوسط»، بـ«عكاظ»، مع "الوطن"، أجرته معه "الوطن"، بثته قناة)?"""
        toks = doc.tokens
        if j + 1 < s1 and toks[j].kind == "word" and toks[j].norm in _cues("aired"):
            # "في لقاء بثته قناة السعودية الاخبارية": aired by an outlet, an interview
            return _word_in(toks[j + 1], "outlet") or _word_in(toks[j + 1], "agency")
        if j < s1 and toks[j].kind == "word" and _word_in(toks[j], "conducted"):
            j += 1  # "في اتصال هاتفي أجرته معه «الوطن»"، "أجرته معه قناة ام بي سي": the paper called him
            if j >= s1 or toks[j].stem != "مع":
                return False
        elif j >= s1 or toks[j].norm not in ("مع", "ل", "ب"):  # (بـ apart: "في اتصال هاتفي بـ«عكاظ»")
            return False
        nxt = j + 1
        return nxt < s1 and (toks[nxt].norm == '"' or any(_word_in(toks[nxt], kind) for kind in ("outlet", "agency")))

    def _condemned_perpetrators(self, doc: Document, cands: list[Cand], events: list[Event]) -> list[Event]:
        """"استنكر وزير النقل التفجير الإرهابي ... وأكد م. المقبل أن ... من قام به فئة ضالة": a condemnation with no
        target of its own blames the militants the speaker names after it, in its sentence or in the next one when
        that goes on with a statement verb (وأكد، وأضاف، مؤكدا): الفئة الضالة، الإرهابيين، الجماعات الإرهابية."""
        toks = doc.tokens
        starts = self._local.sent_starts
        out = []
        for ev in events:
            if ev.type != "ACCUSE" or ev.targets or not ev.mentions:
                out.append(ev)
                continue
            m = ev.mentions[0]
            # (a condemnation of a deed: "استنكر التفجير الإرهابي"، not "اتهمتها بدعم الإرهاب")
            # (an accusation, "اتهم الأحمدي ميليشيات الحوثيين"، blames within its sentence only)
            words = fold_key(doc.raw[m.start:m.end + 60]).split()
            verb = (fold_key(ev.text).split() or [""])[0]
            verb = verb[1:] if verb[:1] in ("و", "ف") else verb
            accusation = verb.startswith(("اتهم", "تتهم", "يتهم", "متهم"))
            if not accusation and not any(x.endswith(w) for x in words for w in self._crimes):
                out.append(ev)
                continue
            a = _bisect_right(self._local.tok_starts, m.end) - 1  # the mention's last token
            si = _bisect_right(starts, a) - 1
            end = starts[si + 1] if si + 1 < len(starts) else len(toks)
            if si + 1 < len(starts) and not accusation:
                k = starts[si + 1]
                while k < len(toks) and toks[k].kind == "punct":
                    k += 1
                w = toks[k].norm if k < len(toks) and toks[k].kind == "word" else ""
                w = w[1:] if w[:1] in ("و", "ف") else w
                if w in _speech_forms() or w in _cues("speech_participle"):
                    end = starts[si + 2] if si + 2 < len(starts) else len(toks)
            own = {(p.start, p.end) for p in ev.actors}
            blamed = next((c for c in cands if a < c.tok_start and c.tok_end <= end and c.sector in NON_STATE_ARMED
                           and c.kind == "actor" and (c.start, c.end) not in own), None)
            if blamed is not None:
                ev = replace(ev, targets=(self._participant(blamed, False, ev.place, "target"),),
                             flags=ev.flags + ("target-named-after",))
                ev = replace(ev, summary_en=summarize(ev))
            out.append(ev)
        return out

    def _condemned_doers(self, doc: Document, events: list[Event]) -> list[Event]:
        """"ونددت واشنطن بالهجوم الإرهابي": a condemnation of an attack told in the article, with no
        target of its own, is aimed at that attack's doer."""
        attacks = [e for e in events if e.type == "ASSAULT" and e.actors and e.actors[0].certainty == "asserted"]
        if not attacks:
            return events
        out = []
        for ev in events:
            if ev.type == "ACCUSE" and not ev.targets:
                m = ev.mentions[0]
                # the last attack told before, else the very one named right after the condemnation
                prev = [a for a in attacks if a.mentions[0].start < m.start]
                nxt = [a for a in attacks if m.start <= a.mentions[0].start <= m.end + 60]
                which = (max(prev, key=lambda a: a.mentions[0].start) if prev
                         else min(nxt, key=lambda a: a.mentions[0].start) if nxt else None)
                # the condemned object may follow the clause ("دانت المملكة بأشد العبارات، الجريمة ...")
                words = fold_key(doc.raw[m.start:m.end + 60]).split()
                if which is not None and any(x.endswith(w) for x in words for w in self._crimes):
                    doer = which.actors[0]
                    ev = replace(ev, targets=(doer,), flags=ev.flags + ("target-from-condemned-attack",))
                    ev = replace(ev, summary_en=summarize(ev))
            out.append(ev)
        return out

    def _circumstantial(self, doc: Document, f: Found, s0: int, s1: int) -> bool:
        """An accusative participle that states a speech act: after a comma or و (", مطالبا الدول"),
        and not a prayer (داعيا الله، داعيا للفقيد بالرحمة)."""
        toks = doc.tokens
        tok = toks[f.i]
        if not (f.i == s0 or toks[f.i - 1].kind == "punct" or tok.proclitics[:1] == ("و",)
                or self._blaming_participle(doc, f, s1)):
            return False
        if tok.norm.startswith("داع") and f.j < s1 and toks[f.j].norm in ("ان", "بان"):
            return False  # "داعين أن يتغمدهم برحمته": praying that (a call names whom it asks: "داعيا الحكومة إلى")
        return not (f.j < s1 and set(self._K[f.j]) & self._prayer)

    def _blaming_participle(self, doc: Document, f: Found, s1: int) -> bool:
        """"إنه سيصعد هجماته متهما تركيا بانتهاك وقف لإطلاق النار": a singular blaming participle with no comma
        before it still states the blame when its object and the charge (ب...) or the blame (المسؤولية) follow;
        not a defendant ("24 متهما"، "كان متهما بـ") or a loaded truck ("محملة بالأسلحة")."""
        toks = doc.tokens
        if toks[f.i].norm not in _cues("blaming_participle") or f.j >= s1:
            return False
        prev = toks[f.i - 1]
        if prev.kind != "word" or self.number_at(prev) is not None or set(_keys(prev)) & _cues("blaming_copula"):
            return False
        nxt = toks[f.j]
        if nxt.kind != "word" or nxt.proclitics[:1] == ("ب",) or self.number_at(nxt) is not None:
            return False
        if f.trig.requires:
            return True  # (محملا: its المسؤولية is checked by the trigger's requirement)
        return any(toks[k].kind == "word" and toks[k].proclitics[:1] == ("ب",) for k in range(f.j + 1, min(s1, f.j + 8)))

    def _only_subject(self, doc: Document, cands: list[Cand], a: int, b: int) -> bool:
        """Are tokens a..b-1 only the subject of a statement (names, titles, a day): "دان مسعود البرزاني رئيس
        اقليم كردستان العراق السبت قصف"?"""
        if b - a > 16:
            return False
        covered = {k for c in cands if a <= c.tok_start and c.tok_end <= b and c.kind in ("actor", "entity")
                   for k in range(c.tok_start, c.tok_end)}
        if not covered:
            return False
        toks = doc.tokens
        # (the dot of an abbreviated title: "وزير النقل م. عبدالله بن عبدالرحمن المقبل")
        abbreviated = {k for k in range(a + 1, b) if toks[k].norm == "." and toks[k - 1].kind == "word"
                       and len(toks[k - 1].norm) <= 2 and _word_in(toks[k - 1], "title")}
        if any(toks[k].kind != "word" and k not in abbreviated for k in range(a, b)):
            return False
        covered.update(abbreviated | {k - 1 for k in abbreviated})
        for c in cands:  # the state whose office a title is ("وزير الخارجية بدولة الإمارات الشيخ عبدالله بن زايد")
            if a <= c.tok_start and c.tok_end < b and c.kind == "actor" and c.sector:
                n = self._state_of_office(doc, c.tok_end, b)[0]
                covered.update(range(c.tok_end, c.tok_end + n))
        # (a name the tagger missed may stand before the title: two words; and titles of courtesy before a name)
        return sum(1 for k in range(a, b) if k not in covered and toks[k].stem not in _cues("day_word")
                   and not any(_word_in(toks[k], kind) for kind in ("courtesy", "honorific", "name_title"))) <= 2

    def _abstract_subject(self, doc: Document, f: Found, s0: int, s1: int) -> bool:
        """The verb's subject right before it, or right after it (past a demonstrative), is an abstraction."""
        k = f.j
        if k < s1 and doc.tokens[k].stem in _cues("demonstrative"):
            k += 1
        return bool((f.i > s0 and set(self._K[f.i - 1]) & _cues("abstract_subject"))
                    or (k < s1 and set(self._K[k]) & _cues("abstract_subject")))

    def _civil(self, doc: Document, c: Cand) -> bool:
        """A named person, a holder of a civil office (وزير، رئيس الوزراء، النائب، المسؤولون) or a ministry;
        not a state, a government or a regime, which may wage war."""
        if c.kind == "entity":
            return True
        head = doc.tokens[c.tok_start]
        keys = {head.stem, head.norm}
        if keys & _cues("civil_title"):
            return True
        return (c.sector in CIVIL_SECTORS and not keys & _cues("state_body") and not self._country_name(doc, c)
                and not _armed(c))

    def _pundit(self, doc: Document, actor: Cand) -> bool:
        """An analyst, expert, professor or writer (المحلل السياسي عريب الرنتاوي، الخبير العسكري): a view,
        not a party's statement. Read on the actor and the three words before it."""
        toks = doc.tokens
        return any(toks[k].kind == "word" and toks[k].stem in _cues("pundit")
                   for k in range(max(0, actor.tok_start - 3), actor.tok_end))

    @staticmethod
    def _implied_government(place) -> Participant | None:
        """A protest whose text names no one protested against is, by the CAMEO convention, aimed at the
        government of the country where it happens ("تجمع مئات المتظاهرين ... جنوب باكستان"): that
        government, hedged and anchored on the place's words (the event is flagged ``target-implied``)."""
        if place is None or getattr(place, "start", None) is None:
            return None
        a3 = _countries()[0].get(getattr(place, "country", None) or "")
        if not a3:
            return None
        name = _countries()[1].get(a3)
        return Participant(place.start, place.end, place.text, f"Government of {name}" if name else None, a3,
                           "GOV", a3 + "GOV", "hedged", PRODUCER)
