"""Uploaded files ingested in the background, a batch of lines at a time, by the ingest service."""

from __future__ import annotations

import time
from collections.abc import Iterator
from itertools import islice

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from claims import pipeline
from claims.ingestion import Record, Rejection, read_upload, upload_lines
from claims.models import IngestJob, JobStatus
from claims.services.ingest import IngestReport, articles_ingest

# Lines ingested between two progress updates; a worker that dies loses at most these.
BATCH_LINES = 100
# A task ingests for about this long, then queues the rest: it stays well within the broker's
# visibility timeout, after which a task still running would be delivered a second time.
RUN_SECONDS = 60.0
# Duplicate and rejected lines listed with their reasons; the counts cover them all.
PROBLEMS_KEPT = 1000
UNFINISHED = (JobStatus.QUEUED, JobStatus.RUNNING)


def ingest_job_create(*, user, file_name: str, content: bytes) -> IngestJob:
    """Store an upload as a queued job and queue its ingestion once committed."""
    with transaction.atomic():
        job = IngestJob.objects.create(
            created_by=user,
            file_name=file_name,
            content=content,
            lines_total=upload_lines(file_name, content),
        )
        transaction.on_commit(lambda: ingest_job_enqueue(job_id=job.pk, start=0))
    return job


def ingest_job_enqueue(*, job_id: int, start: int) -> bool:
    from claims.tasks import ingest_job_task

    return pipeline.enqueue(ingest_job_task, job_id, start)


def _problems(report: IngestReport) -> list[dict]:
    duplicates = [
        {"origin": origin, "outcome": "duplicate", "reason": reason, "article": article}
        for (origin, reason), article in zip(report.duplicates, report.duplicate_ids, strict=True)
    ]
    rejected = [
        {"origin": r.origin, "outcome": "rejected", "reason": r.reason, "article": None}
        for r in report.rejected
    ]
    return sorted(duplicates + rejected, key=lambda row: _line(row["origin"]))


def _line(origin: str) -> int:
    """File order: "batch.jsonl:12" before "batch.jsonl:103"; a .txt file is one line."""
    number = origin.rpartition(":")[2]
    return int(number) if number.isdigit() else 1


def _record_batch(job: IngestJob, start: int, end: int, report: IngestReport) -> bool:
    """Count a batch, unless another run counted past ``start`` meanwhile (then False)."""
    kept = max(0, PROBLEMS_KEPT - len(job.problems))
    job.problems = job.problems + _problems(report)[:kept]
    with transaction.atomic():
        counted = IngestJob.objects.filter(pk=job.pk, lines_read=start, status=JobStatus.RUNNING).update(
            lines_read=end,
            new_count=F("new_count") + report.new,
            duplicate_count=F("duplicate_count") + report.duplicate,
            rejected_count=F("rejected_count") + len(report.rejected),
            queue_failures=F("queue_failures") + report.queue_failures,
            problems=job.problems,
            updated_at=timezone.now(),
        )
        if counted:
            job.articles.add(*report.new_ids)
    return counted == 1


def _finish(job: IngestJob, start: int) -> None:
    IngestJob.objects.filter(pk=job.pk, lines_read=start, status=JobStatus.RUNNING).update(
        status=JobStatus.DONE,
        lines_read=job.lines_total,
        content=b"",
        finished_at=timezone.now(),
        updated_at=timezone.now(),
    )


def _batches(job: IngestJob, start: int) -> Iterator[tuple[int, list[Record | Rejection]]]:
    """Batches of the lines after ``start``, each with the line it ends on."""
    lines = read_upload(
        job.file_name, bytes(job.content), max_chars=settings.INGEST_MAX_BODY_CHARS, start=start
    )
    while batch := list(islice(lines, BATCH_LINES)):
        yield batch[-1][0], [item for _, item in batch]


def ingest_job_run(*, job_id: int, start: int) -> int | None:
    """Ingest a job's lines from line ``start`` for about RUN_SECONDS.

    Returns the line to go on from, or None when the job is finished or ``start`` is not where it
    stands (a task delivered twice: the other delivery has gone on). Lines stored by a run that died
    before counting them are read again and reported as duplicates of what it stored.
    """
    IngestJob.objects.filter(pk=job_id, status=JobStatus.QUEUED).update(status=JobStatus.RUNNING)
    job = IngestJob.objects.filter(pk=job_id, lines_read=start, status=JobStatus.RUNNING).first()
    if job is None:
        return None
    deadline = time.monotonic() + RUN_SECONDS
    for end, items in _batches(job, start):
        if not _record_batch(job, start, end, articles_ingest(items=items)):
            return None
        start = end
        if time.monotonic() > deadline and end < job.lines_total:
            return start
    _finish(job, start)
    return None


def ingest_job_fail(*, job_id: int, error: str) -> None:
    IngestJob.objects.filter(pk=job_id, status__in=UNFINISHED).update(
        status=JobStatus.FAILED, error=error[:2000], updated_at=timezone.now()
    )


def ingest_jobs_requeue() -> int:
    """Queue again every unfinished or failed job from the line it reached; how many were queued."""
    IngestJob.objects.filter(status=JobStatus.FAILED).update(status=JobStatus.RUNNING, error="")
    queued = 0
    for job_id, start in IngestJob.objects.filter(status__in=UNFINISHED).values_list("pk", "lines_read"):
        queued += ingest_job_enqueue(job_id=job_id, start=start)
    return queued
