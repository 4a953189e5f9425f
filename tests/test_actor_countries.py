"""Who did it, and for which state: security and justice bodies as doers, and nameless armed parties coded with the
country they act in (as CAMEO codes rebels: IRQREB), on real sentences of the project's gold sets."""
import marsad


def _events(text: str, published: str = "2015-08-10"):
    return marsad.extract_text(text, published=published).events


def _doers(ev):
    return [(a.text, a.country) for a in ev.actors]


def test_border_guard_is_the_doer_of_an_arrest_with_its_nationality():
    evs = _events("إلى ذلك، تمكن حرس الحدود الليبي أول من أمس من توقيف ثلاث سيارات محملة بحوالي 30 مهاجرا غير "
                  "شرعي بمنطقة الجغبوب جنوب ليبيا.")
    arrest = next(e for e in evs if e.type == "COERCE")
    assert _doers(arrest) == [("حرس الحدود الليبي", "LBY")]


def test_security_authorities_arresting_at_home_take_the_country_of_the_place():
    evs = _events("تمكنت الجهات الأمنية بشرطة الطائف من ضبط الأشخاص المتهمين بالتورط في واقعة التحرش بفتاة بأحد "
                  "المواقع بمحافظة الطائف.")
    arrest = next(e for e in evs if e.type == "COERCE")
    assert _doers(arrest) == [("الجهات الأمنية", "SAU")]


def test_a_court_is_the_doer_of_a_release_with_its_nationality():
    evs = _events("قررت محكمة الجنايات الكويتية إخلاء سبيل 11 متهما بلا ضمان مع منعهم من السفر")
    release = next(e for e in evs if e.type == "RETREAT")
    assert [a.country for a in release.actors] == ["KWT"] and release.actors[0].sector == "JUD"


def test_nameless_gunmen_take_the_country_they_attack_in():
    evs = _events('قتل مسلحون من جماعة "بوكو حرام" المتطرفة عشرات الاشخاص في أربع قرى في شمال شرقي نيجيريا، '
                  "بعضهم ذبحا، بحسب ما قالت الشرطة وأحد السكان، اليوم (الثلاثاء).")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert _doers(attack) == [("مسلحون", "NGA")]


def test_gunmen_named_tentatively_keep_no_country():
    # "مجهولون" names the doers only tentatively: no state is given to them
    evs = _events("وأطلق مسلحون مجهولون النار على دورية للشرطة في مدينة العريش أمس، ما أدى إلى مقتل جنديين.")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert attack.actors and all(a.country is None for a in attack.actors)


def test_a_statement_by_rebels_takes_no_country_from_its_place():
    # a statement's place is often the speaker's or the story's, not the party's: the Ukrainian rebels are not Russian
    evs = _events("وتنفي روسيا والمتمردون اية مسؤولية وتوجه اصابع الاتهام للجيش الاوكراني.")
    rebels = [a for e in evs for a in e.actors if a.text == "المتمردون"]
    assert rebels and all(a.country is None for a in rebels)


def test_the_two_sides_of_a_fight_across_the_comma_after_the_first_side():
    # "بين X وY من جهة، وZ من جهة أخرى": X and Y are one side (one event), Z the other, past the comma
    evs = _events("وقالت المصادر: إن اشتباكات عنيفة تدور بين الحوثيين والقوات الموالية للرئيس اليمني المخلوع علي صالح "
                  "من جهة، والمقاومة الشعبية من جهة أخرى بمدينة لودر بعد تقدم المقاومة نحوها")
    fights = [e for e in evs if e.type == "ASSAULT"]
    assert len(fights) == 1
    assert fights[0].actors[0].text == "الحوثيين" and fights[0].targets[0].text == "المقاومة الشعبية"


def test_tribesmen_are_a_side_of_a_clash():
    evs = _events("وفي مديرية أرحب شمال العاصمة صنعاء، اندلعت مواجهات بين رجال القبائل وميليشيات الحوثي.")
    fight = next(e for e in evs if e.type == "ASSAULT")
    assert _doers(fight) == [("رجال القبائل", "YEM")]
    assert [t.text for t in fight.targets] == ["ميليشيات الحوثي"]


def test_two_unknown_gunmen_are_the_hedged_doers():
    evs = _events("أطلق مجهولان النار السبت في مخيم عين الحلوة للاجئين الفلسطينيين على القيادي في حركة فتح طلال "
                  "الاردني، ما تسبب بمقتله مع احد مرافقيه")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert [(a.text, a.certainty) for a in attack.actors] == [("مجهولان", "hedged")]


def test_the_party_that_claims_an_attack_told_before_is_its_doer():
    evs = _events("قتل جنديان تركيان أمس في انفجار عبوة ناسفة استهدف نقطة تفتيش في مدينة ديار بكر. "
                  "وتبنى حزب العمال الكردستاني الهجوم، موضحا في بيان أنه استهدف الجنود.")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert attack.actors[0].text == "حزب العمال الكردستاني" and attack.actors[0].certainty == "asserted"
    assert "actor-claimed" in attack.flags


def test_a_party_announcing_its_responsibility_is_the_doer():
    evs = _events("انفجرت سيارة مفخخة قرب فندق في مقديشو أمس ما أدى إلى مقتل خمسة أشخاص. "
                  "وأعلنت حركة الشباب مسؤوليتها عن التفجير في بيان.")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert [(a.text, a.country) for a in attack.actors][:1] == [("حركة الشباب", "SOM")]


