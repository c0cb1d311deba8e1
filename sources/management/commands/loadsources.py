from pathlib import Path

from django.core.management.base import BaseCommand

from sources.matching import load_registry
from sources.services import registry_load


class Command(BaseCommand):
    help = (
        "Create or update the curated source registry: sources/data/registry.json and the gazetteer "
        "sources/data/people.json by default, or the one file given."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", type=Path)

    def handle(self, *args, path, **options):
        counts = registry_load(entries=load_registry(path))
        self.stdout.write(f"{counts['sources']} sources in the registry, {counts['aliases']} new aliases")
