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
            "--sources",
            action="store_true",
            help="re-run attribution on stored articles and repair each claim's source, mention, cue and "
            "modality where today's rules attribute the same span otherwise; then delete junk sources "
            "nothing cites. Claims, links and reviews are kept.",
        )
        parser.add_argument(
            "--links",
            action="store_true",
            help="propose every linked article's links again with today's linker: open proposals nobody "
            "reviewed or leased are replaced; decided, reviewed and leased links are kept",
        )
        parser.add_argument("--batch-size", type=int, default=100, help="articles read at a time (--sources)")
        parser.add_argument(
            "--ingest-jobs",
            action="store_true",
            help="go on with uploaded files whose ingestion stopped or failed, from the line each reached",
        )

    def handle(self, *args, pending, failed, incidents, ingest_jobs, sources, links, batch_size, **options):
        if not (pending or failed or incidents or ingest_jobs or sources or links):
            raise CommandError(
                "say what to reprocess: --pending, --failed, --incidents, --ingest-jobs, --sources, --links "
                "or several"
            )
        if links:
            from claims.services.link import links_repropose

            counts = links_repropose()
            self.stdout.write(
                f"links: {counts['withdrawn']} open proposals withdrawn, {counts['queued']} articles queued, "
                f"{counts['queue_failed']} could not be (left segmented for --pending)"
            )
            if counts["queue_failed"]:
                raise CommandError("the task queue is unreachable")
            if not (pending or failed or incidents or ingest_jobs or sources):
                return
        if sources:
            self._sources(batch_size)
            if not (pending or failed or incidents or ingest_jobs):
                return
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

    def _sources(self, batch_size: int) -> None:
        from claims.services.attribution_repair import articles_attribution_repair

        def progress(totals):
            self.stderr.write(f"sources: {totals['articles']} articles read")

        totals, unmatched, failed = articles_attribution_repair(batch=batch_size, progress=progress)
        fields = ", ".join(
            f"{name.removeprefix('changed_')} {count}"
            for name, count in sorted(totals.items())
            if name.startswith("changed_")
        )
        self.stdout.write(
            f"sources: {totals['articles']} articles, {totals['claims']} claims, {totals['matched']} matched, "
            f"{totals['repaired']} repaired ({fields or 'nothing changed'}), {totals['unmatched']} without a "
            f"counterpart left as they were; junk sources: {totals['junk_deleted']} deleted, "
            f"{totals['junk_kept']} kept; {totals['failed']} articles failed"
        )
        for article, claims in unmatched.items():
            self.stdout.write(
                f"  article {article}: claims {', '.join(map(str, claims))} have no counterpart"
            )
