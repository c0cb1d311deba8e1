"""Prometheus metrics at /metrics: django-prometheus's (requests, latency by view, responses by
status, exceptions) and the depth of every Celery queue, read from Redis at each scrape.

Only staff (signed in, or with an API token: Prometheus's ``authorization: {type: Token}``) and
addresses in METRICS_ALLOWED_IPS may read it; others get 403.
"""

from __future__ import annotations

import logging

import redis
from django.conf import settings
from django.http import HttpResponse
from django_prometheus.exports import ExportToDjangoView
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily
from rest_framework.exceptions import AuthenticationFailed

from config.health import queues
from frontend.ratelimit import client_address
from tokens.authentication import HashedTokenAuthentication

logger = logging.getLogger(__name__)
# kombu's Redis transport keeps a queue's messages of priority 0 under the queue's name and those of
# other priority steps under "<queue>\x06\x16<step>".
PRIORITY_SEPARATOR = "\x06\x16"
PRIORITY_STEPS = (3, 6, 9)


def queue_depths(client: redis.Redis, names: list[str]) -> dict[str, int]:
    """Messages waiting in each queue (taken but unacknowledged ones not counted)."""
    with client.pipeline(transaction=False) as pipe:
        for name in names:
            for key in (name, *(f"{name}{PRIORITY_SEPARATOR}{step}" for step in PRIORITY_STEPS)):
                pipe.llen(key)
        lengths = pipe.execute()
    per_queue = 1 + len(PRIORITY_STEPS)
    return {name: sum(lengths[i * per_queue : (i + 1) * per_queue]) for i, name in enumerate(names)}


class QueueDepthCollector:
    """``celery_queue_length{queue="segment"} 12`` per queue; nothing without REDIS_URL (no queues then)."""

    def collect(self):
        if not settings.REDIS_URL:
            return
        gauge = GaugeMetricFamily(
            "celery_queue_length", "Messages waiting in a Celery queue", labels=["queue"]
        )
        client = redis.Redis.from_url(settings.CELERY_BROKER_URL, socket_timeout=1, socket_connect_timeout=1)
        try:
            depths = queue_depths(client, queues())
        except redis.RedisError as error:
            logger.warning("queue depth not read, broker unreachable: %s", error)
            return
        finally:
            client.close()
        for name, depth in depths.items():
            gauge.add_metric([name], depth)
        yield gauge


QUEUES = CollectorRegistry(auto_describe=False)
QUEUES.register(QueueDepthCollector())


def _staff(request) -> bool:
    if request.user.is_authenticated:
        return request.user.is_staff
    try:
        found = HashedTokenAuthentication().authenticate(request)
    except AuthenticationFailed:
        return False
    return found is not None and found[0].is_staff


def metrics(request):
    if client_address(request) not in settings.METRICS_ALLOWED_IPS and not _staff(request):
        return HttpResponse(
            "metrics are for staff and METRICS_ALLOWED_IPS\n", status=403, content_type="text/plain"
        )
    response = ExportToDjangoView(request)
    response.content += generate_latest(QUEUES)
    return response