def test_a_denied_claim_names_no_doer():
    evs = _events("قتل 21 شخصا على الأقل في هجوم انتحاري استهدف سوقا في ولاية قندوز أمس. "
                  "ولم تعلن أي جهة مسؤوليتها عن الهجوم الانتحاري الذي أتى قبل بدء جولة جديدة من محادثات السلام "
                  "بين الحكومة وحركة طالبان.")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert "actor-claimed" not in attack.flags
    assert all(a.text != "حركة طالبان" for a in attack.actors)


def test_a_party_adopting_a_call_is_no_claim():
    # the present يتبنى ("adopts") is no claim of an attack told before it
    evs = _events("قتل ثلاثة أشخاص في هجوم على حافلة في تونس أمس. وصدر بيان رسمي من الحزب يتبنى دعوة قسم العلاقات "
                  "الخارجية في حزب نداء تونس.")
    assert all("actor-claimed" not in e.flags for e in evs)


def test_what_an_attack_verb_governs_is_its_target():
    evs = _events("وقال شهود عيان إن قرابة ستة صواريخ استهدفت مخازن السلاح الثقيل في معسكر الحفاء شرق صنعاء أدت "
                  "لتدميرها بالكامل")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert [(t.text, t.country) for t in attack.targets] == [("مخازن السلاح الثقيل", "YEM")]


def test_the_subject_after_the_verb_is_no_target():
    # verb-subject order: the shells are what struck, not what was struck; the hospital comes after a clause
    evs = _events("استهدفت خمس قذائف عسكرية، أرسلتها أيادي الغدر الحوثية صباح أمس، مستشفى ظهران الجنوب العام "
                  "وعددا من منازل المواطنين في حي الرحيب.")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert all("قذائف" not in t.text for t in attack.targets)


def test_the_victim_after_a_time_phrase_is_the_target():
    evs = _events("يذكر أن قوات الاحتلال قتلت فجر الأول من أمس، الشاب أحمد علاونة (21 عاما) من قرية برقين قرب "
                  "مدينة جنين")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert [t.text for t in attack.targets] == ["الشاب أحمد علاونة"]


def test_the_body_a_spokesman_speaks_for_is_no_doer():
    # the governor's spokesman tells of the bombing: the suicide bomber did it, not the governor
    evs = _events('وقال المتحدث باسم حاكم إقليم فارياب "فجر انتحاري المتفجرات التي بحوزته في سوق بمنطقة المار".')
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert [a.text for a in attack.actors] == ["انتحاري"]


def test_a_named_speaker_the_tables_lack_is_of_the_place():
    evs = _events("قال قائد المقاومة في عدن اللواء علي الأحمدي إن المدينة تحررت. وناشد الأحمدي، باسم مجلس قيادة "
                  "المقاومة، الأهالي عدم العودة إلى منازلهم، إلا بعد أن يحصلوا على موافقة خبراء إزالة الألغام.")
    appeal = next(e for e in evs if e.type == "REQUEST")
    assert _doers(appeal) == [("الأحمدي", "YEM")]


def test_the_armed_genitive_of_an_attack_noun_after_ithr_is_the_doer():
    # after إثر or جراء no verb follows: "قصف" is the verbal noun, and the Houthis in its genitive did it
    evs = _events("وتحدثت مصادر عن سقوط خمسة قتلى وقرابة مائة جريح في صفوف المدنيين إثر قصف الحوثي لتجمع سكني في "
                  "أطراف مدينة عدن الشمالية.")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert [a.text for a in attack.actors] == ["الحوثي"]


def test_the_police_are_the_places_in_a_hedged_clause():
    # the hedge (يشتبه) is on whom they arrested; the police arresting them are Turkey's
    evs = _events("اعلن مكتب رئيس الحكومة التركية ان الشرطة اوقفت 251 شخصا في اطار حملة استهدفت افرادا يشتبه في "
                  "انتمائهم الى تنظيم داعش وحزب العمال الكردستاني اطلقت الجمعة في كل انحاء البلاد. وتم توقيف 103 أشخاص "
                  "في إسطنبول.")
    arrest = next(e for e in evs if e.type == "COERCE")
    assert _doers(arrest) == [("الشرطة", "TUR")]


def test_an_activist_speaking_is_of_the_place():
    # an activist (the opposition sector) who condemns is a local, as the state's own bodies are
    evs = _events("اتهم المتحدث باسم مجلس قيادة المقاومة الشعبية، علي الأحمدي، ميليشيات الحوثيين وقوات الرئيس المخلوع، "
                  "علي عبدالله صالح، بزرع كميات كبيرة من الألغام الأرضية والعبوات الناسفة، ونشر كثير من المتفجرات "
                  "والقنابل في الشوارع والأحياء السكنية، في مدينتي الحوطة وعدن، قبل انسحابها أخيراً. بدوره، اعتبر الناشط "
                  "الحقوقي علي السليماني، ما قامت به الميليشيات من زرع للألغام في الأحياء السكنية والمنازل أمرا يعد "
                  "بمثابة جريمة حرب يعاقب عليها القانون الدولي، كونها موجهة في الأساس ضد المدنيين والأبرياء.")
    activist = next(e for e in evs if e.type == "ACCUSE" and any("الناشط" in a.text for a in e.actors))
    assert [a.country for a in activist.actors] == ["YEM"]


