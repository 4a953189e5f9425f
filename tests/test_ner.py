"""The named-entity stage: real Arabic sentences, raw offsets, the CoNLL contract, model errors."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.errors import ModelCorrupt, ModelNotFound
from marsad.ner import ner_stage
from marsad.ner.conll import read_lines, read_wojood, tag_conll
from marsad.ner.features import FeatureExtractor, Lexicons
from marsad.ner.model import NerTagger
from marsad.tokenize import analyze_word, tokenize_document


def run(text: str) -> Document:
    return ner_stage(tokenize_document(Document.from_text(text)))


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in run(text).entities]


@pytest.mark.parametrize("text, expected", [
    ("قال الرئيس السوري بشار الأسد إن الحرب لن تنتهي قريبا .", ("بشار الأسد", "PERS")),
    ("وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس .", ("جون كيري", "PERS")),
    ("وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس .", ("القاهرة", "LOC")),
    ("قتل ثلاثة مدنيين في إدلب وبحلب أمس .", ("إدلب", "LOC")),
    ("اجتمع مجلس الأمن الدولي لبحث الوضع في سوريا .", ("مجلس الأمن الدولي", "ORG")),
    ("اجتمع مجلس الأمن الدولي لبحث الوضع في سوريا .", ("سوريا", "LOC")),
    # an organisation of 2015 news unseen in ANERcorp (2003-2007): found since model version 4, trained on
    # annotated SaudiNewsNet sentences too
    ("وقال المرصد السوري لحقوق الإنسان إن 20 مدنيا قتلوا .", ("المرصد السوري لحقوق الإنسان", "ORG")),
    # a rare place with no second cue: found since model version 3
    ("قصفت الطائرات أحياء في إدلب صباح اليوم .", ("إدلب", "LOC")),
])
def test_real_sentences(text, expected):
    assert expected in ents(text)


@pytest.mark.parametrize("text, name", [
    ("وتواصلت الاشتباكات بحلب منذ الصباح .", "حلب"),
    ("قتل ثلاثة مدنيين في إدلب وبحلب أمس .", "حلب"),
    ("سقطت قذائف على أحياء بحلب الشرقية أمس .", "حلب"),
])
def test_places_lose_their_clitics(text, name):
    found = [(e.text, e.label) for e in run(text).entities]
    assert (name, "LOC") in found


def test_entities_point_into_raw():
    doc = run("قال الرئيس السوري بشار الأسد في دمشق إن مجلس الأمن الدولي فشل. وبحلب قُتل 12 مدنياً، "
              "بحسب المرصد السوري لحقوق الإنسان.")
    assert doc.entities
    for e in doc.entities:
        assert doc.raw[e.start:e.end] == e.text
        assert 0.0 < e.confidence <= 1.0
        assert e.producer.startswith("ner.crf/")
        assert e.label in {"PERS", "LOC", "ORG", "MISC"}
        assert doc.tokens[e.token_start].start <= e.start < e.end == doc.tokens[e.token_end - 1].end


def test_tag_tokens_gives_tag_and_probability():
    out = NerTagger.default().tag_tokens([analyze_word(w) for w in "زار الرئيس الفرنسي بيروت".split()])
    assert len(out) == 4
    assert all(t == "O" or t[:2] in ("B-", "I-") for t, _ in out)
    assert all(0.0 <= p <= 1.0 for _, p in out)
    assert NerTagger.default().tag_tokens([]) == []


def test_tag_conll_round_trip(tmp_path):
    src = tmp_path / "in.conll"
    src.write_text("قال O\nالرئيس O\nبشار B-PERS\nالأسد I-PERS\n\n\nفي O\nحلب B-LOC\n.\tO\n\nوحدها\n",
                   encoding="utf-8")
    out = tmp_path / "out.conll"
    n = tag_conll(str(src), str(out))
    assert n == 8
    in_lines = src.read_text(encoding="utf-8").splitlines()
    out_lines = out.read_text(encoding="utf-8").splitlines()
    assert len(in_lines) == len(out_lines)
    for a, b in zip(in_lines, out_lines):
        if not a.strip():
            assert b == ""
            continue
        tok, tag = b.split("\t")
        assert tok == a.split()[0]
        assert tag == "O" or tag[:2] in ("B-", "I-")
    assert read_lines(str(out))[:4] == ["قال", "الرئيس", "بشار", "الأسد"]


def test_missing_model_is_a_clear_error(tmp_path):
    tagger = NerTagger(str(tmp_path / "nope.crfsuite"))
    with pytest.raises(ModelNotFound) as err:
        tagger.tag_tokens([analyze_word("حلب")])
    assert "nope.crfsuite" in str(err.value) and "E301" in str(err.value)


def test_unreadable_model_is_corrupt(tmp_path):
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelCorrupt):
        NerTagger(str(bad)).tag_tokens([analyze_word("حلب")])


def test_features_without_lexicons():
    fx = FeatureExtractor(Lexicons(), groups={"base"})
    feats = fx([analyze_word(w) for w in ["بحلب", "اليوم"]])
    assert "s=حلب" in feats[0] and "p=ب" in feats[0] and "[1]w=اليوم" in feats[0]
    with pytest.raises(ValueError):
        FeatureExtractor(Lexicons(), groups={"nonsense"})


def test_wojood_mapping(tmp_path):
    p = tmp_path / "w.txt"
    p.write_text("في O\nمجلس B-ORG\nالأمن I-ORG\nضد I-ORG\nالأسد I-ORG B-PERS\n$#$ O\n\n"
                 "نابلس B-GPE\n1948 B-DATE\n", encoding="utf-8")
    sents = read_wojood(str(p))
    assert [t for _, t in sents[0]] == ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]
    assert sents[1] == [("نابلس", "B-LOC"), ("1948", "O")]


def test_empty_document():
    doc = ner_stage(tokenize_document(Document.from_text("...")))
    assert doc.entities == []


# --- the fast path (marsad.ner.fast) against the reference path (feature strings to crfsuite) ---

FAST_VS_REFERENCE = [
    # names with titles
    "قال الرئيس السوري بشار الأسد إن الحرب لن تنتهي قريبا .",
    "وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس والتقى الرئيس عبد الفتاح السيسي .",
    "استقبل خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز آل سعود ولي العهد الأمير سلمان بن عبدالعزيز .",
    "وأكد الشيخ حسن نصر الله الأمين العام لحزب الله أن المقاومة مستمرة .",
    # places after clitic prepositions and conjunctions
    "قتل ثلاثة مدنيين في إدلب وبحلب أمس .",
    "سقطت قذائف على أحياء بحلب الشرقية وبدمشق ولبيروت وفي الرياض .",
    "وتواصلت الاشتباكات بحلب منذ الصباح ، وبالموصل وبغداد .",
    # multi-word organisations
    "اجتمع مجلس الأمن الدولي لبحث الوضع في سوريا .",
    "وقال المرصد السوري لحقوق الإنسان إن 20 مدنيا قتلوا .",
    "أعلنت منظمة الصحة العالمية ووكالة الأنباء السعودية وجامعة الدول العربية عن اجتماع في جدة .",
    "وذكرت وكالة الأنباء الفرنسية أن الأمم المتحدة والاتحاد الأوروبي طالبا بوقف إطلاق النار .",
    # numbers, Latin script, punctuation, a one-token sentence
    "وفي عام 2013 ، قال بان كي مون ( UN ) إن 100,000 شخص قتلوا .",
    "حلب",
]


def _both(text: str):
    doc = tokenize_document(Document.from_text(text))
    sents = [doc.tokens[s.token_start:s.token_end] for s in doc.sentences] or [doc.tokens]
    tagger = NerTagger.default()
    return tagger.tag_document(sents), tagger.tag_document_reference(sents)


@pytest.mark.parametrize("text", FAST_VS_REFERENCE)
def test_fast_path_equals_reference(text):
    fast, ref = _both(text)
    assert [[t for t, _ in s] for s in fast] == [[t for t, _ in s] for s in ref]
    for fs, rs in zip(fast, ref):
        for (_, p), (_, q) in zip(fs, rs):
            assert abs(p - q) < 1e-9


def test_fast_path_on_a_whole_article():
    """Several sentences at once, as ner_stage tags an article."""
    text = " ".join(FAST_VS_REFERENCE[:-1]) + " وقال الأسد إن حلب ستعود . وزار كيري الرياض ."
    fast, ref = _both(text)
    assert len(fast) > 5
    assert [[t for t, _ in s] for s in fast] == [[t for t, _ in s] for s in ref]
    assert max(abs(p - q) for fs, rs in zip(fast, ref) for (_, p), (_, q) in zip(fs, rs)) < 1e-9
    found = {(e.text, e.label) for e in run(text).entities}
    assert ("بشار الأسد", "PERS") in found and ("مجلس الأمن الدولي", "ORG") in found


def test_fast_path_word_cache_turning_over(monkeypatch):
    """With a word cache of a few types, generations turn over (and shared neighbour vectors are dropped)
    mid-document: the tags and marginals stay those of a tagger that keeps every type."""
    from marsad.ner import fast

    text = " ".join(FAST_VS_REFERENCE[:-1])
    doc = tokenize_document(Document.from_text(text))
    sents = [doc.tokens[s.token_start:s.token_end] for s in doc.sentences]
    expected = NerTagger().tag_document(sents)
    monkeypatch.setattr(fast, "TYPE_CACHE_WORDS", 7)
    small = NerTagger()
    assert small.tag_document(sents) == expected
    assert small.tag_document(sents) == expected  # again, from the caches left by the first pass
    assert len(small._fast._types) <= 7


def test_direct_crfsuite_calls_equal_pycrfsuite():
    """crfsuite's C API on (attribute id, value) arrays (marsad.ner.capi) gives the tags and every
    label's marginal that pycrfsuite.Tagger gives on the same items, bit for bit."""
    tagger = NerTagger.default()
    tagger._load()
    fast = tagger._fast
    direct = fast.direct[0]
    assert direct is not None  # python-crfsuite's extension module exports crfsuite's C API
    m = fast.models[0]
    assert direct.labels == list(fast.final.labels())
    doc = tokenize_document(Document.from_text(" ".join(FAST_VS_REFERENCE)))
    sents = [doc.tokens[s.token_start:s.token_end] for s in doc.sentences]
    assert len(sents) > 5
    for toks in sents + [sents[0] * 40]:  # the last is longer than the arrays' first size
        rows = [fast._row(t) for t in toks]
        em = fast._emissions(rows, 0, fast._gazetteer(rows))
        tags = fast.final.tag(m.items(em))
        ids = direct.tag(m.values(em), len(toks))
        assert [direct.labels[y] for y in ids] == tags
        for i in range(len(toks)):
            for y, label in enumerate(direct.labels):
                assert direct.marginal(y, i) == fast.final.marginal(label, i)


