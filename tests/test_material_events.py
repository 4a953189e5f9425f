"""Material events (ASSAULT, COERCE, MOBILIZE, RETREAT, AID, SANCTION, PROTEST) on real Arabic sentences of the
read sets: the triggers that tell them and the filters that drop non-events."""
import pytest

from marsad.api import extract_text


def _events(doc, typ):
    return [e for e in doc.events if e.type == typ]


@pytest.mark.parametrize("text, published, actor", [
    # (mt23) security measures tightened: a deployment (blind7, blind8, blind10, blind12)
    ("كما شددت الهند إجراءات الأمن على حدودها مع باكستان اليوم الاثنين (27 يوليو تموز).", "2015-07-27", "الهند"),
    ("عززت كوريا الجنوبية إجراءاتها الأمنية على الحدود مع جارتها الشمالية.", "2015-08-10", "كوريا الجنوبية"),
    ("وقالت الشرطة إنه تم تعزيز اجراءات الأمن في مختلف أنحاء البلاد للحيلولة دون وقوع «أي حوادث غير مناسبة».",
     "2015-08-10", "الشرطة"),
    ("وقال المتحدث العسكري، إن القوات المسلحة عززت من إجراءاتها بمنطقة شرق قناة السويس.", "2015-08-06",
     "القوات المسلحة"),
])
def test_security_measures_tightened_are_a_mobilization(text, published, actor):
    (ev,) = _events(extract_text(text, published=published), "MOBILIZE")
    assert [a.text for a in ev.actors] == [actor]


@pytest.mark.parametrize("text", [
    # ... not promised (blind4, blind10, blind12), nor a minister stressing them
    "وعدت الحكومة التركية بتعزيز الإجراءات الأمنية غداة هجوم انتحاري نسب إلى تنظيم داعش.",
    "وشدد الوزير على أهمية الإجراءات الأمنية في المطارات.",
])
def test_security_measures_promised_or_stressed_are_no_mobilization(text):
    assert not _events(extract_text(text, published="2015-07-21"), "MOBILIZE")


def test_fighters_captured_in_a_sentence_telling_a_killing_are_part_of_the_attack():
    # (mt23) "أسرت 70 متمردا وقتلت 10 آخرين": the capture is the fight's, no arrest of its own (blind9, blind11, blind12)
    doc = extract_text("كما كشف اللواء فضل حسن أن القوات الحكومية والمقاومة أسرت 70 متمردا وقتلت 10 آخرين في المواجهات.",
                       published="2015-08-05")
    assert _events(doc, "ASSAULT") and not _events(doc, "COERCE")
    doc = extract_text("مضيفًا أن «المسلحين أسروا ثمانية من الركاب وقتلوهم بإطلاق النار على رؤوسهم».",
                       published="2015-08-09")
    assert _events(doc, "ASSAULT") and not _events(doc, "COERCE")
    # ... a capture told alone is one (blind)
    doc = extract_text("أفادت مصادر قبلية يمنية امس بأن المقاومة الشعبية أسرت 40 من مسلحي جماعة الحوثي في محافظة أبين.",
                       published="2015-08-09")
    assert _events(doc, "COERCE")


@pytest.mark.parametrize("text", [
    # (mt23) a storming by a suicide bomber, militants or a fighting side is an attack (blind6, blind7, blind12)
    "وأفاد الجيش التركي بأن انتحاريًا اقتحم بجرار مفخخ بالمتفجرات مركزًا للدرك في شرق البلاد.",
    "قالت الشرطة الهندية إن العملية الأمنية ضد مسلحين اقتحموا مركزا للشرطة اليوم الاثنين في ولاية البنجاب انتهت.",
    "وتمكنت المقاومة الشعبية من اقتحام موقع تبة مسعود الاستراتيجي في جبل صبر المطل على مدينة تعز.",
])
def test_a_storming_by_attackers_is_an_assault(text):
    doc = extract_text(text, published="2015-08-03")
    assert _events(doc, "ASSAULT") and not _events(doc, "COERCE")


