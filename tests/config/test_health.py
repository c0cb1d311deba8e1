"""The health check names each check; with REDIS_URL it adds the broker and the workers."""

import time

import pytest

from config.health import queues
from tests.api import api_client

pytestmark = pytest.mark.django_db

UNREACHABLE = "redis://127.0.0.1:1/0"


def test_the_queues_checked_are_every_queue_a_task_is_routed_to():
    assert queues() == ["default", "hooks", "link", "score", "segment"]


def test_with_redis_unreachable_each_check_says_what_failed_quickly(settings):
    settings.REDIS_URL = settings.CELERY_BROKER_URL = UNREACHABLE
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": UNREACHABLE,
            "OPTIONS": {"socket_connect_timeout": 0.5},
        }
    }
    started = time.monotonic()
    response = api_client().get("/api/v1/health/")
    body = response.json()
    # The unit suite's Celery app has the in-memory broker, where no worker answers: the ping comes
    # back empty, or, before that transport has been used in the process, waits past its time.
    assert body.pop("workers") in {
        "Unavailable: Celery workers unavailable",
        "Unavailable: Timed out after 1 seconds",
    }
    assert (response.status_code, body) == (
        503,
        {
            "status": "unavailable",
            "database": "ok",
            "cache": "Unexpected Result: Connection Error",
            "broker": "Unavailable: Unable to connect to Redis: Connection Error",
        },
    )
    assert time.monotonic() - started < 4
