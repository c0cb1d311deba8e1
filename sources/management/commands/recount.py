from django.core.management.base import BaseCommand

from incidents.services import incidents_recount
from sources.services import source_claims_recount


class Command(BaseCommand):
    help = (
        "Recompute the stored counts the lists show from the claims: each source's claims and each "
        "incident's claims, articles, sources, denials and publication span. The database keeps them "
        "on every write; this puts right what a bypass of its triggers (a partial restore) left wrong."
    )

    def handle(self, *args, **options):
        sources = source_claims_recount()
        incidents = incidents_recount()
        self.stdout.write(
            f"{len(sources)} sources and {len(incidents)} incidents had wrong counts; recounted"
        )
        for label, ids in (("sources", sources), ("incidents", incidents)):
            if ids:
                shown = ", ".join(map(str, ids[:20])) + (" …" if len(ids) > 20 else "")
                self.stdout.write(f"{label}: {shown}")
