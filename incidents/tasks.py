from __future__ import annotations

from celery import shared_task
from django.db import InterfaceError, OperationalError

from incidents import services


@shared_task(
    acks_late=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=2,
    retry_backoff_max=120,
    max_retries=8,
)
def article_incidents_task(article_id: int) -> int:
    return services.article_incidents(article_id=article_id)
