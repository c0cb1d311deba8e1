"""A denial by reference («ونفت الهيئة ما أعلنته موسكو») is linked as the report it refers to, denied."""

import pytest

from claims.ingestion import Record
from claims.models import Claim, ClaimLink
from claims.services import articles_ingest

pytestmark = pytest.mark.django_db

REPORT = (
    "أعلنت وزارة الدفاع الروسية أن القائد العام لهيئة تحرير الشام أبو محمد الجولاني في حال حرجة إثر"
    " إصابته بغارة روسية أسفرت عن مقتل 12 قياديا في الهيئة ."
)
WITH_DENIAL = (
    "وكان الجيش الروسي أعلن أمس أن القائد العام لهيئة تحرير الشام أبو محمد الجولاني في حال حرجة إثر"
    " إصابته بغارة روسية أسفرت عن مقتل 12 قياديا في الهيئة .\n"
    "ونفت هيئة تحرير الشام مساء الأربعاء ما أعلنته موسكو .\n"
)
OTHER_STORY = (
    'وتأتي حادثة الاغتيال بعد ساعات من مقتل القيادي في " الهيئة " , " أبو عبد الرحمن الحموي " , الملقب'
    ' ب - " أمير الهاون " .\n'
    "الجدير بالذكر أن عناصر الهيئة قتلوا 18 عنصرا لقوات النظام في قرية أبو ميال بريف حماة الشرقي , إثر"
    " عملية تسلل .\n"
)


def ingest(capture, *bodies: tuple[str, str]) -> None:
    with capture(execute=True):
        articles_ingest(
            items=[Record(body=body, origin=origin, publisher=f"{origin}.example") for origin, body in bodies]
        )


def test_a_denial_by_reference_contradicts_the_report_it_refers_to(
    registry, django_capture_on_commit_callbacks
):
    ingest(django_capture_on_commit_callbacks, ("denial", WITH_DENIAL), ("report", REPORT))
    denial = Claim.objects.get(text="ما أعلنته موسكو")
    assert denial.modality == "deny"
    assert denial.features["refers"].startswith("القائد العام لهيئة تحرير الشام")
    links = [link for link in ClaimLink.objects.all() if denial.pk in (link.claim_a_id, link.claim_b_id)]
    assert [(link.claim_a_id, link.relation) for link in links] == [(denial.pk, "contradicts")]
    assert links[0].evidence["refers"]["a"] == denial.features["refers"]


def test_a_denial_by_reference_is_no_match_for_a_story_sharing_a_name(
    registry, django_capture_on_commit_callbacks
):
    ingest(django_capture_on_commit_callbacks, ("denial", WITH_DENIAL), ("other", OTHER_STORY))
    denial = Claim.objects.get(text="ما أعلنته موسكو")
    assert [link for link in ClaimLink.objects.all() if denial.pk in (link.claim_a_id, link.claim_b_id)] == []
