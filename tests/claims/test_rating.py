"""The rule that rates a claim from its decided links (claims.rating)."""

import pytest

from claims.rating import RATINGS, claim_rating

RULE = [
    ({"upheld": 0, "refuted": 0, "corroborated": 0}, None),
    ({"upheld": 1, "refuted": 0, "corroborated": 0}, "upheld"),
    ({"upheld": 1, "refuted": 0, "corroborated": 3}, "upheld"),
    ({"upheld": 0, "refuted": 0, "corroborated": 2}, "corroborated"),
    ({"upheld": 0, "refuted": 2, "corroborated": 0}, "refuted"),
    ({"upheld": 1, "refuted": 1, "corroborated": 0}, "disputed"),
    ({"upheld": 0, "refuted": 1, "corroborated": 1}, "disputed"),
]


@pytest.mark.parametrize(("counts", "rating"), RULE)
def test_claim_rating_follows_the_documented_rule(counts, rating):
    assert claim_rating(**counts) == rating


def test_ratings_have_a_value_and_a_name_in_each_language():
    table = {key: (r.value, r.name("ar"), r.name("en")) for key, r in RATINGS.items()}
    assert table == {
        "upheld": (5, "صحيح", "Upheld"),
        "corroborated": (4, "تؤكده مصادر مستقلة", "Corroborated"),
        "disputed": (3, "متنازع عليه", "Disputed"),
        "refuted": (1, "غير صحيح", "Refuted"),
    }
