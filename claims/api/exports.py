"""Streaming exports of decided links; filters as for links."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from itertools import chain

from django.conf import settings
from django.http import StreamingHttpResponse
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics
from rest_framework.renderers import JSONRenderer

from claims import exports
from claims.claimreview import claim_review, claim_verdict, page_path
from claims.filters import ClaimReviewFilter, LinkFilter
from claims.models import ClaimLink, LinkStatus
from claims.selectors import decided_links, reviewed_claims
from config.api import FirstRenderer

CHUNK = 500
# Spreadsheet programs read a CSV file without a byte-order mark in the system's legacy code page, which
# turns Arabic into mojibake; with it they read UTF-8.
BOM = "\ufeff"


class _Echo:
    """A file-like object whose write() hands back the line csv.writer made."""

    def write(self, value: str) -> str:
        return value


def _json_array(items: Iterable[dict]) -> Iterator[str]:
    yield "["
    for number, item in enumerate(items):
        yield ("," if number else "") + "\n" + json.dumps(item, ensure_ascii=False)
    yield "\n]\n"


class _ExportApi(generics.GenericAPIView):
    filterset_class = LinkFilter
    renderer_classes = [JSONRenderer]
    content_negotiation_class = FirstRenderer
    pagination_class = None

    def get_queryset(self):
        return decided_links()

    def links(self) -> Iterator:
        # Call before the response starts: invalid filters must be a 400, whereas an error raised
        # while streaming could only cut the file short under a 200.
        return self.filter_queryset(self.get_queryset()).iterator(chunk_size=CHUNK)


LD_ARRAY = {"type": "array", "items": {"type": "object", "additionalProperties": {}}}


class ClaimReviewExportApi(_ExportApi):
    """schema.org ClaimReview JSON-LD: one review per claim whose review is published, rated from
    all its decided links (the rule is in the README), its url the claim's public page. The filters
    choose the claims by their decided links."""

    filterset_class = ClaimReviewFilter

    def get_queryset(self):
        return ClaimLink.objects.filter(status=LinkStatus.DECIDED)

    @extend_schema(filters=True, responses={(200, "application/ld+json"): OpenApiResponse(LD_ARRAY)})
    def get(self, request):
        links = self.filter_queryset(self.get_queryset())
        language = request.query_params.get("lang", settings.LANGUAGE_CODE)
        verdicts = filter(None, map(claim_verdict, reviewed_claims(links=links).iterator(chunk_size=CHUNK)))
        reviews = (
            claim_review(
                verdict,
                url=request.build_absolute_uri(page_path(verdict.claim.pk, language)),
                author=settings.CLAIMREVIEW_AUTHOR,
                language=language,
            )
            for verdict in verdicts
        )
        return StreamingHttpResponse(_json_array(reviews), content_type="application/ld+json")


class LinksCsvExportApi(_ExportApi):
    """Decided links as CSV (UTF-8 with a byte-order mark, so spreadsheets read the Arabic), one row per
    link, with a header row."""

    @extend_schema(filters=True, responses={(200, "text/csv"): OpenApiResponse({"type": "string"})})
    def get(self, request):
        writer = csv.writer(_Echo())
        rows = chain([list(exports.CSV_COLUMNS)], map(exports.csv_row, self.links()))
        lines = chain([BOM], map(writer.writerow, rows))
        response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="decided-links.csv"'
        return response


NDJSON, JSONL = "application/x-ndjson", "application/jsonl"
LINES = OpenApiResponse({"type": "string"}, description="one JSON object per line, UTF-8")


class LinksJsonlExportApi(_ExportApi):
    """Decided links as JSON Lines, one object per line: application/x-ndjson when the Accept header
    names it (the type generators and proxies know), else application/jsonl as it always was."""

    @extend_schema(filters=True, responses={(200, NDJSON): LINES, (200, JSONL): LINES})
    def get(self, request):
        lines = (json.dumps(exports.json_line(link), ensure_ascii=False) + "\n" for link in self.links())
        media = NDJSON if NDJSON in request.headers.get("Accept", "") else JSONL
        return StreamingHttpResponse(lines, content_type=f"{media}; charset=utf-8")
