"""Date expressions and event dates on real Arabic news sentences."""
import datetime as dt

import pytest

from marsad import resources
from marsad.dates import (DateMention, dates_stage, gregorian_to_hijri, hijri_to_gregorian, lexicon,
                          resolve_event_date)
from marsad.document import Document
from marsad.normalize import fold_key
from marsad.tokenize import tokenize_document

PUB = "2015-08-01"  # a Saturday


def dates(text, published=PUB):
    doc = dates_stage(Document.from_text(text, published=published))
    for d in doc.dates:
        assert isinstance(d, DateMention)
        assert doc.raw[d.start:d.end] == d.text
    return doc.dates


def one(text, published=PUB):
    ds = dates(text, published)
    assert len(ds) == 1, [(d.text, d.date) for d in ds]
    return ds[0]


@pytest.mark.parametrize("text, span, date", [
    ("قتل ثلاثة مدنيين أمس في قصف على الحي", "أمس", "2015-07-31"),
    ("وكانت الطائرات قصفت البلدة أمس الأول", "أمس الأول", "2015-07-30"),
    ("وكانت الطائرات قصفت البلدة أول من أمس", "أول من أمس", "2015-07-30"),
    ("وتمكنت قوات البيشمركة في ساعة متأخرة من الليلة قبل الماضية من صد هجوم", "الليلة قبل الماضية", "2015-07-30"),
    ("وقصفت الطائرات ليلة أمس الأول مواقع الحوثيين", "ليلة أمس الأول", "2015-07-30"),
    ("أعلنت الوزارة اليوم عن خطة جديدة", "اليوم", "2015-08-01"),
    ("واستهدف انتحاري فجر أمس الجمعة مسجدا", "فجر أمس الجمعة", "2015-07-31"),
    ("وكانت الشرطة داهمت المنزل مساء الأربعاء", "مساء الأربعاء", "2015-07-29"),
    ("وقع الهجوم يوم الجمعة الماضي في المدينة", "يوم الجمعة الماضي", "2015-07-31"),
    ("وقع الهجوم السبت الماضي", "السبت الماضي", "2015-07-25"),     # publication is a Saturday
    ("تظاهر الآلاف السبت في الساحة", "السبت", "2015-08-01"),       # on or before publication
])
def test_relative_days_and_weekdays(text, span, date):
    d = one(text)
    assert (d.text, d.date, d.precision, d.relative) == (span, date, "day", True)


@pytest.mark.parametrize("text, span, date", [
    ("وقعت المجزرة في 30 يوليو 2015 في البلدة", "30 يوليو 2015", "2015-07-30"),        # Egypt/Gulf
    ("وقعت المجزرة في 30 تموز 2015 في البلدة", "30 تموز 2015", "2015-07-30"),          # Levant
    ("وقعت المجزرة في 30 يوليوز 2015 في البلدة", "30 يوليوز 2015", "2015-07-30"),      # Morocco
    ("وقعت المجزرة في 30 جويلية 2015 في البلدة", "30 جويلية 2015", "2015-07-30"),      # Algeria/Tunisia
    ("اجتمع المجلس في 5 دجنبر 2014", "5 دجنبر 2014", "2014-12-05"),
    ("اجتمع المجلس في 5 كانون الأول 2014", "5 كانون الأول 2014", "2014-12-05"),
    ("اجتمع المجلس في 12 شباط", "12 شباط", "2015-02-12"),                              # year from publication
    ("صدر القرار بتاريخ 30/7/2015", "30/7/2015", "2015-07-30"),
])
def test_explicit_dates_in_every_month_family(text, span, date):
    d = one(text)
    assert (d.text, d.date, d.precision) == (span, date, "day")


def test_month_precision():
    d = one("بدأت العملية منتصف يوليو بدعم من التحالف")
    assert (d.text, d.date, d.precision) == ("منتصف يوليو", "2015-07-15", "month")


def test_ambiguous_month_words_need_a_number():
    assert dates("قال الأب إن ابنه مارس الرياضة") == []
    assert one("قتل في 15 آب 2014").date == "2014-08-15"


def test_hijri_date():
    d = one("وقع الحادث في 26 شوال 1436 هـ في المدينة")
    assert d.text == "26 شوال 1436 هـ" and d.precision == "day" and not d.relative
    assert d.date == "2015-08-11"          # Umm al-Qura
    assert d.confidence < 0.9              # a sighting calendar may be a day apart


def test_hijri_dateline_agrees_with_its_gregorian_twin():
    # SPA datelines print both calendars: the Umm al-Qura conversion must give the same day
    ds = dates("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", published="2015-08-10")
    assert [d.date for d in ds] == ["2015-08-10", "2015-08-10"]
    ds = dates("مكة المكرمة 1 رمضان 1436 هـ الموافق 18 يونيو 2015 م واس", published="2015-06-18")
    assert [d.date for d in ds] == ["2015-06-18", "2015-06-18"]


def test_hijri_without_year_takes_the_publication_year():
    ds = dates("وكانت الحادثة وقعت في الثالث عشر من رمضان، ونفذ الحكم في 20 ذو القعدة", published="2015-09-10")
    # the ordinal day too (13 Ramadan 1436 = 2015-06-30, Umm al-Qura)
    assert [(d.text, d.date, d.relative) for d in ds] == [("الثالث عشر من رمضان", "2015-06-30", True),
                                                         ("20 ذو القعدة", "2015-09-04", True)]


def test_hijri_round_trip_and_table():
    for y in (1300, 1365, 1400, 1436, 1445, 1500, 1550):
        for m in (1, 9, 12):
            for day in (1, 29):
                assert gregorian_to_hijri(hijri_to_gregorian(y, m, day)) == (y, m, day)
    # the table is continuous: each year starts the day after the last one ends
    from marsad.dates import umm_al_qura
    table = umm_al_qura()
    for y in range(1365, 1500):
        assert table[y][1][12] == table[y + 1][0]
    assert hijri_to_gregorian(1437, 9, 1) == dt.date(2016, 6, 6)   # Ramadan 1437
    assert hijri_to_gregorian(1445, 1, 1) == dt.date(2023, 7, 19)  # 1 Muharram 1445


def test_no_publication_day_gives_no_date():
    d = one("قتل ثلاثة أمس", published=None)
    assert d.date is None and d.relative


def test_month_names_cover_cldr():
    babel = pytest.importorskip("babel")
    ours = {(k, v[1]) for k, v in lexicon().months.items()}
    for loc in ("ar", "ar_EG", "ar_SY", "ar_LB", "ar_IQ", "ar_MA", "ar_DZ", "ar_TN"):
        for num, name in babel.Locale.parse(loc).months["format"]["wide"].items():
            assert (fold_key(name), num) in ours, (loc, name)
    assert resources.exists("dates_months.tsv")


def _doc(text, published=PUB):
    return tokenize_document(Document.from_text(text, published=published))


def test_event_date_same_sentence():
    doc = _doc("قتل خمسة مدنيين أمس في غارة على البلدة. وقالت مصادر إن القصف استمر.")
    s = doc.raw.index("قتل")
    assert resolve_event_date(doc, s, s + 20) == ("2015-07-31", "day", False)


def test_event_date_previous_sentence():
    doc = _doc("شنت الطائرات غارات أمس الأول على المدينة. وقتل في الغارات عشرة أشخاص.")
    s = doc.raw.index("وقتل")
    assert resolve_event_date(doc, s, len(doc.raw)) == ("2015-07-30", "day", False)


def test_event_date_defaults_to_publication_flagged():
    doc = _doc("قتل عشرة أشخاص في انفجار سيارة مفخخة.")
    assert resolve_event_date(doc, 0, len(doc.raw)) == ("2015-08-01", "day", True)
    doc = _doc("قتل عشرة أشخاص في انفجار سيارة مفخخة.", published=None)
    assert resolve_event_date(doc, 0, len(doc.raw)) == (None, None, True)


def test_nearest_date_in_sentence_wins():
    doc = _doc("بعد هجوم الجمعة، قتل عشرة أشخاص أمس في انفجار")
    s = doc.raw.index("قتل")
    assert resolve_event_date(doc, s, s + 15)[0] == "2015-07-31"


@pytest.mark.parametrize("text, span, date", [
    ("فتح مسلح النار داخل صالة سينما في ولاية لويزيانا البارحة الأولى", "البارحة الأولى", "2015-07-30"),
    ("لدى استقبال نائب الرئيس اليمني له الليلة الماضية في الرياض", "الليلة الماضية", "2015-07-31"),
])
def test_more_relative_days(text, span, date):
    d = one(text)
    assert (d.text, d.date, d.relative) == (span, date, True)


SPA = (" الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n"
       " أكد الأمين العام لمجلس التعاون أن دول المجلس ستظل إلى جانب الشعب اليمني.\n"
       " وأعرب الزياني، لدى استقبال نائب الرئيس اليمني له الليلة الماضية في الرياض، عن ارتياحه.\n")


def test_dateline_dates_the_report_not_the_event():
    doc = _doc(SPA, published="2015-08-10")
    dates_stage(doc)
    line = [d for d in doc.dates if d.dateline]
    assert [d.text for d in line] == ["25 شوال 1436 هـ", "10 أغسطس 2015 م"]
    s = doc.raw.index("أكد")
    # no date near the lead: the lead's relative day, flagged as a default
    assert resolve_event_date(doc, s, s + 20) == ("2015-08-09", "day", True)


