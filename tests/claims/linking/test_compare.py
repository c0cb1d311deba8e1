import pytest

from claims.linking import ClaimText, prepare
from claims.linking.compare import (
    dissent,
    exclusive_mismatch,
    modality_clash,
    negation,
    numbers,
    overlap,
    polarity,
)


def pair(a: str, b: str, modalities: tuple[str, str] = ("assert", "assert")):
    return prepare(ClaimText(a, modality=modalities[0])), prepare(ClaimText(b, modality=modalities[1]))


def test_same_counted_noun_with_different_counts_is_a_number_conflict():
    a, b = pair(
        "وأكد الفريق الحقوقي أن 19 مدنياً استشهدوا في قصف على معرة النعمان",
        "وأكد المرصد أن 23 مدنياً استشهدوا في قصف على معرة النعمان",
    )
    assert numbers(a, b) == (
        [
            {
                "a": "19 مدنياً",
                "b": "23 مدنياً",
                "a_value": 19,
                "b_value": 23,
                "counted": "مدني",
                "toll": "killed",
            }
        ],
        0,
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("قتل ما لا يقل عن 32 من عناصر التنظيم", "قتل 47 عنصرا من التنظيم"),
        ("تسببت الغارات بنزوح نحو 400 ألف سوري", "تسببت الغارات بنزوح 400 ألف سوري"),
        ("حوالي 250 مقاتلاً من داعش سلموا أنفسهم", "سلم 240 مقاتلا من داعش أنفسهم"),
        ("قتل أكثر من 186 شخص في إدلب", "قتل 200 شخص في إدلب"),
        ("مقتل العشرات من المدنيين في القصف", "مقتل 47 مدنيا في القصف"),
    ],
)
def test_counts_allowed_by_their_qualifiers_agree(a, b):
    assert numbers(*pair(a, b)) == ([], 1)


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("قتل أكثر من 186 شخص", "قتل 150 شخص", ("186 شخص", "150 شخص")),
        (
            "أسعار النفط أقل من ٧٤ دولارا للبرميل",
            "برميل النفط يتجاوز حاجز ٧٤ دولار",
            ("٧٤ دولارا", "٧٤ دولار"),
        ),
        ("مقتل العشرات من المدنيين", "مقتل 5 مدنيين", ("العشرات من المدنيين", "5 مدنيين")),
    ],
)
def test_counts_outside_their_qualifiers_conflict(a, b, conflict):
    conflicts, _ = numbers(*pair(a, b))
    assert [(c["a"], c["b"]) for c in conflicts] == [conflict]


def test_counts_of_different_things_are_not_compared():
    assert numbers(*pair("قتل 19 مدنياً", "أصيب 23 عنصرا")) == ([], 0)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("ارتفاع عدد القتلى المدنيين في إدلب", "انخفاض عدد القتلى المدنيين في إدلب", [["ارتفاع", "انخفاض"]]),
        ("الجيش التركي يسحب قواته من الصرمان", "الجيش التركي ينشر قواته في الصرمان", [["يسحب", "ينشر"]]),
        ("الذهب يتراجع مع تصريحات ترامب", "الذهب يرتفع مع تصريحات ترامب", [["يتراجع", "يرتفع"]]),
        ("مقتل القيادي أبو عزرائيل في حلب", "نجاة القيادي أبو عزرائيل في حلب", [["مقتل", "نجا"]]),
        ("فوز المنتخب السوري على أستراليا", "خسارة المنتخب السوري أمام أستراليا", [["فوز", "خسار"]]),
        ("سيطرة قوات النظام على تلة العيس", "انسحاب قوات النظام من تلة العيس", [["سيطر", "انسحاب"]]),
    ],
)
def test_reversal_words_are_found_across_inflections(a, b, expected):
    reversed_pairs, _, _ = polarity(*pair(a, b))
    assert reversed_pairs == expected


def test_same_sense_rewording_is_not_a_reversal():
    assert polarity(*pair("الذهب يرتفع لأعلى مستوى", "صعود الذهب لأعلى مستوى")) == ([], 1, 0)


def test_inflected_repeat_of_a_reversal_word_is_shared_not_reversed():
    assert polarity(*pair("ارتفعت أسعار النفط", "يرتفع سعر النفط")) == ([], 0, 0)


