"""Which claims can speak of one incident: rules pinned with real sentences of reports."""

from datetime import date

import pytest

from claims.linking import ClaimText, prepare, score_pair
from claims.linking.incident import IncidentMatch, incident_match
from claims.linking.safety import safe_relation
from claims.linking.scoring import within_incident
from claims.text.places import event_places


def match(a: str, b: str, published: tuple[date | None, date | None] = (None, None)):
    pa = prepare(ClaimText(a, published=published[0]))
    pb = prepare(ClaimText(b, published=published[1]))
    return incident_match(pa, pb, [], 0.0)


def test_a_village_and_its_governorate_are_compatible_never_a_mismatch():
    found = match("قتل 12 مدنياً في غارات على معرة النعمان", "غارات روسية على ريف إدلب الجنوبي")
    assert (found.clashes, found.places) == ((), ("إدلب",))


def test_two_towns_of_different_governorates_are_two_incidents():
    found = match("قتل 12 مدنياً في غارات على معرة النعمان", "قتل 12 مدنياً في غارات على دوما")
    assert found.clashes == ("place",)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Two towns of one district's countryside, neither within the other.
        (
            "سيطرت قوات النظام على بلدة تادف جنوب مدينة الباب بريف حلب الشرقي",
            "استعادت قوات النظام السيطرة على بلدة الخفسة في ريف حلب الشرقي",
        ),
        ("قتل 5 مدنيين في قصف على مدينة سراقب بريف إدلب", "قتل 5 مدنيين في قصف على مدينة أريحا بريف إدلب"),
        # A town named bare is the town, not the district it gives its name to: Khan Shaykhun lies in the
        # district of Maarat al-Numan, not in the town.
        (
            "في محافظة إدلب قضى ( 6 ) أشخاص جراء القصف الروسي على مدينتي سراقب ومعرة النعمان",
            "وقضى في محافظة حماة ( 4 ) أشخاص جراء القصف معظمهم في خان شيخون في محافظة إدلب",
        ),
    ],
)
def test_two_towns_of_one_province_neither_within_the_other_are_two_incidents(a, b):
    assert "place" in match(a, b).clashes


def test_a_town_and_the_district_it_lies_in_are_one_place():
    found = match("سيطرت قوات النظام على بلدة تادف بريف حلب", "اشتباكات عنيفة في منطقة الباب شرق حلب")
    assert found.clashes == ()
    found = match("قصف جوي على خان شيخون", "غارات على ريف معرة النعمان")
    assert found.clashes == ()


def test_an_earthquake_abroad_and_a_raid_in_syria_are_two_incidents_whatever_they_count():
    relation = score_pair(
        prepare(ClaimText("4 أشخاص آخرين قتلوا في مدينة عربين بينما قتل الآخرون في ضربات على مسرابا")),
        prepare(ClaimText("ما لا يقل عن 328 شخصا قتلوا في إقليم كرمانشاه جراء الزلزال الذي ضرب المنطقة")),
    )
    assert (relation.relation, relation.evidence["incident_clashes"]) == ("unrelated", ["kind", "place"])


def test_two_different_named_days_are_two_incidents():
    assert match(
        "قتل 19 شخصاً في قصف على دوما يوم الخميس", "قتل 23 شخصاً في قصف على دوما يوم الأحد"
    ).clashes == ("day",)


@pytest.mark.parametrize(
    ("a", "b", "clashes"),
    [
        # a month is every day of it: the end of November is no 20 October
        (
            "غارات جوية أميركية قتلت خمسة من عناصر تنظيم القاعدة في وسط اليمن نهاية تشرين الثاني / نوفمبر الفائت",
            "قيادي في تنظيم القاعدة قتل مع خمسة عناصر آخرين في ضربة جوية في 20 أكتوبر / تشرين الأول الماضي",
            ("day",),
        ),
        (
            "غارات جوية أميركية قتلت خمسة من عناصر تنظيم القاعدة في وسط اليمن نهاية تشرين الثاني / نوفمبر الفائت",
            "غارات أميركية على وسط اليمن أدت في 20 تشرين الثاني الى مقتل خمسة من عناصر تنظيم القاعدة",
            (),
        ),
        (
            "قتل 20 شخصا في قصف على دوما في آذار / مارس",
            "قتل 20 شخصا في قصف على دوما في أيار / مايو",
            ("day",),
        ),
        # «منذ» is a state since then, not the month of an event
        ("قتل 20 شخصا في قصف على دوما منذ آذار الماضي", "قتل 20 شخصا في قصف على دوما في أيار / مايو", ()),
        # «أب» is a father before it is August
        ("قتل أب لأربعة أطفال في قصف على دوما", "قتل 20 شخصا في قصف على دوما في أيار / مايو", ()),
    ],
)
def test_a_month_named_without_a_day_is_every_day_of_it(a, b, clashes):
    assert match(a, b).clashes == clashes


def test_relative_days_count_from_each_articles_date():
    same = match("قصفت الطائرات دوما أمس", "قصفت الطائرات دوما اليوم", (date(2018, 2, 21), date(2018, 2, 20)))
    apart = match(
        "قصفت الطائرات دوما أمس", "قصفت الطائرات دوما اليوم", (date(2018, 3, 21), date(2018, 2, 20))
    )
    assert (same.same_day, same.clashes, apart.clashes) == (True, (), ("day",))


def test_a_dateline_country_is_no_place_of_the_event():
    found = match("أتلانتا، الولايات المتحدة (CNN) قتل 20 مدنياً في غارات على إدلب", "غارات على ريف إدلب")
    assert (found.clashes, found.places) == ((), ("إدلب",))


def test_an_organisation_named_with_country_adjectives_names_no_place():
    found = match("قالت الجمعية الطبية السورية الأمريكية إن المستشفى قصف", "قصف مستشفى في دوما")
    assert (found.clashes, found.places) == ((), ())


@pytest.mark.parametrize(
    ("denial", "report"),
    [
        (
            "نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت سوق معرة النعمان",
            "قال المرصد السوري إن 27 مدنياً قتلوا في غارات روسية على سوق معرة النعمان",
        ),
        (
            "طائراتها لم تنفذ أي غارات على سوق معرة النعمان",
            "27 مدنياً قتلوا في غارات روسية على سوق معرة النعمان",
        ),
        # To pledge and to agree are one act: denying the pledge denies the agreement reported.
        (
            "لم نتعهد إخراج الموالين لإيران من سوريا",
            'روسيا وافقت على المساهمة في إخراج " قوات موالية لإيران " من سورية',
        ),
        ("الأردن لم يوافق على فتح معبر نصيب", "الأردن تعهد بفتح معبر نصيب الأسبوع المقبل"),
        # «تبدأ» and its verbal noun «بدء», whose hamza is written on the line.
        ("الفصائل لم تبدأ بعد العملية العسكرية في إدلب", "بدء العملية العسكرية للفصائل في إدلب أمس"),
    ],
)
def test_a_denial_of_an_event_contradicts_the_report_of_it(denial, report):
    relation = score_pair(prepare(ClaimText(denial, modality="deny")), prepare(ClaimText(report)))
    assert relation.relation == "contradicts"