def test_dateline_is_the_reference_for_relative_days():
    # scraped a day after the agency filed it
    doc = dates_stage(Document.from_text(SPA, published="2015-08-11"))
    assert [d.date for d in doc.dates if d.relative] == ["2015-08-09"]


def test_since_a_year_is_no_event_date():
    doc = _doc("قال تقرير إن المستوطنين ارتكبوا أكثر من ألف اعتداء منذ مطلع العام 2004.")
    dates_stage(doc)
    assert resolve_event_date(doc, 0, 20) == ("2015-08-01", "day", True)


@pytest.mark.parametrize("text, published, span, date, precision", [
    ("جاءت المصادقة على القانون بعد هجوم وقع الشهر الماضي على منتجع ساحلي في مدينة سوسة",
     "2015-07-26", "الشهر الماضي", "2015-06-01", "month"),
    ("واستعادت قوات الجيش بعض الأراضي التي خسرتها في بنغازي العام الماضي", "2015-07-21", "العام الماضي",
     "2014-01-01", "year"),
    ("وفي مطلع العام الماضي قتل 119 شخصا وجرح 243 آخرون في اشتباكات", "2015-07-23", "العام الماضي",
     "2014-01-01", "year"),
    ("بعد وصوله لمعسكر الفريق في تركيا قبل يومين", "2015-07-31", "قبل يومين", "2015-07-29", "day"),
])
def test_periods_counted_from_publication(text, published, span, date, precision):
    d = one(text, published)
    assert (d.text, d.date, d.precision, d.relative) == (span, date, precision, True)


def test_year_precision():
    ds = dates("التركيز الرئيسي للهجوم هذا العام (الذي شكل 30 في المائة من الحملات في عام 2014، وفقا لموديز)",
               published="2015-07-27")
    assert [(d.text, d.date, d.precision) for d in ds] == [("هذا العام", "2015-01-01", "year"),
                                                            ("عام 2014", "2014-01-01", "year")]


def test_event_date_precision_and_flag_from_the_text():
    # the sentence gives only a month: the event is dated to the month, not to a guessed day
    doc = _doc("وفي الشهر الماضي شنت الجبهة الجنوبية هجوما لطرد القوات الحكومية من درعا.", published="2015-07-25")
    dates_stage(doc)
    assert resolve_event_date(doc, 0, len(doc.raw)) == ("2015-06-01", "month", False)


def _event_date(text, clause, published):
    doc = Document.from_text(text, published=published)
    tokenize_document(doc)
    dates_stage(doc)
    doc.done.append("dates")
    s = text.index(clause)
    return resolve_event_date(doc, s, s + len(clause))


# SaudiNewsNet (2015-07-22): the attacks of today came "a day after" the burning of a village
CAMEROON = ("قال مسؤولون وشهود عيان اليوم الاربعاء إن 20 شخصا على الأقل لقو حتفهم شمال الكاميرون. "
            "وتأتي الهجمات بعد يوم على قيام متمردو بوكو حرام باحراق ستة أطفال على الأقل خلال هجوم على قرية كمونة.")


def test_a_day_after_x_dates_x_a_day_before_the_clause_it_follows():
    clause = "وتأتي الهجمات بعد يوم على قيام متمردو بوكو حرام باحراق ستة أطفال على الأقل خلال هجوم على قرية كمونة"
    assert _event_date(CAMEROON, clause, "2015-07-22") == ("2015-07-21", "day", False)
    # غداة (the day after): SaudiNewsNet 2015-07-24, a day written before it in the sentence is the reference
    text = "وقتل 10 أشخاص أمس في هجوم يأتي غداة مقتل 21 شخصا في هجمات استهدفت مناطق شيعية في بغداد."
    assert _event_date(text, "مقتل 21 شخصا في هجمات", "2015-07-24") == ("2015-07-22", "day", False)


def test_a_day_after_x_does_not_date_the_main_clause():
    # the killing is the later day; the expression dates the drinking after it only
    text = "وقال مصدر أمس إن الملا عمر توفي. وتوفي الملا عمر بعد ثلاثة أيام من شربه الدواء المسموم."
    assert _event_date(text, "وتوفي الملا عمر بعد ثلاثة أيام من شربه الدواء المسموم", "2015-08-03")[0] == "2015-08-02"
    # at the start of a sentence the clause after it is the later one: no date from the expression
    assert not [d for d in dates("وبعد ثلاثة أيام من البحث عثر الغواصون على الجثث") if d.date]


def test_a_day_stated_in_the_mention_beats_one_counted_back():
    # SaudiNewsNet 2015-07-22 (a Suruç report): "the incident comes a day after the killing of 32 ... in a
    # bombing the day before yesterday (Monday)": the bombing is Monday the 20th, not a day before publication
    text = ("ويأتي الحادث بعد يوم من مقتل 32 شخصا وإصابة قرابة 104 آخرين بجروح جراء تفجير وقع أول من أمس"
            "(الاثنين) في حديقة مركز ثقافي.")
    assert _event_date(text, text[:-1], "2015-07-22") == ("2015-07-20", "day", False)


@pytest.mark.parametrize("text, published, span, date", [
    # Suruç bombing (Monday 2015-07-20), SaudiNewsNet fetched the pages on Tuesday or Wednesday: the weekday
    # the text names is the day meant, the publication day lags the writing
    ("قال ثلاثة شهود لرويترز إن أكثر من 27 شخصا قتلوا في انفجار هز بلدة سروج اليوم الاثنين.",
     "2015-07-21", "اليوم الاثنين", "2015-07-20"),
    ("قالت وزارة الداخلية التركية في بيان اليوم الاثنين إن انفجارا في بلدة سروج أسفر عن مقتل 27 شخصا",
     "2015-07-22", "اليوم الاثنين", "2015-07-20"),
    ("قالت وزارة الداخلية التركية في بيان، اليوم (الاثنين)، ان انفجارا في بلدة سروج",
     "2015-07-21", "اليوم (الاثنين)", "2015-07-20"),
    # a weekday after the day word names the same day: tomorrow's Friday sermon (Abha bombing, Thursday)
    ("وأصدر فرع الوزارة تعميماً بتخصيص خطبة الجمعة غداً للحديث عن حادث التفجير", "2015-08-06",
     "الجمعة غداً", "2015-08-07"),
])
def test_a_day_word_and_its_weekday_give_the_weekday_when_publication_lags(text, published, span, date):
    d = one(text, published)
    assert (d.text, d.date, d.precision) == (span, date, "day")


def test_a_weekday_far_from_the_day_word_still_gives_the_weekday():
    # the Suruç bombing (Monday 2015-07-20) in a page fetched on Saturday the 25th: five days of lag, the
    # weekday is the day meant (the guidelines: the most recent such day); the article counts from that day
    d = one("قالت وزارة الداخلية التركية في بيان اليوم الاثنين إن انفجارا في بلدة سروج أسفر عن مقتل 27 شخصا",
            "2015-07-25")
    assert (d.text, d.date) == ("اليوم الاثنين", "2015-07-20")
    # SaudiNewsNet fetched on Tuesday 2015-07-21 (snn-1780): "today, Thursday" is the 16th
    d = one("أعلنت خدمة الدردشة سكايب اليوم الخميس، عن إضافة اللغتين الفرنسية والألمانية", "2015-07-21")
    assert d.date == "2015-07-16"


def test_the_friday_prayer_is_no_day():
    # صلاة الجمعة / خطبة الجمعة name the prayer; the day after them in the sentence is the date
    doc = dates_stage(tokenize_document(Document.from_text(
        "تعرض المسجد إلى تفجير إرهابي خلال صلاة الجمعة في 26 يونيو الماضي", published="2015-08-06")))
    assert [(d.text, d.date) for d in doc.dates] == [("26 يونيو الماضي", "2015-06-26")]
    doc = dates_stage(tokenize_document(Document.from_text("ألقى خطبة الجمعة في المسجد", published="2015-08-06")))
    assert doc.dates == []
    # a Friday named as a day stays one
    d = one("وقع الهجوم يوم الجمعة الماضي في المدينة")
    assert d.date == "2015-07-31"


def test_the_date_of_a_claim_is_not_the_date_of_the_deed():
    doc = Document.from_text("تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة أدى أول من أمس إلى مقتل جنديين تركيين "
                             "في محافظة ديار بكر", published="2015-07-27")
    doc = dates_stage(tokenize_document(doc))
    assert resolve_event_date(doc, 0, len(doc.raw), deed=True) == ("2015-07-25", "day", False)
    # the claim itself (a statement) is of the day its verb leads to
    assert resolve_event_date(doc, 0, len(doc.raw)) == ("2015-07-26", "day", False)
    # with no other date, the claim's still dates the sentence
    doc = Document.from_text("ذكر مسؤول كردي أمس أن أكثر من 33 مسلحا قتلوا", published="2015-07-22")
    doc = dates_stage(tokenize_document(doc))
    assert resolve_event_date(doc, 0, len(doc.raw)) == ("2015-07-21", "day", False)


