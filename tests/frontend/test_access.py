"""Who may open which page: anonymous users are sent to log in, missing roles get 403."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import ArticleFactory, SourceFactory
from tests.frontend.data import contradiction

PAGES = {
    "queue": (),
    "articles": (),
    "sources": (),
    "contested": (),
    "ingest": (),
}
NEEDS = {
    "queue": "reader",
    "articles": "reader",
    "sources": "reader",
    "contested": "reader",
    "ingest": "fact-checker",
}
ROLES = ("reader", "fact-checker", "editor", "admin")
RANK = {role: n for n, role in enumerate(ROLES)}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_anonymous_user_is_sent_to_login_with_next(db, name):
    url = reverse(f"frontend:{name}")
    response = Client().get(url)
    assert (response.status_code, response["Location"]) == (302, f"{reverse('frontend:login')}?next={url}")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_opens_for_its_role_and_above(client_as, name, role):
    expected = 200 if RANK[role] >= RANK[NEEDS[name]] else 403
    assert client_as(role).get(reverse(f"frontend:{name}")).status_code == expected


def test_user_without_a_role_gets_403(client_as):
    assert client_as(None).get(reverse("frontend:queue")).status_code == 403


@pytest.mark.parametrize("role", ROLES)
def test_detail_pages_open_for_every_role(client_as, role):
    link = contradiction()
    client = client_as(role)
    urls = [
        reverse("frontend:pair", args=[link.pk]),
        reverse("frontend:article", args=[link.claim_a.article_id]),
        reverse("frontend:source", args=[link.claim_a.source_id]),
    ]
    assert [client.get(url).status_code for url in urls] == [200, 200, 200]


def test_missing_objects_are_404(client_as):
    client = client_as("reader")
    urls = [reverse(f"frontend:{name}", args=[999]) for name in ("pair", "article", "source")]
    assert [client.get(url).status_code for url in urls] == [404, 404, 404]


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("take_next", []),
        ("bulk_decide", []),
        ("decide", [1]),
        ("release", [1]),
        ("flag", [1]),
        ("merge", [1]),
    ],
)
def test_writes_refuse_get(client_as, name, args):
    assert client_as("admin").get(reverse(f"frontend:{name}", args=args)).status_code == 405


@pytest.mark.parametrize(
    ("role", "name", "expected"),
    [
        ("reader", "take_next", 403),
        ("fact-checker", "bulk_decide", 403),
        ("fact-checker", "flag", 403),
        ("fact-checker", "merge", 403),
    ],
)
def test_writes_refuse_roles_below_theirs(client_as, role, name, expected):
    ArticleFactory(pk=1)
    SourceFactory(pk=1)
    args = [1] if name in ("flag", "merge") else []
    assert client_as(role).post(reverse(f"frontend:{name}", args=args)).status_code == expected


def test_every_form_carries_a_csrf_token(client_as):
    link = contradiction()
    client = client_as("admin")
    pages = [
        reverse("frontend:queue"),
        reverse("frontend:pair", args=[link.pk]),
        reverse("frontend:article", args=[link.claim_a.article_id]),
        reverse("frontend:source", args=[link.claim_a.source_id]),
        reverse("frontend:ingest"),
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert html.count('method="post"') == html.count('name="csrfmiddlewaretoken"'), url
