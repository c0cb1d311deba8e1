import json

import pytest

from claims.linking import ClaimText, Relation, prepare, score_pair


def relate(a: str, b: str, modalities: tuple[str, str] = ("assert", "assert")) -> Relation:
    return score_pair(
        prepare(ClaimText(a, modality=modalities[0])), prepare(ClaimText(b, modality=modalities[1]))
    )


def test_different_death_tolls_for_one_strike_contradict_with_the_numbers_as_evidence():
    relation = relate(
        "وأكد الفريق الحقوقي أن 19 مدنياً استشهدوا في قصف على معرة النعمان",
        "وأكد المرصد أن 23 مدنياً استشهدوا في قصف على معرة النعمان",
    )
    assert (relation.relation, relation.evidence) == (
        "contradicts",
        {
            "similarity": 0.862,
            "shared_terms": ["استشهد", "نعمان", "معر", "قصف", "مدني"],
            "number_conflicts": [
                {
                    "a": "19 مدنياً",
                    "b": "23 مدنياً",
                    "a_value": 19,
                    "b_value": 23,
                    "counted": "مدني",
                    "toll": "killed",
                }
            ],
            "incident_anchors": {"places": ["معرة النعمان"], "kind": "shelling"},
        },
    )


@pytest.mark.parametrize(
    ("a", "b", "key", "value"),
    [
        (
            "ارتفاع عدد القتلى المدنيين في إدلب",
            "انخفاض عدد القتلى المدنيين في إدلب",
            "reversals",
            [["ارتفاع", "انخفاض"]],
        ),
        (
            "الجيش التركي يسحب قواته من نقطة المراقبة في الصرمان",
            "الجيش التركي ينشر قواته في نقطة المراقبة في الصرمان",
            "reversals",
            [["يسحب", "ينشر"]],
        ),
        (
            "مسلحو الفصائل يغادرون بلدات الغوطة الشرقية بعد الاتفاق",
            "مسلحو الفصائل يستقرون في بلدات الغوطة الشرقية بعد الاتفاق",
            "reversals",
            [["يغادر", "يستقر"]],
        ),
        (
            "غرق عشرات المهاجرين قرب السواحل الليبية",
            "نجاة عشرات المهاجرين قرب السواحل الليبية",
            "reversals",
            [["غرق", "نجا"]],
        ),
        (
            "مقتل 4 مقاتلين روس شرقي سوريا",
            "مقتل 4 مقاتلين روس شرقي اليمن",
            "place_mismatch",
            [["سوريا", "اليمن"]],
        ),
        (
            "سلم مقاتلون من تنظيم داعش أنفسهم إلى فصائل إسلامية في إدلب",
            "لم يسلم مقاتلو تنظيم داعش أنفسهم إلى الفصائل الإسلامية في إدلب",
            "negation",
            {"a": [], "b": ["لم يسلم"]},
        ),
        (
            "جماعة فيلق الرحمن توافق على الانسحاب من الغوطة الشرقية",
            "جماعة فيلق الرحمن تنفي انسحابها من الغوطة الشرقية",
            "modalities",
            ["assert", "deny"],
        ),
    ],
)
def test_reversed_placed_negated_or_denied_event_contradicts(a, b, key, value):
    relation = relate(a, b)
    assert (relation.relation, relation.evidence[key]) == ("contradicts", value)


def test_allegation_and_denial_of_the_same_content_contradict():
    relation = relate(
        "قصفت الطائرات الروسية بلدة كفرنبل", "قصفت الطائرات الروسية بلدة كفرنبل", ("allege", "deny")
    )
    assert (relation.relation, relation.evidence["modalities"]) == ("contradicts", ["allege", "deny"])