def test_a_weekday_that_shows_the_writing_day_moves_the_other_relative_days():
    # published (fetched) on Wednesday 2015-08-12, written on Monday: أمس is Sunday
    raw = "قال مسؤول أفغاني اليوم الاثنين إن الهجوم كان متوقعا. وقتل أمس خمسة أشخاص في انفجار قرب مطار كابول."
    doc = dates_stage(tokenize_document(Document.from_text(raw, published="2015-08-12")))
    start = raw.index("وقتل")
    assert resolve_event_date(doc, start, len(raw)) == ("2015-08-09", "day", False)
    # without the weekday, أمس counts from the publication day
    raw2 = raw.replace("اليوم الاثنين", "اليوم")
    doc = dates_stage(tokenize_document(Document.from_text(raw2, published="2015-08-12")))
    assert resolve_event_date(doc, raw2.index("وقتل"), len(raw2)) == ("2015-08-11", "day", False)


# --- session 12: real sentences from the train and tuned sets (dev/train/tuned articles, SaudiNewsNet) ----

def test_the_first_of_yesterday_is_the_day_before_yesterday():
    # الأول من أمس = أول من أمس (two days before publication), not أمس
    d = one("يذكر أن قوات الاحتلال قتلت فجر الأول من أمس، الشاب أحمد علاونة (21 عاما) من قرية برقين قرب مدينة جنين",
            "2015-07-24")
    assert (d.text, d.date) == ("فجر الأول من أمس", "2015-07-22")


def test_an_ordinal_day_of_a_month():
    text = ("إن العضو البارز لفترة طويلة بتنظيم القاعدة والقيادي في جماعة خراسان محسن الفضلي قتل في ضربة جوية "
            "أمريكية في سوريا بينما كان يتنقل في سيارة قرب بلدة سرمدا في الثامن من يوليو")
    assert _event_date(text, text, "2015-07-22") == ("2015-07-08", "day", False)
    # SaudiNewsNet 2015-07-24, a Hijri month: 7 Dhu al-Qa'dah 1436 (Umm al-Qura) is 2015-08-22
    d = one("وأشار إلى أن اللجنة تبدأ ممارسة أعمالها اعتبارًا من تاريخ بداية قيد الناخبين في السابع من ذي القعدة "
            "المقبل", "2015-07-24")
    assert (d.text, d.date, d.precision) == ("السابع من ذي القعدة المقبل", "2015-08-22", "day")
    # الأول من أمس is no month
    assert one("قتلت فجر الأول من أمس", "2015-07-24").date == "2015-07-22"


@pytest.mark.parametrize("text, published, date", [
    # after midnight of a night between two days: the second day
    ("ألقى الطيران المروحي بعد منتصف ليل السبت- الأحد عدة براميل متفجرة على مناطق في مدينة الزبداني",
     "2015-07-27", "2015-07-26"),
    # after midnight of Sunday's night: Monday (the day of publication)
    ("واستهدف هجوم بسيارة مفخخة يشتبه بأنه انتحاري، مركزًا للشرطة في منطقة سلطان بايلي في الجهة الآسيوية من "
     "إسطنبول، بعد منتصف ليل الأحد، مما أسفر عن إصابة 10 أشخاص", "2015-08-10", "2015-08-10"),
    # the night itself is the first day's
    ("وكان سلاح الجو التركي شن ليل الجمعة - السبت سلسلة غارات على القواعد الخلفية لحزب العمال الكردستاني",
     "2015-07-27", "2015-07-24"),
    # before midnight: the day named
    ("(39 عاما) عضته الأفعى ذات الجرس في منطقة الكاحل قبيل منتصف ليل السبت الماضي", "2015-07-22",
     "2015-07-18"),
])
def test_after_midnight_of_a_weekday_is_the_next_day(text, published, date):
    assert _event_date(text, text, published)[:2] == (date, "day")


@pytest.mark.parametrize("text, published, left", [
    ("بدا أمس، في اليوم الثالث للعملية العسكرية التي أطلقتها تركيا، أن الحملة تتحول إلى حرب فعلية", "2015-07-27",
     ["أمس"]),
    ("عين اليوم – القاهرة\nألقت الشرطة المصرية القبض على 8 من جماهير نادي الزمالك الغاضبين", "2015-07-24", []),
    ("وبالصدفة شاهدنا الأخبار الرسمية في اليوم التالي", "2015-07-24", []),
    ("ومن المتوقع أن يصل إلى 9.5 مليون برميل في اليوم هذا العام", "2015-07-24", ["هذا العام"]),
    # today stays today
    ("وصل آشتون كارتر وزير الدفاع الاميركي، اليوم (الخميس)، إلى بغداد", "2015-07-23", ["اليوم (الخميس)"]),
    ("وصباح اليوم، قتلت الشرطة مسلحين اثنين", "2015-08-10", ["صباح اليوم"]),
])
def test_al_yawm_that_is_not_today(text, published, left):
    assert [d.text for d in dates(text, published)] == left


def test_since_a_recent_day_dates_the_event():
    # clashes going on since yesterday: they started then (a year or a distant day after منذ is no event day)
    text = ("وتشهد مدينة لحج مواجهات عنيفة بين الطرفين منذ أمس الاثنين عقب هجوم شنته المقاومة الشعبية في إطار "
            "عملية السهم الذهبي")
    assert _event_date(text, text, "2015-08-04") == ("2015-08-03", "day", False)
    text = ("وأشار المرصد إلى ارتفاع العدد الإجمالي للقتلى جراء غارات التحالف على مناطق في سورية منذ 23 أيلول - "
            "سبتمبر 2014، وحتى فجر أمس.")
    assert _event_date(text, text, "2015-07-24") == ("2015-07-23", "day", False)


def test_the_sentence_before_lends_a_day_not_its_year():
    text = ("واستعادت قوات الجيش المدعومة من قبل السكان المسلحين بعض الأراضي التي خسرتها في بنغازي العام الماضي. "
            "وقال الزوي: القوات الخاصة تصدت لهجوم عنيف في محور بوعطني، واستخدمت فيه جميع الأسلحة الخفيفة والثقيلة.")
    assert _event_date(text, "القوات الخاصة تصدت لهجوم عنيف في محور بوعطني", "2015-07-21") == \
        ("2015-07-21", "day", True)


def test_a_day_after_publication_is_no_event_date():
    # the next hearing (الأثنين المقبل) dates no event told in the sentence after it
    text = ("أخلت محكمة الجنايات الكويتية، اليوم الخميس سبيل 11 متهمًا من متهمي تفجير مسجد الإمام الصادق. \n"
            "وذكرت وكالة الانباء الكويتية أن المحكمة قررت تأجيل جلسة المحاكمة إلى الأثنين المقبل. \n"
            "ونبهت المحكمة على كافة المتهمين التي أمرت بإخلاء سبيلهم من متابعة وحضور جميع جلسات المحكمة القادمة.")
    assert _event_date(text, "ونبهت المحكمة على كافة المتهمين", "2015-08-06") == ("2015-08-06", "day", True)


def test_a_day_stated_in_the_mention_beats_the_anchor_in_it():
    text = ("ويأتي التقدم الذي حققته القوات العراقية بعد يومين من زيارة وزير الدفاع الاميركي آشتون كارتر الذي اكد "
            "خلال زياته الخميس لبغداد استعداد بلاده «للقيام بالمزيد» في مواجهة المتطرفين.")
    clause = text[text.index("بعد يومين"):-1]
    assert _event_date(text, clause, "2015-07-27") == ("2015-07-23", "day", False)


def test_the_day_after_x_counts_from_the_story_told_just_before():
    # "هذه التفجيرات التي أتت غداة X": the bombings of the sentences before (مساء أمس), not the lead's day
    text = ("وصل آشتون كارتر وزير الدفاع الاميركي، اليوم (الخميس)، إلى بغداد، في زيارة غير معلنة.\n\n"
            " فقد قتل 21 شخصًا على الاقل مساء أمس، في ثلاث هجمات استهدفت مناطق في بغداد. واستهدف تفجيران انتحاريان "
            "بحزام ناسف نقطة تفتيش للجيش والشرطة في منطقة الشعب في شمال شرقي بغداد.\n\n"
            " وتبنى التنظيم في بيانين عبر حسابات مؤيدة له على مواقع التواصل، هذه التفجيرات التي أتت غداة مقتل 23 شخصا "
            "على الاقل في تفجير سيارتين مفخختين في شرق العاصمة وجنوبها.")
    clause = "التي أتت غداة مقتل 23 شخصا على الاقل في تفجير سيارتين مفخختين في شرق العاصمة وجنوبها"
    assert _event_date(text, clause, "2015-07-23") == ("2015-07-21", "day", False)


def test_the_day_after_x_counts_from_the_deed_of_the_lead_not_its_claim():
    text = ("تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة أدى أول من أمس إلى مقتل جنديين تركيين على الأقل في "
            "محافظة ديار بكر.\n\n وتبنى الجناح العسكري في الحركة الانفصالية المتمردة الهجوم على موقعه على الإنترنت."
            "\n\n بدورها، أعلنت مصادر رسمية مقتل عسكريين تركيين اثنين. وقالت القيادة العسكرية إن سيارة مفخخة انفجرت "
            "عند وصول قافلة مدرعات. ونقلت عنها وكالة الصحافة الفرنسية أن ضابطي صف قتلا في الانفجار.\n\n"
            " ويأتي هذا التصعيد غداة قصف جوي تركي على مواقع حزب العمال الكردستاني في شمال العراق.")
    clause = "ويأتي هذا التصعيد غداة قصف جوي تركي على مواقع حزب العمال الكردستاني في شمال العراق"
    assert _event_date(text, clause, "2015-07-27") == ("2015-07-24", "day", False)