def test_the_accused_and_migrants_are_whom_a_release_or_an_arrest_is_done_to():
    evs = _events("قررت محكمة الجنايات الكويتية إخلاء سبيل 11 متهما بلا ضمان مع منعهم من السفر، في قضية تفجير مسجد "
                  "“الإمام الصادق” في العاصمة والذي قتل فيه نحو 30 شخصا وأصيب العشرات.")
    release = next(e for e in evs if e.type == "RETREAT")
    assert [t.text for t in release.targets] == ["متهما"]
    evs = _events("إلى ذلك، تمكن حرس الحدود الليبي أول من أمس من توقيف ثلاث سيارات محملة بحوالي 30 مهاجرا غير شرعي "
                  "بمنطقة الجغبوب جنوب ليبيا.")
    arrest = next(e for e in evs if e.type == "COERCE")
    assert [(t.text, t.country) for t in arrest.targets] == [("مهاجرا", "LBY")]


def test_two_people_named_in_the_dual_are_the_target():
    evs = _events("اعتقلت امرأتان يسود الاعتقاد انهما تنتميان لخلية ارهابية تم تفكيكها اخيرا وكانت تنوي تنفيذ هجمات في "
                  "المغرب باسم تنظيم داعش، كما اعلنت وزارة الداخلية أمس الجمعة.")
    arrest = next(e for e in evs if e.type == "COERCE")
    assert [(t.text, t.country) for t in arrest.targets] == [("امرأتان", "MAR")]


def test_a_party_named_by_its_head_noun_alone_is_the_party_named_before():
    # "المقاومة" after "المقاومة الشعبية"، "الجبهة" after "جبهة النصرة": the short name refers back
    evs = _events("سيطرت المقاومة الشعبية اليوم الثلاثاء على مدينة الحوطة عاصمة محافظة لحج جنوبي اليمن بشكل كامل عقب "
                  "اشتباكات بينها وبين الحوثيين. وقالت مصادر من المقاومة لوكالة الأنباء الألمانية، إن المقاومة سيطرت على "
                  "مركز المحافظة إلى جانب منطقة الرباط والفيوش وتم تحريرها من الحوثيين وقوات صالح بشكل كامل.")
    second = next(e for e in evs if e.type == "ASSAULT" and any("مركز المحافظة" in m.text for m in e.mentions))
    assert [(a.text, a.country, a.sector) for a in second.actors][:1] in ([("المقاومة الشعبية", "YEM", "REB")],
                                                                       [("المقاومة", "YEM", "REB")])
    evs = _events("قال المرصد السوري لحقوق الإنسان إن طائرات حربية قصفت مواقع لجبهة النصرة في شمال سوريا اليوم. "
                  "وشنت الجبهة هجومًا في المنطقة الليلة الماضية استهدف مقاتلين بينهم قادة.")
    raid = next(e for e in evs if e.type == "ASSAULT" and any("وشنت الجبهة" in m.text for m in e.mentions))
    assert [a.text for a in raid.actors] == ["الجبهة"] and raid.actors[0].sector is not None


def test_a_head_noun_with_its_own_adjective_is_another_party():
    # "التحالف الوطني" is not "التحالف العربي" named before
    evs = _events("شن التحالف العربي غارات على صنعاء أمس. وقال التحالف الوطني لدعم الشرعية إن الشرطة اعتقلت عشرة "
                  "متظاهرين في القاهرة.")
    assert not any(a.text == "التحالف" for e in evs for a in e.actors)


def test_nameless_aircraft_fly_for_the_air_power_the_article_names():
    # "الطيران" is the coalition's named in the sentences before, not Iraq's, where it strikes
    evs = _events("اعلنت وزارة الدفاع العراقية أمس، عن مقتل 23 عنصرًا من تنظيم «داعش» وتدمير سيارة مفخخة بقصف لطيران "
                  "التحالف الدولي في قضاء بيجي ومدينة الرمادي.وقال الناطق باسم الإعلام الحربي، إن «طيران التحالف الدولي "
                  "وجه عددًا من الضربات الجوية الموثرة ضمن الطلعات الجوية المستمرة من ليلة الخميس ولغاية أمس الجمعة». "
                  "وأضاف بأن «التحالف وجه ضربة جوية على تجمع لإرهابيي داعش، ما أسفرت عن قتل 21 منهم قرب مصفى بيجي»، "
                  "مبيِّنًا أن «الطيران وجه ضربة أخرى في الرمادي أسفرت عن مقتل عنصرين من التنظيم وتدمير موضع دفاعي لعناصره».")
    other = next(e for e in evs if e.type == "ASSAULT" and any(a.text == "الطيران" for a in e.actors))
    assert [a.country for a in other.actors if a.text == "الطيران"] == ["USA"]


def test_the_international_coalition_is_also_called_alitilaf():
    evs = _events("وشن طيران الائتلاف الدولي بقيادة واشنطن عشرات الغارات في محافظة الأنبار خلال الأسابيع الماضية.")
    assert [(a.country, a.sector) for e in evs if e.type == "ASSAULT" for a in e.actors][:1] == [("USA", "MIL")]


