import json
from datetime import date
from functools import cached_property
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.ingestion import parse_date
from claims.linking import ClaimText, prepare, score_pair
from sources.matching import AliasIndex, load_registry

CONTEXT_FIELDS = ("text", "source", "modality", "published_at", "publisher")
MODALITIES = ("assert", "allege", "deny", "unattributed")


class Command(BaseCommand):
    help = (
        'Score claim pairs: reads {"id", "a", "b"} per line, each side a text or an object '
        '{"text", "source", "modality", "published_at", "publisher"}; prints {"id", "relation", "score", "evidence"}.'
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    @cached_property
    def _sources(self) -> tuple[AliasIndex, dict[str, str]]:
        affiliations = {entry["name"]: entry["affiliation"] for entry in load_registry()}
        return AliasIndex.from_registry(), affiliations

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

    def _side(self, value: object, name: str) -> tuple[ClaimText, str] | str:
        """The side as the link stage sees a stored claim (with its publisher), or what is wrong."""
        if isinstance(value, str):
            return ClaimText(value), ""
        if not isinstance(value, dict) or not isinstance(value.get("text"), str):
            return f'"{name}" must be a string or an object with a string "text"'
        unknown = sorted(set(value) - set(CONTEXT_FIELDS))
        if unknown:
            return f'"{name}" has unknown fields: {", ".join(unknown)}'
        modality = value.get("modality") or "assert"
        if modality not in MODALITIES:
            return f'"{name}.modality" must be one of {", ".join(MODALITIES)}'
        published = self._date(value.get("published_at"))
        if isinstance(published, str):
            return f'"{name}.published_at": {published}'
        source, affiliation = self._source(value.get("source"))
        publisher = value.get("publisher") or ""
        if not isinstance(publisher, str):
            return f'"{name}.publisher" must be a string'
        return ClaimText(value["text"], modality, source, affiliation, published), publisher.strip()

    @staticmethod
    def _date(value: object) -> date | None | str:
        if value in (None, ""):
            return None
        if not isinstance(value, str):
            return "expected an ISO 8601 date or date-time string"
        try:
            return parse_date(value).date()
        except ValueError as error:
            return str(error)

    def _source(self, name: object) -> tuple[str | None, str | None]:
        if not isinstance(name, str) or not name.strip():
            return None, None
        index, affiliations = self._sources
        canonical = index.canonical_name(name) or name.strip()
        return canonical, affiliations.get(canonical)

    def _relate(self, line: str) -> str | None:
        try:
            pair = json.loads(line)
        except json.JSONDecodeError as error:
            return f"malformed JSON: {error.msg}"
        if not isinstance(pair, dict):
            return 'expected an object with fields "a" and "b"'
        sides = [self._side(pair.get(name), name) for name in ("a", "b")]
        problem = next((side for side in sides if isinstance(side, str)), None)
        if problem:
            return problem
        (a, publisher_a), (b, publisher_b) = sides
        result = score_pair(prepare(a), prepare(b))
        relation = result.relation
        # One publisher repeating itself is not independent corroboration (as in the link stage).
        if relation == "corroborates" and publisher_a and publisher_a == publisher_b:
            relation = "related"
        row = {"id": pair.get("id"), "relation": relation, "score": result.score, "evidence": result.evidence}
        self.stdout.write(json.dumps(row, ensure_ascii=False))
        return None