def test_a_span_is_dated_by_its_end():
    text = ("وقال الناطق باسم الإعلام الحربي، إن «طيران التحالف الدولي وجه عددًا من الضربات الجوية الموثرة ضمن "
            "الطلعات الجوية المستمرة من ليلة الخميس ولغاية أمس الجمعة».")
    assert _event_date(text, text[text.index("إن"):], "2015-07-25") == ("2015-07-24", "day", False)


@pytest.mark.parametrize("text, published, span, date", [
    # a night named by its two days with no dash between them is one expression, dated by its first day (as
    # "ليل الجمعة - السبت" is): the strike of the night of Wednesday to Thursday is Wednesday's
    ("على صعيد آخر أفاد مسؤول حكومي ان خمسة عناصر مفترضين من تنظيم القاعدة من بينهم قيادي، قتلوا ليل الاربعاء "
     "الخميس في غارة لطائرة بدون طيار يرجح انها اميركية فوق جنوب اليمن.", "2015-07-31",
     "ليل الاربعاء الخميس", "2015-07-29"),
    # SaudiNewsNet 2015-07-26
    ("أقر البرلمان التونسي، ليل الجمعة السبت، قانونا جديدا لمكافحة الإرهاب", "2015-07-26",
     "ليل الجمعة السبت", "2015-07-24"),
])
def test_a_night_between_two_named_days_is_one_date(text, published, span, date):
    d = one(text, published)
    assert (d.text, d.date) == (span, date)


def test_a_lead_with_no_day_takes_the_first_day_of_the_week_before_publication_further_on():
    # Cairo, fetched Friday 2015-07-24: the arrests after the derby; the match was "الثلاثاء" (the 21st), told in
    # the fifth sentence (within twice the lead); the publication (fetch) day would be three days late
    text = ("عين اليوم – القاهرة\nألقت الشرطة المصرية القبض على 8 من جماهير نادي الزمالك الغاضبين بعد الاشتباك مع الأمن "
            "ومحاولتهم الاعتداء على نادي الزمالك بمنطقة ميت عقبة بالجيزة عقب نهاية مباراة الفريق بالخسارة أمام غريمه "
            "الأهلي.\nوأكد مصدر أمني أن اشتباكات محدودة وقعت بين عدد من جماهير ناديي الأهلي والزمالك خلف مقر نادي الزمالك "
            "بميت عقبة، إلا أن عدداً من جماهير الزمالك عادوا وحاولوا الاعتداء على منشآت النادي والأمن.\nودفعت هذه "
            "الاعتداءات الأجهزة الأمنية إلى تفريق الجماهير الغاضبة بعد إلقاء القبض على 8 منهم.\nوكانت مباراة القمة في "
            "الدوري المصري بين الغريمين الأهلي والزمالك، الثلاثاء، انتهت بفوز الأهلي بهدفين مقابل لا شيء للزمالك.\n")
    assert _event_date(text, "ألقت الشرطة المصرية القبض على 8", "2015-07-24") == ("2015-07-21", "day", True)
    # a day further on that is older than a week is no news day: the publication day stays
    old = text.replace("، الثلاثاء،", " في 2 يوليو")
    assert _event_date(old, "ألقت الشرطة المصرية القبض على 8", "2015-07-24") == ("2015-07-24", "day", True)


def test_the_friday_preachers_are_no_day():
    # "خطباء الجمعة" are the Friday preachers (as خطبة الجمعة is the sermon): no date in the lead sentence
    doc = dates_stage(tokenize_document(Document.from_text(
        "شدد الداعية الدكتور عائض القرني، على وجوب تبليغ الأسر عن أي فرد من أفرادها في حال شكت بانتمائه إلى الفئة "
        "الضالة، لافتاً إلى أهمية أن يصدر خطباء الجمعة فتوى تدين جرائم داعش وتكشف عن خطورتها.", published="2015-08-07")))
    assert doc.dates == []


@pytest.mark.parametrize("text, published, span, date", [
    # SaudiNewsNet 2015-07-26 (snn-10670, snn-11300): a numeric date spaced, or followed by its era letter
    ("سيتوجه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود حفظه الله اعتباراً من هذا اليوم (أمس) السبت "
     "9 / 10 / 1436 ه الموافق 25 / 7 / 2015 م إلى خارج المملكة في إجازة خاصة.", "2015-07-26", "25 / 7 / 2015 م",
     "2015-07-25"),
    ("في رسالته الموجهة لأخيه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود ملك المملكة العربية السعودية "
     "المؤرخة في 24/7/2015م الآتي نصها:", "2015-07-26", "24/7/2015م", "2015-07-24"),
])
def test_a_numeric_date_spaced_or_with_its_era(text, published, span, date):
    ds = [d for d in dates(text, published) if d.text[:1].isdigit()]
    assert [(d.text, d.date) for d in ds] == [(span, date)]


def test_a_day_followed_by_last_year_is_of_last_year():
    # (blind2 set) "في 17 تموز/يوليو العام الماضي": MH17 was shot down in 2014, not on the last 17 July before
    # publication; a day with no year told after it is the latest before publication
    text = ("واسقطت الطائرة التي كانت تقوم بالرحلة رقم ام اتش 17 في 17 تموز/يوليو العام الماضي ما ادى الى مقتل جميع "
            "ركابها وعددهم 298 راكبا.")
    assert [(d.text, d.date) for d in dates(text, "2015-08-11") if d.precision == "day"] == [("17 تموز/يوليو", "2014-07-17")]
    text = "وفي 26 مارس (آذار) بدأ تحالف تقوده السعودية حملة ضربات جوية لمنع المتمردين وحلفائهم من إحكام سيطرتهم على اليمن."
    assert [(d.text, d.date) for d in dates(text, "2015-08-07")] == [("26 مارس (آذار)", "2015-03-26")]


def test_a_weekday_after_the_counted_day_is_not_a_week_before():
    # blind2 (Al-Sharq, dated Saturday 2015-07-25): "أول من أمس الجمعة" counts one day too many from the paper's
    # date; the Friday meant is the day before publication, not the Friday of the week before (and the other
    # days of the article are not shifted by six days either)
    text = ("أصيب مقيم يمني بشظايا قذائف هاون أطلقها متمردون حوثيون على حي القابل بنجران. وتسببت القذائف التي استهدفت "
            "المدنيين وسقطت صباح أول من أمس الجمعة في أضرار مادية بسيطة. وتعرضت قرى محافظتي الطوال والحرث جنوب "
            "جازان أمس إلى سقوط مقذوفات حوثية.")
    assert [(d.text, d.date) for d in dates(text, "2015-07-25")] == [
        ("صباح أول من أمس الجمعة", "2015-07-24"), ("أمس", "2015-07-24")]
    # a weekday that agrees, or lies before the counted day, is unchanged (SaudiNewsNet: أمس السبت fetched on Tuesday)
    assert [d.date for d in dates("وقال الوزير أمس السبت إن القوات تقدمت.", "2015-07-21")] == ["2015-07-18"]


def test_a_date_in_a_clause_opened_by_since_does_not_date_the_event():
    # blind2 (2015-08-10, SPA): the shelling is the heaviest "منذ معركة ... في فبراير الماضي": February starts the
    # comparison, it is not when the shelling happened (the report's day, told in the sentence before, is)
    text = ("اتهمت الحكومة الأوكرانية الانفصاليين بشن هجوم واسع اليوم. واصفاً قصف الانفصاليين في الساعات الأربع "
            "والعشرين الأخيرة بأنه الأعنف منذ معركة السيطرة على بلدة ديبالتسيف في فبراير الماضي.")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-08-10")))
    i = text.index("واصفاً")
    assert resolve_event_date(doc, i, len(text))[:2] == ("2015-08-10", "day")
    # a day of the last week after منذ is still the start of what goes on (مواجهات منذ أمس الاثنين)
    text = "وتتواصل المواجهات في المدينة منذ أمس الاثنين بين الطرفين."
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-08-11")))
    assert resolve_event_date(doc, 0, len(text)) == ("2015-08-10", "day", False)


def test_a_deed_with_no_day_of_its_own_takes_the_day_the_lead_says_it_happened():
    # blind3 (2015-07-21, Reuters): the lead dates the army's statement (امس السبت) and the strikes (يوم الجمعة); a
    # later sentence about the strikes takes Friday; a statement keeps the lead's first day
    text = ("قال الجيش الأمريكي يوم امس السبت إن الولايات المتحدة وحلفاءها قصفوا أهدافا تابعة لتنظيم الدولة "
            "الإسلامية في العراق في 23 غارة جوية يوم الجمعة بالقرب من تلعفر والرمادي. وقال الكولونيل واين موروتو "
            "مسؤول الشؤون العامة في بيان إن التحالف يقصف أهداف داعش بلا هوادة. ووفقا لبيان الجيش فإن نحو عشر غارات "
            "نفذت بالقرب من تلعفر حيث دمرت مبنى تابعا لتنظيم الدولة الإسلامية.")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-07-21")))
    i = text.index("ووفقا")
    assert resolve_event_date(doc, i, len(text), deed=True) == ("2015-07-17", "day", True)
    assert resolve_event_date(doc, i, len(text)) == ("2015-07-18", "day", True)


