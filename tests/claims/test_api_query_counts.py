"""Every list endpoint asks the database the same number of times for 1 and for 50 rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Review
from incidents.models import Incident, IncidentClaim
from tests.api import client_for
from tests.factories import ClaimFactory, ClaimLinkFactory, FlagFactory, SourceFactory, UserFactory

pytestmark = pytest.mark.django_db


def decided_link():
    link = ClaimLinkFactory(status="decided", decided_relation="contradicts", holds="a")
    Review.objects.create(
        link=link,
        reviewer=UserFactory(),
        decision="contradicts",
        holds="a",
        machine_relation="contradicts",
        machine_score=0.8,
    )
    return link


def flagged_claim():
    claim = ClaimFactory(via=SourceFactory())
    FlagFactory(article=claim.article)
    ClaimLinkFactory(claim_a=claim)


def reviewed_link(link_id):
    return lambda: Review.objects.create(
        link_id=link_id,
        reviewer=UserFactory(),
        decision="unsure",
        machine_relation="contradicts",
        machine_score=0.8,
    )


def flag_with_evidence():
    link = ClaimLinkFactory()
    FlagFactory(article=link.claim_a.article).links.add(link)


def scored_source():
    source = SourceFactory(parent=SourceFactory())
    source.history.create(score=0.5, low=0.2, high=0.8, upheld=1)
    ClaimFactory(source=source)


def incident_with_claims():
    incident = Incident.objects.create(kind="air_strike", place_name="إدلب")
    for claim in (ClaimFactory(source=SourceFactory()), ClaimFactory(modality="deny")):
        IncidentClaim.objects.create(incident=incident, claim=claim)


# Authentication (token, then the user's groups) is two of each count.
LISTS = [
    ("/api/v1/articles/", flagged_claim, 3),
    ("/api/v1/articles/contested/", flagged_claim, 3),
    ("/api/v1/claims/", flagged_claim, 3),
    ("/api/v1/links/", flagged_claim, 3),
    ("/api/v1/links/?status=proposed&status=second_review&relation=contradicts", flagged_claim, 3),
    # A search: the newest claim's id, the page's ids, then its rows (config.api.SearchParts).
    ("/api/v1/claims/?q=%D9%85%D8%AF%D9%86%D9%8A%D8%A7", flagged_claim, 5),
    ("/api/v1/incidents/", incident_with_claims, 4),
    ("/api/v1/flags/", flag_with_evidence, 4),
    ("/api/v1/sources/", scored_source, 4),
    ("/api/v1/sources/?ordering=-claim_count", scored_source, 4),
    # Reviewed claims, then the decided links of each side of them (two prefetches).
    ("/api/v1/export/claimreview.jsonld", decided_link, 5),
    ("/api/v1/export/links.csv", decided_link, 3),
    ("/api/v1/export/links.jsonl", decided_link, 3),
]


def queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
        assert response.status_code == 200
        if response.streaming:
            b"".join(response.streaming_content)
    return len(captured)


@pytest.mark.parametrize(("path", "make", "expected"), LISTS, ids=[path for path, _, _ in LISTS])
def test_list_queries_do_not_grow_with_rows(path, make, expected):
    client = client_for("reader")
    make()
    one = queries(client, path)
    for _ in range(49):
        make()
    assert (one, queries(client, path)) == (expected, expected)


def test_review_history_queries_do_not_grow_with_reviews():
    link = ClaimLinkFactory()
    client = client_for("reader")
    add = reviewed_link(link.pk)
    add()
    one = queries(client, f"/api/v1/links/{link.pk}/reviews/")
    for _ in range(49):
        add()
    assert (one, queries(client, f"/api/v1/links/{link.pk}/reviews/")) == (4, 4)