def test_ner_stage_skips_only_sentences_without_entities():
    """ner_stage passes over sentences tagged O throughout; its entities are those of every sentence's tags."""
    from marsad.ner import entities_from_tags

    text = "وصل الوفد مساء أمس . " + " ".join(FAST_VS_REFERENCE[:4]) + " ثم عاد الجميع إلى منازلهم ."
    doc = tokenize_document(Document.from_text(text))
    sents = [doc.tokens[s.token_start:s.token_end] for s in doc.sentences]
    tagged = NerTagger.default().tag_document(sents)
    assert any(all(t == "O" for t, _ in ts) for ts in tagged) and any(t != "O" for ts in tagged for t, _ in ts)
    expected = [e for s, toks, ts in zip(doc.sentences, sents, tagged)
                for e in entities_from_tags(doc, s.token_start, toks, ts, NerTagger.default().producer)]
    assert ner_stage(doc).entities == expected


def test_fast_gazetteer_matches_equal_the_feature_extractors():
    """The fast path's gazetteer walk (a trie of stems) finds the matches FeatureExtractor._gazetteer_tags
    finds (longest entry first, left to right), on real sentences and on every entry of 2+ words."""
    tagger = NerTagger.default()
    tagger._load()
    fast, fx = tagger._fast, tagger._features
    doc = tokenize_document(Document.from_text(" ".join(FAST_VS_REFERENCE)))
    sents = [doc.tokens[s.token_start:s.token_end] for s in doc.sentences]
    long = [k for k in fx.lex.gazetteer if len(k) > 1][:300]
    stem_rows = [[fast._row(t) for t in s] for s in sents]
    for key in long:  # an entry, with a word before it and its own first word after it
        words = ["في", *key, key[0]]
        stem_rows.append([fast._row(analyze_word(w)) for w in words])
    found = 0
    for rows in stem_rows:
        stems = [r[0] for r in rows]
        expected = [(i, t) for i, t in enumerate(fx._gazetteer_tags(stems)) if t]
        assert fast._gazetteer(rows) == expected, stems
        found += len(expected)
    assert found > len(long)