def test_a_deed_takes_the_day_a_verb_of_happening_leads_to_not_the_statement_day_in_its_mention():
    # train (2015-08-07): the preachers condemned the bombing today; the bombing "الذي حدث ... يوم أمس" is of
    # yesterday. A deed's mention holding both days takes yesterday; a statement keeps its own day
    text = ("ندد خطباء الجوامع والمساجد بمحافظة أملج ، اليوم بالتفجير الإجرامي الذي حدث في مسجد قوات الطوارئ الخاصة "
            "بمنطقة عسير يوم أمس ، واستهدف رجال الأمن.")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-08-07")))
    i, j = text.index("اليوم"), text.index("يوم أمس") + len("يوم أمس")
    assert resolve_event_date(doc, i, j, deed=True) == ("2015-08-06", "day", False)
    assert resolve_event_date(doc, i, j) == ("2015-08-07", "day", False)


def test_a_deed_reported_on_a_statement_day_takes_the_earlier_day_the_next_sentence_states():
    # train (2015-07-25): the army said yesterday (Friday) that a strike killed a leader; the next sentence dates the
    # strike itself, 11 July. A statement keeps the day it was made; a next sentence that sets its story back (وكان
    # ... قد) dates no deed of the statement
    lead = "قال الجيش الأمريكي أمس الجمعة إن غارة جوية أمريكية في أفغانستان قتلت قياديا ميدانيا كبيرا بتنظيم القاعدة."
    text = lead + " وذكر أن الغارة استهدفت أبو خليل السوداني وأنه قتل في ضربة وقعت في 11 يوليو في منطقة برمال."
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-07-25")))
    assert resolve_event_date(doc, 0, len(lead), deed=True) == ("2015-07-11", "day", False)
    assert resolve_event_date(doc, 0, len(lead)) == ("2015-07-24", "day", False)
    text = lead + " وكان الجيش قد شن غارة أخرى في 11 يوليو في منطقة برمال."
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-07-25")))
    assert resolve_event_date(doc, 0, len(lead), deed=True) == ("2015-07-24", "day", False)


def test_the_arrest_told_with_the_day_of_its_announcement_takes_its_own_day():
    # blind2 (2015-07-25): the police announced yesterday (Friday) an arrest the next sentence dates 14 July
    from marsad.api import extract_text

    text = ("أعلنت الشرطة الكورية الجنوبية امس الجمعة انها اعتقلت رجلاً (33 عامًا) هدد بقتل السفير الأمريكي لدى سيول "
            "مارك ليبرت. واعتقل الرجل في 14 يوليو بعد بلاغ من السفارة الأمريكية في سيول.")
    doc = extract_text(text, published="2015-07-25")
    arrests = [e for e in doc.events if e.type == "COERCE"]
    assert arrests and all(e.date == "2015-07-14" for e in arrests)


def test_a_deed_reported_yesterday_takes_the_day_before_that_the_next_sentence_states():
    # blind2 (2015-08-11): an army commander said yesterday (Monday) that two soldiers were killed; the next
    # sentence dates the ambush the day before (أول أمس الأحد). The verb أعلن stands six words before أمس, but أن
    # right after the day makes it the statement's. A statement keeps its own day
    lead = "أعلن قائد للجيش في جنوب الفلبين أمس الاثنين أن جنديين اثنين قتلا في هجوم لجماعة أبو سياف جنوبي الفلبين."
    text = lead + (" وقال البريجادير جنرال ألان أروجادو إن الجماعة المرتبطة بتنظيم القاعدة نصبت كمينا للضحيتين أول أمس"
                   " الأحد على طريق سريع ناء في بلدة باتيكول في جزيرة جولو.")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-08-11")))
    assert resolve_event_date(doc, 0, len(lead), deed=True) == ("2015-08-09", "day", False)
    assert resolve_event_date(doc, 0, len(lead)) == ("2015-08-10", "day", False)
    # blind2 (2015-08-03): "قال مسعفون أمس إن ... قتلوا" and "واندلع القتال أول من أمس": the fighting's day
    lead = ("قال مسعفون أمس إن خمسة أشخاص قتلوا وأصيب 12 خلال اشتباكات في شرق ليبيا بين قوات موالية للحكومة المعترف"
            " بها دوليا وجماعات مسلحة.")
    doc = dates_stage(tokenize_document(Document.from_text(
        lead + " واندلع القتال أول من أمس في بلدة أجدابيا قرب ميناء البريقة النفطي.", published="2015-08-03")))
    assert resolve_event_date(doc, 0, len(lead), deed=True) == ("2015-08-01", "day", False)


def test_a_day_after_the_deed_mention_followed_by_an_is_not_its_statement_day():
    # tuned (2015-07-22): one run-on sentence tells a rocket strike (yesterday, Tuesday) and then another story
    # ("أعلنت ... الثلاثاء أن ..."); that later day followed by أن is not the strike's statement day, and the
    # next sentence's 8 July does not date the strike
    text = ("قتل 18 شخصًا وأصيب العشرات بجروح أمس الثلاثاء في سقوط صاروخ على حي شعبي في وسط مدينة حلب، «سقط الصاروخ على"
            " حي المغاير الشعبي في حلب القديمة، ما تسبب بمقتل 18 شخصًا بينهم طفل»، من جهتها، أعلنت رئيسة اتحاد جمعيات"
            " الصحافيين الإسبان الثلاثاء أن ثلاثة من الصحافيين الإسبان فقدوا في سوريا. بدورها، قالت وزارة الدفاع"
            " الأمريكية في بيان أمس: إن الفضلي قتل في ضربة جوية قرب بلدة سرمدا في الثامن من يوليو.")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-07-22")))
    i = text.index("على حي المغاير")
    j = text.index("بينهم طفل") + len("بينهم طفل")
    assert resolve_event_date(doc, i, j, deed=True)[0] != "2015-07-08"


def test_a_deed_a_statement_reports_again_takes_the_earlier_day_the_sentence_before_states():
    # blind2 (2015-07-25): the lead tells strikes of yesterday (Friday); the next sentence reports them again in a
    # statement of this morning ("في بيان لها صباح اليوم السبت، أن ... قصفت"): Friday. A statement keeps its day
    lead = ("أعلنت المنسقية العامة لرئاسة الوزراء التركية، أن القوات المسلحة ضربت، أمس الجمعة، أهدافاً تابعة لتنظيم"
            " \"داعش\" الإرهابي شمالي سوريا.")
    text = lead + (" وأفادت المنسقية، في بيان لها صباح اليوم السبت، أن الطائرات المشاركة في الطلعات الجوية قصفت مخابئ،"
                   " ومساكن ومخازن.")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-07-25")))
    i = text.index("أن الطائرات")
    assert resolve_event_date(doc, i, len(text), deed=True) == ("2015-07-24", "day", False)
    assert resolve_event_date(doc, i, len(text)) == ("2015-07-25", "day", False)


def test_an_agreement_reported_on_a_statement_day_takes_the_day_the_next_sentence_states():
    # blind2 (2015-07-24): a paper said today (Thursday) that Turkey agreed; the next sentence dates the deal's
    # finishing touches Wednesday. An agreement is a deed of its own day, not of the report of it
    from marsad.api import extract_text

    text = ("قالت صحيفة وول ستريت جورنال اليوم الخميس نقلا عن مسؤولين في وزارة الدفاع إن تركيا وافقت على السماح للجيش"
            " الأمريكي بشن ضربات جوية ضد تنظيم الدولة الإسلامية من قاعدة جوية أمريكية في إنجرليك.\n وذكرت وسائل إعلام"
            " محلية في تركيا أنه تم وضع اللمسات النهائية على الاتفاق في ساعة متأخرة من يوم الأربعاء لكن لم يتسن لرويترز"
            " على الفور التأكد من صحة التقرير.")
    doc = extract_text(text, published="2015-07-24")
    agreed = [e for e in doc.events if e.type == "AGREE"]
    assert agreed and agreed[0].date == "2015-07-22"


def test_a_statement_is_dated_by_the_day_its_verb_of_saying_leads_to():
    # tuned (2015-07-27): the coalition announced a truce the day before yesterday (Saturday), to start at midnight
    # on Sunday: the announcement (a ceasefire declared, not a deed) is Saturday's; a deed told in such a sentence
    # still passes the statement's day by
    text = ("وكان التحالف العربي بقيادة السعودية قد أعلن أمس الأول السبت \"هدنة إنسانية\" ابتداء من منتصف ليل الأحد"
            " (الإثنين) استجابة لطلب الرئيس عبد ربه منصور هادي تتوقف خلالها الغارات بهدف تسهيل إيصال المساعدات"
            " الإنسانية إلى السكان.")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-07-27")))
    assert resolve_event_date(doc, 0, len(text)) == ("2015-07-25", "day", False)
    assert resolve_event_date(doc, 0, len(text), deed=True)[0] != "2015-07-25"


