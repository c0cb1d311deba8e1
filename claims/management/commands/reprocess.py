from django.core.management.base import BaseCommand, CommandError

from claims.models import Status
from claims.services import articles_requeue, ingest_jobs_requeue


class Command(BaseCommand):
    help = (
        "Queue again articles whose processing did not finish (pending, segmented) or failed, "
        "and uploads whose ingestion did not finish."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--pending", action="store_true", help="pending and segmented-but-unlinked articles"
        )
        parser.add_argument(
            "--failed", action="store_true", help="failed articles, restarted from segmentation"
        )
        parser.add_argument(
            "--incidents",
            action="store_true",
            help="group the claims of every linked article into incidents again",
        )
        parser.add_argument(
            "--ingest-jobs",
            action="store_true",
            help="go on with uploaded files whose ingestion stopped or failed, from the line each reached",
        )

    def handle(self, *args, pending, failed, incidents, ingest_jobs, **options):
        if not (pending or failed or incidents or ingest_jobs):
            raise CommandError(
                "say what to reprocess: --pending, --failed, --incidents, --ingest-jobs or several"
            )
        if ingest_jobs:
            self.stdout.write(f"ingest jobs: {ingest_jobs_requeue()} queued")
            if not (pending or failed or incidents):
                return
        if incidents:
            from incidents.services import articles_incidents_requeue

            counts = articles_incidents_requeue()
            self.stdout.write(
                f"incidents: {counts['queued']} articles queued, {counts['queue_failed']} could not be"
            )
            if counts["queue_failed"]:
                raise CommandError("the task queue is unreachable")
            if not (pending or failed):
                return
        statuses = ([Status.PENDING, Status.SEGMENTED] if pending else []) + (
            [Status.FAILED] if failed else []
        )
        counts = articles_requeue(statuses=statuses)
        self.stdout.write(f"{counts['queued']} queued, {counts['queue_failed']} could not be queued")
        if counts["queue_failed"]:
            raise CommandError("the task queue is unreachable; the articles keep their status")
