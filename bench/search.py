"""Latency of claim search (GET /api/v1/claims/?q=…) over the claims already in a database.

usage: python bench/search.py [--runs N] [--compare-fts]   (from the repository root; default 20 runs per query)

Database: DATABASE_URL (PostgreSQL; fill it first, for instance with ``bench/linking.py --claims
100000``). Nothing is written but one reader user. Each query is asked through the API as a
client would (token-less, the user forced), with Arabic and Arabic-Indic spellings of the same
words; the first run of each is not timed (the plan and the pages warm up).

Prints one JSON line: the claim count, per query the matches on the first page, p50/p95 of the
request in milliseconds and p95 of the page's query alone (``query_p95_ms``), the p95 over every timed search (the list without ``q`` left out), and whether PostgreSQL plans the trigram index.

``--compare-fts`` (PostgreSQL) also times PostgreSQL full-text search on the same folded column,
as it would serve the same request: a GIN index on ``to_tsvector('simple', search_text)`` built
for the run (and dropped after it), every word of the query as a prefix (``ادلب:*``), the first
page ranked by ``ts_rank``. Per query it prints the FTS page query's p95 beside the trigram one and
how many claims each finds (``matches``, ``fts_matches``): FTS reads whole tokens, so a word with a
clitic glued to it («وادلب», «بإدلب») is another token that a prefix does not reach.
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
from claims.models import Claim, search_text  # noqa: E402
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


FTS_INDEX = "claim_search_fts_bench"
FTS_VECTOR = "to_tsvector('simple', search_text)"


def fts_terms(query: str) -> str:
    """The folded words of a query as a tsquery of prefixes: "ريف إدلب" → "ريف:* & ادلب:*"."""
    words = [w for w in search_text(query).split() if any(c.isalnum() for c in w)]
    return " & ".join(f"{word}:*" for word in words)


def fts_page_ms(query: str) -> float:
    sql = (
        f"SELECT id FROM claims_claim WHERE {FTS_VECTOR} @@ to_tsquery('simple', %s) "
        f"ORDER BY ts_rank({FTS_VECTOR}, to_tsquery('simple', %s)) DESC, id DESC LIMIT 51"
    )
    terms = fts_terms(query)
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(sql, [terms, terms])
        cursor.fetchall()
    return (time.perf_counter() - started) * 1000


def match_counts(query: str) -> tuple[int, int]:
    """Claims the trigram search and the FTS search each find for the query."""
    trigram = claims_matching(Claim.objects.all(), query).count()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT COUNT(*) FROM claims_claim WHERE {FTS_VECTOR} @@ to_tsquery('simple', %s)",
            [fts_terms(query)],
        )
        return trigram, cursor.fetchone()[0]


def compare_fts(runs: int) -> dict:
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE INDEX IF NOT EXISTS {FTS_INDEX} ON claims_claim USING gin ({FTS_VECTOR})")
        cursor.execute("ANALYZE claims_claim")
        cursor.execute("SELECT pg_relation_size(%s), pg_relation_size('claim_search_trgm')", [FTS_INDEX])
        fts_size, trigram_size = cursor.fetchone()
    try:
        report = {}
        for query in (q for q in QUERIES if q):
            fts_page_ms(query)  # warm
            trigram = [page_query_ms(query) for _ in range(runs)]
            fts = [fts_page_ms(query) for _ in range(runs)]
            matches, fts_matches = match_counts(query)
            report[query] = {
                "query_p95_ms": round(percentile(trigram, 0.95), 1),
                "fts_query_p95_ms": round(percentile(fts, 0.95), 1),
                "matches": matches,
                "fts_matches": fts_matches,
            }
        return {
            "index_mb": {"trigram": round(trigram_size / 2**20, 1), "fts": round(fts_size / 2**20, 1)},
            "queries": report,
        }
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX IF EXISTS {FTS_INDEX}")


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
    parser.add_argument(
        "--compare-fts", action="store_true", help="time PostgreSQL full-text search beside it"
    )
    args = parser.parse_args(argv)
    runs = args.runs
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
    figures = {
        "database": connection.vendor,
        "claims": Claim.objects.count(),
        "queries": report,
        "p95_ms": round(percentile(every, 0.95), 1),
        "trigram_index_planned": uses_trigram_index(),
    }
    if args.compare_fts and connection.vendor == "postgresql":
        figures["full_text"] = compare_fts(runs)
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
