"""Sync for external tools: what changed since a time, and query parameters the API does not know are a 400."""

from datetime import UTC, datetime

import pytest
from django.utils import timezone

from claims.models import Article, ClaimLink, Review
from tests.api import client_for, error
from tests.factories import ArticleFactory, ClaimFactory, ClaimLinkFactory, UserFactory

pytestmark = pytest.mark.django_db

BEFORE = datetime(2026, 1, 1, tzinfo=UTC)
AFTER = datetime(2026, 6, 1, tzinfo=UTC)
SINCE = "2026-03-01T00:00:00Z"


def ids(url: str, **params) -> list[int]:
    response = client_for("reader").get(url, params)
    assert response.status_code == 200, response.json()
    return [row["id"] for row in response.json()["results"]]


def review(link: ClaimLink) -> Review:
    return Review.objects.create(
        link=link,
        reviewer=UserFactory(),
        decision="unsure",
        machine_relation="contradicts",
        machine_score=0.8,
    )


def test_articles_updated_since():
    old, new = ArticleFactory(), ArticleFactory()
    Article.objects.filter(pk=old.pk).update(updated_at=BEFORE)
    Article.objects.filter(pk=new.pk).update(updated_at=AFTER)
    assert ids("/api/v1/articles/", updated_since=SINCE) == [new.pk]


def test_claims_updated_since_follow_their_article():
    old, new = ClaimFactory(), ClaimFactory()
    Article.objects.filter(pk=old.article_id).update(updated_at=BEFORE)
    Article.objects.filter(pk=new.article_id).update(updated_at=AFTER)
    assert ids("/api/v1/claims/", updated_since=SINCE) == [new.pk]


def test_links_updated_since_and_decided_since():
    old, new, reviewed = ClaimLinkFactory(), ClaimLinkFactory(), ClaimLinkFactory()
    ClaimLink.objects.filter(pk__in=[old.pk, reviewed.pk]).update(updated_at=BEFORE)
    ClaimLink.objects.filter(pk=new.pk).update(updated_at=AFTER)
    review(old)
    since = timezone.now().isoformat()
    review(reviewed)
    assert [ids("/api/v1/links/", updated_since=SINCE), ids("/api/v1/links/", decided_since=since)] == [
        [new.pk],
        [reviewed.pk],
    ]


def test_reviews_decided_since():
    link = ClaimLinkFactory()
    review(link)
    since = timezone.now().isoformat()
    later = review(link)
    assert ids(f"/api/v1/links/{link.pk}/reviews/", decided_since=since) == [later.pk]


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00", "yesterday"])
@pytest.mark.parametrize("url", ["/api/v1/articles/", "/api/v1/claims/", "/api/v1/links/"])
def test_a_since_outside_the_calendar_is_a_400(url, value):
    response = client_for("reader").get(url, {"updated_since": value})
    assert (response.status_code, response.json()["error"]["fields"]) == (
        400,
        {"updated_since": ["Enter a valid date/time."]},
    )


UNKNOWN = {
    "/api/v1/articles/": "cursor, page_size, published_after, published_before, publisher, q, status, updated_since",
    "/api/v1/articles/contested/": (
        "cursor, page_size, published_after, published_before, publisher, q, status, updated_since"
    ),
    "/api/v1/claims/": (
        "article, cursor, has_links, modality, page_size, published_after, published_before, q, source, "
        "updated_since"
    ),
    "/api/v1/links/": (
        "affiliation, article, cursor, decided_relation, decided_since, page_size, published_after, "
        "published_before, relation, score_max, score_min, source, status, updated_since"
    ),
    "/api/v1/export/links.csv": (
        "affiliation, article, decided_relation, decided_since, published_after, published_before, relation, "
        "score_max, score_min, source, status, updated_since"
    ),
    "/api/v1/flags/": "article, cursor, page_size, state",
    "/api/v1/sources/": "affiliation, kind, ordering, page, page_size, q",
    "/api/v1/links/{link}/reviews/": "cursor, decided_since, page_size",
}


@pytest.mark.parametrize(("url", "expected"), UNKNOWN.items(), ids=UNKNOWN.keys())
def test_an_unknown_query_parameter_is_a_400_naming_the_known_ones(url, expected):
    link = ClaimLinkFactory()
    response = client_for("reader").get(url.format(link=link.pk), {"update_since": SINCE, "q": "x"})
    message = f"unknown query parameter; expected one of: {expected}"
    if "q" not in expected:
        fields = {"q": [message], "update_since": [message]}
    else:
        fields = {"update_since": [message]}
    assert (response.status_code, response.json()) == (
        400,
        error("invalid", f"invalid value for {', '.join(fields)}", fields),
    )


def test_known_parameters_of_every_kind_are_accepted():
    link = ClaimLinkFactory()
    params = {"status": "proposed", "score_min": "0.5", "published_after": "2018-01-01", "page_size": "10"}
    assert ids("/api/v1/links/", **params) == [link.pk]


def test_queue_next_refuses_an_unknown_filter_and_leases_nothing():
    link = ClaimLinkFactory()
    response = client_for("fact-checker").post("/api/v1/queue/next/?relaton=contradicts")
    link.refresh_from_db()
    assert (response.status_code, sorted(response.json()["error"]["fields"]), link.leased_to) == (
        400,
        ["relaton"],
        None,
    )
