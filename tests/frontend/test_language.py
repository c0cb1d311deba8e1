"""Arabic right to left by default, English on request; redirects stay on this site."""

from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory


def test_pages_are_arabic_and_right_to_left_by_default(client_as):
    html = client_as("fact-checker").get(reverse("frontend:queue")).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "طابور المراجعة" in html


def test_a_browser_asking_for_english_still_gets_arabic_until_the_switch_is_used(client_as):
    html = (
        client_as("reader").get(reverse("frontend:queue"), HTTP_ACCEPT_LANGUAGE="en-US,en").content.decode()
    )
    assert '<html lang="ar" dir="rtl">' in html


def test_language_switch_gives_english_left_to_right(client_as):
    client = client_as("fact-checker")
    response = client.post(
        reverse("frontend:set_language"), {"language": "en", "next": reverse("frontend:sources")}
    )
    assert response["Location"] == reverse("frontend:sources")
    html = client.get(reverse("frontend:queue")).content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "Review queue" in html


def test_language_switch_ignores_a_next_on_another_site(client_as):
    response = client_as("reader").post(
        reverse("frontend:set_language"), {"language": "en", "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"


def test_login_goes_to_a_local_next_but_not_to_another_site(db):
    user = UserFactory(username="checker", role="fact-checker")
    user.set_password("pw-123456")
    user.save()
    local = Client().post(
        reverse("frontend:login"), {"username": "checker", "password": "pw-123456", "next": "/sources/"}
    )
    remote = Client().post(
        reverse("frontend:login"),
        {"username": "checker", "password": "pw-123456", "next": "https://evil.example/"},
    )
    assert (local["Location"], remote["Location"]) == ("/sources/", reverse("frontend:queue"))


def test_login_page_has_labelled_fields_and_csrf(db):
    html = Client().get(reverse("frontend:login")).content.decode()
    assert '<label for="id_username">' in html and '<label for="id_password">' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_posting_without_csrf_token_is_refused(client_as):
    user = UserFactory(role="fact-checker")
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    assert client.post(reverse("frontend:take_next")).status_code == 403


def test_the_role_in_the_header_is_translated(client_as):
    html = client_as("fact-checker").get(reverse("frontend:queue")).content.decode()
    assert '<span class="muted">(مدقق حقائق)</span>' in html
