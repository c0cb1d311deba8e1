"""A page of the incidents list costs the same queries for 1 incident as for 50, each with claims
of several articles and sources."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from incidents.models import Incident, IncidentClaim
from tests.api import client_for
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def incidents(count: int) -> None:
    for number in range(count):
        incident = Incident.objects.create(kind="air_strike", place_name=f"بلدة {number}")
        for claim in ClaimFactory.create_batch(2):
            IncidentClaim.objects.create(incident=incident, claim=claim)


def queries(client, count: int) -> int:
    with CaptureQueriesContext(connection) as captured:
        rows = client.get("/api/v1/incidents/").json()["results"]
    assert [row["claim_count"] for row in rows] == [2] * count
    return len(captured)


def test_the_incidents_page_costs_the_same_queries_for_1_and_50_incidents():
    client = client_for("reader")
    incidents(1)
    one = queries(client, 1)
    incidents(49)
    assert queries(client, 50) == one