def test_fast_path_without_the_c_api(monkeypatch):
    """Where crfsuite's C API is not reachable, the fast path hands pycrfsuite its dict items: same output."""
    from marsad.ner import capi

    doc = tokenize_document(Document.from_text(" ".join(FAST_VS_REFERENCE)))
    sents = [doc.tokens[s.token_start:s.token_end] for s in doc.sentences]
    expected = NerTagger().tag_document(sents)
    monkeypatch.setattr(capi, "_lib", False)
    plain = NerTagger()
    assert plain.tag_document(sents) == expected
    assert plain._fast.direct == [None]


def test_fast_path_checks_the_c_api_against_pycrfsuite(monkeypatch):
    """A C API that answers differently (another layout of crfsuite's structures) is not used: the check
    run when the model is loaded falls back to pycrfsuite's dicts, with the same output."""
    from marsad.ner import capi

    doc = tokenize_document(Document.from_text(" ".join(FAST_VS_REFERENCE)))
    sents = [doc.tokens[s.token_start:s.token_end] for s in doc.sentences]
    plain = NerTagger()
    expected = plain.tag_document(sents)
    assert plain._fast.direct[0] is not None  # the shipped build passes the check
    monkeypatch.setattr(capi.DirectTagger, "marginal", lambda self, y, t: 0.5)
    checked = NerTagger()
    assert checked.tag_document(sents) == expected
    assert checked._fast.direct == [None]