def test_a_party_that_denies_an_attack_is_not_its_doer():
    # snn (2015, the merge gold's Kabul truck bomb): the Taliban did not claim the first attack; a denial is no
    # doer, and the attack stays apart from the ones they claimed
    evs = _events("إلا أن حركة طالبان لم تعلن مسؤوليتها عن هجوم أول أوقع 15 قتيلا في منطقة سكنية ليل الخميس.")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert not attack.actors
    evs = _events("وأعلنت حركة طالبان مسؤوليتها عن هجوم أوقع 15 قتيلا في كابل ليل الخميس.")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert [(a.text, a.country) for a in attack.actors] == [("حركة طالبان", "AFG")]


def test_houthi_militias_named_by_the_adjective_are_yemeni_rebels():
    # (the whole name, not "الميليشيات الحوثي" cut before its ة), and the Saudi emergency forces whole too
    evs = _events("وقصفت الميليشيات الحوثية أحياء سكنية في مدينة تعز أمس ما أدى إلى مقتل خمسة مدنيين.")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert [(a.text, a.country, a.sector) for a in attack.actors][:1] == [("الميليشيات الحوثية", "YEM", "REB")]
    evs = _events("واشتبكت قوات الطوارئ الخاصة مع المسلحين الحوثيين قرب الحدود في نجران أمس.")
    clash = next(e for e in evs if e.type == "ASSAULT")
    assert [(a.text, a.country, a.sector) for a in clash.actors] == [("قوات الطوارئ الخاصة", "SAU", "COP")]
    assert [(t.text, t.country) for t in clash.targets] == [("المسلحين الحوثيين", "YEM")]


def test_the_country_across_a_border_is_not_whom_an_attack_hit():
    # "قرب الحدود مع سوريا"، "القريبة من الحدود السورية": the border locates the blast; the dead are whom it hit
    evs = _events("قالت وزارة الداخلية التركية في بيان اليوم الاثنين إن انفجارا في بلدة سروج بجنوب شرق تركيا قرب "
                  "الحدود مع سوريا أسفر عن مقتل 27 شخصا وإصابة نحو 100 يعالجون في مستشفيات محلية.")
    blast = next(e for e in evs if e.type == "ASSAULT")
    assert [(t.text, t.country) for t in blast.targets] == [("شخصا", "TUR")]
    evs = _events("شهدت تركيا أمس الاثنين هجوما انتحاريا داميا اوقع 30 قتيلا على الاقل ونحو 100 جريح في مدينة سوروتش "
                  "القريبة من الحدود السورية.")
    assert not any(t.country == "SYR" for e in evs for t in e.targets)


def test_a_place_taken_back_is_taken_from_whom_held_it():
    # "لاستعادة قاعدة العند ... من المتمردين الحوثيين"، "والتي كانت في ايدي المتمردين الحوثيين"، "من قبضة المتمردين"
    evs = _events("شنت القوات الموالية للحكومة اليمنية المعترف بها دوليا، اليوم (الاثنين)، هجوما واسعا لاستعادة قاعدة "
                  "العند الجوية وأكبر قواعد البلاد، من المتمردين الحوثيين وحلفائهم.")
    assert [t.text for e in evs if e.type == "ASSAULT" for t in e.targets][:1] == ["المتمردين الحوثيين"]
    evs = _events("سيطرت القوات الموالية لحكومة الرئيس اليمني المعترف به دوليا عبدربه منصور هادي على زنجبار، عاصمة "
                  "محافظة ابين في جنوب البلاد والتي كانت في ايدي المتمردين الحوثيين.")
    assert [t.text for e in evs if e.type == "ASSAULT" for t in e.targets][:1] == ["المتمردين الحوثيين"]
    evs = _events("كما سيطر مقاتلو المقاومة على موقعي سوداء غراب والأجردي، وتحريرهما من قبضة المتمردين.")
    assert {t.text for e in evs if e.type == "ASSAULT" for t in e.targets} == {"المتمردين"}
    # "تمكنت ... من السيطرة على": the من of the doer's feat names no one
    evs = _events("وتمكنت القوات العراقية من السيطرة على مدينة تكريت.")
    assert not any(e.targets for e in evs if e.type == "ASSAULT")


def test_the_dead_counted_from_a_group_are_that_group_and_a_count_names_its_own_noun():
    # "أن 7 عناصر من تنظيم / داعش / قتلوا": the group the dead belong to was hit, it did not hit
    evs = _events("وأوضحت قيادة العمليات المشتركة في العراق أن 7 عناصر من تنظيم / داعش / قتلوا وجرح أربعة منهم في مناطق "
                  "البوشجل والملاحمة في محافظة الانبار غربي العراق .")
    hit = [e for e in evs if e.type == "ASSAULT"]
    # (its doer is not named: only the state's forces where it happened, implied by the CAMEO convention)
    assert hit and all([t.text for t in e.targets] == ["داعش"] and (not e.actors or "actor-implied" in e.flags) for e in hit)
    # "مقتل 17 داعشيا": the count and the relative adjective it counts
    evs = _events("وفي سياق متصل أعلنت قيادة عمليات بغداد في بيان منفصل ، عن مقتل 17 داعشيا ضمن عمليات شرقي الفلوجة.")
    assert [t.text for e in evs if e.type == "ASSAULT" for t in e.targets] == ["17 داعشيا"]
    # "مقتل عنصر إرهابي واعتقال 13 آخرين": the 13 were arrested, not killed
    evs = _events("أعلنت وزارة الداخلية أمس الجمعة عن مقتل عنصر إرهابي واعتقال 13 آخرين أثناء عملية أمنية في مدينة سجنان "
                  "التابعة لولاية بنزرت شمال العاصمة.")
    assert not any(t.text == "13" for e in evs if e.type == "ASSAULT" for t in e.targets)


