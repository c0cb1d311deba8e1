import pytest

from claims.text.places import Place, find_places, place, related


def mentions(text: str) -> list[tuple[str, str]]:
    return [(found.key, text[start:end]) for found, start, end in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "غارات على مدن دوما وحرستا وعربين وبلدة مديرا بالغوطة الشرقية",
            [
                ("sy-c-douma", "دوما"),
                ("sy-t-harasta", "حرستا"),
                ("sy-t-arbin", "عربين"),
                ("sy-t-mudayra", "مديرا"),
                ("sy-r-eastern-ghouta", "الغوطة الشرقية"),
            ],
        ),
        (
            "قصف جوي على معرة النعمان وخان شيخون بريف إدلب الجنوبي",
            [
                ("sy-c-maarrat-al-numan", "معرة النعمان"),
                ("sy-t-khan-shaykhun", "خان شيخون"),
                ("SY07-rural-south", "ريف إدلب الجنوبي"),
            ],
        ),
        ("اشتباكات في ريف دمشق الغربي", [("SY03", "ريف دمشق")]),
        (
            "تتمركز القوات في محيط دير الزور والميادين",
            [("SY09", "دير الزور"), ("sy-c-al-mayadin", "الميادين")],
        ),
        (
            "الغوطة الغربية والقلمون والبادية السورية",
            [
                ("sy-r-western-ghouta", "الغوطة الغربية"),
                ("sy-r-qalamoun", "القلمون"),
                ("sy-r-badia", "البادية السورية"),
            ],
        ),
        (
            "حي الشيخ مقصود في مدينة حلب",
            [("sy-n-aleppo-sheikh-maqsoud", "الشيخ مقصود"), ("sy-c-aleppo", "مدينة حلب")],
        ),
        ("التحالف الدولي بقيادة الولايات المتحدة الأمريكية", [("US", "الولايات المتحدة الأمريكية")]),
        (
            "زار الوفد بغداد والموصل والسليمانية وحلبجة وكرمانشاه",
            [
                ("IQ-baghdad", "بغداد"),
                ("IQ-mosul", "الموصل"),
                ("IQ-sulaymaniyah", "السليمانية"),
                ("IQ-halabja", "حلبجة"),
                ("IR-kermanshah", "كرمانشاه"),
            ],
        ),
    ],
)
def test_places_named_in_news_sentences_are_found(text, expected):
    assert mentions(text) == expected


def test_the_shortest_attached_prefix_is_tried_first():
    assert mentions("وصل الوفد إلى سوريا ولبنان وبالرقة") == [
        ("SY", "سوريا"),
        ("LB", "لبنان"),
        ("SY11", "الرقة"),
    ]


def test_attached_prefixes_and_article_are_stripped_from_the_span():
    text = "سقط قتلى بإدلب وبمدينة الرقه والرقة وللرقة"
    assert [(found.key, start, end) for found, start, end in find_places(text)] == [
        ("SY07", 10, 14),
        ("sy-c-raqqa", 23, 28),
        ("SY11", 30, 35),
        ("SY11", 38, 42),
    ]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("إدلب", "SY07"),
        ("ادلب", "SY07"),
        ("إدْلِب", "SY07"),
        ("الرقة", "SY11"),
        ("الرقه", "SY11"),
        ("حماه", "SY05"),
        ("ديـــر الزور", "SY09"),
        ("عين العرب", "sy-c-kobani"),
        ("كوباني", "sy-c-kobani"),
        ("البوكمال", "sy-c-abu-kamal"),
        ("أبو كمال", "sy-c-abu-kamal"),
        ("في تدمر", "sy-c-palmyra"),
        ("دوما", "sy-c-douma"),
        ("ريف دوما", "SY0302"),
        ("منطقة عين العرب", "SY0206"),
    ],
)
def test_spelling_variants_meet_on_one_place(text, key):
    assert [found.key for found, _, _ in find_places(text)] == [key]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "مدينة حلب وحلب ومحافظة حلب",
            [("sy-c-aleppo", "مدينة حلب"), ("SY02", "حلب"), ("SY02", "محافظة حلب")],
        ),
        ("في مدينة صور وناحية صور", [("LB-tyre", "صور"), ("SY090106", "ناحية صور")]),
        ("ميناء الحديدة ومطار الطبقة العسكري", [("YE-hodeidah", "الحديدة"), ("sy-c-tabqa", "الطبقة")]),
    ],
)
def test_a_place_noun_chooses_among_places_of_one_name(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انفجار في مدينة الباب يستهدف مركز قيادة", [("sy-c-al-bab", "الباب")]),
        ("فتح الباب أمام الحوار", []),
        ("بعد عامين من الثورة بدأت الاشتباكات", []),
        ("تقدمت القوات باتجاه مدينة الطبقة", [("sy-c-tabqa", "الطبقة")]),
        ("خرجت مظاهرات سلمية في حمص", [("SY04", "حمص")]),
        ("الغارات تدمر المنازل في تدمر", [("sy-c-palmyra", "تدمر")]),
        ("نشرت صور الضحايا", []),
        ("تعود إلى حضارة عريقة", []),
    ],
)
def test_names_that_are_common_words_need_a_place_noun_or_preposition(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قالت الجمعية الطبية السورية الأمريكية إن المستشفى قصف", []),
        ("وأكدت الخارجية السعودية أن السعودية تدعم الحل", [("SA", "السعودية")]),
        ("وقالت مصادر سورية إن القصف طال سوريا", [("SY", "سوريا")]),
    ],
)
def test_a_nisba_adjective_is_not_a_place(text, expected):
    assert mentions(text) == expected