def test_a_denial_reported_by_its_verb_alone_contradicts_a_report_of_the_same_place():
    relation = score_pair(
        prepare(ClaimText("قصف سوق معرة النعمان يوم الاثنين", modality="deny")),
        prepare(ClaimText("27 مدنياً قتلوا في غارات على سوق معرة النعمان يوم الاثنين")),
    )
    assert (relation.relation, relation.evidence["incident_anchors"]) == (
        "contradicts",
        {"places": ["معرة النعمان"], "day": True},
    )


def test_a_denial_of_another_kind_of_event_at_the_same_place_is_no_contradiction():
    """Denying that IS retook Abu Kamal says nothing of Russian bombers striking near it."""
    denial = "أنباء أشارت إلى استعادة تنظيم داعش سيطرته على مدينة البوكمال والتي سيطرت عليها القوات السورية بدعم جوي"
    report = "ست قاذفات روسية بعيدة المدى ضربت أهدافا لتنظيم داعش قرب بلدة البوكمال في محافظة دير الزور"
    relation = score_pair(prepare(ClaimText(denial, modality="deny")), prepare(ClaimText(report)))
    assert relation.relation in ("related", "unrelated")


def test_denying_fighters_went_in_is_no_contradiction_of_a_town_changing_hands():
    """Hezbollah denying that its fighters entered Syria for the battle of Abu Kamal neither
    refutes nor confirms the army losing half of the town."""
    denial = "دخول أي من مسلحيها إلى سوريا الأربعاء في إطار القتال للسيطرة على مدينة البوكمال"
    report = "الجيش السوري يخسر السيطرة على نصف مدينة البوكمال"
    relation = score_pair(prepare(ClaimText(denial, modality="deny")), prepare(ClaimText(report)))
    assert relation.relation in ("related", "unrelated")


def test_activists_posting_pictures_do_not_reverse_a_withdrawal():
    denial = "انسحاب القوات الروسية من عفرين"
    report = "ونشر ناشطون على صفحات التواصل الاجتماعي صورا تظهر رفع علم النظام فوق قاعدة عسكرية في عفرين"
    relation = score_pair(prepare(ClaimText(denial)), prepare(ClaimText(report)))
    assert "reversals" not in relation.evidence
    deployed = score_pair(prepare(ClaimText(denial)), prepare(ClaimText("نشر الجيش الروسي قوات في عفرين")))
    assert deployed.evidence.get("reversals")


def test_a_denial_sharing_only_a_place_with_a_report_denies_something_else():
    denial = ClaimText("لن يستفيد أحد من قطع طريق إمدادات الغاز من إقليم كردستان", modality="deny")
    report = ClaimText("أنزلوا أسلحة قدمها إقليم كردستان العراق")
    assert score_pair(prepare(denial), prepare(report)).relation in ("related", "unrelated")


def test_a_denial_contradicts_only_a_claim_that_reports_an_event():
    """Denying a Russian withdrawal from Afrin says nothing of pictures of a flag over a base there;
    it does contradict a report of the withdrawal."""
    denial = ClaimText("انسحاب القوات الروسية من عفرين يوم الاثنين", modality="deny")
    pictures = "صور تظهر رفع علم النظام فوق قاعدة عسكرية جديدة لروسيا في قرية كفرجنة بعفرين يوم الاثنين"
    relation = score_pair(prepare(denial), prepare(ClaimText(pictures)))
    assert relation.relation in ("related", "unrelated")
    report = "انسحبت القوات الروسية من عفرين يوم الاثنين"
    assert score_pair(prepare(denial), prepare(ClaimText(report))).relation == "contradicts"


def test_two_tolls_with_nothing_tying_them_to_one_attack_are_not_a_contradiction():
    relation = score_pair(
        prepare(ClaimText("قتل 19 مدنياً في القصف")), prepare(ClaimText("قتل 23 مدنياً في القصف"))
    )
    assert relation.relation == "related"


def test_dozens_is_twenty_and_more_so_it_conflicts_with_six_in_one_place():
    relation = score_pair(
        prepare(ClaimText("مقتل العشرات من المدنيين في غارات على حمورية")),
        prepare(ClaimText("مقتل 6 مدنيين في غارات على حمورية")),
    )
    conflicts = [(c["a_value"], c["b_value"]) for c in relation.evidence["number_conflicts"]]
    assert (relation.relation, conflicts) == ("contradicts", [(20, 6)])


def test_killed_and_wounded_counts_never_conflict():
    relation = score_pair(
        prepare(ClaimText("مقتل سبعة أشخاص وإصابة 321 شخصا بجروح جراء الزلزال في حلبجة")),
        prepare(ClaimText("ما لا يقل عن 328 شخصا قتلوا جراء الزلزال في حلبجة")),
    )
    conflicts = [(c["a_value"], c["b_value"]) for c in relation.evidence.get("number_conflicts", [])]
    assert conflicts == [(7, 328)]


def test_two_long_sentences_about_one_province_that_share_a_few_words_do_not_corroborate():
    relation = score_pair(
        prepare(
            ClaimText(
                "هيئة تحرير الشام عززت مواقعها في ريف إدلب الجنوبي منعاً لتقدم التنظيم وتسببت الاشتباكات بخسائر"
            )
        ),
        prepare(
            ClaimText(
                "وتسببت الغارات الجوية بنزوح نحو 400 ألف سوري فراراً من الأعمال العسكرية في ريف إدلب الجنوبي"
            )
        ),
    )
    assert relation.relation == "related"


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("قتل 12 مدنياً في غارات روسية على إدلب", {"russia"}),
        ("قصفت طائرات حربية روسية وأخرى تابعة للنظام مناطق سكنية", {"russia"}),
        ("قصف لقوات الأسد على دوما", {"regime"}),
        ("قصفت قوات الجيش السوري مواقع في ريف حماة", {"regime"}),
        ("مقاتلات التحالف الدولي قصفت الرقة", {"coalition"}),
        ("غارات على مواقع داعش في الرقة", set()),
        ("قوات سوريا الديمقراطية سيطرت على الطبقة", set()),
        # A state's armed forces are not the armed opposition; the opposition's still are.
        ("وصلت وحدة خاصة تابعة للقوات المسلحة الصينية إلى طرطوس", set()),
        ("قصفت القوات المسلحة التركية مواقع في عفرين", {"turkey"}),
        ("قصفت قوات المعارضة المسلحة حي الزهراء", {"opposition"}),
    ],
)
def test_the_attacker_is_the_camp_named_after_the_weapon_never_the_target(text, actors):
    assert prepare(ClaimText(text)).frame.actors == frozenset(actors)


def test_attackers_of_opposite_sides_for_one_attack_contradict():
    relation = score_pair(
        prepare(ClaimText("سقطت صواريخ النظام المحملة بغاز السارين على بلدة خان شيخون يوم الثلاثاء")),
        prepare(ClaimText("هجوم للفصائل بغاز السارين على بلدة خان شيخون يوم الثلاثاء")),
    )
    assert (relation.relation, relation.evidence["perpetrators"]) == (
        "contradicts",
        [["regime"], ["opposition"]],
    )


