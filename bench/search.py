"""Latency of claim search (GET /api/v1/claims/?q=…) over the claims already in a database.

usage: python bench/search.py [--runs N] [--compare-fts] [--build N]
       (from the repository root; default 20 runs per query)

Database: DATABASE_URL (PostgreSQL; fill it first, for instance with ``bench/linking.py --claims
100000``, or with ``--build N``). Nothing is written but one reader user. Each query is asked
through the API as a client would (token-less, the user forced), with Arabic and Arabic-Indic spellings of the same
words; the first run of each is not timed (the plan and the pages warm up).

Prints one JSON line: the claim count, per query the matches on the first page, p50/p95 of the
request in milliseconds and p95 of the page's queries alone (``query_p95_ms``: as the API's
paginator reads a search, config.api.SearchParts: the newest claim's id, the ranked matches among
the newest claims, the older matches when the page needs them, the page's rows), the p95 over every
timed search (the list without ``q`` left out), and whether PostgreSQL plans the trigram index.

``--compare-fts`` (PostgreSQL) also times PostgreSQL full-text search on the same folded column,
as it would serve the same request: a GIN index on ``to_tsvector('simple', search_text)`` built
for the run (and dropped after it), every word of the query as a prefix (``ادلب:*``), the first
page ranked by ``ts_rank``. Per query it prints the FTS page query's p95 beside the trigram one and
how many claims each finds (``matches``, ``fts_matches``): FTS reads whole tokens, so a word with a
clitic glued to it («وادلب», «بإدلب») is another token that a prefix does not reach.

``--build N`` (PostgreSQL) first fills the database with a search corpus of N claims, in minutes
where ``bench/linking.py`` takes an hour at 1,000,000 (it writes no blocking keys and scores
nothing): the database is migrated, must hold no article but this corpus's, and is emptied unless
it already holds N corpus claims (then it is reused). N / COPIES claims are made as
``bench/linking.py`` makes them (real sentences of ../shared/data/external perturbed, articles of
20, the same sources), with the features the linker stores and ``search_text`` folded by the
project's ``Claim.set_search_text``, and written by COPY; then PostgreSQL copies them into the
other articles, COPIES − 1 times (INSERT … SELECT), so that each sentence is found about as often as in
``bench/linking.py``'s corpus. The trigram index is dropped during the load and built again after
it, then the tables are VACUUM ANALYZEd. Without ../shared the build is skipped (a JSON line says
so) and nothing is measured. A 1,000,000-claim build: ``createdb bench_search_1m``, then
``DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_search_1m python bench/search.py --build 1000000``
(8 minutes on the shared 2-core machine, 5 of them making 200,000 claims in Python; the claims
table 2.0 GB with its indexes).
"""

from __future__ import annotations

import argparse
import json
import os
import random
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
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

from claims.filters import claims_matching  # noqa: E402
from claims.models import Article, Claim, search_text  # noqa: E402
from claims.selectors import claim_list  # noqa: E402
from config.api import SearchParts  # noqa: E402

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
    "الجيش",
)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def page_query_ms(query: str) -> float:
    """The first page's query alone (what the database and the ORM spend), without HTTP and JSON."""
    started = time.perf_counter()
    if query:  # as the API's paginator reads a search (config.api.SearchParts)
        list(
            SearchParts(claims_matching(claim_list(), query), claim_list()).order_by("-search_rank", "-id")[
                :51
            ]
        )
    else:
        list(claim_list().order_by("-id")[:51])
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


EXTERNAL = ROOT.parent / "shared" / "data" / "external"
ORIGIN = "bench/search corpus"
# Each claim made in Python is written this many times (in as many articles).
COPIES = 5
BATCH = 20_000
CLAIM_COLUMNS = (
    "article_id",
    "index",
    "start",
    '"end"',
    "sentence",
    "sentence_start",
    "text",
    "source_mention",
    "via_mention",
    "cue",
    "modality",
    "numbers",
    "source_id",
    "via_id",
    "features",
    "search_text",
)


