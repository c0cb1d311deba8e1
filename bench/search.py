"""Latency of claim search (GET /api/v1/claims/?q=…) over the claims already in a database.

usage: python bench/search.py [--runs N]   (from the repository root; default 20 runs per query)

Database: DATABASE_URL (PostgreSQL; fill it first, for instance with ``bench/linking.py --claims
100000``). Nothing is written but one reader user. Each query is asked through the API as a
client would (token-less, the user forced), with Arabic and Arabic-Indic spellings of the same
words; the first run of each is not timed (the plan and the pages warm up).

Prints one JSON line: the claim count, per query the matches on the first page, p50/p95 of the
request in milliseconds and p95 of the page's query alone (``query_p95_ms``), the p95 over every timed search (the list without ``q`` left out), and whether PostgreSQL plans the trigram index.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import Group, User  # noqa: E402
from django.db import connection  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

from claims.filters import claims_matching  # noqa: E402
from claims.models import Claim  # noqa: E402
from claims.selectors import claim_list  # noqa: E402

# "" is the list without a search, for comparison.
QUERIES = (
    "",
    "إدلب",
    "ادلب",
    "٢٧",
    "27",
    "قتلوا",
    "ريف إدلب",
    "المرصد السوري",
    "مستشفى",
    "غارة روسية",
    "حماة",
)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def page_query_ms(query: str) -> float:
    """The first page's query alone (what the database and the ORM spend), without HTTP and JSON."""
    started = time.perf_counter()
    list(claims_matching(claim_list(), query).order_by(*(["-search_rank"] if query else []), "-id")[:51])
    return (time.perf_counter() - started) * 1000


def uses_trigram_index() -> bool | None:
    if connection.vendor != "postgresql":
        return None
    sql, params = claims_matching(Claim.objects.all(), "إدلب").values("id").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}", params)
        return any("claim_search_trgm" in row[0] for row in cursor.fetchall())


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="timed requests per query (default 20)")
    runs = parser.parse_args(argv).runs
    user, _ = User.objects.get_or_create(username="bench-search-reader")
    user.groups.add(Group.objects.get_or_create(name="reader")[0])
    client = APIClient()
    client.force_authenticate(user)
    report, every = {}, []
    for query in QUERIES:
        timings, found = [], 0
        for run in range(runs + 1):
            started = time.perf_counter()
            response = client.get("/api/v1/claims/", {"q": query})
            elapsed = (time.perf_counter() - started) * 1000
            assert response.status_code == 200, response.content
            found = len(response.json()["results"])
            if run:
                timings.append(elapsed)
        every += timings if query else []
        database = [page_query_ms(query) for _ in range(runs)]
        report[query] = {
            "first_page": found,
            "p50_ms": round(statistics.median(timings), 1),
            "p95_ms": round(percentile(timings, 0.95), 1),
            "query_p95_ms": round(percentile(database, 0.95), 1),
        }
    print(
        json.dumps(
            {
                "database": connection.vendor,
                "claims": Claim.objects.count(),
                "queries": report,
                "p95_ms": round(percentile(every, 0.95), 1),
                "trigram_index_planned": uses_trigram_index(),
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main(sys.argv[1:])
