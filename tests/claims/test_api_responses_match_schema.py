"""Real answers of the main list and detail endpoints, on the seed articles run through the pipeline
plus rows with every optional field empty, validated strictly against the generated schema."""

import pytest

from claims.models import Article, Claim, ClaimLink
from incidents.models import Incident
from sources.models import Source
from tests.api import client_for
from tests.claims.test_pipeline import seed_articles
from tests.factories import ArticleFactory, ClaimFactory, ClaimLinkFactory, FlagFactory, SourceFactory
from tests.schema import problems, response_schema

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(registry, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        seed_articles()
    bare = ArticleFactory(url=None, published_at=None, title="", publisher="")
    claim = ClaimFactory(article=bare, source=None, via=SourceFactory())
    FlagFactory(article=bare)
    return claim


def _first(model) -> int:
    return model.objects.order_by("id").values_list("id", flat=True).first()


def test_answers_of_the_main_endpoints_match_the_schema(world):
    factchecker, editor = client_for("fact-checker"), client_for("editor")
    link = ClaimLinkFactory(claim_a=world)
    decided = editor.post(f"/api/v1/links/{link.pk}/reviews/", {"decision": "unrelated", "override": True})
    assert decided.status_code == 201
    assert Incident.objects.exists()
    flag = editor.get("/api/v1/flags/").json()["results"][0]["id"]
    editor.post(f"/api/v1/flags/{flag}/resolve/", {"resolution": "checked"})
    reads = {
        "/api/v1/articles/": "/api/v1/articles/",
        "/api/v1/articles/contested/": "/api/v1/articles/contested/",
        "/api/v1/articles/{id}/": f"/api/v1/articles/{world.article_id}/",
        "/api/v1/articles/{id}/claims/": f"/api/v1/articles/{_first(Article)}/claims/",
        "/api/v1/claims/": "/api/v1/claims/?page_size=500",
        "/api/v1/claims/{id}/": f"/api/v1/claims/{world.pk}/",
        "/api/v1/links/": "/api/v1/links/?page_size=500",
        "/api/v1/links/{id}/": f"/api/v1/links/{_first(ClaimLink)}/",
        "/api/v1/links/{id}/reviews/": f"/api/v1/links/{link.pk}/reviews/",
        "/api/v1/sources/": "/api/v1/sources/?page_size=500",
        "/api/v1/sources/{id}/": f"/api/v1/sources/{Claim.objects.exclude(source=None).first().source_id}/",
        "/api/v1/incidents/": "/api/v1/incidents/",
        "/api/v1/incidents/{id}/": f"/api/v1/incidents/{_first(Incident)}/",
        "/api/v1/flags/": "/api/v1/flags/",
        "/api/v1/flags/{id}/": f"/api/v1/flags/{flag}/",
    }
    found = {}
    for documented, url in reads.items():
        response = editor.get(url)
        assert response.status_code == 200, url
        found[documented] = problems(response.json(), response_schema(documented, "get", 200))
    taken = factchecker.post("/api/v1/queue/next/")
    found["/api/v1/queue/next/"] = problems(taken.json(), response_schema("/api/v1/queue/next/", "post", 200))
    found["reviews POST"] = problems(
        decided.json(), response_schema("/api/v1/links/{id}/reviews/", "post", 201)
    )
    assert {path: errors for path, errors in found.items() if errors} == {}
    assert Source.objects.exists()