def test_negation_on_one_side_only_is_reported_with_the_negated_word():
    a, b = pair(
        "سلم مقاتلون من تنظيم داعش أنفسهم إلى فصائل إسلامية",
        "لم يسلم مقاتلو تنظيم داعش أنفسهم إلى الفصائل الإسلامية",
    )
    assert negation(a, b) == {"a": [], "b": ["لم يسلم"]}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("لا يزال القتال مستمرا في الغوطة", "القتال مستمر في الغوطة"),
        ("قتل ما لا يقل عن 32 من عناصر التنظيم", "قتل 32 من عناصر التنظيم"),
        ("لم يعلن الجيش السيطرة على البلدة", "لم يعلن الجيش السيطرة على البلدة"),
    ],
)
def test_still_at_least_and_shared_negation_are_not_a_negation_clash(a, b):
    assert negation(*pair(a, b)) is None


def test_allegation_against_denial_is_a_modality_clash():
    a, b = pair("قصفت الطائرات الروسية كفرنبل", "قصفت الطائرات الروسية كفرنبل", ("allege", "deny"))
    assert modality_clash(a, b) == ["allege", "deny"]


def test_denial_wording_makes_a_claim_deny():
    a, b = pair(
        "جماعة فيلق الرحمن توافق على الانسحاب من الغوطة الشرقية",
        "جماعة فيلق الرحمن تنفي انسحابها من الغوطة الشرقية",
    )
    assert (modality_clash(a, b), dissent(a, b)) == (["assert", "deny"], ["تنفي"])


def test_two_denials_do_not_clash():
    a, b = pair("نفت روسيا قصف المستشفى", "روسيا تنفي قصف المستشفى")
    assert (modality_clash(a, b), dissent(a, b)) == (None, [])


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("مقتل 4 مقاتلين روس شرقي سوريا", "مقتل 4 مقاتلين روس شرقي اليمن", {"place": [["سوريا", "اليمن"]]}),
        ("ارتفاع سعر الدولار", "ارتفاع سعر اليورو", {"currency": [["الدولار", "اليورو"]]}),
        ("غارات على مدينة إدلب", "غارات على مدينة حلب", {"place": [["ادلب", "حلب"]]}),
        ("غارات على إدلب وحلب", "غارات على إدلب", {}),
    ],
)
def test_different_names_of_one_class_are_a_mismatch(a, b, expected):
    assert exclusive_mismatch(*pair(a, b)) == expected


def test_overlap_lists_shared_terms_rarest_first_and_the_swapped_count():
    found = overlap(*pair("قتل 19 مدنياً في قصف على كفرنبل", "قتل 23 مدنياً في قصف على كفرنبل"))
    assert (found.shared, found.substitutions, found.numbers_replaced) == (
        ("كفرنبل", "قصف", "قتل", "مدني"),
        1,
        True,
    )


def test_swapped_noun_between_matching_words_is_a_nominal_substitution():
    found = overlap(
        *pair("ارتفاع لسعر الدولار يعوض خسائر التعاملات", "ارتفاع لسعر اليورو يعوض خسائر التعاملات")
    )
    assert (found.substitutions, found.nominal_substitutions) == (1, 1)


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("مقتل العشرات من المدنيين في القصف", "مقتل 12 مدنيا في القصف", True),
        ("مقتل العشرات من المدنيين في القصف", "مقتل 35 مدنيا في القصف", False),
    ],
)
def test_dozens_is_twenty_or_more(a, b, conflict):
    conflicts, _ = numbers(prepare(ClaimText(a)), prepare(ClaimText(b)))
    assert bool(conflicts) is conflict


@pytest.mark.parametrize(
    ("a", "b", "negated"),
    [
        # «غير» makes an adjective its opposite: it negates what another claim says only when that
        # claim uses the adjective, or its verb.
        ("عقد اجتماع غير قانوني للمجلس في المدينة", "عقد اجتماع قانوني للمجلس في المدينة", True),
        (
            "إسرائيل غير مدربة على التعامل مع منظومة أس-300",
            "منظومة أس-300 التي تدربت إسرائيل على التعامل معها",
            True,
        ),
        ("حملة اعتقالات واسعة وسط انتشار غير طبيعي للمفارز في تلعفر", "اعتقال أبو قتيبة وسط تلعفر", False),
        ("قصف غير مسبوق على أحياء حلب الشرقية", "قصف على أحياء حلب الشرقية", False),
    ],
)
def test_an_adjective_made_its_opposite_negates_only_a_claim_using_it(a, b, negated):
    assert (negation(*pair(a, b)) is not None) is negated


def test_all_over_is_no_postponement():
    """Folded, «أرجاء» (all over) is «إرجاء» (postponement): it withholds nothing."""
    a, b = pair("انتشار المفارز في أغلب أرجاء القضاء", "اعتقال قيادي في القضاء")
    assert dissent(a, b) == []
