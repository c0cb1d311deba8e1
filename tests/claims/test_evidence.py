"""Evidence sides follow claim_a / claim_b, whichever order the scorer saw the claims in."""

from types import SimpleNamespace

import pytest

from claims.evidence import evidence_by_claim

NINETEEN = SimpleNamespace(
    pk=3, text="قال المرصد إن 19 مدنياً قتلوا ولم يعلن أحد المسؤولية في سوريا", modality="assert"
)
TWENTY_THREE = SimpleNamespace(
    pk=8, text="زعمت الوزارة أن 23 مدنياً قتلوا وأعلن التنظيم مسؤوليته في اليمن", modality="deny"
)
CONFLICT = {"a": "19 مدنياً", "b": "23 مدنياً", "a_value": 19, "b_value": 23, "counted": "مدني"}
REVERSED = {"a": "23 مدنياً", "b": "19 مدنياً", "a_value": 23, "b_value": 19, "counted": "مدني"}


def test_new_evidence_in_the_links_order_is_kept():
    evidence = {"claims": [3, 8], "number_conflicts": [CONFLICT], "modalities": ["assert", "deny"]}
    assert evidence_by_claim(evidence, claim_a=NINETEEN, claim_b=TWENTY_THREE) == evidence


def test_new_evidence_naming_the_claims_the_other_way_round_is_turned_over():
    evidence = {
        "claims": [8, 3],
        "number_conflicts": [REVERSED],
        "negation": {"a": [], "b": ["لم يعلن"]},
        "modalities": ["deny", "assert"],
        "place_mismatch": [["اليمن", "سوريا"]],
        "shared_terms": ["قتل"],
    }
    assert evidence_by_claim(evidence, claim_a=NINETEEN, claim_b=TWENTY_THREE) == {
        "claims": [3, 8],
        "number_conflicts": [CONFLICT],
        "negation": {"a": ["لم يعلن"], "b": []},
        "modalities": ["assert", "deny"],
        "place_mismatch": [["سوريا", "اليمن"]],
        "shared_terms": ["قتل"],
    }


def test_old_evidence_with_reversed_sides_is_read_by_which_claim_quotes_what():
    evidence = {
        "similarity": 0.7,
        "number_conflicts": [REVERSED],
        "negation": {"a": [], "b": ["لم يعلن"]},
        "modalities": ["deny", "assert"],
        "place_mismatch": [["اليمن", "سوريا"]],
        "reversals": [["أعلن", "لم يعلن"]],
        "dissent": ["منع"],
    }
    assert evidence_by_claim(evidence, claim_a=NINETEEN, claim_b=TWENTY_THREE) == {
        "similarity": 0.7,
        "number_conflicts": [CONFLICT],
        "negation": {"a": ["لم يعلن"], "b": []},
        "modalities": ["assert", "deny"],
        "place_mismatch": [["سوريا", "اليمن"]],
        "reversals": [["لم يعلن", "أعلن"]],
        "dissent": ["منع"],
        "claims": [3, 8],
    }


def test_old_evidence_already_in_order_is_kept():
    evidence = {
        "number_conflicts": [CONFLICT],
        "modalities": ["assert", "deny"],
        "place_mismatch": [["سوريا", "اليمن"]],
    }
    assert evidence_by_claim(evidence, claim_a=NINETEEN, claim_b=TWENTY_THREE) == {
        **evidence,
        "claims": [3, 8],
    }


def test_each_old_conflict_is_placed_on_its_own():
    other = {"a": "5 أطفال", "b": "7 أطفال", "a_value": 5, "b_value": 7}
    a = SimpleNamespace(pk=1, text="قتل 19 مدنياً بينهم 7 أطفال", modality="assert")
    b = SimpleNamespace(pk=2, text="قتل 23 مدنياً بينهم 5 أطفال", modality="assert")
    oriented = evidence_by_claim({"number_conflicts": [CONFLICT, other]}, claim_a=a, claim_b=b)
    assert oriented["number_conflicts"] == [
        CONFLICT,
        {"a": "7 أطفال", "b": "5 أطفال", "a_value": 7, "b_value": 5},
    ]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("قتل 19 مدنياً و23 مدنياً", "قتل 19 مدنياً و23 مدنياً"),  # both quote both figures
        ("قتل مدنيون", "قتل آخرون"),  # neither quotes them
    ],
)
def test_old_evidence_that_cannot_be_placed_keeps_the_stored_order(text_a, text_b):
    a = SimpleNamespace(pk=1, text=text_a, modality="assert")
    b = SimpleNamespace(pk=2, text=text_b, modality="assert")
    oriented = evidence_by_claim({"number_conflicts": [REVERSED]}, claim_a=a, claim_b=b)
    assert oriented == {"number_conflicts": [REVERSED], "claims": [1, 2]}


def test_quoted_words_are_found_whatever_their_spelling():
    a = SimpleNamespace(pk=1, text="مقتل ١٩ مدنياً في إدلب", modality="assert")
    b = SimpleNamespace(pk=2, text="مقتل 23 مدنيا في ادلب", modality="assert")
    oriented = evidence_by_claim({"number_conflicts": [REVERSED]}, claim_a=a, claim_b=b)
    assert oriented["number_conflicts"] == [CONFLICT]


def test_no_evidence_is_empty_evidence_naming_the_claims():
    assert evidence_by_claim(None, claim_a=NINETEEN, claim_b=TWENTY_THREE) == {"claims": [3, 8]}
