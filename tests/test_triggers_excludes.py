"""The excludes column of triggers.tsv: its parser, its errors, and that the shipped entries do the work."""
import dataclasses

import pytest

from marsad import resources
from marsad.api import extract_text
from marsad.errors import ModelCorrupt
from marsad.events.extract import EventExtractor
from marsad.events.lexicon import EXCLUDE_CHECKS, ExcludeTest, load, parse_excludes, read_triggers

BEFORE_EVENTS = ("normalize", "tokenize", "actors", "geocode", "dates")
HEADER = "# a comment\n# columns: kind\tform\ttype\tmode\tweight\trequires\texcludes\n"


def test_alternatives_and_tests_are_read():
    cues = load().cues
    (citing,), (on, that) = parse_excludes("next:@citing; next:على next2:ذلك", cues)
    assert citing.side == "next" and citing.span == 1 and citing.name == "citing"
    assert citing.words == frozenset(cues["citing"]) and "بذلك" in citing.words
    assert (on.side, on.span, on.words) == ("next", 1, frozenset({"علي"}))  # folded as the text is
    assert (that.side, that.span, that.words) == ("next", 2, frozenset({"ذلك"}))
    assert parse_excludes("definite prev3:عن|من", cues) == (
        (ExcludeTest("definite"), ExcludeTest("prev", 3, frozenset({"عن", "من"}))),)
    (whole,), = parse_excludes("next:=@day_word", cues)  # the whole form only, not the stem
    assert whole.whole and whole.name == "day_word" and "اليوم" in whole.words
    assert not parse_excludes("next:@day_word", cues)[0][0].whole
    assert parse_excludes("check:no_visit_destination", cues) == ((ExcludeTest("check", name="no_visit_destination"),),)


@pytest.mark.parametrize("entry, why", [
    ("next:@no_such_kind", "no cue kind 'no_such_kind'"),
    ("after:عن", "unknown place 'after'"),
    ("next12:عن", "unknown place 'next12'"),
    ("next0:عن", "unknown place 'next0'"),
    ("next:", "is not WHERE:WORDS"),
    ("next:=", "no words in 'next:='"),
    ("next", "is not WHERE:WORDS"),
    ("check:citing", "unknown check 'citing'"),
    ("next:عن||من", "an empty word"),
    ("next:عن;", "an empty alternative"),
])
def test_a_malformed_entry_names_the_file_and_line(entry, why):
    text = HEADER + "verb\tصادر\tCOERCE\tseize\t0.7\n" + f"verb\tفجر\tASSAULT\texplosives\t0.8\tسياره\t{entry}\n"
    with pytest.raises(ModelCorrupt) as err:
        read_triggers(text, load().cues)
    assert str(err.value).startswith("[E302] triggers.tsv:4: excludes entry")
    assert why in str(err.value)


def test_an_unknown_kind_names_the_file_and_line():
    with pytest.raises(ModelCorrupt, match=r"triggers\.tsv:3: unknown kind 'verbs'"):
        read_triggers(HEADER + "verbs\tصادر\tCOERCE\tseize\t0.7\n", load().cues)


def test_every_named_check_is_done_in_code():
    assert set(EventExtractor._EXCLUDE_CHECKS) == EXCLUDE_CHECKS


def _events(text, lexicon=None):
    doc = extract_text(text, published="2015-07-21", stages=BEFORE_EVENTS)
    return EventExtractor(lexicon)(doc)


def _without_excludes(key):
    """The shipped lexicon with the excludes entry of the row listing ``key`` dropped."""
    rows = []
    for line in resources.read_text("triggers.tsv").split("\n"):
        cols = line.split("\t")
        if not line.startswith("#") and len(cols) == 7 and cols[1] == key:
            line = "\t".join(cols[:6])
        rows.append(line)
    words, phrases = read_triggers("\n".join(rows), load().cues)
    lex = load()
    return dataclasses.replace(lex, words={k: tuple(v) for k, v in words.items()},
                               phrases={k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in phrases.items()})


@pytest.mark.parametrize("key, word, text", [
    # at dawn (فجر اليوم), not "blew up" (سيارة satisfies فجّر): next:@day_word
    ("فجر", "فجر", "وقع فجر اليوم الثلاثاء حادث مروع لسيارة على طريق الطائف"),
    # a decree issued by the presidency (صادر عن), nothing confiscated: next:عن|من
    ("صادر", "صادر", "وقد صدرت الدعوة إلى الدورة الاستثنائية بموجب مرسوم صادر عن رئاسة الجمهورية."),
    # an inquiry opened into a shooting, told by its own words: next3:@opened_other
    ("فتح", "فتح", "وقررت النيابة فتح تحقيق في إطلاق النار"),
    # their grip (قبضة), no arrest: prev:@grip_verb
    ("قبض", "قبضتهم", "عندما أحكموا قبضتهم الكاملة على المرافق الحكومية دون أي مواجهات تذكر."),
    # cited, not martyred: next:علي next2:ذلك
    ("استشهد,استشهدت,استشهدوا", "استشهد", "ويتفق المحلل السياسي عريب الرنتاوي مع ما ذهب إليه ارديسات، واستشهد على "
     "ذلك بما يجري في تركيا من نقاش داخلي."),
    # a visit that goes nowhere named: check:no_visit_destination
    ("زياره", "زيارة", "واحتلت زيارة اوباما الصفحات الأولى للصحف الكينية أيضًا."),
    # the operations as a topic of talks: definite prev:@operations_topic
    ("عمليات عسكريه", "العمليات العسكرية", "أجرى خلالها مباحثات مع نظيره العراقي خالد العبيدي تناولت مختلف جوانب "
     "العمليات العسكرية."),
])
def test_the_shipped_entries_do_the_work(key, word, text):
    # without its excludes entry the word is read as the trigger again
    assert word in [e.text for e in _events(text, _without_excludes(key))]
    assert word not in [e.text for e in _events(text)]
