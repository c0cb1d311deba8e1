"""Every endpoint × method × role, generated from the URL conf so a new endpoint cannot escape it."""

import pytest
from django.urls import reverse

from claims import api_urls
from claims.roles import EDITOR, FACT_CHECKER, RANK, READER, ROLES
from tests.api import api_client
from tests.factories import UserFactory

ANYONE = None
# The least role each endpoint and method needs.
REQUIRED = {
    "root": {"GET": ANYONE},
    "health": {"GET": ANYONE},
    "schema": {"GET": READER},
    "docs": {"GET": READER},
    "article-list": {"GET": READER, "POST": FACT_CHECKER},
    "article-contested": {"GET": READER},
    "article-detail": {"GET": READER},
    "article-claims": {"GET": READER},
    "claim-list": {"GET": READER},
    "claim-detail": {"GET": READER},
    "ingest-job-detail": {"GET": FACT_CHECKER},
    "link-list": {"GET": READER},
    "link-bulk-decide": {"POST": EDITOR},
    "link-detail": {"GET": READER},
    "link-reviews": {"GET": READER, "POST": FACT_CHECKER},
    "queue-next": {"POST": FACT_CHECKER},
    "queue-release": {"POST": FACT_CHECKER},
    "flag-list": {"GET": READER, "POST": EDITOR},
    "flag-detail": {"GET": READER},
    "flag-resolve": {"POST": EDITOR},
    "incident-list": {"GET": READER},
    "incident-detail": {"GET": READER},
    "incident-merge": {"POST": EDITOR},
    "incident-split": {"POST": EDITOR},
    "source-list": {"GET": READER},
    "source-detail": {"GET": READER},
    "source-merge": {"POST": EDITOR},
    "source-aliases": {"POST": EDITOR},
    "source-merge-undo": {"POST": EDITOR},
    "hook-subscription-list": {"GET": READER, "POST": READER},
    "hook-subscription-detail": {"GET": READER, "DELETE": READER},
    "hook-delivery-list": {"GET": READER},
    "hook-delivery-detail": {"GET": READER},
    "hook-delivery-replay": {"POST": READER},
    "token-list": {"GET": READER, "POST": READER},
    "token-detail": {"DELETE": READER},
    "token-rotate": {"POST": READER},
    "export-claimreview": {"GET": READER},
    "export-links-csv": {"GET": READER},
    "export-links-jsonl": {"GET": READER},
}
ENDPOINTS = [p for p in api_urls.urlpatterns if p.name != "not-found"]
CALLERS = (None, "no-role", *ROLES)


def _methods(pattern) -> set[str]:
    view = pattern.callback.view_class
    return {m.upper() for m in view.http_method_names if hasattr(view, m) and m not in ("options", "head")}


def _url(name: str) -> str:
    pattern = next(p for p in ENDPOINTS if p.name == name)
    return reverse(f"api:{name}", kwargs={"pk": 1} if "pk" in pattern.pattern.converters else {})


def _allowed(caller: str | None, required: str | None) -> bool:
    return required is ANYONE or (caller in RANK and RANK[caller] >= RANK[required])


def test_the_table_names_every_endpoint_and_method_of_the_url_conf():
    assert {p.name: _methods(p) for p in ENDPOINTS} == {name: set(m) for name, m in REQUIRED.items()}


@pytest.mark.django_db
@pytest.mark.parametrize("caller", CALLERS, ids=lambda c: c or "anonymous")
@pytest.mark.parametrize(
    ("name", "method"), [(name, method) for name, methods in REQUIRED.items() for method in methods]
)
def test_each_role_is_allowed_or_denied(name, method, caller):
    client = api_client(None if caller is None else UserFactory(role=caller if caller in RANK else None))
    response = getattr(client, method.lower())(_url(name), {} if method == "POST" else None)
    required = REQUIRED[name][method]
    if _allowed(caller, required):
        assert response.status_code not in (401, 403), response.content
    else:
        assert response.status_code == (401 if caller is None else 403)
