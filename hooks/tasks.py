from __future__ import annotations

from celery import shared_task

from hooks import services


@shared_task(bind=True, acks_late=True, max_retries=services.ATTEMPTS - 1)
def delivery_send_task(self, delivery_id: int) -> None:
    """One attempt at a delivery; a failed one is retried with growing delays, ATTEMPTS in all."""
    last = self.request.retries >= self.max_retries
    if services.delivery_attempt(delivery_id=delivery_id, last=last):
        raise self.retry(countdown=services.retry_delay(self.request.retries))