@pytest.mark.parametrize(
    ("report", "store"),
    [
        (
            "وجاءت هذه الضربة ردا على قيام النظام السوري بقصف بلدة خان شيخون في ريف إدلب بغاز السارين",
            'الطيران الحربي السوري استهدف صباح الثلاثاء مستودعا للفصائل المعارضة يحتوي " مواد سامة " في خان شيخون',
        ),
        (
            "قتل أكثر من 70 مدني في هجوم بالأسلحة الكيميائية على بلدة خان شيخون بريف إدلب",
            "الوفيات في خان شيخون نجمت عن تسرب للغاز من مستودع كانت فصائل المعارضة تخزن فيه أسلحة كيماوية",
        ),
    ],
)
def test_a_chemical_attack_against_a_strike_on_a_chemicals_store_contradicts(report, store):
    relation = score_pair(prepare(ClaimText(report)), prepare(ClaimText(store)))
    assert (relation.relation, relation.evidence["versions"]) == ("contradicts", ["attack", "store"])


def test_a_store_of_ammunition_hit_is_no_version_of_a_chemical_attack():
    relation = score_pair(
        prepare(ClaimText("قتل أكثر من 70 مدني في هجوم بالأسلحة الكيميائية على بلدة خان شيخون بريف إدلب")),
        prepare(ClaimText("الطيران الروسي دمر أكبر مستودع للذخيرة لتحرير الشام بالقرب من خان شيخون")),
    )
    assert "versions" not in relation.evidence


def test_allies_named_apart_do_not_contradict():
    relation = score_pair(
        prepare(ClaimText("قتل 20 مدنياً في غارات روسية على سوق معرة النعمان يوم الاثنين")),
        prepare(ClaimText("قتل 20 مدنياً في غارات للنظام على سوق معرة النعمان يوم الاثنين")),
    )
    assert (relation.relation, "perpetrators" in relation.evidence) == ("corroborates", False)


def test_named_dates_separate_two_strikes_on_one_town():
    found = match("قتل 12 مدنياً في غارات على دوما في 3 شباط", "قتل 30 مدنياً في غارات على دوما في 19 شباط")
    same = match("قتل 12 مدنياً في غارات على دوما في 19 شباط", "غارات على دوما يوم 19 فبراير 2018 أوقعت قتلى")
    assert (found.clashes, same.clashes, same.same_day) == (("day",), (), True)


def test_two_reports_of_one_kind_of_event_at_one_town_are_surer_one_incident_than_two_kinds():
    """Two air strikes on Maarat al-Numan tie closer than an air strike and clashes there; one
    kind of event alone, with no shared place or day, ties nothing."""
    strike = prepare(ClaimText("قتل 12 مدنياً في غارات على معرة النعمان"))
    other_strike = prepare(ClaimText("غارات جوية تستهدف سوق معرة النعمان"))
    clashes = prepare(ClaimText("اشتباكات عنيفة في معرة النعمان"))
    elsewhere = prepare(ClaimText("غارات جوية على بلدة في ريف اللاذقية"))
    same = incident_match(strike, other_strike, [])
    assert (same.kind, same.strength) == ("air_strike", 2.5)
    assert incident_match(strike, clashes, []).strength == 2.0
    assert incident_match(strike, elsewhere, []).strength == 0.0


def test_background_since_a_year_is_one_place_not_one_incident():
    """Two outlets recalling that IS has held Deir ez-Zor since 2014 say nothing of today's event."""
    background = prepare(
        ClaimText("وسيطر تنظيم الدولة الإسلامية منذ صيف 2014 على أجزاء واسعة من محافظة دير الزور")
    )
    event = prepare(ClaimText("سيطر الجيش السوري على أجزاء واسعة من محافظة دير الزور بعد معارك مع التنظيم"))
    assert incident_match(background, event, []).strength <= 1.0


def test_a_common_word_with_a_clitic_glued_to_it_is_no_rare_shared_name():
    from claims.linking.incident import _rare_shared

    assert _rare_shared(["ونساء", "وعناصر", "وادلب", "كويرس"]) == ["كويرس"]


def test_a_preposition_is_no_rare_shared_name_however_its_stem_is_cut():
    # «باتجاه» is stemmed «باتجا»; stemmed again it would be «باتج», which no list holds.
    found = match(
        "ليس أمامهم منفذ غير أن يعبروا الفرات باتجاه الضفة الشرقية والهروب باتجاه البادية",
        "نفى أي اتفاق مع مسلحي داعش لخروجهم من المدينة باتجاه دير الزور",
    )
    assert found.terms == ()
    denial = prepare(ClaimText("أي اتفاق مع مسلحي داعش لخروجهم من المدينة باتجاه دير الزور", modality="deny"))
    other = prepare(
        ClaimText("ليس أمامهم منفذ غير أن يعبروا الفرات باتجاه الضفة الشرقية والهروب باتجاه البادية")
    )
    assert score_pair(denial, other).relation != "contradicts"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "وتنفي موسكو وطهران وأنقرة",
            "موسكو منعت حصول ذلك , لكن إلى متى سيبقى الفيتو الروسي محترما من دمشق وطهران",
        ),
        ("واشنطن تتهم موسكو بقصف المستشفى", "أنقرة وموسكو تتفقان على وقف إطلاق النار"),
    ],
)
def test_a_foreign_capital_standing_for_its_government_is_no_place_the_claims_share(a, b):
    assert match(a, b).places == ()


def test_a_foreign_capital_introduced_as_a_place_is_one():
    found = match("انطلقت المحادثات في العاصمة الروسية موسكو", "وصل وفد المعارضة إلى موسكو أمس")
    assert found.places == ("موسكو",)


def test_what_one_side_loses_the_other_takes_is_one_event_told_by_both():
    """The army losing half of Abu Kamal and IS retaking it are one event, not a contradiction; the
    army withdrawing from a town and the army taking it are."""
    lost = prepare(ClaimText("الجيش السوري يخسر السيطرة على نصف مدينة البوكمال"))
    taken = prepare(ClaimText("استعاد تنظيم الدولة الإسلامية نصف مدينة البوكمال من جيش النظام وحلفائه"))
    relation = score_pair(lost, taken)
    assert relation.relation != "contradicts"
    assert relation.evidence.get("converse") and not relation.evidence.get("reversals")


@pytest.mark.parametrize(
    ("text", "word", "camp"),
    [
        ("الجيش السوري يخسر السيطرة على نصف مدينة البوكمال", "يخسر", "regime"),
        ("استعاد تنظيم الدولة الإسلامية نصف مدينة البوكمال", "استعاد", "islamic_state"),
        ("سيطرت قوات سوريا الديمقراطية على حي النهضة", "سيطرت", "sdf"),
        # «الدولة الإسلامية» without «تنظيم», before the verb or after it; «الجبهة الإسلامية» is no camp.
        ('أخبار " الدولة الإسلامية " تستعيد السيطرة على نصف مدينة البوكمال', "تستعيد", "islamic_state"),
        ("قالت الجبهة الإسلامية إن", "قالت", None),
        # The place after the preposition is no subject.
        ("انسحب مقاتلون من بلدة تادف", "انسحب", None),
    ],
)
def test_the_camp_that_does_what_a_verb_says(text, word, camp):
    from claims.linking.compare import agent

    assert agent(text, word) == camp


