"""How many were killed and injured: numbers, tolls and the victims they count.

A mixin of :class:`marsad.events.extract.EventExtractor` (its rules read the extractor's tables through ``self``)."""
from __future__ import annotations

from dataclasses import replace

from ..document import Document, Token
from .model import Event, Mention
from .common import (BACKGROUND_BEFORE, CUMULATIVE_TOLL, Cand, Draft, MET_DEATH_REACH, PERIOD_TALLY_REACH,
    PRODUCER, SUBJECT_AFTER_THAT_REACH, YEAR, _conjoined, _cue_union, _cues, _demonyms, _singular_person, _word_in)
from .merging import _CLOSING_QUOTES, _OPENING_QUOTES, _nisba_plural, _past_nationality, _rise_word, _same_clause_cut


class CountRules:
    def _cared_for(self, toks: list[Token], i: int, s0: int) -> bool:
        """Is the definite casualty noun at ``i`` the object of a word of care or transport (نقل، إجلاء، علاج،
        أقلت), right before it or before "دفعة من"? Also through a conjunction: "إجلاء القتلى والجرحى"."""
        k = i - 1
        if k > s0 and toks[k].kind == "word" and toks[i].proclitics[:1] == ("و",) \
                and self._casualty_cues.intersection(self._K[k]):
            k -= 1  # "القتلى والجرحى": the second noun shares the first one's head
        if k > s0 and toks[k].norm == "من" and _word_in(toks[k - 1], "care_batch"):
            k -= 2  # "دفعة من الجرحى" (and an ordinal before it: "أقلت أول دفعة")
            if k > s0 and toks[k].norm in ("اول", "ثاني", "ثالث", "اخر", "اخري"):
                k -= 1
        return k >= s0 and _word_in(toks[k], "care")

    # -- counts -----------------------------------------------------------
    def number_at(self, tok: Token) -> tuple[int, str] | None:
        if tok.kind == "number":
            digits = tok.norm.replace(",", "").rstrip("%")
            if "%" in tok.norm or "." in digits:
                return None
            try:
                return int(digits), "exact"
            except ValueError:
                return None
        if tok.kind == "word":
            # the whole word first (past its proclitics): "مئتي جريح" is 200, though its stem reads مئة + ي
            bare = tok.norm[sum(map(len, tok.proclitics)):]
            for k in (bare, tok.stem, tok.norm) if tok.enclitics else (tok.stem, tok.norm):
                if k in self.lex.numbers:
                    return self.lex.numbers[k]
        return None

    def read_number(self, toks: list[Token], k: int, b: int) -> tuple[int, str, int] | None:
        """The number starting at token ``k``: (value, kind, index after it). Compounds are read whole:
        "خمسة عشر" 15, "أحد عشر" 11, "ثلاثة وعشرون" 23, "مئة وخمسون" 150. A measure is not a count of
        anyone: "كاتيوشا 107 ملم"، "(15 عاما)"، "30 كلم" read as None."""
        got = self._read_number(toks, k, b)
        if got is not None and got[2] < b:
            unit = toks[got[2]]
            if unit.kind == "word" and (unit.stem in _cues("unit") or unit.norm in _cues("unit")):
                return None
        return got

    def _read_number(self, toks: list[Token], k: int, b: int) -> tuple[int, str, int] | None:
        tok = toks[k]
        num = self.number_at(tok)
        nxt = toks[k + 1] if k + 1 < b else None
        ten = nxt is not None and nxt.kind == "word" and not nxt.proclitics and nxt.norm in ("عشر", "عشره")
        if num is None:
            if ten and tok.kind == "word" and tok.stem in ("احد", "احدي", "اثنا", "اثني", "اثنتا", "اثنتي"):
                return (11 if tok.stem.startswith("احد") else 12), "exact", k + 2
            return None
        value, kind = num
        j = k + 1
        if tok.kind == "number" and kind == "exact" and nxt is not None and nxt.kind == "word" \
                and (nxt.norm in _cues("thousand") or nxt.norm in _cues("million")):
            # "71 ألفا و781 مدنيا": 71,781; "3 آلاف": 3,000
            unit = 1000 if nxt.norm in _cues("thousand") else 1_000_000
            value *= unit
            j = k + 2
            if j + 1 < b and toks[j].norm == "و" and toks[j + 1].kind == "number":
                rest = self.number_at(toks[j + 1])
                if rest is not None and rest[0] < unit:
                    value += rest[0]
                    j += 2
            return value, kind, j
        if kind != "exact" or tok.kind != "word":
            return value, kind, j
        if value >= 1000 and value % 1000 == 0 and j + 1 < b and toks[j].norm == "و" and toks[j + 1].kind == "number":
            # "ألف و200 شخص"
            rest = self.number_at(toks[j + 1])
            if rest is not None and rest[0] < 1000:
                return value + rest[0], kind, j + 2
        if ten and 3 <= value <= 9:
            return value + 10, kind, k + 2
        while j < b and toks[j].kind == "word" and _conjoined(toks[j]):
            part = self.lex.numbers.get(toks[j].stem) or self.lex.numbers.get(toks[j].norm[1:])
            if part is None or part[1] != "exact":
                break
            n = part[0]
            # units then tens (ثلاثة وعشرون), or hundreds/thousands then less (مئة وخمسون، ألف ومئتان)
            if (value < 10 and 20 <= n <= 90 and n % 10 == 0) or (value >= 100 and value % 100 == 0 and n < value
                                                                  and (value >= 1000 or n < 100)):
                value += n
                j += 1
            else:
                break
        return value, kind, j

    def counts(self, doc: Document, a: int, b: int) -> tuple[int | None, int | None]:
        toks = doc.tokens
        killed_cues, injured_cues = self._killed_cues, self._injured_cues
        killed = injured = None

        count_killed, K, seen = self._count_killed, self._local.K, {}

        def cue_of(k: int) -> str | None:
            if k in seen:  # (asked again and again of the same words)
                return seen[k]
            keys, norm = K[k], toks[k].norm
            # "والجرحى" kept whole by the segmenter: the noun is جرحى
            bare = norm[3:] if norm.startswith("وال") and len(norm) > 5 and not toks[k].proclitics else None
            if not count_killed.isdisjoint(keys) or bare in count_killed:
                role = "killed"
            elif not injured_cues.isdisjoint(keys) or bare in injured_cues:
                role = "injured"
            else:
                role = None
            seen[k] = role
            return role

        part = self._part_toll(toks, a, b, cue_of)
        if part is not None:
            return part
        k = a
        counted_by = {}  # the verb after a count that said what it counts ("اثنين ... قتلا"), by role
        counted_at = {}  # where the last count of each role ended
        vague_roles = set()  # the roles counted vaguely (عشرات)
        while k < b:
            read = self.read_number(toks, k, b)
            if read is None or self._and_one_of(toks, k, b):
                k += 1  # ("جندي تركي وأحد متشددي التنظيم": "and one of", a victim the singular reading counts)
                continue
            value, kind, after = read
            if k - 2 >= a and toks[k].kind == "word" and toks[k - 1].norm == ")" and toks[k - 2].kind == "number" \
                    and self.number_at(toks[k - 2]) == (value, kind) and after < b and _conjoined(toks[after]) \
                    and cue_of(after) is not None:
                # "استشهاد (15) خمسة عشر وإصابة (33)": the figure spelled out again, not the count of the cue after
                # it (but "(7) سبعة من رجال حرس الحدود للإصابة" is counted by the words)
                k = after
                continue
            cue_at = None
            first, k = k, after - 1  # a compound (خمسة عشر، ثلاثة وعشرون) is read once, from its first word
            # combine "ثلاثة آلاف" style multipliers
            if (k + 1 < b and (toks[k + 1].stem in ("الاف", "الف") or toks[k + 1].norm in ("الاف", "الف"))
                    and kind == "exact" and value < 1000):  # (the segmenter may read آلاف as ال + اف)
                value *= 1000
            role = None
            m = first - 1
            steps = 0
            cue_back = None  # the casualty word the look back found the count's role in
            named = getattr(self._local, "named", ())
            if k + 1 < b and toks[k + 1].kind == "word" and cue_of(k + 1) is not None and not _conjoined(toks[k + 1]) \
                    and not (k + 2 < b and _conjoined(toks[k + 2]) and cue_of(k + 2) not in (None, cue_of(k + 1))) \
                    and not self._own_count(toks, k + 1, b, cue_of):  # (not "الاثنين بمقتل 33": Monday)
                role = cue_of(k + 1)  # "32 قتيلاً ومئة جريح": the noun counted says what the count is
                m = a - 1  # (no look back: "قتيلاً" before "ومئة" is the first count's)
            bracketed = first > a and toks[first - 1].norm == "(" and k + 1 < b and toks[k + 1].norm == ")"
            if bracketed:
                m = first - 2  # "استشهاد (15) وإصابة (33)": the number in brackets right after its cue
            # "مقتل عسكريين تركيين اثنين": two follows the noun it counts (and its nationality)
            two_after = toks[first].kind == "word" and toks[first].norm in _cues("two_after_noun") and first == k
            if not bracketed and m > a and m == first - 1 and toks[m].kind == "punct" and toks[m].norm in ('"', ")") \
                    and cue_of(m - 1) is not None:
                m -= 1  # 'نتج عنه "استشهاد" 10 من منسوبي القوات'، "(استشهاد) عشرة": the cue in quotes or brackets
            while m >= a and steps < 5:
                if two_after and m < first and first - m <= 2 and toks[m].kind == "word" and cue_of(m) is None \
                        and not toks[m].proclitics and self.number_at(toks[m]) is None \
                        and (self._people_at(toks, m, b) or toks[m].norm.endswith(("ين", "ون", "ان"))):
                    m -= 1
                    steps += 1
                    continue
                if toks[m].kind == "word" and (toks[m].stem in _cues("qualifier") or toks[m].norm in _cues("qualifier")
                                               or (m in named and cue_of(m) is None)  # (not "جرح" read as a name)
                                               or (cue_of(m) is None and any(x.start <= toks[m].start and toks[m].end <= x.end
                                                                             for x in doc.dates))):
                    # ("قتل الجيش الإسرائيلي أمس ثلاثة فلسطينيين": past the day told between the verb and the count)
                    # skip qualifiers (نحو، اكثر من) and the doer between the cue and the count
                    # ("قتل الجيش الإسرائيلي ثلاثة فلسطينيين")
                    m -= 1
                    steps += 1
                    continue
                role = cue_of(m)
                cue_back = m if role is not None else None
                if (role is not None and m > a and _conjoined(toks[m]) and cue_of(m - 1) not in (None, role)
                        # (not a noun of theirs: "لقي سبعة من عناصر ... مصرعهم وأصيب 15 آخرون", their death told)
                        and not (toks[m - 1].enclitics or toks[m - 1].norm.endswith(("هم", "هما", "هن")))
                        and not any(self.number_at(toks[x]) for x in range(max(a, m - 5), m - 1))
                        and counted_by.get(cue_of(m - 1)) != m - 1):
                    # (not when the cue before is the verb of a count already read: "أن اثنين من أفراد قوات
                    # الأمن قتلا وأصيب 24"; but "مقتل عشرين ...، بالإضافة إلى مقتل وجرح ستة" is joint)
                    # "قتل وجرح سبعة عشر": killed and wounded together, no split given (but in "22 قتلوا
                    # وأصيب 120" each cue has its own count)
                    role = "both"
                if role is None and set(self._K[m]) & self._burn and self._people_at(toks, k + 1, b):
                    role = "killed"  # "إحراق ستة أطفال": people burned are people killed (not houses)
                break
            if role is None:
                # "أنّ عدد قتلى الهجوم ارتفع إلى 20 شخصًا"، "ارتفع إلى 9 ... عدد القتلى": the toll risen to a count
                role = self._risen_toll_role(toks, first, a, b, cue_of)
            if role is None and self._people_at(toks, k + 1, b):
                # "وقتل خلال الاشتباكات 12 شخصا"، "أصيب في القصف ثلاثة مدنيين": a short phrase of circumstance
                # between the cue and the count of people
                for x in range(first - 2, max(a, first - 5) - 1, -1):
                    if toks[x].kind != "word" or self.number_at(toks[x]) is not None:
                        break
                    if cue_of(x) is not None:
                        nxt = toks[x + 1]
                        if nxt.norm in _cues("scene_prep") or nxt.proclitics[:1] == ("ب",):
                            role = cue_of(x)
                        break
            if role is None and self._people_at(toks, k + 1, b):
                role = self._doer_between(toks, first, a, cue_of)
            if role is None:
                # "خمسة أفراد من قوات الأمن المصرية قتلوا": a count of people out of a named force reaches further
                # (or past a nationality: "260 مقاتلاً كرديًا من حزب العمال الكردستاني قتلوا")
                reach = 9 if k + 2 < b and "من" in (toks[k + 1].norm, toks[k + 2].norm) \
                    else 10 if k + 3 < b and toks[k + 3].norm == "من" \
                    else 11 if k + 4 < b and toks[k + 2].norm in ("على", "علي") and toks[k + 4].norm == "من" \
                    else 6  # ("عشرة من منسوبي قوات الطوارئ الخاصة استشهدوا"، "25 مقاتلاً على الأقل من الفصائل ...")
                stop, m = min(b, k + reach), k
                while m + 1 < stop:
                    m += 1
                    if toks[m].kind == "word" and (_word_in(toks[m], "pretext") or _word_in(toks[m], "case_of")):
                        break  # "أوقفت الشرطة خمسة أشخاص في قضية مقتل الفتى": those held, not the dead
                    if (m + 1 < b and self.number_at(toks[m]) is not None and role is None
                            and (toks[m - 1].norm == "و" or _conjoined(toks[m])) and cue_of(m + 1) is None
                            and (toks[m + 1].norm == "من" or self._people_at(toks, m + 1, b)
                                 or (toks[m + 1].kind == "word" and not toks[m + 1].proclitics
                                     and toks[m + 1].norm.endswith(("ين", "ون"))))):
                        # (or a plural of people the lexicon lacks: "أن واحدا من أفراد القوة الدولية وثمانية
                        # متعاقدين أفغان قتلوا")
                        # "25 حوثيا و10 من رجال المقاومة الشعبية سقطوا قتلى": a second group before the verb they
                        # share (not "32 شخصا ومائة جريح": that count has its own noun)
                        stop = min(b, m + 9)
                        continue
                    role = cue_of(m)
                    if role and self._own_count(toks, m, b, cue_of):
                        role = None  # "اثنان من قياديي داعش وإصابة أكثر من 58": that cue has its own count
                        break
                    if role and toks[m].kind == "word" and (
                            (toks[m].proclitics[:1] == ("و",) and toks[m].stem in _cues("casualty_noun"))
                            or (not toks[m].proclitics and toks[m].norm[:1] == "و" and toks[m].norm[1:] in _cues("casualty_noun"))) \
                            and not any(self.number_at(toks[x]) is not None for x in range(m + 1, min(b, m + 4))):
                        # "ما أدى إلى مقتله ومقتل و3 آخرين وإصابة عدد آخر بجروح": a casualty noun joined by و opens the
                        # next item with no count of its own, it is not what the count before it counts (but a verb
                        # may be: "أسروا ثمانية من الركاب وقتلوهم"; and a noun with its own count is a parallel item of
                        # the same kind: "سقوط 16 من الحوثيين ومقتل 8 من المقاومة")
                        role = None
                        break
                    if role:
                        cue_at = m
                        if (m + 1 < b and _conjoined(toks[m + 1]) and cue_of(m + 1) not in (None, role)
                                and not any(self.number_at(toks[x]) for x in range(m + 2, min(b, m + 5)))):
                            role = "both"  # "17 قتيلا وجريحا", but not "22 قتلوا وأصيب نحو 120"
                        break
                    if role is None and ((toks[m].norm in ("بينهم", "بينهما") and m <= k + 3)
                                         or (toks[m].norm in _cues("most_of_them") and m <= k + 5)):
                        # ("22 شخصا على الأقل معظمهم من رجال ميليشيا محلية قتلوا": most of them, past على الأقل)
                        # "عشرة مدنيين بينهم "عدد كبير من الاطفال" قتلوا": past a part of them told after بينهم,
                        # up to the verb they share
                        stop = min(b, max(stop, m + 8))
                        continue
                    aside = self._partitive_aside(toks, m, b)
                    if aside is not None:
                        # "25 شخصا، معظمهم من المدنيين، قتلوا": past a part of them set off by commas
                        stop, m = min(b, stop + aside - m), aside
                        continue
                    if toks[m].norm in ("،", ",") and m + 1 < b and self._plural_casualty_verb(toks, m + 1, cue_of):
                        # "أنّ 25 مقاتلاً على الأقل من الفصائل المسلحة السورية وثمانية من مقاتلي تنظيم «داعش»، قتلوا
                        # في الهجوم": the subject set off by a comma before its verb
                        stop = min(b, max(stop, m + 2))
                        continue
                    if (toks[m].kind == "punct" and toks[m].norm != '"') or self.number_at(toks[m]) is not None:
                        break  # (past quote marks: "33 مسلحا من مسلحي «داعش» قتلوا")
            if role is None and kind == "exact":
                role = self._named_before_group(toks, first, a, cue_of)
                if role is not None and not self._one_before_group(toks, first, a, role, cue_of, cue_before=True):
                    value += 1  # "قتل أبو قتادة المغربي و21 مسلحا آخرين": the one named, and 21 (one by a noun is
                    # added below)
            if role == "both" and kind != "exact":
                # "عشرات القتلى والجرحى": dozens of each (a vague count is no total to split)
                killed = value if killed is None else killed
                injured = value if injured is None else injured
            if role in ("killed", "injured") and kind == "dual":
                # "وقتل شرطيان وثلاثة مدنيين": the dual is its own noun; three more of another kind
                value += self._more_of_another_rank(toks, self._past_body(toks, _past_nationality(toks, k + 1, b), b), b)
            elif role in ("killed", "injured"):
                value += self._coordinated_count(doc, k, b)
                if kind == "exact" and self._one_before_group(toks, first, a, role, cue_of, cue_before=cue_at is None):
                    value += 1  # "لقي قيادي حوثي بارز و12 من مرافقيه مصرعهم": the one named first, and 12
                    # (or the one right after the verb: "وقتل جندي دولي وثمانية مقاتلين أفغان", 9)
            if role in ("killed", "injured") and (killed, injured)[role == "injured"] is not None \
                    and kind != "vague" and role not in vague_roles \
                    and any(toks[x].norm in _cues("other_side") and cue_of(x + 1) is not None
                            for x in range(counted_at.get(role, k), first - 1)):
                # "وكان 23 من الحوثيين وقوات صالح قتلوا واصيب 38 فيما قتل 2 واصيب 19 من المقاومة": each side's
                # toll, added (a casualty word right after "whereas": not "ستة قتلى ... فيما تحدثت وسائل اعلام عن
                # تسعة قتلى")
                if role == "killed":
                    killed += value
                else:
                    injured += value
            elif role in ("killed", "injured") and (killed, injured)[role == "injured"] is not None \
                    and kind == "exact" and role not in vague_roles and value != (killed, injured)[role == "injured"] \
                    and self._cue_again(toks, cue_back, after, b, role, cue_of):
                # "مقتل 21 وإصابة 36 من الحوثيين وقوات صالح ومقتل 3 وإصابة 5 من القوات الشرعية": the casualty word
                # said again, joined by و, with a count of its own: another group's toll, added (24 and 41) (not the
                # same figure again: "مقتل 57 مدنيا في قصف نسب للحوثيين وقتل 57 مدنيا على الأقل", a headline and its lead)
                if role == "killed":
                    killed += value
                else:
                    injured += value
            if role == "killed" and killed is None:
                killed = value
                counted_by["killed"] = cue_at
            elif role == "injured" and injured is None:
                injured = value
                counted_by["injured"] = cue_at
            if role in ("killed", "injured"):
                counted_at[role] = k + 1
                if kind == "vague":
                    vague_roles.add(role)  # ("واصيب العشرات فيما ... واصيب 50": tens are no figure to add to)
            k += 1
        # a dual noun is a count of two: "إن جنديين تركيين قتلا"، "قتل شرطيان"، "أصيب طفلان"
        for k in range(a, b):
            if killed is not None and injured is not None:
                break
            if toks[k].kind != "word" or toks[k].stem not in _cues("dual_victim"):
                continue
            own = toks[k].stem[:-2]  # "أوقعت قتيلين و24 جريحًا": the dual of a casualty noun is itself a count
            if k + 1 < b and self.number_at(toks[k + 1]) is not None \
                    and not (_conjoined(toks[k + 1]) and (own in killed_cues or own in injured_cues)):
                continue  # (but "قتيلين وثلاثة جرحى": two dead, then the wounded's own count)
            near = [x for x in (k - 1, k + 1) if a <= x < b]
            if k + 2 < b and toks[k + 1].kind == "word" and not _conjoined(toks[k + 2]):
                near.append(k + 2)  # "جنديين تركيين قتلا": after the nationality, not across a comma or a و
            roles = {cue_of(x) for x in near if toks[x].kind == "word"}
            own = toks[k].stem[:-2]  # "أوقعت قتيلين و24 جريحًا": the dual of a casualty noun is itself a count
            if own in killed_cues or own in injured_cues:
                roles = {"killed" if own in killed_cues else "injured"}
            j = self._past_body(toks, _past_nationality(toks, k + 1, b), b)  # "وقتل شرطيان وثلاثة مدنيين": two and three more of another kind
            if "killed" in roles and killed is None:
                killed = 2 + self._more_of_another_rank(toks, j, b)
            elif "injured" in roles and injured is None:
                injured = 2 + self._more_of_another_rank(toks, j, b)
        # a singular victim right after a killing verb: استشهد شرطي، قتل مواطن، حرق رضيع; or right before
        # it, in the accusative after إن: "إن مقاتلا قتل"
        if killed is None or injured is None:
            for k in range(a, b - 1):
                role = "killed" if set(self._K[k]) & self._burn else cue_of(k)
                if role is None or (killed, injured)[role == "injured"] is not None:
                    continue
                if not (toks[k].norm.endswith(("وا", "ون", "ين", "ى", "ي")) and role == "killed"):
                    # (not after a plural: قتلى، قتلوا)
                    # (past a closing quote: 'ما نتج عنه «استشهاد» أحد أفرادها')
                    v = k + 2 if k + 2 < b and toks[k + 1].kind == "punct" and toks[k + 1].norm in _CLOSING_QUOTES else k + 1
                    if v + 1 < b and toks[v].norm in ("خلاله", "خلالها", "فيه", "فيها"):
                        v += 1  # "قتل خلاله جندي تركي": past "during it" (the clash just told)
                    elif v + 2 < b and toks[v].norm == "من" and toks[v + 1].norm in ("خلاله", "خلالها"):
                        v += 2  # "أصيب من خلالها مواطن بإصابات طفيفة"
                    elif role == "injured" and v + 1 < b and toks[v].norm in _cues("injury_degree") \
                            and toks[v + 1].proclitics[:1] == ("ل",):
                        v += 1  # "ما نتج عنه إصابة بسيطة لمواطن": past how bad, to the one hurt
                    one = self._single_victims(toks, v, b)
                    if one is None and role == "injured" and self._hurt_self(toks, k, v, b):
                        one = 1
                    if one is not None:
                        if role == "killed":
                            killed = one
                        else:
                            injured = one
                        continue
            if killed is not None:
                if injured is None and "injured" in self._one_by_result(toks, a, b, cue_of):
                    injured = 1  # "ما أدى لإصابته بجروح ومقتل زوجته": the one hurt, besides the one killed
                return killed, injured
            for k in range(a, b - 1):
                if cue_of(k + 1) == "killed" and toks[k + 1].kind == "word":
                    # "إن مقاتلا قتل"، "إن جنديا تركيا قتل": the noun, or the noun and its nationality, before
                    one = [x for x in (k, k - 1) if x >= a and toks[x].kind == "word" and toks[x].norm.endswith("ا")
                           and toks[x].norm[:-1] in _cues("singular_victim")]
                    if not one and toks[k].norm in _CLOSING_QUOTES and k - 2 >= a and toks[k - 1].kind == "word" \
                            and toks[k - 2].norm in _OPENING_QUOTES and k - 3 >= a \
                            and toks[k - 3].norm in _cues("said_that_word") \
                            and (toks[k - 1].norm[:-1] if toks[k - 1].norm.endswith("ا") else toks[k - 1].norm) \
                            in _cues("singular_victim"):
                        one = [k - 1]  # 'مشيرا إلى أن «إرهابيا» قتل في الاشتباكات' (or «إرهابي»): the one quoted
                    if one and not (one[0] > a and self.number_at(toks[one[0] - 1]) is not None):
                        killed = 1
                        break
        if killed is None:
            with_others = self._killed_with_others(toks, a, b, cue_of)
            if with_others is not None:
                killed = with_others
        if killed is None and any(self._subject_after_that(toks, a, k, cue_of) for k in range(a + 1, b)):
            killed = 1  # "أن جنرالا كبيرا في الجيش البوروندي ومن أقرب مساعدي الرئيس بيار نكورونزيزا قتل"
        if killed is None or injured is None:
            for k in range(a, b):
                role = cue_of(k)
                if role is None or (killed, injured)[role == "injured"] is not None:
                    continue
                if (k > a and self._one_named_victim(doc, k, b)) or self._titled_victim(doc, k, b):
                    if role == "killed":
                        killed = 1
                    else:
                        injured = 1
        if killed is None or injured is None:
            # "ما أدى إلى مقتله"، "مما نتج عنه مقتله"، "ما تسبب بإصابته": the result of the attack on one person
            for role in self._one_by_result(toks, a, b, cue_of):
                if role == "killed" and killed is None:
                    killed = 1
                elif role == "injured" and injured is None:
                    injured = 1
        if killed is None:
            killed = self._met_death_one(toks, a, b)
        if killed is None and injured is None:
            return self._no_casualties(toks, a, b)
        return killed, injured

    def _part_toll(self, toks: list[Token], a: int, b: int, cue_of) -> tuple[int | None, int | None] | None:
        """The toll of one attack told as a part of a toll before it: a count, "of them" (منهم), then "in" and the
        attack ("ومنذ اندلاع موجة العنف الجديدة في 20 يوليو، قتل 13 جنديا وشرطيا على الأقل ثلاثة منهم في كمين استهدف
        الخميس قافلة عسكرية": three killed in the ambush), the count's role the casualty word before it in the
        sentence (the toll before is the whole, not this attack's); None when the clause tells no such part."""
        attacks = _cues("part_toll_attack")
        for k in range(a, b - 3):
            if toks[k + 1].norm not in ("منهم", "منهما") or toks[k + 2].norm != "في":
                continue
            nxt = toks[k + 3]
            if nxt.kind != "word" or not (nxt.stem in attacks or nxt.norm in attacks):
                continue
            read = self.read_number(toks, k, k + 1)
            if read is None or read[1] != "exact":
                continue
            for m in range(k - 1, max(-1, k - 16), -1):
                if toks[m].kind == "punct" and toks[m].norm in (".", "!", "?", "؟"):
                    break
                role = cue_of(m) if toks[m].kind == "word" else None
                if role in ("killed", "injured"):
                    return (read[0], None) if role == "killed" else (None, read[0])
            return None
        return None

    @staticmethod
    def _cue_again(toks: list[Token], cue: int | None, after: int, b: int, role: str, cue_of) -> bool:
        """Is the casualty word at ``cue`` (the one a count's role was read from, looking back) that role's word said
        again, joined by و, in the noun or the verb ("ومقتل 3"، "وإصابة 5"، "وقتل 4"), its count no part of the
        toll told before (not "ومقتل 3 منهم")?"""
        if cue is None or toks[cue].kind != "word" or not _conjoined(toks[cue]) or cue_of(cue) != role:
            return False
        return not (after < b and toks[after].kind == "word" and toks[after].norm in _cues("part_of_them"))

    def _subject_after_that(self, toks: list[Token], a: int, verb: int, cue_of) -> bool:
        """Is the killing verb at ``verb`` (singular: not قتلوا، قتلا) told of one person named in the accusative right
        after أن/إن a few words before it, its qualifiers between ("أن جنرالا كبيرا في الجيش البوروندي ومن أقرب مساعدي
        الرئيس بيار نكورونزيزا قتل"، "أن قياديا كبيرا في تنظيم القاعدة قتل"), with no comma, count or other casualty
        word between?"""
        if toks[verb].kind != "word" or toks[verb].norm.removeprefix("و") not in _cues("killed_verb_one"):
            return False  # (a verb of one killed: not قتلوا، قتلا, nor a noun, مقتله)
        nouns = _cues("singular_victim") | _cues("one_person") | _cues("one_subject_extra")
        for x in range(verb - 1, max(a, verb - SUBJECT_AFTER_THAT_REACH) - 1, -1):
            tok = toks[x]
            if x == verb - 1 and tok.norm in ("،", ","):
                continue  # "أن جنرالا كبيرا ... ومن أقرب مساعدي الرئيس بيار نكورونزيزا، قتل اليوم": the long subject set off
            if tok.kind != "word" or self.number_at(tok) is not None or (x < verb - 1 and cue_of(x) is not None):
                return False
            if tok.norm.endswith("ا") and tok.norm[:-1] in nouns and not tok.proclitics and x - 1 >= a \
                    and toks[x - 1].kind == "word" and toks[x - 1].norm in _cues("said_that_word"):
                return True
        return False

    @staticmethod
    def _met_death_one(toks: list[Token], a: int, b: int) -> int | None:
        """1 when a verb "met" (لقي، لقيت) is followed, a few words on, by the death noun with a singular pronoun
        (مصرعه، حتفها): "لقي طالب سوداني مصرعه"، "أن قائد جبهة الحوثيين ... لقي مصرعه في مواجهات"; None else."""
        verbs, ones, attackers = _cues("met_death_verb"), _cues("met_death_one"), _cues("attacker_noun")
        for k in range(a, b - 1):
            if toks[k].kind != "word" or toks[k].norm.removeprefix("و").removeprefix("ف") not in verbs:
                continue
            before = next((x for x in range(k - 1, max(a, k - MET_DEATH_REACH - 2) - 1, -1) if toks[x].kind != "word"), a - 1)
            if any(toks[x].norm in attackers for x in range(before + 1, min(b, k + MET_DEATH_REACH + 1))):
                return None  # "أن الإرهابي الذي كان يقود السيارة لقي مصرعه": the attacker's own death
            for x in range(k + 1, min(b, k + MET_DEATH_REACH + 1)):
                if toks[x].kind != "word" or any(c.isdigit() for c in toks[x].norm):
                    break  # (a comma or a stop ends the clause; "لقي 15حوثيا مصرعه" is a count)
                if toks[x].norm in ones:
                    return 1
        return None

    @staticmethod
    def _one_by_result(toks: list[Token], a: int, b: int, cue_of) -> list[str]:
        """The roles of the casualty nouns with a singular pronoun ("مقتله"، "وفاتها"، "إصابته") that a verb of
        result governs ("ما أدى إلى مقتله"، "مما نتج عنه مقتله"، "ما تسبب بمقتله"، "أدت لوفاته"): one person killed
        or hurt ("مقتلهم" is many, no count; "خبر مقتله"، "بعد إصابته" are no result of the attack)."""
        roles = []
        for k in range(a + 1, b):
            tok = toks[k]
            if tok.kind != "word" or tok.enclitics not in (("ه",), ("ها",)):
                continue
            role = cue_of(k)
            if role not in ("killed", "injured"):
                continue
            if k + 1 < b and _conjoined(toks[k + 1]) and cue_of(k + 1) in (None, role):
                continue  # "ما أدى إلى مقتله ومقتل و3 آخرين"، "مقتله ومرافقه": more than one
            verb = k - 1 if tok.proclitics[-1:] in (("ب",), ("ل",)) else k - 2 if toks[k - 1].norm in _cues(
                "result_preposition") else None
            if verb is not None and verb >= a and toks[verb].norm in _cues("result_verb"):
                roles.append(role)
        return roles

    def _wounded_after(self, doc: Document, events: list[Event], s0: int, s1: int) -> None:
        """A sentence of no event of its own that opens with the wounded ("كما اصيب مرافق آخر بجروح"، "وأصيب ثلاثة
        جنود بجروح") a sentence or two after the sentence of an attack, with no other event between, tells that
        attack's wounded: joined to it, in place."""
        toks = doc.tokens
        last = events[-1]
        k = s0 + 1 if s0 < s1 and toks[s0].norm in ("كما", "و") else s0
        if last.type != "ASSAULT" or last.injured is not None or k >= s1 - 1:
            return
        if toks[k].kind != "word" or not set(self._K[k]) & self._injured_cues:
            # or further in, after "كما"، "فيما"، "بينما": "وأضاف أن من بين الخسائر البشرية مدنيين وأفرادا من
            # الجيش، كما أصيب 38 شخصا" (the wounded of the attack just told, as well)
            k = next((x + 1 for x in range(s0, s1 - 2) if toks[x].norm in _cues("toll_continues")
                      and toks[x + 1].kind == "word" and set(self._K[x + 1]) & self._injured_cues), None)
            if k is None:
                return
        here = self._sent_index(s0)
        prev = doc.sentences[max(0, here - 2)] if here > 0 else None
        if prev is None or not any(m.start >= prev.start for m in last.mentions):
            return  # (only a sentence or two after the attack's, with no other event between)
        killed, injured = self.counts(doc, s0, s1)
        if injured is None:
            return
        lo, hi = toks[s0].start, toks[s1 - 1].end
        mention = Mention(lo, hi, doc.raw[lo:hi], toks[k].start, toks[k].end)
        events[-1] = replace(last, injured=injured, killed=last.killed if last.killed is not None else killed,
                             mentions=last.mentions + (mention,))

    def _series_toll(self, doc: Document, a: int, b: int) -> bool:
        """Does the clause tell its toll of several attacks told apart: "قتل 16 شخصاً في نيجيريا في هجومين منفصلين"،
        "مقتل 13 من عناصر داعش و13 عراقيا في حوادث متفرقة" (the annotators give such a toll to no one attack; not
        "في تفجيرين استهدفا محطتي حافلات", one twin attack, nor "سلسلة هجمات في كابول اوقعت 51 قتيلا", one day's
        series in one city, but "قتل 30 شخصا في سلسلة تفجيرات استهدفت مناطق مختلفة في العراق")?"""
        toks = doc.tokens
        for k in range(a, min(b, len(toks)) - 1):
            tok, nxt = toks[k], toks[k + 1]
            if tok.kind != "word" or nxt.kind != "word":
                continue
            if tok.norm in _cues("series_attacks") and nxt.norm in _cues("series_separate"):
                return True
            if tok.norm in _cues("series_word") and nxt.norm in _cues("series_attacks") \
                    and any(toks[x].norm in _cues("series_separate") for x in range(k + 2, min(b, len(toks), k + 8))):
                return True  # "في سلسلة تفجيرات استهدفت مناطق مختلفة": a series across places
        return False

    def _killed_with_others(self, toks: list[Token], a: int, b: int, cue_of) -> int | None:
        """One killed with others counted after "مع": "ما تسبب بمقتله مع احد مرافقيه" (2), "استشهد مع إثنين من
        زملائه" (3), "لقي مصرعه مع 40 آخرين" (41), "قتل مع مسلحين اثنين آخرين" (3); None otherwise."""
        for k in range(a, b - 2):
            if toks[k].kind != "word" or toks[k + 1].norm != "مع" or cue_of(k) != "killed" \
                    or toks[k].norm.endswith(("وا", "ون", "ين", "ى", "هم")):
                continue  # (one, not many: قتلوا مع، مقتلهم مع)
            j = k + 2
            read = self.read_number(toks, j, b)
            if read is not None and read[1] == "exact" and read[0] < CUMULATIVE_TOLL and read[2] < b \
                    and (toks[read[2]].norm == "من" or self._people_at(toks, read[2], b)
                         or toks[read[2]].norm in ("اخرين", "اخرون")):
                return 1 + read[0]
            if toks[j].kind == "word" and not toks[j].proclitics and toks[j].norm in _cues("one_of") and j + 1 < b \
                    and toks[j + 1].kind == "word" and (toks[j + 1].norm.startswith("ال") or toks[j + 1].enclitics
                                                         or toks[j + 1].norm.endswith("يه")):
                return 2  # "مع احد مرافقيه"
            if j + 1 < b and toks[j + 1].kind == "word" and toks[j + 1].norm in _cues("two_after_noun") \
                    and toks[j].kind == "word" and not toks[j].proclitics and toks[j].norm.endswith(("ين", "ان")):
                return 3  # "قتل مع مسلحين اثنين آخرين"
        return None

    def _one_named_victim(self, doc: Document, k: int, b: int) -> bool:
        """A person named right before a casualty verb in the singular that takes no object: "محسن الفضلي قتل في
        ضربة جوية"، "محمد علي الشدادي اصيب بانفجار لغم"، "وأنه قتل في ضربة" (one person)."""
        toks = doc.tokens
        tok = toks[k]
        if tok.kind != "word" or tok.proclitics or tok.enclitics or tok.norm not in _cues("singular_casualty_verb"):
            return False
        nxt = toks[k + 1] if k + 1 < b else None
        if nxt is not None and not (nxt.kind == "punct" or nxt.norm in _cues("scene_prep") or nxt.proclitics[:1] == ("ب",)
                                    or nxt.norm in _cues("singular_casualty_after")):
            return False  # "قتل الجيش ..."، "أصاب الصاروخ منزلا": a doer or an object follows
        p = k - 2 if k - 2 >= 0 and toks[k - 1].kind == "punct" and toks[k - 1].norm in _OPENING_QUOTES else k - 1
        prev = toks[p]  # (past a quote opening there: 'بأن مخلوف «قُتل جراء استهدافه')
        if prev.norm in _cues("singular_pronoun_subject"):
            return True
        if prev.kind == "word" and not prev.proclitics and not prev.enclitics and p - 1 >= 0 \
                and toks[p - 1].norm in _cues("said_that_word") and self.number_at(prev) is None \
                and not set(self._K[p]) & self._casualty_cues and prev.norm not in _cues("singular_pronoun_subject"):
            return True  # "وأفاد المرصد بأن مخلوف قُتل جراء استهدافه": a one-word name right after أن
        return any(e.label == "PERS" and e.end == prev.end for e in doc.entities)

    def _titled_victim(self, doc: Document, k: int, b: int) -> bool:
        """One person, a definite title and a name, after a casualty word in the singular, past the doer and the day
        told between: "قتلت قوات الاحتلال الشاب محمد أبو ماريا"، "أعدم تنظيم داعش أمس الشيخ نجم الدين الجبوري"،
        "أصيبت الطفلة زينب محمد لباد" (not a second person joined right after the name: no count then)."""
        toks = doc.tokens
        tok = toks[k]
        if tok.kind != "word" or tok.norm.endswith(("وا", "ون", "ين", "ى", "ي", "هم")):
            return False  # (قتلوا، قتلى، مقتلهم: many)
        days = [(m.start, m.end) for m in doc.dates]
        titles = _cue_union("one_person", "singular_victim", "person_title")
        doers = 0
        for x in range(k + 1, min(b, k + 8)):
            w = toks[x]
            if any(s <= w.start and w.end <= e for s, e in days):
                continue  # the day told between ("أمس")
            if w.kind != "word" or self.number_at(w) is not None or set(self._K[x]) & self._casualty_cues \
                    or _conjoined(w):
                return False
            if w.proclitics == ("ال",) and w.stem in titles:
                y = x + 1  # past a second title or an adjective ("الجندي أول"، "الطفل الفلسطيني")
                if y < b and toks[y].kind == "word" and not any(e.label == "PERS" and e.start == toks[y].start
                                                                 for e in doc.entities):
                    y += 1
                name = next((e for e in doc.entities if e.label == "PERS" and e.start == toks[y].start), None) \
                    if y < b else None
                if name is None:
                    return False
                after = next((z for z in range(y, b) if toks[z].start >= name.end), b)
                # not a list of the dead: "استشهاد العريف أحمد جعفر حسن المجيشي، والجندي أول محمد علي" (another title
                # a few words on), "الشاب محمد والطفل أحمد"
                # (looked for past the clause's end: the list goes on past the comma)
                end = next((z for z in range(after, min(len(toks), after + 6)) if toks[z].norm in (".", "؛", ";")),
                           min(len(toks), after + 6))
                return not any((toks[z].kind == "word" and _conjoined(toks[z])
                                and (toks[z].stem in titles or self.number_at(toks[z]) is not None))
                               or (toks[z].norm == "و" and z + 1 < end and self.number_at(toks[z + 1]) is not None)
                               for z in range(after, end))  # (nor "الكازمي وأربعة من مرافقيه": more counted)
            doers += 1
            if doers > 3 or w.proclitics[:1] == ("ب",):
                return False  # (the doer is a few words; "بإطلاق النار عليه": the manner, no victim after)
        return False

    def _executed(self, doc: Document, d: Draft, ce: int) -> int | None:
        """How many a death sentence carried out killed: "تنفيذ حكم القتل قصاصا في أحد الجناة"، "بالجاني" (1),
        "تعزيرا في جانيين أثيوبيين" (2), "في ثلاثة جناة" (3); None when the text does not say."""
        toks = doc.tokens
        f = next((f for f in d.triggers if _word_in(toks[f.i], "execution_carried_out")), None)
        if f is None:
            return None
        for k in range(f.j, min(ce, f.j + 4)):
            tok = toks[k]
            if tok.kind != "word":
                return None
            if _word_in(tok, "execution_manner") or tok.norm in ("في", "بحق", "ضد"):
                continue  # قصاصا، تعزيرا، حدا; the preposition before the one executed
            read = self.read_number(toks, k, ce)
            if read is not None:
                value, kind, after = read
                return value if kind == "exact" and value < CUMULATIVE_TOLL and after < ce \
                    and (self._people_at(toks, after, ce) or _word_in(toks[after], "convict")) else None
            if _word_in(tok, "convict_two"):
                return 2
            if _word_in(tok, "convict") or tok.norm in ("احد", "باحد") \
                    or any(e.label == "PERS" and e.start == tok.start for e in doc.entities):
                return 1
            return None
        return None

    def _plural_casualty_verb(self, toks: list[Token], k: int, cue_of) -> bool:
        """Is the word at ``k`` a casualty verb in the plural or the dual, not joined by و (قتلوا، أصيبوا، سقطوا، قتلا):
        a verb whose subject, a count of people, may stand before it?"""
        tok = toks[k]
        return (tok.kind == "word" and not _conjoined(tok) and cue_of(k) is not None
                and tok.norm.endswith(("وا", "ا")) and not tok.norm.endswith(("يا", "اا")))

    def _fronted_toll(self, doc: Document, cs: int, s0: int) -> int | None:
        """Does the clause at ``cs`` open with a plural casualty verb right after a comma, its subject (a count of
        people) told in the clause before ("أنّ 25 مقاتلاً ... وثمانية من مقاتلي تنظيم «داعش»، قتلوا في الهجوم على
        مارع")? Then the start of that clause, else None."""
        toks = doc.tokens
        cue_of = lambda k: "x" if set(self._K[k]) & self._casualty_cues else None  # noqa: E731
        if cs - 2 < s0 or toks[cs - 1].norm not in ("،", ","):
            return None
        plural = self._plural_casualty_verb(toks, cs, cue_of)
        if not plural and not (toks[cs].kind == "word" and toks[cs].norm in _cues("killed_verb_one")):
            return None
        lo = cs - 2
        while lo > s0 and toks[lo - 1].norm not in ("،", ",", ".", ":", "؛", ";"):
            lo -= 1
        if not plural:
            # "أن جنرالا كبيرا في الجيش البوروندي ومن أقرب مساعدي الرئيس بيار نكورونزيزا، قتل اليوم": one person, the
            # subject after أن set off by a comma from its verb
            return lo if self._subject_after_that(toks, lo, cs, cue_of) else None
        if not any(self.number_at(toks[x]) is not None for x in range(lo, cs - 1)):
            return None
        return lo

    def _toll_continued(self, doc: Document, ce: int, s1: int) -> int | None:
        """Does the clause after a comma at ``ce`` go on with the toll ("، بينهم قياديون وإصابة 18 آخرين"،
        "، وإصابة 18 آخرين")? Then the end of that clause, else None."""
        toks = doc.tokens
        if ce + 1 >= s1 or toks[ce].norm not in ("،", ","):
            return None
        first = toks[ce + 1]
        if not (first.norm in ("بينهم", "بينهن", "منهم") or (
                _conjoined(first) and set(self._K[ce + 1]) & self._casualty_cues) or (
                # "أن 12 حوثيا سقطوا قتلى أمس، فيما أصيب 18 آخرون بجروح": whereas / as well, then a casualty verb
                first.norm in _cues("toll_continues") and ce + 2 < s1 and set(self._K[ce + 2]) & self._casualty_cues)
                or self._result_clause(toks, ce + 1, s1)
                # "بعدما قام مجهولون بتفجير منزل أمين شرطة بالمنطقة، دون وقوع إصابات": none hurt, told past the comma
                or (_word_in(first, "no_casualty_negator") and self._no_casualties(toks, ce + 1, min(s1, ce + 7)) != (None, None))
                or (
                # "تعرضت قرى ... إلى سقوط مقذوفات حوثية، أصيب من خلالها مواطن": a casualty verb of the deed just told
                ce + 3 < s1 and set(self._K[ce + 1]) & self._casualty_cues
                and (toks[ce + 2].norm in ("خلاله", "خلالها", "فيه", "فيها")
                     or (toks[ce + 2].norm == "من" and toks[ce + 3].norm in ("خلاله", "خلالها"))))):
            return None
        end = ce + 2
        while end < s1 and toks[end].norm not in ("،", ",", ".", ":", "؛", ";"):
            end += 1
        return end

    def _result_clause(self, toks: list[Token], k: int, s1: int) -> bool:
        """Does the clause at ``k`` (after a comma) tell what the deed before it resulted in, a casualty word
        a word or two after a verb of result: "، نتج منه إصابة مقيمين اثنين"، "، ما نتج عنه إصابة بسيطة لمواطن"،
        "، مما أسفر عن مقتل 5"، "، ما أدى إلى إصابة ثلاثة"?"""
        if k < s1 and toks[k].norm in _cues("result_lead"):
            k += 1  # (ما، مما)
        if k >= s1 or toks[k].kind != "word" or toks[k].norm.removeprefix("و") not in _cues("result_verb"):
            return False
        return any(toks[x].kind == "word" and set(self._K[x]) & self._casualty_cues for x in range(k + 1, min(s1, k + 4)))

    def _no_casualties(self, toks: list[Token], a: int, b: int) -> tuple[int | None, int | None]:
        """Casualties denied in so many words: "ولم يخلف القصف أية إصابات"، "دون وقوع إصابات"، "لم يسفر عن
        سقوط قتلى" give 0 (not "لم ترد أنباء عن إصابات": no news is no count)."""
        any_cue = _cue_union("no_casualty_both", "no_casualty_killed", "no_casualty_injured")
        for k in range(a, b):
            if toks[k].kind != "word" or any_cue.isdisjoint((toks[k].stem, toks[k].norm)):
                continue  # (a word of none of the three kinds, tested at once)
            what = next((c for c in ("no_casualty_both", "no_casualty_killed", "no_casualty_injured")
                         if _word_in(toks[k], c)), None)
            if what is None:
                continue
            if (what == "no_casualty_both" and toks[k].stem in _cues("no_casualty_needs_human")
                    and not any(_word_in(toks[x], "no_casualty_material") for x in range(k + 1, min(b, k + 4)))):
                continue  # "خسائر" alone may be material; "خسائر بشرية" are casualties (or "خسائر مادية أو بشرية")
            for m in range(k - 1, max(a, k - 7) - 1, -1):
                tok = toks[m]
                if tok.kind != "word":
                    break
                if _word_in(tok, "no_casualty_negator"):
                    zero = (0 if what != "no_casualty_injured" else None, 0 if what != "no_casualty_killed" else None)
                    return zero
                if not _word_in(tok, "no_casualty_bridge"):
                    break
        return None, None

    def _hurt_self(self, toks: list[Token], k: int, v: int, b: int) -> bool:
        """Is the casualty word at ``k`` the singular passive "was hurt" (أصيب، أصيبت) told of its subject before it or
        of a pronoun, right followed by the wound ("وأصيبت بطلقة نقلت على إثرها إلى المستشفى"، "إنّ الرجل الذي فتح النار على
        الشرطة ... أصيب بجروح خطيرة"): one person hurt. Not when the subject follows the wound ("أصيب بجروح عدد من
        المدنيين"، "أصيب بجروح 12 شخصا"): a count or a quantity word in the next few words."""
        if toks[k].kind != "word" or toks[k].norm.removeprefix("و").removeprefix("ف") not in _cues("hurt_verb_one"):
            return False
        w = toks[v] if v < b else None
        if w is None or w.kind != "word" or w.enclitics:
            return False
        # (the segmenter may keep ب on the noun: بجروح)
        if not ((w.proclitics[:1] == ("ب",) and w.stem in _cues("wound_noun"))
                or (w.norm[:1] == "ب" and w.norm[1:] in _cues("wound_noun"))):
            return False
        for x in range(v + 1, min(b, v + 6)):
            t = toks[x]
            if t.kind == "number" or self.number_at(t) is not None or (
                    t.kind == "word" and (t.norm in _cues("quantity_word") or t.stem in _cues("quantity_word"))):
                return False
        return True

    def _single_victims(self, toks: list[Token], k: int, b: int) -> int | None:
        """One person named right after a casualty word, indefinite: "مقتل طالب سعودي"، "استشهد شرطي"،
        "وإصابة مدني"، "مقتل فلسطيني ثان" (1); with another: "قتل جندي تركي وآخر" (2). None otherwise."""
        tok = toks[k]
        if tok.kind != "word":
            return None
        # (by the whole form too: the segmenter may read مدني، فلسطيني as a noun and the pronoun ي)
        bare = not tok.proclitics and (not tok.enclitics or tok.enclitics == ("ي",))
        if bare and not tok.enclitics and tok.norm in _cues("one_other"):
            # "وإصابة آخر"، "وأصيب آخر": one more, hurt (not "آخرين"، "آخرون": others, uncounted)
            return None if k + 1 < b and self.number_at(toks[k + 1]) is not None else 1
        if not tok.proclitics and (tok.norm in _cues("kin_one") or tok.norm in _cues("kin_two")):
            # "أودت بحياة زوجها"، "قتل ابنه"، "استشهد ابنها": one kinsman (with another: "قتل ابنه وشقيقه", 2;
            # "وإصابة شقيقه ذي الاربع سنوات ووالديهما", 3: the parents are two)
            j = k + 1
            n = 2 if tok.norm in _cues("kin_two") else 1
            for x in range(k + 1, min(b, k + 7)):
                w = toks[x]
                if w.kind != "word" or set(self._K[x]) & self._casualty_cues:
                    break  # (past "ذي الاربع سنوات", his age)
                bare = w.norm[1:] if w.norm[:1] == "و" else None
                if bare in _cues("kin_one") or bare in _cues("kin_two"):
                    n += 2 if bare in _cues("kin_two") else 1
                elif x == j and w.norm in _cues("one_more"):
                    n += 1  # "قتل ابنه وآخر"
            return n + (self._more_of_another_rank(toks, j, b) if n == 1 else 0)
        if bare and not tok.enclitics and tok.norm in _cues("one_of") and k + 1 < b and toks[k + 1].kind == "word" \
                and toks[k + 1].norm not in ("عشر", "عشره") and (toks[k + 1].norm.startswith("ال") or toks[k + 1].enclitics
                                                                or any(toks[x].kind == "word" and toks[x].norm.startswith("ال")
                                                                       for x in (k + 2, k + 3)[:b - k - 2])):
            # "مقتل أحد أفراد القبيلة"، "استشهاد أحد عناصرها"، "إصابة أحد الإطفائيين"، "قتل احد رجال المقاومة"،
            # "أصيب أحد أفراد دوريات الأمن": one of them (not أحد عشر)
            return 1
        if not (tok.stem in _cues("singular_victim")
                or (bare and (tok.norm in _cues("singular_victim") or tok.norm in _cues("one_person") or tok.norm in _demonyms()))
                or (not tok.proclitics and not tok.enclitics and tok.norm in _cues("singular_victim_bare"))):
            return None
        j = k + 1
        if j < b and self.number_at(toks[j]) is not None:
            return None  # "مقتل شخص 3" is no reading; "جندي 12" neither
        while j < min(b, k + 3) and toks[j].kind == "word" and not _conjoined(toks[j]) and not toks[j].proclitics \
                and (toks[j].norm in _demonyms() or toks[j].norm in _cues("ordinal_other")):
            j += 1  # its nationality or "ثان": "مقتل فلسطيني ثان"
        if j < b and toks[j].kind == "word" and toks[j].norm in _cues("one_more"):
            return 2  # "قتل جندي تركي وآخر من تنظيم داعش"
        if self._and_one_of(toks, j, b):
            return 2  # "قتل خلاله جندي تركي وأحد متشددي التنظيم": and one of another side
        return 1 + self._more_of_another_rank(toks, j, b)

    def _and_one_of(self, toks: list[Token], j: int, b: int) -> bool:
        """Is the word at ``j`` "and one of" (وأحد، وإحدى) before the group the one is of ("وأحد متشددي التنظيم"،
        "وأحد عناصره"), not the number one after its noun ("شخص واحد بجروح"، "جندي واحد في الهجوم": folded alike)?"""
        if not (j + 1 < b and toks[j].kind == "word" and toks[j].proclitics == ("و",) and toks[j].stem in _cues("one_of")):
            return False
        nxt = toks[j + 1]
        if nxt.kind != "word" or nxt.norm in _cues("preposition") or nxt.proclitics[:1] == ("ب",) \
                or set(self._K[j + 1]) & self._casualty_cues:
            return False
        return nxt.norm.startswith("ال") or bool(nxt.enclitics) \
            or (j + 2 < b and toks[j + 2].kind == "word" and toks[j + 2].norm.startswith("ال"))

    def _more_of_another_rank(self, toks: list[Token], j: int, b: int) -> int:
        """How many more victims of another rank are joined at ``j`` to one just named: "قتل ضابط وثلاثة جنود
        مصريين" (3 more; the و is a clitic of the number word); 0 if none (not "وثلاثة جرحى": those are the
        wounded)."""
        if j + 1 < b and toks[j].kind == "word" and toks[j].proclitics[:1] == ("و",) and toks[j + 1].kind == "word" \
                and not set(self._K[j + 1]) & self._casualty_cues:
            num = self.number_at(Token(toks[j].text, toks[j].start, toks[j].end, toks[j].stem, "word"))
            if num is not None and num[1] == "exact" and 2 <= num[0] <= 100:
                return num[0]
        if j + 2 < b and toks[j].norm == "و" and toks[j + 1].kind == "number" and toks[j + 2].kind == "word" \
                and (toks[j + 2].norm == "من" or self._people_at(toks, j + 2, b)) \
                and not set(self._K[j + 2]) & self._casualty_cues:
            num = self.number_at(toks[j + 1])
            if num is not None and num[1] == "exact" and 2 <= num[0] <= 100:
                return num[0]  # "قتل جندي و3 مدنيين"، "مقتل قيادي و12 من مرافقيه"
        if j < b and _conjoined(toks[j]) and not set(self._K[j]) & self._casualty_cues and _singular_person(toks[j]) \
                and not (j + 1 < b and (self.number_at(toks[j + 1]) is not None
                                        or (set(self._K[j + 1]) & self._casualty_cues and not _conjoined(toks[j + 1])))):
            return 1  # "مقتل ضابط ومجند"، "جنديين تركيين وحارسا مسلحا": one more of another rank
        return 0

    def _one_before_group(self, toks: list[Token], first: int, a: int, role: str, cue_of, cue_before: bool = False) -> bool:
        """Is the count at ``first`` a second group joined by و to one person named before it, both counted by
        the verb after them: "لقي قيادي حوثي بارز و12 من مرافقيه مصرعهم" (13)، "إن قياديا في تنظيم داعش وخمسة
        متطرفين أجانب آخرين قتلوا" (6)، "أن جنديا من قواته وثمانية مقاولين أفغان قتلوا" (9)? The person is a
        singular noun for people at most four words back, past its qualifiers ("حوثي بارز"، "في تنظيم داعش"), with
        no count, cue or comma between, and no casualty word of another role right before it (with ``cue_before``, the
        group's count read from the verb before them: that verb right before the person, "وقتل جندي دولي وثمانية
        مقاتلين أفغان" (9))."""
        tok = toks[first]
        if tok.norm in _cues("two_after_noun"):
            return False  # ("مقتل شخص واحد": one, after the noun it counts, not "and")
        if _conjoined(tok) and tok.kind == "word":
            end = first
        elif first - 1 >= a and toks[first - 1].norm == "و":
            end = first - 1
        else:
            return False
        for s in range(end - 1, max(a, end - 5) - 1, -1):
            w = toks[s]
            if w.kind != "word" or self.number_at(w) is not None or cue_of(s) is not None or w.norm in ("بين", "بينهم"):
                return False
            if s < end - 1 and _conjoined(w):
                return False
            if _singular_person(w) and not w.proclitics and not _conjoined(w):
                before = cue_of(s - 1) if s - 1 >= a else None
                if cue_before and before != role:
                    return False
                return before in (None, role) and not (s - 1 >= a and self.number_at(toks[s - 1]) is not None)
        return False

    def _named_before_group(self, toks: list[Token], first: int, a: int, cue_of) -> str | None:
        """The role of the casualty word right before a person named by name, to whom the count at ``first`` is
        joined by و: "تمكنت من قتل أبو قتادة المغربي و21 مسلحا آخرين" (killed: the one named and 21 more); None
        if the words between the casualty word and the و are not all of one name."""
        if toks[first].kind == "word" and _conjoined(toks[first]) and toks[first].norm not in _cues("two_after_noun"):
            end = first
        elif first - 1 >= a and toks[first - 1].norm == "و":
            end = first - 1
        else:
            return None
        named = getattr(self._local, "named", ())
        s = end - 1
        while s >= max(a, end - 5) and toks[s].kind == "word" and cue_of(s) is None and self.number_at(toks[s]) is None \
                and not toks[s].proclitics[:1] == ("و",) and toks[s].norm not in _cues("preposition"):
            s -= 1
        if s == end - 1 or s < a or toks[s].kind != "word" or cue_of(s) is None:
            return None
        if _singular_person(toks[s + 1]) and not toks[s + 1].proclitics:
            return cue_of(s)  # "وقتل جندي دولي وثمانية مقاتلين أفغان": a person by a noun (counted by _one_before_group)
        # the words between are a name: one the reader found, or a kunya (أبو قتادة) and what follows it
        if not (any(x in named for x in range(s + 1, end)) or toks[s + 1].norm in ("ابو", "ابا", "ابي")) \
                or any(_singular_person(toks[x]) for x in range(s + 1, end)):
            return None
        return cue_of(s)

    def _past_body(self, toks: list[Token], j: int, b: int) -> int:
        """``j``, or past the body a group just counted is from ("عنصرين من حزب الله اللبناني"): where a second
        group joined by و would start ("بمقتل عنصرين من حزب الله اللبناني وثلاثة من اللجان الشعبية")."""
        if not (j < b and toks[j].norm == "من"):
            return j
        for x in range(j + 1, min(b, j + 7)):
            tok = toks[x]
            if tok.kind != "word" or set(self._K[x]) & self._casualty_cues:
                return j
            if tok.proclitics[:1] == ("و",):
                return x
        return j

    def _risen_toll_role(self, toks: list[Token], first: int, a: int, b: int, cue_of) -> str | None:
        """The role of a count after "إلى" that a toll rose to: "ارتفع عدد القتلى إلى 20"، "عدد قتلى الهجوم ارتفع
        إلى 20 شخصًا" (the casualty noun before), "ارتفع إلى 9 ... عدد القتلى" (after, within a dozen words); None
        otherwise."""
        if not (first - 2 >= a and toks[first - 1].norm in ("الي", "لي")):
            return None
        rise = next((x for x in range(first - 2, max(a, first - 10) - 1, -1) if _rise_word(toks[x])), None)
        if rise is None:
            return None
        span = list(range(max(a, rise - 4), first - 1)) + (list(range(first + 1, min(b, first + 14)))
                                                            if rise == first - 2 else [])
        for x in span:
            if toks[x].norm in ("عدد", "حصيله") and x + 1 < b and cue_of(x + 1) in ("killed", "injured"):
                return cue_of(x + 1)
        return None

    def _doer_between(self, toks: list[Token], first: int, a: int, cue_of) -> str | None:
        """The role of a count of people that a casualty verb governs past the weapon or the force that did it,
        unnamed: "قتلت قذائف الهاون عشرات المدنيين"، "قتلت الغارات الجوية 20 مدنيا"، "أصاب الانفجار ثلاثة أشخاص"
        (one to three words, no casualty word, number or mark among them); None otherwise."""
        if _conjoined(toks[first]) or (first > a and toks[first - 1].norm == "و"):
            return None  # "قتل ضابط وثلاثة جنود": a second group of victims joined, not the object past a doer
        for x in range(first - 1, max(a, first - 4) - 1, -1):
            tok = toks[x]
            if tok.kind != "word" or self.number_at(tok) is not None:
                return None
            role = cue_of(x)
            if role is None and (_conjoined(tok) or tok.norm == "و"):
                return None  # "إن متطرفا قتل واعتقل 16 شخصا": another verb joined, whose object the count is
            if role is not None:
                verb = tok.norm[len(tok.proclitics[0]):] if tok.proclitics[:1] == ("و",) else tok.norm
                return role if role in ("killed", "injured") and verb in _cues("doer_first_casualty_verb") else None
        return None

    @staticmethod
    def _tells_risen_toll(toks: list[Token], cs: int, ce: int) -> bool:
        """Does the clause tell a toll that rose (ارتفع عدد القتلى، ارتفعت حصيلة ... إلى)?"""
        for k in range(cs, ce):
            if _rise_word(toks[k]):
                if any(toks[x].norm in ("عدد", "حصيله", "الي") for x in range(max(cs, k - 3), min(ce, k + 4))):
                    return True
        return False

    @staticmethod
    def _partitive_aside(toks: list[Token], m: int, b: int) -> int | None:
        """The comma closing a part of those just counted that a comma at ``m`` opens ("، معظمهم من المدنيين،"),
        within six words; None otherwise."""
        if not (toks[m].kind == "punct" and toks[m].norm in ("،", ",") and m + 1 < b):
            return None
        first = m + 2 if toks[m + 1].norm == "من" else m + 1
        if first >= b or toks[first].norm not in _cues("partitive_aside"):
            return None
        return next((x for x in range(first + 1, min(b, first + 7)) if toks[x].kind == "punct"
                     and toks[x].norm in ("،", ",")), None)

    def _own_count(self, toks, m: int, b: int, cue_of) -> bool:
        """Does the casualty cue at ``m`` have a count of its own right after it (وإصابة أكثر من 58), before
        any other cue (in "22 قتلوا وأصيب 120" the 120 is the wounded's)?"""
        for x in range(m + 1, min(b, m + 5)):
            if toks[x].norm in ("بينهم", "منهم", "بينهما"):
                return False  # "37 قتيلا على الأقل بينهم ثلاثة أطفال": the count after is a part of this one
            if self.number_at(toks[x]) is not None:
                if x + 1 < b and toks[x + 1].norm in ("منهم", "منهما", "بينهم"):
                    return False  # "إن سبعة أشخاص أصيبوا في الهجوم ثلاثة منهم حالتهم خطرة": a part of those counted
                if _conjoined(toks[x]) and m > 0 and self.number_at(toks[m - 1]) is not None:
                    # "مخلفا 38 قتيلا أغلبهم من البريطانيين والعشرات من الجرحى": a noun counted already, then
                    # another group joined by و
                    return False
                # (not "قتلوا ومئات جرحوا": a count right before the next cue is that cue's)
                return not (x + 1 < b and cue_of(x + 1) not in (None, cue_of(m)))
            if cue_of(x) is not None or toks[x].kind == "punct":
                return False
        return False

    def _counted_people(self, doc: Document, a: int, b: int) -> Cand | None:
        """The first casualty count in tokens ``a:b`` as a participant: "سبعة قتلى"، "ثلاثة على الأقل"."""
        toks = doc.tokens
        casualty = self._casualty_cues
        k = a
        while k < b:
            read = self.read_number(toks, k, b)
            if read is None or read[1] == "dual":
                k += 1
                continue
            end = read[2]
            if end < b and toks[end].kind == "word" and (set(self._K[end]) & casualty or self._people_at(toks, end, b)
                                                         or self._nisba_counted(toks[end])):
                end += 1  # the noun counted: قتلى، شخصا، مدنيين، داعشيا
            # (the count of the dead or hurt, right after its casualty word or before one: not "مقتل عنصر إرهابي
            # واعتقال 13 آخرين", where 13 were arrested)
            near = list(range(max(a, k - 2), k)) + list(range(k, min(b, end + 3)))
            if any(set(self._K[m]) & casualty for m in near):
                sector = self.lex.victims.get(toks[end - 1].stem) or self.lex.victims.get(toks[end - 1].norm) or None
                start, stop = toks[k].start, toks[end - 1].end
                return Cand(start, stop, doc.raw[start:stop], k, end, sector=sector, kind="victim", producer=PRODUCER)
            k = end
        return None

    @staticmethod
    def _nisba_counted(tok: Token) -> bool:
        """A bare relative adjective in the accusative after a count, used as a noun for people: "مقتل 17 داعشيا"،
        "30 حوثيا" (a folded word of five letters or more ending in يا, with no clitics)."""
        return (tok.kind == "word" and not tok.proclitics and not tok.enclitics and len(tok.norm) >= 5
                and tok.norm.endswith("يا") and tok.norm not in _cue_union("preposition", "relative", "day_word"))

    def _people_at(self, toks, k: int, b: int) -> bool:
        """Is the word at ``k`` (after a count) a noun for people (أطفال، أشخاص، مدنيين)?"""
        if k >= b or toks[k].kind != "word":
            return False
        return toks[k].stem in self.lex.victims or toks[k].norm in self.lex.victims

    def _coordinated_count(self, doc: Document, k: int, b: int) -> int:
        """A second group counted with the first: "ستة أطفال على الأقل وثلاثة بالغين" adds 3."""
        toks = doc.tokens
        if toks[k].kind == "word" and toks[k].norm in _cues("two_after_noun") and k + 2 < b \
                and toks[k + 1].kind == "word" and toks[k + 1].proclitics[:1] == ("و",) \
                and not set(self._K[k + 1]) & self._casualty_cues and toks[k + 2].norm in _cues("two_after_noun"):
            more = self.number_at(toks[k + 2])  # "إصابة مجندين اثنين ومسلحين اثنين": two, and two more
            return more[0] if more is not None else 0
        m = k + 1
        if m < b and toks[m].kind == "word" and (toks[m].stem in self.lex.victims or toks[m].norm in self.lex.victims
                                                  or len(toks[m].norm) > 2):
            m += 1  # the first group's noun
            if (m + 2 < b and toks[m].kind == "word" and not toks[m].proclitics and not _conjoined(toks[m])
                    and self.number_at(toks[m]) is None and not set(self._K[m]) & self._casualty_cues
                    and toks[m].norm not in _cues("preposition") and toks[m].stem not in _cues("qualifier")
                    and ((toks[m + 1].norm == "و" and toks[m + 2].kind == "number")
                         or (toks[m + 1].kind == "word" and toks[m + 1].proclitics[:1] == ("و",)
                             and self.number_at(Token(toks[m + 1].text, toks[m + 1].start, toks[m + 1].end,
                                                      toks[m + 1].stem, "word")) is not None))):
                m += 1  # "استشهاد 12 رجل امن و3 عمال": the first group's noun of two words, then the second group
        q = m
        while q < b and toks[q].kind == "word" and toks[q].norm in ("علي", "الاقل"):
            q += 1
        if q > m and q < b and toks[q].norm == "من":
            m = q  # "25 مقاتلاً على الأقل من الفصائل المسلحة السورية وثمانية من مقاتلي تنظيم داعش": past "at least"
        from_body = m < b and toks[m].norm == "من"
        if from_body:
            # "عشرة من منسوبي قوات الطوارئ الخاصة وثلاثة من العاملين": past the body the first group is from
            j = m + 1
            while j < min(b, m + 6) and toks[j].kind == "word" and toks[j].proclitics[:1] != ("و",) \
                    and toks[j].norm != "و" and toks[j].stem not in _cues("sum_addition"):
                j += 1
            m = j
        while m < b and toks[m].kind == "word" and (toks[m].stem in _cues("qualifier") or toks[m].norm in ("علي", "الاقل")):
            m += 1
        if m + 1 < b and toks[m].norm in ("،", ",") and toks[m + 1].kind == "word" and toks[m + 1].stem in _cues("sum_addition"):
            m += 1  # "10 افراد من منسوبي القوات، إضافة إلى 3 من العاملين": the addition set off by a comma
        if m + 3 < b and toks[m].kind == "word" and toks[m].stem in _cues("sum_addition") and toks[m + 1].norm == "الي":
            # "استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين": in addition to, 3 more
            read = self.read_number(toks, m + 2, b)
            if read is not None and read[1] == "exact" and read[2] < b and toks[read[2]].kind == "word" \
                    and (toks[read[2]].norm == "من" or self._people_at(toks, read[2], b)) \
                    and not set(self._K[read[2]]) & self._casualty_cues:
                return read[0]
            return 0
        if m + 2 < b and toks[m].norm == "و" and toks[m + 1].kind == "number" \
                and not any(toks[x].norm == "بين" for x in range(max(0, k - 3), k)):
            # "مقتل 11 من عناصر تنظيم داعش و10 مدنيين"، "37 مسلحًا من داعش و16 من قوات البيشمركة": the second
            # group in figures (not a range: "ما بين 25 و30")
            read = self.read_number(toks, m + 1, b)
            if read is not None and read[1] == "exact" and read[0] < CUMULATIVE_TOLL and read[2] < b:
                nxt = read[2]
                if toks[nxt].kind == "word" and (toks[nxt].norm == "من" or self._people_at(toks, nxt, b)
                                                 or (_nisba_plural(toks[k + 1]) and _nisba_plural(toks[nxt]))) \
                        and not set(self._K[nxt]) & self._casualty_cues \
                        and not (toks[nxt].norm == "من" and nxt + 1 < b and set(self._K[nxt + 1]) & self._casualty_cues):
                    return read[0]
            return 0
        if m + 1 < b and toks[m].kind == "word" and toks[m].proclitics[:1] == ("و",):
            # "وثلاثة": the conjunction is a clitic of the number word
            num = self.number_at(Token(toks[m].text, toks[m].start, toks[m].end, toks[m].stem, "word"))
            nxt = toks[m + 1]
            if num is not None and num[1] == "exact" and nxt.kind == "word" \
                    and (nxt.stem not in _cues("qualifier") or nxt.norm == "من") \
                    and not set(self._K[m + 1]) & self._casualty_cues \
                    and not (nxt.norm == "من" and m + 2 < b and set(self._K[m + 2]) & self._casualty_cues):
                return num[0]  # (not "32 شخصًا ومائة جريح": the hundred are the wounded)
        if from_body and m < b and toks[m].kind == "word" and _conjoined(toks[m]) and _singular_person(toks[m]) \
                and not set(self._K[m]) & self._casualty_cues \
                and not (m + 1 < b and (self.number_at(toks[m + 1]) is not None or set(self._K[m + 1]) & self._casualty_cues)):
            return 1  # "مقتل أربعة من مشاة البحرية وضابط من البحرية": and one of another rank (not "13 جنديا وشرطيا")
        return 0

    def _group_after_comma(self, toks: list[Token], cs: int, c: int, b: int) -> int:
        """A second group counted right after the comma at ``c`` that ends a clause whose last words are the first
        group counted and the words that describe it (no casualty word, number or preposition of circumstance after
        its count): "قتل 4 ضباط آخرين برتب عميد وعقيد، و12 عنصرًا آخر من قوات النظام" (12 more), "قتل خلالها العشرات
        من عناصر تنظيم داعش، ونحو 20 مقاتلاً من وحدات الحماية" (20 more); 0 if none, or if the second group has a
        casualty word of its own after it ("، و12 آخرون أصيبوا")."""
        if c + 2 >= b or toks[c].norm not in ("،", ","):
            return 0
        last = next((x for x in range(c - 1, max(cs, c - 9) - 1, -1) if toks[x].kind != "word"
                     or self.number_at(toks[x]) is not None or set(self._K[x]) & self._casualty_cues
                     or toks[x].norm in _cues("scene_prep")), None)
        if last is None or self.number_at(toks[last]) is None:
            return 0
        j = c + 1
        if toks[j].norm == "و":
            j += 1
        elif not _conjoined(toks[j]):
            return 0
        if toks[j].kind == "word" and _conjoined(toks[j]) and toks[j].stem in _cues("qualifier") and j + 1 < b:
            j += 1  # "ونحو 20 مقاتلاً"
        elif toks[j].kind == "word" and _conjoined(toks[j]):
            word = Token(toks[j].text, toks[j].start, toks[j].end, toks[j].stem, "word")
            num = self.number_at(word)  # "وثلاثة جنود": the و a clitic of the number word
            if num is None or num[1] != "exact" or j + 1 >= b \
                    or not (self._people_at(toks, j + 1, b) or toks[j + 1].norm == "من"):
                return 0  # ("، وثلاثة من العاملين": a group out of a body)
            after, value = j + 1, num[0]
        if toks[j].kind == "number" or (toks[j].kind == "word" and not _conjoined(toks[j])):
            read = self.read_number(toks, j, b)
            if read is None or read[1] != "exact" or read[2] >= b:
                return 0
            value, _, after = read
            if not (toks[after].norm == "من" or self._people_at(toks, after, b)):
                return 0
        elif toks[j].kind != "word":
            return 0
        if value >= CUMULATIVE_TOLL:
            return 0
        for x in range(after, min(b, after + 5)):
            if toks[x].kind == "punct":
                break  # ("، وثلاثة من العاملين، وإصابة تسعة آخرين": the next item's casualty word, not this group's)
            if set(self._K[x]) & self._casualty_cues:
                return 0
        return value

    def _tally_at(self, doc: Document, s0: int, s1: int) -> int | None:
        """Where the sentence counts a thousand dead or wounded or more (a figure, not a year, with a casualty
        word at most three words before or after it), if it does: the news gives such a toll for a war or a
        campaign, not for one attack (CUMULATIVE_TOLL). The index of its casualty word before it, else of the
        figure."""
        toks = doc.tokens
        casualty = self._casualty_cues
        for k in range(s0, s1):
            if toks[k].kind != "number" or YEAR.fullmatch(toks[k].norm):
                continue
            n = self.read_number(toks, k, s1)
            if n is None or n[0] < CUMULATIVE_TOLL:
                continue
            near = [m for m in range(max(s0, k - 3), min(s1, n[2] + 3)) if set(self._K[m]) & casualty]
            if near:
                return min(near[0], k)
        # a count summed over a period after it, in its clause: "إن 24 من أفراد قوات الأمن قتلوا في هجمات للمقاتلين
        # الأكراد خلال الشهر الماضي"، "حيث قتل اكثر من 700 شخص في نيجيريا خلال شهر ونصف الشهر"، "إن 173 مدنيا قتلوا
        # ... جراء هذه الغارات خلال هذه الفترة": a month's or a season's toll, no one attack (not a week or two: "390
        # مقاتلا قتلوا خلال اسبوعين من الغارات" is coded)
        for k in range(s0 + 1, s1):
            if toks[k - 1].norm not in BACKGROUND_BEFORE:
                continue
            p = k + 1 if _word_in(toks[k], "demonstrative") and k + 1 < s1 else k
            if not _word_in(toks[p], "tally_period"):
                continue
            for m in range(max(s0, k - PERIOD_TALLY_REACH), k - 1):
                if toks[m].kind != "number" or YEAR.fullmatch(toks[m].norm) or _same_clause_cut(toks, m, k):
                    continue
                n = self.read_number(toks, m, s1)
                near = [c for c in range(max(s0, m - 3), k) if set(self._K[c]) & casualty] if n else []
                if near:
                    return min(near[0], m)
        return None

    @staticmethod
    def _killing_done(doc: Document, i: int, s0: int) -> bool:
        """Is the casualty word at ``i`` a killing someone did: قتل with its victim's pronoun ("على قتله") or after
        أقدم ("وأقدم سليمان الأسد ... على قتل العقيد")?"""
        toks = doc.tokens
        # (not the plural قتلى, folded to قتلي and read as قتل with "my" (often written so: قتلي): the dead, no deed)
        own = bool(toks[i].enclitics) and toks[i].enclitics != ("ي",)
        return toks[i].stem.startswith("قتل") and (own or any(
            toks[m].stem == "اقدم" for m in range(max(s0, i - 12), i)))

    def _toll_in_told(self, toks: list[Token], d: Draft, s0: int) -> bool:
        """Is the draft a toll told of a definite event noun: a casualty word of its clause, then a preposition of
        circumstance and the definite noun with nothing of its own after it ("قتلوا في الهجوم وأصيب 16"، "قتلا في
        الانفجار"، "أصيبوا جراء القصف"), not "another" (في الهجوم الآخر) nor the noun's own relative clause?"""
        cas = [f.i for f in d.triggers if self._casualty_cues.intersection(self._K[f.i])]
        if not cas:
            return False
        fresh = [f.i for f in d.triggers if f.trig.kind in ("noun", "nphrase") and toks[f.i].kind == "word"
                 and "ال" not in toks[f.i].proclitics and not self._casualty_cues.intersection(self._K[f.i])]
        for f in d.triggers:
            tok = toks[f.i]
            if (f.trig.kind not in ("noun", "nphrase") or tok.kind != "word" or "ال" not in tok.proclitics
                    or f.i - 1 <= s0 or not _word_in(toks[f.i - 1], "scene_prep")
                    or not any(c < f.i - 1 and f.i - c <= 8 for c in cas)
                    or any(g < f.i for g in fresh)):
                continue  # (not "مواجهات عنيفة أسفرت عن سقوط ١٦ ... في الاشتباكات": the clause tells its own)
            k = f.j
            if k < len(toks) and _word_in(toks[k], "event_adjective"):
                k += 1
            if k < len(toks) and toks[k].kind == "word" and (
                    toks[k].norm.removeprefix("و") in _cues("another") or toks[k].norm in _cues("relative")):
                continue
            return True
        return False

    def _ranked_dead(self, doc: Document, d: Draft, cs: int, ce: int, s1: int) -> int | None:
        """The dead named by rank after a killing noun, counted: "استشهاد العريف أحمد جعفر حسن المجيشي، والجندي أول
        محمد علي ياسين العمري، والجندي أول حسن ناصر محمد بشيري" (3; the list goes on past the commas of the
        sentence), "استشهاد الرقيب ماجد بن فهد" (1); None when no rank follows the word."""
        toks = doc.tokens
        for f in d.triggers:
            if not (set(self._K[f.i]) & self._killed_cues) or toks[f.i].norm.endswith(("وا", "ون", "ين", "ى", "ي")):
                continue  # (قتلوا، قتلى: many)
            nxt = f.j
            if nxt < ce and toks[nxt].kind == "punct" and toks[nxt].norm in _CLOSING_QUOTES:
                nxt += 1  # 'ونتج عن الحادثة «استشهاد» العريف ...': the killing noun quoted
            if not (nxt < ce and toks[nxt].kind == "word" and toks[nxt].proclitics == ("ال",)
                    and not toks[nxt].enclitics and _word_in(toks[nxt], "rank_victim")):
                continue
            n, last = 1, nxt
            for k in range(nxt + 1, min(s1, nxt + 40)):
                tok = toks[k]
                if k - last > 9 or (tok.kind == "word" and set(self._K[k]) & self._casualty_cues) \
                        or tok.norm in (".", "؛", ";", ":"):
                    break  # (a name is a few words; the wounded or another clause's news end the list)
                if tok.kind == "word" and tok.proclitics == ("و", "ال") and not tok.enclitics \
                        and _word_in(tok, "rank_victim"):
                    n, last = n + 1, k
            return n
        return None

    def _one_killed(self, doc: Document, d: Draft, cs: int, ce: int) -> int | None:
        """1 when a killing word of the clause is followed, with no number, by a person's name or by one
        member of a force or office (مقتل القيادي البارز في تنظيم القاعدة المدعو عمر عبداللطيف، مقتل عنصر من
        الشرطة). (Victims such as قتل شرطي، استشهد مواطن are read by :meth:`counts`.)"""
        toks = doc.tokens
        for f in d.triggers:
            if (toks[f.i].stem in _cues("liquidation") and f.j < ce and toks[f.j].kind == "word"
                    and toks[f.j].stem in _cues("one_of")):
                return 1  # "تصفية أحد العناصر الإرهابية"، "وتصفية أحدهما"
            if not (set(self._K[f.i]) & self._killed_cues) or toks[f.i].norm.endswith(("وا", "ون", "ين", "ى", "ي")):
                continue  # (قتلوا، قتلى: many)
            if f.i > cs and toks[f.i - 1].stem in ("محاوله", "محاولات"):
                continue
            nxt = f.j
            # "قتلت فجر الأول من أمس، الشاب أحمد علاونة": past the day told between the verb and the one it killed,
            # and a title before his name
            days = [(m.start, m.end) for m in doc.dates]
            end = ce
            while nxt < min(len(toks), f.j + 8) and (any(a <= toks[nxt].start and toks[nxt].end <= e for a, e in days)
                                                     or (nxt > f.j and toks[nxt].norm in ("،", ","))):
                if nxt >= ce:
                    end = min(len(toks), nxt + 3)  # (the comma after the day closes no clause: the name follows it)
                nxt += 1
            if nxt > f.j and nxt + 1 < end and toks[nxt].kind == "word" and toks[nxt].norm.startswith("ال") \
                    and any(e.label == "PERS" and e.start == toks[nxt + 1].start for e in doc.entities):
                nxt += 1
            if nxt < end and toks[nxt].kind == "word" and (
                    (_word_in(toks[nxt], "one_person") and not toks[nxt].enclitics)
                    or any(e.label == "PERS" and e.start == toks[nxt].start for e in doc.entities)):
                more = self._more_of_another_rank(toks, nxt + 1, ce)
                if not more:
                    # more joined past the name: "مقتل القيادي المتوسط ابو احمد الكازمي وأربعة من مرافقيه" (5; the
                    # first و a few words on)
                    x = next((x for x in range(nxt + 1, min(ce, nxt + 7))
                              if toks[x].kind != "word" or toks[x].proclitics[:1] == ("و",)), None)
                    more = self._more_of_another_rank(toks, x, ce) if x is not None and toks[x].kind == "word" else 0
                return 1 + more
        return None
