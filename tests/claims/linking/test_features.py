import json

import pytest

from claims.linking import ClaimText, prepare
from claims.linking.features import dump, restore
from claims.text.numbers import Number


def test_prepare_keeps_content_stems_in_order_without_function_words():
    p = prepare(ClaimText("نفت روسيا مقتل 19 مدنياً في إدلب ولم يعد هناك قصف"))
    assert p.content == ("نفت", "روسي", "مقتل", "19", "مدني", "ادلب", "يعد", "قصف")


def test_prepare_reads_negation_denial_names_and_numbers():
    p = prepare(ClaimText("نفت روسيا مقتل 19 مدنياً في إدلب ولم يعد هناك قصف"))
    assert (p.negations, p.modality, sorted(p.exclusive), p.dissent, p.numbers) == (
        ("لم يعد",),
        "deny",
        [("place", "ادلب"), ("place", "روسيا")],
        ("نفت",),
        (Number(19, "19 مدنياً", "exact", "مدني", 15, 24),),
    )


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        ("زعمت مواقع موالية أن الطائرات قصفت المستشفى", "assert", "allege"),
        ("لا صحة لما تداولته المواقع عن قصف المستشفى", "assert", "deny"),
        ("قصفت الطائرات المستشفى", "allege", "allege"),
        ("قصفت الطائرات المستشفى", "unattributed", "unattributed"),
    ],
)
def test_modality_comes_from_the_claim_or_its_wording(text, given, expected):
    assert prepare(ClaimText(text, modality=given)).modality == expected


def test_reversal_words_are_recorded_with_their_side():
    assert prepare(ClaimText("ارتفعت أسعار النفط")).polarity == (("rise_fall", 0, "ارتفعت"),)


STORED = [
    ("نفت روسيا مقتل 19 مدنياً في إدلب ولم يعد هناك قصف", "deny"),
    ("قال المرصد إن ما لا يقل عن 32 من عناصر التنظيم قتلوا في تراجع القوات نحو البوكمال", "assert"),
    ("زعمت مواقع موالية أن أسعار النفط ارتفعت رغم العقوبات على سوريا والعراق", "allege"),
    ("بضعة أشخاص", "unattributed"),
]


@pytest.mark.parametrize(("text", "modality"), STORED)
def test_stored_features_restore_the_same_prepared_claim_through_json(text, modality):
    claim = ClaimText(text, modality=modality, source="المرصد السوري لحقوق الإنسان", affiliation="opposition")
    stored = json.loads(json.dumps(dump(prepare(claim)), ensure_ascii=False))
    assert restore(claim, stored) == prepare(claim)


def test_stored_features_are_not_used_when_stale_malformed_or_for_another_modality():
    claim = ClaimText("قتل 19 مدنياً في إدلب", modality="assert")
    stored = json.loads(json.dumps(dump(prepare(claim))))
    assert restore(claim, None) is None
    assert restore(claim, {**stored, "version": "older"}) is None
    assert restore(claim, {**stored, "forms": 7}) is None
    assert restore(claim, {k: v for k, v in stored.items() if k != "numbers"}) is None
    assert restore(ClaimText(claim.text, modality="deny"), stored) is None


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت طائرة بدون طيار سيارة في ريف إدلب",
        "قتل مسلحون غير معروفين ثلاثة عناصر من الشرطة",
        "شهدت المنطقة موجة نزوح غير مسبوقة",
        "قالت منظمة غير حكومية إن المساعدات وصلت",
        "اعتقل عشرات المهاجرين بطريقة غير شرعية",
    ],
)
def test_an_adjective_made_with_a_negating_particle_is_no_negation(text):
    assert prepare(ClaimText(text)).negations == ()


def test_a_negated_verb_is_still_a_negation():
    assert prepare(ClaimText("لم تستهدف الطائرات سوق المدينة")).negations == ("لم تستهدف",)


def test_two_country_adjectives_in_a_row_name_a_body_not_places():
    p = prepare(ClaimText("قالت الجمعية الطبية السورية الأمريكية إن المستشفى في إدلب خرج عن الخدمة"))
    assert sorted(p.exclusive) == [("place", "ادلب")]


def test_one_country_adjective_is_still_a_place():
    p = prepare(ClaimText("قصفت الطائرات الروسية مستشفى في إدلب"))
    assert sorted(p.exclusive) == [("place", "ادلب"), ("place", "روسيا")]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("تسريبات حول معبر نصيب الحدودي مع الأردن", True),
        ("موضوع معبر نصيب الحدودي", True),
        ("ملف المعتقلين في سجون النظام", True),
        ("موضوع المعتقلين لم يحسم بعد", False),
        ("ملف المعتقلين يتصدر مفاوضات جنيف", False),
        ("تفاصيل مقتل 20 مدنيا في إدلب", False),
        ("سيطرت المعارضة على معبر نصيب الحدودي", False),
    ],
)
def test_a_claim_that_only_names_a_topic_is_told_apart(text, topic):
    from claims.linking.features import topic_only

    assert topic_only(prepare(ClaimText(text))) is topic


@pytest.mark.parametrize(
    "text",
    ["ولم يصدر التنظيم المتشدد ما يؤكد أو ينفي هذه المعلومات", "لم تؤكد الوزارة ولم تنف الخبر"],
)
def test_neither_confirmed_nor_denied_is_no_denial(text):
    claim = prepare(ClaimText(text))
    assert (claim.modality, claim.dissent) == ("assert", ())


@pytest.mark.parametrize(
    "text",
    [
        "تم البدء في عمليات إجلاء طبي من الغوطة الشرقية , ولم تذكر اللجنة أي تفاصيل أخرى",
        "بدأ إجلاء مصابين بجروح خطرة من الغوطة الشرقية دون ذكر عددهم",
        "قصفت الطائرات مواقع التنظيم ولم يعلق الجيش على الحصيلة",
    ],
)
def test_what_was_left_unsaid_is_no_negation(text):
    assert prepare(ClaimText(text)).negations == ()
