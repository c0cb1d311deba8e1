import pytest

from claims.models import Article
from tests.api import api_client, client_for, error
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    ClaimLinkFactory,
    FlagFactory,
    SourceFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

BODY = "قال المرصد السوري لحقوق الإنسان إن 19 مدنياً قتلوا في إدلب."
ARTICLE = {
    "url": "https://example.org/idlib",
    "title": "قصف على إدلب",
    "body": BODY,
    "publisher": "شام",
    "published_at": "2018-03-05",
}


def ingest(data, role="fact-checker"):
    return client_for(role).post("/api/v1/articles/", data, format="json")


def test_a_new_article_is_stored_and_answered_with_201():
    tool = UserFactory(username="ingest-tool", role="fact-checker")
    response = api_client(tool).post("/api/v1/articles/", ARTICLE, format="json")
    article = Article.objects.get()
    assert response.status_code == 201
    body = response.json()
    assert (body["duplicate"], body["reason"], body["article"]["id"]) == (False, "", article.pk)
    assert {
        k: body["article"][k] for k in ("url", "title", "publisher", "published_at", "status", "origin")
    } == {
        "url": "https://example.org/idlib",
        "title": "قصف على إدلب",
        "publisher": "شام",
        "published_at": "2018-03-05T00:00:00Z",
        "status": "pending",
        "origin": "api:ingest-tool",
    }


def test_the_same_article_again_is_a_duplicate_answered_with_200():
    first = ingest(ARTICLE).json()["article"]["id"]
    response = ingest({**ARTICLE, "url": "https://example.org/other"})
    body = response.json()
    assert (response.status_code, body["duplicate"], body["reason"], body["article"]["id"]) == (
        200,
        True,
        f"same content as article {first}",
        first,
    )
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"title": "t"}, "body is missing"),
        ({"body": 12}, "body must be a string, got int"),
        (
            {"body": BODY, "author": "x"},
            "unknown field(s): author; expected url, title, body, publisher, published_at",
        ),
        ({"body": BODY, "url": "ftp://x"}, "url 'ftp://x' is not an absolute http(s) URL"),
        ([1, 2], "expected a JSON object, got list"),
    ],
)
def test_rejections_give_the_ingest_commands_reason(data, reason):
    response = ingest(data)
    assert (response.status_code, response.json()) == (400, error("invalid", reason))
    assert Article.objects.count() == 0


def test_readers_may_not_ingest():
    assert ingest(ARTICLE, role="reader").status_code == 403


def test_article_detail_has_claims_status_error_and_flags():
    article = ArticleFactory(status="failed", error="ValueError: x")
    claim = ClaimFactory(article=article, index=0)
    flag = FlagFactory(article=article)
    body = client_for("reader").get(f"/api/v1/articles/{article.pk}/").json()
    assert (body["status"], body["error"], body["claim_count"], body["open_flag_count"]) == (
        "failed",
        "ValueError: x",
        1,
        1,
    )
    assert [c["id"] for c in body["claims"]] == [claim.pk]
    assert body["claims"][0]["source"]["name"] == claim.source.name
    assert [(f["id"], f["raised_by"], f["state"]) for f in body["flags"]] == [
        (flag.pk, flag.raised_by.username, "open")
    ]


def test_article_list_filters_by_status():
    ArticleFactory(status="linked")
    failed = ArticleFactory(status="failed")
    body = client_for("reader").get("/api/v1/articles/", {"status": "failed"}).json()
    assert [a["id"] for a in body["results"]] == [failed.pk]


def test_contested_list_includes_a_confirmed_contradiction_without_a_flag():
    link = ClaimLinkFactory(status="decided", decided_relation="contradicts", holds="b")
    ClaimLinkFactory(status="second_review")
    body = client_for("reader").get("/api/v1/articles/contested/").json()
    expected = sorted([link.claim_a.article_id, link.claim_b.article_id], reverse=True)
    assert [(a["id"], a["contradiction_count"], a["open_flag_count"]) for a in body["results"]] == [
        (expected[0], 1, 0),
        (expected[1], 1, 0),
    ]


def test_claims_filter_by_source_modality_links_and_text():
    source = SourceFactory()
    wanted = ClaimFactory(source=source, modality="allege", text="زعمت مواقع موالية مقتل 23 مسلحاً")
    ClaimFactory(source=source, modality="assert")
    ClaimFactory(modality="allege")
    linked = ClaimLinkFactory().claim_a
    client = client_for("reader")

    def ids(**params):
        return [c["id"] for c in client.get("/api/v1/claims/", params).json()["results"]]

    assert ids(source=source.pk, modality="allege") == [wanted.pk]
    assert ids(q="موالية") == [wanted.pk]
    assert ids(has_links="true", article=linked.article_id) == [linked.pk]
    assert ids(has_links="false", article=linked.article_id) == []


def test_claims_filter_by_publication_dates():
    old = ClaimFactory(article__published_at="2018-03-01T10:00:00Z")
    ClaimFactory(article__published_at="2018-04-01T10:00:00Z")
    body = client_for("reader").get("/api/v1/claims/", {"published_before": "2018-03-01"}).json()
    assert [c["id"] for c in body["results"]] == [old.pk]
