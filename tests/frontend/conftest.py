import pytest
from django.conf import settings
from django.test import Client

from tests.factories import UserFactory


@pytest.fixture
def client_as(db):
    """``client_as("editor")``: a test client logged in as a new user in that role; ``language="en"`` as if switched."""

    def make(role: str | None, language: str | None = None) -> Client:
        client = Client()
        client.force_login(UserFactory(role=role))
        if language:
            client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        return client

    return make
