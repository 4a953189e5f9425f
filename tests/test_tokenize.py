import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.document import Document, Segment, Token
from marsad.glue import default_vocabulary
from marsad.normalize import fold_key, normalize
from marsad.tokenize import (TOKEN_RE, Clitics, _spelling_bans, _spelling_check, analyze_word, default_clitics,
                             split_sentences, tokenize, tokenize_document)


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
    ("فسيعود", [("ف", "proclitic"), ("س", "proclitic"), ("يعود", "stem")]),
    ("وللمعارضة", [("و", "proclitic"), ("ل", "proclitic"), ("ال", "proclitic"), ("معارضه", "stem")]),
    ("سيارته", [("سياره", "stem"), ("ه", "enclitic")]),
    ("بمدينتهم", [("ب", "proclitic"), ("مدينه", "stem"), ("هم", "enclitic")]),
    ("وابنها", [("و", "proclitic"), ("ابن", "stem"), ("ها", "enclitic")]),
    ("والقتلى", [("و", "proclitic"), ("ال", "proclitic"), ("قتلي", "stem")]),
    ("فلسطينيون", [("فلسطينيون", "stem")]),
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


def test_segment_cache_forgets_old_words_and_answers_the_same(seed_text):
    clitics = Clitics(default_vocabulary())
    clitics.cache_size = 50
    words = [t.norm for t in tokenize(seed_text) if t.kind == "word"]
    assert len(set(words)) > 200
    first = [clitics.segment(w) for w in words]
    assert len(clitics._cache) <= 50
    assert first == [clitics._segment(w) for w in words] == [default_clitics().segment(w) for w in words]
    # the prefix analyses are shared by every word with the same head: ولل... and وال... differ
    assert clitics._prefixes("وللمعارضه") != clitics._prefixes("والمعارضه")
    assert clitics._prefixes("وللمعارضه") == clitics._prefixes("وللمواطنين")


def reference_tokens(raw):
    """Token spans, norms and kinds straight from TOKEN_RE matches over the normalized text."""
    n = normalize(raw)
    return [(n.starts[m.start()], n.ends[m.end() - 1], m.group(), m.lastgroup or "punct")
            for m in TOKEN_RE.finditer(n.text)]


def test_tokens_are_the_token_regex_matches(seed_text, news_sample):
    for raw in [seed_text] + [art["content"] for art in news_sample]:
        assert [(t.start, t.end, t.norm, t.kind) for t in tokenize(raw)] == reference_tokens(raw)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_token_scan_matches_the_token_regex(text):
    assert [(t.start, t.end, t.norm, t.kind) for t in tokenize(text)] == reference_tokens(text)


def test_trailing_whitespace_adds_no_tokens_and_keeps_offsets():
    text = "قتل 46 مدنيا في كفرنبل."
    for tail in (" " * 2000, "\n" * 2000, "\u00a0\u2028\u3000" * 500):
        toks = tokenize(text + tail)
        assert [(t.text, t.start, t.end) for t in toks] == [(t.text, t.start, t.end) for t in tokenize(text)]


def test_fast_fact_constructors_make_the_dataclass_instances():
    """new_entity and new_sentence (document.py) build what the frozen dataclasses' __init__ builds."""
    import pickle

    from marsad.document import Entity, Sentence, new_entity, new_sentence

    pairs = [(Entity(start=3, end=9, text="دمشق", confidence=0.9731, producer="marsad.ner", label="LOC",
                     token_start=1, token_end=2), new_entity(3, 9, "دمشق", 0.9731, "marsad.ner", "LOC", 1, 2)),
             (Sentence(0, 40, 0, 7), new_sentence(0, 40, 0, 7))]
    for a, b in pairs:
        assert type(a) is type(b) and a == b and hash(a) == hash(b) and repr(a) == repr(b)
        assert list(vars(a).items()) == list(vars(b).items())
        assert pickle.dumps(a) == pickle.dumps(b)


def _plain_tokens(raw: str, clitics: Clitics) -> list[Token]:
    """Tokens made the plain way: each word's pieces from the segmenter itself (no cache), its Token and
    Segments by their class constructors (which derive stem, proclitics and enclitics from the segments)."""
    n = normalize(raw)
    out = []
    for m in TOKEN_RE.finditer(n.text):
        start, end, kind = n.starts[m.start()], n.ends[m.end() - 1], m.lastgroup or "punct"
        segments = ()
        if kind == "word":
            ns = m.start()
            pieces = clitics._segment(m.group())
            bans = _spelling_bans(_spelling_check(pieces, m.group()), raw, n.starts, ns)  # (ألقى، سامي، وكالة)
            if bans:
                pieces = clitics._segment(m.group(), bans)
            segments = tuple(Segment(f, k, n.starts[ns + a], n.ends[ns + b - 1] if b > a else n.starts[ns + a])
                             for f, a, b, k in pieces)
            if len(segments) == 1:
                segments = (Segment(segments[0].form, "stem", start, end),)
        out.append(Token(raw[start:end], start, end, m.group(), kind, segments))
    return out


