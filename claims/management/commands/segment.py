import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.text.segment import segment
from sources.services import readonly_alias_index


class Command(BaseCommand):
    help = (
        "Print the attributed claims of text files (one JSON object per claim with --json). Writes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+")
        parser.add_argument("--json", action="store_true", help="one JSON object per claim per line")

    def handle(self, *args, files, **options):
        as_json = options["json"]
        resolve = readonly_alias_index().canonical_name

        for name in files:
            path = Path(name)
            try:
                text = path.read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise CommandError(f"{name}: {error}") from None
            for span in segment(text, resolve=resolve):
                self.stdout.write(self._render(path.name, span, as_json))

    def _render(self, doc: str, span, as_json: bool) -> str:
        if as_json:
            return json.dumps(span.contract_row(doc), ensure_ascii=False)
        who = span.source or "—"
        return f"{doc}#{span.index} [{span.modality}] {who} ({span.cue or ''}): {span.claim}"
