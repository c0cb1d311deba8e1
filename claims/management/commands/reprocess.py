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
        parser.add_argument(
            "--incidents",
            action="store_true",
            help="group the claims of every linked article into incidents again",
        )

    def handle(self, *args, pending, failed, incidents, **options):
        if not (pending or failed or incidents):
            raise CommandError("say what to reprocess: --pending, --failed, --incidents or several")
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
