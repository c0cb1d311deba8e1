import csv
import io
import json
from datetime import UTC, datetime
from unittest.mock import patch

import pytest

from claims.models import Review
from tests.api import client_for
from tests.factories import ArticleFactory, ClaimFactory, ClaimLinkFactory, SourceFactory, UserFactory
from tests.schema import openapi

pytestmark = pytest.mark.django_db


@pytest.fixture
def contradiction():
    sohr = SourceFactory(name="المرصد السوري لحقوق الإنسان", name_en="SOHR", kind="monitor")
    spokesman = SourceFactory(name="إيغور كوناشينكوف", name_en="", kind="person", affiliation="russian_state")
    article = ArticleFactory(url="https://example.org/a", title="قصف إدلب", publisher="عنب بلدي")
    claim_a = ClaimFactory(article=article, source=sohr, text="قتل 19 مدنياً في قصف على إدلب")
    claim_b = ClaimFactory(
        article=ArticleFactory(url="https://example.org/b", publisher=""),
        source=spokesman,
        text="قال مركز المصالحة الروسي إن 23 عنصراً من المسلحين قتلوا في غارة على ريف إدلب الجنوبي",
    )
    link = ClaimLinkFactory(
        claim_a=claim_a, claim_b=claim_b, status="decided", decided_relation="contradicts", holds="a"
    )
    with patch("django.utils.timezone.now", return_value=datetime(2018, 3, 7, 9, 30, tzinfo=UTC)):
        Review.objects.create(
            link=link,
            reviewer=UserFactory(),
            decision="contradicts",
            holds="a",
            machine_relation="contradicts",
            machine_score=0.8,
        )
    return link


def read(response) -> str:
    return b"".join(response.streaming_content).decode()


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(read(response).removeprefix("\ufeff"))))


def test_claimreview_json_ld_for_a_decided_contradiction(contradiction, settings):
    """One review per claim of the link, each with the address of the claim's public page."""
    settings.CLAIMREVIEW_AUTHOR = "فريق التحقق"
    response = client_for("reader").get("/api/v1/export/claimreview.jsonld")
    claim_a, claim_b = contradiction.claim_a, contradiction.claim_b
    assert response["Content-Type"] == "application/ld+json"
    assert json.loads(read(response)) == [
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"http://testserver/reviews/{claim_a.pk}/",
            "inLanguage": "ar",
            "datePublished": "2018-03-07",
            "author": {"@type": "Organization", "name": "فريق التحقق"},
            "headline": "المرصد السوري لحقوق الإنسان: قتل 19 مدنياً في قصف على إدلب",
            "claimReviewed": "قتل 19 مدنياً في قصف على إدلب",
            "itemReviewed": {
                "@type": "Claim",
                "text": "قتل 19 مدنياً في قصف على إدلب",
                "author": {
                    "@type": "Organization",
                    "name": "المرصد السوري لحقوق الإنسان",
                    "alternateName": "SOHR",
                },
                "datePublished": "2018-03-05",
                "firstAppearance": APPEARANCE_A,
                "appearance": [APPEARANCE_A],
            },
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": 5,
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": "صحيح",
            },
        },
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"http://testserver/reviews/{claim_b.pk}/",
            "inLanguage": "ar",
            "datePublished": "2018-03-07",
            "author": {"@type": "Organization", "name": "فريق التحقق"},
            "headline": f"إيغور كوناشينكوف: {claim_b.text}",
            "claimReviewed": "قال مركز المصالحة الروسي إن 23 عنصراً من المسلحين قتلوا في غارة على ريف…",
            "itemReviewed": {
                "@type": "Claim",
                "text": claim_b.text,
                "author": {"@type": "Person", "name": "إيغور كوناشينكوف"},
                "datePublished": "2018-03-05",
                "firstAppearance": appearance_b(claim_b.article),
                "appearance": [appearance_b(claim_b.article)],
            },
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": 1,
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": "غير صحيح",
            },
        },
    ]


APPEARANCE_A = {
    "@type": "NewsArticle",
    "url": "https://example.org/a",
    "headline": "قصف إدلب",
    "datePublished": "2018-03-05",
    "publisher": {"@type": "Organization", "name": "عنب بلدي"},
}


def appearance_b(article) -> dict:
    return {
        "@type": "NewsArticle",
        "url": "https://example.org/b",
        "headline": article.title,
        "datePublished": "2018-03-05",
    }


