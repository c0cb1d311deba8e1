"""Failed log-ins are limited per (user name, address) and per address; the cache failing lets log-ins through."""

import time

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import SESSION_KEY
from django.test import Client
from django.urls import get_resolver, reverse

from frontend.ratelimit import counted_name
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-12"
LOGIN = reverse("frontend:login")
ARABIC = "محاولات دخول فاشلة كثيرة. انتظر 15 دقيقة ثم حاول مجدداً."
ENGLISH = "Too many failed log-in attempts. Wait 15 minutes, then try again."
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.5},
    }
}


@pytest.fixture(autouse=True)
def _limits(settings):
    settings.LOGIN_ATTEMPTS_PER_WINDOW = 3
    settings.LOGIN_ATTEMPTS_PER_IP_WINDOW = 10
    settings.LOGIN_WINDOW_SECONDS = 900
    settings.LOGIN_CLIENT_IP_HEADER = None
    # Dozens of password checks: the production hasher's cost is not what is tested here.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def checker():
    user = UserFactory(username="checker", role="fact-checker")
    user.set_password(PASSWORD)
    user.save()
    return user


def attempt(client: Client, password: str, username: str = "checker", url: str = LOGIN, **extra):
    return client.post(url, {"username": username, "password": password}, **extra)


def test_below_the_limit_failures_show_the_form_and_the_right_password_logs_in(checker):
    client = Client()
    failures = [attempt(client, "wrong").status_code for _ in range(2)]
    success = attempt(client, PASSWORD)
    assert (failures, success.status_code, success["Location"]) == (
        [200, 200],
        302,
        reverse("frontend:queue"),
    )
    assert client.session[SESSION_KEY] == str(checker.pk)


def test_over_the_limit_even_the_right_password_gets_429_in_arabic(checker):
    client = Client()
    statuses = [attempt(client, "wrong").status_code for _ in range(3)]
    refused = attempt(client, PASSWORD)
    html = refused.content.decode()
    assert (statuses, refused.status_code, refused["Retry-After"]) == ([200, 200, 200], 429, "900")
    assert ARABIC in html and 'role="alert"' in html
    assert "اسم المستخدم وكلمة المرور غير متطابقين" not in html
    assert 'name="username"' in html  # the form is still there for after the wait
    assert SESSION_KEY not in client.session


def test_the_message_follows_the_language_switch(checker):
    client = Client()
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "en"
    for _ in range(3):
        attempt(client, "wrong")
    refused = attempt(client, "wrong")
    assert refused.status_code == 429
    assert ENGLISH in refused.content.decode()


def test_a_success_clears_the_count_of_that_user_name(checker):
    client = Client()
    for _ in range(2):
        attempt(client, "wrong")
    attempt(client, PASSWORD)
    client.logout()
    statuses = [attempt(client, "wrong").status_code for _ in range(3)]
    assert statuses == [200, 200, 200]
    assert attempt(client, "wrong").status_code == 429


def test_one_locked_user_name_leaves_other_users_and_other_addresses_alone(checker):
    UserFactory(username="editor", role="editor").set_password(PASSWORD)
    for _ in range(3):
        attempt(Client(), "wrong")
    other_user = attempt(Client(), "wrong", username="editor")
    other_address = attempt(Client(REMOTE_ADDR="10.0.0.7"), PASSWORD)
    assert (other_user.status_code, other_address.status_code) == (200, 302)
    assert attempt(Client(), PASSWORD).status_code == 429


def test_many_user_names_from_one_address_hit_the_address_limit(checker):
    statuses = [attempt(Client(), "wrong", username=f"guess{n}").status_code for n in range(10)]
    assert statuses == [200] * 10
    assert attempt(Client(), PASSWORD).status_code == 429
    assert attempt(Client(REMOTE_ADDR="10.0.0.7"), PASSWORD).status_code == 302


def test_user_name_case_and_spaces_do_not_reset_the_count(checker):
    for username in ("checker", "CHECKER", " Checker "):
        attempt(Client(), "wrong", username=username)
    assert attempt(Client(), PASSWORD).status_code == 429


