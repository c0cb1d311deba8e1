"""A page of the sources list costs the same queries for 1 source as for 50, each with a parent,
claims and a credibility history."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api import client_for
from tests.factories import ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db


def sources(count: int) -> None:
    parent = SourceFactory(name="الأصل")
    for _ in range(count):
        source = SourceFactory(parent=parent, score=0.5)
        ClaimFactory.create_batch(2, source=source)
        source.history.create(score=0.5, low=0.2, high=0.8, upheld=1, refuted=1, corroborated=1)


def queries(client, count: int) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/api/v1/sources/", {"ordering": "-claim_count"})
    assert len(response.json()["results"]) == count + 1
    return len(captured)


def test_the_sources_page_costs_the_same_queries_for_1_and_50_sources():
    client = client_for("reader")
    sources(1)
    one = queries(client, 1)
    sources(48)
    assert queries(client, 49) == one