def test_an_undated_deed_takes_the_day_of_the_nearest_dated_sentence_before_not_the_lead_day():
    # blind2 (2015-07-23): a series of bombings the day before yesterday, then its incidents one by one, undated:
    # the car bomb two sentences on is of that day, not of the lead's (yesterday's) news
    text = ("وتقدمت القوات العراقية أمس في عملية تحرير مناطق واسعة شرق مدينة الرمادي.\n وقتل 30 شخصا على الأقل في سلسلة تفجيرات استهدفت مناطق"
            " مختلفة في العراق أول من أمس، بحسب ما أفادت مصادر أمنية وطبية أمس، في هجمات تبنى بعضها داعش.\n واستهدف"
            " أكثر الهجمات دموية منطقة بغداد الجديدة في شرق العاصمة، حيث قتل 19 شخصا وأصيب 43، بحسب مصدر في وزارة"
            " الداخلية. كما انفجرت سيارة مفخخة في الزعفرانية بجنوب بغداد، ما أدى إلى مقتل أربعة أشخاص وأصيب 10، بحسب"
            " المصدر نفسه.")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-07-23")))
    i = text.index("كما انفجرت")
    assert resolve_event_date(doc, i, len(text), deed=True) == ("2015-07-21", "day", True)
    # a statement goes on being of the lead's day
    assert resolve_event_date(doc, i, len(text))[0] == "2015-07-22"
    # two days told in that sentence (the deed's and one it is compared with): no guess, the lead's day
    text2 = ("شهدت مدينة مروة هجوما جديدا مساء السبت نفذته فتاة.\n وقال التلفزيون ان الهجوم الانتحاري السبت مثل تفجيري"
             " الاربعاء، نفذته فتاة انتحارية فجرت قنبلة في حانة.\n واوضح التلفزيون ان \"فتاة تبلغ من العمر نحو 12 عاما"
             " قامت بتفجير نفسها\". واضاف ان \"قوات الامن اغلقت منطقة الاعتداء الانتحاري واعتقلت عددا كبيرا من الاشخاص\".")
    doc = dates_stage(tokenize_document(Document.from_text(text2, published="2015-07-26")))
    i = text2.index("واضاف ان")
    assert resolve_event_date(doc, i, len(text2), deed=True) == ("2015-07-25", "day", True)


def test_a_statement_does_not_borrow_the_day_the_sentence_before_says_a_deed_happened():
    # tuned (2015-08-10): the attack happened on Saturday evening ("الهجوم الذي وقع مساء السبت"); the ministry's
    # condemnation in the next sentence, undated, is of the statement day the lead gives (yesterday, Sunday); the
    # attack told again there keeps Saturday
    text = ("قتل 21 شخصا على الأقل في هجوم تبنته حركة طالبان في ولاية قندوز المضطربة شمال افغانستان، بحسب ما اعلن"
            " مسؤولون يوم امس الاحد.\nواشارت وزارة الداخلية الافغانية الى ان جميع الاشخاص الذين قتلوا في الهجوم الذي وقع"
            " مساء السبت في مقاطعة خان آباد هم مدنيون.\nوقالت وزارة الداخلية في بيانها ان «الحادثة وقعت (حين) فجر انتحاري"
            " حزامه الناسف في اقليم خان آباد»، منددة بشدة بهذا «العمل الشنيع».")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-08-10")))
    i = text.index("منددة")
    assert resolve_event_date(doc, i, len(text))[0] == "2015-08-09"
    j = text.index("«الحادثة")
    assert resolve_event_date(doc, j, i, deed=True)[0] == "2015-08-08"


def test_the_night_before_last_and_a_span_of_days_in_digits():
    # blind6 (2015-07-27): "الليل قبل الماضي" is the night before last, as "الليلة قبل الماضية"
    text = ("قتل خمسة اطفال على الاقل بينهم اربعة اشقاء الليل قبل الماضي اثر سقوط قذيفة صاروخية اطلقها مقاتلو المعارضة"
            " على احد احياء مدينة حلب (شمال)، حسبما افاد الاحد المرصد السوري لحقوق الانسان.")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-07-27")))
    assert resolve_event_date(doc, 0, text.index("اثر"), deed=True) == ("2015-07-25", "day", False)
    # blind6 (2015-07-24): "بعد 3 ايام على هجوم" dates the attack three days before the strikes of yesterday
    text = ("قصفت تركيا أمس الخميس مواقع لتنظيم ا»داعش» الارهابي في سوريا ردا على مقتل احد جنودها باطلاق نار من قبل"
            " متطرفين، وذلك بعد 3 ايام على هجوم انتحاري دامٍ نسبته انقرة الى التنظيم المتطرف واستهدف ناشطين مناصرين"
            " للقضية الكردية.")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-07-24")))
    i = text.index("وذلك بعد")
    assert resolve_event_date(doc, i, len(text), deed=True)[0] == "2015-07-20"
    assert resolve_event_date(doc, 0, i, deed=True)[0] == "2015-07-23"


def test_the_day_after_counts_from_the_lead_statements_day_when_the_lead_tells_no_deed_day():
    # blind4 (2015-07-22): the government's promise "غداة هجوم انتحاري" has no day; the lead's statements are of
    # yesterday (امس), so the attack is of the day before (Monday 20 July), not of the day before publication
    text = ("وعدت الحكومة التركية بتعزيز الاجراءات الامنية غداة هجوم انتحاري نسب الى تنظيم داعش وضرب مدينة سوروتش"
            " بالقرب من الحدود السورية، ما اودى بحياة 32 شخصا على الاقل. واعلن رئيس الوزراء التركي احمد داود اوغلو"
            " امس ان الشرطة التركية تعرفت على هوية مشتبه به مرتبط بالهجوم الانتحاري الذي قال ان حصيلة ضحاياه ارتفعت"
            " الى 32 قتيلا.")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-07-22")))
    i = text.index("غداة")
    assert resolve_event_date(doc, i, text.index("، ما"), deed=True)[0] == "2015-07-20"


def test_the_night_before_told_in_a_statement_dated_before_publication_counts_from_the_statement():
    # blind (2015-08-10, a Monday): officials spoke on Sunday of an attack "الليلة الماضية": the night before Sunday
    text = ("قال مسؤولون ومصادر أمنية الأحد: إن مقاتلي حزب العمال الكردستاني هاجموا موقعًا أماميًا للجيش التركي وسيارة"
            " للشرطة الليلة الماضية في جنوب شرق تركيا، ما أدى الى مقتل شرطي.")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-08-10")))
    assert [(d.text, d.date) for d in doc.dates] == [("الأحد", "2015-08-09"), ("الليلة الماضية", "2015-08-08")]
    assert resolve_event_date(doc, text.index("هاجموا"), text.index("، ما"), deed=True)[0] == "2015-08-08"
    # train (2015-07-22): أول من أمس in what an official said yesterday is still counted from publication
    text = ("ذكر مسؤول كردي أمس أن أكثر من 33 مسلحا من مسلحي «داعش» قتلوا وأصيب العشرات منهم في أول عملية انتحارية"
            " نفذها أحد مسلحي التنظيم «الأجانب» ضد المسلحين التركمان التلعفريين في قضاء بعاج أول من أمس.")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-07-22")))
    assert [d.date for d in doc.dates] == ["2015-07-21", "2015-07-20"]
    # blind6 (2015-07-22): the statement dated two sentences before ("أفادت مصادر أمنية عراقية أمس الثلاثاء") leaves
    # the night counted from publication (the gold dates it the statement's day)
    text = ("أفادت مصادر أمنية عراقية أمس الثلاثاء بمقتل 24 مدنيا وإصابة 37 آخرين في مدينة بعقوبة شمال شرقي بغداد."
            "/وقالت المصادر لوكالة الأنباء الألمانية إن عبوة ناسفة انفجرت امس في حي اليرموك الثانية غربي بعقوبة ما"
            " أدى إلى مقتل ستة مدنيين وإصابة 11 آخرين . وأشارت إلى مقتل 18 مدنيا وإصابة 26 آخرين وتدمير 13 منزلا"
            " وإحراق ثماني سيارات جراء سقوط أكثر من 10 قذائف هاون الليلة الماضية على منازل في ناحية هبهب.")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-07-22")))
    assert [d.date for d in doc.dates] == ["2015-07-21", "2015-07-21", "2015-07-21"]


def test_a_day_of_the_month_written_with_the_article():
    # blind7 (2015-07-23): "في الـ8 من يوليو الجاري" is July 8 (the day with ال and a tatweel), not the month
    text = ("وقال جيف ديفيس أحد المتحدثين باسم البنتاجون في بيان، إن محسن فاضل إياد عاشور الفضلي، قتل في الـ8 من"
            " يوليو الجاري، خلال تنقله بسيارة بالقرب من سرمدا بشمال غرب سورية.")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-07-23")))
    assert [(d.text, d.date, d.precision) for d in doc.dates] == [("الـ8 من يوليو الجاري", "2015-07-08", "day")]
    # snn3000: spaced, with شهر: "في ال 30 من شهر يوليو الجاري"; not an age: "فتاة في نحو الـ12 من العمر"
    text = "لمواجهته ودياً في ال 30 من شهر يوليو الجاري، أسفر هجوم جديد نفذته فتاة في نحو الـ12 من العمر"
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-07-21")))
    assert [(d.text, d.date) for d in doc.dates] == [("ال 30 من شهر يوليو الجاري", "2015-07-30")]