def test_words_every_kind_of_story_uses_tie_no_two_reports_to_one_incident():
    """«لخسارة», «وريفي», «وحلفائه», «استخدم» are in stories of every kind; «حمورية», «ينتقم» are not."""
    from claims.linking.incident import _rare_shared

    assert _rare_shared(["لخسار", "وريفي", "وحلفائ", "استخدم", "حموري", "ينتقم"]) == ["حموري", "ينتقم"]


def test_two_reports_sharing_only_a_province_and_a_few_words_are_related_not_corroboration():
    """Commanders moving their families out of Idlib and the north of Hama, and IS spreading along
    the line between Aleppo, Hama and Idlib: two stories of the same provinces."""
    a = (
        "عددا كبيرا من القياديين المحليين في تنظيمي جبهة النصرة وجيش العزة قاموا خلال الأيام الأخيرة بنقل"
        " أفراد أسرهم وممتلكاتهم من مناطق مختلفة من محافظة إدلب وريف حماة الشمالي باتجاه الحدود التركية"
    )
    b = "وتمكن التنظيم إثر ذلك من التوسع في المنطقة الحدودية بين محافظات حلب (شمال) وحماة (وسط) وإدلب"
    relation = score_pair(prepare(ClaimText(a)), prepare(ClaimText(b)))
    assert relation.relation in ("related", "unrelated")


def test_captures_of_one_town_by_opposite_sides_are_two_incidents():
    """The army taking all of Abu Kamal and IS retaking half of it a day later are two events; IS
    retaking it as reported by two outlets is one."""
    army = prepare(ClaimText("سيطر الجيش السوري والقوات الرديفة والحليفة على كامل مدينة البوكمال"))
    isis = prepare(ClaimText('تنظيم " داعش " استعاد أمس السيطرة على حوالى 50 في المئة من البوكمال'))
    again = prepare(ClaimText("تنظيم الدولة الإسلامية استعاد نصف مدينة البوكمال من جيش النظام وحلفائه"))
    assert incident_match(army, isis, []).clashes == ("captor",)
    assert incident_match(isis, again, []).clashes == ()
    assert score_pair(army, isis).relation == "unrelated"


def test_attackers_of_opposite_sides_conflict_only_over_one_kind_of_attack():
    """Russian forces entering Afrin and a Turkish shelling of its villages are two events, not two
    accounts of one attacker."""
    relation = score_pair(
        prepare(ClaimText("ودخلت قوات روسية من آليات وعربات عسكرية إلى مدينة عفرين بريف حلب الشمالي")),
        prepare(
            ClaimText("ادانت رئاسة المجلس التنفيذي في مدينة عفرين القصف التركي على القرى الحدودية في عفرين")
        ),
    )
    assert (relation.relation, "perpetrators" in relation.evidence) != ("contradicts", True)
    assert "perpetrators" not in relation.evidence


@pytest.mark.parametrize(
    "wish",
    [
        "لا نريد أن يتقدم النظام والميليشيات إلى بلدة تادف قرب مدينة الباب",
        "المعركة لا تهدف إلى اقتحام مدينة تادف قرب مدينة الباب",
    ],
)
def test_a_wish_or_an_aim_negated_denies_no_event(wish):
    report = prepare(
        ClaimText("وسيطرت قوات النظام والميليشيات الموالية لها اليوم على بلدة تادف جنوب مدينة الباب")
    )
    relation = score_pair(prepare(ClaimText(wish)), report)
    assert not relation.evidence.keys() & {"denial", "negation"}


def test_a_denial_does_not_contradict_a_claim_that_names_an_event_only_as_an_aim():
    denial = prepare(
        ClaimText("دخول أي من مسلحيها إلى سوريا في إطار القتال للسيطرة على مدينة البوكمال", modality="deny")
    )
    rumour = prepare(
        ClaimText("أنباء عن وجود البغدادي في مدينة البوكمال خلال عملية الجيش السوري وحلفائه لاستعادة المدينة")
    )
    assert score_pair(denial, rumour).relation != "contradicts"


def test_a_time_gone_by_in_one_province_confirms_no_report_of_today():
    then = prepare(
        ClaimText("فصائل معارضة طردت التنظيم في العام 2014 من محافظة إدلب ولم يتمكن من العودة إليها")
    )
    now = prepare(ClaimText("تنظيم الدولة الإسلامية ينفذ هجوما جديدا ضد تحرير الشام وفصائل إدلب"))
    assert score_pair(then, now).relation != "corroborates"


def test_a_reported_denial_is_weighed_once():
    """A headline reported as denied («… نفت هيئة تحرير الشام إصابة قائدها») contradicts the report
    of the same event, whether or not its own words also deny."""
    denied = prepare(ClaimText("إصابة قائدها الجولاني في ضربة روسية | الجزيرة", modality="deny"))
    worded = prepare(ClaimText("نفت هيئة تحرير الشام إصابة قائدها الجولاني في ضربة روسية", modality="deny"))
    report = prepare(
        ClaimText(
            "الضربة الجوية أدت كذلك إلى إصابة قائد الهيئة أبي محمد الجولاني بجروح خطيرة , "
            "وأدت إلى مقتل مساعده الذي لم يسمه , ضمن 12 قياديا"
        )
    )
    assert score_pair(denied, report).relation == "contradicts"
    assert score_pair(worded, report).relation == "contradicts"


def test_a_withheld_name_is_no_negation():
    assert prepare(ClaimText("وأدت الغارة إلى مقتل مساعده الذي لم يسمه")).negations == ()


def test_half_a_town_taken_and_all_of_it_do_not_corroborate():
    half = prepare(ClaimText("استعاد تنظيم الدولة الإسلامية نصف مدينة البوكمال من جيش النظام وحلفائه"))
    whole = prepare(ClaimText('استعادة تنظيم " الدولة الاسلامية " السيطرة التامة على مدينة البوكمال'))
    percent = prepare(ClaimText("استعاد تنظيم الدولة السيطرة على نحو 50 في المئة من مدينة البوكمال"))
    relation = score_pair(half, whole)
    assert (relation.relation, relation.evidence["extent"]) == ("related", ["part", "all"])
    assert "extent" not in score_pair(half, percent).evidence


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # «لا مركزية» is one noun (decentralisation), not a negation.
        (
            "مدينة الرقة ستكون جزءا من سوريا لا مركزية اتحادية لتربط بذلك مستقبل المدينة التي حررتها من تنظيم"
            " داعش بخطط الأكراد لإقامة مناطق حكم ذاتي في شمال سوريا",
            "محافظة الرقة , بما فيها مدينة الرقة وريفها , ستكون جزءا من سوريا لا مركزية اتحادية",
        ),
        # «الأزمة السورية» names the war, not a dispute that the summit's agreement reverses.
        (
            "انطلقت القمة الثلاثية بين أردوغان وبوتين وروحاني اليوم الأربعاء في مدينة سوتشي حول الأزمة السورية",
            "اختتمت القمة الثلاثية التي جمعت أردوغان وبوتين وروحاني الأربعاء في مدينة سوتشي باتفاق",
        ),
    ],
)
def test_words_that_name_a_thing_neither_negate_nor_reverse_a_report_of_one_event(a, b):
    relation = score_pair(prepare(ClaimText(a)), prepare(ClaimText(b)))
    assert relation.relation == "corroborates"
    assert not {"negation", "reversals", "denial"} & set(relation.evidence)


