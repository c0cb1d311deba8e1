import pytest
import yaml
from django.core.management import call_command

from tests.api import client_for


def test_the_openapi_schema_generates_without_warnings(tmp_path):
    path = tmp_path / "schema.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(path))
    schema = yaml.safe_load(path.read_text())
    assert schema["openapi"].startswith("3.")
    assert schema["components"]["securitySchemes"]["tokenAuth"] == {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": 'Token-based authentication with required prefix "Token"',
    }
    health, articles = schema["paths"]["/api/v1/health/"]["get"], schema["paths"]["/api/v1/articles/"]["get"]
    assert ("security" in health, sorted(health["responses"])) == (False, ["200", "400", "404", "429", "503"])
    assert articles["security"] == [{"tokenAuth": []}, {"cookieAuth": []}]


@pytest.mark.django_db
def test_the_schema_endpoint_serves_it_to_readers():
    response = client_for("reader").get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert (response.status_code, response.json()["info"]["title"]) == (
        200,
        "Claim and source credibility tracker API",
    )


@pytest.mark.django_db
def test_the_docs_page_lists_every_operation_and_loads_nothing_from_outside():
    response = client_for("reader").get("/api/v1/docs/")
    page = response.content.decode()
    assert (response.status_code, response["Content-Type"]) == (200, "text/html; charset=utf-8")
    assert "<code>/api/v1/queue/next/</code>" in page
    assert ("<script" in page, "<link" in page, "src=" in page) == (False, False, False)
