"""/metrics is Prometheus text for staff and allowed addresses only."""

import pytest
from django.test import Client

from tests.api import api_client
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_allowed_addresses(settings):
    settings.METRICS_ALLOWED_IPS = []


def test_anonymous_and_non_staff_callers_are_refused():
    reader = Client()
    reader.force_login(UserFactory(role="admin"))
    answers = [
        Client().get("/metrics"),
        reader.get("/metrics"),
        api_client(UserFactory(role="admin")).get("/metrics"),
    ]
    assert [a.status_code for a in answers] == [403, 403, 403]


def test_staff_signed_in_or_with_a_token_read_the_request_metrics():
    staff = UserFactory(username="ops", role="reader")
    staff.is_staff = True
    staff.save()
    session = Client()
    session.force_login(staff)
    answers = [session.get("/metrics"), api_client(staff).get("/metrics")]
    assert [a.status_code for a in answers] == [200, 200]
    assert (
        'django_http_requests_total_by_view_transport_method_total{method="GET",transport="http",view="metrics"}'
        in (answers[1].content.decode())
    )


def test_an_allowed_address_reads_them_and_no_queue_is_listed_without_redis(settings):
    settings.METRICS_ALLOWED_IPS = ["10.0.0.9"]
    allowed, other = (
        Client(REMOTE_ADDR="10.0.0.9").get("/metrics"),
        Client(REMOTE_ADDR="10.0.0.8").get("/metrics"),
    )
    assert (allowed.status_code, other.status_code) == (200, 403)
    assert allowed["Content-Type"].startswith("text/plain")
    assert "celery_queue_length" not in allowed.content.decode()
