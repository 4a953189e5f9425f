"""Rule-based PLOVER event extraction over a tokenized, tagged Document.

For each sentence: find triggers (lexicon words, conjugated verbs, phrases),
drop negated, future and hypothetical ones (a refused withdrawal becomes a
REJECT), group same-type triggers of a clause into one event, fill actors and
targets from actor-dictionary matches and named entities by their position
around the trigger, the place from the place stage, the day from the date
stage, and killed/injured from numbers next to casualty words. Reports of the
same event in one article are then merged into one event with several mentions.

The rules are split by topic into mixins of :class:`EventExtractor`: :mod:`.filters` (what is no event),
:mod:`.timing` (modality, background, days), :mod:`.statements` (speakers, judgements, meetings),
:mod:`.participants` (doers and targets), :mod:`.counts` (killed and injured) and :mod:`.event_places`
(places, lists, venues). Module-level tables and helpers are in :mod:`.common`, the joining of an article's
reports in :mod:`.merging`, the English summary in :mod:`.summary`.
"""
from __future__ import annotations

import bisect
import datetime as dt
import operator
import threading
from itertools import chain as _chain_of
from dataclasses import replace

from ..actors import default_matcher
from ..document import Document, Token
from .lexicon import Lexicon, conjugations, load
from .confidence import default_model as _default_confidence
from .model import Event, Mention
from .common import (ANCHORED_ARTICLE, ARMED_SECTORS, ASKED_SPAN, ASKED_TYPES, BACKGROUND_BEFORE,
    BACKGROUND_DROPPED, BACKGROUND_YEARS, CLAUSE_PUNCT, CUMULATIVE_TOLL, Cand, DEED_DATED_TYPES, Draft, Found,
    HISTORY_DAYS, KILLING_KEYS, MATERIAL_TYPES, NON_STATE_ARMED, PEOPLE, PRODUCER, SPEAKER_CARRIED, SPEECH_TYPES,
    SPORTS_AMBIGUOUS, SPORTS_SHARE, STATEMENT_STALE_DAYS, TALLY_REACH, TANWEEN, _PARTS_OF, _PRECISION_RANK,
    _blessings, _conjoined, _countries, _courtesy_run, _cue_union, _cues, _keys, _months_between, _news_agency,
    _preposition_cut, _present, _same_clause, _seat_named, _sentence_carried_out, _vocalized, _word_in, _word_keys,
    fold_key)
from .merging import (_aircraft_of_article, _anchors, _armed, _choice_rank, _concrete, _counted_people_only,
    _dated_in_sentence, _days_before, _fold, _inside, _intransitive_form, _new_story, _opinion_column,
    _place_compatible, _placed, _relative_deed_after, _same_clause_cut, _spans_reach, _tag_line, _tok_range,
    _unique_ids, _with_forms, merge_events)
from .summary import summarize
from .counts import CountRules
from .event_places import PlaceRules
from .filters import FilterRules
from .participants import ParticipantRules
from .statements import StatementRules
from .timing import TimingRules



