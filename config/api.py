"""Shared REST API plumbing: the 413 error, JSON parsing, pagination, content negotiation, OPTIONS."""

from __future__ import annotations

import logging
import math
import re

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import F, QuerySet
from django.http import Http404
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.widgets import SuffixedMultiWidget
from redis.exceptions import RedisError
from rest_framework.exceptions import APIException, NotFound, ParseError, ValidationError
from rest_framework.metadata import SimpleMetadata
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.pagination import CursorPagination, PageNumberPagination
from rest_framework.parsers import JSONParser
from rest_framework.request import clone_request
from rest_framework.throttling import UserRateThrottle

logger = logging.getLogger(__name__)
# What Django's Redis cache raises when Redis is down (redis-py errors derive from these).
CACHE_ERRORS = (ConnectionError, OSError, RedisError)
BIGINT = re.compile(r"-?[0-9]{1,19}")
BIGINT_MAX = 2**63 - 1


class PayloadTooLarge(APIException):
    """A request body over DATA_UPLOAD_MAX_MEMORY_SIZE (Django raises RequestDataTooBig on reading it)."""

    status_code = 413
    default_code = "too_large"

    def __init__(self) -> None:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        super().__init__(f"the request body is over the limit of {limit} bytes")


class NestingSafeJSONParser(JSONParser):
    """JSON nested deeper than Python's recursion limit ("[[[[…" a few thousand deep) is a 400, not a 500."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("JSON parse error - nested too deeply") from None


class NewestFirst(CursorPagination):
    """Cursor pages by id. A cursor is opaque but not signed: one edited by hand is a 400."""

    ordering = "-id"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500

    def decode_cursor(self, request):
        invalid = ValidationError({self.cursor_query_param: [self.invalid_cursor_message]})
        try:
            cursor = super().decode_cursor(request)
        except NotFound:
            raise invalid from None
        if cursor is not None and cursor.position is not None and not self.valid_position(cursor.position):
            raise invalid
        return cursor

    @staticmethod
    def valid_position(position: str) -> bool:
        """An id the column can hold: "abc", "1e400" or 24 digits would fail in the database."""
        return bool(BIGINT.fullmatch(position)) and abs(int(position)) <= BIGINT_MAX


class SearchParts:
    """A claim search (claims.filters.claims_matching) as CursorPagination reads it (ordered, after
    a cursor's position, sliced), each page read from the search's two parts with queries of their
    own: the matches among the newest claims (id above ``search_window``), ranked, which PostgreSQL
    finds with the trigram index and an id range; then the older matches in id order (their
    ``search_rank`` is their id less claims.filters.OLDER), read from the page's position on.
    A page's ids and ranks come first, then its rows with their joins from ``rows`` (the list
    unsearched) by id: sorting the matches with their joined rows would carry every match's
    columns through the sort."""

    def __init__(
        self,
        queryset: QuerySet,
        rows: QuerySet,
        *,
        ascending: bool = False,
        after: tuple[str, int] | None = None,
    ):
        self.queryset, self.rows, self.ascending, self.after = queryset, rows, ascending, after

    def order_by(self, *fields: str) -> SearchParts:
        return SearchParts(
            self.queryset, self.rows, ascending=not fields[0].startswith("-"), after=self.after
        )

    def filter(self, **lookups) -> SearchParts:
        """``search_rank__lt`` or ``search_rank__gt`` a cursor's position (a whole number)."""
        ((lookup, position),) = lookups.items()
        return SearchParts(
            self.queryset,
            self.rows,
            ascending=self.ascending,
            after=(lookup.rsplit("__", 1)[1], int(position)),
        )

    def _parts(self) -> list[tuple[QuerySet, tuple[str, ...]]]:
        from claims.filters import OLDER

        ranked = self.queryset.filter(pk__gt=F("search_window"))
        older = self.queryset.filter(pk__lte=F("search_window"))
        if self.after:
            lookup, position = self.after
            # Ranks in the window are 0 and up, older matches' below 0.
            ranked = (
                None
                if lookup == "lt" and position <= 0
                else ranked.filter(**{f"search_rank__{lookup}": position})
            )
            if lookup == "gt" and position >= 0:
                older = None
            elif position < 0:
                older = older.filter(**{f"pk__{lookup}": position + OLDER})
        if self.ascending:
            return [
                (part, order)
                for part, order in ((older, ("pk",)), (ranked, ("search_rank", "pk")))
                if part is not None
            ]
        return [
            (part, order)
            for part, order in ((ranked, ("-search_rank", "-pk")), (older, ("-pk",)))
            if part is not None
        ]

    def __getitem__(self, items: slice) -> list:
        skip, wanted = items.start or 0, items.stop - (items.start or 0)
        ranks: dict[int, int] = {}
        for part, order in self._parts():
            if len(ranks) >= wanted:
                break
            found = part.order_by(*order).values_list("pk", "search_rank", "search_window")
            found = list(found[skip : skip + wanted - len(ranks)])
            ranks.update((pk, rank) for pk, rank, _ in found)
            if found and found[0][2] <= 0:  # the window holds every claim: nothing is older
                break
            # A part that held none of the page's rows used up as many of those to skip as it holds.
            skip = max(0, skip - part.count()) if skip and not found else 0
        rows = self.rows.in_bulk(list(ranks))
        for pk, row in rows.items():
            row.search_rank = ranks[pk]
        # A claim deleted between the two reads is left out of the page.
        return [rows[pk] for pk in ranks if pk in rows]


