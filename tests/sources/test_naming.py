"""Stored source names told from verbs, clauses, common nouns and function words, on names seen in
Baly 2018 articles and in the issue that reported them."""

import pytest

from sources.matching import AliasIndex, load_registry
from sources.naming import CLAUSE, COMMON_NOUN, FUNCTION_WORD, SHORT_WORD, VERB, junk_reason

REGISTRY = AliasIndex.from_registry()


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("عثر", SHORT_WORD),  # "عثر على جثث": "found" taken for a speaker
        ("انتصارها على داعش", CLAUSE),
        ("الموقع", COMMON_NOUN),
        ("كلمة السر", COMMON_NOUN),  # a login form's "password"
        ("عن", FUNCTION_WORD),
        ("وكذلك", FUNCTION_WORD),
        ("قالت", VERB),
        ("وأفادت", VERB),
        ("زاعمة", VERB),
        ("بعضهم", CLAUSE),
        ("عدم الكشف", CLAUSE),
        ("مسعود بارزاني مجددا", CLAUSE),
        ("حديثه لزيتون", COMMON_NOUN),
        ("تقرير جديد صادر", COMMON_NOUN),
        ("الصحيفة", COMMON_NOUN),
        ("صحيفة", COMMON_NOUN),
        ("الكاتب", COMMON_NOUN),
        ("كلمته", COMMON_NOUN),
    ],
)
def test_junk_names_are_told_with_their_reason(name, reason):
    assert junk_reason(name, registry=REGISTRY) == reason


@pytest.mark.parametrize(
    "name",
    [
        "المرصد",  # a common noun the registry knows as the Observatory
        "تحرير الشام",
        "زومر",
        "مصادر محلية",
        "مصدر",
        "مسؤول",
        "أحد السكان",
        "بن علي يلدريم",  # «علي», not «على»
        "ولي العهد السعودي",
        "المبعوث الأممي إلى سوريا ستيفان دي ميستورا",
        "الناطق باسم جيش النصر أبو المجد الحمصي",
        "حركة حماس",
        "بيان المعارضة",
        "وثائق داعش",
        "مصادر موثوق بها",
        "روسيا اليوم",
        "هونغ لي",
        "SAA",
    ],
)
def test_names_of_speakers_are_not_junk(name):
    assert junk_reason(name, registry=REGISTRY) is None


def test_every_registry_name_and_alias_is_a_name():
    entries = load_registry()
    names = [alias for entry in entries for alias in (entry["name"], *entry["aliases"]) if alias]
    assert [name for name in names if junk_reason(name, registry=REGISTRY)] == []
