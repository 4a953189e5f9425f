"""The excludes column of triggers.tsv: its parser, its errors, and that the shipped entries do the work."""
import pytest

from marsad.errors import ModelCorrupt
from marsad.events.lexicon import ExcludeTest, load, parse_excludes, read_triggers

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
    assert parse_excludes("check:no_visit_destination", cues) == ((ExcludeTest("check", name="no_visit_destination"),),)


@pytest.mark.parametrize("entry, why", [
    ("next:@no_such_kind", "no cue kind 'no_such_kind'"),
    ("after:عن", "unknown place 'after'"),
    ("next12:عن", "unknown place 'next12'"),
    ("next0:عن", "unknown place 'next0'"),
    ("next:", "is not WHERE:WORDS"),
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
