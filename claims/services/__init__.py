"""Everything that writes claims-side data. Callers import from here."""

from claims.services.flag import FlagConflict, article_flag, flag_resolve
from claims.services.ingest import (
    IngestReport,
    IngestResult,
    article_enqueue,
    article_ingest,
    articles_ingest,
    articles_requeue,
)
from claims.services.ingest_job import (
    ingest_job_create,
    ingest_job_enqueue,
    ingest_job_fail,
    ingest_job_run,
    ingest_jobs_requeue,
)
from claims.services.link import article_link, claims_reindex
from claims.services.review import (
    ReviewConflict,
    link_decide,
    link_release,
    link_skip,
    link_take_next,
    links_bulk_decide,
)
from claims.services.segment import article_fail, article_segment

__all__ = [
    "FlagConflict",
    "IngestReport",
    "IngestResult",
    "ReviewConflict",
    "article_enqueue",
    "article_fail",
    "article_flag",
    "article_ingest",
    "article_link",
    "claims_reindex",
    "article_segment",
    "articles_ingest",
    "articles_requeue",
    "flag_resolve",
    "ingest_job_create",
    "ingest_job_enqueue",
    "ingest_job_fail",
    "ingest_job_run",
    "ingest_jobs_requeue",
    "link_decide",
    "link_release",
    "link_skip",
    "link_take_next",
    "links_bulk_decide",
]