def test_reference_path_stays_available():
    ref = NerTagger(fast=False)
    words = [analyze_word(w) for w in "زار الرئيس الفرنسي بيروت".split()]
    assert ref.tag_tokens(words) == NerTagger.default().tag_document_reference([words])[0]
    assert [t for t, _ in ref.tag_tokens(words)] == [t for t, _ in NerTagger.default().tag_tokens(words)]


def test_exact_weights_read_from_the_model_file():
    from marsad import resources
    from marsad.ner.fast import read_state_weights
    import pycrfsuite

    path = str(resources.path("ner.crfsuite"))
    labels, weights = read_state_weights(path)
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    info = tagger.info()
    assert labels == tagger.labels()
    assert len(info.state_features) == sum(1 for w in weights.values() for x in w if x != 0.0)
    for (attr, label), w in list(info.state_features.items())[:2000]:
        assert abs(weights[attr][labels.index(label)] - w) < 1e-6


def test_fast_path_falls_back_when_scores_would_overflow_the_lanes():
    """A sentence whose summed scores would leave the packed lanes goes through the reference path."""
    tagger = NerTagger()
    tagger._load()
    words = [analyze_word(w) for w in "وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة".split()]
    fast = tagger.tag_document([words])
    for m in tagger._fast.models:
        m.lane_top = (b"\x00", b"\x00")  # every decoded lane now looks out of range
    assert tagger._fast.tag_document([words]) is None
    ref = NerTagger.default().tag_document_reference([words])
    assert tagger.tag_document([words]) == ref
    assert [t for t, _ in fast[0]] == [t for t, _ in ref[0]]


