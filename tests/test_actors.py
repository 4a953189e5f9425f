"""Actor lexicon and matcher: real sentences from the seed article and the dev articles."""
from __future__ import annotations

import dataclasses
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from marsad import resources
from marsad.actors import ActorMention, ActorMatcher, default_matcher, find_actors, load_entries
from marsad.document import Document, Fact
from marsad.tokenize import tokenize_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
SEED = SHARED / "seed" / "aleppo-2016.txt"
DEV = SHARED / "events" / "dev.jsonl"


def actors(text: str) -> list[ActorMention]:
    return find_actors(tokenize_document(Document.from_text(text)))


def one(text: str, surface: str) -> ActorMention:
    hits = [m for m in actors(text) if m.text == surface]
    assert hits, f"{surface!r} not found in {[m.text for m in actors(text)]}"
    return hits[0]


@pytest.fixture(scope="module")
def seed() -> tuple[Document, list[ActorMention]]:
    if not SEED.exists():
        pytest.skip("shared seed article not available")
    doc = tokenize_document(Document.from_text(SEED.read_text(encoding="utf-8")))
    return doc, find_actors(doc)


def test_mention_is_a_frozen_fact():
    m = one("ابلغت واشنطن", "واشنطن")
    assert isinstance(m, Fact)
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.country = "RUS"  # type: ignore[misc]
    assert m.producer.startswith("actors.") and 0 < m.confidence <= 1


@pytest.mark.parametrize("text, surface, country, sector", [
    ("وقال ان الفصائل لن تقبل بروسيا وسيطا", "روسيا", "RUS", ""),
    ("ووجهت الفصائل رسالة لموسكو قبل المحادثات", "موسكو", "RUS", ""),
    ("وتقدم والجيش السوري في الاحياء الشرقية", "الجيش السوري", "SYR", "MIL"),
    ("فإن رامبو سيتمكن من قهر الإرهاب المتمثل بداعش، ليخرج بعد معارك", "داعش", None, "REB"),
    ("وقصفت مقاتلات التحالف مواقع للحوثيين في صعدة", "حوثيين", "YEM", "REB"),
    ("دان الأمين العام للأمم المتحدة بان كي مون أمس", "الأمين العام للأمم المتحدة", None, "IGO"),
])
def test_proclitics_do_not_block_a_match(text, surface, country, sector):
    m = one(text, surface)
    assert (m.country, m.sector) == (country, sector)


def test_assimilated_article_starts_at_the_stem():
    m = actors("وقدمت الدعم للجيش السوري")[-1]
    assert m.text == "جيش السوري" and m.country == "SYR"


def test_spans_reproduce_the_raw_text_in_every_dev_article():
    if not DEV.exists():
        pytest.skip("shared dev articles not available")
    matcher = default_matcher()
    n = 0
    for line in DEV.read_text(encoding="utf-8").splitlines():
        doc = tokenize_document(Document.from_text(json.loads(line)["text"]))
        found = matcher.find(doc)
        starts = {t.start for t in doc.tokens} | {s.start for t in doc.tokens for s in t.segments}
        for m in found:
            assert doc.raw[m.start:m.end] == m.text
            assert m.start in starts  # a token, its article or its stem: never inside a clitic
        assert all(a.end <= b.start for a, b in zip(found, found[1:])), "mentions overlap"
        n += len(found)
    assert n > 300


def test_seed_longest_match_keeps_the_observatory_whole(seed):
    doc, found = seed
    obs = [m for m in found if m.text == "المرصد السوري لحقوق الإنسان"]
    assert len(obs) == 1 and obs[0].sector == "NGO" and obs[0].country == "SYR"
    assert not any(m.text == "السوري" and obs[0].start <= m.start < obs[0].end for m in found)


def test_seed_metonyms_and_named_actors(seed):
    _, found = seed
    by_text = {}
    for m in found:
        by_text.setdefault(m.text, m)
    assert by_text["واشنطن"].country == "USA"
    assert by_text["موسكو"].country == "RUS"
    assert by_text["القوات السورية"].code == "SYRMIL"
    assert by_text["الهيئة العليا للمفاوضات"].code == "SYROPP"
    assert by_text["مجلس الأمن"].name_en == "UN Security Council"
    assert by_text["الولاياتالمتحدة"].country == "USA"  # glued in the source, split by the normalizer


def test_seed_hedged_warplanes_keep_the_nationality(seed):
    doc, found = seed
    i = doc.raw.index("طائرات حربية")
    near = [m for m in found if i <= m.start < i + 40]
    planes = next(m for m in near if m.text.startswith("طائرات حربية"))
    russian = next(m for m in near if m.text == "روسية")
    assert planes.kind == "agent" and planes.sector == "MIL"
    # the adjective sits inside the hedge »يرجح انها روسية»: found, but not merged across the quote mark
    assert russian.kind == "nationality" and russian.country == "RUS"