def test_a_denial_of_what_a_report_says_in_other_words_contradicts_it():
    """Denying al-Julani's wounding in a Russian strike contradicts the report of it, though the
    two are worded apart; the wording must not turn the denial into agreement."""
    denial = ClaimText("إصابة قائدها الجولاني في ضربة روسية", modality="deny")
    report = ClaimText("إصابة الجولاني بجراح خطيرة بغارة روسية في سوريا")
    relation = score_pair(prepare(denial), prepare(report))
    assert (relation.relation, relation.evidence["modalities"]) == ("contradicts", ["deny", "assert"])


@pytest.mark.parametrize(
    "alive",
    [
        "زعيم التنظيم أبو بكر البغدادي مازال على قيد الحياة , وأنه خرج من مدينة الموصل قبيل الحملة",
        "البغدادي لا زال مختبئا في سوريا , لكن خارج الرقة",
        "أكد مصدر أن القائد أبو محمد الجولاني ما زال حيا يرزق",
    ],
)
def test_alive_against_killed_is_a_contradiction(alive):
    killed = "تلقى معلومات مؤكدة حول مقتل أبي بكر البغدادي وأبي محمد الجولاني في غارة جوية"
    relation = score_pair(prepare(ClaimText(alive)), prepare(ClaimText(killed)))
    assert safe_relation(relation.relation, relation.evidence) == "contradicts"
    assert relation.evidence["reversals"]


@pytest.mark.parametrize(
    "text",
    [
        "مطالبا الأمم المتحدة بتوضيح ما ورد في التقرير من المغالطات",
        "ما نشرته الوكالة عن القصف افتراءات لا أساس لها",
        "هذه الأنباء أكاذيب يروجها الإعلام المعادي",
        "الصور التي نشرت عن الهجوم ملفقة",
    ],
)
def test_calling_the_other_version_false_in_other_words_is_a_denial(text):
    assert prepare(ClaimText(text)).modality == "deny"


@pytest.mark.parametrize(
    "passage",
    [
        "قال لافروف إن بلاده لم تتعهد بضمان انسحاب القوات الموالية لإيران من سورية , مشيرا إلى أن الحديث"
        " يدور حول قوات غير سورية في منطقة خفض التوتر جنوب غرب البلاد",
        "من المهم طرح هذه الأسئلة في سياق تحليل تصريح لافروف بأن بلاده لم تتعهد بضمان انسحاب القوات الموالية"
        " لإيران من سورية",
    ],
)
def test_a_denial_and_a_passage_carrying_the_same_negation_agree(passage):
    """Neither as a relation, nor as a denial the queue sees, nor as a clash of modalities."""
    denial = ClaimText("بلاده لم تتعهد بضمان انسحاب القوات الموالية لإيران من سورية", modality="deny")
    relation = score_pair(prepare(denial), prepare(ClaimText(passage, modality="unattributed")))
    assert relation.relation != "contradicts"
    assert "denial" not in relation.evidence
    assert "modalities" not in relation.evidence
    assert safe_relation(relation.relation, relation.evidence, relation.alike) != "contradicts"


@pytest.mark.parametrize("withheld", ["إلا أنها لم تفصح عن أسماء المشاركين", "لكنه لم يكشف عن أسماء القادة"])
def test_withholding_a_name_denies_nothing(withheld):
    report = "طالب البيان بمغادرة الجماعات المسلحة التي تدعمها طهران البلاد"
    relation = score_pair(prepare(ClaimText(report + " , " + withheld)), prepare(ClaimText(report)))
    assert relation.relation == "corroborates"


def test_a_denied_arrival_of_a_unit_contradicts_the_report_of_it():
    denial = ClaimText("وصول قوات صينية خاصة إلى مدينة طرطوس لمساندة الجيش", modality="deny")
    report = ClaimText("وصلت وحدة خاصة لمكافحة الإرهاب تابعة للقوات المسلحة الصينية إلى طرطوس السورية")
    relation = score_pair(prepare(denial), prepare(report))
    assert (relation.relation, relation.evidence["denial"]) == ("contradicts", "a")


@pytest.mark.parametrize(
    ("negation", "report"),
    [
        (
            "الأردن لا يستطيع إعادة فتح الحدود من خلال المعبرين البريين بين البلدين إلا بعد انتهاء الأعمال العسكرية",
            "وكانت روسيا وأمريكا والأردن قد توافقت على وقف إطلاق النار , مع أنباء عن مساع لإعادة فتح معبر نصيب الحدودي",
        ),
        (
            "الأردن لم يوافق على فتح معبر نصيب عندما كان في أيدي من هم خارج السلطات الرسمية",
            "مصادر أردنية بدأت تطلب من بعض الفصائل رفع العلم السوري الرسمي في معبر نصيب الحدودي",
        ),
    ],
)
def test_a_negation_of_what_the_report_does_not_say_is_no_contradiction(negation, report):
    relation = score_pair(prepare(ClaimText(negation, modality="deny")), prepare(ClaimText(report)))
    assert safe_relation(relation.relation, relation.evidence, relation.alike) != "contradicts"


def test_a_negation_of_what_the_report_says_contradicts_it():
    denial = ClaimText("الأردن لم يوافق على فتح معبر نصيب الحدودي مع سوريا", modality="deny")
    report = ClaimText("وافق الأردن على فتح معبر نصيب الحدودي مع سوريا بعد مفاوضات مع دمشق")
    relation = score_pair(prepare(denial), prepare(report))
    assert safe_relation(relation.relation, relation.evidence, relation.alike) == "contradicts"


def test_common_is_no_rumour():
    claim = prepare(ClaimText("وفقا للاجئين فإن عمليات الإبعاد الجماعي كانت أحيانا أمرا شائعا"))
    assert claim.modality != "deny"
    assert prepare(ClaimText("هذه الأنباء مجرد شائعات يروجها الإعلام المعادي")).modality == "deny"


def test_two_villages_the_gazetteer_does_not_list_are_two_incidents():
    a = "قتل عناصر الهيئة 18 عنصرا لقوات النظام في قرية أبو ميال بريف حماة الشرقي"
    b = "قتل ستة عناصر من قوات النظام وتدمير دبابتين شمال قرية حماده عمر في ناحية عقيربات شرقي حماة"
    relation = score_pair(prepare(ClaimText(a)), prepare(ClaimText(b)))
    assert relation.relation == "unrelated"
    assert relation.evidence["incident_clashes"] == ["place"]
    # The same village named once with the word for it and once without is one place.
    same = score_pair(
        prepare(ClaimText(a)), prepare(ClaimText("قتل 20 عنصرا لقوات النظام في هجوم على أبو ميال"))
    )
    assert "incident_clashes" not in same.evidence
    # «البلدة المجاورة» describes a village, it names none.
    nearby = score_pair(
        prepare(ClaimText(a)), prepare(ClaimText("قتل 20 عنصرا لقوات النظام في القرية المجاورة لأبو ميال"))
    )
    assert "incident_clashes" not in nearby.evidence


