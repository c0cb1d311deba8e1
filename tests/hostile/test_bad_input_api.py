"""Bad input to the API (bodies of writes, cursors of lists): a clear 4xx in the one error format, nothing written."""

import base64

import pytest
from django.apps import apps

from claims import api_urls
from claims.models import ClaimLink, Flag
from tests.api import client_for, error
from tests.factories import ClaimLinkFactory, FlagFactory, SourceFactory

pytestmark = pytest.mark.django_db

DEEP = b"[" * 100_000 + b"]" * 100_000


def counts() -> dict:
    """Rows of every model of ours, and the states a write would change: a rejected request leaves all as they were."""
    models = [*apps.get_app_config("claims").get_models(), *apps.get_app_config("sources").get_models()]
    return {
        **{model.__name__: model.objects.count() for model in models},
        "flag states": sorted(Flag.objects.values_list("pk", "state", "resolution")),
        "link states": sorted(ClaimLink.objects.values_list("pk", "status", "decided_relation", "leased_to")),
    }


def post_raw(client, url: str, raw: bytes):
    return client.post(url, data=raw, content_type="application/json")


def parse_error(message: str) -> dict:
    return error("parse_error", f"JSON parse error - {message}")


ARTICLE_CASES = {
    "malformed JSON": (b'{"body": ', parse_error("Expecting value: line 1 column 10 (char 9)")),
    "trailing data": (b'{"body": "x"} {"body": "y"}', parse_error("Extra data: line 1 column 15 (char 14)")),
    "NaN": (
        b'{"body": NaN}',
        parse_error("Out of range float values are not JSON compliant: 'NaN'"),
    ),
    "invalid UTF-8": (
        b'{"body": "\xd9\x82\xff"}',
        parse_error("'utf-8' codec can't decode byte 0xff in position 12: invalid start byte"),
    ),
    "surrogate encoded as UTF-8 bytes": (
        b'{"body": "\xed\xa0\x80"}',
        parse_error("'utf-8' codec can't decode byte 0xed in position 10: invalid continuation byte"),
    ),
    "raw NUL byte inside a string": (
        b'{"body": "a\x00b"}',
        parse_error("Invalid control character at: line 1 column 12 (char 11)"),
    ),
    "nested 100,000 deep": (b'{"body": ' + DEEP + b"}", parse_error("nested too deeply")),
    "top level nested 100,000 deep": (DEEP, parse_error("nested too deeply")),
    "5,000-digit number": (
        b'{"body": 1' + b"0" * 5000 + b"}",
        parse_error(
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5001 digits; "
            "use sys.set_int_max_str_digits() to increase the limit"
        ),
    ),
    "JSON null": (b"null", error("invalid", "No data provided")),
    "JSON array": (b'[{"body": "x"}]', error("invalid", "expected a JSON object, got list")),
    "JSON string": (b'"body"', error("invalid", "expected a JSON object, got str")),
    "empty object": (b"{}", error("invalid", "body is missing")),
    "empty request body": (b"", error("invalid", "body is missing")),
    "body null": (b'{"body": null}', error("invalid", "body is missing")),
    "body a number": (b'{"body": 1e400}', error("invalid", "body must be a string, got float")),
    "body an object": (b'{"body": {"text": "x"}}', error("invalid", "body must be a string, got dict")),
    "body a boolean": (b'{"body": true}', error("invalid", "body must be a string, got bool")),
    "title a list": (b'{"body": "x", "title": ["t"]}', error("invalid", "title must be a string, got list")),
    "published_at a number": (
        b'{"body": "x", "published_at": 20180305}',
        error("invalid", "published_at must be a string, got int"),
    ),
    "published_at not a date": (
        b'{"body": "x", "published_at": "2018-02-30"}',
        error(
            "invalid",
            "published_at '2018-02-30' is not an ISO 8601 date such as 2018-03-05 or 2018-03-05T14:00:00Z",
        ),
    ),
    "body only whitespace and control characters": (
        b'{"body": " \\t\\n\\u0001 "}',
        error("invalid", "body is empty"),
    ),
    "body only zero-width and bidi characters": (
        b'{"body": "\\u200b\\u200c\\u200d\\u202e\\u2066\\ufeff\\u0640"}',
        error("invalid", "body is empty"),
    ),
    "lone high surrogate escape in body": (
        b'{"body": "\\u0642\\ud800"}',
        error("invalid", "body contains a lone surrogate, which is not valid Unicode"),
    ),
    "lone low surrogate escape in title": (
        b'{"body": "x", "title": "\\udfff"}',
        error("invalid", "title contains a lone surrogate, which is not valid Unicode"),
    ),
    "lone surrogate escape in publisher": (
        b'{"body": "x", "publisher": "\\udbff"}',
        error("invalid", "publisher contains a lone surrogate, which is not valid Unicode"),
    ),
    "NUL escape in body": (b'{"body": "a\\u0000b"}', error("invalid", "body contains a NUL character")),
    "NUL escape in url": (
        b'{"body": "x", "url": "https://example.org/\\u0000"}',
        error("invalid", "url contains a NUL character"),
    ),
    "url with a space": (
        b'{"body": "x", "url": "https://example.org/a b"}',
        error("invalid", "url 'https://example.org/a b' is not an absolute http(s) URL"),
    ),
    "url a javascript: link": (
        b'{"body": "x", "url": "javascript:alert(1)"}',
        error("invalid", "url 'javascript:alert(1)' is not an absolute http(s) URL"),
    ),
    "url without a host": (
        b'{"body": "x", "url": "https:///path"}',
        error("invalid", "url 'https:///path' is not an absolute http(s) URL"),
    ),
    "url with an unclosed IPv6 bracket": (
        b'{"body": "x", "url": "http://[::1"}',
        error("invalid", "url 'http://[::1' is not an absolute http(s) URL"),
    ),
    "url with a port past 65535": (
        b'{"body": "x", "url": "https://example.org:99999/a"}',
        error("invalid", "url 'https://example.org:99999/a' is not an absolute http(s) URL"),
    ),
    "url with a port that is not a number": (
        b'{"body": "x", "url": "https://example.org:http/a"}',
        error("invalid", "url 'https://example.org:http/a' is not an absolute http(s) URL"),
    ),
    "published_at before year 1 in UTC": (
        b'{"body": "x", "published_at": "0001-01-01T00:00:00+14:00"}',
        error(
            "invalid", "published_at '0001-01-01T00:00:00+14:00' is before year 1 or after year 9999 in UTC"
        ),
    ),
    "published_at after year 9999 in UTC": (
        b'{"body": "x", "published_at": "9999-12-31T23:59:59-12:00"}',
        error(
            "invalid", "published_at '9999-12-31T23:59:59-12:00' is before year 1 or after year 9999 in UTC"
        ),
    ),
    "SQL in a field name": (
        b'{"body": "x", "body\'; DROP TABLE claims_article; --": "y"}',
        error(
            "invalid",
            "unknown field(s): body'; DROP TABLE claims_article; --; "
            "expected url, title, body, publisher, published_at",
        ),
    ),
}


