from django.core.management.base import BaseCommand

from claims.services import claims_reindex


class Command(BaseCommand):
    help = (
        "Recompute the linking features and blocking keys of claims stored by an older version of "
        "the linker, so that new articles meet them again. Links already made are kept."
    )

    def handle(self, *args, **options):
        counts = claims_reindex()
        self.stdout.write(f"{counts['reindexed']} claims reindexed, {counts['current']} already current")
