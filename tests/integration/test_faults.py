"""Nothing lost, nothing doubled: Redis stopping, a worker killed, the database going away."""

import json
import os
import signal
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from rest_framework.test import APIClient

from claims import pipeline
from claims.models import Article, Claim, ClaimLink, Status
from claims.tasks import article_segment_task
from tests.factories import UserFactory, token_for
from tests.integration.conftest import Worker, wait_until
from tests.integration.faults import database_block, database_unblock, redis_start, redis_stop

SEEDS = Path(__file__).resolve().parents[2] / "claims" / "fixtures" / "seeds"
pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def _paragraph_articles(copies: int) -> list[dict]:
    """Every paragraph of every seed as an article, ``copies`` times over with a distinct dateline."""
    lines = [p for seed in sorted(SEEDS.glob("*.txt")) for p in seed.read_text().splitlines() if len(p) > 80]
    paragraphs = list(dict.fromkeys(lines))  # the seeds repeat some paragraphs
    return [
        {"url": f"https://example.org/{n}/{i}", "body": f"({n}) {text}", "title": f"نسخة {n}"}
        for n in range(copies)
        for i, text in enumerate(paragraphs)
    ]


def assert_complete() -> None:
    """Every article fully segmented exactly once: positions 0..n-1, each span the text it names."""
    for article in Article.objects.prefetch_related("claims"):
        claims = sorted(article.claims.all(), key=lambda c: c.index)
        assert [c.index for c in claims] == list(range(len(claims)))
        assert [article.body[c.start : c.end] for c in claims] == [c.text for c in claims]
        assert claims, f"article {article.pk} has no claims"


def _statuses() -> set[str]:
    return set(Article.objects.values_list("status", flat=True))


def _reader() -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token_for(UserFactory(role='reader'))}")
    return client


def test_redis_outage_during_bulk_ingest_loses_nothing(tmp_path, clean_redis, capsys):
    call_command("loadsources", verbosity=0)
    articles = _paragraph_articles(copies=8)
    assert len(articles) >= 500
    lines = [json.dumps(a, ensure_ascii=False) for a in articles]
    lines.insert(100, '{"url": "https://example.org/broken", "body": ')
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines), encoding="utf-8")
    reader = _reader()

    redis_stop()
    try:
        call_command("ingest", str(batch), "--no-progress")
        out = capsys.readouterr().out.splitlines()
        assert Article.objects.count() == len(articles)
        assert _statuses() == {Status.PENDING}
        assert reader.get("/api/v1/articles/").status_code == 200
    finally:
        redis_start()

    assert out[-2:] == [
        f"{len(articles)} new, 0 duplicate, 1 rejected ({len(articles) + 1} read)",
        f"{len(articles)} new article(s) could not be queued for processing; they are stored as pending: "
        "run `manage.py reprocess --pending` when the queue is back",
    ]
    time.sleep(pipeline.BACKOFF_SECONDS)
    worker = Worker(tmp_path / "worker.log")
    worker.start()
    try:
        call_command("reprocess", "--pending")
        wait_until(
            lambda: _statuses() == {Status.LINKED}, timeout=600, interval=2, what="all articles linked"
        )
    finally:
        worker.stop()
    assert Article.objects.count() + 1 == len(lines)
    assert_complete()
    assert ClaimLink.objects.exists()


def test_worker_killed_mid_run_ends_in_the_undisturbed_state(tmp_path, clean_redis):
    call_command("loadsources", verbosity=0)
    os.environ["CELERY_VISIBILITY_TIMEOUT"] = "8"
    try:
        first = Worker(tmp_path / "first.log")
        first.start(concurrency=1)
        call_command("ingest", str(SEEDS), "--no-progress")
        wait_until(lambda: Status.SEGMENTED in _statuses() or Status.LINKED in _statuses(), timeout=120,
                   interval=0.05, what="work under way")  # fmt: skip
        os.killpg(first.process.pid, signal.SIGKILL)
        first.process.wait()
        second = Worker(tmp_path / "second.log")
        second.start()
        try:
            call_command("reprocess", "--pending")
            wait_until(lambda: _statuses() == {Status.LINKED}, timeout=300, interval=1, what="all linked")
        finally:
            second.stop()
    finally:
        os.environ.pop("CELERY_VISIBILITY_TIMEOUT")
    assert_complete()
    settled = (Claim.objects.count(), ClaimLink.objects.count())
    call_command("reprocess", "--pending", "--failed")
    assert (Claim.objects.count(), ClaimLink.objects.count()) == settled


def test_database_outage_answers_503_and_workers_retry(tmp_path, clean_redis):
    call_command("loadsources", verbosity=0)
    reader = _reader()
    article = Article.objects.create(
        body="قال المرصد السوري إن 19 مدنياً قتلوا في إدلب.", content_hash="x" * 64
    )
    worker = Worker(tmp_path / "worker.log")
    worker.start()
    try:
        database_block()
        try:
            response = reader.get("/api/v1/articles/")
            health = reader.get("/api/v1/health/")
            article_segment_task.delay(article.pk)
            time.sleep(3)
        finally:
            database_unblock()
        wait_until(lambda: Article.objects.get(pk=article.pk).status == Status.LINKED, timeout=120,
                   what="the task retried after the outage")  # fmt: skip
    finally:
        worker.stop()
        connection.close()
    assert (response.status_code, response.json()["error"]["code"]) == (503, "database_unavailable")
    assert health.status_code == 503
    assert Claim.objects.filter(article=article).count() == 1
