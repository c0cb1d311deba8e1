from __future__ import annotations

from celery import shared_task
from django.db import InterfaceError, OperationalError

from sources import services


@shared_task(
    acks_late=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=2,
    retry_backoff_max=120,
    max_retries=8,
)
def source_score_task(source_ids: list[int]) -> int:
    return services.sources_score(source_ids=source_ids)
