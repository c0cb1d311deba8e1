import pytest

from claims.text.numbers import Number, counted_key, extract_numbers, fold


def summary(text: str) -> list[tuple]:
    return [(n.value, n.text, n.qualifier, n.counted) for n in extract_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأكد الفريق الحقوقي أن 19 مدنياً استشهدوا", [(19, "19 مدنياً", "exact", "مدني")]),
        ("حيث قتل ما لا يقل عن 32 من عناصر التنظيم", [(32, "32 من عناصر", "at_least", "عناصر")]),
        ("بنزوح نحو 400 ألف سوري", [(400000, "400 ألف سوري", "about", "سوري")]),
        ("حوالي 250 مقاتلاً من داعش", [(250, "250 مقاتلاً", "about", "مقاتل")]),
        ("لا يتجاوز 35% من الطلبات", [(35, "35%", "at_most", "%")]),
        ("أقل من 1 كم من جهة الغرب", [(1, "1 كم", "less_than", "كم")]),
        ("يرتفع إلى 47 على الأقل عدد القتلى", [(47, "47", "at_least", None)]),
        (
            "أكثر من 186 شخص بينهم 71 طفل",
            [(186, "186 شخص", "more_than", "شخص"), (71, "71 طفل", "exact", "طفل")],
        ),
    ],
)
def test_qualifier_and_counted_noun_are_read(text, expected):
    assert summary(text) == expected


def test_digits_glued_to_the_counted_word_are_split():
    assert summary("أكثر من 20875عائلة (131934نسمة)") == [
        (20875, "20875عائلة", "more_than", "عائله"),
        (131934, "131934نسمة", "exact", "نسمه"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("١٩ مدنياً", 19),
        ("1,250 شخصا", 1250),
        ("١٬٢٥٠ شخصا", 1250),
        ("2.5 مليون نازح", 2500000),
        ("10 آلاف لاجئ", 10000),
        ("ألف مقاتل أجنبي", 1000),
        ("خمسة وعشرين جنديا", 25),
        ("ثلاثة عشر قتيلا", 13),
        ("اثنا عشر مقاتلا", 12),
        ("ثلاثمئة عائلة", 300),
        ("ثلاث مئة عائلة", 300),
        ("مئتين وخمسين عائلة", 250),
        ("سبعة آلاف نازح", 7000),
        ("تسعين قرية", 90),
        ("ثمانية و أربعين مدنيا", 48),
    ],
)
def test_value_is_read_from_digits_and_words(text, value):
    assert [n.value for n in extract_numbers(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("مقتل العشرات من عناصره", 20, "عناصره"),
        ("عشرات الآلاف من النازحين", 20000, "نازح"),
        ("سقط المئات من مسلحي التنظيم", 100, "مسلحي"),
    ],
)
def test_vague_quantities_are_marked_vague(text, value, counted):
    assert [(n.value, n.qualifier, n.counted) for n in extract_numbers(text)] == [(value, "vague", counted)]


@pytest.mark.parametrize(
    "text",
    [
        "من مواليد عام 1971 لعائلة فقيرة",
        "في يوليو 2014 أثناء الصلاة",
        "في 2018/3/5 الساعة 10:30",
        "منذ بدء الحملة في 2شباط/فبراير وحتى 23 آذار/مارس",
        "مروحية من نوع مي-28 وطائرة F16",
        "مقتل أحد عناصر التنظيم يوم الاثنين",
        "جرت المعارك في 2018، وفي التفاصيل",
    ],
)
def test_dates_times_names_and_one_of_are_not_counts(text):
    assert extract_numbers(text) == []


def test_spans_index_the_original_text():
    text = "قُتِلَ ما لا يقلُّ عن ٣٢ من عناصر التنظيم"
    [number] = extract_numbers(text)
    assert number == Number(32, "٣٢ من عناصر", "at_least", "عناصر", 22, 33)
    assert text[number.start : number.end] == number.text


def test_glued_conjunction_and_preposition_keep_the_number():
    assert summary("بـ3 صواريخ و32 قتلوا") == [(3, "3 صواريخ", "exact", "صواريخ"), (32, "32", "exact", None)]


def test_fold_keeps_one_offset_per_kept_character():
    assert fold("أكثرُ من") == ("اكثر من", [0, 1, 2, 3, 5, 6, 7, 8])


@pytest.mark.parametrize(
    ("word", "key"),
    [("مدنياً", "مدني"), ("المدنيين", "مدني"), ("جنديا", "جندي"), ("عناصر", "عناصر"), ("قتيلا", "قتيل")],
)
def test_counted_key_folds_inflections(word, key):
    assert counted_key(word) == key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Counts joined by «و» share the qualifier one of them carries, before or after.
        (
            "22 قتيلا على الأقل و 48 جريحا جراء التفجير",
            [(22, "22 قتيلا", "at_least", "قتيل"), (48, "48 جريحا", "at_least", "جريح")],
        ),
        (
            "قتل 20 شخصا و 50 جريحا تقريبا",
            [(20, "20 شخصا", "about", "شخص"), (50, "50 جريحا", "about", "جريح")],
        ),
        ("قتل 20 شخصا و 50 جريحا", [(20, "20 شخصا", "exact", "شخص"), (50, "50 جريحا", "exact", "جريح")]),
        # Not joined: each keeps its own.
        (
            "قتل 20 شخصا على الأقل في إدلب و 50 في حماة",
            [(20, "20 شخصا", "at_least", "شخص"), (50, "50", "exact", None)],
        ),
    ],
)
def test_counts_joined_by_wa_share_a_qualifier(text, expected):
    assert summary(text) == expected
