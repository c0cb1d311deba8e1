import importlib
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.test import APIClient

from tests.api import api_client, error
from tests.factories import UserFactory
from tokens.models import ApiToken, key_digest
from tokens.services import token_create

pytestmark = pytest.mark.django_db


def with_key(key: str, language: str = "en") -> APIClient:
    client = APIClient(HTTP_ACCEPT_LANGUAGE=language)
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def test_a_created_key_is_shown_once_and_stored_only_as_its_digest(settings):
    settings.API_TOKEN_EXPIRY_DAYS = 30
    user = UserFactory(role="reader")
    answer = api_client(user).post("/api/v1/tokens/", {"name": "أداة التحقق"})
    body = answer.json()
    token = ApiToken.objects.get(pk=body["id"])
    assert (answer.status_code, sorted(body), body["name"], len(body["key"])) == (
        201,
        ["created_at", "expires_at", "id", "key", "last_used_at", "name", "prefix"],
        "أداة التحقق",
        40,
    )
    assert (token.digest, token.prefix, body["prefix"]) == (
        key_digest(body["key"]),
        body["key"][:8],
        body["key"][:8],
    )
    assert token.expires_at - token.created_at == timedelta(days=30)
    assert body["key"] not in str(ApiToken.objects.filter(pk=token.pk).values().get())
    assert with_key(body["key"]).get("/api/v1/links/").status_code == 200


def test_the_list_shows_prefix_and_dates_of_ones_own_tokens_never_keys():
    user = UserFactory(role="reader")
    mine, key = token_create(user=user, name="cli")
    token_create(user=UserFactory(role="reader"))
    revoked, _ = token_create(user=user)
    revoked.revoked_at = timezone.now()
    revoked.save()
    listed = with_key(key).get("/api/v1/tokens/").json()["results"]
    mine.refresh_from_db()
    assert listed == [
        {
            "id": mine.pk,
            "name": "cli",
            "prefix": key[:8],
            "created_at": mine.created_at.isoformat().replace("+00:00", "Z"),
            "last_used_at": mine.last_used_at.isoformat().replace("+00:00", "Z"),
            "expires_at": mine.expires_at.isoformat().replace("+00:00", "Z"),
        }
    ]


def test_rotating_revokes_the_old_key_and_hands_out_a_new_one():
    user = UserFactory(role="reader")
    token, key = token_create(user=user, name="cli")
    answer = with_key(key).post(f"/api/v1/tokens/{token.pk}/rotate/")
    new_key = answer.json()["key"]
    assert (answer.status_code, answer.json()["name"]) == (201, "cli")
    assert with_key(key).get("/api/v1/tokens/").json() == error("authentication_failed", "Invalid token.")
    assert [t["id"] for t in with_key(new_key).get("/api/v1/tokens/").json()["results"]] == [
        answer.json()["id"]
    ]


def test_revoking_ends_a_key_and_another_users_token_is_not_found():
    user, other = UserFactory(role="reader"), UserFactory(role="reader")
    token, key = token_create(user=user)
    others, _ = token_create(user=other)
    client = with_key(key)
    refused = [
        client.delete(f"/api/v1/tokens/{others.pk}/"),
        client.post(f"/api/v1/tokens/{others.pk}/rotate/"),
    ]
    assert [r.status_code for r in refused] == [404, 404]
    assert client.delete(f"/api/v1/tokens/{token.pk}/").status_code == 204
    assert client.get("/api/v1/tokens/").status_code == 401
    assert ApiToken.objects.get(pk=others.pk).revoked_at is None


def test_an_expired_token_is_refused_with_its_reason():
    token, key = token_create(user=UserFactory(role="reader"))
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    response = with_key(key).get("/api/v1/links/")
    assert (response.status_code, response.json()) == (
        401,
        error("authentication_failed", "Token has expired."),
    )


def test_token_errors_and_the_password_rule_are_told_in_arabic():
    from django.contrib.auth.password_validation import password_validators_help_texts
    from django.utils import translation

    token, key = token_create(user=UserFactory(role="reader"))
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert with_key(key, "ar").get("/api/v1/links/").json()["error"]["message"] == "انتهت صلاحية الرمز."
    assert with_key("not-a-key", "ar").get("/api/v1/links/").json()["error"]["message"] == "رمز غير صحيح."
    with translation.override("ar"):
        assert "تغيير كلمة المرور يلغي كل رموز الواجهة البرمجية للمستخدم." in password_validators_help_texts()


def test_a_password_change_revokes_every_token_of_the_user():
    user = UserFactory(role="reader")
    keys = [token_create(user=user)[1] for _ in range(2)]
    other_key = token_create(user=UserFactory(role="reader"))[1]
    user.set_password("a-new-long-password-17")
    user.save()
    assert [with_key(key).get("/api/v1/links/").status_code for key in keys] == [401, 401]
    assert with_key(other_key).get("/api/v1/links/").status_code == 200


def test_the_last_use_is_written_at_most_once_a_minute():
    token, key = token_create(user=UserFactory(role="reader"))
    client = with_key(key)
    with CaptureQueriesContext(connection) as first:
        client.get("/api/v1/tokens/")
    with CaptureQueriesContext(connection) as second:
        client.get("/api/v1/tokens/")
    writes = [sum(q["sql"].startswith("UPDATE") for q in c.captured_queries) for c in (first, second)]
    token.refresh_from_db()
    assert (writes, token.last_used_at is not None) == ([1, 0], True)


def test_a_token_of_a_deactivated_user_is_refused():
    user = UserFactory(role="reader")
    key = token_create(user=user)[1]
    user.is_active = False
    user.save()
    assert with_key(key).get("/api/v1/links/").json() == error(
        "authentication_failed", "User inactive or deleted."
    )


@pytest.mark.parametrize("count", [1, 3])
def test_the_token_list_queries_do_not_grow(count):
    user = UserFactory(role="reader")
    client = api_client(user)
    for _ in range(count - 1):
        token_create(user=user)
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/api/v1/tokens/").status_code == 200
    assert len(captured) == 3  # the token with its user, the user's roles, the page


def test_plain_tokens_issued_before_are_hashed_and_keep_working(settings):
    settings.API_TOKEN_EXPIRY_DAYS = 10
    user = UserFactory(role="reader")
    key = "0123456789abcdef0123456789abcdef01234567"
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE authtoken_token (key varchar(40) PRIMARY KEY, created timestamp, user_id integer)"
        )
        cursor.execute(
            "INSERT INTO authtoken_token VALUES (%s, %s, %s)", [key, "2020-01-02 03:04:05", user.pk]
        )
    migration = importlib.import_module("tokens.migrations.0002_hash_legacy_tokens")
    migration.hash_legacy_tokens(django_apps(), type("Editor", (), {"connection": connection})())
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM authtoken_token")
        left = cursor.fetchone()[0]
    token = ApiToken.objects.get(user=user)
    assert (left, token.prefix, token.digest, token.created_at.year) == (0, "01234567", key_digest(key), 2020)
    assert timedelta(days=9) < token.expires_at - timezone.now() <= timedelta(days=10)
    assert with_key(key).get("/api/v1/links/").status_code == 200


def django_apps():
    from django.apps import apps

    return apps