def test_tokens_from_the_per_word_records_equal_the_plain_ones(seed_text, news_sample):
    """The tokenizer takes each word's stem, clitic forms and pieces from a record kept per word type
    (``Clitics.token_record``): the same tokens, segments, stems, proclitics and enclitics as the plain way,
    on real articles, with the records fresh, kept, and forgotten (a small table)."""
    texts = [seed_text] + [a["content"] for a in news_sample[:100] if a.get("content")]
    clitics = Clitics(default_vocabulary())
    plain = [_plain_tokens(raw, clitics) for raw in texts]
    assert sum(len(t.segments) > 1 for toks in plain for t in toks) > 5000
    for size in (None, 40):
        if size:
            clitics = Clitics(default_vocabulary())
            clitics.cache_size = size
        for _ in range(2):
            for raw, expected in zip(texts, plain):
                got = tokenize(raw, clitics=clitics)
                assert got == expected
                assert [(t.stem, t.proclitics, t.enclitics) for t in got] == \
                       [(t.stem, t.proclitics, t.enclitics) for t in expected]
        assert len(clitics._records) <= (size or clitics.cache_size)


@pytest.mark.parametrize("text, word, proclitics, stem", [
    # the article is written with a bare alef: ال at a hamza is the word's own (Form IV verbs, names, plurals)
    ("وألقت الشرطة القبض على المتهمين", "وألقت", ("و",), "القت"),
    ("وصل الرئيس إلى ألمانيا أمس", "ألمانيا", (), "المانيا"),
    ("خرج آلاف العراقيين إلى الشوارع", "آلاف", (), "الاف"),
    ("طالب بإلغاء القرار", "بإلغاء", ("ب",), "الغاء"),
    ("وأعلنت وزارة الداخلية القبض على المتهمين بالألعاب النارية", "بالألعاب", ("ب", "ال"), "العاب"),
    # without the hamza the folded word is all there is: the article read as before
    ("والقت الشرطة القبض على المتهمين", "والقت", ("و", "ال"), "قت"),
    # the future س comes before an imperfect's prefix; before a bare alef it is the word's own letter
    ("وأكد سامي الجابر أن الفريق جاهز", "سامي", (), "سامي"),
    ("وساهم المتطوعون في الإغاثة", "وساهم", ("و",), "ساهم"),
    ("وقال: سأعمل على ذلك", "سأعمل", ("س",), "اعمل"),
    ("وستكون القمة في الرياض", "وستكون", ("و", "س"), "تكون"),
    # verbs and verbal nouns of form VIII of roots in ل: their ال is no article (data: clitics.tsv, keep)
    ("والتقى وزير الخارجية نظيره الروسي", "والتقى", ("و",), "التقي"),
    ("وأكد التزام المملكة بالاتفاق", "التزام", (), "التزام"),
    ("وأكد الالتزام بالاتفاق", "الالتزام", ("ال",), "التزام"),
    # ة folds to ه but is never the pronoun: "وكالة" was و + ك + ال + ه, "لمظاهرة" ل + مظاهر + ه
    ("ونقلت وكالة الأنباء السعودية عن المتحدث", "وكالة", (), "وكاله"),
    ("ودعت الحركة لمظاهرة حاشدة يوم الجمعة", "لمظاهرة", ("ل",), "مظاهره"),
    ("ووقعت الحادثة في حي السلامة", "الحادثة", ("ال",), "حادثه"),
])
def test_the_raw_spelling_rules_out_an_article_at_a_hamza_and_a_future_before_a_bare_alef(text, word, proclitics, stem):
    # (and the pronoun ه where the word ends in ة; the written pronoun still splits: "وزارته" = وزاره + ه)
    tok = next(t for t in tokenize(text) if t.text == word)
    assert (tok.proclitics, tok.stem) == (proclitics, stem)
    if word.endswith("ة"):
        assert tok.enclitics == ()
    assert "".join(text[s.start:s.end] for s in tok.segments) == word  # the segments still cover the raw word


def test_a_written_pronoun_ha_still_splits_where_a_ta_marbuta_does_not():
    toks = {t.text: t for t in tokenize("وأعلنت وزارته أن وزارة الداخلية قتلته")}
    assert (toks["وزارته"].stem, toks["وزارته"].enclitics) == ("وزاره", ("ه",))
    assert (toks["وزارة"].stem, toks["وزارة"].enclitics) == ("وزاره", ())
    assert toks["قتلته"].enclitics == ("ه",)
