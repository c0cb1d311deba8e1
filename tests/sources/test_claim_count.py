"""Source.claim_count stays the number of claims citing the source whoever writes the claims: the
segment stage, editors' merges, undos and deletions, attribution repair, deleted articles; and
``recount`` puts back what a write around the database's triggers left wrong."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import F

from claims.models import Article, Claim, Status
from claims.services.link import claims_create
from claims.services.segment import article_segment
from sources.models import Source
from sources.selectors import claim_count_counted
from sources.services import source_claims_recount, source_delete, source_merge, source_merge_undo
from tests.factories import ArticleFactory, ClaimFactory, SourceFactory, UserFactory

pytestmark = pytest.mark.django_db


def stored() -> dict[str, int]:
    return dict(Source.objects.values_list("name", "claim_count"))


def counted() -> dict[str, int]:
    return dict(Source.objects.annotate(n=claim_count_counted()).values_list("name", "n"))


def test_claims_created_one_by_one_and_in_bulk_are_counted():
    one, other = SourceFactory(name="أ"), SourceFactory(name="ب")
    ClaimFactory(source=one)
    article = ArticleFactory()
    claims_create(
        [ClaimFactory.build(article=article, source=source) for source in (one, other, other, None)]
    )
    assert stored() == counted() == {"أ": 2, "ب": 2}


def test_a_claim_given_another_source_or_none_moves_its_count():
    one, other = SourceFactory(name="أ"), SourceFactory(name="ب")
    claim, _ = ClaimFactory(source=one), ClaimFactory(source=one)
    claim.source = other
    claim.save()
    assert stored() == {"أ": 1, "ب": 1}
    Claim.objects.filter(source=one).update(source=None)
    Claim.objects.filter(pk=claim.pk).update(text="نص آخر")
    assert stored() == counted() == {"أ": 0, "ب": 1}


def test_deleting_claims_and_their_article_uncounts_them():
    source = SourceFactory(name="أ")
    article = ArticleFactory()
    ClaimFactory.create_batch(3, article=article, source=source)
    kept = ClaimFactory(source=source)
    Claim.objects.filter(pk=kept.pk).delete()
    assert stored() == {"أ": 3}
    Article.objects.filter(pk=article.pk).delete()
    assert stored() == counted() == {"أ": 0}


def test_segmenting_an_article_again_counts_its_claims_once(registry):
    article = ArticleFactory(status=Status.PENDING, body="قال المرصد السوري لحقوق الإنسان إن 27 مدنياً قتلوا.")
    article_segment(article_id=article.pk)
    first = {name: n for name, n in stored().items() if n}
    Article.objects.filter(pk=article.pk).update(status=Status.PENDING)
    article_segment(article_id=article.pk)
    assert first and {name: n for name, n in stored().items() if n} == first
    assert stored() == counted()


def test_merge_undo_and_delete_move_the_counts_with_the_claims():
    editor = UserFactory(role="editor")
    target, merged = SourceFactory(name="أ"), SourceFactory(name="ب")
    doomed, heir = SourceFactory(name="ت"), SourceFactory(name="ث")
    ClaimFactory(source=target)
    ClaimFactory.create_batch(2, source=merged)
    ClaimFactory.create_batch(3, source=doomed)
    merge = source_merge(target_id=target.pk, merged_id=merged.pk, user=editor)
    assert stored() == {"أ": 3, "ب": 0, "ت": 3, "ث": 0}
    source_merge_undo(merge_id=merge.pk, user=editor)
    assert stored() == {"أ": 1, "ب": 2, "ت": 3, "ث": 0}
    source_delete(source_id=doomed.pk, user=editor, reattach_to_id=heir.pk)
    assert stored() == counted() == {"أ": 1, "ب": 2, "ث": 3}
    source_delete(source_id=heir.pk, user=editor)
    assert stored() == counted() == {"أ": 1, "ب": 2}


def test_the_list_shows_the_stored_count_and_orders_by_it():
    from tests.api import client_for

    busy, quiet = SourceFactory(name="أ"), SourceFactory(name="ب")
    ClaimFactory.create_batch(2, source=busy)
    ClaimFactory(source=quiet)
    rows = client_for("reader").get("/api/v1/sources/", {"ordering": "claim_count"}).json()["results"]
    assert [(row["name"], row["claim_count"]) for row in rows] == [("ب", 1), ("أ", 2)]


def test_recount_puts_back_counts_written_around_the_triggers():
    one, other = SourceFactory(name="أ"), SourceFactory(name="ب")
    ClaimFactory.create_batch(2, source=one)
    Source.objects.filter(pk=one.pk).update(claim_count=F("claim_count") + 5)
    Source.objects.filter(pk=other.pk).update(claim_count=7)
    assert source_claims_recount() == [one.pk, other.pk]
    assert stored() == counted() == {"أ": 2, "ب": 0}
    assert source_claims_recount() == []


def test_the_recount_command_says_what_it_put_right():
    source = SourceFactory()
    Source.objects.filter(pk=source.pk).update(claim_count=3)
    out = StringIO()
    call_command("recount", stdout=out)
    assert out.getvalue().splitlines() == [
        "1 sources and 0 incidents had wrong counts; recounted",
        f"sources: {source.pk}",
    ]
    assert Source.objects.get(pk=source.pk).claim_count == 0


def test_saving_a_source_read_before_its_claims_were_written_keeps_their_count():
    source = SourceFactory(name="أ")
    read = Source.objects.get(pk=source.pk)
    ClaimFactory.create_batch(2, source=source)
    read.name_en = "A"
    read.save()
    assert (stored(), Source.objects.get(pk=source.pk).name_en) == ({"أ": 2}, "A")