def test_whom_an_arrest_names_after_alqabd_ala_is_its_target():
    evs = _events("وأضاف تم القبض على الجاني")
    assert [t.text for e in evs if e.type == "COERCE" for t in e.targets] == ["الجاني"]
    evs = _events("بقدر ما أسعدني القبض على 431 داعشياً في المملكة")
    assert [t.text for e in evs if e.type == "COERCE" for t in e.targets] == ["431 داعشياً"]


def test_the_doers_own_body_in_the_genitive_is_not_what_they_aimed_at():
    # "استهدفت مقاتلات التحالف الدولي": the coalition's jets; whom they aimed at follows
    evs = _events("استهدفت مقاتلات التحالف الدولي استعراضا عسكريا لتنظيم داعش داخل أحد أسواق قضاء الحويجة غربي كركوك، ما "
                  "أسفر عن وقوع أكثر من 50 قتيلا وجريحا.")
    strike = next(e for e in evs if e.type == "ASSAULT")
    assert [t.text for t in strike.targets] == ["تنظيم داعش"]


def test_the_object_after_a_verb_and_its_doer_is_the_target():
    # "استهدفت مقاتلات التحالف فرع المؤسسة الاقتصادية": verb, doer, object
    evs = _events("كما استهدفت مقاتلات التحالف فرع المؤسسة الاقتصادية بمعبر في محافظة ذمار.")
    strike = next(e for e in evs if e.type == "ASSAULT")
    assert [t.text for t in strike.targets] and strike.targets[0].text.endswith("فرع المؤسسة الاقتصادية")


def test_a_takeover_after_fighting_is_done_to_the_side_its_doer_fought():
    evs = _events("وفي محافظة اب بجنوب صنعاء، تحتدم المواجهات ايضا بين الحوثيين وحلفائهم الموالين للرئيس السابق علي عبدالله "
                  "صالح من جهة، وقوات المقاومة الشعبية من جهة اخرى. واكد مصدر محلي لوكالة فرانس برس ان «المقاومة سيطرت "
                  "على منطقتي السدة وحزم العديد واجزاء من منطقة الرضمة».")
    taken = [e for e in evs if e.type == "ASSAULT" and any(a.text == "المقاومة" for a in e.actors)]
    assert taken and all([(t.text, t.country) for t in e.targets] == [("الحوثيين", "YEM")] for e in taken)


def test_aircraft_in_construct_before_a_named_coalition_are_that_coalitions():
    # "مقاتلات التحالف الدولي الذي تقوده الولايات المتحدة": the US-led coalition's jets, one actor
    evs = _events("لقي عشرات من عناصر تنظيم داعش، مصرعهم في ضربات جوية شنتها مقاتلات التحالف الدولي الذي تقوده الولايات "
                  "المتحدة، واستهدفت مواقع للتنظيم في عدد من القرى جنوب شرق محافظة نينوى الأربعاء.")
    strike = next(e for e in evs if e.type == "ASSAULT")
    assert [(a.text, a.country) for a in strike.actors][:1] == [("مقاتلات التحالف الدولي الذي تقوده الولايات المتحدة", "USA")]
    # ... and they then name the article's air power for its nameless jets ("المقاتلات")
    evs = _events("وشنت طائرات التحالف العربي غارات على مواقع الحوثيين في صنعاء. كما قصفت المقاتلات تعزيزات عسكرية للحوثيين "
                  "في منطقة كرش، القريبة من محافظة تعز.")
    jets = [a for e in evs if e.type == "ASSAULT" for a in e.actors if a.text == "المقاتلات"]
    assert jets and all(a.country == "SAU" for a in jets)
    # an indefinite nisba after the aircraft is their adjective, not a genitive: "دبابة حوثية" stays as it was
    evs = _events("فيما استهدفت غارة ثالثة دبابة حوثية ودمرتها في ماس شمال المحافظة.")
    assert not any("حوثية" in a.text for e in evs for a in e.actors)


def test_a_coalition_named_by_who_leads_it_has_the_leaders_country():
    evs = _events("هزت انفجارات عنيفة، مساء الخميس مدينة تعز وسط اليمن عقب غارات شنتها مقاتلات التحالف الذي تقوده السعودية "
                  "على مواقع الحوثيين والقوات الموالية للرئيس اليمني السابق علي صالح.")
    strike = next(e for e in evs if e.type == "ASSAULT")
    assert strike.actors and strike.actors[0].country == "SAU"


