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
        "new_signal": {"x": 1.5},
    }
    with translation.override("en"):
        rows = evidence_rows(evidence)
    assert rows == [
        ("word overlap", "73%"),
        ("shared terms", "مقتل، ادلب"),
        ("conflicting numbers", "19 مدنياً ≠ 23 مدنياً"),
        ("opposite words", "يرتفع ↔ يهبط"),
        ("negation on one side", "claim 1: لم يعلن / claim 2: —"),
        ("denial against claim", "claim 1: allegation / claim 2: denial"),
        ("different places", "سوريا ≠ اليمن"),
        ("new_signal", "x: 1.50"),
    ]


def test_number_conflicts_in_another_shape_are_still_shown():
    with translation.override("en"):
        assert evidence_rows({"number_conflicts": [[19, 23]]}) == [("conflicting numbers", "19، 23")]
