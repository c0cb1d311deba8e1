import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Article, Claim
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
    assert ([c["id"] for c in body["claims"]["results"]], body["claims"]["next"]) == ([claim.pk], None)
    assert body["claims"]["results"][0]["source"]["name"] == claim.source.name
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


def _article_with_claims(n: int) -> Article:
    sentence = "قال المرصد إن 19 مدنياً قتلوا في ريف إدلب. "
    article = ArticleFactory(body=sentence * n, status="linked")
    source, size = SourceFactory(), len(sentence)
    Claim.objects.bulk_create(
        Claim(
            article=article,
            index=i,
            start=i * size + 14,
            end=i * size + 41,
            text=sentence[14:41],
            sentence=sentence[:-1],
            sentence_start=i * size,
            source=source,
            cue="قال",
            modality="assert",
        )
        for i in range(n)
    )
    return article


def _pages(client, url: str) -> list[list[int]]:
    """The claim indexes of every page, following ``next`` from ``url``."""
    pages = []
    while url:
        body = client.get(url).json()
        page = body.get("claims", body)
        pages.append([claim["index"] for claim in page["results"]])
        url = page["next"]
    return pages


def test_article_detail_gives_the_first_page_of_claims_and_the_list_the_rest():
    article = _article_with_claims(120)
    client = client_for("reader")
    detail = client.get(f"/api/v1/articles/{article.pk}/").json()
    assert detail["claims"]["next"].startswith(
        f"http://testserver/api/v1/articles/{article.pk}/claims/?cursor="
    )
    pages = _pages(client, f"/api/v1/articles/{article.pk}/")
    assert pages == [list(range(0, 50)), list(range(50, 100)), list(range(100, 120))]
    assert detail["claim_count"] == 120


def test_article_claims_list_takes_a_page_size_and_the_detail_ignores_paging_parameters():
    article = _article_with_claims(12)
    client = client_for("reader")
    listed = _pages(client, f"/api/v1/articles/{article.pk}/claims/?page_size=5")
    detail = client.get(f"/api/v1/articles/{article.pk}/", {"page_size": 5, "cursor": "x"}).json()
    assert listed == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11]]
    assert (len(detail["claims"]["results"]), detail["claims"]["next"]) == (12, None)


def test_claims_of_an_unknown_article_are_a_404():
    response = client_for("reader").get("/api/v1/articles/999999/claims/")
    assert response.status_code == 404


def test_article_claims_list_refuses_an_unknown_parameter():
    article = _article_with_claims(1)
    response = client_for("reader").get(f"/api/v1/articles/{article.pk}/claims/", {"modality": "deny"})
    assert response.status_code == 400


@pytest.mark.parametrize(
    ("path", "expected"), [("/api/v1/articles/{}/", 6), ("/api/v1/articles/{}/claims/", 4)]
)
def test_article_detail_and_claims_queries_do_not_grow_with_claims(path, expected):
    client = client_for("reader")
    counts = []
    for article in (_article_with_claims(1), _article_with_claims(3)):
        FlagFactory(article=article)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path.format(article.pk)).status_code == 200
        counts.append(len(captured))
    assert counts == [expected, expected]
