"""An article yielding more claims than ARTICLE_MAX_CLAIMS fails at segmentation, nothing stored."""

import pytest
from django.core.management import call_command

from claims.ingestion import Record
from claims.models import Article, Claim, Status
from claims.services import article_ingest

pytestmark = pytest.mark.django_db


def report(town: str, killed: int) -> str:
    return f"وقال المرصد السوري لحقوق الإنسان إن {killed} مدنياً قتلوا في قصف على بلدة {town}."


def four_claims(town: str = "كفرنبل") -> str:
    return " ".join(report(town, killed) for killed in (3, 4, 5, 6))


def ingest(body: str) -> Article:
    return article_ingest(record=Record(body=body, origin="test")).article


def test_an_article_over_the_cap_fails_with_its_count_and_stores_no_claim(
    settings, registry, django_capture_on_commit_callbacks
):
    settings.ARTICLE_MAX_CLAIMS = 3
    with django_capture_on_commit_callbacks(execute=True):
        article = ingest(four_claims())
    article.refresh_from_db()
    assert (article.status, article.error) == (
        Status.FAILED,
        "this article yields 4 claims, more than the 3 allowed",
    )
    assert Claim.objects.count() == 0


def test_an_article_at_the_cap_is_segmented_and_linked(
    settings, registry, django_capture_on_commit_callbacks
):
    settings.ARTICLE_MAX_CLAIMS = 4
    with django_capture_on_commit_callbacks(execute=True):
        article = ingest(four_claims())
    article.refresh_from_db()
    assert (article.status, article.error, article.claims.count()) == (Status.LINKED, "", 4)


def test_reprocess_pending_refuses_an_article_over_the_cap_and_links_the_rest(
    settings, registry, django_capture_on_commit_callbacks, capsys
):
    # Ingested while nothing ran the queued work: both wait as pending.
    big, small = ingest(four_claims()), ingest(report("سراقب", 9))
    settings.ARTICLE_MAX_CLAIMS = 3
    with django_capture_on_commit_callbacks(execute=True):
        call_command("reprocess", "--pending")
    assert capsys.readouterr().out.strip() == "2 queued, 0 could not be queued"
    states = dict(Article.objects.values_list("pk", "status"))
    assert states == {big.pk: Status.FAILED, small.pk: Status.LINKED}
    assert list(Claim.objects.values_list("article_id", flat=True)) == [small.pk]


def test_reprocess_failed_keeps_refusing_an_article_still_over_the_cap(
    settings, registry, django_capture_on_commit_callbacks, capsys
):
    settings.ARTICLE_MAX_CLAIMS = 3
    with django_capture_on_commit_callbacks(execute=True):
        article = ingest(four_claims())
        call_command("reprocess", "--failed")
    article.refresh_from_db()
    assert (article.status, article.error, Claim.objects.count()) == (
        Status.FAILED,
        "this article yields 4 claims, more than the 3 allowed",
        0,
    )
