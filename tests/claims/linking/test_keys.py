import pytest

from claims.linking import ClaimText, candidate_keys, prepare


def keys(text: str, **options) -> list[str]:
    return candidate_keys(prepare(ClaimText(text)), **options)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 19 مدنياً في قصف على كفرنبل بريف إدلب", ["كفرنبل", "num:مدني", "place:ادلب"]),
        (
            "أعلن الجيش السوري السيطرة على مدينة البوكمال آخر معاقل التنظيم",
            ["معاقل", "بوكمال", "place:البوكمال"],
        ),
    ],
)
def test_keys_are_rare_words_then_counted_nouns_then_places(text, expected):
    assert keys(text) == expected


def test_keys_leave_out_common_words_and_the_country():
    assert keys("قال الجيش السوري إن قواته في سوريا") == []


def test_keys_are_the_same_for_the_same_claim_and_cut_at_max_keys():
    text = "وتسببت الغارات الجوية لطيران الأسد بنزوح نحو 400 ألف سوري من ريف إدلب الجنوبي"
    assert (keys(text), keys(text, max_keys=2)) == (
        ["تسببت", "بنزوح", "طيران", "num:سوري", "place:ادلب"],
        ["تسببت", "بنزوح"],
    )


def test_keys_are_stemmed_so_inflections_block_together():
    assert keys("بالمعتقلين في صيدنايا") == keys("المعتقلون في صيدنايا")


def test_keys_are_at_most_64_characters():
    assert [len(k) for k in keys("ا" * 100)] == [64]
