"""Events on real Arabic text: the seed article's events a reader sees, with their offsets."""
import json
import os

import jsonschema
import pytest

from marsad.api import extract_text
from marsad.events.lexicon import conjugations
from marsad.records import document_record

STAGES = ("normalize", "tokenize", "actors", "geocode", "dates", "events")
SCHEMA = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "spec", "event.schema.json")


@pytest.fixture(scope="module")
def seed_doc(seed_text):
    return extract_text(seed_text, id="seed", stages=STAGES)


def _events(doc, typ):
    return [e for e in doc.events if e.type == typ]


def _mention_covering(doc, ev, phrase):
    i = doc.raw.index(phrase)
    return any(m.start <= i and i + len(phrase) <= m.end for m in ev.mentions)


def test_airstrike_on_kafranbel_hedged_russian_46_killed(seed_doc):
    (ev,) = [e for e in _events(seed_doc, "ASSAULT") if e.mode == "aerial"]
    assert ev.killed == 46 and ev.injured == 10  # العشرات = 10 by the ACLED convention
    actor = ev.actors[0]
    assert actor.text == "طائرات حربية" and actor.country == "RUS" and actor.certainty == "hedged"
    assert ev.place.geonameid == 168661 and ev.place.text == "كفرنبل"
    assert _mention_covering(seed_doc, ev, "وقتل 46 مدنيا علي الاقل واصيب العشرات في غارات نفذتها طائرات حربية")
    m = ev.mentions[0]
    assert seed_doc.raw[m.start:m.end] == m.text
    assert ev.acled_event_type == "Explosions/Remote violence" and ev.acled_sub_event_type == "Air/drone strike"
    assert "Kafranbel" in ev.summary_en and "46 civilians killed" in ev.summary_en and "hedged" in ev.summary_en


def test_army_takes_aleppo_neighbourhoods(seed_doc):
    phrase = "أحكم سيطرته علي حي كرم الميسر وحي كرم الطحان"
    evs = [e for e in _events(seed_doc, "ASSAULT") if _mention_covering(seed_doc, e, phrase)]
    assert evs, "the army taking Karm al-Maysar is an ASSAULT"
    assert any(e.place is not None and e.place.geonameid == 170063 for e in evs)


def test_factions_reject_withdrawal(seed_doc):
    evs = _events(seed_doc, "REJECT")
    assert any(_mention_covering(seed_doc, e, "لن تنسحب من مدينة حلب") for e in evs)


def test_russian_aid_convoy(seed_doc):
    (ev,) = _events(seed_doc, "AID")
    assert ev.actors[0].text == "روسيا" and ev.actors[0].country == "RUS"
    assert _mention_covering(seed_doc, ev, "ارسالها قافلة تضم اكثر من 30 شاحنة")


def test_us_defence_secretary_accuses_russia(seed_doc):
    (ev,) = [e for e in _events(seed_doc, "ACCUSE") if _mention_covering(seed_doc, e, "واتهم روسيا مجددا")]
    assert ev.targets[0].country == "RUS"
    assert ev.actors and ev.actors[0].country == "USA"


def test_requests_of_the_factions_and_the_army(seed_doc):
    evs = _events(seed_doc, "REQUEST")
    assert any(e.actors and e.actors[0].text == "قيادة الجيش السوري" for e in evs)
    assert any(_mention_covering(seed_doc, e, "وطالبت الفصائل مجددا المجتمع الدولي") for e in evs)


def test_every_span_is_raw_text_and_record_follows_schema(seed_doc):
    raw = seed_doc.raw
    for ev in seed_doc.events:
        assert raw[ev.start:ev.end] == ev.text
        for p in ev.actors + ev.targets:
            assert raw[p.start:p.end] == p.text
        if ev.place is not None:
            assert raw[ev.place.start:ev.place.end] == ev.place.text
    rec = document_record(seed_doc)
    if os.path.exists(SCHEMA):
        with open(SCHEMA, encoding="utf-8") as f:
            jsonschema.validate(rec, json.load(f))
    assert len({e["id"] for e in rec["events"]}) == len(rec["events"])


@pytest.mark.parametrize("text,typ,negated", [
    ("قال مسؤول إن الجيش لم يقصف البلدة", "ASSAULT", True),
    ("قصف الجيش البلدة أمس", "ASSAULT", False),
    ("تعتزم الحكومة اعتقال المتظاهرين", "COERCE", True),
    ("اعتقلت الشرطة ثلاثة متظاهرين في القاهرة", "COERCE", False),
    ("تظاهر آلاف اليمنيين في صنعاء احتجاجا على الغارات", "PROTEST", False),
])
def test_negated_and_future_statements_are_not_events(text, typ, negated):
    doc = extract_text(text, published="2015-08-01", stages=STAGES)
    assert (typ not in {e.type for e in doc.events}) == negated


def test_protest_with_clashes_is_a_protest_not_an_assault():
    doc = extract_text("واشتبك متظاهرون فلسطينيون مع الجيش الإسرائيلي في قرية نعلين قرب رام الله", stages=STAGES)
    types = {e.type for e in doc.events}
    assert "PROTEST" in types and "ASSAULT" not in types


def test_counts_from_words_and_vague_quantities():
    doc = extract_text("استشهد شرطي مصري وأصيب ثلاثة آخرون في هجوم إرهابي استهدف سيارة ترحيلات", stages=STAGES)
    (ev,) = _events(doc, "ASSAULT")
    assert ev.killed == 1 and ev.injured == 3
    doc = extract_text("أعلنت الخلية مقتل العشرات من عناصر تنظيم داعش في الأنبار", stages=STAGES)
    assert _events(doc, "ASSAULT")[0].killed == 10
    # two groups counted together, and a verb that is not a number after the conjunction
    doc = extract_text("قتل ستة أطفال وثلاثة بالغين في هجوم على قرية كمونة", stages=STAGES)
    assert _events(doc, "ASSAULT")[0].killed == 9
    doc = extract_text("قتل 5 جنود وأصيب ثلاثة آخرون في هجوم", stages=STAGES)
    (ev,) = _events(doc, "ASSAULT")
    assert (ev.killed, ev.injured) == (5, 3)


def test_verb_conjugations_are_generated():
    forms = conjugations("اعتقل")
    assert {"اعتقل", "اعتقلت", "اعتقلوا", "يعتقل", "تعتقل", "يعتقلون"} <= forms


def test_one_extractor_serves_many_threads(seed_text):
    import concurrent.futures as cf

    from marsad.api import load_pipeline
    from marsad.document import Document

    texts = [seed_text, "اعتقلت الشرطة ثلاثة متظاهرين في القاهرة أمس", "قصفت طائرات التحالف مواقع الحوثيين في صنعاء"]
    pipeline = load_pipeline(STAGES)

    def run(text):
        return [e.to_record() for e in pipeline(Document.from_text(text, published="2015-08-01")).events]

    alone = [run(t) for t in texts]
    with cf.ThreadPoolExecutor(3) as ex:
        together = list(ex.map(run, texts * 4))
    assert together == alone * 4


@pytest.mark.parametrize("text,actor_text,country", [
    # the protesters themselves, with the nationality after them
    ("واشتبك متظاهرون فلسطينيون واجانب مع الجيش الإسرائيلي في قرية نعلين قرب رام الله.", "متظاهرون فلسطينيون", "PSE"),
    ("استمر آلاف المتظاهرين الصوماليين في مسيراتهم الاحتجاجية لليوم الثاني في العاصمة الصومالية.",
     "المتظاهرين الصوماليين", "SOM"),
    # a crowd noun with no nationality takes the country of the place it protests in
    ("قام متظاهرون في ضواحي نابولي بالاحتجاج على اجراءات المفوض الاستثنائي.", "متظاهرون", "ITA"),
])
def test_protesters_are_the_actor_of_a_protest(text, actor_text, country):
    doc = extract_text(text, published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "PROTEST"]
    assert ev.actors[0].text == actor_text and ev.actors[0].country == country


def test_the_other_side_of_a_clash_is_the_target():
    doc = extract_text("واشتبك متظاهرون فلسطينيون مع الجيش الإسرائيلي في قرية نعلين.", published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "PROTEST"]
    assert ev.targets[0].text == "الجيش الإسرائيلي" and ev.targets[0].country == "ISR"


@pytest.mark.parametrize("text,target,country,killed", [
    # after a bare killing verb, counted people are who was killed (passive), not the killer
    ("كما قتل جنديان اميركيان واصيب تسعة عراقيين بجروح في هجوم انتحاري بسيارة مفخخة في الموصل.",
     "جنديان اميركيان", "USA", 2),
    # a nationality counted is people of that nationality
    ("قتل 13 عراقياً واصيب 22 في انفجارين متتاليين قرب محطة للوقود في بغداد أمس.", "عراقياً", "IRQ", 13),
    # the doer stands between the killing verb and the count
    ("وقتل الجيش الإسرائيلي ثلاثة فلسطينيين في غزة.", "فلسطينيين", "PSE", 3),
])
def test_who_was_killed_and_how_many(text, target, country, killed):
    doc = extract_text(text, published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.targets[0].text.startswith(target) and ev.targets[0].country == country  # (+ a name in apposition)
    assert ev.killed == killed
    assert all(a.text != target for a in ev.actors)


def test_a_killing_noun_does_not_make_its_victims_group_the_killer():
    doc = extract_text("أعلنت خلية الإعلام الحربي العراقية اليوم، مقتل العشرات من عناصر تنظيم “داعش” الإرهابي "
                       "في قواطع العمليات العسكرية في محافظة كركوك.", published="2015-08-06")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert not any("داعش" in a.text for a in ev.actors)
    assert ev.killed == 10


def test_an_unknown_doer_does_not_take_the_victims_nationality():
    doc = extract_text("افادت مصادر متطابقة ان مجهولين خطفوا مصورا فرنسيا في بوساسو بشمال الصومال.",
                       published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].text == "مجهولين" and ev.actors[0].country is None and ev.actors[0].certainty == "hedged"
    assert ev.targets[0].text == "مصورا" and ev.targets[0].country == "FRA"


def test_what_is_asked_for_or_threatened_has_not_happened():
    doc = extract_text("ناشد والد الرهينة الكرواتي توميسلاف سالوبيك الذي هدد تنظيم داعش باعدامه، محتجزيه اطلاق سراحه.",
                       published="2015-08-08")
    types = sorted(e.type for e in doc.events)
    assert "RETREAT" not in types and "ASSAULT" not in types  # the release is asked for, the killing threatened
    (req,) = [e for e in doc.events if e.type == "REQUEST"]
    assert req.actors[0].text == "والد" and req.actors[0].country == "HRV"  # a relative speaks for the hostage
    assert any(e.type == "THREATEN" for e in doc.events)


def test_statements_of_two_speakers_of_one_country_stay_two_events(seed_text):
    doc = extract_text(seed_text, id="seed")
    requests = [e for e in doc.events if e.type == "REQUEST"]
    speakers = {e.actors[0].text for e in requests if e.actors}
    assert {"الهيئة العليا للمفاوضات", "قيادة الجيش السوري"} <= speakers


def test_a_statement_takes_the_dateline_town():
    text = ("القاهرة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n"
            "أكد الأمين العام لجامعة الدول العربية دعم الجامعة للشعب اليمني.\n"
            "ودعا نائب الرئيس اليمني خالد بحاح الدول المانحة إلى تقديم الدعم.")
    doc = extract_text(text, published="2015-08-10")
    (req,) = [e for e in doc.events if e.type == "REQUEST"]
    assert req.place is not None and req.place.text == "القاهرة" and req.place.country == "EG"
    assert "place-from-dateline" in req.flags


def test_in_the_same_area_is_the_place_of_the_event_told_before():
    text = ("وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الاربعاء قرب مدينة اعزاز في ريف حلب الشمالي.\n"
            "وقال احد المختطفين إنه جند من قبل الاميركيين في أحد معسكرات التدريب في تركيا.\n"
            "وهاجمت جبهة النصرة الجمعة مقرا للفرقة 30 في المنطقة نفسها.")
    doc = extract_text(text, published="2015-08-02")
    attack = [e for e in doc.events if e.type == "ASSAULT" and "هاجمت" in e.text]
    assert attack and attack[0].place.text == "اعزاز"


def test_expressed_appreciation_after_a_long_subject_is_support():
    doc = extract_text("أعرب نائب الرئيس اليمني خالد بحاح، عن تقديره البالغ للدور الذي تضطلع به دول مجلس التعاون "
                       "لدول الخليج العربية.", published="2015-08-10")
    (ev,) = [e for e in doc.events if e.type == "SUPPORT"]
    # (the title before the name is in the span: "نائب الرئيس اليمني خالد بحاح")
    assert ev.actors[0].text.endswith("خالد بحاح") and ev.actors[0].country == "YEM"


def test_a_clause_opening_with_a_verb_and_no_subject_continues_the_last_doer():
    doc = extract_text("وقالت القيادة المشتركة في بيان: إن قوات التحالف الدولي نفذت 17 ضربة جوية قرب دير الزور، "
                       "كما نفذت سبع ضربات جوية قرب الحسكة.", published="2015-07-31")
    strikes = {e.place.text: e for e in doc.events if e.type == "ASSAULT" and e.place is not None}
    assert strikes["الحسكة"].actors[0].text == "قوات التحالف الدولي"


@pytest.mark.parametrize("text,target,country", [
    ("وافاد بيان عسكري اميركي بأن القوات الاميركية تعرضت لهجوم في الرمادي مساء الخميس بأسلحة صغيرة.",
     "القوات الاميركية", "USA"),
    ("افادت تقارير بتعرض المرجع الشيعي آية الله علي السيستاني لمحاولة اغتيال في النجف.", "السيستاني", "IRQ"),
])
def test_who_underwent_an_attack_is_its_target(text, target, country):
    doc = extract_text(text, published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.targets[0].text.startswith(target) and ev.targets[0].country == country  # (+ a name in apposition)
    assert all(a.text != target for a in ev.actors)


def test_one_word_of_a_longer_name_is_not_a_dictionary_person():
    doc = extract_text("وشهد الشهر الحالي اغتيال جاسم الذهبي، عميد كلية الإدارة والاقتصاد بجامعة بغداد.",
                       published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.targets[0].text == "جاسم الذهبي" and ev.targets[0].country == "IRQ"


def test_an_anniversary_of_an_old_attack_is_not_an_event():
    doc = extract_text("وقع الحادث بعد ثلاث سنوات تقريبا على إطلاق النار الذي نفذه مسلح في صالة سينما في أورورا.",
                       published="2015-07-25")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_an_attack_on_a_right_is_not_force():
    doc = extract_text("وأوضح أن الانقلابيين شكلوا اعتداءً مباشراً ومتواصلا على حق الشعب اليمني في تقرير مصيره.",
                       published="2015-08-10")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_chanting_crowds_and_marches_with_demands_are_protests():
    doc = extract_text("وهتف المتظاهرون ضد حكومة الرئيس عمر البشير في الخرطوم.", published="2008-01-10")
    assert [e for e in doc.events if e.type == "PROTEST"]
    doc = extract_text("انخرطت قوى لبنانية كثيفة في مسيرة «استقلالية»، تطالب «بالحقيقة».", published="2008-01-10")
    assert [e for e in doc.events if e.type == "PROTEST"]


@pytest.mark.parametrize("text,typ,speaker", [
    # an active participle after the main clause: its speaker is the subject of the main verb
    ("كما أشاد نائب الرئيس اليمني بالتحسن النسبي في عمليات الإغاثة، مطالبًا الدول والمنظمات المانحة ببذل المزيد.",
     "REQUEST", "نائب الرئيس اليمني"),
    # a formal protest lodged by an authority is an accusation, not a demonstration
    ("وعلمت الوطن أن هيئة الأمر بالمعروف والنهي عن المنكر في المحافظة قدمت احتجاجا على إعلانات تتبع أحد البنوك.",
     "ACCUSE", "هيئة الأمر بالمعروف والنهي عن المنكر"),
])
def test_statements_in_participles_and_formal_protests(text, typ, speaker):
    doc = extract_text(text, published="2015-08-10")
    evs = [e for e in doc.events if e.type == typ]
    assert evs and evs[0].actors[0].text == speaker
    assert not [e for e in doc.events if e.type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "وقتل 32 شخصًا في الفيضانات الأخيرة في البلاد بينهم عائلتان طمرتا في الوحول.",  # a flood, not force
    "معرباً عن حزنه لهذا المصاب الجلل داعياً للفقيد أن يسكنه المولى العلي القدير فسيح جناته.",  # a prayer
    "فهي مطالبة بتلبية متطلبات الزوج والأطفال والعناية بالمنزل.",  # "is required to", not a demand
])
def test_deaths_in_disasters_prayers_and_duties_are_not_events(text):
    doc = extract_text(text, published="2015-08-10")
    assert not doc.events


def test_jabhat_al_nusra_is_not_a_football_club():
    text = ("وهاجمت جبهة النصرة الجمعة مقرا للفرقة 30 في ريف حلب، ووقعت اشتباكات بينها وبين المدافعين عن المقر "
            "تسببت بمقتل 25 مقاتلا من الطرفين. وقالت جبهة النصرة إن مقاتليها سيطروا على المقر. "
            "واتهمت جبهة النصرة الفرقة بالتعاون مع الغرب.")
    doc = extract_text(text, published="2015-08-02")
    assert any(e.type == "ASSAULT" and e.killed == 25 for e in doc.events)


@pytest.mark.parametrize("text,actor,country", [
    # a role with a possessive pronoun belongs to the actor named before it
    ("وأعلن الجيش الامريكي في وقت لاحق أن قواته قتلت مسلحا خلال عمليات في العاصمة.", "قوات", "USA"),
    # the nationality of an attack noun is its doer's
    ("وقال مصدر في الشرطة إن ثمانية اشخاص قتلوا جراء ضربة جوية اميركية في تكريت.", "اميركية", "USA"),
])
def test_the_doer_of_own_forces_and_national_strikes(text, actor, country):
    doc = extract_text(text, published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].text == actor and ev.actors[0].country == country


def test_a_counterparts_nationality_is_not_the_speakers():
    doc = extract_text("وجاء في البيان ان الوزيرة بوسيتش على اتصال بنظيرها المصري سامح شكري.",
                       published="2015-08-08")
    (ev,) = [e for e in doc.events if e.type == "CONSULT"]
    assert ev.actors and ev.actors[0].country != "EGY"


def test_a_claim_for_an_attack_told_before_is_that_attack():
    text = ("وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الاربعاء قرب مدينة اعزاز.\n"
            "وتبنت جبهة النصرة خطف العناصر من «الفرقة 30» في بيان نشرته على الانترنت.")
    doc = extract_text(text, published="2015-08-02")
    abductions = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(abductions) == 1 and len(abductions[0].mentions) == 2


def test_condemning_an_attack_targets_its_doer_not_the_condemner():
    text = ("أحرق مستوطنون إسرائيليون منزلا في قرية دوما جنوب نابلس فجر أمس ما أدى إلى مقتل رضيع فلسطيني.\n"
            "ونددت واشنطن بأشد العبارات بالهجوم الارهابي الوحشي.\n"
            "ودعت حماس الى «يوم غضب».\n"
            "دان الأمين العام للأمم المتحدة بان كي مون أمس هذه الجريمة البشعة.")
    doc = extract_text(text, published="2015-08-01")
    (attack,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack.actors[0].country == "ISR"  # not واشنطن, which only condemns it
    accuse = {e.actors[0].text: e for e in doc.events if e.type == "ACCUSE"}
    assert accuse["واشنطن"].targets[0].country == "ISR"
    assert all(t.text != "بان كي مون" for e in accuse.values() for t in e.targets)  # apposition, not target
    (call,) = [e for e in doc.events if e.type == "REQUEST"]
    assert call.actors[0].text == "حماس"  # a named group before "إلى" is the subject


def test_held_under_control_is_a_state_and_the_armed_subject_is_the_doer():
    doc = extract_text("بدأت القوات الأمنية بمشاركة متطوعي العشائر في تنفيذ المرحلة الثانية من عملية تحرير مدينة "
                       "الرمادي مركز المحافظة من سيطرة مسلحي تنظيم داعش.", published="2015-08-07")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].text == "القوات الأمنية"
    assert all("مسلحي" not in a.text for a in ev.actors)


@pytest.mark.parametrize("text,target,country,killed", [
    ("وكانت رئيسة الوزراء السابقة، بي نظير بوتو، قد قتلت في هجوم انتحاري في مدينة روالبندي.", "بي نظير بوتو", "PAK", None),
    ("وقال مسؤولون إن أربعة من حراس الأمن الأفغان قتلوا في هجوم انتحاري في جنوب أفغانستان.", "الأفغان", "AFG", 4),
])
def test_who_was_killed_before_a_killing_verb(text, target, country, killed):
    doc = extract_text(text, published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.targets[0].text.startswith(target) and ev.targets[0].country == country  # (+ a name in apposition)
    assert not ev.actors and ev.killed == killed


def test_one_clause_listing_places_gives_events_with_distinct_ids():
    doc = extract_text("أعلنت خلية الإعلام الحربي مقتل العشرات من عناصر داعش في محافظات الأنبار وصلاح الدين وكركوك.",
                       published="2015-08-06")
    ids = [e.id for e in doc.events if e.type == "ASSAULT"]
    assert len(ids) >= 2 and len(ids) == len(set(ids))


@pytest.mark.parametrize("text", [
    # taking part in a campaign is not one attack
    "أعلن وزير الدفاع البريطاني مايكل فالون عن تمديد بلاده مشاركتها في غارات التحالف ضد تنظيم داعش.",
    # what the rebels had bombed before is background to a repair
    "وشدد على استعادة خدمة الإنترنت بعد إصلاح كابلات في مدينة دار سعد سبق أن قصفها المتمردون.",
])
def test_campaign_participation_and_earlier_bombing_are_not_new_attacks(text):
    doc = extract_text(text, published="2015-08-10")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_two_events_with_one_id_become_one_with_every_mention(seed_doc):
    from dataclasses import replace as _replace

    from marsad.events.merging import _unique_ids

    ev = seed_doc.events[0]
    other = seed_doc.events[1].mentions[0]
    twin = _replace(ev, mentions=ev.mentions[:1] + (other,))
    out = _unique_ids([ev, twin])
    assert len(out) == 1 and out[0].id == ev.id
    assert {m.start for m in out[0].mentions} == {m.start for m in ev.mentions} | {other.start}


def test_a_statement_takes_a_town_of_its_sentence_only_as_a_venue(seed_doc):
    (accuse,) = [e for e in seed_doc.events if e.type == "ACCUSE"]
    assert accuse.place is None  # "واتهم روسيا ... في موسكو"-like topics are not where Carter spoke
    doc = extract_text("وقال اليامي إنه على هامش الاجتماع الرابع والثلاثين للجنة، الذي عقد أمس بمقر الجامعة في "
                       "القاهرة، تم استعراض الترتيب لزيارة اليمن. وأعلن اليامي رفض اللجنة للانتهاكات في صنعاء.",
                       published="2015-08-06")
    (consult,) = [e for e in doc.events if e.type == "CONSULT"]
    assert consult.place is not None and consult.place.text == "القاهرة"


def test_towns_listed_after_a_region_are_one_event_each():
    doc = extract_text("وقصفت الطائرات الحربية عددا من البلدات في ريف إدلب، منها كفرنبل ومعرة النعمان وسراقب.",
                       published="2016-12-01")
    towns = sorted(e.place.text for e in doc.events if e.type == "ASSAULT" and e.place is not None)
    assert towns == sorted(["كفرنبل", "معرة النعمان", "سراقب"])
    assert len({e.id for e in doc.events}) == len(doc.events)


@pytest.mark.parametrize("text,actor", [
    ("وقتل أكثر من 30 شخصا في هجمات انتحارية يعتقد أنها من فعل مقاتلين موالين لطالبان.", "مقاتلين"),
    ("وانفجرت سيارة مفخخة في سوق الموصل ويعتقد ان تنظيم داعش يقف وراء الهجوم.", "تنظيم داعش"),
])
def test_who_is_believed_to_be_behind_an_attack_is_a_hedged_doer(text, actor):
    doc = extract_text(text, published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].text == actor and ev.actors[0].certainty == "hedged"
    assert all(t.text != actor for t in ev.targets)


@pytest.mark.parametrize("text", [
    "أطلقت بعد حلول الليل طائرة بلا طيار من نوع بريداتور، صواريخ على بيتين في قرية دمادولا شمال شرقي باكستان.",
    "وكان الاحد الماضي شهد حادثا امنيا تمثل باطلاق صواريخ كاتيوشا من جنوب لبنان على مستوطنة كريات شمونة.",
])
def test_launching_rockets_is_an_assault(text):
    doc = extract_text(text, published="2008-01-10")
    assert [e for e in doc.events if e.type == "ASSAULT"]


def test_launching_a_campaign_is_not():
    doc = extract_text("وأطلقت وزارة الصحة حملة للتطعيم ضد شلل الأطفال في المحافظات.", published="2008-01-10")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_chants_raised_by_revolutionaries_are_a_protest():
    doc = extract_text("وتذكر مسعد كيف أن من بين الشعارات والهتافات التي رفعها الثوار «يسقط نظام كامب ديفيد».",
                       published="2008-01-10")
    assert [e for e in doc.events if e.type == "PROTEST"]


def test_a_question_reports_no_attack_but_but_does():
    doc = extract_text("أليس في هذا ما يثير حفيظة المواطن ويوغر صدره ويقتله؟", published="2015-08-10")
    assert not [e for e in doc.events if e.type == "ASSAULT"]
    doc = extract_text("إلا ان الجبهة الشعبية احتجزت 68 رهينة من الأجانب في فندقين في عمان.", published="2008-01-10")
    assert [e for e in doc.events if e.type == "ASSAULT"]  # إلا أن (but) is not ألا (is it not)


@pytest.mark.parametrize("text,killed", [
    ("وتأتي الهجمات بعد يوم على قيام متمردو بوكو حرام باحراق ستة أطفال على الأقل وثلاثة بالغين في قرية.", 9),
    ("الجريمة التي نفذها مستوطنون إسرائيليون أمس، وأدت إلى حرق رضيع فلسطيني.", 1),
    ("وأحرق مستوطنون عشرة منازل في القرية.", None),  # houses burned: no one killed
])
def test_people_burned_are_counted_killed_houses_are_not(text, killed):
    doc = extract_text(text, published="2015-07-22")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.killed == killed


@pytest.mark.parametrize("text,killed,injured", [
    ("قتل خمسة عشر شخصا في هجوم انتحاري في بغداد أمس.", 15, None),
    ("أسفر الهجوم عن مقتل ثلاثة عشر جنديا وإصابة أحد عشر آخرين.", 13, 11),
    ("قتل ثلاثة وعشرون مدنيا في غارة على دوما.", 23, None),
    ("قتل مئة وخمسون شخصا وأصيب 40 في تفجير في كابول.", 150, 40),
    ("قتل خمسة وجرح ثلاثة في هجوم على حاجز للجيش.", 5, 3),  # two counts, not one compound
    # killed and wounded together, with no split: neither count is known
    ("قتل وجرح سبعة عشر سائحا اسبانيا في هجوم انتحاري في معبد بلقيس بمأرب شرق اليمن امس.", None, None),
])
def test_compound_number_words_are_read_whole(text, killed, injured):
    (ev,) = [e for e in extract_text(text, published="2015-06-01").events if e.type == "ASSAULT"]
    assert (ev.killed, ev.injured) == (killed, injured)


def test_victims_with_a_nationality_take_its_country():
    doc = extract_text("قتل وجرح سبعة عشر سائحا اسبانيا في هجوم انتحاري في معبد بلقيس بمأرب شرق اليمن امس.",
                       published="2007-07-03")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.targets[0].text == "سائحا" and ev.targets[0].country == "ESP"  # سائحا is a victim noun (hamza folded)


def test_by_phrase_names_the_doer_even_when_counted():
    doc = extract_text("وظهرت السيدة المعنية في ما بعد على قناة «الجزيرة» الفضائية واكدت انه تم اغتصابها من قبل عدة "
                       "ضباط عراقيين.", published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].text == "ضباط" and ev.actors[0].country == "IRQ"
    assert not [t for t in ev.targets if t.text == "ضباط"]


@pytest.mark.parametrize("text, published, actor", [
    # train d2-5db241be67
    ("يذكر أن وزارة الدفاع الجزائرية كانت قد أعلنت الأحد 19 يوليو/ تموز مقتل 9 جنود وإصابة اثنين آخرين إثر تعرضهم "
     "لإطلاق نار من «مجموعة إرهابية» مساء الجمعة الماضي بولاية عين الدفلي.", "2015-07-21", "مجموعة إرهابية"),
    # blind7 d7-c634b823f0
    ("الى ذلك أصيب طفل في انفجار عبوة ناسفة جنوب الشيخ زويد فيما أصيب آخر بطلق ناري من مجهولين في مدينة رفح "
     "بشمال سيناء، وتم نقلهما إلى المستشفى للعلاج.", "2015-08-01", "مجهولين"),
    # blind12 d12-b0e2ce6be9
    ("كما تعرضت أماكن في قرى الحواش والقاهرة والعنكاوي والعمقية والزقوم والحويجة وقسطون بسهل الغاب لقصف مكثف من "
     "الطيران المروحي.", "2015-07-30", "الطيران المروحي"),
])
def test_the_armed_party_after_min_that_follows_an_attack_noun_is_its_doer(text, published, actor):
    doc = extract_text(text, published=published)
    evs = [e for e in doc.events if e.type == "ASSAULT" and any(a.text == actor for a in e.actors)]
    assert evs
    assert all(t.text != actor for e in evs for t in e.targets)


def test_aircraft_in_construct_with_their_state_are_not_the_articles_air_power():
    # blind8 d8-f8166c75d8: the US strikes named first do not make the Syrian government's aircraft American
    doc = extract_text("فيما قال الجيش الأميركي إن الولايات المتحدة وحلفاءها استهدفوا مسلحي تنظيم داعش بتسع ضربات جوية "
                       "في سوريا أصابت وحدات تكتيكية ومواقع قتالية بالقرب من حلب والحسكة. كما قتل 26 شخصا في غارات "
                       "شنتها طائرات النظام السوري على مدينة منبج بريف حلب الشرقي بعد يوم من قصف مماثل على هذه المدينة "
                       "الواقعة تحت سيطرة تنظيم داعش.", published="2015-07-22")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT" and any(a.text == "طائرات" for a in e.actors)]
    assert [a.country for a in ev.actors if a.text == "طائرات"] == ["SYR"]


def test_a_unit_of_a_force_is_that_force():
    doc = extract_text("قال عدد من سكان منطقة حسن كوي في تلعفر، إن قوة من الشرطة العراقية قامت بمداهمة جامع النور "
                       "بعد صلاة العشاء.", published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "COERCE"]
    assert ev.actors[0].text == "الشرطة العراقية" and ev.actors[0].country == "IRQ"


def test_a_town_attacked_is_target_and_place():
    doc = extract_text("قتل ثلاثة مدنيين في قصف على حلب.", published="2015-06-01")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.place is not None and ev.place.geonameid == 170063


def test_what_a_protest_is_against_takes_its_country():
    cases = [
        ("وبينما تظاهر أمس نحو مائتي شخص أمام مقر نقابة الصحافيين في وسط القاهرة احتجاجا على زيارة بوش، "
         "تقدمهم عدد من الصحافيين.", "USA"),
        ("وحمل المتظاهرون اعلاما تركية وتجمعوا في الساحات العامة في رد على أزمة الرئاسة التركية.", "TUR"),
        ("وهتف المتظاهرون ضد حكومة الرئيس عمر البشير ورددوا شعارات مناوئة لها.", "SDN"),
    ]
    for text, country in cases:
        evs = [e for e in extract_text(text, published="2008-01-10").events if e.type == "PROTEST"]
        assert any(t.country == country for e in evs for t in e.targets), text
    # a place the protesters gathered in is not whom they protest against (only the implied government of
    # the country may stand on its words, flagged target-implied)
    doc = extract_text("واغلق عدة الاف من المتظاهرين طريقا سريعا عبر اقليم ننجرهار يربط العاصمة كابل بباكستان.",
                       published="2008-01-10")
    assert not [t for e in doc.events for t in e.targets if t.text == "كابل" and "target-implied" not in e.flags]


def test_what_an_attack_was_aimed_at_is_its_target():
    doc = extract_text("وفي الموصل، أعلن الجيش الاميركي مقتل شخص وإصابة 15 آخرين في هجوم انتحاري بسيارة مفخخة استهدف "
                       "دورية للجيش الاميركي وسط المدينة.", published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.targets[0].text == "جيش الاميركي" and ev.targets[0].country == "USA"  # لل: the article is not shown
    assert (ev.killed, ev.injured) == (1, 15)


def test_possessive_soldiers_belong_to_the_army_named_before():
    doc = extract_text("وكان الجيش الاميركي قد أعلن أمس مقتل اثنين من جنوده في هجوم انتحاري في محافظة صلاح الدين.",
                       published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert any(t.country == "USA" for t in ev.targets)


def test_not_stopping_an_attack_is_doing_it_and_stopping_is_not():
    doc = extract_text("تحدث التقرير عن انتهاكات القوات الأمريكية التي لم تتوقف عن تعذيب المحتجزين في العراق.",
                       published="2008-01-10")
    assert [e for e in doc.events if e.type == "ASSAULT" and e.mode == "torture"]
    doc = extract_text("وتوقفت الطائرات عن قصف المدينة منذ يومين.", published="2015-06-01")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_bombing_amid_a_protest_is_an_attack_not_a_riot():
    doc = extract_text("قال الرائد سلام زنكنة، من شرطة المدينة، ان «22 شخصا على الاقل قتلوا واصيب نحو 120 اخرين بجروح "
                       "جراء هجوم انتحاري بحزام ناسف وسط مظاهرة كردية».", published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.mode == "suicide-attack" and (ev.killed, ev.injured) == (22, 120)
    assert not [e for e in doc.events if e.type == "PROTEST"]
    # protesters burning tyres are still a riot, not an attack
    doc = extract_text("وتجمع أمس مئات المتظاهرين الغاضبين في الطرقات وأحرقوا الاطارات في العديد من المدن جنوب باكستان.",
                       published="2008-01-10")
    assert [e.type for e in doc.events] == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "ويتخوف مختصون أن يقوم التنظيم بعد تحول موقفه من هجومي إلى دفاعي بتنفيذ عمليات.",  # offensive (adj.)
    "الدكتور فلان أكاديمي وباحث تربوي واجتماعي.",  # social (adj.), not "my meeting"
    "إن وضع بولارد ستحدده لجنة إطلاق السراح المشروط.",  # the parole board: a name
    "وقالت إن تركيا «أنهت من جانب واحد» وقف إطلاق النار.",  # ending a ceasefire is not one
    "وقد صدرت الدعوة إلى الدورة الاستثنائية بموجب مرسوم صادر عن رئاسة الجمهورية.",  # issued by, not seized
    "أو يراها آخر أنها منحرفة تتظاهر بقضاء حاجتها.",  # pretends to, not demonstrates
    "يخوض المنتخب السعودي لكرة القدم مساء اليوم مباراته الرابعة في بطولة غرب آسيا عندما يلتقي منتخب الأردن.",
    "وسيتم اختيار التعيينات من قبل الجمعية العامة للشركة في أول اجتماع.",  # a future meeting
    "دفعت الدولة المملوكية للدخول في حرب بحرية شهيرة هي معركة «ديو» البحرية عام 1509.",  # history
    "غير أنها تنتهي بتمرير القوانين التي تطلبها الحكومة.",  # a habit described
])
def test_words_that_look_like_triggers_but_report_no_event(text):
    doc = extract_text(text, published="2015-08-01")
    assert not doc.events, [(e.type, e.text) for e in doc.events]


def test_a_threat_told_in_a_past_relative_clause_is_still_a_threat():
    doc = extract_text("وكان الطيار الذي هدد تنظيم داعش باعدامه قد أسر في ديسمبر.", published="2015-08-01")
    assert [e for e in doc.events if e.type == "THREATEN"]


def test_counted_soldiers_before_a_killing_verb_were_killed():
    doc = extract_text("وقال مسؤول عسكري إن خمسة جنود قتلوا في الهجوم.", published="2015-08-01")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert not ev.actors and ev.targets[0].text == "جنود" and ev.killed == 5


@pytest.mark.parametrize("text", [
    "بدأت بعض المناطق الخارجة عن سيطرة النظام في اعتماد الليرة التركية.",  # a state of control
    "الذين يعانون الأمرين من مصادرة حرياتهم الدينية.",  # freedoms, not goods
    "أن أسر المعتقلين تتواصل مع الوزارة لمعرفة مصير أبنائهم الذين نقلوا إلى سجون الناصرية.",  # prisons, a place
    "ما جاء من الوعيد الصارخ لكل من قتل نفسا بغير حق.",  # whoever kills: a rule
    "وأعتذر إن كان قد بدر مني ما جرح قلوبكم النقية.",  # hurt feelings
    "وذكرت الشرطة أن 15 شخصا لقوا حتفهم في حي لوملي بعدما طمر انهيار أرضي منازلهم.",  # a landslide
    "وأعلنت الشرطة ضبط مواطن بتهمة الاعتداء على زوجته.",  # a charge, not a report of the act
])
def test_more_words_that_report_no_use_of_force(text):
    doc = extract_text(text, published="2015-08-01")
    assert not [e for e in doc.events if e.type in ("ASSAULT", "COERCE")], [(e.type, e.text) for e in doc.events]


def test_a_country_spelled_like_a_verb_is_not_a_trigger():
    doc = extract_text("مما ادى الى مقتل 10 مدنيين وجندي من تشاد المجاورة.", published="2015-08-01")
    assert [e.type for e in doc.events] == ["ASSAULT"]  # تشاد (Chad) is not "is praised"


def test_blaming_a_government_for_a_killing_is_an_accusation_not_a_new_attack():
    text = ("الجريمة الإرهابية البشعة التي نفذها مستوطنون إسرائيليون أمس في قرية دوما، وأدت إلى حرق رضيع فلسطيني. "
            "وحملت منظمة التحرير حكومة بنيامين نتنياهو المسؤولية الكاملة عن مقتل الطفل.")
    doc = extract_text(text, published="2015-08-01")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert not [a for a in attacks if a.actors and "نتنياهو" in a.actors[0].text]
    assert [e for e in doc.events if e.type == "ACCUSE" and e.actors[0].text == "منظمة التحرير"]


def test_a_condemnation_before_the_attack_it_names_targets_its_doer():
    doc = extract_text("دانت المملكة بأشد العبارات، الجريمة الإرهابية البشعة التي نفذها مستوطنون إسرائيليون أمس في قرية "
                       "دوما، وأدت إلى حرق رضيع فلسطيني.", published="2015-08-01")
    (acc,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert acc.targets and acc.targets[0].text.startswith("مستوطنون")


def test_what_a_resolution_is_sought_for_is_not_yet_a_condemnation():
    doc = extract_text("كما قررت القيادة الفلسطينية التوجه إلى مجلس الأمن لاستصدار قرار يدين هجمات المستوطنين.",
                       published="2015-08-01")
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_the_people_counted_killed_are_the_target_when_no_one_else_is():
    doc = extract_text("من ناحية ثانية، أوقع هجوم بسيارة مفخخة على حفل زفاف بالفلوجة سبعة قتلى.", published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.killed == 7 and ev.targets[0].text == "سبعة قتلى" and ev.targets[0].country == "IRQ"


def test_the_group_named_among_the_dead_is_the_target():
    doc = extract_text("مؤكدا مقتل 52 عنصرا من بينهم اثنان من قياديي داعش وإصابة أكثر من 58 وتدمير تسعة مستودعات للأسلحة "
                       "و22 عربة بعمليات عسكرية نفذت أمس في مناطق حصيبة.", published="2015-08-06")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.targets[0].text == "داعش" and ev.killed == 52 and ev.injured == 58


def test_a_speaker_calling_an_act_heinous_accuses_its_doer():
    text = ("قتل 15 شخصا في تفجير انتحاري نفذه تنظيم داعش في مسجد قوات الطوارئ في أبها. "
            "قال الشيخ محمد المختار الشنقيطي عضو هيئة كبار العلماء إن جريمة تفجير مسجد قوات الطوارئ النكراء آلمت الجميع.")
    doc = extract_text(text, published="2015-08-07")
    (acc,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert "الشنقيطي" in acc.actors[0].text and acc.targets and acc.targets[0].text == "تنظيم داعش"
    # a criminal record is described, not condemned
    doc = extract_text("وقال كرافت إن الرجل لديه على ما يبدو سجل إجرامي لكنه قديم للغاية.", published="2015-07-24")
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_verbs_joined_by_wa_share_their_subject():
    doc = extract_text("إلا ان الجبهة الشعبية لتحرير فلسطين رفضت الانصياع لاتفاق وقف إطلاق النار واحتجزت 68 رهينة من "
                       "الأجانب في فندقين في عمان.", published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors and ev.actors[0].text == "الجبهة الشعبية لتحرير فلسطين"


def test_a_hedged_nationality_in_its_own_clause_gives_the_doer_a_country():
    doc = extract_text("قال مسؤولون في المخابرات الباكستانية إن مقاتلا قتل بعدما اطلقت طائرة بدون طيار، يعتقد أنها "
                       "أميركية، صاروخا على منطقة باكستانية على الحدود الافغانية أمس.", published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    actor = ev.actors[0]
    assert actor.country == "USA" and actor.certainty == "hedged"
    assert ev.killed == 1  # "إن مقاتلا قتل": one fighter


def test_accusative_nouns_are_read_as_their_base():
    doc = extract_text("وقال الجيش الأميركي إن قواته أطلقت صاروخا على مقاتلين قرب بغداد.", published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.text == "أطلقت" and ev.actors[0].country == "USA"  # صاروخا satisfies the weapon verb; قواته are the army's


def test_protesters_counted_by_nationality_take_it_and_whom_they_face_is_named_first():
    doc = extract_text("لقد دوت أصوات مليوني لبناني خرجوا متظاهرين في 10 كانون الأول 2006.", published="2008-01-10")
    (ev,) = [e for e in doc.events if e.type == "PROTEST"]
    assert ev.actors[0].country == "LBN"
    doc = extract_text("شهدت ضواحي وأحياء أثينا الضيقة في محيط كلية الهندسة ليل السبت الأحد مواجهات جديدة بين الشرطة "
                       "والمتظاهرين من الطلاب المحتجين على مقتل فتى برصاص الشرطة قبل أسبوعين.", published="2008-12-14")
    (ev,) = [e for e in doc.events if e.type == "PROTEST"]
    assert ev.targets and ev.targets[0].text == "الشرطة"


@pytest.mark.parametrize("text", [
    "الذي تسبب في زيادة المخاوف من وفرة المعروض عقب رفع العقوبات الاقتصادية عن إيران.",  # sanctions lifted
    "ويمنع هذا الإجراء روسيا والصين من عرقلة أي عقوبات على إيران في حالة مخالفتها للاتفاق.",  # none imposed
    "فإنه سيشعر بالراحة وهو يؤدي واجبه الوطني لحماية بلد الحرمين الشريفين من أي اعتداء جائر.",  # any attack
    "وتزداد كفاءة استخدامه كما يشهد تنوعا في مصادره.",  # its sources, not a confiscation
    "كما سيولي الاجتماع أهمية كبيرة لموضوع تعزيز الاستقرار في منطقة الخليج.",  # a meeting to come
])
def test_sanctions_lifted_any_attack_and_homographs_are_not_events(text):
    doc = extract_text(text, published="2015-08-01")
    assert not doc.events, [(e.type, e.text) for e in doc.events]


def test_sanctions_imposed_are_an_event_and_a_truce_named_in_passing_is_not():
    doc = extract_text("وفرضت الولايات المتحدة عقوبات جديدة على إيران.", published="2015-08-01")
    (ev,) = doc.events
    assert ev.type == "SANCTION" and ev.actors[0].country == "USA" and ev.targets[0].country == "IRN"
    doc = extract_text("قتل جندي أوكراني في مواجهات معزولة مستمرة رغم الهدنة المعلنة.", published="2015-08-01")
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_a_statement_takes_the_story_town_only_for_a_local_speaker():
    doc = extract_text("أصدر الرئيس اليمني قرارا بتعيين نايف البكري محافظا لعدن. وذكر المحافظ نايف البكري خلال اجتماع "
                       "حضره عدد من المسؤولين في الحكومة مساء أمس أن الأوضاع تتحسن.", published="2015-08-02")
    (ev,) = [e for e in doc.events if e.type == "CONSULT"]
    assert ev.place is not None and ev.place.text == "عدن"
    doc = extract_text("قصفت الطائرات الروسية أحياء في حلب أمس. ودان وزير الخارجية الأمريكي جون كيري القصف الروسي.",
                       published="2016-12-05")
    (acc,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert acc.place is None  # an American minister did not speak in Aleppo
    assert acc.targets and acc.targets[0].country == "RUS"  # the shelling condemned is Russia's


def test_dated_history_is_kept_but_marked_background():
    doc = extract_text("وتوالت العمليات الإرهابية بتفجير السفارة الأميركية في بيروت في 18 أبريل 1983، مما أسفر عن مقتل "
                       "58 أميركيا ولبنانيا.", published="2015-08-01")
    (old,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert old.date == "1983-04-18" and "background" in old.flags and old.confidence < 0.5
    doc = extract_text("وقتل 12 شخصا في 20 يوليو الماضي في هجوم على سينما في لافاييت.", published="2015-08-01")
    (new,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert new.date == "2015-07-20" and "background" not in new.flags


def test_actors_joined_by_wa_each_make_the_event():
    doc = extract_text("وضغطت كل من هولندا وماليزيا من أجل تشكيل محاكمة جنائية دولية.", published="2015-07-26")
    reqs = [e for e in doc.events if e.type == "REQUEST"]
    assert sorted(e.actors[0].country for e in reqs) == ["MYS", "NLD"]
    assert len({e.id for e in reqs}) == 2 and all(not e.targets for e in reqs)
    # in an agreement the side joined by و is the other party
    doc = extract_text("واتفقت الحكومة والمعارضة على تشكيل لجنة مشتركة.", published="2015-07-26")
    (agree,) = [e for e in doc.events if e.type == "AGREE"]
    assert agree.actors[0].text == "الحكومة" and agree.targets[0].text == "المعارضة"


def test_a_statement_verb_joined_by_wa_shares_the_sentence_subject():
    doc = extract_text("كما قررت القيادة الفلسطينية التوجه إلى مجلس الأمن لاستصدار قرار يدين هجمات المستوطنين، وطلبت "
                       "تفعيل الطلب الفلسطيني بإنشاء نظام خاص للحماية الدولية للشعب الفلسطيني.", published="2015-08-01")
    (req,) = [e for e in doc.events if e.type == "REQUEST"]
    assert req.actors[0].text == "القيادة الفلسطينية"


def test_every_village_of_a_list_after_minha_is_its_own_event():
    doc = extract_text("وأشار سليمان إلى أن الصفحة الأولى من العملية أسفرت عن تطهير عدد من المناطق الخاضعة لسيطرة داعش، "
                       "منها الفحيمي والزاوية ثم الصكرة والريحانة، باتجاه قضاء حديثة.", published="2015-08-06")
    evs = [e for e in doc.events if e.type == "ASSAULT"]
    assert [e.place.text for e in evs] == ["الفحيمي", "الزاوية", "الصكرة", "الريحانة"]
    listed = [e.place for e in evs if "listed with" in (e.place.note or "")]
    assert [p.text for p in listed] == ["الزاوية", "الصكرة"]  # names the gazetteer lacks
    assert all(p.country == "IQ" and p.geonameid is None and p.lat is None for p in listed)
    assert all(doc.raw[e.place.start:e.place.end] == e.place.text for e in evs)
    assert len({e.id for e in evs}) == 4


def test_shelling_carried_out_by_a_group_names_it_as_the_doer():
    doc = extract_text("وذكر السكان بأن قصفاً عنيفاً شنّه الحوثيون بالدبابات ومدافع الهاون استهدف قرية الخديرة.",
                       published="2015-08-01")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].text == "الحوثيون" and ev.actors[0].country == "YEM"


def test_reports_of_one_bombing_merge_across_explosive_and_suicide_modes():
    text = ("قال مسؤولون وشهود عيان اليوم الاربعاء إن 20 شخصا على الأقل لقو حتفهم شمال الكاميرون في انفجاريين انتحاريين "
            "نفذتهما فتاتان. ووقع التفجيران في مكانين مختلفين في مدينة مروة عاصمة منطقة الشمال الاقصى في الكاميرون.")
    doc = extract_text(text, published="2015-07-22")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.mode == "suicide-attack" and ev.killed == 20 and ev.place.text == "مروة" and len(ev.mentions) == 2


def test_a_construct_plural_and_its_group_are_one_doer():
    doc = extract_text("وتأتي الهجمات بعد يوم على قيام متمردو بوكو حرام باحراق ستة أطفال على الأقل وثلاثة بالغين خلال "
                       "هجوم على قرية كمونة.", published="2015-07-22")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].text == "متمردو بوكو حرام" and ev.actors[0].country == "NGA" and ev.killed == 9


def test_a_clause_opened_by_in_addition_continues_the_same_event():
    doc = extract_text("والثالثة أمنية تمثلت بحملة اعتقالات واسعة استهدفت عناصر التنظيمين، بالإضافة إلى منظمة يسارية "
                       "ثورية اعتادت تنفيذ عمليات في الداخل التركي.", published="2015-07-25")
    assert len([e for e in doc.events if e.type == "COERCE"]) == 1


@pytest.mark.parametrize("text", [
    "كما تقول مصادر في الحكومة ان كاميرون من المتوقع أن يسعى للحصول على موافقة البرلمان لمد مهمات قصف التنظيم الى سوريا.",
    "وصرح بأنه يتطلع إلى لقاء بارزاني.",
    "إنما هي بمثابة تمهيد جوي لعملية اقتحام كل من القاعدة واللواء.",
])
def test_what_is_expected_or_prepared_for_is_not_yet_an_event(text):
    doc = extract_text(text, published="2015-08-01")
    assert not doc.events, [(e.type, e.text) for e in doc.events]


def test_a_soldier_of_a_country_spelled_like_it_is_one_victim_and_the_reporter_is_not_the_killer():
    doc = extract_text("قال مسؤول تركي كبير إن جنديا تركيا قتل وأصيب آخر في اشتباكات مع تنظيم داعش عبر الحدود مع سوريا "
                       "اليوم الخميس.", published="2015-07-23")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    # the official who reports it did not kill; the other side of the clash did (ag23: "في صدام مسلح مع متطرفي داعش"
    # is coded so in blind6, blind12 and train)
    assert [a.text for a in ev.actors] == ["تنظيم داعش"]
    assert ev.targets[0].text == "جنديا" and ev.targets[0].country == "TUR" and ev.killed == 1
    assert not [t for t in ev.targets if t.text == "تركيا"]


def test_a_group_named_after_a_hedge_is_the_suspected_doer_and_counted_men_of_a_force_its_victims():
    doc = extract_text("قال مسؤولون وشهود عيان اليوم الاربعاء إن 20 شخصا على الأقل لقو حتفهم شمال الكاميرون في انفجاريين "
                       "انتحاريين نفذتهما فتاتان يشتبه بأنهما عضوتان في جماعة بوكو حرام المتطرفة.", published="2015-07-22")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].text == "جماعة بوكو حرام" and ev.actors[0].certainty == "hedged" and ev.killed == 20
    doc = extract_text("قالت مصادر أمنية إن خمسة أفراد من قوات الأمن المصرية قتلوا في هجوم نفذه من يشتبه بأنهم إرهابيون "
                       "في شمال سيناء.", published="2015-07-22")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].text == "إرهابيون" and ev.actors[0].certainty == "hedged"
    assert ev.targets[0].text == "قوات الأمن المصرية" and ev.killed == 5


@pytest.mark.parametrize("text,actor", [
    # the doer the first report names is the party the article then only attributes the attack to
    ("اعلنت وكالة انباء الاناضول الحكومية التركية ان جنديين تركيين قتلا وجرح 24 آخرون صباح الاحد في هجوم انتحاري "
     "لمتمردي حزب العمال الكردستاني على مركز للدرك في منطقة اغري شرق البلاد. ونسب الهجوم لمتمردي حزب العمال "
     "الكردستاني الذي صعد هجماته ضد قوات الامن التركية مؤخرا.", "حزب العمال الكردستاني"),
    # a party accused of being behind the attack, named before the accusation
    ("وأطلق الرئيس التركي رجب طيب إردوغان \"حربا على الإرهاب\" تستهدف حزب العمال كما تنظيم داعش المتهم بالوقوف خلف "
     "العملية الانتحارية التي وقعت في 20 يوليو الماضي في سوروتش (جنوب) وأدت إلى مقتل 32 من الناشطين الشبان الأكراد.",
     "تنظيم داعش"),
])
def test_a_doer_the_article_only_attributes_the_attack_to_is_hedged(text, actor):
    doc = extract_text(text, published="2015-07-27")
    evs = [e for e in doc.events if e.type == "ASSAULT" and e.actors and e.actors[0].text == actor]
    assert evs and all(e.actors[0].certainty == "hedged" for e in evs)
    assert "actor-attributed" in evs[0].flags and "hedged" in evs[0].summary_en


def test_a_protest_referred_back_to_with_a_town_of_its_own_is_reported():
    doc = extract_text("يحكي الطلاب عن التجمعات التي انتشرت في مناطق مختلفة من بيروت فجرا.", published="2008-01-10")
    assert [e for e in doc.events if e.type == "PROTEST"]


def test_clashes_named_mawajahat_are_an_attack():
    doc = extract_text("وسجلت مواجهات مسلحة بين المتمردين وقوات الأمن في نهاية الأسبوع في محافظة كوموش خانة قرب البحر الأسود.",
                       published="2015-08-01")
    assert [e for e in doc.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text,actor,target,country", [
    # a vague or qualified count after the verb makes it active: the reporter reports its own act
    ("وفي يناير اكد حلف شمال الاطلسي انه قتل نحو 150 متمردا من طالبان الذين تسللوا من باكستان الى بارمال.",
     "حلف شمال الاطلسي", "طالبان", "AFG"),
    ("من ناحية أخرى قال حلف شمال الاطلسي في أفغانستان انه قتل عددا من زعماء طالبان في هجمات بما في ذلك "
     "ضربات جوية دقيقة في اقليم هلمند بجنوب البلاد.", "حلف شمال الاطلسي", "طالبان", "AFG"),
    # people counted by a nationality in a partitive, not the women among them
    ("وكانت حركة طالبان قد خطفت 23 من الكوريين الجنوبيين وغالبيتهم من النساء في 19 يوليو (تموز) الماضي.",
     "حركة طالبان", "الكوريين الجنوبيين", "KOR"),
    # a title with the country after it
    ("وصرح مسؤولون بان جنودا متمردين اطلقوا النار على رئيس تيمور الشرقية خوسيه راموس هورتا في منزله في ديلي امس.",
     "متمردين", "رئيس تيمور الشرقية", "TLS"),
])
def test_whom_force_was_used_on_named_by_a_group_or_a_country(text, actor, target, country):
    doc = extract_text(text, published="2008-02-12")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert [a.text for a in ev.actors] == [actor]
    assert ev.targets[0].text.startswith(target) and ev.targets[0].country == country  # (+ a name in apposition)


def test_a_force_whose_uniform_is_worn_takes_no_part():
    doc = extract_text("وخطف مسلحون يرتدون زي الشرطة العراقية خمسة بريطانيين من مركز للكمبيوتر في وزارة المالية "
                       "العراقية في شارع فلسطين، اول من أمس.", published="2007-05-31")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].text == "مسلحون"
    assert [(t.text, t.country) for t in ev.targets] == [("بريطانيين", "GBR")]


def test_a_named_group_does_not_take_the_nationality_of_its_victim():
    doc = extract_text("يحتجز تنظيم داعش فتاة سويدية (15 عاما) في سوريا بعد أن فرت من منزل والديها.",
                       published="2015-08-10")
    (ev,) = [e for e in doc.events if e.type == "COERCE"]
    assert ev.actors[0].text == "تنظيم داعش" and ev.actors[0].country is None


def test_a_calibre_is_not_a_count_of_people():
    doc = extract_text("وتمكن المسلحون من استهداف البلدات والقرى المجاورة بالقذائف الصاروخية من طراز كاتيوشا 107 ملم "
                       "اصابت دفعة منها مناطق سكنية في بلدة دير عمار جنوب المخيم.", published="2007-06-01")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.injured is None and ev.killed is None
    assert not any("107" in t.text for t in ev.targets)


def test_foreign_forces_and_relative_places_are_not_made_local():
    doc = extract_text("وقال الجيش الاميركي إن ضربة جوية أميركية أدت لتدمير منزلين آمنين للمقاتلين الاجانب غرب بغداد "
                       "الليلة قبل الماضية.", published="2007-06-01")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].country == "USA"
    # foreign fighters, not Iraqis: CAMEO's INT (foreigners of no one state), never the place's IRQ
    assert "مقاتلين" in ev.targets[0].text and ev.targets[0].country == "INT"
    assert ev.place.text == "غرب بغداد"  # a place, not a participant


def test_what_an_attack_targeted_said_a_clause_later():
    doc = extract_text("واقر التحالف الدولي بقيادة الولايات المتحدة في افغانستان، انه نفذ ضربات جوية في شمال غرب "
                       "باكستان، مشيرا الى انها استهدفت عناصر طالبان، وليس جنودا باكستانيين.", published="2008-09-01")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].country == "USA"
    assert (ev.targets[0].text, ev.targets[0].country) == ("طالبان", "AFG")


def test_a_state_striking_in_another_country_strikes_that_country():
    doc = extract_text("وكان مسؤول في البنتاغون قد قال أول من أمس، إن إسرائيل نفذت بالفعل ضربة جوية في سورية بعد "
                       "منتصف ليلة الاربعاء من الاسبوع الماضي.", published="2007-09-14")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].country == "ISR"
    assert (ev.targets[0].text, ev.targets[0].country) == ("سورية", "SYR")


def test_a_survivor_named_far_before_the_attempt_is_its_target():
    doc = extract_text("نجا قائد شرطة النجدة في بغداد، أمس، من محاولة اغتيال اثر تعرض موكبه لانفجار سيارة مفخخة "
                       "أدى الى مقتل أحد المارة.", published="2007-06-01")
    ev = next(e for e in doc.events if e.type == "ASSAULT")
    assert not ev.actors
    assert ev.targets[0].country == "IRQ" and "شرطة" in ev.targets[0].text
    # نجاح (success) is not نجا (survived)
    doc = extract_text("وجاء القرار بعد نجاح القوات الموالية في عدن من استعادة عاصمة الجنوب من المتمردين.",
                       published="2015-08-01")
    assert all(not t.text.startswith("القوات") for e in doc.events for t in e.targets)


def test_a_protest_faces_the_policy_it_names_first():
    doc = extract_text("ورفع المتظاهرون لافتات عبروا فيها عن رفضهم للسياسات الاميركية فى المنطقة وطالبوا من خلالها "
                       "بوقف الحروب والعمل على حل القضية الفلسطينية.", published="2007-03-20")
    (ev,) = [e for e in doc.events if e.type == "PROTEST"]
    assert ev.targets[0].country == "USA"


def test_how_an_attack_was_done_is_the_same_attack():
    doc = extract_text("وفي الليلة قبل الماضية اغتال الجيش الإسرائيلي عنصرين من «ألوية الناصر صلاح الدين»، بقصف "
                       "السيارة التي كانا يستقلانها بالقرب من مركز شرطة المنطقة الوسطى.", published="2007-06-01")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].country == "ISR"
    assert (ev.targets[0].text, ev.targets[0].country) == ("ألوية الناصر صلاح الدين", "PSE")


def test_a_force_named_in_a_hospital_is_no_party():
    doc = extract_text("استقبل مستشفى قوى الأمن بالرياض ثماني حالات من المصابين في الحادث الإرهابي في عسير.",
                       published="2015-08-07")
    assert not any("قوى الأمن" in p.text for e in doc.events for p in e.actors + e.targets)


def test_a_craft_belonging_to_a_force_takes_its_country():
    doc = extract_text("وكان مسؤول في اجهزة الامن الباكستانية قد اعلن امس مقتل ما لا يقل عن ثلاثة مسلحين اسلاميين في "
                       "المناطق القبلية شمال غربي باكستان في غارة شنتها طائرة بدون طيار تابعة للقوات الاميركية.",
                       published="2008-09-01")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].text == "طائرة بدون طيار" and ev.actors[0].country == "USA"
    assert ev.killed == 3


def test_a_peoples_plural_names_the_protesters():
    doc = extract_text("وكما تظاهر مئات الصرب وأحرقوا الإطارات في البوسنة.", published="2008-02-20")
    (ev,) = [e for e in doc.events if e.type == "PROTEST"]
    assert (ev.actors[0].text, ev.actors[0].country) == ("الصرب", "SRB")


def test_a_war_named_after_a_country_is_not_where_a_protest_is():
    doc = extract_text("تجمع آلاف المتظاهرين القادمين من ولايات أميركية متباعدة بالقرب من مبنى وزارة الدفاع الأميركية "
                       "البنتاغون ظهر أمس، تعبيرا عن احتجاجهم على استمرار حرب العراق.", published="2007-03-18")
    (ev,) = [e for e in doc.events if e.type == "PROTEST"]
    assert ev.place is None or ev.place.country != "IQ"
    assert all(a.country != "IRQ" for a in ev.actors)


def test_the_nationality_of_the_strike_that_killed_is_its_doer():
    doc = extract_text("من ناحية ثانية، اعلن الجيش الاميركي ان 13 شخصا يشتبه في انتمائهم لجماعات مسلحة، بينهم ثلاثة "
                       "أعضاء في تنظيم «القاعدة» مسؤولون عن اغتيال رجل دين عربي سني، قتلوا في ضربة جوية أميركية، "
                       "حسبما افادت به وكالة رويترز.", published="2007-06-01")
    strike = next(e for e in doc.events if e.type == "ASSAULT" and e.mode == "aerial")
    assert [a.country for a in strike.actors] == ["USA"]
    killing = next(e for e in doc.events if e.type == "ASSAULT" and e.mode == "targeted")
    assert "القاعدة" in killing.actors[0].text  # the assassination they were blamed for stays theirs


def test_by_the_hands_of_names_the_doer():
    doc = extract_text("تعرض قيادي في حركة حماس هو وكيل وزارة النقل الفلسطينية الثلاثاء، للخطف على ايدي مسلحين "
                       "في رام الله.", published="2007-06-01")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert [a.text for a in ev.actors] == ["مسلحين"]
    assert all(t.text != "مسلحين" for t in ev.targets)


@pytest.mark.parametrize("text", [
    "نظم العشرات وقفة تضامنية مع الأسرى أمام مقر الصليب الأحمر في غزة.",
    "وحددت أماكن الوقفة الصامتة على كورنيش النيل تضامناً مع ضحايا حادثة الكنيستين.",
    "وشكل مئات المحتجين سلسلة بشرية حول مقر البرلمان.",
])
def test_vigils_and_human_chains_are_protests(text):
    doc = extract_text(text, published="2011-01-08")
    assert [e.type for e in doc.events] == ["PROTEST"]


def test_the_attack_protesters_speak_of_is_not_a_new_attack():
    doc = extract_text("وبدا تضامن ثلة من المحجبات المصريات في التظاهرة مشوباً بشروط وحوار ساخن مع «الإخوة الأقباط» "
                       "عن المسؤولية الأخلاقية للمسلمين، في الهجوم على كنيسة الاسكندرية.", published="2011-01-08")
    assert [e.type for e in doc.events] == ["PROTEST"]


def test_a_party_protested_against_is_not_the_protester():
    doc = extract_text("دعت النقابات وممثلون عن الأحزاب الديمقراطية امس الى القيام باحتجاجات ضد الحزب القومي الألماني، "
                       "وذلك بمناسبة تنظيم الحزب اليميني المتطرف لقاء انتخابيا في إحدى المدارس في برلين.",
                       published="2006-09-10")
    (ev,) = [e for e in doc.events if e.type == "PROTEST"]
    assert not ev.actors or "actor-implied" in ev.flags  # (no protester named: only the place's people, implied)
    assert (ev.targets[0].text, ev.targets[0].country) == ("الحزب القومي الألماني", "DEU")


def test_pilots_of_a_nationality_are_whom_an_abduction_took():
    doc = extract_text("كما اقتحم مسلحون الاسبوع الماضي مهبطا للطائرات في وسط الصومال وخطفوا أربعة أوروبيين يعملون "
                       "في مجال المساعدات وطيارين كينيين اثنين.", published="2008-03-10")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].text == "مسلحون"
    assert ev.targets[0].country == "KEN"


@pytest.mark.parametrize("text", [
    # a natural hazard threatens no one in the PLOVER sense
    "بينما حذرت الأمم المتحدة من أن هذه السيول الناجمة عن أمطار موسمية غزيرة تهدد مزيدًا من المناطق في آسيا.",
    # the dead named through their families: no killing is reported
    "بمن في ذلك عائلات مَنْ لقوا حتفهم خلال أحداث ثورتي يناير ويونيو.",
    # figurative: to kill sedition in its cradle
    "ودعا الى قتل الفتنة في مهدها.",
])
def test_hazards_the_bereaved_and_figures_of_speech_are_no_events(text):
    doc = extract_text(text, published="2015-08-01")
    assert not [e for e in doc.events if e.type in ("THREATEN", "ASSAULT")]


def test_a_party_threatening_is_still_a_threat():
    doc = extract_text("هدد تنظيم داعش بقتل الرهائن.", published="2015-08-01")
    assert [e.type for e in doc.events] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "حياة (داعش) حياة من الاغتصاب اليومي.",  # a habit
    "وتعرضت المدينة للقصف اليومي من قوات النظام.",
    "وهي اول عملية خطف تستهدف كرواتياً ايضا.",  # what a told event is (خطف a noun after the ordinal)
    "وهو ثاني هجوم على المدينة خلال أسبوع.",
])
def test_habits_and_descriptions_of_a_told_event_are_no_new_event(text):
    doc = extract_text(text, published="2015-08-12")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_first_strike_reported_is_an_event():
    doc = extract_text("شنت الطائرات التركية أول غارة جوية على مواقع داعش في سوريا.", published="2015-07-24")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].country == "TUR"


def test_continuing_an_operation_names_its_doer():
    doc = extract_text("واصلت قوات الأمن المصرية بمحافظة شمال سيناء عملياتها الأمنية ضد العناصر المسلحة والبؤر "
                       "الإرهابية وأوكار التكفيريين.", published="2015-08-03")
    (ev,) = [e for e in doc.events if e.type == "COERCE"]
    assert (ev.actors[0].text, ev.actors[0].country) == ("قوات الأمن المصرية", "EGY")
    # "ستواصل" after the event names no doer of it
    doc = extract_text("وذكر المحافظ نايف البكري خلال اجتماع حضره عدد من المسؤولين في عدن أن القوات ستواصل التقدم.",
                       published="2015-08-03")
    (ev,) = [e for e in doc.events if e.type == "CONSULT"]
    assert ev.actors[0].text == "نايف البكري"


def test_towns_named_as_where_are_not_parties():
    # a capital after "the suburbs of" and a town joined by و to a place are places, not the targets
    doc = extract_text("وخطف المواطن الكرواتي نهاية يوليو في احدى ضواحي القاهرة.", published="2015-08-12")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert all(t.text != "القاهرة" for t in ev.targets) and ev.place.text == "القاهرة"
    doc = extract_text("وأضاف أن عمليات تمشيط ومداهمات تجري في مناطق جنوب الشيخ زويد ورفح وشرق العريش.",
                       published="2015-08-03")
    assert not any(t.text == "رفح" for e in doc.events for t in e.targets)
    # but "كل من هولندا وماليزيا" are both parties
    doc = extract_text("وضغطت كل من هولندا وماليزيا من أجل تشكيل محاكمة جنائية.", published="2015-07-26")
    assert sorted(a.country for e in doc.events for a in e.actors) == ["MYS", "NLD"]


@pytest.mark.parametrize("text", [
    "وذلك تلبية لدعوة الحكومة اليمنية.",
    "مشيراً إلى أن تدخل المملكة ودول التحالف كان بناءً على طلب من الرئيس الشرعي عبدربه منصور هادي.",
])
def test_a_request_answered_is_no_new_request(text):
    assert not [e for e in extract_text(text, published="2015-08-01").events if e.type == "REQUEST"]


def test_preparing_to_act_is_not_the_act():
    doc = extract_text("تستعد القوات العراقية لاقتحام مدينة الرمادي.", published="2015-08-01")
    assert not doc.events
    doc = extract_text("طالبت الحكومة اليمنية بوقف إطلاق النار.", published="2015-08-01")
    assert [e.type for e in doc.events] == ["REQUEST"]


def test_a_terrorist_attack_has_unidentified_hedged_doers():
    doc = extract_text("استشهد شرطي مصري وأصيب 3 آخرون في هجوم إرهابي استهدف سيارة ترحيلات على طريق الفيوم أمس.",
                       published="2015-08-03")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert [(a.text, a.sector, a.certainty) for a in ev.actors] == [("إرهابي", "UAF", "hedged")]
    assert ev.targets[0].text == "شرطي" and (ev.killed, ev.injured) == (1, 3)
    # a named doer stays, and the adjective is no target
    doc = extract_text("نفذ تنظيم داعش هجوما إرهابيا على مسجد.", published="2015-08-03")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    # (what the attack was on is its target: "هجوما إرهابيا على مسجد")
    assert [a.text for a in ev.actors] == ["تنظيم داعش"] and [t.text for t in ev.targets] == ["مسجد"]


def test_a_genitive_with_lam_names_a_nouns_doer():
    doc = extract_text("أصيب خمسة في غارات للتحالف العربي على صعدة.", published="2015-08-03")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].country == "SAU"


def test_an_international_body_takes_no_local_country():
    doc = extract_text("وطالبت الحكومة اليمنية مجلس الأمن بتحرك حازم ضد الحوثيين بعد خرقهم للهدنة الإنسانية.",
                       published="2015-05-20")
    (ev,) = [e for e in doc.events if e.type == "REQUEST"]
    assert ev.actors[0].country == "YEM"
    assert (ev.targets[0].text, ev.targets[0].country) == ("مجلس الأمن", None)


def test_fighters_swept_away_by_a_torrent_were_not_attacked():
    doc = extract_text("كما لقي 24 مسلحا حوثيا مصرعهم إثر جرفهم بسيل في أحد وديان محافظة الجوف.", published="2015-08-01")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_drone_has_no_pilot_victim():
    doc = extract_text("أطلقت بعد حلول الليل طائرة بلا طيار صواريخ على بيتين في قرية دمادولا.", published="2008-01-30")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert not ev.targets


@pytest.mark.parametrize("text", [
    "وأن جميع صور الاعتداء بين السنة والشيعة محرمة شرعا.",  # a kind of act
    "وكيف تم اقتيادهم بوحشية من أفريقيا على ظهر السفن ومشاهد التعذيب والقتل.",
    "كما أن انكفاء الجيوش العربية على نفسها يصيبها في مقتل.",  # an idiom: where it hurts
    "وحماية النزاهة ومكافحة الفساد بشتى صوره ومظاهره وأساليبه.",  # its manifestations, no protests
])
def test_kinds_of_acts_and_idioms_are_no_events(text):
    assert not extract_text(text, published="2015-08-01").events


def test_a_weapon_verbs_object_is_counted_in_words_not_tokens():
    # the abbreviation's letters and dots would otherwise push صواريخ out of reach
    doc = extract_text("أطلقت بعد حلول الليل طائرة بلا طيار من نوع بريداتور وتوجهها «سي.آي.ايه»، صواريخ على بيتين في "
                       "قرية دمادولا التي تقع شمال شرقي باكستان.", published="2008-01-30")
    assert [e.type for e in doc.events] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "وهو يفتح الطريق أمام احتمال فرض عقوبات.",
    "وعلاوة على ذلك هناك مؤشرات على هجمات محتملة تستهدف شبكة قطارات الأنفاق ومحطات الحافلات في اسطنبول.",
])
def test_possible_acts_are_no_events(text):
    assert not extract_text(text, published="2015-07-29").events


def test_a_counted_noun_after_a_transitive_verb_is_its_object():
    doc = extract_text("«نشرت ست طائرات من نوع (إف - 16) في قاعدة إنجرليك دعما للحرب ضد داعش»", published="2015-08-10")
    (ev,) = [e for e in doc.events if e.type == "MOBILIZE"]
    assert not ev.actors or "actor-implied" in ev.flags  # six aircraft were deployed; they did not deploy
    # after an intransitive form (انتشر) the counted noun is the subject
    doc = extract_text("انتشر مئات الجنود من دول الخليج حول عدن.", published="2015-08-10")
    (ev,) = [e for e in doc.events if e.type == "MOBILIZE"]
    assert ev.actors[0].text == "الجنود"


@pytest.mark.parametrize("text", [
    "وإذا رفضه فعلى الرئيس أوباما أن يقبل بهذا الأمر.",
    "لو أننا طالبنا باستقالة معالي وزير أو مدير في كل قصة تحويل لاحتجنا إلى مئة صاحب معالي.",
])
def test_a_hypothetical_statement_is_no_event(text):
    assert not extract_text(text, published="2015-08-01").events


def test_the_second_verb_of_a_relative_clause_describes():
    doc = extract_text("أن مملكة البحرين تدين بشدة استمرار التصريحات العدائية دون التزام بالقوانين والأعراف الدولية التي "
                       "تمنع وترفض كل صور التدخل في الشؤون الداخلية.", published="2015-08-01")
    assert [e.type for e in doc.events] == ["ACCUSE"]


def test_a_protest_with_no_one_named_is_aimed_at_the_government_where_it_happens():
    # GSR sentences: by the CAMEO convention the government of the country, hedged, on the place's words
    doc = extract_text("فقد تجمع مئات المتظاهرين الغاضبين في الطرقات وأحرقوا الاطارات في العديد من المدن الواقعة "
                       "جنوب باكستان.", published="2007-12-28")
    (ev,) = [e for e in doc.events if e.type == "PROTEST"]
    (t,) = ev.targets
    assert (t.country, t.sector, t.certainty, t.name) == ("PAK", "GOV", "hedged", "Government of Pakistan")
    assert doc.raw[t.start:t.end] == t.text and "باكستان" in t.text and "target-implied" in ev.flags
    # a target the text names is kept, and nothing is implied
    doc = extract_text("وتظاهر آلاف الطلاب في القاهرة أمس احتجاجا على قرار وزارة التعليم.", published="2015-08-01")
    (ev,) = [e for e in doc.events if e.type == "PROTEST"]
    assert "target-implied" not in ev.flags and ev.targets[0].certainty == "asserted"
    # no place, no implied government
    doc = extract_text("وتظاهر مئات الأشخاص أمس.", published="2015-08-01")
    assert all(not e.targets for e in doc.events if e.type == "PROTEST")


def test_a_people_counted_by_the_protest_verb_protests_before_a_crowd_a_clause_away():
    # GSR sentence: the Serbs protested in Bosnia; the protesters gathered later are another protest's
    doc = extract_text("وكما تظاهر مئات الصرب وأحرقوا الإطارات في البوسنة، وكما أعلن كثير من الصرب أيضا بأن الجرائم "
                       "التى ارتكبت غير مهمة، فقد تجمع آلاف المتظاهرين في السودان", published="2008-07-25")
    first = min((e for e in doc.events if e.type == "PROTEST"), key=lambda e: e.start)
    assert (first.actors[0].text, first.actors[0].country) == ("الصرب", "SRB")
    assert not any(t.text == "الصرب" for t in first.targets)  # the protesters are not whom they protest against
    # what the protest is against, three words after the verb, is no protester (SaudiNewsNet, 2015)
    doc = extract_text("تجمع العشرات من المواطنين التشيكيين الذين تظاهروا احتجاجاً على كثرة السياح الخليجيين.",
                       published="2015-08-01")
    (ev,) = [e for e in doc.events if e.type == "PROTEST"]
    assert (ev.actors[0].text, ev.actors[0].country) == ("المواطنين", "CZE")


def test_people_of_another_country_counted_as_hurt_are_targets_too():
    # GSR sentences: the American soldiers and the Iraqis hurt; the army that reports its own losses is
    # not the doer
    doc = extract_text("من ناحية ثانية، اعلن الجيش الاميركي مقتل اثنين من جنوده واصابة تسعة عراقيين بجروح في هجوم "
                       "انتحاري بواسطة سيارة مفخخة بعد ظهر أمس في الموصل.", published="2007-05-20")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert [t.country for t in ev.targets] == ["USA", "IRQ"] and not ev.actors
    doc = extract_text("اعلنت مصادر رسمية مقتل ستة مدنيين افغان امس وجرح 37 شخصا بينهم اربعة جنود اميركيين في هجوم "
                       "انتحاري بسيارة مفخخة استهدف موكبا لقوات اجنبية على طريق مطار كابل وتبنته حركة طالبان.",
                       published="2007-09-01")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert {"AFG", "USA"} <= {t.country for t in ev.targets}
    # an army announcing the militants it killed stays the doer; people repelled are not hit
    doc = extract_text("وأعلن الجيش العراقي مقتل 20 مسلحا في الفلوجة", published="2015-08-01")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].text == "الجيش العراقي"
    doc = extract_text("واعتدت قوات الاحتلال على المصلين الذين حاولوا صد مئات المستوطنين اليهود في مدينة القدس.",
                       published="2015-08-01")
    assert not any("المستوطنين" in t.text for e in doc.events for t in e.targets)


def test_what_protesters_throw_stones_at_takes_its_nationality():
    # GSR sentence (Ni'lin): the Israeli bulldozers are faced, not the soldiers who fire tear gas later
    doc = extract_text("وألقى عشرات المتظاهرين الحجارة على جرافات اسرائيلية تشارك في بناء جزء من الجدار في قرية نعلين "
                       "قبل ان يطلق الجنود الغاز المسيل للدموع لتفريقهم.", published="2008-07-10")
    (ev,) = [e for e in doc.events if e.type == "PROTEST"]
    assert ev.targets[0].country == "ISR"


def test_a_protest_against_his_visit_is_against_the_visitor_named_before():
    # GSR sentence (Bogor, 2006): زيارته is the American president's, not his wife's
    doc = extract_text("واستقبل الرئيس الاندونيسي سوسيلو بامبانغ يودويونو الرئيس الأميركي وزوجته لورا في هذه المدينة، "
                       "فيما تدفق آلاف المتظاهرين الى بوغور الساحلية احتجاجا على زيارته التي تستغرق نصف يوم.",
                       published="2006-11-21")
    (ev,) = [e for e in doc.events if e.type == "PROTEST"]
    assert (ev.targets[0].text, ev.targets[0].country) == ("الرئيس الأميركي", "USA")


def test_kyiv_and_the_west_accuse_the_separatists_loyal_to_moscow():
    # SaudiNewsNet (2015): a capital before its object is its government; "the Westerners" are a side with no
    # country of their own; the separatists (a nisba agent's plural) are accused; Moscow, whom they are
    # loyal to, is neither a target nor the place (in the past tense: the article's present "وتتهم كييف ...", opening
    # its sentence, is a stance held, left out as background since vb23)
    doc = extract_text("واتهمت كييف والغربيون الانفصاليين الموالين لموسكو باستخدام صاروخ «أرض - جو» من طراز «بوك» "
                       "حصلوا عليه من روسيا لإسقاط الطائرة.", published="2015-07-31")
    evs = [e for e in doc.events if e.type == "ACCUSE"]
    assert [(e.actors[0].text, e.actors[0].country) for e in evs] == [("كييف", "UKR"), ("الغربيون", None)]
    assert all(e.targets[0].text == "الانفصاليين" and e.targets[0].sector == "REB" for e in evs)
    assert all(e.place is None for e in evs)


def test_forces_loyal_to_a_capital_do_not_act_on_it():
    doc = extract_text("وقصفت القوات الموالية لدمشق بلدة في ريف حلب.", published="2015-08-01")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].country == "SYR" and not any(t.text == "دمشق" for t in ev.targets)
    assert ev.place.text == "ريف حلب"
    # the militants killed are the Taliban's: whom they are loyal to names the target's side (GSR)
    doc = extract_text("قال مسؤولون إن قوات الأمن الباكستانية قتلت ثلاثة متشددين موالين لحركة طالبان الافغانية، امس، "
                       "في منطقة قبلية قرب الحدود الافغانية.", published="2007-09-01")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.targets[0].country == "AFG"


def test_chants_hostile_to_a_country_name_whom_a_protest_is_against():
    # GSR sentence: not the late Iraqi president whose pictures they carry, and none of the three is a place
    doc = extract_text("وسار المتظاهرون وهم يحملون نعشا رمزيا ويرفعون صور الرئيس العراقي السابق، في المدينة ورددوا "
                       "هتافات معادية لإيران والولايات المتحدة وإسرائيل.", published="2006-12-31")
    (ev,) = [e for e in doc.events if e.type == "PROTEST"]
    assert ev.targets[0].country == "IRN" and not doc.places


def test_a_veto_is_a_rejection_by_the_state_that_casts_it():
    doc = extract_text("أعرب الاتحاد الأوروبي أمس عن أسفه بعد أن استخدمت روسيا حق النقض (الفيتو) في مجلس الأمن الدولي "
                       "ضد مشروع قرار لإنشاء محكمة خاصة.", published="2015-07-31")
    (ev,) = [e for e in doc.events if e.type == "REJECT"]
    assert ev.actors[0].country == "RUS" and ev.text == "حق النقض"


@pytest.mark.parametrize("text", [
    "ويرى أن الأردن انتهج سياسة حذرة دفاعية حكيمة خلال الأربع سنوات الماضية",  # cautious, not "warned him"
    "أعلنت قيادة القوات البرية الملكية السعودية -اللجنة المركزية لقبول طلبة القوات البرية- عن فتح باب القبول",  # students
    "على موقع استراتيجي كان في قبضة الحوثيين والقوات الموالية للرئيس السابق علي صالح.",  # a grip, not an arrest
    "وأكد أن هناك توجيهات صادرة بضرورة متابعة هذه المخالفات",                # issued, not confiscated
])
def test_a_verb_never_ends_in_ta_marbuta(text):
    # SaudiNewsNet sentences: folding ة to ه makes these look like a verb with the pronoun ه
    assert not extract_text(text, published="2015-07-21").events


def test_commentators_and_citations_make_no_events():
    doc = extract_text("ويتفق المحلل السياسي عريب الرنتاوي مع ما ذهب إليه ارديسات، واستشهد على ذلك بما يجري في تركيا "
                       "من نقاش داخلي.", published="2015-07-21")
    assert not doc.events
    doc = extract_text("ويخشون القتل والخطف في طرابلس.", published="2015-07-21")
    assert not doc.events
    # the martyred are still killed
    doc = extract_text("واستشهد ثلاثة مدنيين بقصف على حلب", published="2015-07-21")
    assert [e.killed for e in doc.events if e.type == "ASSAULT"] == [3]


def test_a_toll_after_fiha_and_a_quoted_name_opening_with_an_event_noun():
    # SaudiNewsNet (2015): "in which 12 security men were martyred"
    doc = extract_text("نشرت قناة الاخبارية اليوم تسجيلا مصورا لآثار تفجير مسجد قوات الطوارئ الخاصة في عسير والتي "
                       "استشهد فيها 12 من رجال الأمن", published="2015-08-08")
    assert 12 in [e.killed for e in doc.events if e.type == "ASSAULT"]
    doc = extract_text("وشنت الطائرات غارة قتل فيها خمسة مدنيين وأصيب خلالها عشرة", published="2015-08-08")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert (ev.killed, ev.injured) == (5, 10)
    # «اللقاء الديمقراطي» is a parliamentary bloc, not a meeting
    doc = extract_text("وهذا الواقع يقلق رئيس «اللقاء الديمقراطي» اللبناني النائب وليد جنبلاط", published="2015-07-21")
    assert not doc.events


def test_a_region_holds_only_the_places_of_its_own_division():
    # SaudiNewsNet (2015): the kidnapping in Diyala is not the coalition's strike near Fallujah (Anbar)
    doc = extract_text("فيما شن طيران التحالف 14 غارة ضد مواقع داعش في العراق، استهدفت وحدات تكتيكية ومركبات ومواقع "
                       "قتالية بالقرب من ثماني مدن، منها الموصل والفلوجة والرمادي. خطف في ديالى وقال رعد الدهلكي النائب "
                       "في مجلس النواب العراقي عن محافظة ديالى، إن مسلحين اختطفوا عددا غير قليل من أبناء تلك المناطق.",
                       published="2015-07-22")
    strikes = [e for e in doc.events if e.type == "ASSAULT" and e.place is not None and e.place.text == "الفلوجة"]
    assert strikes and all(e.mode != "abduct" for e in strikes)


def test_a_further_result_after_a_consequence_clause_is_the_same_event():
    doc = extract_text("وأوضحت في بيان أن طيران التحالف الدولي نفذ من جهته 15 طلعة جوية في مختلف المناطق، أسفرت عن "
                       "قتل 25 من عناصر تنظيم داعش، وتدمير مواقع وأسلحة وعجلات مختلفة تابعة له.", published="2015-07-25")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.killed == 25 and ev.actors[0].text == "طيران التحالف الدولي"


def test_the_bare_coalition_is_us_led_in_iraq_and_saudi_led_in_yemen():
    doc = extract_text("فيما شن طيران التحالف 14 غارة ضد مواقع داعش في العراق", published="2015-07-22")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert (ev.actors[0].country, ev.actors[0].code) == ("USA", "USAMIL")
    doc = extract_text("وشن طيران التحالف غارات على مواقع ميليشيات الحوثي بمنطقة حوث في محافظة عمران.", published="2015-07-22")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].country == "SAU"


def test_burned_to_death_under_a_pretext_is_no_bombing():
    # SaudiNewsNet (2015): three young men burned to death; the bomb is what they were accused of
    doc = extract_text("قالت مصادر في محافظة ديالى شمال شرق بغداد إن مليشيات شيعية أحرقت ثلاثة شبان حتى الموت بدعوى "
                       "زرعهم عبوة ناسفة.", published="2015-07-22")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert (ev.mode, ev.killed, ev.targets[0].text) == ("destroy", 3, "شبان")


@pytest.mark.parametrize("text", [
    "لقي شاب مصرعه فيما أصيب مرافقه إثر اصطدام المركبة التي كانا يستقلانها بجمل",  # a road accident
    "لقي شخص مصرعه وأصيب 7 آخرون إثر حادث انقلاب سيارة",
    "وقع فجر اليوم الثلاثاء حادث مروع لسيارة على طريق الطائف",  # at dawn, not "blew up" (سيارة satisfies فجّر)
])
def test_road_accidents_and_dawn_are_no_attacks(text):
    assert not [e for e in extract_text(text, published="2015-07-21").events if e.type == "ASSAULT"]


def test_a_failed_coup_with_deaths_stays_an_event():
    doc = extract_text("قتل ثلاثة جنود في انقلاب عسكري فاشل", published="2015-07-21")
    assert [e.killed for e in doc.events if e.type == "ASSAULT"] == [3]


def test_barrel_bombs_and_verbs_the_segmenter_reads_with_an_article():
    # SaudiNewsNet (2015, Zabadani): ألقى was read as ال + قى and never matched; barrel bombs are air strikes
    doc = extract_text("وكان الطيران المروحي التابع لنظام الأسد القى 28 برميلا متفجرا على مناطق في الزبداني.",
                       published="2015-07-21")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert (ev.mode, ev.text, ev.place.text) == ("aerial", "القى", "الزبداني")
    assert not extract_text("وألقى الرئيس كلمة في الافتتاح", published="2015-07-21").events
    # التقى: a meeting, likewise read as ال + تقى
    doc = extract_text("التقى نائب الرئيس اليمني خالد بحاح في الرياض وزير الخارجية", published="2015-07-21")
    (ev,) = [e for e in doc.events if e.type == "CONSULT"]
    assert ev.text == "التقى" and ev.actors[0].country == "YEM"
    # munitions are what is dropped, never whom it hits
    doc = extract_text("وقام طيران النظام المروحي بإلقاء براميل متفجرة على المدينة التي اسقط عليها منذ بدء المعركة "
                       "470 برميلاً متفجراً وأكثر من 400 صاروخ.", published="2015-07-21")
    assert not any(t.text in ("صاروخ", "برميلاً") for e in doc.events for t in e.targets)


def test_forces_loyal_to_a_president_are_the_doers_and_the_dead_are_counted_from_their_side():
    # SaudiNewsNet (2015, Lahj): the army loyal to Hadi took al-Anad, not Hadi; "الجوية" in the base's name
    # says nothing of how
    doc = extract_text("يشار إلى أن المقاومة الشعبية في محافظة لحج وقوات الجيش الموالية للرئيس اليمني عبدربه منصور "
                       "هادي سيطرت على قاعدة العند الجوية في 3 آب (أغسطس) الجاري", published="2015-08-08")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].text == "قوات الجيش" and ev.mode != "aerial"
    doc = extract_text("وقصفت القوات الموالية للرئيس السابق علي صالح مواقع المقاومة في تعز", published="2015-08-08")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert not any("صالح" in t.text for t in ev.targets)
    # the dead counted "من الحوثيين" are Houthis; "17 حوثيا" are the killed, not the killers
    doc = extract_text("وفي سياق متصل، سقط عشرات القتلى والجرحى من الحوثيين، أمس الجمعة، جراء غارات شنها طيران "
                       "التحالف.", published="2015-08-08")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.targets[0].text == "الحوثيين" and ev.actors[0].text == "طيران التحالف"
    doc = extract_text("وأشارت المصادر إلى مقتل 17 حوثيا وجرح العشرات", published="2015-08-08")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert not ev.actors and ev.targets[0].country == "YEM" and ev.killed == 17


def test_a_ramming_and_a_palestinian_killed_by_soldiers_bullets():
    # SaudiNewsNet (2015): "عملية دهس" is an attack (no road accident); the hurt soldiers are not its doers
    doc = extract_text("أصيب ثلاثة جنود إسرائيليين، اثنان منهم إصابتهما خطيرة، في عملية دهس في شمال مدينة رام الله في "
                       "الضفة الغربية أمس.", published="2015-08-07")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.injured == 3 and not ev.actors
    doc = extract_text("وذكر الجيش والشرطة الإسرائيلية أن فلسطينيا هاجم الجنود بسيارته", published="2015-08-07")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].country == "PSE"
    # "برصاص X": killed by X's bullets; the nationality before "قتل" is whom it hit, not the killer
    doc = extract_text("قالت مصادر طبية اليوم الخميس أن فلسطينياً قتل وأصيب نجلاه برصاص جنود جيش الاحتلال الإسرائيلي "
                       "أثناء اقتحامهم بلدة بيت أمر", published="2015-08-06")
    ev = next(e for e in doc.events if e.type == "ASSAULT")
    assert (ev.actors[0].country, ev.targets[0].country) == ("ISR", "PSE")


def test_hostage_taking_is_an_abduction_and_anticipated_attacks_are_none():
    # SaudiNewsNet (2015, Sévaré): a hostage-taking is an ASSAULT (abduct), not an arrest
    doc = extract_text('وقال هذا المصدر في اتصال معه أن "عملية احتجاز الرهائن متواصلة" في مدينة سيفاري الواقعة على بعد '
                       'أكثر من 620 كيلومترا شمال شرق باماكو', published="2015-08-08")
    assert [(e.type, e.mode) for e in doc.events] == [("ASSAULT", "abduct")]
    doc = extract_text("وكانت أستراليا قد وضعت في حالة تأهب قصوى تحسبا لهجمات يشنها متطرفون", published="2015-07-23")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_price_paid_is_no_praise_and_the_speaker_condemns_the_assassination():
    # SaudiNewsNet (2015): "ثمنا" is a price (the segmenter reads ثم + نا, a form of ثمّن); the one who
    # condemns is Kerry, the sentence's speaker, not the prosecutor assassinated
    doc = extract_text("قال وزير الخارجية الأمريكي جون كيري إن مصر دفعت ثمنا باهظا لمكافحة التطرف،وأدان اغتيال النائب "
                       "العام المستشار هشام بركات.", published="2015-08-02")
    assert not [e for e in doc.events if e.type == "SUPPORT"]
    (ev,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert ev.actors[0].country == "USA" and ev.targets[0].text.startswith("النائب العام")
    # protesters after the verb stay its subject (GSR)
    doc = extract_text("وفي الخرطوم، خرجت امس مظاهرة غاضبة ضد اعادة نشر الرسوم، وندد المتظاهرون بما وصفوه بالسلوك "
                       "المشين للدنماركيين تجاه المسلمين", published="2006-02-10")
    assert [e.actors[0].text for e in doc.events if e.type == "ACCUSE"] == ["المتظاهرون"]


@pytest.mark.parametrize("text", [
    "بعد أن باتت الهزائم تحاصرها من كافة الجوانب",                         # defeats besiege it: a figure
    "وزاد معدل طلب السعودية من مواد التعبئة خلال الـ5 سنوات الماضية",         # demand for goods
    "فأعلمني بنيته إقامة حفلة رمزية وطلب مني الحضور مع ابني في ذلك اليوم",   # مني is "from me", not Mina
])
def test_figures_of_speech_economic_demand_and_from_me_are_no_events(text):
    assert not extract_text(text, published="2015-08-02").events


def test_we_in_a_quote_is_the_speaker_and_a_title_takes_its_nationality_after_its_genitives():
    # SaudiNewsNet (2015): the British minister condemns and calls on the Israeli authorities; the US
    # condemns the crime the settlers committed (the relative clause names the condemned, not the condemner)
    doc = extract_text("من جهته قال وزير شؤون الشرق الأوسط البريطاني، توباياس إلوود، :ندين هذا الاعتداء الارهابي الذي "
                       "قام به مستوطنون في الضفة الغربية، إن هذا الاعتداء يعتبر عملاً إرهابياٌ وحشيا اننا ندعو "
                       "السلطات الإسرائيلية ان تضمن جلب المسؤولين عن هذه الجريمة بسرعة إلى العدالة.", published="2015-08-01")
    (req,) = [e for e in doc.events if e.type == "REQUEST"]
    assert (req.actors[0].country, req.targets[0].text) == ("GBR", "السلطات الإسرائيلية")
    assert [e.actors[0].country for e in doc.events if e.type == "ACCUSE"] == ["GBR"]
    doc = extract_text("وقال القنصل الامريكي العام دونلد بلوم: إن الولايات المتحدة تستنكر بشدة جريمة الكراهية هذه التي "
                       "نفذها المستوطنون وذهب ضحيتها رضيع فلسطيني.", published="2015-08-01")
    (ev,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert ev.actors[0].country == "USA" and ev.targets[0].country == "ISR"
    # a spokeswoman's ministry is part of her name, not whom she condemns
    doc = extract_text("ومن جانبها أدانت المتحدثة باسم وزارة الخارجية الالمانية الهجوم", published="2015-08-01")
    (ev,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert ev.actors[0].country == "DEU" and not ev.targets


def test_a_dual_noun_is_a_count_of_two():
    # SaudiNewsNet (2015, Şırnak): two soldiers killed, two others hurt (not the 19 of a cumulative toll)
    doc = extract_text("قالت مصادر أمنية إنّ جنديين تركيين قتلا وجرح آخران، عندما فجّر مقاتلون لغمًا محلي الصنع اليوم "
                       "(الثلاثاء)، في إقليم شرناق بجنوب شرق البلاد.", published="2015-08-04")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert (ev.killed, ev.injured) == (2, 2)
    doc = extract_text("قتل شرطيان في هجوم على نقطة تفتيش", published="2015-08-04")
    assert [e.killed for e in doc.events if e.type == "ASSAULT"] == [2]


def test_a_toll_summed_over_a_crisis_is_no_event_but_first_since_the_war_is():
    # SaudiNewsNet (2015): cumulative tolls are not attacks; "for the first time since" dates something else
    for text in ("وقتل 19 شخصا من قوات الامن التركية في هجمات نسبت إلى حزب العمال الكردستاني منذ بداية الأزمة "
                 "الحالية، وفق حصيلة اعدتها الصحافة الفرنسية.",
                 "وانهارت هدنة كان يلتزمها الطرفان، في نزاع أوقع أكثر من 40 ألف قتيل في 30 عاما."):
        assert not [e for e in extract_text(text, published="2015-08-04").events if e.type == "ASSAULT"]
    # GSR sentence: Sudan's admission is dated "for the first time since the conflict began"; the attack stays
    doc = extract_text("اعترفت الحكومة السودانية امس، ولأول مرة منذ بدء الصراع في اقليم دارفور بأن «قبائل عربية منفلتة»، "
                       "هي التي ارتكبت المجازر التي وقعت في مجموعة من القرى غرب الاقليم المضطرب، وقالت ان الهجوم الذي وقع "
                       "الأسبوع قبل الماضي، أسفر عن مقتل 33 شخصا", published="2006-03-01")
    assert [e.killed for e in doc.events if e.type == "ASSAULT"] == [33]


def test_a_name_after_a_title_in_apposition_is_the_doer_not_the_target():
    # SaudiNewsNet (2015): the minister received the new housing minister, not himself
    doc = extract_text("استقبل وزير التعليم الدكتور عزام الدخيل في مكتبه أمس بالوزارة وزير الإسكان الجديد ماجد الحقيل",
                       published="2015-07-25")
    (ev,) = [e for e in doc.events if e.type == "CONSULT"]
    assert ev.actors[0].text.startswith("وزير التعليم") and ev.targets[0].text == "وزير الإسكان"


def test_a_doer_takes_the_country_of_whom_it_is_loyal_to_or_comes_from():
    # GSR sentences: fighters controlled by militants loyal to the Taliban; protesters from American states
    doc = extract_text("وقتل أكثر من 30 شخصا خلال الاربعة أسابيع الماضية في هجمات انتحارية يعتقد أنها من فعل مقاتلين "
                       "يسيطر عليهم المتشددون الموالون لطالبان الذين يتمركزون في المناطق القبلية الباكستانية.",
                       published="2007-01-01")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].country == "AFG"
    doc = extract_text("تجمع آلاف المتظاهرين القادمين من ولايات أميركية متباعدة بالقرب من مبنى وزارة الدفاع الأميركية "
                       "البنتاغون ظهر أمس", published="2007-03-18")
    (ev,) = [e for e in doc.events if e.type == "PROTEST"]
    assert ev.actors[0].country == "USA"


def test_the_victim_referred_back_to_keeps_the_nationality_it_was_introduced_with():
    # GSR sentence (East Jerusalem): "الشاب" killed is the Palestinian young man of the clause before
    doc = extract_text("وذلك اثر محاولة شاب فلسطيني خطف مسدس من رجل أمن أسفرت عن مقتل الشاب واصابة آخرين في مدينة القدس",
                       published="2008-01-01")
    assert any(t.text == "الشاب" and t.country == "PSE" for e in doc.events for t in e.targets)


def test_a_rare_future_verb_governs_the_event_noun_after_it():
    # SaudiNewsNet (2015): Turkey "will launch" its battle against ISIS; سننطلق is rarer than ننطلق in the corpus,
    # but not five times rarer, which the old test asked for
    doc = extract_text("وقال تشاوش «إننا نعمل حاليا مع الولايات المتحدة على تدريب وتجهيز المعارضة المعتدلة وسننطلق ايضا "
                       "في معركتنا ضد داعش قريبا وبشكل فعال»", published="2015-08-06")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_title_and_the_name_after_it_are_one_participant():
    doc = extract_text("دان الأمين العام للأمم المتحدة بان كي مون أمس ، هذه الجريمة البشعة", published="2015-08-01")
    (ev,) = [e for e in doc.events if e.type == "ACCUSE"]
    a = ev.actors[0]
    assert a.text == "الأمين العام للأمم المتحدة بان كي مون" and doc.raw[a.start:a.end] == a.text and a.sector == "IGO"
    doc = extract_text("استقبل وزير التعليم الدكتور عزام الدخيل في مكتبه أمس بالوزارة وزير الإسكان الجديد ماجد الحقيل",
                       published="2015-07-25")
    (ev,) = [e for e in doc.events if e.type == "CONSULT"]
    assert ev.actors[0].text == "وزير التعليم الدكتور عزام الدخيل"


def test_the_international_community_is_appealed_to_not_appealing():
    doc = extract_text("وأدان وزير الخارجية عادل الجبير الجريمة. وطالب المجتمع الدولي الاضطلاع بمسؤولياته واتخاذ "
                       "التدابير الضرورية اللازمة لحماية الفلسطينيين", published="2015-08-01")
    (ev,) = [e for e in doc.events if e.type == "REQUEST"]
    assert ev.actors[0].country == "SAU" and ev.targets[0].text == "المجتمع الدولي"


def test_whom_a_statement_was_conveyed_to_is_its_target():
    # the seed article: the factions told Washington they will not withdraw
    doc = extract_text("وصدر بيان اكدت فيه الفصائل المسلحة انها ابلغت واشنطن بأنها لن تنسحب من مدينة حلب",
                       published="2016-12-07")
    (ev,) = [e for e in doc.events if e.type == "REJECT"]
    assert (ev.actors[0].text, ev.targets[0].country) == ("الفصائل المسلحة", "USA")
    doc = extract_text("وأبلغت الحكومة الأمم المتحدة رفضها للقرار", published="2016-12-07")
    (ev,) = [e for e in doc.events if e.type == "REJECT"]
    assert (ev.actors[0].text, ev.targets[0].text) == ("الحكومة", "الأمم المتحدة")


def test_during_the_meeting_or_attack_refers_back_and_brings_its_toll():
    # SaudiNewsNet (2015): "خلال الاجتماع" is the meeting told before; "أصيبا بجروح خلال الهجوم" adds the
    # two wounded to the attack told before
    doc = extract_text("وذكر المحافظ نايف البكري خلال اجتماع حضره عدد من المسؤولين في الحكومة في عدن أن الوضع مستقر. "
                       "وقال مسؤولو الحكومة خلال الاجتماع إن الخدمات ستعود.", published="2015-07-20")
    assert len([e for e in doc.events if e.type == "CONSULT"]) == 1
    doc = extract_text("وقال أحمد فوزي إن السفينة تعرضت لهجوم قبالة سواحل الصومال. وقال إن اثنين من أفراد الطاقم أصيبا "
                       "بجروح خلال الهجوم.", published="2015-07-20")
    assert [e.injured for e in doc.events if e.type == "ASSAULT"] == [2]


def test_a_bomb_that_went_off_while_its_makers_rigged_it_is_no_attack():
    doc = extract_text("أعلنت خلية الإعلام الحربي العراقية في بيان ثانٍ اليوم عن مقتل 7 من عناصر داعش بانفجار عجلة أثناء "
                       "محاولتهم تفخيخها في عمليات الجزيرة غربي العراق.", published="2015-07-25")
    assert not [e for e in doc.events if e.type == "ASSAULT"]
    # an attack during a raid stays one
    doc = extract_text("قتل ثلاثة جنود خلال مداهمة لمخبأ المسلحين في الرمادي", published="2015-07-25")
    assert [e.killed for e in doc.events if e.type == "ASSAULT"] == [3]


def test_a_state_after_an_attack_noun_is_its_doer_and_must_condemn_is_no_condemnation():
    # SaudiNewsNet (2015): "هجوم تركيا على المقاتلين الأكراد": Turkey attacked the Kurdish fighters
    doc = extract_text("إلى ذلك، حذرت وزارة الخارجية الألمانية أمس من هجمات محتملة تستهدف شبكة قطارات الأنفاق ومحطات "
                       "الحافلات في مدينة إسطنبول التركية في أعقاب هجوم تركيا على المقاتلين الأكراد في شمال العراق.",
                       published="2015-07-31")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].country == "TUR" and ev.targets[0].text == "المقاتلين"
    # "the government must condemn": asked for, not done
    doc = extract_text("وقالت زارا فاجنكنشت: «يتعين على الحكومة الألمانية إدانة الحرب الهجومية التي شنتها تركيا»",
                       published="2015-07-31")
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    # the genitive of a liberation is what is liberated
    doc = extract_text("عملية تحرير مدينة تعز باتت قريبة", published="2015-07-31")
    assert all(not e.actors for e in doc.events if e.type == "ASSAULT")


def test_a_war_toll_is_no_attack_and_thousands_are_read_whole():
    # (this rule's sentences that state no event are in NOT_EVENTS below, under this test's name)
    # SaudiNewsNet (2015): the observatory's toll of the Syrian war; the toll since the fighting began
    # an attack's own toll stays, and the fighting itself is still one
    doc = extract_text("وقتل 12 شخصا في اشتباكات منذ بدء المواجهات في المدينة.", published="2015-07-24")
    assert [e.killed for e in doc.events if e.type == "ASSAULT"] == [12]
    from marsad.api import load_pipeline
    from marsad.document import Document
    from marsad.events.extract import EventExtractor
    toks = load_pipeline(("normalize", "tokenize"))(Document.from_text("مقتل 71 ألفا و781 مدنيا و3 آلاف جندي وألف و200 شخص")).tokens
    ex = EventExtractor()
    assert ex.read_number(toks, 1, len(toks))[:2] == (71781, "exact")
    assert ex.read_number(toks, 7, len(toks))[0] == 3000
    assert ex.read_number(toks, 10, len(toks))[0] == 1200


def test_a_politician_attacking_a_politician_is_criticism():
    # SaudiNewsNet (2015): Iranian officials "attacked" Netanyahu; al-Jubeir "attacked" Iran's policies
    doc = extract_text("وقد هاجم المسؤولون الإيرانيون رئيس الوزراء الإسرائيلي بنيامين نتنياهو لمعارضته الشديدة للاتفاق "
                       "النووي", published="2015-07-21")
    (ev,) = doc.events
    assert ev.type == "ACCUSE" and ev.actors[0].country == "IRN" and ev.targets[0].country == "ISR"
    assert ev.targets[0].text == "رئيس الوزراء الإسرائيلي بنيامين نتنياهو"  # (not "معارضت", his opposing)
    doc = extract_text("كما هاجم الجبير السياسات الايرانية وطالب الحكومة الايرانية بالكف عن دعم الإرهاب في المنطقة.",
                       published="2015-07-21")
    assert [e.type for e in doc.events] == ["ACCUSE", "REQUEST"]
    doc = extract_text("وهاجم وزير الخارجية الإيراني محمد جواد ظريف الحكومة السعودية في مؤتمر صحفي أمس.",
                       published="2015-07-21")
    (ev,) = doc.events
    assert ev.type == "ACCUSE" and ev.actors[0].country == "IRN" and ev.targets[0].country == "SAU"
    # armed doers and armed targets still fight
    doc = extract_text("وشنت قوات النظام السوري هجوما على المعارضة في ريف حلب", published="2015-07-21")
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_the_member_of_parliament_is_the_critic_not_the_government():
    doc = extract_text("وانتقد النائب الحكومة بشدة بسبب انقطاع الكهرباء.", published="2015-07-21")
    (ev,) = doc.events
    assert (ev.actors[0].text, ev.targets[0].text) == ("النائب", "الحكومة")
    # a deputy of someone is no member of parliament
    doc = extract_text("دعا نائب أمين عام حزب الله الشيخ نعيم قاسم إلى الحوار", published="2015-07-21")
    assert all(a.text != "نائب" for e in doc.events for a in e.actors)


def test_an_abstraction_after_the_verb_is_a_figure_of_speech():
    # (this rule's sentences that state no event are in NOT_EVENTS below, under this test's name)
    # SaudiNewsNet (2015): "this scene spread to rural Idlib", "defeat besieges them"
    doc = extract_text("وانسحب الجيش من ريف إدلب", published="2015-08-03")
    assert [e.type for e in doc.events] == ["RETREAT"]


def test_permitted_or_necessary_strikes_and_terms_served_are_not_events():
    # (this rule's sentences that state no event are in NOT_EVENTS below, under this test's name)
    # SaudiNewsNet (2015): Turkey agreed to let the US army launch strikes: the agreement is the event
    doc = extract_text("فيما قالت صحيفة وول ستريت جورنال نقلا عن مسؤولين في وزارة الدفاع إن تركيا وافقت على السماح "
                       "للجيش الأمريكي بشن ضربات جوية ضد تنظيم داعش من قاعدة جوية أمريكية في إنجرليك التركية.",
                       published="2015-07-23")
    assert [e.type for e in doc.events] == ["AGREE"]
    # "its sources" is no confiscation; the confiscation of its goods is
    doc = extract_text("وأعلنت الشرطة مصادرتها كميات من الأسلحة في عدن", published="2015-08-02")
    assert [e.type for e in doc.events] == ["COERCE"]


def test_struck_reinforcements_anti_aircraft_guns_and_regained_health():
    # (this rule's sentences that state no event are in NOT_EVENTS below, under this test's name)
    doc = extract_text("وشنت طائرات التحالف امس غارات جوية على تعزيزات عسكرية لجماعة الحوثيين والمسلحين الموالين "
                       "للرئيس السابق علي عبدالله صالح في أحد الخطوط التي تربط بين محافظتي البيضاء وأبين.",
                       published="2015-07-22")
    assert {e.type for e in doc.events} == {"ASSAULT"}  # (one strike per province named)
    doc = extract_text("وقالت مصادر صحفية إن الحوثيين ردوا على هجمات المقاومة بقصف عدد من الأحياء باستخدام قذائف الهاون "
                       "وصواريخ الكاتيوشا ومضادات الطيران", published="2015-07-22")
    assert all(t.text != "الطيران" for e in doc.events for t in e.targets + e.actors)
    doc = extract_text("ويتفق معه كل من علي عباس وفهد المطيري اللذين قالا إن القرار صائب", published="2015-07-22")
    assert not [e for e in doc.events if e.type == "AGREE"]


def test_one_soldier_after_a_bare_killing_verb_was_killed():
    # SaudiNewsNet (2015): "a Turkish soldier was killed and seven others wounded"
    doc = extract_text("قتل جندي تركي وجرح سبعة آخرون في ساعة مبكرة الاحد عندما انفجر لغم ارضي بينما كانت قافلة "
                       "عسكرية تمر على طريق في مدينة مديات بمحافظة ماردين بجنوب شرق تركيا", published="2015-08-02")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert not ev.actors and ev.targets[0].text == "جندي تركي" and (ev.killed, ev.injured) == (1, 7)
    # security forces that killed six militants stay the doers
    doc = extract_text("الى ذلك قتلت قوات الامن الباكستانية ستة متشددين سلاميين في غارة شنتها ليلا شمال غربي البلاد",
                       published="2008-10-07")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.actors[0].text == "قوات الامن الباكستانية"


def test_who_announces_the_dead_is_not_their_target_and_a_capital_cited_is_no_place():
    # SaudiNewsNet (2015): the Kurdistan authorities announced six dead; "according to Ankara"
    doc = extract_text("وقد اعلنت سلطات اقليم كردستان العراق السبت عن ستة قتلى من السكان المحليين", published="2015-08-02")
    (ev,) = doc.events
    assert ev.targets[0].text == "السكان" and ev.killed == 6
    doc = extract_text("وقتل ما لا يقل عن 260 مقاتلا كرديا واصيب حوالى 400 في هذه الغارات بحسب انقرة.",
                       published="2015-08-02")
    (ev,) = doc.events
    assert ev.place is None or ev.place.text != "انقرة"


def test_the_two_sides_of_clashes_and_the_besieger_of_a_place():
    # SaudiNewsNet (2015)
    doc = extract_text("إذ أعلن ناشطون أن اشتباكات عنيفة دارت منتصف ليل أمس بين جبهة النصرة وجبهة أنصار الدين من "
                       "جهة وتنظيم داعش من جهة أخرى", published="2015-08-04")
    (ev,) = doc.events
    assert (ev.actors[0].text, ev.targets[0].text) == ("جبهة النصرة", "تنظيم داعش")
    doc = extract_text("كذلك قصف الطيران الحربي مناطق في محيط مطار أبو الظهور العسكري والمحاصر من قبل جبهة النصرة "
                       "والفصائل الإسلامية منذ أكثر من عامين", published="2015-08-04")
    (ev,) = doc.events
    assert ev.actors[0].text == "الطيران الحربي" and not ev.targets
    # forces joined by و attack together
    doc = extract_text("هاجمت القوات الأمريكية والقوات العراقية مواقع داعش", published="2015-08-04")
    assert sorted(a.text for e in doc.events for a in e.actors) == ["القوات الأمريكية", "القوات العراقية"]


def test_a_count_before_the_next_cue_is_that_cues_and_non_events():
    # (this rule's sentences that state no event are in NOT_EVENTS below, under this test's name)
    # SaudiNewsNet (2015): "about 260 Kurdish fighters of the PKK were killed and hundreds wounded"
    doc = extract_text("وأعلنت انقرة أنّ نحو 260 مقاتلاً كرديًا من حزب العمال الكردستاني قتلوا ومئات جرحوا",
                       published="2015-08-01")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.killed == 260
    # a cultural "تظاهرة" and killing time are no events
    doc = extract_text("على الأقل اقامة المعرض في وقته وخلق تظاهرة ثقافية من خلال حرص كل الأدباء والمثقفين على الحضور",
                       published="2015-08-01")
    assert not doc.events
    doc = extract_text("نظم المئات تظاهرة احتجاجية أمام السفارة الأمريكية في عمان", published="2015-08-01")
    assert [e.type for e in doc.events] == ["PROTEST"]


def test_accidental_blasts_plans_prohibitions_and_past_eras_are_not_attacks():
    # (this rule's sentences that state no event are in NOT_EVENTS below, under this test's name)
    # SaudiNewsNet (2015): a tyre blew out; a gas cylinder; a plot; a plan; a prohibition; "under his rule"
    doc = extract_text("وقدرت لجنة للتحقيق بأكثر من أربعين ألفا عدد الذين ماتوا في المعتقلات أو أعدموا في عهده",
                       published="2015-07-20")
    assert not doc.events
    # a car bomb is an attack
    doc = extract_text("وقتل خمسة أشخاص في انفجار سيارة مفخخة في بغداد", published="2015-07-20")
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_claimed_the_lives_of_and_the_hundred_wounded_are_not_more_dead():
    # SaudiNewsNet (2015): the Suruç bombing "claimed the lives of 32 people and a hundred wounded"
    doc = extract_text("وبعد أربعة أيام على هجوم انتحاري دامٍ استهدف الأراضي التركية وأودى بحياة 32 شخصًا ومائة جريح",
                       published="2015-07-24")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert (ev.killed, ev.injured) == (32, 100)
    doc = extract_text("وتأتي هذه المواجهة المباشرة بعد ثلاثة أيام على الهجوم الانتحاري الذي أوقع 32 قتيلاً ومئة جريح في "
                       "سوروتش قبيل ظهر الاثنين.", published="2015-07-24")
    assert [(e.killed, e.injured) for e in doc.events if e.type == "ASSAULT"] == [(32, 100)]
    # a second group counted with the first still adds up
    doc = extract_text("وقتل ستة أطفال على الأقل وثلاثة بالغين في القصف", published="2015-07-24")
    assert [e.killed for e in doc.events if e.type == "ASSAULT"] == [9]
    # people counted by their nation are the victims
    doc = extract_text("وتبنت حركة طالبان أمس مسؤوليتها عن الهجوم، الذي أودى بحياة سبعة أفغان وأميركيين في هجوم "
                       "انتحاري في ولاية قندهار الجنوبية", published="2007-07-24")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.killed == 7 and ev.targets[0].country == "AFG" and all(a.text != "أفغان" for a in ev.actors)


def test_a_tally_of_attacks_keeps_its_toll():
    # SaudiNewsNet (2015): the two bombings are the news; the 300 dead are the month's series
    doc = extract_text("ويعد هذان التفجيران الأحدث في سلسلة الهجمات التي أودت بحياة 300 شخص الشهر الحالي وحده",
                       published="2015-07-23")
    assert all(e.killed is None for e in doc.events)
    doc = extract_text("وشنت الطائرات سلسلة غارات على مواقع التنظيم في الرقة", published="2015-07-23")
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_raids_told_right_after_a_forces_operations_are_its_own():
    # SaudiNewsNet (2015): the Egyptian security forces' operations in North Sinai, then "raids are under way"
    doc = extract_text("واصلت قوات الأمن المصرية بمحافظة شمال سيناء عملياتها الأمنية ضد العناصر المسلحة والبؤر "
                       "الإرهابية. وأفاد مصدر أمني، أن عمليات تمشيط ومداهمات تجري في مناطق جنوب الشيخ زويد ورفح.",
                       published="2015-08-03")
    evs = [e for e in doc.events if e.type == "COERCE"]
    assert evs and all(e.actors and e.actors[0].text == "قوات الأمن المصرية" for e in evs)
    # a minister who announced arrests is not the one who raids
    doc = extract_text("وأعلن وزير الداخلية اعتقال 20 شخصا. وقال مصدر إن مداهمات جرت في ثلاث محافظات.",
                       published="2015-08-03")
    assert all(not e.actors or e.actors[0].text != "وزير الداخلية"
               for e in doc.events if e.type == "COERCE" and "مداهمات" in e.mentions[0].text)


def test_two_dead_anniversaries_and_a_campaigns_tallies():
    # (this rule's sentences that state no event are in NOT_EVENTS below, under this test's name)
    # SaudiNewsNet (2015)
    doc = extract_text("مع وقوع عملية انتحارية استهدفت مركزًا للدرك وأوقعت قتيلين و24 جريحًا ونسبت إلى مقاتلي حزب "
                       "العمال الكردستاني", published="2015-08-02")
    assert [(e.killed, e.injured) for e in doc.events if e.type == "ASSAULT"] == [(2, 24)]
    doc = extract_text("وشن طيران التحالف 44 غارة على مواقع الحوثيين في صعدة", published="2015-07-20")
    assert [e.type for e in doc.events] == ["ASSAULT"]
    # figures of speech
    doc = extract_text("فهو نظام متأزم ويحاصره الإيرانيون بمطالبات تحسين البنية التحتية المنهارة", published="2015-07-20")
    assert not doc.events


def test_weapons_prices_and_sports_protests():
    # SaudiNewsNet (2015): the artillery shells were the weapon, not the target
    doc = extract_text("قصفت قوات نظام الأسد مخيم درعا للاجئين الفلسطينيين جنوبي سورية وحي طريق السد المجاور للمخيم "
                       "بصواريخ جراد والمدفعية الثقيلة، ما أسفر عن سقوط عدد من الضحايا والجرحى بين المدنيين.",
                       published="2015-07-20")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert all(t.text != "المدفعية" for t in ev.targets)
    # paying a price is not praise (ثمّن)
    doc = extract_text("وطالبت الرجلين بالحوار بدلا من الاقتتال الذي دفع الشعب اليمني وما زال يدفع ثمنه غاليا حتى اليوم.",
                       published="2015-07-20")
    assert not [e for e in doc.events if e.type == "SUPPORT"]
    doc = extract_text("وثمن الوزير جهود المملكة في دعم اليمن", published="2015-07-20")
    assert [e.type for e in doc.events] == ["SUPPORT"]
    # two clubs protesting a fixture date
    doc = extract_text("احتجاجا من قبل إداراتي أحد والأنصار على عدم ملاءمة موعد لقاء الفريقين الجمعة والسبت المقبلين في "
                       "القدم والسلة", published="2015-07-20")
    assert not doc.events


def test_the_place_of_an_event_referred_back_to_is_not_this_events():
    # SaudiNewsNet (2015): Turkish strikes in Syria "after the Suruç bombing" happened in Syria, not in Suruç
    doc = extract_text("وشنت الطائرات التركية غارات على مواقع داعش في سوريا بعد تفجير سروج", published="2015-07-25")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.place is not None and ev.place.country == "SY"
    # the bombing itself is placed in Suruç (GeoNames 300075, named in Arabic by the variants table)
    doc = extract_text("قتل 32 شخصا في تفجير انتحاري في بلدة سروج التركية", published="2015-07-21")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.place.geonameid == 300075 and ev.killed == 32
    # a toll told "after a bombing in X" is that bombing's, in X
    doc = extract_text("وقتل 5 أشخاص بعد تفجير في حلب", published="2015-07-21")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.place is not None and ev.place.text == "حلب"


def test_aims_perhaps_preparations_and_violated_truces():
    # (this rule's sentences that state no event are in NOT_EVENTS below, under this test's name)
    # SaudiNewsNet (2015)
    doc = extract_text("ولفتت إلى أن الحملة المسلحة كانت تهدف إلى اعتقال عبدالوهاب الوائلي قائد القوات الخاصة في المحافظة",
                       published="2015-08-10")
    assert not [e for e in doc.events if e.type == "COERCE"]
    doc = extract_text("وأكد البيان أن الهند انتهكت اتفاقية وقف إطلاق النار الموقعة مع باكستان", published="2015-07-20")
    assert not [e for e in doc.events if e.type == "RETREAT"]


def test_pretending_and_efforts_towards_are_not_events():
    # (this rule's sentences that state no event are in NOT_EVENTS below, under this test's name)
    # SaudiNewsNet (2015): "pretends to be pious"; "concerted efforts to arrest them"
    doc = extract_text("لذلك يعاود نشاطه بمجرد خروجه من السجن بعد أن يبدي الندم ويتظاهر بالصلاح والتقوى",
                       published="2015-07-25")
    assert not doc.events
    doc = extract_text("وتظاهر المئات بالقرب من السفارة الأمريكية في عمان", published="2015-08-10")
    assert [e.type for e in doc.events] == ["PROTEST"]


def test_issued_statements_care_for_the_wounded_and_necessities():
    # (this rule's sentences that state no event are in NOT_EVENTS below, under this test's name)
    # SaudiNewsNet (2015): "a statement issued by it" is no confiscation; care for the wounded is no attack
    # a bombing that "led to the killing of" 27 people is one
    doc = extract_text("وفجر انتحاري نفسه في المسجد والذي أدى لمقتل 27 شخصا وإصابة 227 آخرين.", published="2015-07-27")
    assert [e.killed for e in doc.events if e.type == "ASSAULT"] == [27]


# Sentences of SaudiNewsNet articles (2015) that state no event, or none of the type named, each found while reading
# marsad's output on conflict articles outside the dev set; the id names the rule's test above.
NOT_EVENTS = [
    pytest.param("ووثق المرصد مقتل 71 ألفا و781 مدنيا بينهم 11 ألفا و964 طفلا.", "2015-08-07", "ASSAULT",
                 id="a_war_toll_is_no_attack_and_thousands_are_read_whole-1"),
    pytest.param("وقال المصدر إن حصيلة القتلى منذ بدء المواجهات بين مسلحي الحوثي والمقاومة الشعبية في المدينة "
                 "بلغت ألفاً .", "2015-07-24", "ASSAULT",
                 id="a_war_toll_is_no_attack_and_thousands_are_read_whole-2"),
    pytest.param("وانسحب هذا المشهد على ريف إدلب", "2015-08-03", None,
                 id="an_abstraction_after_the_verb_is_a_figure_of_speech-1"),
    pytest.param("فالهزيمة تحاصرهم حاليا من كل جانب", "2015-08-03", None,
                 id="an_abstraction_after_the_verb_is_a_figure_of_speech-2"),
    pytest.param("مما يحتم على القوات الأمنية التركيز على تجمعاتهم وقصفها قبل دخول الفلوجة", "2015-07-23", None,
                 id="permitted_or_necessary_strikes_and_terms_served_are_not_events-1"),
    pytest.param("كما أصدرت قرارات بالإفراج عمن انتهت فترة سجنهم", "2015-08-02", "COERCE",
                 id="permitted_or_necessary_strikes_and_terms_served_are_not_events-2"),
    pytest.param("وعلمت «الشرق الأوسط» من مصادرها المطلعة أن 3 شخصيات مرشحة لخلافة محلب", "2015-08-02", None,
                 id="permitted_or_necessary_strikes_and_terms_served_are_not_events-3"),
    pytest.param("استعاد سكان مدينة عدن عافيتهم", "2015-07-22", None,
                 id="struck_reinforcements_anti_aircraft_guns_and_regained_health-1"),
    pytest.param("لساهمنا بشكل كبير في قتل وقت الفراغ المفسد لدى هؤلاء الشباب", "2015-08-01", None,
                 id="a_count_before_the_next_cue_is_that_cues_and_non_events-1"),
    pytest.param("وفي ذات الإطار توفيت طفلة وأصيب 8 من أفراد عائلتها اثر انقلاب المركبة التي تقلهم على طريق "
                 "حضن وذلك جراء انفجار الاطار الامامي للسيارة.", "2015-07-20", "ASSAULT",
                 id="accidental_blasts_plans_prohibitions_and_past_eras_are_not_attacks-1"),
    pytest.param("أصيب ثلاثة أشخاص في انفجار أسطوانة غاز داخل مطعم في الرياض", "2015-07-20", None,
                 id="accidental_blasts_plans_prohibitions_and_past_eras_are_not_attacks-2"),
    pytest.param("وأضاف أن السوداني يترأس وحدة التفجيرات والهجمات الانتحارية وله علاقة مباشرة بمخططات لشن هجمات "
                 "ضد الولايات المتحدة.", "2015-07-20", "ASSAULT",
                 id="accidental_blasts_plans_prohibitions_and_past_eras_are_not_attacks-3"),
    pytest.param("كشف العميد الركن صالح علي حسن أن قيادة المنطقة الرابعة أعدت خطة عسكرية محكمة لتحرير محافظتي "
                 "أبين وشبوة بالكامل", "2015-07-20", "ASSAULT",
                 id="accidental_blasts_plans_prohibitions_and_past_eras_are_not_attacks-4"),
    pytest.param("تحصين مدارك الشباب وثقافاتهم بأحكام الحدود الشرعية كتحريم قتل النفس المعصومة", "2015-07-20", None,
                 id="accidental_blasts_plans_prohibitions_and_past_eras_are_not_attacks-5"),
    pytest.param("حلت مؤخرا الذكرى العاشرة لهجمات السابع من يوليو (تموز) في لندن", "2015-07-20", None,
                 id="two_dead_anniversaries_and_a_campaigns_tallies-1"),
    pytest.param("تم تنفيذ ما لا يقل عن 15 ألف ضربة قادتها الولايات المتحدة دمرت 7655 هدفا للمتشددين في العراق "
                 "وسورية", "2015-07-20", "ASSAULT",
                 id="two_dead_anniversaries_and_a_campaigns_tallies-2"),
    pytest.param("هذا الواقع احتجزهم هم أنفسهم في داخله في النهاية", "2015-07-20", None,
                 id="two_dead_anniversaries_and_a_campaigns_tallies-3"),
    pytest.param("كما أن رفع أسعار السلع الغذائية والوقود ربما يؤدي إلى انفجار تظاهرات غضب حادة", "2015-07-20", None,
                 id="aims_perhaps_preparations_and_violated_truces-1"),
    pytest.param("واستعدادات لعمليّات عسكريّة أجنبيّة قادمة تتأكد يوما بعد يوم", "2015-07-20", None,
                 id="aims_perhaps_preparations_and_violated_truces-2"),
    pytest.param("وهناك جهود مركزة لأجل اعتقال هؤلاء وعدم السماح بهروبهم إلى محافظات أخرى", "2015-08-10", None,
                 id="pretending_and_efforts_towards_are_not_events-1"),
    pytest.param("وقال بان كي مون في بيان صادر عنه إنه قلق من تصاعد العنف", "2015-07-27", "COERCE",
                 id="issued_statements_care_for_the_wounded_and_necessities-1"),
    pytest.param("كما أنها تحتاج لمستشفيات متنقلة مزودة بكادر طبي متكامل لتتمكن من تقديم الرعاية الطبية اللازمة "
                 "للجرحى والمصابين", "2015-07-27", None,
                 id="issued_statements_care_for_the_wounded_and_necessities-2"),
    pytest.param("وشدد على ضرورة تكثيف غارات التحالف وتوسيع بنك الأهداف", "2015-07-27", None,
                 id="issued_statements_care_for_the_wounded_and_necessities-3"),
    pytest.param("حيث بات الوصول إلى المناطق المتضررة ومواصلة إجلاء القتلى والجرحى وتقديم المساعدات المنقذة للأرواح "
                 "مسألة بالغة الصعوبة بالنسبة للعاملين باللجنة.", "2015-04-10", None,
                 id="casualties_carried_or_treated-1"),
    pytest.param("وقال الخضر الزغلي عضو اللجنة الطبية \"إن الطائرة اليمنية أقلت أول دفعة من الجرحى المتواجدين في "
                 "مستشفيات عدن", "2015-05-30", None, id="casualties_carried_or_treated-2"),
    pytest.param("ويمكن لهذا الصراع أن يقسم طالبان ويهدد محادثات السلام الوليدة مع حكومة كابول.", "2015-08-01", None,
                 id="could_and_ready_to_are_not_done-1"),
    pytest.param("أكد الكبيتس أن «الجيش الإسرائيلي مستعد في أي وقت لمثل الهجمات التي يشنها في سيناء»", "2015-07-05",
                 None, id="could_and_ready_to_are_not_done-2"),
    pytest.param("وقد شهدت أهم المعارك والاشتباكات خلال حرب 1994م الأهلية.", "2015-07-20", None,
                 id="a_named_past_war_is_history"),
    pytest.param("أن الشرطة التركية شنت لليوم الثاني على التوالي حملة اعتقالات شملت تنظيم داعش المتطرف وحزب العمال "
                 "الكردستاني في إسطنبول وأنقرة.", "2015-07-25", "ASSAULT",
                 id="a_campaign_of_arrests_is_no_assault"),
    pytest.param("ولم تقصف الطائرات المدينة", "2015-07-20", None, id="negation_with_its_conjunction-1"),
    pytest.param("ولم يُعتقل أي مشتبه حتى الآن في الهجوم الذي وقع شمال الضفة الغربية المحتلة.", "2015-08-01", "COERCE",
                 id="negation_with_its_conjunction-2"),
    pytest.param("لا بد من تفجيره والقضاء عليه بالمطلق", "2015-08-01", None, id="a_necessity_is_not_done"),
    pytest.param("وصرح للصحافيين «نريد أن يتخلى حزب العمال الكردستاني عن العنف ويستأنف المحادثات مع الحكومة "
                 "التركية»", "2015-07-27", None, id="wishes_tomorrow_and_what_is_to_come-1"),
    pytest.param("جاء ذلك بينما يعقد حلف شمال الأطلسي (الناتو) اجتماعا غدا الثلاثاء في بروكسل", "2015-07-27", None,
                 id="wishes_tomorrow_and_what_is_to_come-2"),
    pytest.param("ويعقد مقارنة بين المعارك القادمة في أوروبا بالفتح الإسلامي الأول ضد روما القديمة.", "2015-07-27",
                 None, id="wishes_tomorrow_and_what_is_to_come-3"),
    pytest.param("فما الذي يمنع من دعوة تونس لكي تكون «دولة طامحة» للحصول على عضوية الحلف؟", "2015-07-27", None,
                 id="a_speech_noun_inside_a_question"),
    pytest.param("متظاهرون أردنيون يطالبون بقطع العلاقات مع إسرائيل رداً على الانتهاكات", "2015-07-28", "SANCTION",
                 id="called_for_denied_and_warranted_are_not_done-1"),
    pytest.param("وعدّ المجلس الأعلى للإفتاء الفلسطيني الدعوات الإسرائيلية لاقتحام المسجد جماعيا يوم الأحد بأنها استفزاز",
                 "2015-07-25", "COERCE", id="called_for_denied_and_warranted_are_not_done-2"),
    pytest.param("وشككت وزارة الدفاع الأمريكية (البنتاجون) في التقرير نافية أسر أو اعتقال أي من أفراد «القوة السورية "
                 "الجديدة».", "2015-08-01", "COERCE", id="called_for_denied_and_warranted_are_not_done-3"),
    pytest.param("وهي إقناع الجانب الألماني بإلغاء مذكرات الاعتقال الصادرة بحق أربعة من المسؤولين الإيرانيين",
                 "2015-08-03", "COERCE", id="called_for_denied_and_warranted_are_not_done-4"),
    pytest.param("وقد تمت تبرئتهم من قتل ثمانية فلسطينيين.", "2015-08-03", None,
                 id="called_for_denied_and_warranted_are_not_done-5"),
    pytest.param("ويتم حاليا احياء الذكرى السبعين لاول عملية قصف نووية في التاريخ لمدينة هيروشيما اليابانية.",
                 "2015-08-06", None, id="blessings_interviews_and_anniversaries-1"),
    pytest.param("وكان في استقبال خادم الحرمين الشريفين لدى وصوله - أيده الله - مطار طنجة", "2015-08-01", "SUPPORT",
                 id="blessings_interviews_and_anniversaries-2"),
    pytest.param("ومايكل أورين خلال لقاء متلفز على قناة CCN الأميركية في 28 يونيو المنصرم.", "2015-07-20", "CONSULT",
                 id="blessings_interviews_and_anniversaries-3"),
    pytest.param("عندما صدم قائد دراجة في سان فرانسيسكو شخصًا من المشاة يبلغ عمره 71 عامًا وقتله", "2015-07-20",
                 "ASSAULT", id="a_road_accident_a_camp_name_and_a_practice-1"),
    pytest.param("وشنت طائرات التحالف عددا من الغارات على معسكر الاستقبال", "2015-07-20", "CONSULT",
                 id="a_road_accident_a_camp_name_and_a_practice-2"),
    pytest.param("باستخدام الاعتقال الاداري الذي يطبق عادة على المعتقلين الفلسطينيين ضد المتطرفين اليهود", "2015-08-02",
                 "COERCE", id="a_road_accident_a_camp_name_and_a_practice-3"),
    pytest.param("واستيلاء «داعش» على تدمر وبعض حقول الغاز في حمص", "2015-08-10", "ASSAULT",
                 id="a_present_verb_after_a_preposition_is_a_name"),
    pytest.param("حدث هذا حين جرى تأجيل اقتحام حديثة", "2015-07-20", None, id="a_postponed_raid"),
    pytest.param("سنشاهد قصفا جويا مكثفا (أميركيا وتركيا) في المنطقة.", "2015-07-25", None,
                 id="a_verbal_noun_after_a_future_verb"),
    pytest.param("ويرجع لهيب أسباب المعارك الفكرية الدائرة بين أصحاب التيار الإسلامي التقليدي والتنويري", "2015-07-25",
                 None, id="a_battle_of_ideas"),
    pytest.param("حيث يتأهبوا لهجوم يستهدف استعادة المحافظة ذات الأغلبية السنية", "2015-07-20", None,
                 id="preparations_and_permissions-1"),
    pytest.param("ان يفتوا بجواز قتل رجال الأمن", "2015-07-20", None, id="preparations_and_permissions-2"),
    pytest.param("فهم يجيزون بل ويحثون على قتل أي موظف في السلك العسكري", "2015-07-20", None,
                 id="preparations_and_permissions-3"),
    pytest.param("وقالت التلميذة ناصرة أحمد التي لا تزال على اتصال بالبريطانية يسرى حسين التي التحقت بـ«داعش»",
                 "2015-08-01", "CONSULT", id="still_in_contact_is_a_state"),
    pytest.param("فبهذه المادة المشعة الشديدة السمية قتل العميل الروسي السابق الكسندر ليتفيننكو في 2006 في لندن",
                 "2015-08-01", None, id="a_year_after_fi_well_before_publication_is_history"),
    # "the second (of them) called on Iran": Iran is called on, and no one identifiable speaks
    pytest.param("والثاني دعا إيران إلى احترام حقوق الإنسان.", "2015-03-20", "REQUEST",
                 id="a_masculine_verb_and_a_feminine_object_with_no_speaker_is_no_statement"),
    # "نزار" is a name; the present of زار is يزور, so ن + زار is no conjugation of it
    pytest.param("ومن الحضور الوزراء الدكتور علي الشاعر ومحمد الفايز ونزار عبيد مدني وإياد مدني.", "2015-07-23",
                 "CONSULT", id="a_man_named_nizar_is_no_visit"),
    pytest.param("ودعا سمو الأمير نايف بن ثنيان -الله عز وجل- أن يتغمد المتوفين بواسع رحمته.", "2015-07-23",
                 "REQUEST", id="a_prayer_is_no_request"),
    pytest.param("ويعقد وزير التعليم الدكتور عزام الدخيل صباح غد الأربعاء اجتماعاً مع مديري المناطق التعليمية.",
                 "2015-08-25", "CONSULT", id="tomorrow_morning_is_not_yet"),
    pytest.param("وعقب المباراة هنأ رئيس البعثة بتال العتيبي اللاعبين وطالبهم بمضاعفة الجهد في المواجهات المقبلة "
                 "حتى يتوج الفريق بالذهب في البطولة.", "2015-08-05", "REQUEST",
                 id="requests_in_a_sports_story_are_no_events"),
    pytest.param("حيث تردد حينها أن علاقته بالشيخ عذبي الفهد كانت السبيل لتسهيل خروجه.", "2015-08-05",
                 "ASSAULT", id="a_name_after_a_title_is_no_verb"),
    # a shared view ("يتفق X مع Y في"), and a party's name (حزب الدعوة), are no agreement and no call
    pytest.param("ويتفق العمير مع الطنطاوي في اشتراط وجود القوة والعنف في النقد الأدبي.", "2015-07-28",
                 "AGREE", id="a_shared_view_is_no_agreement"),
    pytest.param("ويتحمل المالكي بصفته رئيس الوزراء وأمين عام حزب الدعوة الحاكم سقوط الموصل.", "2015-07-28",
                 "REQUEST", id="a_party_named_dawa_calls_for_nothing"),
    # session 9: read on a fifth sample of general news
    pytest.param("يزهو بهِ الذِكرُ أبوه الفيصل العملاق فكراً ونبعُ العذبِ عذبٌ مستجيبُ", "2015-08-01", None,
                 id="a_word_with_nunation_is_no_verb"),
    pytest.param("تنظم المؤسسة البرنامج التدريبي الصيفي لـ140 طالبًا موهوبًا بمختلف مدارس مدينة الرياض.", "2015-08-01",
                 "REQUEST", id="students_with_nunation_make_no_demand"),
    pytest.param("ونسأل الله لهم الرحمة والمغفرة وأن يشفي الجرحی والمصابين ويمن عليهم بالشفاء العاجل.", "2015-08-01",
                 None, id="a_prayer_for_the_wounded_is_no_attack"),
    pytest.param("قال الله تعالى ( يَا أَيُّهَا الَّذِينَ آمَنُواْ كُتِبَ عَلَيْكُمُ الْقِصَاصُ فِي الْقَتْلَى ) الآية",
                 "2015-08-01", "ASSAULT", id="a_quoted_verse_is_no_attack"),
    pytest.param("اللهم اقبل مَنْ قُتلَ منهم في الشهداء واشفِ مريضهم يا سميع الدعاء.", "2015-08-01", "ASSAULT",
                 id="a_prayer_for_the_dead_is_no_attack"),
    pytest.param("وتبين وقوع حادث على طريق جازان تقاطع سجن جازان العام لسيارة كانت تقل 7 من عائلة واحدة.",
                 "2015-08-01", "COERCE", id="the_prison_of_a_town_is_a_building"),
    pytest.param("وعلى الهواء مباشرة «يختطف» ولكنسون بعض هواتف الحضور ويعلن عن بياناتها.", "2015-08-01",
                 "ASSAULT", id="one_verb_in_quotes_is_a_figure_of_speech"),
    pytest.param("وطالب المحامي طارق شنب ممثل الضحايا إلقاء القبض على المالكي ومحاكمته.", "2015-08-01",
                 "COERCE", id="an_arrest_demanded_is_not_made"),
    pytest.param("ودعت منظمة العفو الدولية إلى اعتقال المسؤولين عن الهجوم.", "2015-08-01", "COERCE",
                 id="an_arrest_called_for_is_not_made"),
    pytest.param("وكان رئيس الوزراء قد أكد أن بلاده تتابع الوضع لكنه رفض ذكر الصين بالاسم.", "2015-08-01", "REJECT",
                 id="declining_to_name_is_no_rejection"),
    pytest.param("وتستطيع الحكومة القيام بالمزيد للمواءمة بين طالبي الوظائف والوظائف الشاغرة.", "2015-08-01",
                 "REQUEST", id="job_seekers_make_no_demand"),
    pytest.param("وقال معاليه إن هذا العمل مرفوض قال تعالى: (وَمَنْ يَقْتُلْ مُؤْمِناً مُتَعَمِّداً فَجَزَاؤُهُ جَهَنَّمُ).",
                 "2015-08-01", "ASSAULT", id="a_vowelled_verse_is_no_attack"),
    pytest.param("للتمتع بإطلالة على ساحة المعركة التي قاد فيها رسول الله صلى الله عليه وسلم ألف من الصحابة.",
                 "2015-08-01", "ASSAULT", id="the_prophets_battles_are_history"),
    pytest.param("تعيش المدينة المنورة تظاهرة اجتماعية واحتفالية ابتهاجاً بقدوم عيد الفطر المبارك.", "2015-08-01",
                 "PROTEST", id="a_festive_tazahura_is_no_protest"),
    pytest.param("وأعلنت المنظمة أن عطلا طرأ على مواقعها الإلكترونية بعد أن اقتحم متسللون هذه المواقع.", "2015-08-01",
                 None, id="hackers_use_no_force"),
    pytest.param("فضلا عن تقديم خدمة طلب صهريج مياه واستعراض معدل الاستهلاك.", "2015-08-01", "REQUEST",
                 id="a_service_to_order_water_is_no_request"),
    pytest.param("وطالب قباني باتخاذ قرار من الجهات السياسية المعنية بـ«توقيف هذا العمل الخطير فورا».", "2015-08-01",
                 "COERCE", id="a_stop_called_for_in_quotes_is_not_made"),
    pytest.param("على أن تبدأ بعدها معركة تحرير الوطن الكبير من كافة الإرهابيين.", "2015-08-01", "ASSAULT",
                 id="a_battle_that_is_to_begin_has_not"),
    pytest.param("ثم دحر الله الأحزاب يوم الخندق.", "2015-08-01", "ASSAULT", id="what_god_did_is_faith"),
    pytest.param("حالة التزاحم والعصبية التي تميز مدننا وتكاد تحاصرها بسبب تفاعل القطاع الخاص.", "2015-08-01",
                 "COERCE", id="nearly_besieged_is_not_besieged"),
    pytest.param("وضعت الجماعة صحفيين في مراكز هي عرضة للقصف.", "2015-08-01", "ASSAULT",
                 id="exposed_to_shelling_is_not_shelled"),
    pytest.param("أبدى الفنان المخضرم جميل محمود استعداده لإعادة تقديم برنامجه القديم «وتر وسمر» متى ما طلبت منه "
                 "هيئة الإذاعة والتلفزيون.", "2015-08-01", "REQUEST", id="whenever_asked_is_no_request"),
    pytest.param("أعلنت جامعة الأمير محمد بن فهد استقبال طلبات الالتحاق ببرنامج الماجستير.", "2015-08-01",
                 "CONSULT", id="taking_in_applications_is_no_meeting"),
    pytest.param("ودعت المجتمع الدولي إلى أن ينظر إلى الإرهاب نظرة واحدة.", "2015-08-01", "REQUEST",
                 id="the_community_appealed_to_is_no_speaker"),
    pytest.param("ولماذا تقوم ايران بالتنكيل واعتقال وقتل مواطنيها العرب في الاحواز.", "2015-08-01", None,
                 id="a_question_after_wa_reports_nothing"),
    pytest.param("قال مسؤولون إن ثورا أمريكيا مستأنسا نطح امرأة بمتنزه يلوستون هذا الاسبوع عندما حاولت التقاط صورة "
                 "سيلفي معه في خامس هجوم من نوعه يتعرض له السائحون.", "2015-08-01", "ASSAULT",
                 id="an_animals_attack_is_no_event"),
    pytest.param("لقي غواص حتفه إثر تعرضه لهجوم من سمكة قرش قبالة الساحل الشرقي لجزيرة تسمانيا.", "2015-08-01",
                 "ASSAULT", id="a_shark_attack_is_no_event"),
    pytest.param("وهاجم الاجراءات التي اعلنها كاميرون معتبرا انها في غير مكانها.", "2015-08-01", "ASSAULT",
                 id="attacking_measures_is_criticism"),
    pytest.param("وإذا انتهت المقاومة من السيطرة على قاعدة العند العسكرية وتجاوزوها إلى تعز وسيطروا عليها فعندها نستطيع "
                 "أن نقول إن صنعاء محاصرة.", "2015-08-01", "ASSAULT", id="a_condition_is_no_report"),
    pytest.param("وقتلت جماعة بوكو حرام حوالي عشرة آلاف شخص منذ عام 2009.", "2015-08-01", "ASSAULT",
                 id="a_toll_since_a_year_is_a_tally"),
    pytest.param("نحرق أشجارنا التي صمدت لقرون في صحراء جافة قاحلة لمجرد نزهة والتمتع بدفء زائف.", "2015-08-01",
                 "ASSAULT", id="what_we_do_is_no_event"),
    pytest.param("عندما أحكموا قبضتهم الكاملة على المرافق الحكومية دون أي مواجهات تذكر.", "2015-08-01", "COERCE",
                 id="a_grip_is_no_arrest"),
    pytest.param("هذا إلى جانب نحو ستين جائزة حصدها في مشواره السينمائي من تظاهرات ومهرجانات ومؤسسات سينمائية.",
                 "2015-08-01", "PROTEST", id="festivals_are_no_protests"),
    pytest.param("في أحد المشاهد التي تجمعني بمايكل أوقف التصوير وجاء غاضبًا.", "2015-08-01", "PROTEST",
                 id="brings_me_together_is_no_gathering"),
    pytest.param("وكان السائق قد احتجزته قطع الحديد داخل الكابينة لكن رجال الدفاع المدني تمكنوا من إخراجه.",
                 "2015-08-01", "COERCE", id="trapped_by_wreckage_is_no_arrest"),
    pytest.param("ورفض باخ في حديث لوكالة الصحافة الفرنسية من كوالالمبور التعليق على ترشح بلاتيني.", "2015-08-01",
                 "REJECT", id="declining_to_comment_is_no_rejection"),
    pytest.param("توقع رئيس اقليم كردستان مسعود بارزاني تحرير بقية مناطق سنجار التي مازالت تحت سيطرة تنظيم داعش قريبا.",
                 "2015-08-01", "ASSAULT", id="an_expected_liberation_has_not_happened"),
    pytest.param("مشيرا إلى أن توقيف المعارك في الزبداني سيتيح إخراج المدنيين منها.", "2015-08-01", None,
                 id="stopping_the_fighting_is_neither_arrest_nor_fighting"),
    pytest.param("حشود الجماهير المتجاوبة والمصرة على البهجة في شوارع المدينة.", "2015-08-01", "MOBILIZE",
                 id="crowds_of_the_public_are_no_mobilization"),
    pytest.param("ورحب الدكتور ساعد العرابي الحارثي بالضيوف والحضور في الحفل السنوي.", "2015-08-01", "SUPPORT",
                 id="welcoming_guests_is_no_support"),
    # session 10, from a blind-annotated sample of conflict articles
    pytest.param("يذكر أنّ التحالف العربي يشن منذ 26 مارس غارات على مواقع الحوثيين.", "2015-08-03", "ASSAULT",
                 id="a_campaign_since_months_ago-1"),
    pytest.param("وكان الحوثيون قد سيطروا على صنعاء في سبتمبر، منذ بدء هجومهم الواسع في يوليو 2014.", "2015-08-03",
                 "ASSAULT", id="a_campaign_since_months_ago-2"),
    pytest.param("1952- الجامعة العربية تحتج على مفاوضات بين اسرائيل والمانيا لتطبيع العلاقات بينهما.", "2015-08-06",
                 None, id="an_almanac_line_is_history-1"),
    pytest.param("1945- الحرب العالمية الثانية: قنبلة نووية تدمر مدينة هيروشيما في اليابان.", "2015-08-06", None,
                 id="an_almanac_line_is_history-2"),
    pytest.param("ما من شك في أن معركة تأمين بلادنا ربما تكون صعبة.", "2015-07-25", None,
                 id="the_subject_of_perhaps_is_no_report"),
    pytest.param("مجزرة الفلوجة القادمة!", "2015-07-21", None, id="a_coming_massacre_after_its_genitive"),
    pytest.param("نفى الرئيس التركي رجب طيب إردوغان بقوة اليوم الاتهامات أن تركيا تساعد تنظيم داعش.", "2015-07-31",
                 "REJECT", id="a_denial_is_no_rejection"),
    pytest.param("بدأت المحكمة اليوم جلسة محاكمة المتهمين في تفجير مسجد الإمام الصادق.", "2015-08-06", None,
                 id="the_bombing_a_trial_is_about"),
    pytest.param("وقال المسؤول طالبا عدم ذكر اسمه", "2015-07-24", None, id="an_unnamed_source_asks_nothing-1"),
    pytest.param("وقال المسؤول الأمني الذي طلب عدم الإشارة إلى اسمه أو هويته «كان الأميركيون قد أبلغوا القيادة العراقية»",
                 "2015-07-24", "REQUEST", id="an_unnamed_source_asks_nothing-2"),
    pytest.param("وأوضح ياسين في اتصال هاتفي لـ«الشرق الأوسط»", "2015-08-01", None, id="a_call_to_a_newspaper-1"),
    pytest.param('وعلق المتحدث الأمني اللواء منصور التركي في اتصال هاتفي مع "الوطن" على ذلك بالقول', "2015-08-01",
                 None, id="a_call_to_a_newspaper-2"),
    pytest.param('قال الشيخ محمد حسين مفتى القدس والديار المقدسة في اتصال هاتفي مع وكالة "رويترز" من داخل المسجد',
                 "2015-07-26", None, id="a_call_to_an_agency"),
    pytest.param('أوضح اليامي أن لجنة الميثاق قررت تشكيل وفد لزيارة اليمن', "2015-08-03", "CONSULT",
                 id="a_visit_planned_is_no_visit"),
]


def test_a_call_between_leaders_is_still_a_consultation():
    doc = extract_text("وبحث خادم الحرمين الشريفين في اتصال هاتفي مع الرئيس الأمريكي باراك أوباما الأوضاع في اليمن",
                       published="2015-08-01")
    assert [e.type for e in doc.events] == ["CONSULT"]


def test_a_visit_by_a_minister_is_a_consultation():
    doc = extract_text("قام وزير الدفاع الأميركي آشتون كارتر بزيارة غير معلنة إلى بغداد أمس، أجرى خلالها مباحثات مع "
                       "نظيره العراقي خالد العبيدي", published="2015-07-24")
    (ev,) = doc.events
    assert ev.type == "CONSULT" and ev.text == "زيارة" and ev.actors[0].country == "USA"
    assert ev.place is not None and ev.place.text == "بغداد"


EXECUTION_NOTICE = (
    "أصدرت وزارة الداخلية اليوم بيانًا حول تنفيذ حكم القتل قصاصاً في أحد الجناة بمنطقة الباحة، وفيما يلي نص البيان :\n"
    "أقدم / صالح بن شعيل بن سودان الأحمدي الزهراني ـ سعودي الجنسية ـ على قتل / عطية بن حسن بن عبدالله الأحمدي "
    "الزهراني ـ سعودي الجنسية ـ وذلك بإطلاق النار عليه من بندقية إثر خلاف حصل بينهما .\n"
    "وبفضل من الله تمكنت سلطات الأمن من القبض على الجاني المذكور وأسفر التحقيق معه عن توجيه الاتهام إليه بارتكاب "
    "جريمته وبإحالته إلى المحكمة العامة صدر بحقه صك شرعي يقضي بثبوت ما نسب إليه شرعاً والحكم عليه بالقتل قصاصاً "
    "وتأجيل تنفيذ القصاص حتى بلوغ القاصرين من ورثة القتيل رشدهم ومطالبتهم مع بقية الورثة بتنفيذ القصاص .\n"
    "وقد تم تنفيذ حكم القتل قصاصًا بالجاني / صالح بن شعيل بن سودان الأحمدي الزهراني - سعودي الجنسية - اليوم الاثنين "
    "25 / 10 / 1436 هـ بمحافظة الحجرة بمنطقة الباحة .")


def test_an_execution_notice_is_one_sanction_and_not_the_old_murder():
    doc = extract_text(EXECUTION_NOTICE, published="2015-08-10")
    assert [e.type for e in doc.events] == ["SANCTION"]
    (ev,) = doc.events
    assert ev.actors[0].text == "وزارة الداخلية" and ev.date == "2015-08-10"
    assert _mention_covering(doc, ev, "وقد تم تنفيذ حكم القتل قصاصًا بالجاني")
    # the same killing, told as news (no sentence in the article), is an attack
    news = extract_text("أقدم مسلح على قتل شرطي بإطلاق النار عليه في مدينة الرياض اليوم", published="2015-08-10")
    assert [e.type for e in news.events] == ["ASSAULT"]


@pytest.mark.parametrize("text, published, typ", NOT_EVENTS)
def test_sentences_that_state_no_event(text, published, typ):
    doc = extract_text(text, published=published)
    assert not [e for e in doc.events if typ is None or e.type == typ]


def test_a_campaign_of_arrests_is_coerce_with_its_doer():
    doc = extract_text("أن الشرطة التركية شنت لليوم الثاني على التوالي حملة اعتقالات شملت تنظيم داعش المتطرف وحزب "
                       "العمال الكردستاني في إسطنبول وأنقرة.", published="2015-07-25")
    arrests = _events(doc, "COERCE")
    assert arrests and {e.mode for e in arrests} == {"arrest"}
    assert all(e.actors and e.actors[0].text == "الشرطة التركية" for e in arrests)
    # a campaign of strikes is still an assault
    doc = extract_text("وشنت قوات التحالف حملة عسكرية على مواقع الحوثيين.", published="2015-07-25")
    assert [e.actors[0].text for e in _events(doc, "ASSAULT")] == ["قوات التحالف"]


def test_a_title_and_the_name_after_it_are_one_party():
    # NER tags no name in this sentence; the actor table knows both the title and the name (IRQ GOV)
    doc = extract_text("انتقد رئيس الوزراء العراقي حيدر العبادي أطرافا سياسية عراقية بسبب محاولة بعضها استغلال "
                       "وجود «الحشد الشعبي» لحسابات سياسية.", published="2015-08-06")
    (ev,) = _events(doc, "ACCUSE")
    assert ev.actors[0].text == "رئيس الوزراء العراقي حيدر العبادي"
    assert all(t.text != "حيدر العبادي" for t in ev.targets)
    # two parties joined by و stay two
    doc = extract_text("وقصف المتمردون الحوثيون وقوات صالح مناطق سكنية في محافظة تعز.", published="2015-08-06")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.actors[0].text == "المتمردون الحوثيون"


def test_an_unverifiable_report_is_still_a_report():
    doc = extract_text("وقالت الوكالة في معلومات لا يمكن التأكد منها إنّ أربعة من قادة الحزب ونحو 30 متمردة كردية "
                       "قتلوا في الغارات التركية.", published="2015-08-09")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.text == "قتلوا" and ev.killed is not None


def test_a_count_after_a_phrase_of_circumstance():
    for text, killed, injured in [("وقتل خلال الاشتباكات 12 شخصا.", 12, None),
                                  ("وقتل بالقصف العنيف 7 أطفال.", 7, None),
                                  ("وأصيب في القصف ثلاثة مدنيين بجروح.", None, 3)]:
        doc = extract_text(text, published="2015-07-20")
        (ev,) = _events(doc, "ASSAULT")
        assert (ev.killed, ev.injured) == (killed, injured), text
    # a date is no count of people
    doc = extract_text("قتل في 12 يوليو عدد من الجنود.", published="2015-07-20")
    assert all(e.killed != 12 for e in doc.events)


def test_still_is_no_negation_and_a_denied_claim_keeps_the_attack():
    doc = extract_text("ورغم أن «طالبان» لا تزال تطالب بما يشبه سيطرة فعلية على البلاد", published="2015-08-01")
    (ev,) = _events(doc, "REQUEST")
    assert "negated" not in ev.flags
    doc = extract_text("ولا يزال الجيش يقصف المدينة", published="2015-08-01")
    assert _events(doc, "ASSAULT")
    doc = extract_text("وقتل ثلاثة جنود في هجوم على حاجز أمني. ولم تتبن أي جهة الهجوم", published="2015-08-01")
    assert _events(doc, "ASSAULT")


def test_a_condemned_bombing_is_the_rebels_not_the_condemners():
    doc = extract_text("دانت منظمة هيومن رايتس ووتش الخميس قصف المتمردين في اليمن لمناطق سكنية في مدينة عدن الجنوبية "
                       "دون مراعاة للسكان المدنيين.", published="2015-08-01")
    (ev,) = _events(doc, "ASSAULT")
    assert "condemned-object" in ev.flags
    assert [a.text for a in ev.actors] == ["المتمردين"]


def test_an_armed_group_attacks_and_a_channel_is_no_party():
    doc = extract_text("وقالت المصادر إن جنودا كانوا في دورية فهاجمتهم مجموعة مسلحة مستخدمين أسلحة ثقيلة",
                       published="2015-07-02")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.actors[0].text == "مجموعة مسلحة"
    doc = extract_text("كما اعتقلت مصور قناة القدس عبدالكريم درويش.", published="2015-08-01")
    (ev,) = _events(doc, "COERCE")
    assert "actor-implied" in ev.flags or all(a.text not in ("القدس", "عبدالكريم درويش") for a in ev.actors)


def test_the_movement_is_the_movement_named_before():
    # (the last speaker, the Syrian government, is not who calls on the factions)
    doc = extract_text("وأعلنت حركة أحرار الشام فشل المفاوضات مع إيران حول الزبداني. وقالت الحكومة السورية إن الجيش "
                       "يتقدم. كما طالبت الحركة جميع الفصائل بإشعال الجبهات وخاصة في دمشق ومحيطها.",
                       published="2015-08-01")
    (ev,) = [e for e in _events(doc, "REQUEST") if "الفصائل" in e.mentions[0].text]
    # (the head noun alone is the movement's short name: its own span, the movement's name and code)
    assert (ev.actors[0].text, ev.actors[0].name, ev.actors[0].code) == ("الحركة", "Ahrar al-Sham", "SYRREB")
    assert ev.targets[0].text == "الفصائل"


def test_the_day_after_and_a_reported_fact_after_a_wish_are_told():
    # "غداة" (the day after) is no "غدا" (tomorrow)
    doc = extract_text("وغداة الهجوم قتل 5 جنود في كمين", published="2015-07-27")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [5]
    # "نريد أن نؤكد أن النظام رفض": the refusal is reported, not wished
    doc = extract_text("ونحن نريد أن نؤكد لفريقه أن النظام رفض إيقاف إطلاق النار في معارك الزبداني", published="2015-08-01")
    assert _events(doc, "REJECT")
    # the call is made today for a rally tomorrow
    doc = extract_text("ودعا اكبر حزب كردي تركي الى تجمع ضخم غدا الاحد في اسطنبول.", published="2015-07-25")
    assert _events(doc, "REQUEST") and not _events(doc, "PROTEST")


def test_foreigners_of_no_one_state_are_cameo_int():
    doc = extract_text("ووقع الهجوم فجر امس في منطقة كيلو 4 الواقعة علي الطريق بين القصر الرئاسي ومطار مقديشو حيث "
                       "تتمركز فيها القوات الأفريقية.", published="2007-03-20")
    (ev,) = _events(doc, "ASSAULT")
    assert [(t.text, t.country) for t in ev.targets] == [("القوات", "INT")]
    # a body named "international" is an organisation, not foreigners
    doc = extract_text("وطالبت منظمة العفو الدولية السلطات بالإفراج عن المعتقلين.", published="2015-07-20")
    (ev,) = _events(doc, "REQUEST")
    assert ev.actors[0].country != "INT"


def test_cutting_relations_with_a_state_is_a_sanction_on_it():
    doc = extract_text("وقطعت البحرين علاقاتها الدبلوماسية مع طهران", published="2016-01-05")
    (ev,) = _events(doc, "SANCTION")
    assert ev.actors[0].country == "BHR" and ev.targets[0].country == "IRN"
    doc = extract_text("وقطع المسلحون الطريق الدولي", published="2016-01-05")
    assert not _events(doc, "SANCTION")


def test_a_weapon_is_no_actor_and_whom_one_meets_with_is_the_target():
    doc = extract_text("فانفجر صاروخ أدى إلى مقتل أبناء العائلة وجرح آخرين في رفح", published="2015-07-20")
    assert all(not e.actors for e in _events(doc, "ASSAULT"))
    doc = extract_text("في وقت التقى وزير الدفاع الاميركي مع رئيس اقليم كردستان لبحث محاربة تنظيم داعش.",
                       published="2015-07-25")
    (ev,) = _events(doc, "CONSULT")
    assert ev.targets[0].text == "رئيس اقليم كردستان"
    # a shock at a killing is no road accident
    doc = extract_text("وأعرب نائب المستشارة الألمانية عن صدمته العميقة إزاء مقتل 30 شابا في تفجير سروج",
                       published="2015-07-21")
    assert _events(doc, "ASSAULT")


def test_a_plural_verb_has_its_subject_in_it():
    # a verb before its subject stays singular: "وطالبوا المتمردين" is "they asked the rebels"
    doc = extract_text("وقال الأهالي إن الحوثيين انسحبوا من بعض المواقع. وطالبوا المتمردين بأن يكون انسحابهم من "
                       "المحافظة بشكل نهائي", published="2015-08-01")
    (ev,) = _events(doc, "REQUEST")
    assert ev.actors[0].text == "الأهالي" and ev.targets[0].text == "المتمردين"


def test_one_side_named_twice_is_not_its_own_target():
    doc = extract_text("وقالت أيضا القوات الجوية النيجيرية إنها ساعدت القوات البرية في صد هجوم لبوكو حرام حول قرية بيتا "
                       "عند الطرف الجنوبي لمحمية سامبيسا وهي أحد معاقل بوكو حرام.", published="2015-08-01")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.actors[0].text == "بوكو حرام"
    assert all(t.text != "بوكو حرام" for t in ev.targets)


def test_the_police_arrest_with_the_subject_inside_the_phrase():
    doc = extract_text("ألقت شرطة محافظة الطائف القبض على مواطن أقدم على قتل شقيقه", published="2015-08-10")
    (ev,) = _events(doc, "COERCE")
    assert ev.mode == "arrest" and ev.actors[0].text.startswith("شرطة")
    # a verbal noun after a preposition is still an act (أقدم على قتل)
    assert _events(doc, "ASSAULT")
    doc = extract_text("ألقى الوزير كلمة في الحفل", published="2015-08-10")
    assert not doc.events
    doc = extract_text("وألقى الأمن القبض على ثلاثة متهمين في جدة", published="2015-08-10")
    assert [e.mode for e in _events(doc, "COERCE")] == ["arrest"]


def test_a_name_after_a_place_noun_is_no_party():
    # Taiz's neighbourhoods and its citadel "قلعة القاهرة", whatever the actor table says of القاهرة (Cairo)
    doc = extract_text("وقصفت مليشيا الحوثي وصالح أحياء ديلوكس والجمهوري والنقطة الرابع وحي اﻷخوة من موقعهم في قلعة "
                       "القاهرة كما تم قصف أحياء البتول والمناخ.", published="2015-08-03")
    evs = _events(doc, "ASSAULT")
    assert evs and all(t.country != "EGY" and t.text != "ديلوكس" for e in evs for t in e.targets)


def test_a_masculine_verb_before_a_state_has_it_as_object():
    # a verb before its subject agrees with it in gender: "دعا" (masculine) + إسرائيل (feminine) is
    # "he called on Israel"; the subject is the one the sentence opened with
    doc = extract_text("وصف الاتحاد الاوروبي سياسة إسرائيل في الضفة بالترانسفير ودعا اسرائيل لوقف الترحيل القسري "
                       "لسكان سوسيا.", published="2015-07-23")
    (ev,) = _events(doc, "REQUEST")
    assert ev.actors[0].text == "الاتحاد الاوروبي" and ev.targets[0].country == "ISR"
    # a feminine verb agrees: Iran calls
    doc = extract_text("ودعت إيران إلى وقف الحرب في اليمن.", published="2015-07-23")
    (ev,) = _events(doc, "REQUEST")
    assert ev.actors[0].country == "IRN"
    # a masculine state's name can be the subject
    doc = extract_text("ودعا العراق إلى وقف القتال في الأنبار.", published="2015-07-23")
    (ev,) = _events(doc, "REQUEST")
    assert ev.actors[0].country == "IRQ"


def test_a_verbal_noun_homograph_keeps_its_genitive_subject():
    # "رفض الولايات المتحدة تزويد": the United States' refusal (a verbal noun), not "he refused the US"
    doc = extract_text("وقال بخاري إن رفض الولايات المتحدة تزويد جيش نيجيريا بالاسلحة ساعد بوكو حرام.",
                       published="2015-07-23")
    (ev,) = _events(doc, "REJECT")
    assert ev.actors[0].country == "USA"


def test_what_some_people_do_is_no_event():
    doc = extract_text("فمنهم من غسل مخه ففجر نفسه وفجر الآخرين ومنهم من تشبه بأسوأ سلوك في الغرب.",
                       published="2015-07-23")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("وقال إن عشرة من المسلحين قتلوا ومنهم من فر.", published="2015-07-23")
    assert _events(doc, "ASSAULT")


def test_the_war_against_a_foe_and_foiled_plots_are_no_attack():
    doc = extract_text("ووصل كارتر إلى أربيل عاصمة إقليم كردستان العراق الذي أصبحت قواته أحد أقوى شركاء الولايات "
                       "المتحدة في المعركة ضد داعش.", published="2015-07-23")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("ودحر مخططاتها التي تحاول النيل من أمن الوطن والمواطن.", published="2015-07-23")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("وقتل ثلاثة جنود في المعركة ضد داعش في الرمادي أمس.", published="2015-07-23")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.killed == 3


def test_a_deployment_word_is_not_found_past_inna():
    # "in a statement the agencies published (نشرته), that the special forces ...": no deployment
    doc = extract_text("وقالت اللجنة الوطنية لمكافحة الارهاب في بيان نشرته وكالات الانباء الروسية، إنّ القوات الخاصة "
                       "اشتبكت مع «مجموعة من المسلحين» قرب الشيشان.", published="2015-07-23")
    assert not _events(doc, "MOBILIZE")
    assert _events(doc, "ASSAULT")


def test_a_source_who_declined_to_be_named_refuses_nothing():
    doc = extract_text("وقال مسؤول بالشرطة الإقليمية رفض الإفصاح عن هويته إنه جرى إلقاء القبض على المدرسين في إقليم "
                       "سورات ثاني.", published="2015-07-23")
    assert not _events(doc, "REJECT") and _events(doc, "COERCE")
    doc = extract_text("ورفض الحوثيون الكشف عن مصير المختطفين.", published="2015-07-23")
    assert _events(doc, "REJECT")


def test_the_main_stronghold_is_no_president():
    # "المعقل الرئيس": the adjective "main" after a definite noun, not the president
    doc = extract_text("وشن التحالف غاراته الجوية على عدة مواقع بمحافظة صعدة المعقل الرئيس لجماعة أنصار الله الحوثية.",
                       published="2015-07-23")
    (ev,) = _events(doc, "ASSAULT")
    assert all(t.text != "الرئيس" for t in ev.targets)
    doc = extract_text("واستقبل الملك الرئيس الفرنسي في الرياض.", published="2015-07-23")
    assert any(p.text == "الرئيس الفرنسي" for e in _events(doc, "CONSULT") for p in e.actors + e.targets)


def test_the_coalition_is_the_one_named_before():
    # "التحالف" alone is the coalition the article named; in the genitive (طائرات التحالف) it gives the
    # aircraft its country
    doc = extract_text("وقالت قيادة التحالف العربي بقيادة السعودية إن العمليات مستمرة. وشن التحالف غارات جوية على "
                       "مواقع في صعدة.", published="2015-07-23")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.actors[0].text == "التحالف" and ev.actors[0].country == "SAU"
    doc = extract_text("وقالت قيادة التحالف العربي بقيادة السعودية إن العمليات مستمرة. وقصفت طائرات التحالف مواقع "
                       "للحوثيين في صعدة.", published="2015-07-23")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.actors[0].text == "طائرات" and ev.actors[0].country == "SAU"
    # unnamed before: a coalition of several states, no local country
    doc = extract_text("وشن التحالف غارات جوية على مواقع في صعدة.", published="2015-07-23")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.actors[0].text == "التحالف" and ev.actors[0].country != "YEM"


def test_a_present_plural_verb_has_its_subject_before_it():
    # "الخاطفين يطالبون بانسحاب حزب الله": the kidnappers demand; Hezbollah is who is to withdraw
    doc = extract_text("افادت تقارير ان الخاطفين يطالبون بانسحاب حزب الله الذي يقاتل الى جانب قوات النظام السوري من "
                       "سوريا.", published="2015-07-23")
    assert all(a.text != "حزب الله" for e in _events(doc, "REQUEST") for a in e.actors)
    doc = extract_text("ويطالب المتظاهرون الحكومة بالاستقالة.", published="2015-07-23")
    (ev,) = _events(doc, "REQUEST")
    assert ev.actors[0].text == "المتظاهرون"


def test_members_of_a_group_act_as_the_group():
    # "سيطر عناصر المقاومة": the resistance took it; "المقاومة" alone is the resistance named before
    doc = extract_text("وقالت المقاومة الشعبية إنها تتقدم. وسيطر عناصر المقاومة على الطريق الرابط بين محافظتي أبين "
                       "وعدن.", published="2015-08-10")
    # (the takeover of the road between two provinces is one event, joined to the advance the resistance tells of,
    # "إنها تتقدم", whose actor is named in full)
    evs = [ev for ev in _events(doc, "ASSAULT") if any("سيطر عناصر" in m.text for m in ev.mentions)]
    assert evs and all(ev.actors[0].text in ("المقاومة", "المقاومة الشعبية") and ev.actors[0].country == "YEM"
                       for ev in evs)
    assert all(t.text != "عناصر" for ev in evs for t in ev.targets)


def test_an_event_noun_before_a_future_verb_is_not_yet():
    doc = extract_text("وقال إن الحملة الأمنية ستبدأ بتعقب مخالفي نظامي الإقامة والعمل في الرياض.", published="2015-08-10")
    assert not _events(doc, "COERCE")
    doc = extract_text("لكنهم يعرفون أن المعركة ستكون تاريخية.", published="2015-08-10")
    assert not _events(doc, "ASSAULT")


def test_a_title_and_the_name_after_an_abbreviated_doctor_are_one_person():
    doc = extract_text("يجتمع وزير التعليم د. عزام بن محمد الدخيّل اليوم بمديري التعليم بالمناطق.", published="2015-08-10")
    (ev,) = _events(doc, "CONSULT")
    assert "عزام" in ev.actors[0].text and not any("عزام" in t.text for t in ev.targets)


def test_qad_before_a_present_verb_is_may():
    doc = extract_text("لأن هؤلاء الأطفال أشبه بالقنبلة إن لم تحل عقدتها بأسرع وقت قد تنفجر.", published="2015-07-23")
    assert not _events(doc, "ASSAULT")
    # before a past verb it is "had": "قد توعدت"، "قد نشرت"
    doc = extract_text("وكانت المقاومة الشعبية في المحافظة قد توعدت المتمردين بالرد.", published="2015-07-23")
    assert _events(doc, "THREATEN")
    doc = extract_text("وكانت القوات المسلحة التركية قد نشرت دبابات على الحدود.", published="2015-07-23")
    assert _events(doc, "MOBILIZE")


def test_reinforcements_struck_are_no_mobilisation():
    doc = extract_text("استهدف طيران التحالف العربي تعزيزات عسكرية تابعة لميليشيات الحوثي كانت قادمة في اتجاه شقرة.",
                       published="2015-08-05")
    assert not _events(doc, "MOBILIZE")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.actors[0].country == "SAU"


def test_some_of_them_and_a_possessed_verbal_noun():
    doc = extract_text("حتى إن بعضهم طالب بالتجنيد الإجباري لشباب المملكة كافة.", published="2015-08-05")
    assert not _events(doc, "REQUEST")
    # "عن رفضهم لسياسة الحكومة": the government is what is rejected, not who rejects
    doc = extract_text("وعبر المتظاهرون عن رفضهم لسياسة الحكومة في تعاملها مع ملف التنظيم.", published="2015-08-05")
    assert all(a.text != "الحكومة" for e in _events(doc, "REJECT") for a in e.actors)
    assert [a.text for e in _events(doc, "PROTEST") for a in e.actors] == ["المتظاهرون"]


def test_who_points_out_an_operation_did_not_carry_it_out():
    doc = extract_text("ولفت اليامي الى ان عملية تحرير مدينة عدن كشفت عن أنماط الجرائم.", published="2015-08-05")
    evs = _events(doc, "ASSAULT")
    assert evs and all(not e.actors or e.actors[0].text != "اليامي" for e in evs)


def test_who_leads_the_doer_is_not_its_target():
    doc = extract_text("وأشارت إلى أن قصفا عنيفا شنته طائرات التحالف العربي الذي تقوده المملكة على مواقع المتمردين داخل "
                       "المعسكر، ما أدى إلى مصرع 18 متمردا.", published="2015-08-05")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.actors[0].country == "SAU" and ev.targets and ev.targets[0].country != "SAU"


def test_the_revolutionaries_are_a_party():
    doc = extract_text("فسيطر الثوار على مواقع قرب طريق استراتيجي باتجاه مدينة تعز.", published="2015-08-05")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.actors[0].text == "الثوار" and ev.actors[0].country == "YEM"


def test_dangers_and_weather_are_no_threat_or_arrest():
    doc = extract_text("ووصولهما إلى معدلات وبائية تهدد حياة الأهالي في مخيم اليرموك.", published="2015-08-05")
    assert not _events(doc, "THREATEN")
    doc = extract_text("وهدد الحوثيون باقتحام عدن.", published="2015-08-05")
    assert _events(doc, "THREATEN")
    doc = extract_text("هطول أمطار غزيرة اليوم في الطائف، تسببت في احتجاز العديد من المركبات.", published="2015-08-05")
    assert not _events(doc, "COERCE")


def test_a_student_demands_nothing_and_institutions_are_not_seized_by_force():
    doc = extract_text("وألقى طالب الدكتوراة وائل العنزي كلمة ترحيبية نيابة عن أعضاء الاتحاد.", published="2015-08-05")
    assert not _events(doc, "REQUEST")
    doc = extract_text("من جانبها طالبت جامعة الدول العربية بوقف القتال في اليمن.", published="2015-08-05")
    assert _events(doc, "REQUEST")
    doc = extract_text("إذ بعدما استتب الأمر للتيار الديني وأحكم سيطرته على مؤسسات الدولة.", published="2015-08-05")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("وأحكم الجيش سيطرته على مدينة الرمادي.", published="2015-08-05")
    assert _events(doc, "ASSAULT")


def test_a_denied_allegation_and_a_childhood_loss_are_no_attacks():
    doc = extract_text("نفت أنقرة اتهامات وحدات الحماية الكردية السورية بقصف الجيش التركي مواقعها في قرية حدودية.",
                       published="2015-07-28")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("واتهمت وحدات الحماية الكردية الجيش التركي بقصف مواقعها في قرية حدودية.", published="2015-07-28")
    (ev,) = _events(doc, "ACCUSE")
    assert ev.actors[0].country == "SYR" and ev.targets[0].country == "TUR"
    doc = extract_text("إذ قتل والده وهو في السنوات الأولى في طفولته.", published="2015-07-28")
    assert not _events(doc, "ASSAULT")


def test_a_place_after_wa_fi_is_no_party_and_a_raid_called_for_is_not_done():
    # "وفي القدس دعت منظمات ...": Jerusalem is where, not who; the raid is called for
    doc = extract_text("وفي القدس دعت منظمات الهيكل المزعوم لاقتحام جماعي لباحات المسجد الأقصى صباح اليوم.",
                       published="2015-07-26")
    assert not _events(doc, "COERCE")
    assert all(a.text != "القدس" for e in doc.events for a in e.actors)
    doc = extract_text("وفي صنعاء لقي اربعة حوثيين مصرعهم في غارة.", published="2015-07-26")
    evs = _events(doc, "ASSAULT")
    assert evs and all(a.text != "صنعاء" for e in evs for a in e.actors)


def test_a_present_agentive_verb_names_an_attacks_doer():
    doc = extract_text("باتت الهجمات والتفجيرات التي يشنها حزب العمال الكردستاني على تركيا شبه أسبوعية في الفترة الأخيرة.",
                       published="2015-08-10")
    assert any(ev.actors and ev.actors[0].text == "حزب العمال الكردستاني" for ev in _events(doc, "ASSAULT"))
    # not for a protest: who is protested against is no protester
    doc = extract_text("تظاهر نحو مئتي شخص في بروكسل للتنديد بالعمليات التي يشنها الجيش التركي ضد حزب العمال الكردستاني.",
                       published="2015-08-10")
    protests = _events(doc, "PROTEST")
    assert protests and all(not ev.actors or ev.actors[0].text != "الجيش التركي" for ev in protests)


def test_main_as_an_adjective_in_a_longer_mention_is_no_president():
    doc = extract_text("بدأ الجيش الإيراني عمليات عسكرية أمس في القرى التابعة لمدينة سردشت المحاذية لجبال قنديل المعقل "
                       "الرئيسي لحزب العمال الكردستاني.", published="2015-08-01")
    (ev,) = _events(doc, "ASSAULT")
    assert all("الرئيس" not in t.text for t in ev.targets)


def test_a_verbal_noun_with_nunation_still_names_the_act():
    # "قصفاً" written with the letters of the verb is the verbal noun: the act is told
    doc = extract_text("فيما شن طيران التحالف العربي قصفاً على تجمعات الحوثيين في محافظة حجة الحدودية مع السعودية.",
                       published="2015-08-01")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.actors[0].text == "طيران التحالف العربي" and ev.targets[0].country == "YEM"


def test_saudi_forces_are_one_actor_and_the_houthis_their_target():
    doc = extract_text("دمرت القوات السعودية اليوم 16 آلية لـميليشيات الحوثي عقب محاولتها الهجوم على منفذ الطوال.",
                       published="2015-08-01")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.actors[0].text == "القوات السعودية" and ev.actors[0].country == "SAU"
    assert ev.targets[0].text == "ميليشيات الحوثي" and ev.targets[0].country == "YEM"


def test_a_subset_of_the_dead_does_not_hide_the_toll():
    doc = extract_text("ارتفعت حصيلة قصف مدينة أريحا إلى 37 قتيلا على الأقل بينهم ثلاثة أطفال وأكثر من 60 جريحا.",
                       published="2015-08-01")
    (ev,) = _events(doc, "ASSAULT")
    assert (ev.killed, ev.injured) == (37, 60)


# the one who acts, read from the grammar of the sentence: (sentence, publication day, type, its actor's words)
ONE_ACTOR = [
    # Beirut is what al-Maliki visited; the lawyer after "فطالب" makes the demand
    pytest.param("لقد زار المالكي هذا العام بيروت فطالب المحامي طارق شنب ممثل الضحايا إلقاء القبض على المالكي.",
                 "2015-08-01", "REQUEST", "المحامي طارق شنب", id="no_subject_across_fa"),
    # the topic named after أما is the subject
    pytest.param("أما الحكومة فطالبت المتمردين بالانسحاب من المدينة.", "2015-08-01", "REQUEST", "الحكومة",
                 id="the_topic_after_amma_is_the_subject"),
    # a title in the construct state before a body is its head
    pytest.param("ودعا أمين عام الجامعة العربية نبيل العربي إلى وقف القتال في اليمن.", "2015-08-04", "REQUEST",
                 "أمين عام الجامعة العربية", id="a_two_word_title_before_a_body_is_its_head"),
]


@pytest.mark.parametrize("text, published, typ, actor", ONE_ACTOR)
def test_the_one_who_acts(text, published, typ, actor):
    doc = extract_text(text, published=published)
    (ev,) = _events(doc, typ)
    assert ev.actors[0].text == actor


def test_the_paper_told_is_no_party_and_the_state_leading_is_not_where():
    doc = extract_text("وقال سكان محليون ل«الرياض» إن اشتباكات بالأسلحة الثقيلة جرت اليوم بين الحوثيين والمقاومة.",
                       published="2015-08-01")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.actors[0].text == "الحوثيين" and ev.targets[0].text == "المقاومة"
    doc = extract_text("وتقدمت القوات الكردية مدعومة بغارات مكثفة من التحالف الذي تقوده الولايات المتحدة.",
                       published="2015-08-01")
    evs = _events(doc, "ASSAULT")
    assert evs and all(e.place is None or e.place.country != "US" for e in evs)


def test_a_blessing_of_the_prophet_hides_only_its_own_clause():
    doc = extract_text("خرج امس سكان وسط الخرطوم في مظاهرة احتجاجا على الغاء السلطات ميدانا مخصصا لإقامة احتفالات "
                       "بمولد الرسول صلى الله عليه وسلم، وأسفرت مصادمات بين المتظاهرين والشرطة عن اصابة ثلاثة اشخاص.",
                       published="2015-08-01")
    assert _events(doc, "PROTEST")


def test_what_happened_before_an_release_is_still_told():
    # "قبل أن يتم": the subjunctive after قبل/بعد tells what happened
    doc = extract_text("وكان الدوسري قد اعتقل في المغرب بتهم تتعلق بالإرهاب قبل أن يتم إطلاق سراحه ويعود إلى الكويت.",
                       published="2015-08-01")
    assert _events(doc, "RETREAT") or _events(doc, "COERCE")


def test_the_organization_named_before_is_the_doer():
    doc = extract_text("أعلن تنظيم داعش مسؤوليته عن التفجير. وواصل التنظيم أيضا شن هجمات خاطفة داخل مدينة الحسكة.",
                       published="2015-08-01")
    evs = [e for e in _events(doc, "ASSAULT") if e.place is not None and e.place.geonameid == 173811]  # Al-Hasakah
    assert evs and evs[0].actors and evs[0].actors[0].text == "التنظيم" and evs[0].actors[0].sector == "REB"
    # alone, التنظيم is also the verbal noun: no party
    doc = extract_text("وأشاد الوزير بالتنظيم الجيد للمهرجان.", published="2015-08-01")
    assert all(a.text != "بالتنظيم" and a.text != "التنظيم" for e in doc.events for a in e.actors + e.targets)


def test_a_title_before_a_body_is_its_head():
    doc = extract_text("طالب رئيس مجلس النواب العراقي سليم الجبوري أمس الاثنين رئيس الوزراء حيدر العبادي باقالة الوزراء "
                       "الذين يثبت ضلوعهم في الفساد.", published="2015-08-04")
    (ev,) = _events(doc, "REQUEST")
    assert ev.actors[0].text.startswith("رئيس مجلس النواب العراقي") and ev.actors[0].country == "IRQ"
    assert ev.targets[0].text.startswith("رئيس الوزراء")


def test_main_after_an_indefinite_noun_is_an_adjective():
    doc = extract_text("وسيطروا على مواقع عدة بينها حاجز رئيس للحوثيين جنوب مدينة دمت.", published="2015-08-04")
    (ev,) = _events(doc, "ASSAULT")
    assert all("رئيس" not in p.text for p in ev.targets + ev.actors)


def test_civil_aviation_is_no_air_force():
    doc = extract_text("دعا الاتحاد الدولي لشركات الطيران «أياتا» سلطات الطيران في العالم إلى خفض رسوم المطارات.",
                       published="2015-08-01")
    (ev,) = _events(doc, "REQUEST")
    assert ev.actors[0].text == "الاتحاد الدولي لشركات الطيران"
    assert all(p.sector != "MIL" for p in ev.actors + ev.targets)
    # the air force stays one: "شن الطيران الحربي غارات"
    doc = extract_text("شن الطيران الحربي غارات على مواقع المسلحين في ريف حماة.", published="2015-08-01")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.actors and ev.actors[0].sector == "MIL"


def test_a_rocket_named_elephant_is_no_animal():
    doc = extract_text("واستهدفت قوات النظام مدينة الزبداني بصواريخ من نوع «فيل» الشديدة الانفجار.", published="2015-08-01")
    assert _events(doc, "ASSAULT")


def test_a_condition_ends_at_its_comma():
    # the warning after "حتى لو كان الهجوم من قوات موالية للأسد،" is told as a fact; but a warning that the
    # strikes hamper the fight names no consequence for anyone: it is no threat (session 14)
    doc = extract_text("وبعد أن أعلنت واشنطن عن غارات للمساعدة في صد أي هجوم ضد المعارضة، حتى لو كان الهجوم من قوات "
                       "موالية للأسد، حذر وزير الخارجية الروسي سيرغي لافروف من أن تلك الغارات تعقد جهود القتال.",
                       published="2015-08-04")
    assert not _events(doc, "THREATEN")
    # "إذا كان ... فإن" concedes a fact
    doc = extract_text("وإذا كان الجيش سيطر على المدينة فإن المعارك مستمرة في ريفها.", published="2015-08-04")
    assert _events(doc, "ASSAULT")


def test_thousands_after_a_number_multiply_it():
    doc = extract_text("قتل ثلاثة آلاف شخص في المعارك بين الجيش والمتمردين في جنوب السودان الشهر الماضي.",
                       published="2015-08-04")
    assert all(e.killed in (None, 3000) for e in doc.events)


def test_a_masculine_verb_before_a_feminine_dual_has_it_as_object():
    doc = extract_text("وأكد مجلس الشورى أنه وافق على توصيات لجنة التعليم. وطالب وزارتي التعليم والمالية بدمج بدل "
                       "التدريس الجامعي في أصل الراتب.", published="2015-08-01")
    assert all(a.text != "وزارتي التعليم" for e in _events(doc, "REQUEST") for a in e.actors)


def test_an_arrest_before_a_detention_stays_an_arrest():
    doc = extract_text("يشير إلى إقدام القوات التركية على توقيفه واحتجازه مع زميله المصور داخل زنزانة قبل ترحيلهما.",
                       published="2015-08-01")
    (ev,) = _events(doc, "COERCE")
    assert ev.mode == "arrest" and ev.actors[0].country == "TUR"


def test_the_bombing_a_trial_is_about_is_not_new():
    # the accused of a bombing, and the trial of them, refer to an attack told elsewhere (or not at all)
    doc = extract_text("بدأت المحكمة اليوم جلسة محاكمة المتهمين في تفجير مسجد الإمام الصادق.", published="2015-08-06")
    assert _events(doc, "ASSAULT") == []
    doc = extract_text("أخلت محكمة الجنايات الكويتية، اليوم الخميس سبيل 11 متهمًا من متهمي تفجير مسجد الإمام الصادق. "
                       "وتعرض المسجد الكائن في منطقة الصوابر بالكويت العاصمة إلى تفجير إرهابي خلال صلاة الجمعة في 26 "
                       "يونيو الماضي أسفر عن مقتل 26 شخصا.", published="2015-08-06")
    (ev,) = _events(doc, "ASSAULT")
    # the attack itself, dated by its stated day (صلاة الجمعة is the Friday prayer, not a day)
    assert ev.killed == 26 and ev.date == "2015-06-26"
    assert all("متهمي" not in m.text for m in ev.mentions)


def test_a_toll_restated_for_this_attack_is_the_same_event():
    doc = extract_text("أسفر هجوم جديد نفذته فتاة في نحو الـ12 من العمر، عن سقوط 20 قتيلاً مساء السبت، في مدينة مروة أقصى "
                       "شمال الكاميرون. وأعلن التلفزيون الكاميروني صباح اليوم أنّ عدد قتلى الهجوم ارتفع إلى 20 شخصًا. "
                       "وقالت مصادر أمنية إنّ 14 شخصًا على الأقل قتلوا في هذا الهجوم، مضيفة أنّ 79 شخصًا جرحوا.",
                       published="2015-07-26")
    (ev,) = _events(doc, "ASSAULT")
    assert (ev.killed, ev.injured, ev.date) == (20, 79, "2015-07-25")
    assert _mention_covering(doc, ev, "مضيفة أنّ 79 شخصًا جرحوا")
    # a toll told of "another incident" stays its own event
    doc = extract_text("أسفر هجوم انتحاري عن سقوط 20 قتيلاً مساء السبت في مدينة مروة شمال الكاميرون. "
                       "وفي حادث منفصل، قتل 5 أشخاص.", published="2015-07-26")
    assert len(_events(doc, "ASSAULT")) == 2


def test_the_headline_at_the_foot_is_the_articles_event():
    doc = extract_text("قصفت المليشيات المتمردة في محافظة تعز اليمنية موقعا مخصصا لتخزين النفط. وأكد المجلس أن مليشيات "
                       "الحوثي قامت اليوم بقصف متعمد لمنطقة سد الجبلين في منطقة الضباب. رابط الخبر بصحيفة الوئام: "
                       "الحوثيون يقصفون مخازن احتياطي النفط والغاز في تعز", published="2015-07-21")
    (ev,) = _events(doc, "ASSAULT")
    assert _mention_covering(doc, ev, "الحوثيون يقصفون مخازن احتياطي النفط والغاز في تعز")


def test_these_attacks_and_the_attack_that_happened_are_the_ones_told():
    doc = extract_text("قتل 51 شخصا في سلسلة هجمات في كابول الجمعة. وهذه الهجمات هي الاولى التي تضرب العاصمة الافغانية "
                       "منذ تعيين الملا اختر منصور.", published="2015-08-10")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.killed == 51 and len(ev.mentions) == 2
    doc = extract_text("أعلن الحلف أن ثمانية مقاولين أفغان قتلوا في هجوم للمتشددين على قاعدة تابعة للناتو في كابل. وقال "
                       "إن اثنين من المتشددين قتلا أيضا في الهجوم الذي وقع أمس الجمعة.", published="2015-08-08")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.killed == 8


def test_aid_unloaded_or_carried():
    doc = extract_text("وفي 21 تموز الجاري، أنزلت الأمم المتحدة شحنة مساعدات في ميناء عدن.", published="2015-07-27")
    (ev,) = _events(doc, "AID")
    assert ev.actors[0].text == "الأمم المتحدة" and ev.date == "2015-07-21"
    doc = extract_text("ونقلت ثلاث طائرات سعودية مساعدات إلى اليمن.", published="2015-07-27")
    assert len(_events(doc, "AID")) == 1
    # moving the wounded or handing oneself over is no aid
    assert extract_text("نقل المصابون إلى المستشفى.", published="2015-07-27").events == []
    assert extract_text("وسلم المتهم نفسه للشرطة.", published="2015-07-27").events == []


def test_a_time_between_commas_does_not_cut_the_doer_off():
    doc = extract_text("شنت القوات الموالية للحكومة اليمنية المعترف بها دوليا، اليوم (الاثنين)، هجوما واسعا لاستعادة "
                       "قاعدة العند الجوية.", published="2015-08-03")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.actors and ev.actors[0].country == "YEM"
    doc = extract_text("وخاض الجيش معارك عنيفة مع المسلحين في المدينة.", published="2015-08-03")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.actors[0].text == "الجيش"


def test_a_release_and_an_indictment_by_the_courts():
    doc = extract_text("وأخلت السلطات سبيل الصحفي.", published="2015-08-06")
    (ev,) = _events(doc, "RETREAT")
    assert ev.mode == "release" and ev.actors[0].text == "السلطات"
    doc = extract_text("وكانت النيابة العامة وجهت في 14 يوليو الماضي الاتهام إلى 29 شخصا في حادث التفجير.",
                       published="2015-08-06")
    (ev,) = _events(doc, "ACCUSE")
    assert ev.date == "2015-07-14"
    # a message or criticism "directed" is no indictment
    assert _events(extract_text("وجه الرئيس رسالة إلى الشعب.", published="2015-08-06"), "ACCUSE") == []


def test_what_was_refused_was_not_done():
    for text in ("رفضت المحكمة إطلاق سراح 3 متهمين.", "رفضت محكمة الجنايات إخلاء سبيل 3 متهمين."):
        assert _events(extract_text(text, published="2015-08-06"), "RETREAT") == []
    # the noun of retaking after "unable to" or "in an attempt to" is no event: the noun is not a trigger
    doc = extract_text("وأن مليشيات الحوثي دفعت بتعزيزات كبيرة في محاولة لاستعادة السيطرة على المنطقة.",
                       published="2015-08-06")
    assert _events(doc, "ASSAULT") == []


def test_one_person_killed_counts_one():
    doc = extract_text("أعلنت السلطات الباكستانية مقتل القيادي البارز في تنظيم القاعدة المدعو عمر عبداللطيف.",
                       published="2015-08-04")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [1]
    doc = extract_text("قتل شرطي وأصيب ثلاثة آخرون في هجوم مسلح جنوب غربي القاهرة.", published="2015-08-04")
    assert [(e.killed, e.injured) for e in _events(doc, "ASSAULT")] == [(1, 3)]
    # soldiers with no number: no count
    doc = extract_text("قتل الجنود في الهجوم على الحاجز.", published="2015-08-04")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [None]


def test_retaking_tried_is_not_done_but_an_attempted_killing_is_an_attack():
    doc = extract_text("بدأت القوات عمليات لاستعادة السيطرة على المدينة.", published="2015-08-03")
    assert _events(doc, "ASSAULT") == []
    doc = extract_text("وبعد استعادة القوات السيطرة على المدينة عاد السكان.", published="2015-08-03")
    assert len(_events(doc, "ASSAULT")) == 1
    doc = extract_text("نجا عمدة مقديشو من محاولة لاغتياله عندما فجر مجهولون عبوة ناسفة لدى مرور موكبه.",
                       published="2008-06-01")
    assert _events(doc, "ASSAULT")


def test_the_one_who_describes_an_attack_did_not_do_it():
    doc = extract_text("وصف مفتي عام المملكة الشيخ عبدالعزيز بن عبدالله آل الشيخ حادثة التفجير الغاشم الذي استهدف مسجد "
                       "قوات الطوارئ الخاصة بمنطقة عسير بالعمل الإجرامي المشين.", published="2015-08-06")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.actors == () and ev.place.country == "SA"


def test_two_sides_of_one_country_are_two_events():
    doc = extract_text("شنت القوات الموالية للحكومة هجمات على جيوب للحوثيين في عدن. وأفاد مواطنون أن المتمردين الحوثيين "
                       "قصفوا أحياء سكنية على مشارف دار سعد.", published="2015-07-27")
    assert len(_events(doc, "ASSAULT")) == 2


def test_two_groups_counted_from_two_bodies_add_up():
    doc = extract_text("أسفر التفجير عن استشهاد عشرة من منسوبي قوات الطوارئ الخاصة وثلاثة من العاملين.",
                       published="2015-08-06")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [13]
    # three of the wounded are not more dead
    doc = extract_text("قتل 20 شخصا وثلاثة من الجرحى في حالة خطرة.", published="2015-08-06")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [20]


def test_after_the_occurrence_of_a_bombing_refers_to_it():
    doc = extract_text("وكانت الأجهزة الأمنية وعقب وقوع التفجير الإرهابي في مسجد الإمام الصادق ألقت القبض على السائق.",
                       published="2015-08-06")
    assert _events(doc, "ASSAULT") == [] and len(_events(doc, "COERCE")) == 1


def test_the_campaign_named_as_a_topic_is_no_attack():
    for text in ("وصل كارتر إلى بغداد للبحث مع مسؤولين عسكريين في العمليات العسكرية بمحافظة الانبار",
                 "أجرى خلالها مباحثات مع نظيره العراقي خالد العبيدي تناولت مختلف جوانب العمليات العسكرية.",
                 "وتتدفق عشرات العائلات الهاربة من العمليات العسكرية الحالية في الأنبار على جسر بزيبز"):
        doc = extract_text(text, published="2015-07-24")
        assert not [e for e in doc.events if e.type == "ASSAULT"], text
    # as a subject, the operations are told: "طالت العمليات العسكرية مواقع التمرد"
    doc = extract_text("كما طالت العمليات العسكرية كذلك مواقع التمرد في جبلي نصص وكريف، ما أسفر عن تدمير عدد من الآليات",
                       published="2015-07-26")
    # (one attack on each of the two hills the dual جبلي names)
    assert [e.type for e in doc.events] == ["ASSAULT", "ASSAULT"]


def test_a_drill_is_no_attack():
    doc = extract_text("وقام كارتر بزيارة لقوات جهاز مكافحة الإرهاب حيث شاهد عناصرها الذين ارتدوا زيا أسود أثناء تدريبهم "
                       "على إطلاق النار على نماذج أهداف", published="2015-07-24")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_spokesman_accuses_for_his_body_and_the_accused_is_the_target():
    doc = extract_text("اتهم المتحدث باسم مجلس قيادة المقاومة الشعبية، علي الأحمدي، ميليشيات الحوثيين وقوات الرئيس "
                       "المخلوع، علي عبدالله صالح، بزرع كميات كبيرة من الألغام الأرضية والعبوات الناسفة",
                       published="2015-07-26")
    (ev,) = doc.events
    assert ev.type == "ACCUSE" and ev.actors[0].text == "المقاومة الشعبية"


def test_two_parties_side_by_side_are_not_one_in_apposition():
    doc = extract_text("اتهم المتحدث باسم المقاومة الشعبية ميليشيات الحوثيين بزرع الألغام", published="2015-07-26")
    (ev,) = doc.events
    assert ev.actors[0].text == "المقاومة الشعبية" and ev.targets[0].text == "ميليشيات الحوثيين"


def test_blame_across_a_long_subject_and_as_a_participle():
    doc = extract_text("وحملت حركتا حماس والجهاد الإسلامي الاحتلال الإسرائيلي المسؤولية الكاملة عن هذه الجرائم",
                       published="2015-08-01")
    assert doc.events and {e.type for e in doc.events} == {"ACCUSE"}
    assert doc.events[0].targets[0].text == "الاحتلال الإسرائيلي"
    doc = extract_text("وقال المتحدث باسم الحكومة اليمنية راجح بادي إن الوضع خطير، محملاً ميليشيات الحوثي مسؤولية تعرض "
                       "حياة الصبيحي للخطر", published="2015-08-01")
    (ev,) = doc.events
    assert ev.type == "ACCUSE" and ev.targets[0].text == "ميليشيات الحوثي"


def test_a_blaming_participle_goes_on_with_the_condemnation():
    doc = extract_text("وعبر وزير الخارجية عادل الجبير عن استنكار المملكة الشديد لهذا العمل الهمجي والوحشي الذي تم دون وازع "
                       "من أخلاق أو ضمير أو إنسانية، محملاً سلطات الاحتلال الإسرائيلية المسؤولية عن هذا العمل الاجرامي "
                       "ضد الفلسطينيين.", published="2015-08-01")
    # one accusation, the Kingdom's (the participle is no second one, nor the verb of the first)
    assert [e.type for e in doc.events] == ["ACCUSE"] and doc.events[0].actors[0].text == "المملكة"


def test_an_attack_that_is_said_is_an_accusation():
    doc = extract_text("وقال رفلين في الكنيست إن الإرهاب اليهودي خطر. فهاجم السلطة الفلسطينية قائلا: «نشجب جميعا الإرهاب أيا "
                       "كان مصدره»", published="2015-08-02")
    attacks = [e for e in doc.events if e.text == "هاجم"]
    assert [e.type for e in attacks] == ["ACCUSE"] and attacks[0].targets[0].text == "السلطة الفلسطينية"
    # gunmen who speak while attacking still attack
    doc = extract_text("هاجم مسلحون حاجزا للجيش قائلين إنهم من داعش", published="2015-08-02")
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_opening_fire_with_the_shooter_between():
    doc = extract_text("كما فتح الطيران الحربي نيران رشاشاته الثقيلة بعد منتصف ليل أمس الأول على مناطق بمحيط مطار كويرس "
                       "العسكري", published="2015-07-22")
    (ev,) = doc.events
    assert ev.type == "ASSAULT" and ev.text == "فتح" and ev.actors[0].text == "الطيران الحربي"
    doc = extract_text("فتح مسلح النار على المصلين في مسجد بمدينة الدمام", published="2015-07-22")
    assert [e.type for e in doc.events] == ["ASSAULT"] and doc.events[0].text == "فتح"
    # an inquiry opened into a shooting: the shooting is told by its own words, فتح is no attack
    doc = extract_text("وقررت النيابة فتح تحقيق في إطلاق النار", published="2015-07-22")
    assert [e.text for e in doc.events] == ["إطلاق النار"]


def test_a_body_of_people_right_after_the_verb_speaks():
    doc = extract_text("ندد خطباء الجوامع والمساجد بمحافظة أملج ، اليوم بالتفجير الإجرامي الذي حدث في مسجد قوات الطوارئ "
                       "الخاصة بمنطقة عسير يوم أمس", published="2015-08-07")
    (acc,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert acc.actors[0].text == "خطباء الجوامع"
    doc = extract_text("واتفق الحاضرون في اللقاء على حشد المقاتلين من أبناء القبائل", published="2015-08-07")
    assert [e.actors[0].text for e in doc.events if e.type == "AGREE"] == ["الحاضرون"]
    # a plural verb holds its subject: the title after it is the one threatened, not a speaker
    doc = extract_text("وطلب التحقيق مع المتطرفين الذين هددوا الرئيس.", published="2015-08-02")
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_a_visit_is_a_consultation_only_when_it_goes_somewhere():
    doc = extract_text("وقام وزير الدفاع الأمريكي أشتون كارتر بزيارة مفاجئة لبغداد امس", published="2015-07-24")
    assert [e.type for e in doc.events] == ["CONSULT"]
    for text in ("واحتلت زيارة اوباما الصفحات الأولى للصحف الكينية أيضًا.",
                 "وقال وزير الأوقاف إن هذه الزيارة التاريخية جاءت في وقتها"):
        assert not [e for e in extract_text(text, published="2015-07-24").events if e.type == "CONSULT"], text


# Casualty counts written in ways the count reader used to miss (sentences from SaudiNewsNet reports)
@pytest.mark.parametrize("text,killed,injured", [
    # a count in brackets after its word
    ("بشأن حدوث تفجير أثناء قيام منسوبي قوة الطوارئ الخاصة بأداء صلاة الظهر في مسجد مقر القوة، مما نتج عنه "
     "استشهاد (15) وإصابة (33)، وفتح تحقيق في الحادث بعد تفجير انتحاري.", 15, 33),
    # "ما لا يقل" written as one word
    ("اصيب مالايقل عن سبعة من عناصر الشرطة في هجوم بقنبلة يدوية في منطقة بيسميل", None, 7),
    # the victims of it, and an execution
    ("بتنفيذ تفجير سوروج جنوب تركيا والذي راح ضحيته 31 شخصًا.", 31, None),
    ("أعلن مصدر أمني عراقي أن تنظيم داعش أعدم 11 شابًا بعد اختطافهم من مناطق جنوب وغرب الموصل.", 11, None),
    # a force named in quote marks between the count and its verb
    ("ذكر مسؤول كردي أمس أن أكثر من 33 مسلحا من مسلحي «داعش» قتلوا وأصيب العشرات منهم في أول عملية انتحارية",
     33, 10),
    # dozens of dead and wounded: dozens of each
    ("وأشارت مصادر مطلعة إلى أن عشرات القتلى والجرحى سقطوا في مواجهات أمس مع مقاتلي المقاومة الشعبية", 10, 10),
    # one person, named by a noun or a nationality, and one more
    ("تحقق شرطة مدينة ويتشيتا بولاية كانساس في مقتل طالب سعودي يدرس في جامعة مدينة ويتشيتا", 1, None),
    ("وذلك في أعقاب مقتل فلسطيني ثان خلال 24 ساعة برصاص الجيش الإسرائيلي", 1, None),
    ("قتل جندي تركي وآخر من تنظيم داعش في تبادل لإطلاق النار أمس بين الجيش التركي وتنظيم داعش", 2, None),
    ("مقتل مدني وإصابة 4 آخرين في قصف شنّه الحوثيون على أحياء سكنية في مدينة تعز", 1, 4),
    # the toll goes on past a comma
    ("وقال الجبوري إن سيارة مفخخة انفجرت عند مرور رتل لعناصر تنظيم داعش لدى دخوله بوابة مدينة الموصل ما اسفر "
     "عن مقتل 42 منهم، بينهم قياديون وإصابة 18 آخرين", 42, 18),
    # casualties denied in so many words are none; no news of them is no count
    ("استهدفت خمس قذائف عسكرية صباح أمس مستشفى ظهران الجنوب العام وعددا من منازل المواطنين، ولم يخلف القصف "
     "أية إصابات", 0, 0),
    ("انفجرت عبوة ناسفة قرب دورية للشرطة ولم يسفر الانفجار عن سقوط قتلى", 0, None),
    ("وقصفت الطائرات مواقع في خان الشيح بريف دمشق الغربي ولم ترد أنباء عن إصابات", None, None),
    # died, assassinated, a man and his wife
    ("وبعد ثلاثة اشهر في 26 يونيو (حزيران)، قضى 38 سائحا حين أطلق طالب تونسي النار من بندقية كلاشنيكوف على السياح",
     38, None),
    ("أن مجموعة إرهابية اغتالت ثلاثة من أفراد الدرك الوطني الجزائري بالرصاص", 3, None),
    ("كما أفاد مصدر أمني عن إصابة رجل وزوجته بانفجار قنبلة يدوية ألقاها مسلحون مجهولون على منزلهما", None, 2),
    # the dual of a noun with a broken plural is a count of two
    ("مبينا أن الطيران وجه ضربة أخرى في الرمادي أسفرت عن مقتل عنصرين من التنظيم وتدمير موضع دفاعي لعناصره", 2, None),
    # a person named right before a casualty verb that takes no object
    ("إن القيادي في جماعة خراسان محسن الفضلي قتل في ضربة جوية أمريكية في سوريا", 1, None),
    ("افادت مصادر يمنية بأن نائب رئيس مجلس النواب محمد علي الشدادي اصيب بانفجار لغم ارضي زرعه الحوثيين", None, 1),
    ("وذكر أن الغارة استهدفت أبو خليل السوداني وأنه قتل في ضربة وقعت في 11 يوليو", 1, None),
])
def test_casualty_counts_in_their_many_spellings(text, killed, injured):
    ev = _events(extract_text(text, published="2015-07-23"), "ASSAULT")[0]
    assert (ev.killed, ev.injured) == (killed, injured)


@pytest.mark.parametrize("text,killed", [
    ("أصدرت وزارة الداخلية اليوم بيانا بشأن تنفيذ حكم القتل قصاصًا في أحد الجناة بمنطقة جازان", 1),
    ("وقد تم تنفيذ حكم القتل قصاصاً بالجاني / مشعشع بن مفرح بن سلمان حريصي – سعودي الجنسية", 1),
    ("وقد تم تنفيذ حكم القتل تعزيراً في جانيين أثيوبيين بمنطقة جازان", 2),
    ("صدر حكم بالإعدام على ثلاثة متهمين بتهريب المخدرات", None),  # sentenced, not executed
])
def test_a_death_sentence_carried_out_counts_the_executed(text, killed):
    ev = _events(extract_text(text, published="2015-08-05"), "SANCTION")[0]
    assert ev.killed == killed


def test_a_pages_closing_tag_list_holds_no_events():
    text = ("أعلنت الشرطة القبض على رجل أطلق النار على ابنته في حي النسيم بالرياض أمس، وتحرير محضر بالواقعة. "
            "سمات ابنة ام سلاح طلقة رصاص قتل منهمة")
    doc = extract_text(text, published="2015-08-01")
    tags = text.index("سمات")
    assert doc.events  # the report itself is read
    assert all(m.start < tags for ev in doc.events for m in ev.mentions)


@pytest.mark.parametrize("text,events", [
    ("أعلنت بعثة الأمم المتحدة في العراق مقتل وإصابة 3440 عراقيًا خلال شهر يوليو الماضي جراء أعمال العنف.", 0),
    ("وأشار البيان إلى مقتل 488 عنصراً من منتسبي قوات الأمن العراقية خلال الشهر الماضي", 0),
    ("قتل 12 شخصا خلال اشتباكات عنيفة في مدينة تعز", 1),  # during clashes: one event
])
def test_a_months_toll_is_a_tally_not_an_event(text, events):
    assert len(_events(extract_text(text, published="2015-08-01"), "ASSAULT")) == events


@pytest.mark.parametrize("text,doer", [
    # attributed in another clause or sentence of the report
    ("وفي محافظة شيرناك، قتل أربعة عناصر من الشرطة في انفجار قنبلة وضعت بجانب طريق في إقليم سيلوبي. "
     "ونسب الهجوم إلى متمردي حزب العمال الكردستاني، وفق ما نقلت وسائل إعلام محلية.", "حزب العمال الكردستاني"),
    ("شهدت مدينة مروة أقصى شمال الكاميرون هجوما جديدا مساء السبت نفذته فتاة واسفر عن سقوط عشرين قتيلا وهو يحمل "
     "بصمات جماعة بوكو حرام الاسلامية النيجيرية.", "بوكو حرام"),
    # the doer of the munition, in a relative clause
    ("أفاد مصدر أمني عن إصابة رجل وزوجته بانفجار قنبلة يدوية ألقاها مسلحون مجهولون على منزلهما في حي الواسطي "
     "جنوبي مدينة كركوك.", "مسلحون مجهولون"),
])
def test_a_tentative_attribution_makes_a_hedged_doer(text, doer):
    ev = _events(extract_text(text, published="2015-07-26"), "ASSAULT")[0]
    assert ev.actors and doer in ev.actors[0].text and ev.actors[0].certainty == "hedged"


def test_an_attack_with_a_doer_of_its_own_keeps_it_when_another_is_blamed_later():
    text = ("قصف الجيش التركي مواقع في شمال العراق أمس. ونسب الهجوم على مركز الشرطة إلى متمردي حزب العمال الكردستاني.")
    ev = _events(extract_text(text, published="2015-07-26"), "ASSAULT")[0]
    assert ev.actors[0].country == "TUR" and ev.actors[0].certainty == "asserted"


def test_an_adjective_after_a_munition_is_no_doer():
    text = ("وأفادت مصادر بمقتل سبعة أشخاص، الاثنين، في أكثر من 300 قذيفة محلية الصنع صاروخية ومدفعية سقطت على "
            "بلدتي الفوعة وكفريا في محافظة إدلب.")
    ev = _events(extract_text(text, published="2015-08-03"), "ASSAULT")[0]
    assert not any("مدفعية" in a.text for a in ev.actors)


def test_one_of_a_rank_and_more_of_another_are_counted_together():
    # "قتل ضابط وثلاثة جنود مصريين": an officer and three soldiers, four dead (SaudiNewsNet); "وثلاثة جرحى" after
    # one dead are the wounded, not more dead
    doc = extract_text("قتل ضابط وثلاثة جنود مصريين أمس الخميس في انفجارقنبلة عند مرور دوريتهم شمال شبهة جزيرة "
                       "سيناء التي تشهد هجمات يشنها متشددون. ", published="2015-07-24")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].killed == 4
    doc = extract_text("قتل ضابط وثلاثة جرحى في انفجار عبوة ناسفة بمحافظة شمال سيناء. ", published="2015-07-24")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and attacks[0].killed == 1


# An opinion column on the bombing of a mosque in Asir (SaudiNewsNet, 2015-08-10): its attacks are generic ("any
# terrorist operation", "blowing up two stations"), with nothing concrete of their own; the news report beside them
# (SaudiNewsNet, 2015-07-21) names the place, the day and the dead.
GENERIC_COLUMN = ("من المؤسف فعلا أن الإسلام يتضرر من كل عملية إرهابية. "
                  "لا توجد أي نتائج إيجابية لأي عمليات إرهابية وقعت خلال التاريخ كله. "
                  "حتى أميركا وروسيا وجميع أمم الأرض لن تخضع وتستسلم لمجرد إسقاط برجين أو تفجير محطتين.. "
                  "إن فكرت أو حتى اعتقدت للحظة بأن عمليات القتل والتفجير والإرهاب ستخدم الدين فأنت مخطئ.")


def test_an_article_drops_attacks_that_state_nothing_concrete():
    doc = extract_text(GENERIC_COLUMN, published="2015-08-10")
    assert _events(doc, "ASSAULT") == []
    report = GENERIC_COLUMN + " وقتل 15 شخصا في تفجير انتحاري استهدف مسجدا في أبها أمس."
    (ev,) = _events(extract_text(report, published="2015-08-10"), "ASSAULT")
    assert ev.killed == 15 and ev.date == "2015-08-09"


def test_a_sentence_alone_keeps_its_attack_with_nothing_more_to_give():
    # a coded sentence out of its article (PLOVER GSR, 2007): no place, date, doer or toll of its own
    text = "وفجر المهاجمون قنابلهم على متن 3 قطارات للمترو وإحدى الحافلات."
    assert _events(extract_text(text, published="2007-07-08"), "ASSAULT")
    assert not _events(extract_text(GENERIC_COLUMN + " " + text, published="2007-07-08"), "ASSAULT")


def test_a_speech_participle_that_opens_its_sentence_goes_on_with_the_last_speaker():
    # the ministry's announcement goes on after a full stop with "داعية المواطنين" (SaudiNewsNet)
    text = ("وكانت وزارة العمل قد أعلنت منع تشغيل العاملين تحت أشعة الشمس من الساعة ١٢ ظهراً وحتى ٣ عصراً خلال الفترة "
            "مابين ١٥ يوليو وحتى ١٥ ديسمبر من كل عام ، حيث تشهد هذه الفترة ارتفاعاً بدرجات الحراراة .  داعية المواطنين "
            "بالمساهمة في حماية العاملين عبر الإبلاغ عن المخالفات عبر عدد من جهات الاتصال.")
    doc = extract_text(text, published="2015-07-16")
    asks = [e for e in _events(doc, "REQUEST") if _mention_covering(doc, e, "داعية المواطنين")]
    assert asks and asks[0].actors and asks[0].actors[0].text == "وزارة العمل"


def test_the_body_a_sentence_opens_with_speaks_its_participle_and_not_a_party_named_later():
    # "واتفق الوزراء ...، داعين إيران إلى": the ministers call on Iran (SaudiNewsNet)
    text = ("واتفق الوزراء على أن خطة العمل المشترك الشاملة عندما يتم تنفيذها بصفة كاملة, ستسهم في أمن المنطقة على "
            "المدى البعيد، بما فيها منع إيران من تطوير أو الحصول على قدرات نووية عسكرية, داعين إيران إلى أن تفي "
            "بالتزاماتها على نحو تام بموجب هذه الخطة.")
    asks = _events(extract_text(text, published="2015-08-04"), "REQUEST")
    assert asks and asks[0].actors[0].text == "الوزراء"
    assert asks[0].targets and asks[0].targets[0].text == "إيران"


def test_praying_that_god_have_mercy_is_no_request():
    text = ("وتفاعل مغردون في وسائل التواصل الاجتماعي \"تويتر\" مع هذا المقطع، مقدمين أحر التعازي للوطن ولأسرهم "
            "بفقدان شبابها وحماتها، داعين أن يتغمدهم برحمته وغفرانه.")
    assert not _events(extract_text(text, published="2015-08-09"), "REQUEST")


@pytest.mark.parametrize("text", [
    "واضاف دي ميستورا: \"نحن في لحظات حرجة. وسيدعو الأمين العام إلى جلسة خاصة في مجلس الأمن في الـ29 من يوليو\".",
    "نقلت الصحافة المحلية ان النائب العام في الكويت يعتزم طلب العقوبة القصوى ل11 متهما من اصل 29.",
])
def test_a_call_yet_to_be_made_is_no_request(text):
    assert not _events(extract_text(text, published="2015-07-21"), "REQUEST")


@pytest.mark.parametrize("text,rejects", [
    # a veto held is no veto used
    ("وروسيا -التي تملك حق النقض (الفيتو) في المجلس- حليف لسوريا وتحمي حكومة الرئيس بشار الاسد.", False),
    ("استخدمت روسيا حق النقض ضد مشروع القرار في مجلس الأمن.", True),
    # a rejection asked for ("داعين الكونغرس الى رفض الاتفاق") is not one made
    ("تجمع متظاهرون في شارع تايمز سكوير بنيويورك للتنديد بالاتفاق النووي الايراني الموقع بين ايران والقوى العظمى "
     "داعين الكونغرس الاميركي الى رفض الاتفاق.", False),
])
def test_a_veto_or_a_refusal_is_told_only_when_made(text, rejects):
    assert bool(_events(extract_text(text, published="2015-07-23"), "REJECT")) == rejects


def test_a_threatening_participle_is_a_threat():
    text = ("وأشاد بجهود المقاومة في مدينة عدن التي وصفها بالبطلة والشجاعة، مؤكدا أن أحزان أبناء تعز وعدن هي أحزان "
            "كل أبناء صنعاء وعمران وحجة، متوعدا بأن يتم نقل المعركة إلى حضن الغازي والقبض عليهم.")
    doc = extract_text(text, published="2015-07-24")
    assert any(_mention_covering(doc, e, "متوعدا") for e in _events(doc, "THREATEN"))
    assert not any(_mention_covering(doc, e, "متوعدا") for e in _events(doc, "ASSAULT"))


def test_a_meeting_with_a_named_counterpart_is_told_when_the_speaker_is_named_before():
    # "وذلك خلال لقائه نظيره الأميركي جون كيري" (Asharq al-Awsat, blind set)
    text = ("وأكد وزير الخارجية التركي مولود جاويش أوغلو أن بلاده ستبدأ «قريبا» محاربة تنظيم داعش في شمال سوريا في "
            "إطار «معركة واسعة النطاق»، وذلك خلال لقائه نظيره الأميركي جون كيري في ماليزيا على هامش الاجتماعات "
            "السنوية لرابطة دول جنوب شرقي آسيا (آسيان).")
    doc = extract_text(text, published="2015-08-06")
    meets = [e for e in _events(doc, "CONSULT") if _mention_covering(doc, e, "لقائه")]
    assert meets and any("كيري" in p.text for p in meets[0].actors + meets[0].targets)


def test_a_meeting_announced_by_its_noun_alone_takes_no_counterpart_for_a_side():
    # "عن عقد اجتماع طارئ للجنة ... على مستوى وزراء الخارجية": who meets whom is not told (SaudiNewsNet)
    text = ("أعلن صائب عريقات عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية عن عقد اجتماع طارئ للجنة متابعة مبادرة "
            "السلام العربية على مستوى وزراء الخارجية برئاسة مصر، في القاهرة يوم الخامس من أغسطس المقبل وذلك لبحث "
            "التصعيد الإسرائيلي الأخير في القدس.")
    assert not _events(extract_text(text, published="2015-07-27"), "CONSULT")


def test_describing_an_attack_as_cowardly_condemns_it():
    # "وصف مشايخ ومسؤولون ... حادثة التفجير ... بالعمل الجبان" (SaudiNewsNet)
    text = ("وصف مشايخ ومسؤولون في محافظة الاحساء حادثة التفجير الغاشم الذي استهدف مسجد قوات الطوارئ الخاصة "
            "بمنطقة عسير بالعمل الجبان.")
    doc = extract_text(text, published="2015-08-08")
    accused = _events(doc, "ACCUSE")
    assert accused and accused[0].actors and "مسؤولون" in accused[0].actors[0].text


# An opinion column (SaudiNewsNet, 2015-07-22): every sentence ends in an exclamation, and it reports no one's words.
COLUMN = ("كشفت وزارة الداخلية معرفات «تويتر» التي توعد أصحابها أمهاتهم وآباءهم بالموت إن هم قاموا بالتبليغ أو "
          "المساهمة في تسليم بعض أعضاء التنظيم للجهات الأمنية تعود إلى بعض أعضاء التنظيم الذين وقعوا في قبضة "
          "العدالة مؤخرا!\nوهي تهديدات طبقت فعلا في حالات قتل فيها أحد التكفيرين أباه وقتل آخر خاله، وتذكرنا بذلك "
          "المقطع الذي دعا فيه أحد أعضاء التنظيم من خارج المملكة بالشباب بالخروج والالتحاق بالتنظيم في العراق وسوريا "
          "شريطة أن تكون تأشيرة السفر قتل أحد العسكريين حتى ولو كان أبا أو أخا أو عما أو خالا أو نسيبا!\nفكر الخوارج "
          "هذا لا يمكن تقويمه، وعلاجه الوحيد الاجتثاث من الأرض!\nإن كل من يعتنق هذا المذهب المتطرف الخارجي يصدر "
          "بنفسه شهادة حكم عقوبته بحق نفسه، فلا كرامة لمن يتعاطف مع القتلة!")


def test_an_opinion_column_holds_no_events():
    assert extract_text(COLUMN, published="2015-07-22").events == []
    # the same sentences told as news, with a stop and a source, are read as before
    news = COLUMN.replace("!", ".") + "\nوقال المتحدث باسم الوزارة إن التحقيقات مستمرة. وأكد أن القتلة سيحاكمون."
    assert extract_text(news, published="2015-07-22").events


@pytest.mark.parametrize("text,killed,injured", [
    # "مئتي جريح": the construct dual of مئة is 200, not 100 (blind: the Kuwait mosque bombing)
    ("الهجوم الانتحاري الذي استهدف مسجد الامام الصادق في الكويت في 26 حزيران/يونيو وخلف 26 قتيلا ونحو مئتي جريح.",
     26, 200),
    # "وإصابة آخر": one more, wounded (blind, SaudiNewsNet)
    ("إنه في وقت متأخر من السبت فتح مسلحون من حزب العمال الكردستاني النار على مركبة للشرطة في بلدة مديات بالاقليم "
     "ما أدى الى مقتل ضابط وإصابة آخر.", 1, 1),
    ("قال مسؤول تركي كبير إن جنديا تركيا قتل وأصيب آخر في اشتباكات مع تنظيم داعش عبر الحدود.", 1, 1),
    # "أحد" + the group: one of them (SaudiNewsNet)
    ("استشهد أحد المجاهدين بمحافظة الطوال، وأصيب آخر بجروح نتيجة سقوط قذائف هاون.", 1, 1),
    # but "آخرون" are others, uncounted; "أحد عشر" is eleven
    ("وقتل جندي تركي وأصيب آخرون في هجوم شنه مسلحون.", 1, None),
    ("قصفت الطائرات المدينة ما أدى الى مقتل أحد عشر شخصا.", 11, None),
])
def test_one_more_one_of_and_two_hundred_are_counted(text, killed, injured):
    attacks = _events(extract_text(text, published="2015-08-01"), "ASSAULT")
    assert attacks and (attacks[0].killed, attacks[0].injured) == (killed, injured)


def test_a_group_in_addition_to_another_is_counted_with_it():
    # "إضافة إلى ثلاثة من العاملين": ten and three more, 13 dead (blind, SaudiNewsNet); not "بالإضافة إلى تدمير 3"
    doc = extract_text("حدث تفجير في جموع المصلين نتج عنه استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين "
                       "في الموقع وإصابة تسعة آخرين.", published="2015-08-07")
    attacks = _events(doc, "ASSAULT")
    assert attacks and (attacks[0].killed, attacks[0].injured) == (13, 9)
    doc = extract_text("قصفت الطائرات المدينة ما أدى الى مقتل 5 أشخاص بالإضافة إلى تدمير 3 منازل.", published="2015-08-07")
    attacks = _events(doc, "ASSAULT")
    assert attacks and attacks[0].killed == 5


def test_martyrdom_told_in_the_next_sentence_is_the_attacks_toll():
    # "وقد نتج عن ذلك استشهاد جنديين": the noun استشهاد is a killing like مقتل, and the sentence after the shelling
    # tells its toll (blind: the border post shelled from Yemen)
    doc = extract_text("تعرض مركز المسيال بقطاع ظهران الجنوب بمنطقة عسير لقذائف عسكرية كثيفة من داخل الأراضي اليمنية. "
                       "وقد نتج عن ذلك استشهاد جنديين.", published="2015-08-07")
    attacks = _events(doc, "ASSAULT")
    assert len(attacks) == 1 and attacks[0].killed == 2 and len(attacks[0].mentions) == 2


@pytest.mark.parametrize("text,killed", [
    # one kinsman named by his bond right after a casualty word (blind; SaudiNewsNet)
    ("سلمت الولايات المتحدة أمس السلطات العراقية أرملة زعيم في تنظيم داعش كانت قد سجنت بعد غارة على سوريا أودت "
     "بحياة زوجها أبو سياف.", 1),
    ("وقال شهود ان أبو نقيرة أصيب في الانفجار وقتل ابنه وثلاثة من أقاربه.", 4),
])
def test_a_kinsman_killed_is_one(text, killed):
    attacks = _events(extract_text(text, published="2015-08-01"), "ASSAULT")
    assert attacks and attacks[0].killed == killed


@pytest.mark.parametrize("text,killed", [
    # a dual and more of another kind: "وقتل شرطيان وثلاثة مدنيين" is five (blind: the Gurdaspur attack)
    ("وقتل شرطيان وثلاثة مدنيين في الهجوم الذي لايزال مستمرا في المركز الواقع في غورداسبور بولاية البنجاب "
     "الشمالية.", 5),
    ("قتل جنديان تركيان وثلاثة مسلحين في اشتباك على الحدود.", 5),
    # a count before "في قضية" is of those held, not of the dead: the boy is one (blind)
    ("تصاعدت موجة الغضب في بنغلادش إثر نشر تسجيل فيديو لفتى في الـ13 من العمر، تعرض للضرب حتى الموت بأيدي حشد. "
     "واوقفت الشرطة في بنغلادش حتى الآن خمسة اشخاص في قضية مقتل الفتى سميع العالم راجون بعد تقييده الى عمود "
     "وضربه حتى الموت رغم استغاثاته المتواصلة.", 1),
])
def test_duals_joined_to_more_and_counts_of_the_held(text, killed):
    attacks = _events(extract_text(text, published="2015-07-27"), "ASSAULT")
    assert attacks and attacks[0].killed == killed


@pytest.mark.parametrize("text,killed", [
    # a second group counted in figures is added, as one in words is ("وثلاثة بالغين") (SaudiNewsNet)
    ("وقتل 39 متمردا على الأقل و17 مقاتلا مواليا خلال الساعات الماضية في اشتباكات.", 56),
    ("أفادت مصادر أمنية عراقية أمس بمقتل 37 مسلحًا من داعش و16 من قوات البيشمركة في هجوم.", 53),
    # not the wounded counted next ("و30 جريحا"), nor the other end of a range
    ("أسفر القصف عن مقتل 25 شخصا و30 جريحا.", 25),
    ("أسفر القصف عن مقتل ما بين 25 و30 إرهابيًا.", None),
])
def test_a_second_group_in_figures_is_added(text, killed):
    attacks = _events(extract_text(text, published="2015-07-24"), "ASSAULT")
    assert attacks and attacks[0].killed == killed


@pytest.mark.parametrize("text,killed,injured", [
    # two follows the noun it counts: "مقتل عسكريين تركيين اثنين" is two dead (train, SaudiNewsNet)
    ("بدورها، أعلنت مصادر رسمية مقتل عسكريين تركيين اثنين وجرح أربعة آخرين في الهجوم الذي قالت إنه استهدف قافلة "
     "عسكرية.", 2, 4),
    ("ما أسفر عن مقتل أربعة وإصابة اثنين آخرين في القصف.", 4, 2),
])
def test_two_after_the_noun_it_counts(text, killed, injured):
    attacks = _events(extract_text(text, published="2015-07-26"), "ASSAULT")
    assert attacks and (attacks[0].killed, attacks[0].injured) == (killed, injured)


def test_martyred_in_quotes_is_a_report_and_its_count_is_read():
    # "17 شخصا «استشهدوا»": the quote marks keep a distance from the word, the deaths are reported (blind)
    doc = extract_text('وحسب المعلومات الأولية، فإن نحو 17 شخصا "استشهدوا" بينهم طلبة، وجرح قرابة 30 آخرين.',
                       published="2015-08-06")
    attacks = _events(doc, "ASSAULT")
    assert attacks and (attacks[0].killed, attacks[0].injured) == (17, 30)
    # the count, "من" and the force it is out of, then the verb (blind)
    doc = extract_text('قال المتحدث الأمني بوزارة الداخلية إن عشرة من منسوبي قوات الطوارئ الخاصة "استشهدوا" في تفجير '
                       'مسجد تابع للقوات.', published="2015-08-06")
    attacks = _events(doc, "ASSAULT")
    assert attacks and attacks[0].killed == 10


@pytest.mark.parametrize("text,killed", [
    # one killed "مع" others counted after it (blind, SaudiNewsNet)
    ("أطلق مجهولان النار السبت في مخيم عين الحلوة للاجئين الفلسطينيين على القيادي في حركة فتح طلال الاردني، ما "
     "تسبب بمقتله مع احد مرافقيه.", 2),
    ("وأعلنت وزارة الدفاع الأمريكية أن قياديا كبيرا في تنظيم القاعدة قتل مع مسلحين اثنين آخرين في غارة أمريكية.", 3),
    ("وأكدت المصادر أن القائد الميداني لمليشيات الحوثي المدعو أبو جليل لقي مصرعه مع 40 آخرين في غارة جوية لطيران "
     "التحالف.", 41),
])
def test_one_killed_with_others_counts_them(text, killed):
    attacks = _events(extract_text(text, published="2015-07-26"), "ASSAULT")
    assert attacks and attacks[0].killed == killed


def test_the_wounded_told_a_sentence_after_the_attack_join_it():
    # "كما اصيب مرافق آخر بجروح": a sentence of no event of its own, two after the shooting (blind)
    text = ("أطلق مجهولان النار السبت في مخيم عين الحلوة للاجئين الفلسطينيين على القيادي في حركة فتح طلال الاردني، ما "
            "تسبب بمقتله مع احد مرافقيه. واوضح المصدر ان المسلحين كانا يعتمران قبعتين ويضعان نظارات. كما اصيب مرافق "
            "آخر بجروح.")
    attacks = _events(extract_text(text, published="2015-07-26"), "ASSAULT")
    assert len(attacks) == 1 and (attacks[0].killed, attacks[0].injured) == (2, 1) and len(attacks[0].mentions) == 2
    # not after a sentence of another event
    # (the attack names its camp: in an article an attack with no toll, place or day of its own is commentary)
    text = ("أطلق مسلحون النار على دورية للشرطة في مخيم عين الحلوة. وأعلنت الحكومة الحداد ثلاثة أيام. واعتقلت الشرطة "
            "عشرة أشخاص. وأصيب ثلاثة جنود بجروح.")
    attacks = _events(extract_text(text, published="2015-07-26"), "ASSAULT")
    assert attacks and attacks[0].injured is None


def test_groups_before_the_verb_they_share_are_counted_together():
    # "25 حوثيا و10 من رجال المقاومة الشعبية سقطوا قتلى" is 35 (SaudiNewsNet); "32 شخصا ومائة جريح" keeps its wounded
    doc = extract_text("وسيطرت ميليشيا الحوثيين على قاعدة العند، في حين أشار السكان إلى أن 25 حوثيا و10 من رجال "
                       "المقاومة الشعبية سقطوا قتلى.", published="2015-08-04")
    attacks = _events(doc, "ASSAULT")
    assert attacks and attacks[0].killed == 35


@pytest.mark.parametrize("text,killed,injured", [
    # kinsmen joined by و are counted, a dual bond as two: his brother and their parents are three hurt (tuned)
    ("قال مسؤولون من شرطة الاحتلال الإسرائيلي إن من يشتبه بانهم متطرفون يهود أضرموا النيران في منزل بالضفة الغربية "
     "المحتلة مما أدى إلى مقتل طفل فلسطيني عمره 18 شهرا وإصابة شقيقه ذي الاربع سنوات ووالديهما اليوم الجمعة", 1, 3),
    ("وأسفرت عن حرق الطفل الرضيع وإصابة والديه وشقيقه الذين يرقدون في مستشفى", 1, 3),
])
def test_kinsmen_joined_are_counted(text, killed, injured):
    attacks = _events(extract_text(text, published="2015-07-31"), "ASSAULT")
    assert attacks and (attacks[0].killed, attacks[0].injured) == (killed, injured)


def test_a_casualty_verb_taken_for_a_name_still_counts():
    # "فيما جرح العشرات في تفجير": the verb is no doer's name to skip back past (train)
    doc = extract_text("أكدت مصادر طبية مقتل عشرين شخصًا على الأقل، فيما جرح العشرات في تفجير سيارة مفخخة استهدف "
                       "شارعًا تجاريًا في حي البياع جنوب غربي بغداد.", published="2015-07-23")
    attacks = _events(doc, "ASSAULT")
    assert attacks and (attacks[0].killed, attacks[0].injured) == (20, 10)


@pytest.mark.parametrize("text,killed", [
    # the casualty word in quotes or brackets right before its count (SaudiNewsNet)
    ('حدث تفجير في مسجد مقر القوة مما نتج عنه "استشهاد" 10 من منسوبي القوات إضافة إلى 3 من العاملين في الموقع '
     'وإصابة تسعة آخرين.', 13),
    ("لظهر بمسجد تابع لقوات الطوارئ حدث تفجير نتج «عنه (استشهاد) عشرة من منسوبي القوات.", 10),
])
def test_a_casualty_word_in_quotes_keeps_its_count(text, killed):
    attacks = _events(extract_text(text, published="2015-08-07"), "ASSAULT")
    assert attacks and attacks[0].killed == killed


def test_martyrdom_with_the_article_is_no_killing():
    # "at the moment of martyrdom" (a PLOVER GSR sentence, coded PROTEST): the definite noun has no victim after
    # it and refers to no new death; "استشهاد جنديين" (a construct with its victims) still reports one
    doc = extract_text("ففي لحظة الاستشهاد، انخرطت قوى لبنانية كثيفة في مسيرة «استقلالية»، تطالب «بالحقيقة»، "
                       "وتصر على المحاسبة.", published="2008-02-14")
    assert [e.type for e in doc.events] == ["PROTEST"]
    doc = extract_text("أعلنت وزارة الدفاع استشهاد جنديين في قصف على موقع حدودي بمنطقة جازان.", published="2015-08-01")
    assert [e.killed for e in doc.events if e.type == "ASSAULT"] == [2]


def test_ma_before_a_verb_of_consequence_is_no_negation():
    # "ما دفع الحوثيين إلى حشد": ما opens what followed (which pushed), the mobilization is told (train set)
    text = ("وأشارت المصادر إلى أن الحوثيين تكبدوا خسائر كبيرة في جبهات القتال، ما دفع الحوثيين إلى حشد مقاتلين جدد "
            "من أبناء قبائل الشمال الخاضعة لسيطرتهم وإرسالهم إلى جبهات القتال.")
    assert _events(extract_text(text, published="2015-08-05"), "MOBILIZE")
    assert not _events(extract_text("ولم يحشد الحوثيون مقاتلين جددا في جبهات القتال.", published="2015-08-05"), "MOBILIZE")


@pytest.mark.parametrize("text", [
    "وذكرت المصادر أن ذلك جاء عقب غارتين نفذتهما طائرات التحالف على مواقع الحوثيين.",
    "كما ألقى الطيران المروحي برميلين متفجرين على أماكن في منطقة الشدادي في ريف الحسكة الجنوبي.",
])
def test_a_dual_of_an_attack_noun_is_an_attack(text):
    ev = _events(extract_text(text, published="2015-08-05"), "ASSAULT")
    assert ev and ev[0].mode == "aerial"


def test_seizing_people_is_an_arrest_and_seizing_goods_a_seizure():
    doc = extract_text("تمكنت الجهات الأمنية بشرطة الطائف من ضبط الأشخاص المتهمين بالتورط في واقعة التحرش بفتاة "
                       "بأحد المواقع بمحافظة الطائف.", published="2015-08-05")
    assert [e.mode for e in _events(doc, "COERCE")] == ["arrest"]
    doc = extract_text("وقال مدير الجمرك إنه تم ضبط تلك الكمية من المخدرات من خلال محاولتين لتهريبها.", published="2015-08-05")
    assert [e.mode for e in _events(doc, "COERCE")] == ["seize"]
    doc = extract_text("وقال: «طلبنا من أعضاء مجلس الشيوخ إبداء ضبط النفس».", published="2015-08-05")
    assert not _events(doc, "COERCE")  # self-restraint (SaudiNewsNet)


def test_soldiers_aimed_at_are_attacked_and_an_audience_aimed_at_is_not():
    doc = extract_text("ذكر تقرير إخباري أن مجموعة مسلحة من حزب العمال الكردستاني استهدفت ثلاثة جنود من قوات الدرك "
                       "التركية في ولاية موش شرقي تركيا.", published="2015-08-05")
    assert _events(doc, "ASSAULT")
    doc = extract_text("وتستهدف الدورة المعتمدة من جمعية القلب السعودي فئة الأطباء والتمريض العاملين في الأقسام الحرجة.",
                       published="2015-08-05")
    assert not _events(doc, "ASSAULT")


def test_a_past_attack_on_the_one_a_relative_clause_names_is_told():
    # "الفتاة التي قتلها شقيقها": the relative clause's verb has the one named as its object, a deed told (train
    # set); in the present, "الأحياء التي يقصفها الطيران", it describes a state of things
    doc = extract_text("وأوضح المصدر أن الهيئة أغلقت ملف قضية الفتاة المعضولة التي قتلها شقيقها في مقر عملها وذلك "
                       "بإطلاق خمس رصاصات عليها، ما أدى إلى وفاتها على الفور.", published="2015-08-07")
    assert _events(doc, "ASSAULT")
    assert not _events(extract_text("وكان الرجل يعيش في الأحياء التي يقصفها الطيران.", published="2015-08-07"), "ASSAULT")


def test_strikes_named_with_an_air_force_are_air_strikes():
    # "عدة ضربات" without جوية: the planes that carried them out tell it (train set); "ضربات أمنية استباقية" are not
    doc = extract_text("بينما نفذت طائرات يعتقد أنها تابعة للتحالف الدولي عدة ضربات على منطقة صرين بريف حلب الشمالي "
                       "الشرقي.", published="2015-08-03")
    assert [e.mode for e in _events(doc, "ASSAULT")] == ["aerial"]
    doc = extract_text("وتواصل الأجهزة توجيه الضربات الأمنية الاستباقية المقننة ضد القيادات الوسطى.", published="2015-08-03")
    assert not _events(doc, "ASSAULT")


def test_storming_or_combing_told_with_a_use_of_force_is_that_operation_not_a_raid():
    # two news reports of 2015 (train set): the resistance combs and clears the districts of the Houthis, the
    # army storms the university and takes it; the use of force is coded, the raid is not a second event
    for text in ("إضافة إلى قيام رجال المقاومة بتمشيط وتطهير الأحياء السكنية من الحوثيين.",
                 "واضاف ان «قواتنا استطاعت فجر اليوم (الاحد) من اقتحام جامعة الانبار والسيطرة عليها بالكامل بعد ان "
                 "خاضت معارك عنيفة استمرت نحو اسبوع»."):
        doc = extract_text(text, published="2015-07-27")
        assert _events(doc, "ASSAULT") and not _events(doc, "COERCE")
    # a clause of its own stays a raid: security forces comb and raid areas of Sinai (dev set)
    doc = extract_text("وأفاد مصدر أمني، أن عمليات تمشيط ومداهمات تجري في مناطق جنوب الشيخ زويد ورفح وشرق العريش، "
                       "وتتم العمليات تحت غطاء جوي وتستهدف بؤراً إرهابية وتطهير مناطق وطرق من العناصر الإرهابية.",
                       published="2015-07-26")
    assert _events(doc, "COERCE")


def test_an_awaited_impossible_or_possible_arrest_or_raid_is_no_event():
    # train and blind sets (2015): storming expected, storming impossible, detention possible
    for text in ("بعد توقعات باقتحام قوات المقاومة للمدينة.",
                 "مؤكدين استحالة اقتحامه أحد الأسوار نظرا لتوافر الحراسات الأمنية المشددة في الموقع.",
                 "غير أنه أكد أنه من الممكن أن يصل الأمر للاعتقال الاحتياطي والمتابعة القضائية إذا دعت الحاجة لذلك."):
        doc = extract_text(text, published="2015-07-27")
        assert not _events(doc, "COERCE") and not _events(doc, "ASSAULT")
    # (mt23: a storming by a fighting side is an attack, see test_material_events.py)
    assert _events(extract_text("وأكد أن قوات المقاومة اقتحمت المدينة أمس.", published="2015-07-27"), "ASSAULT")


def test_a_campaign_in_whose_wake_something_happened_is_told_elsewhere():
    # "في أعقاب" (in the wake of) a definite event noun refers to an event, not a new one (train set, 2015)
    text = "وذلك في أعقاب الحملة الأمنية التي قضت على عشرات الإرهابيين."
    assert not _events(extract_text(text, published="2015-07-27"), "COERCE")


def test_a_prison_term_handed_down_is_no_arrest():
    # a court's sentence, "سجنه مدة تسعة أعوام" (train set, 2015), is a SANCTION, not a detention
    text = ("وللأسباب والظروف التي راعتها المحكمة عند تقرير العقوبة حكمت المحكمة بتعزيره من خلال سجنه مدة تسعة "
            "أعوام اعتبارا من تاريخ إيقافه على ذمة هذه القضية")
    assert not _events(extract_text(text, published="2015-07-27"), "COERCE")


def test_combing_or_besieging_armed_fighters_at_war_is_no_police_raid():
    # blind and train sets (2015): the resistance besieges insurgents, combs an area taken from the Houthis
    for text in ("كما يحاصر مقاتلو المقاومة أعدادا من المتمردين في منطقة الشوتري",
                 "ونفذ مقاتلو المقاومة والجيش الوطني عمليات تمشيط لنقاط التفتيش التابعة للحوثيين وقوات صالح في مناطق عدة"):
        assert not _events(extract_text(text, published="2015-07-27"), "COERCE")
    # a siege of civilians stays a COERCE (train set, 2015)
    text = ("أعلن مجلس محافظة الأنبار عن وجود أكثر من ألف مسلح ينتمون لتنظيم داعش داخل مدينة الفلوجة يحاصرون بضعة آلاف "
            "من العوائل")
    assert _events(extract_text(text, published="2015-07-27"), "COERCE")


def test_a_scheduled_release_or_a_called_for_mobilization_is_not_done():
    # blind and train sets (2015): "من المقرر" (scheduled), "مدعوة لـ" (called upon to)
    assert not _events(extract_text("وتشير سجلات السجون إلى أنه من المقرر إطلاق سراح الأخت", published="2015-07-27"),
                       "RETREAT")
    assert not _events(extract_text("الحكومة مدعوة لاستنفار كامل طاقتها وجهدها من أجل التحرير", published="2015-07-27"),
                       "MOBILIZE")


def test_a_truce_negotiated_or_fallen_is_no_ceasefire():
    # train set (2015): a truce the elders tried to negotiate, a truce that fell ten days before
    for text in ("وأشار الخيالي إلى إن وجهاء القبيلتين حاولوا التفاوض على هدنة لكن المحادثات فشلت.",
                 "وهو اول هجوم من هذا النوع منذ سقوط الهدنة بين المتمردين الاكراد والجيش التركي قبل عشرة ايام."):
        assert not _events(extract_text(text, published="2015-07-27"), "RETREAT")
    assert _events(extract_text("وأعلنت الأطراف هدنة في المدينة أمس.", published="2015-07-27"), "RETREAT")


def test_a_failed_or_monitored_ceasefire_is_no_new_one():
    # SaudiNewsNet (2015): a truce that failed, a ceasefire the OSCE monitors
    for text in ("وفشلت هدنة إنسانية أعلنت قوات التحالف عن بدءها الأحد الماضي",
                 "وقالت منظمة الأمن والتعاون في أوروبا التي تراقب وقف اطلاق النار إن كلا الجانبين لم يسحب المدفعية "
                 "الثقيلة من خط المواجهة كما يطالب الاتفاق."):
        assert not _events(extract_text(text, published="2015-07-27"), "RETREAT")


def test_cutting_the_road_before_someone_or_holding_fast_to_a_rope_is_no_protest():
    # SaudiNewsNet (2015): "قطع الطريق أمام إيران" (forestall Iran), "قطع طريق الإمداد" (cut the supply road),
    # "الاعتصام بحبل الدين" (hold fast to the rope of religion)
    for text in ("ولاشك ان الهدف هو قطع الطريق أمام إيران لصنع القنبلة الذرية",
                 "وتأتي أهمية السيطرة على قرية الدوة ومحيطها كون التنظيم قد قطع طريق الإمداد عن قوات الأسد باتجاه حقل جزل النفطي.",
                 "والأخذ بالأسباب التي تجعلها في مصاف البلاد الناهضة مع الاعتصام بحبل الدين الإسلامي الحنيف"):
        assert not _events(extract_text(text, published="2015-07-27"), "PROTEST")


@pytest.mark.parametrize("text,rejects", [
    # declining to confirm, deny or answer is no rejection (Asharq al-Awsat, blind set; SaudiNewsNet)
    ("وحول ما إذا كانت هناك خطط أميركية لإقامة منطقة آمنة في شمال سوريا، رفض تونر نفي أو تأكيد هذا الاحتمال.", False),
    ("لكن بلاتر رفض مرتين الإجابة عن سؤال بشأن قيمة راتبه الحالي.", False),
    ("لكن، رفضت الخارجية الأميركية أي تعاون مع نظام الرئيس بشار الأسد ضد «داعش».", True),
])
def test_declining_to_comment_is_no_rejection(text, rejects):
    assert bool(_events(extract_text(text, published="2015-08-06"), "REJECT")) == rejects


def test_bidding_the_dead_farewell_is_no_call():
    # "ودعت مقبرة الشرف ... شهداء" is wadda'at (bade farewell), not و + دعت (called) (Al-Riyadh, train set)
    text = ("«واس» من جهة أخرى ودعت مقبرة الشرف في مدينة أبها في منطقة عسير عصر أمس شهداء مسجد قوات الطوارئ "
            "الخاصة الذين طالتهم يد الغدر والعدوان أثناء أدائهم لصلاة الظهر يوم أمس الأول.")
    assert not _events(extract_text(text, published="2015-08-08"), "REQUEST")
    called = "ودعت حماس الى «يوم غضب» والى الرد بقوة وبكافة اشكال المقاومة على هذا العدو الاسرائيلي."
    assert _events(extract_text(called, published="2015-08-01"), "REQUEST")


def test_an_urging_verb_kept_whole_with_its_conjunction_is_a_request():
    # the segmenter keeps "وحث" whole (Reuters Arabic, blind set)
    text = "وحث السيستاني العبادي على فعل المزيد وخرج الآلاف اليوم الجمعة مجددا إلى الميادين الرئيسية."
    calls = _events(extract_text(text, published="2015-08-08"), "REQUEST")
    assert calls and calls[0].actors and "السيستاني" in calls[0].actors[0].text


def test_a_call_after_kama_goes_on_with_the_last_speaker():
    # "كما طالب بالتحقيق ...": no subject of its own, the minister named before asks (Saba, blind set)
    text = ("ودعا وزير حقوق الإنسان اليمني المنظمات العربية والدولية كافة إلى تقديم المساعدات الإغاثية والإنسانية "
            "والدواء إلى المحافظات المتضررة.   كما طالب بالتحقيق في جرائم الحرب والجرائم ضد الإنسانية التي "
            "ارتكبتها الميليشيات الحوثية وصالح الانقلابية في عدن وتعز ولحج والضالع وبقية المدن.")
    doc = extract_text(text, published="2015-08-06")
    assert any(_mention_covering(doc, e, "كما طالب") and e.actors and "وزير" in e.actors[0].text
               for e in _events(doc, "REQUEST"))


def test_a_spokesman_for_an_unknown_body_is_the_speaker():
    # "المتحدث باسم المقاومة في عدن": no actor table knows "the resistance" alone (Okaz, blind set)
    text = ("دعا المتحدث باسم المقاومة في عدن علي الأحمدي، المجتمع اليمني، بالعمل على قطع الإمدادات للحوثي بشكل "
            "سريع ووضع حد لتدفقاته.")
    calls = _events(extract_text(text, published="2015-08-05"), "REQUEST")
    assert calls and calls[0].actors and calls[0].actors[0].text.startswith("المتحدث باسم المقاومة")


@pytest.mark.parametrize("text,typ,speaker", [
    # a relative clause whose verb a party follows, with a pronoun taking the antecedent back: the party speaks
    ("ناشد والد الرهينة الكرواتي توميسلاف سالوبيك الذي هدد تنظيم داعش باعدامه، محتجزيه اطلاق سراحه.",
     "THREATEN", "داعش"),  # AFP (dev set)
    ("الحوثيون لم يلتزموا بالهدنة التي طلبها الرئيس هادي، كيف تتعاملون مع ذلك؟", "REQUEST", "هادي"),  # SaudiNewsNet
])
def test_the_party_after_a_relative_clause_verb_is_its_subject(text, typ, speaker):
    evs = _events(extract_text(text, published="2015-08-08"), typ)
    assert evs and evs[0].actors and speaker in evs[0].actors[0].text


@pytest.mark.parametrize("text,rejects", [
    # the bare noun after a preposition names a stance; with a voicing verb or a pronoun it is a refusal made
    # (SaudiNewsNet)
    ("وتظهر أهمية هذا «التنازل» الأميركي لتركيا في رفض واشنطن، حتى الآن على الأقل، إقامة منطقة آمنة أكثر ضرورة "
     "على حدود سوريا الجنوبية مع الأردن.", False),
    ("أعرب رئيس مجلس الأمة الكويتي بالإنابة مبارك بن بنيه الخرينج عن رفضه للتصريحات غير المسئولة لنائب الرئيس "
     "العراقي نوري المالكي.", True),
])
def test_a_refusal_named_as_a_stance_is_not_a_refusal_made(text, rejects):
    assert bool(_events(extract_text(text, published="2015-08-06"), "REJECT")) == rejects


def test_fighters_captured_are_held_and_a_family_is_not_a_capture():
    # أسرت، أسروا listed as bare forms (tuned set); "أسرته"، "أسرتا" (the family, its dual) are read as أسرت with a
    # suffix cut and do not match them (dev set, SaudiNewsNet); "أسروا له" confided to him
    doc = extract_text("أفادت مصادر قبلية يمنية امس بأن المقاومة الشعبية أسرت 40 من مسلحي جماعة الحوثي في محافظة أبين "
                       "جنوبي البلاد.", published="2015-08-08")
    assert [e.mode for e in _events(doc, "COERCE")] == ["arrest"]
    for text in ("الجريمة الإرهابية البشعة التي نفذها مستوطنون إسرائيليون أمس ، وأدت إلى حرق رضيع فلسطيني بمنزله في "
                 "قرية دوما بمدينة نابلس وإصابة عدد من أفراد أسرته بحروق شديدة.",
                 "احتفلت أسرتا الحرابي والزعيبر بزواج الشاب أحمد بن فهد الحرابي من كريمة إبراهيم عبدالله الزعيبر.",
                 "وفي هذا الإطار كشف الدكتور «جيكسون إن جي» -أخصائي أطفال في مستشفى حكومي- أنه التقى حتى الآن "
                 "مجموعة من الآباء الذين أسروا له بأن اللقاح غير حلال وفق أساتذتهم الشيوخ."):
        assert not _events(extract_text(text, published="2015-08-08"), "COERCE"), text


def test_tightened_security_is_a_mobilization():
    doc = extract_text("وأمر وزير الداخلية راجنات سينغ بتشديد التدابير الامنية على الحدود مع باكستان.", published="2015-07-28")
    assert _events(doc, "MOBILIZE")
    doc = extract_text("وقال مصدر أمني في تصريح له اليوم : إن هناك تعليمات لجميع الارتكازات الأمنية بتشديد الإجراءات "
                       "الأمنية، وفحص السيارات ومستقليها تحقيقا للتواجد الأمني الفعال.", published="2015-07-28")
    assert _events(doc, "MOBILIZE")


def test_executions_by_an_armed_group_are_attacks_and_a_court_sentence_is_not():
    # (train set, SaudiNewsNet) the armed group carries them out; "حكم الإعدام"، "عقوبة الإعدام" is a court's
    doc = extract_text("أكد أسامة النجيفي نائب رئيس الجمهورية العراقية بأن تنظيم داعش الإرهابي نفذ الإعدام مرة واحدة في "
                       "عدد 2700 شخص من أهالي الموصل.", published="2015-08-08")
    assert [e.mode for e in _events(doc, "ASSAULT")] == ["targeted"]
    doc = extract_text("أصدرت محكمة في العاصمة الليبية طرابلس، التي تسيطر عليها ميليشيات فجر ليبيا، اليوم الثلاثاء، "
                       "حكماً بالإعدام على سيف الإسلام القذافي، ورئيس المخابرات السابق عبد الله السنوسي.",
                       published="2015-07-28")
    assert not _events(doc, "ASSAULT")


def test_clearing_out_militias_and_pushing_in_are_told_fights_and_an_aim_or_a_background_is_not():
    # (train set, SaudiNewsNet) تطهير of militia pockets and توغل of fighters told as done; "لتطهير" is an aim and
    # "منذ توغل الحوثيين" the background of another story
    doc = extract_text("الى ذلك استكملت المقاومة الشعبية والجيش الموالي للشرعية تطهير آخر جيوب مليشيا الحوثي وصالح في "
                       "مديرية كريتر بالقضاء عليهم وهم من فئة القناصة وبذلك تصبح مدينة عدن مطهرة بكاملها من بقايا "
                       "الحوثي وفلول صالح.", published="2015-07-28")
    assert _events(doc, "ASSAULT")
    doc = extract_text("وكان عناصر المقاومة قد توغلوا أمس في مديرية مريس الشمالية.", published="2015-07-28")
    assert _events(doc, "ASSAULT")
    doc = extract_text("في غضون ذلك، وصلت طلائع قوات الجيش الموالي للشرعية، مدعومة بعناصر المقاومة الشعبية إلى مدينة "
                       "خنفر بمحافظة أبين، جنوب اليمن، تأهبا لتطهير المحافظة من المتمردين الحوثيين وفلول الرئيس المخلوع "
                       "صالح.", published="2015-07-28")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("وقد لعب الجنيد، وعمره 66 عاما، دورا مهما في تعز منذ توغل الحوثيين وقوات صالح فيها.", published="2015-07-28")
    assert not _events(doc, "ASSAULT")


def test_a_state_of_emergency_declared_is_a_restriction_and_a_hospitals_is_not():
    # (SaudiNewsNet, blind set) declared or extended by the authorities; "حالة الطوارئ في كافة مستشفيات المنطقة" is
    # the hospitals' alert
    doc = extract_text("أعلنت تونس اليوم (الجمعة) تمديد حالة الطوارئ في كامل البلاد لمدة شهرين لمنح الحكومة مزيدا من "
                       "الصلاحيات في ظل استمرار التهديدات التي تواجهها البلاد.", published="2015-07-31")
    assert [e.mode for e in _events(doc, "COERCE")] == ["restrict"]
    doc = extract_text("لافتاً إلى أنه منذ تلقي البلاغ بالحادث تم إعلان حالة الطوارئ في كافة مستشفيات المنطقة، وتم إرسال "
                       "الفرق الطبية والإسعافية للموقع لمباشرة الحالات.", published="2015-08-07")
    assert not _events(doc, "COERCE")


def test_the_dead_named_by_rank_are_counted_one_by_one():
    # (blind set, SaudiNewsNet) a corporal and two privates, each named after his rank, past the commas
    doc = extract_text("تعرض مركز المسيال بقطاع ظهران الجنوب بمنطقة عسير لقذائف عسكرية كثيفة من داخل الأراضي اليمنية، "
                       "وقد نتج عن ذلك استشهاد العريف أحمد جعفر حسن المجيشي ، والجندي أول محمد علي ياسين العمري ، "
                       "والجندي أول حسن ناصر محمد بشيري تغمدهم الله بواسع رحمته وتقبلهم في الشهداء، كما تعرض (7) سبعة "
                       "من رجال حرس الحدود للإصابة وتم نقلهم إلى المستشفى.", published="2015-08-01")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [3]


def test_bodies_counted_are_the_dead():
    # (blind set, SaudiNewsNet) "جثث 16 إرهابيا": sixteen killed in the strike
    doc = extract_text("كما قصفت المقاتلات تعزيزات عسكرية للحوثيين في منطقة كرش، القريبة من محافظة تعز، وأكد شهود عيان "
                       "تناثر جثث 16 إرهابيا في محيط منطقة القصف، إضافة إلى تدمير آليات عسكرية.", published="2015-07-28")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [16]


def test_more_dead_joined_past_a_named_leader_are_counted():
    # (blind set) the leader named at length, then "وأربعة من مرافقيه": five killed
    doc = extract_text('واضاف ان الغارة "ادت الى مقتل القيادي المتوسط ابو احمد الكازمي وأربعة من مرافقيه".',
                       published="2015-07-31")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [5]


def test_a_blaming_participle_with_no_comma_before_it_still_accuses_and_a_defendant_does_not():
    # (blind set and SaudiNewsNet) "متهمًا تركيا بـ"، "محملًا اسرائيل المسؤولية" right after the main clause;
    # "24 متهما" are defendants, "كان متهما بـ" a charge he faced, "محملة بـ" a loaded plane
    doc = extract_text("وقال حزب العمال الكردستاني إنه صعد هجماته متهمًا تركيا بانتهاك وقف لاطلاق النار.",
                       published="2015-08-10")
    assert [e.actors[0].text for e in _events(doc, "ACCUSE")] == ["حزب العمال الكردستاني"]
    doc = extract_text("وحذر ابو زهري من الإقدام على هذه الخطوة الخطيرة محملًا اسرائيل المسؤولية عن كل التداعيات "
                       "المترتبة عليها.", published="2015-08-10")
    assert _events(doc, "ACCUSE")
    doc = extract_text("وأمرت النيابة العامة بحبس 24 متهما احتياطيا على ذمة القضية.", published="2015-08-10")
    assert not _events(doc, "ACCUSE")
    doc = extract_text("وكان الرجل متهما بالانتماء إلى تنظيم داعش.", published="2015-08-10")
    assert not _events(doc, "ACCUSE")
    doc = extract_text("وصلت الطائرة الإغاثية السعودية الرابعة إلى مطار عدن الدولي محملة بـ10 أطنان من المستلزمات "
                       "الطبية.", published="2015-08-10")
    assert not _events(doc, "ACCUSE")


def test_a_definite_rank_after_a_describing_verb_is_the_judge_of_a_cowardly_act():
    # (train set) "وصف اللواء التركي ... بـ«الفعل الجبان»": no name for the NER, the rank (and its nisba) speaks;
    # "وصف بالجبان" after a preposition word is no speaker
    doc = extract_text("وفي سياق تصريحاته، وصف اللواء التركي العملية الإرهابية بـ\"الفعل الجبان\".",
                       published="2015-08-10")
    assert [e.actors[0].text for e in _events(doc, "ACCUSE")] == ["اللواء التركي"]
    doc = extract_text("وفي سياق تصريحاته، وصف للواء التركي العملية الإرهابية بـ\"الفعل الجبان\".",
                       published="2015-08-10")
    assert not _events(doc, "ACCUSE")


def test_a_speaker_calling_a_deed_a_crime_or_an_aggression_accuses_its_doer():
    # (train set and SaudiNewsNet) "يشكل اعتداء"، "يعد بمثابة جريمة حرب"، "اعتبرت ... تعديا ... وتمثل خرقا":
    # a verdict in a named speaker's words; "نظام الجرائم المعلوماتية" (a law's name, definite) is none
    doc = extract_text("ومن جهته قال وزير حقوق الانسان عزالدين الاصبحي ان التمرد المسلح يشكل اعتداء مباشرا ومتواصلا "
                       "على حق الشعوب في تقرير مصيرها.", published="2015-08-10")
    assert _events(doc, "ACCUSE")
    doc = extract_text("اعتبر الناشط الحقوقي علي السليماني، ما قامت به الميليشيات من زرع للألغام في الأحياء السكنية "
                       "والمنازل أمرا يعد بمثابة جريمة حرب يعاقب عليها القانون الدولي.", published="2015-08-10")
    assert _events(doc, "ACCUSE")
    doc = extract_text("واعتبرت الخارجية البحرينية تصريحاته تعديا واضحا على سيادة واستقلال البحرين، وتمثل خرقا لمبادئ "
                       "الأمم المتحدة ومنظمة التعاون الإسلامي.", published="2015-08-10")
    assert _events(doc, "ACCUSE")
    doc = extract_text("وشدد السكاكر في حديثه خلال الدورة على أهمية حماية النفس من ارتكاب الجريمة الالكترونية معتبرا أن "
                       "حداثة نظام الجرائم المعلوماتية جعلته عرضه للأخطاء والاجتهادات.", published="2015-08-10")
    assert not _events(doc, "ACCUSE")


def test_ground_taken_told_by_the_noun_is_an_assault_but_not_an_aim_or_a_fire_brought_under_control():
    # (blind2, blind3, tuned) "تمكنت ... من السيطرة على بلدتين"، "وبدأت بالسيطرة على منافذ"، "انتزعت السيطرة على
    # بلدة"; not "من أجل السيطرة على البلاد" (a struggle) nor civil defence "السيطرة على حريق"
    doc = extract_text("تمكنت المقاومة الشعبية والجيش أمس الأحد من السيطرة على بلدتين في محافظة لحج جنوبي اليمن.",
                       published="2015-08-03")
    [ev] = _events(doc, "ASSAULT")
    assert ev.place is not None and ev.place.country == "YE"
    doc = extract_text("وقال إن القوات المشتركة تطوق الآن الرمادي والفلوجة من كل الاتجاهات وبدأت بالسيطرة على منافذ "
                       "دخول تلك المدن.", published="2015-07-20")
    assert _events(doc, "ASSAULT")
    doc = extract_text("وتشهد ليبيا حالة من الفوضى وسط تقاتل حكومتين من أجل السيطرة على البلاد والمدن الكبرى.",
                       published="2015-07-20")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("تمكنت فرق الدفاع المدني بمحافظة الطائف من السيطرة على حريق ممتد نشب بأعلاف في وادي العرج.",
                       published="2015-07-20")
    assert not _events(doc, "ASSAULT")


def test_shells_falling_liquidated_militants_stabbings_and_pounding_are_assaults():
    # (blind2, blind3) lexicon rows: سقوط قذيفة، سقط صاروخ، تصفية أحد العناصر، طعنات، دكّ المعاقل; not a legal
    # appeal (طعن على الحكم) nor accounts settled (تصفية حسابات)
    for text in ("بينما سقط صاروخ يعتقد بأنه من نوع أرض- أرض على منطقة في مخيم درعا في مدينة درعا.",
                 "وقتل ثلاثة من أفراد الجيش إثر سقوط قذيفة عشوائية في محيط أحد الكمائن بالعريش.",
                 "أعلن الجيش المصري، تصفية أحد العناصر الإرهابية شديدة الخطورة بالشيخ زويد فجر أمس.",
                 "واتضح أن المغدور تلقى عدة طعنات بأداة حادة على طريق زراعي في إربد.",
                 "واصلت طائرات الأباتشي العسكرية، دكّ معاقل التنظيم الإرهابي في شمال سيناء."):
        assert _events(extract_text(text, published="2015-08-01"), "ASSAULT"), text
    for text in ("لكن محكمة النقض قبلت طعنه على الحكم وأمرت بإعادة المحاكمة.",
                 "وغالبا ما يشهد المخيم تصفية حسابات بين مجموعات متنافسة على النفوذ."):
        assert not _events(extract_text(text, published="2015-08-01"), "ASSAULT"), text


def test_an_arrest_told_by_the_verbal_noun_alone_but_not_one_feared_asked_for_or_a_grip():
    # (blind2, blind3) "وتم القبض عليه"، "قام مسلحون ... بالقبض على"; not "خوفا من القبض عليه"، "بسرعة القبض على"،
    # "في قبضة الحوثيين"
    for text in ("وأضاف تم القبض على الجاني، وبالتحقيق مع المشتبه اعترف بجريمته.",
                 "قام مسلحون تابعون للحوثيين بالقبض على عشرة من قياديي حزب التجمع اليمني للاصلاح في صنعاء."):
        assert _events(extract_text(text, published="2015-08-01"), "COERCE"), text
    for text in ("وبينت اللائحة أنه تخلص من السلاح خوفا من القبض عليه في أي مركز تفتيش.",
                 "ووجه أمير المنطقة الشرطة بسرعة القبض على المتهمين بالتحرش بفتاتين.",
                 "تسعى المقاومة إلى تحرير المواقع التي لا تزال في قبضة الحوثيين على أطراف المدينة."):
        assert not _events(extract_text(text, published="2015-08-01"), "COERCE"), text


def test_arrests_told_as_stopped_and_attacks_aimed_at_positions():
    # (blind2) "أوقف الأمن التونسي 18 شخصًا" is an arrest ("أوقفت العمل" is not); (blind3) "استهدفت الفصائل المتطرفة
    # تمركزات لقوات النظام" is an attack, "بحملة اعتقالات واسعة استهدفت عناصر التنظيمين" (dev) is not
    assert _events(extract_text("أوقف الأمن التونسي 18 شخصًا يشتبه فى انتمائهم لتنظيمات إرهابية.",
                                published="2015-07-25"), "COERCE")
    assert not _events(extract_text("أوقفت الشركة العمل في المصنع بسبب الأعطال.", published="2015-07-25"), "COERCE")
    assert not _events(extract_text("وتوفي شخص بعد أن توقف قلبه وتنفسه إثر حريق بعمارة سكنية.", published="2015-07-25"),
                       "COERCE")
    assert _events(extract_text("بينما استهدفت الفصائل المتطرفة تمركزات لقوات النظام في مدينة درعا، وأنباء عن خسائر "
                                "بشرية في صفوف قوات النظام.", published="2015-07-25"), "ASSAULT")
    assert not _events(extract_text("والثالثة أمنية تمثلت بحملة اعتقالات واسعة استهدفت عناصر التنظيمين في عدة ولايات.",
                                    published="2015-07-25"), "ASSAULT")


def test_a_state_of_alert_declared_is_a_mobilization_but_not_a_hospitals():
    # (blind3) "أعلن الجيش المصري، حالة الاستنفار القصوى" (حالة read alone is "in case"); a hospital's alert is none
    doc = extract_text("أعلن الجيش المصري، حالة الاستنفار القصوى في مناطق سيناء ومدن القناة الثلاث.",
                       published="2015-08-03")
    assert [e.actors[0].text for e in _events(doc, "MOBILIZE")] == ["الجيش المصري"]
    doc = extract_text("أعلنت مستشفيات عسير حالة الاستنفار بعد التفجير لاستقبال المتبرعين بالدم.", published="2015-08-07")
    assert not _events(doc, "MOBILIZE")


def test_a_quoted_indefinite_noun_and_adjective_is_a_description_not_a_name():
    # (blind2, blind3) "عن «هدنة إنسانية»"، "وجهوا «ضربات قاسية»" are the events; «الحشد الشعبي» stays a name
    doc = extract_text("أعلنت قيادة قوات التحالف المساندة للشرعية في اليمن، أمس، عن «هدنة إنسانية» تبدأ مساء اليوم "
                       "وتستمر لمدة 5 أيام.", published="2015-07-26")
    assert _events(doc, "RETREAT")
    doc = extract_text("وانضم المئات من أبناء العشائر إلى «الحشد الشعبي» في محافظة الأنبار.", published="2015-07-26")
    assert not _events(doc, "MOBILIZE")


def test_a_time_after_a_preposition_is_not_an_abstract_object_and_relief_delivered_by_weight():
    # (blind2) "اعتقل بعد وقت قصير" is an arrest ("قتل وقت الفراغ" stays none); "أوصلت شحنة ... من المساعدات" is relief
    assert _events(extract_text("إلا أن سعادة اعتقل بعد وقت قصير على وصوله إلى الأردن.", published="2015-07-26"),
                   "COERCE")
    assert not _events(extract_text("ويقتل الشباب وقت الفراغ في المقاهي.", published="2015-07-26"), "ASSAULT")
    assert _events(extract_text("حطت طائرة سعودية عسكرية الاربعاء في مطار عدن حيث اوصلت شحنة جديدة من 25 طنا من "
                                "المساعدات الطبية.", published="2015-07-23"), "AID")


def test_a_sociologist_is_no_meeting():
    # (SaudiNewsNet) "عالم اجتماع"، "أستاذ علم الاجتماع": the science; "عقد اجتماع" stays a meeting
    assert not _events(extract_text("إبراهيم الحيدري عالم اجتماع وكاتب عراقي.", published="2015-07-31"), "CONSULT")
    assert _events(extract_text("وعقد وزير الخارجية اجتماعا مع نظيره الأمريكي في الرياض أمس.", published="2015-07-31"),
                   "CONSULT")


def test_fighting_told_as_going_on_in_a_place_is_a_report_in_an_article():
    # (blind2, tuned) in an article, "كذلك تستمر معارك الكر والفر في تعز" states only a place, but fighting going on
    # there is news; a bare "عمليات القتل والتفجير" still is not
    doc = extract_text("قتل خمسة مدنيين في قصف على حي سكني في عدن أمس. وأعلنت المقاومة السيطرة على مواقع جديدة. "
                       "كذلك تستمر معارك الكر والفر في تعز، ثالث اكبر مدن اليمن.", published="2015-08-01")
    assert any("تعز" in m.text for e in _events(doc, "ASSAULT") for m in e.mentions)
    doc = extract_text("قتل خمسة مدنيين في قصف على حي سكني في عدن أمس. وأعلنت المقاومة السيطرة على مواقع جديدة. "
                       "ويرفض الناس عمليات القتل والتفجير في كل مكان.", published="2015-08-01")
    assert not any("التفجير" in m.text for e in _events(doc, "ASSAULT") for m in e.mentions)


def test_an_attack_dated_months_back_is_background_in_an_article_with_recent_news():
    # (blind2 set) the kidnapping of Father Jacques Mourad "في مايو الماضي", told in an August report of this week's
    # abductions, is background the guidelines leave out; the same sentence alone (a coded chronology line) keeps it
    old = ("وقام ثلاثة مقنعين في مايو الماضي بخطف الأب جاك مراد، رئيس دير مار اليان في بلدة القريتين بعد أن استولى "
           "التنظيم على مدينة تدمر الأثرية.")
    text = ("خطف تنظيم «داعش» نحو 230 مدنيًا، بينهم 60 مسيحيًا على الأقل، بعد استيلائه على بلدة القريتين في ريف حمص، "
            "حسب ما أفاد المرصد السوري لحقوق الإنسان أمس. وأوضح مدير المرصد أن التنظيم كان بحوزته لائحة تضم أسماء أشخاص "
            "مطلوبين، إلا أنه قام باعتقال عائلات بأكملها كانت تنوي الفرار. " + old)
    doc = extract_text(text, published="2015-08-08")
    assert [e.date for e in _events(doc, "ASSAULT")] == ["2015-08-07"]
    doc = extract_text(old, published="2015-08-08")
    assert [e.date for e in _events(doc, "ASSAULT")] == ["2015-05-01"]


def test_a_date_after_since_dates_the_reference_point_not_the_attack():
    # (blind2 set) "الأعنف منذ معركة ... في فبراير الماضي": February is the battle's, the shelling is of the last day:
    # no background, and (since a date in a clause opened by منذ no longer dates the event) dated by its own day
    text = ("اتهمت الحكومة الأوكرانية اليوم، الانفصاليين الموالين لروسيا بإستهداف مواقعها بأعنف قصف مدفعي منذ ستة أشهر.\n"
            "وأوضح الجيش الأوكراني إن 400 من الانفصاليين مدعومين بدبابات هاجموا القوات الحكومية المتمركزة حول بلدة "
            "ستاروناتيفكا على بعد 50 كيلومترا شمالي مدينة ماريوبول الساحلية التي تسيطر عليها القوات الحكومية.\n"
            "وقال المتحدث باسم الجيش الأوكراني أندريه ليسينكو في تصريح صحفي إن الهجوم جاء على خلفية تصعيد الوضع في شرق "
            "أوكرانيا.\" واصفاً قصف الانفصاليين في الساعات الأربع والعشرين الأخيرة بأنه الأعنف منذ معركة السيطرة على بلدة "
            "ديبالتسيف في فبراير الماضي.")
    doc = extract_text(text, published="2015-08-10")
    assert any(e.date == "2015-08-10" and any("الأعنف منذ معركة" in m.text for m in e.mentions)
               for e in _events(doc, "ASSAULT"))


def test_fires_and_crashes_are_no_attacks():
    # (blind2 set, SaudiNewsNet) a fire brought under control, refugees killed when their minibus hit a wall,
    # children dead of a house fire: no use of force; a force taking a region still takes it
    doc = extract_text("سعود الدعجاني- سبق- جدة: سيطرت فرق الدفاع المدني بجدة على حريق اندلع في أحد الفنادق الكبيرة  غرب "
                       "المحافظة, ومكون من 11 دوراً, تم إخلاء قاطنيه دون وقوع وفيات أو إصابات.", published="2015-07-26")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("لقي تسعة لاجئين سوريين حتفهم عندما اصطدمت حافلة صغيرة مكتظة بالركاب بسور في ولاية بالكسير شمال "
                       "غرب تركيا يوم أمس السبت.", published="2015-08-09")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("لقي طفلين مصرعهما متأثرين بحريق في منزل شعبي بالمدينة المنورة .", published="2015-07-31")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("وسيطرت قوات حزب الله والنظام السوري في ابريل 2014 على مجمل منطقة القلمون وطردت فصائل المعارضة "
                       "السورية منها.", published="2015-07-22")
    assert _events(doc, "ASSAULT")


def test_an_attack_told_back_then_or_on_its_anniversary_is_history():
    # (train and blind3 sets) "وقد قتل آنذاك": recounted from a time told before; (blind2 set) the lemmatizer gives
    # ذكرى the stem ذكر, and "في ذكرى مرور عام على مقتل" is an anniversary all the same
    told = "وقد قتل {}خمسة جنود افغان واصيب ثمانية آخرون بصاروخ اطلقته قوة ايساف التابعة للحلف الاطلسي."
    assert not _events(extract_text(told.format("آنذاك "), published="2015-07-21"), "ASSAULT")
    assert _events(extract_text(told.format(""), published="2015-07-21"), "ASSAULT")
    doc = extract_text("شهدت مدينة فيرغسون بولاية ميسوري الأميركية اليوم (الثلاثاء) احتجاجات، في ذكرى مرور عام على مقتل "
                       "شاب أسود أعزل برصاص شرطي أبيض.", published="2015-08-11")
    assert _events(doc, "PROTEST") and not _events(doc, "ASSAULT")


def test_what_one_is_accused_of_is_an_allegation_not_an_attack():
    # (blind2 set, SaudiNewsNet) "اتهم ... اردوغان بشن الضربات الجوية"، "تتهم ... النظام السوري بتنفيذ هجمات ...
    # براميل متفجرة تُلقى": the accusation is coded, the attack it alleges is not; a condemned attack still is
    doc = extract_text("واتهم زعيم حزب معارض مؤيد للأكراد اردوغان بشن الضربات الجوية في سوريا والعراق لحرمان الأكراد من "
                       "تحقيق مكاسب وباستغلال الحرب ضد تنظيم الدولة الاسلامية كغطاء.", published="2015-08-03")
    assert _events(doc, "ACCUSE") and not _events(doc, "ASSAULT")
    # (in the past tense: the read sets' present "وتتهم بريطانيا ...", opening its sentence, is a stance held, no
    # event, since vb23)
    doc = extract_text("واتهمت بريطانيا وفرنسا والولايات المتحدة النظام السوري بتنفيذ هجمات بالغاز باستخدام براميل متفجرة "
                       "تُلقى من المروحيات.", published="2015-08-07")
    assert _events(doc, "ACCUSE") and not _events(doc, "ASSAULT")
    doc = extract_text("أدان البرلمان العربي التفجير الإرهابي الذي استهدف مسجدًا لقوات الطوارئ في منطقة عسير أمس وأسفر عن "
                       "سقوط عدد من الشهداء والجرحى.", published="2015-08-07")
    assert _events(doc, "ASSAULT")


def test_the_attacks_a_war_toll_is_counted_of_tell_no_one_attack():
    # (train, blind and blind2 sets: one Observatory tally in three papers) 2,927 dead "جراء الضربات ... في محافظات
    # حماه وحلب ...": no attack per province; (SaudiNewsNet) an attack told before a war's toll stands
    doc = extract_text("ولفت إلى مقتل 2927 على الأقل من تنظيم داعش غالبيتهم من جنسيات غير سورية، جراء الضربات الصاروخية "
                       "وغارات التحالف الدولي على تجمعات وتمركزات ومقار التنظيم ومحطات نفطية في محافظات حماه وحلب وحمص "
                       "والحسكة والرقة ودير الزور.", published="2015-07-23")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("وقالت مصاد أمنية إن طائرات تركية مقاتلة هاجمت معسكرات حزب العمال الكردستاني في شمال العراق لليلة "
                       "الثانية يوم الأحد في حملة قد تنهي عملية سلام تهدف إلى إنهاء تمرد أدى إلى قتل 40 ألف شخص منذ "
                       "عام 1984.", published="2015-07-27")
    assert _events(doc, "ASSAULT")


def test_a_cue_with_its_own_count_is_no_joint_killed_and_wounded():
    # (blind2) "اثنين ... قتلا وأصيب 24": the dead have their count, the 24 are the wounded
    doc = extract_text("أعلن بيان صدر عن مكتب حاكم إقليم أغري بشرق تركيا أمس الأحد أن اثنين من أفراد قوات الأمن قتلا "
                       "وأصيب 24 في تفجير انتحاري نفذه حزب العمال الكردستاني في الإقليم خلال الليل.",
                       published="2015-08-03")
    assert [(e.killed, e.injured) for e in _events(doc, "ASSAULT")] == [(2, 24)]
    # (SaudiNewsNet) "مقتل وجرح ستة": six killed and wounded together, no wounded count of their own
    doc = extract_text("بعد معارك ضارية أسفرت عن مقتل عشرين من الحوثيين وقوات صالح، بالإضافة إلى مقتل وجرح ستة من أفراد "
                       "المقاومة.", published="2015-08-03")
    assert [(e.killed, e.injured) for e in _events(doc, "ASSAULT")] == [(20, None)]


def test_groups_of_the_dead_are_summed_and_an_ordinal_is_one_more():
    # (blind3, blind2) "عنصرين من حزب الله اللبناني وثلاثة من اللجان" (5); "40 طالبانياً و16 داعشياً" (56);
    # "وأصيب ثالث" (one wounded)
    doc = extract_text("إن طائرة إسرائيلية استهدفت سيارة في بلدة الحضر في ريف القنيطرة ما تسبب بمقتل عنصرين من حزب الله "
                       "اللبناني وثلاثة من اللجان الشعبية الموالية للنظام.", published="2015-07-30")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [5]
    doc = extract_text("وأفادت السلطات الأفغانية بأن الغارات الأميركية أسفرت عن مقتل 40 طالبانياً و16 داعشياً.",
                       published="2015-08-05")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [56]
    doc = extract_text("وقتل شخصان طعنًا وأصيب ثالث بجروح بالغة ظهر أمس، في أحد متاجر «إيكيا» في فاستيراس.",
                       published="2015-08-11")
    assert [(e.killed, e.injured) for e in _events(doc, "ASSAULT")] == [(2, 1)]


def test_the_toll_goes_on_past_a_comma_and_past_an_aside():
    # (blind3) "، فيما أصيب 18 آخرون بجروح": the wounded of the same toll; "25 شخصا، معظمهم من المدنيين، قتلوا"
    doc = extract_text("وأضافت أن 12 حوثيا سقطوا قتلى أمس، فيما أصيب 18 آخرون بجروح.", published="2015-08-07")
    assert [(e.killed, e.injured) for e in _events(doc, "ASSAULT")] == [(12, 18)]
    doc = extract_text("أعلن مسؤول حكومي امس الأربعاء أن ما لايقل عن 25 شخصا، معظمهم من المدنيين، قتلوا في انفجار "
                       "بشمال أفغانستان.", published="2015-07-30")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [25]
    doc = extract_text("توفي ثلاثة أشخاص وأصيب رابع، إثر تعرضهم لإطلاق نار من شخص بخبير الجنوب في عسير مساء أمس.",
                       published="2015-07-30")
    assert [(e.killed, e.injured) for e in _events(doc, "ASSAULT")] == [(3, 1)]


def test_a_part_of_the_dead_is_the_same_attack():
    # (blind3) "عشرة اشخاص من القتلى": a part of the 11 told before, and its wounded a part of the 46
    doc = extract_text("ارتفعت حصيلة قتلى القذائف الصاروخية التي سقطت على احياء عدة في دمشق الى 11 قتيلا بينهم ثلاثة "
                       "اطفال فيما اصيب 46 اخرون بجروح. وبحسب الوكالة فإن عشرة اشخاص من القتلى قضوا جراء سقوط قذيفة "
                       "صاروخية في شارع الثورة في دمشق، وادت الى اصابة اربعين شخصا بجروح.", published="2015-08-09")
    assert [(e.killed, e.injured) for e in _events(doc, "ASSAULT")] == [(11, 46)]


def test_another_source_disputing_a_toll_is_the_same_attack():
    # (tuned) 21 dead, then "لكن المتحدث ... قال ان 22 مسلحا، بينهم اربعة قادة، قتلوا": one attack; without
    # "but" two close tolls in two reports stay two attacks
    doc = extract_text("قتل 21 شخصا على الأقل في هجوم تبنته حركة طالبان في ولاية قندوز المضطربة شمال افغانستان. لكن "
                       "المتحدث باسم حاكم ولاية قندوز عبد الودود وحيدي قال ان 22 مسلحا، بينهم اربعة قادة، قتلوا بانفجار "
                       "عبوة ناسفة في قندوز.", published="2015-08-09")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [21]
    doc = extract_text("قتل 21 شخصا على الأقل في هجوم تبنته حركة طالبان في ولاية قندوز المضطربة شمال افغانستان. وقال "
                       "المتحدث باسم حاكم ولاية قندوز عبد الودود وحيدي ان 22 مسلحا، بينهم اربعة قادة، قتلوا بانفجار "
                       "عبوة ناسفة في قندوز.", published="2015-08-09")
    assert sorted(e.killed for e in _events(doc, "ASSAULT")) == [21, 22]


def test_a_quoted_killing_word_still_counts_the_victims_it_names():
    # (blind2) '«استشهاد» العريف ...، والجندي أول ...، والجندي أول ...': three named by rank
    doc = extract_text("ونتج عن الحادثة «استشهاد» العريف أحمد جعفر حسن المجيشي، والجندي أول محمد علي ياسين العمري، "
                       "والجندي أول حسن ناصر محمد بشيري، تغمدهم الله بواسع رحمته وتقبلهم في الشهداء.",
                       published="2015-07-18")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [3]


def test_a_toll_risen_since_replaces_the_one_told_before():
    # (tuned) "أسفر هجوم ... عن سقوط 14 قتيلاً" then "أنّ عدد قتلى الهجوم ارتفع إلى 20 شخصًا": the toll is 20
    doc = extract_text("أسفر هجوم جديد نفذته فتاة عن سقوط 14 قتيلاً مساء السبت في مدينة مروة أقصى شمال الكاميرون. وأعلن "
                       "التلفزيون الكاميروني صباح اليوم أنّ عدد قتلى الهجوم ارتفع إلى 20 شخصًا.", published="2015-07-26")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [20]
    doc = extract_text("وأعلن التلفزيون الكاميروني صباح اليوم أنّ عدد المصانع ارتفع إلى 20 مصنعا بعد الهجوم.",
                       published="2015-07-26")
    assert [e.killed for e in _events(doc, "ASSAULT")] in ([], [None])


def test_the_other_side_toll_after_whereas_is_added():
    # (blind3) "23 ... قتلوا واصيب 38 فيما قتل 2 واصيب 19": both sides' dead and wounded (gold 25, 57); "، فيما قتل
    # احد رجال المقاومة" after 15 dead (gold 16); not another source's count ("فيما تحدثت وسائل اعلام عن تسعة قتلى")
    doc = extract_text("وكان 23 من الحوثيين وقوات صالح قتلوا واصيب 38 فيما قتل 2 واصيب 19 من المقاومة والجيش الوطني في "
                       "مواجهات جبل صبر والضباب السبت.", published="2015-08-09")
    assert [(e.killed, e.injured) for e in _events(doc, "ASSAULT")] == [(25, 57)]
    doc = extract_text("وذكر ان نحو 15 من الحوثيين قتلوا خلال الهجوم، فيما قتل احد رجال المقاومة واصيب اثنين آخرين.",
                       published="2015-08-09")
    assert [(e.killed, e.injured) for e in _events(doc, "ASSAULT")] == [(16, 2)]
    doc = extract_text("وقد اعلنت سلطات اقليم كردستان العراق السبت عن ستة قتلى من السكان المحليين فيما تحدثت وسائل اعلام "
                       "تركية مؤيدة للاكراد عن \"مجزرة\" سقط ضحيتها تسعة قتلى.", published="2015-08-02")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [6]


def test_a_release_by_a_national_court_with_no_place_is_in_the_articles_country():
    # blind3 (2015-08-06): the Kuwaiti criminal court releases 11 defendants; the release names no place, the
    # article is set in Kuwait (the mosque in الصوابر بالكويت العاصمة), so the release is in Kuwait
    doc = extract_text(
        "أخلت محكمة الجنايات الكويتية، اليوم الخميس سبيل 11 متهمًا من متهمي تفجير مسجد الإمام الصادق الـ 29، بلا "
        "ضمان، مع منعهم من السفر، ما لم يكن أي منهم محبوسا على ذمة قضايا أخرى.\n"
        "ونبهت المحكمة على كافة المتهمين التي أمرت بإخلاء سبيلهم من متابعة وحضور جميع جلسات المحكمة القادمة.\n"
        "وتعرض مسجد الإمام الصادق الكائن في منطقة الصوابر بالكويت العاصمة إلى تفجير إرهابي في 26 يونيو الماضي "
        "خلال صلاة الجمعة في شهر رمضان المبارك مما أدى الى مقتل 26 شخصا وإصابة 227", published="2015-08-06")
    [rel] = _events(doc, "RETREAT")
    assert (rel.place.text, rel.place.country) == ("الكويت العاصمة", "KW") and "place-from-country" in rel.flags
    # a statement that names no place is left without one (it was said somewhere the text does not tell)
    doc = extract_text("وطالب وزير الخارجية التركي المجتمع الدولي بالتحرك. وشنت المقاتلات التركية غارات على مواقع في "
                       "سوريا.", published="2015-07-25")
    [req] = _events(doc, "REQUEST")
    assert req.place is None


def test_a_town_on_the_other_side_of_the_country_is_not_the_side_named():
    # blind2 (2015-08-03): "clashes in east Libya" and "the capital Tripoli" (in the west) are no one place, so a
    # report of the clashes does not take Tripoli's name by merging; Ajdabiya (east) and Sirte (centre) may be there
    from marsad.events.merging import _place_compatible
    doc = extract_text("قال مسعفون أمس إن خمسة أشخاص قتلوا وأصيب 12 خلال اشتباكات في شرق ليبيا بين قوات موالية للحكومة "
                       "المعترف بها دوليا وجماعات مسلحة. ويمارس رئيس الوزراء عبدالله الثني المعترف به دوليا عمله من "
                       "الشرق منذ سيطرت جماعة منافسة على العاصمة طرابلس. واندلع القتال أول من أمس في بلدة أجدابيا.",
                       published="2015-08-03")
    east, tripoli, ajdabiya = (next(p for p in doc.places if p.text == t) for t in ("شرق ليبيا", "طرابلس", "أجدابيا"))
    assert not _place_compatible(east, tripoli) and not _place_compatible(tripoli, east)
    assert _place_compatible(east, ajdabiya)


def test_the_town_holding_the_place_named_before_it_is_not_where():
    # blind2 (2015-08-06): "في منطقة كرش بلحج": the strikes hit Kirsh, which lies in Lahij governorate; Lahij (the
    # town) was taken for being a town while منطقة كرش has region precision
    doc = extract_text("وأكدت المصادر أن مقاتلات التحالف شنت غارات جوية استهدفت رتلا عسكريا تابعا للحوثيين وقوات صالح "
                       "في منطقة كرش بلحج، أدت إلى تدميره ومقتل من فيه.", published="2015-08-06")
    [ev] = _events(doc, "ASSAULT")
    assert ev.place.geonameid == 79088


def test_a_towns_area_is_compared_as_the_town_when_merging():
    # blind (2015-08-02) and blind2: "منطقة كرش" (Kirsh, region precision) is the town's own area, so it holds no
    # village the gazetteer lacks (الفيوش) as a governorate would; "ريف القنيطرة" still holds الحضر
    from marsad.events.merging import _place_compatible
    doc = extract_text("وشنت مقاتلات التحالف غارات على منطقة كرش. وسيطرت المقاومة على منطقة الفيوش.",
                       published="2015-08-06")
    kirsh, fiyush = (next(p for p in doc.places if p.text == t) for t in ("منطقة كرش", "الفيوش"))
    assert not _place_compatible(kirsh, fiyush)
    # blind3 (2015-07-29)
    doc = extract_text("اعترف حزب الله اللبناني بمقتل اثنين من عناصره أول من أمس في غارة نفذها الطيران الحربي الإسرائيلي "
                       "على بلدة في ريف القنيطرة جنوبي سورية، وقال الحزب في بيان رسمي: إن طائرة إسرائيلية استهدفت سيارة "
                       "في بلدة الحضر في ريف القنيطرة.", published="2015-07-29")
    rif, hadar = (next(p for p in doc.places if p.text == t) for t in ("ريف القنيطرة", "الحضر"))
    assert _place_compatible(rif, hadar)


def test_an_arrest_whose_only_place_is_where_the_suspects_came_from_is_at_home():
    # blind2 (2015-07-22, Asharq Al-Awsat): Moroccan police arrest eight people preparing for fighters "المقبلين من
    # سوريا": Syria is where the fighters come from; the article is set in Morocco, so the arrests are there
    doc = extract_text(
        "أحبط المكتب المركزي للأبحاث القضائية بالمغرب، التابع للمديرية العامة لمراقبة التراب الوطني (المخابرات "
        "الداخلية)، مخططا جديدا لتشكيل كتيبة تابعة لتنظيم داعش في المغرب عبر إرسال مقاتلين مدربين من سوريا، "
        "وإدخالهم إلى المغرب باستعمال جوازات سفر مزورة.\n"
        "واعتقل المكتب المركزي للأبحاث القضائية، وهو جهاز شبيه بمكتب التحقيقات الفيدرالي الأميركي «إف بي آي»، أمس، "
        "ثمانية أشخاص في أربع مدن مغربية، يشتبه في تنسيقهم مع قيادات ميدانية في تنظيم داعش، من أجل إعداد استقبال "
        "وإيواء المقاتلين المقبلين من سوريا.", published="2015-07-22")
    [arrest] = _events(doc, "COERCE")
    assert arrest.place.country == "MA" and "place-from-country" in arrest.flags
    # SaudiNewsNet (2015-07-27): "ضبطا في السعودية": a country said to be where the arrest happened stays
    doc = extract_text("وأمرت النيابة العامة الكويتية بحبس خمسة من المتهمين الهاربين غيابيا منهما اثنان ضبطا في "
                       "السعودية.", published="2015-07-27")
    assert [ev.place.country for ev in _events(doc, "COERCE") if ev.place is not None] == ["SA"]


def test_ma_after_soon_or_a_pronoun_is_no_negation_of_the_statement():
    # (blind2) "وسرعان ما ندد الرئيس التركي": سرعان ما (soon) reports the condemnation; "ما ندد" alone negates it
    doc = extract_text("وسرعان ما ندد الرئيس التركي الاسلامي المحافظ خلال زيارة الى الشطر الشمالي من قبرص بـ»هجوم "
                       "ارهابي».", published="2015-07-21")
    assert _events(doc, "ACCUSE")
    doc = extract_text("وما ندد الرئيس التركي بالهجوم.", published="2015-07-21")
    assert not _events(doc, "ACCUSE")


def test_a_past_statement_verb_opening_a_clause_with_wa_goes_on_with_the_sentence_speaker():
    # (blind) "دعا صلاح الدين دمرداش ... وحث الحكومة على": the second call is his; a present verb (a stance the
    # relative clause describes) is not taken as one more statement of his
    doc = extract_text("وفي اطار قلقه من تصاعد العنف دعا صلاح الدين دمرداش زعيم حزب الشعوب الديمقراطي الموالي "
                       "للأكراد في تركيا السبت حزب العمال إلى «رفع أصبعه عن الزناد»، وحث الحكومة على اطلاق "
                       "محادثات لوقف العنف المتصاعد.", published="2015-08-09")
    asks = _events(doc, "REQUEST")
    assert asks and all(e.actors and e.actors[0].text == "صلاح الدين دمرداش" for e in asks)
    assert any(m.text.startswith("وحث الحكومة") for e in asks for m in e.mentions)
    doc = extract_text("ودعا الأمين العام لمنظمة التعاون الاسلامي فرقة العمل المشتركة المتعددة الجنسيات في المنطقة "
                       "لضرورة تكثيف جهودها في مكافحة الإرهاب، مجددًا موقف المنظمة التي تدين بقوة جميع أعمال "
                       "الإرهاب والتطرف العنيف بجميع أشكاله ومظاهره، وترفض بشكل قاطع أي تبريرات للإرهاب.",
                       published="2015-08-09")
    assert not _events(doc, "REJECT")


def test_a_warning_is_a_threat_only_with_its_consequences_or_a_response():
    # (blind2, train) "حذر آل جرمان الأهالي من التجمهر": advice to the public, no threat; "حذرت الجبهة ... من
    # مغبة المساس بأمن العوائل": the consequences named, a threat
    doc = extract_text("حذر آل جرمان الأهالي من التجمهر أو الاقتراب من مواقع سقوط المقذوفات حفاظا على سلامتهم.",
                       published="2015-08-10")
    assert not _events(doc, "THREATEN")
    doc = extract_text("من جانبها، حذرت الجبهة الديمقراطية الشعبية الأحوازية، على لسان ناطقها الرسمي، من مغبة المساس "
                       "بأمن العوائل البريئة، موضحة أن السلطات الإيرانية، وعملاءها سوف يدفعون الثمن عاجلاً غير آجلٍ.",
                       published="2015-08-10")
    assert [e.actors[0].text for e in _events(doc, "THREATEN")] == ["الجبهة الديمقراطية الشعبية الأحوازية"]


def test_a_visit_to_the_wounded_or_an_interview_call_is_no_consultation():
    # (blind, blind2, SaudiNewsNet) "زار أمين منطقة عسير ... رجال الأمن المصابين": a visit to the wounded;
    # "في اتصال هاتفي أجرته معه «الشرق الأوسط»": the paper called him; a minister's visit to a capital stays
    doc = extract_text("زار أمين منطقة عسير صالح بن عبدالله القاضي أمس رجال الأمن المصابين في العدوان الغاشم على مسجد "
                       "قوات الطوارئ الخاصة بمنطقة عسير الخميس الماضي.", published="2015-08-10")
    assert not _events(doc, "CONSULT")
    doc = extract_text("كما زار الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير بعد ظهر اليوم بمستشفى عسير المركزي "
                       "المصابين من جراء تفجير مسجد قوة الطوارئ.", published="2015-08-10")
    assert not _events(doc, "CONSULT")
    doc = extract_text("وأوضح اللواء الأحمدي في اتصال هاتفي أجرته معه «الشرق الأوسط» أن الوضع مستقر.",
                       published="2015-08-10")
    assert not _events(doc, "CONSULT")
    doc = extract_text("قام وزير الدفاع الأميركي آشتون كارتر بزيارة غير معلنة إلى بغداد أمس.", published="2015-07-24")
    assert _events(doc, "CONSULT")


def test_talks_aimed_at_a_refusal_to_confirm_and_a_call_that_prompted_are_not_events():
    # (train, blind2, blind3) "جهود الحكومة لبدء محادثات سلام": talks not begun; "رفضت وزارة الدفاع الأمريكية
    # (البنتاجون) تأكيد التقارير": no comment; "والتي ترفض واشنطن التنسيق معها": a stance the clause describes;
    # "ما دعا أصدقاءه لإخراجه": which prompted his friends; "وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد":
    # a ministry's name
    doc = extract_text("ويأتي الهجوم بينما يصعد متمردو طالبان هجماتهم ضد أهداف حكومية وأجنبية خلال هجوم الصيف بالرغم "
                       "من جهود الحكومة لبدء محادثات سلام.", published="2015-08-10")
    assert not _events(doc, "CONSULT")
    doc = extract_text("ورفضت وزارة الدفاع الأمريكية (البنتاجون) تأكيد التقارير.", published="2015-07-23")
    assert not _events(doc, "REJECT")
    doc = extract_text("وأشار العيساوي إلى أن جماعات الحشد الشعبي المدعومة من إيران والتي ترفض واشنطن التنسيق معها لم "
                       "تشارك في عملية الجامعة.", published="2015-07-28")
    assert not _events(doc, "REJECT")
    doc = extract_text("وهو ما دعا الجيش العراقي إلى الانسحاب بعيدًا عن الحدود السعودية من الجبهتين الشمالية والشرقية "
                       "لمسرح العمليات.", published="2015-08-10")
    assert not _events(doc, "REQUEST")
    doc = extract_text("من جهته، قال وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد الشيخ صالح بن عبدالعزيز آل الشيخ "
                       "إن الوطن بخير.", published="2015-08-07")
    assert not _events(doc, "REQUEST")
    doc = extract_text("ورفضت الخارجية الأميركية أي تعاون مع نظام الرئيس بشار الأسد ضد «داعش».", published="2015-07-28")
    assert _events(doc, "REJECT")


def test_a_speaker_attributing_an_attack_to_a_party_accuses_it():
    # (blind2, train) "ونسب رئيس الوزراء احمد داود اوغلو بوضوح الهجوم الى التنظيم المتطرف": an accusation; a passive
    # ("هجمات دامية ... نسب بعضها إلى التنظيم الجهادي") has no speaker, and "نسب التخفيضات" are rates
    doc = extract_text("ونسب رئيس الوزراء احمد داود اوغلو بوضوح الهجوم الى التنظيم المتطرف.", published="2015-07-21")
    assert [e.actors[0].text for e in _events(doc, "ACCUSE")] == ["رئيس الوزراء احمد داود اوغلو"]
    doc = extract_text("غير أن تركيا بدلت موقفها بعد هجمات دامية على الأراضي التركية نسب بعضها إلى التنظيم الجهادي.",
                       published="2015-07-24")
    assert not _events(doc, "ACCUSE")
    doc = extract_text("وجاءت نسب التخفيضات كما يلي: رئيس الوزراء ونوابه بنسبة 50 في المائة.", published="2015-07-24")
    assert not _events(doc, "ACCUSE")


def test_a_prayer_months_old_or_more_than_a_year_old_statement_is_no_call():
    # (blind, train, blind3) "ودعا مغردو تويتر للفتاة سارة بالرحمة والمغفرة": a prayer; "طلبت من أنقرة منذ أشهر
    # عديدة": months before; "الحوار الوطني الذي دعا إليه الرئيس السوداني قبل أكثر من عام": over a year before
    doc = extract_text("ودعا مغردو “تويتر” للفتاة سارة بالرحمة والمغفرة.", published="2015-07-24")
    assert not _events(doc, "REQUEST")
    doc = extract_text("علما بأن واشنطن طلبت من أنقرة منذ أشهـر عديدة السماح لها باستخدام هذه القاعدة الجوية.",
                       published="2015-07-24")
    assert not _events(doc, "REQUEST")
    doc = extract_text("ونفت الحركة مشاركتها في الحوار الوطني الذي دعا إليه الرئيس السوداني قبل أكثر من عام.",
                       published="2015-08-07")
    assert not _events(doc, "REQUEST")
    doc = extract_text("وطلبت واشنطن من أنقرة أمس السماح لها باستخدام هذه القاعدة الجوية.", published="2015-07-24")
    assert _events(doc, "REQUEST")


def test_discussed_with_after_a_long_subject_is_a_consultation_but_searched_is_not():
    # (blind2, SaudiNewsNet) "بحث الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان، خلال اتصال هاتفي":
    # talks, past two long names; "وبحثت كثيرا قبل وصولي عن اي شخص يتم التواصل معه": searched
    doc = extract_text("بحث الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان، خلال اتصال هاتفي الأربعاء، "
                       "الحرب في سوريا والعراق.", published="2015-07-23")
    assert _events(doc, "CONSULT")
    doc = extract_text("قالت وصلت انا ووالدي الى مدينة الدراسة وبحثت كثيرا قبل وصولي عن اي شخص يتم التواصل معه ولكني "
                       "لم اجد الا بعد ايام من وصولي.", published="2015-07-23")
    assert not _events(doc, "CONSULT")


def test_voiced_solidarity_with_a_party_is_support_but_a_vigil_in_solidarity_is_not():
    # (blind3, SaudiNewsNet) "وأكدت وزارة الخارجية التركية ... تضامن تركيا مع المملكة": support; "الوقفة الصامتة ...
    # تضامناً مع ضحايا": the aim of a protest
    doc = extract_text("وأكدت وزارة الخارجية التركية في بيان لها أمس تضامن تركيا مع المملكة في مكافحتها للإرهاب.",
                       published="2015-08-07")
    assert _events(doc, "SUPPORT")
    doc = extract_text("وحددت أماكن الوقفة الصامتة على كورنيش النيل تضامناً مع ضحايا حادثة الكنيستين.",
                       published="2015-08-07")
    assert not _events(doc, "SUPPORT")


def test_a_term_given_to_a_party_is_an_ultimatum_but_not_when_negated():
    # (train, SaudiNewsNet) "بعد أن أمهلهم ثوار المحافظة مهلة 48 ساعة": a threat; "لم يمهله إلا ساعة": no one threatens
    doc = extract_text("في اعتراف ضمني بالهزيمة، طلب مسلحو جماعة الحوثيي الإرهابية من زعيمهم، عبدالملك الحوثي السماح "
                       "لهم بالخروج من محافظة ذمار، بعد أن أمهلهم ثوار المحافظة مهلة 48 ساعة تنتهي اليوم.",
                       published="2015-08-10")
    assert _events(doc, "THREATEN")
    doc = extract_text("تمكن المواطن والذي يبلغ من العمر 23 عاماً، أن ينجو من الحادث بعد اندلاع الحريق في سيارته، إلا أن "
                       "ذلك لم يمهله إلا ساعة، حيث توفي في موقع الحادث.", published="2015-08-10")
    assert not _events(doc, "THREATEN")


def test_support_affirmed_or_standing_by_a_party_is_support_but_not_a_support_refused():
    # (blind3, SaudiNewsNet) "مؤكدة دعمها السلطات السعودية"، "وقوف بلاده قيادة وشعبا بجانب المملكة": support voiced;
    # "رفضهم لدعم إيران للإرهاب": the support of another, rejected
    doc = extract_text("أعربت روسيا عن تعازيها لعائلات ضحايا الهجوم الإرهابي الذي وقع في مدينة أبها في المملكة، مؤكدة "
                       "دعمها السلطات السعودية في مكافحة الإرهاب.", published="2015-08-08")
    assert _events(doc, "SUPPORT")
    doc = extract_text("وأكد الناطق الرسمي باسم الحكومة الاردنية الدكتور محمد المومني في بيان صحفي اليوم وقوف بلاده قيادة "
                       "وشعبا بجانب المملكة العربية السعودية ضد كل عمل إرهابي جبان يستهدف أمنها.", published="2015-08-07")
    assert _events(doc, "SUPPORT")
    doc = extract_text("وأعادوا التأكيد على رفضهم لدعم إيران للإرهاب وأنشطتها المزعزعة للاستقرار في المنطقة.",
                       published="2015-08-07")
    assert not _events(doc, "SUPPORT")


def test_the_doers_of_an_attack_described_in_harsh_words_is_an_accusation_but_a_habit_decried_is_not():
    # (blind3, SaudiNewsNet) "واصفاً من ارتكبها وخطط لها بالمفسد في الأرض": a judgement on the bombers; "واصفا التفحيط
    # بأنه قضية خطيرة ومشينة": a habit decried, no party accused
    doc = extract_text("وأكّد قاضي الاستئناف بمحكمة جازان الشيخ إياس بن على بجوي، أن حادثة التفجير تلك نابعة من الحقد "
                       "والجحود لخيرات هذا الوطن، واصفاً من ارتكبها وخطط لها بالمفسد في الأرض الذي يسعى لبث الفرقة، "
                       "وشتات الكلمة، وتمزيق الصفوف.", published="2015-08-08")
    assert _events(doc, "ACCUSE")
    doc = extract_text("ودعا سماحة الشيخ عبدالعزيز بن عبدالله آل الشيخ مفتي عام المملكة الشباب إلى الانصراف عن ممارسة "
                       "التفحيط لما فيها من المفاسد العظيمة، واصفا التفحيط بأنه قضية خطيرة ومشينة، وخلق سيئ.",
                       published="2015-08-08")
    assert not _events(doc, "ACCUSE")


def test_a_count_summed_over_a_month_or_a_period_tells_no_one_attack():
    # (blind and blind2 sets) "قتلوا في هجمات ... خلال الشهر الماضي"، "قتل اكثر من 700 شخص ... خلال شهر ونصف الشهر"، "إن
    # 173 مدنيا قتلوا ... خلال هذه الفترة": a period's toll; a fortnight of strikes (blind2 gold) and a doer's week stand
    doc = extract_text("وقالت وكالة أنباء الأناضول: إن 24 من أفراد قوات الأمن قتلوا في هجمات للمقاتلين الأكراد خلال الشهر "
                       "الماضي كما قتل 12 من عناصر الكردستاني في هذه المصادمات.", published="2015-08-04")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("ويواجه الرئيس الجديد محمد بخاري موجة من العنف منذ تسلم مهامه في 29 مايو (ايار)، حيث قتل اكثر من 700 "
                       "شخص في نيجيريا خلال شهر ونصف الشهر.", published="2015-07-20")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("وقال المرصد في بيان اليوم الخميس إن 173 مدنيا قتلوا وأصيب العشرات بالإضافة إلى مقتل مقاتل إسلامي "
                       "أيضا جراء هذه الغارات خلال هذه الفترة .", published="2015-07-23")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("أفادت وكالة أنباء الاناضول الحكومية التركية امس ان نحو 390 مقاتلا كرديا من حزب العمال الكردستاني "
                       "قتلوا وجرح 400 آخرون خلال اسبوعين من الغارات الجوية التركية على قواعد للمتمردين في شمال العراق.",
                       published="2015-08-10")
    assert _events(doc, "ASSAULT")


def test_an_attack_they_plan_or_aim_at_has_not_happened():
    # (blind3 set) "المتطرفين يهدفون إلى تفجير قنبلة": the plural of يهدف/يخطط is a plan too (guidelines: skip
    # pure future plans); (SaudiNewsNet) the arrest of those who planned attacks is coded
    doc = extract_text("وأوضحت أن المتطرفين يهدفون إلى تفجير قنبلة في وسط لندن خلال فعاليات الذكرى السبعين للانتصار على "
                       "اليابان، والمتوقع أن يحضرها آلاف الأشخاص.", published="2015-08-13")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("أعلنت السلطات المغربية اعتقال 8 أشخاص امس الثلاثاء كانوا يخططون لارتكاب اعتداءات في المغرب باسم "
                       "تنظيم «داعش» الإرهابي.", published="2015-07-22")
    assert _events(doc, "COERCE") and not _events(doc, "ASSAULT")
    assert _events(extract_text("وأوضحت أن المتطرفين فجروا قنبلة في وسط لندن.", published="2015-08-13"), "ASSAULT")


def test_a_protest_or_a_sanction_dated_months_back_is_background():
    # (blind3 set) "واثار القرار احتجاجات عنيفة على مدى أسابيع ومحاولة انقلاب في منتصف مايو" in an article of the
    # election-eve violence (July): the old protests are background, the news stands; (SaudiNewsNet) "وكان مجلس الأمن
    # الدولي فرض في إبريل الماضي عقوبات" likewise
    lead = ("قتل اثنان على الاقل احدهما رجل شرطة والآخر أحد أفراد المعارضة خلال أعمال عنف وقعت خلال الليل قبل "
            "الانتخابات الرئاسية التي تجري امس الثلاثاء في بوروندي بعد انفجارات وتردد أصوات النيران في العاصمة بوجومبورا. "
            "وقال مسؤول انتخابي ان التصويت بدأ في مناطق الريف بعد تردد الانفجارات واطلاق النار في العاصمة بوجومبورا. ")
    old = "واثار القرار احتجاجات عنيفة على مدى أسابيع ومحاولة انقلاب في منتصف مايو أيار."
    doc = extract_text(lead + old, published="2015-07-22")
    assert _events(doc, "ASSAULT") and not _events(doc, "PROTEST")
    doc = extract_text(lead + old.replace(" في منتصف مايو أيار", ""), published="2015-07-22")
    assert _events(doc, "PROTEST")


def test_freeing_a_town_named_as_an_aim_is_no_attack():
    # (blind2 and blind3 sets) "تقدم قوات الجيش لتحرير جميع المناطق"، "عملية السهم الذهبي لتحرير مدينة عدن": لـ +
    # تحرير is what a move aims at (like لاستعادة السيطرة); the town taken stands ("سيطرت المقاومة على مدينة الحوطة")
    doc = extract_text("وأعرب نائب الرئيس اليمني عن تقدير حكومة بلاده لدور الإمارات خاصة، ودول التحالف العربي عامة في "
                       "عملية \"السهم الذهبي\" لتحرير مدينة عدن من المليشيات المتمردة.", published="2015-07-26")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("سيطرت المقاومة الشعبية اليوم الثلاثاء على مدينة الحوطة عاصمة محافظة لحج جنوبي اليمن بشكل كامل عقب "
                       "اشتباكات بينها وبين الحوثيين.", published="2015-08-04")
    assert _events(doc, "ASSAULT")


def test_the_earlier_attack_a_new_one_is_dated_from_is_no_news():
    # (blind set) "وذلك بعد أسابيع من الهجوم على فندق في سوسة خلف 38 قتيلاً": weeks or months after an earlier attack,
    # a reference point, and what it did with it; (blind gold) "بعد أسبوعين على بدء غارات جوية" is coded
    doc = extract_text("وذلك بعد أسابيع من الهجوم على فندق في سوسة خلف 38 قتيلاً من السياح في حادثة غير مسبوقة بتونس.",
                       published="2015-08-03")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("وذلك بعد أسبوعين على بدء غارات جوية على مواقع للأكراد في العراق.", published="2015-08-07")
    assert _events(doc, "ASSAULT")


def test_the_one_attack_of_its_kind_named_again_is_that_attack():
    # (blind3) "«الهجوم الانتحاري وقع عند مدخل مطار كرزاي الدولي»": the attack on Kabul told again; the airport,
    # a name the gazetteer lacks, is no other place
    doc = extract_text("أعلن متمردو حركة طالبان مسؤوليتهم عن الهجوم الذي شهدته العاصمة الأفغانية كابل، أمس، موضحين أنه "
                       "استهدف موكبا للقوات الأجنبية بالقرب من مطار حميد كرزاي الدولي. وصرح مسؤولون بأن ما لا يقل عن ستة "
                       "أشخاص، من بينهم انتحاري لقوا حتفهم وأصيب 21 آخرون في تفجير انتحاري وقع بالعاصمة الأفغانية أمس. "
                       "وقال المتحدث باسم وزارة الداخلية الأفغانية نجيب دانيش بأن «الهجوم الانتحاري وقع عند مدخل مطار "
                       "كرزاي الدولي، في منطقة مزدحمة».", published="2015-08-11")
    assert [len(e.mentions) for e in _events(doc, "ASSAULT")] == [3]


def test_a_protest_and_its_clashes_with_the_police_are_one_protest():
    # (blind2) "شهدت مدينة فيرغسون ... احتجاجات" then "واشتبكت الشرطة مع متظاهرين ...، حيث تجمع نحو 200 متظاهر":
    # the demonstration told again as a riot is the same protest (demo and riot are compatible modes)
    doc = extract_text("شهدت مدينة فيرغسون بولاية ميسوري الأميركية اليوم (الثلاثاء) احتجاجات، في ذكرى مرور عام على مقتل "
                       "شاب أسود أعزل برصاص شرطي أبيض.\n\n واشتبكت الشرطة مع متظاهرين تجمعوا في شوارع المدينة في وقت "
                       "مبكر من صباح اليوم، حيث تجمع نحو 200 متظاهر يلوحون بالأعلام ويقرعون الطبول ويرددون هتافات مناهضة "
                       "للشرطة في الشوارع نفسها.", published="2015-08-11")
    assert [(e.mode, len(e.mentions)) for e in _events(doc, "PROTEST")] == [("demo", 3)]


def test_an_arrest_and_the_seizure_of_the_raid_are_one_operation():
    # (train) "تمكنت الشرطة ... من القبض على عصابة" then "وقد تمكنت الشرطة المحلية من مصادرة ... صورة": the gold codes
    # one arrest with both sentences (arrest and seize are compatible modes of one police operation)
    doc = extract_text("تمكنت الشرطة المحلية في مدينة قصور شرقي باكستان من القبض على عصابة متورطة في استدراج الأطفال من "
                       "الجنسين وهتك عرضهم. وقد تمكنت الشرطة المحلية من مصادرة ما بين 280 إلى 400 صورة لأطفال وهم في "
                       "أوضاع شائنة كانت تستخدمها العصابة في الابتزاز.", published="2015-08-10")
    assert [(e.mode, len(e.mentions)) for e in _events(doc, "COERCE")] == [("arrest", 2)]


def test_one_meeting_told_by_name_and_by_title_is_one_consultation():
    # (train) "عقب لقائه مع نظيره القطري الدكتور خالد العطية" (ياسين) then "وقال وزير الخارجية اليمني إن لقاءه مع الدكتور
    # خالد العطية": the same counterpart met by one country's side is one meeting, though its speaker is named once by
    # name and once by title
    doc = extract_text("قال الدكتور رياض ياسين، وزير الخارجية اليمني، إن الميليشيات الحوثية المتمردة على الشرعية تعيش "
                       "فترة استياء من حليفها القوي إيران.\n\n وأوضح ياسين في اتصال هاتفي لـ«الشرق الأوسط»، عقب لقائه "
                       "مع نظيره القطري الدكتور خالد العطية في الدوحه أمس، أن إيران ستواجه مشكلات كبيرة.\n\n وقال وزير الخارجية اليمني إن لقاءه مع الدكتور خالد "
                       "العطية، وزير الخارجية القطري، كان «مثمرًا».", published="2015-08-05")
    assert [len(e.mentions) for e in _events(doc, "CONSULT")] == [2]


def test_a_large_toll_told_again_days_apart_is_one_attack_on_the_later_day():
    # (blind3) "وبعد أربعة أيام على هجوم انتحاري ... وأودى بحياة 32 شخصًا" (dated the day of the air strikes) then
    # "وجاءت المداهمات بعد مقتل 32 شخصا في تفجير انتحاري الاثنين": the same 32 dead, one bombing, on Monday
    doc = extract_text("وبعد أربعة أيام على هجوم انتحاري دامٍ استهدف الأراضي التركية وأودى بحياة 32 شخصًا ومائة جريح، شنّ "
                       "سلاح الجو التركي اليوم، أولى غاراته على مواقع لتنظيم «داعش» في سوريا.\n\n وجاءت المداهمات بعد "
                       "مقتل 32 شخصا في تفجير انتحاري الاثنين في بلدة تركية على الحدود السورية، نسب إلى تنظيم «داعش».",
                       published="2015-07-24")
    assert [(e.killed, e.date, len(e.mentions)) for e in _events(doc, "ASSAULT") if e.killed] == [(32, "2015-07-20", 2)]


def test_a_deed_dated_years_back_in_an_article_is_history():
    # (blind3) an article on a small quake recalls "كما دمر زلزال ... في أيلول - سبتمبر 2013": years back, with no
    # news of the last days told as an attack, still history (the guidelines leave out background)
    doc = extract_text("وتقع باكستان على جزء من منطقة التقاء الصفائح التكتونية الهندية والأوراسية، مما يجعلها عرضة "
                       "للزلازل. وتعرضت لزلزال بقوة 7.6 درجات في 8 تشرين الأول - أكتوبر 2005 أودى بحياة أكثر من 73 ألف "
                       "شخص. كما دمر زلزال بقوة 7.7 درجات العديد من المناطق في ولاية بلوشستان (جنوب غرب) في أيلول - سبتمبر "
                       "2013 وأدى إلى مقتل 370 شخصاً وتشريد 100 ألف.", published="2015-07-26")
    assert not _events(doc, "ASSAULT")
    # (blind2) "حاول خلالها بعض الشبان اقتحام القنصلية" in a demonstration of September 2012: an old raid, in a report
    # of an arrest of this week
    doc = extract_text("واعتقل المكتب المركزي للأبحاث القضائية شخصين يشتبه في انتمائهما لتنظيم داعش. وعرفت المجاطي قبل "
                       "سفرها إلى العراق بنشاطها وسط تنسيقية المعتقلين الإسلاميين بالمغرب. كما كانت وراء تنظيم مظاهرة "
                       "سبتمبر (أيلول) 2012 أمام القنصلية الأميركية في الدار البيضاء حاول خلالها بعض الشبان اقتحام "
                       "القنصلية.", published="2015-07-21")
    assert [e.mode for e in _events(doc, "COERCE")] == ["arrest"]


def test_the_year_of_another_deed_told_after_a_raid_is_not_the_raids():
    # (train) "شنت أنقرة مداهمات ... ضد المتمردين من حزب جبهة التحرر الشعبي الثوري، الذي تبنى هجوما انتحاريا في العام
    # 2013": the year is the old bombing's; the raids are news and stay
    doc = extract_text("وتعهدت الحكومة التركية ببدء الغارات ضد تنظيم داعش في سوريا. كذلك، شنت أنقرة مداهمات واسعة في "
                       "إسطنبول ومدن أخرى ضد المتمردين من حزب جبهة التحرر الشعبي الثوري، الذي تبنى هجوما انتحاريا في العام "
                       "2013، استهدف السفارة الأميركية في أنقرة. واعتقلت السلطات التركية أكثر من 1300 شخص منذ نهاية الشهر "
                       "الماضي.", published="2015-08-10")
    assert "raid" in [e.mode for e in _events(doc, "COERCE")]


def test_the_dead_counted_since_a_ruler_took_office_or_since_a_campaign_began_are_a_tally():
    # (tuned, train) "ومنذ تولي الرئيس النيجيري محمد بخاري ... الحكم في 29 مايو (أيار) الماضي، قتل أكثر من 800 شخص":
    # two months' toll, no one attack; (train) "وقتل ما لا يقل عن 17 عنصرا ... منذ ان باشر متمردو حزب العمال شن هجمات"
    doc = extract_text("ومنذ تولي الرئيس النيجيري محمد بخاري، الذي توعد بسحق التمرد، الحكم في 29 مايو (أيار) الماضي، قتل "
                       "أكثر من 800 شخص، بحسب تعداد لوكالة الصحافة الفرنسية.", published="2015-07-26")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("وقتل ما لا يقل عن 17 عنصرا من قوات الامن التركية واصيب عشرات بجروح منذ ان باشر متمردو حزب العمال "
                       "الكردستاني شن هجمات يومية في 22 تموز/يوليو.", published="2015-08-09")
    assert not [e for e in _events(doc, "ASSAULT") if e.killed == 17]
    # (SaudiNewsNet) the dead since an evening, in a series of attacks, are those attacks' toll
    doc = extract_text("قتل 51 شخصا وجرح مئات آخرون منذ مساء الخميس في كابل في سلسلة من الهجمات.", published="2015-08-08")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [51]
    # (blind3) "وبذلك يرتفع الى 600 عدد قتلى هجمات "بوكو حرام" في نيجيريا منذ تولي الرئيس محمد بخاري السلطة": the dead
    # and the attacks they are counted of
    doc = extract_text("وبذلك يرتفع الى 600 عدد قتلى هجمات \"بوكو حرام\" في نيجيريا منذ تولي الرئيس محمد بخاري السلطة في 29 "
                       "مايو (ايار).", published="2015-07-27")
    assert not _events(doc, "ASSAULT")


def test_the_dead_of_a_crash_told_past_a_semicolon_or_as_the_incident_are_no_attack():
    # (SaudiNewsNet) "لقي أربعة أشخاص مصرعهم وأصيب آخران بجراح خطيرة؛ جراء حادث اصطدام سيارتين": an article that names a
    # crash and no use of force (the semicolon ends the sentence of the dead)
    doc = extract_text("لقي أربعة أشخاص مصرعهم وأصيب آخران بجراح خطيرة؛ جراء حادث اصطدام سيارتين وجهاً لوجه على طريق "
                       "\"عفراء – بيشة\"، عصر أمس الأحد.   وقال عبدالرحمن القرني وهو أحد شهود العيان لـ \"سبق\": \"وقع حادث "
                       "مروّع بين سيارتين من نوع نيسان داتسون\".   وأضاف: \"وقع الحادث أمام مستوصف عفراء القديم\".",
                       published="2015-07-20")
    assert not _events(doc, "ASSAULT")
    # (blind2) an article on a bus crash: "أن تسعة أشخاص لقوا حتفهم وأصيب كثيرون آخرون في الحادث" is the crash again
    doc = extract_text("لقي تسعة لاجئين سوريين حتفهم عندما اصطدمت حافلة صغيرة مكتظة بالركاب بسور في ولاية بالكسير شمال "
                       "غرب تركيا يوم أمس السبت.  وصرح ياسين أوزتورك رئيس حي هارفان لوكالة أنباء الأناضول أن تسعة أشخاص "
                       "لقوا حتفهم وأصيب كثيرون آخرون في الحادث الذي وقع قرب منطقة سابسي.  وقال أوزتورك إن الحافلة كانت "
                       "تقل قرابة 40 سورياً رغم أن سعتها 25 شخصاً.", published="2015-08-09")
    assert not _events(doc, "ASSAULT")
    # (blind2) but a killing someone committed over a traffic dispute (خلاف مروري) is an attack
    doc = extract_text("وأقدم سليمان الأسد وهو نجل ابن عم الرئيس السوري على قتل العقيد المهندس في القوات الجوية حسان الشيخ "
                       "إثر خلاف مروري عند مستديرة الأزهري في مدينة اللاذقية مساء الخميس. وأشارت صحيفة الوطن إلى أن محافظ "
                       "اللاذقية إبراهيم خضر السالم قام بتعزية عائلة الفقيد. وروى شقيق الفقيد الذي كان برفقته أثناء وقوع "
                       "الحادث كيف قتل سليمان أخاه لأنه لم يفسح المجال لسيارته بالمرور بسبب ازدحام الطريق.",
                       published="2015-08-10")
    assert _events(doc, "ASSAULT")


def test_the_dead_told_with_also_after_a_wars_tally_are_more_of_that_tally():
    # (train, blind, blind2) the Observatory's tally of the coalition's strikes since September 2014, then "كما لقي ما لا
    # يقل عن 115 مسلحاً من جبهة النصرة ... حتفهم جراء ضربات صاروخية نفذها التحالف": undated, more of the same tally
    doc = extract_text("ولفت إلى مقتل 2927 على الأقل من تنظيم داعش غالبيتهم من جنسيات غير سورية، جراء الضربات الصاروخية "
                       "وغارات التحالف العربي على تجمعات وتمركزات ومقار التنظيم ومحطات نفطية في محافظات حماة وحلب وحمص "
                       "والحسكة والرقة ودير الزور. كما لقي ما لا يقل عن 115 مسلحاً من جبهة النصرة (تنظيم القاعدة في بلاد "
                       "الشام) حتفهم جراء ضربات صاروخية نفذها التحالف العربي - الدولي وغارات لطائراته، على مقرات لجبهة "
                       "النصرة في ريف حلب الغربي وريف إدلب الشمالي.", published="2015-07-24")
    assert not _events(doc, "ASSAULT")


def test_a_past_attack_told_in_a_relative_clause_is_reported():
    # (train) "بسبب هجومه الشديد على الإرهابيين اليهود الذين أحرقوا عائلة فلسطينية في قرية دوما": the gold codes the
    # burning told of its doers in a relative clause; a hold (الذين سيطروا على) or a bomber (الذي فجر نفسه) so
    # described is not another attack
    doc = extract_text("شنت عصابات الإرهاب اليهودية على الرئيس الإسرائيلي، رؤوبين رفلين، حملة تحريض شرسة في شبكات التواصل "
                       "الاجتماعي، بسبب هجومه الشديد على الإرهابيين اليهود الذين أحرقوا عائلة فلسطينية في قرية دوما، فجر "
                       "الجمعة الماضي.", published="2015-08-03")
    burnt = _events(doc, "ASSAULT")
    assert [e.mode for e in burnt] == ["destroy"] and _mention_covering(doc, burnt[0], "أحرقوا عائلة فلسطينية")
    doc = extract_text("ويعكس هذا القرار تكثيفا للدور التركي في التصدي لمقاتلي تنظيم داعش الذين سيطروا على مناطق شاسعة من "
                       "العراق وسوريا.", published="2015-07-29")
    assert _events(doc, "ASSAULT") == []
    doc = extract_text("وقال إن الانتحاري الذي فجر نفسه كان من المسلحين الأجانب.", published="2015-07-29")
    assert _events(doc, "ASSAULT") == []


def test_an_arrest_in_a_sentence_about_a_match_is_still_an_arrest():
    # (train) the sports words of the sentence (نادي، مباراة، الأهلي) make "يلتقي" a fixture, but never "ألقت القبض"
    doc = extract_text("ألقت الشرطة المصرية القبض على 8 من جماهير نادي الزمالك الغاضبين بعد الاشتباك مع الأمن ومحاولتهم "
                       "الاعتداء على نادي الزمالك بمنطقة ميت عقبة بالجيزة عقب نهاية مباراة الفريق بالخسارة أمام غريمه "
                       "الأهلي.", published="2015-08-03")
    assert [(e.mode, e.text) for e in _events(doc, "COERCE")] == [("arrest", "ألقت")]


def test_troops_sent_are_a_deployment():
    # (train) "مضيفًا أن طائرات هليكوبتر وفرقة كوماندوس أرسلت إلى المنطقة": forces sent (passive) are mobilized; aid
    # sent is not (the AID row of ارسل needs مساعدات, شحنه ...)
    doc = extract_text("وقال مصدر أمني إن مسلحين هاجموا مركزا للشرطة، مضيفًا أن طائرات هليكوبتر وفرقة كوماندوس أرسلت إلى "
                       "المنطقة وأن العملية لا تزال جارية.", published="2015-07-24")
    assert [e.text for e in _events(doc, "MOBILIZE")] == ["أرسلت"]
    doc = extract_text("وأرسلت المملكة قافلة مساعدات طبية إلى اليمن.", published="2015-07-24")
    assert _events(doc, "MOBILIZE") == []


def test_an_arrest_disclosed_with_an_is_reported_not_a_back_reference():
    # (blind3) "كشفت إمارة منطقة مكة المكرمة عن إلقاء القبض على أحد الأشخاص": عن after a verb of disclosure names the
    # news itself, not an event told elsewhere; a claim for an attack (أعلن مسؤوليته عن الهجوم) still refers back
    doc = extract_text("كشفت إمارة منطقة مكة المكرمة عن إلقاء القبض على أحد الأشخاص الذين ظهروا في مقطع فيديو التحرش "
                       "بفتاتين في أحد متنزهات جدة.", published="2015-08-03")
    assert [(e.mode, e.text) for e in _events(doc, "COERCE")] == [("arrest", "إلقاء القبض")]
    doc = extract_text("وأعلن تنظيم داعش مسؤوليته عن الهجوم.", published="2015-08-03")
    assert _events(doc, "ASSAULT") == []


def test_a_deed_called_criminal_by_a_speaker_is_a_condemnation():
    # (train) "إن هذا العمل عمل إجرامي وعمل مشين": a pejorative right after the deed's noun condemns it (ACCUSE by
    # the speaker), though no condemning verb is used; alone it names no deed ("المخططات الإجرامية": plots foiled)
    doc = extract_text("وقال العميد العتيبي: «إن هذا العمل عمل إجرامي وعمل مشين، وإن من يقوم بمثل هذا العمل لا يمت "
                       "للإسلام بصلة».", published="2015-08-07")
    assert [e.actors[0].text for e in _events(doc, "ACCUSE")] == ["العتيبي"]
    doc = extract_text("وأشار المستشار القانوني عبدالهادي بن محمد العتين «إلى أنه وبقدر حزنه على نهج بعض المغرر بهم من "
                       "الشباب فرح بالإنجازات الأمنية التي تمكنت من إحباط المخططات الإجرامية الإرهابية التي تهدف الى "
                       "النيل من أمن الوطن».", published="2015-07-23")
    assert _events(doc, "ACCUSE") == []


def test_praise_by_participle_and_contacts_with_a_party_are_statements():
    # (SaudiNewsNet) "مشيدا بموقف خادم الحرمين الشريفين": praise told by a participle is SUPPORT, as أشاد is;
    # "تجري اتصالات مكثفة مع الجانب الاسرائيلي": contacts with a party are CONSULT (not "الاتصالات", telecoms)
    doc = extract_text("وكانت الأمسية بدأت بكلمة لمدير فنون أبها أحمد السروي، أكد من خلالها على الوقوف والمساندة بكل "
                       "فخر واعتزاز مع قواتنا التي تذود عن أمن هذا الوطن واستقراره، وتسعى لاستعادة الشرعية في جمهورية "
                       "اليمن الشقيق واستقرار شعبه، مشيدا بموقف خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، الذي "
                       "أمر ببدء عاصفة الحزم ضد المتمردين الحوثيين.", published="2015-07-24")
    assert [e.actors[0].text for e in _events(doc, "SUPPORT")] == ["أحمد السروي"]
    doc = extract_text("وقال رئيس هيئة شؤون الاسرى والمحررين عيسى قراقع: إن السلطة الفلسطينية تجري اتصالات مكثفة مع "
                       "الجانب الاسرائيلي ومع جهات دولية للتدخل من اجل الضغط لانقاذ حياة الاسير محمد علان.",
                       published="2015-08-09")
    assert [e.actors[0].text for e in _events(doc, "CONSULT")] == ["السلطة الفلسطينية"]


def test_a_body_named_before_its_statement_or_by_a_light_verb_speaks():
    # (train) "وكان الجانبان قد اتفقا"، "كما وجه المجتمعون دعوة"، "عقد وزراء خارجية دول مجلس التعاون ... اجتماعًا": a
    # body of people before the verb, or the subject of the light verb whose object is the statement's noun, is
    # its speaker; (SaudiNewsNet) "أن الوزارة استقبلت ما يزيد على 6 ملايين معتمر": a count of people received, no talks
    doc = extract_text("وكان الجانبان قد اتفقا من حيث المبدأ في السابع والثامن من تموز - يوليو على استخدام القاعدة "
                       "الموجودة في إقليم أضنة.", published="2015-07-25")
    assert [e.actors[0].text for e in _events(doc, "AGREE")] == ["الجانبان"]
    doc = extract_text("كما وجه المجتمعون دعوة إلى من تبقى من عناصر الجيش الذين سرحهم المخلوع بسرعة الانضمام لصفوف "
                       "المقاومة.", published="2015-07-25")
    assert [e.actors[0].text for e in _events(doc, "REQUEST")] == ["المجتمعون"]
    doc = extract_text("عقد وزراء خارجية دول مجلس التعاون مساء أمس في الدوحة اجتماعًا تنسيقيًا للتحضير لاجتماع مع كيري "
                       "اليوم لبحث الاتفاق النووي مع إيران والأزمة السورية.", published="2015-08-03")
    assert [e.actors[0].text for e in _events(doc, "CONSULT")] == ["وزراء خارجية دول مجلس"]
    doc = extract_text("أوضحت وزارة الحج السعودية، أنها ستبدأ من الأسبوع القادم باستقبال أول فوج من قوافل حجاج بيت الله "
                       "الحرام لأداء مناسك حج هذا العام، مبينة أن الوزارة استقبلت ما يزيد على 6 ملايين معتمر هذا العام.",
                       published="2015-07-21")
    assert _events(doc, "CONSULT") == []


def test_a_party_before_its_present_statement_verb_condemns_the_deed_it_judges():
    # (train) "ووزارة الداخلية إذ تعلن ذلك لتبين أن مثل هذا العمل الجبان الغادر": the party standing right before the
    # statement verb (إذ تعلن) is the speaker who calls the deed cowardly (an ACCUSE by the ministry)
    doc = extract_text("ولايزال هذا الحادث الإرهابي محل متابعة الجهات الأمنية المختصة، ووزارة الداخلية إذ تعلن ذلك لتبين "
                       "أن مثل هذا العمل الجبان الغادر الذي لم يراع حرمة للمكان ولا للدماء المعصومة ليوضح مدى خبث هذا "
                       "الفكر وإجرامه وضلاله.", published="2015-08-13")
    assert [e.actors[0].text for e in _events(doc, "ACCUSE")] == ["وزارة الداخلية"]


def test_a_body_named_by_its_kind_after_the_statement_verb_is_its_speaker():
    # (tuned) "وفيما دان المجلس العملية": a definite council, committee or movement right after the verb is its subject
    # (the body told of before), as a body of people is ("واتفق الحاضرون"); (SaudiNewsNet) "واتهمت اللجنة رئيس كوريا
    # الجنوبية": the committee accuses, the president is accused
    doc = extract_text("وفيما دان المجلس العملية التي وصفها بالإجرامية والجبانة، أكد أن الحادثة لن تمر دون عقاب، وسيقوم "
                       "بكل ما من شأنه الضرب بيد من حديد على هذه الأعمال العبثية الخارجة على كل القيم والأخلاق الإسلامية "
                       "والإنسانية.", published="2015-07-21")
    assert [e.actors[0].text for e in _events(doc, "ACCUSE")] == ["المجلس"]
    doc = extract_text("واتهمت اللجنة رئيس كوريا الجنوبية بارك كون هيه بانها وراء فضيحة القرصنة التي تواجهها وكالة "
                       "الاستخبارات ، مضيفة انه يتعين حل الوكالة على الفور.", published="2015-07-24")
    assert [e.actors[0].text for e in _events(doc, "ACCUSE")] == ["اللجنة"]


def test_a_large_toll_told_again_the_same_day_is_one_attack_though_the_places_disagree():
    # (blind2) "قتل عشرة جنود في هجوم ... في منطقة تمبكتو" then "واكد مصدر عسكري آخر - وهو مسؤول في الجيش تم الاتصال به
    # في باماكو - الهجوم ... واضاف ان نحو عشرة من رجالنا قتلوا": the same ten dead the same day, one attack, though the
    # second report is placed at the source's town
    doc = extract_text("قتل عشرة جنود في هجوم شنه مسلحون متشددون وصفهم مسؤول عسكري بانهم \"ارهابيون\" صباح اليوم (الاثنين) "
                       "على معسكر للجيش المالي في منطقة تمبكتو شمال البلاد.\n\n وارسل عسكريون الى موقع الهجوم الذي يبعد "
                       "نحو 140 كلم شرق تمبكتو.\n\n واكد مصدر عسكري آخر - وهو مسؤول في الجيش تم الاتصال به في باماكو - "
                       "الهجوم، موضحا انه استهدف \"وحدة للحرس الوطني\" متمركزة في غورما-راروس. واضاف ان \"نحو عشرة من "
                       "رجالنا قتلوا\" من قبل المهاجمين.", published="2015-08-03")
    assert [(e.killed, len(e.mentions)) for e in _events(doc, "ASSAULT")] == [(10, 5)]


def test_a_large_toll_given_two_days_at_one_place_is_one_attack():
    # (tuned) "أسفر هجوم جديد ... عن سقوط 20 قتيلاً مساء السبت، في مدينة مروة ... التي شهدت الأربعاء الماضي تفجيرين"
    # then "أنّ عدد قتلى الهجوم ارتفع إلى 20 شخصًا": the risen toll joined the Wednesday's bombings (its clause's day);
    # the same 20 dead at one town are one attack whatever days the two reports were given
    doc = extract_text("أسفر هجوم جديد نفذته فتاة في نحو الـ12 من العمر، عن سقوط 20 قتيلاً مساء السبت، في مدينة مروة أقصى "
                       "شمال الكاميرون التي شهدت الأربعاء الماضي تفجيرين انتحاريين يحملان بصمات جماعة «بوكو حرام» "
                       "النيجيرية.\n\n وأعلن التلفزيون الكاميروني صباح اليوم أنّ عدد قتلى الهجوم ارتفع إلى 20 شخصًا. "
                       "وكانت مصادر أمنية ذكرت لوكالة الصحافة الفرنسية، أنّ 14 شخصًا على الأقل قتلوا في هذا الهجوم، "
                       "مضيفة أنّ 79 شخصًا جرحوا.", published="2015-07-26")
    assert [(e.killed, len(e.mentions)) for e in _events(doc, "ASSAULT")] == [(20, 6)]


def test_the_same_five_dead_told_in_the_lead_and_with_the_town_are_one_attack():
    # (blind) "أسفر هجوم شنه مسلحون على مركز للشرطة ... في الهند ... عن سقوط خمسة قتلى" then "وقتل شرطيان وثلاثة
    # مدنيين في الهجوم ... في غورداسبور بولاية البنجاب": the same five dead (two policemen and three civilians), told
    # at places that do not tell two attacks apart, are one attack once all reports are joined
    doc = extract_text("أسفر هجوم شنه مسلحون على مركز للشرطة، اليوم (الاثنين)، في الهند قرب الحدود مع باكستان، عن سقوط "
                       "خمسة قتلى على الاقل، كما اعلنت الشرطة المحلية.\n\n وقتل شرطيان وثلاثة مدنيين في الهجوم الذي "
                       "لايزال مستمرا في المركز الواقع في غورداسبور بولاية البنجاب الشمالية، التي تم تقسيمها في 1947 بين "
                       "الهند وباكستان القوتين النوويتين المتنافستين.\n\n واسفر الهجوم ايضا عن سبعة جرحى، كما ذكر متحدث "
                       "باسم شرطة البنجاب، موضحا ان تبادل اطلاق النار ما زال مستمرا.", published="2015-07-27")
    assert [(e.killed, len(e.mentions)) for e in _events(doc, "ASSAULT")] == [(5, 5)]


def test_the_same_dead_and_wounded_counted_twice_the_same_day_are_one_attack_wherever_placed():
    # (blind) "مقتل شرطي وإصابة ثلاثة آخرين في هجوم مسلح ... على طريق مصر - الفيوم" then "أسفر عن استشهاد رقيب أول شرطة
    # ... «من قوة إدارة ترحيلات الوادي الجديد»، وإصابة ثلاثة مجندين": one dead and three wounded both times, one attack
    # though the second report is placed at the victims' unit's province
    doc = extract_text("أعلنت وزارة الداخلية المصرية اليوم (السبت) مقتل شرطي وإصابة ثلاثة آخرين في هجوم مسلح على سيارة "
                       "ترحيلات على طريق مصر - الفيوم الزراعي جنوب غربي القاهرة.\n\n صرح مسؤول مركز الإعلام الأمني بوزارة "
                       "الداخلية بأنه أثناء قيام قوة أمنية من إدارة ترحيلات مديرية أمن الوادي الجديد بتسليم اثنين مفرج "
                       "عنهما لمديرية أمن القاهرة، وحال مرورهما بطريق مصر - الفيوم الزراعي، أطلق مجهولان أعيرة نارية تجاه "
                       "القوة فقامت بمبادلتهما إلا أنهما فرا هربًا.\n\n وقال إن ذلك أسفر عن استشهاد رقيب أول شرطة محمد سيد "
                       "عبد العال «من قوة إدارة ترحيلات الوادي الجديد»، وإصابة ثلاثة مجندين بأعيرة نارية، وتم نقلهم إلى "
                       "المستشفى لتلقي العلاج.", published="2015-08-08")
    # (three reports: the wounds by gunfire, "وإصابة ثلاثة مجندين بأعيرة نارية", are a clause of their own)
    assert [(e.killed, e.injured, len(e.mentions)) for e in _events(doc, "ASSAULT")] == [(1, 3, 3)]


def test_at_least_is_no_negation():
    # blind3 (2015-08-0x): "no fewer than 6 raids" were carried out, on three villages each named
    text = ("من جهة أخرى نفذ الطيران الحربي ما لا يقل عن 6 غارات على مناطق في بلدات وقرى الزويك والدويركة وساقية الكرت "
            "بجبل الأكراد ومناطق أخرى في جبل التركمان، بريف اللاذقية الشمالي.")
    doc = extract_text(text, published="2015-08-02")
    raids = [e for e in doc.events if e.type == "ASSAULT"]
    assert sorted(e.place.text for e in raids if e.place is not None) == ["الدويركة", "الزويك", "ساقية الكرت"]


def test_a_count_of_people_past_the_unnamed_weapon_that_killed_them():
    # (blind2) "قتلت قذائف الهاون عشرات المدنيين": the verb, the weapon that killed (no name to skip), then the count
    # of people: tens are 10 (GUIDELINES); a noun of casualty before other words gives no such reading
    doc = extract_text("وأفادت المنظمة في أحدث تقرير لها عن انتهاكات المتمردين الحوثيين أنه في أعنف هجوم من هذا النوع "
                       "قتلت قذائف الهاون عشرات المدنيين بينهم أطفال في منطقة دار سعد التابعة لعدن في 19 يوليو 2015م.",
                       published="2015-08-01")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [10]


def test_the_wounded_told_after_as_well_in_a_sentence_of_no_event_of_its_own():
    # (blind3) "... 25 شخصا ... قتلوا في انفجار" then "وأضاف أن من بين الخسائر البشرية مدنيين وأفرادا من الجيش، كما
    # أصيب 38 شخصا": the wounded of the attack just told, though the sentence does not open with them
    doc = extract_text("أعلن مسؤول حكومي امس الأربعاء أن ما لايقل عن 25 شخصا، معظمهم من المدنيين، قتلوا في انفجار بشمال "
                       "أفغانستان. وأضاف أن من بين الخسائر البشرية مدنيين وأفرادا من الجيش، كما أصيب 38 شخصا، بعضهم "
                       "حالتهم خطيرة.", published="2015-08-01")
    assert [(e.killed, e.injured, len(e.mentions)) for e in _events(doc, "ASSAULT")] == [(25, 38, 2)]


def test_a_casualty_noun_with_a_singular_pronoun_after_a_verb_of_result_is_one():
    # (blind) "بادر من فيها بتفجيرها، مما نتج عنه مقتله": the result of the attack, one dead; (blind3) "ما أدى إلى مقتله
    # ومقتل و3 آخرين": more joined to him, not one
    doc = extract_text("وأثناء قيام رجال الأمن في نقطة تفتيش على طريق الحائر في الرياض، بتوجيه قائد إحدى السيارات التي تم "
                       "الاشتباه بها للتوقف، بادر من فيها بتفجيرها، مما نتج عنه مقتله.", published="2015-07-17")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [1]
    doc = extract_text("وفي التفاصيل أن جندياً أطلق النار على رفاقه ما أدى إلى مقتله ومقتل و3 آخرين وإصابة عدد آخر بجروح.",
                       published="2015-07-17")
    assert 1 not in [e.killed for e in _events(doc, "ASSAULT")]


def test_one_companion_hurt_with_the_one_killed():
    # (blind) "استشهاد أحد أفرادها ...، وإصابة زميله": his colleague, one wounded, as a kinsman is one
    doc = extract_text("تعرضت دورية مساندة من قوة المجاهدين بقطاع الطوال بمنطقة جازان لمقذوف عسكري من داخل الأراضي "
                       "اليمنية مما نتج عنه استشهاد أحد أفرادها/ خالد مساوى حمدي تغمده الله بواسع رحمته وتقبله في "
                       "الشهداء، وإصابة زميله ونقله إلى المستشفى.", published="2015-08-01")
    assert [(e.killed, e.injured) for e in _events(doc, "ASSAULT")] == [(1, 1)]


def test_a_count_after_another_verb_joined_is_not_the_dead():
    # (SaudiNewsNet) "إن جهاديا قتل واعتقل 16 شخصا": the 16 were arrested; no count of dead past a joined verb
    doc = extract_text("وأعلنت وزارة الداخلية التونسية، الجمعة، إن جهاديا قتل واعتقل 16 شخصا بشبهة \"الإرهاب\".",
                       published="2015-07-25")
    assert 16 not in [e.killed for e in _events(doc, "ASSAULT")]


def test_a_deed_a_party_seeks_plans_or_heads_to_do_far_from_the_verb_is_not_done():
    # (snn3000, blind, blind2, blind3) the verbal noun a verb of aim governs through لـ or إلى, however many words
    # and quotes lie between, and one joined to it by و after a comma, is a plan (the guidelines skip plans)
    for text in ("وبحسب المصدر نفسه كانوا يخططون لـ»سلسلة عمليات إرهابية في الرباط» تطال «مسؤولين أمنيين» وهجوم على "
                 "«مواقع حساسة».",
                 "وتأتي الغارات مع استمرار المعارك، حيث تسعى المقاومة الشعبية في الوقت الراهن الى بسط سيطرتها على "
                 "المواقع التي لا تزال في قبضة الحوثيين لتحرير المدينة في أقرب وقت.",
                 "وقال الناطق باسم المقاومة عبدالواحد حيدر ان المقاومة تتجه لقطع الخط الذي يربط محافظتي الضالع و إب، "
                 "والسيطرة على مديرية السبرة."):
        doc = extract_text(text, published="2015-08-08")
        assert [e.text for e in _events(doc, "ASSAULT") if e.text not in ("غارات", "معارك")] == [], text
    doc = extract_text("وتكثف الأجهزة الأمنية جهودها لتحديد وضبط المتهمين الهاربين والأسلحة المستخدمة في الواقعة.",
                       published="2015-08-08")
    assert _events(doc, "COERCE") == []
    # the means named before the link is done ("through these clashes"), and a deed told after a noun of the aim is
    # its own
    doc = extract_text("وتسعى القوات الحكومية من خلال هذه المواجهات إلى تحقيق المزيد من الانتصارات.", published="2015-07-30")
    assert [e.type for e in _events(doc, "ASSAULT")] == ["ASSAULT"]
    doc = extract_text("وآخرها محاولاتها افشال جهود المقاومة في عدن من خلال نشر صور لعربات أمريكية دمرت في الحرب العراقية.",
                       published="2015-07-22")
    assert [e.type for e in _events(doc, "ASSAULT")] == ["ASSAULT"]


def test_a_fight_said_to_be_imminent_or_a_matter_of_time_has_not_happened():
    # (train, blind2) "بات وشيكا"، "أصبح مسألة وقت" said of a battle's end or an attack: about to happen
    for text in ("أفادت مصادر محلية أن حسم المعارك لصالح الجيش الوطني بات وشيكا، متوقعة نجاحات كبيرة.",
                 "معتبرا أن «الهجوم على إسرائيل من قبل «داعش» أصبح مسألة وقت."):
        doc = extract_text(text, published="2015-07-31")
        assert _events(doc, "ASSAULT") == [], text
    doc = extract_text("أفادت مصادر محلية أن المعارك اندلعت أمس في المدينة.", published="2015-07-31")
    assert len(_events(doc, "ASSAULT")) == 1


def test_deeds_and_stances_told_over_the_past_months_are_no_one_event():
    # (snn3000) a span of months, years or "the past period" in the trigger's clause sums deeds or tells a
    # stance kept, no one event of the news
    doc = extract_text("وكثفت «بوكو حرام» هجماتها في تشاد وكاميرون والنيجر في الأشهر الأخيرة.", published="2015-07-13")
    assert _events(doc, "ASSAULT") == []
    doc = extract_text("ولطخت الفضيحة سمعة الرئيسة ديلما روسيف وأثارت احتجاجات شعبية كبيرة في الأشهر الأخيرة.",
                       published="2015-07-29")
    assert _events(doc, "PROTEST") == []
    doc = extract_text("إذ اعترفت واشنطن بأن الميليشيات الحوثية إرهابية، وأن رفض المتمردين على الشرعية الدخول في الإطار "
                       "السياسي خلال الفترة الماضية، خصوصا حوار جنيف تحت مظلة الأمم المتحدة، جعلهم يخسرون كثيرا.",
                       published="2015-08-05")
    assert _events(doc, "REJECT") == []
    # weeks are left alone (one announcement), and so is a statement about what was done over the period
    doc = extract_text("أعلنت السلطات الأمنية في السعودية أمس، القبض على 431 إرهابيا من جنسيات مختلفة، خلال الأسابيع "
                       "الماضية، ينتمون إلى تنظيم داعش.", published="2015-07-19")
    assert len(_events(doc, "COERCE")) == 1
    doc = extract_text("من جهة أخرى أبدى مدير إدارة كرة القدم فهد المفرج سعادته بانضباطية اللاعبين في معسكرهم التحضيري، "
                       "مشيدًا بجهودهم التي بذلوها وتعاونهم الكبير الذي أبدوه خلال الفترة الماضية؛ لتحقيق كافة الأهداف.",
                       published="2015-07-29")
    # (a football director praising his players' efforts in a sports sentence praises no party: no SUPPORT, by
    # _praise_of_no_party and SUPPORT being sports-ambiguous, not by the past period's check)
    assert not _events(doc, "SUPPORT")


def test_a_deed_named_in_a_genitive_after_an_aim_is_not_the_aim():
    # (snn3000) "تبذل أقصى جهودها لتحديد هوية المسؤولين عن عملية الاختطاف": the kidnapping is done, what is aimed at is
    # finding its doers; only the aim's own head noun (after لـ or إلى, a light verbal noun, or joined by و) is a plan
    doc = extract_text("وأفاد أن بلاده لديها الثقة في جميع الأجهزة التي تبذل أقصى جهودها لتحديد هوية المسؤولين عن عملية "
                       "الاختطاف وملابسات الحادث.", published="2015-07-22")
    assert [e.mode for e in _events(doc, "ASSAULT")] == ["abduct"]


def test_a_siege_laid_by_or_on_an_armed_force_is_a_military_operation():
    # (blind2, train, snn3000) "حاصر" with an army, fighters or a camp around it is a battle's siege (ASSAULT); a
    # siege of families or residents stays a siege (COERCE), and water that surrounds a train is no siege at all
    for text in ("كما سيطرت المقاومة على أربع دبابات للمسلحين، وحاصرت معسكرا شمالي قاعدة العند العسكرية التي يسيطر "
                 "عليها الحوثيون.",
                 "وذكرت المصادر ان القوات اليمنية تحاصر المتمردين الذين انسحبوا من الحوطة، عاصمة محافظة لحج الجنوبية."):
        doc = extract_text(text, published="2015-07-26")
        assert len(_events(doc, "ASSAULT")) == 1, text
        assert _events(doc, "COERCE") == [], text
    doc = extract_text("وقال إن مسلحي التنظيم يحاصرون بضعة آلاف من العوائل في المدينة.", published="2015-07-26")
    assert [e.mode for e in _events(doc, "COERCE")] == ["siege"]
    assert _events(doc, "ASSAULT") == []


def test_requires_may_name_a_cue_kind():
    from marsad.events.lexicon import read_triggers
    from marsad.errors import ModelCorrupt
    words, _ = read_triggers("verb\tحاصر\tASSAULT\t\t0.6\t@war_foe|قوات\n", {"war_foe": {"حوثيين": ""}})
    assert words["حاصرت"][0].requires == frozenset({"حوثيين", "قوات"})
    with pytest.raises(ModelCorrupt):
        read_triggers("verb\tحاصر\tASSAULT\t\t0.6\t@no_such_kind\n", {})


def test_troops_that_advance_attack():
    # (blind3, snn3000) "تقدمت قوات الجيش" is a military offensive (ASSAULT); a force that comes forward with
    # condolences (تتقدم القوات المسلحة بخالص التعازي) advances nowhere
    doc = extract_text("كما تقدمت قوات الجيش والمقاومة على المحور الثاني المرتبط باتجاه محافظة تعز.", published="2015-08-09")
    assert len(_events(doc, "ASSAULT")) == 1
    doc = extract_text("وتابع البيان: وتتقدم القوات المسلحة بخالص التعازي لأسر الشهداء الأبرار.", published="2015-08-09")
    assert _events(doc, "ASSAULT") == []


def test_destroying_vehicles_hideouts_or_homes_is_an_attack():
    # (blind3, snn3000) "تدمير" of a concrete target (hideouts, cars, a tank, homes) is a deed; the destruction of
    # a country or of nations, said of an enemy's aims, is no event
    doc = extract_text("في حملة لقوات الصاعقة وعناصر مكافحة الإرهاب، جنوب رفح، إضافة لتدمير 13 بؤرة إرهابية وسيارتين "
                       "و9 دراجات بخارية.", published="2015-08-03")
    assert [e.mode for e in _events(doc, "ASSAULT")] == ["destroy"]
    doc = extract_text("إن الفكر الداعشي هو عبارة عن أيدلوجية إرهاب وحشية تسعى في النهاية إلى تدمير الأمم.",
                       published="2015-08-03")
    assert _events(doc, "ASSAULT") == []


def test_progress_made_by_troops_on_a_front_is_an_advance():
    # (train, blind3, snn3000) "أحرز الجيش تقدما في محور الصابري"، "حققت المقاومة تقدما": an advance of fighters is
    # an offensive (ASSAULT); progress "in this direction" of politics is none
    doc = extract_text("وقال قائد ميداني إن الجيش اليوم أحرز تقدما في محور الصابري.", published="2015-07-20")
    assert len(_events(doc, "ASSAULT")) == 1
    doc = extract_text("وقال إنه يلاحظ أن هناك تقدما في هذا الاتجاه في الفترة الأخيرة.", published="2015-07-20")
    assert _events(doc, "ASSAULT") == []


def test_a_negated_surrender_is_no_refused_withdrawal():
    # (blind) "لن تخضع وتستسلم" voices defiance; a refused withdrawal (لن تنسحب) is still a REJECT
    doc = extract_text("حتى أميركا وروسيا وجميع أمم الأرض لن تخضع وتستسلم لمجرد إسقاط برجين أو تفجير محطتين.",
                       published="2015-07-30")
    assert _events(doc, "REJECT") == []
    doc = extract_text("اكدت الفصائل المسلحة انها ابلغت واشنطن بأنها لن تنسحب من مدينة حلب.", published="2016-10-20")
    assert len(_events(doc, "REJECT")) == 1


def test_students_counted_are_no_demand():
    # (snn3000) "طالب وطالبة" counts male and female students; "طالب" as a verb still demands
    doc = extract_text("من ناحية أخرى تتهيأ وزارة التعليم بالتعاون مع مجموعة الجريسي لبدء المخيّم الصيفي للطلبة الموهوبين "
                       "عبر مبادرة الشيخ عبدالرحمن الجريسي لرعاية 100 طالب وطالبة من فئة الموهوبين.", published="2015-08-06")
    assert _events(doc, "REQUEST") == []
    doc = extract_text("وطالب عسيري الحوثيين بتنفيذ قرار مجلس الأمن الدولي.", published="2015-07-30")
    assert len(_events(doc, "REQUEST")) == 1


def test_a_campaign_counted_since_a_month_and_year_whose_date_opens_after_since():
    # (blind) "منذ أغسطس آب 2014": the date found opens on "آب", the second word after منذ; the campaign has gone
    # on for a year, no event of the news (but "منذ أمس الأحد" is news)
    doc = extract_text("ويشن التحالف غارات على العراق وسوريا المجاورة منذ أغسطس آب 2014.", published="2015-07-26")
    assert _events(doc, "ASSAULT") == []
    doc = extract_text("ويشن التحالف غارات على العراق وسوريا المجاورة منذ أمس الأحد.", published="2015-07-26")
    assert _events(doc, "ASSAULT") != []


def test_an_attack_by_boars_or_bears_is_no_political_event():
    # (blind4) wild boars and bears are animals, like the bull already listed
    doc = extract_text("قالت الشرطة المحلية في جزيرة صقلية إن مجموعة من الخنازير البرية قتلت رجلا إيطاليا عمره 77 عاما "
                       "أمس الأول السبت أثناء محاولته الدفاع عن كلابه.", published="2015-08-10")
    assert _events(doc, "ASSAULT") == []
    doc = extract_text("وهجمات الدببة المميتة ليست شائعة في المتنزه الذي يقبل عليه 2.5 مليون زائر سنويا.",
                       published="2015-08-10")
    assert _events(doc, "ASSAULT") == []


def test_deeds_told_over_a_half_year_this_year_or_all_through_months_are_no_one_event():
    # (blind4, blind3, blind2) a half of a year, "this year" and "all through months" sum deeds like "the past months"
    doc = extract_text("وبحسب وزارة الدفاع الجزائرية فإن 102 من المسلحين قتلوا او اعتقلوا او استسلموا خلال النصف الاول "
                       "من العام 2015.", published="2015-07-21")
    assert [e for e in doc.events if e.type in ("ASSAULT", "COERCE", "RETREAT")] == []
    doc = extract_text("وتقاتل قوات الاتحاد الأفريقي في الصومال المتمردين بالتعاون مع الجيش الصومالي، ودفع هجوم عسكري "
                       "نفذه الجانبان خلال العام الحالي حركة الشباب للجوء بشكل متزايد إلى جيوب صغيرة من الأراضي.",
                       published="2015-07-27")
    assert _events(doc, "ASSAULT") == []
    doc = extract_text("وتعد عدن ثاني اكبر مدن البلاد التي شهدت معارك عنيفة طوال اشهر.", published="2015-08-04")
    assert _events(doc, "ASSAULT") == []
    # (snn3000) a superlative just before the span ranks one attack in it: its wounded are still told
    doc = extract_text("وسقط عشرات القتلى جراء الهجوم الذي نفذ في سوق شعبية ويعد الأسوأ من نوعه خلال العام الجاري كما "
                       "أصيب في الهجوم حوالى 130 شخصا.", published="2015-07-18")
    assert [(e.killed, e.injured) for e in _events(doc, "ASSAULT")] == [(10, 130)]


def test_a_deed_set_in_a_span_of_days_to_come_has_not_happened():
    # (blind4) "خلال الأسبوعين المقبلين" after the deed, in its clause: yet to come
    doc = extract_text(" رجح رئيس مجلس عشائر الأنبار المنتفضة ضد الإرهاب الشيخ نعيم الكعود، إكمال تحرير مدينة الرمادي "
                       "مركز محافظة الأنبار خلال الأسبوعين المقبلين.", published="2015-08-09")
    assert _events(doc, "ASSAULT") == []
    # (blind) a clash told before a comma keeps its dead: the hours to come are the next clause's
    doc = extract_text("ولفتت إلى مقتل 10 من أفراد المقاومة وإصابة حوالي 50 آخرين خلال الاشتباكات، متوقعة إحكام المقاومة "
                       "سيطرتها على مدينة لودر بشكل كامل خلال الساعات المقبلة.", published="2015-07-25")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [10]


def test_a_vague_count_of_dead_and_wounded_is_a_vague_toll_the_figure_replaces():
    # (blind4) "استشهد وجرح عشرات الاشخاص": one vague count read as the dead and the wounded is a vague toll, as
    # "عشرات القتلى" is; told after the observatory's 31 dead in Ariha, the same day and air strike, it is that attack
    # (its figure stands, the tens of wounded are its), not a second one
    text = ("قال المرصد السوري لحقوق الانسان، اليوم (الاثنين)، إنّ 31 شخصًا قتلوا حينما سقطت مقاتلة سورية على سوق مزدحم "
            "في بلدة أريحا التي تسيطر عليها المعارضة في محافظة ادلب شمال غربي البلاد.\n\n"
            "وأفاد شاهدان لوكالة رويترز للأنباء، بأنّ الطائرة الحربية أسقطت قنبلة على الشارع التجاري في وسط البلدة.\n\n"
            "كما قال المرصد، إنّ الطائرة لم تسقط نتيجة لاصابتها بنيران. مضيفًا على حسابه على موقع فيسبوك «استشهد وجرح "
            "عشرات الاشخاص جراء تنفيذ الطيران الحربي عدة غارات صباح اليوم وسقوط طائرة حربية على مدينة أريحا ولا يزال مصير "
            "الطيار مجهولا إلى الان».")
    doc = extract_text(text, published="2015-08-03")
    assert [(e.mode, e.killed, e.injured, len(e.mentions)) for e in _events(doc, "ASSAULT")] == [("aerial", 31, 10, 3)]
    # (snn3000) "سقط عشرات القتلى والجرحى": the same vague count of both
    doc = extract_text("وفي مدينة تعز سقط عشرات القتلى والجرحى في مواجهات عنيفة شهدتها مناطق متفرقة من المدينة.",
                       published="2015-08-03")
    assert [("vague-toll" in e.flags, e.killed) for e in _events(doc, "ASSAULT")] == [(True, 10)]


def test_the_town_a_speaker_spoke_in_is_not_where_the_attack_he_speaks_of_happened():
    # (blind4) "وقال امام الصحافيين في انقرة «إن ... التفجير ناجم عن اعتداء انتحاري»": Ankara is where the prime
    # minister spoke, between the speech verb and his words; the bombing he speaks of is the one at Suruç, and the
    # bombing named again there (its month read from a background battle) is that one too
    text = ("شهدت تركيا أمس الاثنين هجوما انتحاريا داميا اوقع 30 قتيلا على الاقل ونحو 100 جريح في مدينة سوروتش القريبة "
            "من الحدود السورية، نسبته الحكومة الاسلامية المحافظة التركية الى تنظيم «داعش» الارهابي. وقال امام "
            "الصحافيين في انقرة «إن العناصر الاولى للتحقيق تكشف ان التفجير ناجم عن اعتداء انتحاري قام به داعش».\n"
            " ووقع التفجير الذي تميز بعنفه النادر عند منتصف النهار في حديقة المركز الثقافي في سوروتش حيث تجمع طلاب "
            "راغبون بالمشاركة في اعادة اعمار مدينة عين العرب السورية (كوباني) في الجانب الآخر من الحدود المدمرة بفعل "
            "المعركة التي دارت بين التنظيم ووحدات حماية الشعب الكردية السورية بين سبتمبر ويناير الماضيين.")
    doc = extract_text(text, published="2015-07-21")
    events = _events(doc, "ASSAULT")
    assert [(e.place.text, e.date, e.killed, len(e.mentions)) for e in events] == [("سوروتش", "2015-07-20", 30, 3)]


def test_blame_laid_on_a_party_is_an_accusation():
    # (blind, snn3000) "يكيل التهم لـ"، "يوجه اللوم إلى"، "ألقى X باللوم على"، "تحاول إلقاء اللوم على": blame laid on a party
    doc = extract_text("وبينما كان عبد الملك الحوثي يكيل التهم للمملكة العربية السعودية، ودورها في اليمن تاريخيًا",
                       published="2015-08-04")
    assert [[t.text for t in e.targets] for e in _events(doc, "ACCUSE")] == [["مملكة العربية السعودية"]]
    doc = extract_text("كان عبد الملك الحوثي يوجه اللوم والانتقاد بشكل لافت إلى حليفه الحالي علي عبد الله صالح",
                       published="2015-08-04")
    assert [[t.text for t in e.targets] for e in _events(doc, "ACCUSE")] == [["علي عبد الله صالح"]]
    doc = extract_text('وانتقد اردوغان من جاكرتا كذلك الدول التي قال انها تحاول "القاء اللوم على تركيا" لانها لم تتمكن '
                       "من رصد مواطني تلك الدول.", published="2015-07-29")
    assert any(t.text == "تركيا" for e in _events(doc, "ACCUSE") for t in e.targets)
    # the passive (folded as the active, the blame right after the verb) names no accuser
    doc = extract_text("وألقي باللوم على جماعة “بطاقة السعر” في احراق مساجد في الضفة الغربية خلال السنوات القليلة الماضية.",
                       published="2015-07-31")
    assert _events(doc, "ACCUSE") == []
    # a lecture or an arrest is no blame
    doc = extract_text("وألقت الشرطة القبض على ثلاثة مشتبه بهم.", published="2015-07-31")
    assert _events(doc, "ACCUSE") == []


def test_an_incident_called_criminal_by_a_speaker_is_condemned():
    # (blind4) "أن الحدث الإجرامي الأخير": the incident (حدث، حادثة، جرم) called criminal, as an act or an attack is
    doc = extract_text("من جانبه، أكد العميد م. عطا الله المطيري أن الحدث الإجرامي الأخير صدم المجتمع بأسره لخسته وتجرئه "
                       "على بيت من بيوت الله.", published="2015-08-07")
    assert [[a.text for a in e.actors] for e in _events(doc, "ACCUSE")] == [["عطا الله المطيري"]]
    # a criminal gang (no deed judged) is no condemnation
    doc = extract_text("من جانبه، أكد العميد عطا الله المطيري أن العصابة الإجرامية فرت إلى الجبال.", published="2015-08-07")
    assert _events(doc, "ACCUSE") == []


def test_an_accusation_dated_over_a_year_back_is_background():
    # (blind2) the accusations that followed a downing told of July 2014 in an August 2015 story are history, not news
    text = ("وأسقطت الطائرة التي كانت تقوم بالرحلة رقم ام اتش 17 في 17 يوليو العام الماضي ما أدى إلى مقتل جميع ركابها "
            "وعددهم 298 راكبا.\nواتهمت أوكرانيا والعديد من الدول الغربية الإنفصاليين الموالين لروسيا بإسقاط الطائرة "
            "وقالوا أن الإنفصاليين ربما استخدموا أحد صواريخ بي يو كاي الذي تزودهم بها روسيا.")
    doc = extract_text(text, published="2015-08-11")
    assert _events(doc, "ACCUSE") == []
    # the same accusation told of last week is news
    doc = extract_text(text.replace("17 يوليو العام الماضي", "الأسبوع الماضي"), published="2015-08-11")
    assert [[a.text for a in e.actors] for e in _events(doc, "ACCUSE")][:1] == [["أوكرانيا"]]


def test_violence_a_speaker_says_a_party_committed_is_an_accusation():
    # (blind, snn3000) "أعمال العنف التي ارتكبها الحوثيون"، "عمليات العنف التي قامت بها ميليشيات الحوثي": violence
    # a speaker lays on a named party in a relative clause accuses that party
    doc = extract_text("وقال المدير العام لمكتب الصحة والسكان بالمحافظة، الخضر لصور، في تصريحات صحفية إن ضحايا العدوان "
                       "الحوثي على المحافظة بلغ ألف قتيل وتسعة آلاف جريح، نتيجة لأعمال العنف التي ارتكبها الحوثيون وقوات "
                       "صالح ضد المدنيين، وإن الجرحى تباينت حالاتهم.", published="2015-07-23")
    assert [[a.text for a in e.actors] for e in _events(doc, "ACCUSE")] == [["المدير العام"]]
    # not when the speaker asks for something about that violence (the request is what is told)
    doc = extract_text("كما طالب وزير الخارجية بالتحقيق في جرائم الحرب والجرائم ضد الإنسانية التي ارتكبتها الميليشيات "
                       "الحوثية.", published="2015-07-23")
    assert _events(doc, "ACCUSE") == []
    # nor violence with no doer named ("الانتهاكات التي ارتكبت في حرب اليمن")
    doc = extract_text("وأضافت المنظمة في تقرير أعدته أن الانتهاكات التي ارتكبت في حرب اليمن تتزايد.", published="2015-07-23")
    assert _events(doc, "ACCUSE") == []


def test_a_statement_participle_judging_a_deed_goes_on_with_the_last_speaker():
    # (blind2) "مؤكدا ان الارهابي نفذ جريمته النكراء": the participle's speaker is the one of the statement before
    text = ("وقال العقيد محمد الشهراني إن رجال الأمن استشهدوا في بيت من بيوت الله وهم يصلون صلاة الظهر.\n"
            "وقال ان المسجد مكان للصلاة والعبادة ولا يجوز فيه قتل المسلم أو اباحة دمه،مؤكدا ان الارهابي نفذ جريمته "
            "النكراء ولم يراعي لحرمته.")
    doc = extract_text(text, published="2015-08-07")
    accused = [e for e in _events(doc, "ACCUSE") if "judgement" in e.flags]
    assert len(accused) == 1 and "مؤكدا" in accused[0].mentions[0].text
    # the party named right after the participle is what is said of, not a speaker: no one is known to speak here
    doc = extract_text("مؤكدا ان تنظيم داعش نفذ جريمته النكراء في المسجد.", published="2015-08-07")
    assert _events(doc, "ACCUSE") == []


def test_a_deed_whose_doers_are_hunted_is_not_judged():
    # (blind4, snn3000) "للعثور على منفذي هذا الهجوم الشنيع"، "كل من يقف وراء هذا العمل الإجرامي": a search told
    doc = extract_text('من جهته، قال مكتب محافظ دياربكر إن "عملية واسعة اطلقت للعثور على منفذي هذا الهجوم الشنيع".',
                       published="2015-08-05")
    assert _events(doc, "ACCUSE") == []
    doc = extract_text("وأكد اللواء منصور التركي أن الأجهزة سوف تصل إلى كل من يقف وراء هذا العمل الإجرامي.",
                       published="2015-08-07")
    assert _events(doc, "ACCUSE") == []
    # the deed judged in itself still is
    doc = extract_text("وأكد اللواء منصور التركي أن هذا العمل الإجرامي لن يزيد المجتمع إلا تماسكا.", published="2015-08-07")
    assert len(_events(doc, "ACCUSE")) == 1


def test_a_group_held_a_terrorist_organisation_is_a_designation_not_an_accusation():
    # (train, blind4) "تعتبر الولايات المتحدة حزب العمال الكردستاني «منظمة إرهابية»": a standing designation
    doc = extract_text("وقال ابن رودس نائب مستشار الأمن القومي في نيروبي، أن الولايات المتحدة تعتبر حزب العمال "
                       "الكردستاني «منظمة إرهابية»، ورأى أن تركيا من حقها الدفاع عن نفسها.", published="2015-07-27")
    assert _events(doc, "ACCUSE") == []
    # an organisation that is the subject still judges (dev): "واعتبرت منظمة التعاون الإسلامي هذه الجريمة تصعيدا"
    doc = extract_text("واعتبرت منظمة التعاون الإسلامي هذه الجريمة تصعيدا خطيرا لأعمال الإرهاب ضد الفلسطينيين.",
                       published="2015-08-01")
    assert [[a.text for a in e.actors] for e in _events(doc, "ACCUSE")] == [["منظمة التعاون الإسلامي"]]


def test_towns_listed_right_before_a_clause_naming_none_are_one_event_each():
    # (blind4) the list sits in the clause before the trigger's ("من بينها ...، واعتقلت"، "في مناطق ...، مبينة بأن
    # هناك معارك"): one event per town, as in a clause that lists them itself
    doc = extract_text("شرعت قوات الأمن في عمليات ضد مسلحي التنظيم في عدد من المدن من بينها اسطنبول وأنقرة وشانلي "
                       "أورفا وإزمير، واعتقلت 97 شخصا.", published="2015-07-24")
    assert {e.place.text for e in _events(doc, "COERCE")} >= {"اسطنبول", "أنقرة", "شانلي أورفا"}
    doc = extract_text("أن مليشيات الحوثي دفعت بالمئات من مسلحيها وقامت بمهاجمة مواقع المقاومة في مناطق الجدعان "
                       "والجفينة وصرواح، مبينة بأن هناك معارك عنيفة تدور حاليا في تلك المنطقة.", published="2015-08-10")
    assert sorted(e.place.text for e in _events(doc, "ASSAULT")) == ["الجدعان", "الجفينة", "صرواح"]
    # a list after the trigger is no such list (tuned): "المؤدية إلى أبرز المدن مثل ياوندي ودوالا"
    doc = extract_text("وتم تشديد التدابير الأمنية منذ بضعة أيام في جميع أنحاء البلاد، خصوصا على محاور الطرق المؤدية "
                       "إلى أبرز المدن مثل ياوندي ودوالا؛ حيث تزداد عمليات المراقبة التي تقوم بها الشرطة والجنود.",
                       published="2015-07-26")
    assert len(_events(doc, "MOBILIZE")) <= 1
    # (snn3000) nor a list before a clause that names places of its own: "بعد أن تم دحرهم من عدة قرى" (other villages)
    doc = extract_text("وأشار المصدر إلى أن مليشيات الحوثي المتمركزة في حطاب تبة جزيب ومفرق ذي مرين تقصف بشكل عشوائي "
                       "وعنيف قرى صرادة والمجيرين، بعد أن تم دحرهم من عدة قرى الأسبوع الماضي.", published="2015-08-01")
    assert len([e for e in _events(doc, "ASSAULT") if any("دحرهم" in m.text for m in e.mentions)]) <= 1


def test_one_person_named_before_a_second_group_is_counted_with_it():
    # (blind4, tuned) a singular noun for a person joined by و to a count, the verb after both: one more
    def killed(text):
        return [e.killed for e in _events(extract_text(text, published="2015-08-01"), "ASSAULT")]
    assert killed("لقي قيادي حوثي بارز و12 من مرافقيه مصرعهم في اشتباكات مع المقاومة الشعبية في محافظة الضالع.") == [13]
    assert killed("قال المرصد السوري لحقوق الإنسان أمس الاثنين إن قياديا في تنظيم داعش وخمسة متطرفين أجانب آخرين "
                  "قتلوا في غارة جوية قرب مدينة الحسكة.") == [6]
    assert killed("أن جنديا من قواته وثمانية مقاولين أفغان قتلوا في هجوم للمتشددين على قاعدة تابعة للناتو في كابل.") == [9]
    # a singular after a dual or another singular: "جنديين تركيين وحارسا مسلحا" (3), "مقتل ضابط ومجند" (2)
    assert killed("قالت مصادر أمنية إن جنديين تركيين وحارسا مسلحا قتلوا عندما فجر مقاتلون أكراد لغما محلي الصنع "
                  "اليوم الثلاثاء بإقليم شرناق.") == [3]
    doc = extract_text("شهدت شمال سيناء استنفاراً أمنياً للبحث عن المتورطين في مقتل ضابط ومجند وإصابة 3 آخرين في انفجار "
                       "عبوة ناسفة بمدرعة تابعة لقوات الشرطة.", published="2015-08-09")
    assert [(e.killed, e.injured) for e in _events(doc, "ASSAULT")] == [(2, 3)]
    # the count of another role stays its own: "قتل جندي و3 جرحى" is one dead, three hurt; the wounded after a
    # separate verb are not added: "قتل شرطي وأصيب 3 آخرون"
    assert [(e.killed, e.injured) for e in _events(extract_text(
        "قتل شرطي وأصيب 3 آخرون في هجوم على حاجز أمني في العريش.", published="2015-08-01"), "ASSAULT")] == [(1, 3)]
    assert killed("قتل جندي و3 جرحى في انفجار عبوة ناسفة في مدينة العريش.") == [1]


def test_a_figure_spelled_out_again_is_no_count_of_the_cue_after_it():
    # (blind4, snn3000) "استشهاد (15) خمسة عشر وإصابة (33)": 15 dead and 33 wounded, not 15 wounded
    doc = extract_text("بشأن حدوث تفجير أثناء قيام منسوبي قوة الطوارئ الخاصة بمنطقة عسير بأداء صلاة الظهر جماعة في مسجد "
                       "مقر القوة, مما نتج عنه استشهاد (15) خمسة عشر وإصابة (33) ( تغمد الله الشهداء بواسع رحمته وعجل "
                       "بشفاء المصابين).", published="2015-08-07")
    assert [(e.killed, e.injured) for e in _events(doc, "ASSAULT")] == [(15, 33)]
    # (blind) the words still count when the cue comes after them: "(7) سبعة من رجال حرس الحدود للإصابة"
    doc = extract_text("وقد نتج عن ذلك استشهاد العريف أحمد جعفر حسن المجيشي ، والجندي أول محمد علي ياسين العمري ، والجندي "
                       "أول حسن ناصر محمد بشيري تغمدهم الله بواسع رحمته ، كما تعرض (7) سبعة من رجال حرس الحدود للإصابة "
                       "وتم نقلهم إلى المستشفى .", published="2015-07-30")
    assert [e.injured for e in _events(doc, "ASSAULT") if e.injured is not None] == [7]


def test_one_met_his_death_however_long_the_subject_and_one_of_a_group_liquidated():
    def killed(text, pub="2015-07-24"):
        return [e.killed for e in _events(extract_text(text, published=pub), "ASSAULT")]
    # blind6: "لقي ... مصرعه" is one dead, with a long subject before the verb or a short one after it
    assert killed("وفي ذات السياق أفادت مصادر ميدانية في أبين أن قائد جبهة الحوثيين في نقطة العلم المقرب من عبدالملك"
                  " الحوثي والمكنى أبو يحيى الحوثي لقي مصرعه في مواجهات بنقطة العلم أثناء محاولته قيادة تعزيزات باتجاه"
                  " مدينة عدن.") == [1]
    assert killed("لقي طالب سوداني مصرعه بعد أن فجر نفسه بعبوة ناسفة في منطقة الرقة السورية.", "2015-07-21") == [1]
    # (blind6) not the feminine singular of a plural ("قيادات كبيرة لقيت مصرعها": many), nor a count glued to its noun
    assert killed("وأوضحت المصادر ان هناك قتلى وجرحى في صفوف الحوثي بينهم قيادات كبيرة لقيت مصرعها في القصف الجوي على"
                  " تلك المواقع.") != [1]
    # blind3, blind4: "تصفية أحد العناصر"، "وتصفية أحدهما" (one, not the two attackers counted before)
    assert killed("أعلن الجيش المصري، تصفية أحد العناصر الإرهابية شديدة الخطورة، ويدعى (نور. ط)، والقبض على آخر، بالشيخ"
                  " زويّد، فجر أمس، بعد إصابته بطلق ناري في الساق") == [1]
    assert killed("فوجئت القوات بإطلاق نيران عشوائية تجاهها من اثنين من العناصر الإرهابية وقامت القوات بالرد الفوري"
                  " وتصفية أحدهما، بينما فر الآخر هارباً", "2015-08-09") == [1]


def test_the_attacker_who_met_his_death_is_no_count_of_the_attacks_dead():
    # SaudiNewsNet (2015-08-11): the Istanbul car bomb wounded ten; the driver "لقي مصرعه": the attacker's own death
    doc = extract_text("وذكرت مديرية الأمن، في بيان لها، أن الانفجار أوقع 10 جرحى، بينهم 7 مدنيين وثلاثة شرطيين، وُصفت جراحهم"
                       " بالطفيفة، مؤكدة أن الإرهابي الذي كان يقود السيارة لقي مصرعه.", published="2015-08-11")
    assert [(e.killed, e.injured) for e in _events(doc, "ASSAULT")] == [(None, 10)]


def test_one_named_in_the_accusative_after_that_with_its_verb_of_killing_a_few_words_on():
    def killed(text, pub="2015-08-03"):
        return [e.killed for e in _events(extract_text(text, published=pub), "ASSAULT")]
    # blind4: "أن جنرالا كبيرا ... قتل" is one killed, the qualifiers between
    assert killed("أكد مسؤولون وشهود عيان أن جنرالا كبيرا في الجيش البوروندي ومن أقرب مساعدي الرئيس بيار نكورونزيزا قتل"
                  " يوم أمس الأحد في هجوم صاروخي على سيارته في بوجمبورا.") == [1]
    # blind2: the others killed with him still count ("قتل مع مسلحين اثنين": 3)
    assert killed("أعلنت وزارة الدفاع الأميركية يوم أمس أن قيادياً كبيراً في تنظيم القاعدة قتل مع مسلحين اثنين في غارة"
                  " أميركية استهدفته في أفغانستان", "2015-07-25") == [3]
    # blind3: another verb's subject ("أن جندياً أطلق النار على رفاقه ما أدى إلى مقتله"): no single victim read there
    assert killed("وفي التفاصيل أن جندياً أطلق النار على رفاقه ما أدى إلى مقتله ومقتل و3 آخرين وإصابة عدد آخر بجروح",
                  "2015-07-20") != [1]


def test_a_stance_noun_governed_by_a_statement_takes_its_speaker():
    # (blind6) the solidarity a minister affirms is his: the party named after the statement verb
    doc = extract_text("حيث أكد وزير الخارجية الإماراتي سمو الشيخ عبدالله بن زايد آل نهيان في تصريح نقلته وكالة الأنباء "
                       "الإماراتية، تضامن بلاده مع المملكة في مواجهة الإرهاب بكل صوره وأشكاله.", published="2015-08-07")
    assert [e.actors[0].text for e in _events(doc, "SUPPORT")] == ["وزير الخارجية الإماراتي"]
    # (blind3) a participle's: the subject of the sentence's main verb
    doc = extract_text("أعرب المسؤول الإماراتي عن أمله في أن يعم الأمن والاستقرار المحافظات اليمنية كافة في القريب العاجل، "
                       "مؤكدا استمرار دولة الإمارات في دعمها الكامل للشعب اليمني ونبذ كل أشكال التطرف.",
                       published="2015-08-01")
    assert [e.actors[0].text for e in _events(doc, "SUPPORT")] == ["المسؤول الإماراتي"]
    # (blind2) a sentence opening with the verb goes on with the last speaker
    doc = extract_text("وطالب الدكتور اليامي في بيان اليوم الهيئات المسؤولة عن تقديم الإغاثة بتكثيف جهودها. "
                       "وأكد دعم مسار حقوق الإنسان باليمن.", published="2015-08-01")
    assert [e.actors[0].text for e in _events(doc, "SUPPORT")] == ["اليامي"]
    # (snn3000) a solidarity named inside the clause a statement reports is no one's stance
    doc = extract_text("وقال محافظ مدينة حلب، مشيرًا إلى أن الهجمات بريف حلب «هي بمثابة الإعلان عن تضامن مع أهالي "
                       "الزبداني».", published="2015-08-01")
    assert _events(doc, "SUPPORT") == []


def test_a_statement_verb_joined_by_wa_inside_the_speakers_clause_is_his():
    # (blind6) "وحث" after the Secretary-General's welcome, no other party named between: his call
    doc = extract_text("ورحب الأمين العام للأمم المتحدة بان جي مون بوقف إطلاق النار وحث جميع الأطراف على وقف العمليات "
                       "العسكرية خلال هذه الفترة.", published="2015-07-27")
    # (ag23: the actor table knows the name, which the gold gives: "بان جي مون")
    assert [e.actors[0].text for e in _events(doc, "REQUEST")] == ["بان جي مون"]


def test_bodies_migrants_or_requests_received_are_no_meeting():
    # (blind6) a hospital receives bodies, (snn3000) a country migrants, an office reports: no CONSULT
    for s in ("من جانبه قال حسام عبد الغفار المتحدث باسم وزارة الصحة إن مستشفيات الوزارة استقبلت حتى الآن 35 جثة "
              "فضلا عن أربعة مصابين.",
              "وتقول المفوضية إن نحو 90 ألف مهاجر وصلوا إيطاليا عبر البحر حتى الآن هذا العام وكانت قد استقبلت 170 "
              "ألف مهاجر في 2014.",
              "مؤكدا أن الرئاسة تستقبل البلاغات التي تدخل ضمن اختصاصاتها النوعية ومنها قضايا التحرش."):
        assert _events(extract_text(s, published="2015-08-01"), "CONSULT") == []
    # a governor receiving a minister is a meeting
    doc = extract_text("استقبل الأمير فيصل بن خالد أمير منطقة عسير أمس وزير الصحة.", published="2015-08-01")
    assert len(_events(doc, "CONSULT")) == 1


def test_a_request_a_named_party_made_is_told_when_answered():
    # (blind2) the truce answers President Hadi's request: his REQUEST is coded
    doc = extract_text("واعلن التحالف العربي بقيادة المملكة السبت الهدنة استجابة لطلب الرئيس عبدربه منصور هادي.",
                       published="2015-07-26")
    assert [e.actors[0].text for e in _events(doc, "REQUEST")] == ["الرئيس عبدربه منصور هادي"]
    # (train) a request of no named party answered is no event
    doc = extract_text("وقد رفع القاضي الجلسة ليوم الخميس السادس من أغسطس بناء على طلب المحامين لكي يطلعوا على أوراق "
                       "القضية.", published="2015-08-01")
    assert _events(doc, "REQUEST") == []


def test_a_visit_whose_destination_follows_the_visitors_name_and_title_is_told():
    # (blind4) "إلى أربيل" eight words after "زيارة", past the minister's title and name, no punctuation between
    doc = extract_text("وحول زيارة وزير الدفاع الأميركي آشتون كارتر الأسبوع الماضي إلى أربيل وطبيعة المحادثات التي "
                       "أجراها، قال الوزير إنها كانت مثمرة.", published="2015-08-01")
    assert [e.actors[0].text for e in _events(doc, "CONSULT")] == ["وزير الدفاع الأميركي آشتون كارتر"]


def test_a_student_of_a_field_is_no_demand():
    # (blind6) "طالب الصيدلة مصطفى عثمان": a pharmacy student, no REQUEST
    doc = extract_text("وقال الصحافي المختص بالجماعات المتطرفة الهادي محمد الأمين إن طالب الصيدلة مصطفى عثمان فقيري "
                       "(20 سنة) الذي فجر نفسه في عملية انتحارية في «الرقة السورية» الأحد الماضي كان يدرس في جامعة "
                       "العلوم الطبية.", published="2015-08-01")
    assert _events(doc, "REQUEST") == []


def test_a_statement_is_not_history_for_the_age_of_a_thing_named_after_it():
    # (blind2) "جهود السلام المستمرة منذ سنوات" dates the peace effort, not the allies' support told first
    doc = extract_text("وأيد حلفاء غربيون بينهم حلف شمال الأطلسي والولايات المتحدة الاجراءات التركية لكن كثيرين حثوا "
                       "أنقرة على عدم استخدام القوة المفرطة أو السماح بانهيار جهود السلام المستمرة منذ سنوات مع المقاتلين "
                       "الأكراد.", published="2015-07-27")
    assert len(_events(doc, "SUPPORT")) == 1
    # a statement made years ago stays history: "قبل سنوات"
    doc = extract_text("وكان الحزب قد أيد قبل سنوات الاجراءات التركية.", published="2015-07-27")
    assert _events(doc, "SUPPORT") == []


def test_an_attack_dated_by_an_earlier_month_alone_is_background():
    # (blind3) in an article with news of the last days, an attack told only by a month before publication's
    # ("وهاجموا الشهر الماضي حافلات ركاب") is its background; the Monday attack stays
    text = ("أعلنت الشرطة الكينية ان مقاتلين يشتبه بأنهم ينتمون الى حركة \"الشباب\" الصومالية المتطرفة، قتلوا خمسة "
            "أشخاص في هجوم على آلية للشرطة شمال الساحل الكيني.\n\n ووقع الهجوم الاثنين في منطقة لامو الساحلية بالقرب "
            "من الحدود مع الصومال.\n\n وصرح قائد شرطة لامو كريسبوس موتالي ان \"خمسة اشخاص قتلوا في هذا الهجوم بما في "
            "ذلك امرأة وطفل\".\n\n واستهدف المقاتلون في الحركة خصوصا منطقة لامو، وهاجموا الشهر الماضي حافلات ركاب "
            "وقاعدة عسكرية.")
    evs = _events(extract_text(text, published="2015-07-21"), "ASSAULT")
    assert evs and not any("حافلات" in m.text for e in evs for m in e.mentions)
    assert any(e.killed == 5 for e in evs)
    # (blind) a protest of last month is still coded
    text = ("وأوضحت المصادر أن الجنود لم يتسلموا رواتبهم منذ ثلاثة أشهر.\n\n وقالت إن قوات الأمن اعتقلت أمس عشرة من "
            "الجنود في مدينة عدن.\n\n وكان عشرات الجنود نفذوا وقفة احتجاجية أمام مبني المجمع الحكومي الشهر الماضي، "
            "احتجاجا علي نهب حقوقهم.")
    assert _events(extract_text(text, published="2015-07-27"), "PROTEST")


def test_a_bomb_made_safe_and_many_attacks_in_general_are_no_attack():
    # (blind4) a bomb defused is no attack
    doc = extract_text("أبطل خبراء متفجرات أتراك مفعول عبوة ناسفة كانت موضوعة داخل صندوق قرب مبنى حزب العدالة والتنمية "
                       "الحاكم في العاصمة التركية أنقرة.", published="2015-07-22")
    assert not _events(doc, "ASSAULT")
    # (train, snn3000) more attacks (threatened, pressed for) or many of them in general tell none
    doc = extract_text("وأكد الرئيس أن بلاده ستستمر في محاربة تنظيم الشباب المتطرف في الصومال، رغم تهديداته بتنفيذ مزيد "
                       "من الهجمات على غرار الاعتداء على المركز التجاري «ويست غيت».", published="2015-07-21")
    assert not any("هجمات" in e.text for e in _events(doc, "ASSAULT"))
    doc = extract_text("ويواجه السيسي ضغوطا داخلية لتنفيذ المزيد من الضربات العقابية العسكرية على التنظيم.",
                       published="2015-07-21")
    assert not _events(doc, "ASSAULT")
    # (snn3000) but more barrels dropped is an attack done
    doc = extract_text("وألقى الطيران المروحي مزيدا من البراميل المتفجرة على مناطق في بلدة تل شهاب من دون أنباء عن "
                       "إصابات.", published="2015-07-24")
    assert _events(doc, "ASSAULT")
    # (blind6, snn3000) a disease's outbreak kills, no one uses force
    doc = extract_text("قال مسؤولو صحة في مدينة نيويورك إن تفشيا فتاكا لداء المحاربين القدماء -وهو نوع حاد من الالتهاب "
                       "الرئوي- قتل أربعة أشخاص فيما لا يزال 65 مريضا يعانون من أعراضه.", published="2015-08-02")
    assert not _events(doc, "ASSAULT")
    # (snn3000) but a soldier who gave his life "فداء للوطن" fell to force
    doc = extract_text("شيعت جموع من المصلين بقرية المضحاة بمحافظة قلوة، فجر اليوم، شهيد الوطن عثمان الزهراني، أحد "
                       "منسوبي القوات البرية والذي استشهد عندما كان مرابطا بموقعه العسكري بالشريط الحدودي جنوب منطقة "
                       "جازان.\n\n وأكد الدكتور الشمري أن \"الشهيد نال شهادة العز والكرامة باذلاً روحه فداء للوطن "
                       "والدين\".\n\n وأعرب والد وأقارب الشهيد عن بالغ شكرهم وتقديرهم لأمير منطقة الباحة.",
                       published="2015-07-27")
    assert _events(doc, "ASSAULT")


def test_an_attack_named_right_after_since_is_a_point_in_the_past():
    # (train) "ومنذ الهجوم على مركز «ويست غيت»": the attack time is counted from, not news (nor the attacks threatened
    # in "بتنفيذ مزيد من الهجمات")
    text = ("وأكد الرئيس الكيني أن بلاده ستستمر في محاربة تنظيم الشباب المتطرف في الصومال، رغم تهديداته بتنفيذ مزيد من "
            "الهجمات على غرار الاعتداء على المركز التجاري «ويست غيت».\nومباشرة بعد ذلك سخرت حركة الشباب من كينيا "
            "وهددتها بهجمات أخرى، بقولها: «إن الإنجاز الرائع الذي حققه مقاتلو ويست غيت مثير بلا شك، لكن لا تيأسوا يا "
            "شباب، فلم تكن تلك سوى مقدمة الفصل الأول».\nومنذ الهجوم على مركز «ويست غيت» التجاري، شنت حركة الشباب هجمات "
            "أخرى في كينيا.")
    evs = _events(extract_text(text, published="2015-07-21"), "ASSAULT")
    since, more = text.index("الهجوم على مركز"), text.index("الهجمات على غرار")
    told = [m.trigger_start for e in evs for m in e.mentions]
    assert not any(since <= k < since + 6 or more <= k < more + 7 for k in told)
    assert any(text[k:k + 3] == "شنت" for k in told)
    # (train) one of this week's stays news
    doc = extract_text("ومنذ الهجوم الانتحاري الدامي المنسوب الى تنظيم داعش الاثنين في سوروتش قتل 32 شخصا.",
                       published="2015-07-25")
    assert _events(doc, "ASSAULT")


def test_a_terrorist_plot_foiled_is_no_attack():
    # (blind4) "لإحباط مؤامرة الاغتيال": a plot being foiled, no assassination
    doc = extract_text("وكشفت الصحيفة عن أن الشرطة وجهاز الاستخبارات الداخلي البريطاني في سباق محموم مع الزمن لإحباط "
                       "مؤامرة الاغتيال التي دبرت من سوريا من قبل قادة داعش.", published="2015-08-09")
    assert not _events(doc, "ASSAULT")
    # (train) "إحباط محاولة إرهابية فاشلة استهدفت حاجزا أمنيا": the attempt foiled hit nothing
    doc = extract_text("وهي العملية التي تأتي بعد 21 يوما من إحباط محاولة إرهابية فاشلة استهدفت حاجزا أمنيا على الطريق "
                       "المؤدي لسجن الحاير في الرياض.", published="2015-08-07")
    assert not any(e.text == "استهدفت" for e in _events(doc, "ASSAULT"))
    # (tuned) an attack repelled was fought
    doc = extract_text("أحبطت القوات السعودية اليوم هجومًا لميليشيات الرئيس اليمني المخلوع علي عبدالله صالح على منفذ "
                       "الطوال الحدودي.", published="2015-07-24")
    assert _events(doc, "ASSAULT")


def test_a_present_verb_of_force_with_an_adverb_of_habit_is_no_event():
    # (blind6, snn3000) "ويقصف النظام بانتظام": what the regime keeps doing, no one strike
    doc = extract_text("ويقصف النظام بانتظام مناطق واقعة تحت سيطرة المعارضة او الاسلاميين في مدينة حلب وريفها.",
                       published="2015-07-27")
    assert not _events(doc, "ASSAULT")
    # (train) a present verb with no such adverb is news told as it goes on
    doc = extract_text("وينفذ الطيران التركي غارات مكثفة على مواقع جبلية شمال العراق يتمركز فيها المتمردين من الحزب الكردي.",
                       published="2015-08-09")
    assert _events(doc, "ASSAULT")


def test_a_condemnation_voiced_in_a_call_is_the_callers():
    # (blind6) "اتصالا هاتفيا ... من الملك عبدالله الثاني ... عبر فيه عن إدانته": the one who called condemns, named
    # after "من" (not the one called, nor no one)
    doc = extract_text("كما تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اتصالا هاتفيا اليوم من الملك عبدالله "
                       "الثاني بن الحسين ملك المملكة الأردنية الهاشمية عبر فيه عن إدانته و استنكاره للاعتداء الآثم الذي "
                       "وقع في مسجد قوات الطوارئ بمنطقة عسير.", published="2015-08-07")
    # (the actor table names the king with his title: the whole name is the speaker, Jordan's)
    assert [[(a.text, a.country) for a in e.actors] for e in _events(doc, "ACCUSE")] == [
        [("الملك عبدالله الثاني بن الحسين", "JOR")]]


def test_the_subject_after_kana_speaks_the_verb_after_an_aside():
    # (train, blind4) "وكانت قوات الدفاع الشعبي، الجناح العسكري ...، دانت": the party named after كان condemns
    doc = extract_text("وكانت قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني، دانت في بيان على موقعها "
                       "الإلكتروني القصف التركي، معتبرة أنه «عدوان».", published="2015-07-27")
    accused = _events(doc, "ACCUSE")
    assert len(accused) == 1 and accused[0].actors and accused[0].actors[0].text.startswith("قوات")


def test_punishment_named_twice_is_no_sports_sentence():
    # (blind) "بالجزاء ... جزاءه": one word twice (punishment), not a penalty kick and a match: the threat is told
    doc = extract_text("أكد وزير الداخلية اليمني عبده الحذيفي سيطرة الأجهزة الأمنية التابعة للحكومة الشرعية على مدينة "
                       "عدن. وعن حجم الجرائم قال: «الجرائم الحوثية لا تعد ولا تحصى، هناك تدمير ممنهج لمدينة حضارية كانت "
                       "حاضرة في التاريخ وهناك جرائم إنسانية حيث قتل أكثر من 350 يمنيا وآلاف الجرحى»، متوعداً من ارتكب "
                       "تلك الجرائم بالجزاء قائلا: «من ارتكب الجرائم في عدن وكل اليمن سينال جزاءه العادل».",
                       published="2015-07-21")
    assert [e.text for e in _events(doc, "THREATEN")] == ["متوعداً"]


def test_the_year_of_what_an_accusation_speaks_of_is_not_its_own():
    # (blind) "متهمًا تركيا بانتهاك وقف لاطلاق النار أبرم عام 2013": the truce is of 2013, the accusation is news
    doc = extract_text("وقال حزب العمال الكردستاني في يوليو الماضي: إنه سيصعد هجماته متهمًا تركيا بانتهاك وقف لاطلاق "
                       "النار أبرم عام 2013.", published="2015-08-10")
    assert [e.text for e in _events(doc, "ACCUSE")] == ["متهمًا"]


def test_a_threat_voiced_in_a_recording_is_its_issuers():
    # (train) "الفرع المصري لتنظيم داعش ...، بث تسجيل فيديو الأربعاء يهدد فيه بإعدام كرواتي": "فيه" takes the
    # recording back; the party that put it out threatens
    doc = extract_text("وكان الفرع المصري لتنظيم داعش (ولاية سيناء)، بث تسجيل فيديو الأربعاء يهدد فيه بإعدام كرواتي "
                       "يعمل في شركة فرنسية، خطف نهاية يوليو (تموز) في إحدى ضواحي القاهرة.", published="2015-08-07")
    assert [e.text for e in _events(doc, "THREATEN")] == ["يهدد"]
    assert _events(doc, "THREATEN")[0].actors


def test_what_a_party_has_after_kana_is_no_deed_of_it():
    # (snn3000) "فقد كان لطهران خطابان ...، وخطاب سري تلتقي فيه مع الشيطان الاكبر": a speech Tehran has, in which it
    # "meets" the Great Satan, is a figure of speech, no meeting (كان لـ is having, and a speech holds no meeting)
    doc = extract_text("وعلى الرغم من المسحة الدينية، والحديث عن دعم المقاومة، فقد كان لطهران خطابان، أحدهما علني ينطوي "
                       "على البطولة والتهييج والتعبئة الطائفية والصراع ودول المنطقة، وخطاب سري تلتقي فيه مع الشيطان "
                       "الاكبر والاصغر ومع التنظيمات الارهابية هذه الازدواجية.", published="2015-08-07")
    assert _events(doc, "CONSULT") == []


def test_a_gunshot_named_by_its_noun_is_a_shooting():
    # (blind2) "إثر تعرضه لطلق ناري": shot, with no verb of shooting whose object is the fire
    doc = extract_text("أصيب أحد أفراد دوريات الأمن بالرياض؛ إثر تعرضه لطلق ناري أطلقه قائد مركبة كانت تسير بشكل لافت "
                       "في شارع التخصصي مع الدائري الشمالي.", published="2015-08-01")
    assert [e.mode for e in _events(doc, "ASSAULT")] == ["firearms"]
    # (snn3000) shots that light up the sky in a celebration are fireworks, no attack
    doc = extract_text("حيث تنطلق مساء اليوم الخميس، طلقات نارية مميزة تضيء سماء الواجهة البحرية بالدمام.",
                       published="2015-08-01")
    assert _events(doc, "ASSAULT") == []


def test_an_ambush_laid_is_an_attack_by_who_laid_it():
    # (blind6) "نصبت المقاومة كمينا محكما لقائد محور البيضاء": an ambush, its doer the one who laid it
    doc = extract_text("وفي مديرية لودر بذات المحافظة نصبت المقاومة كمينا محكما لقائد محور البيضاء المتحوث عبدالباري "
                       "النمري الحبجي مما أدى إلى إصابته.", published="2015-08-01")
    assert [[a.text for a in e.actors] for e in _events(doc, "ASSAULT")] == [["المقاومة"]]
    # (blind3) "كمينا محكما نصبه مسلحون": the doer after the verb that lays it
    doc = extract_text("وان المعلومات الاولية افادت ان كمينا محكما نصبه مسلحون اسلاميون متشددون قرب مستشفى النداء "
                       "الانساني لطلال الاردني وامطروه بالرصاص ما ادى الى مقتله على الفور.", published="2015-08-01")
    assert [[a.text for a in e.actors] for e in _events(doc, "ASSAULT")] == [["مسلحون"]]
    # (dev) an Egyptian security checkpoint (كمين أمني) is a place, no ambush
    doc = extract_text("وواصل السائق السير بالسيارة حتى كمين كوم أوشيم الأمني بمنتصف الطريق.", published="2015-08-01")
    assert _events(doc, "ASSAULT") == []


def test_a_record_among_the_years_is_news_and_a_sentence_opened_by_sabaq_is_background():
    # (tuned) "اليوم الاكثر دموية في العاصمة الافغانية منذ سنوات": the news ranked among the years, not history
    doc = extract_text("وتبنت حركة طالبان هذا الهجوم، الذي يأتي بعد سلسلة هجمات في كابول اوقعت 51 قتيلا الجمعة، في ما "
                       "يعتبر اليوم الاكثر دموية في العاصمة الافغانية منذ سنوات.", published="2015-08-09")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [51]
    # (blind3) "وسبق أن أعلنت ...": what the sentence tells happened before, background (its attacks too)
    doc = extract_text("وسبق أن أعلنت السلطات في كابل حالة التأهب القصوى على أثر هجمات الأسبوع الماضي التي أسفرت عن مقتل "
                       "50 شخصا على الأقل من المدنيين ورجال الأمن في أسوأ موجة عنف تشهدها المدينة منذ سنوات.",
                       published="2015-08-09")
    assert doc.events == []


def test_a_seizure_told_in_a_relative_clause_of_its_object_happened():
    # (blind2) "من نفس النوع الذي صادرته السلطات يوم السبت الماضي": the thing seized, a past seizure told of it
    doc = extract_text("وذكرت وكالة الأنباء الرسمية أن المتفجرات المستخدمة من نفس النوع الذي صادرته السلطات يوم السبت "
                       "الماضي حين قالت إنها شحنة هربت من إيران.", published="2015-08-01")
    assert [e.mode for e in _events(doc, "COERCE")] == ["seize"]


def test_an_aid_plane_that_lands_is_aid():
    # (train) "هبوط طائرة الإغاثة السعودية في مطار عدن أمس": aid delivered by air
    doc = extract_text("واعتبر أن هبوط طائرة الإغاثة السعودية في مطار عدن أمس يعطي إشارة إيجابية.", published="2015-07-23")
    assert [e.mode for e in _events(doc, "AID")] == ["humanitarian"]
    # (snn3000) "وصلت ... الطائرة الإغاثية السعودية الرابعة إلى مطار عدن الدولي محملة بـ10 أطنان من المستلزمات الطبية"
    doc = extract_text("وصلت الطائرة الإغاثية السعودية الرابعة إلى مطار عدن الدولي محملة بـ10 أطنان من المستلزمات الطبية "
                       "لمرضى الفشل الكلوي.", published="2015-08-01")
    assert len(_events(doc, "AID")) == 1


def test_an_attack_with_no_toll_place_or_day_of_its_own_is_commentary_in_an_article_but_an_air_raid_is_not():
    # (blind6) "كما يطلق مقاتلو المعارضة بدورهم قذائف على المناطق الخاضعة لسيطرة النظام": what a party does in
    # general, a doer and a target but no toll, no place of its own and no day, in a report of one day's shelling
    news = ("قتل خمسة أطفال جراء سقوط قذيفة صاروخية أطلقتها فصائل إسلامية على منزلهم في حي الشهباء الجديدة بمدينة "
            "حلب أمس. وبدأت المعارك في حلب في صيف 2012، وانقسمت المدينة منذ ذلك الحين بين احياء خاضعة لسيطرة المعارضة "
            "واخرى تحت سيطرة النظام. ")
    doc = extract_text(news + "كما يطلق مقاتلو المعارضة بدورهم قذائف على المناطق الخاضعة لسيطرة النظام اسفرت عن سقوط "
                       "العديد من الضحايا.", published="2015-07-27")
    assert not any("يطلق مقاتلو" in m.text for e in _events(doc, "ASSAULT") for m in e.mentions)
    assert any("الشهباء" in m.text for e in _events(doc, "ASSAULT") for m in e.mentions)
    # (tuned) "شنت القوات الجوية التركية سلسلة غارات جديدة ضد مواقع الحزب المحظور": a state's air raids in a war
    # report, told with no place or day of their own, are still news
    doc = extract_text(news + "أصبحت الحملة العسكرية التركية تتركز على حزب العمال الكردستاني حيث شنت القوات الجوية "
                       "التركية سلسلة غارات جديدة ضد مواقع الحزب المحظور.", published="2015-07-27")
    assert any("غارات جديدة" in m.text for e in _events(doc, "ASSAULT") for m in e.mentions)


def test_the_owner_of_a_struck_mosque_is_the_target_not_the_doer():
    # (blind2, snn3000) "استهدف مسجدًا بمقر قوات الطوارىء": the emergency forces own the mosque hit, they did not hit it
    doc = extract_text("أدانت الأمانة العامة لهيئة كبار العلماء وبشدة العمل الإجرامي الدنيء الذي استهدف مسجدًا بمقر قوات "
                       "الطوارىء في منطقة عسير ونتج عنه عدداً من الوفيات والمصابين.", published="2015-08-07")
    ev = _events(doc, "ASSAULT")[0]
    assert [a.text for a in ev.actors] == []
    assert [(t.text, t.country) for t in ev.targets] == [("قوات", "SAU")]  # (الطوارىء, spelled with ى+ء, is not read)
    # (train) "استهدف مسجد قوات الطوارئ": so with the mosque right after the verb
    doc = extract_text("العمل الإرهابي الذي استهدف مسجد قوات الطوارئ الخاصة في أبها.", published="2015-08-07")
    ev = _events(doc, "ASSAULT")[0]
    assert [a.text for a in ev.actors] == [] and [(t.text, t.country) for t in ev.targets] == [("قوات الطوارئ الخاصة", "SAU")]


def test_two_policemen_killed_are_the_target():
    # (train, blind4) "قتل الشرطيين": the dual of the policeman is a victim like its singular
    doc = extract_text("وتبنت الحركة الانفصالية الكردية الأربعاء الماضي قتل الشرطيين في مدينة جيلان بينار (جنوب شرق) على "
                       "الحدود مع سوريا.", published="2015-07-26")
    ev = _events(doc, "ASSAULT")[0]
    assert [(t.text, t.sector) for t in ev.targets] == [("الشرطيين", "COP")]


def test_a_siege_or_a_pursuit_of_fighters_is_an_attack_not_a_besieged_town_or_a_cordon():
    # (blind2) "تفرض حصارا خانقًا على مليشيا الحوثي": a siege laid on fighters
    doc = extract_text("أن المقاومة الشعبية والجيش الموالي للشرعية تفرض حصارا خانقًا على مليشيا الحوثي وقوات المخلوع صالح "
                       "بقاعدة العند الجوية.", published="2015-07-23")
    assert len(_events(doc, "ASSAULT")) == 1
    # (train) "بعد الانتهاء من محاصرة المدينتين من قبل القوات العراقية المشتركة": the siege told by its noun
    doc = extract_text("يعيش مسلحو تنظيم داعش في الفلوجة والرمادي أيامًا معدودة بعد الانتهاء من محاصرة المدينتين من قبل "
                       "القوات العراقية المشتركة.", published="2015-07-23")
    assert _events(doc, "ASSAULT")
    # (blind4) "القوات المشتركة تطارد عناصر داعش في الرمادي": fighters pursued
    doc = extract_text("وأضاف أن القوات المشتركة تطارد عناصر داعش في الرمادي من بيت إلى بيت ومن حي إلى آخر.",
                       published="2015-07-23")
    assert len(_events(doc, "ASSAULT")) == 1
    # (train) "أحرزت المقاومة الشعبية ... تقدمًا كبيرًا": an advance, its noun with nunation
    doc = extract_text("أحرزت المقاومة الشعبية في محافظة تعز تقدمًا كبيرًا في كل جبهات القتال بالمدينة في مناطق الرابعة "
                       "والجمهوري وجبل الوعش.", published="2015-07-23")
    assert len(_events(doc, "ASSAULT")) == 1
    # (snn3000) a security cordon, and (dev) the besieged city (المدينة المحاصرة), are no attack
    doc = extract_text("وأشار المصدر إلى أن قوات الأمن تفرض حصارا أمنيًا على مداخل ومخارج المحافظة.", published="2015-07-23")
    assert _events(doc, "ASSAULT") == []
    doc = extract_text("بشأن انسحاب كامل لمسلحي الفصائل من الأحياء الشرقية في المدينة المحاصرة.", published="2015-07-23")
    assert _events(doc, "ASSAULT") == []
    # (snn3000) a scandal that haunts a player is no pursuit
    doc = extract_text("لكن ظلت فضيحة الكرات تطارده طوال الموسم.", published="2015-07-23")
    assert _events(doc, "ASSAULT") == []


def test_arrests_told_as_stopped_or_seized_and_a_cell_taken_apart():
    # (blind6) "أوقفت 3 شابات": young women arrested
    doc = extract_text("أن الشرطة الفيدرالية في إقليم الشيشان أوقفت 3 شابات حصلن على المال من مقاتلين في «داعش» عن طريق "
                       "الاحتيال.", published="2015-07-23")
    assert [e.mode for e in _events(doc, "COERCE")] == ["arrest"]
    # (blind2) the arrested after an aside and a count
    doc = extract_text("وقالت المنسقية إن قوات الأمن أوقفت، منذ أمس الجمعة، 320 شخصاً من المنتمين إلى تنظيمي داعش.",
                       published="2015-07-23")
    assert [e.mode for e in _events(doc, "COERCE")] == ["arrest"]
    # (blind6) the shooter seized
    doc = extract_text("السلطات العمانية التي عمدت بدورها للتحرك الفوري وضبطت مطلق النار خلال حفل زفاف في تلك المنطقة.",
                       published="2015-07-23")
    assert [e.mode for e in _events(doc, "COERCE")] == ["arrest"]
    # (blind2) a cell taken apart, its name in quotes
    doc = extract_text("وكانت السلطات المغربية اعلنت الثلاثاء تفكيك «خلية ارهابية تتألف من ثمانية اعضاء ناشطين في مدن "
                       "طنجة وتطوان».", published="2015-07-23")
    assert {e.mode for e in _events(doc, "COERCE")} == {"arrest"}  # (one event per town named)
    # (snn3000) movements stopped and a thinker's sayings taken apart are no arrest
    doc = extract_text("وأوقف تحركات المتطرفين في المنطقة.", published="2015-07-23")
    assert _events(doc, "COERCE") == []
    doc = extract_text("وتفكيك مقولاته الناسجة لشبكة معقدة من المفاهيم المتداخلة.", published="2015-07-23")
    assert _events(doc, "COERCE") == []


def test_presence_reinforced_and_troops_deployed_or_gathered_are_mobilizations():
    # (blind3) "عززت قوات الأمن حضورها قرب الثكنة"
    doc = extract_text("وعلى الفور عززت قوات الأمن حضورها قرب الثكنة وفي المنطقة.", published="2015-07-23")
    assert len(_events(doc, "MOBILIZE")) == 1
    # (train) "ونفذت عملية أنتشار للمدفعية والقناصة"
    doc = extract_text("ونفذت عملية أنتشار للمدفعية والقناصة في الجبال المحيطة والمطلة على المدينة ومن بينها الجبل "
                       "الأبيض.", published="2015-07-23")
    assert len(_events(doc, "MOBILIZE")) == 1
    # (blind2) "بدأت أخيرا تحشد الشباب في معسكر تدريبي"
    doc = extract_text("كشفت مصادر محلية في الضالع أن شخصيات قبلية موالية للمخلوع بدأت أخيرا تحشد الشباب في معسكر تدريبي "
                       "تابع لها.", published="2015-07-23")
    assert len(_events(doc, "MOBILIZE")) == 1
    # (snn3000) a woman's standing reinforced, and armour only promised, are no deployment
    doc = extract_text("مؤكدا على أن مشاركة المرأة في المجلس يبرز دورها ويعزز مكانتها واحترامها، معتبرا تواجد الشباب في "
                       "المجالس البلدية مهما.", published="2015-07-23")
    assert _events(doc, "MOBILIZE") == []
    doc = extract_text("إن قيادة التحالف وعدت المجلس العسكري في محافظة تعز بإرسال عربات مدرعة عسكرية ودبابات.",
                       published="2015-07-23")
    assert _events(doc, "MOBILIZE") == []


def test_since_the_outbreak_dates_the_relative_clause_it_ends_not_the_attack_before_it():
    # (blind2) "واصل ... شن هجمات على قوات الامن التركية التي قتل نحو عشرين من افرادها منذ اندلاع دوامة العنف": the
    # attacks go on; only the dead counted in the relative clause are counted since the outbreak
    doc = extract_text("وذكرت مصادر رسمية تركية ان حزب العمال الكردستاني واصل من جهته شن هجمات على قوات الامن التركية "
                       "التي قتل نحو عشرين من افرادها منذ اندلاع دوامة العنف الجديدة.", published="2015-08-01")
    assert len(_events(doc, "ASSAULT")) == 1
    # a toll summed since the fighting began is still no report of a deed
    doc = extract_text("وقالت المصادر إن حصيلة القتلى منذ بدء المواجهات بلغت 200 شخص.", published="2015-08-01")
    assert _events(doc, "ASSAULT") == []


def test_a_year_in_a_relative_clause_on_the_deeds_subject_does_not_date_the_deed():
    # (blind4) "ومؤخرا اعتقلت حماس التي قمعت بقسوة في 2009 ...، عشرات من الاوساط السلفية": 2009 is when Hamas cracked
    # down, the arrests are recent
    doc = extract_text("ومؤخرا اعتقلت حماس التي قمعت بقسوة في 2009 الحركات المتطرفة التي تدعو الى العمليات المسلحة، عشرات "
                       "من الاوساط السلفية الناشطة في القطاع.", published="2015-08-01")
    assert [e.mode for e in _events(doc, "COERCE")] == ["arrest"]
    # the deed's own relative clause still dates it: an attack of 2011 is history
    doc = extract_text("وتذكر الهجوم الذي وقع في 2011 على السفارة.", published="2015-08-01")
    assert _events(doc, "ASSAULT") == []


def test_talks_held_between_two_parties_are_theirs():
    # (blind6) "فشل اجتماع جديد بين طرفي النزاع": a meeting between the two sides, told though it failed
    doc = extract_text("قتل أربعة جنود أوكرانيين خلال 24 ساعة من المعارك في شرق البلاد الانفصالي الموالي لروسيا كما أعلنت "
                       "كييف، في حين فشل اجتماع جديد بين طرفي النزاع في التوصل إلى اتفاق على سحب الأسلحة من خط الجبهة.",
                       published="2015-08-11")
    assert [a.text for e in _events(doc, "CONSULT") for a in e.actors] == ["طرفي النزاع"]
    # (train) "إن اتصالات على مستوى عال جرت بين قيادتي البلدين"
    doc = extract_text("وقال مصدر في وزارة الخارجية السودانية إن اتصالات على مستوى عال جرت بين قيادتي البلدين، تم خلالها "
                       "التفاهم على إطلاق الصيادين.", published="2015-08-11")
    assert [a.text for e in _events(doc, "CONSULT") for a in e.actors] == ["قيادتي البلدين"]
    # (snn3000) a round of talks yet to come is no meeting held: "الجولة المقبلة من محادثات السلام بين ... ستجري"
    doc = extract_text("أعلن مسؤولون أن الجولة المقبلة من محادثات السلام بين الحكومة الأفغانية ومتمردي حركة طالبان ستجري "
                       "في أواخر يوليو.", published="2015-07-11")
    assert _events(doc, "CONSULT") == []
    # (train) nor talks before whose start something happened: "قبل بدء جولة جديدة من محادثات السلام بين الحكومة"
    doc = extract_text("ولم تعلن أي جهة مسؤوليتها عن الهجوم الانتحاري الذي أتى قبل بدء جولة جديدة من محادثات السلام بين "
                       "الحكومة وحركة طالبان.", published="2015-08-01")
    assert _events(doc, "CONSULT") == []


def test_a_family_or_students_speaking_as_a_body_make_a_statement():
    # (blind) "وناشدت أسرة الطفل ... المسؤولين": a family appealing is the one who asks
    doc = extract_text('وناشدت أسرة الطفل "علاء" المسؤولين بالمملكة بعلاجه بأحد المستشفيات المتخصصة في العيون داخل المملكة.',
                       published="2015-08-01")
    assert [a.text for e in _events(doc, "REQUEST") for a in e.actors] == ["أسرة الطفل"]
    # (blind3) "حث الطلاب أقرانهم ... على الانضمام إليهم": the students urge, and are not whom they urge
    doc = extract_text("وفي مؤتمر صحفي عقد اليوم الجمعة حث الطلاب أقرانهم بالمدارس الثانوية في المدن والمقاطعات الاخرى على "
                       "الانضمام إليهم في تايبيه.", published="2015-08-01")
    [e] = _events(doc, "REQUEST")
    assert [a.text for a in e.actors] == ["الطلاب"] and e.targets == ()


def test_what_a_targeting_verb_aims_at_after_its_subject_is_the_target():
    # (train) "عملية انتحارية تبناها حزب العمال الكردستاني استهدفت مركزا للدرك": the attack, then what it targeted
    doc = extract_text("سجل تصعيد جديد في دوامة العنف في تركيا الاحد مع وقوع عملية انتحارية تبناها حزب العمال الكردستاني "
                       "استهدفت مركزا للدرك واوقعت قتيلين على الاقل.", published="2015-08-02")
    [e] = _events(doc, "ASSAULT")
    assert [a.text for a in e.actors] == ["حزب العمال الكردستاني"] and [t.text for t in e.targets] == ["مركزا"]
    # (blind4) "إنّ التحالف استهدف الحوثيين": the Houthis after the verb are whom it targeted, not its doer
    doc = extract_text("وقال مسؤول محلي إنّ التحالف استهدف الحوثيين مع آلياتهم ولم يعرف على الفور نتائج الضربات الجوية.",
                       published="2015-08-02")
    assert [(tuple(a.text for a in e.actors), tuple(t.text for t in e.targets))
            for e in _events(doc, "ASSAULT")] == [((), ("الحوثيين",))]
    # (blind) the verb first, its doer after it: "كما استهدفت مقاتلات التحالف" is no subject before the verb
    doc = extract_text("كما استهدفت مقاتلات التحالف فرع المؤسسة الاقتصادية بمعبر في محافظة ذمار.", published="2015-08-02")
    assert all("مقاتلات" not in t.text for e in _events(doc, "ASSAULT") for t in e.targets)


def test_a_quoted_source_gives_way_to_the_doer_another_report_names():
    # (blind4) "حسب مصدر عسكري مالي" in the lead, "وقال هذا المصدر العسكري إن مسلحين شنوا ... هجوما": the gunmen
    doc = extract_text("قتل أربعة أشخاص بينهم عسكريان ومهاجم أمس الجمعة في هجوم استهدف فندقا يقيم فيه غربيون في مدينة "
                       "سيفاري في وسط مالي حسب مصدر عسكري مالي أوضح أن الهجوم عبارة عن عملية «احتجاز رهائن» في الفندق. "
                       "وقال هذا المصدر العسكري إن مسلحين شنوا صباح أمس الجمعة هجوما على مدينة سيفاري.",
                       published="2015-08-08")
    assert [[a.text for a in e.actors] for e in _events(doc, "ASSAULT")] == [["مسلحين"]]


def test_what_an_attack_targeted_beats_the_people_it_killed_counted():
    # (blind4) "قتل أربعة أشخاص ... في هجوم استهدف فندقا": the hotel is the target, not the four people
    doc = extract_text("قتل أربعة أشخاص بينهم عسكريان ومهاجم أمس الجمعة في هجوم استهدف فندقا يقيم فيه غربيون في مدينة "
                       "سيفاري في وسط مالي.", published="2015-08-08")
    [e] = _events(doc, "ASSAULT")
    assert [t.text for t in e.targets][0].startswith("فندقا")
    # (blind2) with no targeting verb, the people killed stay the target: "قال مسعفون إن خمسة أشخاص قتلوا"
    doc = extract_text("قال مسعفون أمس إن خمسة أشخاص قتلوا وأصيب 12 خلال اشتباكات في شرق ليبيا.", published="2015-08-08")
    assert [t.text for e in _events(doc, "ASSAULT") for t in e.targets] == ["أشخاص"]


def test_a_threat_voiced_without_a_threatening_verb():
    # (blind2) "تلقت ... تهديدات بالقتل من طالبان": death threats received are a threat made, by the one they come from
    doc = extract_text("إلى ذلك تلقت أول قائدة طائرات أفغانية تدعى نيلوفار رحماني تهديدات بالقتل من طالبان، وبعض "
                       "أقاربها.", published="2015-08-01")
    assert len(_events(doc, "THREATEN")) == 1
    # (blind3) "أكدت أنه سيتم الرد على الميليشيات الحوثية": a retaliation announced is a threat of force
    doc = extract_text("أعلنت قيادة قوات التحالف المساندة للشرعية في اليمن، أمس، عن «هدنة إنسانية» تبدأ مساء اليوم وتستمر "
                       "لمدة 5 أيام. لكن قيادة التحالف أكدت أنه سيتم الرد على الميليشيات الحوثية، في حال قيامها بأي أعمال "
                       "أو تحركات عسكرية خلال فترة الهدنة.", published="2015-07-27")
    assert len(_events(doc, "THREATEN")) == 1
    # (snn3000) a talk of support, no support voiced: "تحدث عن دعم" is no SUPPORT without a verb of stating it
    doc = extract_text("وتحدث التقرير عن دعم المشروعات الصغيرة في المدن.", published="2015-08-01")
    assert _events(doc, "SUPPORT") == []


def test_a_states_own_police_arrests_at_home_not_at_a_place_borrowed_from_another_sentence():
    # (train, 2015-07-27) the Turkish police's arrests take no place of their own; "شمال العراق" of the sentence
    # before (the air strikes) is not where they happened: Turkey, the police's own country, is. (With the article's
    # opening sentence, which dates the campaign "أمس" (Sunday): the arrests of Saturday are a tally of their own,
    # not joined to it; without it the undated campaign (a raid) and the arrests would be one operation.)
    doc = extract_text(
        "بدا أمس، في اليوم الثالث للعملية العسكرية التي أطلقتها تركيا لاستهداف تنظيم داعش وحزب العمال الكردستاني "
        "التركي المحظور، أن الحملة تتحول إلى حرب فعلية مع التنظيم الكردي. "
        "وواصلت أنقرة حملتها الأمنية على عناصر التنظيمين داخل تركيا بينما قصفت الطائرات التركية نحو 400 موقع من "
        "مواقع {العمال الكردستاني} بمشاركة 50 طائرة تركية (من نوع شاهين – إف 16) و(25 إف 4 – 2020) في شمال العراق. "
        "وفي موازاة الضربات العسكرية عبر الحدود، تابع الأمن التركي عملياته النشطة التي تستهدف مناصري «الكردستاني» "
        "و«داعش» في أنحاء البلاد، وبلغ عدد الأشخاص الذين ألقت فرق الأمن التركية القبض عليهم يوم السبت 371 شخصا، "
        "في 25 ولاية.", published="2015-07-27")
    arrests = [e for e in _events(doc, "COERCE") if any(a.text == "فرق الأمن التركية" for a in e.actors)]
    assert arrests and all(e.place is not None and e.place.country == "TR" for e in arrests)
    # (SaudiNewsNet) a place of the arrest's own sentence stands: "ومددت محكمة إسرائيلية ... في الضفة الغربية"
    doc = extract_text("ومددت محكمة إسرائيلية، الثلاثاء، اعتقال مئير اتينغر الذي يشتبه بأنه أوحى بأعمال العنف الأخيرة "
                       "في الضفة الغربية.", published="2015-08-04")
    assert [e.place.country for e in _events(doc, "COERCE") if e.place is not None] == ["PS"]


def test_a_locality_the_gazetteer_lacks_takes_the_town_its_governorate_is_named_after():
    # (blind2 / SaudiNewsNet) "بمركز السوق بمحافظة خميس مشيط": السوق is no known town; the governorate named after
    # Khamis Mushait holds it, and the guidelines give the closest containing town
    doc = extract_text("تمكن رجال هيئة الأمر بالمعروف والنهي عن المنكر بمركز السوق بمحافظة خميس مشيط من القبض على سائق "
                       "اللقاءات الغرامية الذي اصطحب معه ثلاث نساء رافعًا صوت الموسيقى مدويًا في الشارع العام.",
                       published="2015-07-20")
    [arrest] = _events(doc, "COERCE")
    assert arrest.place.geonameid == 105072 and arrest.place.precision == "part"
    # (SaudiNewsNet) "بمنطقة جبل سمامة بمحافظة القصرين": Kasserine
    doc = extract_text("قتلت قوات الأمن التونسي الليلة الماضية إرهابيا وألقت القبض على آخر بمنطقة جبل سمامة بمحافظة "
                       "القصرين شمال غرب تونس .", published="2015-07-20")
    assert {e.place.name for e in _events(doc, "COERCE")} == {"Kasserine"}


def test_a_statement_is_placed_where_its_speaker_goes_on_speaking_in_the_next_sentence():
    # (blind2, blind4, 2015-07-21) Davutoglu blames IS for the Suruç bombing; the next sentence, his words going on,
    # says where he spoke: Ankara, not Suruç, the attack's town told in the sentence before
    doc = extract_text(
        "شهدت تركيا أمس الاثنين هجوما انتحاريا داميا اوقع 30 قتيلا على الاقل ونحو 100 جريح في مدينة سوروتش القريبة "
        "من الحدود السورية، نسبته الحكومة الاسلامية المحافظة التركية الى تنظيم «داعش» الارهابي. ونسب رئيس الوزراء "
        "احمد داود اوغلو بوضوح الهجوم الى التنظيم المتطرف. وقال امام الصحافيين في انقرة «إن العناصر الاولى للتحقيق "
        "تكشف ان التفجير ناجم عن اعتداء انتحاري قام به داعش».", published="2015-07-21")
    [accuse] = [e for e in _events(doc, "ACCUSE") if any("داود اوغلو" in a.text for a in e.actors)]
    assert accuse.place.name == "Ankara"
    assert {e.place.text for e in _events(doc, "ASSAULT")} == {"سوروتش"}


def test_fighters_fleeing_a_place_retreat():
    # (blind2) "هرب معظم قيادات داعش من المدينة": fighters fleeing a town is a withdrawal
    doc = extract_text('وقال لـ"الوطن": نظرا لمحاصرة القوات الأمنية قضاء الفلوجة هرب معظم قيادات داعش من المدينة سالكين '
                       'الطريق إلى مدينة عنه ثم إلى سورية.', published="2015-07-23")
    assert [e.mode for e in _events(doc, "RETREAT")] == ["withdraw"]
    # (train) "مليشيا الحوثي والمتحوثين انهزموا وبدأوا بالهروب الجماعي من المدينة"
    doc = extract_text("إن مليشيا الحوثي والمتحوثين انهزموا وبدأوا بالهروب الجماعي من المدينة نتيجة الضغط الكبير من "
                       "المقاومة.", published="2015-07-23")
    assert len(_events(doc, "RETREAT")) == 1
    # (dev) captives escaping the group are no retreat of its fighters: "ثلاث إيزيديات هربن من تنظيم داعش"
    doc = extract_text("قامت ثلاث إيزيديات هربن من تنظيم داعش بجولة في بريطانيا نظمتها البارونة وعضو البرلمان الأوروبي "
                       "إيما نيكلسون.", published="2015-07-23")
    assert _events(doc, "RETREAT") == []
    # (tuned) nor a getaway after a defeat: "ولاذ المتمردون بالفرار بعد خسارتهم"
    doc = extract_text("«لقد سيطرت قواتنا على دينسور ولاذ المتمردون بالفرار بعد خسارتهم.. ويقوم الجنود الآن بعملية لفرض "
                       "الأمن في المدينة».", published="2015-07-23")
    assert _events(doc, "RETREAT") == []
    # (snn3000) nor وفرت, "provided": "مؤكدا أن المقاومة وفرت لهم مخرجا آمنا"
    doc = extract_text("ومضى المركز بالقول: إن أعدادا كبيرة من المقاتلين الحوثيين تسللت خارج المدينة بعد أن رفضت مواصلة "
                       "القتال في صفوف الميليشيات، مؤكدا أن المقاومة وفرت لهم مخرجا آمنا.", published="2015-07-23")
    assert _events(doc, "RETREAT") == []
    # (blind2) a flight with no place left is a manner of defeat, not a withdrawal from a place: "هروب جماعي لميليشيات"
    doc = extract_text("وأشار نصر إلى هروب جماعي لميليشيات الحوثي والرئيس السابق علي عبد الله صالح.", published="2015-07-23")
    assert _events(doc, "RETREAT") == []


def test_forces_entering_a_town_take_it():
    # (blind3) "كما دخلت القوات الى زنجبار التي كانت خالية من قوات الحوثيين": control taken without a fight
    doc = extract_text("كما دخلت القوات الى زنجبار التي كانت خالية من قوات الحوثيين والذين يتركز وجودهم في ابين.",
                       published="2015-08-09")
    assert [e.mode for e in _events(doc, "COERCE")] == ["seize"]
    # (blind2) forces going in to drive gunmen out, with no place entered after الى, are a step of the fight
    doc = extract_text("وتصاعد الدخان من الفندق وسمع دوي إطلاق نار الاسلحة الثقيلة بينما دخلت قوات حكومية لإخراج المسلحين "
                       "الذين داهموا الفندق القريب من المطار في بلدة سيفاري.", published="2015-08-09")
    assert [e.mode for e in _events(doc, "COERCE") if e.mode == "seize"] == []


def test_recapture_arrest_takedown_plural_sentences_and_fighters_deployed():
    # (blind3) a town recaptured, told by the noun استرداد (as استعادة)
    doc = extract_text("بمجرد أن أكمل الثوار أول من أمس، بمساعدة عناصر الجيش الموالي للشرعية، وإسناد قوي من طائرات "
                       "التحالف العربي، استرداد مدينة زنجبار، عاصمة محافظة أبين", published="2015-08-10")
    assert len(_events(doc, "ASSAULT")) == 1
    # (blind7) an arrest told as a takedown by the police: "أطاحت شرطة جدة بأحد الأشخاص"
    doc = extract_text("أطاحت شرطة جدة بأحد الأشخاص الذين ظهروا في مقطع فيديو التحرش بفتاتين في أحد المتنزهات خلال "
                       "ثاني أيام عيد الفطر.", published="2015-07-23")
    assert [e.mode for e in _events(doc, "COERCE")] == ["arrest"]
    # (snn3000) not a ruler overthrown: "بعد الاطاحة بحكومة طالبان" (the jailing told before it is an arrest)
    doc = extract_text("وبعد أن أسر وسجن في باكستان بعد الاطاحة بحكومة طالبان في افغانستان عام 2001 عاد منصور الى "
                       "أفغانستان واستأنف مسيرته عام 2006 وصعد في صفوف طالبان.", published="2015-07-31")
    assert [e.text for e in _events(doc, "COERCE")] == ["سجن"]
    # (blind) a court's sentences, the plural أحكام: "أصدرت أحكاماً بحق 37 شخصاً"
    doc = extract_text("إن محكمة استئناف طرابلس أصدرت أحكاماً بحق 37 شخصاً من رموز النظام السابق في ظروف غير طبيعية.",
                       published="2015-07-29")
    assert len(_events(doc, "SANCTION")) == 1
    # (tuned) fighters deployed: "نشر مئات من المقاتلين والعسكريين في محيط القاعدة"
    doc = extract_text("وسبق الهجوم أمس، نشر مئات من المقاتلين والعسكريين في محيط القاعدة تؤازرهم الدبابات والمصفحات "
                       "والعربات العسكرية المتطورة.", published="2015-08-03")
    assert len(_events(doc, "MOBILIZE")) == 1


def test_event_noun_with_its_own_relative_clause_and_day_is_reported():
    # (blind7) "جراء الاعتداء الغاشم الذي وقع يوم أمس في مسجد": not a reference to an event told elsewhere
    doc = extract_text("نقل معالي مدير الأمن العام الفريق الركن عثمان بن ناصر المحرج اليوم, تحيات صاحب السمو الملكي الأمير "
                       "محمد بن نايف بن عبدالعزيز نائب خادم الحرمين الشريفين إلى المصابين المنومين في مستشفى عسير المركزي, "
                       "جراء الاعتداء الغاشم الذي وقع يوم أمس في مسجد قوات الطوارئ الخاصة في المنطقة.",
                       published="2015-08-07")
    assert [e.date for e in _events(doc, "ASSAULT")] == ["2015-08-06"]
    # (snn3000) with no day of its own it stays a back-reference: "على إثر الاعتداء الآثم الذي وقع بمسجد"
    doc = extract_text("أوضح ذلك الناطق الإعلامي بصحة عسير سعيد النقير وقال أنه على إثر الاعتداء الآثم الذي وقع بمسجد إدارة "
                       "الطوارئ بمنطقة عسير استقبلت طوارئ مستشفى عسير المركزي 40 إصابة مابين حرجة ومتوسطة وطفيفة كما "
                       "أستقبل المستشفى حالتي وفاة ليصبح إجمالي عدد الوفيات 15 حالة حتى ساعة إعداد هذا البيان .",
                       published="2015-08-07")
    assert _events(doc, "ASSAULT") == []


def test_a_stand_with_someone_expressed_or_affirmed_is_support():
    # (blind7) "وأعرب الأمين العام لمجلس التعاون ... عن وقوف دول المجلس ومساندتها للمملكة"
    doc = extract_text("وأعرب الأمين العام لمجلس التعاون الدكتور عبداللطيف بن راشد الزياني عن وقوف دول المجلس "
                       "ومساندتها للمملكة العربية السعودية في كل ما تتخذه من إجراءات لحماية أمنها واستقرارها",
                       published="2015-08-07")
    assert len(_events(doc, "SUPPORT")) == 1
    # (tuned) "وأكد وقوف البرلمان العربي خلف حق الشعب اليمني"
    doc = extract_text("وقال رئيس البرلمان أحمد بن محمد الجروان في بيان: إن عودة بحاح إلى عدن مؤشر مهم.\nوأكد وقوف "
                       "البرلمان العربي خلف حق الشعب اليمني في استرداد شرعيته.", published="2015-08-07")
    assert len(_events(doc, "SUPPORT")) == 1
    # a stand (وقوف) told with no verb expressing or affirming it is none
    doc = extract_text("وأدى وقوف السيارات على جانب الطريق إلى ازدحام كبير.", published="2015-08-07")
    assert _events(doc, "SUPPORT") == []


@pytest.mark.parametrize("text,rejects", [
    # refusing to do a deed of one's own is no rejection of a demand or a proposal (train, blind, blind4 sets)
    ("وأرسلوهم إلى مناطق العمليات، بدون علم عائلاتهم. حيث رفض الأهالي تسلم جثث أبنائهم", False),
    ("وأشارت مصادر أمنية إلى أن أعضاء ما تسمى بـ \"اللجنة الثورية\" وقيادة الأجهزة الأمنية يرفضون صرف مخصصات "
     "التغذية الخاصة بعناصر الأمن في محافظة ذمار", False),
    ("ورفض سيد قادر تحديد موعد لعملية التحرير المرتقبة، مكتفيا بالقول إنها ستكون قريبة.", False),
    # (blind) but rejecting cooperation offered is one
    ("لكن، رفضت الخارجية الأميركية أي تعاون مع نظام الرئيس بشار الأسد ضد «داعش».", True),
])
def test_refusing_to_do_a_deed_of_ones_own_is_no_rejection(text, rejects):
    assert bool(_events(extract_text(text, published="2015-08-06"), "REJECT")) == rejects


def test_more_speakers_of_condemnations():
    # (blind7) a body's secretariat: "دانت الأمانة العامة لمجلس التعاون ... حادث التفجير"
    doc = extract_text("دانت الأمانة العامة لمجلس التعاون لدول الخليج العربية بشدة حادث التفجير الانتحاري الجبان الذي "
                       "استهدف مسجداً في مقر قوات الطوارئ الخاصة بمنطقة عسير أمس.", published="2015-08-07")
    assert [a.text for e in _events(doc, "ACCUSE") for a in e.actors] == ["الأمانة"]
    # (blind6) tribes: "استنكرت قبائل الحكامية والمغافير حادث التفجير"
    doc = extract_text("استنكرت قبائل الحكامية والمغافير حادث التفجير الذي تعرض له مسجد قوات الطوارئ بمدينة أبها.",
                       published="2015-08-07")
    assert [a.text for e in _events(doc, "ACCUSE") for a in e.actors] == ["قبائل الحكامية"]
    # (blind7) a report that criticises speaks for its issuer: "نشرت الشبكة ... تقريرا تنتقد فيه"
    doc = extract_text("ونشرت الشبكة الدولية لحقوق الإنسان، التي تضم 164 منظمة حقوق إنسان حول العالم، تقريرا تنتقد فيه "
                       "بشدة ارتفاع إصدار وتنفيذ أحكام إعدام بحق أطفال ومراهقين في الأشهر الماضية.", published="2015-08-07")
    # (its issuer is the network, not the member organisations named in the relative aside)
    [accuse] = _events(doc, "ACCUSE")
    assert all("الشبكة الدولية" in a.text for a in accuse.actors) and accuse.actors


def test_preacher_speaks():
    # (blind2) "طالب خطيب جمعة مسجد الكوفة مهند الموسوي بحماية المتظاهرين": the Friday preacher makes the demand
    doc = extract_text("يأتي هذا فيما طالب خطيب جمعة مسجد الكوفة مهند الموسوي،، بحماية المتظاهرين وتلبية مطالبهم.",
                       published="2015-08-07")
    assert [a.text for e in _events(doc, "REQUEST") for a in e.actors] == ["خطيب جمعة مسجد الكوفة"]


def test_armed_men_of_no_state_storming_a_place_attack_it():
    # (train) "اقتحم انتحاري بجرار مفخخ ... مركزا للدرك": a suicide bomber storming a post is an attack, not a raid
    doc = extract_text("اقتحم انتحاري بجرار مفخخ بطنين من المتفجرات مساء مركزا للدرك في محيط مدينة دوغوبيازيد في شرق "
                       "البلاد بالقرب من الحدود الايرانية.", published="2015-08-02")
    assert _events(doc, "COERCE") == []
    assert [e.mode for e in _events(doc, "ASSAULT")] == ["suicide-attack"]
    # (snn3000) "بعدما اقتحمه ثلاثة مسلحين": gunmen storming it
    doc = extract_text("بعدما اقتحمه ثلاثة مسلحين.", published="2015-08-02")
    assert _events(doc, "COERCE") == [] and len(_events(doc, "ASSAULT")) == 1
    # (blind2) the police of a state raiding homes is still a raid
    doc = extract_text("وافادت تقارير ان الشرطة داهمت منازل في عدد من مناطق اسطنبول بحثا عن اعضاء في التنظيم المتطرف "
                       "وحزب العمال الكردستاني وغيرهما.", published="2015-07-25")
    assert [e.mode for e in _events(doc, "COERCE")] == ["raid"]


def test_plural_incidents_or_crimes_of_a_deed_are_deeds_in_general():
    # (blind7) "من حوادث قتل اخرى لأشخاص عزل": other killings in general, no one event
    doc = extract_text("ونتج عن ذلك ظهور حركة “حياة السود تهم” التي اكتسبت قوة دافعة من حوادث قتل اخرى لأشخاص عزل "
                       "اخرين من الاقليات بأيدى رجال شرطة بيض في مدن مثل نيويورك وبالتيمور ولوس أنجليس.",
                       published="2015-08-11")
    assert _events(doc, "ASSAULT") == []
    # (dev) one crime, in the singular, is a deed: "جريمة قتل مواطن في منطقة علي صباح السالم"
    doc = extract_text("أعلنت وزارة الداخلية في الكويت عن تمكن الإدارة العامة للمباحث الجنائية من فك طلاسم جريمة قتل "
                       "مواطن في منطقة علي صباح السالم.", published="2015-08-02")
    assert len(_events(doc, "ASSAULT")) == 1


def test_a_deed_one_refrains_from_is_not_done():
    # (blind7) "مشيرة إلى أنها تمتنع عن اقتحام القاعدة": the forces refrain from storming the base
    doc = extract_text("مشيرة إلى أنها تمتنع عن اقتحام القاعدة الاستراتيجية حاليًا بسبب وجود مئات المعتقلين بداخلها.",
                       published="2015-07-31")
    assert _events(doc, "COERCE") == []


def test_an_attack_dated_weeks_back_by_this_month_alone_is_background():
    # (blind3) a story of July 21 tells today's attack by its day; "مطلع يوليو" dates an earlier one, background
    # (an article, three sentences or more: a sentence alone keeps what it states)
    text = ('قتل مسلحون من جماعة "بوكو حرام" المتطرفة عشرات الاشخاص في أربع قرى في شمال شرقي نيجيريا، بعضهم ذبحا، '
            'بحسب ما قالت الشرطة وأحد السكان، اليوم (الثلاثاء).\n\n ولم يؤكد مصدر آخر هذا العدد من القتلى.\n\n '
            'وكانت قريتان في المنطقة تعرضتا لهجوم مماثل مطلع '
            'يوليو (تموز) عندما قتل متطرفون بالرصاص 48 مصليا اجتمعوا لصلاة المغرب خلال شهر رمضان.')
    doc = extract_text(text, published="2015-07-21")
    assert [e.date for e in _events(doc, "ASSAULT")] == ["2015-07-21"]
# (session 18, blind7) counts read past a part of the dead told after بينهم, a leader named by his title, and a child
# burned to death (sentences from SaudiNewsNet reports)
@pytest.mark.parametrize("text,killed,injured", [
    ('وأفادت مصادر كردية أن عشرة مدنيين بينهم "عدد كبير من الاطفال" قتلوا وأصيب 15 آخرون في قصف في نهاية الأسبوع '
     'للطيران التركي في محيط قرية زركال.', 10, 15),
    ("اعلنت وزارة الدفاع الاميركية الثلاثاء ان غارة جوية لقوات الائتلاف الدولي فوق سورية ادت في مطلع يوليو الى مقتل "
     "زعيم مجموعة خراسان المتطرفة الموالية لتنظيم القاعدة في سورية.", 1, None),
    ("اندلعت اشتباكات أمس الأحد في المسجد الأقصى في القدس الشرقية المحتلة بعد يومين على احتراق رضيع فلسطيني حياً "
     "الجمعة على إثر إضرام مستوطنين متطرفين النار في منزله في الضفة الغربية المحتلة.", 1, None),
])
def test_casualty_counts_past_an_aside_a_title_and_a_burning(text, killed, injured):
    ev = _events(extract_text(text, published="2015-08-03"), "ASSAULT")[0]
    assert (ev.killed, ev.injured) == (killed, injured)


def test_a_leaders_death_told_of_with_a_possessive_is_no_count():
    # (train) "منذ إعلان وفاة زعيمها الملا عمر": his death, told of, counts no one killed in the attacks of the sentence
    doc = extract_text("قتل 23 شخصا أمس في أفغانستان في هجومين تبنتهما حركة طالبان، 17 منهم بسقوط مروحية عسكرية أفغانية "
                       "في جنوب البلاد، وستة آخرون في هجوم انتحاري في جنوب العاصمة هو أول هجوم كبير تشنه منذ إعلان وفاة "
                       "زعيمها الملا عمر الأسبوع الماضي.", published="2015-08-07")
    assert 1 not in [e.killed for e in _events(doc, "ASSAULT")]


def test_one_named_person_killed_past_the_day_told_after_the_verb():
    # (train) "قتلت فجر الأول من أمس، الشاب أحمد علاونة": the day between the verb and the one it killed, then his title
    doc = extract_text("يذكر أن قوات الاحتلال قتلت فجر الأول من أمس، الشاب أحمد علاونة (21 عاما) من قرية برقين قرب "
                       "مدينة جنين.", published="2015-07-24")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [1]


def test_a_count_read_past_the_day_told_between_it_and_its_verb():
    # (blind2) "قتل أمس ستة على الأقل": six killed, the day between the verb and the count
    doc = extract_text("في وقت أعلن الرئيس الأميركي باراك أوباما أول من أمس، خلال زيارته كينيا أن قوة المتمردين في حركة "
                       "الشباب المتشددة تراجعت في شرق أفريقيا، قتل أمس ستة على الأقل، في هجوم انتحاري بسيارة ملغومة نفذه "
                       "أعضاء من الحركة المتشددة على فندق في العاصمة الصومالية.", published="2015-07-27")
    assert [e.killed for e in _events(doc, "ASSAULT")] == [6]


def test_arrested_persons_suspected_of_a_group_target_the_group_too():
    # (blind3) "أوقفت 251 شخصًا في اطار حملة استهدفت أفرادا يشتبه في انتمائهم إلى تنظيم «داعش»": the group too
    doc = extract_text("وكان مكتب رئيس الحكومة قد أعلن أن الشرطة أوقفت 251 شخصًا في اطار حملة استهدفت أفرادا يشتبه في "
                       "انتمائهم إلى تنظيم «داعش» وحزب العمال الكردستاني.", published="2015-07-27")
    [ev] = _events(doc, "COERCE")
    assert [t.text for t in ev.targets] == ["شخصًا", "داعش"]
    # (blind6) "اعتقلت قرابة 300 شخص في حملات أمس ضد من يشتبه في أنهم ينتمون لداعش"
    doc = extract_text("وقال رئيس الوزراء التركي إن الشرطة اعتقلت قرابة 300 شخص في حملات أمس ضد من يشتبه في أنهم "
                       "ينتمون لداعش ومتشددين أكراد.", published="2015-07-27")
    [ev] = _events(doc, "COERCE")
    assert [t.text for t in ev.targets] == ["شخص", "داعش"]
    # (blind2) no suspicion nor campaign word before a named group: the persons alone
    doc = extract_text("أعلنت وزارة الدّاخليّة التونسية أنّ فرقة الأبحاث والتّفتيش بمنطقة الحرس الوطني بالمنيهلة تمكّنت من "
                       "ضبط ستة أشخاص تتراوح أعمارهم بين 25 و35 عاما قاموا بمبايعة أحد التّنظيمات الإرهابية.",
                       published="2015-07-27")
    [ev] = _events(doc, "COERCE")
    assert [t.text for t in ev.targets] == ["أشخاص"]


def test_a_named_participant_takes_its_title():
    # (blind7) "يطلب من الأمين العام للأمم المتحدة بان كي مون": the title and the name are one target
    doc = extract_text("أصدر مجلس الأمن الدولي اليوم قرارًا بالإجماع يطلب من الأمين العام للأمم المتحدة بان كي مون ورئيس "
                       "منظمة حظر الأسلحة الكيميائية وضع خطة لإجراء تحقيق.", published="2015-08-07")
    [ev] = _events(doc, "REQUEST")
    assert ev.targets[0].text == "الأمين العام للأمم المتحدة بان كي مون"


def test_a_counted_crowd_protests():
    # (blind6) "وفي وقت سابق تجمع نحو مائة شخص في بروكلين احتجاجا على مقتل براون"
    doc = extract_text("وفي وقت سابق تجمع نحو مائة شخص في بروكلين احتجاجا على مقتل براون.", published="2015-08-10")
    [ev] = _events(doc, "PROTEST")
    assert ev.actors[0].text == "نحو مائة شخص"
    # (blind6) "وتظاهر المئات، وعلى رأسهم والد مايكل براون"
    doc = extract_text("وتظاهر المئات، وعلى رأسهم والد مايكل براون وأقرباء له في إحدى جادات هذه المدينة الواقعة في ولاية "
                       "ميزوري وسط الولايات المتحدة.", published="2015-08-10")
    [ev] = _events(doc, "PROTEST")
    assert ev.actors[0].text == "المئات"
    # (blind6) "تجمع العشرات ... تضامنا": the subject of the gathering verb before the protest word
    doc = extract_text("وفي نيويورك، تجمع العشرات في ساحة يونيون تضامنا مع فيرغسون وللمطالبة باستمرار المظاهرات ضد حوادث "
                       "قتل عناصر الشرطة لأفراد من الأقليات.", published="2015-08-10")
    [ev] = _events(doc, "PROTEST")
    assert ev.actors[0].text == "العشرات"


def test_the_resistance_is_of_the_country_it_fights_in():
    # (blind) "وتواصل المقاومة عملياتها ... في محافظة عدن": the bare resistance is the place's own (Yemen's)
    doc = extract_text("هذا وتواصل المقاومة عملياتها في تطهير المليشيات الحوثي في محافظة عدن بشكل يومي.",
                       published="2015-07-20")
    [ev] = _events(doc, "ASSAULT")
    assert (ev.actors[0].text, ev.actors[0].country) == ("المقاومة", "YEM")


def test_a_deed_told_as_a_habit_is_no_event():
    # (blind7; snn) "ويقصف النظام بانتظام مناطق ...": what the regime does regularly, no one strike
    doc = extract_text("ويقصف النظام بانتظام مناطق واقعة تحت سيطرة المعارضة أو الجهاديين في مدينة حلب وريفها من طائرات "
                       "حربية أو بالبراميل المتفجرة.", published="2015-07-23")
    assert _events(doc, "ASSAULT") == []
    # (blind6) "تقوم خلال أيام شهر رمضان المبارك من كل عام حملة اعتقالات": a yearly campaign
    doc = extract_text("ولفت المركز بأن القوات الأمنية الإيرانية تقوم خلال أيام شهر رمضان المبارك من كل عام حملة "
                       "اعتقالات تستهدف من خلالها الناشطين الأحوازيين.", published="2015-07-31")
    assert _events(doc, "COERCE") == []
    # (blind2) "وتعلن السلطات بانتظام تفكيك خلايا ارهابية"
    doc = extract_text("وعززت الاجراءات الامنية العام الماضي في المغرب وتعلن السلطات بانتظام تفكيك \"خلايا ارهابية\".",
                       published="2015-08-03")
    assert _events(doc, "COERCE") == []


def test_a_deed_dated_by_a_season_of_an_old_year_is_history():
    # (blind4; the AFP line of many Aleppo reports) "معارك متواصلة منذ صيف 2012": the war's age, no battle of the news
    doc = extract_text("وتشهد مدينة حلب معارك متواصلة منذ صيف 2012 بين قوات النظام والفصائل التي تتقاسم السيطرة على "
                       "أحيائها.", published="2015-08-01")
    assert _events(doc, "ASSAULT") == []
    # (snn) "طرد السفير السوري في بداية 2012": an expulsion of three years before
    doc = extract_text("كانت تونس أول بلد طرد السفير السوري في بداية 2012 احتجاجا على قمع الرئيس السوري بشار الأسد "
                       "للاحتجاجات.", published="2015-07-25")
    assert _events(doc, "SANCTION") == []


def test_a_deed_of_weeks_ago_announced_in_the_last_days_leaves_the_older_attack_background():
    # blind7 (2015-07-23): the Pentagon said the day before yesterday that al-Fadhli was killed "في الـ8 من يوليو الجاري"
    # (15 days before publication): the article is news of the last days all the same, so the raid of last
    # September it recalls is background, not an event
    text = ("أعلنت وزارة الدفاع الأميركية مساء أول من أمس، أن غارة جوية لقوات الائتلاف الدولي فوق سورية أدت في مطلع"
            " يوليو الجاري إلى مقتل محسن الفضلي زعيم مجموعة خراسان المتطرفة الموالية لتنظيم القاعدة في سورية.\n"
            " وقال جيف ديفيس أحد المتحدثين باسم البنتاجون في بيان، إن محسن فاضل إياد عاشور الفضلي، قتل في الـ8 من"
            " يوليو الجاري، خلال تنقله بسيارة بالقرب من سرمدا بشمال غرب سورية.\n"
            " ولم يوضح ديفيس ما إذا كانت الغارة تمت بطائرة بدون طيار أو نفذتها مقاتلة جوية.\n"
            " وكانت غارة جوية أميركية استهدفت الفضلي في سبتمبر الماضي إلا أن المسؤولين الأميركيين لم يؤكدوا وفاته"
            " آنذاك.")
    doc = extract_text(text, id="fadhli", published="2015-07-23", stages=STAGES)
    dates = sorted(e.date for e in _events(doc, "ASSAULT"))
    assert dates and "2015-07-08" in dates and all(d >= "2015-07" for d in dates)


def test_an_incident_named_terrorist_with_its_occurrence_is_the_attack():
    # (blind4) "استنكر ... الحادث الإجرامي الأثيم الذي وقع في مسجد ...": the criminal incident told by a relative
    # clause of its occurrence is the attack itself, placed where the clause says
    doc = extract_text("استنكر عدد من الخبراء الأمنيين الحادث الإجرامي الأثيم الذي وقع في مسجد قوات الطوارئ الخاصة بمنطقة "
                       "عسير وأودى بحياة عدد من رجال الأمن كانوا يؤدون صلاة الظهر أمس الخميس.", published="2015-08-07")
    [ev] = _events(doc, "ASSAULT")
    assert ev.text == "الحادث الإجرامي"
    assert ev.place is not None and ev.place.name == "Asir"
    # (blind2) after the bombing the article told, "أدين ... الحادث الإجرامي الآثم الذي استهدف" is that bombing again
    doc = extract_text("دان عميد السلك الدبلوماسي بالرياض سفير جمهورية جيبوتي ضياء الدين سعيد بامخرمة، بشدة التفجير الإرهابي "
                       "الذي استهدف مسجدًا لقوات الطوارئ الخاصة في منطقة عسير، وأسفر عن استشهاد وإصابة عدد من رجال الأمن "
                       "والعاملين في الموقع.\nوقال بامخرمة في بيان لوكالة الأنباء السعودية أمس: أدين باسم بلدي جيبوتي "
                       "الحادث الإجرامي الآثم الذي استهدف عباد الله الآمنين في المسجد، كما استنكر باسم السلك الدبلوماسي "
                       "المعتمد في الرياض هذه الجريمة النكراء.", published="2015-08-09")
    [ev] = _events(doc, "ASSAULT")
    assert ev.place.name == "Asir" and len(ev.mentions) == 2
    # without a relative clause of occurrence the words are a judgement, no attack: "أنه عمل إجرامي وغير مبرر"
    doc = extract_text("وأكد أن ما حدث أقل ما يقال عليه أنه عمل إجرامي وغير مبرر.", published="2015-07-24")
    assert not _events(doc, "ASSAULT")


@pytest.mark.parametrize("text,killed,injured", [
    # (blind6) "أربعة من مشاة البحرية وضابط من البحرية": four out of a body and one of another rank, 5
    ("وأصدر حكام الولايات الست أوامر بتسليح الحرس الوطني بعد مقتل أربعة من مشاة البحرية وضابط من البحرية بالرصاص "
     "يوم الخميس في تشاتانوجا بولاية تنيسي.", 5, None),
    # (blind6) "13 جنديا وشرطيا": soldiers and policemen are the 13 (no one more)
    ("قتل 13 جنديا وشرطيا على الأقل في هجمات لحزب العمال الكردستاني.", 13, None),
    # (blind6) but "ثلاثة منهم في كمين": the three of them killed in the ambush are the ambush's toll (the gold's 3)
    ("قتل 13 جنديا وشرطيا على الأقل ثلاثة منهم في كمين استهدف الخميس قافلة عسكرية.", 3, None),
    # (blind2) "قتيلين وثلاثة جرحى": the dual casualty noun is two dead, the three are the wounded
    ('واضاف المصدر العسكري ان "قتيلين وثلاثة جرحى في صفوف القوات المسلحة المالية سقطوا"', 2, 3),
])
def test_a_breakdown_of_the_toll_is_summed(text, killed, injured):
    attacks = _events(extract_text(text, published="2015-08-07"), "ASSAULT")
    assert attacks and (attacks[0].killed, attacks[0].injured) == (killed, injured)


def test_an_addition_set_off_by_a_comma_is_counted():
    # (blind6) "وراح ضحيته 10 افراد من منسوبي القوات، إضافة إلى 3 من العاملين": 13 dead
    from marsad.events.extract import EventExtractor
    text = ("أكد عسكريون ان العمل الارهابي الذي وقع في مسجد قوات الطوارئ الخاصة بمنطقة عسير وراح ضحيته 10 افراد من "
            "منسوبي القوات، إضافة إلى 3 من العاملين في الموقع وإصابة 9 آخرين.")
    doc = extract_text(text, published="2015-08-07", stages=("normalize", "tokenize", "ner", "actors", "geocode", "dates"))
    ex = EventExtractor()
    ex(doc)
    assert ex.counts(doc, 0, len(doc.tokens)) == (13, 9)


@pytest.mark.parametrize("text,killed", [
    # (train) the toll of two attacks told apart is no one attack's
    ("قتل 16 شخصاً في نيجيريا في هجومين منفصلين في شمال شرق البلاد أحدهما نفذته انتحارية والآخر شنه مقاتلو بوكو حرام "
     "على سكان إحدى القرى", None),
    # (blind2) a series of bombings across various places
    ("وقتل 30 شخصا على الأقل في سلسلة تفجيرات استهدفت مناطق مختلفة في العراق أول من أمس", None),
    # (tuned, train) one twin bombing keeps its toll
    ("وقتل 37 شخصا الجمعة الماضي أيضا في تفجيرين استهدفا محطتي حافلات في غومبي", 37),
])
def test_the_toll_of_attacks_told_apart_is_no_one_attacks(text, killed):
    attacks = _events(extract_text(text, published="2015-08-07"), "ASSAULT")
    assert attacks and attacks[0].killed == killed


def test_a_state_deed_naming_no_doer_is_the_state_s_where_it_happens():
    # (blind2) an arrest with no doer: the state's (Morocco's), hedged, on the place's words, flagged
    doc = extract_text("اعتقلت امرأتان يسود الاعتقاد انهما تنتميان لخلية ارهابية تم تفكيكها اخيرا وكانت تنوي تنفيذ هجمات في "
                       "المغرب باسم تنظيم داعش، كما اعلنت وزارة الداخلية أمس الجمعة.", published="2015-08-08")
    [ev] = _events(doc, "COERCE")
    [a] = ev.actors
    assert (a.country, a.sector, a.certainty) == ("MAR", "GOV", "hedged") and "actor-implied" in ev.flags
    assert doc.raw[a.start:a.end] == a.text == ev.place.text
    # the English line says the doer is a guess from the place, not an attribution the text makes
    assert "Government of Morocco (implied by the place; the text names no doer) arrested" in ev.summary_en
    # (blind) a protest with no protester named: the people of the place
    doc = extract_text("بينما اندلعت احتجاجات جديدة ضد الحكومة في بغداد والبصرة.", published="2015-08-07")
    evs = _events(doc, "PROTEST")
    assert evs and all([(a.country, a.sector) for a in ev.actors] == [("IRQ", "CVL")] for ev in evs)
    # (blind) a fight on a rebel group told with no doer: the state's forces where it happened
    doc = extract_text("وأوضحت قيادة العمليات المشتركة في العراق أن 7 عناصر من تنظيم / داعش / قتلوا وجرح أربعة منهم في مناطق "
                       "البوشجل والملاحمة في محافظة الانبار غربي العراق .", published="2015-08-10")
    evs = _events(doc, "ASSAULT")
    assert evs and all([(a.country, a.sector) for a in ev.actors] == [("IRQ", "MIL")] for ev in evs)
    # an air strike is as often a foreign power's (the coalition's in Yemen): no doer implied
    doc = extract_text("وفي صنعاء لقي اربعة حوثيين مصرعهم في غارة.", published="2015-07-26")
    evs = _events(doc, "ASSAULT")
    assert evs and all(not ev.actors for ev in evs)
    # a doer the text names is kept as it is
    doc = extract_text("أعلنت الشرطة الكورية الجنوبية امس الجمعة انها اعتقلت رجلاً (33 عامًا) هدد بقتل السفير الأمريكي لدى "
                       "سيول مارك ليبرت.", published="2015-08-08")
    [ev] = _events(doc, "COERCE")
    assert "actor-implied" not in ev.flags and ev.actors[0].certainty == "asserted" and ev.actors[0].country == "KOR"


def test_the_armed_party_after_la_that_follows_an_attack_noun_is_its_doer():
    # (blind7) "في قصف في نهاية الأسبوع للطيران التركي": past a phrase of time
    doc = extract_text("وأفادت مصادر كردية أن عشرة مدنيين بينهم عدد كبير من الاطفال قتلوا وأصيب 15 آخرون في قصف في نهاية "
                       "الأسبوع للطيران التركي في محيط قرية زركال.", published="2015-08-03")
    [ev] = _events(doc, "ASSAULT")
    assert [(a.text, a.country) for a in ev.actors] == [("طيران التركي", "TUR")]
    assert all(t.country != "TUR" or t.sector == "CVL" for t in ev.targets)
    # (blind3) past an adjective, and what the strike hit is its target
    doc = extract_text("كما استهدفت غارة أخرى لطيران التحالف مزرعة كان يتجمع فيها الانقلابيون، شمال غربي مديرية الدريهمي "
                       "بمحافظة الحديدة، ما أسفر عن مصرع ثمانية حوثيين وإصابة تسعة آخرين.", published="2015-08-03")
    [ev] = _events(doc, "ASSAULT")
    assert [(a.text, a.country) for a in ev.actors] == [("طيران التحالف", "SAU")]
    assert ev.targets and ev.targets[0].text != "طيران التحالف"
    # (train) "في غارة جوية لطيران التحالف الدولي": the US-led coalition struck the group
    doc = extract_text("وأشارت المصادر إلى مقتل ثمانية من تنظيم داعش وتدمير عجلتين عسكريتين في غارة جوية لطيران التحالف "
                       "الدولي في منطقة جويبة غربي الرمادي.", published="2015-07-20")
    [ev] = _events(doc, "ASSAULT")
    assert [a.country for a in ev.actors] == ["USA"] and ev.targets[0].text == "تنظيم داعش"
    # (blind2) blows dealt to a party (وجهوا ضربات ... لـ), and a strike that reached a gathering of it, hit it
    doc = extract_text("مشيرا الى ان المقاتلين الموالين وجهوا ضربات قاسية للمتمردين في أبين.", published="2015-08-03")
    [ev] = _events(doc, "ASSAULT")
    assert all(a.text != "متمردين" for a in ev.actors) and ev.targets[0].text == "متمردين"
    doc = extract_text("وذكر المركز الإعلامي للمقاومة أن القصف طال تجمعا للحوثيين في محطة للوقود شمال مدينة العين بالقرب من "
                       "مديرية لودر.", published="2015-08-03")
    evs = _events(doc, "ASSAULT")
    assert evs and all(a.text != "حوثيين" for ev in evs for a in ev.actors)


def test_a_suspicion_told_after_an_arrest_does_not_hedge_who_made_it():
    # (blind7) "يشتبه بوجود صلة لهم" is of those arrested: the authorities arrested them, in Kuwait
    doc = extract_text("وقد ألقت السلطات في الكويت مؤخرا القبض على عدة أشخاص يشتبه بوجود صلة لهم بالتفجير.",
                       published="2015-08-03")
    [ev] = _events(doc, "COERCE")
    assert (ev.actors[0].text, ev.actors[0].country, ev.actors[0].certainty) == ("السلطات", "KWT", "asserted")


def test_a_statement_with_no_subject_of_its_own_goes_on_with_the_speaker_before_it():
    # (SaudiNewsNet) "رحب التكتل الأوروبي ...، كما دعا إلى التنفيذ السريع": the bloc that welcomed is the one that calls
    # (with a party called on: a call on no one, "كما دعا إلى التنفيذ السريع", is an exhortation since vb23)
    doc = extract_text("رحب التكتل الأوروبي الموحد بالإصلاحات التي تحققت حتى الآن، كما دعا الحكومة إلى التنفيذ السريع للخطوات "
                       "التشريعية التي اتخذت، ولا سيما فيما يتعلق بالإصلاح الدستوري.", published="2015-08-01")
    asks = _events(doc, "REQUEST")
    assert asks and asks[0].actors[0].text == "التكتل"
    # (blind3) "وقال البيان: «والأزهر الشريف، إذ يستنكر هذا الهجوم الأثيم؛ فإنه يعرب عن تضامنه ...»": the pronoun is
    # al-Azhar's, the last speaker, with no party named since
    text = (
            'أعرب "الأزهر" عن استنكاره الشديد للهجوم الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة أبها، وأسفر عن'
            ' سقوط ضحايا من رجال الأمن السعودي وإصابة آخرين. \nوأكد "الأزهر" في بيان صحافي أمس "ان شريعتنا الإسلام'
            'ية السمحاء تنبذ كافة أشكال العنف والإرهاب، وتوعدت سفكةَ دماء الأبرياء المفسدين في الأرض الذين تجردوا'
            ' من أقل معاني الرحمة والإنسانية، بالخِزْي فِي الدُّنْيَا والعَذَاب العَظِيم فِي الْآخِرَةِ، مشددا عل'
            'ى أن وباء الإرهاب يتوجب معه اجتماع قادة الأمة والعالم لاتخاذ التدابير والخطط الرامية للقضاء على خطره'
            ' وأسبابه". \nوقال البيان " والأزهر الشريف، إذ يستنكر هذا الهجوم الأثيم؛ فإنه يعرب عن تضامنه الكامل مع'
            ' خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود والشعب السعودي الشقيق، ووقوفه إلى جانبه في م'
            'واجهة هذا الوباء اللعين الذي يسعى إلى زعزعة الاستقرار بالمملكة العربية السعودية، ويتقدم بخالص تعازيه'
            ' ومواساته إلى السعودية ملكًا وحكومةً وشعبًا في شهداء هذا الهجوم الإرهابي، داعيًا الله -جلَّ وعلا- أن'
            'ْ يرحم الضحايا، وأنْ يمنَّ على المصابين بالشفاء العاجل".')
    backs = _events(extract_text(text, published="2015-08-07"), "SUPPORT")
    assert backs and backs[0].actors[0].text == "الأزهر"


def test_a_statement_noun_with_the_nisba_of_a_country_speaks_for_that_state():
    # (blind) "إشارة إلى تصريحات روسية انتقدت «مزيدا من التدخل العسكري الأميركي»": Russia criticizes
    doc = extract_text("وأكدت الخارجية الأمريكية أنها ترحب بانضمام «أي دولة» إلى التحالف ضد «داعش»، إشارة إلى تصريحات "
                       "روسية انتقدت «مزيدا من التدخل العسكري الأميركي» في سوريا.", published="2015-09-29")
    [ev] = _events(doc, "ACCUSE")
    assert (ev.actors[0].text, ev.actors[0].country) == ("روسية", "RUS")
    # (blind4) "على اقتراح امريكي يطلب من الامين العام": the United States asks
    doc = extract_text("من المرجح ان يصوت مجلس الامن التابع للامم المتحدة يوم الجمعة على اقتراح امريكي يطلب من الامين "
                       "العام للمنظمة الدولية بان جي مون ومن منظمة حظر الاسلحة الكيماوية تحديد المسؤول.",
                       published="2015-08-05")
    [ev] = _events(doc, "REQUEST")
    assert (ev.actors[0].text, ev.actors[0].country) == ("امريكي", "USA")


def test_the_head_noun_of_a_body_with_its_name_is_a_party_no_table_lists():
    # (train) "وقد أعلن ديوان الرئاسة الإسرائيلية عن تقديم شكوى ...، يطلب فيها التحقيق": the presidency's office asks
    doc = extract_text("وقد أعلن ديوان الرئاسة الإسرائيلية عن تقديم شكوى إلى الشرطة الإسرائيلية، يطلب فيها التحقيق مع "
                       "المتطرفين الذين هددوا الرئيس.", published="2015-08-03")
    [ev] = _events(doc, "REQUEST")
    assert ev.actors[0].text == "ديوان الرئاسة"
    # (SaudiNewsNet) "وقال عضو هيئة التدريس ... الدكتور عمر السعيد": a member of the body speaks, not the body
    from marsad.events.extract import EventExtractor
    doc = extract_text("وقال عضو هيئة التدريس بكلية الشريعة الدكتور عمر السعيد : إن الحاقدين يتربصون.",
                       stages=("normalize", "tokenize", "ner"))
    assert EventExtractor._named_bodies(doc, []) == []
    doc = extract_text("اتفق وفدا الائتلاف وهيئة التنسيق الوطنية لقوى التغيير الديمقراطي في بروكسل أمس على خارطة طريق.",
                       stages=("normalize", "tokenize", "ner"))
    assert [c.text for c in EventExtractor._named_bodies(doc, [])] == ["هيئة التنسيق"]


def test_a_meeting_noun_names_its_holder_in_the_genitive_and_the_one_met_after_bi_li_or_maa():
    # (train) "اجتماع قائد المنطقة ... عبدالرحيم عتيق، بحلف القبائل": the commander met the tribal alliance
    doc = extract_text("وأشار إلى ان اجتماع قائد المنطقة العسكرية الأولى بحضرموت عبدالرحيم عتيق، بحلف القبائل المسؤول"
                       " عن تأمين آبار وشركات النفط اليمني", published="2015-08-01")
    [ev] = _events(doc, "CONSULT")
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (["عبدالرحيم عتيق"], ["بحلف القبائل"])
    # (SaudiNewsNet) "الزيارة الثانية للأمير محمد بن سلمان لمصر": the prince visits Egypt
    doc = extract_text("وتعد هذه الزيارة الثانية للأمير محمد بن سلمان لمصر خلال أيام", published="2015-08-01")
    [ev] = _events(doc, "CONSULT")
    assert ev.actors[0].text == "محمد بن سلمان" and ev.targets[0].country == "EGY"
    # "بحضور المحافظ" is who attended, not whom the commander met: no one met is named, no event
    doc = extract_text("وأشار إلى أن اجتماع قائد المنطقة العسكرية الأولى عبدالرحيم عتيق بحضور المحافظ ناقش الأوضاع"
                       " الأمنية", published="2015-08-01")
    assert _events(doc, "CONSULT") == []


def test_talks_between_a_body_named_by_its_kind_and_a_named_party_are_theirs():
    # (blind3) "وكشفت عن اتصالات بين الحركة والجيش السوداني": the movement told of before and the Sudanese army
    doc = extract_text("أعلنت الحركة الشعبية لتحرير السودان تمديد وقف إطلاق النار. وكشفت عن اتصالات بين الحركة والجيش"
                       " السوداني ورسائل متبادلة.", published="2015-08-01")
    [ev] = _events(doc, "CONSULT")
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (["الحركة"], ["الجيش السوداني"])


def test_a_statement_verb_kept_whole_with_its_conjunction_is_still_a_statement_verb():
    # (tuned) the segmenter keeps وأضاف whole (أضاف alone is rare in news): it is still a statement verb, and with no
    # subject of its own it goes on with the last speaker, whose words lay the violence on the Houthis (an ACCUSE)
    doc = extract_text(
        'وقال مدير عام مكتب الصحة والسكان بالمحافظة "الخضر لصور" سقط ألف قتيل وجرح 9 آلاف آخرين توزعت حالاتهم بين '
        'الصعبة والعادية وبعضها بحاجة لرعاية، وجميعهم من المدنيين".\n وأضاف في تصريح نشرته وكالة الانباء اليمنية '
        '"سبأ" أن "القتلى والجرحى سقطوا خلال عمليات العنف التي قامت بها ميليشيات الحوثي وصالح ضد المدنيين في محافظة '
        'عدن منذ أكثر من ثلاثة اشهر"، لافتاً إلى أن "المنشئات الطبية تعرضت للتدمير" .', published="2015-07-23")
    [acc] = _events(doc, "ACCUSE")
    assert acc.actors[0].text == "مدير عام" and acc.targets[0].text == "ميليشيات الحوثي وصالح"


def test_the_party_after_a_complementizer_is_the_doer_told_not_the_one_who_tells():
    # (tuned) "يذكر أن تركيا بدأت ... عمليات عسكرية ضد تنظيم داعش": a statement verb before أن/إن does not make the
    # party after it a reporter; that party is the subject of what is said, the doer of the operations
    doc = extract_text("يذكر أن تركيا بدأت الأسبوع الماضي عمليات عسكرية ضد تنظيم داعش في أعقاب تفجير انتحاري مدمر داخل "
                       "أراضيها وافقت بعده على السماح للولايات المتحدة باستخدام قاعدة انجرليك الجوية الاستراتيجية القريبة "
                       "من الحدود السورية لشن غارات ضد التنظيم المتطرف.", published="2015-07-31")
    ops = [e for e in _events(doc, "ASSAULT") if "عمليات عسكرية" in e.mentions[0].text]
    assert ops and ops[0].actors and ops[0].actors[0].text == "تركيا"


def test_the_paper_a_statement_is_made_to_passes_no_judgement():
    # (SaudiNewsNet) "أكد لـ«عكاظ» وكيل وزارة الصحة ... جاهزية 162 بنكاً للدم للمصابين في الاعتداء الآثم": the paper
    # after لـ is told, it does not condemn the attack (no ACCUSE by عكاظ)
    doc = extract_text("أكد لـ«عكاظ» وكيل وزارة الصحة للمختبرات وبنوك الدم الدكتور إبراهيم بن عبدالعزيز العمر، جاهزية 162 "
                       "بنكاً مركزياً للدم في مناطق المملكة لتأمين الدم للمصابين في الاعتداء الآثم في مسجد قوات الطوارئ ، "
                       "مبيناً أن هناك 4 سيارات متنقلة تتواجد في المنطقة حالياً.", published="2015-08-07")
    assert not [e for e in _events(doc, "ACCUSE") if e.actors and e.actors[0].text == "عكاظ"]


def test_a_count_joined_by_and_after_a_noun_counted_is_another_group():
    # (blind8) "مخلفا 38 قتيلا أغلبهم من البريطانيين والعشرات من الجرحى": 38 dead (the tens joined by و are the
    # wounded, not a count of the dead that would replace 38)
    doc = extract_text("واهتزت صورة القطاع السياحي في تونس بقوة بعد هجوم نفذه عنصر مسلح على فندق \"ريو امبريال مرحبا\" "
                       "في 26 يونيو الماضي مخلفا 38 قتيلا أغلبهم من البريطانيين والعشرات من الجرحى.", published="2015-07-27")
    attack = _events(doc, "ASSAULT")
    assert attack and (attack[0].killed, attack[0].injured) == (38, 10)


def test_the_one_hurt_by_the_attack_is_counted_besides_the_one_it_killed():
    # (blind8) "ما أدى لإصابته بجروح ومقتل زوجته": one wounded (the presenter) and one killed (his wife)
    doc = extract_text("تعرض الإعلامي السوري منهل عبدالقادر، مقدم البرامج في قنوات “إم بي سي” و”الرسالة”، لحادث إطلاق نار "
                       "على أحد الطرق السريعة بالعاصمة اللبنانية بيروت، فجر أمس الأربعاء، ما أدى لإصابته بجروح ومقتل "
                       "زوجته.", published="2015-07-30")
    attack = _events(doc, "ASSAULT")
    assert attack and (attack[0].killed, attack[0].injured) == (1, 1)


def test_a_toll_whose_subject_is_set_off_by_a_comma_before_its_verb():
    # (blind8) "أنّ 25 مقاتلاً على الأقل من الفصائل ... وثمانية من مقاتلي تنظيم «داعش»، قتلوا في الهجوم": the two
    # groups told before the comma are the dead of the attack the verb after it tells (25 + 8), "at least" between
    text = ("وذكر المرصد السوري لحقوق الإنسان أنّ 25 مقاتلاً على الأقل من الفصائل المسلحة السورية وثمانية من مقاتلي"
            " تنظيم «داعش»، قتلوا في الهجوم على مارع.")
    attack = _events(extract_text(text, published="2015-08-10"), "ASSAULT")
    assert attack and attack[0].killed == 33
    # with no comma and no second group: the first count past "على الأقل من"
    attack = _events(extract_text("وذكر المرصد أنّ 25 مقاتلاً على الأقل من الفصائل المسلحة السورية قتلوا في الهجوم"
                                  " على مارع.", published="2015-08-10"), "ASSAULT")
    assert attack and attack[0].killed == 25


def test_reinforcements_foiled_wiped_out_or_ambushed_are_struck_not_mobilised():
    # (blind4, blind6, SaudiNewsNet) reinforcements foiled, wiped out or ambushed on their way are what was hit: an
    # ASSAULT by those who hit them, no MOBILIZE of the side they were sent to
    doc = extract_text("وفي محافظة أبين أفشلت قوات التحالف تعزيزات حوثية في عقبة ثرة كانت قادمة من محافظة البيضاء وتهدف "
                       "لدعم جبهاتها في محافظة أبين.", published="2015-08-14")
    assert not _events(doc, "MOBILIZE")
    [ev] = _events(doc, "ASSAULT")
    assert ev.actors[0].text == "قوات التحالف"
    doc = extract_text("وفي محافظة لحج جنوب اليمن نجحت طائرات التحالف العربي في القضاء على تعزيزات حوثية كانت في طريقها "
                       "إلى محافظة لحج.", published="2015-07-30")
    assert not _events(doc, "MOBILIZE")
    [ev] = _events(doc, "ASSAULT")
    assert ev.mode == "aerial" and ev.actors[0].text == "طائرات التحالف العربي"
    doc = extract_text("كما نفذت المقاومة الشعبية بمحافظة إب فجر أمس كمائن محكمة لتعزيزات للميليشيات المتمردة كانت متجهة "
                       "إلى محافظة تعز جنوب غرب اليمن.", published="2015-08-10")
    assert not _events(doc, "MOBILIZE") and _events(doc, "ASSAULT")
    # a foiled attack is no strike on reinforcements that arrived: their arrival is still told
    doc = extract_text("في غضون ذلك، أفشلت طائرات التحالف العربي هجوما كانت ميليشيات الحوثي تحضر له لمداهمة مدينة عدن "
                       "إثر وصول تعزيزات لها إلى منطقة اللحوم.", published="2015-07-23")
    assert _events(doc, "MOBILIZE")


def test_words_of_courtesy_before_a_name_do_not_keep_the_subject_from_its_verb():
    # (blind8, SaudiNewsNet) "أدان صاحب السمو الملكي الأمير عبدالله بن مساعد ...": the prince condemns (an ACCUSE
    # with him as its speaker), though five words stand between the verb and his name
    doc = extract_text("أدان صاحب السمو الملكي الأمير عبدالله بن مساعد بن عبدالعزيز الرئيس العام لرعاية الشباب العمل "
                       "الإرهابي الآثم الذي استهدف مسجداً بمقر قوات الطوارئ الخاصة بمنطقة عسير.", published="2015-08-07")
    [acc] = _events(doc, "ACCUSE")
    assert acc.actors[0].text.startswith("عبدالله بن مساعد")
    # a verb in the imperfect names whom it is addressed to there, not its subject: no appeal by the prince
    doc = extract_text("وإننا نناشد صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض ومعالي وزير "
                       "النقل بإنهاء معاناتنا ومعاناة المسافرين على هذا الطريق.", published="2015-08-07")
    assert not [e for e in _events(doc, "REQUEST") if e.actors and "فيصل" in e.actors[0].text]


def test_a_statement_issued_as_bayanan_speaks_for_its_issuer():
    # (blind8) "أصدر علماء ورجال دين ... بيانا يستنكرون فيه جريمة تفجير مسجد": the segmenter cuts بيانا as ب + يا, yet
    # it is the statement the condemnation is voiced in, issued by the clerics named before it (not by the country
    # named as where they are, "شرق المملكة")
    doc = extract_text('أصدر علماء ورجال دين "شيعة" في محافظة الأحساء شرق المملكة أمس، بيانا يستنكرون فيه جريمة تفجير '
                       'مسجد قوات الطوارئ في عسير.', published="2015-08-07")
    [acc] = _events(doc, "ACCUSE")
    assert acc.actors and acc.actors[0].text != "المملكة"
    doc = extract_text("أصدرت هيئة كبار العلماء أمس، بيانا تستنكر فيه جريمة تفجير مسجد قوات الطوارئ في عسير.",
                       published="2015-08-07")
    [acc] = _events(doc, "ACCUSE")
    assert acc.actors[0].text == "هيئة كبار العلماء"


@pytest.mark.parametrize("text,published,typ,speaker,whole", [
    # (blind7) "حيث عبر مرصد حضرموت لحقوق الإنسان عن إدانته": عبر followed by a party and then عن is the verb عبّر
    # (expressed), the party its subject who condemns, not the preposition عبر (via) governing it
    pytest.param("حيث عبر مرصد حضرموت لحقوق الإنسان عن إدانته هذه الممارسات التي تقوم بها الميليشيات الحوثية، "
                 "معتبرا قيامها بإعدام الأسرى لديها يمثل خرقا كبيرا لاتفاقية جنيف التي تحظر إعدام أسرى المعارك.",
                 "2015-08-03", "ACCUSE", "مرصد حضرموت لحقوق الإنسان", True, id="abbar-an-is-expressed"),
    # (blind8) "أعرب الاتحاد الأوروبي عن بالغ القلق ...، وطالب بأن يكون الرد متناسبا": the EU voices its concern and
    # calls for a measured response, though the army and the PKK are named between (a REQUEST by the EU)
    pytest.param("إلى ذلك أعرب الاتحاد الأوروبي عن بالغ القلق إزاء أعمال العنف المسجلة بين الجيش التركي ومقاتلي حزب "
                 "العمال، وطالب بأن يكون الرد في إطار مكافحة الإرهاب متناسبا ولا يشكل خطرا على الحوار السياسي في "
                 "تركيا.", "2015-07-28", "REQUEST", "الاتحاد الأوروبي", True, id="call-joined-by-wa"),
    # (blind7) "وأعرب معالي الأمين العام لمجلس التعاون الدكتور عبداللطيف بن راشد الزياني عن وقوف دول المجلس": the
    # phrase عن وقوف reaches back past a title, an office and a name of five parts to أعرب (a SUPPORT by al-Zayani)
    pytest.param("وأعرب معالي الأمين العام لمجلس التعاون الدكتور عبداللطيف بن راشد الزياني عن وقوف دول المجلس "
                 "ومساندتها للمملكة العربية السعودية في كل ما تتخذه من إجراءات لحماية أمنها واستقرارها.",
                 "2015-08-06", "SUPPORT", "الزياني", False, id="stand-after-a-long-title"),
    # (blind8) "زعم أن الحالة الصحية لمرسى في خطر، مطالباً الأمم المتحدة ...، مهدداً بنشر موجات عنف وإرهاب": the
    # Brotherhood threatens violence (a THREATEN by the subject of the main verb, as مطالباً is its REQUEST)
    pytest.param("يذكر أن تنظيم الإخوان، زعم أن الحالة الصحية لمرسى، فى خطر، مطالباً الأمم المتحدة بتنظيم وفد لزيارته فى "
                 "السجن، مهدداً بنشر موجات عنف وإرهاب فى حالة وفاة مرسى تحت أي ظرف داخل السجن.",
                 "2015-08-06", "THREATEN", "الإخوان", False, id="threatening-participle-after-a-comma"),
    # (blind8) "واضاف "اوجه نداء الى الشبان ..."، داعيا "الرئيس الاميركي ..." الى التوجه الى ناغازاكي": وأضاف has no
    # subject of its own (a quote follows it), so the call is the mayor's, the last speaker (a REQUEST by him)
    pytest.param('وانتقد رئيس بلدية ناغازاكي توميهيسا تاوي امام حشد ضم حوالى 6700 شخص ضمنا مشاريع القوانين الدفاعية '
                 'الجديدة. واضاف "اوجه نداء الى الشبان: اصغوا لما يقوله القدامى وفكروا بما تستطيعون فعله انتم من اجل '
                 'السلام"، داعيا "الرئيس الاميركي (باراك) اوباما وممثلي كل الدول التي تملك سلاحا ذريا" الى التوجه الى '
                 'ناغازاكي.', "2015-08-09", "REQUEST", "رئيس بلدية", True, id="participle-after-a-subjectless-verb"),
])
def test_the_speaker_of_a_statement_is_found_past_long_or_unusual_openings(text, published, typ, speaker, whole):
    [ev] = _events(extract_text(text, published=published), typ)
    assert ev.actors[0].text == speaker if whole else speaker in ev.actors[0].text


def test_a_verb_swallowed_by_a_place_name_the_gazetteer_lacks_is_still_a_verb():
    # (blind3) "رسالة إنذار من المقاومة الشعبية في اقليم آزال تمهل المليشيات 48 ساعة": the tagger reads "آزال تمهل" as
    # one place the gazetteer does not know; the verb at its end still gives the ultimatum (a THREATEN), unlike
    # Chad or Palmyra, places the gazetteer knows
    doc = extract_text("وقالت مصادر محلية بمحافظة ذمار جنوب العاصمة صنعاء أن قيادة جماعة الحوثي في المحافظة تسلمت أمس رسالة "
                       "إنذار من المقاومة الشعبية في اقليم آزال تمهل المليشيات 48 ساعة لمغادرة المحافظة.",
                       published="2015-08-08")
    assert [p.text for p in doc.places if "تمهل" in p.text] == ["آزال تمهل"]
    [thr] = _events(doc, "THREATEN")
    assert thr.text == "تمهل"


def test_ones_own_support_reaches_back_past_a_long_subject_to_its_verb():
    # (blind7) "أكد ل"الرياض" أسامة النجيفي نائب رئيس الجمهورية العراقية دعمه وترحيبه بالقرارات": his own support
    # (دعمه) is voiced by أكد nine words before, past the paper and a long title (a SUPPORT by al-Nujaifi)
    doc = extract_text('من جانبه أكد ل"الرياض" أسامة النجيفي نائب رئيس الجمهورية العراقية دعمه وترحيبه بالقرارات التي '
                       'اتخذها العبادي رئيس مجلس الوزراء.', published="2015-08-10")
    [sup] = _events(doc, "SUPPORT")
    assert sup.actors[0].country == "IRQ"  # (the Iraqi vice president, his title read as the party)


def test_the_dead_counted_by_the_plural_noun_are_no_deed_done_in_a_stampede_story():
    # (blind8) قتلى folds to قتلي, which the segmenter reads as قتل with "my": taken for a killing someone did, it
    # marked the article as telling a use of force, and the stampede's dead were kept as an attack
    doc = extract_text(
        "قتل ما لا يقل عن 11 شخصا أمس في تدافع حصل خلال احتفال ديني شعبي في شرق الهند أمام معبد هندوسي تهافت إليه "
        "نحو 150 ألف شخص. \nوحصل التدافع في معبد بايديانات جيوتيرلينغا في ولاية جهاركاند حين تدافع الحجاج للدخول إلى "
        "المعبد عند فتح الأبواب، على ما أوضح الضابط في الشرطة س.ن. براهدان. \nوأشار إلى سقوط عشرة قتلى بينهم امراة "
        "و15 إلى 20 جريحا. \nوغالبا ما تحصل حوادث تدافع في الهند ولا سيما في الاحتفالات الدينية.", published="2015-08-11")
    assert not _events(doc, "ASSAULT")


def test_an_event_told_only_in_the_link_line_at_the_foot_of_the_page_is_left_out():
    # (SaudiNewsNet) "رابط الخبر بصحيفة الوئام: قتيلان من “حزب الله” في غارة اسرائيلية على سوريا": the page's headline,
    # not the text's report (which is kept)
    text = (" قال تلفزيون المنار التابع لحزب الله اللبناني اليوم الاربعاء ان ضربة اسرائيلية جوية نفذتها طائرة بلا طيار "
            "استهدفت سيارة في القنيطرة في جنوب غرب سوريا وقتلت عضوين من حزب الله الذي يقاتل الى جانب القوات الحكومية. "
            "وقصفت الطائرة السيارة عند مشارف قرية الحضر السورية وهي منطقة يقطنها الدروز بالقرب من هضبة الجولان السورية "
            "التي تحتلها اسرائيل.\nويقاتل حزب الله الى جوار الجيش السوري في الحرب الاهلية الدائرة في البلاد.\nورفضت "
            "متحدثة باسم الجيش الاسرائيلي في القدس التعليق حين سئلت عن صحة التقارير الخاصة بالضربة الجوية. رابط الخبر "
            "بصحيفة الوئام: قتيلان من “حزب الله” في غارة اسرائيلية على سوريا ")
    doc = extract_text(text, published="2015-07-31")
    link = text.index("رابط الخبر")
    attacks = _events(doc, "ASSAULT")
    assert attacks and all(any(m.trigger_start < link for m in ev.mentions) for ev in attacks)


def test_an_arrest_a_party_is_able_to_make_or_would_be_rewarded_for_is_not_made():
    # (blind7, blind8) the GCC's statement of confidence in the security forces, and a bounty: no arrest done
    doc = extract_text("وأعرب عن ثقته في كفاءة وقدرة الأجهزة الأمنية المختصة في المملكة العربية السعودية على كشف ملابسات "
                       "هذه الجريمة الإرهابية البشعة ، والقبض على الجناة والجهات المحرضة وتقديمهم إلى القضاء العادل.",
                       published="2015-08-06")
    assert not _events(doc, "COERCE")
    doc = extract_text("وترأس الفضلي، المولود بالكويت، الجماعة التي تتكون من مجموعة من مديري تنظيم القاعدة الذين انتقلوا "
                       "إلى سوريا، وعرضت الحكومة الأمريكية سبعة ملايين دولار لمن يساعد في القبض عليه.", published="2015-07-23")
    assert not _events(doc, "COERCE")
    # (blind2) but a deed named inside the complement, not the complement itself, is told: the bombing judged
    doc = extract_text("إلا أن الثقة بالله أولاً وبنصره ثم بالمملكة حكومةً وشعباً تحت القيادة الحكيمة لخادم الحرمين "
                       "الشريفين الملك سلمان بن عبدالعزيز تؤكد القدرة بإذن الله على وأد نار الفتنة ومحاسبة أرباب الفتن من "
                       "الجماعات الإرهابية والمتورطين في هذه جريمة تفجير مسجد قوات أمن الطوارئ الخاصة بأبها التي طالت "
                       "الأنفس الآمنة وتقديمهم إلى العدالة.", published="2015-08-07")
    assert _events(doc, "ASSAULT")


def test_an_attack_named_as_the_means_of_an_aim_is_not_reported():
    # (train, blind2) columns arguing what the bombers aimed at: "عبر تفجير مسجد شيعي"، "من خلال تفجير مساجد"
    doc = extract_text("للتأكد من ذلك، انظر إلى ما تنتهي إليه عمليات \"داعش\" وستجد أننا بصدد جماعة غير قادرة على إنجاز "
                       "أي من أهدافها، ففي البدء كان التركيز على إشعال فتنة مذهبية في القطيف عبر تفجير مسجد شيعي.",
                       published="2015-08-07")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("بعد فشلها في إشاعة الفوضى والإخلال بالأمن ومحاولة تكريس الطائفية من خلال تفجير مساجد في القطيف "
                       "والدمام التي حاول فيها الفكر الإرهابي ضرب اللحمة الوطنية.", published="2015-08-07")
    assert not _events(doc, "ASSAULT")
    # (blind) but خلال alone is "during": the fighting is told
    doc = extract_text("ولفتت إلى مقتل 10 من أفراد المقاومة وإصابة حوالي 50 آخرين خلال الاشتباكات، متوقعة إحكام المقاومة "
                       "سيطرتها على مدينة لودر بشكل كامل خلال الساعات المقبلة.", published="2015-08-05")
    assert _events(doc, "ASSAULT")


def test_the_arrest_told_in_a_notice_of_a_sentence_carried_out_is_the_case_history():
    # (blind8) an interior ministry notice: the smuggler's arrest, with the investigation after it in its sentence, is
    # the history of the case punished (the execution is the news, a SANCTION)
    doc = extract_text(
        "أصدرت وزارة الداخلية اليوم بيانًا بشأن تنفيذ حكم القتل تعزيرًا في مهرب مخدرات بمحافظة جدة,وفيما يلي نص البيان :\n"
        "بفضل من الله تم القبض على المدعو /عصمت حياة محمد شريف - باكستاني الجنسية - عند قيامه بتهريب كمية من الهيروين "
        "المخدر داخل أحشائه إلى المملكة وأسفر التحقيق معه عن اتهامه بما نسب له , وبإحالته إلى المحكمة العامة صدر بحقه "
        "صك شرعي يقضي بثبوت ما نسب إليه شرعًا ,والحكم بقتله تعزيرًا، وصدّق الحكم من محكمة الإستئناف ومن المحكمة العليا، "
        "وصدر أمر ملكي يقضي بإنفاذ ما تقرر شرعًا .\nوقد تم تنفيذ حكم القتل في الجاني/ عصمت حياة محمد شريف - باكستاني "
        "الجنسية -, اليوم الاربعاء الموافق 20 /10 / 1436 هـ بمدينة جدة في منطقة مكة المكرمة.", published="2015-08-05")
    assert _events(doc, "SANCTION") and not _events(doc, "COERCE")


def test_led_away_by_forces_is_an_arrest_but_not_after_a_kidnapping():
    # (blind7) "أن قوات الاحتلال اقتادت الأسير وهو مقيد ومعصوب العينين": an arrest by the occupation forces
    doc = extract_text("وأضافت أن قوات الاحتلال اقتادت الأسير وهو مقيد ومعصوب العينين، وصولاً للنقطة العسكرية المقامة على"
                       " مدخل البلدة.", published="2015-08-12")
    assert [e.mode for e in _events(doc, "COERCE")] == ["arrest"]
    # (train) led away after "اختطف" earlier in the sentence: the abduction goes on, no arrest of its own
    doc = extract_text("وقال إن تنظيم داعش اختطف 18 شابًا من ناحية حمام العليل وناحية القيارة و14 شابًا آخر من ناحية"
                       " باودش وقضاء البعاج غرب الموصل واقتادهم إلى جهات غير معلومة.", published="2015-08-12")
    assert _events(doc, "COERCE") == [] and _events(doc, "ASSAULT")


@pytest.mark.parametrize("text,published,typ,modes", [
    # (blind4, blind8) "حجبوا الدخول لموقع تويتر امتثالا لقرار محكمة": a COERCE, censorship
    pytest.param("قال مسؤول حكومي كبير ان عددا من مقدمي خدمة الانترنت في تركيا حجبوا الدخول لموقع تويتر اليوم"
                 " امتثالا لقرار محكمة محلية بمنع توزيع صور التفجير الانتحاري.", "2015-07-22", "COERCE", ["censor"],
                 id="websites-blocked"),
    # (snn3000) dust that hides the sun blocks nothing of anyone's
    pytest.param("تتكون طبقة طينية على الألواح تحجب أشعة الشمس في أغلب فترات السنة.", "2015-07-22", "COERCE", [],
                 id="dust-hides-the-sun"),
    # (blind6) "استهدفوا بمدفعية من عيار 152 ملم منطقة ستانيستسا لوغانسكا"
    pytest.param("وأوضح المتحدث أن الانفصاليين في لوغانسك استهدفوا بمدفعية من عيار 152 ملم منطقة ستانيستسا لوغانسكا"
                 " التي تبعد عنهم حوالي 10 كلم.", "2015-08-12", "ASSAULT", ["heavy-weapons"], id="shelled-by-artillery"),
    # (blind3) "وتعزيز الكمائن بطول 12 كيلومتراً جنوب الشيخ زويّد": checkpoints reinforced, a MOBILIZE
    pytest.param("وقامت القوات المسلحة بتعزيز الكمائن بطول 12 كيلومتراً جنوب الشيخ زويّد.", "2015-08-10", "MOBILIZE",
                 [None], id="ambushes-reinforced"),
    # (mt23) security measures tightened are a mobilization, as the gold of blind7, blind8, blind10 and blind12 codes
    # them (train's gold left this sentence out; see test_material_events.py)
    pytest.param("عززت السلطات الإجراءات الأمنية حول المساجد والمواقع الحساسة بما فيها المنشآت النفطية.", "2015-08-10",
                 "MOBILIZE", [None], id="measures-tightened"),
    # (blind8) "وتمكنت الأمم المتحدة من تسليم شحنة من المساعدات الإنسانية إلى عدن عبر البحر": aid delivered
    pytest.param("وتمكنت الأمم المتحدة من تسليم شحنة من المساعدات الإنسانية إلى عدن عبر البحر في 21 يوليو الحالي.",
                 "2015-07-28", "AID", ["humanitarian"], id="aid-handed-over"),
    # a suspect handed over is no aid
    pytest.param("وتم تسليم المتهم إلى الجهات الأمنية لاستكمال التحقيقات.", "2015-07-28", "AID", [],
                 id="suspect-handed-over"),
    # (blind8) "بعد وصول طائرتين سعوديتين، تحملان أكثر من 30 طنا من المساعدات الإنسانية": aid flown in
    pytest.param("وذلك بعد وصول طائرتين سعوديتين، تحملان أكثر من 30 طنا من المساعدات الإنسانية.", "2015-07-28", "AID",
                 ["humanitarian"], id="planes-carrying-aid"),
    # carrying a responsibility is no aid
    pytest.param("وقال إن الحكومة تحمل الميليشيات مسؤولية تعطيل وصول الدعم إلى المدينة.", "2015-07-28", "AID", [],
                 id="carrying-a-responsibility"),
])
def test_deeds_the_trigger_table_lacked_and_their_other_senses(text, published, typ, modes):
    assert [e.mode for e in _events(extract_text(text, published=published), typ)] == modes


def test_fighting_told_as_still_going_on_by_an_adjective_is_news_of_its_place():
    # (train) "لا تزال فيه المعارك مستمرة بين الطرفين في جبال هرمز": fighting going on in a place of its own, told by the
    # adjective (مستمرة) as by the verb (تستمر), is a report the article keeps, not a generic mention
    text = ("وقال مصدر في المقاومة الشعبية إن الوضع الإنساني في المحافظة صعب للغاية. وتأتي هذه الهجمات الجديدة في الوقت"
            " الذي لا تزال فيه المعارك مستمرة بين الطرفين في جبال هرمز والحمة، بمديرية ذي ناعم. وأضاف المصدر أن السكان"
            " بحاجة إلى الغذاء والدواء.")
    doc = extract_text(text, published="2015-08-06")
    assert any("المعارك مستمرة" in m.text for e in _events(doc, "ASSAULT") for m in e.mentions)


def test_an_alert_declared_without_the_article_is_a_mobilization():
    # (blind6) "أعلن فيه جيش الاحتلال الإسرائيلي عن حالة تأهب في الضفة الغربية": an alert declared
    doc = extract_text("ودفع حادث القتل إلى غضب فلسطيني رسمي وشعبي في وقت أعلن فيه جيش الاحتلال الإسرائيلي عن حالة تأهب في"
                       " الضفة الغربية والقدس الشرقية.", published="2015-08-01")
    assert _events(doc, "MOBILIZE") and all(e.mode == "alert" for e in _events(doc, "MOBILIZE"))
    # (snn3000) a state lived in is no alert declared
    doc = extract_text("وقال إن العسكري لدينا يعيش تحت ضغوط فنحن نعيش في حالة تأهب وممنوع من الإجازة.", published="2015-08-01")
    assert _events(doc, "MOBILIZE") == []


def test_praise_of_no_party_is_no_support():
    # (SaudiNewsNet) "أشاد نائب وزير الصحة ... بجهود العاملين في المستشفيات": praise of the staff's efforts, no party
    # praised, is a courtesy, not support given to a party (the name apposed to the speaker is not the one praised)
    doc = extract_text("أشاد نائب وزير الصحة حمد بن محمد الضويلع بجهود العاملين في المستشفيات والمراكز العلاجية، الذين "
                       "وصفهم بأنهم أهم من العاملين في الوزارة لأنهم يباشرون خدمة المرضى.", published="2015-07-20")
    assert not _events(doc, "SUPPORT")


def test_praise_of_a_party_after_the_speaker_and_a_comma_is_support():
    # (SaudiNewsNet) the praised party follows the ب of أشاد, past a comma after the speaker's name
    doc = extract_text("من جانبه، أشاد الوزير عز الدين الأصبحي, بالدعم والمساندة التي تلقاها الحكومة اليمنية من دول مجلس "
                       "التعاون لاستعادة الدولة اليمنية.", published="2015-07-20")
    assert _events(doc, "SUPPORT")
    # (SaudiNewsNet) a state's government praised after a statement of its speaker
    doc = extract_text("وأكد الملا استنكار مجلس النواب بمملكة البحرين لهذا العمل الإرهابي الذي أوقع عدد من الشهداء في مسجد "
                       "قوات الطوارئ الخاصة في منطقة عسير. وأشاد بجهود حكومة المملكة العربية السعودية في مكافحة الإرهاب.",
                       published="2015-08-07")
    assert _events(doc, "SUPPORT")


def test_a_price_paid_is_no_appreciation():
    # (blind7) "دفعت حقوق الإنسان ثمن عودة إيران": ثمن after دفع is the price paid, not the verb ثمّن (appreciated)
    doc = extract_text("قال الناشط كميل آل بوشوكة لـ«الشرق الأوسط» لقد «دفعت حقوق الإنسان ثمن عودة إيران إلى طاولة "
                       "المفاوضات النووية».", published="2015-08-01")
    assert not _events(doc, "SUPPORT")


def test_a_release_named_as_a_reference_point_or_an_aim_is_no_retreat():
    # (blind2) "وذلك بعد 4 أيام من إطلاق سراحه": an earlier release the story dates from, not an event it reports
    doc = extract_text("أعادت السلطات الأمنية السودانية اعتقال رئيس تيار الأمة الواحدة محمد علي الجزولي إلى المعتقل وهو "
                       "أيضا المتهم بتأييد داعش، وذلك بعد 4 أيام من إطلاق سراحه.", published="2015-07-30")
    assert not _events(doc, "RETREAT")
    # (blind4) "لإطلاق سراح مواطننا": what is worked for has not happened
    doc = extract_text("وأعلنت ماريانا بتسا المتحدثة باسم وزارة الخارجية الأوكرانية أن هناك «أوكرانيًا بين الرهائن»، مضيفة "
                       "«إننا نقوم بالإجراءات العاجلة مع شركائنا الأجانب لإطلاق سراح مواطننا».", published="2015-08-08")
    assert not _events(doc, "RETREAT")
    # (SaudiNewsNet) "للمطالبة بإطلاق سراح زملاء لهم": a release demanded
    doc = extract_text("فإن المظاهرة التي انطلقت صباح الأربعاء قرب مجلس الشورى ضمت حوالي ألفي مدرس للمطالبة بإطلاق سراح "
                       "زملاء لهم.", published="2015-07-30")
    assert not _events(doc, "RETREAT")
    # (blind3) a release told as done stays
    doc = extract_text("وجرى إطلاق سراح بعض المعتقلين من بينهم لين بكفالة.", published="2015-07-31")
    assert _events(doc, "RETREAT")


def test_withdraw_on_is_applies_to():
    # (SaudiNewsNet) "وينسحب على التمايزات": ينسحب على is "applies to", no withdrawal
    doc = extract_text("والسبب بسيط وينسحب على التمايزات التي صنعناها عبثا مع الاقتصاديات الأخرى.", published="2015-07-30")
    assert not _events(doc, "RETREAT")


def test_the_present_of_threaten_with_no_deed_threatened_is_endangers():
    # (blind2) "ومجموعات يسارية متطرفة، تقوم بأنشطة تهدد النظام العام": activities that endanger public order, no threat
    doc = extract_text("وقالت المنسقية إن قوات الأمن أوقفت، منذ أمس الجمعة، 320 شخصاً من المنتمين إلى تنظيمي \"داعش\"، و\"بي "
                       "كا كا\" الإرهابيين، وتنظيمات موالية لها ومجموعات يسارية متطرفة، تقوم بأنشطة تهدد النظام العام، "
                       "وتنفذ وتُعد لهجمات مسلحة ضد المواطنين.", published="2015-07-25")
    assert not _events(doc, "THREATEN")
    # (train) the deed threatened after ب keeps it a threat
    doc = extract_text("وكان الفرع المصري لتنظيم داعش (ولاية سيناء)، بث تسجيل فيديو الأربعاء يهدد فيه بإعدام كرواتي يعمل في "
                       "شركة فرنسية، خطف نهاية يوليو (تموز) في إحدى ضواحي القاهرة.", published="2015-08-07")
    assert _events(doc, "THREATEN")


def test_an_attack_dated_by_a_bare_month_months_back_is_background_in_an_article_with_recent_news():
    # (blind) "وفي نوفمبر (تشرين الثاني)، قتل 55 شخصا في هجوم وقع في واغا" in a report of 27 July 2015 on today's
    # attack in Gurdaspur: a bare month (no الماضي, no year) is no date of the event, but marks it as background; the
    # sentence after tells it again ("هذا الاعتداء") with a day of June, of another deed, not of the last days
    lead = ("أسفر هجوم شنه مسلحون على مركز للشرطة، اليوم (الاثنين)، في الهند قرب الحدود مع باكستان، عن سقوط خمسة قتلى "
            "على الاقل، كما اعلنت الشرطة المحلية.\n")
    old = ("وفي نوفمبر (تشرين الثاني)، قتل 55 شخصا في هجوم وقع في واغا بالبنجاب الباكستانية، أبرز مركز على الحدود "
           "الهندية-الباكستانية.\n وتقول الهند وباكستان ان هذا الاعتداء كان انتقاما من العملية التي شنها الجيش "
           "الباكستاني في منتصف يونيو (حزيران) ضد معاقل للمتمردين بالقرب من الحدود الافغانية.")
    doc = extract_text(lead + old, published="2015-07-27")
    attacks = _events(doc, "ASSAULT")
    assert attacks and all(e.date == "2015-07-27" for e in attacks)
    assert not any("واغا" in m.text for e in attacks for m in e.mentions)
    # with a month of the last weeks (July, in a story of 27 July) it is kept: not two months back
    doc = extract_text(lead + old.replace("وفي نوفمبر (تشرين الثاني)", "وفي يوليو (تموز)"), published="2015-07-27")
    assert any("واغا" in m.text for e in _events(doc, "ASSAULT") for m in e.mentions)


def test_a_bare_month_of_the_last_weeks_nearer_the_attack_keeps_it():
    # (SaudiNewsNet, 23 July 2015) "بعد الهجومين اللذين أوقعا عشرات القتلى من السياح في حزيران/يونيو في سوسة وفي
    # آذار/مارس في متحف باردو": June, the month nearest the attacks' word, is of the last weeks, not background;
    # March further on does not make them history
    text = ("باشر البرلمان التونسي صباح أمس الأربعاء مناقشات تستمر ثلاثة أيام حول مشروع قانون مكافحة الإرهاب الرامي إلى "
            "تعزيز الوسائل التي في متناول السلطات للتصدي للتهديد الإرهابي في وقت تتزايد الاعتداءات في تونس. "
            "وتجري المناقشات في ظل تزايد المخاطر الإرهابية بعد الهجومين اللذين أوقعا عشرات القتلى من السياح في "
            "حزيران/يونيو في سوسة وفي آذار/مارس في متحف باردو وقد تبناهما تنظيم داعش.")
    doc = extract_text(text, published="2015-07-23")
    assert any("الهجومين" in m.text for e in _events(doc, "ASSAULT") for m in e.mentions)


def test_a_deed_a_state_did_by_means_of_an_attack_is_reported():
    # (GSR sentences) "لكن إسرائيل ردّت استخباراتيّا عبر اغتيال عماد مغنيّة": the means of a state's reply, named
    # before عبر, is its act reported (unlike an aim argued with no doer, test above): Israel killed Mughniyeh
    doc = extract_text("لكن إسرائيل ردّت استخباراتيّا عبر اغتيال عماد مغنيّة مع أنها لم تتبنّ حتى الآن عملية الاغتيال.",
                       published="2008-02-28")
    [ev] = _events(doc, "ASSAULT")
    assert [a.country for a in ev.actors] == ["ISR"] and [t.text for t in ev.targets] == ["عماد مغنيّة"]


def test_private_people_meeting_is_no_consultation_and_a_news_agency_told_is_no_party():
    # "والتقت الفتيات تلميذات مسلمات": the subject right after the verb is private people (dev article)
    evs = extract_text("وأكدت نيكلسون لـ«الشرق الأوسط» أن الهدف من تنظيم هذه الزيارة هو تعزيز الجهود. والتقت الفتيات "
                       "تلميذات مسلمات في مدارس، منها أكاديمية «سالتلي» في مدينة برمنغهام.",
                       published="2015-07-26").events
    assert [e.type for e in evs] == []
    # while an official meeting citizens is one
    evs = extract_text("والتقى أمير منطقة الرياض المواطنين في مجلسه الأسبوعي.", published="2015-07-26").events
    assert [(e.type, e.actors[0].text) for e in evs] == [("CONSULT", "أمير منطقة الرياض")]
    # "أحد منظمي المظاهرات لوكالة الصحافة الفرنسية": the agency is whom it was said to, not who protested
    evs = extract_text("وقال نبيل جاسم أحد منظمي المظاهرات لوكالة الصحافة الفرنسية: «إن المظاهرة ضد الفساد».",
                       published="2015-08-07").events
    assert [e.type for e in evs] == ["PROTEST"]
    assert not any("الصحافة" in a.text for e in evs for a in e.actors + e.targets)


def test_a_tazahura_in_an_article_on_a_festival_is_the_festival():
    # (blind9, Asharq Al-Awsat 2015-08-02, on the Ouessou festival in Sousse) "هذه التظاهرة", "تظاهرة هذه السنة":
    # once the article names a مهرجان, the singular تظاهرة is that festival (its Maghrebi sense), not a protest
    text = ("وانطلقت فعاليات مهرجان أوسو في مدينة سوسة التونسية. "
            "وقال على المرموري أمين عام جمعية مهرجان أوسو في تصريح لـ«الشرق الأوسط» إن هذه التظاهرة غابت لسنوات "
            "لأسباب أمنية من جهة ومادية من جهة ثانية. "
            "وسجلت تظاهرة هذه السنة حضور مشاركين أجانب من فرنسا وروسيا والصين.")
    doc = extract_text(text, published="2015-08-02")
    assert not _events(doc, "PROTEST")
    # without the festival named, the same words are read as a demonstration (the check is the article's festival)
    doc = extract_text(text.replace("مهرجان أوسو", "حركة أوسو"), published="2015-08-02")
    assert _events(doc, "PROTEST")
    # (SaudiNewsNet 2015) a مهرجان خطابي is a political rally, no festival: a protest told with it stays one
    rally = ("ونظم الحزب مهرجانا خطابيا في المدينة. وشارك المئات في تظاهرة احتجاجية أمام مقر الحكومة "
             "للمطالبة بالإفراج عن المعتقلين.")
    assert _events(extract_text(rally, published="2015-08-02"), "PROTEST")
    assert not _events(extract_text(rally.replace("مهرجانا خطابيا", "مهرجانا"), published="2015-08-02"), "PROTEST")


@pytest.mark.parametrize("text,mobilized", [
    # (blind2 / SaudiNewsNet 2015) what a statement, a map or the media publish (نشر) is no deployment, even with
    # troops named nearby
    ("واكد متحدث باسم القوات الحكومية في بيان نشرته وكالة الانباء الرسمية الموالية للرئيس هادي", False),
    ("وقام كولونيل رالف بيترز بإعداد خريطة تم نشرها في مجلة القوات المسلحة الامريكية في يونيو 2006", False),
    ("حتى وسائل الإعلام بدأت تنشر معاناة العسكريين مما يدل على وجود مشكلة حقيقية تحتاج إلى حل", False),
    # troops deployed stay a deployment (SaudiNewsNet 2015), also when a statement tells it
    ("نشرت الولايات المتحدة ست مقاتلات من طراز «إف- 16» في قاعدة انجيرليك جنوب تركيا", True),
    ("وتعرضت أول دفعة من القوات التي دربتها الولايات المتحدة ونشرتها في شمال سورية للنيران يوم الجمعة", True),
])
def test_published_is_not_deployed(text, mobilized):
    doc = extract_text(text, published="2015-08-02")
    assert bool(_events(doc, "MOBILIZE")) is mobilized


def test_a_toll_of_a_war_going_on_for_a_count_of_years_is_no_attack():
    # (blind9, AFP 2015-08-02) "وقتل عشرات الاف الاشخاص في التمرد الكردي الانفصالي المستمر منذ اكثر من 30 عاما": the
    # toll of a three-decade insurgency, the years counted after منذ (with "أكثر من", "نحو", a number word or digits)
    for span in ("منذ اكثر من 30 عاما", "منذ نحو ثلاثين عاما", "منذ أربع سنوات"):
        doc = extract_text(f"وقتل عشرات الاف الاشخاص في التمرد الكردي الانفصالي المستمر {span}.", published="2015-08-02")
        assert not _events(doc, "ASSAULT"), span
    # a record among the years is news (blind2: "في أعنف حملة عليهم منذ أربع سنوات"), and so is an attack on a group
    # whose age a relative clause tells
    doc = extract_text("وشنت الطائرات التركية غارات على مواقع مقاتلي حزب العمال الكردستاني في شمال العراق، في أعنف حملة "
                       "عليهم منذ أربع سنوات.", published="2015-07-26")
    assert _events(doc, "ASSAULT")
    doc = extract_text("وقتل خمسة أشخاص أمس في هجوم لحركة الشباب التي تقاتل منذ أكثر من ثماني سنوات للإطاحة بالحكومة.",
                       published="2015-07-26")
    assert _events(doc, "ASSAULT")


def test_a_bare_month_after_the_month_of_publication_is_last_years():
    # (blind2, AFP 2015-08-06) "وسيطروا على صنعاء في سبتمبر (ايلول)" in a story of early August: the deed's bare
    # month is last September (a deed told is past), background, not a month to come; the news of the day stays
    lead = ("تابعت المقاومة والقوات اليمنية الشرعية، اليوم (الاربعاء)، عمليات تعقب المتمردين الحوثيين وحلفائهم الذين "
            "يستمرون بالانسحاب، بعد ان خسروا مدينة عدن وقاعدة العند الجوية الاكبر في البلاد، بحسب مصادر عسكرية.\n"
            " وسقطت قاعدة العند الاستراتيجية بعد هجوم شنته قوات هادي مدعومة من طيران وسلاح التحالف العربي الذي تقوده "
            "السعودية، وذلك بحسب وزارة الدفاع اليمنية ليل الاثنين/ الثلاثاء.\n")
    old = (" والحوثيون الذين ينتمون الى الطائفة الزيدية الشيعية ويعتبرون مقربين من ايران، اطلقوا في 2014 حملة توسعية "
           "انطلاقا من معاقلهم في شمال البلاد بدعم من الرئيس المخلوع علي عبدالله صالح، وسيطروا على صنعاء في سبتمبر "
           "(ايلول) ثم وسعوا انتشارهم الى جنوب البلاد.")
    doc = extract_text(lead + old, published="2015-08-06")
    attacks = _events(doc, "ASSAULT")
    assert attacks and not any("صنعاء" in m.text for e in attacks for m in e.mentions)
    # a month already begun is this year's: "في يوليو" of the last weeks keeps the deed (not two months back)
    doc = extract_text(lead + old.replace("في سبتمبر (ايلول)", "في يوليو (تموز)"), published="2015-08-06")
    assert any("صنعاء" in m.text for e in _events(doc, "ASSAULT") for m in e.mentions)


@pytest.mark.parametrize("text,published", [
    # (blind9, blind6, SaudiNewsNet 2015) a truce agreed months or years before the story, named as the topic of talks
    # or of breaches, is no ceasefire made now: dated by a month, a bare month, a year or "قبل خمسة أشهر"
    ("ويستعد ممثلون عن أوكرانيا وروسيا والمتمردين للاجتماع في مينسك عاصمة روسيا البيضاء لإجراء مزيد من المحادثات "
     "بشأن تطبيق اتفاق وقف إطلاق النار الذي تم التوصل إليه في فبراير (شباط) لكنه يتعرض لانتهاكات متكررة.", "2015-08-04"),
    ("حيث تم التوصل إلى هدنة في منتصف فبراير بعد توقيع اتفاقات سلام مينسك 2 لكنها لا تزال تشهد خروقات دامية.",
     "2015-08-06"),
    ("وهدأت الهجمات منذ التوسط في اتفاق لوقف اطلاق النار في مينسك عاصمة روسيا البيضاء قبل خمسة أشهر ولكن الجانبين "
     "يتبادلان الاتهامات بوقوع انتهاكات.", "2015-07-21"),
    ("واستمرت الهجمات حتى 2013 حين تم الاتفاق على وقف إطلاق النار بعدما بدأ رجب طيب إردوغان محادثات مع الزعيم "
     "الكردي المسجون عبد الله أوجلان.", "2015-08-07"),
])
def test_a_truce_of_months_ago_is_no_ceasefire_now(text, published):
    assert not _events(extract_text(text, published=published), "RETREAT")


def test_a_truce_declared_now_is_still_a_ceasefire():
    # (blind3, 2015-07-26) the truce of the news, dated by today and yesterday
    doc = extract_text("أعلنت قيادة قوات التحالف المساندة للشرعية في اليمن، أمس، عن «هدنة إنسانية» تبدأ مساء اليوم "
                       "وتستمر لمدة 5 أيام", published="2015-07-26")
    assert [e.mode for e in _events(doc, "RETREAT")] == ["ceasefire"]


def test_a_feminine_or_plural_speaker_judging_a_deed_accuses_too():
    # (blind3) "وقالت وزارة الداخلية في بيان: «هذه الهجمات تكشف عن مستوى عالٍ من الوحشية من الإرهابيين»": a
    # statement verb of a feminine speaker (قالت، أكدت) opens a judgement as قال does
    text = ("وقالت وزارة الداخلية في بيان: «هذه الهجمات تكشف عن مستوى عالٍ من الوحشية من الإرهابيين ضد مدنيين "
            "أبرياء».")
    doc = extract_text(text, published="2015-08-07")
    [acc] = [e for e in _events(doc, "ACCUSE") if "judgement" in e.flags]
    assert acc.actors[0].text == "وزارة الداخلية"
    # (blind3) "قالت منظمة هيومن رايتس ووتش ... فيما قد يمثل جريمة حرب": a deed called a crime by the organization
    doc = extract_text("قالت منظمة هيومن رايتس ووتش اليوم الخميس إن القوات الموالية للحوثيين في اليمن أطلقت قذائف "
                       "مورتر وصواريخ عشوائيا على مناطق سكنية بمدينة عدن في جنوب البلاد فيما قد يمثل جريمة حرب.",
                       published="2015-07-23")
    assert [e.actors[0].text for e in _events(doc, "ACCUSE")] == ["هيومن رايتس ووتش"]
    # a feminine speaker telling a criminal record judges nothing, as with قال
    doc = extract_text("وقالت الشرطة إن الرجل لديه على ما يبدو سجل إجرامي لكنه قديم للغاية.", published="2015-07-24")
    assert _events(doc, "ACCUSE") == []


def test_a_stand_with_a_party_told_by_the_bare_noun_is_support():
    # (blind9, blind6) "وأكدت وزارة الخارجية القطرية ... في بيان اليوم وقوف دولة قطر مع المملكة": the noun وقوف
    # with its party between it and مع is a stand with the kingdom
    doc = extract_text("وأكدت وزارة الخارجية القطرية وفقاً لوكالة الأنباء القطرية في بيان اليوم وقوف دولة قطر مع "
                       "المملكة في تصديها للأعمال الإجرامية التي تهدف لزعزعة الأمن.", published="2015-08-07")
    [sup] = _events(doc, "SUPPORT")
    assert sup.actors[0].text == "دولة قطر"
    # (SaudiNewsNet) the definite noun examines a site, it stands with no one
    doc = extract_text("وقال مدير الفرع إنه تم الوقوف على الموقع ومعاينته وتبين معالجة الخطأ بمقتضى الأنظمة.",
                       published="2015-07-24")
    assert _events(doc, "SUPPORT") == []


@pytest.mark.parametrize("text, typ, found", [
    # (blind9) fighting told by اقتتال going on; "وقف الاقتتال" (SaudiNewsNet) is none
    ("ولا يزال الاقتتال دائرا في الحوطة عاصمة محافظة لحج الجنوبية على بعد 30 كيلومترا عن عدن بعد تفجره منذ أيام.",
     "ASSAULT", True),
    ("وخطة إنقاذ لمليشيات الحوثي وقوات صالح، بذريعة وقف الحرب وإنهاء الاقتتال في اليمن.", "ASSAULT", False),
    # (blind9) control wrested
    ("وكانت قد انتزعت السيطرة على عدن من الحوثيين في 17 يوليو تموز.", "ASSAULT", True),
    # (blind2) territory seized; (SaudiNewsNet) the settlers' aim to seize land is no seizure
    ("وأن المقاومة استولت على المناطق التي كانت تسيطر عليها جماعة الحوثي.", "ASSAULT", True),
    ("إن محاولات المستوطنين للاستيلاء على الأراضي والعقارات في حي بطن الهوى بدأت منذ حوالي 8 سنوات.",
     "ASSAULT", False),
    # (blind9) hostages freed by the army
    ("وفي وقت سابق من هذا الأسبوع أعلن الجيش النيجيري أنه حرر 30 رهينة بينهم 21 طفلاً وسبع نساء قرب ديكوا.",
     "ASSAULT", True),
    # (blind9) a travel ban, an ambassador recalled; (SaudiNewsNet) assets frozen
    ("وفرض جهاز المخابرات الأوكراني (إس بي يو) بعدها حظر سفر لمدة ثلاثة أعوام ضد البرلمانيين الفرنسيين العشرة.",
     "SANCTION", True),
    ("وفي وقت سابق أمس السبت قالت البحرين: إنها استدعت سفيرها في طهران للتشاور بعد ما وصفته بتكرار التصريحات "
     "العدائية من جانب مسؤولين إيرانيين.", "SANCTION", True),
    ("مضيفة أن القرار يتضمن تجميد أموالهم من أرصدة مصرفية وخزائن.", "SANCTION", True),
    # (blind9) persons arrested by ضبط: two members, an employee
    ("ضبطت الأجهزة الأمنية في العريش عنصرين أحدهما إخواني، والثاني تكفيري.", "COERCE", True),
    ("فقد تمكن ضباط وحدة مباحث قسم شرطة أول العريش من ضبط موظف بالجمارك وبالمعاش حالياً.", "COERCE", True),
])
def test_deed_words_of_the_lexicon_gaps_and_their_other_senses(text, typ, found):
    doc = extract_text(text, published="2015-08-01")
    assert bool(_events(doc, typ)) is found


@pytest.mark.parametrize("text, published, found", [
    # (blind9) "قوات الصاعقة" (Libyan commandos) killed in clashes: a use of force, not deaths by lightning (the
    # sentence cut before its "منذ بداية الشهر الجاري", which makes it a tally, dropped by another rule)
    ("قتل 25 جندياً بالقوات الخاصة الليبية «الصاعقة» وأصيب 35 آخرون، جراء الاشتباكات بمناطق متفرقة مع قوات مجلس شورى "
     "ثوار بنغازي.", "2015-08-01", True),
    # deaths by a bolt of lightning (صاعقة, no article) stay a disaster
    ("قتل 3 أشخاص بصاعقة رعدية في جازان.", "2015-08-01", False),
    # (blind3) "وسيطرا": the tokenizer cuts its own س as the future's (و+س+يطرا), yet it is the past dual of سيطر
    ("حققت قوات الجيش الوطني الموالي للشرعية والمقاومة الشعبية في اليمن مكاسب جديدة على الارض وسيطرا على مدينة زنجبار "
     "مركز محافظة أبين القريبة من عدن.", "2015-08-09", True),
    # the future proper stays a deed to come
    ("وسيقصف الطيران مواقع المتمردين في المدينة.", "2015-08-09", False),
    # (blind) "15 حالة وفاة جراء التفجير": حالة counts the dead, it is not "في حالة" (in case), a condition
    ("أن طوارئ مستشفى عسير المركزي استقبلت يوم أمس 40 مصاباً، و15 حالة وفاة جراء التفجير الذي وقع بمسجد إدارة "
     "الطوارئ.", "2015-08-07", True),
    ("وفي حالة الهجوم على المدينة سترد القوات.", "2015-08-07", False),
])
def test_attacks_told_by_words_with_a_second_sense(text, published, found):
    assert bool(_events(extract_text(text, published=published), "ASSAULT")) is found


def test_a_verb_spelt_anew_before_its_object_pronoun_is_still_the_verb():
    # (kw20) the plural's alef is dropped before a pronoun (طالبوا + ه -> طالبوه) and a final ى is written ا
    # (ألقى + ها -> ألقاها); with و in front the segmenter keeps such forms whole (SaudiNewsNet sentences)
    doc = extract_text("ووصفت بدرة قعلول رئيسة مركز الدراسات الاستراتيجية الأمنية والعسكرية، حكومة طرابلس بالميليشيات "
                       "«الإرهابية»، واتهمتها بـ«دعم الإرهاب والتنظيمات الإرهابية في تونس».", published="2015-07-21")
    assert [m.text for e in _events(doc, "ACCUSE") for m in e.mentions if "واتهمتها" in m.text]
    doc = extract_text("ووسط حالة الهلع والفوضى اللذين نجما عن الهجوم، تحدثت مصادر عسكرية عن قنبلة ألقاها رجل في "
                       "الحانة.", published="2015-07-27")
    assert _events(doc, "ASSAULT")


def test_no_verb_is_read_into_a_noun_or_an_imperative_by_the_pronoun_spelling():
    from marsad.events.common import _word_keys
    from marsad.tokenize import analyze_word

    def keys(word):
        tok = analyze_word(word)
        return _word_keys(tok.stem, tok.norm)

    assert "قتلوا" in keys("قتلوه") and "طالبوا" in keys("طالبوه") and "اتهم" in keys("واتهمهم")
    assert "الي" not in keys("الأهم")  # the most important, no إلى + هم
    doc = extract_text("وقال الطالب إن الامتحان كان صعبا.", published="2015-08-01")
    assert not _events(doc, "REQUEST")
    # دعوة (a call, an invitation) ends in ta marbuta, no pronoun; "دعونا" + a present verb is "let us"
    doc = extract_text("أي شخص انتظر بفارغ الصبر للحصول على دعوة من أمازون لشراء الجهاز.", published="2015-08-01")
    assert not _events(doc, "REQUEST")
    doc = extract_text("دعونا نعترف جذريا بالفشل.", published="2015-08-01")
    assert not _events(doc, "REQUEST")


def test_the_plural_of_the_subjunctive_and_the_jussive_is_a_conjugation():
    # (kw20) يطالبوا، يهاجموا (after أن، لم، لا): the plural of the present loses its nun; it is read as the
    # singular is ("لم يطالب" is a request refused, flagged negated, and so is "لم يطالبوا")
    assert {"يهاجموا", "تطلقوا", "يعتقلوا"} <= conjugations("هاجم") | conjugations("اطلق") | conjugations("اعتقل")
    for text in ("وقال المتحدث إن المحتجين لم يطالبوا الحكومة بالاستقالة.",
                 "وقال المتحدث إن المحتج لم يطالب الحكومة بالاستقالة."):
        doc = extract_text(text, published="2015-07-27")
        (req,) = _events(doc, "REQUEST")
        assert "negated" in req.flags


def test_a_noun_after_bi_kept_whole_by_the_segmenter_is_still_the_noun():
    # (kw20) "بطلق"، "بحبس": the whole word about as common as the noun alone, the segmenter keeps it whole; the
    # noun is looked up without its preposition (blind6, SaudiNewsNet)
    doc = extract_text("أصيبت الطفلة زينب محمد لباد البالغة من العمر 4 سنوات من العوامية بمحافظة القطيف بطلق ناري "
                       "استقر في رأسها أثناء زيارتها برفقة عائلتها لسلطنة عمان.", published="2015-07-27")
    assert _events(doc, "ASSAULT")
    doc = extract_text("وأمرت النيابة العامة بحبس 24 متهما احتياطيا على ذمة القضية.", published="2015-08-01")
    assert _events(doc, "COERCE")
    # but a verb never takes the preposition: "ليتظاهروا" (SaudiNewsNet) is a purpose, no protest told
    doc = extract_text("وجاء المالكي بمرتزقته من شيوخ العشائر ليتظاهروا في ساحة التحرير.", published="2015-08-01")
    assert not _events(doc, "PROTEST")


def test_a_final_h_cut_after_the_article_is_the_ta_marbuta():
    # (kw20) the article and a pronoun never go together: "الانتحارية" is الانتحارية, not الانتحاري + ه, so the
    # noun phrase "العملية الانتحارية" is found (SaudiNewsNet, the Abha mosque bombing)
    from marsad.events.common import _word_keys
    from marsad.tokenize import analyze_word

    tok = analyze_word("للحادثة")
    assert "حادثه" in _word_keys(tok.stem, tok.norm)
    doc = extract_text("بقيت خلايا وعناصر الفئة الضالة على النهج ذاته الرامي إلى قتل الأبرياء وزعزعة الأمن في البلاد "
                       "منذ تفجيرات مايو 2003، حتى العملية الانتحارية الغادرة في مسجد قوات أمن الطوارئ الخاصة في مدينة "
                       "أبها في منطقة عسير الجنوبية ظهر أمس.", published="2015-08-07")
    assert _events(doc, "ASSAULT")


def test_a_result_clause_after_the_comma_tells_the_toll_of_the_deed_before_it():
    # (kl21) "، نتج منه إصابة ...": the clause of result after the comma is the toll of the deed just told, even
    # when the sentence tells a second attack after it (blind10, Jazan civil defence; each shell its own wounded)
    doc = extract_text("وأوضح أنه في تمام الساعة 1:50 من صباح الثلاثاء باشرت فرق الدفاع المدني بلاغا عن سقوط مقذوف على "
                       "منزل بقرية المغيرة بمحافظة الحرث من داخل الأراضي اليمنية، نتج منه إصابة مقيمين اثنين من "
                       "الجنسية اليمنية، وتم نقلهما للمستشفى لتلقي العلاج اللازم، كما باشرت فرق الدفاع المدني في "
                       "اليوم نفسه، وفي تمام الساعة 12:30 ظهرا، بلاغا عن سقوط مقذوف على مبنى تحت الإنشاء بمحافظة "
                       "الطوال من داخل الأراضي اليمنية، نتج منه إصابة مقيم من الجنسية المصرية.", published="2015-07-23")
    attacks = _events(doc, "ASSAULT")
    assert [(a.killed, a.injured) for a in attacks] == [(None, 2), (None, 1)]


@pytest.mark.parametrize("text,published,killed,injured", [
    # (kl21) past a closing quote, one of them: "«استشهاد» أحد أفرادها" (blind2, Jazan)
    ("حيث تعرضت دورية مساندة من «قوة المجاهدين» بقطاع الطوال بمنطقة جازان، لمقذوف عسكري من داخل الأراضي "
     "اليمنية، ما نتج عنه «استشهاد» أحد أفرادها هو خالد مساوى حمدي، وإصابة آخر.", "2015-07-27", 1, 1),
    # most of them, past "على الأقل", up to the verb the count shares (blind9, Kunduz)
    ("قال مسؤولون إن 22 شخصا على الأقل معظمهم من رجال ميليشيا محلية قتلوا في إقليم قندز في شمالي أفغانستان مساء "
     "أول من أمس عندما فجر انتحاري من طالبان مركبة ملغومة بالمتفجرات.", "2015-08-09", 22, None),
    # the sentence's only attack: the wounded told in the clause before the dead (blind, the Abha mosque bombing)
    ("وأوضح أن طوارئ مستشفى عسير المركزي استقبلت يوم أمس 40 مصاباً، و15 حالة وفاة جراء التفجير الذي وقع بمسجد "
     "إدارة الطوارئ.", "2015-08-07", 15, 40),
])
def test_one_of_them_most_of_them_and_the_other_clause_of_a_sole_attack_are_counted(text, published, killed, injured):
    attacks = _events(extract_text(text, published=published), "ASSAULT")
    assert attacks and (attacks[0].killed, attacks[0].injured) == (killed, injured)


@pytest.mark.parametrize("text,published,killed,injured", [
    # (kl21) a definite title and a name after the casualty word, past the doer and the day (train, Mosul)
    ("أعدم تنظيم داعش أمس الشيخ نجم الدين الجبوري، إمام وخطيب مسجد ناحية المشيرفة (جنوب الموصل)، لأنه هاجم "
     "التنظيم خلال خطبه.", "2015-07-22", 1, None),
    # the one hurt, titled and named (blind6, Qatif)
    ("أصيبت الطفلة زينب محمد لباد البالغة من العمر 4 سنوات من العوامية بمحافظة القطيف بطلق ناري استقر في رأسها "
     "أثناء زيارتها برفقة عائلتها لسلطنة عمان.", "2015-07-27", None, 1),
    # but a list of the dead is no one person (blind10, Asir: three named, ranks before each)
    ("وقد نتج عن ذلك استشهاد العريف أحمد جعفر حسن المجيشي، والجندي أول محمد علي ياسين العمري، والجندي يحيى "
     "محمد.", "2015-07-31", 3, None),
    # nor one named with more counted after him (blind, a drone strike in Yemen)
    ('واضاف ان الغارة "ادت الى مقتل القيادي المتوسط ابو احمد الكازمي وأربعة من مرافقيه".', "2015-08-06", 5, None),
])
def test_one_titled_and_named_victim_is_one(text, published, killed, injured):
    attacks = _events(extract_text(text, published=published), "ASSAULT")
    assert attacks and (attacks[0].killed, attacks[0].injured) == (killed, injured)


def test_an_accusation_noun_charging_an_attack_is_an_accuse():
    # (ty21) "الاتهامات بقصف"، "اتهامه ... بتنفيذ تفجير": blame for an attack, the PLOVER ACCUSE (blind9, train,
    # SaudiNewsNet); an attack of no time nor place charged is not an attack told, but one named by its place is
    doc = extract_text("تبادلت أوكرانيا وانفصاليون موالون لروسيا الاتهامات أمس (السبت) بقصف مناطق سكانية على الرغم من "
                       "وقف لاطلاق النار.", published="2015-08-09")
    assert _events(doc, "ACCUSE") and not _events(doc, "ASSAULT")
    doc = extract_text("وقال باركي إن داعش يريد قتل عصفورين بحجر واحد، بعد اتهامه من قبل الرئيس التركي، رجب طيب اردوغان، "
                       "بتنفيذ تفجير سوروج جنوب تركيا والذي راح ضحيته 31 شخصًا.", published="2015-07-30")
    assert _events(doc, "ACCUSE") and _events(doc, "ASSAULT")
    # not a denied accusation, nor a cause of an arrest, nor a charge that is no attack
    for text in ("نفت بعثة الاتحاد الإفريقي في الصومال الاتهامات الموجهة لها بقتل 20 مدنيا جنوبي البلاد.",
                 "ألقت السلطات الإماراتية القبض على خادمة (إندونيسية) لاتهامها بقتل رضيعها.",
                 "ويواجه الوزير السابق اتهامات بالفساد وغسل الأموال."):
        assert not _events(extract_text(text, published="2015-08-09"), "ACCUSE"), text


def test_a_death_sentence_carried_out_by_a_verb_is_a_sanction():
    # (ty21) "نفذت السلطات ... حكم الإعدام"، "نفذت وزارة الداخلية أمس حكم القتل": a court sentence carried out is the
    # guidelines' SANCTION, not an attack read from القتل; the crime it punishes (لإقدامه على قتل) is not told as
    # an attack either (blind7, blind10)
    doc = extract_text("نفذت السلطات الباكستانية، صباح اليوم الثلاثاء، حكم الإعدام شنقا بحق شفقت حسين، الشاب الذي أصبح "
                       "رمزا لمناهضة استئناف الإعدامات.", published="2015-08-04")
    assert _events(doc, "SANCTION") and not _events(doc, "ASSAULT")
    doc = extract_text("وفي السياق نفسه نفذت وزارة الداخلية أمس حكم القتل قصاصا في المدعو مشعشع بن مفرح بن سلمان حريصي "
                       "- سعودي الجنسية - لإقدامه على قتل بدر بن حسن بن فرحان الحريصي.", published="2015-08-07")
    assert _events(doc, "SANCTION") and not _events(doc, "ASSAULT")
    # an armed group's "حكم الإعدام" is no court sentence
    doc = extract_text("نفذت عناصر من تنظيم داعش الإرهابي حكم الإعدام بـ19 إرهابيا من التنظيم في الفلوجة.",
                       published="2015-08-07")
    assert not _events(doc, "SANCTION")


def test_stealing_the_limelight_is_no_kidnapping():
    # (ty21) "خطف الأضواء"، "يخطف الأنظار": an idiom, not an abduction (blind6)
    doc = extract_text("يبدو أن دونالد ترامب قد تمكن من خطف الأضواء في السباق إلى البيت الأبيض، بعد أن أصبح اسمه يتصدر "
                       "العناوين.", published="2015-08-07")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("خطف مسلحون مجهولون مهندسا تركيا في طرابلس أمس.", published="2015-08-07")
    assert _events(doc, "ASSAULT")


def test_a_blame_verb_reaches_its_second_object_past_quotes_around_a_by_name():
    # (fm21) "حمّل ... المسؤولية": the second object may follow a long subject; ten words, the quote marks around
    # the speaker's by-name not counted (blind10, SaudiNewsNet)
    doc = extract_text('من جهته حمّل الرئيس الفلسطيني محمود عباس "أبو مازن" الحكومة الإسرائيلية المسؤولية الكاملة '
                       'عن الجرائم التي يرتكبها المستوطنيون في الضفة العربية.', published="2015-08-01")
    assert _events(doc, "ACCUSE")
    # still ten words at most: a blame word far down the sentence is no second object of the verb
    doc = extract_text("وحمل المتظاهرون اعلاما تركية وتجمعوا في الساحات العامة في رد على أزمة الرئاسة التركية "
                       "التي قالوا إن الحكومة تتحمل المسؤولية عنها.", published="2015-08-01")
    assert not [e for e in _events(doc, "ACCUSE") if "المتظاهرون" in e.mentions[0].text[:20]]


def test_a_day_set_off_by_commas_takes_no_place_in_a_trigger_reach():
    # (fm21) "أخلت ... سبيل": what the verb requires follows its subject and a day between commas (blind10);
    # "نشرا، أمس الأحد، بضعة آلاف من الجنود" (SaudiNewsNet, snn3000)
    doc = extract_text("أخلت محكمة الجنايات الكويتية، أمس الخميس، سبيل 11 متهماً من متهمي تفجير مسجد الإمام الصادق "
                       "الـ 29، بلا ضمان، مع منعهم من السفر.", published="2015-08-07")
    assert [e for e in _events(doc, "RETREAT") if e.mode == "release"]
    # without the day the aside is no day: past the reach the verb is no release ("أخلت" alone is no release)
    doc = extract_text("أخلت محكمة الجنايات الكويتية، في جلستها المنعقدة للنظر في القضية، سبيل 11 متهماً.",
                       published="2015-08-07")
    assert not _events(doc, "RETREAT")


def test_god_s_grace_thanked_opens_a_report_not_a_prayer():
    # (fm21) "وبفضل من الله تعالى ثم بمتابعة ...": the report's opening formula, the arrest it tells is one (blind9);
    # "قال الله تعالى" still opens a verse
    doc = extract_text("وبفضل من الله تعالى ثم بمتابعه متواصله من قبل فريق البحث وربط المعلومات المتوفره ترجح لدى "
                       "فريق البحث أن الجناه من إحدى الجنسيات الأفريقيه، وتم القبض على اثنان من الجنسية الافريقيه "
                       "وبقيادتهما سياره مستأجره من الرياض.", published="2015-08-11")
    assert _events(doc, "COERCE")
    doc = extract_text("قال الله تعالى: ولكم في القصاص حياة، وتم القبض على اثنين.", published="2015-08-11")
    assert not _events(doc, "COERCE")


def test_an_arrest_after_bighyat_is_an_aim():
    # (fm21) "بغية" (in order to), as "بهدف": the arrest sought is not done (blind9)
    doc = extract_text("وتم تشكيل فريق بحث وتحري من إدارة التحريات والبحث الجنائي للتعامل مع ما ورد من معطيات "
                       "ومعلومات في تلك البلاغات بكل احترافية بغية الوصول الى الجناه وكشف هوياتهم والقبض عليهم.",
                       published="2015-08-11")
    assert not _events(doc, "COERCE")


def test_the_attacks_of_a_series_the_one_told_is_the_latest_of_are_no_event():
    # (fa21) "the latest in a series of attacks" (wire copy): the series is named in a word, its attacks are other,
    # earlier ones with no day or place of their own (blind2, blind7, blind8: the same AFP sentence)
    doc = extract_text("والحادث هو الأخير في سلسة هجمات جاءت بعدما اطلقت تركيا حملة جوية لقصف مواقع لتنظيم داعش في "
                       "سوريا ولحزب العمال الكردستاني في شمال العراق.", published="2015-07-31")
    assert not _events(doc, "ASSAULT")
    # the attack that is the latest, told before the series, is kept; the series' toll after it is not another
    # event (blind9)
    text = ("وكان الهجوم هو الأحدث في سلسلة من الهجمات المميتة في جميع أنحاء البلاد، وقع 3 منها في العاصمة "
            "الأفغانية كابل أول من أمس مما أسفر عن مقتل العشرات من المدنيين وجرح مئات آخرين.")
    doc = extract_text(text, published="2015-08-10")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.start < text.index("سلسلة")
    # a series the attack is not said to be the latest of is told as such (train)
    doc = extract_text("وشنت جماعة بوكو حرام المتطرفة سلسلة هجمات دموية في شمال شرقي نيجيريا.", published="2015-08-01")
    assert _events(doc, "ASSAULT")


def test_a_deed_after_a_particle_of_purpose_is_sought_not_done():
    # (fa21) "بغية"، "بهدف": the arrest is the aim of the search, not made (blind9)
    doc = extract_text("وتم تشكيل فريق بحث وتحري من إدارة التحريات والبحث الجنائي للتعامل مع ما ورد من معطيات ومعلومات "
                       "في تلك البلاغات بكل احترافية بغية الوصول الى الجناه وكشف هوياتهم والقبض عليهم.",
                       published="2015-08-11")
    assert not _events(doc, "COERCE")
    # an arrest told as made is kept
    doc = extract_text("وتمكنت الجهات الأمنية من كشف هوياتهم والقبض عليهم أمس.", published="2015-08-11")
    assert _events(doc, "COERCE")


def test_caution_urged_on_the_public_is_no_request():
    # (fa21) safety advice after an accident (blind3) or on an epidemic (blind10) is no political request
    doc = extract_text("وطالب قائدي المركبات أخذ الحيطة والحذر وعدم السرعة او الانشغال أثناء القيادة.",
                       published="2015-07-22")
    assert not _events(doc, "REQUEST")
    doc = extract_text("ودعا الى ضرورة أخذ الجدية والحيطة والحذر عند التعامل مع الإبل.", published="2015-08-09")
    assert not _events(doc, "REQUEST")
    # a call on a party to act is kept
    doc = extract_text("وطالب وزير الخارجية المجتمع الدولي بالضغط على الحوثيين للانسحاب من المدن.", published="2015-08-09")
    assert _events(doc, "REQUEST")


def test_the_dead_of_a_road_accident_named_later_in_the_sentence_are_no_attack():
    # (fa21) "حادث سير" after the comma that ends the clause of the dead (blind10, SaudiNewsNet)
    doc = extract_text("لقي تسعة اشخاص حتفهم واصيب قرابة 40 راكبا باصابات متفواتة بين الخطيرة والمتوسطة، فجر يوم أمس "
                       "في حادث سير على طريق \"الاحساء -خريص\" لحافلة قادمة من عمان يقودها سائق باكستاني.",
                       published="2015-07-31")
    assert not _events(doc, "ASSAULT")
    # the dead of an attack are kept
    doc = extract_text("لقي تسعة اشخاص حتفهم واصيب قرابة 40 آخرين، فجر يوم أمس في هجوم انتحاري استهدف سوقا شعبية.",
                       published="2015-07-31")
    assert _events(doc, "ASSAULT")


def test_praise_of_a_festival_or_of_services_is_a_courtesy_not_support():
    # (fa21) civic praise in local news (SaudiNewsNet): no political support
    doc = extract_text("وفي نهاية جولة أمين المدينة في \"الحارة الحجازية\" وقبل مغادرته ثمن جهود اللجنة المنظمة لمهرجان صيف "
                       "طيبة 36، على إخراج الحارة الحجازية وتصويرهم للواقع السابق بشكل كبير.", published="2015-07-24")
    assert not _events(doc, "SUPPORT")
    doc = extract_text("فيما أشاد د. كينج بحسن التعاون والاستقبال والضيافة من قبل المسؤولين بالشركة.", published="2015-07-24")
    assert not _events(doc, "SUPPORT")
    # praise of the coordination with a coalition's forces is support (blind, blind10)
    doc = extract_text("وأكد اليافعي أن الجيش والمقاومة لن يقفوا حتى استعادة كامل اليمن من العناصر الانقلابية، مشيدا بمستوى "
                       "التنسيق المتكامل مع قوات التحالف العربي الذي وصفها بالداعم القوي للجيش اليمني على مختلف الجبهات.",
                       published="2015-08-06")
    assert _events(doc, "SUPPORT")


def test_the_sweep_with_the_article_goes_on_after_a_deed_and_is_no_raid_of_its_own():
    # (fa21) "عملية المحاصرة والتمشيط"، "استمرار عمليات التمشيط": the search that follows a deed told (blind, blind2)
    doc = extract_text("وأشارت الصحيفة إلى استرجاع كمية من الأسلحة والقنابل والمواد المتفجرة، بحضور ضباط أشرفوا على عملية "
                       "المحاصرة والتمشيط.", published="2015-07-21")
    assert not [e for e in _events(doc, "COERCE") if e.mode == "raid"]
    # a sweep told, indefinite, is a raid (dev)
    doc = extract_text("وأفاد مصدر أمني، أن عمليات تمشيط ومداهمات تجري في مناطق جنوب الشيخ زويد ورفح وشرق العريش.",
                       published="2015-08-09")
    assert [e for e in _events(doc, "COERCE") if e.mode == "raid"]


def test_an_administrative_notice_to_applicants_or_visitors_is_no_request():
    # (fa21) job applicants, candidates and visitors called to apply or to follow instructions (SaudiNewsNet)
    doc = extract_text("من جهة ثانية دعت وزارة الخدمة المدنية 2199 مواطنا ومواطنة من المتقدمين على الوظائف المشمولة "
                       "بلائحة الوظائف الصحية لمراجعة مقر الوزارة.", published="2015-07-28")
    assert not _events(doc, "REQUEST")
    doc = extract_text("كما دعت الوزارة المتقدمين سرعة حجز موعد ومكان الاختبار على موقع المركز الوطني للقياس.",
                       published="2015-07-28")
    assert not _events(doc, "REQUEST")
    # a call on parties by a politician is a request (SaudiNewsNet)
    doc = extract_text("ودعا أجاثون رواسا وهو سياسي معارض بارز إلى تشكيل حكومة وحدة وطنية.", published="2015-07-28")
    assert _events(doc, "REQUEST")


def test_met_his_death_reaches_past_a_long_title():
    # (blind10) "لقي" and "مصرعه" with a policeman's title and unit between them: one killed
    doc = extract_text("لقي أمين شرطة من قوة مركز أبوحماد بمحافظة الشرقية مصرعه إثر قيام مجهولين يستقلان دراجة بخارية "
                       "بإطلاق النار عليه من بندقية آلية ولاذا بالفرار.", published="2015-08-05")
    (attack,) = _events(doc, "ASSAULT")
    assert attack.killed == 1


def test_the_cabinet_is_a_party_that_speaks_and_agrees():
    # (sk21) "مجلس الوزراء" (the cabinet), a body no actor table knew: its approval was dropped for want of an
    # actor (blind7)
    doc = extract_text("وافق مجلس الوزراء العراقي بالاجماع بعد جلسة استثنائية يوم أمس على الحزمة الأولى من الاصلاحات "
                       "التي قدمها رئيس الحكومة حيدر العبادي.", published="2015-08-10")
    agree = _events(doc, "AGREE")
    assert agree and agree[0].actors[0].text == "مجلس الوزراء العراقي" and agree[0].actors[0].country == "IRQ"
    # (SaudiNewsNet) the Saudi cabinet's approval, the country left to the article
    doc = extract_text("وافق مجلس الوزراء على تعيينات بالمرتبتين الخامسة عشرة والرابعة عشرة ووظيفة ( سفير ).",
                       published="2015-07-28")
    assert [e for e in _events(doc, "AGREE") if e.actors and e.actors[0].text == "مجلس الوزراء"]


def test_the_council_of_senior_scholars_is_a_saudi_party_that_speaks():
    # (sk21) "هيئة كبار العلماء" and its general secretariat, no actor table knew them: the call was dropped for want
    # of a speaker, and the secretariat's condemnation went to "الأمانة" alone (SaudiNewsNet)
    doc = extract_text("طالبت هيئة كبار العلماء بالسعودية بإنزال أقصى العقوبات العاجلة بحق مرتكبي جرائم الإرهاب في "
                       "البلاد.", published="2015-08-07")
    req = _events(doc, "REQUEST")
    assert req and req[0].actors[0].text == "هيئة كبار العلماء" and req[0].actors[0].country == "SAU"
    doc = extract_text("أدانت الأمانة العامة لهيئة كبار العلماء وبشدة العمل الإجرامي الإرهابي الذي استهدف مسجدًا بمقر "
                       "قوات الطوارىء في منطقة عسير.", published="2015-08-07")
    acc = _events(doc, "ACCUSE")
    assert acc and acc[0].actors[0].text == "الأمانة العامة لهيئة كبار العلماء"
    assert not [t for e in acc for t in e.targets if "العلماء" in t.text]  # (its own name is not whom it condemns)


def test_forces_arriving_are_a_mobilization():
    # (fm22) the verbal noun وصول with the forces, reinforcements or aircraft that arrive (blind10, train)
    doc = extract_text("إلى ذلك أكد مصدر في محافظة أبين وصول إمدادات عسكرية إلى منطقة جعار قادمة من محافظة لحج ظهر أمس "
                       "الاول الخميس.", published="2015-08-09")
    assert _events(doc, "MOBILIZE")
    doc = extract_text("وتنضم تركيا بذلك إلى جانب التحالف الدولي بقيادة الولايات المتحدة، التي بدأت قواتها فعليا بالوصول "
                       "إلى قاعدة أنغرليك الجوية في جنوب تركيا لاستخدامها في الحرب ضد المتطرفين.", published="2015-08-10")
    assert _events(doc, "MOBILIZE")
    # not one told with a pronoun (who arrives is a person or a group), the adverb "وصولاً إلى", aid arriving, nor an
    # arrival awaited (train, SaudiNewsNet, blind7)
    for text in ("ربما يظن \"داعش\" أن وصوله إلى موقع بأهمية مسجد قوات الطوارئ يمثل علامة على نجاحه في تجاوز الضربات "
                 "الأمنية المتلاحقة ضده.",
                 "كخطوة لازمة لمواجهتها وصولاً إلى القيام إلى مهمة استرداد إنسانية الإنسان.",
                 "موضحا أن العمل مركز الآن على إعادة تأهيل المطار حتى يصبح في كامل جاهزيته لتتولى قوات التحالف عملية "
                 "تنظيم الرحلات ووصول المواد الإغاثية إلى مطار عدن.",
                 "أدى أيضا إلى «مقتل الكثير من الضباط والرجال الذين سقطوا في كمائن نصبها متطرفون تم تحذيرهم مسبقا بقرب "
                 "وصول الجنود»."):
        assert not _events(extract_text(text, published="2015-08-10"), "MOBILIZE"), text


def test_a_withdrawal_announced_or_described_is_a_retreat():
    # (fm22) the verbal noun انسحاب with a pronoun, announced or described (blind8, tuned)
    doc = extract_text("وكانت جبهة النصرة الموالية لتنظيم القاعدة والمناهضة لتنظيم داعش، قد أعلنت أمس، انسحابها من مواقع "
                       "المواجهة مع التنظيم شمال مدينة حلب.", published="2015-08-10")
    (retreat,) = _events(doc, "RETREAT")
    assert retreat.mode == "withdraw"
    doc = extract_text("ووصف المتشددون انسحابهم من مدينة باردير التي تقع على بعد نحو 300 كيلو متر شرقي مقديشو بأنه "
                       "تكتيكي.", published="2015-07-23")
    assert _events(doc, "RETREAT")
    # not the withdrawal as the time of another deed, nor one called for (train, SaudiNewsNet)
    doc = extract_text("وكشف الأحمدي في تصريح إلى \"الوطن\" أن الميليشيات عمدت قبيل انسحابها من عدن إلى زرع الألغام في عدد "
                       "من الأحياء السكنية.", published="2015-08-06")
    assert not _events(doc, "RETREAT")
    doc = extract_text("وأضاف «إن انسحابهم من تركيا والوقف التام للأنشطة بات ضرورة الآن».", published="2015-07-29")
    assert not _events(doc, "RETREAT")


def test_districts_and_positions_freed_are_taken_by_force():
    # (fm22) districts and positions freed or cleared of the enemy (blind11, blind8, blind10)
    for text in ("وأوضح أن جبهة صبر حررت مديريتي مشرعة وحدنان وتم تطهيرهما بشكل كامل.",
                 "وأكدت المصادر أن أكثر من 200 مسلح حوثي عبروا بلدة كرش بعد أن تمكنت المقاومة من تحرير أربعة مواقع فيها "
                 "من بينها موقع المناخ.",
                 "وقال العميد علي ردمان قحطان أحد القيادات العسكرية في جبهة كرش المحاذية لتعز لـ «عكاظ» إنه يجري تطهير "
                 "مواقع بين محافظتي تعز ولحج (كرش وعقان) وبدعم قوي من قوات التحالف العربي."):
        assert _events(extract_text(text, published="2015-08-08"), "ASSAULT"), text
    # not an aim, a website's editor, a feast's name, nor the positions freed before, named again (blind11,
    # SaudiNewsNet, train)
    for text in ("ويجري التنسيق لتحرير بقية مديريات صبر.",
                 "وكتب اريك اريكسون رئيس تحرير موقع ريد ستيت القريب من الجمهوريين الذي نظم التجمع.",
                 "فقد واصل مقاتلو المقاومة الشعبية من أبناء مديريات الساحل احتشادهم بالمئات في ساحة معسكر المقاومة "
                 "بمديرية الوزاعية في مهرجان التحرير لمديريات ساحل تعز.",
                 "وأضاف: \"رجال المقاومة قاموا بتمشيط المنطقة ومطاردة ما تبقى من فلول المتمردين، وعززت المواقع التي "
                 "قامت بتحريرها\"."):
        assert not _events(extract_text(text, published="2015-08-08"), "ASSAULT"), text


def test_a_company_taking_a_market_share_is_no_takeover():
    # (fm22) "سيطرت شركة ... على أكثر من 10 في المائة من سوق السيارات": a market share, one false attack per country
    # (blind10)
    doc = extract_text("سيطرت شركة هيونداي موتور على أكثر من 10 في المائة من سوق السيارات في البرازيل وروسيا والهند "
                       "والمكسيك خلال النصف الأول من هذا العام.", published="2015-08-04")
    assert not _events(doc, "ASSAULT")
    # fighters taking a town still do (blind2)
    doc = extract_text("وسيطر المتشددون الموالون لداعش على مدينة سرت بوسط البلاد إلى الغرب من أجدابيا.",
                       published="2015-08-01")
    assert _events(doc, "ASSAULT")


def test_a_mosque_named_after_a_companion_is_no_history_of_early_islam():
    # (fm22) "بمسجد الإمام علي – رضي الله عنه –": the blessing is part of the mosque's name, and the attack on it is
    # news (blind2)
    doc = extract_text("تفقد صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية اليوم, المصابين "
                       "جراء العملية الإرهابية التي استهدفت المصلين بمسجد الإمام علي – رضي الله عنه – بقرية القديح "
                       "بمحافظة القطيف, بحضور معالي وزير الصحة المهندس خالد الفالح.", published="2015-07-24")
    assert _events(doc, "ASSAULT")
    # the blessing of a companion told with his deeds is still history
    doc = extract_text("وقتل الخليفة علي في المسجد رضي الله عنه.", published="2015-07-24")
    assert not _events(doc, "ASSAULT")


def test_a_literary_club_makes_no_sports_article():
    # (fm22) "نادي أبها الأدبي" three times read as a sports club: its condemnation of the bombing then told a match's
    # attack, and was dropped (blind3)
    doc = extract_text("استنكر رئيس نادي أبها الأدبي د.أحمد آل مريع وأعضاء جمعية النادي العمومية، حادثة تفجير مسجد قوة "
                       "الطوارئ بمنطقة عسير. وأوضح د.مريع أن مجلس إدارة النادي والجمعية العمومية يعزون ذوي الشهداء. وكان "
                       "نادي أبها الأدبي قد أقام أمس الأول مسامرة شعرية شارك فيها الشاعران أحمد الصالح ود.عبدالله سليم "
                       "الرشيد.", published="2015-08-09")
    assert _events(doc, "ASSAULT")


def test_attacks_from_time_to_time_are_a_habit_with_their_toll():
    # (fm22) "بين فترة وأخرى"، "من حين لآخر": attacks told as a habit, and the dead they led to, are no one attack
    # (blind10, blind2)
    doc = extract_text("وتشن مقاومة تهامة بين فترة وأخرى هجمات مسلحة على تجمعات وآليات تابعة للحوثيين، أدت إلى مقتل "
                       "وإصابة العشرات منهم.", published="2015-07-31")
    assert not _events(doc, "ASSAULT")
    doc = extract_text("وتشهد أطراف مدينة الضالع مواجهات مسلحة بين فترة وأخرى بين الحوثيين والمقاومة الشعبية منذ عدة "
                       "أشهر.", published="2015-07-31")
    assert not _events(doc, "ASSAULT")
    # an attack told once, with its toll, is one (the result clause alone is no habit)
    doc = extract_text("وشنت المقاومة هجوما على تجمعات للحوثيين، أدى إلى مقتل العشرات منهم.", published="2015-07-31")
    assert _events(doc, "ASSAULT")


def test_what_a_clause_concedes_is_no_news():
    # (fm22) "رغم احتجاجات المعارضة وإدانة دولية"، "على الرغم من تعرض مدينة سوسة لهجوم إرهابي": the protests, the
    # condemnation and the attack a clause concedes are known circumstances, with the toll they left (blind11, blind9)
    doc = extract_text("وفاز بيار نكورونزيزا في انتخابات مثيرة للجدل، لولاية ثالثة متتالية رغم احتجاجات المعارضة وإدانة "
                       "دولية.", published="2015-08-02")
    assert not _events(doc, "PROTEST") and not _events(doc, "ACCUSE")
    doc = extract_text("ويتواصل المهرجان إلى غاية يوم 13 من الشهر الحالي في أجواء يغلب عليها المرح والسرور على الرغم من "
                       "تعرض مدينة سوسة لهجوم إرهابي نهاية شهر يونيو (حزيران) الماضي، ما خلف 39 قتيلا و40 جريحا.",
                       published="2015-08-05")
    assert not _events(doc, "ASSAULT")
    # the protests told for themselves are news
    doc = extract_text("وتظاهر المئات في بوجمبورا أمس احتجاجا على ترشح الرئيس لولاية ثالثة.", published="2015-08-02")
    assert _events(doc, "PROTEST")


@pytest.mark.parametrize("text,published,killed,injured", [
    # (kl22) the casualty word said again, joined by و, with a count of its own: the other side's toll, added
    # (blind11, Taiz)
    ("وفي تعز، أشارت مصادر إلى مقتل 21 وإصابة 36 من الحوثين وقوات صالح ومقتل 3 وإصابة 5 من القوات الشرعية في "
     "مواجهات في المدينة.", "2015-08-10", 24, 41),
    # (but the same figure told again is the same toll: a headline run into its lead, blind8, Aden)
    ("مقتل 57 مدنيا في قصف نسب للحوثيين وقتل 57 مدنيا على الأقل وأصيب أكثر من 200 آخرين بجروح الأحد في قصف نسب "
     "إلى المتمردين الحوثيين على عدن.", "2015-07-20", 57, 200),
    # one, past "during it", and one of the other side (blind9, the Turkish border)
    ("ووقع تبادل لاطلاق النار عبر الحدود يوم الخميس في نفس المنطقة بين الجيش التركي ومقاتلي داعش قتل خلاله جندي "
     "تركي وأحد متشددي التنظيم.", "2015-07-26", 2, None),
    # (not the number one after its noun, folded alike: blind6, Ferguson)
    ("شهدت مدينة فيرغسون الأميركية أعمال عنف أمس مع حصول تبادل لإطلاق النار أصيب خلاله شخص واحد بجروح خطيرة.",
     "2015-08-10", None, 1),
    # one of a force and a group of a plural the lexicon lacks, before the verb they share (blind11, Kabul)
    ("وأكدت قوات التحالف التي يقودها حلف شمال الأطلسي اليوم السبت أن واحدا من افراد القوة الدولية وثمانية متعاقدين "
     "افغان قتلوا في الهجوم على معسكر انتجريتي.", "2015-08-08", 9, None),
    # one quoted between أن and the verb (blind8, Sirnak)
    ('وتابع البيان أن «طائرات من دون طيار ومروحيات عسكرية ووحدات كوماندو أرسلت إلى مكان الحادث»، مشيرا إلى أن '
     '«إرهابي» قتل في الاشتباكات والعمليات مستمرة.', "2015-07-29", 1, None),
    # one, the long subject after أن set off from its verb by a comma (blind11, Bujumbura)
    ("أكد مسؤولون وشهود عيان أن جنرالا كبيرا في الجيش البوروندي ومن اقرب مساعدي الرئيس بيار نكورونزيزا، قتل اليوم "
     "(الاحد)، في هجوم صاروخي على سيارته في بوجمبورا.", "2015-08-02", 1, None),
    # (SaudiNewsNet) one killed during the clashes, past "during them"
    ("وقد تمكنت هذه القوات والمقاومة، أمس، من السيطرة على «معسكر لبوزة» في كرش بمحافظة لحج، وذلك بعد مواجهات عنيفة "
     "قتل خلالها قيادي بارز في ميليشيات الحوثيين.", "2015-08-06", 1, None),
])
def test_counts_of_two_groups_one_of_another_side_and_one_set_off_are_read(text, published, killed, injured):
    attacks = _events(extract_text(text, published=published), "ASSAULT")
    assert any((a.killed, a.injured) == (killed, injured) for a in attacks), [(a.killed, a.injured) for a in attacks]


def test_another_source_of_the_dead_still_tells_the_wounded():
    # (kl22) the lead's toll (three dead) and a later sentence's (two soldiers, and a guard: two wounded): the
    # wounded are the event's, though the second count of the dead differs (blind4, Sirnak)
    doc = extract_text("قالت مصادر أمنية إن جنديين تركيين وحارسا مسلحا قتلوا عندما فجر مقاتلون أكراد لغما محلي الصنع "
                       "اليوم الثلاثاء بإقليم شرناق في جنوب شرق البلاد. وذكر مسؤولون أمنيون أن مقاتلي الحزب زرعوا عبوة "
                       "يتم التحكم بها عن بعد وفجروها أثناء مرور سيارة تابعة للجيش. وقتل جنديان وأصيب اثنان آخران في "
                       "الانفجار كما قتل حارس قرية.", published="2015-08-04")
    attacks = _events(doc, "ASSAULT")
    assert [(a.killed, a.injured) for a in attacks if a.killed == 3] == [(3, 2)]


@pytest.mark.parametrize("text,published,killed,injured", [
    # (kl22) a casualty noun joined by و with no count of its own opens the next item: the count before it is not its
    # count (blind3, Tunis: "وإصابة عدد آخر" is no three wounded)
    ("وفي التفاصيل أن جندياً أطلق النار على رفاقه ما أدى إلى مقتله ومقتل و3 آخرين وإصابة عدد آخر بجروح، ووقع الحادث "
     "اليوم في المنطقة نفسها التي شهدت هجوم متحف باردو.", "2015-07-20", None, None),
    # (SaudiNewsNet) the three workers are among the dead, not the wounded ("وإصابة آخرين": others, uncounted)
    ("دان معالي رئيس مجلس النواب في مملكة البحرين أحمد بن إبراهيم الملا التفجير الإرهابي الذي استهدف مسجد قوات "
     "الطوارئ في منطقة عسير، وأسفر عن استشهاد عشرة من منسوبي القوات وثلاثة من العاملين وإصابة آخرين.",
     "2015-08-07", 13, None),
    # (SaudiNewsNet) but one with a count of its own is a parallel item: the sixteen fell dead too (both sides, 24)
    ("وشهدت الأطراف الشمالية لمدينة تعز مواجهات عنيفة أسفرت عن سقوط ١٦ من الحوثيين وقوات صالح ومقتل ٨ وإصابة 35 من "
     "المقاومة في الاشتباكات في حي الزنوج ومحيطة.", "2015-08-01", 24, 35),
])
def test_a_casualty_noun_of_the_next_item_does_not_count_the_count_before_it(text, published, killed, injured):
    attacks = _events(extract_text(text, published=published), "ASSAULT")
    assert attacks and (attacks[0].killed, attacks[0].injured) == (killed, injured), [(a.killed, a.injured) for a in attacks]


@pytest.mark.parametrize("text,published,killed,injured", [
    # (kl22) a second group counted after the comma that ends the first group's words (blind2, Palmyra: 4 and 12)
    ("كما تمكن التنظيم في اليوم ذاته من قتل 4 ضباط آخرين برتب عميد وعقيد، و12 عنصرًا آخر من قوات النظام بينهم ضباط "
     "صف.", "2015-07-20", 16, None),
    # tens of one side, about twenty of the other (blind11, Sarrin: 10 and 20)
    ("في بلدة صرين التي سيطروا عليها بدعم من طائرات التحالف الدولي في 27 يوليو الحالي، عقب اشتباكات استمرت لأكثر من "
     "عشرين يومًا، قتل خلالها العشرات من عناصر تنظيم داعش، ونحو 20 مقاتلاً من وحدات الحماية.", "2015-07-31", 30, None),
    # one named right after أن, the verb in quotes (blind2, Palmyra)
    ('وأفاد «المرصد السوري لحقوق الإنسان» بأن مخلوف «قُتل جراء استهدافه من قبل تنظيم داعش في ريف محافظة حمص الشرقي '
     'عندما كان عائدًا من جولة تفقدية على عناصره».', "2015-07-20", 1, None),
])
def test_a_second_group_after_the_comma_and_one_named_after_that_are_counted(text, published, killed, injured):
    attacks = _events(extract_text(text, published=published), "ASSAULT")
    assert any((a.killed, a.injured) == (killed, injured) for a in attacks), [(a.killed, a.injured) for a in attacks]
    # (not a second group that has its own casualty word: "و3 مدنيين أصيبوا" are the wounded)
    attacks = _events(extract_text("قتل 5 جنود، و3 مدنيين أصيبوا في الهجوم.", published="2015-08-01"), "ASSAULT")
    assert [(a.killed, a.injured) for a in attacks] == [(5, 3)]


def test_received_is_no_death_met():
    # (kl22) "لقي"، "لقوا" (met his death) are casualty words in the past only: "تلقوا تدريبات" (received training)
    # counts no dead (SaudiNewsNet: eight fighters abducted, not killed)
    doc = extract_text("خطفت جبهة النصرة ثمانية عناصر من فرقة سورية مقاتلة كانوا تلقوا تدريبات في إطار برنامج التدريب "
                       "الأميركي للمعارضة السورية المعتدلة، وانتقلوا إلى سوريا للمشاركة في عملية عسكرية ضد تنظيم داعش.",
                       published="2015-07-31")
    assert [(a.killed, a.injured) for a in _events(doc, "ASSAULT")] == [(None, None)]
    # (but "لقي ... مصرعهم" still counts: blind9, Taiz)
    doc = extract_text("لقي 13 عنصراً من المتمردين الحوثيين وقوات الرئيس السابق علي عبد الله صالح مصرعهم في اشتباكات "
                       "بمدينة تعز.", published="2015-07-22")
    assert [a.killed for a in _events(doc, "ASSAULT")] == [13]


def test_casualty_cue_forms_are_no_common_words():
    # (kl22) the casualty cues' conjugated forms once held words of other meanings: لقوات ("for the forces", from
    # the inflected cue لقوا), نصيب/نصاب (a share, a quorum: "we are hit"), يقضي (spends: "passed away" in the
    # present), تلقوا (received: "met" in the present)
    from marsad.events.extract import EventExtractor
    ex = EventExtractor()
    words = ex._count_killed | ex._injured_cues
    for w in ("لقوات", "نصيب", "نصاب", "يقضي", "تقضي", "تلقوا", "لتلقي"):
        assert w not in words, w
    for w in ("قتلوا", "لقوا", "لقي", "قضي", "قضيوا", "اصيب", "يصاب", "استشهد"):
        assert w in words, w
    # (blind2) the toll of the regime's forces still read ("لقوات النظام" after the count)
    doc = extract_text('أفادت المعارضة السورية بمقتل 50 عنصراً لقوات النظام، إثر اشتباكات مع فصائل غرفة عمليات "فتح '
                       'حلب"، في حي جمعية الزهراء.', published="2015-07-31")
    assert [a.killed for a in _events(doc, "ASSAULT")][:1] == [50]


def test_a_party_named_between_a_bi_verb_and_its_object_is_its_subject():
    # (ac22) ندد، رحب، أشاد take their object with ب: the party named between the verb and ب speaks; the US
    # condemnation was read as Netanyahu's, the US whom he condemned (blind6)
    doc = extract_text("من جهته، قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو في بيان: صدمت من هذا العمل الإجرامي والشنيع "
                       "الذي يشكل عملية إرهابية. دولة إسرائيل تحارب الإرهاب بقسوة أيا كان مرتكبوه.\n ونددت الولايات "
                       "المتحدة بالحادث ووصفته بأنه \"هجوم إرهابي وحشي\".", published="2015-07-31")
    speakers = {a.text for e in _events(doc, "ACCUSE") for a in e.actors}
    assert "الولايات المتحدة" in speakers
    assert not [t for e in _events(doc, "ACCUSE") for t in e.targets if t.text == "الولايات المتحدة"]
    # (SaudiNewsNet, blind4) "كما رحب رودس بالهجمات التركية": Rhodes welcomes
    doc = extract_text("وقال البيت الأبيض إن تركيا شريك مهم. كما رحب رودس بالهجمات التركية على تنظيم داعش.",
                       published="2015-07-25")
    assert [e for e in _events(doc, "SUPPORT") if e.actors and e.actors[0].text == "رودس"]
    # a party inside the ب-object is what is praised, not who praises (blind)
    doc = extract_text("وقال الحذيفي إن عدن تحررت. وأشاد بدور قوات التحالف العربي التي وصفها بالداعم العظيم وصاحبة "
                       "الموقف الأقوى والناجح.", published="2015-07-22")
    assert not [e for e in _events(doc, "SUPPORT") if e.actors and "التحالف" in e.actors[0].text]


def test_a_member_of_a_body_speaks_past_the_body_and_his_title():
    # (ac22) "شجب عضو اللقاء الديموقراطي اللبناني النائب ...": the member (the MP) condemns; the condemnation was
    # dropped for want of a speaker (blind10)
    doc = extract_text("شجب عضو اللقاء الديموقراطي اللبناني النائب نعمة طعمة التفجير الإرهابي الذي استهدف مسجد الطوارئ "
                       "في مدينة أبها بمنطقة عسير، مبينا أنه لا يمت للأخلاق والقيم بأي صلة.", published="2015-08-09")
    acc = _events(doc, "ACCUSE")
    assert acc and acc[0].actors and "النائب" in acc[0].actors[0].text


def test_coordinated_speakers_past_an_adjective_of_the_first_are_one_event_each():
    # (ac22) one event per speaker: "اتهمت الحكومة اليمنية المقيمة وقوات التحالف، الحوثيين" is the government's
    # accusation and the coalition's; the coalition was read as whom the government accused (blind10)
    doc = extract_text("وكانت الهدنة قد أعلنت مساء الأحد، حيث اتهمت الحكومة اليمنية المقيمة وقوات التحالف، الحوثيين "
                       "بخرقها منذ الساعات الأولى لبدء سريانها.", published="2015-07-28")
    speakers = sorted(a.text for e in _events(doc, "ACCUSE") for a in e.actors)
    assert speakers == ["الحكومة اليمنية", "قوات التحالف"]


def test_two_members_of_one_body_condemning_are_two_events():
    # (ac22) two speakers of one parliament, neither with a canonical name of his own (the actor table gives the
    # body's with an empty name): two statements, not one (blind10)
    doc = extract_text("تواصلت الإدانات الرسمية والشعبية للتفجير الإرهابي الذي استهدف مسجد الطوارئ بمنطقة أبها الخميس "
                       "الماضي. \nواستنكر نائب رئيس مجلس الأمة مبارك الخرينج التفجير الإرهابي الغاشم والآثم الذي تعرض "
                       "له مسجد قوات الطوارئ في مدينة عسير. \nبدوره، دان أمين سر مجلس الأمة عادل الخرافي العمل الإرهابي، "
                       "مؤكدا أن دول مجلس التعاون الخليجي باتت مستهدفة.", published="2015-08-09")
    speakers = [a.text for e in _events(doc, "ACCUSE") for a in e.actors]
    assert any("الخرينج" in s for s in speakers) and any("الخرافي" in s for s in speakers)


def test_a_call_made_also_to_another_party_is_a_request_of_its_own():
    # (ac22) one event per (speaker, addressee): "كما نطالب أميركا" after a call on the international community is
    # another request, as "كما اعتقلت" after other arrests is another arrest (blind6)
    doc = extract_text("وقال الرئيس الفلسطيني محمود عباس إن هذه جريمة حرب.\n وأضاف: هذه الجرائم سنرسلها إلى محكمة الجنايات "
                       "الدولية ونطالب، وللأسف هذا طلب بالفراغ، الحكومة الإسرائيلية باتخاذ إجراءات تجاه ما يحصل كما نطالب "
                       "المجتمع الدولي بالتحرك، كما نطالب أميركا لمعرفة رأيها فيما يجري بعد أن أوقفت العملية السياسية.",
                       published="2015-07-31")
    addressees = [t.text for e in _events(doc, "REQUEST") for t in e.targets]
    # (ag24) the first call's addressee stands after an aside between commas, "ونطالب، وللأسف هذا طلب بالفراغ،
    # الحكومة الإسرائيلية" (blind6 gold); the call on the international community in that clause joins it
    assert "أميركا" in addressees and "الحكومة الإسرائيلية" in addressees


def test_a_party_closing_the_clause_before_a_conjoined_statement_verb_is_not_its_subject():
    # (ac22) "... بمسجد الإمام الصادق) ووجهت الاتهام": a verb joined by و shares the subject of the clause before; the
    # name that ends that clause (a mosque's) does not make the charge (tuned, blind10: a second accusation the
    # prosecution's own was kept apart from)
    doc = extract_text("وقالت النيابة آنذاك إنها فرغت من التحقيق والتصرف في الجناية (رقم 40 لسنة 2015 حصر أمن دولة المحررة "
                       "عن حادث التفجير الإرهابي بمسجد الإمام الصادق) ووجهت الاتهام فيها إلى هؤلاء بينهم سبع نساء من "
                       "أقارب المتهمين.", published="2015-08-04")
    assert not [a for e in _events(doc, "ACCUSE") for a in e.actors if "الصادق" in a.text]
    # (SaudiNewsNet) the newspaper calls on Kenyans, not Obama named in quotes before the verb
    doc = extract_text("وتحدثت صحيفة ذي ديلي نيشن عن «ظاهرة أوباما» ودعت الكينيين الى التمثل به واغتنام «الفرص التي تقدم "
                       "لنا كأفراد وكأمة بلا حدود».", published="2015-07-25")
    assert not [a for e in _events(doc, "REQUEST") for a in e.actors if "أوباما" in a.text]


def test_an_unnamed_official_of_a_ministry_speaks_for_it():
    # (ac22) "وقال مصدر مسؤول في وزارة الخارجية الكويتية": the official speaks for the ministry, whose words and its
    # state's are one voice; his condemnation was a second, speakerless-country one (blind3, blind6, blind9)
    doc = extract_text("أعربت دولة الكويت عن إدانتها واستنكارها الشديدين لحادث التفجير الإرهابي الذي استهدف مسجدا لقوات "
                       "الطوارئ في منطقة عسير أمس. وقال مصدر مسؤول في وزارة الخارجية الكويتية في تصريح صحفي: «هذه "
                       "الجريمة البشعة التي تأتي استمرارا لمسلسل الإرهاب البغيض».", published="2015-08-07")
    acc = _events(doc, "ACCUSE")
    assert len(acc) == 1 and acc[0].actors[0].country == "KWT"


def test_a_judgement_after_a_statement_participle_is_the_voicing_speakers():
    # (ac22) "وعبر الأمين العام ... عن تزايد الاهتمام ...، مؤكدا أن ... وما ترتكبه هو جرائم": the participle goes on
    # with the subject of the sentence's verb, and a sentence it opens goes on with the speaker of the voicing verb
    # before (أعرب، عبر، شدد ... are no statement verbs the last speaker was kept from); the judgement was dropped
    # for want of a speaker (train, twice)
    doc = extract_text("وعبر الأمين العام للمركز الأستاذ فيصل بن معمر في كلمته التي ألقاها في افتتاح أعمال اللقاء عن تزايد "
                       "الاهتمام الدولي بالحوار بين أتباع الأديان والثقافات، مؤكدا أن علماء المسلمين اجمعوا على أن «داعش» "
                       "منظمة إرهابية وما ترتكبه هو جرائم لا صلة لها بدين.", published="2015-07-28")
    assert [e for e in _events(doc, "ACCUSE") if e.actors and "الأمين العام" in e.actors[0].text]
    doc = extract_text("وقد عبر الأمين العام للمركز معالي الأستاذ فيصل بن معمر في كلمته عن تزايد الاهتمام الدولي بالحوار "
                       "بين أتباع الأديان والثقافات. مؤكداً على أن علماء المسلمين أجمعوا على أن «داعش» منظمة إرهابية وما "
                       "ترتكبه هو جرائم لا صلة لها بدين.", published="2015-07-28")
    assert [e for e in _events(doc, "ACCUSE") if e.actors and "الأمين العام" in e.actors[0].text]


def test_a_plural_statement_verb_does_not_go_on_with_one_person():
    # (ac22) "كما أبدى معاذ خزاعي أسفه ... وأجمع المسافرون على ... وطالبوا هيئة الطيران": the passengers ask, not the
    # man quoted before (SaudiNewsNet)
    doc = extract_text("كما أبدى معاذ خزاعي أحد القادمين من مدينة جدة أسفه الشديد لعدم وجود سير آخر للحقائب في المطار.\n"
                       "وشهد المطار خلال هذه الفترة تكدس الكثير من المسافرين، وأجمع المسافرون على أن هذه المشكلة تعتبر "
                       "أزلية بالنسبة للمطار، وطالبوا هيئة الطيران المدني والخطوط السعودية بسرعة البحث عن حلول عملية.",
                       published="2015-07-28")
    assert not [e for e in _events(doc, "REQUEST") if e.actors and "خزاعي" in e.actors[0].text]


def test_the_subject_kana_sets_off_with_a_comma_speaks_to_the_parties_after_the_verb():
    # (ac22) "وكان زعيم الحزب ... صلاح الدين دمرتاش، دعا أمس الحكومة التركية وحزب العمال": Demirtas calls on the
    # government and the PKK; the two parties were read as two speakers (blind7)
    doc = extract_text("وكان زعيم الحزب المقرب من الأكراد في تركيا صلاح الدين دمرتاش، دعا أمس الحكومة التركية وحزب العمال "
                       "الكردستاني إلى وقف العنف وبدء مفاوضات.", published="2015-08-10")
    (req,) = _events(doc, "REQUEST")
    assert req.actors[0].text == "صلاح الدين دمرتاش" and req.targets[0].text == "الحكومة التركية"
    # a verb joined by و to another predicate of the sentence is not set off so (train: a boxer's words, no event)
    doc = extract_text("وكان غاشي قد قال حين انضم لداعش «أريد أن أفعل شيئا جيدا وأموت وأنا أقوم به»، وطالب من الجميع "
                       "عدم انتقاد فعلته هذه لأنهم «لا يعرفون القصة كلها».", published="2015-07-22")
    assert not [e for e in _events(doc, "REQUEST") if e.actors and "غاشي" in e.actors[0].text]


def test_the_party_in_the_object_of_a_bi_verb_is_praised_and_we_appeal_is_the_quoted_speaker():
    # (ac22) "وأشاد بمقاتلي المقاومة الشعبية": the resistance is praised by the minister quoted before, it does not
    # praise (SaudiNewsNet)
    doc = extract_text("وقال الحذيفي في تصريح صحافي \"إنه بالتعاون مع المسؤولين اليمنيين سيعملون على إعادة فتح مطار "
                       "عدن\". وأشاد بمقاتلي المقاومة الشعبية الذين تمكنوا من طرد مسلحي الحوثي.", published="2015-07-22")
    sup = _events(doc, "SUPPORT")
    assert sup and not [a for e in sup for a in e.actors if "المقاومة" in a.text]
    # "«نناشد الحكومة العراقية": we (the families quoted) appeal to the government, which does not appeal (blind4)
    doc = extract_text("وقال الناهض إن الأهالي ينتظرون عودة أبنائهم، مضيفا «نناشد الحكومة العراقية وعلى رأسها فخامة الرئيس "
                       "فؤاد معصوم الإسراع في إنهاء إجراءات من انتهت محكوميتهم».", published="2015-08-05")
    assert not [a for e in _events(doc, "REQUEST") for a in e.actors if "الحكومة العراقية" in a.text]


def test_two_bombers_and_bare_extremists_are_the_doers():
    # (ag22) the dual and the bare plural of a nameless doer (انتحاريان، مسلحان، متطرفون) were no party: the attack
    # had no doer (blind11, blind8, blind3)
    doc = extract_text("قتل 12 شخصا على الأقل أمس عندما هاجم انتحاريان حمام سباحة مزدحما في شمال العراق.",
                       published="2015-07-19")
    (attack,) = _events(doc, "ASSAULT")
    assert [a.text for a in attack.actors] == ["انتحاريان"]
    doc = extract_text("اعترضهم مسلحان، وأنزلاهما من السيارة، وأطلقا النار على الإعلامي.", published="2015-07-30")
    assert [a.text for e in _events(doc, "ASSAULT") for a in e.actors] == ["مسلحان"]
    doc = extract_text("وكان متطرفون فتحوا أمس، النار من سوريا على مركز حدودي للجيش التركي في كيليس، ما أدى إلى مقتل "
                       "ضابط صف واصابة عسكريين اثنين بجروح.", published="2015-07-24")
    assert [a.text for e in _events(doc, "ASSAULT") for a in e.actors][:1] == ["متطرفون"]
    # ... but not the adjective of a plural noun before it, nor of a dual attack noun (blind3, SaudiNewsNet)
    doc = extract_text("وان المعلومات الاولية افادت ان كمينا محكما نصبه مسلحون اسلاميون متشددون قرب مستشفى النداء "
                       "الانساني لطلال الاردني وامطروه بالرصاص ما ادى الى مقتله على الفور.", published="2015-07-28")
    assert not [t for e in _events(doc, "ASSAULT") for t in e.targets if t.text == "متشددون"]
    doc = extract_text("وتسبب هجومان انتحاريان في مقتل 13 شخصا في سوق مروة.", published="2015-07-24")
    assert not [p for e in _events(doc, "ASSAULT") for p in e.actors + e.targets if "انتحاري" in p.text]
    # ... and "مقتل الانتحاري" is still the bomber's death, a party (blind)
    doc = extract_text("فجّر انتحاري سعودي نفسه، مساء أمس، عند نقطة تفتيش أمنية في الرياض، مما دفع رجال الأمن إلى "
                       "التعامل مع الموقف، وكانت النتيجة مقتل الانتحاري وإصابة اثنين من رجال الأمن.", published="2015-07-17")
    assert any(a.text.startswith("انتحاري") for e in _events(doc, "ASSAULT") for a in e.actors)


def test_a_toll_told_first_takes_the_doer_of_the_attack_verb_after_it():
    # (ag22) "قتل ... عندما فجر انتحاري نفسه": the passive toll opens the clause, the doer is the armed subject of the
    # attack verb after it (train; blind10)
    doc = extract_text("قتل 15 شخصًا بينهم نساء وأطفال أمس الأربعاء عندما فجر انتحاري نفسه في سوق مزدحمة بشمال "
                       "أفغانستان.", published="2015-07-23")
    (attack,) = _events(doc, "ASSAULT")
    assert [a.text for a in attack.actors] == ["انتحاري"] and [t.text for t in attack.targets] == ["شخصًا"]
    doc = extract_text("قتل جنديان ماليان وأصيب اربعة آخرون في كمين نصبه مسلحون قرب نامبالا قرب الحدود مع موريتانيا.",
                       published="2015-08-02")
    assert [a.text for e in _events(doc, "ASSAULT") for a in e.actors] == ["مسلحون"]


def test_a_cell_taken_apart_and_a_driver_arrested_are_whom_the_arrest_is_of():
    # (ag22) "تفكيك خلية إرهابية": the cell is arrested, not the arresting party, quoted or not (blind2, blind9, blind11)
    for text in ("وكانت السلطات المغربية اعلنت الثلاثاء تفكيك «خلية ارهابية تتألف من ثمانية اعضاء ناشطين في مدن طنجة».",
                 "أعلنت السلطات المغربية تفكيك خلية ارهابية في طنجة."):
        (arrest,) = _events(extract_text(text, published="2015-07-24"), "COERCE")
        assert [(a.text, a.country) for a in arrest.actors] == [("السلطات المغربية", "MAR")]
        assert [t.text for t in arrest.targets] == ["خلية ارهابية"]
    # the driver arrested, not the bomber of the relative clause after him (blind10, blind11)
    doc = extract_text("وكانت الأجهزة ألقت القبض على السائق الذي أوصل الانتحاري الذي فجر نفسه داخل المسجد.",
                       published="2015-08-04")
    assert [t.text for e in _events(doc, "COERCE") for t in e.targets] == ["السائق"]
    # the members of a network seized: the network is arrested, the ministry arrests (SaudiNewsNet)
    doc = extract_text("أعلنت وزارة الداخلية الكويتية اليوم الخميس، عن قيام أجهزة الأمن المختصة في خطوة أمنية استباقية "
                       "بكشف وضبط عناصر شبكة إرهابية تنتمي لما يسمى تنظيم (داعش) الإرهابي.", published="2015-08-13")
    (arrest,) = _events(doc, "COERCE")
    assert all(a.text != "شبكة إرهابية" for a in arrest.actors)
    assert [t.text for t in arrest.targets] == ["شبكة إرهابية"]


def test_militants_loyal_to_an_armed_group_are_of_its_country():
    # (ag22) PLOVER GSR: "متشددين موالين لحركة طالبان الافغانية" killed in Pakistan are Afghan Taliban's; a state
    # patron gives no country ("مسلحين موالين لروسيا" in Ukraine)
    doc = extract_text("قال مسؤولون إن قوات الأمن الباكستانية قتلت ثلاثة متشددين موالين لحركة طالبان الافغانية، امس، في "
                       "منطقة قبلية قرب الحدود الافغانية.", published="2007-08-14")
    (attack,) = _events(doc, "ASSAULT")
    assert [t.country for t in attack.targets] == ["AFG"]
    doc = extract_text("وقتلت قوات الأمن الباكستانية خمسة مسلحين موالين لحركة طالبان الافغانية قرب الحدود.",
                       published="2007-08-14")
    assert [(t.text, t.country) for e in _events(doc, "ASSAULT") for t in e.targets] == [("مسلحين", "AFG")]
    doc = extract_text("وقتل ستة مسلحين موالين لروسيا في شرق أوكرانيا.", published="2015-08-01")
    assert all(t.country != "RUS" for e in _events(doc, "ASSAULT") for t in e.targets)


def test_a_condemnation_blames_the_perpetrators_not_the_victims_of_the_attack():
    # (ag22) the forces the condemned bombing hit are not whom the minister blames; "فئة ضالة", named as its doers in
    # the statement's next sentence, are (blind9; the mufti's and the Egyptian mufti's statements: blind8, blind11)
    doc = extract_text("استنكر وزير النقل م. عبدالله بن عبدالرحمن المقبل التفجير الإرهابي الذي استهدف مسجد مقر قوات "
                       "الطوارئ الخاصة في مدينة أبها أمس الأول وأسفر عن استشهاد عدد من منسوبي قوات الطوارئ.\n"
                       "وأكد م. المقبل أن هذا العمل الإرهابي الذي استهدف بيتًا من بيوت الله لا يمثل الإسلام بأي شكل من "
                       "الأشكال، وأن من قام به فئة ضالة لم تراعِ حرمة المكان ولا حرمة الدم.", published="2015-08-08")
    (acc,) = _events(doc, "ACCUSE")
    assert [t.text for t in acc.targets] == ["فئة ضالة"]
    # the child the attack killed is not whom Washington condemns (blind11)
    doc = extract_text("نددت الولايات المتحدة \"بأشد العبارات\" اليوم بـ\"الهجوم الإرهابي الوحشي\" في الضفة الغربية المحتلة "
                       "والذي أدى إلى مقتل طفل فلسطيني حرقًا.", published="2015-07-31")
    assert not [t for e in _events(doc, "ACCUSE") for t in e.targets if t.text == "طفل"]
    # a speaker named before "حادثة التفجير" is not the bomber, nor whom he blames (SaudiNewsNet)
    doc = extract_text("وصف سماحة مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة الدائمة للبحوث العلمية والإفتاء "
                       "الشيخ عبدالعزيز بن عبدالله آل الشيخ حادثة التفجير الغاشم الذي استهدف مسجد قوات الطوارئ الخاصة "
                       "بمنطقة عسير بأنه عمل إجرامي. وقال إن هذه الفئة الضالة فئة خارجة عن دين الله.",
                       published="2015-08-07")
    assert not [a for e in _events(doc, "ASSAULT") for a in e.actors if "عبدالعزيز" in a.text]
    assert [t.text for e in _events(doc, "ACCUSE") for t in e.targets] == ["الفئة الضالة"]


def test_the_name_closing_a_long_title_is_the_speakers():
    # (ag22) "وكيل وزارة الشؤون الإسلامية ... الدكتور مساعد بن إبراهيم الحديثي": the name after the title's genitives
    # and an honorific is the speaker's own, not whom he condemns (blind10)
    doc = extract_text("استنكر وكيل وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد لشؤون المطبوعات والبحث العلمي "
                       "الدكتور مساعد بن إبراهيم الحديثي، حادثة تفجير مسجد قوات الطوارئ بعصير.", published="2015-08-08")
    (acc,) = _events(doc, "ACCUSE")
    assert acc.actors[0].text.startswith("وكيل وزارة") and acc.actors[0].text.endswith("الحديثي")
    assert not [t for t in acc.targets if "الحديثي" in t.text]
    # ... but not after a group's name: the sheikh ISIS executed is its victim (train)
    doc = extract_text("من ناحية ثانية، أعدم تنظيم داعش أمس الشيخ نجم الدين الجبوري، إمام وخطيب مسجد ناحية المشيرفة.",
                       published="2015-07-27")
    assert [t.text for e in _events(doc, "ASSAULT") for t in e.targets if "الجبوري" in t.text]


def test_a_town_the_actor_table_codes_as_its_state_is_a_place_not_a_party():
    # (ag22) "لأربيل"، "مطار عدن": towns the actor table codes as Iraq or Yemen are where, not who (train, blind6;
    # SaudiNewsNet)
    doc = extract_text("وقال الجيش لصحفيين يرافقون وزير الدفاع الأمريكي آشتون كارتر في زيارته لأربيل عاصمة كردستان "
                       "العراق إن الضربة هي أحدث الضربات الأمريكية.", published="2015-07-24")
    assert not [p for e in doc.events for p in e.actors + e.targets if p.text == "أربيل"]
    doc = extract_text("وصلت أمس الطائرة الإغاثية الثالثة إلى مطار عدن الدولي تحمل مواد إغاثية وطبية.",
                       published="2015-07-28")
    assert not [p for e in doc.events for p in e.actors + e.targets if p.text == "عدن"]
    # ... but a capital still speaks for its state (SaudiNewsNet)
    doc = extract_text("واتهمت دمشق أنقرة بدعم الإرهابيين في سوريا.", published="2015-07-28")
    assert [a.country for e in _events(doc, "ACCUSE") for a in e.actors] == ["SYR"]


def test_arson_names_its_doer():
    # (ag22) "ألقى مستوطنون إسرائيليون زجاجات حارقة على منزل"، "بعدما أضرم مستوطنون إسرائيليون متطرفون النار": the
    # settlers set the fire; the attack had no doer (blind6, blind7, blind11)
    doc = extract_text("ألقى مستوطنون إسرائيليون زجاجات حارقة على منزل في قرية دوما الفلسطينية القريبة من نابلس، ما أدى "
                       "إلى استشهاد الرضيع علي سعد دوابشة.", published="2015-08-01")
    assert [(a.text, a.country) for e in _events(doc, "ASSAULT") for a in e.actors] == [("مستوطنون", "ISR")]
    doc = extract_text("والذي أدى إلى مقتل طفل فلسطيني حرقًا بعدما أضرم مستوطنون إسرائيليون متطرفون النار في منزل ذويه.",
                       published="2015-08-01")
    assert [(a.text, a.country) for e in _events(doc, "ASSAULT") for a in e.actors] == [("مستوطنون", "ISR")]
    doc = extract_text("وفي داماساك على الحدود مع النيجر أضرم مسلحو بوكو حرام النار في المنازل.", published="2015-08-01")
    assert [a.country for e in _events(doc, "ASSAULT") for a in e.actors] == ["NGA"]


def test_a_news_agency_reports_and_is_no_party():
    # (ag22) "أفادت مصادر «عكاظ»"، "صحافيون من وكالة فرانس برس": the paper or agency is not the attack's doer (blind10)
    doc = extract_text("أفادت مصادر «عكاظ» أن اشتباكات ليلية وقعت في حي الجهوري والحصبة بالعاصمة صنعاء بين أفراد يعتقد "
                       "أنهم من المقاومة الشعبية وجماعة الحوثيين.", published="2015-08-08")
    assert not [p for e in doc.events for p in e.actors + e.targets if "عكاظ" in p.text]
    # an officer reporting his own side's dead is not their killer (blind11)
    doc = extract_text("صرح ضابط عسكري في الأنبار عن مقتل وجرح 45 من الجيش والحشد الشعبي بتفجير سيارتين مفخختين "
                       "استهدفتا ثكنات عسكرية في منطقة الثرثار شمال شرق الفلوجة.", published="2015-08-11")
    assert not [a for e in _events(doc, "ASSAULT") for a in e.actors if a.text == "ضابط عسكري"]


def test_everyone_and_all_parties_are_whom_a_call_is_made_to():
    # (ag22) "ندعو الجميع"، "دعت ... كل الأطراف": the addressees of a call (train, blind, blind6, blind10, blind11)
    doc = extract_text("دعت الخارجية الأميركية أيضا \"كل الأطراف إلى الحفاظ على الهدوء وتفادي تفاقم الوضع\".",
                       published="2015-07-31")
    assert [t.text for e in _events(doc, "REQUEST") for t in e.targets] == ["الأطراف"]
    doc = extract_text("وطالب الخطباء الجميع أن يتحملوا مسؤوليتهم الدينية والوطنية تجاه أمن البلاد.", published="2015-07-31")
    assert [t.text for e in _events(doc, "REQUEST") for t in e.targets] == ["الجميع"]
    # ... not "multilateral" talks (SaudiNewsNet)
    doc = extract_text("تشهد العاصمة القطرية اليوم مباحثات متعددة الأطراف بين الوزراء.", published="2015-08-03")
    assert not [t for e in doc.events for t in e.targets if t.text == "الأطراف"]


def test_people_named_before_an_arrest_verb_with_no_object_were_arrested():
    # (ag22) "عشرات المحتجين اعتقلوا أمس"، "أمهما ستيفاني ستون (34 عامًا) اعتقلت": the passive, whom the arrest is of
    # (blind2, blind10)
    doc = extract_text("أفاد شاهد من وكالة «رويترز» للأنباء بأن عشرات المحتجين اعتقلوا أمس (الاثنين) بعدما عطلوا المرور "
                       "أثناء ساعة الذروة.", published="2015-08-11")
    (arrest,) = _events(doc, "COERCE")
    assert not arrest.actors and [t.text for t in arrest.targets] == ["المحتجين"]
    doc = extract_text("وقال إن أمهما ستيفاني ستون (34 عامًا) اعتقلت واتهمت بالقسوة مع أطفال.", published="2015-08-09")
    (arrest,) = _events(doc, "COERCE")
    assert not arrest.actors and [t.text for t in arrest.targets] == ["ستيفاني ستون"]
    # ... not when police arrest someone named after the verb (SaudiNewsNet)
    doc = extract_text("وقالت الشرطة إنها اعتقلت خمسة أشخاص.", published="2015-08-09")
    (arrest,) = _events(doc, "COERCE")
    assert [a.text for a in arrest.actors] == ["الشرطة"]


def test_a_crowd_setting_fires_in_a_riot_riots_and_attacks_no_one():
    # (ag22) PLOVER GSR: "أعمال الشغب ... فضلا عن اضرام النار": fires set in a riot are the riot, no attack
    doc = extract_text("وأضرم محتجون النار في إطارات السيارات وسط المدينة خلال أعمال شغب.", published="2015-08-01")
    assert _events(doc, "PROTEST") and not _events(doc, "ASSAULT")


@pytest.mark.parametrize("text,killed,injured", [
    # a noun with their pronoun (مصرعهم) before "وأصيب 15": their death told, then the wounded's own count (blind12)
    ('لقي سبعة من عناصر من "جماعة أنصار بيت المقدس" الإرهابية مصرعهم وأصيب 15 آخرون في اشتباكات مع قوات الأمن'
     ' في رفح بشمال سيناء', 7, 15),
    # a first group named by two words, then a second group joined by و: added (blind12)
    ("على خلفية حادثة التفجير الارهابي الغاشم في طوارئ عسير اليوم الخميس والذي أدى الى استشهاد 12 رجل امن و3"
     " عمال واصابة 7 اخرين", 15, 7),
    # a second group set off by commas, then the wounded (blind12)
    ("للعمل الإرهابي المقيت الذي وقع في مسجد قوات الطوارئ الخاصة في مدينة أبها بمنطقة عسير، ونتج عنه استشهاد"
     " عشرة من منسوبيها، وثلاثة من العاملين، وإصابة تسعة آخرين", 13, 9),
    # one person right after the verb and a group joined to him (blind9)
    ("وقتل جندي دولي وثمانية مقاتلين أفغان في أحد هذه الهجمات، التي استهدفت قاعدة للقوات الأجنبية في كابل", 9, None),
    # one person by name (a kunya) and a group joined to him (blind6)
    ("كما أعلنت قوات البيشمركة الكردية امس الثلاثاء أنها تمكنت من قتل أبو قتادة المغربي و21 مسلحا آخرين من"
     " تنظيم داعش في معارك شمال شرقي بعقوبة", 22, None),
    # (the one named first counted once: blind4)
    ("لقي قيادي حوثي بارز و12 من مرافقيه مصرعهم  يوم الأحد على يد المقاومة الشعبية الجنوبية في محافظة الضالع"
     " جنوب اليمن بعد اشتباكات عنيفة.", 13, None),
])
def test_groups_joined_in_one_toll_are_added(text, killed, injured):
    doc = extract_text(text, stages=STAGES)
    ev = _events(doc, "ASSAULT")[0]
    assert (ev.killed, ev.injured) == (killed, injured)


@pytest.mark.parametrize("text,killed,injured", [
    # a part of those counted after the verb ("ثلاثة منهم") is no count of the verb's own (blind11)
    ("وقالت السلطات إن سبعة أشخاص أصيبوا في الهجوم ثلاثة منهم حالتهم خطرة.", None, 7),
    # one, after the noun it counts (blind12)
    ("وبيّن المصدر أن تفجيراً مماثلاً قرب سوق شعبية في منطقة سبع البور شمالي بغداد أدى إلى مقتل شخص واحد, وإصابة"
     " سبعة آخرين بجروح متفاوتة.", 1, 7),
])
def test_a_part_of_a_count_and_one_after_its_noun(text, killed, injured):
    doc = extract_text(text, stages=STAGES)
    ev = _events(doc, "ASSAULT")[0]
    assert (ev.killed, ev.injured) == (killed, injured)


@pytest.mark.parametrize("text,killed,injured", [
    # one hurt, past how bad the wound was (blind2)
    ("باشرت فرق الدفاع المدني بلاغا عن سقوط مقذوف في أرض فضاء بقرية المروة بمحافظة الحرث من داخل الأراضي"
     " اليمنية، ما نتج عنه إصابة بسيطة لمواطن", None, 1),
    # one hurt "through it", in the clause after the deed's (blind2, one village)
    ("تعرضت قرية الحرث جنوب جازان أمس إلى سقوط مقذوفات حوثية، أصيب من خلالها مواطن بإصابات طفيفة، وتم نقله"
     " لمستشفى الحرث لتلقي العلاج", None, 1),
    # none hurt, told past the comma (blind12)
    ("وقالت تقارير عسكرية إن اشتباكات عنيفة اندلعت بين قوات الجيش وعناصر من الجماعة في وقت مبكر من أمس وقد ردت"
     " قوات الأمن بكثافة، فيما وقع انفجار بحي الكرامة جنوب العريش بعدما قام مجهولون بتفجير منزل أمين شرطة"
     " بالمنطقة، دون وقوع إصابات.", 0, 0),
    # "no material or human losses" (blind12)
    ("وقبل ساعات من الغارة قال الجيش الإسرائيلي إن صاروخا أطلق من قطاع غزة سقط خارج تجمع سكاني إسرائيلي قرب"
     " الحدود مع غزة لكنه لم يتسبب في حدوث أي خسائر مادية أو بشرية", 0, 0),
])
def test_one_hurt_and_none_hurt(text, killed, injured):
    doc = extract_text(text, stages=STAGES)
    ev = [e for e in _events(doc, "ASSAULT") if e.killed is not None or e.injured is not None]
    assert ev and (ev[-1].killed, ev[-1].injured) == (killed, injured)


def test_one_named_killed_then_the_whole_toll_he_is_one_of():
    # "أدت إلى مقتل أبو خليل السوداني" (1), then "السوداني أحد ثلاثة متطرفين معروفين قتلوا في الغارة" (3): the
    # reports joined keep the whole toll, and the lead's three (blind2)
    text = ("أعلنت وزارة الدفاع الأميركية يوم أمس أن قيادياً كبيراً في تنظيم القاعدة قتل مع مسلحين اثنين في غارة"
            " أميركية استهدفته في أفغانستان. \nوأوضحت الوزارة أن العملية التي جرت في 11 يوليو في ولاية باكتيكا أدت"
            " إلى مقتل أبو خليل السوداني \"القائد العملاني الكبير في تنظيم القاعدة\"، وذلك في بيان تم توزيعه على"
            " الصحافيين المرافقين لوزير الدفاع الأميركي اشتون كارتر في زيارته إلى العراق. \nوتابع البيان أن"
            " \"السوداني أحد ثلاثة متطرفين معروفين قتلوا في الغارة، حيث سيؤدي مقتله إلى الحد من العمليات التي"
            " ينفذها تنظيم القاعدة في العالم\". \nوقال كارتر في البيان: إن مقتل السوداني يبرز الجهود التي يبذلها"
            " الجنرال جون كامبل قائد قوات الحلف الأطلسي في أفغانستان وقواته \"لمحاربة القاعدة\".")
    doc = extract_text(text, published="2015-07-25")
    ev = [e for e in _events(doc, "ASSAULT") if _mention_covering(doc, e, "أحد ثلاثة متطرفين")]
    assert len(ev) == 1 and ev[0].killed == 3


def test_two_after_the_noun_and_two_more():
    # "إصابة مجندين اثنين ومسلحين اثنين": two recruits and two gunmen hurt (blind)
    doc = extract_text("ولم يعلق الجيش البوروندي ولا الحكومة في بوجومبورا على هذه الاشتباكات الأخيرة التي قال الحاكم"
                       " إنها أسفرت عن إصابة مجندين اثنين ومسلحين اثنين أيضا", stages=STAGES)
    assert _events(doc, "ASSAULT")[0].injured == 4


def test_a_deed_described_as_terrorism_by_a_named_speaker_is_condemned():
    # (vb23) "ووصف نتنياهو الهجوم بأنه عمل إرهابي": terrorist as what the deed is said to be (blind12)
    doc = extract_text("ووصف رئيس الوزراء الإسرائيلي بنيامين نتنياهو الهجوم بأنه عمل إرهابي.", published="2015-07-31")
    (accuse,) = _events(doc, "ACCUSE")
    assert "نتنياهو" in accuse.actors[0].text
    # ... but "صد هجوم إرهابي" only names the attack's kind: no one condemns it (blind2)
    doc = extract_text("وقال المصدر العسكري إن الجيش نجح في صد هجوم إرهابي على معسكر.", published="2015-07-31")
    assert not _events(doc, "ACCUSE")


def test_force_a_party_says_it_will_use_is_a_threat():
    # (vb23) "وأعلن حزب العمال الكردستاني أنه سيصعد الهجمات" (blind4)
    doc = extract_text("وأعلن حزب العمال الكردستاني أنه سيصعد الهجمات في منتصف يوليو تموز.", published="2015-08-01")
    (threat,) = _events(doc, "THREATEN")
    assert [a.text for a in threat.actors] == ["حزب العمال الكردستاني"] and not _events(doc, "ASSAULT")
    # ... not force a third party will use, reported by others (blind)
    doc = extract_text("وقال مسؤولون أميركيون إن الولايات المتحدة ستشن هجمات على داعش.", published="2015-08-01")
    assert not _events(doc, "THREATEN")


def test_the_subject_of_a_voicing_verb_before_a_comma_voices_the_condemnation():
    # (vb23) "أعرب معالي ... الدكتور محمد بن أمين الجفري، عن إدانته" (blind12), "عبر مدير الجامعة ... الموسى، عن
    # إدانته" (blind12)
    doc = extract_text("أعرب معالي نائب رئيس مجلس الشورى الدكتور محمد بن أمين الجفري، عن إدانته واستنكاره للعمل "
                       "الإرهابي الإجرامي الذي استهدف رجال الأمن.", published="2015-08-07")
    (accuse,) = _events(doc, "ACCUSE")
    assert accuse.actors[0].text == "نائب رئيس مجلس الشورى الدكتور محمد بن أمين الجفري"
    doc = extract_text("عبر مدير الجامعة السعودية الإلكترونية الدكتور عبد الله بن عبد العزيز الموسى، عن إدانته "
                       "واستنكاره للعمل الإرهابي المقيت.", published="2015-08-07")
    (accuse,) = _events(doc, "ACCUSE")
    assert accuse.actors[0].text.endswith("الموسى")


def test_a_present_accusation_opening_its_sentence_is_a_stance_held():
    # (vb23) "وتتهم بريطانيا وفرنسا والولايات المتحدة النظام السوري بتنفيذ هجمات": background (blind11, blind12)
    doc = extract_text("وتتهم بريطانيا وفرنسا والولايات المتحدة النظام السوري بتنفيذ هجمات بالغاز باستخدام براميل "
                       "متفجرة.", published="2015-08-07")
    assert not _events(doc, "ACCUSE")
    doc = extract_text("واتهمت بريطانيا النظام السوري بتنفيذ هجمات بالغاز.", published="2015-08-07")
    assert _events(doc, "ACCUSE")


def test_an_interview_an_outlet_aired_is_no_meeting():
    # (vb23) "وقال الشهراني في لقاء بثته قناة السعودية الاخبارية" (blind12)
    doc = extract_text("وقال الشهراني في لقاء بثته قناة السعودية الاخبارية: الحادثة حصلت في الركعة الأخيرة.",
                       published="2015-08-07")
    assert not _events(doc, "CONSULT")


def test_praise_of_a_newspaper_is_a_courtesy():
    # (vb23) "وثمن السفير عسيري الجهود التي تبذلها صحيفة عكاظ" (blind12)
    doc = extract_text("وثمن السفير عسيري الجهود التي تبذلها صحيفة عكاظ في إبراز مواقف المملكة الداعمة للقضايا العربية "
                       "المشروعة.", published="2015-08-07")
    assert not _events(doc, "SUPPORT")


def test_a_body_named_before_a_comma_and_idh_voices_the_statement():
    # (vb23) "والأزهر الشريف، إذ يستنكر هذا الهجوم الأثيم" (blind3, blind9, blind11)
    doc = extract_text('وقال البيان " والأزهر الشريف، إذ يستنكر هذا الهجوم الأثيم؛ فإنه يعرب عن تضامنه مع الشعب '
                       'التركي".', published="2015-07-21")
    (accuse,) = _events(doc, "ACCUSE")
    assert [a.text for a in accuse.actors] == ["الأزهر"]


def test_a_call_on_no_one_is_an_exhortation():
    # (vb23) "ودعا إلى مواجهة الفكر الضال"، "داعياً للتصدي لكل من يتبنى هذا الفكر" (blind3, blind10, blind11)
    doc = extract_text("وأكد الشيخ سعد المريع أن الإرهاب لا دين له، ودعا إلى مواجهة الفكر الضال ومجابهته بالحزم الأمني.",
                       published="2015-08-07")
    assert not _events(doc, "REQUEST")
    # ... a call on a party is a request (blind)
    doc = extract_text("دعا المتحدث باسم المقاومة في عدن علي الأحمدي المجتمع اليمني إلى العمل على قطع الإمدادات.",
                       published="2015-08-07")
    assert _events(doc, "REQUEST")


def test_a_threat_already_made_is_recalled_as_background():
    # (vb23) "وهدد المجلس بالفعل بعواقب لمثل هذه الهجمات" (blind4, blind7, blind11, blind12)
    doc = extract_text("وهدد المجلس بالفعل بعواقب لمثل هذه الهجمات قد تشمل عقوبات.", published="2015-08-07")
    assert not _events(doc, "THREATEN")
    doc = extract_text("وهدد حزب العمال الكردستاني بقطع الهدنة مع أنقرة.", published="2015-08-07")
    assert _events(doc, "THREATEN")


def test_an_attack_attributed_to_a_party_is_done_by_it_not_by_the_clause_subject_or_the_attributor():
    # (ag23) "غداة هجوم انتحاري نسب إلى تنظيم داعش": the attack noun the attribution qualifies is the party's,
    # hedged; the subject of the clause the noun is in, or one another report of it names, is not its doer
    # (blind4, blind10, blind12)
    doc = extract_text("وعدت الحكومة التركية بتعزيز الإجراءات الأمنية غداة هجوم انتحاري نسب إلى تنظيم داعش وضرب مدينة "
                       "سوروتش (جنوب) بالقرب من الحدود السورية، ما أودى بحياة 32 شخصا على الأقل. وأعلن رئيس الوزراء "
                       "التركي أحمد داود أغولو أمس أن الشرطة التركية تعرفت على هوية مشتبه به مرتبط بالهجوم.",
                       published="2015-07-22")
    attack = next(e for e in _events(doc, "ASSAULT") if e.killed == 32)
    assert [(a.text, a.certainty) for a in attack.actors] == [("تنظيم داعش", "hedged")]
    assert "تنظيم داعش" not in [t.text for t in attack.targets]  # (the party is not whom it was done to)
    # ... nor is whom attributes it its doer or its target; "التنظيم" after إلى is the organization (blind6, blind12)
    doc = extract_text("وذلك بعد 3 ايام على هجوم انتحاري دامٍ نسبته انقرة الى التنظيم المتطرف واستهدف ناشطين مناصرين "
                       "للقضية الكردية.", published="2015-07-24")
    (attack,) = _events(doc, "ASSAULT")
    assert [(a.text, a.certainty) for a in attack.actors] == [("التنظيم", "hedged")]
    assert "انقرة" not in [t.text for t in attack.targets]
    # (blind: a long attack noun phrase, the subject of the clause before it)
    doc = extract_text("غير أن تركيا بدلت موقفها بعد هجوم دامٍ في 20 يوليو (تموز) في جنوب البلاد على الحدود مع سوريا "
                       "نسب إلى التنظيم الإرهابي وأودى بحياة 32 شخصا.", published="2015-07-30")
    (attack,) = _events(doc, "ASSAULT")
    assert [a.text for a in attack.actors] == ["التنظيم"]


def test_the_dead_of_a_fight_with_a_party_were_killed_by_that_party():
    # (ag23) "قتل ... في صدام مسلح مع متطرفي داعش"، "قتلوا ... في قتال مع متمردين"، "بمقتل ثمانية حوثيين في مواجهات مع
    # المقاومة الشعبية": the other side of the fight (blind6, blind9, blind12)
    doc = extract_text("وقالت رئاسة الاركان التركية في بيان إن عسكريا تركيا قتل وجرح اثنان آخران قرب كيليس (جنوب تركيا) "
                       "في صدام مسلح مع متطرفي داعش في سوريا على الحدود بين البلدين.", published="2015-07-24")
    (attack,) = _events(doc, "ASSAULT")
    assert [a.text for a in attack.actors] == ["داعش"]
    doc = extract_text("أعلن الجيش الأوكراني أمس أن 4 جنود قتلوا وأصيب 15 في قتال مع متمردين موالين لروسيا في شرق البلاد "
                       "خلال الأربع والعشرين ساعة الماضية.", published="2015-08-11")
    (attack,) = _events(doc, "ASSAULT")
    assert [a.text for a in attack.actors] == ["متمردين"] and [t.text for t in attack.targets] == ["جنود"]
    doc = extract_text("أفادت مصادر يمنية أمس الأحد بمقتل ثمانية حوثيين في مواجهات مع المقاومة الشعبية في مدينة مأرب "
                       "شرقي البلاد.", published="2015-07-27")
    (attack,) = _events(doc, "ASSAULT")
    assert [(a.text, a.country) for a in attack.actors] == [("المقاومة الشعبية", "YEM")]


def test_a_fight_between_a_backed_side_and_another_has_both_sides():
    # (ag23) "ما بين القوات الأمنية العراقية المسنودة بفصائل الحشد الشعبي وتنظيم "داعش"": the second side comes after
    # the backers of the first (blind11)
    doc = extract_text("وتشهد مدينة الفلوجة معارك عنيفة في أطرافها الخارجية ما بين القوات الأمنية العراقية المسنودة بفصائل "
                       "الحشد الشعبي وتنظيم \"داعش\" الذي يسيطر على المدينة منذ بداية العام الماضي.", published="2015-08-01")
    (attack,) = _events(doc, "ASSAULT")
    assert [a.text for a in attack.actors] == ["القوات الأمنية العراقية"] and [t.text for t in attack.targets] == ["داعش"]


def test_a_speaker_known_by_name_keeps_his_state_after_a_title_with_none():
    # (ag23) "وزير الخارجية الشيخ عبدالله بن زايد آل نهيان": the title names no state, the name does (blind7); the
    # condemned deed's place is not the speaker's country
    doc = extract_text("وأدان وزير الخارجية الشيخ عبدالله بن زايد آل نهيان الجريمة الارهابية البشعة التي استهدفت منسوبي قوات "
                       "الطوارىء الخاصة بمنطقة عسير أثناء ادائهم صلاة الظهر جماعة في المسجد.", published="2015-08-07")
    (accuse,) = _events(doc, "ACCUSE")
    assert [a.country for a in accuse.actors] == ["ARE"]
    # ... and officials the tables now know: Egypt's mufti, the Kremlin's spokesman (blind11, blind9)
    doc = extract_text("أدان الدكتور شوقي علام، مفتي مصر، العملية الإرهابية الغاشمة التي قام بها مجرمون بتفجير مسجد لقوات "
                       "الطوارئ في مدينة أبها السعودية.", published="2015-08-07")
    assert [a.country for e in _events(doc, "ACCUSE") for a in e.actors] == ["EGY"]


def test_whom_a_minister_met_is_not_his_own_further_title_but_the_one_after_the_aside():
    # (ag23) "التقى خالد محفوظ بحاح نائب الرئيس اليمني رئيس مجلس الوزراء، أمس في مقر الحكومة ...، أنور قرقاش": the titles
    # that run on from the subject are his; whom he met follows the aside of day and place (blind3, blind4, blind8, blind9)
    doc = extract_text("التقى خالد محفوظ بحاح نائب الرئيس اليمني رئيس مجلس الوزراء، أمس في مقر الحكومة اليمنية المؤقت في "
                       "الرياض، أنور قرقاش وزير الدولة الإماراتي للشؤون الخارجية.", published="2015-08-06")
    (meet,) = _events(doc, "CONSULT")
    assert [(t.text, t.country) for t in meet.targets] == [("أنور قرقاش", "ARE")]
    doc = extract_text("التقى نائب الرئيس اليمني رئيس مجلس الوزراء خالد محفوظ بحاح، امس في مقر الحكومة اليمنية المؤقت "
                       "بالرياض، وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش.", published="2015-08-06")
    (meet,) = _events(doc, "CONSULT")
    assert [t.country for t in meet.targets] == ["ARE"]
    # ... while a title with the article after a name is whom was received (SaudiNewsNet)
    doc = extract_text("واستقبل نائب الرئيس اليمني رئيس الوزراء خالد بحاح السفير الأمريكي في الرياض.", published="2015-08-06")
    (meet,) = _events(doc, "CONSULT")
    assert [t.text for t in meet.targets] == ["السفير الأمريكي"]


def test_the_party_named_by_its_head_noun_is_the_party_named_before_with_its_country():
    # (ag23) "قواعد الحزب في شمال العراق" after "حزب العمال الكردستاني": the PKK (TUR), not a nameless party of Iraq,
    # where it is struck; the dictionary's bare "الحزب" role no longer hides the back-reference (train)
    doc = extract_text("وقتل جندي تركي في هجوم لحزب العمال الكردستاني. في حين يواصل الطيران التركي قصف قواعد الحزب في "
                       "شمال العراق.", published="2015-08-02")
    strike = next(e for e in _events(doc, "ASSAULT") if e.mode == "aerial")
    assert [(t.text, t.country) for t in strike.targets] == [("الحزب", "TUR")]


def test_arrest_dated_by_the_day_its_report_says_it_took_place():
    # blind9 d9-0b38ea19a7: the statement is Saturday's; the detail sentence says when the arrest took place
    text = ("أعلنت وزارة الداخلية البحرينية أمس السبت عن إحباط قواتها الأمنية محاولة لتهريب متفجرات شديدة الخطورة "
            "وأسلحة آلية وذخائر إلى داخل البلاد عبر البحر وإنها اعتقلت مواطنين اثنين مشتبها بهما. "
            "وقالت الوزارة: إن المحتجزين اعترفا باستلام الشحنة من إيرانيين خارج المياه الإقليمية البحرينية. "
            "وفي تفصيل عملية الاعتقال التي جرت في 15 يوليو تموز قالت الداخلية البحرينية إن خفر السواحل اعترض "
            "قاربا متجها إلى البحرين بعد لقاء مع قارب آخر خارج المياه الإقليمية البحرينية مباشرة.")
    doc = extract_text(text, published="2015-07-26", stages=STAGES)
    (ev,) = [e for e in _events(doc, "COERCE") if _mention_covering(doc, e, "اعتقلت مواطنين اثنين")]
    assert ev.date == "2015-07-15"


def test_occurrence_day_of_another_event_does_not_date_a_deed():
    # blind4 d4-e405e25e90: "الذي وقع قبل يومين" tells the bombing's day, not the blocking's
    text = ("قال مسؤول حكومي كبير ان عددا من مقدمي خدمة الانترنت في تركيا حجبوا الدخول لموقع تويتر اليوم امتثالا "
            "لقرار محكمة محلية بمنع توزيع صور التفجير الانتحاري الذي وقع قبل يومين.")
    doc = extract_text(text, published="2015-07-22", stages=STAGES)
    for ev in _events(doc, "COERCE"):
        assert ev.date == "2015-07-22"


def test_a_title_after_a_statement_verb_runs_on_to_the_persons_name():
    # blind7: the envoy's title names the UN and Somalia before his name; the name is the speaker's, not the target's
    doc = extract_text('قتل مسلحون نائبا في البرلمان الصومالي في مقديشو أمس. وندد الموفد الخاص للامم المتحدة في '
                       'الصومال نيكولاس كاي أمس بهذه الجريمة، واصفا إياها بأنها "عمل مشين".', published="2015-07-06")
    (acc,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert "نيكولاس كاي" in acc.actors[0].text and acc.actors[0].text.startswith("الموفد")
    assert not any("نيكولاس كاي" in t.text for t in acc.targets)
    # train: a minister's second office and honorific run on to his name
    doc = extract_text("شجب معالي وزير العدل رئيس المجلس الأعلى للقضاء الدكتور وليد بن محمد الصمعاني العمل الإرهابي "
                       "الآثم، الذي استهدف مسجداً في مقر قوات الطوارئ الخاصة بمنطقة عسير.", published="2015-08-06")
    (acc,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert "الصمعاني" in acc.actors[0].text
    assert not any("الصمعاني" in t.text for t in acc.targets)
    # not past a noun that opens the object: "عائلة" after the authorities is whom they threaten
    doc = extract_text("هددت السلطات الإيرانية عائلة يوسف يعقوب الأحوازي بالتصفية.", published="2015-08-06")
    for ev in doc.events:
        if ev.type == "THREATEN" and ev.actors:
            assert "يعقوب" not in ev.actors[0].text


def test_a_toll_after_history_belongs_to_the_attack_told_after_it():
    # (blind13) the Turkish police killed "since the violence began" is a tally; the attack told after it in the same
    # sentence ("هجوما وقع مساء السبت ...، أدى إلى مقتل شرطي وجرح آخر") owns the toll that follows it
    doc = extract_text("وذكرت مصادر رسمية تركية إن حزب العمال الكردستاني واصل من جهته شن هجمات على قوات الأمن التركية التي "
                       "قتل نحو عشرين من أفرادها منذ اندلاع دوامة العنف الجديدة، وأضافت أن هجوما وقع مساء السبت في مدينة "
                       "مديات في محافظة ماردين نسب إلى حزب العمال الكردستاني، أدى إلى مقتل شرطي وجرح آخر.",
                       published="2015-08-10", stages=STAGES)
    (ev,) = _events(doc, "ASSAULT")
    assert (ev.killed, ev.injured) == (1, 1)
    # (the toll of an attack told as history stays history)
    doc = extract_text("وفي 2012 وقع هجوم مماثل في المدينة مما اسفر عن مقتل 12 شخصا.", published="2015-08-10",
                       stages=STAGES)
    assert all(e.killed is None for e in _events(doc, "ASSAULT"))


@pytest.mark.parametrize("text", [
    # (blind13, blind2) the attack named a cowardly or criminal incident, told by the mosque it struck
    "زار أمين منطقة عسير صالح بن عبدالله القاضي أمس رجال الأمن المصابين في العدوان الغاشم على مسجد قوات الطوارئ "
    "الخاصة بمنطقة عسير الخميس الماضي",
    # (blind9) or by a relative clause of its occurrence
    "الحادث الجبان الذي وقع ظهر أمس (الخميس) في مسجد قوات الطوارئ الخاصة بعسير",
    # (blind13) or by those it struck ("الذي تعرض له")
    "وصف أمير منطقة جازان صاحب السمو الملكي الأمير محمد بن ناصر بن عبدالعزيز، الحادث الإجرامي الذي تعرض له رجال الأمن "
    "البواسل وهم يؤدون صلاة الظهر بمسجد قوات الطوارئ الخاصة بمنطقة عسير أول أمس الخميس",
])
def test_a_terrorist_incident_told_by_its_mosque_or_its_victims_is_an_attack(text):
    doc = extract_text(text, published="2015-08-08", stages=STAGES)
    assert len(_events(doc, "ASSAULT")) == 1


def test_the_part_of_a_toll_told_of_one_attack_is_that_attacks_toll():
    # (blind6, blind4) "قتل 13 ... ثلاثة منهم في كمين": the 13 are counted since the violence began, the three of them
    # killed in the ambush are the ambush's toll
    doc = extract_text("ومنذ اندلاع موجة العنف الجديدة في 20 يوليو، قتل 13 جنديا وشرطيا على الأقل ثلاثة منهم في كمين "
                       "استهدف الخميس قافلة عسكرية.", published="2015-08-01", stages=STAGES)
    (ev,) = _events(doc, "ASSAULT")
    assert ev.killed == 3
    doc = extract_text("ومنذ اندلاع جولة العنف الجديدة في 20 يوليو (تموز) الحالي، قتل 13 جنديًا وشرطيًّا على الأقل، "
                       "ثلاثة منهم في مكمن استهدف أمس قافلة عسكرية.", published="2015-07-31", stages=STAGES)
    ambush = [e for e in _events(doc, "ASSAULT") if any("مكمن" in m.text for m in e.mentions)]
    assert [e.killed for e in ambush] == [3]


@pytest.mark.parametrize("text", [
    # (blind2, blind11) the Saudi idiom of the victims "struck by the hand of treachery"
    "الشهداء الذين طالتهم يد الغدر والعدوان في مسجد قوات الطوارئ الخاصة في المنطقة أمس الأول",
    "ولأسر شهداء الوطن الذين طالتهم يد الغدر والإرهاب ظهر اليوم في مسجد قوة طوارئ عسير",
    # (blind7) a massacre, مذبحة as مجزرة
    "تقبل الله الشهداء ضحايا المذبحة الباغية التي وقعت في مسجد قوات الطوارئ في منطقة عسير ظهر الخميس الماضي",
    # (blind8) people found killed
    "أفادت تقارير إخبارية تركية بأنه تم العثور على ضابطي شرطة مقتولين في إقليم شانلي أورفا على الحدود مع سورية",
])
def test_attacks_named_by_idiom_massacre_or_the_dead_found(text):
    doc = extract_text(text, published="2015-08-08", stages=STAGES)
    assert len(_events(doc, "ASSAULT")) == 1


@pytest.mark.parametrize("text,injured", [
    # (blind12) "وأصيبت بطلقة": the woman shot at, one hurt
    ("أطلق ثلاثة أشخاص مجهولي الهوية النار على سيدة سعودية بمحافظة حفر الباطن وأصيبت بطلقة نقلت على إثرها إلى "
     "المستشفى لتلقي العلاج.", 1),
    # (blind7) the suspect told before the verb
    ("وقالت الشرطة إن المشتبه به فتح النار على عربة الشرطة وأصيب بجروح خطيرة في المطاردة التي حدثت بعد ذلك على "
     "الاقدام", 1),
    # (the subject after the wound is counted, or many)
    ("وقصفت الطائرات القرية وأصيب بجروح 12 شخصا", 12),
    ("وأطلق مسلحون النار على الحافلة وأصيب بجروح عدد من الركاب", None),
])
def test_was_hurt_right_before_the_wound_is_one_hurt(text, injured):
    doc = extract_text(text, published="2015-07-20", stages=STAGES)
    (ev,) = _events(doc, "ASSAULT")
    assert ev.injured == injured


def test_an_execution_claimed_by_an_armed_group_is_an_attack():
    # (train) a responsibility claimed for an execution by a bullet in the head: an armed group's killing
    doc = extract_text("وكان حزب العمال الكردستاني اعلن الاربعاء مسؤوليته عن اعدام عنصرين من الشرطة التركية برصاصة في "
                       "الراس بعد اتهامهما بالتعاون مع تنظيم داعش", published="2015-07-25", stages=STAGES)
    (ev,) = _events(doc, "ASSAULT")
    assert ev.killed == 2
    # (a court's or a law's death penalty is none)
    doc = extract_text("وتصل العقوبات في القانون الجديد إلى الإعدام رميا بالرصاص", published="2015-07-25", stages=STAGES)
    assert _events(doc, "ASSAULT") == []


def test_an_attack_whose_day_years_back_comes_before_its_verb_behind_a_proclitic_is_history():
    # (blind7) "في 20 يوليو 2012 واطلق وابلا من الرصاص": the attack's own verb, its token opened by و, is no other
    # deed between the date and the attack (whose date that would make it), so the shooting of 2012 is history
    text = "\n".join([
        ("افلت مطلق النار الذي قتل 12 شخصا داخل دار للسينما في 2012 في الولايات المتحدة من عقوبة الاعدام التي "
         "اخفق المحلفون في التوصل الى اجماع حولها، مما سيضطر القاضي الى اصدار عقوبة السجن المؤبد عليه بدون الح"
         "ق في اطلاق سراح مشروط."),
        ("وكان جيمس هولمز (27 عاما) دين الشهر الماضي بـ 12 تهمة قتل من الدرجة الاولى وعشرات التهم الاخرى ومنها"
         " القتل المتعمد ومحاولة القتل وحيازة متفجرات."),
        ("وفي تفاصيل الحادثة ،كان هولمز اقتحم الصالة المكتظة اثناء العرض الاول لفيلم الرجل الوطواط (باتمان دار"
         "ك نايت رايزز) في سينما سنتشوري16 في مدينة اورورا في 20 يوليو 2012 واطلق وابلا من الرصاص داخل الصالة "
         "المعتمة، وكان يرتدي ملابس مقاومة للرصاص وقد صبغ شعره بلون برتقالي وتمكن من اطلاق مئات الرصاصات وقتل "
         "12 شخصا بينهم طفلة في السادسة."),
        ("وبعد ثلاث سنوات على الحادثة، اي في يوليو الماضي، دين ب165 تهمة ورفضت هيئة المحلفين حجة الدفاع بأنه غ"
         "ير مذنب بسبب مرضه العقلي."),
    ])
    assert not _events(extract_text(text, published="2015-08-08"), "ASSAULT")


def test_the_singular_battle_noun_alone_tells_no_attack():
    # (blind4, blind, blind13) "معركة" names a campaign or a figure of speech, not a fight the news reports
    for text in ("«من المؤكد مشاركة قوات البيشمركة (في معركة الموصل)».",
                 "وأكد وزير الخارجية التركي مولود جاويش أوغلو أن بلاده ستبدأ «قريبا» محاربة تنظيم داعش في شمال سوريا "
                 "في إطار «معركة واسعة النطاق».",
                 "ولكن لا حاجة لمشاركة الجنود البريطانيين على أرض المعركة\"."):
        assert not _events(extract_text(text, published="2015-08-01"), "ASSAULT"), text
    # the plural still tells the fighting, and so does the singular told as fought ("دارت معركة عنيفة")
    doc = extract_text("وقالت المصادر إن معارك عنيفة دارت في منطقة كرش.", published="2015-08-01")
    assert _events(doc, "ASSAULT")
    doc = extract_text("ودارت معركة عنيفة بين الجيش ومسلحي داعش في محيط مدينة بيجي أمس.", published="2015-08-01")
    assert _events(doc, "ASSAULT")


def test_dan_after_a_verb_of_saying_is_a_name_and_a_court_that_convicts_accuses_no_one():
    # (blind11) "وقال دان وينك": a name; (blind13) "ودانت المحكمة المتهم": a conviction
    doc = extract_text("وقال دان وينك مسؤول المتنزه «لن نعرف ملابسات الهجوم المحددة لكن لا يمكننا أن نجازف أبدا "
                       "بسلامة الجمهور».", published="2015-08-01")
    assert not _events(doc, "ACCUSE")
    doc = extract_text("ودانت المحكمة المتهم بالتستر على ابن خالته المتغيب الذي رافقه في الخروج إلى سورية للمشاركة في "
                       "القتال هناك.", published="2015-08-01")
    assert not _events(doc, "ACCUSE")
    doc = extract_text("ودان الرئيس الأفغاني أشرف غني الهجوم.", published="2015-08-01")
    assert _events(doc, "ACCUSE")


def test_a_deed_marked_as_dated_over_a_year_back_is_left_out_of_an_article():
    # (blind11) "يذكر أنه في عام 2011 التقى سالمان تاسير ... وقتل تاسير لاحقاً": the killing, dated 2011, is history
    text = ("أرجأت المحكمة العليا الباكستانية اليوم الأربعاء إعدام امرأة مسيحية كانت قد أدينت بالتجديف في قضية حظيت "
            "باهتمام إعلامي واسع. ونقل محاميها سيف المالك عن قضاة المحكمة العليا في لاهور، قولهم إنه يجب إرجاء تنفيذ "
            "الإعدام حتى يصدرون حكماً في القضية. يذكر أنه في عام 2011 التقى سالمان تاسير الذي كان حاكماً لإقليم "
            "البنجاب، أكبر إقليم في باكستان بآسيا بيبي، وانتقد بعد ذلك القوانين الخاصة بالتجديف بوصفها “قوانين سوداء”،"
            "وقتل تاسير لاحقاً من قبل أحد حراس الشرطة التابعين له.")
    assert not _events(extract_text(text, published="2015-07-22"), "ASSAULT")
    # (blind9) "وعززت الاجراءات الامنية العام الماضي في المغرب": last year's build-up, no news; the arrests stay
    text = ("أعلنت السلطات المغربية اعتقال ثمانية اشخاص امس الثلاثاء يشتبه في انهم كانوا يخططون لارتكاب اعتداءات في "
            "المغرب باسم تنظيم داعش. ولا يخفي المغرب الذي يعد 1500 مقاتل انضموا الى صفوف المجموعات المتطرفة قلقه من "
            "هذه الظاهرة لكنه يؤكد ايضا على تصميمه. وعززت الاجراءات الامنية العام الماضي في المغرب وتعلن السلطات "
            "بانتظام تفكيك «خلايا ارهابية».")
    doc = extract_text(text, published="2015-07-22")
    assert not _events(doc, "MOBILIZE") and _events(doc, "COERCE")


def test_a_call_with_a_paper_named_after_a_detached_ba_is_an_interview():
    # (blind) "في اتصال هاتفي بـ«عكاظ»": the minister spoke to the paper, he met no one
    doc = extract_text("وقال «الحذيفي» في اتصال هاتفي بـ«عكاظ» والذي يزور عدن ضمن أعضاء الحكومة إن الأوضاع الأمنية "
                       "مستقرة.", published="2015-07-26")
    assert not _events(doc, "CONSULT")


def test_the_name_of_the_raqqa_campaign_and_an_arrest_sought_or_aimed_at_tell_no_event():
    # (blind2) "الرقة تذبح بصمت" is the activists' campaign, cited as a source
    for text in ("واوردت حملة “الرقة تذبح بصمت” على صفحتها على “فيسبوك” اليوم “بدء تنفيذ قرار منع نواشر الانترنت WIFI "
                 "في مدينة الرقة”.", "ونشرت حسابات “الرقة_تذبح_بصمت” صورا للإعدام."):
        assert not _events(extract_text(text, published="2015-07-26"), "ASSAULT"), text
    assert _events(extract_text("وذبح مسلحو داعش عشرة أشخاص في القرية.", published="2015-07-26"), "ASSAULT")
    # (blind10, blind9) an arrest asked for quickly, or the aim of a search, is none made
    for text in ("وطالب بعض الأهالي شرطة المنطقة بسرعة إلقاء القبض على المتهمين بالتحرش بفتاتين في جدة.",
                 "وأكد أن السلطات الأمنية تعمل للقبض على كل من خطط لهذه العملية الإرهابية."):
        assert not _events(extract_text(text, published="2015-07-26"), "COERCE"), text
    assert _events(extract_text("وتمكنت شرطة جدة من إلقاء القبض على المتهمين.", published="2015-07-26"), "COERCE")


def test_a_campaign_of_raids_launched_is_coerce_not_assault():
    # (blind10) "شنت قوات الأمن المصرية حملة دهم لأحياء عدة": raids, no use of force told
    doc = extract_text("شنت قوات الأمن المصرية حملة دهم لأحياء عدة في مدينة العريش في إطار تأمين احتفالات قناة السويس "
                       "الجديدة المقررة غدا.", published="2015-08-05")
    assert [(e.type, e.mode) for e in doc.events] == [("COERCE", "raid")]
    doc = extract_text("وشن طيران التحالف غارات على مواقع الحوثيين.", published="2015-08-05")
    assert _events(doc, "ASSAULT")


def test_aid_needed_or_kept_from_arriving_is_none_given():
    # (blind7, blind6) "يحتاجون مساعدات غذائية"، "ويتعذر وصول المساعدات الغذائية": need and impossibility, no aid
    for text in ("و«يوجد نحو 50 ألف تلميذ في ليسوتو يحتاجون مساعدات غذائية».",
                 "ويتعذر وصول المساعدات الغذائية الدولية إلى معظم أنحاء عدن ومحافظات أخرى بالجنوب."):
        assert not _events(extract_text(text, published="2015-07-27"), "AID"), text
    assert _events(extract_text("ووصلت المساعدات الغذائية الدولية إلى عدن أمس.", published="2015-07-27"), "AID")


@pytest.mark.parametrize("text,target,country", [
    # blind d2-447fdd9a11: past the speaker's title, the place and name of an aside, the noun and its nationality
    ("دعا المتحدث باسم المقاومة في عدن علي الأحمدي، المجتمع اليمني، بالعمل على قطع الإمدادات للحوثي بشكل سريع.",
     "المجتمع اليمني", "YEM"),
    # blind2 d2-53c7975365: a people after the day that follows the speaker's name
    ("من جهته دعا خطيب جمعة النجف صدر الدين القبانجي، أمس العراقيين إلى عدم المشاركة بالتظاهرات.", "العراقيين", "IRQ"),
    # blind2 d2-ae73f6eef6: after the speaker's patron and a comma
    ("دعت المقاومة الشعبية الموالية للرئيس اليمني عبد ربه منصور هادي، المواطنين في مدينة الحديدة، الواقعة غرب اليمن، "
     "إلى الابتعاد عن المقرات الخاصة بالمسلحين الحوثيين.", "المواطنين", "YEM"),
])
def test_whom_a_call_is_made_to_after_an_aside(text, target, country):
    doc = extract_text(text, published="2015-07-21")
    (ev,) = [e for e in doc.events if e.type == "REQUEST"]
    assert ev.targets and ev.targets[0].text == target and ev.targets[0].country == country


@pytest.mark.parametrize("text,actor_country,target", [
    # blind6 d6-19a451e23b: whom a stance stands with, after مع, not the state whose stance it is
    ("وأكدت وزارة الخارجية القطرية وفقاً لوكالة الأنباء القطرية، وقوف دولة قطر مع المملكة في تصديها للأعمال "
     "الإجرامية التي تهدف لزعزعة الأمن.", "QAT", "المملكة"),
    # blind10 d10-85e622453d
    ("وأكد الخرينج على تضامن حكومة وشعب دولة الكويت مع المملكة العربية السعودية الشقيقة قيادة وحكومة وشعباً.",
     "KWT", "المملكة العربية السعودية"),
])
def test_solidarity_is_with_the_party_after_ma(text, actor_country, target):
    doc = extract_text(text, published="2015-08-07")
    (ev,) = [e for e in doc.events if e.type == "SUPPORT"]
    assert ev.targets[0].text == target and ev.targets[0].country == "SAU"
    assert ev.actors[0].country == actor_country


def test_the_holder_named_after_an_office_is_the_speaker():
    # blind6 d6-d5fd416d6d: the tables know the office and the man; the man right after his office speaks, he is not
    # whom the welcome is for
    doc = extract_text("ورحب الأمين العام للأمم المتحدة بان جي مون بوقف إطلاق النار وحث جميع الأطراف على وقف العمليات "
                       "العسكرية خلال هذه الفترة.", published="2015-07-13")
    (ev,) = _events(doc, "SUPPORT")
    assert ev.actors[0].text == "الأمين العام للأمم المتحدة بان جي مون"
    assert not any("بان جي مون" in t.text for t in ev.targets)


def test_a_paper_quoted_as_the_source_is_no_party():
    # blind3 d3-563d4e4c9e: "وعلمت «المدينة»": the paper learned the news, it did not kill the student
    doc = extract_text("مشيرًا إلى أن قسم الشرطة يمكنه رؤية كل ما يحدث داخل مواقف السيارات التي عثر فيه على جثة زميلهم."
                       "وعلمت «المدينة» أن الطالب القتيل هو ريان إبراهيم بابا من مواليد مكة المكرمة.", published="2015-08-10")
    assert not any("المدينة" in p.text for e in doc.events for p in e.actors + e.targets)
    # (a paper told to after a statement verb: "في تصريح خاص لـ»المدينة»")
    doc = extract_text("وقال المتحدث في تصريح خاص لـ»المدينة» إن المسلحين قتلوا جنديا.", published="2015-08-10")
    assert not any("المدينة" in p.text for e in doc.events for p in e.actors + e.targets)
    # blind2 d2-a8f181616e: a group quoted after لـ with no statement before it is the owner of what was hit
    doc = extract_text("وقد تعرضت ثلاث مواقع لـ«داعش» فيها لضربات جوية تركية.", published="2015-07-25")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.targets and ev.targets[0].text == "داعش"


def test_a_car_bomb_is_not_the_air_force_told_before():
    # blind7 d7-2e32913f6d: a clause-initial attack verb continues the last doer, but aircraft drive no car bomb
    doc = extract_text("في هذه الأثناء، شن طيران التحالف سلسلة غارات جوية على عدد من مواقع الميليشيات وقوات الرئيس "
                       "السابق علي عبد الله صالح، في محافظة صعدة الواقعة شمال البلاد. كما استهدف طيران التحالف مواقع "
                       "للمتمردين في محافظتي أبين ولحج بالجنوب.\n\n وفي صنعاء، عاد شبح التفجيرات؛ إذ استهدف انفجار بسيارة "
                       "مفخخة، عصر أمس، مسجد «الفيض الحاتمي» في منطقة نقم، بشرق العاصمة.", published="2015-07-31")
    (bomb,) = [e for e in _events(doc, "ASSAULT") if e.mode == "explosives"]
    assert not any("طيران" in a.text for a in bomb.actors)
    assert any("طيران التحالف" in a.text for e in _events(doc, "ASSAULT") if e.mode == "aerial" for a in e.actors)


def test_a_speaker_takes_the_country_his_title_names():
    # blind10 d10-cb4a924173: the nationality adjective of the bloc the MP is a member of
    doc = extract_text("شجب عضو اللقاء الديموقراطي اللبناني النائب نعمة طعمة التفجير الإرهابي الذي استهدف مسجد "
                       "الطوارئ في مدينة أبها بمنطقة عسير.", published="2015-08-08")
    (ev,) = _events(doc, "ACCUSE")
    assert ev.actors[0].country == "LBN"


@pytest.mark.parametrize("text,target,country", [
    # blind2 d2-11b387a4af: whom the arrest took, after the aside of its day between commas
    ("وقالت المنسقية إن قوات الأمن أوقفت، منذ أمس الجمعة، 320 شخصاً من المنتمين إلى تنظيمي داعش وبي كا كا.",
     "شخصاً", None),
    # blind2 d2-179b49c3ec: (and past the على of القبض)
    ("وألقت السلطات التركية القبض، في يونيو الماضي، على 18 طالبا سودانيا كانوا في طريقهم للانضمام إلى تنظيم الدولة "
     "الإسلامية.", "طالبا", "SDN"),
])
def test_whom_an_arrest_took_after_an_aside(text, target, country):
    doc = extract_text(text, published="2015-07-25")
    (ev,) = _events(doc, "COERCE")
    assert ev.targets and ev.targets[0].text == target
    assert country is None or ev.targets[0].country == country


def test_a_visit_that_frames_a_statement_is_the_speakers():
    # tuned d2-073339f615: "خلال زيارة إلى إندونيسيا" before the statement is the speaker's visit
    doc = extract_text("وخلال زيارة إلى إندونيسيا، قال الرئيس إن تركيا عانت من «خسائر كبيرة» في معركتها ضد "
                       "الإرهابيين، إلا أنها مصممة على مواصلة القتال.", published="2015-07-31")
    (con,) = _events(doc, "CONSULT")
    assert con.actors and con.actors[0].text == "الرئيس"
    assert _mention_covering(doc, con, "زيارة إلى إندونيسيا")
    # blind13 d13-79ffd71645: after a statement verb with no subject of its own, the visit is the last speaker's
    doc = extract_text('وقال وزير الخارجية التركي مولود تشاووش أوغلو لهيئة الاذاعة والتلفزيون التركية "حققنا تقدما '
                       'فيما يتعلق بفتح قواعدنا." وأضاف خلال زيارة إلى ماليزيا "تصل طائرات أميركية قريبا."',
                       published="2015-08-05")
    (con,) = _events(doc, "CONSULT")
    assert "وزير الخارجية التركي" in con.actors[0].text


def test_talks_told_by_spoke_with_or_sat_with():
    # blind2 d2-0e2329cc4d: two presidents who "spoke" (dual) held talks
    doc = extract_text("وقال البيت الأبيض إن الرئيسين الأمريكي باراك أوباما والتركي طيب إردوغان تحدثا يوم الأربعاء.",
                       published="2015-07-24")
    assert _events(doc, "CONSULT")
    # blind9 d9-22acf616d6: "تحدثت ... مع" a named official
    doc = extract_text("وقال البيت الأبيض إن مستشارة الأمن القومي سوزان رايس تحدثت اليوم مع الرئيس الأفغاني أشرف غني.",
                       published="2015-08-09")
    (con,) = _events(doc, "CONSULT")
    assert "رايس" in con.actors[0].text and any("أشرف غني" in t.text or "الأفغاني" in t.text for t in con.targets)
    # blind7 d7-3960ebd945: "جلس مع رؤساء عشائر"
    doc = extract_text("وأشار بارزاني الى انه جلس قبل فترة مع رؤساء عشائر ووجهاء من عرب المنطقة وأبلغهم بانهم أخوة.",
                       published="2015-08-03")
    (con,) = _events(doc, "CONSULT")
    assert con.actors[0].text == "بارزاني"
    # tuned d2-a40565aa84: a mother who spoke with her son holds no talks
    doc = extract_text("وأوضحت أوسبورن أنها تحدثت مع نجلها الذي أخبرها أنه بخير.", published="2015-07-20")
    assert not _events(doc, "CONSULT")


def test_support_in_the_present_of_a_hamza_verb():
    # blind12 d12-1c1f3b69da: تؤيد (folded تءيد) is the present of أيّد, which the generated conjugations miss
    doc = extract_text("وقالت روسيا إنها تؤيد خطوة تحديد المسؤول عن هجمات الكلور.", published="2015-07-31")
    (sup,) = _events(doc, "SUPPORT")
    assert sup.actors[0].text == "روسيا"
    # blind7 d7-4463962f8c: after a relative pronoun it describes those who hold a view, no statement
    doc = extract_text("شكلت الضربات المتتابعة إزعاجا لمن يؤيد هذا الفكر.", published="2015-08-07")
    assert not _events(doc, "SUPPORT")


def test_the_party_said_to_bear_the_blame_is_accused_by_the_speaker():
    # blind10 d10-f0883feb66: the subject of تتحمل المسؤولية is accused; the speaker accuses
    doc = extract_text("وقال المتحدث باسم جيش الاحتلال افيخاي ادرعي إن سلاح الجو استهدف موقعا في قطاع غزة، مضيفا أن "
                       "حركة حماس هي العنوان وتتحمل المسؤولية عن أي اعتداء ينطلق من قطاع غزة.", published="2015-08-05")
    (acc,) = _events(doc, "ACCUSE")
    assert any("حماس" in t.text for t in acc.targets)
    assert not any("حماس" in a.text for a in acc.actors)
    # blind6 d6-3d32750c9b: no speaker named: a duty told, no accusation
    doc = extract_text("وشدد بحر على أن الإفراج عن الأسرى واجب وطني يتحمّل مسؤوليته كافة فصائل الشعب الفلسطيني.",
                       published="2015-08-01")
    assert not _events(doc, "ACCUSE")


def test_a_state_that_allowed_the_use_of_its_bases_agreed():
    # train d2-c5533a69ca: "سمحت للولايات المتحدة باستخدام ... القواعد الجوية": leave granted to an ally
    doc = extract_text("أعلن مسؤول عسكري أمريكي أن تركيا سمحت للولايات المتحدة باستخدام العديد من القواعد الجوية التركية.",
                       published="2015-07-24")
    (agr,) = _events(doc, "AGREE")
    assert agr.actors[0].text == "تركيا"


def test_a_threat_phrase_under_a_statement_verb_with_no_subject_is_the_speakers():
    # tuned d2-0e33cf27e1: "أكد أن الحادثة لن تمر دون عقاب" goes on with the council that condemned, the speaker
    # of the sentence; the phrase is in the clause أكد opens
    doc = extract_text("وفيما دان المجلس العملية التي وصفها بالإجرامية والجبانة، أكد أن الحادثة لن تمر دون عقاب وسيقوم "
                       "بكل ما من شأنه للضرب بيد من حديد على هذه الأعمال العبثية.", published="2015-07-28")
    (thr,) = _events(doc, "THREATEN")
    assert thr.actors and thr.actors[0].text == "المجلس"


def test_a_call_after_lakin_with_a_pronoun_is_the_sentence_speakers():
    # blind13: "لكنهم دعوا البلد": the pronoun on لكن is the subject, the Western allies who spoke in the
    # sentence; "لكنه رفض تسليم نفسه" (blind7) does not agree with "قوات الأمن" named before: no refusal of theirs
    doc = extract_text("وقال حلفاء غربيون لتركيا إنهم يؤيدون حقها في الدفاع عن نفسها لكنهم دعوا البلد العضو في حلف "
                       "شمال الأطلسي لعدم السماح لمساعي السلام مع حزب العمال الكردستاني بالانهيار.", published="2015-07-29")
    (call,) = [e for e in doc.events if e.type == "REQUEST"]
    assert call.actors[0].text == "غربيون"
    doc = extract_text("وقال شاهد عيان إن قوات الأمن طلبت من أحد الإرهابيين المتحصنين بأحد المنازل أن يترك رضيعه، وبعد "
                       "تدخل والدته لإقناعه أطلق سراح زوجته ورضيعه، لكنه رفض تسليم نفسه.", published="2015-07-29")
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_the_party_against_after_the_comma_that_ends_an_attack_clause_is_its_target():
    # blind11: the raids' clause ends at the comma; "ضد مواقع المتمردين" after it names whom they hit
    text = ("وتزامنًا مع ذلك، كثفت طائرات التحالف العسكري من غاراتها ليلًا وصباح أمس، ضد مواقع المتمردين في قاعدة "
            "العند الجوية، وفي الحوطة في محافظة لحج، فضلًا عن تعز (جنوب غرب)، حيث قتل 47 متمردًا و5 من القوات "
            "الموالية لهادي في معارك عنيفة، حسبما نقلت مصادر عسكرية.")
    doc = extract_text(text)
    raids = next(e for e in _events(doc, "ASSAULT") if "غاراتها" in e.mentions[0].text)
    assert [t.text for t in raids.targets] == ["المتمردين"]


def test_a_plural_nationality_after_a_capture_verb_is_who_was_taken():
    # blind10: "الإيرانيين" right after أسرت is the people captured (a noun), not an adjective of a party
    text = ("أكد قائد المنطقة العسكرية الرابعة اللواء أحمد سيف محرم اليافعي لـ«عكاظ» وجود أسرى إيرانيين بحوزة الجيش "
            "الوطني بمحافظة عدن، لافتا إلى أن المقاومة أسرت الإيرانيين خلال الاشتباكات المتواصلة مع الانقلابيين.")
    doc = extract_text(text)
    taken = next(e for e in _events(doc, "COERCE") if "أسرت" in e.mentions[0].text)
    assert [(t.text, t.country) for t in taken.targets] == [("الإيرانيين", "IRN")]