def test_an_attack_attributed_to_a_party_after_ila_has_it_as_doer_not_the_attributor():
    # "نسبته الحكومة ... الى تنظيم «داعش»": the government attributes it, ISIS is the doer; Turkey, which saw the
    # attack (شهدت تركيا), is where it happened
    evs = _events("شهدت تركيا أمس الاثنين هجوما انتحاريا داميا اوقع 30 قتيلا على الاقل ونحو 100 جريح في مدينة سوروتش "
                  "القريبة من الحدود السورية، نسبته الحكومة الاسلامية المحافظة التركية الى تنظيم «داعش» الارهابي.")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert [a.text for a in attack.actors] == ["داعش"] and "actor-attributed" in attack.flags
    # "نسبت هيئة أركان الجيش التركي الهجوم إلى «المنظمة الإرهابية»": the staff attributes, it did not attack
    evs = _events("قتل عسكريين تركيين اثنين وجرح أربعة آخرين مساء السبت في انفجار سيارة مفخخة استهدف قافلة عسكرية في "
                  "محافظة دياربكر. وفي بيان على موقعها الإلكتروني نسبت هيئة أركان الجيش التركي الهجوم إلى «المنظمة "
                  "الإرهابية»، في إشارة إلى حزب العمال الكردستاني.")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert not any("الجيش التركي" in a.text for a in attack.actors)


def test_a_ratio_is_no_attribution():
    # "ما نسبته": its ratio; نسبته attributes only with إلى after it
    evs = _events("قتل 20 شخصا في تفجير انتحاري في بغداد، وهو ما نسبته 30 في المئة من ضحايا الشهر في العراق.")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert "actor-attributed" not in attack.flags


def test_armed_men_counted_from_a_group_make_the_group_the_target():
    evs = _events("إن قوة أمنية تابعة لقوات البيشمركة الكردية شنت عملية عسكرية على قرى الكصيبة تمكنت خلالها من قتل 11 "
                  "مسلحًا من تنظيم داعش بينهم القيادي أبو حارث القادري.")
    assert [t.text for e in evs if e.type == "ASSAULT" for t in e.targets] == ["تنظيم داعش"]


def test_the_caller_of_a_received_phone_call_is_the_actor():
    evs = _events("تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اتصالا هاتفيا اليوم من جلالة الملك حمد بن عيسى ملك "
                  "مملكة البحرين.")
    call = next(e for e in evs if e.type == "CONSULT")
    assert [a.country for a in call.actors] == ["BHR"] and [t.country for t in call.targets] == ["SAU"]
    evs = _events("تلقى نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز اتصالاً هاتفياً أمس "
                  "من جلالة الملك محمد السادس ملك المملكة المغربية الشقيقة.")
    call = next(e for e in evs if e.type == "CONSULT")
    assert [a.country for a in call.actors] == ["MAR"] and [t.country for t in call.targets] == ["SAU"]
    # one who makes the call is its actor
    evs = _events("أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع الرئيس الأمريكي باراك أوباما.")
    call = next(e for e in evs if e.type == "CONSULT")
    assert [a.country for a in call.actors] == ["TUR"]


def test_a_bare_armed_party_after_a_one_word_patron_is_the_object():
    # "وطردت القوات الداعمة للشرعية مسلحي الحوثي": the legitimacy is the forces' patron, the Houthi gunmen their object
    evs = _events("وطردت القوات الداعمة للشرعية مسلحي الحوثي وقوات علي عبدالله صالح من مديرية النادرة، بعد سيطرتهم على "
                  "مديرية حزم العدين.")
    first = [t.text for e in evs if e.type == "ASSAULT" for t in e.targets][:1]
    assert first and first[0].startswith("مسلحي")
    # a name after the patron's title stays the patron's
    evs = _events("وسيطرت القوات الموالية للرئيس هادي على البلدة.")
    assert not any(t.text == "هادي" for e in evs for t in e.targets)


def test_forces_are_deployed_against_the_party_after_didd():
    evs = _events("أعلن وزير الدفاع البريطاني مايكل فالون عن تمديد بلاده مشاركتها في غارات التحالف بقيادة واشنطن ضد "
                  "تنظيم داعش في العراق عاما باستخدام مقاتلات تورنادو.")
    mob = [e for e in evs if e.type == "MOBILIZE"]
    assert mob and [t.text for t in mob[0].targets] == ["تنظيم داعش"]


def test_who_backs_the_doer_is_no_party_to_the_deed():
    # "بمساندة ضربات جوية يشنها التحالف العربي": the coalition backs the tribesmen, it is not the doer of the takeover
    evs = _events("وسيطر رجال قبائل مسلحون ومتشددون اسلاميون من السنة موالون لحكومة الرئيس عبد ربه منصور هادي على هذه "
                  "المناطق وسط اشتباكات عنيفة مع الحوثيين الشيعة في أحدث مكاسب يحققونها في الشمال بمساندة ضربات جوية "
                  "يشنها التحالف العربي.")
    assert evs and not any("التحالف" in a.text for e in evs if e.type == "ASSAULT" for a in e.actors)
    # "بدعم جوي من التحالف": nor whom the attack was done to
    evs = _events("ميدانيا، شنت القوات الموالية للرئيس هادي بدعم جوي من التحالف هجمات خلال الليل على جيوب للحوثيين في دار سعد.")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert not any("التحالف" in t.text for t in attack.targets)
    # a statement's support is what it praises: "مشيدا بالدعم اللوجستي القوي الذي تقدمه قوات التحالف"
    evs = _events("وأكد المحافظ أن أبناء عدن يرفضون بشكل قاطع وجود الحوثي، مشيدا بالدعم اللوجستي القوي الذي تقدمه قوات "
                  "التحالف بقيادة المملكة لأخوانها في اليمن.")
    assert any(t.text.startswith("قوات التحالف") for e in evs if e.type == "SUPPORT" for t in e.targets)