@pytest.mark.parametrize(("raw", "expected"), ARTICLE_CASES.values(), ids=ARTICLE_CASES.keys())
def test_a_bad_article_is_refused_with_its_reason_and_nothing_is_stored(raw, expected):
    before = counts()
    response = post_raw(client_for("fact-checker"), "/api/v1/articles/", raw)
    assert (response.status_code, response.json()) == (400, expected)
    assert counts() == before


def test_a_10_mb_body_is_refused_with_413_before_it_is_parsed():
    raw = b'{"body": "' + "س".encode() * (5 * 1024 * 1024) + b'"}'
    before = counts()
    response = post_raw(client_for("fact-checker"), "/api/v1/articles/", raw)
    assert len(raw) > 10 * 1024 * 1024
    assert (response.status_code, response.json()) == (
        413,
        error("too_large", "the request body is over the limit of 5242880 bytes"),
    )
    assert counts() == before


def test_a_body_over_ingest_max_body_chars_is_refused_by_its_length(settings):
    settings.INGEST_MAX_BODY_CHARS = 1000
    response = post_raw(client_for("fact-checker"), "/api/v1/articles/", b'{"body": "' + b"x" * 1001 + b'"}')
    assert (response.status_code, response.json()) == (
        400,
        error("invalid", "body is 1001 characters, over the limit of 1000"),
    )