def test_lane_range_check_is_the_float_range():
    """``CompiledModel.items`` refuses a sentence exactly when some decoded lane is outside [2**E, 2**(E+1))."""
    import math
    import struct

    tagger = NerTagger.default()
    tagger._load()
    m = tagger._fast.models[0]
    lo, hi = 2.0 ** m.exponent, 2.0 ** (m.exponent + 1)
    values = [lo, math.nextafter(lo, 0), 1.5 * lo, math.nextafter(hi, 0), hi, -1.5 * lo, 0.0, 4 * hi, lo / 4]
    for v in values:
        for lane in range(m.n):
            lanes = [1.5 * lo] * m.n
            lanes[lane] = v
            packed = sum(struct.unpack("<Q", struct.pack("<d", x))[0] << (64 * k) for k, x in enumerate(lanes))
            assert (m.items([packed, m.biased(0)]) is None) == (not lo <= v < hi), (v, lane)


def test_packed_lanes_round_trip():
    """The fixed-point lanes give back each attribute's coefficients (to the lane step)."""
    tagger = NerTagger.default()
    tagger._load()
    m = tagger._fast.models[0]
    for attr in ["b", "w=الرئيس", "[-1]w=الرئيس", "s=حلب", "p=ب", "[1]EOS"]:
        if attr not in m.coef:
            continue
        got = list(m.items([m.biased(m.packed[attr])])[0].values())
        assert all(abs(a - b) <= 1 / m.scale for a, b in zip(got, m.coef[attr]))


@pytest.mark.parametrize("window", [20, 1])
def test_fast_document_keys_equal_document_features(window):
    """The fast path's second-pass document features are those of features.document_features, both
    when every sentence sees the whole article and when the window cuts it (window=1)."""
    from marsad.ner.fast import doc_strings
    from marsad.ner.features import document_features

    text = ("قال الرئيس السوري بشار الأسد إن الحرب لن تنتهي . وأضاف الأسد في دمشق أن الجيش تقدم . "
            "وزار كيري القاهرة . وقال الأسد إن حلب ستعود . والتقى جون كيري في القاهرة بالرئيس السيسي . "
            "وفي حلب قتل ثلاثة . وقال كيري إن الأسد فقد شرعيته .")
    doc = tokenize_document(Document.from_text(text))
    sents = [doc.tokens[s.token_start:s.token_end] for s in doc.sentences]
    tagger = NerTagger.default()
    first = [[t for t, _ in s] for s in tagger.tag_document(sents)]
    assert any(t != "O" for s in first for t in s)
    fast = tagger._fast
    rows = [[fast._row(t) for t in s] for s in sents]
    old_window, fast.window = fast.window, window
    try:
        keys = fast._document_keys(rows, first)
    finally:
        fast.window = old_window
    expected = document_features(sents, first, window)
    assert [[doc_strings(k) for k in s] for s in keys] == expected
    assert any(any(f.startswith("dl=") and f != "dl=O" for f in fs) for s in expected for fs in s)


def test_other_corpus_heads_aligned_to_anercorp():
    """Head words ANERcorp leaves outside names (مدينة حلب: O B-LOC) are moved out of Wojood-style
    names that include them (B-LOC I-LOC), and nothing else changes."""
    from marsad.ner.train import align_heads, outside_heads

    main = [[("في", "O"), ("مدينة", "O"), ("حلب", "B-LOC")]] * 3 + [[("حزب", "B-ORG"), ("الله", "I-ORG")]] * 3
    heads = outside_heads(main)
    assert "مدينه" in heads and "حزب" not in heads
    other = [[("مدينة", "B-LOC"), ("حلب", "I-LOC"), ("و", "O"), ("حزب", "B-ORG"), ("الله", "I-ORG")]]
    assert [t for _, t in align_heads(other, heads)[0]] == ["O", "B-LOC", "O", "B-ORG", "I-ORG"]


