from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from claims.models import Claim, ClaimLink, LinkStatus
from sources.models import CredibilitySnapshot, Source, SourceMerge
from sources.scoring import Outcome, corroboration_weight

UPHELD_SIDE = {"a": ("upheld", "refuted"), "b": ("refuted", "upheld"), "neither": ("refuted", "refuted")}


def decided_links_for(source_ids: Iterable[int]) -> QuerySet[ClaimLink]:
    ids = list(source_ids)
    return (
        ClaimLink.objects.filter(status=LinkStatus.DECIDED)
        .filter(Q(claim_a__source_id__in=ids) | Q(claim_b__source_id__in=ids))
        .select_related("claim_a__source", "claim_b__source")
    )


def outcomes_for(source_ids: Iterable[int]) -> dict[int, list[Outcome]]:
    """What reviewers decided about each source's claims, as scoring outcomes."""
    outcomes: dict[int, list[Outcome]] = defaultdict(list)
    for link in decided_links_for(source_ids):
        a, b = link.claim_a.source, link.claim_b.source
        if link.decided_relation == "contradicts" and link.holds in UPHELD_SIDE:
            kinds = UPHELD_SIDE[link.holds]
            for source, kind in zip((a, b), kinds, strict=True):
                if source:
                    outcomes[source.pk].append(Outcome(kind))
        elif link.decided_relation == "corroborates" and a and b:
            weight = corroboration_weight(a.affiliation, b.affiliation, a.pk == b.pk)
            if weight > 0:
                outcomes[a.pk].append(Outcome("corroborated", weight))
                outcomes[b.pk].append(Outcome("corroborated", weight))
    return outcomes


def _latest_count(field: str) -> Subquery:
    latest = CredibilitySnapshot.objects.filter(source=OuterRef("pk")).order_by("-computed_at", "-id")
    return Subquery(latest.values(field)[:1])


def _claim_count() -> Coalesce:
    """A source's claims, counted for the rows of a page only (an index-only scan of claims by
    source), where a join grouped every claim of every source and the page's COUNT did it again."""
    counted = Claim.objects.filter(source=OuterRef("pk")).order_by().values("source").annotate(n=Count("*"))
    return Coalesce(Subquery(counted.values("n"), output_field=IntegerField()), 0)


def source_list() -> QuerySet[Source]:
    return (
        Source.objects.filter(merged_into=None)
        .select_related("parent")
        .annotate(
            claim_count=_claim_count(),
            upheld=_latest_count("upheld"),
            refuted=_latest_count("refuted"),
            corroborated=_latest_count("corroborated"),
        )
    )


def source_detail(pk: int) -> Source:
    history = CredibilitySnapshot.objects.order_by("computed_at")
    return (
        source_list()
        .prefetch_related(
            "aliases",
            Prefetch("history", queryset=history),
            Prefetch("merges_in", queryset=SourceMerge.objects.select_related("merged_by")),
        )
        .get(pk=pk)
    )
