"""Pipeline stages. Thin: ids in, the service re-fetches and does nothing when the work is done.

Database errors that can go away (connection lost, deadlock, lock timeout) are retried with
backoff; anything else marks the article failed with the error, for ``reprocess --failed``.
"""

from __future__ import annotations

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError

from claims import pipeline, services

TRANSIENT = (OperationalError, InterfaceError)
RETRY = {"autoretry_for": TRANSIENT, "retry_backoff": 2, "retry_backoff_max": 120, "max_retries": 8}


def _run_or_fail(stage, article_id: int, **kwargs):
    try:
        return stage(article_id=article_id, **kwargs)
    except TRANSIENT:
        raise
    except Exception as error:
        services.article_fail(article_id=article_id, error=f"{type(error).__name__}: {error}")
        raise


@shared_task(acks_late=True, **RETRY)
def article_segment_task(article_id: int) -> bool:
    return _run_or_fail(services.article_segment, article_id)


@shared_task(acks_late=True, **RETRY)
def article_link_task(article_id: int, offset: int = 0) -> int | None:
    next_offset = _run_or_fail(services.article_link, article_id, offset=offset)
    # Run in-process (the embedded default), queueing the next chunk would nest one call per chunk
    # and overflow the stack on an article of thousands of claims: link the chunks here in turn.
    while next_offset is not None and settings.CELERY_TASK_ALWAYS_EAGER:
        next_offset = _run_or_fail(services.article_link, article_id, offset=next_offset)
    if next_offset is not None:
        pipeline.enqueue(article_link_task, article_id, next_offset)
    else:
        # Incidents are grouped from the links; a lost task is redone by ``reprocess --incidents``.
        from incidents.tasks import article_incidents_task

        pipeline.enqueue(article_incidents_task, article_id)
    return next_offset


@shared_task(acks_late=True, **RETRY)
def ingest_job_task(job_id: int, start: int = 0) -> int | None:
    try:
        next_start = services.ingest_job_run(job_id=job_id, start=start)
        # In-process (the embedded default) the runs follow one another here, as linking's chunks do.
        while next_start is not None and settings.CELERY_TASK_ALWAYS_EAGER:
            next_start = services.ingest_job_run(job_id=job_id, start=next_start)
    except TRANSIENT:
        raise
    except Exception as error:
        services.ingest_job_fail(job_id=job_id, error=f"{type(error).__name__}: {error}")
        raise
    if next_start is not None:
        pipeline.enqueue(ingest_job_task, job_id, next_start)
    return next_start