def test_a_storming_by_an_army_to_make_arrests_is_a_raid():
    # ... an army storming homes to arrest raids them (blind6)
    doc = extract_text("وأضاف المصدر أن الجيش الإسرائيلي اقتحم عدة منازل في القرية من أجل إجراء اعتقالات.",
                       published="2015-08-03")
    assert _events(doc, "COERCE") and not _events(doc, "ASSAULT")


def test_car_bombs_destroyed_are_an_attack():
    # (mt23) "تدمير خمس عجلات مفخخة": vehicles (عجلات, Iraqi usage) destroyed (blind12)
    doc = extract_text("وقال مصدر في قوات البيشمركة إن «قوات البيشمركة تمكنت من تدمير خمس عجلات مفخخة تعود لتنظيم داعش».",
                       published="2015-08-11")
    assert _events(doc, "ASSAULT")


def test_poultry_culled_is_no_attack():
    # (mt23) "أعدمت نحو عشرة الاف دجاجة": bird flu, no execution (blind12)
    doc = extract_text("أعلنت وزارة الزراعة في ولاية ساكسونيا السفلى الألمانية اليوم الاثنين ان السلطات أعدمت نحو عشرة "
                       "الاف دجاجة بعد اكتشاف اصابة مؤكدة بانفلونزا الطيور.", published="2015-08-10")
    assert not _events(doc, "ASSAULT")


@pytest.mark.parametrize("text, published", [
    # (mt23) the deed is the object of a denial (blind9, blind12): not told as done
    ("نفت وزارة الدفاع الأمريكية خطف جبهة النصرة في سوريا لمقاتلين شاركوا في برنامجها لتدريب المعارضة.", "2015-08-01"),
    ("نفى باحث فى مجال الحياة البرية مقتل أسد قالت مجموعة مهام خاصة بالمحافظة على الطبيعة في زيمبابوي إنه جيريكو.",
     "2015-08-02"),
])
def test_a_deed_denied_is_no_event(text, published):
    assert not _events(extract_text(text, published=published), "ASSAULT")


def test_a_storming_followed_by_the_abduction_it_led_to_is_that_abduction():
    # "اقتحم مسلحون ... وخطفوا": one attack, whom it abducted its targets (seed test of the abduction)
    doc = extract_text("كما اقتحم مسلحون الاسبوع الماضي مهبطا للطائرات في وسط الصومال وخطفوا أربعة أوروبيين يعملون "
                       "في مجال المساعدات وطيارين كينيين اثنين.", published="2008-03-10")
    (ev,) = _events(doc, "ASSAULT")
    assert ev.mode == "abduct"


@pytest.mark.parametrize("text", [
    # (mt23) "استغلت جماعة الحوثي الهدنة"، "بعد سريان الهدنة"، "أيام الهدنة": the truce named as known is no new one
    # (blind2, blind4, blind10, blind12)
    "وفي محافظة شبوة استغلت جماعة الحوثي الهدنة وأخرجت بعض التعزيزات من مدينة عتق.",
    "ويأتي ذلك في آخر يوم من أيام الهدنة الإنسانية المعلنة من طرف واحد دون نتائج إيجابية.",
])
def test_the_truce_named_as_known_is_no_retreat(text):
    assert not _events(extract_text(text, published="2015-07-30"), "RETREAT")


def test_a_truce_declared_is_a_retreat():
    # ... declared, it is one (blind2)
    doc = extract_text("واعلن التحالف العربي بقيادة المملكة السبت الهدنة استجابة لطلب الرئيس عبدربه منصور هادي.",
                       published="2015-07-26")
    assert _events(doc, "RETREAT")


def test_an_attack_dated_years_back_after_wa_fi_is_background():
    # (mt23) "وفي 2012 وقع هجوم مماثل": وفي (and in) before an old year dates the attack told as history (blind12)
    # ... and so are the shooting told of "that day" (يومها) and the toll it resulted in (مما اسفر عن مقتل)
    doc = extract_text("وفي 2012 وقع هجوم مماثل ولكن حصيلته كانت اكبر بكثير اذ اطلق يومها مسلح النار على متفرجين في "
                       "سينما بمدينة اورورا اثناء مشاهدتهم فيلم \"باتمان\" مما اسفر عن مقتل 12 شخصا واصابة 70 آخرين بجروح.",
                       published="2015-07-24")
    assert not _events(doc, "ASSAULT")


