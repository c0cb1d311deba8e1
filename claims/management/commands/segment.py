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
        index = readonly_alias_index()

        def resolve(mention: str) -> str | None:
            match = index.resolve(mention)
            return match.canonical if match else None

        for name in files:
            path = Path(name)
            try:
                text = path.read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise CommandError(f"{name}: {error}") from None
            for span in segment(text, resolve=resolve):
                self.stdout.write(self._render(path.name, span, as_json))

    def _render(self, doc: str, span, as_json: bool) -> str:
        row = {
            "doc": doc,
            "index": span.index,
            "sentence": span.sentence,
            "claim": span.claim,
            "start": span.start,
            "end": span.end,
            "source_mention": span.source_mention,
            "source": span.source,
            "via": span.via,
            "cue": span.cue,
            "modality": span.modality,
            "numbers": [{"value": n.value, "text": n.text} for n in span.numbers],
        }
        if as_json:
            return json.dumps(row, ensure_ascii=False)
        who = span.source or "—"
        return f"{doc}#{span.index} [{span.modality}] {who} ({span.cue or ''}): {span.claim}"
