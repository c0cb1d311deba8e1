import pytest
import yaml
from django.core.management import call_command

from tests.api import client_for
from tests.factories import ClaimLinkFactory
from tests.schema import openapi, problems, response_schema


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


@pytest.mark.django_db
def test_bulk_decide_is_documented_as_the_plain_list_it_answers():
    links = [ClaimLinkFactory(), ClaimLinkFactory()]
    response = client_for("editor").post(
        "/api/v1/links/bulk-decide/",
        {"link_ids": [link.pk for link in links], "decision": "unrelated"},
        format="json",
    )
    schema = response_schema("/api/v1/links/bulk-decide/", "post", 201)
    assert (response.status_code, len(response.json()), schema["type"]) == (201, 2, "array")
    assert problems(response.json(), schema) == []
    params = openapi()["paths"]["/api/v1/links/bulk-decide/"]["post"].get("parameters", [])
    assert [p["name"] for p in params] == []


def _body_fields(operation: dict) -> set[str]:
    if "requestBody" not in operation:
        return set()
    ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    return set(openapi()["components"]["schemas"][ref.rsplit("/", 1)[1]]["properties"])


@pytest.mark.django_db
def test_options_describes_what_every_post_and_put_takes():
    admin = client_for("admin")
    differ = {}
    for path, item in openapi()["paths"].items():
        for method in {"post", "put"} & set(item):
            options = admin.options(path.replace("{id}", "1")).json()
            described = options.get("actions", {}).get(method.upper(), {})
            writable = {name for name, field in described.items() if not field.get("read_only")}
            if writable != _body_fields(item[method]):
                differ[path] = sorted(writable ^ _body_fields(item[method]))
    assert differ == {}


def test_numbers_evidence_and_datetimes_are_typed():
    schemas = openapi()["components"]["schemas"]
    evidence = {"allOf": [{"$ref": "#/components/schemas/EvidenceOutput"}], "readOnly": True}
    assert schemas["ClaimFields"]["properties"]["numbers"]["items"] == {
        "$ref": "#/components/schemas/ClaimNumberOutput"
    }
    assert schemas["ReviewOutput"]["properties"]["machine_evidence"] == evidence
    assert sorted(schemas["ClaimNumberOutput"]["properties"]) == ["counted", "qualifier", "text", "value"]
    assert schemas["NumberConflictOutput"]["required"] == ["a", "a_value", "b", "b_value"]
    untyped = sorted(
        f"{name}.{field}"
        for name, schema in schemas.items()
        for field, prop in schema.get("properties", {}).items()
        if field.endswith("_at") and prop.get("format") != "date-time"
    )
    assert untyped == []


def test_api_root_names_the_entry_points_without_login(client):
    response = client.get("/api/v1/")
    assert response.status_code == 200
    endpoints = response.json()["endpoints"]
    assert endpoints["schema"].endswith("/api/v1/schema/")
    assert endpoints["docs"].endswith("/api/v1/docs/")
    assert endpoints["claims"].endswith("/api/v1/claims/")


@pytest.mark.django_db
def test_schema_is_english_by_default_and_arabic_on_request():
    client = client_for("reader")
    english = client.get("/api/v1/schema/", HTTP_ACCEPT="application/json").content.decode()
    arabic = client.get(
        "/api/v1/schema/", HTTP_ACCEPT="application/json", HTTP_ACCEPT_LANGUAGE="ar-SY,ar;q=0.9"
    ).content.decode()
    assert "Number of results to return per page." in english
    assert "عدد النتائج" not in english
    assert "عدد النتائج" in arabic


@pytest.mark.django_db
def test_every_page_links_the_api_documentation(client):
    from tests.factories import UserFactory

    client.force_login(UserFactory(role="reader"))
    html = client.get("/incidents/").content.decode()
    assert 'href="/api/v1/docs/"' in html
