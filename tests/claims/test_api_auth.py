import io

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from tests.api import error
from tests.factories import ClaimLinkFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_token_made_with_drf_create_token_authenticates():
    UserFactory(username="tool", role="reader")
    out = io.StringIO()
    call_command("drf_create_token", "tool", stdout=out)
    key = out.getvalue().split()[2]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert (out.getvalue(), client.get("/api/v1/links/").status_code) == (
        f"Generated token {key} for user tool\n",
        200,
    )


def test_the_web_session_authenticates_and_its_writes_need_the_csrf_token():
    ClaimLinkFactory()
    client = APIClient(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(UserFactory(role="fact-checker"))
    refused = client.post("/api/v1/queue/next/")
    assert client.get("/api/v1/links/").status_code == 200
    assert (refused.status_code, refused.json()) == (
        403,
        error("permission_denied", "CSRF Failed: CSRF cookie not set."),
    )