@pytest.fixture
def world():
    """One article with a proposed link and an open flag, one source: something to write against."""
    link = ClaimLinkFactory()
    flag = FlagFactory(article=link.claim_a.article)
    return {
        "article": link.claim_a.article_id,
        "link": link.pk,
        "flag": flag.pk,
        "source": SourceFactory().pk,
    }


def field(name: str, *messages: str) -> dict:
    return error("invalid", f"invalid value for {name}", {name: list(messages)})


OTHER_CASES = {
    "flag reason with NUL": (
        "editor",
        "/api/v1/flags/",
        {"article_id": "{article}", "reason": "a\x00b"},
        field("reason", "Null characters are not allowed."),
    ),
    "flag reason with lone surrogate": (
        "editor",
        "/api/v1/flags/",
        b'{"article_id": {article}, "reason": "\\ud800"}',
        field("reason", "Surrogate characters are not allowed: U+D800."),
    ),
    "flag reason only zero-width characters": (
        "editor",
        "/api/v1/flags/",
        {"article_id": "{article}", "reason": "\u200b\u200f\u202e"},
        field("reason", "this field may not be blank"),
    ),
    "flag reason a list": (
        "editor",
        "/api/v1/flags/",
        {"article_id": "{article}", "reason": ["x"]},
        field("reason", "Not a valid string."),
    ),
    "flag article id with SQL": (
        "editor",
        "/api/v1/flags/",
        {"article_id": "1; DROP TABLE claims_flag; --", "reason": "x"},
        field("article_id", "A valid integer is required."),
    ),
    "flag article id past 64 bits": (
        "editor",
        "/api/v1/flags/",
        {"article_id": 2**70, "reason": "x"},
        field("article_id", "Ensure this value is less than or equal to 9223372036854775807."),
    ),
    "flag nested 100,000 deep": (
        "editor",
        "/api/v1/flags/",
        b'{"article_id": {article}, "reason": ' + DEEP + b"}",
        parse_error("nested too deeply"),
    ),
    "flag resolution with NUL": (
        "editor",
        "/api/v1/flags/{flag}/resolve/",
        {"resolution": "\x00"},
        field("resolution", "Null characters are not allowed."),
    ),
    "flag resolution only a bidi override": (
        "editor",
        "/api/v1/flags/{flag}/resolve/",
        {"resolution": "\u202e"},
        field("resolution", "this field may not be blank"),
    ),
    "review note with NUL": (
        "editor",
        "/api/v1/links/{link}/reviews/",
        {"decision": "unrelated", "override": True, "note": "ok\x00"},
        field("note", "Null characters are not allowed."),
    ),
    "review decision unknown": (
        "editor",
        "/api/v1/links/{link}/reviews/",
        {"decision": "<script>alert(1)</script>"},
        field("decision", '"<script>alert(1)</script>" is not a valid choice.'),
    ),
    "bulk decide ids of the wrong type": (
        "editor",
        "/api/v1/links/bulk-decide/",
        {"link_ids": "1,2", "decision": "unrelated"},
        field("link_ids", 'Expected a list of items but got type "str".'),
    ),
    "alias with lone surrogate": (
        "editor",
        "/api/v1/sources/{source}/aliases/",
        b'{"alias": "\\udc00"}',
        field("alias", "Surrogate characters are not allowed: U+DC00."),
    ),
    "alias only zero-width characters": (
        "editor",
        "/api/v1/sources/{source}/aliases/",
        {"alias": "\u200b\u200c\u0640"},
        field("alias", "the alias has no visible characters"),
    ),
}


def _fill(value, ids: dict):
    if isinstance(value, bytes):
        return value.replace(b"{article}", str(ids["article"]).encode())
    return {k: (ids["article"] if v == "{article}" else v) for k, v in value.items()}


@pytest.mark.parametrize(("role", "url", "data", "expected"), OTHER_CASES.values(), ids=OTHER_CASES.keys())
def test_other_writes_refuse_bad_input_and_write_nothing(world, role, url, data, expected):
    client = client_for(role)
    before = counts()
    data = _fill(data, world)
    url = url.format(**world)
    if isinstance(data, bytes):
        response = post_raw(client, url, data)
    else:
        response = client.post(url, data, format="json")
    assert (response.status_code, response.json()) == (400, expected)
    assert counts() == before


