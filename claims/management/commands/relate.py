import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.linking import ClaimText, prepare, score_pair


class Command(BaseCommand):
    help = (
        'Score claim pairs: reads {"id", "a", "b"} per line, prints {"id", "relation", "score", "evidence"}.'
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        try:
            handle = file.open(encoding="utf-8")
        except OSError as error:
            raise CommandError(f"{file}: {error.strerror or error}") from None
        rejected = 0
        with handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                problem = self._relate(line)
                if problem:
                    rejected += 1
                    self.stderr.write(f"line {number}: {problem}")
        if rejected:
            self.stderr.write(f"{rejected} line(s) rejected")

    def _relate(self, line: str) -> str | None:
        try:
            pair = json.loads(line)
        except json.JSONDecodeError as error:
            return f"malformed JSON: {error.msg}"
        if not isinstance(pair, dict) or not all(isinstance(pair.get(k), str) for k in ("a", "b")):
            return 'expected an object with string fields "a" and "b"'
        result = score_pair(prepare(ClaimText(pair["a"])), prepare(ClaimText(pair["b"])))
        row = {
            "id": pair.get("id"),
            "relation": result.relation,
            "score": result.score,
            "evidence": result.evidence,
        }
        self.stdout.write(json.dumps(row, ensure_ascii=False))
        return None