def test_attacks_an_inquiry_is_to_attribute_are_its_topic():
    # (mt23) "لتحديد المسؤولين عن هجمات"، "لجنة تحقيق في الهجمات" (blind4, blind10, blind11, blind12)
    for text in ("وينص القرار على تشكيل لجنة خبراء سيكلفون بتحديد هوية المسؤولين عن هجمات كيمياوية بغاز الكلور وقعت "
                 "أخيرًا في سوريا.",
                 "تبنى مجلس الأمن بالإجماع أمس قرارًا يحمل رقم 2235 بتشكيل لجنة تحقيق في الهجمات الكيمياوية في سوريا."):
        assert not _events(extract_text(text, published="2015-08-08"), "ASSAULT")
    # ... a claim of responsibility for an attack tells it
    doc = extract_text("وأعلن تنظيم داعش مسؤوليته عن الهجوم الذي استهدف مسجدا في أبها أمس.", published="2015-08-07")
    assert _events(doc, "ASSAULT")


@pytest.mark.parametrize("text, published, actor", [
    # (mt23) a ban decided or imposed is a restriction, COERCE (tuned, train, blind2, blind11, blind12)
    ("وقررت السلطات الكاميرونية توسيع منع ارتداء النقاب إلى مناطق الشمال والساحل، لتدارك خطر الاعتداءات في البلاد.",
     "2015-07-23", "السلطات الكاميرونية"),
    ("منع تنظيم الدولة الاسلامية مزودي الانترنت في الرقة من توزيع الاشتراكات على سكان المدينة.", "2015-07-21",
     "تنظيم الدولة الاسلامية"),
    ("وكان تنظيم داعش منع في يوليو مزودي الانترنت في الرقة من توزيع الاشتراكات على سكان المدينة.", "2015-08-03",
     "تنظيم داعش"),
])
def test_a_ban_imposed_is_a_restriction(text, published, actor):
    (ev,) = _events(extract_text(text, published=published), "COERCE")
    assert ev.mode == "restrict" and [a.text for a in ev.actors] == [actor]


@pytest.mark.parametrize("text", [
    # ... not a ban aimed at (لمنع), a law's name, a travel ban a court attaches to a release (blind2, blind3, blind10)
    "جنود جبهة النصرة يبدأون عملية عسكرية تهدف لمنع تمدد الذراع.",
    "صادق مجلس نواب الشعب التونسي الجمعة على مشروع القانون الاساسي لمكافحة الإرهاب ومنع غسل الأموال.",
    "قررت محكمة الجنايات الكويتية إخلاء سبيل 11 متهما بلا ضمان مع منعهم من السفر.",
    # ... nor freedom restricted, said of a policy in general (blind2)
    "وتقييد حرية الناس في التنقل.",
])
def test_bans_aimed_at_named_or_attached_to_a_release_are_no_restriction(text):
    assert not _events(extract_text(text, published="2015-07-21"), "COERCE")


def test_killing_counted_as_cases_or_charges_is_no_attack():
    # (mt23) "84 قضية قتل"، "11 واقعة قتل"، "12 تهمة قتل": a statistic or a charge sheet (train, blind7, blind9)
    for text in ("أظهرت إحصائية رسمية تسجيل محاكم السعودية 84 قضية قتل، 23% من ضحاياها مقيمون.",
                 "تلتها مدينة مكة المكرمة بـ11 واقعة قتل، بينما جاءت المدينة المنورة ضمن أدنى المدن.",
                 "وكان جيمس هولمز دين الشهر الماضي بـ 12 تهمة قتل من الدرجة الاولى."):
        assert not _events(extract_text(text, published="2015-08-01"), "ASSAULT")


