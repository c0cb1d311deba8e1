"""No redirect goes where a request says: every `next` naming another site ends on a local page."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-12"
QUEUE = reverse("frontend:queue")
ELSEWHERE = [
    "https://evil.example/",
    "//evil.example/",
    "///evil.example/",
    "/\\evil.example/",
    "\\\\evil.example/",
    "https:/\\evil.example/",
    "https:evil.example",
    " https://evil.example/",
    "\thttps://evil.example/",
    "http://testserver@evil.example/",
    "https://testserver.evil.example/",
    "javascript:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
]


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def staff():
    user = UserFactory(username="checker", role="admin")
    user.is_staff = user.is_superuser = True
    user.set_password(PASSWORD)
    user.save()
    return user


def log_in(url: str, **data):
    return Client().post(url, {"username": "checker", "password": PASSWORD, **data})


@pytest.mark.parametrize("target", ELSEWHERE)
def test_login_ignores_a_next_elsewhere_in_the_form_or_the_query(staff, target):
    in_form = log_in(reverse("frontend:login"), next=target)
    in_query = Client().post(
        f"{reverse('frontend:login')}?next={target}", {"username": "checker", "password": PASSWORD}
    )
    admin = log_in(reverse("admin:login"), next=target)
    assert (in_form.status_code, in_form["Location"]) == (302, QUEUE)
    assert (in_query.status_code, in_query["Location"]) == (302, QUEUE)
    assert (admin.status_code, admin["Location"]) == (302, QUEUE)


@pytest.mark.parametrize("target", ELSEWHERE)
def test_language_switch_ignores_a_next_or_referer_elsewhere(db, target):
    posted = Client().post(reverse("frontend:set_language"), {"language": "en", "next": target})
    fetched = Client().get(reverse("frontend:set_language"), {"next": target})
    referred = Client().post(reverse("frontend:set_language"), {"language": "en"}, HTTP_REFERER=target)
    assert [r["Location"] for r in (posted, fetched, referred)] == ["/", "/", "/"]


def test_the_login_form_does_not_carry_a_next_elsewhere(db):
    html = Client().get(reverse("frontend:login"), {"next": "https://evil.example/"}).content.decode()
    # The language switch carries this page's own path (/login/?next=https%3A…), a local address.
    assert 'value="https://evil.example/"' not in html
    assert '<input type="hidden" name="next" value="">' in html


def test_a_signed_in_user_opening_login_with_a_next_elsewhere_goes_to_the_queue(staff):
    client = Client()
    client.force_login(staff)
    response = client.get(reverse("frontend:login"), {"next": "//evil.example/"})
    assert (response.status_code, response["Location"]) == (302, QUEUE)


def test_logout_ignores_a_next_elsewhere(staff):
    client = Client()
    client.force_login(staff)
    response = client.post(reverse("frontend:logout"), {"next": "https://evil.example/"})
    assert (response.status_code, response["Location"]) == (302, reverse("frontend:login"))


def test_the_rate_limited_login_page_does_not_carry_a_next_elsewhere(staff, settings):
    settings.LOGIN_ATTEMPTS_PER_WINDOW = 1
    log_in(reverse("frontend:login"), password="wrong")
    refused = log_in(reverse("frontend:login"), next="https://evil.example/")
    local = log_in(reverse("frontend:login"), next="/sources/")
    assert (refused.status_code, local.status_code) == (429, 429)
    assert "evil.example" not in refused.content.decode()
    assert '<input type="hidden" name="next" value="/sources/">' in local.content.decode()
