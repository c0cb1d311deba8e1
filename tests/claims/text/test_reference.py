"""Denials that name what they deny by reference: the texts of real reports."""

import pytest

from claims.text.reference import refers_back


@pytest.mark.parametrize(
    "text",
    [
        "ما أعلنته موسكو",  # «ونفت هيئة تحرير الشام مساء الأربعاء ما أعلنته موسكو»
        "صحة هذه الأنباء",
        "ذلك",
        "ذلك تماما",
        "هذه التقارير",
        "الخبر جملة وتفصيلا",
        "ما تتناقله وسائل الإعلام",
        "ما يروجه النظام",
        "صحة ما ذكرته الوكالة",
        # few words, and the rest in the report before: «لكن الرياض نفت ممارستها أي ضغوط في هذا السياق»
        "ممارستها أي ضغوط في هذا السياق",
        "أي تدخل بهذا الخصوص",
    ],
)
def test_a_reference_to_what_was_reported_refers_back(text):
    assert refers_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "مقتل 20 مدنياً في غارة على السوق",
        "وجود قوات روسية في المدينة",
        "بصحة جيدة ويمارس مهامه الموكلة إليه بشكل كامل",
        "هذه الأنباء عن مقتل قائد الفصيل في غارة روسية على ريف إدلب",  # says what it denies
        "قصف طائراتها السوق الشعبي في مدينة معرة النعمان في هذا السياق",
    ],
)
def test_a_claim_in_words_of_its_own_does_not(text):
    assert not refers_back(text)
