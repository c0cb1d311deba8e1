"""reprocess --sources: stored claims take the attribution today's rules give their span; nothing is lost."""

from io import StringIO

import pytest
from django.core.management import call_command

from claims.models import Claim, ClaimLink, Review
from claims.services.attribution_repair import articles_attribution_repair
from sources.models import Source, SourceDeletion
from tests.factories import ArticleFactory, ClaimLinkFactory, SourceFactory, UserFactory
from tests.frontend.data import BODY_A, BODY_B, CLAIM_A, CLAIM_B, placed_claim

OBSERVATORY = "المرصد السوري لحقوق الإنسان"


def _stored_with_junk_source():
    """BODY_A's claim stored as older rules stored it: said by «عثر», a denial; decided against another claim."""
    article = ArticleFactory(body=BODY_A)
    junk = SourceFactory(name="عثر")
    claim = placed_claim(BODY_A, CLAIM_A, article=article, source=junk, source_mention="عثر", cue="عثر",
                         modality="deny", index=1)  # fmt: skip
    stale = placed_claim(BODY_A, "القصف مستمر", article=article, source=junk, index=2)
    stale.start, stale.end = 0, 5  # a span the rules no longer find
    stale.save()
    ministry = Source.objects.get(name="وزارة الدفاع الروسية")
    other = placed_claim(
        BODY_B, CLAIM_B, source=ministry, source_mention=ministry.name, cue="زعمت", modality="allege"
    )
    link = ClaimLinkFactory(
        claim_a=claim, claim_b=other, status="decided", decided_relation="contradicts", holds="a"
    )
    Review.objects.create(link=link, reviewer=UserFactory(role="fact-checker"), decision="contradicts",
                          holds="a", machine_relation="contradicts", machine_score=0.8)  # fmt: skip
    return claim, stale, link, junk


@pytest.mark.django_db
def test_repair_points_a_reviewed_claim_at_the_right_source_and_keeps_its_review(registry):
    claim, stale, link, junk = _stored_with_junk_source()

    totals, unmatched, failed = articles_attribution_repair()

    repaired = Claim.objects.get(pk=claim.pk)
    assert (repaired.source.name, repaired.source_mention, repaired.cue, repaired.modality) == (
        OBSERVATORY,
        "المرصد السوري",
        "قال",
        "assert",
    )
    assert (repaired.text, repaired.start, repaired.end) == (claim.text, claim.start, claim.end)
    assert ClaimLink.objects.get(pk=link.pk).holds == "a"
    assert Review.objects.filter(link=link).count() == 1
    assert Claim.objects.get(pk=stale.pk).source_id == junk.pk  # no counterpart: left as it was
    assert (unmatched, failed) == ({claim.article_id: [stale.pk]}, {})
    assert (
        totals["repaired"],
        totals["unmatched"],
        totals["changed_source"],
        totals["changed_modality"],
    ) == (
        1,
        1,
        1,
        1,
    )


@pytest.mark.django_db
def test_repair_deletes_junk_sources_nothing_cites_and_is_idempotent(registry):
    claim, stale, link, junk = _stored_with_junk_source()
    stale.delete()
    idle = SourceFactory(name="الموقع")

    first, _, _ = articles_attribution_repair(batch=1)
    second, _, _ = articles_attribution_repair(batch=1)

    assert Source.objects.filter(pk__in=[junk.pk, idle.pk]).exists() is False
    assert sorted(SourceDeletion.objects.values_list("source_name", "reason")) == [
        ("الموقع", "reprocess"),
        ("عثر", "reprocess"),
    ]
    assert (first["repaired"], first["junk_deleted"]) == (1, 2)
    assert (second["matched"], second["repaired"], second["junk_deleted"]) == (2, 0, 0)


@pytest.mark.django_db
def test_reprocess_sources_reports_what_it_did(registry):
    _stored_with_junk_source()
    out = StringIO()
    call_command("reprocess", "--sources", stdout=out, stderr=StringIO())
    lines = out.getvalue().splitlines()
    assert lines[0] == (
        "sources: 2 articles, 3 claims, 2 matched, 1 repaired (cue 1, modality 1, source 1, source_mention 1), "
        "1 without a counterpart left as they were; junk sources: 0 deleted, 0 kept; 0 articles failed"
    )
    assert lines[1].startswith("  article ")
