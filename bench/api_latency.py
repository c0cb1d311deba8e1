"""API service time where people wait, beside the health check, on PostgreSQL under gunicorn.

usage: python bench/api_latency.py [--claims N] [--keep] [--smoke] [--db NAME]   (from the repository root)

Database: its own, ``bench_api`` (``bench_api_smoke`` with ``--smoke``, or ``--db``) on ``--pg``
(default postgres://postgres@127.0.0.1:5432), created here and dropped afterwards; with ``--keep``
it is kept and a corpus of the same size is reused.

Corpus: ``bench/linking.py``'s builder writes N claims in articles of 20 (real sentences,
perturbed) with their linking keys, and the source registry is loaded. A few corpus articles are
then linked by the real ``article_link`` and grouped into incidents by ``article_incidents``; their
links are the templates of the rest: ``--links-per-claim`` links per claim (default 5) are written
in SQL between claims 21 to 9,001 ids apart, copying a real link's relation, score, priority and
evidence, 80 % proposed, 5 % second review, 2 % disputed and 13 % decided. One claim in five is put
in one of N / 25 incidents. Every table is then VACUUM ANALYZEd, as autovacuum would.

Measure: gunicorn with 4 sync workers on a free port (DEBUG off, throttling out of the way). For each
endpoint: the SQL queries one request makes (counted in this process through the Django test
client), the median and p95 of ``--requests`` sequential requests (one client, default 200), and
requests per second and p95 at ``--clients`` concurrent clients (default 50) for ``--seconds``
(default 10) with ``wrk`` when it is installed, else a thread per client here (which costs the
machine more). ``share`` is an endpoint's rate over the health check's in the same run: on a small
machine the client, gunicorn and PostgreSQL share the cores, so the ratio is the honest figure.
queue/next is POSTed by 50 fact-checkers, each renewing the lease on the link they hold.

``--smoke``: 2,000 claims, 20 requests, 2 s per endpoint, for CI.
Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DB_NAME = "bench_api"
HOST = "127.0.0.1"
HEALTH = "health"
WEB_WORKERS = 4
# Claims this many ids apart are linked (articles hold 20 claims: never two of one article).
LINK_DISTANCES = (21, 63, 401, 2003, 9001, 27011, 70001, 150001)
INCIDENT_EVERY = 25
TEMPLATE_ARTICLES = 40
STATUSES = "CASE WHEN h < 80 THEN 'proposed' WHEN h < 85 THEN 'second_review' WHEN h < 87 THEN 'disputed' ELSE 'decided' END"
KINDS = ("air_strike", "shelling", "clashes", "capture", "casualty", "bombing", "displacement")

WRK_SCRIPT = """
local tokens = {%(tokens)s}
local n = 0
wrk.method = "%(method)s"
request = function()
  n = n + 1
  local headers = {["Accept"] = "application/json", ["Content-Length"] = "0"}
  if #tokens > 0 then headers["Authorization"] = "Token " .. tokens[(n %% #tokens) + 1] end
  return wrk.format(nil, nil, headers, "")
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests": %%d, "seconds": %%f, "p50_ms": %%f, "p95_ms": %%f, "errors": %%d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def pg_tools(base: str) -> list[str]:
    from urllib.parse import urlparse

    url = urlparse(base)
    return ["-h", url.hostname or HOST, "-p", str(url.port or 5432), "-U", url.username or "postgres"]


