from django.core.management.base import BaseCommand, CommandError

from claims.models import Status
from claims.services import articles_requeue


class Command(BaseCommand):
    help = "Queue again articles whose processing did not finish (pending, segmented) or failed."

    def add_arguments(self, parser):
        parser.add_argument(
            "--pending", action="store_true", help="pending and segmented-but-unlinked articles"
        )
        parser.add_argument(
            "--failed", action="store_true", help="failed articles, restarted from segmentation"
        )

    def handle(self, *args, pending, failed, **options):
        if not (pending or failed):
            raise CommandError("say what to reprocess: --pending, --failed or both")
        statuses = ([Status.PENDING, Status.SEGMENTED] if pending else []) + (
            [Status.FAILED] if failed else []
        )
        counts = articles_requeue(statuses=statuses)
        self.stdout.write(f"{counts['queued']} queued, {counts['queue_failed']} could not be queued")
        if counts["queue_failed"]:
            raise CommandError("the task queue is unreachable; the articles keep their status")
