import pytest

from claims.linking import ClaimText, candidate_keys, prepare


def keys(text: str, **options) -> list[str]:
    return candidate_keys(prepare(ClaimText(text)), **({"pair_terms": 0} | options))


def pairs(text: str) -> set[str]:
    return {key for key in candidate_keys(prepare(ClaimText(text))) if "+" in key}


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


def test_single_keys_come_first_and_pairs_of_specific_words_follow():
    text = "قتل 19 مدنياً في قصف على كفرنبل بريف إدلب"
    both = candidate_keys(prepare(ClaimText(text)))
    assert both[:3] == keys(text) == ["كفرنبل", "num:مدني", "place:ادلب"]
    assert set(both[3:]) == pairs(text)
    assert {"ادلب+قصف", "قتل+مدني", "قصف+كفرنبل"} <= pairs(text)


def test_two_reports_of_one_battle_with_no_rare_word_in_common_share_pair_keys():
    one = "مقتل العشرات في معارك الحديدة في اليمن"
    two = "اليمن: معارك عنيفة تسفر عن مقتل العشرات خلال أيام"
    assert set(keys(one)) & set(keys(two)) == {"place:اليمن"}
    assert {"معارك+مقتل", "معارك+يمن", "مقتل+يمن"} <= pairs(one) & pairs(two)


def test_pair_keys_leave_out_numbers_and_common_words():
    assert pairs("قال الجيش السوري إن قواته في سوريا") == set()
    assert not any(
        part.isdigit() for key in pairs("قتل 19 مدنياً في قصف على كفرنبل") for part in key.split("+")
    )


def test_pair_keys_come_from_at_most_eight_words():
    text = "انفجار سيارة مفخخة قرب مستشفى ميداني ومدرسة ابتدائية ومخبز شعبي وسوق خضار بمدينة اعزاز الحدودية"
    words = {part for key in pairs(text) for part in key.split("+")}
    assert len(words) == 8
    assert len(pairs(text)) == 28