def test_a_negated_intention_denies_what_follows_it():
    denial = ClaimText(
        "روسيا لا تعتزم إنشاء قاعدة عسكرية جديدة في عفرين وإنما إنشاء مركز فقط", modality="unattributed"
    )
    report = ClaimText("اتفاق روسي - كردي لإنشاء قاعدة عسكرية في عفرين")
    relation = score_pair(prepare(denial), prepare(report))
    assert safe_relation(relation.relation, relation.evidence, relation.alike) == "contradicts"
    assert relation.evidence["negation"] == {"a": ["لا تعتزم"], "b": []}


def test_the_same_content_called_false_in_one_claims_words_contradicts_it():
    rumour = ClaimText("وانتشرت إشاعات عن تسمية الحكومة اللواء محمد فارس لمنصب وزير الدفاع")
    report = ClaimText("عينت الحكومة السورية المؤقتة اللواء محمد فارس بمنصب وزير الدفاع فيها")
    relation = score_pair(prepare(rumour), prepare(report))
    assert relation.relation == "contradicts"


def test_one_statement_worded_alike_is_one_report_whatever_kinds_of_event_it_names():
    a = "قال وزير الخارجية سيرجي لافروف يوم الثلاثاء إن بلاده لم تتعهد بضمان انسحاب القوات الموالية لإيران من سوريا"
    b = (
        "واكتمل التصعيد الروسي بإعلان وزير الخارجية سيرغي لافروف , أن بلاده لم تتعهد بضمان خروج التشكيلات"
        " الموالية لإيران من سورية , في ظل اعتراض إسرائيلي على اتفاق خفض التوتر في جنوب غرب سورية"
    )
    relation = score_pair(prepare(ClaimText(a)), prepare(ClaimText(b)))
    assert "incident_clashes" not in relation.evidence
    assert relation.relation == "corroborates"


def test_for_the_sake_of_is_no_postponement():
    claim = prepare(ClaimText("انظروا إلى حجم الاستثمار الإيراني من أجل تحقيق الهيمنة الإقليمية"))
    assert claim.dissent == ()
    assert prepare(ClaimText("تأجيل المفاوضات إلى الشهر المقبل")).dissent


def test_alive_against_killed_is_one_person_wherever_each_account_places_him():
    killed = "مقتل زعيم تنظيم داعش أبو بكر البغدادي بإحدى غارات القوات الجوية الروسية على الرقة السورية"
    alive = (
        "أشارت مصادر مقربة من تنظيم داعش إلى أن زعيم التنظيم أبو بكر البغدادي مازال على قيد الحياة وأنه خرج"
        " من مدينة الموصل العراقية"
    )
    relation = score_pair(prepare(ClaimText(killed)), prepare(ClaimText(alive)))
    assert "incident_clashes" not in relation.evidence
    assert safe_relation(relation.relation, relation.evidence, relation.alike) == "contradicts"


def test_neither_confirming_nor_denying_contradicts_nothing():
    neither = ClaimText(
        "ولم يصدر التنظيم المتشدد ما يؤكد أو ينفي هذه المعلومات التي تزامنت مع خسارة مدينة الموصل , معقله الأساسي في العراق",
        modality="unattributed",
    )
    report = ClaimText(
        'إقدام تنظيم " داعش " على تفجير جامع النوري التأريخي ومنارة الحدباء في الجانب الغربي لمدينة الموصل'
    )
    relation = score_pair(prepare(neither), prepare(report))
    assert relation.relation != "contradicts"
    assert "denial" not in relation.evidence


def test_a_negation_of_what_the_report_does_not_say_is_no_contradiction_within_one_incident():
    denial = ClaimText(
        "القوات التركية لم تدخل إدلب بعد وإنها عملية للجيش السوري الحر حتى الآن", modality="deny"
    )
    report = ClaimText(
        "في الوقت الراهن , ينفذ الجيش السوري الحر العملية هناك في إدلب . . . روسيا ستحمي الحدود"
    )
    relation = score_pair(prepare(denial), prepare(report))
    assert relation.evidence["incident_anchors"]["places"] == ["إدلب"]
    assert relation.relation != "contradicts"
    # A negated event in other words still turns the report round: «لم يسجل حدوث أي غارات» / «الضربة الجوية».
    strike = score_pair(
        prepare(
            ClaimText(
                "لم يسجل حدوث أي غارات جوية روسية على الضواحي الجنوبية من الرقة في 28 أيار", modality="deny"
            )
        ),
        prepare(ClaimText("تمت الضربة الجوية على الضواحي الجنوبية من الرقة يوم 28 أيار ليلا")),
    )
    assert strike.relation == "contradicts"


def test_a_negation_reaches_no_further_than_its_own_clause():
    # «لم تصب» negates the aircraft being hit; the strike after «وأن» is asserted, and it is the strike the
    # other report tells.
    statement = ClaimText(
        'أي طائرات إسرائيلية لم تصب وأن الغارة شنت بعد ذلك بساعتين و " أعطبت " البطارية السورية المضادة'
        " للطائرات والتي تقع على مسافة 50 كيلومترا شرق دمشق",
        modality="deny",
    )
    report = ClaimText(
        "طائرات الاحتلال الإسرائيلي دمرت بطارية صواريخ تابعة للنظام مضادة للطائرات , بالقرب من العاصمة دمشق"
    )
    relation = score_pair(prepare(statement), prepare(report))
    assert relation.evidence["incident_anchors"]["places"] == ["دمشق"]
    assert relation.relation != "contradicts"


@pytest.mark.parametrize(
    "aside",
    [
        "ويعتبر معبر نصيب - جابر أحد المعبرين الحدوديين بين الأردن وسوريا ويقع بين بلدة نصيب السورية وبلدة جابر الأردنية",
        "يذكر أن إعادة فتح معبر نصيب الحدودي بين الأردن وسوريا مصلحة مشتركة للطرفين",
    ],
)
def test_the_writers_background_confirms_no_report(aside):
    report = ClaimText(
        "اعادة فتح معبر نصيب الحدودي بين الأردن وسوريا مصلحة مشتركة مهمة للطرفين الأردني والسوري"
    )
    relation = score_pair(prepare(ClaimText(aside, modality="unattributed")), prepare(report))
    assert relation.relation != "corroborates"


@pytest.mark.parametrize(
    "outcome",
    [
        "الصاروخ كان باتجاه مناطق سكنية بمنطقة الرياض , وتم اعتراضه وتدميره جنوب الرياض دون وقوع أي خسائر",
        "وأسقطت الدفاعات الجوية السعودية الصاروخ الباليستي ولم ترد تقارير عن وقوع ضحايا أو حدوث أضرار",
    ],
)
def test_an_event_told_with_no_casualties_does_not_deny_the_event(outcome):
    """What the negation is of decides: no losses from an interception deny no interception."""
    report = ClaimText("الدفاعات الجوية السعودية أسقطت الصاروخ الباليستي جنوب مدينة الرياض")
    relation = score_pair(prepare(ClaimText(outcome)), prepare(report))
    assert "negation" not in relation.evidence
    assert relation.evidence.get("denial") is None
    assert safe_relation(relation.relation, relation.evidence, relation.alike) != "contradicts"