def test_quoted_positions():
    from marsad.ner.features import quoted_positions

    assert quoted_positions(["رواية", '"', "اولاد", "حارتنا", '"', "و", '"', "الكرنك", '"']) == [2, 3, 7]
    assert quoted_positions(['"', "a", "b", "c", "d", "e", "f", "g", '"']) == []  # too long for a title


def test_session5_feature_groups_on_a_real_sentence():
    """The optional groups of session 5: stem affixes of 4, consonant/long-vowel pattern, interior letter
    trigrams, extra cluster granularities and trigger classes three words away."""
    lex = Lexicons(triggers={"وزير": "PTITLE"}, clusters_x={"كولن": ("7", "40", "900", "3001")})
    fx = FeatureExtractor(lex, groups={"base", "trig", "aff4", "cv", "ng3", "clusx", "tw3"})
    words = "قال وزير الخارجية الأمريكي كولن باول إن يانكوفيتش فاز".split()
    feats = fx([analyze_word(w) for w in words])
    assert [i for i, f in enumerate(feats) if "[-3]t=PTITLE" in f] == [4]  # وزير ... كولن
    assert [i for i, f in enumerate(feats) if any(x.startswith("[3]t=") for x in f)] == []
    assert {"x0=7", "x3=3001"} <= set(feats[4])
    kov = set(feats[7])
    assert {"s4=فيتش", "p4=يانك", "g3=كوف", "g3=وفي", "cv=VVCCVCVC"} <= kov
    # without the groups none of these appear
    plain = FeatureExtractor(lex, groups={"base", "trig"})([analyze_word(w) for w in words])
    assert not any(f.startswith(("[-3]", "[3]", "x0=", "cv=", "g3=", "s4=")) for fs in plain for f in fs)


def test_fast_path_equals_reference_with_session5_groups(tmp_path):
    """A small model trained with the optional groups (trigger classes three words away need their own
    offset columns in the fast path): tags and marginals equal the reference path's."""
    import os

    import pycrfsuite

    from marsad.ner.features import default_lexicons
    from marsad.ner.model import meta_path

    path = "/work/shared/data/anercorp/train.conll"
    if not os.path.isfile(path):
        pytest.skip("ANERcorp train not available")
    from marsad.ner.conll import read_tagged

    groups = ["base", "freq", "trig", "gaz", "clus", "tw3", "aff4", "cv", "ng3"]
    fx = FeatureExtractor(default_lexicons(), groups=groups)
    trainer = pycrfsuite.Trainer(verbose=False)
    for sent in read_tagged(path)[:300]:
        trainer.append(fx([analyze_word(w) for w, _ in sent]), [t for _, t in sent])
    trainer.set_params({"max_iterations": 30, "c1": 0.05, "c2": 0.02, "feature.possible_transitions": True})
    model = str(tmp_path / "small.crfsuite")
    trainer.train(model)
    import json

    with open(meta_path(model), "w", encoding="utf-8") as f:
        json.dump({"groups": groups}, f)
    fast, ref = NerTagger(model), NerTagger(model, fast=False)
    doc = tokenize_document(Document.from_text(" ".join(FAST_VS_REFERENCE[:-1])))
    sents = [doc.tokens[s.token_start:s.token_end] for s in doc.sentences]
    a, b = fast.tag_document(sents), ref.tag_document_reference(sents)
    assert fast._fast is not None and fast._fast.use_tw3
    assert [[t for t, _ in s] for s in a] == [[t for t, _ in s] for s in b]
    assert max(abs(p - q) for x, y in zip(a, b) for (_, p), (_, q) in zip(x, y)) < 1e-9


def test_word_vector_attributes_are_real_valued_and_tagged_by_the_reference_path():
    """Group emb (session 5 experiment): a token's items become {attribute: value} with the scaled word
    vector as e0.. (crfsuite multiplies each weight by its value); the fast path declines such a model."""
    from marsad.ner.fast import FastTagger
    from marsad.ner.features import EMB_SCALE

    lex = Lexicons(vectors={"بغداد": (0.5, -0.25)})
    fx = FeatureExtractor(lex, groups={"base", "emb"})
    feats = fx([analyze_word(w) for w in "زار الرئيس بغداد".split()])
    assert feats[2]["e0"] == 0.5 * EMB_SCALE and feats[2]["e1"] == -0.25 * EMB_SCALE
    assert feats[2]["w=بغداد"] == 1.0 and not any(k.startswith("e") and k[1:].isdigit() for k in feats[0])
    with pytest.raises(ValueError):
        FastTagger(fx, (None, None))