def test_a_judgement_is_aimed_at_the_party_its_clause_names_as_the_doer():
    # "ما قامت به الميليشيات ... جريمة حرب": the activist judges what the militias did
    evs = _events("اعتبر الناشط الحقوقي علي السليماني، ما قامت به الميليشيات من زرع للألغام في الأحياء السكنية والمنازل "
                  "أمرا يعد بمثابة جريمة حرب يعاقب عليها القانون الدولي.")
    assert [t.text for e in evs if e.type == "ACCUSE" for t in e.targets] == ["الميليشيات"]
    # "هذا الفعل جبان ارتكبته فئة ضالة إرهابية": the deviant group that committed it
    evs = _events("وأكد الصفيان أن هذا الفعل جبان ارتكبته فئة ضالة إرهابية تهدف لزعزعة الأمن والاستقرار.")
    assert [t.text for e in evs if e.type == "ACCUSE" for t in e.targets] == ["فئة ضالة"]


def test_a_title_of_an_office_of_a_named_state_takes_the_name_after_it_and_that_state():
    # "بدولة الإمارات" between the title and the name: one speaker, of the UAE (not the story's Saudi Arabia),
    # and neither the condemner's name is the attacker nor is it the target of his condemnation
    evs = _events("أدان وزير الخارجية بدولة الإمارات الشيخ عبدالله بن زايد آل نهيان بأشد العبارات الجريمة الإرهابية "
                  "البشعة التي استهدفت منسوبي قوات الطوارئ الخاصة بمنطقة عسير في المملكة العربية السعودية.")
    accuse = next(e for e in evs if e.type == "ACCUSE")
    assert _doers(accuse) == [("وزير الخارجية بدولة الإمارات الشيخ عبدالله بن زايد آل نهيان", "ARE")]
    assert all("نهيان" not in t.text for t in accuse.targets)
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert attack.actors == ()
    # after في and a state word the same
    evs = _events("وأدان رئيس مجلس النواب في مملكة البحرين أحمد بن إبراهيم الملا التفجير الإرهابي الذي استهدف مسجدا في أبها.")
    accuse = next(e for e in evs if e.type == "ACCUSE")
    assert _doers(accuse) == [("رئيس مجلس النواب في مملكة البحرين أحمد بن إبراهيم الملا", "BHR")]



def test_an_ambassador_to_a_state_is_not_of_that_state():
    # لدى names where he is accredited: the name after it is not joined through that state
    evs = _events("والتقى السفير السعودي لدى الأردن الدكتور سامي الصالح وزير الخارجية الأردني ناصر جودة في عمان أمس.")
    meeting = next(e for e in evs if e.type == "CONSULT")
    # the name after "لدى الأردن" is the ambassador's, who stays Saudi; the Jordanian minister is the other side
    assert _doers(meeting) == [("السفير السعودي لدى الأردن الدكتور سامي الصالح", "SAU")]
    assert [(t.text, t.country) for t in meeting.targets] == [("وزير الخارجية الأردني ناصر جودة", "JOR")]


def test_an_abbreviated_title_before_the_name_keeps_the_name_with_the_speaker():
    # "م." (Eng.) between the title and the name, as "د." is: one speaker, who is not the bomber
    evs = _events("استنكر وزير النقل م. عبدالله بن عبدالرحمن المقبل التفجير الإرهابي الذي استهدف مسجد مقر قوات "
                  "الطوارئ الخاصة في مدينة أبها أمس الأول.")
    accuse = next(e for e in evs if e.type == "ACCUSE")
    assert _doers(accuse) == [("وزير النقل م. عبدالله بن عبدالرحمن المقبل", "SAU")]
    assert next(e for e in evs if e.type == "ASSAULT").actors == ()


def test_a_nationality_stated_after_a_person_is_his_country():
    # "– باكستاني الجنسية –" after the name (past a dash), "من الجنسية اليمنية" after a resident: that state's, over
    # the country of the place (the Saudi Ministry of Interior's statement of an execution in Saudi Arabia)
    evs = _events("تم اليوم تنفيذ حكم القتل تعزيرا بحق المدعو / شاه فيصل عظيم شاه – باكستاني الجنسية – عند قيامه "
                  "بتهريب كمية كبيرة من الهيروين المخدر داخل أحشائه إلى المملكة.")
    execution = next(e for e in evs if e.type == "SANCTION")
    assert [(t.text, t.country) for t in execution.targets] == [("فيصل عظيم شاه", "PAK")]
    evs = _events("توفى مساء يوم أمس الأول وافد من الجنسية اليمنية إثر سقوط مقذوف عسكري، وتشير تفاصيل الحادثة إلى أن "
                  "الوافد اليمني كان يمارس عمله برعي الأغنام بالقرب من إحدى القرى في محافظة صامطة.")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert [(t.text, t.country) for t in attack.targets] == [("وافد", "YEM")]


