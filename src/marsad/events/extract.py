"""Rule-based PLOVER event extraction over a tokenized, tagged Document.

For each sentence: find triggers (lexicon words, conjugated verbs, phrases),
drop negated, future and hypothetical ones (a refused withdrawal becomes a
REJECT), group same-type triggers of a clause into one event, fill actors and
targets from actor-dictionary matches and named entities by their position
around the trigger, the place from the place stage, the day from the date
stage, and killed/injured from numbers next to casualty words. Reports of the
same event in one article are then merged into one event with several mentions.
"""
from __future__ import annotations

import bisect
import datetime as dt
from bisect import bisect_left as _bisect_left, bisect_right as _bisect_right
import operator
import re
import threading
from itertools import chain as _chain_of
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .. import resources
from ..actors import core, default_matcher
from ..normalize import fold_key as _fold_key
from ..document import Document, Token
# (imported here, not in the functions that use them: an import in a function costs microseconds at every call)
from ..geo.places import capitals
from ..glue import default_vocabulary
from .lexicon import PAST_SUFFIXES, Lexicon, Trigger, conjugations, load
from .confidence import default_model as _default_confidence
from .model import Event, Mention, Participant

PRODUCER = "events.rules/0.1"
CLAUSE_PUNCT = {",", ";", ":"}
CLAUSE_OR_STOP = frozenset(CLAUSE_PUNCT | {".", "?", "!"})  # a mark that ends a clause or a sentence
SPORTS_SHARE = 0.01  # an article with more than 1 sports word in 100 is about sport
LITERARY_CLUB = frozenset({"ادبي", "الادبي", "ثقافي", "الثقافي"})  # (نادي أبها الأدبي: a club that is no sports word)
SPORTS_AMBIGUOUS = {"ASSAULT", "CONSULT", "COERCE", "THREATEN", "REJECT", "PROTEST", "REQUEST", "SUPPORT"}
# nouns for one person killed, with no count word: "قتل مواطن"، "إن مقاتلا قتل"
# modes one report can give and another refine: a suicide bombing is an explosion
DISTINCT_TOLL = 10  # a death toll this large told twice in one article counts the same dead
COMPATIBLE_MODES = ({"explosives", "suicide-attack"}, {"demo", "riot"}, {"arrest", "seize"},
                    # a raid made to arrest: "اقتحم عدة منازل في القرية من أجل إجراء اعتقالات" and "قاما بعملية في
                    # القرية لاعتقال فلسطيني مطلوب", "اعتقلت ... بعد مداهمة منازلهم" tell one operation
                    {"arrest", "raid"},
                    # an assassination is done with a weapon: "عملية الاغتيال" and "إطلاق نار عليه" tell one killing
                    # (not an air strike: "إعدام التنظيم بعض عناصره" and "قيام الطيران العراقي ... بقصف" are two deeds)
                    {"targeted", "firearms"}, {"targeted", "explosives"})
# of two compatible modes, the one that refines the other (a suicide bombing is a bombing, an assassination a
# shooting) is the merged event's
REFINED_MODES = frozenset({"suicide-attack", "targeted"})
# what an armed attack destroys is told as its own clause ("ودمر الحاجز بالكامل"، "وتدمير مركبتين"): the damage of
# an air strike, a shelling, a bombing or a shooting told just before, not another attack
DAMAGE_OF = frozenset({"aerial", "heavy-weapons", "explosives", "suicide-attack", "firearms"})
# ways of attacking that a crowd does not use: an attack by these in a protest's sentence is not a riot
ARMS_MODES = frozenset({"suicide-attack", "explosives", "aerial", "heavy-weapons"})
KILLING_KEYS = frozenset({"قتل", "مقتل", "اعدم", "اغتال"})  # the ASSAULT triggers that tell a killing
DENIED_SUBJECT = 6  # words at most between a verb of denial and the verbal noun it denies (_denied_deed)
PEOPLE = ("victim", "crowd")  # nouns for people (civilians, protesters), not named actors
ARMED_SECTORS = ("MIL", "REB", "COP", "SPY", "UAF", "INS")
SPEAKER_CARRIED = 60  # tokens a statement with no subject of its own reaches back to the last speaker
# tokens a phrase opened by عن (عن وقوف، عن تقديره) reaches back to its verb (أعرب، عبر) past the subject: a title, an
# office and a name of five parts ("وأعرب معالي الأمين العام لمجلس التعاون الدكتور عبداللطيف بن راشد الزياني عن وقوف")
PAST_LONG_SUBJECT = 14
SPEECH_TYPES = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONSULT", "CONCEDE"}
MATERIAL_TYPES = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID", "RETREAT", "SANCTION"}
# a noun trigger this many tokens after a request or threat is its content, not an event; for a
# request only these types (a request to stop an attack does not unmake the attack)
ASKED_SPAN = 12
# sectors of a political body an attack on which, by a civil doer, is criticism (not the armed ones)
CIVIL_SECTORS = frozenset({"GOV", "LEG", "OPP", "ELI", "JUD", "MED", "IGO", "PTY"})
# sectors of armed men of no state (rebels, insurgents, militias): their storming of a place is an attack (_build)
NON_STATE_ARMED = frozenset({"REB", "INS", "UAF"})
LAM_GAP = 3  # words between an attack noun and its doer after لـ: adjectives, a short phrase of time
# the COERCE modes a state does (an arrest, a raid, a curfew): such a deed naming no doer is the state's
IMPLIED_STATE_COERCION = frozenset({"arrest", "raid", "curfew", "restrict"})
# the ASSAULT modes of a state's forces fighting rebels at home (not an air strike, as often a foreign power's, nor a
# bombing, an abduction or an assassination)
IMPLIED_STATE_FORCE = frozenset({None, "firearms", "heavy-weapons", "destroy"})
LISTED_BEFORE_WORDS = 4  # how many words may part a list of towns from the trigger of a clause that names none
# how often (in the SaudiNewsNet vocabulary) a word may be seen and still be read as a listed village the gazetteer
# lacks (دوفس 13, الكود 17, الحسيني 130; not العلم 784, أسفر 438)
UNLISTED_NAME_COUNT = 200
SUBJECT_AFTER_THAT_REACH = 14  # words at most from أن + the one killed to its verb (_subject_after_that)
MET_DEATH_REACH = 10  # words at most from لقي to its death noun (مصرعه): the one killed between ("لقي طالب سوداني مصرعه")
CUMULATIVE_TOLL = 1000  # an attack "killing" a thousand or more is a war's or a year's toll in the news
UNREALISED_REACH = 20  # tokens at most from a word of ability or reward to the deed it is of (_unrealised)
HABIT_REACH = 16  # how far before an attack word a word of routine may stand in its clause (_habitual)
OPINION_MARKS = 0.3  # the share of sentence ends that are ! or ? in an opinion column (_opinion_column)
LINK_LINE_REACH = 200  # characters at most from "رابط الخبر" to a trigger of the headline after it (_in_link_line)
ANCHORED_ARTICLE = 3  # sentences from which an input is an article whose attacks must state their facts (_anchors)
STALE_DAYS = 60  # an attack the text dates more days than this before publication is the article's background
RECENT_DAYS = 14  # ... when the article tells an event of these last days (its news)
STALE_TYPES = frozenset({"ASSAULT", "PROTEST", "SANCTION"})  # the deeds told that long ago that are background (an arrest or a raid of months ago is still coded)
CONCEDED_REACH = 6  # words after رغم / الرغم من within which a verbal noun is what the clause concedes (_conceded)
PERIOD_TALLY_REACH = 20  # tokens before a period (خلال الشهر الماضي) within which a count is summed over it (_tally_at)
TALLY_REACH = 16  # tokens after a war's toll within which the attacks are the ones it was counted of (_tally_at)
# a statement is not dated by a day more than this many days before publication that its own clause does not state
STATEMENT_STALE_DAYS = 31
HISTORY_DAYS = 365  # ... and, more than this many days before, with or without news of the last days
HISTORY_TYPES = STALE_TYPES | {"COERCE"}  # (an arrest years back too: "وشكل اعتقاله عام 2004")
BACKGROUND_DROPPED = STALE_TYPES | {"MOBILIZE"}  # the deeds marked "background" (dated over a year back) an article drops
# the types dated by the deed's own day, not by that of a statement reporting it (an agreement too)
DEED_DATED_TYPES = ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AGREE")
STALE_REACH = 22  # words at most between such an attack's word and the date that is its own (about a clause)
ASKED_TYPES = {"RETREAT", "AID", "CONCEDE", "COOPERATE", "SANCTION", "AGREE", "CONSULT", "MOBILIZE"}
YEAR = re.compile(r"\b(1\d\d\d|20\d\d)\b")
_ON_ARRIVAL = frozenset({"فور", "لدي", "عند", "بعد", "اثر", "حال", "حين", "لحظه", "عقب", "اثناء", "خلال", "ابان"})
# the words for years of _background's tests, and the words before a period it sums ("خلال الشهر الماضي")
BACKGROUND_YEARS = frozenset({"عام", "عامين", "عاما", "سنه", "سنتين", "سنوات", "اعوام"})
BACKGROUND_BEFORE = frozenset({"خلال", "طيله", "طوال"})
_PRECISION_RANK = {"exact": 0, "part": 1, "region": 2, "country": 3, None: 4}
# units of length, folded: "على بعد 640 كلم من باماكو"، "على بعد 12 كيلومترا من مدينة موبتي"
_LENGTH_UNITS = frozenset({"كلم", "كم", "كيلومتر", "كيلومترا", "كيلومترات", "كيلو", "ميل", "ميلا", "اميال",
                           "متر", "مترا", "امتار"})
