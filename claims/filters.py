"""One FilterSet per list, shared by the API and the web UI."""

from __future__ import annotations

from datetime import UTC

import django_filters as df
from django import forms
from django.conf import settings
from django.db.models import (
    BigIntegerField,
    Case,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import StrIndex
from django.db.models.lookups import GreaterThan
from django_filters.fields import IsoDateTimeField
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from claims.models import (
    Article,
    Claim,
    ClaimLink,
    Flag,
    FlagState,
    LinkStatus,
    Modality,
    Relation,
    Review,
    Status,
    search_text,
)
from sources.models import Affiliation
from sources.serializers import MAX_ID


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(df.NumberFilter):
    """An object id: a whole number that fits the id column, so "1e300" is a 400, not a database error."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=1, max_value=MAX_ID, **kwargs)


class UtcIsoDateTimeField(IsoDateTimeField):
    """An ISO 8601 time that exists in UTC: "0001-01-01T00:00:00+14:00" is before year 1 there."""

    def to_python(self, value):
        value = super().to_python(value)
        if value is not None:
            try:
                value.astimezone(UTC)
            except OverflowError:
                raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
        return value


class SinceFilter(df.IsoDateTimeFilter):
    """Rows changed at or after a time, for clients that keep a copy in sync."""

    field_class = UtcIsoDateTimeField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("lookup_expr", "gte")
        super().__init__(*args, **kwargs)


def _range(field: str, value: slice) -> Q:
    bounds = Q()
    if value.start is not None:
        bounds &= Q(**{f"{field}__gte": value.start})
    if value.stop is not None:
        bounds &= Q(**{f"{field}__lte": value.stop})
    return bounds


def _found(condition: Q, weight: int = 1) -> Case:
    return Case(When(condition, then=Value(weight)), default=Value(0), output_field=IntegerField())


def _words(folded: str) -> list[str]:
    """The words of a folded query, without tokens of punctuation alone ("،", "«")."""
    return [word for word in folded.split() if any(c.isalnum() for c in word)]


def _pattern(word: str) -> str:
    """What a claim must contain for ``word``: a number or a word under three letters whole (27 is
    not 270, في is not inside every word), a longer word anywhere, so that "ادلب" finds "وادلب".
    Whole-word patterns also let PostgreSQL's trigram index serve numbers and short words."""
    return f" {word} " if len(word) < 3 or word.isdigit() else word


# Search ranks the matches among the newest SEARCH_WINDOW claims (by id); older matches follow,
# newest first. A page then reads the trigram index with an id range, so that its cost grows with the
# matches in the window, not with every claim that contains a common word (tens of thousands at
# 1,000,000 claims, each a heap page to read). Below SEARCH_WINDOW claims every match is ranked.
SEARCH_WINDOW = 50_000
# What an older match's search_rank is below its id: every older match ranks below every match in
# the window (whose ranks are 0 and up), newest first, each with a rank of its own.
OLDER = 2**62


def _contains(word: str) -> Q:
    """What a claim must contain for ``word`` (_pattern), as the trigram index is asked it: a word
    with the article «ال» and three letters or more after it is looked up without the article,
    whose trigrams («الم», «الس», «الج» …) are in a large share of claims (reading them took most
    of a search's index time at 1,000,000 claims), and the whole word is then checked on the rows
    the index found, in a form the index does not serve (strpos)."""
    pattern = _pattern(word)
    if not (pattern.startswith("ال") and len(pattern) >= 5):
        return Q(search_text__contains=pattern)
    return Q(search_text__contains=pattern[2:]) & Q(GreaterThan(StrIndex("search_text", Value(pattern)), 0))


def claims_matching(queryset: QuerySet[Claim], query: str, *, window: int = SEARCH_WINDOW) -> QuerySet[Claim]:
    """Claims containing every word of ``query``, folded as the claims are (search_text).

    Annotated ``search_window``: the id after which a claim is among the newest ``window`` claims;
    and ``search_rank``: for those, one point per word found whole (not only inside a longer word,
    "وادلب"), and as many again when the words come as one phrase; for older claims, their id less
    OLDER (below every rank, in id order). In ``-search_rank, -id`` order, the newest matches come
    first, best first, then the older ones, newest first; config.api.SearchParts reads a page of
    each part with a query of its own."""
    phrase = search_text(query).strip()
    words = _words(phrase)
    if not words:
        return queryset
    rank = sum((_found(Q(search_text__contains=f" {word} ")) for word in words), Value(0))
    if len(words) > 1:
        rank += _found(Q(search_text__contains=f" {phrase} "), len(words))
    # A number, not a subquery: PostgreSQL then knows how few claims the id range holds.
    newest = Claim.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    matching = queryset.filter(*(_contains(word) for word in words))
    return matching.annotate(search_window=Value(newest - window, output_field=BigIntegerField())).annotate(
        search_rank=Case(
            When(pk__gt=F("search_window"), then=rank),
            default=F("pk") - OLDER,
            output_field=BigIntegerField(),
        )
    )


def _either_claim(lookup: str, value: object) -> Q:
    """A link matches when either of its two claims does."""
    return Q(**{f"claim_a__{lookup}": value}) | Q(**{f"claim_b__{lookup}": value})


class LinkFilter(df.FilterSet):
    relation = df.MultipleChoiceFilter(
        choices=Relation.choices, distinct=False, help_text="machine-proposed relation"
    )
    status = df.MultipleChoiceFilter(choices=LinkStatus.choices, distinct=False)
    decided_relation = df.MultipleChoiceFilter(choices=Relation.choices, distinct=False)
    source = IdFilter(method="filter_source", help_text="source id of either claim")
    affiliation = df.ChoiceFilter(
        choices=Affiliation.choices,
        method="filter_affiliation",
        help_text="affiliation of either claim's source",
    )
    article = IdFilter(method="filter_article", help_text="article id of either claim")
    published = df.DateFromToRangeFilter(
        method="filter_published", help_text="publication date of either claim's article"
    )
    score = df.RangeFilter()
    updated_since = SinceFilter(field_name="updated_at", help_text="links changed at or after this time")
    decided_since = SinceFilter(
        method="filter_decided_since", help_text="links with a review made at or after this time"
    )

    class Meta:
        model = ClaimLink
        fields = []

    def filter_decided_since(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.filter(Exists(Review.objects.filter(link=OuterRef("pk"), created_at__gte=value)))

    def filter_source(self, queryset: QuerySet, name: str, value: int) -> QuerySet:
        return queryset.filter(_either_claim("source_id", value))

    def filter_affiliation(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(_either_claim("source__affiliation", value))

    def filter_article(self, queryset: QuerySet, name: str, value: int) -> QuerySet:
        return queryset.filter(_either_claim("article_id", value))

    @extend_schema_field(OpenApiTypes.DATE)
    def filter_published(self, queryset: QuerySet, name: str, value: slice) -> QuerySet:
        dates = [_range(f"claim_{side}__article__published_at", value) for side in "ab"]
        return queryset.filter(dates[0] | dates[1])


class ClaimReviewFilter(LinkFilter):
    """The link filters choose which claims are exported; each is still rated from all its links."""

    lang = df.ChoiceFilter(
        choices=settings.LANGUAGES,
        method="filter_language",
        help_text="language of the reviews' names, headlines, rating names and page addresses (default ar)",
    )

    def filter_language(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset


class ClaimFilter(df.FilterSet):
    article = IdFilter(field_name="article_id")
    source = IdFilter(field_name="source_id")
    modality = df.MultipleChoiceFilter(choices=Modality.choices, distinct=False)
    published = df.DateFromToRangeFilter(field_name="article__published_at")
    has_links = df.BooleanFilter(method="filter_has_links", help_text="true: only claims in a link")
    # Claims are written with their article (segmentation, linking), which is then saved.
    updated_since = SinceFilter(
        field_name="article__updated_at", help_text="claims whose article changed at or after this time"
    )
    q = df.CharFilter(
        method="filter_text",
        help_text="words the claim text contains, in any spelling of hamza, alef, ta marbuta, alef "
        "maqsura, with or without diacritics and tatweel, digits Arabic or Arabic-Indic; best matches first "
        f"among the newest {SEARCH_WINDOW:,} claims (whole words, then the words as one phrase), then the "
        "older matches newest first",
    )

    class Meta:
        model = Claim
        fields = []

    def filter_has_links(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        linked = Exists(ClaimLink.objects.filter(claim_a=OuterRef("pk"))) | Exists(
            ClaimLink.objects.filter(claim_b=OuterRef("pk"))
        )
        return queryset.filter(linked) if value else queryset.exclude(linked)

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return claims_matching(queryset, value)


class ArticleFilter(df.FilterSet):
    status = df.MultipleChoiceFilter(choices=Status.choices, distinct=False)
    publisher = df.CharFilter()
    published = df.DateFromToRangeFilter(field_name="published_at")
    updated_since = SinceFilter(field_name="updated_at", help_text="articles changed at or after this time")
    q = df.CharFilter(
        method="filter_title",
        help_text="words the title contains, in any spelling of hamza, alef, ta marbuta, alef maqsura, "
        "with or without diacritics and tatweel, digits Arabic or Arabic-Indic",
    )

    class Meta:
        model = Article
        fields = []

    def filter_title(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        words = _words(search_text(value))
        return queryset.filter(*(Q(search_title__contains=word) for word in words))


class FlagFilter(df.FilterSet):
    state = df.ChoiceFilter(choices=FlagState.choices)
    article = IdFilter(field_name="article_id")

    class Meta:
        model = Flag
        fields = []


class ReviewFilter(df.FilterSet):
    decided_since = SinceFilter(field_name="created_at", help_text="reviews made at or after this time")

    class Meta:
        model = Review
        fields = []
