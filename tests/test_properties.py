"""Property tests: on arbitrary Arabic/Latin text (with bidi controls, combining marks, quotes,
digits and news words) every stage runs without raising and every span is its raw text."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.api import load_pipeline
from marsad.document import Document

STAGES = ("normalize", "tokenize", "actors", "geocode", "dates", "events")
NEWS_WORDS = ["قتل", "غارات", "على", "علي", "بلدة", "حلب", "أمس", "الجمعة", "مدنيا", "46", "العشرات", "الجيش",
              "السوري", "»", "«", "يرجح", "روسية", "تظاهر", "طالبت", "في", "ريف", "ادلب", "لم", "اعتقلت", "ديسمبر",
              "1436", "هـ", "والولاياتالمتحدة", "..", "،", "؛", "؟", "\u200f", "\u0640", "\u064b", "&amp;", "كفرنبل"]
TEXT = st.lists(st.one_of(st.sampled_from(NEWS_WORDS),
                          st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=8),
                          st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=6)),
                max_size=60).map(" ".join)


def _check_spans(doc: Document) -> None:
    raw = doc.raw
    for t in doc.tokens:
        assert raw[t.start:t.end] == t.text
    for group in (doc.entities, doc.actors, doc.places, doc.dates):
        for f in group:
            assert 0 <= f.start <= f.end <= len(raw)
            assert raw[f.start:f.end] == f.text
    for ev in doc.events:
        assert raw[ev.start:ev.end] == ev.text
        for p in ev.actors + ev.targets:
            assert raw[p.start:p.end] == p.text
        for m in ev.mentions:
            assert 0 <= m.start < m.end <= len(raw) and raw[m.start:m.end] == m.text
        assert 0 <= ev.confidence <= 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from([None, "2015-08-01", "2016-12-05"]))
def test_pipeline_never_raises_and_spans_are_raw_text(text, published):
    doc = load_pipeline(STAGES)(Document.from_text(text, published=published))
    _check_spans(doc)