def test_people_named_after_a_plural_nationality_are_of_it_not_of_their_host():
    # "جرحى يمنيين مدنيين": Yemeni civilians, though Jordan receives them
    evs = _events("وكان وزير النقل اليمني بدر باسلمة قد أعلن أن الأردن وافق على استقبال جرحى يمنيين مدنيين وعسكريين "
                  "وتعهد بتقديم العلاج لهم.")
    agree = next(e for e in evs if e.type == "AGREE")
    assert _doers(agree) == [("الأردن", "JOR")]
    assert [(t.text, t.country) for t in agree.targets] == [("مدنيين", "YEM")]


def test_fighters_named_by_a_people_word_are_the_second_side_of_a_clash():
    # "بين قوات الأمن والمقاتلين الأكراد": the first side named is the doer, the fighters the other side
    evs = _events("وقبل ذلك بيوم قتل ستة أشخاص في اشتباكات بين قوات الأمن والمقاتلين الأكراد في جنوب شرق البلاد.")
    clash = next(e for e in evs if e.type == "ASSAULT")
    assert [a.text for a in clash.actors] == ["قوات الأمن"]
    assert [t.text for t in clash.targets] == ["المقاتلين"]
    # young men facing the army are no side that does the violence (a riot; they are the ones hurt)
    evs = _events("وبعدها اندلعت مواجهات بين شبان فلسطينيين وقوات الجيش مما أدى إلى إصابة علاونة في صدره.")
    assert not any(a.text.startswith("شبان") for e in evs for a in e.actors)


def test_a_sentence_carried_out_is_the_states_where_it_is_carried_out():
    # no doer named: an execution is the state's (the Saudi Ministry of Interior announces it), implied and flagged
    evs = _events("وقد تم تنفيذ حكم القتل قصاصاً بالجاني / مقرب بن سعد بن علي الثنيان - سعودي الجنسية - اليوم الاثنين "
                  "الموافق 18 / 10 / 1436هـ بمحافظة الأحساء في المنطقة الشرقية.")
    execution = next(e for e in evs if e.type == "SANCTION")
    assert [a.country for a in execution.actors] == ["SAU"]
    assert "actor-implied" in execution.flags
    assert [(t.text, t.country) for t in execution.targets] == [("مقرب بن سعد بن علي الثنيان", "SAU")]


def test_who_leads_the_doer_set_off_by_commas_does_not_cut_it_from_its_deed():
    # "، بقيادة السعودية،" (and the time after it) between the doer and its strikes: the coalition's air force did it
    evs = _events("شن طيران التحالف العربي، بقيادة السعودية، صباح الخميس، ضربات جوية استهدفت تجمعات ومواقع الحوثيين "
                  "وقوات الرئيس السابق علي عبدالله صالح في محافظة أبين جنوبي اليمن.")
    strike = next(e for e in evs if e.type == "ASSAULT")
    assert _doers(strike) == [("طيران التحالف العربي", "SAU")]
    assert [(t.text, t.country) for t in strike.targets] == [("الحوثيين", "YEM")]


def test_a_body_named_by_its_kind_after_the_verb_speaks_not_the_last_speaker():
    # (tuned) the council condemns; the militias whose shelling it condemns are not its speaker
    evs = _events(" قصفت المليشيات المتمردة في محافظة تعز اليمنية، موقعا مخصصا لتخزين الاحتياطي الاستراتيجي من النفط "
                  "والغاز بالمحافظة.\n وأكد المجلس العسكري بتعز، في بيان بثته اليوم، وكالة الأنباء اليمنية الرسمية أن "
                  "مليشيات الحوثي والرئيس المخلوع، علي عبد الله صالح، قامت اليوم بقصف متعمد لمنطقة سد الجبلين في منطقة "
                  "الضباب.\n وفيما دان المجلس العملية التي وصفها بالإجرامية والجبانة، أكد أن الحادثة لن تمر دون عقاب.")
    (condemned,) = [e for e in evs if e.type == "ACCUSE"]
    assert [a.text for a in condemned.actors] == ["المجلس"]
    assert all(t.text != "المجلس" for t in condemned.targets)
    # (SaudiNewsNet) "the council" is the Security Council named just before, not the diplomats who spoke first
    # (without the article's "بالفعل": a threat already made is background since vb23)
    evs = _events("قال دبلوماسيون ان من المرجح ان يصوت مجلس الامن التابع للامم المتحدة يوم الجمعة على اقتراح امريكي. "
                  "وتحديد المسؤولية في هجمات بأسلحة كيماوية سيمهد الطريق امام مجلس الامن الذي يضم 15 عضوا لاتخاذ "
                  "اجراءات. وهدد المجلس بعواقب لمثل هذه الهجمات قد تشمل عقوبات.")
    (threat,) = [e for e in evs if e.type == "THREATEN"]
    assert [a.text for a in threat.actors] == ["مجلس الامن"]


def test_a_bodys_seat_told_in_apposition_is_no_party_and_no_place():
    # (train, blind2) the Observatory "whose seat is Britain": Britain neither struck nor is where the dead fell
    (strike,) = _events("وذكر المرصد ومقره بريطانيا أن الغارات الجوية قصفت مواقع للجبهة في ريف إدلب.")
    assert not strike.actors or all(a.country != "GBR" for a in strike.actors)
    (toll,) = _events("وقال المرصد السوري لحقوق الإنسان ومقره بريطانيا إن 20 شخصا قتلوا في القصف.")
    assert toll.killed == 20 and toll.place is None
    assert all(p.country != "GBR" for p in toll.actors + toll.targets)
