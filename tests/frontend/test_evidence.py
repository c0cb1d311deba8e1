import pytest
from django.utils import translation

from frontend.evidence import evidence_rows


def test_evidence_rows_describe_known_keys_and_show_unknown_ones_as_they_come():
    evidence = {
        "similarity": 0.734,
        "shared_terms": ["مقتل", "ادلب"],
        "number_conflicts": [{"a": "19 مدنياً", "b": "23 مدنياً", "a_value": 19, "b_value": 23}],
        "reversals": [["يرتفع", "يهبط"]],
        "negation": {"a": ["لم يعلن"], "b": []},
        "modalities": ["allege", "deny"],
        "place_mismatch": [["سوريا", "اليمن"]],
        "dissent": ["منع"],
        "claims": [4, 9],
        "new_signal": {"x": 1.5},
    }
    with translation.override("en"):
        rows = evidence_rows(evidence)
    assert rows == [
        ("word overlap", "73%"),
        ("shared terms", "مقتل، ادلب"),
        (
            "conflicting numbers",
            '<mark class="number conflict">19 مدنياً</mark> ≠ <mark class="number conflict">23 مدنياً</mark>',
        ),
        ("opposite words", "يرتفع ↔ يهبط"),
        ("negation on one side", "claim 1: لم يعلن / claim 2: —"),
        ("denial against claim", "claim 1: allegation / claim 2: denial"),
        ("different places", "سوريا ≠ اليمن"),
        ("refusal or failure on one side", "منع"),
        ("new_signal", "x: 1.50"),
    ]


def test_number_conflicts_in_another_shape_are_still_shown():
    with translation.override("en"):
        assert evidence_rows({"number_conflicts": [[19, 23]]}) == [("conflicting numbers", "19، 23")]


def test_conflicting_numbers_from_the_text_are_escaped():
    rows = evidence_rows({"number_conflicts": [{"a": "<b>19</b>", "b": "23"}]})
    assert rows[0][1] == (
        '<mark class="number conflict">&lt;b&gt;19&lt;/b&gt;</mark> ≠ <mark class="number conflict">23</mark>'
    )


@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_key_the_scorer_writes_has_a_translated_name(language):
    keys = (
        *("similarity", "shared_terms", "number_conflicts", "reversals", "dissent", "negation"),
        *("modalities", "place_mismatch", "entity_mismatch"),
    )
    with translation.override(language):
        names = [name for name, _ in evidence_rows({key: [] for key in keys})]
    expected = {
        "en": [
            *("word overlap", "shared terms", "conflicting numbers", "opposite words"),
            *("refusal or failure on one side", "negation on one side", "denial against claim"),
            *("different places", "different names"),
        ],
        "ar": [
            *("تشابه الكلمات", "كلمات مشتركة", "أرقام متضاربة", "كلمات متعاكسة"),
            *("رفض أو إخفاق في طرف واحد", "نفي في طرف واحد", "نفي مقابل ادعاء"),
            *("أماكن مختلفة", "أسماء مختلفة"),
        ],
    }[language]
    assert names == expected


def test_anchors_copies_and_repeats_are_told_in_the_reviewers_language():
    evidence = {
        "incident_anchors": {"places": ["معرة النعمان"], "day": True, "kind": "air_strike"},
        "copy": True,
        "repeats": 17,
    }
    with translation.override("ar"):
        rows = dict(evidence_rows(evidence))
    assert rows["الحادثة نفسها"].endswith("نوع الحدث نفسه: غارة جوية")
    assert rows["نص واحد"] == "المنفذان ينشران الصياغة نفسها (خبر وكالة): ليس تأكيدًا مستقلًا"
    assert rows["يعرضه من قبل الرابط"] == "#17"


def test_two_versions_of_a_chemical_incident_are_named_in_arabic():
    with translation.override("ar"):
        rows = evidence_rows({"versions": ["attack", "store"]})
    assert rows == [
        (
            "هجوم كيميائي في رواية وقصف مستودع مواد كيميائية في أخرى",
            "الادعاء 1: هجوم بأسلحة كيميائية / الادعاء 2: قصف أصاب مستودعاً لمواد كيميائية",
        )
    ]