def test_a_sentence_turning_to_another_story_borrows_no_day_from_the_sentence_before():
    # blind7 (2015-07-21, a Tuesday): "وعلى صعيد آخر" opens another story; the ambush in Ibb is not dated by the
    # Monday of the fall of Aden told just before (the gold dates it that day, from "فجر اليوم" further on)
    text = ("رست اول سفينة تنقل مساعدات إنسانية تابعة للأمم المتحدة، اليوم (الثلاثاء)، في مرفأ عدن."
            " ويذكر أن المقاومة الشعبية انتزعت يوم أمس (الإثنين) آخر حصون ميليشيات المتمردين الحوثيين في مدينة عدن."
            " وعلى صعيد آخر، أكدت المقاومة الشعبية في اليمن، سقوط قتلى وجرحى في صفوف عناصر الميليشيا الحوثية في"
            " كمين للمقاومة بمحافظة إب وسط البلاد.")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-07-21")))
    start = text.index("أكدت المقاومة")
    assert resolve_event_date(doc, start, len(text), deed=True)[0] == "2015-07-21"
    # the same sentence without the turn borrows the Monday of the sentence before
    plain = text.replace("وعلى صعيد آخر، أكدت", "وأكدت")
    doc = dates_stage(tokenize_document(Document.from_text(plain, published="2015-07-21")))
    start = plain.index("وأكدت المقاومة")
    assert resolve_event_date(doc, start, len(plain), deed=True)[0] == "2015-07-20"


def test_a_month_named_in_both_calendars_with_a_slash_takes_the_word_after_it():
    # (blind8) "في سبتمبر/أيلول الماضي": the second name of the pair left no space for الماضي, and the month was
    # dropped (read as no date at all, the strike dated by the day of publication); with brackets it was read
    doc = dates_stage(_doc("واستهدفت غارة أمريكية أحد المعسكرات التابعة لتنظيم خراسان في سبتمبر/أيلول الماضي، في أول "
                           "ليلة بدأ فيها الجيش الأمريكي بشن غارات جوية على مدى عام في سوريا.", published="2015-07-23"))
    [d] = [d for d in doc.dates if "سبتمبر" in d.text]
    assert (d.text, d.date, d.precision) == ("سبتمبر/أيلول الماضي", "2014-09-01", "month")


def test_a_month_named_bare_after_fi_is_a_month_for_the_history_check_only():
    # (blind) "وفي نوفمبر (تشرين الثاني)، قتل 55 شخصا" in a story of 27 July 2015: November of the year before, not a
    # date of find_dates (an event keeps its own date); a month joined to a year after it is part of that date
    # ("في أيلول - سبتمبر 2013"، "في مايو من العام الماضي"), and one with الماضي, a day or شهر is a date already
    from marsad.dates import bare_months

    doc = dates_stage(_doc("وفي نوفمبر (تشرين الثاني)، قتل 55 شخصا في هجوم وقع في واغا بالبنجاب الباكستانية، أبرز مركز "
                           "على الحدود الهندية-الباكستانية.", published="2015-07-27"))
    assert not any("نوفمبر" in d.text for d in doc.dates)
    assert [(d.text, d.date, d.precision) for d in bare_months(doc)] == [
        ("نوفمبر (تشرين الثاني)", "2014-11-01", "month")]
    # (blind4) two bare months in one sentence, of the same year
    doc = dates_stage(_doc('وتبنت جماعة متشددة تطلق على نفسها اسم "انصار (داعش) في بيت المقدس" في مايو اطلاق قذيفتي هاون '
                           "على موقع للتدريب تابع لكتائب القسام جنوب قطاع غزة، ثم في يونيو ضد سيارة احد كوادر جهاز الامن "
                           "التابع لحماس.", published="2015-07-22"))
    assert [(d.text, d.date) for d in bare_months(doc)] == [("مايو", "2015-05-01"), ("يونيو", "2015-06-01")]
    for text in ("كما دمر زلزال المدينة في أيلول - سبتمبر 2013 وقتل العشرات", "وقتل في مايو من العام الماضي",
                 "وقتل في 17 مايو الماضي", "وكان رئيس الحركة ونائبه قد اعتقلا في شهر نوفمبر من العام الماضي",
                 "وقرر استئنافها بعد هجوم نفذته الحركة المتمردة في مارس"):
        assert bare_months(dates_stage(_doc(text, published="2015-07-22"))) == [], text


def test_a_verb_of_happening_dates_the_event_only_when_it_tells_the_events_own_word():
    # (blind8, 23 July 2015) Twitter blocked "أمس الأربعاء" to stop pictures of "تفجير انتحاري وقع قبل يومين": the
    # day the verb of happening leads to is the bombing's, told long after the blocking's word, not the blocking's
    text = ("كما قال مسؤول حكومي كبير إن عدداً من مقدمي خدمة الإنترنت في تركيا حجبوا الدخول لموقع تويتر أمس الأربعاء "
            "امتثالاً لقرار محكمة محلية بمنع توزيع صور تفجير انتحاري وقع قبل يومين.")
    doc = dates_stage(_doc(text, published="2015-07-23"))
    start = text.index("حجبوا")
    assert resolve_event_date(doc, 0, len(text), deed=True, trigger=start)[0] == "2015-07-22"
    # the bombing's own word, right before its verb of happening, is dated by it (the day before yesterday: 21 July)
    start = text.index("تفجير انتحاري")
    assert resolve_event_date(doc, 0, len(text), deed=True, trigger=start)[0] == "2015-07-21"


def test_the_night_told_by_officials_whose_statement_the_paragraph_before_dates_is_the_statements_eve():
    # blind6 / SaudiNewsNet (2015-07-24, a Friday): officials spoke "أمس الخميس"; the next paragraph, still theirs
    # ("وقال المسؤولون ... وأشاروا إلى"), tells of bombs "الليلة الماضية": the night before Thursday (the gold: 22 July)
    text = ("من جهتهم أعلن مسؤولون أمنيون عراقيون وأكراد أمس الخميس مقتل 11 من عناصر تنظيم داعش و10 مدنيين وإصابة 17"
            " آخرين في موجة عنف جديدة شهدتها مناطق تابعة لمدينة بعقوبة مركز محافظة ديالى57 كم شمال شرقي بغداد.\n"
            " وقال المسؤولون: إن قوة أمنية تابعة لقوات البيشمركة الكردية شنت عملية عسكرية على قرى الكصيبة التابعة"
            " لأطراف ناحية قرة تبة ومنطقة جبال حمرين شمال شرقي بعقوبة تمكنت خلالها من قتل 11 مسلحًا من تنظيم داعش"
            " بينهم القيادي أبو حارث القادري وهو عربي يحمل الجنسية البريطانية، وأشاروا إلى مقتل 10 مدنيين وإصابة 17"
            " آخرين في انفجار عبوتين ناسفتين الليلة الماضية في قضاء بلدروز والمقدادية في بعقوبة.")
    doc = dates_stage(tokenize_document(Document.from_text(text, published="2015-07-24")))
    assert [(d.text, d.date) for d in doc.dates] == [("أمس الخميس", "2015-07-23"), ("الليلة الماضية", "2015-07-22")]
    bomb = text.index("انفجار عبوتين")
    assert resolve_event_date(doc, bomb, bomb + len("انفجار عبوتين ناسفتين"), deed=True)[0] == "2015-07-22"
    # the operation told before ", وأشاروا إلى" is not dated by the night that verb of saying leads to: it borrows
    # the statement's Thursday from the sentence before (the gold: 23 July)
    op = text.index("شنت عملية")
    assert resolve_event_date(doc, op, text.index("، وأشاروا"), deed=True)[0] == "2015-07-23"


def test_a_day_of_the_month_told_as_a_period_is_that_day():
    # blind9 (published 2015-08-07): "في 24 من الشهر الماضي" is 24 July; SaudiNewsNet: "يوم 20 من الشهر الماضي",
    # "في الـ 12 من الشهر الجاري" (the current month; a day after publication is no event's day, but still that day)
    text = ("وأصبحت الهجمات شبه يومية منذ بدأت أنقرة ضربات جوية على معسكرات حزب العمال الكردستاني شمال العراق في 24 "
            "من الشهر الماضي.")
    doc = dates_stage(_doc(text, published="2015-08-07"))
    assert [(d.text, d.date, d.precision) for d in doc.dates] == [("24 من الشهر الماضي", "2015-07-24", "day")]
    text = "وكان مجلس الأمن الدولي قد صوت يوم 20 من الشهر الماضي على القرار رقم (2231)."
    doc = dates_stage(_doc(text, published="2015-08-07"))
    assert [(d.text, d.date) for d in doc.dates] == [("20 من الشهر الماضي", "2015-07-20")]
    text = "وتستمر فعالياته حتى الـ 12 من الشهر الجاري."
    doc = dates_stage(_doc(text, published="2015-08-07"))
    assert [(d.text, d.date) for d in doc.dates] == [("الـ 12 من الشهر الجاري", "2015-08-12")]
    # the month alone is still a month
    doc = dates_stage(_doc("وتصاعدت الهجمات خلال الشهر الماضي.", published="2015-08-07"))
    assert [(d.date, d.precision) for d in doc.dates] == [("2015-07-01", "month")]


def test_the_event_inside_a_since_clause_takes_the_day_that_ends_the_clause():
    # blind2 (published 2015-08-03): the attacks rose "منذ أن بدأت أنقرة حملة ضربات جوية ... في 24 يوليو تموز": the
    # gold dates the air strikes 24 July; the attacks of the main clause are not dated by that start of a period
    text = ("وزادت وتيرة هجمات مقاتلي حزب العمال الكردستاني في جنوب شرق تركيا منذ منتصف يوليو تموز وتصاعدت أكثر منذ "
            "أن بدأت أنقرة حملة ضربات جوية على معسكرات الحزب في شمال العراق في 24 يوليو تموز.")
    doc = dates_stage(_doc(text, published="2015-08-03"))
    strikes = text.index("ضربات جوية")
    assert resolve_event_date(doc, 0, len(text), deed=True, trigger=strikes)[0] == "2015-07-24"
    attacks = text.index("هجمات")
    assert resolve_event_date(doc, 0, len(text), deed=True, trigger=attacks)[0] != "2015-07-24"