def test_claimreview_in_english_names_sources_and_ratings_in_english(contradiction):
    response = client_for("reader").get("/api/v1/export/claimreview.jsonld", {"lang": "en"})
    upheld = json.loads(read(response))[0]
    assert (upheld["url"], upheld["inLanguage"], upheld["headline"]) == (
        f"http://testserver/reviews/{contradiction.claim_a_id}/?lang=en",
        "en",
        "SOHR: قتل 19 مدنياً في قصف على إدلب",
    )
    assert upheld["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "SOHR",
        "alternateName": "المرصد السوري لحقوق الإنسان",
    }
    assert upheld["reviewRating"]["alternateName"] == "Upheld"


def test_claimreview_language_other_than_arabic_or_english_is_a_400():
    response = client_for("reader").get("/api/v1/export/claimreview.jsonld", {"lang": "fr"})
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["lang"]


def test_links_without_a_rating_are_left_out_of_claimreview():
    ClaimLinkFactory(status="decided", decided_relation="unrelated")
    ClaimLinkFactory(status="decided", decided_relation="contradicts", holds="unknown")
    ClaimLinkFactory(status="second_review")
    response = client_for("reader").get("/api/v1/export/claimreview.jsonld")
    assert json.loads(read(response)) == []


def test_csv_export_of_decided_links(contradiction):
    ClaimLinkFactory()
    response = client_for("reader").get("/api/v1/export/links.csv")
    rows = csv_rows(response)
    a, b = contradiction.claim_a, contradiction.claim_b
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert rows == [
        [
            *("link_id", "machine_relation", "machine_score", "decided_relation", "holds", "decided_at"),
            *("a_claim_id", "a_text", "a_source", "a_affiliation", "a_article_url"),
            *("b_claim_id", "b_text", "b_source", "b_affiliation", "b_article_url"),
        ],
        [
            *(str(contradiction.pk), "contradicts", "0.8", "contradicts", "a", "2018-03-07T09:30:00+00:00"),
            *(str(a.pk), a.text, "المرصد السوري لحقوق الإنسان", "opposition", "https://example.org/a"),
            *(str(b.pk), b.text, "إيغور كوناشينكوف", "russian_state", "https://example.org/b"),
        ],
    ]


def test_csv_export_starts_with_a_utf8_byte_order_mark_so_spreadsheets_read_arabic(contradiction):
    content = b"".join(client_for("reader").get("/api/v1/export/links.csv").streaming_content)
    assert content[:11] == b"\xef\xbb\xbflink_id,"
    assert content.decode("utf-8-sig").splitlines()[1].count("المرصد السوري لحقوق الإنسان") == 1


def test_csv_cells_that_a_spreadsheet_would_run_are_quoted():
    claim = ClaimFactory(text="=HYPERLINK('http://x')")
    ClaimLinkFactory(claim_a=claim, status="decided", decided_relation="corroborates")
    rows = csv_rows(client_for("reader").get("/api/v1/export/links.csv"))
    assert rows[1][7] == "'=HYPERLINK('http://x')"


def test_jsonl_export_filters_like_the_link_list(contradiction):
    ClaimLinkFactory(status="decided", decided_relation="corroborates")
    response = client_for("reader").get("/api/v1/export/links.jsonl", {"affiliation": "russian_state"})
    lines = [json.loads(line) for line in read(response).splitlines()]
    a = contradiction.claim_a
    assert response["Content-Type"] == "application/jsonl; charset=utf-8"
    assert [line["id"] for line in lines] == [contradiction.pk]
    assert lines[0]["a"] == {
        "id": a.pk,
        "text": a.text,
        "source": {"id": a.source_id, "name": "المرصد السوري لحقوق الإنسان", "affiliation": "opposition"},
        "article": {"id": a.article_id, "url": "https://example.org/a", "title": "قصف إدلب"},
    }
    assert (lines[0]["decided_relation"], lines[0]["holds"], lines[0]["decided_at"]) == (
        "contradicts",
        "a",
        "2018-03-07T09:30:00+00:00",
    )


@pytest.mark.parametrize(
    ("accept", "content_type"),
    [
        ("application/x-ndjson", "application/x-ndjson; charset=utf-8"),
        ("application/jsonl", "application/jsonl; charset=utf-8"),
        ("*/*", "application/jsonl; charset=utf-8"),
    ],
)
def test_jsonl_export_answers_ndjson_to_who_asks_for_it(contradiction, accept, content_type):
    response = client_for("reader").get("/api/v1/export/links.jsonl", HTTP_ACCEPT=accept)
    lines = [json.loads(line)["id"] for line in read(response).splitlines()]
    assert (response["Content-Type"], lines) == (content_type, [contradiction.pk])


def test_the_jsonl_export_documents_ndjson_first_and_jsonl_still():
    content = openapi()["paths"]["/api/v1/export/links.jsonl"]["get"]["responses"]["200"]["content"]
    assert list(content) == ["application/x-ndjson", "application/jsonl"]