def test_strikes_halted_are_a_retreat_not_an_attack():
    # (mt23) "أوقفت عمليات القصف الجوي"، "أمرت بوقف الغارات الجوية": a halt to the strikes, RETREAT (blind, blind12)
    doc = extract_text("أفادت مصادر عسكرية عراقية أمس الاثنين بأن القوات العراقية أوقفت عمليات القصف الجوي والمدفعي "
                       "جزئياً لضمان فسح المجال أمام العوائل للخروج.", published="2015-08-11")
    assert _events(doc, "RETREAT") and not _events(doc, "ASSAULT")
    doc = extract_text("وقال سانتوس، خلال احتفال عسكري في كارتاهينا شمال كولومبيا: «أمرت بوقف الغارات الجوية على "
                       "المعسكرات التي تضم تجمعات لأفراد هذه المنظمة».", published="2015-07-26")
    assert _events(doc, "RETREAT")
    # ... not a halt asked for or aimed at
    for text in ("وشددت في بيانها على أن الوضع الإنساني لا يمكن حله إلا بفتح المسارات الإنسانية ووقف القصف الجوي.",
                 "بينما أبدت الحكومة العراقية رغبتها في اعتماد القنوات الدبلوماسية لإيقاف القصف التركي لقرى إقليم كردستان."):
        assert not _events(extract_text(text, published="2015-08-01"), "RETREAT")


def test_lands_lost_retaken_are_an_attack():
    # (mt23b) "واستعادت الأراضي التي خسرتها": ground retaken by force (blind2, blind12)
    doc = extract_text("وقال ليسينكو إن القوات الأوكرانية استعادت الأراضي التي خسرتها.", published="2015-08-10")
    (ev,) = _events(doc, "ASSAULT")
    assert [a.text for a in ev.actors] == ["القوات الأوكرانية"]


def test_attackers_leaving_unharmed_are_no_retreat():
    # (mt23b) "وانسحبوا سالمين": how an ambush ended, no withdrawal (blind4, blind8)
    doc = extract_text("وتبنى التنظيم قتل 14 عسكريا اثر كمين نصبوه لمجموعة من عساكر الجيش الجزائري، مؤكدا ان المهاجمين "
                       "غنموا اسلحة وذخائر وانسحبوا سالمين.", published="2015-07-19")
    assert _events(doc, "ASSAULT") and not _events(doc, "RETREAT")
    # a withdrawal told plainly is still one
    doc = extract_text("وانسحب المسلحون من البلدة بعد معارك عنيفة.", published="2015-07-19")
    assert _events(doc, "RETREAT")


@pytest.mark.parametrize("text, typ", [
    # (mt23b) an emergency declared in hospitals is a health measure, no restriction (blind, blind8, blind10)
    ("وعلى الفور، أعلنت الجهات المختصة حالة الاستنفار القصوى، كما أعلنت حالة الطوارئ في عدد من المستشفيات.", "COERCE"),
    # ... and a detention told as a state ("عامه الثاني قيد الاعتقال") is no arrest (blind11)
    ("وأمضى مراسل صحيفة واشنطن بوست في إيران، جيسون رضايان، الذي يحاكم في طهران بتهمة التجسس، أمس، عامه الثاني "
     "قيد الاعتقال.", "COERCE"),
])
def test_hospital_emergency_and_custody_state_are_no_coercion(text, typ):
    assert not _events(extract_text(text, published="2015-08-04"), typ)


@pytest.mark.parametrize("text", [
    # (mt23b) "خطف الأضواء/الأنظار": to steal the limelight, its object anywhere after the verb (blind4, blind6)
    "خطف الملياردير الأميركي دونالد ترامب الذي يأتي في طليعة استطلاعات الرأي للانتخابات التمهيدية للحزب الجمهوري في "
    "الولايات المتحدة، الأضواء الخميس في أول مناظرة كبيرة في الموسم الانتخابي.",
    "خطفت الطفلة البحرينية الزين طارق جمعة الأنظار من كبار بطولة العالم للسباحة المقامة في قازان الروسية.",
])
def test_stealing_the_limelight_is_no_abduction(text):
    assert not _events(extract_text(text, published="2015-08-07"), "ASSAULT")