@pytest.mark.parametrize("url", [LOGIN, reverse("admin:login")], ids=["web", "admin"])
def test_full_width_and_capital_spellings_count_against_one_user_name(url):
    """Django's login form NFKC-normalises the name before looking the user up, so «ｒｅａｄｅｒ1» logs in
    as «reader1»: counted under its own spelling, it would get round a lockout of «reader1»."""
    reader = UserFactory(username="reader1", role="reader")
    reader.set_password(PASSWORD)
    reader.save()
    for username in ("reader1", "ｒｅａｄｅｒ1", "READER1"):
        assert attempt(Client(), "wrong", username=username, url=url).status_code == 200
    assert attempt(Client(), PASSWORD, username="ｒｅａｄｅｒ1", url=url).status_code == 429
    assert attempt(Client(), PASSWORD, username="ＲＥＡＤＥＲ１", url=url).status_code == 429


def test_counted_name_folds_width_and_case():
    assert [counted_name(name) for name in ("ｒｅａｄｅｒ1", " READER1 ", "ﬁras", "مُدقق")] == [
        "reader1",
        "reader1",
        "firas",
        "مُدقق",
    ]


def test_counting_restarts_after_the_window(checker, settings):
    settings.LOGIN_WINDOW_SECONDS = 1
    for _ in range(3):
        attempt(Client(), "wrong")
    assert attempt(Client(), PASSWORD).status_code == 429
    time.sleep(1.1)
    assert attempt(Client(), PASSWORD).status_code == 302


def test_behind_a_proxy_the_last_forwarded_address_is_counted(checker, settings):
    settings.LOGIN_CLIENT_IP_HEADER = "X-Forwarded-For"
    for _ in range(3):
        attempt(Client(), "wrong", HTTP_X_FORWARDED_FOR="203.0.113.5")
    # A client writing its own first entry is still counted by the entry the proxy appended.
    forged = attempt(Client(), PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.5")
    another_client = attempt(Client(), PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert (forged.status_code, another_client.status_code) == (429, 302)


def test_the_admin_login_counts_and_refuses_too(checker):
    admin_login = reverse("admin:login")
    for _ in range(2):
        assert attempt(Client(), "wrong", url=admin_login).status_code == 200
    attempt(Client(), "wrong")  # the web login and the admin's share one count
    refused = attempt(Client(), PASSWORD, url=admin_login)
    assert refused.status_code == 429
    assert ARABIC in refused.content.decode()


def test_a_signed_in_user_posting_to_the_admin_login_is_still_counted(checker):
    client = Client()
    client.force_login(UserFactory(username="someone", role="reader"))
    for _ in range(3):
        attempt(client, "wrong", url=reverse("admin:login"))
    assert attempt(client, PASSWORD, url=reverse("admin:login")).status_code == 429


def test_an_unreachable_cache_lets_log_ins_through_uncounted(checker, settings, caplog):
    settings.CACHES = UNREACHABLE_REDIS
    client = Client()
    statuses = [attempt(client, "wrong").status_code for _ in range(5)]
    success = attempt(client, PASSWORD)
    assert (statuses, success.status_code) == ([200] * 5, 302)
    assert "login rate limit skipped, cache unreachable" in caplog.text


def test_no_http_endpoint_trades_a_password_for_an_api_token(checker):
    """Tokens are made by `manage.py token` or by a user already signed in (POST /api/v1/tokens/ with a
    token or a session), so the web and admin logins are the only places a password can be guessed."""

    def views(patterns):
        for pattern in patterns:
            if hasattr(pattern, "url_patterns"):
                yield from views(pattern.url_patterns)
            else:
                yield (
                    getattr(pattern.callback, "cls", None)
                    or getattr(pattern.callback, "view_class", None)
                    or pattern.callback
                )

    answer = Client().post("/api/v1/tokens/", {"username": "checker", "password": PASSWORD})
    assert [view for view in views(get_resolver().url_patterns) if "authtoken" in view.__module__] == []
    assert answer.status_code == 401