def test_another_partys_denial_resumed_after_a_report_does_not_turn_the_report_into_a_denial():
    # The report carries the regime's answer to it; set against the same report it still agrees.
    answered = prepare(ClaimText("استخدام متعمد للتجويع كسلاح في الحرب , وهو اتهام ينفيه نظام الأسد"))
    relation = score_pair(answered, prepare(ClaimText("استخدام متعمد للتجويع كسلاح في الحرب")))
    assert (answered.modality, answered.dissent, relation.relation) == ("assert", (), "corroborates")


@pytest.mark.parametrize(
    "total",
    [
        "وأحصى المرصد مقتل 43 مدنيا أغلبهم من الغوطة الشرقية منذ يوم الثلاثاء",
        "ارتفع عدد القتلى المدنيين في الغوطة الشرقية منذ بدء الحملة إلى 43 مدنيا",
    ],
)
def test_a_total_since_a_past_day_does_not_conflict_with_one_days_toll(total):
    day = prepare(ClaimText("قتل 22 مدنيا في غارات على الغوطة الشرقية أمس"))
    assert score_pair(prepare(ClaimText(total)), day).evidence.get("number_conflicts") is None
    other_day = prepare(ClaimText("قتل 43 مدنيا في غارات على الغوطة الشرقية أمس"))
    assert score_pair(other_day, day).evidence.get("number_conflicts")


def test_the_toll_of_an_earlier_attack_a_claim_measures_against_conflicts_with_no_toll_of_today():
    deadliest = prepare(
        ClaimText(
            "ويعد الهجوم الأكثر دموية من نوعه , منذ أن أدى هجوم لقوات النظام بغاز السارين إلى مقتل نحو 1400 مدني في الغوطة الشرقية"
        )
    )
    today = prepare(ClaimText("قتل 11 مدنيا في غارات على بلدة حمورية في الغوطة الشرقية"))
    assert score_pair(deadliest, today).evidence.get("number_conflicts") is None


def test_two_tolls_one_of_a_time_gone_by_are_no_contradiction():
    gone_by = prepare(
        ClaimText(
            "ففي آذار / مارس 2013 , تم استخدام غاز السارين لأول مرة في خان العسل بحلب ما أدى لمقتل 20 قتيلا"
        )
    )
    other = prepare(
        ClaimText("مجزرة في اليوم الأول من الامتحانات الجامعية في حلب ذهب ضحيتها أكثر من 80 قتيلا")
    )
    assert gone_by.frame.background
    assert score_pair(gone_by, other).relation != "contradicts"


def test_denying_a_town_fell_contradicts_its_capture_not_the_fighting_for_it():
    denial = prepare(ClaimText("المرصد السوري ينفي سيطرة النظام على البوكمال", modality="deny"))
    fighting = prepare(ClaimText('تنفيذ " داعش " هجمات مضادة استهدفت قوات النظام المتقدمة نحو البوكمال'))
    capture = prepare(ClaimText("سيطر الجيش السوري على كامل مدينة البوكمال"))
    assert (score_pair(fighting, denial).relation, score_pair(capture, denial).relation) == (
        "related",
        "contradicts",
    )


def test_a_denial_sharing_a_province_and_words_of_every_story_denies_something_else():
    """«النظام السوري لم يستخدم أسلحة كيماوية في حمص» and a toll of coalition strikes in the Homs desert share
    the province, «النظام» and «السوري»: words of every other story, no event."""
    denial = prepare(ClaimText("النظام السوري لم يستخدم أسلحة كيماوية في حمص", modality="deny"))
    toll = prepare(
        ClaimText(
            "قتل 30 مدنيا من النظام السوري بغارات التحالف الدولي على ريف حمص الشرقي , بحسب المرصد السوري"
        )
    )
    assert score_pair(denial, toll).relation != "contradicts"


def test_one_statement_told_and_denied_alike_both_ways_contradicts():
    """Worded alike both ways, the two need no place or day, and «إخراج» need name no event the frames know."""
    report = ClaimText('روسيا وافقت على المساهمة في إخراج " قوات موالية لإيران " من سورية', modality="assert")
    denial = ClaimText("بلاده لم تتعهد بضمان انسحاب القوات الموالية لإيران من سوريا", modality="deny")
    relation = score_pair(prepare(report), prepare(denial))
    assert relation.relation == "contradicts"
    assert safe_relation(relation.relation, relation.evidence, relation.alike) == "contradicts"


def test_a_town_located_by_a_direction_from_a_city_happens_at_the_town():
    """«بلدة خان شيخون الواقعة جنوب مدينة إدلب»: the city tells where the town lies; a denial of strikes on the
    city is no denial of strikes on the town."""
    assert event_places("الغارات استهدفت بلدة خان شيخون الواقعة جنوب مدينة إدلب يومي الجمعة والسبت") == (
        "sy-t-khan-shaykhun",
    )
    assert event_places("غارات على جنوب إدلب") == ("SY07",)


def test_a_negation_of_another_countrys_forces_contradicts_no_report_of_these():
    """ "لا توجد شرطة عسكرية روسية في إدلب …، لكن … التركية ينتشرون": the Russian police are negated; the
    Turkish deployment the other report tells is the claim's own."""
    negated = ClaimText(
        "لا توجد شرطة عسكرية روسية في إدلب حتى الآن , لكن عناصر الشرطة العسكرية التركية ينتشرون هناك"
    )
    report = ClaimText("الشرطة العسكرية التركية بدأت بالانتشار في محافظة إدلب السورية")
    relation = score_pair(prepare(negated), prepare(report))
    assert "negation" not in relation.evidence and "denial" not in relation.evidence
    assert safe_relation(relation.relation, relation.evidence, relation.alike) != "contradicts"
    # The same negation of these forces still turns the report round.
    turned = score_pair(prepare(ClaimText("لا توجد شرطة عسكرية تركية في إدلب حتى الآن")), prepare(report))
    assert turned.relation == "contradicts"


def test_an_event_dated_months_before_its_article_is_history_not_an_incident():
    """A wire timeline printed by two outlets in December 2017 («سنجار : في 13 نوفمبر 2015 , استعادت …»):
    one past event each time, no incident of the news; the same capture dated in the week is one."""
    timeline = [
        ClaimText(
            "سنجار : في 13 نوفمبر 2015 , استعادت القوات الكردية مدعومة بغارات جوية لقوات التحالف مدينة سنجار",
            published=published,
        )
        for published in (date(2017, 12, 9), date(2017, 12, 10))
    ]
    history = incident_match(prepare(timeline[0]), prepare(timeline[1]), ["سنجار", "استعادت"], 0.97)
    assert history.background and history.strength <= 1.0
    news = [
        ClaimText("في 5 ديسمبر 2017 استعادت القوات الكردية مدينة سنجار", published=date(2017, 12, 9)),
        ClaimText(
            "استعادت القوات الكردية مدينة سنجار يوم الثلاثاء 5 ديسمبر 2017", published=date(2017, 12, 6)
        ),
    ]
    today = incident_match(prepare(news[0]), prepare(news[1]), ["سنجار", "استعادت"], 0.9)
    assert not today.background and today.strength > history.strength


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("وتحاصر قوات رئيس النظام السوري بشار الأسد قرابة 400 ألف شخص في الغوطة الشرقية", True),
        ("ويعيش في الغوطة الشرقية نحو 400 ألف مدني", True),
        ("ويغلب العرب على سكان مدينة الرقة", True),
        # a headline puts its subject first and tells the day's news; «تقع» tells events too
        ("قوات النظام تحاصر بلدة بيت جن", False),
        ("وتقع اشتباكات عنيفة في حي جوبر", False),
    ],
)
def test_a_sentence_opening_on_a_lasting_state_is_background(text, background):
    assert prepare(ClaimText(text)).frame.background is background