def build(claims: int) -> dict:
    """Fill the database with ``claims`` claims for search (see ``--build`` above)."""
    if connection.vendor != "postgresql":
        raise SystemExit("--build needs DATABASE_URL pointing at a PostgreSQL database")
    if not EXTERNAL.is_dir():
        return {"skipped": f"{EXTERNAL} is absent: no corpus built"}
    from bench import linking

    call_command("migrate", verbosity=0)
    if Article.objects.exclude(origin=ORIGIN).exists():
        raise SystemExit(
            f"{connection.settings_dict['NAME']} holds articles this benchmark did not write; "
            "point DATABASE_URL at a database of its own"
        )
    per_copy = -(-claims // (COPIES * linking.ARTICLE_CLAIMS))  # articles of one copy
    if Claim.objects.count() == per_copy * linking.ARTICLE_CLAIMS * COPIES:
        _vacuum_analyze()
        return {"built": False, "claims": Claim.objects.count()}
    started = time.perf_counter()
    call_command("flush", interactive=False, verbosity=0)
    pool, _ = linking.sentences(claims)
    people = linking.sources()
    with transaction.atomic():  # a build that stops half-way leaves no claim and the index in place
        made = _load(per_copy, pool, people)
    _vacuum_analyze()
    return {
        "built": True,
        "claims": Claim.objects.count(),
        "sentences": len(pool),
        "made_in_python_s": round(made, 1),
        "build_s": round(time.perf_counter() - started, 1),
    }


def _load(per_copy: int, pool: list[str], people: list) -> float:
    """Write the corpus's articles and claims; returns the seconds spent making claims in Python."""
    from bench import linking
    from claims.services.link import _with_features

    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'claim_search_trgm'")
        (index_sql,) = cursor.fetchone()
        cursor.execute("DROP INDEX claim_search_trgm")
    articles: list[Article] = []
    for first in range(0, per_copy * COPIES, BATCH):
        count = min(BATCH, per_copy * COPIES - first)
        articles += Article.objects.bulk_create(linking.article_rows(first, count, ORIGIN, "linked"))
    ids = [article.pk for article in articles]
    if ids != list(range(ids[0], ids[0] + len(ids))):
        raise SystemExit("article ids are not consecutive; drop and create the database again")
    rng = random.Random(linking.SEED)
    made = time.perf_counter()
    step = BATCH // linking.ARTICLE_CLAIMS
    for first in range(0, per_copy, step):
        rows = []
        for article in articles[first : min(first + step, per_copy)]:
            rows += linking.claim_rows(article, rng, pool, people, linking.ARTICLE_CLAIMS)
        _with_features(rows)
        Claim.set_search_text(rows)
        _copy(rows)
    made = time.perf_counter() - made
    columns = ", ".join(CLAIM_COLUMNS)
    with connection.cursor() as cursor:
        for copy in range(1, COPIES):
            shifted = columns.replace("article_id", f"article_id + {copy * per_copy}", 1)
            cursor.execute(
                f"INSERT INTO claims_claim ({columns}) SELECT {shifted} FROM claims_claim "
                "WHERE article_id < %s ORDER BY id",
                [ids[per_copy]],
            )
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # checks the foreign keys before the index
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        cursor.execute(index_sql)
    return made


def _copy(rows: list[Claim]) -> None:
    """Write claims with COPY."""
    with connection.cursor() as cursor:
        statement = f"COPY claims_claim ({', '.join(CLAIM_COLUMNS)}) FROM STDIN"
        with cursor.cursor.copy(statement) as copy:
            for c in rows:
                copy.write_row(
                    (
                        c.article_id,
                        c.index,
                        c.start,
                        c.end,
                        c.sentence,
                        c.sentence_start,
                        c.text,
                        c.source_mention,
                        c.via_mention,
                        c.cue,
                        c.modality,
                        json.dumps(c.numbers, ensure_ascii=False),
                        c.source_id,
                        c.via_id,
                        json.dumps(c.features, ensure_ascii=False),
                        c.search_text,
                    )
                )


def _vacuum_analyze() -> None:
    with connection.cursor() as cursor:
        for table in ("claims_article", "claims_claim"):
            cursor.execute(f"VACUUM ANALYZE {table}")


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
    parser.add_argument(
        "--build", type=int, metavar="N", help="first fill the database with N claims (PostgreSQL)"
    )
    args = parser.parse_args(argv)
    runs = args.runs
    built = None
    if args.build:
        built = build(args.build)
        if built.get("skipped"):
            print(json.dumps(built, ensure_ascii=False))
            return
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
    if built:
        figures["build"] = built
    if args.compare_fts and connection.vendor == "postgresql":
        figures["full_text"] = compare_fts(runs)
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