class EventExtractor(FilterRules, TimingRules, StatementRules, ParticipantRules, CountRules, PlaceRules):
    """Extracts events from a Document that has tokens, sentences, places and dates."""

    def __init__(self, lexicon: Lexicon | None = None):
        self.lex = lexicon or load()
        cue = lambda kind: frozenset(self.lex.cues.get(kind, {}))  # noqa: E731
        self._speech, self._hedge, self._riot, self._cause = cue("speech"), cue("hedge"), cue("riot"), cue("protest_cause")
        # statement verbs in every person and tense (قالت، أعلنت، أكدوا), as the casualty verbs below: who
        # reports the dead is not among them
        self._reporting = self._speech | frozenset(f for w in self._speech if not w.startswith("وفق") for f in conjugations(w))
        # casualty verbs in every person and tense (قتلوا، أصيبوا، استشهدت), from the listed past forms
        self._killed_cues = _with_forms(cue("killed"))
        self._injured_cues = _with_forms(cue("injured"))
        self._casualty_cues = self._killed_cues | self._injured_cues
        self._verb_cues = _cues("agentive") | _cues("continued") | self._reporting  # (for _verb_word)
        # words that count the dead without being casualty words elsewhere: "أعدم 11 شابا"، "راح ضحيته 31 شخصا"
        self._count_killed = self._killed_cues | _with_forms(cue("killed_count"))
        self._sports = cue("sports")
        self._figurative = cue("figurative")
        self._crowd = cue("crowd")
        self._rights = cue("right")
        self._generic_orgs = cue("generic_org")
        self._claims = cue("claim")
        self._burn = cue("burn")
        self._interrogatives = cue("interrogative")
        self._venues = cue("venue")
        self._crimes = cue("condemned")
        self._prayer, self._disasters = cue("prayer"), cue("disaster")
        # the words the token loop of candidates looks up (legislators, bare forces, victims, crowds)
        self._people_words = (_cues("legislator") | _cues("bare_force") | frozenset(self.lex.victims)
                              | self._crowd)
        self._protest_nouns = frozenset(k for k, v in self.lex.words.items()
                                        if any(t.type == "PROTEST" and t.kind == "noun" for t in v))
        # the keys that are word triggers or open a phrase (find_triggers tries the tokens with one only)
        self._lex_keys = frozenset(self.lex.words) | frozenset(self.lex.phrases)
        # what __call__ looks for in every document, in one pass: trigger and speech keys, the people words of
        # candidates, sports words and the حكم of a death sentence (only words: any other token has no keys)
        self._background_words = BACKGROUND_YEARS | _cues("era") | _cues("back_then")
        self._doc_words = (self._lex_keys | self._speech | self._people_words | self._sports | {"حكم"}
                           | self._background_words | {"منذ"} | BACKGROUND_BEFORE)
        # per-document working state lives in a thread-local, so one extractor serves many threads
        self._local = threading.local()
        # folded form -> (stem, _word_keys, has a key in _doc_words) of the words met so far (see __call__)
        self._word_entries: dict[str, tuple[str, tuple[str, ...], bool]] = {}

    # the state of the document being processed (see __call__)
    # (getters in C: the rules read ``_K`` hundreds of times per article)
    _K = property(operator.attrgetter("_local.K"))

    _doc_country = property(operator.attrgetter("_local.doc_country"))

    @property
    def _last_actor(self) -> "Cand | None":
        return self._local.last_actor

    @_last_actor.setter
    def _last_actor(self, value: "Cand | None") -> None:
        self._local.last_actor = value

    def _stems(self, i: int, j: int) -> set[str]:
        out: set[str] = set()
        for k in range(max(i, 0), j):
            out.update(self._K[k])
        return out

    # -- triggers ---------------------------------------------------------
    def find_triggers(self, doc: Document, s0: int, s1: int) -> list[Found]:
        toks = doc.tokens
        found: list[Found] = []
        covered: set[int] = set()
        K = self._local.K
        phrases, words = self.lex.phrases, self.lex.words
        # only the tokens with a key that opens a phrase or is a word trigger (see __call__): no other can match
        at = self._local.trig_at
        for i in at[bisect.bisect_left(at, s0):bisect.bisect_left(at, s1)]:
            if i in covered:
                continue
            keys = K[i]
            match = None
            for k in keys:
                for seq, trig in phrases.get(k, ()):
                    n = len(seq)
                    if i + n > s1 or (n > 1 and seq[1] not in K[i + 1]):
                        continue  # (most tries end at the second word: "عن" opens six phrases)
                    if all(seq[m] in K[i + m] for m in range(1, n)) and self._requires_ok(trig, toks, i, i + n, s0, s1):
                        if trig.excludes and self._excluded(trig, doc, i, i + n, s0, s1):
                            continue  # (triggers.tsv) "للبحث في العمليات العسكرية": the campaign as a topic
                        match = Found(trig, i, i + n, toks[i].start, toks[i + n - 1].end)
                        break
                if match:
                    break
            if match is None:
                procl = toks[i].proclitics
                # "دانت المنظمة قصف المتمردين لمناطق سكنية": a bare word that is both a verb and a verbal noun,
                # right after a judgement or a call, is its object, the noun
                noun_first = bool(found) and found[-1].trig.type in SPEECH_TYPES and 0 <= i - found[-1].j <= 6 \
                    and not procl and all(toks[x].kind == "word" for x in range(found[-1].j, i)) \
                    and toks[i - 1].norm not in ("ان", "أن", "إن", "انه", "أنه")
                for k in keys:
                    trigs = words.get(k, ())
                    if noun_first and len(trigs) > 1:
                        trigs = sorted(trigs, key=lambda t: t.kind != "noun")
                    for trig in trigs:
                        # a verb never takes the article or a preposition: القتل، لقتل are nouns/purposes
                        if (trig.kind in ("verb", "form", "participle") and k != toks[i].norm
                                and (any(p in ("ال", "ب", "ك", "ل") for p in procl) or _preposition_cut(toks[i].norm, k))):
                            continue  # (the whole word may still be a verb the segmenter read as ال + stem: ألقى)
                        if trig.kind == "noun" and k == toks[i].stem and toks[i].enclitics == ("ي",):
                            continue  # "هجومي"، "اجتماعي": an adjective (offensive, social), not my attack
                        if trig.kind in ("verb", "form") and toks[i].enclitics == ("ي",):
                            continue  # "طالبي الوظائف": a noun (job seekers); a verb takes "me" as ني
                        if trig.type == "PROTEST" and toks[i].enclitics == ("ني",):
                            continue  # "المشاهد التي تجمعني بمايكل": brings me together with, no gathering
                        if trig.kind == "noun" and self._quoted_name(toks, i, s0, s1):
                            continue  # "رئيس «اللقاء الديمقراطي»": the name of a party or a body
                        if trig.type == "SUPPORT" and trig.kind in ("verb", "form") and i > s0 \
                                and toks[i - 1].stem in _cues("pay"):
                            continue  # "يدفع ثمنه غاليا": pays its price (ثمن), does not praise (ثمّن)
                        if trig.kind in ("verb", "form") and i > s0 and toks[i - 1].kind == "word" \
                                and toks[i - 1].norm in _cues("preposition_word") and not toks[i].enclitics \
                                and toks[i].norm[:1] in ("ي", "ت", "ن") and toks[i].norm != trig.key:
                            # "استيلاء داعش على تدمر": a present-tense verb never follows a preposition (Palmyra);
                            # a verbal noun does (أقدم على قتل شقيقه، عن سيطرتها)
                            continue
                        if (trig.kind in ("verb", "form") and i > s0 and not toks[i].proclitics
                                and toks[i - 1].proclitics[-1:] == ("ال",) and _word_in(toks[i - 1], "name_title")):
                            continue  # "الشيخ عذبي الفهد"، "الأمير نايف": the name after a title, not a verb
                        if trig.kind in ("verb", "form") and toks[i].norm in _cues("noun_homograph"):
                            continue  # "دفعت ثمنا باهظا": an accusative noun (ثمن), not the verb ثمّن
                        if trig.kind in ("verb", "form") and doc.raw[toks[i].end - 1] == "ة":
                            continue  # "سياسة حذرة": a verb never ends in ta marbuta (حذره folds to it)
                        if (trig.kind in ("verb", "form") and s0 < i < s1 - 1 and toks[i - 1].norm == '"'
                                and toks[i + 1].norm == '"' and toks[i].norm not in _cues("quoted_casualty")):
                            # "«يختطف» ولكنسون بعض هواتف الحضور": one verb in quotes is a figure of speech (but
                            # "17 شخصا «استشهدوا»": the paper keeps its distance from the word, not from the deaths)
                            continue
                        if (trig.kind in ("verb", "form") and not TANWEEN.isdisjoint(toks[i].text)
                                and not (trig.type in MATERIAL_TYPES and k.removesuffix("ا") in _cues("masdar_form"))):
                            # "عذبٌ مستجيبُ"، "140 طالبًا"، "طلبًا للنجاة"، "أكثر حذرًا": a verb never carries
                            # nunation; this is a noun, an adjective or an adverbial (but "قصفاً جوياً"، "حرقاً" are
                            # the verbal nouns of the act, written with the verb's letters)
                            continue
                        if i > s0 and (not _cues("duration").isdisjoint(K[i - 1]) or (
                                trig.kind in ("verb", "form") and not _cues("generic_head").isdisjoint(K[i - 1]))):
                            continue  # "انتهت فترة سجنهم": a term served, not an arrest; "كتحريم قتل النفس": a noun
                        if (trig.type == "AGREE" and trig.kind in ("verb", "form") and toks[i].stem[:1] in ("ي", "ت", "ن")
                                and any(toks[m].norm.startswith("مع") for m in range(i + 1, min(s1, i + 4)))):
                            continue  # "ويتفق معه فلان"، "ويتفق العمير مع الطنطاوي في": shares a view, no agreement is made
                        if (trig.type == "ASSAULT" and trig.kind == "noun" and toks[i].proclitics[-2:] == ("ل", "ال")
                                and self._casualty_cues.intersection(K[i])):
                            continue  # "الرعاية الطبية اللازمة للجرحى": care for the wounded (not "أدى لمقتل 27")
                        if (trig.type == "ASSAULT" and trig.kind == "noun" and toks[i].proclitics[-1:] == ("ال",)
                                and self._casualty_cues.intersection(K[i]) and self._cared_for(toks, i, s0)):
                            continue  # "إجلاء القتلى والجرحى"، "أقلت أول دفعة من الجرحى": carried or treated, no act told
                        if trig.type == "SUPPORT" and trig.kind in ("verb", "form") and (
                                (i > s0 and toks[i - 1].norm == "الله") or (i + 1 < s1 and toks[i + 1].norm in ("الله", "بنصره"))):
                            continue  # "أعزه الله وأيده بنصره": a blessing on a ruler, no act of support
                        if trig.type == "CONSULT" and trig.kind == "noun" and procl[-1:] == ("ل",):
                            continue  # "قررت تشكيل وفد لزيارة اليمن"، "جاء لزيارة أقاربه": a purpose, no visit made
                        if trig.type == "CONSULT" and trig.kind == "noun" and i + 1 < s1 and _word_in(toks[i + 1], "interview"):
                            continue  # "خلال لقاء متلفز"، "في لقاء تلفزيوني": an interview, not a meeting
                        if trig.type == "CONSULT" and trig.kind == "noun" and i + 1 < s1 and _word_in(toks[i + 1], "received_items"):
                            continue  # "استقبال طلبات الالتحاق"، "استقبال البلاغات": applications taken in, no meeting
                        if trig.type == "CONSULT" and trig.kind == "noun" and i > s0 and _word_in(toks[i - 1], "site_head"):
                            continue  # "معسكر الاستقبال"، "قاعة الاجتماعات": the name of a place
                        if trig.type == "COERCE" and trig.kind == "noun" and i > s0 and _word_in(toks[i - 1], "warrant"):
                            continue  # "مذكرات الاعتقال الصادرة بحق": a warrant, not an arrest
                        if trig.excludes and self._excluded(trig, doc, i, i + 1, s0, s1):
                            continue  # the entry's own exceptions (triggers.tsv): "بيان صادر عنها" is issued by, not seized
                        if self._requires_ok(trig, toks, i, i + 1, s0, s1):
                            seg = next((s for s in toks[i].segments if s.kind == "stem"), None)
                            start = seg.start if seg is not None and k != toks[i].norm else toks[i].start
                            match = Found(trig, i, i + 1, start, toks[i].end)
                            break
                    if match:
                        break
            if match and any(not _cues("pretext").isdisjoint(K[x]) for x in range(max(s0, match.i - 4), match.i)):
                match = None  # "بدعوى زرعهم عبوة ناسفة": what they were accused of, not an act told
            if match:
                found.append(match)
                covered.update(range(match.i, match.j))
        return found

    # the named tests of triggers.tsv's excludes column (check:NAME); lexicon.EXCLUDE_CHECKS lists their names
    _EXCLUDE_CHECKS = {
        # "واحتلت زيارة اوباما الصفحات الأولى"، "زيارة اليونان بدون مبالغ نقدية": no visit made to a place
        "no_visit_destination": lambda self, doc, i, j, s0, s1: not self._visit_destination(doc, i, s1),
        # "أفراد أسرته"، "احتفلت أسرتا الطوالة والدويش": the family (أسرة + ه، the dual أسرتا) read as the verb أسرت
        # with a suffix stripped; a form listed bare (أسرت، أسروا) must then be the word's own stem, suffix-free
        "suffix_stripped": lambda self, doc, i, j, s0, s1: bool(doc.tokens[i].enclitics) or not any(
            t.kind == "form" for t in self.lex.words.get(doc.tokens[i].stem, ())),
        # "تأهبا لتطهير المحافظة من المتمردين": a verbal noun after the preposition ل is an aim, not a deed told
        "purpose": lambda self, doc, i, j, s0, s1: "ل" in doc.tokens[i].proclitics,
        # "خطف الملياردير الأميركي دونالد ترامب ... الأضواء الخميس في أول مناظرة"، "خطفت الطفلة البحرينية ... الأنظار":
        # to steal the limelight (its object anywhere after the verb in the sentence), no abduction
        "limelight": lambda self, doc, i, j, s0, s1: any(_word_in(doc.tokens[k], "limelight") for k in range(j, s1)),
        # "في قبضة الحوثيين"، "أحياء آل المؤنس والقبضة": the word ends in the feminine ه, kept on the stem or cut as a
        # pronoun (قبضة, a grip or a name, not قبض)
        "feminine_stem": lambda self, doc, i, j, s0, s1: (doc.tokens[i].stem.endswith("ه")
                                                          or doc.tokens[i].norm.endswith("ه")),
        # "أن الولايات المتحدة تعتبر حزب العمال الكردستاني «منظمة إرهابية»": a group held a terrorist organisation, a
        # standing designation (after the subject and the object: "واعتبرت منظمة التعاون الإسلامي" is a subject)
        "designation": lambda self, doc, i, j, s0, s1: any(
            doc.tokens[k].norm in _cues("designated_body") and doc.tokens[k + 1].kind == "word"
            and doc.tokens[k + 1].norm in _cues("designated_as") for k in range(j + 1, min(s1 - 1, j + 7))),
        # "وأشار نصر إلى هروب جماعي لميليشيات الحوثي": a flight told with no place left (من المدينة، منها) within six
        # words after it tells a manner of defeat, not a withdrawal from a place (the gold codes the latter only)
        "no_place_fled": lambda self, doc, i, j, s0, s1: not any(
            _word_in(doc.tokens[k], "flight_path") for k in range(j, min(s1, j + 6))),
        # "دخلت القوات الى زنجبار": forces entering a town take it; entering with no place told after الى within three
        # words ("دخلت قوات حكومية لإخراج المسلحين"، "دخلت جامعة الأنبار") is a step of a fight or a rescue
        "no_entry_to": lambda self, doc, i, j, s0, s1: not any(
            doc.tokens[k].kind == "word" and doc.tokens[k].norm == "الي" for k in range(j, min(s1, j + 3))),
        # "إن تنظيم داعش اختطف 18 شابًا من ناحية حمام العليل ... واقتادهم إلى جهات غير معلومة": led away after a
        # kidnapping told earlier in the sentence is that abduction going on, no arrest of its own
        # "أسرت 70 متمردا وقتلت 10 آخرين في المواجهات"، "المسلحين أسروا ثمانية من الركاب وقتلوهم": fighters taken
        # captive in a sentence that tells a killing are taken in that fight, part of the attack (no arrest of its own)
        "killing_told": lambda self, doc, i, j, s0, s1: any(
            t.type == "ASSAULT" and t.key in KILLING_KEYS
            for k in range(s0, s1) if not i <= k < j for key in self._local.K[k] for t in self.lex.words.get(key, ())),
        # "اقتحم مسلحون ... مهبطا للطائرات ... وخطفوا أربعة أوروبيين": a storming followed in its sentence by the
        # attack its doers went on to (a verb joined by و) is the way into that attack, told by it
        "attack_follows": lambda self, doc, i, j, s0, s1: any(
            doc.tokens[k].proclitics[:1] == ("و",) and t.type == "ASSAULT" and t.kind in ("verb", "form")
            for k in range(j, s1) for key in self._local.K[k] for t in self.lex.words.get(key, ())),
        "after_abduction": lambda self, doc, i, j, s0, s1: any(
            t.type == "ASSAULT" and t.mode == "abduct" and t.kind in ("verb", "form")
            for k in range(s0, i) for key in self._local.K[k] for t in self.lex.words.get(key, ())),
        # "تقوم بأنشطة تهدد النظام العام"، "عامل يهدد دول المنطقة": the present of هدد with an object and no threatened
        # deed after it (بقطع، بإعدام، بأن) within eight words is "endangers", a standing state, not a threat made
        "endangers": lambda self, doc, i, j, s0, s1: (
            doc.tokens[i].norm.lstrip("وف")[:1] in ("ي", "ت") and not doc.tokens[i].enclitics
            and not any(doc.tokens[k].kind == "word" and ("ب" in doc.tokens[k].proclitics or doc.tokens[k].norm[:1] == "ب")
                        for k in range(j, min(s1, j + 8)))),
        # "بعيد اتهام مسؤول تركي هذه المجموعة بالهجوم"، "تبادلت أوكرانيا وانفصاليون الاتهامات بقصف مناطق سكانية": an
        # accusation noun is an ACCUSE only when the deed charged (an attack after ب) follows it within ten words
        # ("الاتهامات ضد تركيا لا أساس لها"، "اتهامات بالفساد" are not)
        "no_charged_deed": lambda self, doc, i, j, s0, s1: self._charged_deed(doc, j, s1) is None,
        # "ربما يظن داعش أن وصوله إلى موقع بأهمية مسجد قوات الطوارئ": a pronoun on the verbal noun names who arrives
        # (a person, a group), not the forces the word requires ("وصول إمدادات عسكرية"، "بدأت قواتها بالوصول")
        "pronoun_suffix": lambda self, doc, i, j, s0, s1: bool(doc.tokens[i].enclitics),
        # "كخطوة لازمة لمواجهتها وصولاً إلى القيام بمهمة": the indefinite accusative of a verbal noun is an adverb ("up
        # to", "so as to"), matched by the lookup's accusative key (the word's own stem keeps its final alef)
        "accusative": lambda self, doc, i, j, s0, s1: (doc.tokens[i].norm.endswith("ا")
                                                        and doc.tokens[i].stem.endswith("ا") and not doc.tokens[i].enclitics),
    }

    # -- clauses ----------------------------------------------------------
    @staticmethod
    def clause_bounds(doc: Document, s0: int, s1: int, i: int) -> tuple[int, int]:
        """The clause around token ``i``: between , ; : marks, where a clause that states a
        consequence (أسفرت عن، أدى إلى، مما) belongs to the clause before it."""
        toks = doc.tokens

        def boundary(k: int) -> bool:
            return toks[k].kind == "punct" and toks[k].norm in CLAUSE_PUNCT

        def consequence(k: int) -> bool:  # the clause starting at token k
            return k < s1 and toks[k].kind == "word" and (toks[k].stem in _cues("consequence") or toks[k].norm in _cues("consequence"))

        def more_results(k: int, lo: int, hi: int) -> bool:
            # "أسفرت عن قتل 25 من عناصر داعش، وتدمير مواقع": a further result (و + a result noun) after a
            # consequence clause belongs to it
            return (k < s1 and toks[k].kind == "word" and toks[k].proclitics[:1] == ("و",)
                    and toks[k].stem in _cues("result") and any(consequence(x) for x in range(lo, hi)))

        def led(lo: int, hi: int) -> bool:
            # "شن طيران التحالف العربي، بقيادة السعودية، ضربات"، "طائرات التحالف، الذي تقوده المملكة، مركبات": who
            # leads the party, set off by commas, is said of it in passing
            lead = lo + 1 if lo + 1 < hi and _word_in(toks[lo], "relative") else lo
            return lead < hi and hi - lead <= 4 and _word_in(toks[lead], "led_by")

        def aside(lo: int, hi: int) -> bool:
            # "شنت القوات، اليوم (الاثنين)، هجوما": a time set off by commas is no clause of its own
            if not 0 < hi - lo <= 5:
                return False
            # "أن ما لايقل عن 25 شخصا، معظمهم من المدنيين، قتلوا": a part of those counted, set off by commas
            first = lo + 1 if toks[lo].norm == "من" and lo + 1 < hi else lo
            if toks[first].kind == "word" and toks[first].norm in _cues("partitive_aside"):
                return True
            if led(lo, hi):
                return True
            return all((toks[k].kind == "punct" and toks[k].norm in "()") or any(
                d.start <= toks[k].start < d.end for d in doc.dates) for k in range(lo, hi))

        a = i
        while a > s0:
            if boundary(a - 1):
                if consequence(a):
                    a -= 1
                    continue
                q = a
                while q < s1 and not boundary(q) and q - a <= 5:
                    q += 1
                if q < i and boundary(q) and led(a, q):
                    a -= 1  # ("، بقيادة السعودية،" told after the doer: the clause goes on before it)
                    continue
                if more_results(a, max(s0, a - 12), a - 1):
                    a -= 1
                    continue
                p = a - 2
                while p >= s0 and not boundary(p) and a - 1 - p <= 6:
                    p -= 1
                if p >= s0 and boundary(p) and aside(p + 1, a - 1):
                    a = p
                    continue
                break
            a -= 1
        def sides_go_on(b: int) -> bool:
            # "اشتباكات بين الكتائب المقاتلة وجبهة النصرة من طرف، وقوات النظام ... من طرف آخر، في محيط قريتي حندرات
            # وباشكوي": the comma after "من طرف" (one side named) opens the other side, and the one after "من طرف
            # آخر" the place of the fight; the clause of a fight between two sides goes on past both
            if b + 1 >= s1 or b - 2 < a or toks[b + 1].kind != "word":
                return False
            if not any(toks[k].kind == "word" and toks[k].norm == "بين" for k in range(a, b)):
                return False
            if toks[b - 2].norm == "من" and toks[b - 1].stem in _cues("side_noun"):
                return toks[b + 1].proclitics[:1] == ("و",) or toks[b + 1].norm.startswith("و")
            return (b - 3 >= a and toks[b - 3].norm == "من" and toks[b - 2].stem in _cues("side_noun")
                    and toks[b - 1].norm in ("اخر", "اخري") and toks[b + 1].norm in ("في", "علي", "عند"))

        b = i + 1
        while b < s1:
            if boundary(b) and sides_go_on(b):
                b += 1
                continue
            if boundary(b) and not consequence(b + 1) and not more_results(b + 1, a, b):
                q = b + 1
                while q < s1 and not boundary(q) and q - b <= 6:
                    q += 1
                if q < s1 and boundary(q) and aside(b + 1, q):
                    b = q + 1
                    continue
                break
            b += 1
        return a, b

    def candidates(self, doc: Document) -> list[Cand]:
        starts = self._local.tok_starts  # token start offsets, computed once per document in __call__
        cands: list[Cand] = []
        persons = [(e.start, e.end) for e in doc.entities if e.label == "PERS"]
        # the tests below look only when a person's name starting before the match reaches its end (most
        # matches are in no person's name), or one starts inside it
        person_starts, person_reach = _spans_reach(persons)
        for m in getattr(doc, "actors", []) or []:
            n = bisect.bisect_right(person_starts, m.start)
            if n and person_reach[n - 1] >= m.end and getattr(m, "kind", "") in ("actor", "agent") \
                    and " " not in m.text.strip() and any(
                    s <= m.start and m.end <= t and (t - s) > (m.end - m.start) for s, t in persons):
                continue  # one word of a longer person's name (الذهبي in جاسم الذهبي، دير in محمد عمر ديري) is not that entry
            if getattr(m, "kind", "") == "actor" and bisect.bisect_left(person_starts, m.end) > n and any(
                    m.start < s < m.end < t for s, t in persons):
                continue  # "الشيخ محمد" + "محمد المختار الشنقيطي": the name goes on, it is someone else
            a, b = _tok_range(starts, m.start, m.end)
            if self._after_outlet(doc, a) or self._told_to_agency(doc, a) or _news_agency(m.text) or self._quoted_outlet(doc, a, b):
                continue  # "مصور قناة القدس"، "صحيفة الرياض": the name of a channel or a paper, no party
            if (a > 0 and doc.tokens[a].stem == "طيران" and b == a + 1
                    and _word_in(doc.tokens[a - 1], "civil_aviation_head")):
                continue  # "الاتحاد الدولي لشركات الطيران"، "سلطات الطيران": civil aviation, no air force
            if (b == a + 1 or doc.tokens[a].norm == "الرءيسي") and self._main_adjective(doc, a):
                continue  # "المعقل الرئيس(ي) لجماعة الحوثي": the main stronghold, no president (الرئيسي is never one)
            if b == a + 1 and self._bare_doer_adjective(doc, a):
                continue  # "مسلحون اسلاميون متشددون"، "انفجارين انتحاريين": an adjective, no second party
            cands.append(Cand(m.start, m.end, m.text, a, b, getattr(m, "country", None), getattr(m, "sector", None),
                              getattr(m, "name_en", None), getattr(m, "code", None),
                              "nationality" if getattr(m, "kind", "") == "nationality" else "actor", m.producer))
        # a name overlaps the span of an actor match when one starting before its end reaches past its start
        taken_starts, taken_reach = _spans_reach([(c.start, c.end) for c in cands])
        for e in doc.entities:
            if e.label not in ("PERS", "ORG"):
                continue
            if " " not in e.text.strip() and _fold(e.text) in self._generic_orgs:
                continue  # "التنظيم", "حركة" alone: a back-reference, not a name
            n = bisect.bisect_left(taken_starts, e.end)
            if n and taken_reach[n - 1] > e.start:
                continue
            a, b = _tok_range(starts, e.start, e.end)
            if self._after_outlet(doc, a) or self._told_to_agency(doc, a) or _news_agency(e.text) or self._quoted_outlet(doc, a, b):
                continue  # (a news agency or paper named: "صحافيون من وكالة فرانس برس"، "مصادر «عكاظ»")
            cands.append(Cand(e.start, e.end, e.text, a, b, kind="entity", producer=e.producer))
        cands.extend(self._named_bodies(doc, cands))
        victims, crowd = self.lex.victims, self._crowd
        legislator = _cues("legislator")
        # the tokens of the names so far: a word below is in one of them or not (what the loop adds covers its
        # own word only, never a later one)
        in_name = {k for c in cands for k in range(c.tok_start, c.tok_end)}
        # only a word with its stem or its form among the people words makes a candidate below (its keys hold
        # both; __call__ lists them)
        for idx in self._local.people_at:
            tok = doc.tokens[idx]
            if tok.kind != "word":
                continue
            kind = "victim"
            stem, norm = tok.stem, tok.norm
            nxt = doc.tokens[idx + 1] if idx + 1 < len(doc.tokens) else None
            if (stem in legislator and "ال" in tok.proclitics and not idx in in_name
                    and not (nxt is not None and nxt.kind == "word"
                             and (nxt.stem in _cues("ordinal") or nxt.norm in _cues("ordinal") or nxt.norm.startswith("لل")))):
                # "وانتقد النائب الحكومة": the member of parliament (نائب with no article, or "النائب الأول
                # للرئيس", is a deputy of someone)
                st = next(s.start for s in tok.segments if s.form == "ال")
                cands.append(Cand(st, tok.end, doc.raw[st:tok.end], idx, idx + 1, sector="LEG", code="~LEG",
                                  producer=PRODUCER))
                continue
            if (stem in _cues("bare_force") and tok.proclitics in (("ال",), ("و", "ال")) and not tok.enclitics
                    and not idx in in_name):
                # "وشن التحالف غارات"، "سيطر عناصر المقاومة": the coalition or resistance named before in the
                # article (التحالف العربي بقيادة السعودية، المقاومة الشعبية), else one no table places
                st = next(s.start for s in tok.segments if s.form == "ال")
                named = next((c for c in reversed(cands) if c.tok_end <= idx and c.kind == "actor" and c.tok_end - c.tok_start > 1
                              and any(doc.tokens[k].stem == stem for k in range(c.tok_start, c.tok_end))), None)
                prev = doc.tokens[idx - 1] if idx > 0 else None
                owner = next((c for c in cands if c.tok_end == idx and not (c.code and not c.code.startswith("~"))), None)
                if (owner is not None or (prev is not None and prev.kind == "word" and not prev.proclitics[-1:] == ("ال",)
                                          and not self._verb_word(prev))) and not (prev is not None and _word_in(prev, "members")):
                    # the genitive of a noun (طائرات التحالف، قيادة التحالف): the noun is the party, of the
                    # coalition's country (but members are of the group: عناصر المقاومة)
                    if owner is not None and named is not None and named.country and not owner.country:
                        owner.country = named.country
                    continue
                if named is not None:
                    cands.append(replace(named, start=st, end=tok.end, text=doc.raw[st:tok.end], tok_start=idx, tok_end=idx + 1))
                elif stem in _cues("antecedent_only"):
                    pass  # "التنظيم" with no "تنظيم X" before is as often the verbal noun (organizing)
                else:
                    multinational = stem in _cues("multinational")  # (several states: no local country)
                    cands.append(Cand(st, tok.end, doc.raw[st:tok.end], idx, idx + 1, sector="MIL" if multinational else "REB",
                                      producer=PRODUCER, foreign=multinational))
                continue
            sector = victims.get(stem)
            if sector is None:
                sector = victims.get(norm)
            if sector is not None and stem in _cues("all_of_them") and not self._all_of_them(doc, idx):
                continue  # "متعددة الأطراف"، "أحد الأطراف": not all the parties called on
            if sector is None and (stem in crowd or norm in crowd):
                kind, sector = "crowd", "CVL"
            if sector is not None:
                if idx in in_name:
                    continue
                seg = next((s for s in tok.segments if s.kind == "stem"), None)
                st = seg.start if seg is not None and "ال" not in tok.proclitics else tok.start
                if "ال" in tok.proclitics:
                    st = next(s.start for s in tok.segments if s.form == "ال")
                cands.append(Cand(st, tok.end, doc.raw[st:tok.end], idx, idx + 1, sector=sector or None,
                                  kind=kind, producer=PRODUCER))
        cands = self._heads_of(doc, cands)
        for c in cands:
            # a nationality counted is people of that nationality: "13 عراقيا"، "ثلاثة فلسطينيين"
            # (and a people named as an actor: "سبعة أفغان")
            if (c.kind == "nationality" or (c.kind == "actor" and c.country and not c.sector
                                            and c.tok_end - c.tok_start == 1)) and c.tok_start > 0 and (
                    self.number_at(doc.tokens[c.tok_start - 1]) is not None
                    or (c.tok_start > 1 and doc.tokens[c.tok_start - 1].norm == "من"
                        and self.number_at(doc.tokens[c.tok_start - 2]) is not None)):  # "23 من الكوريين"
                c.kind = "victim"
        foreign, western = _cues("foreign"), _cues("western")
        for c in cands:
            nxt = doc.tokens[c.tok_end].stem if c.tok_end < len(doc.tokens) else ""
            if nxt in foreign or nxt in western or doc.tokens[c.tok_end - 1].stem in foreign:
                c.foreign = True  # "القوات الأجنبية"، "سياح غربيون"، "الأجانب"
        not_there = _cues("attire") | _cues("facility") | _cues("weapon_of") | _cues("carrier")
        # "يرتدون زي الشرطة"، "مستشفى قوى الأمن"، "مضادات الطيران"، "ناقلة جنود": a force whose uniform is worn, whose
        # hospital is named, whose weapons are countered or that a vehicle carries takes no part
        masdar = _cues("pronoun_masdar")
        place_head = _cues("place_head")
        # (_is_place looks only at the places a candidate lies within: none, for most)
        place_starts, place_reach = _spans_reach([(p.start, p.end) for p in getattr(doc, "places", []) or []])
        cands = [c for c in cands if not ((n := bisect.bisect_right(place_starts, c.start))
                                          and place_reach[n - 1] >= c.end and self._is_place(doc, c))
                 and not (c.tok_start > 0 and doc.tokens[c.tok_start - 1].stem in not_there)
                 and not _seat_named(doc.tokens, c.tok_start)  # "وذكر المرصد ومقره بريطانيا": where it sits
                 # "حي بابا عمرو": the name of a neighbourhood, a town or a street, even one the gazetteer lacks
                 and not (c.tok_start > 0 and c.kind in ("actor", "entity") and doc.tokens[c.tok_start - 1].kind == "word"
                          and doc.tokens[c.tok_start - 1].stem in place_head)
                 # "لمعارضته الشديدة للاتفاق": his opposing it, not the opposition
                 and not (c.tok_end - c.tok_start == 1 and doc.tokens[c.tok_start].enclitics
                          and doc.tokens[c.tok_start].stem in masdar)
                 # "ثلاثة أعضاء في تنظيم القاعدة مسؤولون عن اغتيال": responsible for, not officials
                 and not (c.tok_end - c.tok_start == 1 and c.tok_end < len(doc.tokens)
                          and doc.tokens[c.tok_end].norm == "عن" and doc.tokens[c.tok_start].stem in _cues("responsible"))]
        cands = [c for c in cands if not self._town_of_a_state(doc, c)]
        shorts = self._short_names(doc, cands)
        at = {c.tok_start for c in shorts}
        cands = [c for c in cands if not (c.tok_start in at and c.tok_end == c.tok_start + 1 and c.code == "~PTY")] + shorts
        cands.sort(key=lambda c: (c.tok_start, -c.tok_end))
        cands = self._construct_plurals(doc, cands)
        self._own_forces(doc, cands)
        self._belonging(doc, cands)
        # token positions of named doers, which a count may be separated from its cue by
        self._local.named = {k for c in cands if c.kind in ("actor", "entity") for k in range(c.tok_start, c.tok_end)}
        self._link_names(cands)
        self._stated_nationality(doc, cands)
        return self._victims_of_a_country(cands)

    def assign(self, doc: Document, draft: Draft, cands: list[Cand], s0: int, s1: int) -> tuple[Cand | None, Cand | None, bool]:
        """(actor, target, hedged) for a draft event."""
        if draft.speaker is not None:
            # a judgement: the speaker accuses; the target is the act's doer, when the clause names it by a verb of
            # doing ("التمرد المسلح الذى تقوده جماعة الحوثي يعد تهديدا"، "ما قامت به الميليشيات ... جريمة حرب"),
            # else the doer of the attack it speaks of (``_condemned_doers``)
            return self._official_body(doc, cands, draft.speaker, s1), self._judged_doer(doc, draft, cands), False
        cs, ce = draft.clause
        head = draft.triggers[0]
        toks = doc.tokens

        def as_noun(f: Found) -> bool:
            # "قال إن رفض الولايات المتحدة تزويد ...": a speech verb's past form after إن/أن or a preposition is
            # its verbal noun (the refusal of the US); not after "بعد أن" (after he refused)
            tk, k = toks[f.i], f.i - 1
            if (f.trig.kind == "verb" and not tk.proclitics and not tk.enclitics and k >= s0
                    and toks[k].kind == "word" and _word_in(toks[k], "masdar_governor")):
                return True  # "إثر قصف الحوثي لتجمع سكني"، "جراء قصف قوات النظام": no verb follows إثر or جراء
            if f.trig.kind != "verb" or tk.stem not in _cues("masdar_homograph") or tk.proclitics or tk.enclitics or k < s0:
                return False
            prev = toks[k].norm if toks[k].kind == "word" else ""
            if prev in ("ان", "لان", "بان"):
                return not (k > s0 and toks[k - 1].norm in _cues("temporal_conjunction"))
            return prev in _cues("preposition_word")

        # (a participle that joined a statement told before it is no verb of that statement)
        verbs = [f for f in draft.triggers if f.trig.kind in ("verb", "form", "phrase", "participle") and not as_noun(f)
                 and (f.trig.kind != "participle" or f is head)]
        if head.trig.kind in ("noun", "nphrase"):
            # "مقتل 17 حوثيا وجرح العشرات": و + a verb-shaped word after a verbal noun is one more verbal noun
            verbs = [f for f in verbs if not (f.i > head.i and _conjoined(doc.tokens[f.i]))]
        t = (verbs[0] if verbs else head).i
        in_clause = [c for c in cands if cs <= c.tok_start and c.tok_end <= ce and c.kind != "nationality"]
        trig_tokens = {k for f in draft.triggers for k in range(f.i, f.j)}
        # the adjective of an attack noun ("هجوما إرهابيا") describes it; it is no party
        trig_tokens |= {f.j for f in draft.triggers if f.trig.kind in ("noun", "nphrase") and f.j < s1
                        and set(self._K[f.j]) & _cues("terror_adjective")}
        # (so is "انتحاريين" of "هجومين انتحاريين", a dual of attacks, not two bombers; but not the definite genitive
        # of an indefinite noun, "مقتل الانتحاري", the bomber's death)
        trig_tokens |= {f.j for f in draft.triggers if f.trig.kind in ("noun", "nphrase") and f.j < s1
                        and set(self._K[f.j]) & _cues("attack_adjective")
                        and ("ال" in toks[f.j].proclitics) == ("ال" in toks[f.j - 1].proclitics)}
        in_clause = [c for c in in_clause if not (set(range(c.tok_start, c.tok_end)) & trig_tokens)
                     or self._arrested_past_trigger(draft, c)]
        # "شنت القوات الموالية للرئيس هادي بدعم جوي من التحالف هجمات"، "بمساندة ضربات جوية يشنها التحالف العربي":
        # who backs the doer is neither the doer nor whom it was done to (for a deed: a statement's "بدعم" is what is
        # praised, "أشاد بدعم قوات التحالف")
        if draft.type in MATERIAL_TYPES:
            in_clause = [c for c in in_clause if not self._backer(doc, c, cs)]
        actor = target = reporter = None

        def free(c: Cand) -> bool:
            prep = self._prepositional(doc, c)
            # "قوة من الشرطة العراقية قامت": a unit of a force is that force (the من is partitive)
            if prep is None:
                return True
            if prep != "من" or c.tok_start < 2 or toks[c.tok_start - 2].kind != "word":
                return False
            unit = toks[c.tok_start - 2]
            if unit.norm in ("كل", "وكل"):
                return True  # "كل من هولندا وماليزيا"
            # "قوة من الشرطة" acts as the police; "خمسة أفراد من قوات الأمن" are people counted, not the doer
            return unit.stem in _cues("partitive") and not (c.tok_start >= 3 and self.number_at(toks[c.tok_start - 3]))

        # an agentive verb (نفذتها، شنت، قام) names the doer of a noun trigger; so does "واصل" (continued)
        # right before it (واصلت قوات الأمن عملياتها); not for a statement verb, whose clause may describe the
        # act condemned ("تستنكر جريمة الكراهية هذه التي نفذها المستوطنون")
        for k in range(cs, ce) if not (draft.type in SPEECH_TYPES and verbs) else ():
            if toks[k].kind != "word":
                continue
            forms = (toks[k].norm, toks[k].stem, toks[k].norm[1:] if toks[k].norm[:1] in "وف" else "")
            if not (any(x in _cues("agentive") for x in forms)
                    or (any(x in _cues("continued") for x in forms) and 0 < t - k <= 8)
                    # (in the present, "الضربات التي يشنها التحالف", for an attack or a raid: a protest's or a
                    # condemnation's object clause names who is protested against, not the protesters)
                    or (draft.type in ("ASSAULT", "COERCE") and any(x in _cues("agentive_present") for x in forms))):
                continue
            # not one governed by a preposition: "القيام باحتجاجات ضد الحزب" is against the party
            after = [c for c in in_clause if c.tok_start > k and c.kind not in PEOPLE and free(c)]
            before = [c for c in in_clause if c.tok_end <= k and c.kind not in PEOPLE and free(c)]
            if after and after[0].tok_start - k <= 3:
                actor = after[0]
            elif before and k - before[-1].tok_end <= 2:
                actor = before[-1]
            if actor:
                break
        if actor is None and verbs and t > s0 + 1:
            # "أن فلسطينيا هاجم الجنود": a nationality used as a noun right before the verb is its subject
            casualty = self._casualty_cues
            nat = next((c for c in cands if c.kind == "nationality" and c.country and c.tok_end == t
                        and toks[c.tok_start - 1].norm in ("ان", "أن", "إن")
                        and not set(self._K[t]) & casualty), None)  # "أن فلسطينياً قتل": was killed
            if nat is not None:
                actor = replace(nat, kind="actor")
        named_doer = actor  # named by an agentive verb (نفذها مستوطنون): the doer even if civilian
        if draft.type == "PROTEST":
            actor = self._protester(doc, in_clause, cands, t, s0, s1) or actor
        by_phrase = next((c for c in in_clause if self._by_agent(toks, c.tok_start) and not self._agent_of_participle(toks, c.tok_start)), None)
        if actor is None and by_phrase is not None and draft.type != "PROTEST":
            actor = by_phrase
        if (actor is None and draft.type in SPEECH_TYPES and verbs and t - 1 > s0 and toks[t - 1].kind == "punct"
                and toks[t - 1].norm in ("،", ",") and toks[s0].kind == "word" and toks[s0].norm in _cues("kana_word")
                and not _conjoined(toks[t]) and not toks[t].proclitics):
            # "وكان الصافي، طالب العبادي بأن"، "وكان زعيم الحزب ... صلاح الدين دمرتاش، دعا أمس الحكومة التركية": the
            # subject كان opens the sentence with, set off by a comma, is the speaker; the party after the verb is
            # the one it addresses (not a verb joined by و to another predicate of it: "وكان غاشي قد قال ...،
            # وطالب من الجميع")
            # (a person named in it, after his titles; else the party it opens with: "وكانت قوات الدفاع الشعبي،
            # الجناح العسكري لحزب العمال الكردستاني، دانت")
            subj = [c for c in cands if s0 < c.tok_start and c.tok_end < t and c.kind in ("actor", "entity") and free(c)]
            person = [c for c in subj if any(e.label == "PERS" and e.start <= c.start < e.end for e in doc.entities)]
            actor = person[-1] if person else (subj[0] if subj else None)
        if actor is None:
            before = [c for c in in_clause if c.tok_end <= t and c.kind not in PEOPLE and free(c)]
            after = [c for c in in_clause if c.tok_start > t and c.kind not in PEOPLE and free(c)]
            if (head.trig.kind in ("noun", "nphrase") or as_noun(head)) and not verbs:
                # genitive right after the noun: غارات التحالف، قصف قوات النظام
                # (or with ل: "غارات للتحالف")
                # (or in quotes: "استيلاء «داعش»"; not after a noun with a pronoun: "دعوته «PKK»" calls on the PKK)
                gen = [c for c in after if c.tok_start == head.j or (c.tok_start == head.j + 1 and (
                    toks[head.j].stem in ("ل",) or (toks[head.j].kind == "punct" and toks[head.j].norm == '"'
                                                    and not toks[head.j - 1].enclitics)))] or [
                    c for c in in_clause if c.tok_start == head.j and c.kind not in PEOPLE and self._prepositional(doc, c) == "ل"]
                armed = gen and (gen[0].sector in ARMED_SECTORS or any(x in (gen[0].code or "") for x in ARMED_SECTORS)
                                 or (head.trig.key in _cues("doer_genitive") and self._country_name(doc, gen[0])))
                # (a state named after an attack noun is its doer: هجوم تركيا على المقاتلين الأكراد; not after
                # تحرير or معارك, whose genitive is what is fought over: تحرير مدينة تعز)
                if gen and draft.type == "COERCE" and head.trig.mode == "arrest" and gen[0].sector in NON_STATE_ARMED:
                    pass  # "تفكيك «خلية ارهابية»"، "اعتقال مسلحين": the militants in an arrest's genitive are arrested
                elif gen and (draft.type not in ("ASSAULT", "COERCE") or armed):
                    actor = gen[0]  # غارات التحالف، قصف قوات النظام: the genitive is the doer
                elif (before and t - before[-1].tok_end <= 3
                      and not (draft.type in MATERIAL_TYPES and self._reports(doc, cands, before[-1], t, s1))
                      # (not past "the incident of": "وصف ... الشيخ عبدالعزيز آل الشيخ حادثة التفجير الغاشم", the
                      # incident a speaker speaks of)
                      and not any(_word_in(toks[k], "incident_of") for k in range(before[-1].tok_end, t))):
                    actor = before[-1]
            elif (draft.type in SPEECH_TYPES and verbs and after and after[0].tok_start - t <= 4
                  and self._unnamed_subject(doc, cands, t, after[0])):
                # "كما طالبت الحركة جميع الفصائل": the subject is "the movement" named before (حركة أحرار الشام),
                # and the factions are called on
                actor = self._antecedent(doc, cands, t + 1)
            elif (draft.type in ("REQUEST", "ACCUSE") and not before and after
                  and after[0].tok_start - t <= 1 and fold_key(after[0].text) in _cues("addressee")):
                # "وطالب المجتمع الدولي الاضطلاع بمسؤولياته": the international community is appealed to, it
                # does not appeal; the speaker is the one of the sentences before (none named: no speaker)
                actor = self._last_actor
            elif (draft.type in SPEECH_TYPES and not before and after and self._dropped_subject(doc, t, after[0], s0)
                  and self._last_actor is not None):
                # "واتهم روسيا ب...": the speaker of the previous sentences accuses Russia
                actor = self._last_actor
            elif (draft.type in SPEECH_TYPES and not before and t - s0 <= 1 and self._last_actor is not None
                  # (not when a body named by its kind alone stands right after the verb: "وفيما دان المجلس
                  # العملية" is the council told of before, not the last speaker; see _plain_speaker)
                  and not self._kind_named_body(doc, draft, s1)
                  and (not after or (after[0].tok_start > t + 3 and verbs and (
                      _conjoined(toks[t]) or (t > s0 and _word_in(toks[t - 1], "additive_opener") and t + 1 < s1
                                              and (toks[t + 1].proclitics[:1] == ("ب",)
                                                   or _word_in(toks[t + 1], "preposition_word")))))
                       # (or a verb that takes its object with ب, the ب-object right after it: "وأشاد بجهود حكومة
                       # المملكة"، "وبينما رحب تونر باشتراك روسيا": the party in it is praised, not praising)
                       or (verbs and t + 1 < s1 and toks[t + 1].proclitics[:1] == ("ب",) and toks[t].kind == "word"
                           and not _cues("bi_object_verb").isdisjoint(self._verb_stems(toks[t]))))):
                # ("كما طالب بالتحقيق في جرائم الحرب التي ارتكبتها الميليشيات": so does one after كما)
                # "وطالبت ب»...»": a sentence-initial statement with no named speaker continues the last one
                actor = self._last_actor
            elif "refused-retreat" in draft.flags and before:
                actor = before[0]  # X said that it will not withdraw: the speaker refuses
            else:
                if (draft.type in SPEECH_TYPES and after and after[0].tok_start == t + 1 and verbs
                        and self._masculine_verb(toks[t], verbs[0]) and self._feminine(doc, after[0])
                        # (not a verbal noun: "رفض تركيا السماح" is Turkey's refusal; as a verb it opens a clause)
                        and (toks[t].stem not in _cues("masdar_homograph") or t == s0 or _conjoined(toks[t]))):
                    # "ودعا إسرائيل لوقف الترحيل"، "والثاني دعا إيران إلى": a verb before its subject agrees
                    # with it in gender, so a state's name or a feminine noun after a masculine verb is its
                    # object (and a noun before the verb belongs to the clause before: "وصف الاتحاد سياسة
                    # إسرائيل ... ودعا إسرائيل"); the subject is the one the sentence opened with, else the
                    # last speaker's
                    opening = [c for c in cands if s0 <= c.tok_start <= s0 + 3 and c.tok_end <= t
                               and c.kind in ("actor", "entity") and free(c) and c.start != after[0].start]
                    if before and before[-1].tok_end <= t and all(toks[k].kind == "punct" for k in range(before[-1].tok_end, t)):
                        # "وكان زعيم الحزب صلاح الدين دمرتاش دعا الحكومة": right before it (or before a comma: "وكان
                        # زعيم الحزب المقرب من الأكراد في تركيا صلاح الدين دمرتاش، دعا أمس الحكومة التركية")
                        actor = before[-1]
                    elif (len(after) > 1 and after[1].tok_start == after[0].tok_end and after[1].kind in ("actor", "entity")
                          # (not one joined to it by و: "الحكومة التركية وحزب العمال الكردستاني" are both called on)
                          and not _conjoined(toks[after[1].tok_start])
                          and not any(p.start <= after[1].start < p.end for p in getattr(doc, "places", None) or ())):
                        # (not a place in apposition: "وزار العاصمة البريطانية لندن")
                        actor = after[1]  # "زار تركيا قائد قوات التحالف": the object first, then the subject
                    else:
                        actor = opening[0] if opening else (self._last_actor if t - s0 <= 1 else None)
                elif before and t - before[-1].tok_end <= 4 and not (draft.type in MATERIAL_TYPES and self._reports(doc, cands, before[-1], t, s1)) \
                        and not (draft.type in MATERIAL_TYPES and any(_word_in(toks[k], "relative") for k in range(before[-1].tok_end + 1, t))) \
                        and not (draft.type in SPEECH_TYPES and _conjoined(toks[t]) and self._counted_dead(before[-1], s0)) \
                        and not (draft.type in SPEECH_TYPES and verbs and _conjoined(toks[t]) and before[-1].tok_end < t
                                 and all(toks[k].kind == "punct" for k in range(before[-1].tok_end, t))) \
                        and not (draft.type in SPEECH_TYPES and verbs and self._relative_object(doc, t, after, s1)) \
                        and not (verbs and toks[t].proclitics[:1] == ("ف",) and not any(
                            toks[k].norm in ("اما", "وأما", "واما", "أما") for k in range(s0, before[-1].tok_start))):
                    # (not across a فـ that opens a new clause: "زار المالكي بيروت فطالب المحامي طارق شنب", where
                    # Beirut is what was visited; but "أما الحكومة فطالبت": the topic named after أما)
                    # (not "... أسفر عن سقوط عدد من القتلى المدنيين ودعا إلى": the dead do not call for anything)
                    # (nor the party that closes the clause before a statement verb joined by و, past a bracket or a
                    # quote: "... بمسجد الإمام الصادق) ووجهت الاتهام"، "عن «ظاهرة أوباما» ودعت الكينيين": the verb
                    # shares the subject of that clause)
                    actor = before[-1]
                elif (draft.type in SPEECH_TYPES and verbs and toks[t].stem[:1] == "ن"
                      # (a verb that starts with ن has its own: "نناشد الحكومة العراقية")
                      and (verbs[0].trig.key[:1] != "ن" or toks[t].stem[:2] == "نن")
                      and toks[t].kind == "word" and not toks[t].proclitics[:1] == ("ال",)):
                    # "قال الوزير ...: ندين هذا الاعتداء ... اننا ندعو السلطات": we (the quoted speaker) call on
                    # the authorities, who are whom the call is made to
                    actor = self._speaker(doc, cands, s0, t) or self._last_actor
                elif (draft.type in SPEECH_TYPES and verbs and t + 1 < s1 and self._event_noun(t + 1)
                      and t > s0 and _conjoined(toks[t])):
                    # "قال ... جون كيري إن ...،وأدان اغتيال النائب العام": the verb's object is an event, so
                    # who follows belongs to that event; the speaker of the sentence condemns
                    actor = self._speaker(doc, cands, s0, t)
                elif (after and after[0].tok_start - t <= 4 and verbs and toks[t].kind == "word"
                      and (toks[t].norm.endswith("وا") or (
                          verbs[0].trig.kind in ("verb", "form") and toks[t].norm.endswith("ون")
                          and toks[t].norm.lstrip("وف")[:1] in ("ي", "ت")))):
                    # "وطالبوا المتمردين بأن ينسحبوا"، "الخاطفين يطالبون بانسحاب حزب الله": a verb agreeing in
                    # the plural has its subject in it or before it (a verb before its subject stays singular),
                    # so the noun after it is its object; a statement in the past continues the last speaker's
                    # (a present one's subject is rarely the last speaker: "أما إخوته فيرفضون إخلاء العمارة")
                    last = self._last_actor
                    # (a plural verb does not go on with one person named: "كما أبدى معاذ خزاعي أسفه ... وأجمع
                    # المسافرون على ... وطالبوا هيئة الطيران")
                    one = last is not None and any(e.label == "PERS" and e.start <= last.start < e.end for e in doc.entities)
                    actor = last if draft.type in SPEECH_TYPES and toks[t].norm.endswith("وا") and not one else None
                elif (after and (after[0].tok_start - t - _courtesy_run(toks, t + 1, after[0].tok_start, toks[t], verbs) <= 4 or (
                        # "اتهم المتحدث باسم مجلس قيادة المقاومة الشعبية ميليشيات الحوثيين": a spokesman's or an
                        # official's body stands further from the verb
                        # ("أدان صاحب السمو الملكي الأمير عبدالله بن مساعد": nor do the words of courtesy before a
                        # name count)
                        draft.type in SPEECH_TYPES and verbs and t + 1 < s1 and after[0].tok_start - t <= 8
                        and _word_in(toks[t + 1], "spokesman")))
                      and not self._passive_victim(doc, t, after[0])
                      # (not after the event noun that is its subject: "غارات جوية استهدفت مواقع الحوثيين" hit the
                      # Houthis; but "غارات شنتها مقاتلات التحالف": a verb that takes the noun back as its object)
                      and not (head.trig.kind in ("noun", "nphrase") and head.j <= t and t - head.j <= 2
                               and not toks[t].enclitics)
                      # (not after a verbal noun with a pronoun: "عبر المتظاهرون عن رفضهم لسياسة الحكومة")
                      and not (toks[t].enclitics and t > s0 and toks[t - 1].norm in _cues("preposition_word"))
                      # (not past the object: "اعتقلت مصور قناة القدس عبدالكريم درويش")
                      and not any(c.kind in PEOPLE and t < c.tok_start and c.tok_end < after[0].tok_start
                                  and not self._members_of(doc, c, after[0]) for c in in_clause)
                      and not (self.number_at(toks[after[0].tok_start - 1]) is not None
                               and not _intransitive_form(verbs[0].trig.key if verbs else ""))
                      # (not the owner of the site struck, in its genitive: "استهدف مسجد قوات الطوارئ"، "هاجم
                      # مسلحون مقر الشرطة": whose mosque or headquarters was hit, not who hit it)
                      and not (draft.type in ("ASSAULT", "COERCE") and verbs and after[0].tok_start - 1 > t
                               and self._site_owner(toks, after[0].tok_start))
                      # (nor the militants whose members an arrest names: "وضبط عناصر شبكة إرهابية", arrested)
                      and not (draft.type == "COERCE" and verbs and verbs[0].trig.mode == "arrest"
                               and after[0].sector in NON_STATE_ARMED
                               and any(c.kind in PEOPLE and t < c.tok_start < after[0].tok_start for c in in_clause))):
                    # VSO; but a counted noun after a transitive verb is its object ("نشرت ست طائرات": six
                    # aircraft deployed), after an intransitive one its subject ("انتشر مئات الجنود")
                    actor = after[0]
        if actor is None and draft.type in ("ASSAULT", "COERCE"):
            # "إثر قصف الحوثي لتجمع سكني"، "وقتل ثلاثة مدنيين جراء قصف قوات النظام": the armed party in the genitive
            # of an attack word that is a verbal noun (after إثر، جراء: no verb follows them) is its doer
            # (so is the armed party after an attack noun, bare or with ل: "في غارة جوية لطيران التحالف الدولي")
            for f in draft.triggers:
                if f.trig.kind != "verb" or not as_noun(f):
                    continue
                gen = next((c for c in in_clause if c.tok_start == f.j and c.kind not in PEOPLE and free(c)), None)
                if gen is not None and (gen.sector in ARMED_SECTORS or any(x in (gen.code or "") for x in ARMED_SECTORS)):
                    actor = gen
                    break
        if actor is None and draft.type == "ASSAULT":
            # "قتل 12 شخصا ... عندما هاجم انتحاريان حمام سباحة"، "قتل 15 شخصا ... عندما فجر انتحاري نفسه": the toll
            # told first by a passive verb, the doer is the armed subject right after a later attack verb of the draft
            for f in sorted(verbs, key=lambda f: f.i):
                if f.i <= t or f.trig.kind != "verb":
                    continue
                subj = next((c for c in in_clause if c.tok_start == f.j and c.kind not in PEOPLE and free(c)), None)
                if subj is not None and (_armed(subj) or (subj.kind == "actor" and subj.country and subj.code
                                                          and not subj.code.startswith("~"))) \
                        and (target is None or target.start != subj.start):
                    # (an armed party, or one the tables name: "بعدما أضرم مستوطنون إسرائيليون النار")
                    actor = subj
                    break
        def agentive(k: int) -> bool:
            tk = toks[k]
            return tk.kind == "word" and (tk.norm in _cues("agentive") or tk.stem in _cues("agentive"))

        opener = [k for k in range(cs, min(ce, cs + 2)) if any(f.i == k for f in verbs) or agentive(k)]
        if (actor is None and draft.type in MATERIAL_TYPES and opener
                and not any(c.tok_start == opener[0] + 1 and c.kind in ("actor", "entity") for c in cands)):
            # "كما نفذت سبع ضربات جوية قرب الحسكة": a clause-initial verb with no subject continues
            # the doer of the last event of its type
            actor = self._local.last_doer.get(draft.type)
            if (actor is not None and (draft.mode in ("explosives", "suicide-attack") or self.mode_for(doc, draft) in (
                    "explosives", "suicide-attack")) and _word_in(toks[actor.tok_start], "aircraft")):
                # "شن طيران التحالف سلسلة غارات ... إذ استهدف انفجار بسيارة مفخخة ... مسجد": aircraft do not drive a
                # car bomb nor blow themselves up; the bombing is not the air force's
                actor = None
        if (actor is None and draft.type == "COERCE" and not verbs and draft.type in self._local.last_doer
                and 0 <= self._sent_index(s0) - self._local.last_doer_sent.get(draft.type, -9) <= 1):
            # "واصلت قوات الأمن عملياتها الأمنية. وأفاد مصدر أمني أن عمليات تمشيط ومداهمات تجري": raids told
            # with no doer right after a force's operations are that force's
            prev_doer = self._local.last_doer[draft.type]
            head_tok = toks[prev_doer.tok_start]
            if _armed(prev_doer) or {head_tok.stem, head_tok.norm} & _cues("state_body"):
                actor = prev_doer  # (a force or the authorities, not a minister who announced the arrests)
        casualty_only = all(not self._casualty_cues.isdisjoint(self._K[f.i]) for f in verbs)
        if draft.type == "ASSAULT" and (actor is None or (casualty_only and actor is not named_doer
                                                         and actor is not by_phrase)):
            # "ضربة جوية أميركية"، "غارة إسرائيلية": the nationality of the attack is its doer's, over a
            # party merely named near "قتلوا في ضربة جوية أميركية"
            nouns = [f for f in draft.triggers if f.trig.kind in ("noun", "nphrase")]
            taken = {k for c in cands if c.kind != "nationality" for k in range(c.tok_start, c.tok_end)}
            nat = next((c for f in nouns for c in cands if c.kind == "nationality" and c.country
                        and f.j <= c.tok_start <= f.j + 1 and not taken & set(range(f.j, c.tok_start))), None)
            if nat is not None:
                actor = replace(nat, kind="actor")
        if (actor is not None and actor.sector == "CVL" and draft.type in ("ASSAULT", "COERCE") and actor is not named_doer
                and (actor.kind in PEOPLE or not actor.code or actor.code.startswith("~") or not actor.country)):
            actor = None  # "قتل 46 مدنيا": civilians are whom force is used on, not who uses it
        if head.trig.kind == "participle":
            # "..., مطالبا الدول المانحة": the speaker is the subject of the sentence's main verb; what
            # follows the participle is its object
            subj = [c for c in cands if s0 <= c.tok_start and c.tok_end <= t and c.kind in ("actor", "entity") and free(c)]
            # (a body of people or a person right after the verb the sentence opens with is that subject, before
            # any party named later: "واتفق الوزراء على أن ... منع إيران ...، داعين إيران إلى")
            opening = self._opening_speaker(doc, s0, t)
            if opening is not None and subj and subj[0].tok_start == opening.tok_start:
                opening = subj[0]  # (a party the actor tables know: their span and country)
            actor = opening or (subj[0] if subj else None)
            if actor is None:
                actor = self._participle_speaker(doc, s0, t)
        if actor is None and head.trig.key.startswith("عن "):
            # "أعرب نائب الرئيس خالد بحاح، عن تقديره": the subject of the verb before the comma
            sent_before = [c for c in cands if s0 <= c.tok_start and c.tok_end <= t and t - c.tok_end <= 8
                           and c.kind in ("actor", "entity") and free(c)]
            if sent_before:
                actor = sent_before[-1]
        if actor is None and target is None and draft.type == "ASSAULT":
            # "اشتباكات عنيفة بين جبهة النصرة وجبهة أنصار الدين من جهة وتنظيم داعش من جهة أخرى": the two sides
            sides = self._between(doc, draft, in_clause, ce,
                                  [c for c in cands if s0 <= c.tok_start and c.tok_end <= s1], s1)
            if sides is not None:
                actor, target = sides
                draft.sides = True
        if actor is None and draft.type in MATERIAL_TYPES:
            # the doer named earlier in the sentence: "الشرطة العراقية قالت إنها اعتقلت..."
            casualty = self._casualty_cues
            sent_before = [c for c in cands if s0 <= c.tok_start and c.tok_end <= t and c.kind in ("actor", "entity")
                           and free(c) and c.sector != "CVL"
                           # "أصيب ثلاثة جنود إسرائيليين ... في عملية دهس": the hurt are not the doers
                           and not any(set(self._K[k]) & casualty for k in range(max(s0, c.tok_start - 2), c.tok_start))
                           and (t - c.tok_end <= 8 or (t - c.tok_end <= 14 and cs <= c.tok_start and _armed(c)))
                           # (not past "the incident of" and a relative clause of its own: "وصف ... الشيخ عبدالعزيز آل
                           # الشيخ حادثة التفجير الغاشم الذي استهدف": the incident a speaker speaks of)
                           and not any(_word_in(toks[k], "incident_of") for k in range(c.tok_end, t))]
            if sent_before and any(not self._claims.isdisjoint(self._K[x]) for x in range(sent_before[-1].tok_end, t)):
                # "إلا أن الحركة لم تعلن مسؤوليتها عن هجوم أول أوقع 15 قتيلا": a party that claims the attack, or
                # denies it, is its doer only through the claims pass, which reads the denial and flags the claim
                # (the store's merge ignores a claimed doer: a group claims several attacks a day)
                sent_before = []
            if sent_before and draft.type == "ASSAULT" and not _armed(sent_before[-1]):
                sent_before = []  # "قالت السلطات التركية إن انفجارا...": who reports an attack is not its doer
            if sent_before:
                actor = sent_before[-1]
                reporter = actor if self._reports(doc, cands, actor, t, s1) else None
        if draft.type == "ASSAULT" and not draft.sides and (actor is None or actor not in (named_doer, by_phrase)):
            # "في قصف في نهاية الأسبوع للطيران التركي"، "كمين للمقاومة"، "هجوم جديد لـ«الكردستاني»": the armed party
            # after لـ that follows an attack noun is its doer, not whom it hit
            lam = self._lam_doer(doc, draft, in_clause, cs, as_noun)
            if lam is not None:
                actor = lam
        # "X تعرض لهجوم"، "نجا X من محاولة اغتيال": X is whom it was done to, not the doer
        undergo = self._undergoer(doc, draft, in_clause, cands, s0)
        if undergo is None and draft.type == "ASSAULT":
            undergo = self._killed_subject(doc, t, cands, s0, s1, draft)
        if undergo is not None:
            if actor is undergo or (actor is not None and actor.start == undergo.start):
                actor = None
            target = undergo
        if draft.type == "ASSAULT" and not draft.sides and actor is None:
            # "إثر تعرضهم لإطلاق نار من «مجموعة إرهابية»"، "تعرضت أماكن ... لقصف مكثف من الطيران المروحي"، "بطلق
            # ناري من مجهولين": the armed party after من that follows an attack noun is where the fire came from
            src = self._from_doer(doc, draft, in_clause, cs, as_noun)
            if src is not None and src is not target:
                actor = src
        # target: after the trigger (ضد/علي X or the object), else a victim noun
        first = min(f.i for f in draft.triggers)  # "مقتل ستة مدنيين ... وجرح 37": from the first trigger on
        if target is None:
            # "هجوم انتحاري استهدف دورية للجيش الأميركي": what an attack was aimed at is its target,
            # before the people it killed
            for f in draft.triggers:
                if f.trig.key != "استهدف" or f.trig.kind != "verb":
                    continue
                # (or the owner of what was aimed at: "استهدف نقطة تفتيش مشتركة للجيش الاميركي")
                aim = next((c for c in in_clause if c is not actor and not self._doer_genitive(doc, actor, c) and (
                    (f.j <= c.tok_start <= f.j + 2 and self._prepositional(doc, c) in (None, "ل"))
                    or (f.j <= c.tok_start <= f.j + 4 and self._prepositional(doc, c) == "ل"))), None)
                if aim is not None:
                    target = aim
                    break
        if target is None and draft.type == "ASSAULT":
            # "نفذ ضربات جوية ..., مشيرا الى انها استهدفت عناصر طالبان": what the attack targeted, said in
            # a clause after it in the sentence
            for k in range(ce, min(s1, ce + 12)):
                norm = toks[k].norm if toks[k].kind == "word" else ""
                if (norm[1:] if norm[:1] in ("و", "ف") else norm) not in _cues("targeted"):
                    continue
                aim = next((c for c in cands if k < c.tok_start <= k + 2 and c.tok_end <= s1 and c is not actor
                            and c.kind != "nationality" and self._prepositional(doc, c) in (None, "ل")), None)
                if aim is not None and aim.kind in PEOPLE:  # "عناصر طالبان": the group they belong to
                    aim = next((c for c in cands if c.kind == "actor" and aim.tok_end <= c.tok_start <= aim.tok_end + 2
                                and c.tok_end <= s1), aim)
                if aim is not None:
                    target = aim
                break
        if target is None and draft.type == "ASSAULT":
            aim = self._against_after_comma(doc, cands, ce, s1, actor)
            if aim is not None:
                target = aim
        # (the actor may be a copy of its candidate: "مئات الصرب" retyped as a crowd)
        rest = [c for c in in_clause if (actor is None or c.start != actor.start) and c.tok_start > first] \
            if target is None else []
        if draft.type == "MOBILIZE":
            # "تمديد بلاده مشاركتها في غارات التحالف بقيادة واشنطن ضد تنظيم داعش": forces are deployed against the
            # party after ضد, not against a genitive named before it (other types: the ضد of a statement's content,
            # "اتفقا على التعاون في الحرب ضد داعش", or of a war an attack is part of, is not their target)
            rest = [c for c in rest if self._prepositional(doc, c) == "ضد"] + [c for c in rest if self._prepositional(doc, c) != "ضد"]
        if draft.type == "SUPPORT":
            # "وقوف دولة قطر مع المملكة"، "تضامن حكومة وشعب دولة الكويت مع المملكة العربية السعودية": whom a stance
            # stands with, named after مع, over the party whose stance it is in the genitive
            rest = [c for c in rest if self._prepositional(doc, c) == "مع"] + [c for c in rest if self._prepositional(doc, c) != "مع"]
        if draft.type == "PROTEST":
            # whom a protest faces is named (الشرطة، رئيس الوزراء) before people in the clause are taken
            rest = [c for c in rest if c.kind not in PEOPLE] + [c for c in rest if c.kind in PEOPLE]
        for c in rest:
            if actor is not None and self._members_of(doc, c, actor):
                continue  # "سيطر عناصر المقاومة": the members are the doer
            if actor is not None and actor.kind in ("actor", "entity") and self._apposed(doc, actor, c):
                # "الأمين العام للأمم المتحدة بان كي مون"، "عضو لجنة الأمن والدفاع النيابية النائب محمد الكربولي":
                # the name in apposition (after a title) is the speaker
                continue
            loyal = next((k for k in range(max(s0, c.tok_start - 4), c.tok_start) if toks[k].stem in _cues("allegiance")), None)
            if loyal is not None and any(o.tok_end == loyal and o.kind == "actor" for o in cands) and not (
                    c.tok_start == loyal + 2 and self._prepositional(doc, c) is None and _armed(c)
                    and "ل" in toks[loyal + 1].proclitics):
                # "القوات الموالية لدمشق، ... للرئيس السابق علي صالح": a force's patron, not whom it acts on (but a
                # bare armed party after a one-word patron is the object: "وطردت القوات الداعمة للشرعية مسلحي الحوثي";
                # not a name after a title, "الموالية للرئيس هادي")
                continue
            if toks[c.tok_start].stem in _cues("munition"):
                continue  # "470 برميلا وأكثر من 400 صاروخ": what was fired, not whom it hit
            if draft.type == "ACCUSE" and self._hit_by_condemned(doc, first, c):
                continue  # "استنكر التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ": whom the attack hit, not whom it blames
            if c.tok_start > s0 and _word_in(toks[c.tok_start - 1], "led_by"):
                continue  # "طائرات التحالف العربي الذي تقوده المملكة": who leads the doer, not whom it hit
            if any(toks[m].proclitics[:1] == ("ب",) and toks[m].stem in _cues("munition")
                   for m in range(max(s0, c.tok_start - 3), c.tok_start)):
                continue  # "بصواريخ جراد والمدفعية الثقيلة": the weapons it was done with
            if any(self._agent_of_participle(toks, p.tok_start) and p.tok_start <= c.tok_start <= p.tok_end + 2
                   for p in in_clause):
                continue  # "والمحاصر من قبل جبهة النصرة والفصائل الإسلامية": who besieges it, not whom it hit
            if c.tok_start > s0 and (toks[c.tok_start - 1].norm == "باسم" or toks[c.tok_start - 1].stem in _cues("direction")):
                continue  # "المتحدثة باسم وزارة الخارجية": the speaker's own body; "جنوب مدينة نابلس": a place
            if self._border_of(doc, c):
                continue  # "في بلدة سروج ... قرب الحدود مع سوريا"، "القريبة من الحدود السورية": where, not whom
            if (actor is not None and c.tok_start == actor.tok_end and toks[c.tok_start].proclitics[-1:] == ("ال",)
                    and toks[actor.tok_end - 1].kind == "word" and not toks[actor.tok_end - 1].proclitics
                    and not toks[actor.tok_end - 1].enclitics and actor.tok_end - actor.tok_start > 1
                    and not any(e.label == "PERS" and e.start < actor.end and actor.start < e.end for e in doc.entities)):
                continue  # "المتحدثة باسم وزارة | الخارجية الالمانية": the genitive that ends the doer's name
            if self._doer_genitive(doc, actor, c):
                continue  # "جنود جيش الاحتلال": the doer's own army in the genitive
            if verbs and actor is not None and actor.tok_end <= c.tok_start < self._title_chain_end(doc, cands, actor):
                # "استقبل ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية": the verb's subject's further titles (not
                # after a noun, whose genitive may be the other side: "لدى استقبال نائب الرئيس اليمني ... بحاح، له")
                continue
            prep = self._prepositional(doc, c)
            if prep == "مع" and draft.type in ("ASSAULT", "PROTEST", "SANCTION", "CONSULT", "AGREE", "COOPERATE", "SUPPORT") \
                    and c.kind in ("actor", "entity"):
                target = c  # "اشتبك متظاهرون مع الجيش": the other side of a clash; "قطعت العلاقات مع إيران"
                break
            if prep in (None, "ضد", "علي", "ب", "ل", "الي", "بحق", "من") and (c.kind != "entity" or prep in (None, "ضد", "علي", "بحق")):
                counted = c.tok_start >= 2 and self.number_at(toks[c.tok_start - 2]) is not None  # "اثنين من جنوده"
                if prep == "من" and c.kind not in PEOPLE and not counted:
                    continue
                target = c
                break
        if target is None and draft.type == "CONSULT" and verbs and actor is not None:
            # "التقى نائب الرئيس اليمني رئيس مجلس الوزراء خالد محفوظ بحاح، امس في مقر الحكومة اليمنية المؤقت بالرياض،
            # وزير الدولة الإماراتي للشؤون الخارجية": whom the meeting verb's subject met follows the aside of its day
            # and place, between commas, right after the second
            target = self._met_after_aside(doc, cands, actor, s1)
        if draft.type == "ASSAULT" and undergo is None:
            # "لاستعادة قاعدة العند الجوية ... من المتمردين الحوثيين"، "بعد تحريرها من أيدي المتمردين": a place taken
            # back is taken from the side that held it, whom the takeover was done to
            held = self._held_from(doc, draft, cands, s0, s1, actor)
            if held is not None:
                target = held
        if target is None:
            victims = [c for c in in_clause if c.kind in PEOPLE and (actor is None or (
                c.start != actor.start and not self._members_of(doc, c, actor)))
                and not (draft.type == "ACCUSE" and self._hit_by_condemned(doc, first, c))]
            if victims:
                target = victims[0]
        counted_agent = (target is not None and target.kind not in PEOPLE and (target.code or "").startswith("~")
                         and not target.country and target.tok_end < ce and toks[target.tok_end].norm == "من")
        if target is not None and (target.kind in PEOPLE or counted_agent):
            # "ثمانية عناصر من الفرقة 30", "مقتل 52 عنصرا من داعش": the group named after the victims
            # (so for a nameless armed agent counted from a group: "قتل 11 مسلحًا من تنظيم داعش")
            # (or after "من بينهم": "مقتل 52 عنصرا من بينهم اثنان من قياديي داعش")
            among = any(toks[k].norm in ("بينهم", "بينهما") for k in range(target.tok_end, min(ce, target.tok_end + 3)))
            group = next((c for c in in_clause if c.kind == "actor" and c is not actor
                          and target.tok_end <= c.tok_start <= target.tok_end + (7 if among else 3)
                          # (not past a relative clause: "القبض على السائق الذي أوصل الانتحاري" is the driver's)
                          and not any(_word_in(toks[k], "relative") for k in range(target.tok_end, c.tok_start))), None)
            if (group is None and actor is not None and draft.type == "ASSAULT" and target.tok_end < actor.tok_start
                    and actor.tok_start <= target.tok_end + 3 and toks[target.tok_end].norm == "من"
                    and all(toks[k].kind == "punct" or _word_in(toks[k], "group_word")
                            for k in range(target.tok_end + 1, actor.tok_start))
                    and any(set(self._K[k]) & self._casualty_cues for k in range(cs, ce))):
                # "أن 7 عناصر من تنظيم / داعش / قتلوا": the group the dead are counted from was hit; it is not the
                # doer (it stops being the actor below)
                group = actor
            if group is not None:
                target = group
        if target is None and draft.type == "COERCE" and verbs and toks[t].kind == "word":
            # "أن المقاومة أسرت الإيرانيين خلال الاشتباكات": a nationality in the accusative plural right after an
            # arrest or capture verb is a noun, the people taken (not the nominative subject, "اعتقل الأمريكيون")
            k = t + 1
            if k < s1 and toks[k].kind == "word" and toks[k].norm in ("كذلك", "ايضا"):
                k += 1
            taken = next((c for c in cands if c.kind == "nationality" and c.country and c.tok_start == k
                          and c.tok_end == k + 1 and c.tok_end <= s1 and toks[k].kind == "word"
                          and "ال" in toks[k].proclitics and toks[k].norm.endswith("يين")), None)
            if taken is not None and (actor is None or taken.start != actor.start):
                target = replace(taken, kind="victim")
        if target is None and draft.type == "ASSAULT":
            # "أن فلسطينياً قتل برصاص جنود": a nationality used as a noun right before a casualty verb was hit
            casualty = self._casualty_cues
            victim = next((c for c in cands if c.kind == "nationality" and c.country and c.tok_start > s0
                           and c.tok_end < s1 and set(self._K[c.tok_end]) & casualty
                           and toks[c.tok_start - 1].norm in ("ان", "أن", "إن")), None)
            if victim is not None and (actor is None or victim.start != actor.start):
                target = replace(victim, kind="victim", sector="CVL")
        if draft.type == "PROTEST":
            # what a protest is against is often a clause away: "احتجاجا على زيارة بوش"، "ضد السياسات
            # الأميركية": the first named actor with a country, or a nationality, after the trigger; it
            # wins over a party named later (رفضهم للسياسات الاميركية ... حل القضية الفلسطينية)
            aim = self._protest_aim(doc, cands, first, s1, actor)
            if aim is not None and (target is None or not (target.country or target.sector)
                                    or aim.tok_start < target.tok_start
                                    or toks[aim.tok_start - 1].stem in _cues("hostile")):
                target = aim
            if target is None:
                target = self._protested_pronoun(doc, cands, first, s0, actor)
        if (target is not None and target.kind in PEOPLE and not target.country
                and toks[target.tok_start].proclitics[-1:] == ("ال",)):
            # "محاولة شاب فلسطيني خطف مسدس ... أسفرت عن مقتل الشاب": the young man told of before, with his
            # nationality
            stem = toks[target.tok_start].stem
            before = next((k for k in range(target.tok_start - 1, s0 - 1, -1)
                           if toks[k].stem == stem and not toks[k].proclitics), None)
            nat = next((c for c in cands if before is not None and c.kind == "nationality" and c.country
                        and c.tok_start == before + 1), None)
            if nat is not None:
                target = replace(target, country=nat.country)
        if (reporter is not None and actor is reporter and target is not None
                and (target.country == actor.country or not actor.country) and target.sector == actor.sector):
            # (so when the reporter has no country of its own: "صرح ضابط عسكري في الأنبار عن مقتل وجرح 45 من الجيش")
            actor = None  # "اعلن الجيش الاميركي مقتل اثنين من جنوده": it reports its own losses
        hedged = bool(self._stems(cs, ce) & self._hedge)
        if draft.type == "COERCE" and hedged:
            # "ألقت السلطات في الكويت القبض على عدة أشخاص يشتبه بوجود صلة لهم بالتفجير": a suspicion told after the
            # arrest is of those arrested; the arrest and who made it are stated
            hedged = bool(self._stems(cs, max(f.j for f in draft.triggers)) & self._hedge)
        if actor is None and draft.type == "ASSAULT":
            # "هجمات يعتقد أنها من فعل مقاتلين موالين لطالبان"، "تقف وراءه جماعة X": who is behind it
            last = max(f.i for f in draft.triggers)
            behind = self._behind(doc, cands, first, min(s1, last + 14)) or self._suspected(doc, cands, first, s1)
            if behind is not None:
                actor = behind
                hedged = hedged or bool(self._stems(first, actor.tok_start) & self._hedge)
                if target is not None and target.start == actor.start:
                    target = None
        if actor is None and draft.type == "ASSAULT":
            # "هجوم إرهابي": unnamed doers the text calls terrorists, an unidentified armed group, hedged
            for f in draft.triggers:
                if f.trig.kind in ("noun", "nphrase") and f.j < s1 and toks[f.j].kind == "word" \
                        and set(self._K[f.j]) & _cues("terror_adjective"):
                    st = next((x.end for x in toks[f.j].segments if x.form == "ال"), toks[f.j].start)
                    actor = Cand(st, toks[f.j].end, doc.raw[st:toks[f.j].end], f.j, f.j + 1, sector="UAF",
                                 code="~UAF", kind="actor", producer=PRODUCER)
                    hedged = True
                    break
        if actor is not None and "مجهول" in actor.text.replace("ة", "ه"):
            hedged = True
        if draft.type in SPEECH_TYPES:
            actor, target = self._informed(doc, cands, s0, t, actor, target)
        if draft.type in SPEECH_TYPES and actor is not None:
            body = self._official_body(doc, cands, actor, s1)
            if target is None or target.start != body.start:
                actor = body
        if actor is not None:
            actor = self._owner_of_patron(doc, cands, actor, target)
        # a nationality adjective after the actor in the clause gives its country (طائرات حربية »يرجح انها روسية»);
        # not to a named group with no state of its own (يحتجز تنظيم داعش فتاة سويدية)
        if actor is not None and not actor.country and not (actor.code and not actor.code.startswith("~")):
            def said_to_be(c: Cand) -> bool:
                # right after the actor, or after a hedge or "انها/انه" (يرجح انها روسية); not the
                # nationality of someone else (الوزيرة بوسيتش على اتصال بنظيرها المصري)
                between = range(actor.tok_end, c.tok_start)
                if (actor.tok_end - actor.tok_start == 1 and actor.sector == "GOV" and c.tok_start - actor.tok_end <= 4
                        and all(toks[k].kind == "word" and not _conjoined(toks[k]) for k in between)):
                    return True  # "وزير شؤون الشرق الأوسط البريطاني": the title's own adjective, after its genitives
                return c.tok_start - actor.tok_end <= 1 or any(
                    set(self._K[k]) & self._hedge or toks[k].norm in ("انها", "انه", "انهم") for k in between)

            hedged_between = lambda c: any(set(self._K[k]) & self._hedge for k in range(actor.tok_end, c.tok_start))  # noqa: E731
            # "طائرة بدون طيار، يعتقد أنها أميركية": a hedged nationality may sit in a clause of its own
            nat = next((c for c in cands if c.kind == "nationality" and actor.tok_end <= c.tok_start <= actor.tok_end + 5
                        and (c.tok_end <= ce or (c.tok_end <= s1 and hedged_between(c))) and c.country and said_to_be(c)
                        and not any(o.kind != "nationality" and actor.tok_end <= o.tok_start < c.tok_start for o in cands)), None)
            if nat is not None:
                actor = replace(actor, country=nat.country, name=actor.name or nat.name)
                hedged = hedged or hedged_between(nat)
        if actor is not None and not actor.country and not (actor.code and not actor.code.startswith("~")):
            # "مقاتلين يسيطر عليهم المتشددون الموالون لطالبان": the side they are loyal to; "المتظاهرين القادمين
            # من ولايات أميركية": where they come from
            for c in cands:
                if not (actor.tok_end <= c.tok_start <= actor.tok_end + 7 and c.country and c.tok_end <= s1):
                    continue
                k = c.tok_start - 1
                loyal = toks[k].stem in _cues("allegiance")
                origin = any(toks[m].stem in ("قادمين", "قادمون", "قادمه", "قادم") and m + 1 < c.tok_start
                             and toks[m + 1].norm == "من" for m in range(actor.tok_end, c.tok_start))
                if (loyal and "ل" in toks[c.tok_start].proclitics) or (origin and c.tok_start - actor.tok_end <= 4):
                    actor = replace(actor, country=c.country)
                    break
        if actor is not None and target is not None and actor.start == target.start:
            actor = None  # "قال مسؤول إن خمسة جنود قتلوا": the soldiers were killed, they did not kill
        elif actor is not None and target is not None and actor.kind in ("actor", "entity") \
                and fold_key(actor.text) == fold_key(target.text):
            target = None  # "صد هجوم لبوكو حرام حول قرية بيتا ... معاقل بوكو حرام": one side named twice
        if actor is not None and _word_in(toks[actor.tok_start], "munition"):
            actor = None  # "فانفجر صاروخ"، "إنها أطلقت الصاروخ": the weapon is not who used it
        if actor is None and draft.type == "ASSAULT":
            # "إن عسكريا تركيا قتل ... في صدام مسلح مع متطرفي داعش"، "4 جنود قتلوا ... في قتال مع متمردين": the
            # other side of the fight the dead fell in is who killed them
            other = self._fought_with(doc, draft, in_clause, cs, ce)
            if other is not None and (target is None or other.start != target.start):
                actor = other
        if draft.type == "CONSULT" and actor is not None and any(_word_in(toks[k], "received_call") for k in range(cs, head.i)):
            # "تلقى الملك سلمان اتصالا هاتفيا من الملك حمد بن عيسى": the caller after من made the call, to the one
            # who received it (past a title of address: "من جلالة الملك محمد السادس")
            frm = next((k for k in range(head.j, min(ce, head.j + 4)) if toks[k].norm == "من"), None)
            caller = next((c for c in cands if frm is not None and frm < c.tok_start <= frm + 4 and c.tok_end <= ce
                           and c.kind in ("actor", "entity") and c.start != actor.start), None)
            if caller is not None:
                actor, target = caller, actor
        if draft.type in MATERIAL_TYPES:
            # "شهدت تركيا أمس هجوما انتحاريا": the place that saw a deed is where it happened, neither its doer
            # nor whom it was done to
            actor = None if actor is not None and self._venue_subject(doc, actor) else actor
            target = None if target is not None and self._venue_subject(doc, target) else target
        if draft.type == "COERCE" and verbs and verbs[0].trig.kind == "verb" and verbs[0].trig.mode == "arrest":
            # "أمهما ستيفاني ستون (34 عامًا) اعتقلت واتهمت"، "عشرات المحتجين اعتقلوا أمس": a person or people named right
            # before an arrest verb that takes no object after it were arrested (the passive), not the arresters
            v = verbs[0].i
            before = next((c for c in reversed(cands) if s0 <= c.tok_start and c.tok_end <= v and v - c.tok_end <= 4
                           and (c.kind in PEOPLE or c.sector == "CVL"
                                or any(e.label == "PERS" and e.start <= c.start < e.end for e in doc.entities))
                           and self._aside_only(toks, c.tok_end, v)), None)
            obj = any(c.tok_start > v and c.tok_start <= v + 4 and c.tok_end <= ce and self._prepositional(doc, c) in (None, "علي", "من")
                      for c in cands if c.kind != "nationality")
            # (not a verb joined by و, which shares the subject of the one before: "قتلوا الإعلامي هادي عبدالمهدي
            # واعتقلوا العشرات")
            if before is not None and not obj and not _conjoined(toks[v]) and (actor is None or actor.start == before.start) \
                    and (target is None or target.tok_start > v):
                actor, target = None, before
        return actor, target, hedged

    def _event_noun(self, k: int) -> bool:
        """Is the word at ``k`` a noun that names a material event (اغتيال، الهجوم، قصف)?"""
        return any(t.kind in ("noun", "nphrase") and t.type in MATERIAL_TYPES and t.type != "PROTEST"
                   for key in self._K[k] for t in self.lex.words.get(key, ()))  # (المتظاهرون is a subject)

    # -- mode -------------------------------------------------------------
    def mode_for(self, doc: Document, draft: Draft, own: bool = True) -> str | None:
        """The draft's mode: its own, else its trigger's (unless ``own`` is False: a raid retyped an attack), else,
        for an attack, the strongest mode word of its clause."""
        if draft.mode:
            return draft.mode
        mode = next((f.trig.mode for f in draft.triggers if f.trig.mode), None) if own else None
        if draft.type != "ASSAULT":
            return mode
        best, best_p = mode, 2 if mode else 0
        if mode in ("suicide-attack", "abduct", "targeted"):
            return mode
        cs, ce = draft.clause
        last = max(f.j for f in draft.triggers)
        toks = doc.tokens
        named = [(p.start, p.end) for p in (getattr(doc, "places", None) or ()) if toks[cs].start <= p.start < toks[ce - 1].end]
        for k in range(cs, ce):
            if k >= last and set(self._K[k]) & _cues("pretext"):
                break  # "بدعوى زرعهم عبوة ناسفة": the charge, not the weapon
            if any(a <= toks[k].start < b for a, b in named):
                continue  # "قاعدة العند الجوية": a word of a place's name says nothing of how
            for key in self._K[k]:
                if key in self.lex.modes:
                    m, p = self.lex.modes[key]
                    if p > best_p:
                        best, best_p = m, p
        return best

    def __call__(self, doc: Document) -> list[Event]:
        # lookup keys of every token, computed once (as _keys, inline)
        # one pass over the keys: the words with one that a list below looks for, each list then drawn from these
        # (the keys and that test kept per folded form, with its stem: a form has one stem but where the tokenizer
        # reads its spelling in the raw text)
        K, hits = [], []
        entries, doc_words = self._word_entries, self._doc_words
        for k, t in enumerate(doc.tokens):
            if t.kind != "word":
                K.append(())
                continue
            e = entries.get(t.norm)
            if e is None or e[0] != t.stem:
                keys = _word_keys(t.stem, t.norm)
                if len(entries) >= 200_000:
                    entries.clear()
                e = entries[t.norm] = (t.stem, keys, not doc_words.isdisjoint(keys))
            K.append(e[1])
            if e[2]:
                hits.append(k)
        self._local.K = K
        self._local.country_places_doc = None  # (see _country_places)
        self._local.place_tests_doc = None  # (see _place_tests)
        self._local.office_reach_doc = None  # (see _office_reach)
        speech = self._speech  # where the statement verbs are (قال، أعلن ...), for _speaker and _judgement
        self._local.speech_at = [k for k in hits if not speech.isdisjoint(K[k])]
        if _opinion_column(doc.raw, len(self._local.speech_at), len(doc.sentences)):
            return []
        lex_keys = self._lex_keys  # where a trigger may start: a key that is a word trigger or opens a phrase
        self._local.trig_at = [k for k in hits if not lex_keys.isdisjoint(K[k])]
        people = self._people_words  # the words candidates makes a participant of
        self._local.people_at = [k for k in hits if not people.isdisjoint(K[k])]
        self._local.tok_starts = [t.start for t in doc.tokens]
        self._local.sent_starts = [s.token_start for s in doc.sentences]
        self._local.last_actor = None
        counts = {}
        # places named as a body's seat (ومقره بريطانيا): not the article's country, nor where anything happens
        seats = {id(p) for p in getattr(doc, "places", []) or []
                 if _seat_named(doc.tokens, _tok_range(self._local.tok_starts, p.start, p.end)[0])}
        for p in getattr(doc, "places", []) or []:
            if getattr(p, "country", None) and not self._topic_of(doc, p) and id(p) not in seats:
                counts[p.country] = counts.get(p.country, 0) + 1
        self._local.doc_country = max(counts, key=counts.get) if counts else None
        words = (len(K) - K.count(())) or 1  # (a word has keys, any other token none)
        sports = self._sports
        n_sports = self._sports_hits(doc, [k for k in hits if not sports.isdisjoint(K[k])])
        self._local.sports = n_sports >= 3 and n_sports / words > SPORTS_SHARE
        cands = self.candidates(doc)
        places = sorted(getattr(doc, "places", []) or [], key=lambda p: p.start)
        # per place, once: named as a source (بحسب انقرة), and the event noun it follows (بعد تفجير سروج)
        self._local.cited = {id(p) for p in places if self._source_of(doc, p)}
        self._local.other_event = {id(p): m for p in places if (m := self._other_event_noun(doc, p)) is not None}
        # per place, once: where someone goes, comes from or lives (نقله إلى الرياض، انطلق من دجلة)
        self._local.aside = {id(p) for p in places if self._aside(doc, p) or self._told_from(doc, p)} | seats
        # where something is brought or sent (وصول أول سفينة مساعدات غذائية إلى ميناء عدن): aid's own place
        self._local.goal = {id(p) for p in places if self._aside(doc, p) == "place_goal" and not self._told_from(doc, p)}
        # where someone flees or something is carried from (هرب من قاعدة العند): a retreat's own place
        self._local.left = {id(p) for p in places if self._aside(doc, p) == "place_left" and not self._told_from(doc, p)}
        for a, b in zip(places, places[1:]):  # and the division or the reference point named with it
            if id(a) in self._local.aside and self._chained(doc, a, b):  # (زيارته لأربيل عاصمة كردستان العراق)
                self._local.aside.add(id(b))
        self._local.dateline = self._dateline(doc, places)
        self._local.lead = self._lead_town(doc, places)
        self._local.venue = self._article_venue(doc, places)
        self._local.placed_types = set()  # the kinds of deed told so far with a place
        self._local.sentenced = _sentence_carried_out(doc.tokens, [k for k in hits if "حكم" in K[k]])
        toks = doc.tokens  # where _background's tests may hold (see there)
        self._local.background_at = sorted(
            {k for k in hits if toks[k].stem in self._background_words or _word_in(toks[k], "back_then")}
            | {k + 1 for k in hits if toks[k].stem == "منذ" or toks[k].norm in BACKGROUND_BEFORE})
        self._local.last_place = None
        self._local.attack_told = False  # has a sentence told a use of force so far (not only the dead)
        self._local.tally_end = None  # where the last sentence that told a war's tally ends (its token_end)
        self._local.last_doer = {}
        self._local.last_doer_sent = {}  # the sentence (index) of each
        self._local.verbal = set()  # folded targets of the verbal attacks told so far
        self._local.sent_doer = None  # (sentence start, the last named doer in it)
        self._local.sent_speaker = None  # (sentence start, the last named speaker of a statement in it)
        pub_year = int(doc.published[:4]) if doc.published else None
        events: list[Event] = []
        for sent in doc.sentences:
            s0, s1 = sent.token_start, sent.token_end
            drafts: dict[tuple[int, str], Draft] = {}
            if _tag_line(doc.tokens, s0, s1):
                continue  # "سمات ابنة ام سلاح طلقة رصاص قتل": a page's closing list of tags, no sentence
            found = self.find_triggers(doc, s0, s1)
            if found:
                # words vowelled all around the trigger are verse, scripture or poetry quoted, not a report
                # ("قال تعالى: (يَا أَيُّهَا الَّذِينَ آمَنُواْ كُتِبَ عَلَيْكُمُ الْقِصَاصُ فِي الْقَتْلَى)")
                toks = doc.tokens
                found = [f for f in found if not _vocalized(doc.raw, toks[max(s0, f.i - 3)].start,
                                                             toks[min(s1, f.j + 3) - 1].end)]
            if found:
                # "ساحة المعركة التي قاد فيها رسول الله صلى الله عليه وسلم ...": the Prophet's time (in the
                # trigger's clause only: "احتفالات بمولد الرسول صلى الله عليه وسلم، وأسفرت مصادمات" is news)
                blessed = _blessings(doc.tokens, s0, s1)
                found = [f for f in found if not any(_same_clause(doc.tokens, f.i, k) for k in blessed)]
            # a word of force other than a casualty word (قصف، هجوم، اشتباكات): an attack is told, not only the dead
            if not self._local.attack_told:
                self._local.attack_told = any(f.trig.type == "ASSAULT" and (self._casualty_cues.isdisjoint(self._K[f.i])
                                                                            or self._killing_done(doc, f.i, s0)) for f in found)
            # sports words of the sentence, counted once when a trigger of an ambiguous type needs them
            sporty = any(f.trig.type in SPORTS_AMBIGUOUS for f in found) and self._sports_between(doc, s0, s1) >= 2
            if found and self._question(doc, s0, s1):
                # "أليس في هذا ما ... يقتله؟"، "هل تقصف الطائرات ...؟": a question reports nothing
                # ("فما الذي يمنع من دعوة تونس ...؟": nor is a speech act named by a noun inside one)
                found = [f for f in found if f.trig.type in SPEECH_TYPES and f.trig.kind not in ("noun", "nphrase")]
            asks = [f for f in found if f.trig.type in ("REQUEST", "THREATEN")]
            headed: set[int] = set()  # tokens of triggers that are the genitive of a heading
            told_before = False  # an attack of the sentence was history or a tally: its tolls are not the others'
            animal_told = None  # does the sentence name an animal (looked up once, for its first attack word)
            alleged = None  # where an attack one is accused of is named (_accused_of)
            self._local.tally = []  # where those attacks are named
            habit = None  # where an attack told as a habit (_habitual) or conceded (_conceded) is named
            for f in found:
                if self._background(doc, s0, s1, f.i, pub_year, f.trig.type):
                    if f.trig.type == "ASSAULT":
                        told_before = True
                        self._local.tally.append(f.i)
                        if habit is None and self._habitual(doc, s0, s1, f.i):
                            habit = f.i
                    continue
                if (told_before and f.trig.type == "ASSAULT" and f.trig.kind in ("noun", "nphrase")
                        and not self._casualty_cues.isdisjoint(self._K[f.i])
                        and any(self._result_clause(doc.tokens, k, s1) and _same_clause(doc.tokens, k, f.i)
                                for k in range(max(s0, f.i - 8), f.i))
                        # (not when an attack of this week is told after the history: "... قوات الأمن التركية التي
                        # قتل نحو عشرين من أفرادها منذ اندلاع دوامة العنف، وأضافت أن هجوما وقع مساء السبت ...، أدى إلى
                        # مقتل شرطي وجرح آخر", the toll is that attack's)
                        and not any(g.trig.type == "ASSAULT" and max(self._local.tally, default=f.i) < g.i < f.i
                                    for g in found)):
                    # "وفي 2012 وقع هجوم مماثل ... مما اسفر عن مقتل 12 شخصا": the toll an attack told as history
                    # resulted in is that attack's, history too (and so are the wounded joined to it: "مما أدى الى
                    # مقتل 12 شخصا وجرح 70")
                    self._local.tally.append(f.i)
                    continue
                masdar = f.trig.kind in ("noun", "nphrase") or (
                    f.trig.kind == "phrase" and doc.tokens[f.i].proclitics[:1] in (("ب",), ("ل",))) or (
                    # "داعين الكونغرس إلى رفض الاتفاق": a verb's past form after a preposition is its verbal noun
                    f.trig.kind == "verb" and f.i > s0 and not doc.tokens[f.i].proclitics
                    and doc.tokens[f.i].stem in _cues("masdar_homograph")
                    and doc.tokens[f.i - 1].norm in _cues("preposition_word"))
                if masdar and any(
                        (0 <= f.i - a.j <= ASKED_SPAN or (a.i < f.i and f.trig.type in ASKED_TYPES))
                        and (f.trig.type in ASKED_TYPES or a.trig.type == "THREATEN"
                             # (a statement asked for: "داعين الكونغرس إلى رفض الاتفاق")
                             or (f.trig.type in SPEECH_TYPES and f.i > s0 and doc.tokens[f.i - 1].norm == "الي"))
                        for a in asks):
                    continue  # what is asked for or threatened (طالب بإطلاق سراحه، هدد بإعدامه) has not happened
                if masdar and f.trig.type in MATERIAL_TYPES and (f.trig.type != "ASSAULT" or f.trig.key in _cues("control_noun")) and (
                        (doc.tokens[f.i].proclitics[:1] == ("ل",) and f.trig.key in _cues("control_noun"))
                        or any(_word_in(doc.tokens[k], "attempt") for k in range(max(s0, f.i - 3), f.i))):
                    # "في محاولة لاستعادة السيطرة"، "عاجزة عن استعادة"، "عمليات لاستعادة": tried or aimed at (an
                    # attempted attack is an attack: "محاولة اغتيال")
                    continue
                if (f.trig.type in ("ASSAULT", "COERCE") and f.trig.kind in ("noun", "nphrase")
                        and not doc.tokens[f.i].proclitics and self._by_means(doc.tokens, f.i, s0)
                        and not self._state_named_before(doc, s0, f.i - 1)):
                    # "محاولة تكريس الطائفية من خلال تفجير مساجد في القطيف والدمام"، "يخططون لارتكاب اعتداءات ... من
                    # خلال استهداف مسؤولين أمنيين": the means of an aim, argued or planned, not a deed reported
                    continue
                if masdar and f.trig.type in ("ASSAULT", "COERCE") and self._unrealised(doc, f.i, s0):
                    # "معربا عن ثقته في كفاءة وقدرة الأجهزة الأمنية ... على كشف ملابسات هذه الجريمة، والقبض على الجناة"،
                    # "وعرضت الحكومة الأمريكية سبعة ملايين دولار لمن يساعد في القبض عليه": an arrest one is able to
                    # make or would be rewarded for, not made
                    continue
                if (masdar and f.trig.type in MATERIAL_TYPES and any(
                        r.trig.type == "REJECT" and r.trig.kind in ("verb", "form") and 0 <= f.i - r.j <= 3
                        and all(doc.tokens[k].kind == "word" for k in range(r.j, f.i)) for r in found)):
                    continue  # "رفضت المحكمة إطلاق سراح 3 متهمين": what was refused was not done
                if (masdar and f.trig.type in MATERIAL_TYPES and doc.tokens[f.i].proclitics[:1] == ("ل",)
                        and any(a.trig.type == "REQUEST" and a.trig.kind in ("verb", "form") and 0 <= f.i - a.j <= 4
                                for a in asks)):
                    continue  # "دعت منظمات الهيكل المزعوم لاقتحام جماعي": a raid called for, not done
                if (masdar and f.trig.type in ("ASSAULT", "COERCE") and f.i > s0
                        and any(a.trig.type == "REQUEST" and a.trig.kind in ("verb", "form") and 0 <= f.i - a.j <= ASKED_SPAN
                                and not any(g.i < f.i and g.i >= a.j and g is not f for g in found)
                                and self._call_content(doc, a.j, f.i) for a in asks)):
                    # "دعت المنظمة الحكومة إلى اعتقال المسؤولين"، "طالب باعتقال القتلة"، "طالب المحامي إلقاء القبض
                    # على المالكي": the act asked for is the call's content (but in "طالب بوقف القصف" the attack
                    # named is the one to stop: it happened; a protest called for is coded as a protest)
                    continue
                if masdar and doc.tokens[f.i].proclitics[:1] == ("ل",) and any(
                        doc.tokens[k].kind == "word" and not _cues("call_noun").isdisjoint(self._K[k])
                        for k in range(max(s0, f.i - 3), f.i)):
                    continue  # "الدعوات الإسرائيلية لاقتحام المسجد": called for, not done
                if f.trig.kind in ("noun", "nphrase") and self._conceded(doc.tokens, f.i, s0):
                    # "لولاية ثالثة متتالية رغم احتجاجات المعارضة وإدانة دولية"، "على الرغم من تعرض مدينة سوسة لهجوم
                    # إرهابي نهاية شهر يونيو": what a clause concedes (despite ...) is a known circumstance, not news
                    if f.trig.type == "ASSAULT" and habit is None:
                        habit = f.i  # (and so is the toll it left: "... لهجوم إرهابي ...، ما خلف 39 قتيلا")
                    continue
                if f.trig.type == "ASSAULT" and any(self._figurative.intersection(self._K[k])
                                                    for k in range(f.j, min(s1, f.j + 2))):
                    continue  # "الهجمات الإلكترونية": not a use of force
                if (f.trig.type == "ASSAULT" and f.trig.kind in ("verb", "form") and f.j < s1
                        and _word_in(doc.tokens[f.j], "criticized")):
                    continue  # "وهاجم الإجراءات التي أعلنها كاميرون": attacked a policy in words
                if f.trig.type == "ASSAULT" and animal_told is None:
                    animal = _cues("animal")  # (the keys of a word hold its stem and its form: most words fail at once)
                    animal_told = any(not animal.isdisjoint(self._K[k]) and _word_in(doc.tokens[k], "animal")
                                      for k in range(s0, s1))
                if f.trig.type == "ASSAULT" and animal_told:
                    continue  # "ثور أمريكي نطح امرأة ... في خامس هجوم من نوعه": an animal's attack
                if (f.trig.type in MATERIAL_TYPES and f.trig.kind in ("verb", "form")
                        and any(_word_in(doc.tokens[k], "deity") for k in range(f.j, min(s1, f.j + 2)))):
                    continue  # "والتي دحر الله فيها الباطل": what God did is faith, not an event
                if (f.trig.type in MATERIAL_TYPES and f.trig.kind in ("verb", "form")
                        and doc.tokens[f.i].stem[:1] == "ن" and f.trig.key[:1] != "ن" and f.j - f.i == 1
                        and not doc.tokens[f.i].proclitics[-1:] == ("ال",)):
                    continue  # "نحرق أشجارنا التي صمدت لقرون"، "نقتل بطة بريئة": what we do (a present in the first
                    # person), no event (a meeting "we" hold, نبحث مع الحكومة, is told by a party to it)
                if (f.trig.type == "ASSAULT" and pub_year is not None and self._since_year(doc, f.j, s1, pub_year)):
                    continue  # "وقتلت جماعة بوكو حرام حوالي عشرة آلاف شخص منذ عام 2009": a tally of years
                if f.trig.type in MATERIAL_TYPES and pub_year is not None and (
                        self._since_long_ago(doc, f.i, f.j, s0, s1) or self._since_start_of(doc, f.i, s0)):
                    continue  # "يشن التحالف منذ 26 مارس ..."، "منذ بدء هجومهم الواسع": a campaign going on for months
                if f.trig.type in ("ASSAULT", "COERCE") and f.trig.mode != "arrest" and any(
                        not _cues("cyber_agent").isdisjoint(self._K[k]) for k in range(max(s0, f.i - 3), min(s1, f.j + 3))):
                    continue  # "بعد أن اقتحم متسللون هذه المواقع": hackers break into websites, no force is used
                if f.trig.type == "PROTEST" and f.trig.kind in ("noun", "nphrase") and any(
                        not _cues("festive").isdisjoint(self._K[k]) for k in range(f.j, min(s1, f.j + 2))):
                    continue  # "تظاهرة اجتماعية واحتفالية"، "تظاهرة ثقافية": a festival, not a protest
                if (f.trig.type == "PROTEST" and f.trig.kind == "noun" and doc.tokens[f.i].stem == "تظاهره"
                        and self._festival_article(doc)):
                    continue  # "جمعية مهرجان أوسو ... إن هذه التظاهرة غابت لسنوات": in an article on a festival,
                    # a تظاهرة (singular) is the festival itself (its Maghrebi sense), not a demonstration
                if f.trig.type in MATERIAL_TYPES and (any(
                        not _cue_union("abstract_object", "institution").isdisjoint(self._K[k])
                        # (not a time after a preposition: "اعتقل بعد وقت قصير على وصوله")
                        and not (k > f.j and doc.tokens[k - 1].norm in ("بعد", "قبل", "منذ", "خلال", "طوال", "في"))
                        for k in range(f.j, min(s1, f.j + (5 if f.trig.kind in ("verb", "form") else 1)))) or (
                        f.trig.kind == "phrase"
                        and any(_word_in(doc.tokens[k], "institution") for k in range(f.j, min(s1, f.j + 3))))):
                    # "استعاد سكان مدينة عدن عافيتهم": regained their health; "قتل وقت الفراغ"; "يحاصره الإيرانيون
                    # بمطالبات"; "أحكم سيطرته على مؤسسات الدولة", "اختطاف مؤسسات الدولة": power, not force
                    continue
                if f.trig.type == "ASSAULT" and f.trig.kind in ("noun", "nphrase") and any(
                        (n := self.read_number(doc.tokens, k, f.i)) is not None and n[2] == f.i and n[0] >= CUMULATIVE_TOLL
                        for k in range(max(s0, f.i - 3), f.i)):
                    continue  # "تنفيذ ما لا يقل عن 15 ألف ضربة": a tally of a campaign's strikes
                if f.trig.type == "ASSAULT" and f.trig.kind in ("verb", "form") and f.j < s1 \
                        and (n := self.read_number(doc.tokens, f.j, s1)) is not None and n[0] >= CUMULATIVE_TOLL:
                    continue  # "دمرت 7655 هدفا للمتشددين": the same tally
                if f.trig.key.startswith(("انفجر", "انفجار")) and f.j < s1 and set(self._K[f.j]) & _cues("blast_object"):
                    # "انفجار أسطوانة غاز"، "انفجار الإطار الأمامي للسيارة": an accident (not "تفجير أنبوب النفط",
                    # blowing it up)
                    continue
                if f.trig.type == "PROTEST" and f.trig.kind in ("noun", "nphrase") and f.j < s1 \
                        and set(self._K[f.j]) & _cues("gathering_kind"):
                    continue  # "تظاهرة ثقافية": a cultural event
                if f.trig.type == "MOBILIZE" and f.trig.kind in ("noun", "nphrase") and f.i > s0 and (
                        ((doc.tokens[f.i - 1].norm in ("علي", "ضد") or doc.tokens[f.i].proclitics[-1:] == ("ل",))
                         and any(a.trig.type == "ASSAULT" and 0 <= f.i - a.j <= 4 for a in found))
                        or any(a.trig.type == "ASSAULT" and a.trig.kind in ("verb", "form") and 0 <= f.i - a.j <= 4
                               for a in found)):
                    # "غارات جوية على تعزيزات عسكرية"، "استهدف طيران التحالف تعزيزات عسكرية": the reinforcements
                    # are what was struck (also after لـ: "نفذت المقاومة كمائن محكمة لتعزيزات للميليشيات")
                    continue
                if f.trig.type in MATERIAL_TYPES and f.trig.kind in ("verb", "form") and self._abstract_subject(doc, f, s0, s1):
                    continue  # "بعد أن باتت الهزائم تحاصرها"، "وانسحب هذا المشهد على": a figure of speech
                if (f.trig.type == "REQUEST" and f.i > s0
                        and (set(self._K[f.i - 1]) & _cues("econ_demand")
                             or (doc.tokens[f.i - 1].norm == "و" and f.i - 1 > s0 and set(self._K[f.i - 2]) & _cues("econ_demand")))):
                    continue  # "وزاد معدل طلب السعودية من مواد التعبئة": demand for goods
                if f.trig.type == "ASSAULT" and self._under_control(doc, f, s0):
                    continue  # "الخاضعة لسيطرة داعش"، "من سيطرة المسلحين": a state of control, not a seizure
                if f.i > s0 and f.trig.kind in ("noun", "nphrase") and (
                        not _cue_union("topic_head", "generic_head").isdisjoint(self._K[f.i - 1])
                        or (f.i - 1 in headed and doc.tokens[f.i].proclitics[:1] == ("و",))):
                    # "على صعيد العمليات العسكرية"، "لجنة إطلاق السراح"، "صور الاعتداء": a heading, a name, a kind
                    # (and the noun joined to it: "وحدة التفجيرات والهجمات الانتحارية")
                    headed.update(range(f.i, f.j))
                    continue
                if (f.trig.kind == "noun" and f.i > s0 and doc.tokens[f.i - 1].norm == "في" and doc.tokens[f.i].norm == "مقتل"
                        and (f.j >= s1 or doc.tokens[f.j].kind == "punct")):
                    continue  # "يصيبها في مقتل": hits it where it hurts, an idiom
                if f.trig.mode == "ceasefire" and any(set(self._K[k]) & _cues("truce_break")
                                                      for k in range(max(s0, f.i - 6), f.i)):
                    continue  # "أنهت وقف إطلاق النار"، "خرق الهدنة": not a ceasefire
                if f.trig.mode == "ceasefire" and self._truce_of_old(doc, f.i, f.j, s0, s1):
                    continue  # "اتفاق وقف إطلاق النار الذي تم التوصل إليه في فبراير"، "منذ التوسط في اتفاق لوقف اطلاق
                    # النار ... قبل خمسة أشهر": a truce agreed months or years ago, named as a topic, not made now
                if f.trig.type == "SANCTION" and f.trig.kind == "noun" and any(
                        set(self._K[k]) & _cues("sanction_off") for k in range(max(s0, f.i - 3), f.i)):
                    continue  # "رفع العقوبات عن إيران": sanctions lifted, not imposed
                if f.trig.type == "REQUEST" and f.i > s0 and (  # (طلب read as a verb there is the noun)
                        set(self._K[f.i - 1]) & _cues("responding")
                        or (f.i - 1 > s0 and doc.tokens[f.i - 1].norm == "علي" and set(self._K[f.i - 2]) & _cues("responding"))) \
                        and not (doc.tokens[f.i].stem == "طلب" and any(
                            c.tok_start == f.j and c.kind in ("actor", "entity") for c in cands)):
                    # "تلبية لدعوة الحكومة"، "بناء على طلب": the request answered, not a new one (but a request a named
                    # party made is told: "أعلن التحالف الهدنة استجابة لطلب الرئيس عبدربه منصور هادي"، "بناء على طلب
                    # تركيا"; an invitation answered is its acceptance)
                    continue
                if f.trig.kind in ("noun", "nphrase") and f.i > s0 and set(self._K[f.i - 1]) & _cues("generic"):
                    continue  # "من أي اعتداء": any attack, none in particular
                if (f.trig.type in ("ASSAULT", "COERCE") and f.trig.kind in ("noun", "nphrase") and f.i - 1 > s0
                        and doc.tokens[f.i - 1].norm == "من" and doc.tokens[f.i - 2].norm in _cues("many_of")):
                    continue  # "بتنفيذ مزيد من الهجمات"، "المسؤولة عن العديد من الهجمات": more to come, many, none told
                if (f.trig.type == "ASSAULT" and f.trig.kind in ("noun", "nphrase") and any(
                        set(self._K[k]) & _cues("defused") for k in range(max(s0, f.i - 3), f.i))):
                    continue  # "أبطل خبراء متفجرات مفعول عبوة ناسفة"، "وتفكيك 15 عبوة ناسفة": a bomb made safe, no attack
                if (f.trig.type in ("ASSAULT", "COERCE") and f.trig.kind in ("verb", "form")
                        and _present(doc.tokens[f.i], f.trig) and any(
                            doc.tokens[k].norm in _cues("habit_adverb") and _same_clause(doc.tokens, f.i, k)
                            for k in range(max(s0, f.i - 4), min(s1, f.j + 4)))):
                    continue  # "ويقصف النظام بانتظام مناطق واقعة تحت سيطرة المعارضة": a habit, no one event
                if (f.trig.type == "ASSAULT" and self._casualty_cues.isdisjoint(self._K[f.i]) and any(
                        doc.tokens[k].norm in _cues("foiled") and _same_clause(doc.tokens, k, f.i)
                        and any(set(self._K[m]) & _cues("plot") for m in range(k + 1, f.i))
                        for k in range(max(s0, f.i - 6), f.i))):
                    # "إحباط محاولة إرهابية فاشلة استهدفت حاجزا أمنيا"، "لإحباط مؤامرة الاغتيال": a plot foiled, no
                    # attack (not an attack repelled: "أحبطت القوات السعودية اليوم هجومًا لميليشيات"; nor the dead of a
                    # fight that foiled a plot)
                    continue
                if f.trig.key == "طالب" and doc.tokens[f.i].stem == "طالب" and f.j < s1 and _word_in(doc.tokens[f.j], "study"):
                    continue  # "طالب الدكتوراة وائل العنزي": a student, no demand
                if f.trig.type == "REQUEST" and (f.trig.key.startswith("دعا") or doc.tokens[f.i].stem.startswith("داعي")) and (
                        (f.j < s1 and set(self._K[f.j]) & self._prayer)
                        or any(_word_in(doc.tokens[k], "deity") for k in range(f.j, min(s1, f.j + 10)))
                        or any(not _cues("blessing_asked").isdisjoint(self._K[k]) for k in range(f.j, min(s1, f.j + 8)))):
                    # "ودعا سمو الأمير -الله عز وجل- أن يتغمد المتوفين"، "دعا له بالشفاء"، "ودعا مغردو تويتر للفتاة
                    # سارة بالرحمة والمغفرة": a prayer
                    continue
                if (f.trig.type == "COERCE" and f.trig.key.startswith("توقيف") and f.j < s1
                        and _word_in(doc.tokens[f.j], "stopped_activity")):
                    continue  # "توقيف المعارك في الزبداني": stopping the fighting, no arrest
                if (f.trig.type == "ASSAULT" and f.trig.kind in ("noun", "nphrase") and f.i > s0
                        and doc.tokens[f.i - 1].stem in ("توقيف", "ايقاف")):
                    continue  # ... nor the fighting told: what is stopped is named, not reported
                if (f.trig.type == "MOBILIZE" and f.trig.kind in ("noun", "nphrase") and f.j < s1
                        and _word_in(doc.tokens[f.j], "civilian_crowd")):
                    continue  # "حشود الجماهير المتجاوبة": crowds of the public, no mobilization
                if (f.trig.type == "MOBILIZE" and f.trig.kind == "verb" and doc.tokens[f.i].stem.lstrip("يت").startswith("نشر")
                        and ((doc.tokens[f.i].enclitics and f.i > s0 and (  # a relative clause on what was published
                            _word_in(doc.tokens[f.i - 1], "published_item")
                            or (doc.tokens[f.i - 1].norm == "تم" and f.i - 1 > s0
                                and _word_in(doc.tokens[f.i - 2], "published_item"))))
                             or any(_word_in(doc.tokens[k], "outlet") or _word_in(doc.tokens[k], "agency")
                                    or _word_in(doc.tokens[k], "publisher")
                                    for k in range(max(s0, f.i - 2), min(s1, f.j + 3)) if not f.i <= k < f.j))):
                    continue  # "في بيان نشرته وكالة الأنباء الرسمية"، "خريطة تم نشرها في مجلة القوات المسلحة": published,
                    # not deployed (the troops named nearby are the speaker's or the magazine's)
                if (f.trig.type == "SUPPORT" and f.trig.kind == "noun" and not doc.tokens[f.i].enclitics
                        and doc.tokens[f.i].norm.endswith("ا") and not f.trig.key.endswith("ا")):
                    continue  # "وقفة صامتة ... تضامناً مع ضحايا": in solidarity, the aim of a deed, no statement
                if (f.trig.type == "SUPPORT" and any(_word_in(doc.tokens[k], "guest") for k in range(f.j, min(s1, f.j + 5)))):
                    continue  # "وقد رحب مدير الجامعة المكلف بالضيف": hospitality, no political support
                if f.trig.type == "REJECT" and any(_word_in(doc.tokens[k], "no_comment") and _same_clause(doc.tokens, f.i, k)
                                                   for k in range(f.j, min(s1, f.j + 10))):
                    continue  # "ورفض باخ في حديث لوكالة الصحافة الفرنسية التعليق على ترشح بلاتيني": no comment
                if f.trig.type != "SANCTION" and self._local.sentenced and any(
                        doc.tokens[k].stem in _cues("committed")
                        for k in range(s0, s1 if f.trig.type == "COERCE" else min(s1, f.j + 3))):
                    # "أقدم / فلان على قتل فلان"، "تمكنت سلطات الأمن من القبض على الجاني" in a notice of the sentence
                    # carried out: the crime punished and the case's history, long before (an arrest with the
                    # investigation anywhere in its sentence: "بفضل من الله تم القبض على المدعو / ... عند قيامه بتهريب
                    # كمية من الهيروين ... وأسفر التحقيق معه عن اتهامه بما نسب له")
                    continue
                if f.trig.type == "ASSAULT" and any(_word_in(doc.tokens[k], "drill") for k in range(max(s0, f.i - 3), f.i)):
                    continue  # "أثناء تدريبهم على إطلاق النار على نماذج أهداف": a drill, no attack
                if f.trig.type == "CONSULT" and f.trig.mode == "visit" and any(
                        not _cues("sickbed").isdisjoint(self._K[k]) and not _same_clause_cut(doc.tokens, f.i, k)
                        for k in range(f.j, min(s1, f.j + 16))):
                    continue  # "زار سمو أمير منطقة عسير ... في مستشفى عسير المركزي المصابين": a visit to the wounded, no talks
                if f.trig.type == "CONSULT" and f.trig.kind in ("noun", "nphrase") and self._to_the_press(doc, f.j, s1):
                    continue  # "في اتصال هاتفي لـ«الشرق الأوسط»"، "في اتصال هاتفي مع وكالة رويترز": an interview
                if f.trig.type in ("REJECT", "REQUEST") and any(set(self._K[k]) & _cues("identity")
                                                                  for k in range(f.j, min(s1, f.j + 5))):
                    # "وقال مسؤول رفض الإفصاح عن هويته إن ..."، "طالبا عدم ذكر اسمه"، "الذي طلب عدم الإشارة إلى اسمه":
                    # an unnamed source, no refusal and no request
                    continue
                if f.trig.type in MATERIAL_TYPES and self._denied_allegation(doc, f.i, s0):
                    continue  # "نفت أنقرة اتهامات وحدات الحماية بقصف الجيش التركي مواقعها": alleged and denied
                if f.trig.type in MATERIAL_TYPES and (f.trig.kind in ("noun", "nphrase") or (
                        f.trig.kind == "verb" and not doc.tokens[f.i].proclitics and not doc.tokens[f.i].enclitics
                        and doc.tokens[f.i].norm == f.trig.key)) and self._denied_deed(doc, f, s0, found):
                    continue  # "نفت وزارة الدفاع الأمريكية خطف جبهة النصرة ... لمقاتلين": the deed is what is denied (a bare
                    # past verb's letters there are its verbal noun, خطف)
                if f.trig.type == "ASSAULT" and f.trig.kind in ("noun", "nphrase") and self._inquiry_topic(doc, f.i, s0):
                    # "لتحديد المسؤولين عن هجمات كيميائية بغاز الكلور"، "لجنة تحقيق في الهجمات الكيمياوية": the attacks
                    # an inquiry is set up to attribute are its topic, no attack told
                    continue
                if f.trig.type == "ASSAULT" and self._alleged_deed(doc, f.i, s0, s1):
                    # "تبادلت أوكرانيا وانفصاليون الاتهامات بقصف مناطق سكانية": the attack charged is what an
                    # accusation says (the ACCUSE is read from the accusation noun), not an attack told
                    continue
                if (f.trig.kind in ("verb", "form") and f.j < s1 and doc.tokens[f.i].stem in _cues("building_homograph")
                        and not doc.tokens[f.i].enclitics
                        and any(p.start == doc.tokens[f.j].start for p in doc.places)):
                    continue  # "تقاطع سجن جازان العام": the prison of a town, a building, not an imprisonment
                if self._supplication(doc, f.i, s0):
                    continue  # "ونسأل الله أن يشفي الجرحى"، "قال الله تعالى (... في القتلى)": a prayer or a verse
                if self._some_who(doc, f.i, s0):
                    continue  # "فمنهم من غسل مخه ففجر نفسه": what some people do, no one event
                if (f.trig.kind == "noun" and f.j < s1 and f.trig.key in _cues("campaign_war")
                        and (doc.tokens[f.i].proclitics[-1:] == ("ال",) or doc.tokens[f.i].enclitics)
                        and doc.tokens[f.j].norm in ("ضد", "علي")):
                    continue  # "شركاء الولايات المتحدة في المعركة ضد داعش": the whole war on a foe, no one battle
                if f.trig.kind in ("noun", "nphrase") and any(
                        not _cues("usually").isdisjoint(self._K[k]) for k in range(f.j, min(s1, f.j + 5))):
                    continue  # "الاعتقال الإداري الذي يطبق عادة على": a practice described
                if f.trig.kind in ("noun", "nphrase") and f.j < s1 and not _cue_union("habitual", "possible").isdisjoint(self._K[f.j]):
                    continue  # "الاغتصاب اليومي"، "هجمات محتملة": a habit or a possibility, no one event
                if self._described(doc, f.i, s0):
                    continue  # "وهي أول عملية خطف تستهدف كرواتيا": what the event told is (خطف a noun there), not another one
                if (f.trig.key in _cues("hah_homograph") and doc.raw[f.end - 1:f.end] == "ه"
                        and doc.tokens[f.i].norm.endswith(f.trig.key)):
                    continue  # "مصادره" (its sources) is not "مصادرة" (confiscation): the raw letter tells them apart
                if (f.trig.type == "PROTEST" and f.trig.kind in ("verb", "form") and f.j < s1
                        and (doc.tokens[f.j].proclitics == ("ب",)
                             or (doc.tokens[f.j].proclitics[:1] == ("ب",)
                                 and {doc.tokens[f.j].stem, doc.tokens[f.j].norm} & _cues("pretend")))):
                    continue  # "تتظاهر بقضاء حاجتها"، "ويتظاهر بالصلاح": to pretend to, not to demonstrate
                if f.trig.type in SPORTS_AMBIGUOUS and sporty and not any(
                        set(self._K[k]) & _cues("never_sports") for k in range(f.i, min(s1, f.j + 4))):
                    continue  # "عندما يلتقي منتخب الأردن" in a sentence about a match (not "ألقت الشرطة القبض")
                if f.trig.kind in ("noun", "nphrase") and f.i > s0 + 1 and doc.tokens[f.i - 1].norm == "في" \
                        and doc.tokens[f.i - 2].stem.startswith("مشارك"):
                    continue  # "مشاركتها في غارات التحالف": taking part in a campaign, not one attack
                if any(doc.tokens[k].stem == "سبق" for k in range(max(s0, f.i - 3), f.i)) or any(
                        doc.tokens[k].stem == "سبق" and doc.tokens[k + 1].norm in ("ان", "انه") for k in range(s0, min(s0 + 2, f.i - 1))):
                    # "سبق أن قصفها": what happened before, told as background (all of a sentence it opens: "وسبق أن
                    # أعلنت السلطات في كابل حالة التأهب القصوى على أثر هجمات الأسبوع الماضي")
                    continue
                if f.trig.kind == "participle" and not self._circumstantial(doc, f, s0, s1):
                    continue  # "فهي مطالبة بتلبية" (is required to), "داعيا الله أن" (praying): no request
                if (f.trig.type == "REQUEST" and f.trig.kind in ("verb", "form") and not doc.tokens[f.i].proclitics
                        and doc.tokens[f.i].norm in ("ودع", "ودعت", "ودعوا") and any(
                            _word_in(doc.tokens[k], "farewell_object") and not any(
                                doc.tokens[m].norm in ("الي", "ان") or doc.tokens[m].proclitics[:1] in (("ل",), ("ب",))
                                for m in range(f.j, k))
                            for k in range(f.j, min(s1, f.j + 12)))):
                    # "ودعت مقبرة الشرف ... شهداء المسجد": bade the dead farewell (ودّع), no call (دعا); but "ودعت
                    # الحكومة إلى تكريم الشهداء" calls for something
                    continue
                if f.trig.type == "REJECT" and f.trig.kind in ("verb", "form") and any(
                        _word_in(doc.tokens[k], "declined_object") and _same_clause(doc.tokens, f.i, k)
                        for k in range(f.j, min(s1, f.j + 10))):
                    # "رفض تونر نفي أو تأكيد هذا الاحتمال"، "ورفضت وزارة الدفاع الأمريكية (البنتاجون) تأكيد التقارير":
                    # declining to comment is no rejection (past a subject as well)
                    continue
                if (f.trig.type == "REQUEST" and f.i > s0 and doc.tokens[f.i - 1].norm in ("ما", "مما")
                        and doc.tokens[f.i].norm in _cues("prompted")):
                    continue  # "ما دعا أصدقاءه لإخراجه"، "مما دعا الحكومة إلى": which prompted, no call
                if (f.trig.type == "REJECT" and f.trig.key == "رفض" and doc.tokens[f.i].norm.lstrip("وف") == "رفض"
                        and (f.trig.kind == "noun" or (  # (after a preposition the bare word is the noun)
                            f.i > s0 and _word_in(doc.tokens[f.i - 1], "preposition_word")))
                        and not doc.tokens[f.i].enclitics
                        and not (f.i > s0 and set(_keys(doc.tokens[f.i - 1])) & _cues("voiced_refusal"))):
                    continue  # "في رفض واشنطن ... إقامة منطقة آمنة": a stance named, no refusal voiced
                if f.trig.type == "ASSAULT" and f.trig.kind == "noun" and self._on_a_right(doc, f.j, s1):
                    continue  # "اعتداء مباشر على حق الشعب": an offence against a right, not force
                if f.trig.kind in ("verb", "form") and any(
                        p.start <= f.start < p.end and (p.geonameid is not None or p.start == f.start or p.precision in ("country", "region"))
                        for p in places):
                    # "تشاد" (Chad) and "تدمر" (Palmyra), read as places, are not "is praised", "destroys" (but a verb
                    # inside a name the gazetteer does not know, the tagger's guess, is: "اقليم آزال تمهل المليشيات
                    # 48 ساعة", "آزال تمهل" read as one place)
                    continue
                if f.trig.mode == "seize" and f.j < s1 and set(self._K[f.j]) & self._rights:
                    continue  # "مصادرة حرياتهم": freedoms taken away, not goods seized
                if f.trig.key in ("سجن", "سجون") and f.i > s0 and doc.tokens[f.i - 1].stem in ("في", "الي", "من", "داخل"):
                    continue  # "نقلوا إلى سجون الناصرية": the prison, a place, not an imprisonment
                if (f.trig.kind in ("verb", "form") and f.i - 1 > s0 and doc.tokens[f.i - 1].norm == "من"
                        and (doc.tokens[f.i - 2].stem in ("كل", "لكل") or doc.tokens[f.i - 2].stem in _cues("bereaved"))):
                    continue  # "لكل من قتل نفسا": whoever kills, a rule; "عائلات من لقوا حتفهم": the dead, named
                if f.trig.type == "ASSAULT" and self._series_before(doc, f.i, s0):
                    continue  # "والحادث هو الأخير في سلسلة هجمات جاءت بعدما اطلقت تركيا حملة جوية": the earlier attacks
                    # of a series the one told is the latest of, named in a word (and its toll: "وقع 3 منها في كابل
                    # ... مما أسفر عن مقتل العشرات"), no event
                if (f.trig.type == "ACCUSE" and f.trig.kind in ("verb", "form") and doc.tokens[f.i].proclitics[:1] == ("و",)
                        and _present(doc.tokens[f.i], f.trig) and (f.i == s0 or doc.tokens[f.i - 1].kind == "punct")):
                    # "وتتهم بريطانيا وفرنسا والولايات المتحدة النظام السوري بتنفيذ هجمات بالغاز"، "وتتهم الهند عدوها
                    # القديم باكستان بتدريب ... متشددين": a present opening its sentence tells a stance long held, the
                    # story's background, not a statement made now
                    continue
                if (f.trig.type in SPEECH_TYPES and f.trig.kind in ("verb", "form") and not _present(doc.tokens[f.i], f.trig)
                        and any(doc.tokens[k].norm == "بالفعل" for k in range(f.j, min(s1, f.j + 3)))):
                    # "وهدد المجلس بالفعل بعواقب لمثل هذه الهجمات": a statement already made before, recalled as
                    # background to the news
                    continue
                if (f.trig.type == "REQUEST" and f.trig.kind in ("form", "participle")
                        and doc.tokens[f.i].stem.lstrip("و")[:3] in _cues("call_on_prefix")
                        and not doc.tokens[f.i].enclitics and f.j < s1 and doc.tokens[f.j].kind == "word"
                        and (doc.tokens[f.j].norm in ("الي", "ل") or doc.tokens[f.j].proclitics[:1] == ("ل",))):
                    # "ودعا إلى مواجهة الفكر الضال"، "داعياً للتصدي لكل من يتبنى هذا الفكر": a call with no one called
                    # on, an exhortation (the read sets code 2 of 24 such calls)
                    continue
                if f.trig.type == "REQUEST" and any(_word_in(doc.tokens[k], "caution") and _same_clause(doc.tokens, f.i, k)
                                                    for k in range(f.j, min(s1, f.j + 8))):
                    continue  # "وطالب قائدي المركبات أخذ الحيطة والحذر": safety advice to the public, no political request
                if f.trig.type == "SUPPORT" and any(_word_in(doc.tokens[k], "civic_praise") and _same_clause(doc.tokens, f.i, k)
                                                    for k in range(f.j, min(s1, f.j + 8))):
                    continue  # "ثمن جهود اللجنة المنظمة لمهرجان صيف طيبة": praise of a festival or services, a courtesy
                if f.trig.type == "REQUEST" and any(_word_in(doc.tokens[k], "admin_request") and _same_clause(doc.tokens, f.i, k)
                                                    for k in range(f.j, min(s1, f.j + 10))):
                    continue  # "ودعت الجامعة المرشحات لشغل وظيفة": a notice to applicants or visitors, no political request
                typ = f.trig.type
                mod = self.modality(doc, f, s0)
                flags = []
                if mod == "future" and typ in ("REQUEST", "REJECT") and (
                        "س" in doc.tokens[f.i].proclitics or any(
                            doc.tokens[k].kind == "word" and doc.tokens[k].norm in _cues("future")
                            for k in range(max(s0, f.i - 2), f.i))):
                    continue  # "أنه سيدعو الائتلاف إلى"، "يعتزم طلب العقوبة القصوى": a call to be made, not made
                if mod == "future" and typ == "ASSAULT" and any(
                        "س" in doc.tokens[m].proclitics and doc.tokens[m].stem[:1] in ("ي", "ت", "ن")
                        and self._stated_future(doc, s0, m) for m in range(max(s0, f.i - 1), f.i + 1)):
                    # "وأعلن حزب العمال الكردستاني أنه سيصعد الهجمات"، "أعلنت تركيا أنها ستطلق قريبا هجوما": force a
                    # party says it will use is a threat it makes
                    typ = "THREATEN"
                    flags.append("future-force")
                    mod = None
                if mod:
                    if typ == "RETREAT" and mod == "negated" and f.trig.mode == "surrender":
                        continue  # "لن أستسلم"، "لن تخضع وتستسلم": defiance voiced, no withdrawal refused to a party
                    if typ == "RETREAT" and mod == "negated":
                        typ = "REJECT"
                        flags.append("refused-" + f.trig.type.lower())
                    elif (typ in ("REQUEST", "REJECT", "THREATEN") and mod != "hypothetical"
                          and not (mod == "relative" and _present(doc.tokens[f.i], f.trig))):
                        # "القوانين التي تطلبها الحكومة" describes a habit; "الذي هدد التنظيم بإعدامه" reports a threat
                        flags.append(mod)
                    else:
                        continue
                if typ == "ASSAULT" and f.trig.kind in ("noun", "nphrase") and self._accused_of(doc, found, f, s0):
                    alleged = f.i
                    continue  # "واتهم زعيم حزب معارض اردوغان بشن الضربات الجوية": what one is accused of, an allegation
                if (typ == "ASSAULT" and alleged is not None and alleged < f.i <= alleged + 8
                        and not _same_clause_cut(doc.tokens, alleged, f.i)):
                    continue  # "بتنفيذ هجمات بالغاز باستخدام براميل متفجرة تُلقى من المروحيات": how it was done, alleged too
                if typ == "ASSAULT" and f.trig.kind in ("noun", "nphrase") and any(
                        a.trig.type in ("ACCUSE", "SUPPORT", "REQUEST") and (0 <= f.i - a.j <= 6 or self._only_subject(doc, cands, a.j, f.i) or (
                            0 <= f.i - a.j <= 12 and any(doc.tokens[k].stem in ("مسءوليه", "مسءوليتها", "مسءوليته")
                                                         for k in range(a.j, f.i))))
                        for a in found):
                    # "ونددت واشنطن بالهجوم"، "وحملت المنظمة الحكومة المسؤولية الكاملة عن مقتل": the attack is
                    # what is condemned or blamed
                    flags.append("condemned-object")
                elif typ == "ASSAULT" and f.trig.kind in ("noun", "nphrase") and any(
                        doc.tokens[k].kind == "word" and doc.tokens[k].norm in _cues("describe")
                        for k in range(max(s0, f.i - 12), f.i)):
                    flags.append("condemned-object")  # "وصف المفتي حادثة التفجير بالعمل الإجرامي": judged, not done by him
                if typ == "ASSAULT" and f.trig.kind in ("noun", "nphrase") and "ب" in doc.tokens[f.i].proclitics:
                    # "اغتال الجيش عنصرين من الألوية، بقصف السيارة": how the attack just told was done
                    told = next((d for d in drafts.values() if d.type == typ and d.clause[1] <= f.i <= d.clause[1] + 2
                                 and any(g.trig.kind in ("verb", "form") for g in d.triggers)), None)
                    if told is not None:
                        told.triggers.append(f)
                        continue
                if f.trig.kind == "participle" and typ == "ACCUSE":
                    # "وعبر الوزير عن استنكار المملكة ...، محملاً سلطات الاحتلال المسؤولية": a blaming participle
                    # after a condemnation goes on with it (the same speaker, the same act; a request that follows
                    # one, "دعا ... مطالبا كافة الهيئات", asks others for something else)
                    told = next((d for d in drafts.values() if d.type == typ and d.clause[1] <= f.i), None)
                    if told is not None:
                        told.triggers.append(f)
                        continue
                clause = self.clause_bounds(doc, s0, s1, f.i)
                key = (clause[0], typ)
                d = drafts.get(key)
                if d is None:
                    d = drafts[key] = Draft(typ, None, clause=clause, flags=flags)
                d.triggers.append(f)
            if not any(d.type in ("ACCUSE", "SUPPORT") for d in drafts.values()):
                judged = self._judgement(doc, cands, s0, s1, asked=bool(asks))
                if judged is not None:
                    drafts[(judged.clause[0], "ACCUSE")] = judged
                    for d in drafts.values():
                        # "إن جريمة تفجير المسجد النكراء": the act judged is the one told, not a new one
                        if d.type == "ASSAULT" and all(f.trig.kind in ("noun", "nphrase") and f.i > judged.speaker.tok_end
                                                       for f in d.triggers) and "condemned-object" not in d.flags:
                            d.flags.append("condemned-object")
            self._protest_context(doc, drafts)
            drafted = any(d.type == "ASSAULT" for d in drafts.values())
            # (computed once: the sentence's tally also marks where a tally ends when its attacks were left out above)
            told_tally = (self._tally_at(doc, s0, s1) if drafted or any(f.trig.type == "ASSAULT" for f in found)
                          else None)
            tally = told_tally if drafted else None
            if told_tally is not None or told_before:
                self._local.tally_end = s1  # (a tally whose attacks were all left out above as well)
            if tally is not None:
                # "ولفت إلى مقتل 2927 على الأقل من تنظيم داعش ... جراء الضربات الصاروخية وغارات التحالف الدولي على
                # ... في محافظات حماه وحلب وحمص": the attacks a campaign's tally is told of tell no one attack (not
                # an attack told before the tally: "هاجمت معسكرات حزب العمال ... في حملة قد تنهي عملية سلام تهدف إلى
                # إنهاء تمرد أدى إلى قتل 40 ألف شخص منذ عام 1984")
                # (nor a deed told further on: "ارتفع إلى 1916 قتيلا ... موضحة أنه خلال الأسابيع القليلة الماضية، كانت
                # هناك حالتان من الهجمات المدمرة ... حيث سقط في 19 يوليو الماضي، 95 قتيلا")
                drafts = {key: d for key, d in drafts.items()
                          if not (d.type == "ASSAULT" and all(f.i >= tally for f in d.triggers)
                                  and min(f.i for f in d.triggers) <= tally + TALLY_REACH)}
            elif (self._local.tally_end == s0 and any(d.type == "ASSAULT" for d in drafts.values())
                  and doc.tokens[s0].norm in _cues("additive_opener")
                  and any(not self._casualty_cues.isdisjoint(self._K[k]) for k in range(s0, s1))
                  and not _dated_in_sentence(doc, doc.tokens[s0].start, doc.tokens[s1 - 1].end)):
                # the sentence after a war's tally that goes on with "كما" and the dead, undated: more of the tally,
                # with the strikes it counts ("ولفت إلى مقتل 2927 على الأقل من تنظيم داعش ... جراء الضربات الصاروخية
                # وغارات التحالف" then "كما لقي ما لا يقل عن 115 مسلحاً من جبهة النصرة حتفهم جراء ضربات صاروخية نفذها
                # التحالف")
                drafts = {key: d for key, d in drafts.items() if d.type != "ASSAULT"}
                self._local.tally_end = s1
            if habit is not None:
                # the dead that attacks told as a habit or conceded led to ("وتشن مقاومة تهامة بين فترة وأخرى هجمات
                # مسلحة على تجمعات وآليات تابعة للحوثيين، أدت إلى مقتل وإصابة العشرات منهم"): their toll, no one attack
                # either
                drafts = {key: d for key, d in drafts.items() if not (
                    d.type == "ASSAULT" and all(f.i > habit and not self._casualty_cues.isdisjoint(self._K[f.i])
                                                for f in d.triggers)
                    and any(_word_in(doc.tokens[k], "result_verb") or doc.tokens[k].norm in ("خلف", "خلفت")
                            for k in range(habit, min(f.i for f in d.triggers))))}
            for r in [f.i for f in found if f.trig.type == "ASSAULT" and self._earlier_attack(doc, f.i, s0)]:
                # what the earlier attack did, told right after it ("... هجوم دموي استهدف متحف باردو ... وقتلا خلاله
                # 21 سائحاً"), is that attack too
                drafts = {key: d for key, d in drafts.items() if not (d.type == "ASSAULT" and all(
                    r < f.i and _same_clause(doc.tokens, r, f.i) for f in d.triggers))}
            for key, d in list(drafts.items()):
                if d.type == "ASSAULT" and (self._disaster(doc, d) or self._road_accident(doc, d, s0, s1)):
                    del drafts[key]  # "قتل 32 شخصا في الفيضانات": deaths in a flood, not a use of force
                elif d.type == "THREATEN" and any(set(self._K[k]) & self._disasters for k in range(*d.clause)):
                    del drafts[key]  # "حذرت الأمم المتحدة من أن هذه السيول تهدد": a hazard, not a party's threat
                elif d.type == "COERCE" and all(f.trig.kind == "noun" and f.trig.key == "احتجاز" for f in d.triggers) and any(
                        set(self._K[k]) & _cues("weather") for k in range(*d.clause)):
                    del drafts[key]  # "أمطار غزيرة تسببت في احتجاز العديد من المركبات": cars stuck, no arrest
                elif d.type == "COERCE" and any(
                        f.trig.key.startswith("احتجز") and any(_word_in(doc.tokens[k], "wreckage")
                                                               for k in range(f.j, min(s1, f.j + 3)))
                        for f in d.triggers):
                    del drafts[key]  # "وكان السائق قد احتجزته قطع الحديد داخل الكابينة": trapped, no arrest
                elif d.type == "COERCE" and all(f.trig.mode in ("raid", "siege") and f.trig.kind != "nphrase"
                                                for f in d.triggers) and any(
                        o.type == "ASSAULT" and o.clause[0] < d.clause[1] and d.clause[0] < o.clause[1]
                        for o in drafts.values()):
                    # "من اقتحام جامعة الانبار والسيطرة عليها بعد ان خاضت معارك"، "قيام رجال المقاومة بتمشيط
                    # وتطهير الأحياء": storming, besieging or combing told with a use of force in the same clause
                    # is that military operation (ASSAULT), not a raid of its own (a clause of its own, "عمليات
                    # تمشيط ومداهمات تجري في مناطق ...، وتتم العمليات تحت غطاء جوي", stays a raid, and so does a
                    # security campaign, "وواصلت أنقرة حملتها الأمنية ... بينما قصفت الطائرات التركية")
                    del drafts[key]
                elif d.type == "THREATEN" and any(
                        f.trig.kind in ("verb", "form") and f.j < s1 and _word_in(doc.tokens[f.j], "endangered")
                        and doc.tokens[f.i].stem[:1] in ("ي", "ت") for f in d.triggers):
                    del drafts[key]  # "معدلات وبائية تهدد حياة الأهالي": something endangers lives, no one threatens
            n_assault = sum(d.type == "ASSAULT" for d in drafts.values())
            for d in drafts.values():
                events.extend(self._build(doc, d, cands, places, s0, s1, sole=n_assault == 1 and not told_before))
            if not drafts and events:
                self._wounded_after(doc, events, s0, s1)
            speaker = (self._speaker(doc, cands, s0, s1) or self._opening_subject(doc, cands, s0, s1)
                       or self._voicing_subject(doc, cands, s0, s1))
            if speaker is not None:
                self._last_actor = speaker
        events = self._attributed_doers(doc, cands, self._condemned_perpetrators(
            doc, cands, self._condemned_doers(doc, merge_events(events))))
        # an event told only in the page's link line ("رابط الخبر بصحيفة الوئام: غارات التحالف تقتل أكثر من «3» آلاف
        # من داعش والنصرة"): the page's headline, which the guidelines leave out (evidence comes from the text; a
        # report of it in the text is merged with it above and kept)
        events = [ev for ev in events if not ev.mentions or not all(self._in_link_line(doc, m.trigger_start)
                                                                    for m in ev.mentions)]
        if (len(doc.sentences) >= ANCHORED_ARTICLE and not self._local.attack_told
                and not self._disasters.isdisjoint(_chain_of.from_iterable(K))):  # (a key of any word)
            # an article that tells the dead of an accident, a fire or a flood and no use of force anywhere: its
            # dead are the mishap's ("لقي تسعة لاجئين سوريين حتفهم عندما اصطدمت حافلة" then "أن تسعة أشخاص لقوا حتفهم
            # وأصيب كثيرون آخرون في الحادث")
            events = [ev for ev in events if ev.type != "ASSAULT"]
        if len(doc.sentences) >= ANCHORED_ARTICLE:
            # in an article an attack it reports has its facts told somewhere; a sentence alone (a headline, a
            # coded sentence) has no context to give them, and what it states is all there is to code
            events = [ev for ev in events if ev.type != "ASSAULT" or (_anchors(ev) > 1 and _concrete(ev))]
            events = self._without_stale(doc, events)
            # a deed the text dates over a year back that the stale checks above kept (its date borrowed from
            # another clause, or a reference point between: "قضى 4 فلسطينيين في انفجار داخلي" under a 2014 date,
            # "وعززت الاجراءات الامنية العام الماضي"): in an article it is still the history the guidelines leave
            # out (kept, marked, in a sentence alone: a coded chronology; an arrest of long ago is still coded)
            events = [ev for ev in events if not ("background" in ev.flags and ev.type in BACKGROUND_DROPPED)]
        # a deed a report of which states its day with a verb of happening ("في الهجوم الذي وقع يوم 31 يوليو تموز"):
        # that day, over the one of a statement or of another report merged with it
        events = [self._occurrence_dated(doc, ev) for ev in events]
        # a village or a site the gazetteer lacks is mapped to the closest town that holds it, named by it in
        # its sentence ("حي كرم الطراب قرب مطار النيرب العسكري شرق حلب"): the guidelines' closest populated place
        # (after merging: two villages of one town are still two places)
        events = [ev if held is ev.place else replace(ev, place=held)
                  for ev, held in ((ev, self._held_by_town(doc, ev.place)) for ev in events)]
        # a deed a state does at home (an arrest, a release, a deployment) that names no place: the article's
        # country (after merging: a report of it with no place still joins one that has a place); an arrest whose
        # only place is another country, not said to be where ("اعتقل في باكستان" is), is in the article's country
        # too: the country the suspects came from or went to ("بعد عودته من سوريا" in a Moroccan report)
        events = [self._placed_at_home(doc, ev) for ev in events]
        # a nameless armed party (مسلحون، المتمردون، الانتحاري) is coded with the country it acts in, as CAMEO codes
        # rebels (IRQREB); after merging, which compares doers as the text names them
        events = [self._armed_in_place(ev) for ev in events]
        # nameless aircraft (الطيران، طائرات حربية) are the article's named air power's, not the country struck
        events = _aircraft_of_article(events, doc)
        # an attack with no party as its target: what its verb names as its object (مستشفى ظهران الجنوب العام)
        # (an arrest too: "ألقت القبض على السائق الذي أوصل"، "اعتقلت الشرطة ..." )
        events = [ev if ev.type not in ("ASSAULT", "COERCE") or ev.targets else self._object_target(doc, ev)
                  for ev in events]
        # an attack still with no target whose report says what it targeted after its doer or the attack named
        # first ("مكمن استهدف أمس قافلة عسكرية"، "عملية انتحارية تبناها حزب العمال استهدفت مركزا للدرك"): that object
        # (and one whose only target is the people it killed, counted: "قتل أربعة أشخاص ... في هجوم استهدف فندقا")
        events = [ev if ev.type != "ASSAULT" or (ev.targets and not _counted_people_only(ev))
                  else self._targeted_after_subject(doc, ev) for ev in events]
        # a takeover with no target told after fighting: the side its doer fought (المقاومة سيطرت على ... after
        # "المواجهات بين الحوثيين ... وقوات المقاومة الشعبية")
        events = [ev if ev.type != "ASSAULT" or ev.targets or not ev.actors else self._takeover_foe(doc, cands, ev)
                  for ev in events]
        # a state's deed that names no doer (an arrest, a deployment, a protest, a strike on rebels): by the CAMEO
        # convention, the state (its people for a protest) of the country where it happens, hedged, flagged
        events = [ev if ev.actors else self._implied_doer(ev) for ev in events]
        # the toll of a clause listing several places is none of theirs (see _build)
        events = [replace(ev, killed=None, injured=None) if "list-toll" in ev.flags else ev for ev in events]
        return _unique_ids(events)

    def _sent_index(self, token_start: int) -> int:
        return bisect.bisect_right(self._local.sent_starts, token_start) - 1

    def _build(self, doc: Document, d: Draft, cands: list[Cand], places, s0: int, s1: int,
               sole: bool = False) -> list[Event]:
        toks = doc.tokens
        cs, ce = d.clause
        if d.type == "ASSAULT" and self._mishap(doc, cs, ce):
            return []  # "مقتل 7 من عناصر داعش بانفجار عجلة أثناء محاولتهم تفخيخها": their own bomb went off
        if d.type == "COERCE" and any(toks[k].stem in _cues("hostage") for k in range(cs, ce)):
            d.type, d.mode = "ASSAULT", "abduct"  # "احتجاز 18 شخصا كرهائن": hostage-taking is an abduction
        mode = self.mode_for(doc, d)
        actor, target, hedged = self.assign(doc, d, cands, s0, s1)
        if actor is not None and target is not None and self._name_after_titles(doc, cands, d, actor, target):
            # "استنكر وكيل وزارة الشؤون الإسلامية ... لشؤون المطبوعات والبحث العلمي الدكتور مساعد بن إبراهيم
            # الحديثي": the name closing a long title is the speaker's, not whom the statement is about
            actor = replace(actor, end=target.end, tok_end=target.tok_end, text=doc.raw[actor.start:target.end])
            target = None
        if (actor is not None and target is not None and d.type in SPEECH_TYPES and d.type not in ("REQUEST", "CONSULT")
                and actor.tok_end <= target.tok_start and target.kind in ("actor", "entity")
                and min(f.i for f in d.triggers) < actor.tok_start
                and (self._apposed(doc, actor, target, True)
                     # (the tables' holder of the office the title names: "الأمين العام للأمم المتحدة بان جي مون")
                     or (target.tok_start == actor.tok_end and target.kind == actor.kind == "actor" and bool(actor.code)
                         and target.code == actor.code and target.name != actor.name
                         and any(_word_in(doc.tokens[actor.tok_start], kind) for kind in ("head_title", "civil_title", "title"))
                         and not _conjoined(doc.tokens[target.tok_start])))):
            # "ورحب الأمين العام للأمم المتحدة بان جي مون بوقف إطلاق النار": the person named right after the
            # speaker's title is the speaker, not whom he speaks of
            actor = replace(actor, end=target.end, tok_end=target.tok_end, text=doc.raw[actor.start:target.end],
                            country=actor.country or target.country)
            target = None
        named = self._titled_person(doc, d, cands, actor) if actor is not None else None
        if named is not None:
            # "وندد الموفد الخاص للامم المتحدة في الصومال نيكولاس كاي"، "دعا رئيس لجنة حقوق الانسان العربية «لجنة
            # الميثاق» الدكتور هادي بن علي اليامي": the title after the verb runs on to the person's name; a party
            # named inside it (the body he heads or serves) is his title's, not whom he speaks of
            if target is not None and actor.end <= target.start < doc.tokens[named - 1].end:
                target = None
            actor = replace(actor, end=doc.tokens[named - 1].end, tok_end=named,
                            text=doc.raw[actor.start:doc.tokens[named - 1].end])
        if (d.type == "COERCE" and mode == "raid" and actor is not None and actor.sector in NON_STATE_ARMED
                and all(f.trig.kind == "verb" for f in d.triggers)):
            # "اقتحم انتحاري بجرار مفخخ مركزا للدرك"، "داهم مسلحون هذه القرى"، "اقتحموا فندق بيبلوس": armed men
            # of no state storming a place attack it (ASSAULT); only the forces of a state raid (COERCE)
            d.type, d.mode = "ASSAULT", None
            mode = self.mode_for(doc, d, own=False)
        if "condemned-object" in d.flags and actor is not None and actor.tok_end <= d.triggers[0].i:
            actor = None  # the condemner is not the attacker
        head = d.triggers[0]
        if (d.type == "CONSULT" and target is not None and target.kind in PEOPLE and target.tok_start == head.j
                and head.trig.kind in ("verb", "form") and (actor is None or actor.tok_end <= head.i)):
            # "والتقت الفتيات تلميذات مسلمات في مدارس": the verb's subject, right after it, is private people (read
            # as the other side only for want of a named one): people who met, no party's meeting
            return []
        prev = self._local.sent_doer
        if (actor is None and d.type != "PROTEST" and (d.type in MATERIAL_TYPES or cs > s0)
                and self._conjoined_verb(doc, d, cs)):
            # "رفضت الجبهة الشعبية الانصياع ... واحتجزت 68 رهينة"، "قررت القيادة ...، وطلبت": verbs joined by
            # و share their subject: the last doer named in the sentence, else the subject it opens with
            shared = (prev[1] if prev is not None and prev[0] == s0 and d.type in MATERIAL_TYPES
                      else self._opening_subject(doc, cands, s0, s1))
            if shared is not None and (target is None or target.start != shared.start):
                actor = shared
        said = self._local.sent_speaker
        first = min(d.triggers, key=lambda f: f.i)
        if (actor is None and d.type in SPEECH_TYPES and d.type != "CONSULT" and first.trig.kind in ("verb", "form")
                and self._pronoun_subject(toks, first.i, s0)):
            # "وقال حلفاء غربيون لتركيا إنهم يؤيدون حقها ... لكنهم دعوا البلد العضو في حلف شمال الأطلسي": the
            # pronoun on لكن (إلا أنه، غير أنه) is the verb's subject, the one the sentence told of: its speaker,
            # else its last named doer
            back = (said[1] if said is not None and said[0] == s0 and said[1].tok_end <= first.i
                    else prev[1] if prev is not None and prev[0] == s0 and prev[1].tok_end <= first.i else None)
            pron = toks[first.i - 1].enclitics[-1:] or (toks[first.i - 1].norm[-2:],)
            # (the pronoun agrees with it: "لكنه رفض تسليم نفسه" after "قوات الأمن طلبت من أحد الإرهابيين" is the
            # gunman's refusal, not the forces')
            head = toks[back.tok_start] if back is not None else None
            fem = back is not None and (self._feminine(doc, back) or doc.raw[head.start:head.end].endswith(("ة", "ات")))
            agrees = back is not None and (pron[0] not in ("ه", "ها") or (pron[0] == "ها") == fem)
            if agrees and (target is None or target.start != back.start):
                actor = back
        if (actor is None and d.type in SPEECH_TYPES and said is not None and said[0] == s0
                and ((cs > s0 and first.i == cs) or (
                    # (or inside the statement's own clause, no other party named between: "ورحب الأمين العام
                    # للأمم المتحدة بان جي مون بوقف إطلاق النار وحث جميع الأطراف على وقف العمليات العسكرية")
                    cs == s0 and said[1].tok_end < first.i and not any(
                        c.kind in ("actor", "entity") and said[1].tok_end <= c.tok_start and c.tok_end <= first.i
                        for c in cands)))
                and first.trig.kind in ("verb", "form") and toks[first.i].norm[:1] == "و"
                and not _present(toks[first.i], first.trig) and toks[first.i].norm[1:] not in _cues("masdar_homograph")
                and not (toks[first.i].norm[1:2] in ("ي", "ت", "ن") and toks[first.i].norm[1:2] != first.trig.key[:1])
                and (target is None or target.start != said[1].start)):
            # "دعا صلاح الدين دمرداش ... حزب العمال إلى ...، وحث الحكومة على": a statement verb in the past
            # opening a clause with و goes on with the speaker of the statement before it in the sentence (not a
            # present, "المنظمة التي تدين ... وترفض", a stance described; nor a verbal noun, "وبحث العلاقات")
            actor = said[1]
        if actor is None and d.type in SPEECH_TYPES and cs > s0 and first.i == cs:
            # "أعرب الاتحاد الأوروبي عن بالغ القلق إزاء أعمال العنف ...، وطالب بأن يكون الرد متناسبا": a statement
            # verb joined by و opening a clause shares the subject of the statement verb the sentence opens with
            opened = self._opening_voice(doc, cands, first, s0)
            if opened is not None and (target is None or target.start != opened.start):
                actor = opened
        if (actor is None and d.type in SPEECH_TYPES and cs > s0 + 1 and first.i == cs + 1
                and toks[cs].norm == "عن" and toks[cs - 1].kind == "punct"):
            # "أعرب معالي نائب رئيس مجلس الشورى الدكتور محمد بن أمين الجفري، عن إدانته": the comma after a long
            # title and name parts the voicing verb's subject from what it voices
            voiced = self._voiced_before_comma(doc, cands, s0, cs - 1)
            if voiced is not None and (target is None or target.start != voiced.start):
                actor = voiced
        if (actor is None and d.type in SPEECH_TYPES and first.trig.kind in ("verb", "form") and first.i - 2 > s0
                and toks[first.i - 1].norm == "اذ" and toks[first.i - 2].kind == "punct"):
            # "والأزهر الشريف، إذ يستنكر هذا الهجوم الأثيم": the body named before the comma (an epithet after its
            # name) is the subject of the statement إذ opens
            actor = next((c for c in cands if c.kind in ("actor", "entity") and s0 <= c.tok_start
                          and first.i - 4 <= c.tok_end <= first.i - 2
                          and all(toks[m].kind == "word" for m in range(c.tok_end, first.i - 2))), None)
        def goes_on(sp: Cand) -> bool:
            # a statement with no subject of its own, no party named since ``sp`` spoke, not in a describing clause
            # ("القرار الذي يطالب"), goes on with ``sp``
            return (sp.tok_end <= first.i and (target is None or target.start != sp.start)
                    and not any(sp.tok_end <= c.tok_start and c.tok_end <= first.i for c in cands)
                    and self._subject_dropped(toks, first)
                    and not any(toks[k].kind == "word" and toks[k].norm in _cues("relative")
                                for k in range(max(s0, first.i - 2), first.i)))

        if actor is None and d.type in SPEECH_TYPES and d.type != "CONSULT" and said is not None and said[0] == s0 \
                and goes_on(said[1]):
            # "وفيما دان المجلس العملية ...، أكد أن الحادثة لن تمر دون عقاب"، "والأزهر، إذ يستنكر ...؛ فإنه يعرب
            # عن تضامنه": the sentence's last speaker
            actor = said[1]
        last = self._last_actor
        if (actor is None and d.type in ("ACCUSE", "REQUEST", "REJECT", "SUPPORT") and last is not None
                and last.kind in ("actor", "entity") and first.i - last.tok_end <= SPEAKER_CARRIED and goes_on(last)):
            # "وقال البيان: «والأزهر الشريف، إذ يستنكر هذا الهجوم الأثيم؛ فإنه يعرب عن تضامنه»": the last speaker
            # (not a meeting, "واتفق الحاضرون": those present are no party; nor a threat, "منظمة إرهابية تهدد مصالحنا")
            actor = last
        if actor is not None and actor.kind in ("actor", "entity"):
            self._local.sent_doer = (s0, actor)
        if actor is not None and actor.kind in ("actor", "entity") and d.type in SPEECH_TYPES:
            self._last_actor = actor
        if actor is not None and actor.kind in ("actor", "entity") and d.type in MATERIAL_TYPES:
            self._local.last_doer[d.type] = actor
            self._local.last_doer_sent[d.type] = self._sent_index(s0)
        if d.type in SPEECH_TYPES and actor is None:
            actor = self._plain_speaker(doc, d, s1)
            if actor is not None and self._kind_named_body(doc, d, s1):
                # "المجلس" -> "المجلس العسكري بتعز"، "الوزارة" -> "وزارة الخدمة المدنية": the body of that kind
                # named before
                # (only the last body of that kind named: "مجلس عشائر العراق" no table knows, named after "مجلس
                # التعاون الخليجي", is the council "ويرفض المجلس" speaks for)
                named = self._antecedent(doc, cands, actor.tok_start)
                stem = doc.tokens[actor.tok_start].stem
                last = next((k for k in range(actor.tok_start - 1, -1, -1) if doc.tokens[k].stem == stem
                             and "ال" not in doc.tokens[k].proclitics), None)  # (not "الوزارة" told again)
                if named is not None and last is not None and named.tok_start <= last < named.tok_end:
                    actor = named
            if actor is not None and target is not None and target.start == actor.start:
                target = None  # "حث الطلاب أقرانهم": the body that speaks is not whom it speaks to
        if d.type in SPEECH_TYPES and actor is None:
            actor = self._fronted_speaker(doc, d, s0, s1)
        if d.type == "SUPPORT" and actor is None:
            actor = self._stance_speaker(doc, d, cands, s0)
        if d.type in SPEECH_TYPES and actor is None:
            actor = self._kana_subject(doc, d, cands, s0)
        if d.type in SPEECH_TYPES and actor is None:
            actor = self._issuer_speaker(doc, d, cands, s0)
        if d.type in SPEECH_TYPES and actor is None:
            actor = self._nisba_speaker(doc, d, s0, s1)
        if d.type in SPEECH_TYPES:
            sender = self._sender_speaker(doc, d, cands, s0)
            if sender is not None:
                actor = sender
        if target is None and d.type == "REQUEST" and actor is not None and d.triggers[0].trig.kind in ("verb", "form"):
            # "دعا المتحدث باسم المقاومة في عدن علي الأحمدي، المجتمع اليمني، بالعمل"، "دعت المقاومة الشعبية ... هادي،
            # المواطنين في مدينة الحديدة"، "دعا ... القبانجي، أمس العراقيين إلى": whom the call is made to, past the
            # speaker's titles and an aside set off by commas
            target = self._called_on(doc, cands, actor, d.triggers[0], s1)
        if (target is None and d.type == "COERCE" and mode == "arrest" and actor is not None
                and d.triggers[0].trig.kind in ("verb", "form", "phrase") and _comma_after(toks, d.triggers[0], actor, s1)):
            # "أوقفت، منذ أمس الجمعة، 320 شخصاً"، "وألقت السلطات التركية القبض، في يونيو الماضي، على 18 طالبا": whom
            # the arrest took, after the aside of its day (a comma right after the verb, or after its subject and
            # القبض)
            target = self._called_on(doc, cands, actor, d.triggers[0], s1, arrest=True)
        if (d.type == "CONSULT" and actor is None and target is not None and target.kind in ("actor", "entity")
                and target.sector in ("GOV", "IGO") and self._met_with(doc, d, s1)
                and not (d.triggers[0].i > s0 and _word_in(toks[d.triggers[0].i - 1], "demonstrative"))):
            # "وذلك خلال لقائه نظيره الأميركي جون كيري"، "بعد اتصال هاتفي جرى بين الرئيسين التركي رجب طيب أردوغان
            # والأمريكي باراك أوباما": a meeting or a call with a named party is told even when the other side is
            # the one the story is about (the last speaker), or is that party's counterpart left unnamed
            last = self._last_actor
            actor = last if last is not None and last.start != target.start and last.kind in ("actor", "entity") else target
            if actor is target:
                target = None
        if d.type == "CONSULT" and actor is None:
            sides = self._holder_and_guest(doc, d, cands, s1)
            if sides is not None:
                # "اجتماع قائد المنطقة العسكرية الأولى بحضرموت عبدالرحيم عتيق، بحلف القبائل"، "زيارة وزير حقوق
                # الإنسان اليمني عزالدين الأصبحي لرئيس لجنة حقوق الإنسان العربية": the meeting's holder is its genitive,
                # the one met follows with ب، ل or مع
                actor, target = sides
        if d.type == "CONSULT" and actor is None:
            pair = self._between_parties(doc, d, cands, s1)
            if pair is not None:
                # "اتصالات على مستوى عال جرت بين قيادتي البلدين"، "اجتماع جديد بين طرفي النزاع": talks held
                # between two parties are theirs (the first is the actor, the other the target)
                actor = pair
                if target is not None and target.start == actor.start:
                    target = None
        if d.type == "CONSULT" and actor is None:
            visitor = self._framing_visitor(doc, d, cands, s0, s1)
            if visitor is not None and (target is None or target.start != visitor.start):
                # "وخلال زيارة إلى إندونيسيا، قال الرئيس التركي ..."، "وأضاف خلال زيارة إلى ماليزيا": a visit
                # that frames a statement is the speaker's own
                actor = visitor
        if (d.type == "ACCUSE" and d.triggers[0].trig.kind == "form"
                and toks[d.triggers[0].i].norm.removeprefix("و") in _cues("bears_blame")):
            # "مضيفا أن حركة حماس ... تتحمل المسؤولية عن أي اعتداء": the party that bears the blame is the one
            # accused, by the speaker whose statement it is (none: the article's own view, no statement)
            said = self._local.sent_speaker
            speaker = self._speaker(doc, cands, s0, s1) or (said[1] if said is not None and said[0] == s0 else None)
            if speaker is None and self._last_actor is not None and d.triggers[0].i - self._last_actor.tok_end <= SPEAKER_CARRIED:
                speaker = self._last_actor
            if speaker is None or (actor is not None and speaker.start == actor.start):
                return []
            actor, target = speaker, actor
        if d.type in SPEECH_TYPES and (actor is None or actor.kind in PEOPLE or self._pundit(doc, actor)):
            return []  # a statement counts only when someone identifiable makes it, and not a commentator
        if d.type == "SUPPORT" and self._praise_of_no_party(doc, d, cands, places, actor, target, s1):
            return []  # "وأشاد غارسيا أيضا بقوة برشلونة الدفاعية"، "مثمنًا جهود فريق العمل": praise of no party
        if d.type in SPEECH_TYPES and actor.kind in ("actor", "entity"):
            self._local.sent_speaker = (s0, actor)
        if self._local.sports and d.type in SPORTS_AMBIGUOUS and not (
                actor is not None and (actor.sector in ARMED_SECTORS or actor.country)):
            return []  # "هجوم" in a match report is an offence, "لقاء" a fixture
        head = d.triggers[0]
        # a place named as a participant is not where the event happened (الولايات المتحدة تتهم)، except
        # a town attacked (قصف على حلب): a target with no sector of its own is a place too
        parts = [x for x in (actor, target) if x is not None and (x is actor or x.sector)]
        # (but a town inside the speaker's name, after its head, is the seat the speaker speaks from: "دعا خطيب
        # جمعة النجف صدر الدين القبانجي"، "طالب خطيب جمعة مسجد الكوفة"، "إن محكمة استئناف طرابلس أصدرت أحكاماً")
        seat = self._speaker_seat(doc, places, actor) if d.type in SPEECH_TYPES or d.type == "SANCTION" else None
        # (the town of a party named as its residents is where it happened: "أن التنظيم منع سكان الرقة من مشاهدة
        # التلفاز")
        places = [p for p in places if not any(p.start < x.end and x.start < p.end for x in parts)
                  or self._residents_town(doc, p)]
        # "من التحالف الذي تقوده الولايات المتحدة": the state leading a party is not where it acts
        # "العمليات الخارجية التي تنوي القاعدة تنفيذها ضد الولايات المتحدة": a country named right after ضد is a
        # party acted against, not where
        # (_led_by, _against: always; _fought_in: "ألقت القبض على شبكة ... تضم خمسة كويتيين بعضهم حارب في العراق":
        # where the people an arrest or a statement is about fought is not where it happened (a fight told so is
        # its own place; aid to fighters and troops sent to fight go where they fight); _topic_of, for a material
        # event: "احتجاجا على استمرار حرب العراق", a country that is the topic of a war or a crisis is not where.
        # Each reads only the place: answered once per article, _place_tests)
        fought, topic = d.type not in ("ASSAULT", "AID", "MOBILIZE"), d.type in MATERIAL_TYPES
        places = [p for p, t in zip(places, self._place_tests(doc, places))
                  if not (t[0] or t[1] or (fought and t[2]) or (topic and t[3]))]
        # "في هذه الغارات بحسب انقرة": a capital that is the source speaks for its government; it is not where
        cited, other = self._local.cited, self._local.other_event
        places = [p for p in places if id(p) not in cited]
        # "بعد تفجير سروج": the place of another event referred back to is not where this one happened
        # (an event's own: "قتل 5 أشخاص بعد تفجير في حلب" is the bombing's toll, the same event)
        later = [f for f in d.triggers if not (f.i > s0 and {toks[f.i - 1].stem, toks[f.i - 1].norm} & _cues("after_event"))]
        if all(set(self._K[f.i]) & self._casualty_cues for f in later):
            later = d.triggers
        own = {k for f in later for k in range(f.i, f.j)}
        places = [p for p in places if other.get(id(p), -1) in own or id(p) not in other]
        if d.type in MATERIAL_TYPES:
            # "ومقتل أربعة من مرافقيه، وسيتم نقله إلى الرياض": where the wounded are taken, where the planes
            # set out from, where a leader lives, is not where the attack happened
            # (aid is delivered where it is brought: "بالتزامن مع وصول أول سفينة مساعدات غذائية إلى ميناء عدن"; troops
            # are deployed where they arrive: "التي بدأت قواتها فعليا بالوصول إلى قاعدة أنغرليك الجوية"، "وصول
            # إمدادات عسكرية إلى منطقة جعار")
            places = [p for p in places if id(p) not in self._local.aside
                      or (d.type in ("AID", "MOBILIZE") and id(p) in self._local.goal)
                      or (d.type == "RETREAT" and id(p) in self._local.left)]
            # "أودى بحياة ثلاثة جنود قرب الحدود مع العراق"، "على الحدود الباكستانية المتصلة مع أفغانستان": the
            # country across a border is not where it happened
            # (a strike from the air or by artillery of another state is where it hit: "فتحت تركيا ... جبهات؛ الأولى
            # عسكرية عند الحدود مع سوريا، حيث قصفت الطائرات التركية أهدافا لتنظيم داعش")
            across = mode in ("aerial", "heavy-weapons") and actor is not None and actor.country is not None
            places = [p for p, t in zip(places, self._place_tests(doc, places)) if across or not t[4]]
            # "تعرض مركز المسيال بقطاع ظهران الجنوب ... لقذائف عسكرية كثيفة من داخل الأراضي اليمنية": the
            # country the fire came from is not where it hit, when the clause (or the rest of its sentence: "وأعطبت
            # آلية لهم في حيي المنشية والعباسية ... في درعا البلد") names another place
            inside = {id(p) for p, t in zip(places, self._place_tests(doc, places)) if t[5]}
            if inside:
                rest = [p for p in places if id(p) not in inside]
                if self._places_in(rest, doc, s0, s1):
                    places = rest
        if d.type in MATERIAL_TYPES:
            # "منذ أن بدأت أنقرة حملة ضربات جوية على معسكرات الحزب في شمال العراق"، "بقطع الهدنة مع انقرة إثر الضربات
            # الجوية ... في شمال العراق": a national capital named with no locative word is its government, not
            # where the deed happened, when the clause names a place of another country
            # (so is a capital that speaks, right after a verb of saying, even one the gazetteer tables name: "وقالت
            # واشنطن يوم الثلاثاء إن ... مقاتلين ... اعتقلوا على ايدي مقاتلي جبهة النصرة جناح القاعدة في سورية")
            states = [p for p, t in zip(places, self._place_tests(doc, places)) if t[6] or self._spoken_by(doc, p)]
            if states:
                named = [q for q in self._places_in(places, doc, cs, ce) if all(q is not p for p in states)]
                places = [p for p in places if all(p is not x for x in states)
                          or not any(getattr(q, "country", None) not in (None, p.country) for q in named)]
        clause_places = self._places_in(places, doc, cs, ce)
        place_sets: list = []
        if self._same_area(doc, cs, ce):
            # "في المنطقة نفسها": the place of the last event told, else the last place named before
            before = [p for p in places if p.end <= toks[s0].start and _PRECISION_RANK.get(getattr(p, "precision", None), 4) <= 2]
            same = getattr(self._local, "last_place", None) or (self._setting(doc, before) if before else None)
            if same is not None:
                clause_places = []
                place_sets = [same]
                d.flags.append("place-from-context")
        listed = self._listed_after(doc, places, ce, s1) if d.type in MATERIAL_TYPES and not place_sets else []
        if listed and all(getattr(p, "precision", None) in ("region", "country") for p in clause_places):
            # "قصفت عددا من البلدات في ريف إدلب، منها كفرنبل ومعرة النعمان": one event per town listed
            clause_places = []
            place_sets = listed
        within = self._listed_within(doc, places, head.i + 1, ce, s1) if d.type in MATERIAL_TYPES and not place_sets else []
        if within:
            # "استعادوا أيضا مناطق إلى الشمال من عدن من الحوثيين منها البساتين وقرية الفلاحي": the places the clause
            # itself lists after منها are where it happened, one event each
            clause_places = []
            place_sets = within
        pair = self._dual_pair(doc, places, cs, ce) if d.type in MATERIAL_TYPES and not place_sets else []
        if pair:
            # "سيطرت على منطقتي السدة وحزم العديد": one event in each of the two places (and in a place the list
            # goes on to: "وأجزاء من منطقة الرضمة")
            # (a third name joined by و alone is no town: "بلدتي نبل والزهراء والمحاصرتين", the two besieged)
            rest = [p for p in clause_places if p.start >= pair[-1].end][:1]
            place_sets = pair + [p for p in rest if _PARTS_OF.match(doc.raw[pair[-1].end:p.start])]
            clause_places = []
        if len(clause_places) > 1:
            # "بمحافظة صعدة ... شمال العاصمة صنعاء"، "دينسور التي تقع ... شرقي مقديشو": a place given as the
            # reference point of the one named before it is not where the event happened
            kept = [p for k, p in enumerate(clause_places) if not (k and self._reference_point(doc, p))]
            clause_places = kept or clause_places
            # "في منطقة كرش بلحج"، "في منطقة يريم في اب": the town that holds the place named right before it is
            # not where (the place before may carry region precision, as a town named after منطقة does)
            kept = [p for k, p in enumerate(clause_places) if not (k and self._holder_of(doc, clause_places[k - 1], p))]
            clause_places = kept or clause_places
        # "كثفت طائرات التحالف من غاراتها ليلًا وصباح أمس، ضد مواقع المتمردين في قاعدة العند الجوية، وفي الحوطة ...،
        # فضلًا عن تعز": the phrases after the clause's comma that go on with its places (a preposition or a list
        # connector, no verb of their own)
        tail = self._list_tail(doc, places, ce, s1) if d.type in MATERIAL_TYPES and not place_sets else []
        if clause_places:
            after = [p for p in clause_places if p.start >= head.start] or clause_places
            opening = self._opening_place(doc, clause_places, cs, head) if d.type in MATERIAL_TYPES else None
            if opening is not None and after and opening not in after:
                # "وفي مديرية لودر بذات المحافظة نصبت المقاومة كمينا محكما لقائد محور البيضاء": the place a clause
                # opens with (في or ب first) sets it; a place after the deed's word is its own only inside it (a
                # quarter of that town, a town of that division): not one in a title or another phrase
                after = [opening] + [p for p in after if _inside(p, opening)]
            # (a town named after a word for its own area, "في منطقة الطارمية شمال بغداد"، "في منطقة سجنان", is that
            # town: as specific as a town named bare)
            best_rank = min(_choice_rank(p) for p in after)
            if d.type in MATERIAL_TYPES:
                group = self._coordinated(doc, after + tail)
                chosen = min(after, key=lambda p: (_choice_rank(p) > best_rank, p.start))
                if len(group) < 2 and chosen is not after[0] and _placed(doc, self._local.tok_starts, chosen):
                    # "استهدفوا مسلحي تنظيم داعش بتسع ضربات جوية في سوريا أصابت ... بالقرب من حلب والحسكة وعين
                    # العرب": the country the clause opens with frames it; the towns listed together after it,
                    # from the most specific one on, are where it happened, one event each (when written as
                    # places: not "لتصبح المحافظة الثالثة المحررة بعد الضالع وعدن", a ranking)
                    group = self._coordinated(doc, [p for p in after + tail if p.start >= chosen.start])
                if group[0] is after[0] or len(group) > 1:
                    # (names the gazetteer lacks that the list goes on to: "بتحرير العلم ودوفس والكود وزنجبار")
                    group = self._with_unlisted(doc, group, toks[cs].start, max([toks[ce - 1].end] + [p.end for p in tail]))
                place_sets = group if len(group) > 1 else [chosen]
            else:
                # a statement happens in a town (a meeting in Riyadh); a country in it is its topic
                # (a governorate named after its town is that town: "ندد خطباء الجوامع والمساجد بمحافظة أملج")
                # (a first-level division named after its capital is no town: "تحرير محافظة عدن" is a topic)
                towns = [p for p in after if getattr(p, "precision", None) in ("exact", "part")
                         or (getattr(p, "feature", None) == "city" and getattr(p, "geonameid", None) is not None
                             and getattr(p, "note", None) != "governorate")]
                # (a town taken or freed is what a statement speaks of, not where it is made: "أعرب ... عن تقدير
                # حكومة بلاده لدور الإمارات ... في عملية السهم الذهبي لتحرير مدينة عدن" was said in Riyadh)
                towns = [p for p in towns if not self._taken_town(doc, p)]
                place_sets = towns[:1]
        elif not place_sets and seat is not None:
            place_sets = [seat]  # a court's sentence is passed where it sits
            d.flags.append("place-from-speaker")
        elif not place_sets and d.type in MATERIAL_TYPES and len(group := self._coordinated(doc, tail)) > 1:
            place_sets = group  # the clause names no place; the phrases after its comma list several
        elif not place_sets and d.type in MATERIAL_TYPES:
            sent_places = self._places_in(places, doc, s0, s1)
            fronted = self._fronted(doc, sent_places, s0, cs)
            best = min(sent_places, key=lambda p: (_PRECISION_RANK.get(getattr(p, "precision", None), 4), p.start)) \
                if sent_places else None
            if fronted is not None and not _place_compatible(fronted, best):
                # "وفي محافظة عدن، سيطرت ميليشيات الحوثي على مسجد العيدروس ...، فيما استهدفت بعض المواقع
                # بالحسيني بلحج": the place the sentence opens with frames its clause, not a later clause's town
                # outside it (a place inside it stays: "وفي محافظة مأرب، شنت الطائرات ست غارات جوية أمس، امتدت
                # إلى منطقة الأشراف غرب المدينة")
                place_sets = [fronted]
            elif sent_places:
                # "شرعت قوات الأمن في عمليات ... في عدد من المدن من بينها اسطنبول وأنقرة وشانلي أورفا وإزمير،
                # واعتقلت 97 شخصا"، "بمهاجمة مواقع المقاومة في مناطق الجدعان والجفينة وصرواح، مبينة بأن هناك
                # معارك عنيفة تدور حاليا في تلك المنطقة": towns listed together right before a clause that names
                # no place of its own are where it happened, one event each
                place_sets = self._listed_before(doc, sent_places, best, head, ce) or [best]
                if len(place_sets) == 1 and self._speaker_title_place(doc, place_sets[0], s0, cs):
                    d.flags.append("place-of-speaker")  # a place the speaker is named with (merging: no other place)
            else:
                # the story's setting: the last specific place named in the two sentences before
                before = [p for p in places if p.end <= toks[s0].start and _PRECISION_RANK.get(getattr(p, "precision", None), 4) <= 2]
                window_start = doc.sentences[max(0, self._sent_index(s0) - 2)].start
                before = [p for p in before if p.start >= window_start]
                last = getattr(self._local, "last_place", None)
                if (before and last is not None and last.start >= window_start and "ال" in toks[head.i].proclitics
                        and any(p is last for p in before)):
                    # "أن مواجهات اندلعت في مناطق القلعة والمحفد ... وأن المواجهات دارت": the clashes named again
                    # are where the last event was told, not the last place the sentence before happened to name
                    place_sets = [last]
                    d.flags.append("place-from-context")
                elif before:
                    place_sets = [self._setting(doc, before)]
                    d.flags.append("place-from-context")
        if not place_sets and d.type not in MATERIAL_TYPES:
            # a statement with no town in its clause: the article's dateline ("الرياض 25 شوال ... واس"), else
            # a town elsewhere in its sentence ("on the sidelines of the meeting held in Cairo")
            towns = [p for p in self._places_in(places, doc, s0, s1) if getattr(p, "precision", None) in ("exact", "part")
                     and self._venue(doc, p, s0)]
            if seat is not None:
                place_sets = [seat]
                d.flags.append("place-from-speaker")
            elif self._local.dateline is not None:
                place_sets = [self._local.dateline]  # a filed report: said where it was filed
                d.flags.append("place-from-dateline")
            elif towns:
                place_sets = towns[:1]
                d.flags.append("place-from-sentence")
            elif (went_on := self._went_on_at(doc, places, s0)) is not None:
                # "ونسب رئيس الوزراء احمد داود اوغلو بوضوح الهجوم الى التنظيم المتطرف. وقال امام الصحافيين في
                # انقرة": the speaker, going on in the next sentence, says where he spoke (not the attack's town)
                place_sets = [went_on]
                d.flags.append("place-from-sentence")
            elif (visited := self._country_venue(doc, s0, s1)) is not None:
                # "قال ... في اليوم الأول من زيارته كينيا"، "ندد ... خلال زيارة الى الشطر الشمالي من قبرص"، "خلال
                # لقائه نظيره الأميركي جون كيري في ماليزيا": a country a visit or a meeting is in, named right after it
                place_sets = [visited]
                d.flags.append("place-from-sentence")
            else:
                # the town the story is in, named in this sentence or the one before, for a speaker of that
                # country or of none known (the governor of Aden speaking in Aden; not a foreign minister)
                lo = doc.sentences[max(0, self._sent_index(s0) - 1)].start
                near = [p for p in places if lo <= p.start and p.end <= toks[s1 - 1].end
                        and getattr(p, "precision", None) in ("exact", "part") and not self._taken_town(doc, p)]
                a3s = _countries()[0]
                own = [p for p in near if actor is not None
                       and actor.country in (None, a3s.get(getattr(p, "country", None) or ""))]
                if own and own[-1] is not near[-1] and own[-1].start < toks[s0].start:
                    # (the last town of the speaker's country, when a town of another country was named after it,
                    # in the statement's own sentence only: "عبر مجلس الأمن الوطني الأمريكي في واشنطن عن إدانة
                    # الولايات المتحدة ... للهجمات ... في أبها"; not a town of the sentence before, where a town
                    # abroad named last may be where the speaker is: "يجري رئيس الحكومة التونسية ... مباحثات ... في
                    # بروكسل" then "وتطالب تونس بدعم أكبر")
                    own = []
                venue = self._local.venue
                if own and venue is not None and venue.end <= toks[s0].start and not any(p is venue for p in own) \
                        and all(p.start >= toks[s0].start for p in own):
                    # "التقى نائب الرئيس اليمني ... امس في مقر الحكومة اليمنية المؤقت بالرياض ..." then "وأعرب نائب
                    # الرئيس اليمني عن تقدير ... لتحرير مدينة عدن، مشيراً إلى أهمية ... الانتصار في عدن": the towns
                    # of the statement's own sentence, after its start, are what it speaks of; it was said where
                    # the article has already set the meeting
                    own = []
                if own:
                    place_sets = [own[-1]]
                    d.flags.append("place-from-context")
        if not place_sets and d.type not in MATERIAL_TYPES and self._local.venue is not None:
            # a statement with no town near it: where the article says the talks or the meeting were held
            # ("عقب لقائه مع نظيره القطري ... في الدوحه أمس"، "الاجتماع ... الذي عقد أمس بمقر الجامعة في القاهرة")
            place_sets = [self._local.venue]
            d.flags.append("place-from-venue")
        if not place_sets and self._local.lead is not None and toks[s0].start >= self._local.lead[0].end:
            # nothing in the clause, the sentence or the story told just before: the town the article's lead
            # sets the story in ("شهدت مدينة مروة أقصى شمال الكاميرون هجوما"، "قام وزير الدفاع الأميركي بزيارة
            # إلى بغداد"; for a deed, not a town it was taken to or came from)
            lead, lead_deed = self._local.lead
            # (a deed of a kind told before with a place is probably that deed again: it takes that place
            # when merged)
            town = lead if d.type not in MATERIAL_TYPES else lead_deed if d.type not in self._local.placed_types else None
            if d.type not in MATERIAL_TYPES and actor is not None and actor.country not in (
                    None, _countries()[0].get(getattr(lead, "country", None) or "")):
                town = None  # a foreign speaker is not where the story is set (Carter on Russia, the lead in Aleppo)
            if town is not None:
                place_sets = [town]
                d.flags.append("place-from-lead")
        if place_sets and d.type in MATERIAL_TYPES:
            self._local.placed_types.add(d.type)
        if not place_sets:
            place_sets = [None]
        elif (d.type in MATERIAL_TYPES and "place-from-context" not in d.flags
              and _PRECISION_RANK.get(getattr(place_sets[-1], "precision", None), 4) <= 2):
            self._local.last_place = place_sets[-1]
        if len(place_sets) == 1 and place_sets[0] is not None:
            # "فشلت العملية الإرهابية التي استهدفت مسجد قوة طوارئ عسير في أبها" and later "وجاء تفجير مسجد مقر
            # قوات الطوارئ في منطقة عسير": an event set in a governorate the article names exactly
            # one town of happened in that town, the most specific place the story gives
            town = self._sole_town_in(place_sets[0], places)
            if town is not None:
                place_sets = [town]
                d.flags.append("place-sole-town")
        # (up to an attack of the clause that is history or a tally: "التفجيران ... في سلسلة الهجمات التي أودت بحياة 300")
        count_end = min([ce] + [x for x in self._local.tally if x > d.triggers[0].i])
        killed, injured = (self.counts(doc, cs, count_end) if d.type == "ASSAULT" else (None, None))
        toll_at = ce  # the comma the toll may go on past
        if d.type == "ASSAULT" and count_end == ce and (killed is None) != (injured is None):
            # "قتل 4 ضباط آخرين برتب عميد وعقيد، و12 عنصرًا آخر من قوات النظام": a second group after the comma
            # (before the toll told on past it: "استشهاد عشرة من منسوبيها، وثلاثة من العاملين، وإصابة تسعة آخرين")
            more = self._group_after_comma(toks, cs, ce, s1)
            if more:
                killed, injured = (killed + more, None) if killed is not None else (None, injured + more)
                toll_at = next((x for x in range(ce + 1, s1) if toks[x].norm in ("،", ",", ".", ":", "؛", ";")), toll_at)
        if d.type == "ASSAULT" and count_end == ce:
            # "ما اسفر عن مقتل 42 منهم، بينهم قياديون وإصابة 18 آخرين": the toll goes on past the comma
            more = self._toll_continued(doc, toll_at, s1)
            if more is not None and (killed is None or injured is None):
                k2, i2 = self.counts(doc, toll_at + 1, more)
                if (k2 is None) != (i2 is None):
                    # "، قتل خلالها العشرات من عناصر تنظيم داعش، ونحو 20 مقاتلاً من وحدات الحماية": its second group
                    extra = self._group_after_comma(toks, toll_at + 1, more, s1)
                    if extra:
                        k2, i2 = (k2 + extra, None) if k2 is not None else (None, i2 + extra)
                killed = killed if killed is not None else k2
                injured = injured if injured is not None else i2
        if d.type == "ASSAULT" and killed is None and injured is None:
            fronted = self._fronted_toll(doc, cs, s0)
            if fronted is not None:
                killed, injured = self.counts(doc, fronted, count_end)  # "25 مقاتلاً ...، قتلوا في الهجوم"
        if d.type == "ASSAULT" and sole and killed is None and injured is None:
            killed, injured = self.counts(doc, s0, s1)  # the sentence's only attack owns its counts
        elif d.type == "ASSAULT" and sole and (killed is None or injured is None):
            # and the count of the other kind told in another clause of it: "استقبلت يوم أمس 40 مصاباً، و15 حالة
            # وفاة جراء التفجير" (the wounded before the comma, the dead in the attack's clause)
            k2, i2 = self.counts(doc, s0, s1)
            if (k2, i2)[injured is None] is not None and (k2, i2)[injured is not None] in (None, killed if injured is None else injured):
                killed, injured = (killed, i2) if injured is None else (k2, injured)
        if d.type == "SANCTION" and killed is None:
            killed = self._executed(doc, d, ce)
        if d.type == "ASSAULT" and killed is None:
            killed = self._ranked_dead(doc, d, cs, ce, s1)
        if d.type == "ASSAULT" and killed is None:
            killed = self._one_killed(doc, d, cs, ce)
        if d.type == "ASSAULT" and (killed or injured) and self._series_toll(doc, cs, count_end):
            killed = injured = None  # "قتل 16 شخصاً في نيجيريا في هجومين منفصلين": the toll of two attacks, each told apart
        # "مقتل 10 مدنيين وإصابة 17 آخرين في انفجار عبوتين ناسفتين ... في قضاء بلدروز والمقدادية": one toll for the
        # places the clause lists; the gold gives it to none of the events, one per place (a toll told after a list,
        # "... فضلًا عن تعز، حيث قتل 47 متمردًا", is told of the place it follows). It is kept while the article's
        # reports are merged (a report of that toll is the list's) and dropped after, by the "list-toll" flag (set on
        # the events below, not on the draft, whose flags lower the confidence)
        list_toll = d.type == "ASSAULT" and bool(killed or injured) and len(place_sets) > 1 \
            and all(p is not None and p.start >= toks[cs].start for p in place_sets) \
            and not self._between_first(doc, place_sets[0])
        if d.type == "ASSAULT" and max(killed or 0, injured or 0) >= CUMULATIVE_TOLL:
            if all(set(self._K[f.i]) & self._casualty_cues for f in d.triggers):
                return []  # "ووثق المرصد مقتل 71 ألفا و781 مدنيا": a war's toll, not one attack's
            killed = injured = None  # "هذا الهجوم الذي بدأ قبل شهرين اوقع اكثر من الف قتيل": a campaign's toll
        # "راح ضحيتها عشرات القتلى والجرحى": a vague toll (tens, hundreds), which a figure told of the same event
        # replaces ("أكدت مصادر طبية مقتل عشرين شخصًا")
        # ("استشهد وجرح عشرات الاشخاص": one vague count of the dead and the wounded, read as both)
        vague = d.type == "ASSAULT" and killed is not None and injured in (None, killed) and any(
            self.number_at(toks[k]) == (killed, "vague") for k in range(cs, min(count_end, len(toks))))
        if (d.type == "ASSAULT" and mode is None and not killed and not injured
                and all(f.trig.key in _cues("verbal_attack") for f in d.triggers)
                and any(_word_in(toks[k], "saying") for f in d.triggers for k in range(f.j, min(ce, len(toks), f.j + 6)))):
            # "فهاجم السلطة الفلسطينية قائلا: ..."، "هاجم الوزير المعارضة بقوله": the attack is what is said
            if target is None and actor is not None and actor.tok_start > d.triggers[0].i:
                target, actor = actor, self._last_actor  # (the one attacked follows the verb; the speaker is the last)
            if not (target is not None and _armed(target)) and not (actor is not None and _armed(actor)):
                d.type = "ACCUSE"
        if (d.type == "ASSAULT" and mode is None and not killed and not injured
                and target is not None and self._verbal_attack(doc, d, actor, target)):
            # "شن وزير الداخلية هجوما قويا على اللاعب"، "هاجم ظريف الحكومة السعودية": words, not force
            d.type = "ACCUSE"
        if d.type == "ASSAULT" and target is None and (killed or injured):
            # "أوقع هجوم بسيارة مفخخة على حفل زفاف بالفلوجة سبعة قتلى": the people killed or hurt are whom it hit
            target = self._counted_people(doc, cs, ce)
            if target is not None:
                # "سقط عشرات القتلى والجرحى من الحوثيين": the side the dead are counted from
                side = next((c for c in cands if c.kind == "actor" and target.tok_end <= c.tok_start <= target.tok_end + 3
                             and c.tok_end <= ce and toks[c.tok_start - 1].norm == "من"
                             and (actor is None or c.start != actor.start)), None)
                if side is not None:
                    target = side
        if (d.type == "ASSAULT" and target is None and actor is not None and actor.country and len(place_sets) == 1
                and getattr(place_sets[0], "precision", None) == "country"):
            # "إسرائيل نفذت ضربة جوية في سورية": a state striking in another country named as the place
            # strikes that country
            p = place_sets[0]
            a3 = _countries()[0].get(getattr(p, "country", None) or "")
            named = default_matcher().lookup(p.text)  # the country's own name, not a town read as the country
            if (a3 and a3 != actor.country and named is not None and named.country == a3
                    and toks[cs].start <= p.start and p.end <= toks[ce - 1].end):
                a, b = _tok_range(self._local.tok_starts, p.start, p.end)
                target = Cand(p.start, p.end, p.text, a, b, country=a3, kind="actor", producer=PRODUCER)
        also_hit = self._also_hit(doc, cands, cs, ce, actor, target) if d.type == "ASSAULT" and target is not None else []
        if d.type == "COERCE" and target is not None:
            group = self._suspected_group(doc, cands, s0, s1, target)
            if group is not None:
                also_hit = [group]
        # mention: the clause, widened to the arguments found in the same sentence
        inside = [x for x in (actor, target) if x is not None and cs <= x.tok_start and x.tok_end <= ce]
        lo = min([toks[cs].start] + [x.start for x in inside])
        hi = max([toks[ce - 1].end] + [x.end for x in inside])
        if hi - lo > 1000:
            lo, hi = toks[cs].start, min(toks[ce - 1].end, toks[cs].start + 1000)
        mention = Mention(lo, hi, doc.raw[lo:hi], head.start, head.end)
        # a deed (an agreement too) takes its own day, not that of a statement reporting it
        date, precision, source = self._date(doc, lo, hi, deed=d.type in DEED_DATED_TYPES,
                                             trigger=max(f.start for f in d.triggers))
        borrowed = source == "text" and not _dated_in_sentence(doc, lo, hi) \
            and not self._stated_in(doc, date, lo, hi, anchored=True)  # the day of the sentence before
        if (d.type in SPEECH_TYPES and source == "text" and date and doc.published
                and STATEMENT_STALE_DAYS < _days_before(date, doc.published) <= HISTORY_DAYS
                and not self._stated_in(doc, date, lo, hi)):
            # "رحب المجلس بالبيان المشترك الصادر عقب اجتماع وزراء خارجية دول مجلس التعاون ...، في رسم الخطوات ...
            # التي أعلن عنها في قمة كامب ديفيد في 14 مايو 2015": a statement is not dated by a day weeks old that its
            # own clause does not state (another event's, later in its sentence or in the one before): the default
            # day, flagged as one (in the read gold sets no statement so dated keeps that day; a day of history, a
            # year or more back, is left to the history checks below: "واتهمت أوكرانيا ... الانفصاليين بإسقاط الطائرة")
            date, precision, source = self._date(doc, lo, hi, deed=d.type in DEED_DATED_TYPES,
                                                 trigger=max(f.start for f in d.triggers),
                                                 since=(dt.date.fromisoformat(doc.published[:10])
                                                        - dt.timedelta(days=STATEMENT_STALE_DAYS)).isoformat())
            if source == "text":
                borrowed = not _dated_in_sentence(doc, lo, hi) and not self._stated_in(doc, date, lo, hi, anchored=True)
        history = source == "text" and date and doc.published and _months_between(date, doc.published) > 12
        if history and d.type == "ACCUSE":
            # "واتهمت أوكرانيا ... الانفصاليين بإسقاط الطائرة" told of July 2014 in a 2015 story: an accusation
            # is news only when made in the reported period (a deed of the past is kept, marked, below)
            return []
        if history:
            d.flags.append("background")  # "في 18 أبريل 1983 ... تفجير السفارة": dated history, kept but marked
        weight = max(f.trig.weight for f in d.triggers)
        conf = weight * (0.7 + 0.15 * (actor is not None) + 0.1 * (place_sets[0] is not None) + 0.05 * (target is not None))
        if d.flags:
            conf *= 0.9
        if history:
            conf *= 0.5  # below the default --min-confidence of a dataset that wants only new events
        out = []
        # "وضغطت كل من هولندا وماليزيا": actors joined by و each make the event (one event per actor)
        # (the two sides of a fight "بين X وY من جهة، وZ من جهة أخرى" are one event: X and Y are one side)
        doers = [actor] + (self._coordinated_actors(doc, actor, target, d.type, cands, d.sides)
                           if not d.sides else []) if actor is not None else [None]
        if target is not None and any(x is not None and x.start == target.start for x in doers[1:]):
            # the side joined to the doer by و is a co-doer, not whom it was done to; whom is named right
            # after the doers (وتتهم أوكرانيا والدول الغربية المتمردين)
            last = max(x.tok_end for x in doers[1:])
            nxt = next((c for c in cands if last <= c.tok_start <= last + 1 and c.tok_end <= ce
                        and c.kind in ("actor", "entity") and not self._is_place(doc, c)
                        and self._prepositional(doc, c) is None
                        and not any(e.label == "PERS" and e.start <= c.start < e.end for e in doc.entities)), None)
            # (a person's name right after the last doer is its apposition: قوات الرئيس ... علي عبدالله صالح)
            target = nxt
        # a title and the name after it are one participant span (computed once, not per place)
        named = {id(a): self._titled(doc, cands, self._with_name(doc, cands, a)) for a in doers if a is not None}
        named = {k: self._of_his_country(doc, c, s0) for k, c in named.items()}
        if d.type in SPEECH_TYPES:
            named = {k: self._of_title_country(doc, c, min(f.i for f in d.triggers)) for k, c in named.items()}
        target_named = self._titled(doc, cands, self._with_name(doc, cands, target))
        for place, actor in ((p, a) for p in place_sets for a in doers):
            actors = (self._participant(named[id(actor)], hedged, place, "actor", d.type != "ASSAULT"),) \
                if actor is not None else ()
            targets = tuple(self._participant(c, False, place, "target")
                            for c in [target_named] + also_hit) if target is not None else ()
            implied = not targets and d.type == "PROTEST" and self._implied_government(place)
            if implied:
                targets = (implied,)
            acled = self._acled(d.type, mode, actors, targets)
            ev = Event(head.start, head.end, doc.raw[head.start:head.end], round(min(conf, 0.99), 4), PRODUCER,
                       type=d.type, mode=mode, actors=actors, targets=targets, place=place, date=date,
                       date_precision=precision, date_source=source, killed=killed, injured=injured,
                       mentions=(mention,), acled_event_type=acled[0], acled_sub_event_type=acled[1],
                       flags=tuple(d.flags) + (("coordinated-actor",) if actor is not doers[0] else ())
                       + (("target-implied",) if implied else ()) + (("vague-toll",) if vague else ())
                       + (("updated-toll",) if killed is not None and self._tells_risen_toll(toks, cs, ce) else ())
                       + (("date-borrowed",) if borrowed else ()) + (("list-toll",) if list_toll else ()))
            definite = "ال" in toks[head.i].proclitics or bool(toks[head.i].enclitics)
            prev = toks[head.i - 1] if head.i > s0 else None
            if (prev is not None and prev.stem in _cues("occurrence") and head.i - 2 >= s0
                    and toks[head.i - 2].stem in _cues("backref")):
                prev = toks[head.i - 2]  # "وعقب وقوع التفجير"، "بعد حدوث الانفجار": after the occurrence of
            backref = (prev is not None and prev.stem in _cues("backref")
                       and not (prev.stem == "عن" and head.i - 2 >= s0 and toks[head.i - 2].stem in _cues("consequence"))
                       and not (prev.norm == "عن" and any(
                           toks[k].norm in _cues("disclosed") for k in range(max(s0, head.i - 8), head.i - 1))
                           and not any(set(self._K[k]) & _cues("claim") or not _same_clause(toks, k, head.i)
                                       for k in range(max(s0, head.i - 8), head.i - 1))))
            if backref and source == "text" and _relative_deed_after(toks, head.j, s1):
                # "جراء الاعتداء الغاشم الذي وقع يوم أمس في مسجد قوات الطوارئ"، "الغارات التي نفذتها تركيا في
                # نهاية الأسبوع الماضي": the event noun told with a relative clause of its own and a day, a report
                backref = False
            if head.trig.kind in ("noun", "nphrase") and len(d.triggers) == 1 and self._case_of(toks, head.i, s0):
                # "محاكمة المتهمين في تفجير المسجد"، "11 متهمًا من متهمي تفجير المسجد": the bombing a case is about
                ev = replace(ev, flags=ev.flags + ("anaphoric", "back-reference"))
                out.append(replace(ev, summary_en=summarize(ev)))
                continue
            unplaced = (place is None or "place-from-context" in d.flags or "place-from-lead" in d.flags
                        or getattr(place, "precision", None) == "country"  # no specific place of its own
                        or getattr(place, "note", None) in ("the capital named before", "the story's capital",
                                                             "the governorate named before"))
            # a back-reference with a town and a time of its own ("عن التجمعات التي انتشرت في بيروت فجرا") reports
            backref = backref and not (d.type == "PROTEST" and not unplaced)
            if _new_story(doc.raw, toks[s0].start) and not (head.trig.kind in ("noun", "nphrase") and definite):
                # "من جهة أخرى، فجّرت قوات الاحتلال جسماً مشبوهاً"، "إلى ذلك، لقي 13 حوثيا مصرعهم": the sentence turns
                # to another story, and what it tells is not an event told before it (merge_events); a definite
                # event noun still names one told ("إلى ذلك، أكد مفوض الشرطة في ولاية بورنو الهجمات")
                ev = replace(ev, flags=ev.flags + ("new-story",))
            if self._another(toks, d, s0, head.i):
                # "وفي حادث منفصل قتل ..."، "في هجوم آخر": the text itself sets it apart from the event told before
                ev = replace(ev, flags=ev.flags + ("another",))
                out.append(replace(ev, summary_en=summarize(ev)))
                continue
            if (any(self._told_again(toks, f.i, f.j, s0) for f in d.triggers) or any(
                    _word_in(toks[k], "incident_noun") and self._told_again(toks, k, k + 1, s0)
                    for k in range(s0, head.i))):
                # "الذين قتلوا في الهجوم الذي وقع مساء السبت في مقاطعة خان آباد": the attack the article told,
                # named again with details of its own (a district, the evening before the lead's day); "الحادثة
                # وقعت حين فجر انتحاري حزامه": the incident told, then how
                ev = replace(ev, flags=ev.flags + ("told-again",))
                if source == "text" and self._day_before_trigger(doc, ev.date, lo, head.start):
                    # "وكانت النيابة العامة وجهت في 14 يوليو الماضي الاتهام ... في حادث التفجير الإرهابي الذي
                    # استهدف المسجد": the day is the indictment's, told before the attack's noun, not the attack's own
                    ev = replace(ev, flags=ev.flags + ("day-of-another-clause",))
            elif d.type in MATERIAL_TYPES and self._toll_in_told(toks, d, s0):
                # "إن خمسة أشخاص قتلوا في الهجوم وأصيب 16"، "وقتل جنديان ... في الانفجار": a toll told of the
                # attack the article told (the definite noun), by another source
                ev = replace(ev, flags=ev.flags + ("toll-again",))
            if self._link_line(toks, s0, head.i):
                # "رابط الخبر بصحيفة الوئام: الحوثيون يقصفون ...": the page's link line repeats the headline
                ev = replace(ev, flags=ev.flags + ("headline",))
            elif (d.type == "ASSAULT" and head.i > s0 and "ال" in toks[head.i].proclitics and len(d.triggers) == 1
                  and head.trig.kind in ("noun", "nphrase") and _word_in(toks[head.i - 1], "demonstrative")):
                # "وهذه الهجمات هي الأولى التي تضرب العاصمة": the attacks just told
                ev = replace(ev, flags=ev.flags + ("anaphoric",))
            elif (d.type == "ASSAULT" and unplaced and actor is None
                    and (any(self._this_attack(toks, f.i, s0) for f in d.triggers)
                         or (mode is None and (place is None or "place-from-context" in d.flags)
                             and all(self._casualty_cues.intersection(self._K[f.i]) for f in d.triggers)
                             and not any(_word_in(toks[k], "another") for k in range(s0, s1))))):
                # "عدد قتلى الهجوم ارتفع إلى 20"، "14 شخصا قتلوا في هذا الهجوم": the attack told before,
                # its toll restated or updated
                ev = replace(ev, flags=ev.flags + ("anaphoric",))
            elif (head.trig.kind in ("noun", "nphrase") and len(d.triggers) == 1 and definite
                    and (backref or (actor is None and unplaced and killed is None and injured is None))):
                ev = replace(ev, flags=ev.flags + (("anaphoric", "back-reference") if backref else ("anaphoric",)))
            elif head.trig.kind in ("noun", "nphrase") and definite and backref and self._others_definite(toks, d):
                # a back-reference whose clause names the attack again: "وعقب وقوع التفجير الإرهابي في مسجد الإمام
                # الصادق ألقت القبض على السائق ... وبقية الشركاء والمتعاونين والمتورطين في التفجير الإرهابي" is the
                # attack told before (merged with it; kept as a report of its own when the article told none)
                ev = replace(ev, flags=ev.flags + ("anaphoric",))
            elif (definite and len(d.triggers) == 1 and head.trig.kind == "nphrase"
                  and head.trig.key in _cues("referred_incident")):
                # "أدين ... الحادث الإجرامي الآثم الذي استهدف عباد الله الآمنين في المسجد": the attack the
                # article told, when it told one (merged with it, its place and day the statement's own); else
                # the attack itself, told by its occurrence ("فشلت العملية الإرهابية التي استهدفت مسجد ... أمس")
                ev = replace(ev, flags=ev.flags + ("anaphoric",))
            elif ((self._claimed(doc, head.i, s0) and unplaced and killed is None and injured is None)
                  or "condemned-object" in d.flags):
                # "وتبنت جبهة النصرة خطف العناصر": a claim for an attack told before is that attack
                ev = replace(ev, flags=ev.flags + ("anaphoric",))
            out.append(replace(ev, summary_en=summarize(ev)))
        return out

    def _acled(self, typ: str, mode: str | None, actors, targets) -> tuple[str | None, str | None]:
        if typ == "ASSAULT" and mode in (None, "firearms", "destroy") and targets and targets[0].sector == "CVL" \
                and not (actors and actors[0].sector in ("MIL", "REB", "COP")):
            return "Violence against civilians", "Attack"
        got = self.lex.acled.get((typ, mode or "*")) or self.lex.acled.get((typ, "*"))
        return got if got else (None, None)


_DEFAULT: EventExtractor | None = None


def events_stage(doc: Document) -> Document:
    """Stage: ``doc.events`` from triggers, participants, places and dates."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = EventExtractor()
    doc.events = _default_confidence().calibrate(doc, _DEFAULT(doc))
    return doc


def _comma_after(toks: list[Token], verb: Found, actor: Cand, s1: int) -> bool:
    """Does a comma open an aside right after the verb, or right after its subject when the subject follows it
    (within two tokens, before ``s1``)?"""
    after = max(verb.j, actor.tok_end if actor.tok_start >= verb.j else 0)
    return any(toks[k].kind == "punct" and toks[k].norm == "," for k in range(after, min(s1, after + 2)))
