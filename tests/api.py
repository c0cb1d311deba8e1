"""Clients for API tests: token authentication, English messages."""

from __future__ import annotations

from rest_framework.test import APIClient

from tests.factories import UserFactory, token_for


def api_client(user=None) -> APIClient:
    client = APIClient(HTTP_ACCEPT_LANGUAGE="en")
    if user is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(user)}")
    return client


def client_for(role: str | None) -> APIClient:
    """A client of a new user in ``role``; None: anonymous."""
    return api_client(None if role is None else UserFactory(role=role))


def error(code: str, message: str, fields: dict | None = None, **extra) -> dict:
    return {"error": {"code": code, "message": message, "fields": fields or {}, **extra}}
