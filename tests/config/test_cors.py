"""Browsers on the allowed origins may call the API; nobody else, and never the web pages."""

import pytest
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db
TOOL = "https://tools.example.org"


def preflight(path: str, origin: str):
    return Client().options(
        path,
        HTTP_ORIGIN=origin,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization",
    )


def test_no_origin_is_allowed_by_default():
    assert "access-control-allow-origin" not in preflight("/api/v1/articles/", TOOL).headers


@override_settings(CORS_ALLOWED_ORIGINS=[TOOL])
def test_an_allowed_origin_may_send_a_token_to_the_api():
    response = preflight("/api/v1/articles/", TOOL)
    allowed = response.headers["access-control-allow-headers"].split(", ")
    assert (response.status_code, response.headers["access-control-allow-origin"]) == (200, TOOL)
    assert "authorization" in allowed
    assert "access-control-allow-credentials" not in response.headers


@override_settings(CORS_ALLOWED_ORIGINS=[TOOL])
def test_other_origins_and_the_web_pages_get_no_cors_headers():
    assert "access-control-allow-origin" not in preflight("/api/v1/articles/", "https://evil.example").headers
    assert "access-control-allow-origin" not in preflight("/login/", TOOL).headers