US_COALITION_THEATRES = frozenset({"IQ", "SY", "AF"})  # where "التحالف" alone is the US-led coalition
# the folded key of a name or a phrase: the same names come back in every article (and in every sentence of
# one), and folding one costs a normalization
fold_key = lru_cache(maxsize=100_000)(_fold_key)


@dataclass
class Cand:
    """A participant candidate with its token range in the document."""

    start: int
    end: int
    text: str
    tok_start: int
    tok_end: int  # exclusive
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    code: str | None = None
    kind: str = "actor"  # actor, nationality, entity, victim, crowd
    producer: str = ""
    foreign: bool = False  # called foreign (القوات الأجنبية، المقاتلين الأجانب): no place makes it local


@dataclass
class Found:
    """A trigger occurrence."""

    trig: Trigger
    i: int  # first token
    j: int  # last token + 1
    start: int
    end: int


@dataclass
class Draft:
    type: str
    mode: str | None
    triggers: list[Found] = field(default_factory=list)
    clause: tuple[int, int] = (0, 0)
    flags: list[str] = field(default_factory=list)
    speaker: "Cand | None" = None  # who passes judgement, for an ACCUSE read from a condemning adjective
    sides: bool = False  # actor and target are the two sides of a fight "بين X و Y"


@lru_cache(maxsize=None)
def _cues(kind: str) -> frozenset[str]:
    """The words of one kind in ``data/event_cues.tsv``."""
    return frozenset(load().cues.get(kind, {}))


@lru_cache(maxsize=None)
def _cue_union(*kinds: str) -> frozenset[str]:
    """The words of several kinds of ``data/event_cues.tsv`` (made once, not at every test)."""
    return frozenset().union(*(_cues(k) for k in kinds))


# the nunation marks (fathatan, dammatan, kasratan): only nouns and adjectives carry them
TANWEEN = frozenset("\u064b\u064c\u064d")
# the short-vowel marks, nunation, shadda and sukun
HARAKAT = re.compile("[\u064b-\u0652]")
ARABIC_LETTER = re.compile("[\u0621-\u064a]")
# news marks a vowel here and there (قُتل، عاماً); verse and poetry mark most letters: words with this many
# marks per letter are one of those
VOCALIZED_SHARE = 0.3


def _blessings(toks: list[Token], s0: int, s1: int) -> list[int]:
    """Where the sentence blesses the Prophet or his companions (صلى الله عليه وسلم، رضي الله عنه، رضوان الله
    عليهم): what is told next to it is the history of early Islam, or a saying of his, not news. (Not the blessing of
    a mosque's namesake, which is part of the mosque's name: "العملية الإرهابية التي استهدفت المصلين بمسجد الإمام
    علي – رضي الله عنه – بقرية القديح".)"""
    out = []
    for k in range(s0 + 1, s1):
        n = toks[k].norm
        if n == "وسلم" and toks[k - 1].norm == "عليه":
            if not _named_building(toks, s0, k - 3):
                out.append(k)
        elif n == "الله" and toks[k - 1].norm in ("رضي", "رضوان") and k + 1 < s1 and toks[k + 1].norm in (
                "عنه", "عنها", "عنهم", "عنهما", "عليهم", "عليه"):
            if not _named_building(toks, s0, k - 1):
                out.append(k)
    return out


# a building or a street named after the Prophet or a companion (مسجد علي بن أبي طالب، جامع عمر بن الخطاب)
NAMED_BUILDINGS = frozenset({"مسجد", "جامع", "مدرسه", "مستشفي", "شارع", "حي", "مجمع"})


def _named_building(toks: list[Token], s0: int, k: int) -> bool:
    """Does the blessing that opens at token ``k`` follow a name that a mosque, a school or a street word opens
    within five words before it (the blessed man is the building's namesake), with only words, dashes and
    brackets between? (The word governs the name, so it has no article: "بمسجد الإمام علي"، not "في المسجد قبيل
    صلاة الفجر رضي الله عنهما".)"""
    for m in range(k - 1, max(s0, k - 7) - 1, -1):
        t = toks[m]
        if t.kind != "word":
            if t.norm in ("-", "–", "—", "ـ", "(", ")"):
                continue
            return False
        if t.stem in NAMED_BUILDINGS and "ال" not in t.proclitics:
            return m < k - 1  # (a name between the word and the blessing, which the word governs: not "في المسجد")
    return False


@lru_cache(maxsize=20_000)  # (asked of every name in every article: the same few thousand names)
def _news_agency(text: str) -> bool:
    """Is ``text`` the name of a news agency or paper (فرانس برس، رويترز، عكاظ، كونا: the "news_agency" cues), which
    reports events and takes no part in them?"""
    words = fold_key(text.strip(" «»\"'“”")).split()
    return bool(words) and " ".join(words) in _cues("news_agency")


@lru_cache(maxsize=1)
def _capital_ids() -> frozenset[int]:
    """GeoNames ids of the national capitals (gaz_capitals.tsv)."""
    return frozenset(int(r[0]) for r in resources.tsv_rows("gaz_capitals.tsv") if r and r[0].isdigit())


def _same_clause(toks: list[Token], a: int, b: int) -> bool:
    """Are tokens ``a`` and ``b`` of one sentence within ten words of each other, with no clause mark between?"""
    lo, hi = min(a, b), max(a, b)
    return hi - lo <= 10 and not any(toks[k].kind == "punct" and toks[k].norm in CLAUSE_PUNCT for k in range(lo, hi))


def _vocalized(raw: str, start: int, end: int) -> bool:
    """Is the text ``raw[start:end]`` written with vowel marks on many of its letters (a verse, a poem)?"""
    text = raw[start:end]
    marks = len(HARAKAT.findall(text))
    return marks >= 6 and marks >= VOCALIZED_SHARE * len(ARABIC_LETTER.findall(text))


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    a2_to_a3, a3_name, a2_name = {}, {}, {}
    for c in resources.tsv_rows("countries.tsv"):
        a2_to_a3[c[0]] = c[1]
        a3_name[c[1]] = c[2]
        a2_name[c[0]] = c[2]
    return a2_to_a3, a3_name, a2_name


