from django.conf import settings
from django.core.management.base import BaseCommand
from tqdm import tqdm

from claims.ingestion import expand_paths, read_paths
from claims.services import articles_ingest


class Command(BaseCommand):
    help = "Ingest .txt files (one article each), .jsonl or .ndjson files (one article per line) and folders of them."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--max-chars", type=int, default=settings.INGEST_MAX_BODY_CHARS)
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, paths, max_chars, no_progress, **options):
        files = sum(1 for _ in expand_paths(paths))
        with tqdm(total=files, unit="file", disable=no_progress, file=self.stderr._out) as bar:
            seen: set[str] = set()

            def progress(item):
                name = (
                    item.origin.rsplit(":", 1)[0]
                    if item.origin.endswith(tuple("0123456789"))
                    else item.origin
                )
                if name not in seen:
                    seen.add(name)
                    bar.update(1)

            report = articles_ingest(items=read_paths(paths, max_chars=max_chars), progress=progress)
        for origin, reason in report.duplicates:
            self.stdout.write(f"duplicate: {origin}: {reason}")
        for rejection in report.rejected:
            self.stdout.write(f"rejected: {rejection.origin}: {rejection.reason}")
        self.stdout.write(
            f"{report.new} new, {report.duplicate} duplicate, {len(report.rejected)} rejected "
            f"({report.total} read)"
        )
        if report.queue_failures:
            self.stdout.write(
                self.style.WARNING(
                    f"{report.queue_failures} new article(s) could not be queued for processing; they are stored "
                    "as pending: run `manage.py reprocess --pending` when the queue is back"
                )
            )
