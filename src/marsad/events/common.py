"""Tables and small helpers the event rules share (split out of :mod:`marsad.events.extract`)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import resources
from ..normalize import fold_key as _fold_key
from ..document import Token
from ..glue import default_vocabulary
from .lexicon import Trigger, conjugations, load

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
