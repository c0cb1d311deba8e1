"""Every list page costs the same number of queries for one row as for three."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import FlagFactory, SourceFactory
from tests.frontend.data import contradiction


def _source(n: int):
    source = SourceFactory(score=0.5, score_low=0.3, score_high=0.7)
    source.history.create(score=0.5, low=0.3, high=0.7)
    return source


def _flag(n: int):
    return FlagFactory()


def _link(n: int):
    return contradiction()


PAGES = [
    ("queue", "reader", _link),
    ("queue", "fact-checker", _link),
    ("articles", "reader", _link),
    ("sources", "reader", _source),
    ("contested", "editor", _flag),
]


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize(("name", "role", "make"), PAGES, ids=[f"{p[0]}-{p[1]}" for p in PAGES])
def test_list_page_queries_do_not_grow_with_rows(client_as, name, role, make):
    client = client_as(role)
    url = reverse(f"frontend:{name}")
    make(0)
    one = _queries(client, url)
    make(1)
    make(2)
    assert _queries(client, url) == one
