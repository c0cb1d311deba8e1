"""What /api/v1/health/ checks, with django-health-check's checks: the database and the cache always;
with REDIS_URL also the broker and that live workers consume every queue.

In the embedded default (no REDIS_URL) tasks run inside the web process, so there is no broker or
worker to check and neither is listed.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime

from asgiref.sync import async_to_sync, sync_to_async
from django.conf import settings
from health_check.base import HealthCheck, HealthCheckResult
from health_check.checks import Cache, Database
from health_check.contrib.celery import Ping
from health_check.contrib.redis import Redis
from health_check.exceptions import ServiceUnavailable
from redis.asyncio import Redis as AsyncRedis

from config.celery import app

SECONDS = 1.0


def queues() -> list[str]:
    """Every queue a task is routed to: segment, link, score, hooks and default."""
    routed = {route["queue"] for route in settings.CELERY_TASK_ROUTES.values()}
    return sorted(routed | {settings.CELERY_TASK_DEFAULT_QUEUE})


@dataclasses.dataclass
class RequestDatabase(Database):
    """The library's ``SELECT 1``, on the request's own connection rather than a new one per probe."""

    async def run(self):
        await sync_to_async(super().run)()


@dataclasses.dataclass
class Workers(Ping):
    """Some worker answers a ping, and every queue has a worker consuming it."""

    queues: tuple[str, ...] = ()

    def check_active_queues(self, *workers):
        # Waiting only for the workers that answered the ping keeps the probe under a second or two.
        inspect = self.app.control.inspect(
            list(workers), timeout=self.timeout.total_seconds(), limit=len(workers)
        )
        consumed = {queue["name"] for found in (inspect.active_queues() or {}).values() for queue in found}
        missing = [queue for queue in self.queues if queue not in consumed]
        if missing:
            raise ServiceUnavailable(f"no worker consumes {', '.join(missing)}")


def checks() -> dict[str, HealthCheck]:
    found: dict[str, HealthCheck] = {"database": RequestDatabase(), "cache": Cache()}
    if settings.REDIS_URL:
        broker = settings.CELERY_BROKER_URL
        found["broker"] = Redis(
            client_factory=lambda: AsyncRedis.from_url(
                broker, socket_timeout=SECONDS, socket_connect_timeout=SECONDS
            )
        )
        found["workers"] = Workers(
            app=app, timeout=datetime.timedelta(seconds=SECONDS), queues=tuple(queues())
        )
    return found


async def _results(named: dict[str, HealthCheck]) -> list[HealthCheckResult]:
    return await asyncio.gather(*(check.get_result() for check in named.values()))


def health() -> dict[str, str]:
    """Each check's name → "ok" or what failed, all run at once: ``{"database": "ok", "cache": "ok"}``,
    ``{"database": "ok", …, "workers": "Unavailable: Celery workers unavailable"}``."""
    named = checks()
    results = async_to_sync(_results)(named)
    return {
        name: str(result.error) if result.error else "ok" for name, result in zip(named, results, strict=True)
    }