_ENCLITICS = ("هما", "هم", "ها", "ه", "نا", "ني")
# the third-person object pronouns (a first or second person one is mostly an imperative: "دعونا نعترف" is let us)
_VERB_ENCLITICS = ("هما", "هم", "ها", "ه")


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Masculine singular nisba adjectives of countries (سوري، فلسطيني), folded: also nouns for one person."""
    return frozenset(r[1] for r in resources.tsv_rows("gaz_demonyms.tsv") if len(r) > 1)


@lru_cache(maxsize=1)
def _demonym_states() -> dict[str, str]:
    """Nisba adjective (folded, masculine singular) -> ISO alpha-2 of its country (روسي -> RU)."""
    return {r[1]: r[0] for r in resources.tsv_rows("gaz_demonyms.tsv") if len(r) > 1}


_PREPOSITIONS = ("ب", "ل")


def _preposition_cut(norm: str, key: str) -> bool:
    """Is ``key`` the word ``norm`` without the preposition ب/ل (after و/ف) that _word_keys took off?"""
    head = norm[: len(norm) - len(key)]
    return norm.endswith(key) and head[-1:] in _PREPOSITIONS and head[:-1] in ("", "و", "ف")


@lru_cache(maxsize=20_000)  # (EventExtractor keeps the keys of the words met, see __call__: this is for the rest)
def _word_keys(stem: str, norm: str) -> tuple[str, ...]:
    """Lookup keys for a word: its stem, its whole form, and the form without a conjunction
    and/or an object pronoun (the segmenter keeps frequent forms such as واتهم whole)."""
    vocab = default_vocabulary()
    keys = [stem, norm]
    bases = [norm]
    if norm[:1] in ("و", "ف") and len(norm) > 3 and vocab.count(norm[1:]) * 20 >= vocab.count(norm):
        bases.append(norm[1:])
    if norm.endswith("ا") and len(norm) > 4 and not norm.endswith(("اا", "وا", "ها")) and vocab.count(norm[:-1]) >= vocab.count(norm):
        keys.append(norm[:-1])  # the accusative: صاروخا is صاروخ, هجوما is هجوم (not مصادرها, "its sources")
    if (stem[:1] in _PREPOSITIONS and len(stem) >= 4 and norm in (stem, "و" + stem, "ف" + stem)
            and vocab.count(stem[1:]) * 2 >= vocab.count(stem)):
        # a noun after ب/ل that the segmenter kept whole, the whole form about as common as the noun alone (the two
        # scores tie): "إصابته بطلق ناري"، "وأمرت النيابة العامة بحبس 24 متهما" (a verb never takes one: the lookup
        # skips a verb found by this key, see _preposition_cut)
        keys.append(stem[1:])
    if norm.endswith(stem + "ه") and norm[: -len(stem) - 1].endswith(("ال", "لل")):
        # the article and a pronoun never go together: a final ه the segmenter cut after the article is the ta
        # marbuta of the noun ("الحادثة الإرهابية" is الحادثة, not الحادث + ه)
        keys.append(stem + "ه")
    for b in bases:
        keys.append(b)
        for e in _ENCLITICS:
            if b.endswith(e) and len(b) - len(e) >= 3 and vocab.count(b[: -len(e)]) * 20 >= vocab.count(b):
                keys.append(b[: -len(e)])
    # a verb before an object pronoun changes its spelling: the plural's alef is dropped (طالبوا + ه -> طالبوه) and
    # a final ى is written ا (ألقى + ها -> ألقاها): the verb is restored when that form is common; with و/ف in front
    # the segmenter keeps such forms whole (واتهمهم، واتهمتها): the conjunction is taken off (not yet off a restored
    # plural, وطالبوه، وفجروها: "زرعوا عبوة ... وفجروها" then tells the attack told before apart from it, see
    # test_a_toll_told_of_the_definite_attack_noun_is_that_attack)
    count = vocab.count(norm)
    for e in _VERB_ENCLITICS:
        s = norm[: -len(e)]
        if not norm.endswith(e) or len(s) < 3:
            continue
        # (ى only after three letters: الأهم is no إلى + هم)
        forms = [s + "ا"] if s.endswith("و") else [s[:-1] + "ي"] if s.endswith("ا") and len(s) >= 4 else [s]
        for f in forms:
            if f != s and vocab.count(f) * 20 >= count:
                keys.append(f)
            if f == s and f[:1] in ("و", "ف") and len(f) > 3 and vocab.count(f[1:]) * 20 >= count:
                keys.append(f[1:])
    return tuple(dict.fromkeys(keys))


@lru_cache(maxsize=None)
def _speech_past() -> frozenset[str]:
    """The statement verbs of ``event_cues.tsv`` in the past of a feminine or plural speaker (قالت، أكدوا)."""
    return frozenset(w + e for w in _cues("speech") if not w.startswith("وفق") for e in ("ت", "وا"))


@lru_cache(maxsize=None)
def _speech_forms() -> frozenset[str]:
    """The statement verbs of ``event_cues.tsv`` (speech: قال، أضاف، أوضح ...) with their conjugations."""
    return frozenset(f for w in _cues("speech") if not w.startswith("وفق") for f in {w} | set(conjugations(w)))


@lru_cache(maxsize=50_000)
def _future_verb(norm: str) -> bool:
    """A present verb with the future prefix س kept on by the segmenter (سيولي، ستعقد): the form without
    it is far more frequent in the corpus."""
    core = norm[1:] if norm[:1] in ("و", "ف") else norm
    if len(core) < 5 or core[:2] not in ("سي", "ست", "سن"):
        return False
    vocab = default_vocabulary()
    # the form without س at least as frequent (سيكون/يكون، سننطلق/ننطلق); a noun that merely starts with سي/ست
    # (سيارة، ستة) has no such partner
    rest = vocab.count(core[1:])
    return rest >= 3 and rest >= vocab.count(core)


def _months_between(earlier: str, later: str) -> int:
    """Whole months from ISO date ``earlier`` to ``later`` (negative when it is after)."""
    try:
        return (int(later[:4]) - int(earlier[:4])) * 12 + int(later[5:7]) - int(earlier[5:7])
    except ValueError:
        return 0


def _present(tok: Token, trig: Trigger) -> bool:
    """Is a verb trigger in the imperfect (تطلبها، يطالب), not the perfect (طلب، هدد)?"""
    stem = tok.stem
    return stem[:1] in ("ي", "ت", "ن") and stem[:1] != trig.key[:1]


def _sentence_carried_out(toks: list[Token], at=None) -> bool:
    """Does the article tell of a death sentence (حكم القتل، حكم الإعدام)? Then it is a notice of the sentence,
    and the killing it tells is the crime punished, long before. ``at``: the only tokens to try, if known."""
    return any(toks[k].stem == "حكم" and k + 1 < len(toks) and toks[k + 1].norm in ("القتل", "الاعدام")
               for k in (range(len(toks)) if at is None else at))


def _courtesy_run(toks: list[Token], k: int, end: int, verb: Token, verbs: list) -> int:
    """How many words of courtesy open the span ``k``-``end`` ("صاحب السمو الملكي الأمير"، "معالي"، "فضيلة الشيخ")
    before a name: they stand between a verb and its subject without making the subject further (data: the
    courtesy cues, the honorifics and the titles before a name). None after a verb in the imperfect, which names
    whom it is addressed to there ("وإننا نناشد صاحب السمو الملكي الأمير فيصل بن بندر"), not its subject."""
    stem = verb.stem
    if verbs and stem[:1] in ("ي", "ت", "ن") and (stem[:1] != verbs[0].trig.key[:1] or stem[1:].startswith(verbs[0].trig.key)):
        return 0
    n = 0
    while k + n < end and (_word_in(toks[k + n], "courtesy") or _word_in(toks[k + n], "honorific")
                           or (n and _word_in(toks[k + n], "name_title"))):
        n += 1  # (a title counts after a word of courtesy only: "التقى شيخ مسلم وقس مسيحي" names no one)
    return n


def _word_in(tok: Token, kind: str) -> bool:
    """Is the word's stem or its whole folded form a cue of ``kind``?"""
    return tok.kind == "word" and not _cues(kind).isdisjoint((tok.stem, tok.norm))


# "وأجزاء من"، "واجزاء واسعة من": parts of a further place named in a list
_PARTS_OF = re.compile(r"^\s*،?\s*و(?:أجزاء|اجزاء)(?:\s+(?:واسعة|كبيرة))?\s+من\s+$")
# a bracketed side of the country after a listed town: "(شمال)"، "(جنوب غرب)"، "(شمال غربي البلاد)"
_SIDE_NOTE = re.compile(r"^\s*\((?:شمال|جنوب|شرق|غرب|وسط)[^()\n]{0,20}\)")
_SIDE_NOTES = re.compile(r"\((?:شمال|جنوب|شرق|غرب|وسط)[^()\n]{0,20}\)")


def _seat_named(toks: list[Token], k: int) -> bool:
    """Does the name at token ``k`` follow a body's seat told with a pronoun (ومقره بريطانيا، ومقرها لندن; the
    "seat" cues): where the body sits, not a party to or the place of what is told?"""
    if k <= 0:
        return False
    t = toks[k - 1]
    return t.kind == "word" and bool(t.enclitics) and t.stem in _cues("seat")


def _conjoined(tok: Token) -> bool:
    """Does the word open with the conjunction و (split off or kept whole, as وجرح often is)?"""
    return tok.proclitics[:1] == ("و",) or (tok.norm[:1] == "و" and len(tok.norm) > 3 and not tok.proclitics)


def _singular_person(tok: Token) -> bool:
    """Is the word a singular noun for a person (singular_victim, singular_member rows): جندي، قياديا، وحارسا، ومجند?"""
    if tok.kind != "word":
        return False
    rows = _cue_union("singular_victim", "singular_member")
    forms = {tok.stem, tok.norm}
    if tok.norm[:1] == "و" and not tok.proclitics:
        forms.add(tok.norm[1:])
    forms |= {f[:-1] for f in forms if f.endswith("ا")}
    return not forms.isdisjoint(rows)


def _keys(tok: Token) -> tuple[str, ...]:
    if tok.kind != "word":
        return ()
    return _word_keys(tok.stem, tok.norm)


