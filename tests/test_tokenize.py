import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.document import Document
from marsad.normalize import fold_key
from marsad.tokenize import analyze_word, default_clitics, split_sentences, tokenize, tokenize_document


def seg(word):
    return [(form, kind) for form, _, _, kind in default_clitics().segment(fold_key(word))]


@pytest.mark.parametrize("word,expected", [
    ("وقتل", [("و", "proclitic"), ("قتل", "stem")]),
    ("بالمعارضة", [("ب", "proclitic"), ("ال", "proclitic"), ("معارضه", "stem")]),
    ("للمليشيات", [("ل", "proclitic"), ("ال", "proclitic"), ("مليشيات", "stem")]),
    ("وبيوتنا", [("و", "proclitic"), ("بيوت", "stem"), ("نا", "enclitic")]),
    ("مدينتنا", [("مدينه", "stem"), ("نا", "enclitic")]),
    ("ستدافع", [("س", "proclitic"), ("تدافع", "stem")]),
    ("وكفرنبل", [("و", "proclitic"), ("كفرنبل", "stem")]),
    ("ولد", [("ولد", "stem")]),
    ("واشنطن", [("واشنطن", "stem")]),
    ("كانت", [("كانت", "stem")]),
    ("الذي", [("الذي", "stem")]),
])
def test_clitic_segmentation(word, expected):
    assert seg(word) == expected


def test_tokens_and_segments_point_into_raw(seed_text):
    doc = tokenize_document(Document.from_text(seed_text))
    assert len(doc.tokens) > 400
    for t in doc.tokens:
        assert seed_text[t.start:t.end] == t.text
        for s in t.segments:
            assert t.start <= s.start < s.end <= t.end
    glued = [t for t in doc.tokens if t.norm in ("الولايات", "المتحده")]
    assert glued and all(t.text != "" for t in glued)


def test_segments_keep_diacritics_in_raw():
    raw = "وُجهت الرسالة إلي المسئولين"
    toks = tokenize(raw)
    assert toks[0].text == "وُجهت"
    assert [t.norm for t in toks] == ["وجهت", "الرساله", "الي", "المسءولين"]


def test_sentence_split_on_arabic_punctuation_and_quotes(seed_text):
    doc = tokenize_document(Document.from_text(seed_text))
    texts = [seed_text[s.start:s.end] for s in doc.sentences]
    assert texts[3] == "وأعلن التليفزيون السوري أن الجيش أحكم سيطرته علي حي كرم الميسر وحي كرم الطحان."
    # the closing quote stays with its sentence
    assert any(t.endswith("بشكل خاص».") for t in texts)
    raw = "هل انسحبت القوات؟ نعم؛ انسحبت أمس. وقال د. أحمد إن الوضع هادئ"
    doc2 = tokenize_document(Document.from_text(raw))
    assert [raw[s.start:s.end] for s in doc2.sentences] == [
        "هل انسحبت القوات؟", "نعم؛", "انسحبت أمس.", "وقال د. أحمد إن الوضع هادئ"]


def test_news_corpus_tokenizes_cleanly(news_sample):
    for art in news_sample:
        raw = art["content"]
        doc = tokenize_document(Document.from_text(raw))
        for t in doc.tokens:
            assert raw[t.start:t.end] == t.text
        for s in doc.sentences:
            assert 0 <= s.start < s.end <= len(raw)


def test_analyze_word_for_conll_input():
    t = analyze_word("بحلب")
    assert t.proclitics == ("ب",) and t.stem == "حلب"
    assert analyze_word(".").kind == "punct"


TEXT = st.text(alphabet=st.one_of(st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
                                  st.characters(min_codepoint=0x20, max_codepoint=0x7E),
                                  st.sampled_from(list("»«\u200f\u0640\n،؛؟"))), max_size=300)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_every_span_is_its_surface_text(text):
    doc = tokenize_document(Document.from_text(text))
    for t in doc.tokens:
        assert text[t.start:t.end] == t.text
        assert t.start < t.end
        for s in t.segments:
            assert t.start <= s.start <= s.end <= t.end
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= len(text)
    assert split_sentences(text, doc.tokens) == doc.sentences