@pytest.mark.parametrize(
    ("rumour", "report"),
    [
        (
            'وجاء في الشائعات التي تناقلتها مواقع التواصل الاجتماعي , إن السلطات " ستمنح الجنسية السعودية '
            "للأجانب المولودين على أرض المملكة , بعد أن يتم بلوغهم العامين ثم يتم منحهم عاما مهلة لكي تختار "
            'عائلته ما بين منحهم الجنسية السعودية أو أن يحتفظوا بجنسيتهم الأصلية "',
            "صدر أمر ملكي مؤخرا حول منح الجنسية السعودية للأجانب المولودين على أرض المملكة بعد أن يتم "
            "بلوغهم العامين ثم يتم منحهم عاما مهلة لكي تختار عائلته ما بين منحهم الجنسية السعودية أو أن "
            "يحتفظوا بجنسيتهم الأصلية",
        ),
        (
            "لا صحة للأنباء التي تداولتها صفحات موالية عن انسحاب فصائل المعارضة من بلدة كفرنبل في ريف "
            "إدلب الجنوبي بعد اشتباكات عنيفة مع قوات النظام استمرت ثلاثة أيام وأسفرت عن مقتل عشرات "
            "العناصر من الطرفين وتدمير آليات عسكرية",
            "انسحاب فصائل المعارضة من بلدة كفرنبل في ريف إدلب الجنوبي بعد اشتباكات عنيفة مع قوات النظام "
            "استمرت ثلاثة أيام",
        ),
    ],
)
def test_a_long_claim_that_opens_by_calling_what_follows_a_rumour_contradicts_its_report(rumour, report):
    relation = relate(rumour, report, ("unattributed", "unattributed"))
    assert (relation.relation, relation.evidence["modalities"][0]) == ("contradicts", "deny")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "الصليب الأحمر يسحب 71 عامل إغاثة من اليمن خوفا على سلامتهم",
            "سحب 71 عامل إغاثة تابعين للصليب الأحمر من اليمن خوفا على سلامتهم",
        ),
        (
            "قتل ما لا يقل عن 32 من عناصر التنظيم في اشتباكات مع قوات النظام",
            "قتل 47 عنصرا من التنظيم في اشتباكات مع قوات النظام",
        ),
        (
            "تسببت الغارات بنزوح نحو 400 ألف سوري من ريف إدلب",
            "تسببت الغارات بنزوح 400 ألف سوري من ريف إدلب",
        ),
    ],
)
def test_restated_event_with_consistent_numbers_corroborates(a, b):
    relation = relate(a, b)
    assert (relation.relation, "number_conflicts" in relation.evidence) == ("corroborates", False)


def test_claims_about_different_events_are_unrelated_with_similarity_only():
    relation = relate(
        "كشفت مصادر مطلعة في إدلب أن عددا كبيرا من القياديين في جبهة النصرة نقلوا أسرهم باتجاه الحدود التركية",
        "ارتفاع أسعار الذهب في الأسواق العالمية مع تراجع الدولار",
    )
    assert (relation.relation, relation.evidence) == ("unrelated", {"similarity": 0.356})


def test_score_is_a_probability_and_evidence_is_json():
    relation = relate("مقتل 4 مقاتلين روس شرقي سوريا", "سقوط 4 من القوات الروسية شرقي سوريا")
    assert (0.0 <= relation.score <= 1.0, json.loads(json.dumps(relation.evidence)) == relation.evidence) == (
        True,
        True,
    )


def test_corpus_idf_reorders_shared_terms():
    a = prepare(ClaimText("قتل 19 مدنياً في قصف على كفرنبل"))
    b = prepare(ClaimText("قتل 19 مدنياً في قصف على كفرنبل"))
    idf = {"قتل": 9.0, "كفرنبل": 1.0, "قصف": 2.0, "مدني": 3.0, "19": 4.0}
    assert score_pair(a, b, idf=idf).evidence["shared_terms"] == ["قتل", "19", "مدني", "قصف", "كفرنبل"]