LISTS = (
    "/api/v1/articles/",
    "/api/v1/articles/contested/",
    "/api/v1/claims/",
    "/api/v1/links/",
    "/api/v1/flags/",
    "/api/v1/links/{link}/reviews/",
)
# Cursors edited by hand: the position is not a value of the column the list is ordered by.
TAMPERED = ("p=abc", "p=1e400", "p=NaN", "p=2026-01-01", "p=inf")
CURSOR_ERROR = error("invalid", "invalid value for cursor", {"cursor": ["Invalid cursor"]})


@pytest.mark.parametrize("position", TAMPERED)
@pytest.mark.parametrize("url", LISTS)
def test_a_tampered_cursor_is_a_400_on_every_cursor_paged_list(world, url, position):
    cursor = base64.b64encode(position.encode()).decode()
    response = client_for("reader").get(url.format(**world), {"cursor": cursor})
    assert (response.status_code, response.json()) == (400, CURSOR_ERROR)


@pytest.mark.parametrize("url", [url for url in LISTS if url != "/api/v1/links/"])
def test_a_cursor_past_the_id_column_is_a_400_on_lists_ordered_by_id(world, url):
    cursor = base64.b64encode(b"p=99999999999999999999999").decode()
    response = client_for("reader").get(url.format(**world), {"cursor": cursor})
    assert (response.status_code, response.json()) == (400, CURSOR_ERROR)


@pytest.mark.parametrize(
    "cursor", ["قصف", base64.b64encode(b"o=abc").decode(), base64.b64encode(b"r=x").decode()]
)
@pytest.mark.parametrize("url", LISTS)
def test_a_cursor_that_does_not_decode_is_a_400_not_a_404(world, url, cursor):
    response = client_for("reader").get(url.format(**world), {"cursor": cursor})
    assert (response.status_code, response.json()) == (400, CURSOR_ERROR)


def test_the_next_cursor_of_a_list_still_pages(world):
    client = client_for("reader")
    ClaimLinkFactory()
    first = client.get("/api/v1/links/", {"page_size": 1}).json()
    second = client.get(first["next"]).json()
    assert [len(first["results"]), len(second["results"]), second["next"]] == [1, 1, None]
    assert first["results"][0]["id"] != second["results"][0]["id"]


def _api_paths(ids: dict) -> list[str]:
    """Every API route, with the ids of real objects in it."""
    routes = [str(p.pattern) for p in api_urls.urlpatterns if not str(p.pattern).startswith("^")]
    return [f"/api/v1/{route.replace('<id:pk>', str(ids['link']))}" for route in routes]


@pytest.mark.parametrize("role", [None, "reader", "fact-checker", "editor", "admin"])
def test_options_answers_every_api_route_without_a_server_error(world, role):
    client = client_for(role)
    statuses = {path: client.options(path).status_code for path in _api_paths(world)}
    assert {path: status for path, status in statuses.items() if status >= 500} == {}


def test_options_on_a_merge_undo_describes_the_endpoint_without_input_fields():
    response = client_for("editor").options("/api/v1/sources/merges/1/undo/")
    assert (response.status_code, response.json()) == (
        200,
        {
            "name": "Source Merge Undo Api",
            "description": "",
            "renders": ["application/json"],
            "parses": ["application/json"],
        },
    )


SERVER_ERROR = error("server_error", "A server error occurred.")


@pytest.mark.urls("tests.hostile.failing_urls")
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/api/v1/fail/", (500, SERVER_ERROR)),
        ("/api/v1/fail-outside-drf/", (500, SERVER_ERROR)),
        ("/api/v1/suspicious/", (400, error("bad_request", "Bad request."))),
    ],
    ids=["in an API view", "outside DRF", "suspicious operation"],
)
def test_an_uncaught_error_under_the_api_answers_in_the_error_envelope(client, path, expected):
    client.raise_request_exception = False
    response = client.get(path)
    assert (response.status_code, response["Content-Type"], response.json()) == (
        expected[0],
        "application/json",
        expected[1],
    )


@pytest.mark.urls("tests.hostile.failing_urls")
def test_an_uncaught_error_outside_the_api_keeps_the_html_error_page(client):
    client.raise_request_exception = False
    response = client.get("/fail/")
    assert (response.status_code, response["Content-Type"]) == (500, "text/html; charset=utf-8")