@pytest.mark.parametrize("text, surface, code", [
    ("واستهدفت طائرات تركية من طراز إف 16 فجر أمس الجمعة", "طائرات تركية", "TURMIL"),
    ("دعا وزير الخارجية الروسي سيرغي لافروف الولايات المتحدة", "وزير الخارجية الروسي", "RUSGOV"),
    ("وقتلت قوات الامن الباكستانية ستة متشددين", "قوات الامن الباكستانية", "PAKCOP"),
    ("وقصفت القوات الخاصة الروسية مواقع المسلحين", "القوات الخاصة الروسية", "RUSMIL"),
    ("أطلق جنديان اميركيان النار", "جنديان اميركيان", "USAMIL"),
])
def test_agent_and_nationality_compose(text, surface, code):
    m = one(text, surface)
    assert m.code == code and m.country == code[:3] and m.kind == "actor"


def test_no_composition_without_agreement():
    found = actors("وقصف الجيش مواقع تركية قرب الحدود")
    assert not any(m.text.startswith("الجيش") and m.country for m in found)
    assert any(m.text == "تركية" and m.country == "TUR" for m in found)


def test_manual_entries_win_over_universalpetrarch():
    m = default_matcher()
    assert m.lookup("سوري").source == "manual" and m.lookup("سوري").kind == "nationality"
    assert m.lookup("المصريات").country == "EGY"
    assert m.lookup("الحوثيين").code == "YEMREB"


def test_tables_are_well_formed():
    kinds = {"actor", "agent", "nationality", "stop"}  # stop withdraws a generated entry
    for cols in resources.tsv_rows("actors_manual.tsv"):
        assert len(cols) == 6, cols
        assert cols[5] in kinds, cols
        assert cols[2] == "" or re.fullmatch(r"[A-Z]{3}", cols[2]), cols
        assert cols[2] == "" or cols[1].startswith(cols[2]), cols
    entries = load_entries()
    assert sum(e.source == "manual" for e in entries) > 500
    assert sum(e.source == "up-actor" for e in entries) > 5000
    assert sum(e.source == "up-agent" for e in entries) > 1500


def test_matcher_from_own_entries():
    from marsad.actors import ActorEntry

    matcher = ActorMatcher([ActorEntry("الكتيبه الحمراء", "الكتيبة الحمراء", "XYZREB", "XYZ", "REB", "Red", "manual",
                                       "actor")])
    doc = tokenize_document(Document.from_text("هاجمت والكتيبة الحمراء القرية"))
    assert [(m.text, m.code) for m in matcher.find(doc)] == [("الكتيبة الحمراء", "XYZREB")]