class RankedOrNewestFirst(NewestFirst):
    """Newest first; a text search (claims.filters.claims_matching) best match first among the
    newest claims, then the older matches newest first, read by SearchParts."""

    def paginate_queryset(self, queryset, request, view=None):
        if "search_window" in queryset.query.annotations:
            queryset = SearchParts(queryset, view.get_queryset())
        return super().paginate_queryset(queryset, request, view)

    def get_ordering(self, request, queryset, view):
        if isinstance(queryset, SearchParts):
            return ("-search_rank", "-id")
        return super().get_ordering(request, queryset, view)


class OldestFirst(NewestFirst):
    ordering = "id"


class InTextOrder(NewestFirst):
    """An article's claims in the order of its text (index is unique within an article)."""

    ordering = "index"


class ByPriority(NewestFirst):
    ordering = ("-priority", "id")

    @staticmethod
    def valid_position(position: str) -> bool:
        """A finite priority: "NaN" and "1e400" (infinity) parse as floats but order nothing."""
        try:
            return math.isfinite(float(position))
        except ValueError:
            return False


class Pages(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500


class FirstRenderer(BaseContentNegotiation):
    """For views that stream their own content type: errors are JSON whatever the Accept header says."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


PAGINATION_PARAMS = ("cursor_query_param", "page_query_param", "page_size_query_param")


class StrictFilterBackend(DjangoFilterBackend):
    """A list's filters, and a 400 for a query parameter it does not know: a misspelt filter
    ("update_since") would otherwise answer the whole list as if it had filtered it."""

    def filter_queryset(self, request, queryset, view):
        known = self.known_params(request, queryset, view)
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            message = f"unknown query parameter; expected one of: {', '.join(sorted(known))}"
            raise ValidationError({name: [message] for name in unknown})
        return super().filter_queryset(request, queryset, view)

    def known_params(self, request, queryset, view) -> set[str]:
        paginator = getattr(view, "paginator", None)
        known = {getattr(paginator, name) for name in PAGINATION_PARAMS if getattr(paginator, name, None)}
        filterset = self.get_filterset(request, queryset, view)
        for name, field in (filterset.form.fields if filterset else {}).items():
            widget = field.widget
            if isinstance(widget, SuffixedMultiWidget):
                known.update(widget.suffixed(name, suffix) for suffix in widget.suffixes)
            else:
                known.add(name)
        return known


class InputMetadata(SimpleMetadata):
    """OPTIONS describes what POST and PUT take: a view's ``input_serializer_class`` when it has one
    (list views whose ``serializer_class`` shapes the output; None: the action takes no body), else
    its ``serializer_class``. A view without either lists no input fields instead of failing."""

    def determine_actions(self, request, view) -> dict:
        serializer_class = getattr(view, "input_serializer_class", getattr(view, "serializer_class", None))
        if serializer_class is None:
            return {}
        actions = {}
        for method in {"PUT", "POST"} & set(view.allowed_methods):
            view.request = clone_request(request, method)
            try:
                view.check_permissions(view.request)
            except (APIException, PermissionDenied, Http404):
                continue
            finally:
                view.request = request
            actions[method] = self.get_serializer_info(
                serializer_class(context=view.get_serializer_context())
            )
        return actions


class ResilientUserRateThrottle(UserRateThrottle):
    """Per-user throttling that lets requests through while the cache (Redis) is unreachable:
    reads must keep working during a broker/cache outage, and limits resume when it is back."""

    def allow_request(self, request, view) -> bool:
        try:
            return super().allow_request(request, view)
        except CACHE_ERRORS as error:
            logger.warning("throttling skipped, cache unreachable: %s", error)
            return True
