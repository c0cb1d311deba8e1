"""One FilterSet per list, shared by the API and the web UI."""

from __future__ import annotations

import django_filters as df
from django.db.models import Exists, F, OuterRef, Q, QuerySet

from sources.models import Affiliation, Kind, Source, SourceAlias

ORDERINGS = {"score": "score", "claim_count": "claim_count", "name": "name"}


class NullsLastOrdering(df.OrderingFilter):
    """Sources without a score sort after scored ones in both directions; id breaks ties."""

    def filter(self, queryset: QuerySet, value: list[str] | None) -> QuerySet:
        if not value:
            return queryset
        terms = []
        for name in value:
            field = F(self.param_map[name.lstrip("-")])
            terms.append(field.desc(nulls_last=True) if name.startswith("-") else field.asc(nulls_last=True))
        return queryset.order_by(*terms, "id")


class SourceFilter(df.FilterSet):
    kind = df.MultipleChoiceFilter(choices=Kind.choices, distinct=False)
    affiliation = df.MultipleChoiceFilter(choices=Affiliation.choices, distinct=False)
    q = df.CharFilter(method="filter_name", help_text="words in the name, English name or an alias")
    ordering = NullsLastOrdering(fields=ORDERINGS)

    class Meta:
        model = Source
        fields = []

    def filter_name(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        value = value.strip()
        alias = SourceAlias.objects.filter(source=OuterRef("pk"), alias__icontains=value)
        return queryset.filter(Q(name__icontains=value) | Q(name_en__icontains=value) | Q(Exists(alias)))