def test_place_carries_its_containers_nearest_first():
    assert place("sy-t-khan-shaykhun") == Place(
        "sy-t-khan-shaykhun", "خان شيخون", 4, ("SY070201", "SY0702", "SY07", "SY")
    )
    assert place("SY0702") == Place("SY0702", "معرة النعمان", 2, ("SY07", "SY"))
    assert place("IQ-halabja").parents == ("IQ",)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("sy-t-khan-shaykhun", "SY07", True),
        ("SY07", "sy-t-khan-shaykhun", True),
        ("sy-r-eastern-ghouta", "SY03", True),
        ("sy-t-khan-shaykhun", "sy-t-kafr-nabl", False),
        ("SY07", "SY02", False),
        ("sy-c-aleppo", "SY", True),
        ("IQ-mosul", "SY", False),
        ("SY02", "SY02", True),
    ],
)
def test_related_means_equal_or_contained(a, b, expected):
    assert related(place(a), place(b)) is expected


def test_every_place_has_known_containers_ending_in_a_country():
    places = {found.key: found for found, _, _ in find_places("سوريا")}
    assert places == {"SY": place("SY")}
    for key in ("SY020600", "sy-n-damascus-jobar", "SY02-rural-north", "TR-reyhanli"):
        found = place(key)
        assert [place(up).level for up in found.parents][-1] == 0


def test_a_megabyte_finds_every_place_of_every_paragraph():
    # Speed is measured by bench/segment.py, not here.
    paragraph = (
        "قصف جوي على معرة النعمان وخان شيخون بريف إدلب الجنوبي. وقالت مصادر محلية إن الغارات طالت "
        "الأحياء السكنية وأدت إلى سقوط ضحايا بين المدنيين، فيما أكد ناشطون أن فرق الدفاع المدني "
        "عملت على انتشال العالقين تحت الأنقاض وسط تحليق مكثف للطيران الحربي في أجواء المنطقة. "
    )
    text = paragraph * (1_000_000 // len(paragraph))
    found = find_places(text)
    assert len(found) == 3 * (1_000_000 // len(paragraph))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Where a body sits is not where anything happened.
        (
            "قال المرصد السوري لحقوق الإنسان , مقره العاصمة البريطانية لندن , إن غارات قتلت 5 في حمورية",
            [("sy-t-hammouriyeh", "حمورية")],
        ),
        ("وقال المرصد، ومقره لندن، إن القصف طال دوما", [("sy-c-douma", "دوما")]),
        # A government named by its capital: «في» after it tells whose, not where.
        ("ولم يكن للحكومة المركزية في بغداد أي سلطة عليه", []),
        ("وقالت الميليشيات الموالية للحكومة في دمشق إنها دخلت حمورية", [("sy-t-hammouriyeh", "حمورية")]),
        # A government's forces in a city other than its capital are there.
        ("قصفت قوات الحكومة في حلب حي الشعار", [("SY02", "حلب"), ("sy-n-aleppo-al-shaar", "الشعار")]),
        ("انفجار في بغداد", [("IQ-baghdad", "بغداد")]),
        # Near Damascus is the countryside around it; the Ghouta of Damascus is the Ghouta.
        ("طائرات قصفت مناطق سكنية في جيب محاصر قرب دمشق", [("SY03", "دمشق")]),
        ("سقطت قذائف بالقرب من دمشق", [("SY03", "دمشق")]),
        ("قصف على أحياء سكنية بمدن وبلدات غوطة دمشق الشرقية", [("sy-r-eastern-ghouta", "غوطة دمشق الشرقية")]),
        ("سقطت قذائف في دمشق", [("SY01", "دمشق")]),
        ("قصف قرب مدينة دمشق", [("SY03", "مدينة دمشق")]),
    ],
)
def test_a_seat_is_no_event_place_and_near_damascus_is_its_countryside(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتنفي موسكو وطهران وأنقرة", ()),
        ("وتتهم واشنطن موسكو بقصف سوق في إدلب", ("SY07",)),
        ("عقد الاجتماع بموسكو", ("RU-moscow",)),
        ("في العاصمة الروسية موسكو", ("RU-moscow",)),
        ("انفجار قرب بغداد", ("IQ-baghdad",)),
        ("دمشق ترفض الاتهامات", ("SY01",)),
    ],
)
def test_a_foreign_capital_is_where_something_happens_only_when_placed(text, expected):
    from claims.text.places import event_places

    assert event_places(text) == expected