class EventExtractor:
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

    @staticmethod
    def _quoted_name(toks: list[Token], i: int, s0: int, s1: int) -> bool:
        """A noun opening a quoted name of two or three words («اللقاء الديمقراطي»، «درع الوطن»)."""
        if i == s0 or toks[i - 1].norm != '"' or toks[i].kind != "word":
            return False
        close = next((k for k in range(i + 1, min(s1, i + 4)) if toks[k].norm == '"'), None)
        if close is not None and "ال" not in toks[i].proclitics and "ال" not in toks[i + 1].proclitics:
            return False  # "عن «هدنة إنسانية»"، "وجهوا «ضربات قاسية»": a noun and its adjective, both indefinite, quoted
        return close is not None and close - i >= 2 and all(toks[k].kind == "word" for k in range(i, close))

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

    def _charged_deed(self, doc: Document, j: int, s1: int) -> int | None:
        """The token of the attack an accusation ending at ``j`` charges (اتهام X بالهجوم، الاتهامات بقصف، لائحة
        اتهام ... بنود بالهجوم، اتهامه ... بتنفيذ تفجير): the first word carrying ب within ten words after it in the
        sentence, if it is an ASSAULT trigger or تنفيذ/ارتكاب before one; else None."""
        toks = doc.tokens
        words = 0
        for k in range(j, s1):
            if toks[k].kind != "word":
                continue  # (an aside in commas or brackets: "الاتهامات أمس (السبت) بقصف")
            words += 1
            if words > 10:
                return None
            if "ب" not in toks[k].proclitics:
                continue
            for m in (k, k + 1) if toks[k].stem in _cues("deed_carrier") else (k,):
                if m < s1 and any(t.type == "ASSAULT" for key in self._K[m] for t in self.lex.words.get(key, ())):
                    return m
            return None  # (the first ب word is what is charged: "اتهامات بالفساد")
        return None

    def _excluded(self, trig: Trigger, doc: Document, i: int, j: int, s0: int, s1: int) -> bool:
        """Does one of the trigger's ``excludes`` alternatives (triggers.tsv) hold for its match on tokens ``i``
        to ``j``: "مرسوم صادر عن الرئاسة" is issued by, not confiscated; "وقع فجر اليوم" at dawn, not blew up?"""
        toks = doc.tokens
        for alt in trig.excludes:
            for t in alt:
                if t.side in ("next", "prev"):  # a listed stem or whole form, as _word_in (=WORDS: the whole form)
                    span = range(j, min(s1, j + t.span)) if t.side == "next" else range(max(s0, i - t.span), i)
                    if t.whole:
                        hit = any(toks[k].norm in t.words for k in span)
                    else:
                        hit = any(toks[k].kind == "word" and not t.words.isdisjoint((toks[k].stem, toks[k].norm))
                                  for k in span)
                elif t.side == "definite":
                    hit = "ال" in toks[i].proclitics
                else:
                    hit = self._EXCLUDE_CHECKS[t.name](self, doc, i, j, s0, s1)
                if not hit:
                    break
            else:
                return True
        return False

    def _requires_ok(self, trig: Trigger, toks: list[Token], i: int, j: int, s0: int, s1: int) -> bool:
        if not trig.requires:
            return True
        # a phrase opened by a preposition (عن تقديره) reaches back past a long subject to its verb
        back = PAST_LONG_SUBJECT if trig.kind == "phrase" and trig.key.startswith("عن ") else 6
        if trig.type == "SUPPORT" and trig.kind == "noun" and toks[i].enclitics:
            # the speaker's own stance (دعمه، تأييدها) after its verb and a long subject: "أكد ل"الرياض" أسامة النجيفي
            # نائب رئيس الجمهورية العراقية دعمه وترحيبه بالقرارات"
            back = PAST_LONG_SUBJECT
        if trig.type == "SANCTION" and trig.kind == "nphrase":
            # the sentence carried out by a verb before a long subject and an aside: "نفذت السلطات الباكستانية، صباح
            # اليوم الثلاثاء، حكم الإعدام شنقا"
            back = PAST_LONG_SUBJECT
        end, words = min(s1, j + 6), 0
        if trig.kind == "verb" and trig.mode in ("firearms", "heavy-weapons"):
            # a weapon verb's object may follow a long subject (أطلقت بعد حلول الليل طائرة بلا طيار ...
            # صواريخ): 12 words, not tokens, so punctuation and an abbreviation («سي.آي.ايه») do not count
            end, words = j, 12
        if trig.type == "COERCE" and trig.mode == "arrest" and trig.kind in ("verb", "form"):
            # the people arrested may follow an aside and a count: "قوات الأمن أوقفت، منذ أمس الجمعة، 320
            # شخصاً" (six words, not tokens: commas and figures do not count)
            end, words = j, 6
        if trig.type == "COERCE" and trig.mode == "restrict" and trig.kind == "form":
            # whom a ban is on, then what it bars them from (من), may follow a long subject and a place: "منع تنظيم
            # الدولة الاسلامية مزودي الانترنت في الرقة من توزيع الاشتراكات" (eight words, not tokens)
            end, words = j, 8
        if words:
            while end < s1 and words > 0:
                words -= toks[end].kind == "word" and len(toks[end].norm) > 2
                end += 1
        if trig.type == "ACCUSE" and trig.kind in ("verb", "participle"):
            # what a blame verb requires is its second object, after a subject and a first object that may
            # be long: "وحملت حركتا حماس والجهاد الإسلامي الاحتلال الإسرائيلي المسؤولية" (ten words: the quotes
            # around a by-name do not count, "حمّل الرئيس الفلسطيني محمود عباس "أبو مازن" الحكومة الإسرائيلية
            # المسؤولية")
            end = j
            for _ in range(10):
                while end < s1 and toks[end].kind == "punct" and toks[end].norm not in CLAUSE_OR_STOP:
                    end += 1
                end = min(s1, end + 1)
        if trig.type == "CONSULT" and trig.kind == "verb":
            # "بحث الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان، خلال اتصال هاتفي": what makes بحث
            # talks (مع، خلال) follows the subject, which may be two long names
            end = min(s1, j + 12)
        if trig.type == "THREATEN":
            # what makes a warning a threat (the consequences, a response) follows a subject and an aside:
            # "حذرت الجبهة الديمقراطية الشعبية الأحوازية، على لسان ناطقها الرسمي، من مغبة المساس"
            end = min(s1, j + 14)
        if trig.type in MATERIAL_TYPES:
            # a deed's object is not past "إن", which opens another clause: "في بيان نشرته وكالات الأنباء، إن
            # القوات ..." (a judgement's is: "اعتبر أن إيران راعية للإرهاب")
            end = next((k for k in range(j, end) if toks[k].norm == "ان"), end)
        lo = max(s0, i - back)
        # a day set off by commas between the word and what it requires takes no place in the reach ("أخلت محكمة
        # الجنايات الكويتية، أمس الخميس، سبيل 11 متهماً"): the reach goes on past it
        k = j
        while k < min(s1, end):
            if toks[k].kind == "punct" and toks[k].norm in ("،", ","):
                m = k + 1
                while m < s1 and toks[m].kind == "word" and _cue_union("day_word", "day_part").intersection(
                        (toks[m].norm, toks[m].stem)):
                    m += 1
                if m > k + 1 and m < s1 and toks[m].kind == "punct" and toks[m].norm in ("،", ","):
                    end = min(s1, end + m + 1 - k)
                    k = m + 1
                    continue
            k += 1
        hits = [k for k in range(lo, end) if not trig.requires.isdisjoint(self._K[k])]
        if not hits:
            return False
        if trig.kind in ("verb", "form") and all(self._campaign_of_other(trig, k, s1) for k in hits):
            return False  # "شنت حملة اعتقالات": the campaign is of arrests, told by their own trigger
        return True

    def _campaign_of_other(self, trig: Trigger, k: int, s1: int) -> bool:
        """Is token ``k`` a campaign word (حملة، عملية) whose next word is a trigger noun of another type?"""
        if _cues("campaign_noun").isdisjoint(self._K[k]) or k + 1 >= s1:
            return False
        return any(t.kind == "noun" and t.type != trig.type for key in self._K[k + 1] for t in self.lex.words.get(key, ()))

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
    def _after_outlet(doc: Document, a: int) -> bool:
        """Does the name at token ``a`` follow a media outlet word ("قناة القدس"، "صحيفة الرياض")?"""
        return a > 0 and _word_in(doc.tokens[a - 1], "outlet")

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

    def _verb_word(self, tok: Token) -> bool:
        """Is the word a trigger verb or an agentive, continuing or speech verb (شن، واصل، قال), by its forms?"""
        keys = set(_keys(tok))
        if tok.kind == "word" and tok.norm[:1] in ("و", "ف"):
            keys.add(tok.norm[1:])  # (وشن kept whole)
        return any(t.kind in ("verb", "form") for k in keys for t in self.lex.words.get(k, ())) or bool(
            set(keys) & self._verb_cues)

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

    def _mishap(self, doc: Document, cs: int, ce: int) -> bool:
        """An explosion while its makers were rigging, preparing or planting it (أثناء محاولتهم تفخيخها)."""
        toks = doc.tokens
        for k in range(cs, ce):
            if toks[k].kind == "word" and toks[k].stem in ("اثناء", "خلال"):
                if any(set(self._K[m]) & _cues("mishap") for m in range(k + 1, min(ce, k + 4))):
                    return True
        return False

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

    def _with_name(self, doc: Document, cands: list[Cand], c: Cand | None) -> Cand | None:
        """A title followed by the person's name (after at most two title words) is one participant:
        "الأمين العام للأمم المتحدة بان كي مون"، "وزير التعليم الدكتور عزام الدخيل". The title keeps its codes."""
        if c is None or c.kind != "actor" or not c.sector:
            return c
        name = min((o for o in cands if o is not c and o.kind in ("entity", "actor") and self._apposed(doc, c, o, True)),
                   key=lambda o: o.tok_start, default=None)
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

    def _titled(self, doc: Document, cands: list[Cand], c: Cand | None) -> Cand | None:
        """A person's name found as the participant, with the title right before it, is one participant with
        the title: "يطلب من الأمين العام للأمم المتحدة بان كي مون"، "وزير الخارجية السعودي عادل الجبير" (the
        name keeps its codes, and takes the title's country when it has none). Not a name joined by و."""
        if c is None or c.kind not in ("actor", "entity") or _conjoined(doc.tokens[c.tok_start]):
            return c  # ("الحوثي وصالح": two parties, not a title and a name)
        # (not a kin word: "والد براون" is Brown's father)
        title = max((o for o in cands if o is not c and o.kind == "actor" and o.sector and o.sector != "CVL"
                     and o.tok_end <= c.tok_start
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

    def _event_noun(self, k: int) -> bool:
        """Is the word at ``k`` a noun that names a material event (اغتيال، الهجوم، قصف)?"""
        return any(t.kind in ("noun", "nphrase") and t.type in MATERIAL_TYPES and t.type != "PROTEST"
                   for key in self._K[k] for t in self.lex.words.get(key, ()))  # (المتظاهرون is a subject)

    def _speaker(self, doc: Document, cands: list[Cand], s0: int, s1: int) -> Cand | None:
        """The subject of a speech verb (قال، أعلن، وفقا ل) in this sentence, if any."""
        at = self._local.speech_at
        for k in at[bisect.bisect_left(at, s0):bisect.bisect_left(at, s1)]:
            for c in cands:
                if k < c.tok_start <= k + 4 and c.kind in ("actor", "entity") and c.tok_end <= s1:
                    return c
        return None

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
    def _members_of(doc: Document, c: Cand, group: Cand) -> bool:
        """Is ``c`` a members noun right before the group it belongs to (عناصر المقاومة، مقاتلو الحركة)?"""
        return (c.kind in PEOPLE and c.tok_end == group.tok_start and group.kind in ("actor", "entity")
                and _word_in(doc.tokens[c.tok_end - 1], "members"))

    def _alleged_deed(self, doc: Document, i: int, s0: int, s1: int) -> bool:
        """Is the word at ``i`` an attack of no particular time nor place that an accusation noun before it charges
        ("تبادلت أوكرانيا وانفصاليون الاتهامات بقصف مناطق سكانية")? An attack named by the article (بالهجوم) or by
        its place ("بعد اتهامه ... بتنفيذ تفجير سوروج") is one that happened, told again."""
        toks = doc.tokens
        if "ال" in toks[i].proclitics or (i + 1 < s1 and any(p.start == toks[i + 1].start for p in doc.places)):
            return False
        for k in range(i - 1, max(s0, i - 16) - 1, -1):
            if _word_in(toks[k], "allegation") and "ل" not in toks[k].proclitics:
                return self._charged_deed(doc, k + 1, s1) == i
        return False

    @staticmethod
    def _denied_allegation(doc: Document, i: int, s0: int) -> bool:
        """Is the word at ``i`` what an allegation a denial rejects is about (نفى ... اتهامات ... بقصف)?"""
        toks = doc.tokens
        for k in range(i - 1, max(s0, i - 8) - 1, -1):
            if toks[k].kind == "punct":
                return False
            if _word_in(toks[k], "allegation"):
                return any(_word_in(toks[m], "denial") for m in range(max(s0, k - 4), k))
        return False

    @staticmethod
    def _inquiry_topic(doc: Document, i: int, s0: int) -> bool:
        """Is the attack word at ``i`` what an inquiry attributes: after "تحديد (هوية) المسؤول(ين|ية) عن/في/خلف" or
        "لجنة تحقيق في"?"""
        toks = doc.tokens
        k = i - 1
        if k - 1 <= s0 or toks[k].kind != "word" or toks[k].norm not in ("عن", "في", "خلف", "وراء"):
            return False
        if _word_in(toks[k - 1], "responsible_word"):
            return any(_word_in(toks[m], "identify_word") for m in range(max(s0, k - 4), k - 1))
        return toks[k - 1].stem == "تحقيق" and toks[k - 2].stem == "لجنه"

    def _denied_deed(self, doc: Document, f: "Found", s0: int, found: list) -> bool:
        """Is the verbal noun at ``f`` the object of a verb of denial before it in its clause, past the subject (at most
        DENIED_SUBJECT words, no other trigger between): "نفت وزارة الدفاع الأمريكية خطف جبهة النصرة لمقاتلين"، "نفى
        باحث فى مجال الحياة البرية مقتل أسد"? (Not a noun after a preposition: "نفى أي ضلوع لهم في الاعتداء" denies a
        part in an attack that was; nor after رفض, a refusal: "رفضت المحكمة إطلاق سراح".)"""
        toks = doc.tokens
        if toks[f.i].proclitics[-1:] in (("ب",), ("ل",), ("ك",)) or toks[f.i].proclitics[:1] in (("ب",), ("ل",), ("ك",)):
            return False
        words = 0
        for k in range(f.i - 1, max(s0, f.i - 2 * DENIED_SUBJECT) - 1, -1):
            t = toks[k]
            if t.kind == "punct":
                return False
            if t.kind != "word":
                continue
            if _word_in(t, "denial") and t.stem not in ("رفض", "رفضت"):
                return not any(k < g.i < f.i for g in found)
            if t.norm in ("ان", "انه", "انها"):
                return False
            words += 1
            if words > DENIED_SUBJECT:
                return False
        return False

    def _led_by(self, doc: Document, place) -> bool:
        """Is ``place`` named right after a word of leading (تقوده، بقيادة)?"""
        k = _tok_range(self._local.tok_starts, place.start, place.end)[0]
        return k > 0 and _word_in(doc.tokens[k - 1], "led_by")

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
    def _call_content(doc: Document, j: int, i: int) -> bool:
        """Is the verbal noun at ``i`` what the call ending at ``j`` asks for: after إلى, with ب, or bare and
        indefinite as its object (طالب المحامي إلقاء القبض), with no preposition or punctuation between?"""
        toks = doc.tokens
        p = i - 2 if i - 2 >= j and toks[i - 1].norm == '"' else i - 1  # (past a quote mark: بـ«توقيف)
        if toks[p].norm in ("الي", "ب") or toks[i].proclitics[:1] == ("ب",):
            return True
        # (indefinite as written: the segmenter may read the hamza of إلقاء as an article)
        return toks[i].proclitics in ((), ("ال",)) and toks[i].text[:2] != "ال" and all(
            toks[k].kind == "word" and toks[k].norm not in _cues("preposition_word") for k in range(j, i)) and i - j <= 5

    @staticmethod
    def _supplication(doc: Document, i: int, s0: int) -> bool:
        """Is the word at ``i`` inside a prayer or a quoted verse: after "نسأل/ندعو" with God's name right after
        it, after "اللهم" or "سورة", or after "الله تعالى", earlier in its sentence?"""
        toks = doc.tokens
        for k in range(s0, i):
            if toks[k].kind == "word" and toks[k].norm in _cues("scripture"):
                return True  # "اللهم اقبل من قتل منهم"، "سورة آل عمران"
            if toks[k].kind != "word" or toks[k].norm not in _cues("supplication"):
                continue
            if toks[k].norm == "تعالي":
                if k > s0 and _word_in(toks[k - 1], "deity") and not any(
                        toks[m].kind == "word" and toks[m].norm in _cues("grace") and (m == k - 2 or toks[k - 2].norm == "من")
                        for m in range(max(s0, k - 3), k - 1)):
                    # (God's grace thanked opens a report: "وبفضل من الله تعالى ثم بمتابعة متواصلة ... وتم القبض على
                    # اثنين"، "بتوفيق الله تعالى")
                    return True  # "قال الله تعالى"، "بإذن الله تعالى" (not "تعالى الصراخ")
                continue
            if any(_word_in(toks[m], "deity") for m in range(k + 1, min(i, k + 3))):
                return True  # "نسأل الله"، "نرجو من الله"
        return False

    @staticmethod
    def _some_who(doc: Document, i: int, s0: int) -> bool:
        """Is the word told of "منهم من ..." (some of them ...), up to eight words before it in its clause, or
        of "بعضهم" right before it: people in general?"""
        toks = doc.tokens
        if any(toks[k].norm in ("بعضهم", "وبعضهم") for k in range(max(s0, i - 2), i)):
            return True  # "حتى إن بعضهم طالب بالتجنيد الإجباري"
        for k in range(i - 2, max(s0, i - 9) - 1, -1):
            if toks[k].kind == "punct":
                return False
            if toks[k].kind == "word" and toks[k].norm in ("منهم", "ومنهم", "فمنهم") and toks[k + 1].norm == "من":
                return True
        return False

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
        return EventExtractor._no_subject_after(toks, f.j - 1) or (nxt.kind == "word" and nxt.proclitics[:1] in (("ب",), ("ل",)))

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
                   and not _cues("bi_object_verb").isdisjoint(EventExtractor._verb_stems(toks[t]))
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

    # -- the whole document -----------------------------------------------
    def _festival_article(self, doc: Document) -> bool:
        """Does the article name a festival (مهرجان), not a rally (مهرجان خطابي)? Looked up once per article."""
        if getattr(self._local, "festival_doc", None) is not doc:
            toks = doc.tokens
            self._local.festival_doc = doc
            self._local.festival = any(
                _word_in(t, "festival_name")
                and not (k + 1 < len(toks) and _word_in(toks[k + 1], "rally_kind"))
                for k, t in enumerate(toks))
        return self._local.festival

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
    def _accused_of(doc: Document, found: list, f: Found, s0: int) -> bool:
        """Is the attack noun at ``f`` what an accusation verb before it says the accused did, led by بـ (اتهم
        المتمردون القوات الحكومية بإطلاق النار، تتهم واشنطن النظام بتنفيذ هجمات)? An allegation: the gold codes
        the accusation, not the attack."""
        toks = doc.tokens
        if not ("ب" in toks[f.i].proclitics or (f.i > s0 and _word_in(toks[f.i - 1], "accused_of_light"))):
            return False
        return any(a.trig.type == "ACCUSE" and a.trig.key in _cues("accusing") and 0 <= f.i - a.j <= 10
                   and not _same_clause_cut(toks, a.j, f.i) for a in found)

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
        verbs = [k for k in at[bisect.bisect_left(at, s0):bisect.bisect_left(at, s1)]]
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
        before = [c for c in before if not EventExtractor._in_aside(toks, c, s0, noun)]
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

    def _protest_context(self, doc: Document, drafts: dict) -> None:
        """In a sentence that reports a protest, violence by the crowd is the protest turning into a
        riot, and a killing the crowd protests against is its cause: neither is a separate ASSAULT."""
        protests = [d for d in drafts.values() if d.type == "PROTEST"]
        if not protests:
            return
        riot, cause, protest_nouns = self._riot, self._cause, self._protest_nouns
        for key, d in list(drafts.items()):
            if d.type != "ASSAULT":
                continue
            cs, ce = d.clause
            crowd = [k for k in range(cs, ce) if set(self._K[k]) & protest_nouns]
            is_riot = bool(crowd) or all(set(self._K[f.i]) & riot or f.trig.key in riot for f in d.triggers)
            is_cause = any(any(set(self._K[k]) & cause for k in range(max(0, f.i - 3), f.i)) for f in d.triggers)
            toks = doc.tokens
            # "الحوار عن المسؤولية الأخلاقية للمسلمين في الهجوم على كنيسة الاسكندرية": "the attack", definite
            # and governed by a preposition, is the known attack the protesters speak of, not a new one
            is_cause = is_cause or (all(
                f.trig.kind in ("noun", "nphrase") and "ال" in toks[f.i].proclitics
                and ("ب" in toks[f.i].proclitics or (f.i > 0 and toks[f.i - 1].norm in ("في", "عن", "علي")))
                for f in d.triggers) and self.counts(doc, cs, ce) == (None, None))
            if (crowd and not is_cause and self.mode_for(doc, d) in ARMS_MODES
                    and all(k > cs and toks[k - 1].stem in ("وسط", "علي", "ضد", "استهدف", "استهدفت") for k in crowd)):
                # "هجوم انتحاري بحزام ناسف وسط مظاهرة كردية": a bombing on a protest is an attack on it, not the
                # crowd rioting; the protest, named only as its scene, is not reported for itself
                for pk, p in list(drafts.items()):
                    if p.type == "PROTEST" and all(f.trig.kind in ("noun", "nphrase") and cs <= f.i < ce for f in p.triggers):
                        del drafts[pk]
                continue
            if is_riot or is_cause:
                del drafts[key]
                if is_riot:
                    for p in protests:
                        p.mode = "riot"
                        p.flags.append("riot")

    def _sports_between(self, doc: Document, s0: int, s1: int) -> int:
        """Sports words in one sentence (exact forms), each word once: "متوعدا من ارتكب تلك الجرائم بالجزاء ... سينال
        جزاءه العادل" names punishment twice, not a penalty kick and a match."""
        sports = self._sports
        return len({t.stem for t in doc.tokens[s0:s1] if t.kind == "word" and (t.norm in sports or t.stem in sports)})

    def _sports_hits(self, doc: Document, at=None) -> int:
        """Sports words in the text, on exact forms (النصرة is not النصر + a pronoun), not counting the
        Red Crescent (الهلال الأحمر). ``at``: the only tokens to try, if known (those with a sports key)."""
        toks = doc.tokens
        sports = self._sports
        n = 0
        for k in range(len(toks)) if at is None else at:
            tok = toks[k]
            if tok.kind != "word" or not (tok.norm in sports or tok.stem in sports):
                continue
            if tok.stem in ("هلال", "الهلال") and k + 1 < len(toks) and toks[k + 1].stem in ("احمر", "الاحمر"):
                continue
            if tok.stem in ("نادي", "النادي") and any(
                    t.kind == "word" and {t.stem, t.norm} & LITERARY_CLUB for t in toks[k + 1:k + 3]):
                continue  # "نادي أبها الأدبي": a literary or cultural club, no sport
            n += 1
        return n

    def _question(self, doc: Document, s0: int, s1: int) -> bool:
        """Is the sentence a question: an interrogative first word, or a question mark at its end?"""
        toks = doc.tokens
        words = [t for t in toks[s0:s1] if t.kind == "word"]
        if words and (words[0].norm in self._interrogatives
                      or (words[0].norm[:1] in ("و", "ف") and words[0].norm[1:] in self._interrogatives)):
            return True  # (also after و/ف: "ولماذا تقوم ايران بالتنكيل واعتقال ...")
        last = toks[s1 - 1] if s1 > s0 else None
        return last is not None and "؟" in doc.raw[last.start:last.end + 1]

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

    def _described(self, doc: Document, i: int, s0: int) -> bool:
        """Is the event noun at ``i`` the predicate of "هي/هو" + an ordinal (وهي أول [عملية] خطف)?"""
        toks = doc.tokens
        k = i - 1
        if k > s0 and "عمليه" in self._K[k]:
            k -= 1  # "أول عملية خطف"
        return (k - 1 >= s0 and toks[k].kind == "word" and set(self._K[k]) & _cues("ordinal")
                and toks[k - 1].norm in ("هي", "وهي", "هو", "وهو"))

    @staticmethod
    def _killing_done(doc: Document, i: int, s0: int) -> bool:
        """Is the casualty word at ``i`` a killing someone did: قتل with its victim's pronoun ("على قتله") or after
        أقدم ("وأقدم سليمان الأسد ... على قتل العقيد")?"""
        toks = doc.tokens
        # (not the plural قتلى, folded to قتلي and read as قتل with "my" (often written so: قتلي): the dead, no deed)
        own = bool(toks[i].enclitics) and toks[i].enclitics != ("ي",)
        return toks[i].stem.startswith("قتل") and (own or any(
            toks[m].stem == "اقدم" for m in range(max(s0, i - 12), i)))

    def _disaster(self, doc: Document, d: Draft) -> bool:
        """Are the draft's only triggers casualty words, in a clause naming a flood, quake or accident?"""
        casualty = self._casualty_cues
        if not all(set(self._K[f.i]) & casualty for f in d.triggers):
            return False
        cs, ce = d.clause
        toks = doc.tokens
        return any(set(self._K[k]) & self._disasters
                   and not (k + 1 < ce and toks[k + 1].stem in ("عسكري", "فاشل"))  # انقلاب عسكري: a coup
                   and not (k > cs and toks[k - 1].stem in ("عمليه", "عمليات", "هجوم"))  # عملية دهس: a ramming attack
                   and not (toks[k].stem == "صاعقه" and "ال" in toks[k].proclitics)  # «الصاعقة»: commandos, a unit
                   for k in range(cs, ce))

    def _road_accident(self, doc: Document, d: Draft, s0: int, s1: int) -> bool:
        """Are the draft's only triggers casualty words, in a sentence naming a road accident ("حادث سير"، "حادث
        مروري": an accident_head word followed by a road_accident word) with no other word of force (data)?"""
        if not all(set(self._K[f.i]) & self._casualty_cues for f in d.triggers):
            return False
        toks = doc.tokens
        return any(_word_in(toks[k], "accident_head") and _word_in(toks[k + 1], "road_accident")
                   for k in range(s0, s1 - 1))

    @staticmethod
    def _series_before(doc: Document, i: int, s0: int) -> bool:
        """Is token ``i`` after "the latest in a series" in its sentence (a series word after في, ضمن or من, with a
        latest word up to three words before that): "والحادث هو الأخير في سلسلة هجمات"، "في أحدث هجوم في سلسلة
        هجمات تضمنت هجوما على قاعدة" (data: the series_latest and series_of cues)?"""
        toks = doc.tokens
        for k in range(i - 1, s0 + 1, -1):
            if toks[k].kind != "word" or toks[k].norm not in _cues("series_of"):
                continue
            if toks[k - 1].norm in ("في", "ضمن", "من") and any(
                    toks[m].kind == "word" and toks[m].norm in _cues("series_latest") for m in range(max(s0, k - 4), k - 1)):
                return True
        return False

    @staticmethod
    def _under_control(doc: Document, f: Found, s0: int) -> bool:
        """"سيطرة" as the state of being held: after من, تحت, الخاضعة, or with the preposition ل."""
        toks = doc.tokens
        tok = toks[f.i]
        if not tok.norm.endswith(("سيطره", "سيطرتها", "سيطرته", "سيطرتهم")):
            return False  # the noun سيطرة (read as سيطر + a pronoun by the lexicon), not the verb
        prev = toks[f.i - 1].stem if f.i > s0 and toks[f.i - 1].kind == "word" else ""
        if ("ب" in tok.proclitics or prev in ("من", "في")) and "ل" not in tok.proclitics and any(
                _word_in(toks[k], "seized_by") for k in range(max(s0, f.i - 8), f.i)):
            return False  # "تمكنت المقاومة ... من السيطرة على بلدتين"، "وبدأت بالسيطرة على منافذ": a seizure done
        if "ل" in tok.proclitics or "ب" in tok.proclitics:
            return True
        if prev == "عن" and f.i - 1 > s0 and toks[f.i - 2].stem.startswith(("خارج", "بعيد")):
            return True  # "المناطق الخارجة عن سيطرة النظام"
        return prev in ("من", "تحت", "خاضعه", "واقعه", "خاضعين", "خاضع")

    def _claimed(self, doc: Document, i: int, s0: int) -> bool:
        """Is the noun at ``i`` what someone claims (تبنت X خطف، أعلن مسؤوليته عن الهجوم)?"""
        for k in range(max(s0, i - 5), i):
            if set(self._K[k]) & self._claims:
                return True
        return False

    def _on_a_right(self, doc: Document, j: int, s1: int) -> bool:
        """Does "على" + a right, sovereignty or law follow within a few words (اعتداء ... على حق الشعب)?"""
        toks = doc.tokens
        for k in range(j, min(s1 - 1, j + 4)):
            if toks[k].norm in ("علي", "بحق") and set(self._K[k + 1]) & self._rights:
                return True
        return False

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
            from ..geo.places import capitals

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

    @staticmethod
    def _doer_genitive(doc: Document, actor: Cand | None, c: Cand) -> bool:
        """Is ``c`` the armed body in the genitive right after an armed doer ("جنود جيش الاحتلال"، "طائرات التحالف
        العربي"), of its country or of none? A definite name takes no genitive ("اتهم المتحدث باسم المقاومة الشعبية
        ميليشيات الحوثيين")."""
        return (actor is not None and c.tok_start == actor.tok_end and _armed(actor) and _armed(c)
                and (not c.country or not actor.country or c.country == actor.country)
                and "ال" not in doc.tokens[actor.tok_end - 1].proclitics)

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

    def _sent_index(self, token_start: int) -> int:
        return bisect.bisect_right(self._local.sent_starts, token_start) - 1

    def _places_in(self, places, doc: Document, a: int, b: int):
        lo, hi = doc.tokens[a].start, doc.tokens[b - 1].end
        return [p for p in places if lo <= p.start and p.end <= hi]

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
                and d.triggers[0].trig.kind in ("verb", "form", "phrase") and any(
                    toks[k].kind == "punct" and toks[k].norm == "," for k in range(
                        max(d.triggers[0].j, actor.tok_end if actor.tok_start >= d.triggers[0].j else 0),
                        min(s1, max(d.triggers[0].j, actor.tok_end if actor.tok_start >= d.triggers[0].j else 0) + 2)))):
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
        places = [p for p in places if not self._led_by(doc, p)]
        # "العمليات الخارجية التي تنوي القاعدة تنفيذها ضد الولايات المتحدة": a country named right after ضد is a
        # party acted against, not where
        places = [p for p in places if not self._against(doc, p)]
        if d.type not in ("ASSAULT", "AID", "MOBILIZE"):
            # "ألقت القبض على شبكة ... تضم خمسة كويتيين بعضهم حارب في العراق": where the people an arrest or a
            # statement is about fought is not where it happened (a fight told so is its own place; aid to fighters
            # and troops sent to fight go where they fight)
            places = [p for p in places if not self._fought_in(doc, p)]
        if d.type in MATERIAL_TYPES:
            # "احتجاجا على استمرار حرب العراق": a country that is the topic of a war or a crisis is not where
            places = [p for p in places if not self._topic_of(doc, p)]
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
            places = [p for p in places if across or not self._across_border(doc, p)]
            # "تعرض مركز المسيال بقطاع ظهران الجنوب ... لقذائف عسكرية كثيفة من داخل الأراضي اليمنية": the
            # country the fire came from is not where it hit, when the clause (or the rest of its sentence: "وأعطبت
            # آلية لهم في حيي المنشية والعباسية ... في درعا البلد") names another place
            inside = {id(p) for p in places if self._from_inside(doc, p)}
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
            states = [p for p in places if self._capital_as_state(doc, p) or self._spoken_by(doc, p)]
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

    @staticmethod
    def _others_definite(toks: list[Token], d: Draft) -> bool:
        """Is every trigger of the draft after its first the same event noun again, definite, a reference again to
        the attack ("والمتورطين في التفجير الإرهابي")? (Not a deed told in a relative clause: "بسبب هجومه الشديد على
        الإرهابيين اليهود الذين أحرقوا عائلة فلسطينية" reports the arson, told nowhere else; nor the dead of what is
        referred to, "بعد الهجومين اللذين أوقعا عشرات القتلى": two attacks the article tells no more of.)"""
        head = toks[d.triggers[0].i]
        return all(f.trig.kind in ("noun", "nphrase") and "ال" in toks[f.i].proclitics and toks[f.i].stem == head.stem
                   for f in d.triggers[1:])

    @staticmethod
    def _another(toks: list[Token], d: Draft, s0: int, head_i: int) -> bool:
        """Does "another"/"separate" follow an indefinite event noun of the draft's clause, as its trigger or
        opening it (في هجوم آخر، في هجومين منفصلين، وفي حادث منفصل قتل ...), or does the clause open days apart
        from what was told (وبعدها بأيام، وقبل ذلك بيومين)?"""
        def other(k: int) -> bool:
            return (s0 < k < len(toks) and toks[k].kind == "word" and toks[k].norm.removeprefix("و") in _cues("another")
                    and _word_in(toks[k - 1], "separate_noun") and "ال" not in toks[k - 1].proclitics)
        def days_apart(k: int) -> bool:
            # "وبعدها بأيام أصيب 25 مدنيا"، "وقبل ذلك بيومين": days before or after the event just told
            t = toks[k]
            if t.kind != "word":
                return False
            if t.norm.removeprefix("و") in _cues("after_that"):
                n = k + 1
            elif t.stem in ("بعد", "قبل") and k + 1 < len(toks) and toks[k + 1].norm == "ذلك":
                n = k + 2
            else:
                return False
            return (n < len(toks) and toks[n].kind == "word" and "ب" in toks[n].proclitics
                    and toks[n].stem in _cues("time_span"))
        cs = max(s0, d.clause[0])
        return (any(other(f.j) for f in d.triggers) or any(other(k) for k in range(cs + 1, min(head_i, cs + 5)))
                or any(days_apart(k) for k in range(cs, min(head_i, cs + 4))))

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
    def _told_again(toks: list[Token], i: int, j: int, s0: int) -> bool:
        """Is the trigger at ``i`` (``j`` after it) a definite event noun told again: a relative clause after it
        whose verb tells it again (الهجوم الذي وقع مساء السبت، التفجير الذي استهدف المسجد)?"""
        tok = toks[i]
        if tok.kind != "word" or "ال" not in tok.proclitics or i <= s0:
            return False
        def occurred(t: Token) -> bool:
            return t.kind == "word" and (t.norm in _cues("occurred") or t.norm.removeprefix("و") in _cues("occurred"))
        if occurred(toks[i - 1]):
            return True  # "ووقع الهجوم في قسم الشرطة"
        k = j
        if k < len(toks) and _word_in(toks[k], "event_adjective"):
            k += 1  # "الهجوم الانتحاري الذي ..."
        if k < len(toks) and occurred(toks[k]):
            return True  # "الحادثة وقعت حين فجر انتحاري حزامه"
        if k < len(toks) and _word_in(toks[i - 1], "that_clause") and not tok.proclitics[:1] == ("و",) \
                and toks[k].norm in _cues("told_again"):
            return True  # "وقال المصدر الأمني إن الهجوم أسفر عن مقتل عقيد"، "إن القصف استهدف مبنى مكافحة الملاريا"
        return (k + 1 < len(toks) and toks[k].kind == "word" and toks[k].norm in _cues("relative")
                and _word_in(toks[k + 1], "told_again"))

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

    def _this_attack(self, toks: list[Token], i: int, s0: int) -> bool:
        """Is the event noun at ``i`` a reference to an attack told before: definite after a demonstrative
        (هذا الهجوم) or after a counted casualty noun (عدد قتلى الهجوم، حصيلة ضحايا التفجير)?"""
        tok = toks[i]
        if tok.kind != "word" or "ال" not in tok.proclitics or i <= s0:
            return False
        prev = toks[i - 1]
        if i + 2 < len(toks) and toks[i + 1].norm in ("الذي", "التي") and toks[i + 2].stem in ("وقع", "وقعت"):
            return True  # "قتلا أيضا في الهجوم الذي وقع أمس"
        return _word_in(prev, "demonstrative") or (
            _word_in(prev, "toll") and i - 2 >= s0 and toks[i - 2].stem in ("عدد", "حصيله", "ارتفاع"))

    @staticmethod
    def _almanac_line(doc: Document, i: int, pub_year: int) -> bool:
        """Does the line of the trigger at ``i`` open with an earlier year and a dash ("1952- الجامعة العربية
        تحتج ..."): an entry of an "on this day" list, history?"""
        raw = doc.raw
        start = raw.rfind("\n", 0, doc.tokens[i].start) + 1
        head = raw[start:start + 8].strip()
        return (len(head) >= 5 and head[:4].isdigit() and head[:4].isascii() and int(head[:4]) < pub_year - 1
                and head[4:].lstrip()[:1] in ("-", "–"))

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

    @staticmethod
    def _in_link_line(doc: Document, pos: int) -> bool:
        """Is the trigger that starts at character ``pos`` in the link line at a page's foot, "رابط الخبر" before it
        on its line at most LINK_LINE_REACH characters back (the headline after it: "رابط الخبر بصحيفة الوئام: السناب شات برئ
        من قتل")? (On the read gold sets two false attacks, told only there; 203 link lines in 3,000 SaudiNewsNet
        articles, none of them coded.)"""
        raw = doc.raw
        return "رابط الخبر" in raw[max(raw.rfind("\n", 0, pos) + 1, pos - LINK_LINE_REACH):pos]

    @staticmethod
    def _link_line(toks: list[Token], s0: int, i: int) -> bool:
        """Does the trigger at ``i`` follow "رابط الخبر" (the link line at a page's foot, headline after it)?"""
        return any(toks[k].norm == "رابط" and toks[k + 1].norm == "الخبر" for k in range(max(s0, i - 8), i - 1))

    @staticmethod
    def _case_of(toks: list[Token], i: int, s0: int) -> bool:
        """Is the event noun at ``i`` what a trial, a case or the accused are about: a ``legal_ref`` word
        right before it (متهمي تفجير، المتهمين بتفجير) or before في (المتهمين في تفجير)?"""
        k = i - 1
        if k > s0 and toks[k].norm == "في" and not toks[i].proclitics:
            k -= 1
        return k >= s0 and _word_in(toks[k], "legal_ref")

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
        toks = doc.tokens
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

    def _counted_dead(self, c: Cand, s0: int) -> bool:
        """Is ``c`` counted among the dead or hurt ("القتلى المدنيين"، "قتلى من الحوثيين")?"""
        casualty = self._casualty_cues
        return any(set(self._K[k]) & casualty for k in range(max(s0, c.tok_start - 2), c.tok_start))

    def _abstract_subject(self, doc: Document, f: Found, s0: int, s1: int) -> bool:
        """The verb's subject right before it, or right after it (past a demonstrative), is an abstraction."""
        k = f.j
        if k < s1 and doc.tokens[k].stem in _cues("demonstrative"):
            k += 1
        return bool((f.i > s0 and set(self._K[f.i - 1]) & _cues("abstract_subject"))
                    or (k < s1 and set(self._K[k]) & _cues("abstract_subject")))

    def _verbal_attack(self, doc: Document, d: Draft, actor: Cand | None, target: Cand) -> bool:
        """An attack (هاجم، شن هجوما) by a statesman, a politician or a writer on a person or a political body:
        criticism. Neither side may be armed, and the doer must be a person or a civil office."""
        toks = doc.tokens
        if not all(f.trig.key in _cues("verbal_attack") for f in d.triggers):
            return False  # (not "قتل ... بعد تعرضه لهجوم")
        if any("ال" in toks[f.i].proclitics for f in d.triggers):
            # "ووصف نتنياهو الهجوم بأنه": the attack told before; words only if that one was: "وان الهجوم على
            # الحكومة وقائد الجيش جاء بعد" after "شن عون هجوما عنيفا على الحكومة"
            return _fold(target.text) in self._local.verbal
        if actor is None or _armed(actor) or _armed(target) or actor.kind == "victim" or target.kind in ("victim", "crowd"):
            return False
        if self._civil(doc, actor) and (self._civil(doc, target) or target.sector in CIVIL_SECTORS
                                        or self._country_name(doc, target)):
            self._local.verbal.add(_fold(target.text))
            return True
        return False

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
        from ..geo.places import capitals
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
            elif (middle := EventExtractor._unknown_list_item(doc, group[-1], p)) is not None:
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

    @staticmethod
    def _of_his_country(doc: Document, c: Cand, s0: int) -> Cand:
        """``c``, a body of no country named with "بلاده" (his country) right after it ("أعرب نائب الرئيس اليمني
        عن تقدير حكومة بلاده"), given the country of the nationality adjective the sentence names last before it
        (the speaker's), not the country of the place the statement is made in."""
        toks = doc.tokens
        if c.country or c.tok_end >= len(toks) or toks[c.tok_end].norm not in ("بلاده", "بلادها"):
            return c
        from ..geo.places import _nisba_country_any

        for k in range(c.tok_start - 1, max(s0, c.tok_start - 12) - 1, -1):
            if toks[k].kind == "word" and toks[k].norm.startswith("ال") and (a2 := _nisba_country_any(toks[k].norm)):
                a3 = _countries()[0].get(a2)
                return replace(c, country=a3) if a3 else c
        return c

    @staticmethod
    def _of_title_country(doc: Document, c: Cand, head: int) -> Cand:
        """``c``, a speaker of no country, given the country of his title: the nationality adjective the words right
        before him name, back to the statement's verb with no punctuation nor و between ("شجب عضو اللقاء الديموقراطي
        اللبناني النائب نعمة طعمة")."""
        toks = doc.tokens
        if c.country or c.tok_start <= head or c.tok_start - head > 8 or c.kind not in ("actor", "entity"):
            return c
        from ..geo.places import _nisba_country_any

        for k in range(c.tok_start - 1, head, -1):
            tk = toks[k]
            if tk.kind != "word" or _conjoined(tk):
                return c
            a2 = _nisba_country_any(tk.norm) if tk.norm.startswith("ال") else None
            if a2:
                a3 = _countries()[0].get(a2)
                return replace(c, country=a3) if a3 else c
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

    def _acled(self, typ: str, mode: str | None, actors, targets) -> tuple[str | None, str | None]:
        if typ == "ASSAULT" and mode in (None, "firearms", "destroy") and targets and targets[0].sector == "CVL" \
                and not (actors and actors[0].sector in ("MIL", "REB", "COP")):
            return "Violence against civilians", "Attack"
        got = self.lex.acled.get((typ, mode or "*")) or self.lex.acled.get((typ, "*"))
        return got if got else (None, None)




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
            and not _speaker_placed(ev):
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


SECTOR_EN = {"GOV": "government", "MIL": "military", "COP": "police", "REB": "rebels", "OPP": "opposition",
             "IGO": "organisation", "NGO": "organisation", "CVL": "civilians", "MED": "media", "JUD": "judiciary",
             "LEG": "legislature", "BUS": "business", "SPY": "intelligence"}
VERBS_EN = {
    "ASSAULT": "attacked", "COERCE": "coerced", "PROTEST": "protested", "MOBILIZE": "mobilized",
    "AID": "sent aid to", "RETREAT": "withdrew from", "SANCTION": "sanctioned", "AGREE": "agreed with",
    "CONSULT": "consulted", "SUPPORT": "expressed support for", "CONCEDE": "made concessions to",
    "COOPERATE": "cooperated with", "REQUEST": "called on", "ACCUSE": "accused", "REJECT": "rejected",
    "THREATEN": "threatened",
}
MODE_VERBS_EN = {"aerial": "struck", "heavy-weapons": "shelled", "explosives": "bombed", "suicide-attack": "bombed",
                 "abduct": "abducted", "targeted": "assassinated", "arrest": "arrested", "raid": "raided",
                 "firearms": "opened fire on", "seize": "seized property of", "withdraw": "withdrew"}


def _who(p: Participant | None) -> str | None:
    if p is None:
        return None
    _, a3_name, _ = _countries()
    country = a3_name.get(p.country or "", p.country)
    if p.certainty == "hedged":
        base = "unidentified perpetrators" if not p.name else p.name
        return f"{base} (attributed, hedged: {country})" if country else f"{base} (hedged)"
    if p.name:
        return p.name
    if p.sector == "CVL":
        return f"civilians ({country})" if country else "civilians"
    if country:
        return f"{country} {SECTOR_EN.get(p.sector or '', 'actor')} ({p.text})"
    return None


def summarize(ev: Event) -> str:
    """A one-line English rendering built only from the event's fields (no translation)."""
    _, _, a2_name = _countries()
    actor = _who(ev.actors[0]) if ev.actors else None
    if actor and "actor-implied" in ev.flags:
        # (the text names no doer: the state of the place is the convention's guess, said as such, not as an
        # attribution the text makes)
        actor = f"{ev.actors[0].name or 'unknown actor'} (implied by the place; the text names no doer)"
    target = _who(ev.targets[0]) if ev.targets else None
    verb = MODE_VERBS_EN.get(ev.mode or "", VERBS_EN.get(ev.type, ev.type.lower())) if ev.type in ("ASSAULT", "COERCE") else VERBS_EN.get(ev.type, ev.type.lower())
    if "refused-retreat" in ev.flags:
        verb = "refused to withdraw"
    parts = [f"{ev.type}{'/' + ev.mode if ev.mode else ''}:", (actor or "unknown actor"), verb]
    if target:
        parts.append(target)
    line = " ".join(parts)
    place = ev.place
    if place is not None:
        bits = [getattr(place, "name", None), getattr(place, "admin1", None) if isinstance(getattr(place, "admin1", None), str) and not str(getattr(place, "admin1", "")).isdigit() else None,
                a2_name.get(getattr(place, "country", None) or "", None)]
        bits = [b for i, b in enumerate(bits) if b and b not in bits[:i]]
        if bits:
            line += " in " + ", ".join(bits)
    if ev.date:
        line += f" on {ev.date}" + (" (publication day)" if ev.date_source == "published" else "")
    counts = []
    who = " civilians" if ev.targets and ev.targets[0].sector == "CVL" else ""
    if ev.killed is not None:
        counts.append(f"{ev.killed}{who} killed")
    if ev.injured is not None:
        counts.append(f"{ev.injured} injured")
    if counts:
        line += "; " + ", ".join(counts)
    return line


_DEFAULT: EventExtractor | None = None


def events_stage(doc: Document) -> Document:
    """Stage: ``doc.events`` from triggers, participants, places and dates."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = EventExtractor()
    doc.events = _default_confidence().calibrate(doc, _DEFAULT(doc))
    return doc


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

