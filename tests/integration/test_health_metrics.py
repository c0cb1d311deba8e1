"""Health and queue depth against the real PostgreSQL, Redis and a `celery worker`."""

import time

import pytest
from django.test import Client

from claims.models import Article
from claims.tasks import article_segment_task
from tests.api import api_client
from tests.integration.conftest import wait_until

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def test_health_lists_every_check_and_fails_without_workers(clean_redis):
    started = time.monotonic()
    response = api_client().get("/api/v1/health/")
    assert (response.status_code, response.json()) == (
        503,
        {
            "status": "unavailable",
            "database": "ok",
            "cache": "ok",
            "broker": "ok",
            "workers": "Unavailable: Celery workers unavailable",
        },
    )
    assert time.monotonic() - started < 3


def test_health_is_ok_with_a_worker_on_every_queue(worker):
    def healthy():
        return api_client().get("/api/v1/health/").json()["status"] == "ok"

    wait_until(healthy, timeout=60, what="the worker to answer pings")
    started = time.monotonic()
    response = api_client().get("/api/v1/health/")
    assert (response.status_code, response.json()) == (
        200,
        {"status": "ok", "database": "ok", "cache": "ok", "broker": "ok", "workers": "ok"},
    )
    assert time.monotonic() - started < 3


def test_metrics_give_the_depth_of_each_queue(clean_redis, settings):
    settings.METRICS_ALLOWED_IPS = ["127.0.0.1"]
    for number in range(3):
        article = Article.objects.create(body="قال المرصد إن 19 مدنياً قتلوا.", content_hash=f"{number:064x}")
        article_segment_task.delay(article.pk)
    lines = Client().get("/metrics").content.decode().splitlines()
    assert [line for line in lines if line.startswith("celery_queue_length{")] == [
        'celery_queue_length{queue="default"} 0.0',
        'celery_queue_length{queue="hooks"} 0.0',
        'celery_queue_length{queue="link"} 0.0',
        'celery_queue_length{queue="score"} 0.0',
        'celery_queue_length{queue="segment"} 3.0',
    ]