@pytest.mark.parametrize(
    ("a", "b", "modalities"),
    [
        # a denial tied to a report by one word and nothing else: two explosions in two countries
        (
            "الانفجار الأخير الذي وقع في موسكو ليس من عملنا , ولكنه من تنفيذ داغستان",
            "عدم وجود أدلة على وقوع انفجار في منشأة فوردو الايرانية",
            ("assert", "deny"),
        ),
        # a boy who did not believe he could go home against a man killed at home by his friend
        (
            "حان الوقت للعودة الى المنزل , لكن الفتى لم يصدق ما قيل له",
            "قضى ذبحا على يد صديقه داخل منزله ليلة الاثنين",
            ("deny", "unattributed"),
        ),
    ],
)
def test_a_denial_tied_to_a_report_by_a_single_word_does_not_contradict_it(a, b, modalities):
    assert relate(a, b, modalities).relation != "contradicts"


def test_a_denial_tied_to_a_report_by_one_name_only_does_not_contradict_it():
    # Abadi denying abuses by the Popular Mobilisation, Macron calling for it to be disbanded
    denial = "حيدر العبادي تورط الحشد الشعبي في أي نمط ممنهج من الإساءات"
    report = 'العراق إلى تفكيك كل الفصائل المسلحة بما فيها ميليشيا " الحشد الشعبي " المدعومة من إيران'
    assert relate(denial, report, ("deny", "assert")).relation != "contradicts"
    # a headline printed twice before the story repeats the name: still one name
    repeated = 'العراق لنزع السلاح من ميليشيات " الحشد الشعبي " ماكرون يدعو العراق لنزع السلاح من ميليشيات " الحشد الشعبي "'
    assert relate(denial, repeated, ("deny", "assert")).relation != "contradicts"
    # a denial of what the report says, at the place it says, still contradicts it
    assert (
        relate(
            "لم تقصف الطائرات الروسية سوق معرة النعمان",
            "قتل 27 مدنيا في غارات روسية على سوق معرة النعمان",
            ("deny", "assert"),
        ).relation
        == "contradicts"
    )


def test_a_claim_restated_inside_a_longer_one_is_not_contradicted_by_what_the_longer_one_adds():
    shorter = (
        "وجرى رفع معظم العقوبات على إيران في بداية 2016 بموجب الاتفاق النووي الذي توسطت فيه القوى العالمية"
        " ونص عليه قرار لمجلس الأمن"
    )
    longer = (
        'أنها تستعرض مع بعض زملائها فى المجلس عدة خيارات للضغط على إيران كى " تعدل سلوكها " , وجرى رفع معظم'
        " العقوبات على إيران في بداية 2016 , بموجب الاتفاق النووى الذى توسطت فيه القوى العالمية ونص عليه قرار"
        " لمجلس الأمن ولا يزال القرار يخضع طهران لحظر سلاح دولى وقيود أخرى ليست من الاتفاق النووى من الناحية الفنية"
    )
    assert relate(shorter, longer, ("unattributed", "assert")).relation == "corroborates"


def test_a_toll_in_a_state_no_party_to_the_war_is_another_incident_than_one_in_a_syrian_town():
    homs = "سبعة قتلوا كما أصيب ثمانية إثر انفجار قنبلة فى حافلة بمدينة حمص السورية اليوم الثلاثاء"
    kabul = "قتل ثمانية مدنيين وأصيب 20 آخرون بعد اصطدام حافلة بقنبلة على جانب الطريق في مقاطعة فرح بغرب أفغانستان"
    relation = relate(homs, kabul)
    assert relation.relation == "unrelated"
    assert "place" in relation.evidence["incident_clashes"]
    # a state that is a party names who acted as often as where: no clash of places by it alone
    russia = "قتل ثمانية مدنيين وأصيب 20 آخرون إثر انفجار قنبلة في حافلة واتهمت المعارضة روسيا بالتقصير"
    assert "incident_clashes" not in relate(homs, russia).evidence


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # «معقلا أساسيا» holds the letters of «لا أساس» and denies nothing
        ("يشهد 2016 نصرا نهائيا باستعادة الموصل التي يتخذ منها التنظيم معقلا أساسيا", "assert"),
        ("وقالت الوزارة إن هذه الأنباء لا أساس لها من الصحة", "deny"),
        ("ووصف الجيش التقارير بالشائعات", "deny"),
    ],
)
def test_a_denying_phrase_is_read_as_whole_words(text, modality):
    assert prepare(ClaimText(text)).modality == modality
