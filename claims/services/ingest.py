from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction

from claims import pipeline
from claims.ingestion import Record, Rejection
from claims.models import Article, Status, search_text
from claims.text.fingerprint import content_fingerprint

logger = logging.getLogger(__name__)


@dataclass
class IngestResult:
    outcome: str  # "new" | "duplicate"
    article: Article
    reason: str = ""
    queued: bool | None = None


@dataclass
class IngestReport:
    new: int = 0
    duplicate: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    queue_failures: int = 0
    new_ids: list[int] = field(default_factory=list)
    # The stored article each duplicate repeats, in the order of ``duplicates``.
    duplicate_ids: list[int] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.new + self.duplicate + len(self.rejected)


def _duplicate_of(*, url: str | None, content_hash: str) -> tuple[Article, str] | None:
    if url:
        same_url = Article.objects.filter(url=url).first()
        if same_url:
            return same_url, f"same URL as article {same_url.pk}"
    same_body = Article.objects.filter(content_hash=content_hash).first()
    if same_body:
        return same_body, f"same content as article {same_body.pk}"
    return None


def article_ingest(*, record: Record) -> IngestResult:
    """Store one article unless it is already known; queue its segmentation once committed."""
    content_hash = content_fingerprint(record.body)
    queued: list[bool] = []
    try:
        with transaction.atomic():
            duplicate = _duplicate_of(url=record.url, content_hash=content_hash)
            if duplicate:
                return IngestResult("duplicate", duplicate[0], reason=duplicate[1])
            article = Article.objects.create(
                url=record.url,
                content_hash=content_hash,
                title=record.title,
                search_title=search_text(record.title),
                body=record.body,
                publisher=record.publisher,
                published_at=record.published_at,
                origin=record.origin[:300],
            )
            transaction.on_commit(lambda: queued.append(article_enqueue(article=article)))
    except IntegrityError:
        # Another writer stored the same article between our check and our insert.
        duplicate = _duplicate_of(url=record.url, content_hash=content_hash)
        if duplicate is None:
            raise
        return IngestResult("duplicate", duplicate[0], reason=duplicate[1])
    return IngestResult("new", article, queued=queued[0] if queued else None)


def articles_ingest(
    *, items: Iterable[Record | Rejection], progress: Callable[[Record | Rejection], None] | None = None
) -> IngestReport:
    report = IngestReport()
    for item in items:
        if isinstance(item, Rejection):
            report.rejected.append(item)
        else:
            result = article_ingest(record=item)
            if result.outcome == "new":
                report.new += 1
                report.queue_failures += result.queued is False
                report.new_ids.append(result.article.pk)
            else:
                report.duplicate += 1
                report.duplicates.append((item.origin, result.reason))
                report.duplicate_ids.append(result.article.pk)
        if progress:
            progress(item)
    return report


def article_enqueue(*, article: Article) -> bool:
    from claims.tasks import article_link_task, article_segment_task

    task = article_link_task if article.status == Status.SEGMENTED else article_segment_task
    return pipeline.enqueue(task, article.pk)


def articles_requeue(*, statuses: Iterable[str]) -> Counter:
    """Queue again every article left in one of ``statuses``; failed ones restart from segmentation."""
    counts: Counter = Counter()
    for article in Article.objects.filter(status__in=list(statuses)).only("id", "status").iterator():
        if article.status == Status.FAILED:
            Article.objects.filter(pk=article.pk, status=Status.FAILED).update(
                status=Status.PENDING, error=""
            )
            article.status = Status.PENDING
        counts["queued" if article_enqueue(article=article) else "queue_failed"] += 1
    return counts
