import pytest

from tests.api import api_client, client_for, error
from tests.factories import ArticleFactory, ClaimFactory, ClaimLinkFactory, FlagFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_an_editor_flags_an_article_and_resolves_the_flag():
    editor = UserFactory(role="editor")
    article = ArticleFactory()
    link = ClaimLinkFactory(claim_b=ClaimFactory(article=article))
    client = api_client(editor)
    created = client.post(
        "/api/v1/flags/",
        {"article_id": article.pk, "reason": "أرقام متضاربة", "link_ids": [link.pk]},
        format="json",
    )
    flag = created.json()
    assert created.status_code == 201
    assert (flag["article"]["id"], flag["raised_by"], flag["link_ids"], flag["state"]) == (
        article.pk,
        editor.username,
        [link.pk],
        "open",
    )
    resolved = client.post(f"/api/v1/flags/{flag['id']}/resolve/", {"resolution": "صُححت"}, format="json")
    assert (resolved.status_code, resolved.json()["state"], resolved.json()["resolved_by"]) == (
        200,
        "resolved",
        editor.username,
    )


def test_resolving_twice_is_a_409():
    flag = FlagFactory()
    client = client_for("editor")
    client.post(f"/api/v1/flags/{flag.pk}/resolve/", {"resolution": "ok"}, format="json")
    again = client.post(f"/api/v1/flags/{flag.pk}/resolve/", {"resolution": "ok"}, format="json")
    assert again.status_code == 409
    assert again.json()["error"]["message"] == "this flag is already resolved"


def test_flags_of_an_unknown_article_are_a_404():
    response = client_for("editor").post("/api/v1/flags/", {"article_id": 999, "reason": "x"}, format="json")
    assert (response.status_code, response.json()) == (404, error("not_found", "Not found."))


def test_flag_list_filters_by_state():
    FlagFactory(state="resolved")
    open_flag = FlagFactory()
    body = client_for("reader").get("/api/v1/flags/", {"state": "open"}).json()
    assert [f["id"] for f in body["results"]] == [open_flag.pk]
