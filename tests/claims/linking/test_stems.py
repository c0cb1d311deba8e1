import pytest

from claims.linking.stems import inflection_key, skeleton, stem, variants
from claims.text.normalize import normalize_key


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("والانسحابات", "انسحاب"),
        ("السورية", "سوري"),
        ("سوريا", "سوري"),
        ("المدنيين", "مدني"),
        ("انخفاضاً", "انخفاض"),
        ("للنفط", "نفط"),
        ("قتلوا", "قتل"),
    ],
)
def test_stem_strips_article_and_one_suffix(word, expected):
    assert stem(normalize_key(word)) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("بارتفاع", ("بارتفاع", "ارتفاع")),
        ("وزارة", ("وزار", "زار")),
        ("كفرنبل", ("كفرنبل",)),
        ("ادلب", ("ادلب",)),
    ],
)
def test_variants_offer_both_readings_of_a_leading_clitic(word, expected):
    assert variants(normalize_key(word)) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [("يرتفع", "ارتفاع"), ("تراجعت", "يتراجع"), ("ينسحب", "انسحاب"), ("تخفيض", "انخفاض")],
)
def test_skeleton_joins_a_verb_and_its_verbal_noun(a, b):
    assert skeleton(stem(normalize_key(a))) == skeleton(stem(normalize_key(b)))


@pytest.mark.parametrize(("word", "expected"), [("تراجعت", "راجع"), ("يتراجع", "تراجع"), ("ارتفعت", "ارتفع")])
def test_inflection_key_drops_one_verb_prefix_and_feminine_past(word, expected):
    assert inflection_key(stem(normalize_key(word))) == expected


def test_inflection_key_keeps_unrelated_words_apart_where_skeleton_does_not():
    assert (skeleton("اسلامي") == skeleton("سليم"), inflection_key("اسلامي") == inflection_key("سليم")) == (
        True,
        False,
    )
