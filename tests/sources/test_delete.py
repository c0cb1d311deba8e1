"""Deleting a source: its claims stay, unattributed or cited by the source chosen, and a record says what went."""

import pytest

from claims.models import Claim, Review
from sources.models import Source, SourceDeletion
from sources.services import SourceInUse, source_delete, source_merge
from tests.factories import ClaimFactory, ClaimLinkFactory, SourceFactory, UserFactory


@pytest.mark.django_db
def test_deleting_a_source_leaves_its_claims_unattributed_and_their_reviews():
    junk = SourceFactory(name="عثر")
    claim = ClaimFactory(source=junk, source_mention="عثر")
    link = ClaimLinkFactory(claim_a=claim, status="decided", decided_relation="contradicts", holds="a")
    reviewer = UserFactory(role="fact-checker")
    Review.objects.create(link=link, reviewer=reviewer, decision="contradicts", holds="a",
                          machine_relation="contradicts", machine_score=0.8)  # fmt: skip
    editor = UserFactory(role="editor")

    record = source_delete(source_id=junk.pk, user=editor, reason="editor")

    assert Source.objects.filter(pk=junk.pk).exists() is False
    assert Claim.objects.get(pk=claim.pk).source_id is None
    assert link.reviews.count() == 1
    assert (record.source_name, record.claims, record.reattached_to, record.deleted_by) == (
        "عثر",
        [claim.pk],
        None,
        editor,
    )


@pytest.mark.django_db
def test_deleting_a_source_can_reattach_its_claims_to_another():
    junk, right = SourceFactory(name="الموقع"), SourceFactory(name="موقع عنب بلدي")
    claims = [ClaimFactory(source=junk), ClaimFactory(source=junk)]
    relayed = ClaimFactory(via=junk)

    source_delete(source_id=junk.pk, user=None, reattach_to_id=right.pk)

    assert sorted(Claim.objects.filter(source=right).values_list("pk", flat=True)) == [c.pk for c in claims]
    assert Claim.objects.get(pk=relayed.pk).via_id == right.pk
    assert SourceDeletion.objects.get().reattached_to == right


@pytest.mark.django_db
def test_a_registry_source_or_one_with_merges_is_not_deleted(registry):
    observatory = Source.objects.get(name="المرصد السوري لحقوق الإنسان")
    with pytest.raises(SourceInUse):
        source_delete(source_id=observatory.pk, user=None)
    target, merged = SourceFactory(name="مصادر محلية"), SourceFactory(name="مصادر أهلية")
    source_merge(target_id=target.pk, merged_id=merged.pk, user=None)
    with pytest.raises(SourceInUse):
        source_delete(source_id=target.pk, user=None)
    assert SourceDeletion.objects.count() == 0
