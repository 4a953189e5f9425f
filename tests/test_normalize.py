from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.glue import default_splitter
from marsad.normalize import (_SCAN_PER_RULE_FROM, _one_to_one_and_deletions, _one_to_one_replacer, fold_alef, fold_digits, fold_key, fold_quotes, fold_ta_marbuta, fold_ya, normalize,
                              strip_controls, strip_diacritics, strip_tatweel, unescape_html)

ARABIC_AND_LATIN = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.sampled_from(list("\u200b\u200c\u200d\u200e\u200f\u202a\u202c\u00ab\u00bb\u201c\u201d\u0640\n\t&;#")),
    ),
    max_size=200,
)


def test_folding_functions_on_real_spellings():
    assert fold_alef("أعلن إن آلاف") == "اعلن ان الاف"
    assert fold_ya("علي الاقل") == fold_ya("على الاقل")
    assert fold_ta_marbuta("مدينة") == "مدينه"
    assert strip_tatweel("الحـــرب") == "الحرب"
    assert strip_diacritics("وُجهت") == "وجهت"
    assert fold_digits("قتل ٤٦ مدنيا و۳") == "قتل 46 مدنيا و3"
    assert strip_controls("حلب\u200f\u200b") == "حلب"
    assert fold_quotes("»يرجح انها روسية»") == '"يرجح انها روسية"'
    assert unescape_html("&amp;quot;حلب&amp;quot;") == '"حلب"'


def test_egyptian_spelling_meets_standard():
    assert fold_key("علي بلدة") == fold_key("على بلدة")
    assert fold_key("إلي") == fold_key("إلى")
    assert fold_key("مسئول") == fold_key("مسؤول")


def test_glued_words_are_split_with_lexicon(seed_text):
    n = normalize(seed_text)
    assert "الولاياتالمتحده" not in n.text
    i = n.text.index("الولايات المتحده")
    start, end = n.raw_span(i, i + len("الولايات المتحده"))
    assert seed_text[start:end] == "الولاياتالمتحدة"
    # a common word is never split
    assert normalize("المتحدة الولايات").text == "المتحده الولايات"


def test_offsets_map_back_to_raw_with_diacritics():
    raw = "قالَ إنّ &quot;الجيشُ&quot; تقدّم"
    n = normalize(raw)
    assert n.text == 'قال ان "الجيش" تقدم'
    i = n.text.index("الجيش")
    s, e = n.raw_span(i, i + 5)
    assert raw[s:e] == "الجيشُ"


@settings(max_examples=300, deadline=None)
@given(ARABIC_AND_LATIN)
def test_normalize_is_idempotent(text):
    once = normalize(text).text
    assert normalize(once).text == once


@settings(max_examples=300, deadline=None)
@given(ARABIC_AND_LATIN)
def test_offset_map_is_monotonic_and_in_bounds(text):
    n = normalize(text)
    assert len(n.starts) == len(n.ends) == len(n.text)
    prev = 0
    for s, e in zip(n.starts, n.ends):
        assert 0 <= s <= e <= len(text)
        assert s >= prev
        prev = s


@settings(max_examples=300, deadline=None)
@given(ARABIC_AND_LATIN)
def test_fast_folding_equals_translate(text):
    one = _one_to_one_and_deletions()[0]
    assert _one_to_one_replacer()(text) == text.translate(one)


def test_fast_folding_on_news(news_sample):
    one = _one_to_one_and_deletions()[0]
    for art in news_sample:
        assert _one_to_one_replacer()(art["content"]) == art["content"].translate(one)
        for n in (_SCAN_PER_RULE_FROM - 1, _SCAN_PER_RULE_FROM):  # a word or phrase is folded the other way
            assert _one_to_one_replacer()(art["content"][:n]) == art["content"][:n].translate(one)
    assert _one_to_one_replacer()("«قالت» المستشفى إنّ ٣ أطفال") == '"قالت" المستشفي انّ 3 اطفال'


def test_identity_offset_map_when_nothing_moves():
    raw = "قالت وزارة الصحة إن 3 أطفال قتلوا"
    n = normalize(raw)
    assert n.text == "قالت وزاره الصحه ان 3 اطفال قتلوا"
    assert n.starts == tuple(range(len(raw))) and n.ends == tuple(range(1, len(raw) + 1))
    assert type(n.starts) is tuple and type(n.ends) is tuple
    long_raw = "حلب " * 30_000  # longer than the shared index table
    n = normalize(long_raw)
    assert n.starts == tuple(range(len(long_raw))) and n.ends[-1] == len(long_raw)


def test_glue_cuts_are_where_split_puts_spaces(seed_text):
    splitter = default_splitter()
    text = normalize(seed_text, glue=None).text
    cuts = splitter.cuts(text)
    assert cuts
    split, _, _ = splitter.split(text, list(range(len(text))), list(range(1, len(text) + 1)))
    assert split == normalize(seed_text).text
    inserted = {c + k for k, c in enumerate(cuts)}  # each earlier cut shifts the text by one space
    assert all(split[i] == " " for i in inserted)
    assert "".join(ch for i, ch in enumerate(split) if i not in inserted) == text


def test_glue_cuts_at_the_start_middle_and_end_of_a_text():
    """A glued word is found wherever it stands: first in the text, after punctuation, last; and a run of 7+
    letters inside a longer run (no letter may precede it) is never taken as a word of its own."""
    splitter = default_splitter()
    glued = fold_key("الولاياتالمتحدة")
    k = glued.index("المتحده")
    for before, after in [("", " تدين"), ("قالت (", ") امس"), ("قالت ", ""), ("\n", "\n")]:
        assert splitter.cuts(before + glued + after) == [len(before) + k]
    assert splitter.cuts("و" + glued) == splitter.cuts(fold_key("والولاياتالمتحدة"))
    assert splitter.cuts("قالت الحكومة السعودية امس") == []
