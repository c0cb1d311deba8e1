"""Load benchmark: articles ingested through the REST API while fact-checkers review links.

usage: python bench/load.py [--articles 10000] [--clients 20] [--reviewers 10] [--workers 2]

Runs on this machine against real services, and owns them for the duration of the run:

* PostgreSQL database ``bench_load`` (dropped, created, migrated and loaded with sources at start),
* Redis database 12 (flushed at start and at the end; no other database is touched),
* gunicorn on 127.0.0.1:8765 and ``--workers`` Celery worker processes, started here in their own
  sessions and stopped at exit, on error too. Their logs are kept in a folder named on stderr.

``--clients`` threads POST the articles (built from claims/fixtures/seeds: paragraphs combined,
some numbers varied, each under its own Latin dateline and URL) plus a known number of malformed
payloads (expected 400) and re-sends (expected 200 duplicate), and read a list or a detail every
tenth request. ``--reviewers`` fact-checkers lease links with POST /api/v1/queue/next/ and decide
them, and now and then decide the same link a second time (expected 409), until every stored
article is linked. The API throttle is raised to THROTTLE_PER_MINUTE so that it does not shape the
figures.

Prints one JSON line (throughput, latency percentiles per endpoint kind, drain time, the counts
and the checks on them) and exits 1 when a check fails: articles sent = created + duplicate +
rejected, the stored articles are exactly those answered 201, all of them linked with claims,
links well formed, and the stored reviews exactly those answered 201.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "claims" / "fixtures" / "seeds"
PG_HOST, PG_PORT, PG_USER, DB_NAME = "127.0.0.1", "5432", "postgres", "bench_load"
DATABASE_URL = f"postgres://{PG_USER}@{PG_HOST}:{PG_PORT}/{DB_NAME}"
REDIS_URL = "redis://127.0.0.1:6379/12"
HOST, PORT = "127.0.0.1", 8765
API = f"http://{HOST}:{PORT}/api/v1"
THROTTLE_PER_MINUTE = 10_000_000
WEB_THREADS = 4
# One malformed payload and one re-send for every EXTRA_EVERY articles.
EXTRA_EVERY = 50
READ_EVERY = 10
REPEAT_EVERY = 20
HISTORY_EVERY = 5
TIMEOUT = 120

PLACES = ("IDLIB", "ALEPPO", "HAMA", "DAMASCUS", "DEIR EZZOR", "RAQQA", "DARAA", "HOMS")
PUBLISHERS = ("شبكة شام", "عنب بلدي", "المرصد اليوم", "أخبار الشمال", "وكالة الجنوب", "نشرة الفرات")
NUMBER = re.compile(r"(?<![\d.])\d{1,4}(?![\d.])")
MALFORMED = (
    lambda a: {**a, "body": " \n "},
    lambda a: {**a, "published_at": "yesterday"},
    lambda a: {**a, "url": "ftp://bench.example.org/not-http"},
    lambda a: {**a, "author": "unknown field"},
)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- articles ---------------------------------------------------------------------------------


def seed_paragraphs() -> list[str]:
    """Every distinct paragraph (non-empty line) of the seed texts that is long enough to hold a claim."""
    pool: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.strip()
            if len(text) >= 40 and text not in pool:
                pool.append(text)
    if not pool:
        raise SystemExit(f"no seed paragraphs in {SEEDS}")
    return pool


def varied(text: str, rng: random.Random) -> str:
    """The paragraph with one of its numbers changed, as a rival report of the same event would."""
    numbers = list(NUMBER.finditer(text))
    if not numbers:
        return text
    found = rng.choice(numbers)
    value = int(found.group()) + rng.randint(1, 9)
    return text[: found.start()] + str(value) + text[found.end() :]


def article(number: int, pool: list[str], run: str) -> dict:
    """Article ``number``: 3 to 6 seed paragraphs under a dateline that makes its content hash unique.

    The dateline is Latin so that it is not segmented into a claim of its own.
    """
    rng = random.Random(number)
    day = date(2018, 1, 1) + timedelta(days=rng.randrange(730))
    paragraphs = rng.sample(pool, rng.randint(3, 6))
    if rng.random() < 0.35:
        which = rng.randrange(len(paragraphs))
        paragraphs[which] = varied(paragraphs[which], rng)
    dateline = f"{rng.choice(PLACES)} · {day.isoformat()} · bulletin {number:06d}"
    return {
        "url": f"https://bench.example.org/{run}/{day:%Y/%m/%d}/{number}",
        "title": f"{paragraphs[0][:90]} ({number})",
        "body": "\n\n".join([dateline, *paragraphs]),
        "publisher": rng.choice(PUBLISHERS),
        "published_at": f"{day.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z",
    }


def payloads(count: int, run: str) -> tuple[list[tuple[str, dict]], Counter]:
    """(kind, payload) in sending order: ``count`` new articles with malformed payloads and re-sends
    interleaved a little after the article they derive from."""
    pool = seed_paragraphs()
    articles = [article(n, pool, run) for n in range(1, count + 1)]
    extras: dict[int, list[tuple[str, dict]]] = defaultdict(list)
    for k, base in enumerate(articles[::EXTRA_EVERY]):
        at = k * EXTRA_EVERY + EXTRA_EVERY // 2
        extras[at].append(("malformed", MALFORMED[k % len(MALFORMED)](base)))
        # Half the re-sends repeat the URL, half the body under a new URL (caught by content hash).
        again = dict(base) if k % 2 == 0 else {**base, "url": base["url"] + "?utm_source=bench"}
        extras[at].append(("resend", again))
    ordered: list[tuple[str, dict]] = []
    for index, item in enumerate(articles):
        ordered.append(("new", item))
        ordered.extend(extras.get(index, []))
    return ordered, Counter(kind for kind, _ in ordered)


# --- measuring --------------------------------------------------------------------------------


class Stats:
    """Latencies and status codes of one thread, merged after the run."""

    def __init__(self) -> None:
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.codes: dict[str, Counter] = defaultdict(Counter)
        self.counts: Counter = Counter()
        self.ids: dict[str, list[int]] = defaultdict(list)

    def merge(self, other: Stats) -> None:
        for kind, values in other.latency.items():
            self.latency[kind].extend(values)
        for kind, codes in other.codes.items():
            self.codes[kind].update(codes)
        self.counts.update(other.counts)
        for kind, ids in other.ids.items():
            self.ids[kind].extend(ids)


def call(session: requests.Session, stats: Stats, kind: str, method: str, path: str, **kwargs):
    started = time.perf_counter()
    try:
        response = session.request(method, API + path, timeout=TIMEOUT, **kwargs)
    except requests.RequestException as error:
        stats.codes[kind]["transport_error"] += 1
        log(f"{kind} {method} {path}: {type(error).__name__}: {error}")
        return None
    stats.latency[kind].append(time.perf_counter() - started)
    stats.codes[kind][str(response.status_code)] += 1
    if response.status_code >= 500:
        log(f"{kind} {method} {path}: {response.status_code} {response.text[:300]}")
    return response


def percentiles(values: list[float]) -> dict:
    if not values:
        return {"n": 0}
    ordered = sorted(values)

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 1)

    return {"n": len(ordered), "p50": at(0.50), "p95": at(0.95), "p99": at(0.99), "max": at(1.0)}


def session_for(token: str) -> requests.Session:
    session = requests.Session()
    session.headers.update({"Authorization": f"Token {token}", "Accept": "application/json"})
    return session


# --- load -------------------------------------------------------------------------------------


class Ingest(threading.Thread):
    READS = ("/articles/?page_size=20", "article", "/claims/?page_size=20", "/links/?page_size=20")

    def __init__(self, token: str, work: list[tuple[str, dict]], lock: threading.Lock, stop: threading.Event):
        super().__init__(daemon=True)
        self.session = session_for(token)
        self.work, self.lock, self.stop = work, lock, stop
        self.stats = Stats()

    def take(self) -> tuple[str, dict] | None:
        with self.lock:
            return self.work.pop() if self.work and not self.stop.is_set() else None

    def run(self) -> None:
        done, last_id = 0, None
        while (item := self.take()) is not None:
            kind, payload = item
            self.stats.counts[f"sent_{kind}"] += 1
            response = call(self.session, self.stats, "ingest", "POST", "/articles/", json=payload)
            if response is not None and response.status_code == 201:
                last_id = response.json()["article"]["id"]
                self.stats.ids["article"].append(last_id)
                self.stats.counts[f"{kind}_as_201"] += 1
            elif response is not None and response.status_code == 200:
                self.stats.counts[f"{kind}_as_200"] += 1
            elif response is not None and response.status_code == 400:
                self.stats.counts[f"{kind}_as_400"] += 1
            done += 1
            if done % READ_EVERY == 0:
                path = self.READS[(done // READ_EVERY) % len(self.READS)]
                if path == "article":
                    path = f"/articles/{last_id}/" if last_id else "/articles/"
                call(self.session, self.stats, "reads", "GET", path)


class Reviewer(threading.Thread):
    def __init__(self, number: int, token: str, stop: threading.Event):
        super().__init__(daemon=True)
        self.session = session_for(token)
        self.stop = stop
        self.rng = random.Random(10_000 + number)
        self.stats = Stats()

    def decision(self, link: dict) -> dict:
        rng = self.rng
        if link["status"] == "second_review":
            first = next((r for r in reversed(link["reviews"]) if r["decision"] != "unsure"), None)
            if first and rng.random() < 0.8:
                return {"decision": first["decision"], "holds": first["holds"], "note": "second opinion"}
            return {"decision": rng.choice(["unrelated", "unsure"]), "note": "not convinced"}
        roll = rng.random()
        if roll < 0.05:
            return {"decision": "unsure", "note": "needs another pair of eyes"}
        if link["relation"] == "contradicts" or roll < 0.15:
            holds = rng.choice(["a", "b", "neither", "unknown"])
            return {"decision": "contradicts", "holds": holds, "note": "the figures differ"}
        if link["relation"] in ("corroborates", "related") and roll < 0.85:
            return {"decision": "corroborates", "note": "same event, same figures"}
        return {"decision": "unrelated", "note": ""}

    def run(self) -> None:
        decided = 0
        while not self.stop.is_set():
            taken = call(self.session, self.stats, "next", "POST", "/queue/next/")
            if taken is None or taken.status_code != 200:
                self.stop.wait(0.25)
                continue
            link = taken.json()
            body = self.decision(link)
            path = f"/links/{link['id']}/reviews/"
            answer = call(self.session, self.stats, "decide", "POST", path, json=body)
            if answer is None or answer.status_code != 201:
                continue
            decided += 1
            self.stats.ids["review"].append(answer.json()["id"])
            self.stats.counts[f"decision_{body['decision']}"] += 1
            if decided % REPEAT_EVERY == 0:
                # The link is no longer ours to decide: this must be refused and store nothing.
                again = call(self.session, self.stats, "repeat", "POST", path, json=body)
                self.stats.counts["repeat_sent"] += 1
                if again is not None and again.status_code == 409:
                    self.stats.counts["repeat_409"] += 1
            if decided % HISTORY_EVERY == 0:
                call(self.session, self.stats, "reads", "GET", path)


# --- services ---------------------------------------------------------------------------------


class Services:
    """Subprocesses in their own sessions, so stopping one ends its whole process group."""

    def __init__(self, env: dict[str, str], logs: Path):
        self.env, self.logs = env, logs
        self.processes: list[tuple[str, subprocess.Popen]] = []

    def start(self, name: str, command: list[str]) -> subprocess.Popen:
        output = (self.logs / f"{name}.log").open("ab")
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=self.env,
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        output.close()
        self.processes.append((name, process))
        return process

    def check_alive(self) -> None:
        for name, process in self.processes:
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited with {process.returncode}; see {self.logs / name}.log")

    def stop(self) -> None:
        # The main process first: gunicorn and Celery then stop their own children gracefully.
        for _, process in self.processes:
            if process.poll() is None:
                process.terminate()
        deadline = time.monotonic() + 30
        for name, process in self.processes:
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log(f"{name} did not stop in time; killing it")
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            else:
                # Children left behind in the group (gunicorn and Celery pool processes).
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        self.processes.clear()

    def tail(self, lines: int = 30) -> str:
        parts = []
        for path in sorted(self.logs.glob("*.log")):
            text = path.read_text(errors="replace").splitlines()[-lines:]
            parts.append(f"--- {path.name}\n" + "\n".join(text))
        return "\n".join(parts)


def service_env() -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": f"{HOST},localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "API_THROTTLE_PER_MINUTE": str(THROTTLE_PER_MINUTE),
        "LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }


def run_checked(command: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr[-3000:]}")


def fresh_database(env: dict[str, str]) -> None:
    target = ["-h", PG_HOST, "-p", PG_PORT, "-U", PG_USER]
    run_checked(["dropdb", *target, "--if-exists", "--force", DB_NAME], env)
    run_checked(["createdb", *target, DB_NAME], env)
    run_checked([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], env)
    run_checked([sys.executable, "manage.py", "loadsources"], env)


def port_in_use() -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex((HOST, PORT)) == 0


def wait_for(what: str, ready, services: Services, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        services.check_alive()
        if ready():
            return
        time.sleep(0.3)
    raise RuntimeError(f"{what} not ready after {timeout:.0f}s")


def web_ready() -> bool:
    try:
        return requests.get(f"{API}/health/", timeout=2).status_code == 200
    except requests.RequestException:
        return False


def start_services(services: Services, workers: int, web_workers: int) -> None:
    services.start(
        "gunicorn",
        [
            sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind", f"{HOST}:{PORT}",
            "--workers", str(web_workers), "--worker-class", "gthread", "--threads", str(WEB_THREADS),
            "--timeout", str(TIMEOUT), "--graceful-timeout", "10", "--error-logfile", "-",
        ],
    )  # fmt: skip
    for number in range(1, workers + 1):
        services.start(
            f"worker-{number}",
            [
                sys.executable, "-m", "celery", "-A", "config", "worker",
                "-Q", "segment,link,score,hooks,default", "-c", "1", "-n", f"bench-load-{number}@%h",
                "--without-gossip", "--without-mingle", "-l", "info",
            ],
        )  # fmt: skip
    wait_for("gunicorn", web_ready, services)
    for number in range(1, workers + 1):
        path = services.logs / f"worker-{number}.log"
        wait_for(f"worker-{number}", lambda p=path: " ready." in p.read_text(errors="replace"), services)


# --- database ---------------------------------------------------------------------------------


def setup_django(env: dict[str, str]) -> None:
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def make_users(prefix: str, count: int) -> list[str]:
    from django.contrib.auth.models import Group, User

    from claims.roles import FACT_CHECKER
    from tokens.services import token_create

    group = Group.objects.get(name=FACT_CHECKER)
    tokens = []
    for number in range(1, count + 1):
        user = User.objects.create_user(username=f"{prefix}-{number:02d}")
        user.groups.add(group)
        tokens.append(token_create(user=user, name="bench")[1])
    return tokens


def warm_up(tokens: list[str], web_workers: int) -> None:
    """Requests on every view used, enough at once to reach each gunicorn worker, before the clock starts."""
    paths = ("/articles/?page_size=1", "/claims/?page_size=1", "/links/?page_size=1", "/articles/1/")

    def one(number: int) -> None:
        session = session_for(tokens[number % len(tokens)])
        for path in paths:
            session.get(API + path, timeout=TIMEOUT)
        session.post(API + "/queue/next/", timeout=TIMEOUT)
        session.post(API + "/articles/", json={"body": ""}, timeout=TIMEOUT)

    threads = [threading.Thread(target=one, args=(n,)) for n in range(web_workers * WEB_THREADS * 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def linked_count() -> int:
    from claims.models import Article, Status

    return Article.objects.filter(status=Status.LINKED).count()


def unfinished() -> int:
    from claims.models import Article, Status

    return Article.objects.filter(status__in=[Status.PENDING, Status.SEGMENTED]).count()


def database_counts() -> dict:
    from django.db.models import Count, F

    from claims.models import Article, Claim, ClaimKey, ClaimLink, Review

    by_status = dict(Article.objects.values_list("status").annotate(n=Count("id")))
    return {
        "articles": Article.objects.count(),
        "articles_by_status": by_status,
        "articles_by_origin": dict(Article.objects.values_list("origin").annotate(n=Count("id"))),
        "articles_without_claims": Article.objects.filter(claims__isnull=True).count(),
        "claims": Claim.objects.count(),
        "claim_keys": ClaimKey.objects.count(),
        "links": ClaimLink.objects.count(),
        "links_by_status": dict(ClaimLink.objects.values_list("status").annotate(n=Count("id"))),
        "links_by_relation": dict(ClaimLink.objects.values_list("relation").annotate(n=Count("id"))),
        "links_unordered": ClaimLink.objects.filter(claim_a__gte=F("claim_b")).count(),
        "reviews": Review.objects.count(),
        "reviews_by_reviewer": dict(Review.objects.values_list("reviewer__username").annotate(n=Count("id"))),
    }


def database_ids(model: str) -> set[int]:
    from claims.models import Article, Review

    return set({"article": Article, "review": Review}[model].objects.values_list("id", flat=True))


def decided_without_review() -> int:
    from claims.models import ClaimLink, LinkStatus

    return ClaimLink.objects.exclude(status=LinkStatus.PROPOSED).filter(reviews__isnull=True).count()


def flush_redis() -> None:
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


# --- the run ----------------------------------------------------------------------------------


def measure(args, services: Services) -> dict:
    run = secrets.token_hex(4)
    work, planned = payloads(args.articles, run)
    work.reverse()  # popped from the end
    ingest_tokens = make_users("bench-ingest", args.clients)
    review_tokens = make_users("bench-checker", args.reviewers)
    log(f"sending {len(work)} payloads {dict(planned)} with {args.clients} clients")

    lock, stop = threading.Lock(), threading.Event()
    clients = [Ingest(token, work, lock, stop) for token in ingest_tokens]
    reviewers = [Reviewer(n, token, stop) for n, token in enumerate(review_tokens)]
    warm_up(ingest_tokens, args.web_workers)
    log("warmed up; clock started")
    started = time.perf_counter()
    for thread in (*reviewers, *clients):
        thread.start()
    ingest_end = drained_at = None
    linked_at_ingest_end = 0
    deadline = started + args.drain_timeout
    last_log = 0.0
    progress: list[list[float]] = []
    while True:
        now = time.perf_counter()
        if ingest_end is None and not any(c.is_alive() for c in clients):
            ingest_end = now
            linked_at_ingest_end = linked_count()
            log(f"ingest done in {ingest_end - started:.1f}s; {linked_at_ingest_end} articles linked so far")
        remaining = unfinished()
        if now - started >= 60 * (len(progress) + 1):
            progress.append([round(now - started), linked_count(), remaining])
        if ingest_end is not None and remaining == 0:
            drained_at = now
            break
        if now > deadline:
            log(f"not drained after {args.drain_timeout}s; {remaining} articles unfinished")
            break
        if now - last_log > 15:
            last_log = now
            left = len(work)
            log(f"{now - started:7.1f}s  payloads left {left}  articles unfinished {remaining}")
        services.check_alive()
        time.sleep(0.5)
    stop.set()
    for thread in (*clients, *reviewers):
        thread.join(timeout=TIMEOUT + 10)
    finished = time.perf_counter()
    if ingest_end is None:
        ingest_end = finished

    stats = Stats()
    for thread in (*clients, *reviewers):
        stats.merge(thread.stats)
    return {
        "planned": planned,
        "stats": stats,
        "started": started,
        "ingest_end": ingest_end,
        "drained_at": drained_at,
        "finished": finished,
        "linked_at_ingest_end": linked_at_ingest_end,
        "progress": progress,
        "ingest_usernames": [f"api:bench-ingest-{n:02d}" for n in range(1, args.clients + 1)],
        "per_client_created": [
            c.stats.counts["new_as_201"] + c.stats.counts["resend_as_201"] for c in clients
        ],
    }


TASK_LINE = re.compile(r"Task (?:[\w.]+\.)?(\w+)\[[^\]]+\] succeeded in ([0-9.]+)s")
STAGES = {
    "segment": "article_segment_task",
    "link": "article_link_task",
    "incidents": "article_incidents_task",
}


def stage_rates(logs: Path, articles: int) -> dict:
    """What one worker process does of each pipeline stage alone: the seconds its tasks took, summed
    from the workers' logs (Celery logs each task's run time), and the articles one process would
    take through that stage per second were it given nothing else to do."""
    seconds, tasks = Counter(), Counter()
    for path in logs.glob("worker-*.log"):
        for match in TASK_LINE.finditer(path.read_text(errors="replace")):
            seconds[match[1]] += float(match[2])
            tasks[match[1]] += 1
    rates = {}
    for stage, task in STAGES.items():
        rates[stage] = {
            "tasks": tasks[task],
            "task_seconds": round(seconds[task], 2),
            "articles_per_s_one_process": round(articles / seconds[task], 2) if seconds[task] else None,
        }
    total = sum(seconds[task] for task in STAGES.values())
    rates["all_stages_articles_per_s_one_process"] = round(articles / total, 2) if total else None
    return rates


def report(args, web_workers: int, measured: dict, logs: Path | None = None) -> tuple[dict, bool]:
    stats: Stats = measured["stats"]
    planned: Counter = measured["planned"]
    codes = stats.codes
    counts = stats.counts
    db = database_counts()
    started, ingest_end = measured["started"], measured["ingest_end"]
    drained_at, finished = measured["drained_at"], measured["finished"]
    ingest_seconds = ingest_end - started
    load_seconds = (drained_at or finished) - started

    sent = sum(planned.values())
    created = int(codes["ingest"]["201"])
    duplicate = int(codes["ingest"]["200"])
    rejected = int(codes["ingest"]["400"])
    article_ids = stats.ids["article"]
    review_ids = stats.ids["review"]
    decided = int(codes["decide"]["201"])
    requests_total = sum(sum(c.values()) for c in codes.values())
    server_errors = {
        kind: sum(n for code, n in c.items() if code.startswith("5") or code == "transport_error")
        for kind, c in codes.items()
    }
    linked = db["articles_by_status"].get("linked", 0)
    by_origin = db["articles_by_origin"]
    per_client_db = [by_origin.get(name, 0) for name in measured["ingest_usernames"]]
    reviews_per_user = Counter()
    for reviewer_name, n in db["reviews_by_reviewer"].items():
        reviews_per_user[reviewer_name] = n

    checks = {
        "no_5xx_or_transport_errors": sum(server_errors.values()) == 0,
        "sent_equals_created_duplicate_rejected": sent == created + duplicate + rejected,
        "ingest_codes_only_201_200_400": set(codes["ingest"]) <= {"201", "200", "400"},
        "created_equals_new_articles": created == planned["new"],
        "duplicates_equal_resends": duplicate == planned["resend"],
        "rejected_equals_malformed": rejected == planned["malformed"]
        and counts["malformed_as_400"] == planned["malformed"],
        "stored_equals_created": db["articles"] == created,
        "stored_ids_are_the_201_ids": len(set(article_ids)) == len(article_ids)
        and set(article_ids) == database_ids("article"),
        "stored_per_client_equals_its_201s": per_client_db == measured["per_client_created"],
        "pipeline_drained": drained_at is not None,
        "every_article_linked": linked == db["articles"],
        "no_failed_articles": db["articles_by_status"].get("failed", 0) == 0,
        "claims_present": db["claims"] > 0 and db["articles_without_claims"] == 0,
        "links_present_and_ordered": db["links"] > 0 and db["links_unordered"] == 0,
        "reviewed_links_have_reviews": decided_without_review() == 0,
        "reviews_stored_equal_201s": db["reviews"] == decided,
        "stored_review_ids_are_the_201_ids": len(set(review_ids)) == len(review_ids)
        and set(review_ids) == database_ids("review"),
        "repeat_decisions_all_409": counts["repeat_sent"] == counts["repeat_409"],
    }
    ok = all(checks.values())
    figures = {
        "benchmark": "load",
        "ok": ok,
        "setup": {
            "articles": args.articles,
            "clients": args.clients,
            "reviewers": args.reviewers,
            "celery_worker_processes": args.workers,
            "gunicorn": f"{web_workers} workers x {WEB_THREADS} threads (gthread)",
            "cpus": os.cpu_count(),
            "throttle_per_minute": THROTTLE_PER_MINUTE,
            "throttle_note": "API_THROTTLE_PER_MINUTE raised so throttling does not shape the figures",
        },
        "throughput": {
            "ingest_seconds": round(ingest_seconds, 2),
            "articles_accepted_per_s": round(created / ingest_seconds, 2) if ingest_seconds else None,
            "ingest_requests_per_s": round(sum(codes["ingest"].values()) / ingest_seconds, 2),
            "requests": requests_total,
            "requests_per_s": round(requests_total / load_seconds, 2),
            "load_seconds": round(load_seconds, 2),
        },
        "latency_ms": {
            kind: percentiles(stats.latency[kind]) for kind in ("ingest", "next", "decide", "reads", "repeat")
        },
        "pipeline": {
            "drained": drained_at is not None,
            "drain_seconds": round(drained_at - started, 2) if drained_at else None,
            "drain_after_ingest_seconds": round(drained_at - ingest_end, 2) if drained_at else None,
            "linked": linked,
            "linked_per_s": round(linked / load_seconds, 2),
            "linked_at_ingest_end": measured["linked_at_ingest_end"],
            "linked_per_s_after_ingest": round(
                (linked - measured["linked_at_ingest_end"])
                / max(0.001, (drained_at or finished) - ingest_end),
                2,
            ),
            "stage_rates": stage_rates(logs, linked) if logs else None,
            "progress_each_minute": {
                "columns": ["seconds", "linked", "unfinished"],
                "rows": measured["progress"],
            },
        },
        "ingest": {
            "sent": sent,
            "planned": dict(planned),
            "created_201": created,
            "duplicate_200": duplicate,
            "rejected_400": rejected,
            "by_kind": {
                k: v for k, v in sorted(counts.items()) if k.startswith(("new_", "resend_", "malformed_"))
            },
        },
        "reviews": {
            "next_200": int(codes["next"]["200"]),
            "next_204": int(codes["next"]["204"]),
            "decided_201": decided,
            "decide_409": int(codes["decide"]["409"]),
            "decide_other": {k: v for k, v in codes["decide"].items() if k not in ("201", "409")},
            "repeat_sent": counts["repeat_sent"],
            "repeat_409": counts["repeat_409"],
            "decisions": {k[9:]: v for k, v in sorted(counts.items()) if k.startswith("decision_")},
            "stored_per_reviewer": dict(sorted(reviews_per_user.items())),
        },
        "status_codes": {kind: dict(sorted(c.items())) for kind, c in sorted(codes.items())},
        "server_errors": server_errors,
        "database": {k: v for k, v in db.items() if k not in ("articles_by_origin", "reviews_by_reviewer")},
        "checks": checks,
    }
    return figures, ok


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--reviewers", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2, help="Celery worker processes")
    parser.add_argument(
        "--web-workers", type=int, default=2 * (os.cpu_count() or 1) + 1, help="gunicorn worker processes"
    )
    parser.add_argument(
        "--drain-timeout", type=float, default=3600, help="seconds to wait for every article to be linked"
    )
    args = parser.parse_args(argv)
    if min(args.articles, args.clients, args.reviewers, args.workers, args.web_workers) < 1:
        parser.error("every count must be at least 1")

    # SIGTERM ends the run through the same cleanup as an error.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    env = service_env()
    if port_in_use():
        raise SystemExit(f"{HOST}:{PORT} is already in use; stop whatever listens there first")
    logs = Path(tempfile.mkdtemp(prefix="bench-load-"))
    log(f"logs in {logs}")
    services = Services(env, logs)
    ok = False
    try:
        log(f"fresh database {DB_NAME}, Redis db 12 flushed")
        fresh_database(env)
        flush_redis()
        setup_django(env)
        start_services(services, args.workers, args.web_workers)
        log(f"gunicorn on {HOST}:{PORT} and {args.workers} Celery workers ready")
        measured = measure(args, services)
        figures, ok = report(args, args.web_workers, measured, logs)
        print(json.dumps(figures, ensure_ascii=False), flush=True)
        if not ok:
            failed = [name for name, passed in figures["checks"].items() if not passed]
            log(f"count checks failed: {', '.join(failed)}")
    except Exception:
        if services.processes:
            log("service logs:\n" + services.tail())
        raise
    finally:
        services.stop()
        try:
            flush_redis()
        except Exception as error:  # noqa: BLE001 - cleanup must not hide the run's own error
            log(f"could not flush Redis db 12: {error}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