def database_exists(base: str) -> bool:
    found = subprocess.run(
        [
            "psql",
            *pg_tools(base),
            "-d",
            "postgres",
            "-Atc",
            f"SELECT 1 FROM pg_database WHERE datname='{DB_NAME}'",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return found.stdout.strip() == "1"


def database_create(base: str, keep: bool) -> None:
    if keep and database_exists(base):
        return
    subprocess.run(["dropdb", *pg_tools(base), "--if-exists", "--force", DB_NAME], check=True)
    subprocess.run(["createdb", *pg_tools(base), DB_NAME], check=True)


def service_env(base: str) -> dict[str, str]:
    """The server's environment: its own database, and no broker (tasks run in the request, and the
    health check asks for no workers), whatever the caller's environment names."""
    return {
        **{key: value for key, value in os.environ.items() if key != "REDIS_URL"},
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": f"{base.rstrip('/')}/{DB_NAME}",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": f"{HOST},localhost,testserver",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "API_THROTTLE_PER_MINUTE": str(10**9),
        "LOG_LEVEL": "WARNING",
    }


# --- corpus -------------------------------------------------------------------------------------


def build(claims: int, keep: bool, link_sample: int) -> dict:
    """The claims of bench/linking.py, then real template links, synthetic links and incidents."""
    from django.core.management import call_command

    from bench import linking
    from claims.models import Article, Claim, ClaimLink

    started = time.perf_counter()
    linking.prepare_database(keep)
    stored = Claim.objects.filter(article__origin=linking.ORIGIN_CORPUS).count()
    reused = keep and stored == claims and ClaimLink.objects.exists()
    if not reused:
        pool, _ = linking.sentences(claims)
        linking.corpus(claims, keep, pool, linking.sources())
        call_command("loadsources", verbosity=0)
        ClaimLink.objects.all().delete()
        template_links(Article.objects.order_by("id").values_list("id", flat=True), link_sample)
        synthetic_links(claims)
        synthetic_incidents(claims)
    analyze()
    return {"build_seconds": round(time.perf_counter() - started, 1), "corpus_reused": reused}


def template_links(article_ids, count: int) -> None:
    """Link ``count`` articles spread over the corpus with the real stage, and group their incidents."""
    from claims.models import Article, Status
    from claims.services import link as stage
    from incidents.services import article_incidents

    ids = list(article_ids)
    chosen = ids[:: max(1, len(ids) // count)][:count]
    Article.objects.filter(pk__in=chosen).update(status=Status.SEGMENTED)
    for article_id in chosen:
        offset: int | None = 0
        while offset is not None:
            offset = stage.article_link(article_id=article_id, offset=offset)
        article_incidents(article_id=article_id)


def synthetic_links(claims: int) -> None:
    from django.db import connection

    from claims.models import ClaimLink

    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TEMP TABLE tpl AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, relation, score,"
            " evidence, priority, finding FROM claims_claimlink"
        )
        cursor.execute("SELECT count(*) FROM tpl")
        templates = cursor.fetchone()[0]
        if not templates:
            raise SystemExit("the sample articles made no links to copy")
        for distance in LINK_DISTANCES[: ARGS.links_per_claim]:
            cursor.execute(
                f"""
                INSERT INTO claims_claimlink (claim_a_id, claim_b_id, relation, score, evidence, priority,
                    finding, status, decided_relation, holds, created_at, updated_at)
                SELECT a.id, a.id + %s, t.relation, t.score, t.evidence, t.priority, t.finding,
                    {STATUSES},
                    CASE WHEN h >= 87 THEN (CASE t.relation WHEN 'related' THEN 'unrelated' ELSE t.relation END)
                         ELSE '' END,
                    CASE WHEN h >= 87 AND t.relation = 'contradicts' THEN 'a' ELSE '' END,
                    now(), now()
                FROM (SELECT id, (id * 37 + %s) %% 100 AS h FROM claims_claim) a
                JOIN claims_claim b ON b.id = a.id + %s
                JOIN tpl t ON t.n = (a.id * 7 + %s) %% %s
                ON CONFLICT DO NOTHING
                """,
                [distance, distance, distance, distance, templates],
            )
        cursor.execute("DROP TABLE tpl")
    print(f"links: {ClaimLink.objects.count()}", file=sys.stderr)


def synthetic_incidents(claims: int) -> None:
    from django.db import connection

    from bench.linking import PLACES

    count = max(1, claims // INCIDENT_EVERY)
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO incidents_incident (kind, place_key, place_name, day, created_at, updated_at)
            SELECT (%s::text[])[1 + g %% %s], '', (%s::text[])[1 + g %% %s],
                date '2018-01-01' + (g %% 700), now() - g * interval '1 minute', now() - g * interval '1 minute'
            FROM generate_series(1, %s) g
            """,
            [list(KINDS), len(KINDS), list(PLACES), len(PLACES), count],
        )
        cursor.execute(
            """
            INSERT INTO incidents_incidentclaim (incident_id, claim_id, created_at)
            SELECT i.id, c.id, now()
            FROM claims_claim c
            JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM incidents_incident) i
              ON i.n = (c.id * 7919) %% %s
            WHERE c.id %% 5 = 0
            ON CONFLICT DO NOTHING
            """,
            [count],
        )


def analyze() -> None:
    from django.apps import apps
    from django.db import connection

    with connection.cursor() as cursor:
        for model in apps.get_models():
            cursor.execute(f"VACUUM ANALYZE {model._meta.db_table}")


# --- requests -----------------------------------------------------------------------------------


def endpoints() -> list[tuple[str, str, str]]:
    """(name, method, path) of what is measured."""
    from claims.models import Article

    middle = Article.objects.order_by("id").values_list("id", flat=True)
    article_id = middle[middle.count() // 2]
    return [
        (HEALTH, "GET", "/api/v1/health/"),
        ("queue/next", "POST", "/api/v1/queue/next/"),
        ("links, queue filters", "GET", "/api/v1/links/?status=proposed&status=second_review"),
        ("links, no filter", "GET", "/api/v1/links/"),
        ("claims ?q=الجيش", "GET", "/api/v1/claims/?q=%D8%A7%D9%84%D8%AC%D9%8A%D8%B4"),
        ("sources", "GET", "/api/v1/sources/"),
        ("article detail", "GET", f"/api/v1/articles/{article_id}/"),
        ("incidents", "GET", "/api/v1/incidents/"),
    ]


def fact_checkers(count: int) -> list[str]:
    from django.contrib.auth.models import Group, User

    from claims.roles import FACT_CHECKER
    from tokens.services import token_create

    group, _ = Group.objects.get_or_create(name=FACT_CHECKER)
    tokens = []
    for number in range(count):
        user, _ = User.objects.get_or_create(username=f"bench-api-{number:02d}")
        user.groups.add(group)
        tokens.append(token_create(user=user, name="bench/api_latency")[1])
    return tokens


def query_counts(method: str, path: str, token: str) -> str:
    """The SQL queries of one request, asked three times (queue/next leases, then renews)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from rest_framework.test import APIClient

    client = APIClient(HTTP_AUTHORIZATION=f"Token {token}")
    counts = []
    for _ in range(3):
        with CaptureQueriesContext(connection) as captured:
            response = client.generic(method, path)
        if response.status_code >= 300:
            raise SystemExit(f"{method} {path}: {response.status_code} {response.content[:300]!r}")
        counts.append(len(captured))
    low, high = min(counts), max(counts)
    return str(low) if low == high else f"{low}–{high}"


def one_request(port: int, method: str, path: str, token: str | None) -> tuple[float, int, int]:
    """(milliseconds, status, body bytes) of one request on a new connection, as sync workers close it."""
    headers = {"Accept": "application/json", "Content-Length": "0"}
    if token:
        headers["Authorization"] = f"Token {token}"
    started = time.perf_counter()
    connection = http.client.HTTPConnection(HOST, port, timeout=120)
    connection.request(method, path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return (time.perf_counter() - started) * 1000, response.status, len(body)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def sequential(port: int, method: str, path: str, token: str | None, count: int) -> dict:
    times, size = [], 0
    for _ in range(count):
        elapsed, status, size = one_request(port, method, path, token)
        if status >= 300:
            raise SystemExit(f"{method} {path}: {status}")
        times.append(elapsed)
    return {"p50": statistics.median(times), "p95": percentile(times, 0.95), "kb": size / 1024}


def concurrent_wrk(
    port: int, method: str, path: str, tokens: list[str], clients: int, seconds: float
) -> dict:
    quoted = ", ".join(f'"{token}"' for token in tokens)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % {"tokens": quoted, "method": method})
    try:
        threads = str(min(clients, os.cpu_count() or 1))
        command = [
            "wrk",
            "-t",
            threads,
            "-c",
            str(clients),
            "-d",
            f"{max(1, round(seconds))}s",
            "--timeout",
            "60s",
        ]
        done = subprocess.run(
            [*command, "-s", script.name, f"http://{HOST}:{port}{path}"], capture_output=True, text=True
        )
    finally:
        os.unlink(script.name)
    if done.returncode or not done.stdout.strip():
        raise SystemExit(f"wrk failed: {done.stderr or done.stdout}")
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return {"rps": found["requests"] / found["seconds"], "p95": found["p95_ms"], "errors": found["errors"]}


def concurrent_threads(
    port: int, method: str, path: str, tokens: list[str], clients: int, seconds: float
) -> dict:
    times: list[float] = []
    errors = [0]
    stop = time.monotonic() + seconds

    def client(number: int) -> None:
        token = tokens[number % len(tokens)] if tokens else None
        while time.monotonic() < stop:
            try:
                elapsed, status, _ = one_request(port, method, path, token)
            except OSError:
                errors[0] += 1
                continue
            times.append(elapsed)
            errors[0] += status >= 300

    started = time.monotonic()
    workers = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.monotonic() - started
    return {
        "rps": len(times) / elapsed,
        "p95": percentile(times, 0.95) if times else 0.0,
        "errors": errors[0],
    }


# --- gunicorn -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start_gunicorn(env: dict[str, str], port: int, log: Path) -> subprocess.Popen:
    command = [
        sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind", f"{HOST}:{port}",
        "--workers", str(WEB_WORKERS), "--worker-class", "sync", "--timeout", "120", "--backlog", "2048",
    ]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            if one_request(port, "GET", "/api/v1/health/", None)[1] == 200:
                return process
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not answer in 120 s")


def stop_gunicorn(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


# --- report -------------------------------------------------------------------------------------


def measure(port: int, tokens: list[str]) -> list[dict]:
    concurrent = concurrent_wrk if shutil.which("wrk") else concurrent_threads
    rows = []
    for name, method, path in endpoints():
        token = None if name == HEALTH else tokens[0]
        many = [] if name == HEALTH else tokens
        queries = query_counts(method, path, tokens[-1])
        for _ in range(2 * WEB_WORKERS):  # every worker has imported and planned the view
            one_request(port, method, path, token)
        row = {"endpoint": name, "queries": queries}
        row |= sequential(port, method, path, token, ARGS.requests)
        loaded = concurrent(port, method, path, many, ARGS.clients, ARGS.seconds)
        row |= {"rps": loaded["rps"], "p95_loaded": loaded["p95"], "errors": loaded["errors"]}
        rows.append(row)
    ceiling = rows[0]["rps"] or 1.0
    for row in rows:
        row["share"] = row["rps"] / ceiling
    return rows


def table(rows: list[dict]) -> str:
    lines = [
        f"| endpoint | SQL queries | 1 client median ms | 1 client p95 ms | body kB "
        f"| {ARGS.clients} clients req/s | {ARGS.clients} clients p95 ms | share of health | errors |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['endpoint']} | {r['queries']} | {r['p50']:.1f} | {r['p95']:.1f} | {r['kb']:.1f} "
            f"| {r['rps']:.0f} | {r['p95_loaded']:.0f} | {r['share']:.2f} | {r['errors']} |"
        )
    return "\n".join(lines)


def parse(argv: list[str]) -> argparse.Namespace:
    global DB_NAME
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000, help="claims in the corpus (default 100000)")
    parser.add_argument("--keep", action="store_true", help="keep the database; reuse a corpus of this size")
    parser.add_argument("--smoke", action="store_true", help="2000 claims, 20 requests, 2 s per endpoint")
    parser.add_argument("--links-per-claim", type=int, default=5, choices=range(1, len(LINK_DISTANCES) + 1))
    parser.add_argument("--requests", type=int, default=200, help="sequential requests per endpoint")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients")
    parser.add_argument("--seconds", type=float, default=10.0, help="seconds of concurrent load per endpoint")
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432", help="PostgreSQL server URL")
    parser.add_argument("--db", help=f"database name (default {DB_NAME}, {DB_NAME}_smoke with --smoke)")
    args = parser.parse_args(argv)
    if args.smoke:
        args.claims, args.requests, args.seconds = 2000, 20, 2.0
    DB_NAME = args.db or (f"{DB_NAME}_smoke" if args.smoke else DB_NAME)
    return args


def main(argv: list[str]) -> None:
    global ARGS
    ARGS = parse(argv)
    database_create(ARGS.pg, ARGS.keep)
    env = service_env(ARGS.pg)
    os.environ.pop("REDIS_URL", None)  # this process reads the same settings as the server
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from claims.models import Claim, ClaimLink
    from incidents.models import Incident

    sample = 10 if ARGS.smoke else TEMPLATE_ARTICLES
    built = build(ARGS.claims, ARGS.keep, sample)
    tokens = fact_checkers(ARGS.clients)
    port = free_port()
    log = Path(tempfile.gettempdir()) / f"bench_api_gunicorn_{port}.log"
    # A stopped benchmark stops its server too (the finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    server = start_gunicorn(env, port, log)
    try:
        rows = measure(port, tokens)
    finally:
        stop_gunicorn(server)
    report = {
        "claims": Claim.objects.count(),
        "links": ClaimLink.objects.count(),
        "incidents": Incident.objects.count(),
        "client": "wrk" if shutil.which("wrk") else "python threads",
        "load_average": round(os.getloadavg()[0], 1),
        **built,
    }
    print(
        f"{report['claims']:,} claims, {report['links']:,} links, {report['incidents']:,} incidents; "
        f"gunicorn {WEB_WORKERS} sync workers; {ARGS.clients} clients by {report['client']}"
    )
    print(table(rows))
    print(json.dumps({**report, "rows": rows}, ensure_ascii=False))
    if not ARGS.keep:
        from django.db import connections

        connections.close_all()
        subprocess.run(["dropdb", *pg_tools(ARGS.pg), "--if-exists", "--force", DB_NAME], check=True)


ARGS = argparse.Namespace()

if __name__ == "__main__":
    main(sys.argv[1:])
