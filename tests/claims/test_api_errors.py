"""One error body for every 4xx, and 503 when the database cannot be reached."""

import pytest
from django.db import OperationalError, connection
from rest_framework.throttling import UserRateThrottle

from tests.api import api_client, client_for, error
from tests.factories import ClaimLinkFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_400_names_the_invalid_fields():
    response = client_for("fact-checker").post("/api/v1/queue/release/", {}, format="json")
    assert (response.status_code, response.json()) == (
        400,
        error("invalid", "invalid value for link_id", {"link_id": ["This field is required."]}),
    )


def test_400_for_malformed_json():
    response = client_for("fact-checker").post(
        "/api/v1/articles/", data='{"body": ', content_type="application/json"
    )
    assert (response.status_code, response.json()["error"]["code"]) == (400, "parse_error")


def test_401_without_credentials_names_the_scheme():
    response = api_client().get("/api/v1/articles/")
    assert (response.status_code, response.json(), response["WWW-Authenticate"]) == (
        401,
        error("not_authenticated", "Authentication credentials were not provided."),
        "Token",
    )


def test_401_for_an_unknown_token():
    client = api_client()
    client.credentials(HTTP_AUTHORIZATION="Token 0123456789abcdef")
    response = client.get("/api/v1/articles/")
    assert (response.status_code, response.json()) == (401, error("authentication_failed", "Invalid token."))


def test_403_for_a_role_that_may_not():
    response = client_for("reader").post("/api/v1/queue/next/")
    assert (response.status_code, response.json()) == (
        403,
        error("permission_denied", "You do not have permission to perform this action."),
    )


def test_403_carries_the_service_reason():
    link = ClaimLinkFactory()
    response = client_for("fact-checker").post(
        f"/api/v1/links/{link.pk}/reviews/", {"decision": "unrelated", "override": True}, format="json"
    )
    assert (response.status_code, response.json()) == (
        403,
        error("permission_denied", "this needs the editor role"),
    )


@pytest.mark.parametrize(
    "path", ["/api/v1/links/999/", "/api/v1/nothing-here/", "/api/v1/links/99999999999999999999999/"]
)
def test_404_for_unknown_objects_and_paths(path):
    response = client_for("reader").get(path)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_405_for_a_method_the_endpoint_lacks():
    response = client_for("admin").delete("/api/v1/articles/")
    assert (response.status_code, response.json()) == (
        405,
        error("method_not_allowed", 'Method "DELETE" not allowed.'),
    )


def test_409_carries_the_links_current_state():
    link = ClaimLinkFactory()
    holder = UserFactory(role="fact-checker")
    api_client(holder).post("/api/v1/queue/next/")
    response = client_for("fact-checker").post(
        f"/api/v1/links/{link.pk}/reviews/", {"decision": "unrelated"}, format="json"
    )
    link.refresh_from_db()
    state = {
        "status": "proposed",
        "decided_relation": "",
        "holds": "",
        "leased_to": holder.username,
        "lease_until": link.lease_until.isoformat(),
    }
    assert (response.status_code, response.json()) == (
        409,
        error("conflict", "you do not hold a live lease on this link", state=state),
    )


def test_413_for_a_body_over_the_upload_limit(settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    body = '{"body": "' + "س" * 1000 + '"}'
    response = client_for("fact-checker").post(
        "/api/v1/articles/", data=body, content_type="application/json"
    )
    assert (response.status_code, response.json()) == (
        413,
        error("too_large", "the request body is over the limit of 1000 bytes"),
    )


def test_415_for_a_body_that_is_not_json():
    response = client_for("fact-checker").post("/api/v1/articles/", {"body": "x"}, format="multipart")
    assert response.status_code == 415
    assert response.json()["error"]["code"] == "unsupported_media_type"


def test_429_once_a_token_has_used_its_rate(monkeypatch):
    monkeypatch.setattr(UserRateThrottle, "rate", "2/min", raising=False)
    client = client_for("reader")
    statuses = [client.get("/api/v1/flags/").status_code for _ in range(3)]
    response = client.get("/api/v1/flags/")
    assert statuses == [200, 200, 429]
    assert response.json()["error"]["code"] == "throttled"
    assert int(response["Retry-After"]) > 0


def test_503_when_the_database_cannot_be_reached(monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    client = client_for("reader")
    monkeypatch.setattr(connection, "cursor", refuse)
    health, response = api_client().get("/api/v1/health/"), client.get("/api/v1/articles/")
    body = error("database_unavailable", "the database cannot be reached; try again shortly")
    assert (response.status_code, response.json()) == (503, body)
    assert (health.status_code, health.json()) == (
        503,
        {"status": "unavailable", "database": "Unavailable: connection refused", "cache": "ok"},
    )


def test_health_answers_without_credentials_and_lists_what_applies_without_redis():
    response = api_client().get("/api/v1/health/")
    assert (response.status_code, response.json()) == (200, {"status": "ok", "database": "ok", "cache": "ok"})