def test_a_count_of_days_before_something_named_is_not_counted_from_publication():
    # blind (published 2015-07-22): "أدت إلى كشفها قبل يومين من التنفيذ": two days before the plot, not 20 July
    text = "إن خيانة من بين المخططين للعملية أدت إلى كشفها قبل يومين من التنفيذ، ما أدى إلى اعتقال المخططين."
    doc = dates_stage(_doc(text, published="2015-07-22"))
    assert doc.dates == [] or all(d.date != "2015-07-20" for d in doc.dates)
    doc = dates_stage(_doc("فجر انتحاري نفسه قبل يومين في سوق المدينة.", published="2015-07-22"))
    assert [d.date for d in doc.dates] == ["2015-07-20"]


def test_an_event_kept_though_dated_years_back_by_a_date_not_its_own_is_dated_as_news():
    # (pl21) SaudiNewsNet (Okaz, 2015-07-21): the strikes of yesterday on Sanaa's arms depots; "عام 2011م" dates the
    # officer's past ("أحد الضالعين بتسليم عدن لتنظيم القاعدة عام 2011م"), not the strikes, which the day of the
    # sentence before dates (2015-07-20)
    from marsad.api import extract_text

    text = ("في غضون ذلك، دكت مقاتلات التحالف العربي مواقع استراتيجية عسكرية للعناصر الانقلابية بالعاصمة اليمنية صنعاء "
            "والضالع وإب وتعز أمس.\nوقال شهود عيان لـ«عكاظ» إن قرابة ستة صواريخ استهدفت مخازن السلاح الثقيل في معسكر "
            "الحفاء شرق صنعاء أدت لتدميرها بالكامل، وإحدى الشاحنات التي كانت محملة بالأسلحة وتقف أمام المعسكر، فيما "
            "دمرت مخازن أسلحة بعد متابعة عملية نقلها إلى منزل القيادي العسكري التابع للرئيس السابق وأحد الضالعين بتسليم "
            "عدن لتنظيم القاعدة عام 2011م اللواء مهدي مقولة حيث كان المنزل الواقع في مديرية سنحان يستخدم لتخزين السلاح "
            "وقد أحدث انفجارا قويا وظل يحترق لبضع ساعات، كما استهدف معسكر ضبوة وريمة حميد التابع لحرس الرئيس المخلوع.\n"
            "وأشارت المصادر إلى أن التحالف استهدف موقعا لتعزيزات حوثية في منطقة تقع بين الضالع وإب، حيث كانت تعزيزات قد "
            "وصلت أمس الأول متوجهة إلى عدن، كما استهدف القصف مواقع للحوثيين في سناح والملعب الرياضي.")
    doc = extract_text(text, published="2015-07-21")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and all(e.date is not None and e.date >= "2015-07-01" for e in attacks)
    assert any("history-date-skipped" in e.flags and e.date == "2015-07-20" for e in attacks)


def test_the_date_matches_kept_for_the_last_text_are_not_those_of_another_article():
    # _kind_matches keeps the last text's matches (the events stage asks again for the text the dates stage read):
    # an article read after another gets its own months, and the first one read again its own (blind, blind4)
    from marsad.dates import bare_months

    first = dates_stage(_doc("وفي نوفمبر (تشرين الثاني)، قتل 55 شخصا في هجوم وقع في واغا بالبنجاب الباكستانية.",
                             published="2015-07-27"))
    second = dates_stage(_doc("وتبنت جماعة متشددة في مايو اطلاق قذيفتي هاون على موقع للتدريب جنوب قطاع غزة.",
                              published="2015-07-22"))
    assert [(d.text, d.date) for d in bare_months(second)] == [("مايو", "2015-05-01")]
    assert [(d.text, d.date) for d in bare_months(first)] == [("نوفمبر (تشرين الثاني)", "2014-11-01")]
    assert [(d.text, d.date) for d in bare_months(second)] == [("مايو", "2015-05-01")]


def test_a_day_set_off_by_a_comma_after_a_verb_of_claiming_is_the_statements():
    # (pd22) blind9 (published Sunday 2015-08-09): "أعلنت السعودية، أمس، عن هوية الانتحاري الذي نفذ تفجيرا ... الخميس
    # الماضي": أمس, between commas after the verb and its subject, dates the announcement; the bombing is Thursday's
    from marsad.api import extract_text
    from marsad.dates import _claim_date

    text = ("أعلنت السعودية، أمس، عن هوية الانتحاري الذي نفذ تفجيرا في مسجد داخل مقر قوات الطوارئ الخاصة في مدينة "
            "أبها، جنوب غربي المملكة، الخميس الماضي.")
    assert _claim_date(text, text.index("أمس"))
    doc = extract_text(text, published="2015-08-09")
    assert [e.date for e in doc.events if e.type == "ASSAULT"] == ["2015-08-06"]
    # not past a reported clause: the day is then the deed's
    said = "قال المرصد إن خمسة مسلحين قتلوا، أمس، في حلب."
    assert not _claim_date(said, said.index("أمس"))


def test_a_statement_that_only_borrowed_a_date_of_history_is_dated_as_news():
    # (pd22) blind10 (2015-08-06): "... على حدود الرابع من يونيو 1967" then "وقال: نحن نطالب الأطراف التي لديها القدرة
    # على إقناع حماس بذلك": the request is Abbas's, made at the meeting the lead dates (Wednesday), not in 1967
    from marsad.api import extract_text

    text = ("قرر وزراء خارجية الدول العربية الاعضاء في \"لجنة مبادرة السلام العربية\" خلال اجتماع في مقر الجامعة العربية "
            "بالقاهرة الاربعاء حضره الرئيس الفلسطيني محمود عباس مطالبة مجلس الامن الدولي بتوفير \"حماية دولية\" "
            "للفلسطينيين من \"الجرائم الارهابية\" التي يرتكبها بحقهم مستوطنون يهود.\n"
            "وأكد أنه على الحكومة الإسرائيلية أن تعترف بجرائمها، وهي ترفض الآن وقف الاستيطان أو الإفراج عن الدفعة الرابعة "
            "من الأسرى الفلسطينيين.\nوأشار إلى أنه منذ القمة العربية الأخيرة في شرم الشيخ، حدثت تطورات بخصوص عملية "
            "السلام، وكان هناك قرار من المجلس المركزي لمنظمة التحرير الفلسطينية يدعو إلى تحديد العلاقة مع إسرائيل \" إذا "
            "استمرت في التنكر للاتفاقيات الموقعة وأصرت على مبدأ تدمير الدولة الفلسطينية على حدود الرابع من يونيو 1967، "
            "فإنه يتسنى لفلسطين إعادة النظر مع إسرائيل في كافة الأشياء\".\nوفيما يتعلق بالمصالحة الفلسطينية، أبدى الرئيس "
            "الفلسطيني محمود عباس استعداده للتعامل مع أي وساطة مع حركة حماس لتشكيل حكومة وحدة وطنية تشارك فيها الحركة "
            "ثم إجراء الانتخابات التشريعية والرئاسية، وقال: نحن نطالب الأطراف التي لديها القدرة على إقناع حماس بذلك.")
    doc = extract_text(text, published="2015-08-06")
    asks = [e for e in doc.events if e.type == "REQUEST" and any("نطالب" in m.text for m in e.mentions)]
    assert asks and all(e.date == "2015-08-05" for e in asks)


def test_a_statement_is_not_dated_by_a_day_weeks_old_its_own_clause_does_not_state():
    # (pd22) blind11 (2015-08-11): the cabinet "رحب المجلس بالبيان المشترك الصادر عقب اجتماع وزراء خارجية دول مجلس
    # التعاون ...، في رسم الخطوات المقبلة ... التي أعلن عنها في قمة كامب ديفيد في 14 مايو 2015": the welcome is the
    # session's (أمس), not the summit's day, told later in its sentence
    from marsad.api import extract_text

    text = ("وأوضح وزير الثقافة والإعلام الدكتور عادل الطريفي، عقب جلسة مجلس الوزراء أمس، أن المجلس أعرب عن شكر المملكة "
            "وتقديرها لما عبرت عنه الدول الشقيقة والصديقة من إدانة واستنكار لهذا الحادث.\n"
            " رحب المجلس بالبيان المشترك الصادر عقب اجتماع وزراء خارجية دول مجلس التعاون وأمين المجلس مع وزير الخارجية "
            "الأميركي، في رسم الخطوات المقبلة بشأن الشراكة الاستراتيجية بين الجانبين ومجالات التعاون التي أعلن عنها في "
            "قمة كامب ديفيد في 14 مايو 2015، كما رحب بالبيان الصادر عن لجنة مبادرة السلام العربية في اجتماعها الطارئ "
            "بالقاهرة.")
    doc = extract_text(text, published="2015-08-11")
    welcomes = [e for e in doc.events if e.type == "SUPPORT" and any("رحب المجلس" in m.text for m in e.mentions)]
    assert welcomes and all(e.date == "2015-08-10" for e in welcomes)