def test_two_outlets_repeating_a_background_state_tie_it_to_no_incident():
    a = "وتحاصر قوات موالية للرئيس السوري بشار الأسد قرابة 400 ألف شخص في الغوطة الشرقية , وقد ناشدت الأمم المتحدة"
    b = "وتحاصر قوات رئيس النظام السوري بشار الأسد قرابة 400 ألف شخص في الغوطة الشرقية"
    found = match(a, b)
    assert found.background and found.strength <= 1.0


def test_a_claim_denying_that_something_exists_agrees_with_a_denial_of_it():
    """«إسرائيل ليس لديها خطط لمهاجمة حزب الله» and «نفى وجود أي نية لمهاجمة حزب الله» say one thing."""
    said = prepare(
        ClaimText("إنها أول مقابلة مع صحيفة عربية إن إسرائيل ليس لديها خطط لمهاجمة جماعة حزب الله")
    )
    denied = prepare(ClaimText("وجود أي نية لدى جيش بلاده لمهاجمة حزب الله في لبنان", modality="deny"))
    assert score_pair(said, denied).relation != "contradicts"
    # a report of the event is still contradicted by its denial
    report = prepare(ClaimText("قصفت الطائرات الروسية سوق معرة النعمان أمس"))
    denial = prepare(ClaimText("قصف سوق معرة النعمان", modality="deny"))
    assert score_pair(report, denial).relation == "contradicts"


def test_forces_denying_they_went_in_deny_no_air_strike_on_the_town():
    """«ونفت دخولها إلى البوكمال»: the pronoun stands for the forces, so the denial is of a deployment, not of
    the Iraqi air strike on a village near the town."""
    denial = prepare(
        ClaimText(
            "وقامت قوات الحشد بالانتشار على الحدود العراقية السورية , ونفت دخولها إلى البوكمال السورية",
            modality="deny",
        )
    )
    assert "deployment" in denial.frame.kinds
    strike = prepare(
        ClaimText(
            "الطيران العراقي قصف منازل المدنيين بقرية الباغوز شمالي مدينة البوكمال , ما أدى إلى مقتل ستة مدنيين"
        )
    )
    assert score_pair(strike, denial).relation != "contradicts"
    # one man's whereabouts are no deployment
    assert "deployment" not in prepare(ClaimText("نفى وجوده في البوكمال")).frame.kinds


def test_two_battles_with_one_enemy_are_no_attack_set_down_to_two_attackers():
    """Fighting has two sides: the army's battle with the Islamic State near Kweires (while its aircraft bomb
    elsewhere) and the Euphrates Shield factions' with it north of Aleppo are two battles; who fights is no
    dispute over who attacked."""
    relation = score_pair(
        prepare(
            ClaimText(
                'تتزامن المعارك بين " الدولة الاسلامية " والجيش السوري في محيط مطار كويرس العسكري , مع قصف'
                " الطيران السوري لتجمعات المسلحين في مدينة الباب"
            )
        ),
        prepare(
            ClaimText(
                'أعلنت قوات الجيش التركي أن تنظيم " الدولة الإسلامية " يبدي " مقاومة صلبة " في المعارك الدائرة مع'
                ' فصائل عملية " درع الفرات " شمال حلب'
            )
        ),
    )
    assert "perpetrators" not in relation.evidence


@pytest.mark.parametrize(
    ("similarity", "relation"),
    [
        # «18 - خروج الدفعة الأولى من مسلحي حي الوعر» / «قام نظام الأسد في سبتمبر بإجلاء …»
        (0.53, "related"),
        # worded alike, the chronology's entry may be the day's report
        (0.86, "corroborates"),
    ],
)
def test_a_time_gone_by_confirms_no_report_worded_otherwise(similarity, relation):
    """One claim an entry of a chronology or a month gone by, tied to the other by a town: related unless the
    two are worded alike."""
    match = IncidentMatch(places=("حي الوعر", "حمص"), place_level=3, terms=("الوعر",), background=True)
    evidence = {"similarity": similarity, "shared_terms": ["وعر", "حمص", "خروج", "مقاتل"]}
    assert within_incident("corroborates", match, False, evidence, True, covered=0.6) == relation


def test_two_cities_named_after_the_word_for_them_are_two_places_whatever_the_gazetteer_knows():
    # A day's digest: a clash in Jarablus and a village taken elsewhere in the northern Aleppo countryside.
    found = match(
        'دارت اشتباكات بين " الجبهة الشامية " و " درع الشرقية " في مدينة جرابلس في ريف حلب الشمالي الشرقي',
        "الجيش سيطر بالتعاون مع مجموعات الدفاع الشعبية على قرية مسقان في ريف حلب الشمالي",
    )
    assert "place" in found.clashes
    # «المدينة» with a word after it describes the city; it names none.
    found = match("اشتباكات في المدينة القديمة بحلب", "قصف على قرية مسقان في ريف حلب الشمالي")
    assert "place" not in found.clashes


def test_a_side_of_a_governorates_countryside_anchors_no_more_than_the_governorate():
    # The northern Aleppo countryside holds scores of towns: two stories there share a province, not a place.
    wide = match(
        "قصف مدفعي على بلدة مارع بريف حلب الشمالي",
        "قصف مدفعي تركي على مواقع الوحدات الكردية بريف حلب الشمالي",
    )
    town = match("قصف مدفعي على بلدة مارع بريف حلب الشمالي", "غارات على مارع شمال حلب")
    assert (wide.clashes, wide.place_level, wide.anchoring) == ((), 1, 1.0)
    assert town.place_level >= 2 and town.anchoring >= 2.0


def test_one_statement_worded_alike_both_ways_is_told_twice_not_set_against_itself():
    # the scorer's guess of a contradiction, with nothing a reviewer could see set against it
    relation = score_pair(
        prepare(ClaimText('بأنهم مستعدون للسماح " بإشراف " عراقي على الحدود')),
        prepare(ClaimText('استعدادهم للسماح " بإشراف " عراقي على الحدود')),
    )
    assert safe_relation(relation.relation, relation.evidence, relation.alike) == "corroborates"
    # worded alike but for a toll: the two tolls stay a contradiction
    relation = score_pair(
        prepare(ClaimText("قتل 19 مدنيا في غارات على معرة النعمان")),
        prepare(ClaimText("قتل 23 مدنيا في غارات على معرة النعمان")),
    )
    assert safe_relation(relation.relation, relation.evidence, relation.alike) == "contradicts"
