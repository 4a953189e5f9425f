"""When: modality (negated, future, hypothetical), background history, stale reports and days.

A mixin of :class:`marsad.events.extract.EventExtractor` (its rules read the extractor's tables through ``self``)."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left as _bisect_left
import re
from dataclasses import replace

from ..normalize import fold_key as _fold_key
from ..document import Document, Token
from .lexicon import PAST_SUFFIXES
from .model import Event, Mention
from .common import (BACKGROUND_YEARS, CLAUSE_OR_STOP, CLAUSE_PUNCT, CONCEDED_REACH, DEED_DATED_TYPES, Found,
    HABIT_REACH, HISTORY_DAYS, HISTORY_TYPES, MATERIAL_TYPES, RECENT_DAYS, SPEECH_TYPES, STALE_DAYS, STALE_REACH,
    STALE_TYPES, TALLY_REACH, UNREALISED_REACH, YEAR, _conjoined, _cues, _future_verb, _present, _same_clause,
    _word_in)
from .merging import _same_clause_cut


class TimingRules:
    # -- modality ---------------------------------------------------------
    @staticmethod
    def _in_coming_span(doc: Document, j: int) -> bool:
        """Is a span of time to come named in the clause after a trigger ending at ``j``, within ten words: خلال or
        في + a span (الأيام، الأسبوعين، الأشهر، الفترة; the coming_span cues) + a word of what is to come (المقبلة،
        القادمين; the coming cues), "القليلة" between allowed?"""
        toks = doc.tokens
        coming = _cues("coming")
        for k in range(j, min(len(toks) - 2, j + 10)):
            t = toks[k]
            if t.kind == "punct" and t.norm in CLAUSE_OR_STOP:
                return False
            if t.kind != "word" or t.norm not in ("خلال", "في") or toks[k + 1].norm not in _cues("coming_span"):
                continue
            m = k + 3 if toks[k + 2].norm == "القليله" and k + 3 < len(toks) else k + 2
            if toks[m].kind == "word" and toks[m].norm in coming:
                return True
        return False

    def modality(self, doc: Document, f: Found, s0: int) -> str | None:
        """'negated', 'future', 'hypothetical', 'relative', 'state' or None for the trigger at ``f``."""
        toks = doc.tokens
        tok = toks[f.i]
        if f.i > s0 and f.trig.kind in ("verb", "form") and (
                toks[f.i - 1].norm in _cues("relative")
                or (f.trig.type in SPEECH_TYPES and toks[f.i - 1].norm in _cues("wa_relative"))):
            if (f.trig.type in ("ASSAULT", "COERCE") and tok.enclitics and tok.enclitics[-1] not in ("ني", "نا")
                    and not _present(tok, f.trig)):
                # "الفتاة التي قتلها شقيقها"، "صنعاء التي دمرها القصف": the one named was attacked, a past deed
                # told of it (its pronoun is the victim), not a description of a habit or a state (nor "السؤال
                # الذي هاجمني", a thought that came to me); so is the one arrested or the thing seized ("الذي
                # صادرته السلطات يوم السبت الماضي")
                return None
            if (f.trig.type == "ASSAULT" and f.trig.kind == "verb" and not tok.enclitics and not _present(tok, f.trig)
                    and self._casualty_cues.isdisjoint(self._K[f.i])
                    and not (f.j < len(toks) and toks[f.j].norm in _cues("relative_self_object"))):
                # "التفجير الذي استهدف مسجدا"، "الإرهابيين الذين أحرقوا عائلة": a past attack told of its doer
                # or of the attack named before it (not "الجنود الذين قتلوا", the dead described, "الذين سيطروا
                # على مناطق شاسعة", a hold described, nor "الانتحاري الذي فجر نفسه", the bomber of an attack told)
                return None
            return "relative"  # "التي سيطرت عليها": a clause describing, not reporting
        if (f.i - 1 > s0 and f.trig.kind in ("verb", "form") and tok.proclitics[:1] == ("و",)
                and toks[f.i - 1].kind == "word" and toks[f.i - 2].norm in _cues("relative")):
            return "relative"  # "الأعراف التي تمنع وترفض كل صور التدخل": the second verb of the relative clause
        if (f.i > s0 and toks[f.i - 1].norm in _cues("subjunctive") and f.trig.kind in ("verb", "form")
                and tok.stem[:1] in ("ي", "ت", "ن")):
            return "hypothetical"  # "يفضل أن يسجن": a wish, not a report
        if (f.i > s0 and toks[f.i - 1].norm in ("قد", "وقد", "فقد") and f.trig.kind in ("verb", "form")
                and tok.stem[:1] in ("ي", "ت", "ن") and not tok.proclitics
                and not any(tok.stem == f.trig.key.split(",")[0] + sfx for sfx in PAST_SUFFIXES)):  # (قد توعدت: past)
            return "hypothetical"  # "قد تنفجر": may (قد before a present verb; before a past one it is "has")
        if "س" in tok.proclitics and f.trig.kind in ("verb", "form") and "س" + tok.stem not in (
                f.trig.key.split(",") if f.trig.kind == "form" else [f.trig.key + sfx for sfx in PAST_SUFFIXES]):
            return "future"  # (not a past verb whose own س was cut as the future's: "وسيطرا على مدينة زنجبار")
        for k in range(f.i - 1, s0 - 1, -1):
            # "وإذا انتهت المقاومة من ... وسيطروا عليها ... فعندها نستطيع": all of a condition opened by إذا/لو
            # up to its answer (the clause with فـ) is hypothetical
            t = toks[k]
            if t.kind == "punct" or (t.kind == "word" and t.proclitics[:1] == ("ف",)) or (
                    t.norm[:1] == "ف" and t.norm[1:] in ("عندها", "ان", "انه")):
                break  # (the condition ends at a comma: "حتى لو كان الهجوم من قوات موالية للأسد، حذر لافروف")
            if t.kind == "word" and t.norm in ("اذا", "واذا", "لو", "ولو", "فلو"):
                if k + 1 < f.i and toks[k + 1].norm in ("كان", "كانت", "كانوا") and t.norm.endswith("اذا"):
                    break  # "وإذا كانت القوات قد قصفت المدينة، فإن ...": a concession, the fact is told
                return "hypothetical"
        cues = self.lex.cues
        ceased = False
        for k in range(f.i - 1, max(s0, f.i - 4) - 1, -1):
            t = toks[k]
            if t.kind == "punct" and t.norm in CLAUSE_OR_STOP:
                break
            for key in self._K[k]:
                if key in cues.get("cessation", {}):
                    ceased = True  # "توقف عن القصف"
                if key in cues.get("negation", {}):
                    if key in ("ما", "وما") and f.trig.kind == "noun":
                        continue
                    if key in ("ما", "وما") and k > s0 and toks[k - 1].norm in _cues("ma_relative"):
                        continue  # "وسرعان ما ندد الرئيس"، "وهو ما رفضته الحكومة": a relative or an adverb, no negation
                    if key in ("ما", "وما") and k > s0 and toks[k - 1].norm in cues.get("hypothetical", {}):
                        return "hypothetical"  # "متى ما طلبت منه": whenever, not a negation
                    if k + 1 < f.i and toks[k + 1].norm == "بد":
                        return "future"  # "لا بد من تفجيره": a necessity, not done
                    if k + 1 < f.i and not _cues("not_negating").isdisjoint(self._K[k + 1]):
                        if f.trig.kind == "phrase" and toks[k + 1].stem[-3:] == "زال":
                            return "state"  # "التي لا تزال على اتصال بالبريطانية": an ongoing state, no act
                        continue  # "لا تزال تطالب" (still), "لا سيما"، "لا شك أن": no negation
                    if f.trig.kind in ("noun", "nphrase") and any(
                            not _cues("claim").isdisjoint(self._K[x]) for x in range(k + 1, f.i)):
                        return None  # "ولم تتبن أي جهة الهجوم": the claim is denied, not the attack
                    # "لم تتوقف عن تعذيب المحتجزين": not stopping is going on
                    return None if ceased else "negated"
                if key in cues.get("future", {}):
                    return "future"
                if key in cues.get("hypothetical", {}):
                    if key in ("حال", "حاله") and k + 1 < f.i and toks[k + 1].stem in ("وفاه", "اصابه", "وفيات", "اصابات"):
                        continue  # "15 حالة وفاة جراء التفجير": a case of death counted, not "في حالة", in case
                    return "hypothetical"
        if f.trig.kind in ("noun", "nphrase") and f.j < len(toks) and toks[f.j].kind == "word" and (
                not _cues("coming").isdisjoint(self._K[f.j])
                or (f.j + 1 < len(toks) and toks[f.j + 1].kind == "word"
                    and not set(toks[f.j].proclitics) & {"ب", "ل", "ك", "و", "ف"} and "ال" not in toks[f.i].proclitics
                    and not _cues("coming").isdisjoint(self._K[f.j + 1]))):
            return "future"  # "المعارك القادمة في أوروبا"، "مجزرة الفلوجة القادمة": yet to come
        if f.trig.kind in ("noun", "nphrase") and any(
                toks[k].kind == "word" and toks[k].norm in _cues("perhaps")
                for k in range(f.j, min(len(toks), f.j + 3))):
            return "hypothetical"  # "معركة تأمين بلادنا ربما تكون صعبة": the subject of a "perhaps"
        if f.trig.kind in ("noun", "nphrase") and any(
                toks[k].kind == "word" and toks[k].norm in _cues("future_verb") for k in range(f.j, min(len(toks), f.j + 3))):
            return "future"  # "الحملة الأمنية ستبدأ"، "المعركة ستكون تاريخية": the subject of a verb in the future
        if any(toks[k].kind == "word" and (toks[k].norm[1:] if toks[k].norm[:1] == "و" else toks[k].norm) in _cues("tomorrow")
               for k in range(max(s0, f.i - 3), min(len(toks), f.j + 3))):
            # (the word itself: "غداة الهجوم", the day after, folds to a stem غدا)
            return "future"  # "يعقد الحلف اجتماعا غدا الثلاثاء"، "دعا إلى تجمع ضخم غدا الأحد"
        if f.trig.type in MATERIAL_TYPES and self._in_coming_span(doc, f.j):
            return "future"  # "إكمال تحرير مدينة الرمادي خلال الأسبوعين المقبلين": a deed set in days to come
        if not ceased:
            # "ستعقد اللجنة اجتماعا"، "وسيتم اختيار ... في أول اجتماع": a noun governed by a future verb;
            # "من المتوقع أن يسعى لمد مهمات قصف"، "يتطلع إلى لقاء": any trigger after an expectation
            # (a verb's stem with the accusative alif, "سنشاهد قصفا جويا", is its verbal noun)
            noun = f.trig.kind in ("noun", "nphrase") or (f.trig.kind == "verb" and tok.norm == f.trig.key + "ا")
            for k in range(f.i - 1, max(s0, f.i - 12) - 1, -1):
                t = toks[k]
                if t.kind == "punct" and t.norm in CLAUSE_OR_STOP:
                    break
                if t.kind != "word":
                    continue
                if t.norm == "ان" and k + 1 < f.i and toks[k + 1].proclitics[-1:] == ("ال",):
                    break  # "نريد أن نؤكد أن النظام رفض": أنّ + a noun opens a reported fact
                if (noun and t.norm == "ان" and k + 1 < f.i and toks[k + 1].norm in _cues("subjunctive_aux")
                        and not (k > s0 and not _cues("temporal_conjunction").isdisjoint(self._K[k - 1]))):
                    # "على أن تبدأ بعدها معركة تحرير الوطن"، "أن يتم الإفراج عن الأسرى": the subjunctive of a
                    # verb of happening (أنْ + present) puts the act in the future or a condition (not after
                    # قبل/بعد: "قبل أن يتم إطلاق سراحه" tells what happened)
                    return "hypothetical"
                if noun and (("س" in t.proclitics and t.stem[:1] in ("ي", "ت", "ن")) or _future_verb(t.norm)):
                    return "future"
                if set(self._K[k]) & _cues("expect"):
                    return "future"
                if not _cues("modal").isdisjoint(self._K[k]) and not any(
                        not _cues("verify").isdisjoint(self._K[x]) for x in range(k + 1, min(f.i, k + 3))):
                    # "يمكن لهذا الصراع أن يقسم طالبان ويهدد": could, not does (but "معلومات لا يمكن التأكد
                    # منها" hedges a report)
                    return "hypothetical"
            if self._aimed_at(doc, f, s0) or self._imminent(doc, f):
                return "future"
        return "negated" if ceased else None

    def _stated_future(self, doc: Document, s0: int, i: int) -> bool:
        """Is the future verb at ``i`` what a statement verb before it in its sentence reports of its speaker, right
        after a complementizer with the speaker's pronoun ("أعلن ... أنه سيصعد"، "قالت إنها ستواصل")?"""
        toks = doc.tokens
        # (the complementizer carries the speaker's pronoun, the future verb follows it: the speaker's own deed,
        # not a third party's, "قال مسؤولون إن الولايات المتحدة ستشن هجمات")
        return (i - 1 > s0 and toks[i - 1].kind == "word" and toks[i - 1].enclitics[-1:] in (("ه",), ("ها",))
                and toks[i - 1].stem in ("ان", "بان")
                and any(toks[k].kind == "word" and not self._reporting.isdisjoint(self._K[k]) for k in range(s0, i - 1)))

    AIM_REACH = 14  # words at most between a verb of seeking or planning and the verbal noun it aims at (_aimed_at)

    def _aimed_at(self, doc: Document, f: Found, s0: int) -> bool:
        """Is the verbal noun at ``f`` what a party seeks, plans or heads to do, named by a verb of aim (data: the
        aim cues) up to AIM_REACH words before it in its clause, past other words and quotes, through لـ or إلى:
        "حيث تسعى المقاومة الشعبية في الوقت الراهن الى بسط سيطرتها على المواقع"، "كانوا يخططون لـ"سلسلة عمليات
        ارهابية في المغرب" تطال "مسؤولين امنيين" وهجوم على "مواقع حساسة""، "وتكثف الأجهزة الأمنية جهودها لتحديد وضبط
        المتهمين" (not the means named before the link: "وتسعى القوات من خلال هذه المواجهات إلى تحقيق"; not "جهود
        التحالف في قصف")? Or what one tries or intends to do, at most six words on (the aim_direct cues: "تحاول
        ميليشيات الحوثي والمخلوع صالح استقدام مزيد من التعزيزات"). A verbal noun joined by و right after a comma
        goes on with the aim ("المقاومة تتجه لقطع الخط الذي يربط محافظتي الضالع وإب، والسيطرة على مديرية السبرة").
        The aim is not done: the guidelines skip plans. (A verb, "يسعى ... بعد أن قتل", tells its own deed and is
        left alone.)"""
        toks = doc.tokens
        tok = toks[f.i]
        if not (f.trig.kind in ("noun", "nphrase") or tok.norm == f.trig.key + "ا" or (
                f.trig.kind == "phrase" and ("ال" in tok.proclitics or tok.proclitics[:1] == ("ل",)))
                # a verb's form after لـ or إلى, after a bare noun that follows إلى, or joined by و to a word after
                # لـ, is a verbal noun too ("الى بسط سيطرتها"، "لتحديد وضبط المتهمين"; not "لعربات أمريكية دمرت")
                or (f.trig.kind in ("verb", "form") and f.i - 1 >= s0 and (
                    tok.proclitics[-1:] == ("ل",) or toks[f.i - 1].norm in ("ل", "الي")
                    or (tok.proclitics == ("و",) and toks[f.i - 1].proclitics[-1:] == ("ل",))
                    or (f.i - 2 >= s0 and toks[f.i - 2].norm in ("ل", "الي") and not toks[f.i - 1].proclitics)))):
            return False
        aim, direct = _cues("aim"), _cues("aim_direct")
        # the noun must be the aim's own head, not a genitive after another noun ("يسعى المحققون لكشف ملابسات الهجوم"،
        # "تعهدت بملاحقة منفذي الهجوم": the attack is done): joined by و, after لـ or إلى, right after the verb of
        # aim, or after a light verbal noun (data: aim_light: "الى بسط سيطرتها"، "يعتزم شن هجوم")
        prev = next((k for k in range(f.i - 1, s0 - 1, -1) if toks[k].kind == "word"), None)
        if not (tok.proclitics[:1] in (("و",), ("ل",)) or prev is None
                or toks[prev].norm in ("ل", "الي", "لكي", "كي")
                or not set(self._K[prev]).isdisjoint(aim | direct | _cues("aim_light"))):
            return False
        words = 0
        linked = tok.proclitics[-1:] == ("ل",) or tok.proclitics[:2] == ("و", "ل")
        for k in range(f.i - 1, s0 - 1, -1):
            t = toks[k]
            if t.kind == "punct":
                if t.norm in CLAUSE_OR_STOP and not (
                        k == f.i - 1 and t.norm == "," and tok.proclitics[:1] == ("و",)):
                    return False
                continue
            if t.kind != "word":
                continue
            words += 1
            if words > self.AIM_REACH:
                return False
            keys = set(self._K[k])
            if (keys & aim and linked) or (keys & direct and words <= 6):
                return True
            if t.norm == "ان" and k + 1 < f.i and toks[k + 1].proclitics[-1:] == ("ال",):
                return False  # "يسعى ... إلى أن القوات ...": أنّ + a noun opens a fact
            if t.norm in ("ل", "الي", "لكي", "كي") or t.proclitics[:1] == ("ل",) or t.proclitics[:2] == ("و", "ل"):
                linked = True
        return False

    def _imminent(self, doc: Document, f: Found) -> bool:
        """Is the noun at ``f`` the subject of "بات وشيكا"، "أصبح مسألة وقت" (data: the become and imminent cues),
        up to ten words on in its clause: "أن حسم المعارك لصالح الجيش الوطني بات وشيكا"، "الهجوم على إسرائيل من قبل
        «داعش» أصبح مسألة وقت": about to happen, not done?"""
        if f.trig.kind not in ("noun", "nphrase"):
            return False
        toks = doc.tokens
        words = 0
        for k in range(f.j, min(len(toks) - 1, f.j + 14)):
            t = toks[k]
            if t.kind == "punct" and t.norm in CLAUSE_OR_STOP:
                return False
            if t.kind != "word":
                continue
            words += 1
            if words > 10:
                return False
            if t.norm in _cues("become") and toks[k + 1].kind == "word" and (
                    not _cues("imminent").isdisjoint(self._K[k + 1])
                    or (toks[k + 1].stem == "مساله" and k + 2 < len(toks) and toks[k + 2].norm == "وقت")):
                return True
        return False

    @staticmethod
    def _since_year(doc: Document, j: int, s1: int, pub_year: int) -> bool:
        """Does the clause after a trigger count "since" an earlier year (منذ عام 2009، منذ 2011)?"""
        toks = doc.tokens
        for k in range(j, min(s1, j + 12)):
            if toks[k].kind == "punct" and toks[k].norm in CLAUSE_PUNCT:
                return False
            if toks[k].norm == "منذ":
                for x in range(k + 1, min(s1, k + 3)):
                    y = toks[x].norm
                    if y.isdigit() and len(y) == 4 and 1900 < int(y) < pub_year:
                        return True
        return False

    @staticmethod
    def _since_long_ago(doc: Document, i: int, j: int, s0: int, s1: int) -> bool:
        """Does the trigger's clause say it has gone on "since" a day or month at least 45 days before
        publication (يشن منذ 26 مارس غارات، منذ يوليو 2014)? A campaign, not one event (منذ الفجر is today)."""
        toks = doc.tokens
        try:
            pub = dt.date.fromisoformat(doc.published[:10])
        except (TypeError, ValueError):
            return False
        lo = i
        while lo > max(s0, i - 6) and not (toks[lo - 1].kind == "punct" and toks[lo - 1].norm in CLAUSE_PUNCT):
            lo -= 1
        for k in range(lo, min(s1, j + 12)):
            if k >= j and toks[k].kind == "punct" and toks[k].norm in CLAUSE_PUNCT:
                return False
            if toks[k].norm == "منذ":
                after = toks[k].end
                # the date may open on منذ's word or on the next (منذ أغسطس آب 2014: the date is "آب 2014")
                starts = {toks[x].start for x in range(k + 1, min(s1, k + 3)) if toks[x].kind == "word"}
                for d in doc.dates:
                    if (after <= d.start <= after + 2 or d.start in starts) and d.date and d.precision in ("day", "month"):
                        return (pub - dt.date.fromisoformat(d.date)).days >= 45
                return False
        return False

    @staticmethod
    def _since_start_of(doc: Document, i: int, s0: int) -> bool:
        """Is the event noun at ``i`` a party's campaign a time is counted from: "منذ بدء هجومهم"، "منذ انطلاق
        عملياتها"? (With no possessor, "قتل 12 شخصا في اشتباكات منذ بدء المواجهات" still tells the clash.)"""
        toks = doc.tokens
        return (i - 2 >= s0 and bool(toks[i].enclitics) and toks[i - 2].norm == "منذ"
                and _word_in(toks[i - 1], "onset"))

    @staticmethod
    def _occurrence_dated(doc: Document, ev: Event) -> Event:
        """``ev``, a deed, dated by the one day a report of it states with a verb of happening (dates.occurrence_day),
        when that day is earlier than the one it has: "أعلنت وزارة الداخلية البحرينية أمس السبت عن إحباط ... وإنها
        اعتقلت مواطنين" then "وفي تفصيل عملية الاعتقال التي جرت في 15 يوليو تموز": 15 July."""
        if ev.type not in DEED_DATED_TYPES or not ev.mentions or ev.date is None:
            return ev
        from ..dates import occurrence_day, stated_for_deed

        spans = [(m.start, m.end, m.trigger_start) for m in ev.mentions]
        d = occurrence_day(doc, spans)
        if d is None or d.date is None or d.date >= ev.date[:10]:
            return ev
        if ev.date_source == "text" and stated_for_deed(doc, spans, ev.date[:10]):
            # (a day a report states for the deed itself, not a statement's: "تمكنت القوات العراقية الاحد من تحرير
            # جامعة الانبار" beats "واسفرت المواجهات التي وقعت أمس", one of the reports merged with it)
            return ev
        return replace(ev, date=d.date, date_precision=d.precision, date_source="text",
                       flags=tuple(f for f in ev.flags if f != "date-borrowed"))

    def _without_stale(self, doc: Document, events: list[Event]) -> list[Event]:
        """An article's attacks that the text dates months before publication ("وفي 26 مارس بدأ تحالف تقوده
        السعودية حملة ضربات جوية"، "وقام ثلاثة مقنعين في مايو الماضي بخطف الأب جاك مراد"), when the article also
        tells an event of the last days: the old ones are its background, which the guidelines leave out (on the
        read gold sets 2 of 669 attacks are dated more than two months back, against 29 such false events). The
        date must be the attack's own: in its sentence (a day, in the one before), at most STALE_REACH words
        from its word, with no reference point between ("الأعنف منذ معركة ديبالتسيف في فبراير الماضي"). An
        input whose only news is the old attack (a coded chronology sentence) keeps it. So are protests and
        sanctions told that long ago (STALE_TYPES: "واثار القرار احتجاجات عنيفة ... في منتصف مايو"، "وكان مجلس الأمن
        فرض في إبريل الماضي عقوبات"); an arrest or a raid of months ago is still coded (2 of the read gold sets)."""
        if not doc.published:
            return events
        pub = dt.date.fromisoformat(doc.published[:10])

        def lag(ev: Event) -> int | None:
            # counted from the day the date names, the first of its month ("في مايو الماضي": May 1), or the end of
            # its year (a year is no news: "العام الحالي")
            try:
                day = dt.date.fromisoformat(ev.date[:10]) if ev.date else None
            except ValueError:
                return None
            if day is None:
                return None
            if ev.date_precision == "year":
                day = day.replace(month=12, day=31)
            return (pub - day).days

        from .. import dates as _dates

        told = _dates._event_dates(doc)
        recent = any((n := lag(ev)) is not None and 0 <= n <= RECENT_DAYS for ev in events)
        # (or a relative day of the last RECENT_DAYS in a sentence that tells one of its events, the day of a statement:
        # "أعلنت وزارة الدفاع الأميركية مساء أول من أمس، أن غارة جوية ... أدت في مطلع يوليو الجاري إلى مقتل محسن الفضلي"
        # then "قتل في الـ8 من يوليو الجاري", 15 days before publication, is news of the last days about a deed of
        # weeks ago, and the raid of "سبتمبر الماضي" it recalls background)
        if not recent:
            fresh = [d for d in told if d.precision == "day" and d.relative
                     and 0 <= (pub - dt.date.fromisoformat(d.date)).days <= RECENT_DAYS]
            spans = [(x.start, x.end) for x in doc.sentences
                     if any(x.start <= m.start < x.end for ev in events for m in ev.mentions)]
            recent = any(a <= d.start < b for d in fresh for a, b in spans)
        if not recent and not any((n := lag(ev)) is not None and n > HISTORY_DAYS for ev in events):
            return events
        refs = _cues("reference_point")

        def between_deed(ev: Event, m: Mention) -> bool:
            # another deed's word between the event's word and the date nearest it, the date being that deed's
            # ("شنت أنقرة مداهمات ... ضد المتمردين من حزب جبهة التحرر، الذي تبنى هجوما انتحاريا في العام 2013")
            k = next((k for k, x in enumerate(doc.sentences) if x.start <= m.trigger_start < x.end), None)
            if k is None:
                return False
            x = doc.sentences[k]
            near = [d for d in told if d.date == ev.date and x.start <= d.start < x.end]
            if not near:
                return False
            d = min(near, key=lambda d: abs(d.start - m.trigger_start))
            lo, hi = (m.trigger_end, d.start) if d.start >= m.trigger_end else (d.end, m.trigger_start)
            starts = self._local.tok_starts
            words = self.lex.words
            # (a word wholly between: not the event's own word behind a proclitic, "في 20 يوليو 2012 واطلق وابلا من
            # الرصاص", whose token starts before the trigger does)
            return any(t.type in MATERIAL_TYPES for k in range(_bisect_left(starts, lo), _bisect_left(starts, hi))
                       if doc.tokens[k].end <= hi for key in self._K[k] for t in words.get(key, ()))

        def own(ev: Event, m: Mention) -> bool:
            # the date expression nearest the attack's word, in its sentence or the one before, with no word
            # of a reference point between them ("قبل اندلاع الثورة منتصف مارس 2011 ... قبل هجوم داعش عليها")
            head = (m.trigger_start, m.trigger_end)
            k = next((k for k, x in enumerate(doc.sentences) if x.start <= head[0] < x.end), None)
            lo = doc.sentences[k].start if k is not None else m.start
            hi = doc.sentences[k].end if k is not None else m.end
            before = doc.sentences[k - 1].start if k else lo  # (the sentence before lends a day only)
            near = [d for d in told if d.date == ev.date and d.end <= hi
                    and (lo <= d.start or (before <= d.start and d.precision == "day"))]
            if not near:
                return False
            d = min(near, key=lambda d: abs(d.start - head[0]))
            gap = doc.raw[head[1]:d.start] if d.start >= head[1] else doc.raw[d.end:head[0]]
            words = re.findall(r"\w+", gap)
            return len(words) <= STALE_REACH and not any(
                _fold_key(w) in refs or (w[:1] == "و" and _fold_key(w[1:]) in refs) for w in words)

        # an attack, an arrest or a protest dated years back by a date of its own is history even in an article
        # that tells nothing of the last days ("إثر يوم واحد من الهجوم على بيرل هاربر في السابع من ديسمبر 1941"،
        # "كما دمر زلزال ... في أيلول - سبتمبر 2013"، "وشكل اعتقال عبدالخالق في 2004"): the guidelines leave out
        # background history
        # (so is one dated by the month of publication alone when that month began weeks before, "وكانت قريتان في
        # المنطقة تعرضتا لهجوم مماثل مطلع يوليو" in a story of July 21: the news tells its own deeds by their day)
        # an attack dated by its month alone, a month before publication's ("وهاجموا الشهر الماضي حافلات ركاب"،
        # "وقتل الجيش الجزائري في نهاية ايار/ مايو 25 اسلاميًا"، "اخفاق هجوم ضخم شنه الشهر الماضي"), in an article
        # with news of the last days, is background too: a deed the news reports is told by its day (not a
        # protest: "وكان عشرات الجنود نفذوا وقفة احتجاجية أمام مبني المجمع الحكومي الشهر الماضي" is coded)
        # (each of its reports dated so: "بينما تشهد مدينة تعز معارك عنيفة" is news, whatever month a toll told
        # with it is of)
        month = doc.published[:7]
        # a deed whose own time is a month named bare, more than STALE_DAYS before publication ("وفي نوفمبر (تشرين
        # الثاني)، قتل 55 شخصا في هجوم وقع في واغا" in a story of July; "وتبنت جماعة ... في مايو اطلاق قذيفتي هاون"),
        # is background as well: the month is the nearest time word to the deed's in each of its sentences (no day
        # nearer), in reach as own() asks; it dates nothing (the event keeps its date), it only marks the history
        # (a bare month of the last weeks nearer the deed's word is its time: "في حزيران/يونيو في سوسة وفي آذار/مارس")
        months = _dates.bare_months(doc) if recent else []
        bare = [d for d in months if (pub - dt.date.fromisoformat(d.date)).days > STALE_DAYS]

        def bare_own(m: Mention) -> bool:
            head = (m.trigger_start, m.trigger_end)
            x = next((x for x in doc.sentences if x.start <= head[0] < x.end), None)
            if x is None:
                return False
            near = [d for d in told if x.start <= d.start < x.end] + [d for d in months if x.start <= d.start < x.end]
            if not near:
                return False
            d = min(near, key=lambda d: abs(d.start - head[0]))
            if d not in bare:
                return False
            gap = doc.raw[head[1]:d.start] if d.start >= head[1] else doc.raw[d.end:head[0]]
            words = re.findall(r"\w+", gap)
            return len(words) <= STALE_REACH and not any(
                _fold_key(w) in refs or (w[:1] == "و" and _fold_key(w[1:]) in refs) for w in words)

        def bare_told(ev: Event) -> bool:
            # its first report is of the bare month, and what tells it again later states no day of the last days
            # ("وفي نوفمبر (تشرين الثاني)، قتل 55 شخصا في هجوم" then "ان هذا الاعتداء كان انتقاما من العملية التي شنها
            # الجيش الباكستاني في منتصف يونيو")
            ms = sorted(ev.mentions, key=lambda m: m.start)
            if not bare_own(ms[0]):
                return False
            for m in ms[1:]:
                x = next((x for x in doc.sentences if x.start <= m.trigger_start < x.end), None)
                if x is None or m.start < ms[0].start:
                    return False
                if any(x.start <= d.start < x.end and (pub - dt.date.fromisoformat(d.date)).days <= RECENT_DAYS
                       for d in told):
                    return False
            return True

        kept = [ev for ev in events if not (ev.date_source == "text" and (n := lag(ev)) is not None and ((
            (recent and ev.type in STALE_TYPES and n > STALE_DAYS)
            or (ev.type in HISTORY_TYPES and n > HISTORY_DAYS and not all(between_deed(ev, m) for m in ev.mentions)))
            and any(own(ev, m) for m in ev.mentions)) or (
            recent and ev.type == "ASSAULT" and ev.date_precision == "month"
            and (ev.date[:7] < month or (ev.date[:7] == month and (lag(ev) or 0) > RECENT_DAYS))
            and all(own(ev, m) for m in ev.mentions)) or (
            bare and ev.type in STALE_TYPES and ev.mentions and bare_told(ev)))]
        # an event kept though the text dates it years back, by a date that is not its own (a reference point between,
        # "قبل اندلاع الثورة منتصف مارس 2011 ... قبل هجوم داعش عليها"; the sentence before lent it: "على حدود الرابع من
        # يونيو 1967" then "نحن نطالب الأطراف"), is news: dated as news is, by the last days
        return [self._history_redated(doc, ev) if ev.date_source == "text" and (n := lag(ev)) is not None
                and n > HISTORY_DAYS and not any(own(ev, m) for m in ev.mentions) else ev for ev in kept]

    def _history_redated(self, doc: Document, ev: Event) -> Event:
        """``ev``, an event the text dates more than HISTORY_DAYS before publication by a date that is not its own
        (see _without_stale), dated again leaving such dates out: what the stale checks keep is news, and news is
        dated by the last days (no event of the read gold sets is dated more than five months before publication),
        when a date of the last year in the text dates it. Flagged "history-date-skipped" instead of "background" (the
        history mark of _build, which that date set)."""
        if not doc.published or not ev.mentions:
            return ev
        since = (dt.date.fromisoformat(doc.published[:10]) - dt.timedelta(days=HISTORY_DAYS)).isoformat()
        m = min(ev.mentions, key=lambda m: m.start)
        date, precision, source = self._date(doc, m.start, m.end, deed=ev.type in DEED_DATED_TYPES,
                                             trigger=m.trigger_start, since=since)
        if (date is not None and source != "text" and ev.type in SPEECH_TYPES and "date-borrowed" in ev.flags
                and "background" in ev.flags):
            # (a statement that only borrowed a date of history from the sentence before, "على حدود الرابع من يونيو
            # 1967" then "نحن نطالب الأطراف ...", is one made now: the default day, flagged as one, is its day)
            flags = tuple(f for f in ev.flags if f not in ("background", "date-borrowed")) + ("history-date-skipped",)
            return replace(ev, date=date, date_precision=precision, date_source=source, flags=flags)
        if date is None or source != "text":
            return ev  # (no date of the last year in the text: a default day would hide history as news)
        flags = tuple(f for f in ev.flags if f != "background") + ("history-date-skipped",)
        return replace(ev, date=date, date_precision=precision, date_source=source, flags=flags)

    @staticmethod
    def _truce_of_old(doc: Document, i: int, j: int, s0: int, s1: int) -> bool:
        """Is the ceasefire at tokens ``i``..``j`` dated in its clause 45 days or more before publication: by a date
        or a bare month (في فبراير (شباط)), by a year before publication's (حتى 2013 حين تم الاتفاق على وقف إطلاق
        النار) or by قبل and a count of months or years (قبل خمسة أشهر)? The guidelines code the news, not a truce
        in force for months that the story names (its talks, its breaches)."""
        from .. import dates as _dates
        toks = doc.tokens
        try:
            pub = dt.date.fromisoformat(doc.published[:10])
        except (TypeError, ValueError):
            return False
        lo, hi = max(s0, i - 8), j
        while hi < min(s1, j + 12) and not (toks[hi].kind == "punct" and toks[hi].norm in CLAUSE_PUNCT):
            hi += 1
        if hi <= lo:
            return False
        a, b = toks[lo].start, toks[hi - 1].end
        for d in list(doc.dates) + _dates.bare_months(doc):
            if a <= d.start < b and d.date and d.precision in ("day", "month", "year"):
                try:
                    if (pub - dt.date.fromisoformat(d.date[:10])).days >= 45:
                        return True
                except ValueError:
                    continue
        for k in range(lo, hi):
            y = toks[k].norm
            if y.isdigit() and len(y) == 4 and 1900 < int(y) < pub.year:
                return True
            if y == "قبل" and any(_word_in(toks[x], "ago_span") for x in range(k + 1, min(hi, k + 3))):
                return True
        return False

    @staticmethod
    def _since_some_years(toks: list[Token], s0: int, i: int, k: int) -> bool:
        """Is the year word at ``k`` counted after منذ ("منذ 30 عاما"، "منذ أكثر من 30 عاما"، "منذ نحو أربع سنوات"),
        not a record among the years ("في أعنف حملة عليهم منذ أربع سنوات") nor the age of a thing a relative
        clause after the trigger at ``i`` tells ("الحركة التي تقاتل منذ 30 عاما")?"""
        m = k - 1
        while m > max(s0, k - 5) and (toks[m].kind == "number" or _word_in(toks[m], "years_amount")):
            m -= 1
        if m == k - 1 or toks[m].norm not in ("منذ", "ومنذ"):
            return False
        if any(_word_in(toks[x], "span_record") or _word_in(toks[x], "since_record") for x in range(max(s0, m - 9), m)):
            return False
        return not (i < m and (m - i > 10 or any(
            toks[x].stem in ("التي", "الذي", "الذين", "اللذين", "اللتين") or toks[x].norm[1:] in ("التي", "الذي", "اللتين")
            for x in range(i + 1, m))))

    def _background(self, doc: Document, s0: int, s1: int, i: int, pub_year: int | None, typ: str = "") -> bool:
        """Is the trigger at token ``i`` history: near "منذ عام" / "قبل سنوات", or a year well
        before publication ("في عام 2011")?"""
        toks = doc.tokens
        hi = min(s1, i + 9)
        if pub_year is not None and self._almanac_line(doc, i, pub_year):
            return True
        if typ in ("ASSAULT", "COERCE") and self._habitual(doc, s0, s1, i):
            return True
        # each test below stands on a year word or an era at k, on منذ or خلال/طيله/طوال right before k, or
        # on the trigger itself: the words of the sentence at such places (listed by __call__), then the trigger
        at = self._local.background_at
        for k in at[_bisect_left(at, s0 + 1):_bisect_left(at, s1)] + ([i] if s0 < i < s1 else []):
            if toks[k].stem in ("عام", "عامين", "سنوات", "اعوام") and toks[k - 1].stem in ("منذ", "قبل") \
                    and not (k + 1 < s1 and toks[k + 1].kind == "number") \
                    and not (typ in SPEECH_TYPES and i < k - 2 and toks[k - 1].stem == "منذ"
                             and toks[k - 2].kind == "word" and toks[k - 2].proclitics[-1:] == ("ال",)) \
                    and not any(_word_in(toks[m], "span_record") or _word_in(toks[m], "since_record")
                                for m in range(max(s0, k - 9), k - 1)):
                # (a statement is not history for the age of a thing named after it: "وأيد حلفاء غربيون ...
                # الاجراءات التركية لكن كثيرين حثوا أنقرة على عدم ... السماح بانهيار جهود السلام المستمرة منذ سنوات")
                # (not a record "in years": "في ما يعتبر اليوم الاكثر دموية في العاصمة الافغانية منذ سنوات"، "في أسوأ
                # موجة عنف تشهدها المدينة منذ سنوات" rank the news among the years, they do not date it)
                return True
            if typ == "ASSAULT" and toks[k].stem in BACKGROUND_YEARS and self._since_some_years(toks, s0, i, k):
                # a war's toll over years, the count of years given: "وقتل عشرات الاف الاشخاص في التمرد الكردي
                # الانفصالي المستمر منذ اكثر من 30 عاما" (منذ right before the year word is the test above)
                return True
            if (typ in SPEECH_TYPES and toks[k].stem in ("عام", "عامين", "سنوات", "اعوام", "سنه") and k - 3 >= s0
                    and toks[k - 1].norm == "من" and toks[k - 2].stem in ("اكثر", "نحو") and toks[k - 3].stem == "قبل"):
                # "الحوار الوطني الذي دعا إليه الرئيس قبل أكثر من عام": said more than a year ago (not "منذ أكثر من
                # عامين", how long a siege has lasted, told with a new strike)
                return True
            if typ in SPEECH_TYPES and toks[k].stem in ("اشهر", "شهور") and toks[k - 1].stem == "منذ":
                return True  # "علما بأن واشنطن طلبت من أنقرة منذ أشهر عديدة": a statement months old
            # a toll summed over a war or a crisis: "منذ بداية الأزمة الحالية"، "منذ اندلاع النزاع"، "في 30 عاما"
            if typ == "ASSAULT" and toks[k - 1].stem == "منذ" and toks[k].stem in ("بدايه", "بدء", "اندلاع", "مطلع", "انطلاق") \
                    and ((i < k - 1 and not any(toks[m].norm in ("التي", "الذي", "الذين") for m in range(i + 1, k - 1)))
                         or (i == k + 1 and any(set(self._K[m]) & _cues("toll")
                                                          for m in range(max(s0, k - 5), k - 1)))) and not any(toks[m].stem in ("مره", "شهدها", "شهد", "اعنف", "اكبر", "اول")
                                               for m in range(max(s0, k - 6), k - 1)):
                # ("حصيلة القتلى منذ بدء المواجهات": the toll of the fighting since it began)
                # (not "لأول مرة منذ بدء الصراع"، "من اعنف الاعتداءات التي شهدها العراق منذ اندلاع الحرب")
                return True
            if (typ == "ASSAULT" and k != i and toks[k - 1].stem == "منذ" and toks[k].norm in _cues("tally_onset")
                    and self._counted_since(doc, s0, s1, i, k)):
                # the dead counted since a ruler took office or since something began, a toll of months: "وقتل ما لا
                # يقل عن 17 عنصرا ... منذ ان باشر متمردو حزب العمال الكردستاني شن هجمات يومية"، "ومنذ تولي الرئيس
                # النيجيري محمد بخاري ... الحكم في 29 مايو الماضي، قتل أكثر من 800 شخص"
                return True
            if typ == "ASSAULT" and toks[k].stem in ("عاما", "عام", "سنه", "سنوات", "اعوام") and k >= 2 \
                    and toks[k - 1].kind == "number" and toks[k - 2].norm in ("في", "خلال"):
                return True
            if (typ == "ASSAULT" and toks[k - 1].norm in ("خلال", "طيله", "طوال") and _word_in(toks[k], "tally_period")
                    and _word_in(toks[i], "casualty_noun") and i < k <= i + 12 and not _same_clause_cut(toks, i, k)
                    and not any(_conjoined(toks[m]) and toks[m].norm[1:] in ("انها", "انه", "ان") for m in range(i + 1, k))):
                # (the period after the count it sums: "مقتل 488 عنصرا ... خلال الشهر الماضي"; not the strikes of
                # "أحدث الضربات خلال الأسابيع الماضية وأنها تسببت في مقتل اثنين")
                # (a count told by its nouns; "قتلت 47 ارهابيا خلال الاسبوع الماضي" has a doer: their operations)
                return True  # "مقتل 488 عنصرا خلال الشهر الماضي"، "مقتل وإصابة 3440 عراقيا خلال شهر يوليو": a month's toll

            if typ == "ASSAULT" and k == i and self._earlier_attack(doc, i, s0):
                return True
            if (typ in ("ASSAULT", "COERCE") and toks[k - 1].stem == "منذ"
                    and (k == i or (k + 1 == i and toks[k].norm == "ان"))
                    and not self._news_day_after(toks, i, s1)):
                # "ومنذ الهجوم على مركز «ويست غيت» التجاري"، "منذ أن بسطت جماعة منافسة سيطرتها على العاصمة"، "منذ
                # مقتل اللواء محيي الدين منصور": the attack named right after منذ is the point time is counted from,
                # told before (not "ومنذ الهجوم ... الاثنين في سوروتش", of this week)
                return True
            if (typ == "ASSAULT" and k == i and toks[k - 1].stem == "سلسله" and "ال" in toks[k].proclitics
                    and toks[k].norm.endswith("ات")):
                return True  # "سلسلة الهجمات التي أودت بحياة 300 شخص الشهر الحالي": a tally of attacks
            if typ in MATERIAL_TYPES and k != i and _word_in(toks[k], "back_then") and _same_clause(toks, i, k):
                return True  # "وقد قتل آنذاك خمسة جنود"، "وقتل حينها 14 ضابط أمن": recounted from a time told before
            if typ in MATERIAL_TYPES and k == i and any(toks[m].stem in ("ذكري", "ذكرى") or _word_in(toks[m], "anniversary")
                                                                         for m in range(max(s0, k - 5), k)):
                return True  # "حلت الذكرى العاشرة لهجمات السابع من يوليو": an anniversary
            if toks[k].stem in _cues("era") and toks[k - 1].norm in ("في", "خلال", "ابان", "طوال") and typ in MATERIAL_TYPES:
                return True  # "ماتوا في المعتقلات أو أعدموا في عهده": under a past ruler
            # "بعد ثلاث سنوات تقريبا على إطلاق النار": an anniversary of an event years ago
            if toks[k].stem in ("عام", "عامين", "سنوات", "اعوام", "سنتين", "سنه") and k < i \
                    and any(toks[m].stem == "بعد" for m in range(max(s0, k - 3), k)) \
                    and any(toks[m].norm == "علي" for m in range(k + 1, min(s1, k + 4))):
                return True
        if pub_year is None:
            return False
        for k in range(max(s0, i - 8), hi):
            t = toks[k]
            if t.kind == "number" and YEAR.fullmatch(t.norm):
                if typ in ("ACCUSE", "THREATEN") and k > i + 3:
                    continue  # "متهما تركيا بانتهاك وقف لاطلاق النار أبرم عام 2013": the year of what is spoken of
                year = int(t.norm)
                prev = toks[k - 1].stem if k > s0 else ""
                if prev[:1] == "و" and prev[1:] == "في":
                    prev = "في"  # "وفي 2012 وقع هجوم مماثل": وفي is left whole by the segmenter (a word, loyal)
                if (k > i + 2 and "ال" not in toks[i].proclitics
                        and any(toks[m].norm in ("التي", "الذي", "الذين") for m in range(i + 2, k))):
                    continue  # "ومؤخرا اعتقلت حماس التي قمعت بقسوة في 2009 الحركات المتطرفة": the year of a relative
                    # clause on a word after the deed (not of "الهجوم الذي وقع في 2011", the deed's own)
                if year < pub_year - 1 and (prev in _cues("background")
                                            or (typ in MATERIAL_TYPES and prev in _cues("year_part"))):
                    # (a season or a part of an old year dates a deed too: "بدأت المعارك في حلب في صيف 2012")
                    return True
        return self._over_past_months(doc, s0, s1, i, typ)

    @staticmethod
    def _conceded(toks: list[Token], i: int, s0: int) -> bool:
        """Is the verbal noun at ``i`` inside a concessive phrase, at most CONCEDED_REACH words after رغم (برغم،
        ورغم) or على الرغم من / بالرغم من, with only words between (no verb of a clause of its own: "رغم أن
        القوات قصفت" is told)?"""
        for k in range(i - 1, max(s0, i - CONCEDED_REACH) - 1, -1):
            t = toks[k]
            if t.kind != "word" or t.norm in ("ان", "انه", "انها", "انهم", "ما"):
                return False
            if t.stem == "رغم" and set(t.proclitics) <= {"و", "ف", "ب"}:
                return True
            if t.norm == "من" and k > s0 and toks[k - 1].norm in ("الرغم", "بالرغم"):
                return True
        return False

    @staticmethod
    def _habitual(doc: Document, s0: int, s1: int, i: int) -> bool:
        """Is the attack or arrest word at ``i`` told as a habit, by a word of routine in its clause at most six
        tokens before it (HABIT_REACH: the instruments named after the verb it goes with) or eight after it (بانتظام، بشكل منتظم، سنويا، كل عام; data: the habitual cues)? "ويقصف
        النظام بانتظام مناطق واقعة تحت سيطرة المعارضة"، "وتعلن السلطات بانتظام تفكيك خلايا ارهابية"، "تقوم خلال أيام
        شهر رمضان المبارك من كل عام حملة اعتقالات": what a party does again and again, no one event of the news
        (on the read gold sets 3 such false events, no coded one; ongoing daily fighting, "بشكل يومي", is coded and
        is not a cue)."""
        toks = doc.tokens
        cues = _cues("habitual")
        lo, hi = max(s0, i - HABIT_REACH), min(s1, i + 9)
        for k in range(lo, hi):
            if k == i or toks[k].kind != "word":
                continue
            if not (toks[k].norm in cues or (k + 1 < hi and toks[k + 1].kind == "word"
                                              and f"{toks[k].norm} {toks[k + 1].norm}" in cues)):
                continue
            a, b = (i, k) if k > i else (k, i)
            if not any(toks[x].kind == "punct" and toks[x].norm in CLAUSE_OR_STOP for x in range(a, b)):
                return True
        return False

    @staticmethod
    def _by_means(toks: list[Token], i: int, s0: int) -> bool:
        """Is the verbal noun at ``i`` named as the means of something, right after عبر، بواسطة، من خلال or عن طريق
        (data: the means cues; خلال after من, طريق after عن)? (On the read gold sets four false events, "عبر تفجير
        مسجد شيعي"، "من خلال تفجير مساجد في القطيف والدمام"، and no coded one; on 3,000 SaudiNewsNet articles four
        such nouns, none a deed reported: a plot, a war's summary, an accusation's content, a training.)"""
        if i - 1 < s0 or not _word_in(toks[i - 1], "means") or toks[i - 1].proclitics:
            return False
        head = toks[i - 1].norm
        if head == "خلال":
            return i - 2 >= s0 and toks[i - 2].norm == "من"
        if head == "طريق":
            return i - 2 >= s0 and toks[i - 2].norm == "عن"
        return True

    @staticmethod
    def _state_named_before(doc: Document, s0: int, k: int) -> bool:
        """Does a party of a known country stand in the sentence before token ``k`` (the means word)? Then the deed
        named as the means is that party's act, reported: "لكن إسرائيل ردّت استخباراتيّا عبر اغتيال عماد مغنيّة"
        (GSR), unlike an aim argued with no doer ("التركيز على إشعال فتنة مذهبية في القطيف عبر تفجير مسجد شيعي")."""
        lo, hi = doc.tokens[s0].start, doc.tokens[k].start
        return any(getattr(a, "country", None) and lo <= a.start and a.end <= hi for a in doc.actors)

    def _unrealised(self, doc: Document, i: int, s0: int) -> bool:
        """Is the verbal noun at ``i`` what a party is able to do or would be rewarded for, not a deed done: after a
        word of ability or reward (قدرة، قادرة، كفاءة، مكافأة; data: the capability cues) with على after it, or after
        لمن and a verb in the present ("لمن يساعد في القبض عليه": whoever would help), at most UNREALISED_REACH
        tokens before it in its sentence? (On the read gold sets four false arrests, "ثقته في كفاءة وقدرة الأجهزة
        الأمنية ... على كشف ملابسات هذه الجريمة، والقبض على الجناة"، and no coded event.)"""
        toks = doc.tokens
        # (the noun itself is the complement, right after the preposition or joined to one by و: "قادرة على ضبط
        # الجناة"، "على كشف ملابسات هذه الجريمة، والقبض على الجناة"; not a deed named inside it, "تؤكد القدرة على
        # وأد نار الفتنة ومحاسبة المتورطين في هذه جريمة تفجير مسجد قوات أمن الطوارئ")
        if i <= s0 or not (toks[i - 1].norm in ("علي", "في") or toks[i].proclitics[:1] == ("و",)):
            return False
        ability = _cues("capability")
        for k in range(max(s0, i - UNREALISED_REACH), i - 1):
            if toks[k].kind != "word":
                continue
            if not ability.isdisjoint(self._K[k]) and any(toks[m].norm == "علي" for m in range(k + 1, i)):
                return True
            if toks[k].norm == "لمن" and toks[k + 1].kind == "word" and toks[k + 1].norm[:1] in ("ي", "ت"):
                return True
        return False

    @staticmethod
    def _news_day_after(toks: list[Token], i: int, s1: int) -> bool:
        """Is a day of the news week (اليوم، أمس، a weekday; data: the news_day cues) named in the clause that
        follows the trigger at ``i``, within a dozen tokens?"""
        days = _cues("news_day")
        for k in range(i + 1, min(s1, i + 12)):
            if toks[k].kind == "punct" and toks[k].norm in CLAUSE_OR_STOP:
                return False
            if toks[k].kind == "word" and toks[k].norm in days:
                return True
        return False

    def _over_past_months(self, doc: Document, s0: int, s1: int, i: int, typ: str = "") -> bool:
        """Is the trigger at ``i`` told as done over the past months or years, by a span in its clause at most six
        words before it or eight after it (خلال/طوال/طيلة/في/على مدى + الأشهر، السنوات، الأعوام، الفترة + الماضية،
        الأخيرة، المنصرمة; data: the over_span, past_span and span_past cues)? "تمكنوا خلال الاشهر الماضية من
        استعادة مناطق"، "أربعة أشخاص تم اعتقالهم في منطقة نيويورك خلال الأشهر الماضية"، "يرفضون صرف مخصصات التغذية ...
        خلال الفترة الماضية"، "قتلوا او اعتقلوا او استسلموا خلال النصف الاول من العام 2015"، "هجوم عسكري نفذه الجانبان
        خلال العام الحالي"، "معارك عنيفة طوال أشهر": a sum of deeds or a stance kept over months, no one event of the
        news (weeks are
        left alone: "القبض على 431 إرهابيا خلال الأسابيع الماضية" is one announcement). After a statement other
        than a refusal the span is what is spoken of, not when it was said ("مشيدًا بجهودهم التي بذلوها ... خلال
        الفترة الماضية")."""
        toks = doc.tokens
        over, span, past = _cues("over_span"), _cues("past_span"), _cues("span_past")
        lo, hi = max(s0, i - 12), min(s1, i + 16)
        for k in range(lo, hi - 1):
            if toks[k].norm not in over or toks[k + 1].norm not in span:
                continue
            m = k + 2 if k + 2 < s1 and toks[k + 2].norm == "القليله" else k + 1
            # (months or years with no article after "all through" need no "past": "شهدت معارك عنيفة طوال أشهر"،
            # "على مدار أشهر"; the span_whole cues)
            whole = (toks[k].norm in _cues("span_whole") and m == k + 1
                     and not toks[m].norm.startswith("ال") and not (m + 1 < s1 and toks[m + 1].kind == "word"
                                                                   and toks[m + 1].norm.startswith("ال")))
            if not whole and not (m + 1 < s1 and toks[m + 1].norm in past):
                continue
            if k > i and typ in SPEECH_TYPES and typ != "REJECT":
                continue
            if any(_word_in(toks[x], "span_record") for x in range(max(s0, min(i, k) - 3), max(i, k))):
                # "الهجوم الذي نفذ في سوق شعبية ويعد الأسوأ من نوعه خلال العام الجاري كما أصيب في الهجوم حوالى 130
                # شخصا": one event, ranked in the span
                continue
            a, b = (i, k) if k > i else (m + 1, i)
            if any(toks[x].kind == "punct" and toks[x].norm in CLAUSE_OR_STOP for x in range(a, b)):
                continue
            words = sum(toks[x].kind == "word" for x in range(a + 1, b))
            if (k > i and words <= 8) or (k < i and words <= 6):
                return True
        return False

    def _counted_since(self, doc: Document, s0: int, s1: int, i: int, k: int) -> bool:
        """Is the attack word at ``i`` part of a toll counted since the onset named at ``k`` (after منذ): from a
        casualty word before منذ, with no comma or stop between, on ("وقتل ما لا يقل عن 17 عنصرا ... منذ ان باشر متمردو حزب العمال شن
        هجمات يومية": the dead, and the attacks they are counted from), or anywhere after a منذ that opens the
        sentence when a casualty word follows it ("ومنذ تولي الرئيس ... الحكم في 29 مايو الماضي، قتل أكثر من 800
        شخص")?"""
        toks = doc.tokens
        casualty = self._casualty_cues
        if k - 1 <= s0 + 1:
            return i > k and any(set(self._K[m]) & casualty for m in range(k + 1, s1))
        first = next((m for m in range(max(s0, k - 1 - TALLY_REACH), k - 1) if set(self._K[m]) & casualty
                      and not any(toks[x].kind == "punct" and toks[x].norm in CLAUSE_PUNCT | {".", "،", "؛"}
                                  for x in range(m, k - 1))), None)
        return first is not None and i >= first

    @staticmethod
    def _earlier_attack(doc: Document, i: int, s0: int) -> bool:
        """Is the attack word at ``i`` the earlier attack a new one is dated from, weeks or months before it ("يأتي
        الهجوم بعد شهرين من هجوم دموي استهدف متحف باردو"، "وذلك بعد أسابيع من الهجوم على فندق في سوسة")? A
        reference point, not news (not "بعد أسبوعين على بدء غارات جوية", coded: a fortnight, and an onset)."""
        toks = doc.tokens
        return (i - 3 >= s0 and toks[i - 1].norm in ("من", "علي") and _word_in(toks[i - 2], "months_span")
                and any(toks[m].norm == "بعد" for m in range(max(s0, i - 4), i - 2)))

    @staticmethod
    def _stated_in(doc: Document, day: str | None, lo: int, hi: int, anchored: bool = False) -> bool:
        """Does a date expression for ``day`` stand inside the mention ``[lo, hi)``? With ``anchored``, only the day of
        a "غداة X"/"بعد يوم على X" (the event being X: "وعدت الحكومة التركية ... غداة هجوم انتحاري"), a day its own
        sentence gives, not one borrowed from the sentence before."""
        from .. import dates as _dates

        return day is not None and any(d.date == day and lo <= d.start < hi and (d.anchored or not anchored)
                                       for d in _dates._event_dates(doc))

    @staticmethod
    def _day_before_trigger(doc: Document, day: str | None, lo: int, trigger: int) -> bool:
        """Is the day ``day`` an event's mention took (from ``lo`` on) told only before its trigger (at ``trigger``),
        with no other word of a date after it: the day of the clause before, not one the event's own clause states?"""
        from .. import dates as _dates

        if day is None:
            return False
        told = [d for d in _dates._event_dates(doc) if d.date == day and lo <= d.start]
        return bool(told) and all(d.end <= trigger for d in told)

    @staticmethod
    def _almanac_line(doc: Document, i: int, pub_year: int) -> bool:
        """Does the line of the trigger at ``i`` open with an earlier year and a dash ("1952- الجامعة العربية
        تحتج ..."): an entry of an "on this day" list, history?"""
        raw = doc.raw
        start = raw.rfind("\n", 0, doc.tokens[i].start) + 1
        head = raw[start:start + 8].strip()
        return (len(head) >= 5 and head[:4].isdigit() and head[:4].isascii() and int(head[:4]) < pub_year - 1
                and head[4:].lstrip()[:1] in ("-", "–"))

    def _date(self, doc: Document, start: int, end: int, deed: bool = False,
              trigger: int | None = None, since: str | None = None) -> tuple[str | None, str | None, str | None]:
        from .. import dates as _dates

        resolve = getattr(_dates, "resolve_event_date", None)
        if resolve is None:
            return (doc.published, "day", "published") if doc.published else (None, None, None)
        date, precision, flagged = resolve(doc, start, end, deed=deed, trigger=trigger, since=since)
        if date is None:
            return None, None, None
        return date, precision, "published" if flagged else "text"
