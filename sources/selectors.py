from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from claims.models import Claim, ClaimLink, LinkStatus
from sources.matching import AliasIndex
from sources.models import CredibilitySnapshot, Source, SourceMerge
from sources.naming import junk_reason
from sources.scoring import Outcome, corroboration_weight

UPHELD_SIDE = {"a": ("upheld", "refuted"), "b": ("refuted", "upheld"), "neither": ("refuted", "refuted")}


def outcomes_for(source_ids: Iterable[int]) -> dict[int, list[Outcome]]:
    """What reviewers decided about each source's claims, as scoring outcomes.

    The decided links are counted by the database, grouped by what decides their outcomes (the two
    sources, the relation, which side holds, whether the pair is one text carried twice), so a
    source with thousands of decisions costs a few grouped rows, not thousands of loaded links:
    every review rescores its sources."""
    ids = list(source_ids)
    groups = list(
        ClaimLink.objects.filter(
            status=LinkStatus.DECIDED, decided_relation__in=("contradicts", "corroborates")
        )
        .filter(Q(claim_a__source_id__in=ids) | Q(claim_b__source_id__in=ids))
        .values("claim_a__source_id", "claim_b__source_id", "decided_relation", "holds", "evidence__copy")
        .annotate(n=Count("*"))
        .order_by()
    )
    named = {pk for row in groups for pk in (row["claim_a__source_id"], row["claim_b__source_id"]) if pk}
    affiliation = dict(Source.objects.filter(pk__in=named).values_list("pk", "affiliation"))
    outcomes: dict[int, list[Outcome]] = defaultdict(list)
    for row in groups:
        a, b, n = row["claim_a__source_id"], row["claim_b__source_id"], row["n"]
        if row["decided_relation"] == "contradicts" and row["holds"] in UPHELD_SIDE:
            for source, kind in zip((a, b), UPHELD_SIDE[row["holds"]], strict=True):
                if source:
                    outcomes[source] += [Outcome(kind)] * n
        elif row["decided_relation"] == "corroborates" and a and b:
            # One text carried twice (a wire copy) is one source repeating itself.
            repeating = a == b or bool(row["evidence__copy"])
            weight = corroboration_weight(affiliation[a], affiliation[b], repeating)
            if weight > 0:
                outcomes[a] += [Outcome("corroborated", weight)] * n
                outcomes[b] += [Outcome("corroborated", weight)] * n
    return outcomes


def _latest_count(field: str) -> Subquery:
    latest = CredibilitySnapshot.objects.filter(source=OuterRef("pk")).order_by("-computed_at", "-id")
    return Subquery(latest.values(field)[:1])


def claim_count_counted() -> Coalesce:
    """A source's claims counted from the claims (what Source.claim_count keeps): ``recount``
    checks the stored counts against it."""
    counted = Claim.objects.filter(source=OuterRef("pk")).order_by().values("source").annotate(n=Count("*"))
    return Coalesce(Subquery(counted.values("n"), output_field=IntegerField()), 0)


def source_list() -> QuerySet[Source]:
    """Sources not merged away, with their stored claim count and their latest outcome counts."""
    return (
        Source.objects.filter(merged_into=None)
        .select_related("parent")
        .annotate(
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


@cache
def registry_index() -> AliasIndex:
    """The shipped registry's names and aliases: what a source's name is checked against."""
    return AliasIndex.from_registry()


def source_junk_reason(source: Source) -> str | None:
    """Why a stored source names no speaker ("verb", "clause", …), None for a name; see sources.naming."""
    if source.from_registry:
        return None
    return junk_reason(source.name, registry=registry_index())


SUGGESTIONS = 20


def merge_suggestions(source_id: int) -> list[Source]:
    """Names that may be the one a junk source stood for: sources cited in the same articles, most cited first."""
    articles = Claim.objects.filter(source_id=source_id).values("article_id")
    cited = (
        Source.objects.filter(merged_into=None, claims__article_id__in=articles)
        .exclude(pk=source_id)
        .annotate(cited=Count("claims"))
        .order_by("-cited", "name")
    )
    return [source for source in cited[: SUGGESTIONS * 2] if source_junk_reason(source) is None][:SUGGESTIONS]


def article_merges(article_id: int, limit: int = 10) -> list[SourceMerge]:
    """Merges not undone that moved claims of this article, newest first: what its page offers to undo."""
    claim_ids = set(Claim.objects.filter(article_id=article_id).values_list("pk", flat=True))
    targets = Claim.objects.filter(article_id=article_id).values("source_id")
    merges = (
        SourceMerge.objects.filter(target_id__in=targets, undone_at=None)
        .select_related("merged", "target")
        .order_by("-created_at", "-id")
    )
    return [merge for merge in merges[: limit * 5] if claim_ids & set(merge.moved.get("claims", []))][:limit]