def test_main_corpus_copies(tmp_path):
    """train_ner(main_copies=2) trains on the first file's training part twice (session 5 row aner2)."""
    import json

    from marsad.ner.model import meta_path
    from marsad.ner.train import train_ner

    conll = tmp_path / "tiny.conll"
    conll.write_text("زار\tO\nالرئيس\tO\nبوش\tB-PERS\nبغداد\tB-LOC\n\nوصل\tO\nكيري\tB-PERS\nإلى\tO\nالقاهرة\tB-LOC\n\n",
                     encoding="utf-8")
    out = str(tmp_path / "m.crfsuite")
    r1 = train_ner([str(conll)], out, dev_fraction=0, max_iterations=5, groups={"base"})
    r2 = train_ner([str(conll)], out, dev_fraction=0, max_iterations=5, groups={"base"}, main_copies=2)
    assert (r1["train_sentences"], r2["train_sentences"]) == (2, 4)
    with open(meta_path(out), encoding="utf-8") as f:
        assert json.load(f)["main_copies"] == 2


def test_fast_word_rows_from_cached_parts_equal_the_feature_strings():
    """With the shipped model's feature groups a new word's row is summed from cached parts (stem, clitics,
    frequency and trigger, clusters): the same row as the packed sum of FeatureExtractor's feature strings,
    also when the parts' caches are already filled by other words."""
    tagger = NerTagger()
    tagger._load()
    fast = tagger._fast
    assert fast._fused
    doc = tokenize_document(Document.from_text(" ".join(FAST_VS_REFERENCE)
                                               + " وبالحرب والحروب لحربهم فالمستشفيات ومستشفاها UN 2013 ."))
    toks = list(doc.tokens) + [analyze_word(w) for w in ("وللأمم", "كالسيسي", "بكتابتها", "فسيكتبونها")]
    fused = [fast._row(t) for t in toks]
    fast._types.clear()
    fast._old.clear()
    fast._fused = False
    assert [fast._row(t) for t in toks] == fused


def test_stem_pair_table_equals_the_pair_feature_strings():
    """The stem-pair features looked up by their two stems give what the feature strings weigh, also for
    stems with a "|" in them (every split of a pair value is listed)."""
    from marsad.ner.fast import _splits

    tagger = NerTagger.default()
    tagger._load()
    m = tagger._fast.models[0]
    pair_attrs = [a for a in m.packed if a.startswith(("s-1|s=", "s|s+1="))]
    assert pair_attrs
    for attr in pair_attrs:
        for a, b in _splits(attr[6:]):
            left, right = m.pairs[a][b]
            assert left == m.packed.get("s|s+1=" + a + "|" + b, 0)
            assert right == m.packed.get("s-1|s=" + a + "|" + b, 0)
    assert sum(len(d) for d in m.pairs.values()) >= len({a[6:] for a in pair_attrs})


def test_word_form_table_equals_the_word_feature_strings():
    """words[norm] holds what w=, [-1]w= and [1]w= of a form weigh; forms the model has no weight for
    are left out (they weigh nothing)."""
    tagger = NerTagger.default()
    tagger._load()
    m = tagger._fast.models[0]
    forms = {a.split("w=", 1)[1] for a in m.packed if a.startswith(("w=", "[-1]w=", "[1]w="))}
    assert forms and set(m.words) == forms
    for form in list(forms)[:3000] + ["لا-شيء-هنا"]:
        want = tuple(m.packed.get(p + form, 0) for p in ("w=", "[-1]w=", "[1]w="))
        assert m.words.get(form, (0, 0, 0)) == want