def _build_module():
    spec = importlib.util.spec_from_file_location("build_actors", ROOT / "scripts" / "build_actors.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_build_script_reads_both_universalpetrarch_layouts(tmp_path):
    (tmp_path / "actor_dict_ar_v4.txt").write_text(
        "وزارة_دفاع_أميركي_  [USAGOV]\n"
        "نوري_المالكي_\n\t[IRQGOV 20101221-20140908]\n\t[IRQELI 20140908-20161010]\n"
        "أمين_عام_ل_أمة_المتحدة_  [IGO]\n"
        "قاعدة  [IMG?]\n", encoding="utf-8")
    (tmp_path / "agents.all.ar_v3.txt").write_text("# header\nانفصالي_مسلحي [~REB]\n", encoding="utf-8")
    rows = {r[0]: r for r in _build_module().build(str(tmp_path))}
    assert rows["وزاره دفاع اميركي"][2:5] == ("USAGOV", "USA", "GOV")
    assert "وزاره دفاع اميركيه" in rows  # feminine nisba variant
    assert rows["نوري المالكي"][2] == "IRQELI"  # the latest date range wins
    assert rows["امين عام لامه المتحده"][4] == "IGO"  # stray ل glued to the next word
    assert "قاعده" not in rows  # blocked: a common noun
    assert rows["انفصالي مسلحي"][6:] == ("up-agent", "agent")


def test_a_name_inside_a_longer_word_ending_in_ta_marbuta_is_not_matched():
    from marsad.actors import find_actors
    from marsad.document import Document
    from marsad.tokenize import tokenize_document

    def found(text):
        return [(m.text, m.country) for m in find_actors(tokenize_document(Document.from_text(text)))]

    assert found("هجوم منسق على الطائفة اليزيدية") == []  # not the Saudi city الطائف
    assert ("الرياض", "SAU") not in found("وزير الرياضة والشباب")
    # a feminine title or adjective still is one (رئيسة، الحوثية)
    assert any(c == "YEM" for _, c in found("الميليشيات الحوثية"))
    assert found("القوات التركية") == [("القوات التركية", "TUR")]


def test_a_withdrawn_generated_entry_is_not_matched():
    from marsad.actors import default_matcher, find_actors
    from marsad.document import Document
    from marsad.tokenize import tokenize_document

    doc = tokenize_document(Document.from_text("ووقع الهجوم حيث تتمركز القوات الأفريقية"))
    assert not [m for m in find_actors(doc) if m.country == "CHN"]  # the generated table had أفريقي as China
    assert default_matcher().lookup("أفريقي") is None


def _found(text):
    from marsad.actors import find_actors
    from marsad.document import Document
    from marsad.tokenize import tokenize_document

    return [(m.text, m.country, m.kind) for m in find_actors(tokenize_document(Document.from_text(text)))]


def test_both_words_of_a_two_word_nationality_are_inflected():
    # GSR sentence: the 23 South Koreans abducted by the Taliban
    assert ("الكوريين الجنوبيين", "KOR", "nationality") in _found("خطفت 23 من الكوريين الجنوبيين")
    # a noun in the adjective is not inflected
    assert ("افريقيين", "ZAF", "nationality") not in _found("ثلاثة جنوب افريقيين")
    assert any(c == "ZAF" for _, c, _ in _found("ثلاثة جنوب افريقيين"))
    # the feminine dual of a newly listed state: "طائرتي تجسس جورجيتين"
    assert any(c == "GEO" for _, c, _ in _found("أسقطت طائرتي تجسس جورجيتين"))


def test_an_inflected_adjective_does_not_hide_a_country_name():
    from marsad.actors import default_matcher

    # ماليزيا is Malaysia (an actor), not the accusative of ماليزي
    entry = default_matcher().lookup("ماليزيا")
    assert (entry.country, entry.kind) == ("MYS", "actor")
    assert ("ماليزيا", "MYS", "actor") in _found("وضغطت كل من هولندا وماليزيا من أجل تشكيل محاكمة")
    assert default_matcher().lookup("عراقيا").kind == "nationality"


def test_a_count_between_an_agent_and_a_nationality_keeps_them_apart():
    got = _found("وخطف مسلحون خمسة بريطانيين من مركز")
    assert ("مسلحون", None, "agent") in got
    assert ("بريطانيين", "GBR", "nationality") in got
    # with no count between they compose
    assert ("طائرات حربية روسية", "RUS", "actor") in _found("قصفت طائرات حربية روسية البلدة")


@pytest.mark.parametrize("text,word", [
    ("وفجر انتحاري نفسه بحزام ناسف في مسجد بالقطيف", "ناسف"),   # an explosive belt, not a Chilean college
    ("وأنهم يحترمون سيادة جميع الدول على أراضيها", "سيادة"),   # sovereignty
    ("حتى بات الورق يتقيأ ما يدعون أنها كتابات إبداعية", "الورق"),  # paper
    ("يأتي مشروع تنمية المثلث الذهبي لاستصلاح 500 ألف فدان", "الذهبي"),  # golden
    ("وطالب بتقديم العون للاجئين", "العون"),                     # help, not Michel Aoun
])
def test_common_words_coded_as_actors_by_the_source_dictionary_are_withdrawn(text, word):
    assert not any(word in m.text for m in find_actors(tokenize_document(Document.from_text(text))))


def test_dhahran_is_saudi_and_aoun_keeps_his_title():
    doc = tokenize_document(Document.from_text("تعرض مركز في قطاع الظهران لقذائف وطالب العماد عون بالتحقيق"))
    got = {m.text: m.country for m in find_actors(doc)}
    assert got.get("الظهران") == "SAU" and got.get("العماد عون") == "LBN"


def test_a_withdrawn_phrase_hides_its_shorter_head():
    # "مسقط رأسه" (his birthplace) is withdrawn as a phrase, so مسقط inside it is no Muscat (Oman) either
    assert not [m for m in actors("عاد اللاعب الى مسقط رأسه مدينة بريدة") if m.country == "OMN"]
    assert [m.country for m in actors("وصل الوزير إلى مسقط أمس") if m.text == "مسقط"] == ["OMN"]


def test_mentions_are_the_objects_the_class_makes(news_sample):
    """``find`` makes its mentions by filling a new instance's ``__dict__`` in field order: each is the object
    ``ActorMention(...)`` makes from the same values (equality, hash, repr, field order, pickling), on real
    articles."""
    import pickle

    names = [f.name for f in dataclasses.fields(ActorMention)]
    seen = 0
    for a in news_sample[:60]:
        if not a.get("content"):
            continue
        for m in find_actors(tokenize_document(Document.from_text(a["content"]))):
            made = ActorMention(**{n: getattr(m, n) for n in names})
            assert m == made and hash(m) == hash(made) and repr(m) == repr(made)
            assert list(m.__dict__) == list(made.__dict__) == names
            assert pickle.loads(pickle.dumps(m)) == made
            with pytest.raises(dataclasses.FrozenInstanceError):
                m.code = "X"
            seen += 1
    assert seen > 100


def test_the_hand_written_tables_list_each_row_once():
    # a row written twice (appended by two branches) changes nothing but hides which one a later edit must change
    for name in ("actors_manual.tsv", "event_cues.tsv", "triggers.tsv", "gaz_localities.tsv"):
        seen = Counter(tuple(r) for r in resources.tsv_rows(name))
        twice = sorted(r for r, n in seen.items() if n > 1)
        assert twice == [], (name, twice[:3])
