import pytest

from claims.linking import ClaimText, prepare
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
